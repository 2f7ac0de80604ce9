"""The check-in web app for registered scanning devices: one page, its service worker and its web app manifest.

The page holds no data and needs no account: the device's token stays in the browser (it arrives in the address's
fragment, which browsers never send to the server) and every call goes to the device API with it. The page is
rendered in the operator's language, with every label the scripts show (their text is in the page, not in the
scripts), so that it also works offline once the service worker has kept it.
"""

import functools
import hashlib
import json

from django.conf import settings
from django.contrib.auth.decorators import login_not_required
from django.contrib.staticfiles import finders
from django.http import HttpResponse, JsonResponse
from django.shortcuts import render
from django.templatetags.static import static
from django.urls import reverse, translate_url
from django.utils.translation import get_language, get_language_bidi, get_language_info
from django.views.decorators.http import require_GET

from .app_strings import reason_labels, ui_strings

# The app's own static files, kept by the service worker for offline use (the page is kept too).
SHELL_FILES = (
    "css/plenaria.css",
    "checkin/app/app.css",
    "checkin/app/icon.svg",
    "checkin/app/icon-192.png",
    "checkin/app/icon-512.png",
    "checkin/app/js/main.js",
    "checkin/app/js/api.js",
    "checkin/app/js/judge.js",
    "checkin/app/js/scanner.js",
    "checkin/app/js/screens.js",
    "checkin/app/js/store.js",
    "checkin/app/js/sync.js",
    "checkin/vendor/jsqr/jsQR.js",
)
NO_STORE_HEADERS = {"Cache-Control": "no-cache", "Referrer-Policy": "no-referrer", "X-Robots-Tag": "noindex"}


def _config(request) -> dict:
    return {
        "language": get_language(),
        "strings": ui_strings(),
        "reasons": reason_labels(),
        "urls": {
            "list": reverse("api:checkin-checkpoint-list"),
            "scan": reverse("api:checkin-redeem"),
            "sync": reverse("api:checkin-sync"),
            "serviceWorker": reverse("checkin_app:service-worker"),
            "scope": reverse("checkin_app:app"),
            "decoder": static("checkin/vendor/jsqr/jsQR.js"),
        },
    }


def _languages(request) -> list[dict]:
    current = get_language()
    return [
        {
            "code": code,
            "name": get_language_info(code)["name_local"],
            "url": translate_url(request.path, code),
            "is_current": code == current,
        }
        for code, _name in settings.LANGUAGES
    ]


@login_not_required
@require_GET
def app_page(request):
    response = render(
        request,
        "checkin/app/page.html",
        {
            "config": _config(request),
            "languages": _languages(request),
            "text_direction": "rtl" if get_language_bidi() else "ltr",
        },
    )
    for header, value in NO_STORE_HEADERS.items():
        response[header] = value
    return response


@functools.cache
def _shell_version(files: tuple[str, ...]) -> str:
    """A digest of the shell's files: a new version of any of them makes a new service worker, which replaces the
    kept copies (the static files' names only change with their content where collectstatic hashes them)."""
    digest = hashlib.sha256()
    for name in files:
        path = finders.find(name)
        digest.update(name.encode())
        if path:
            with open(path, "rb") as file:
                digest.update(file.read())
    return digest.hexdigest()[:16]


@login_not_required
@require_GET
def service_worker(request):
    scope = reverse("checkin_app:app")
    shell = [scope, *(static(name) for name in SHELL_FILES)]
    prefix = f"plenaria-checkin-{get_language()}-"
    body = render(
        request,
        "checkin/app/sw.js",
        {
            "cache_prefix": prefix,
            "cache_name": prefix + _shell_version(SHELL_FILES),
            "shell_json": json.dumps(shell),
            "page_url_json": json.dumps(scope),
        },
    ).content
    response = HttpResponse(body, content_type="text/javascript; charset=utf-8")
    response["Service-Worker-Allowed"] = scope
    response["Cache-Control"] = "no-cache"
    return response


@login_not_required
@require_GET
def manifest(request):
    strings = ui_strings()
    scope = reverse("checkin_app:app")
    data = {
        "name": strings["appName"],
        "short_name": strings["appShortName"],
        "lang": get_language(),
        "dir": "rtl" if get_language_bidi() else "ltr",
        "start_url": scope,
        "scope": scope,
        "display": "standalone",
        "orientation": "any",
        "background_color": "#ffffff",
        "theme_color": "#0b3d6e",
        "icons": [
            {"src": static("checkin/app/icon-192.png"), "sizes": "192x192", "type": "image/png"},
            {"src": static("checkin/app/icon-512.png"), "sizes": "512x512", "type": "image/png"},
            {
                "src": static("checkin/app/icon-512.png"),
                "sizes": "512x512",
                "type": "image/png",
                "purpose": "maskable",
            },
            {"src": static("checkin/app/icon.svg"), "sizes": "any", "type": "image/svg+xml"},
        ],
    }
    response = JsonResponse(
        data, content_type="application/manifest+json", json_dumps_params={"ensure_ascii": False}
    )
    response["Cache-Control"] = "no-cache"
    return response
