import json
import os
import re
import subprocess
import sys
from html.parser import HTMLParser

import pytest
from django.conf import settings as django_settings
from django.test import Client

from plenaria.congresses.enums import PageSection
from tests.factories.accounts import PASSWORD, UserFactory
from tests.factories.congresses import PageFactory

pytestmark = [pytest.mark.integration, pytest.mark.django_db]

BASE_DIR = django_settings.BASE_DIR
PUBLIC_PAGES = [
    "/en/yokohama-2001/",
    "/en/yokohama-2001/venue-and-travel/",
    "/fr/yokohama-2001/",
    "/ar/yokohama-2001/",
    "/en/accounts/login/",
    "/en/accounts/signup/",
    "/en/accounts/password/reset/",
]
SECURITY_SETTINGS = [
    "DEBUG",
    "SESSION_COOKIE_SECURE",
    "CSRF_COOKIE_SECURE",
    "LANGUAGE_COOKIE_SECURE",
    "SESSION_COOKIE_HTTPONLY",
    "CSRF_COOKIE_HTTPONLY",
    "SECURE_SSL_REDIRECT",
    "SECURE_HSTS_SECONDS",
    "SECURE_HSTS_INCLUDE_SUBDOMAINS",
]
MISSING_KEY_MESSAGE = (
    "SECRET_KEY is not set. Set it in the environment (see .env.example); "
    "only the demo (PLENARIA_DEMO=1) may run without one."
)


class InlineCodeFinder(HTMLParser):
    """Collects what a strict Content-Security-Policy would block: inline scripts, handlers and styles."""

    def __init__(self):
        super().__init__()
        self.script_sources = []
        self.inline = []

    def handle_starttag(self, tag, attrs):
        attributes = dict(attrs)
        if tag == "script":
            self.script_sources.append(attributes.get("src"))
        if tag == "style":
            self.inline.append("<style>")
        for name, value in attributes.items():
            if name.startswith("on") or name == "style":
                self.inline.append(f"{tag}[{name}]")
            if name in {"href", "src", "action"} and (value or "").strip().lower().startswith("javascript:"):
                self.inline.append(f"{tag}[{name}=javascript:]")


def _csp(response) -> dict[str, list[str]]:
    directives = (part.split() for part in response["Content-Security-Policy"].split(";") if part.strip())
    return {name: sources for name, *sources in directives}


def _run(args: list[str], **env) -> subprocess.CompletedProcess:
    """Runs Python in a fresh process with only the given Plenaria variables set (no test settings)."""
    clean_env = {name: os.environ[name] for name in ("PATH", "HOME", "LANG") if name in os.environ}
    clean_env.update(env)
    return subprocess.run(
        [sys.executable, *args], cwd=BASE_DIR, env=clean_env, capture_output=True, text=True, timeout=60
    )


def _production_settings(**env) -> dict:
    code = (
        "import json; from django.conf import settings; "
        f"print(json.dumps({{name: getattr(settings, name) for name in {SECURITY_SETTINGS!r}}}))"
    )
    result = _run(["-c", code], DJANGO_SETTINGS_MODULE="plenaria.config.settings", **env)
    assert result.returncode == 0, result.stderr
    return json.loads(result.stdout)


@pytest.fixture
def public_site(congress):
    PageFactory(congress=congress, section=PageSection.HOME)
    PageFactory(congress=congress, section=PageSection.VENUE, title={"en": "Venue"})
    return congress


def _log_in(client, user, secure=False):
    return client.post("/en/accounts/login/", {"login": user.email, "password": PASSWORD}, secure=secure)


@pytest.mark.parametrize("url", PUBLIC_PAGES)
def test_public_page_csp_header_allows_only_own_scripts(client, public_site, url):
    response = client.get(url)

    policy = _csp(response)
    assert response.status_code == 200
    assert policy["script-src"] == ["'self'"]
    assert policy["default-src"] == ["'self'"]
    assert policy["object-src"] == ["'none'"]
    assert policy["frame-ancestors"] == ["'none'"]
    assert policy["base-uri"] == ["'self'"]
    assert not [s for sources in policy.values() for s in sources if s.startswith("'unsafe-")]


@pytest.mark.parametrize("url", PUBLIC_PAGES)
def test_public_page_html_has_no_inline_script_or_style(client, public_site, url):
    finder = InlineCodeFinder()

    finder.feed(client.get(url).content.decode())

    assert finder.script_sources == ["/static/vendor/htmx/htmx.min.js"]
    assert finder.inline == []


def test_signed_in_page_html_has_no_inline_script_or_style(client_for, public_site):
    finder = InlineCodeFinder()
    client = client_for(UserFactory())

    finder.feed(client.get("/en/accounts/profile/").content.decode())

    assert finder.script_sources == ["/static/vendor/htmx/htmx.min.js"]
    assert finder.inline == []


def test_public_page_security_headers_are_set(client, public_site):
    response = client.get("/en/yokohama-2001/")

    assert response["X-Frame-Options"] == "DENY"
    assert response["Referrer-Policy"] == "strict-origin-when-cross-origin"
    assert response["X-Content-Type-Options"] == "nosniff"
    assert response["Cross-Origin-Opener-Policy"] == "same-origin"


def test_log_in_session_and_csrf_cookies_are_http_only(client):
    user = UserFactory()
    client.get("/en/accounts/login/")

    response = _log_in(client, user)

    session_cookie, csrf_cookie = response.cookies["sessionid"], client.cookies["csrftoken"]
    assert response.status_code == 302
    assert session_cookie["httponly"] is True
    assert csrf_cookie["httponly"] is True
    assert (session_cookie["samesite"], csrf_cookie["samesite"]) == ("Lax", "Lax")
    assert (session_cookie["secure"], csrf_cookie["secure"]) == ("", "")


def test_login_post_without_csrf_token_is_forbidden():
    user = UserFactory()
    client = Client(enforce_csrf_checks=True)

    response = _log_in(client, user)

    assert response.status_code == 403
    assert "sessionid" not in response.cookies
    assert "CSRF" in response.content.decode()


def test_login_post_with_csrf_token_signs_in():
    user = UserFactory()
    client = Client(enforce_csrf_checks=True)
    client.get("/en/accounts/login/")

    response = client.post(
        "/en/accounts/login/",
        {"login": user.email, "password": PASSWORD, "csrfmiddlewaretoken": client.cookies["csrftoken"].value},
    )

    assert response.status_code == 302
    assert response["Location"] == "/en/accounts/profile/"


def test_https_on_http_request_redirects_to_https(client, settings, public_site):
    settings.SECURE_SSL_REDIRECT = True

    response = client.get("/en/yokohama-2001/?tab=1")

    assert response.status_code == 301
    assert response["Location"] == "https://testserver/en/yokohama-2001/?tab=1"


def test_https_on_secure_response_sends_hsts(client, settings, public_site):
    settings.SECURE_SSL_REDIRECT = True
    settings.SECURE_HSTS_SECONDS = 31536000
    settings.SECURE_HSTS_INCLUDE_SUBDOMAINS = True

    response = client.get("/en/yokohama-2001/", secure=True)

    assert response.status_code == 200
    assert response["Strict-Transport-Security"] == "max-age=31536000; includeSubDomains"


def test_https_on_log_in_cookies_are_secure(client, settings):
    settings.SECURE_SSL_REDIRECT = True
    settings.SESSION_COOKIE_SECURE = True
    settings.CSRF_COOKIE_SECURE = True
    user = UserFactory()
    client.get("/en/accounts/login/", secure=True)

    response = _log_in(client, user, secure=True)

    assert response.status_code == 302
    assert response.cookies["sessionid"]["secure"] is True
    assert client.cookies["csrftoken"]["secure"] is True


def test_settings_with_https_variable_turn_on_secure_cookies_hsts_and_redirect():
    values = _production_settings(SECRET_KEY="x", PLENARIA_HTTPS="1")

    assert values == {
        "DEBUG": False,
        "SESSION_COOKIE_SECURE": True,
        "CSRF_COOKIE_SECURE": True,
        "LANGUAGE_COOKIE_SECURE": True,
        "SESSION_COOKIE_HTTPONLY": True,
        "CSRF_COOKIE_HTTPONLY": True,
        "SECURE_SSL_REDIRECT": True,
        "SECURE_HSTS_SECONDS": 31536000,
        "SECURE_HSTS_INCLUDE_SUBDOMAINS": True,
    }


def test_settings_without_variables_have_debug_off():
    values = _production_settings(SECRET_KEY="x")

    assert values["DEBUG"] is False
    assert (values["SECURE_SSL_REDIRECT"], values["SECURE_HSTS_SECONDS"]) == (False, 0)


def test_settings_debug_variable_turns_debug_on():
    values = _production_settings(SECRET_KEY="x", PLENARIA_DEBUG="1")

    assert values["DEBUG"] is True


def test_unknown_url_shows_the_sites_not_found_page_not_the_debug_page(client):
    response = client.get("/en/no-such-page/at-all/")

    html = response.content.decode()
    assert response.status_code == 404
    assert "Page not found" in html
    assert "URLconf" not in html
    assert "Django" not in html
    assert "DEBUG" not in html


def test_manage_py_check_without_secret_key_fails_with_clear_message():
    result = _run(["manage.py", "check"], SECRET_KEY="", PLENARIA_DEMO="0")

    assert result.returncode == 1
    assert f"MissingSecretKey: {MISSING_KEY_MESSAGE}" in result.stderr


def test_manage_py_check_without_secret_key_in_demo_succeeds():
    result = _run(["manage.py", "check"], SECRET_KEY="", PLENARIA_DEMO="1")

    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == "System check identified no issues (0 silenced)."
    assert (BASE_DIR / "var" / "secret_key").stat().st_mode & 0o777 == 0o600


def test_manage_py_check_deploy_with_https_reports_only_hsts_preload():
    result = _run(
        ["manage.py", "check", "--deploy"],
        SECRET_KEY="k7Vq2pXw9LmN4sRt8YbZ1cDf6GhJ3nPq5TvW0xAe-uI4oE2rT6yU8iO0pA3sD5fG",
        PLENARIA_HTTPS="1",
        ALLOWED_HOSTS="congress.example.org",
    )

    security_issues = set(re.findall(r"\((security\.[EW]\d+)\)", result.stdout + result.stderr))
    assert result.returncode == 0, result.stderr
    assert security_issues == {"security.W021"}  # HSTS preload is the operator's decision, not a default
