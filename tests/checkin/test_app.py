"""The check-in app's page, service worker and manifest, as the server sends them."""

import json
import logging
import re

import pytest
from django.contrib.staticfiles import finders
from django.urls import reverse

from plenaria.checkin.enums import ScanReason
from plenaria.checkin.services import revoke_device
from plenaria.checkin.views_app import SHELL_FILES

pytestmark = [pytest.mark.integration, pytest.mark.django_db]


def config_of(response) -> dict:
    match = re.search(
        r'<script id="checkin-config" type="application/json">(.*?)</script>', response.content.decode()
    )
    return json.loads(match.group(1))


def test_app_page_speaks_the_operators_language(client):
    response = client.get("/fr/checkin/app/")

    config = config_of(response)
    assert response.status_code == 200
    assert '<html lang="fr" dir="ltr">' in response.content.decode()
    assert (config["language"], config["strings"]["admitted"], config["strings"]["refused"]) == (
        "fr",
        "Admis",
        "Refusé",
    )
    assert config["reasons"]["wrong_zone"] == "Ce badge n'ouvre pas cette zone."


def test_app_page_is_right_to_left_in_arabic(client):
    response = client.get("/ar/checkin/app/")

    assert '<html lang="ar" dir="rtl">' in response.content.decode()
    assert config_of(response)["reasons"]["wrong_zone"] == "هذه الشارة لا تسمح بدخول هذه المنطقة."


def test_app_page_has_a_label_for_every_reason_the_server_gives(client):
    reasons = config_of(client.get("/en/checkin/app/"))["reasons"]

    assert set(ScanReason.values) <= set(reasons)
    assert reasons["not_listed"].startswith("Not on this checkpoint's list.")


def test_app_page_links_to_every_language_version(client):
    content = client.get("/en/checkin/app/").content.decode()

    assert all(
        f'href="/{code}/checkin/app/"' in content for code in ("en", "fr", "es", "ar", "ru", "zh-hans", "ja")
    )


def test_app_page_needs_no_account_and_carries_no_participant_data(client, device, badge):
    response = client.get("/en/checkin/app/")

    content = response.content.decode()
    assert response.status_code == 200
    assert badge.secret not in content
    assert "Sato" not in content
    assert "SATO" not in content
    assert response["Referrer-Policy"] == "no-referrer"


def test_app_page_has_no_inline_script_or_style(client):
    response = client.get("/en/checkin/app/")

    content = response.content.decode()
    scripts = re.findall(r"<script([^>]*)>", content)
    assert all("src=" in attributes or 'type="application/json"' in attributes for attributes in scripts)
    assert "<style" not in content
    assert " style=" not in content
    assert "script-src 'self'" in response["Content-Security-Policy"]


def test_manifest_makes_an_installable_app_in_the_operators_language(client):
    response = client.get(reverse("checkin_app:manifest").replace("/en/", "/fr/"))

    manifest = response.json()
    assert response["Content-Type"] == "application/manifest+json"
    assert (manifest["start_url"], manifest["scope"], manifest["display"], manifest["lang"]) == (
        "/fr/checkin/app/",
        "/fr/checkin/app/",
        "standalone",
        "fr",
    )
    assert {icon["sizes"] for icon in manifest["icons"]} >= {"192x192", "512x512"}
    assert all(finders.find(icon["src"].removeprefix("/static/")) for icon in manifest["icons"])


def test_service_worker_scope_covers_the_app_and_keeps_its_files(client):
    response = client.get("/en/checkin/app/sw.js")

    body = response.content.decode()
    shell = json.loads(re.search(r"const SHELL = (\[.*?\]);", body).group(1))
    assert response.status_code == 200
    assert response["Content-Type"].startswith("text/javascript")
    assert response["Service-Worker-Allowed"] == "/en/checkin/app/"
    assert shell == ["/en/checkin/app/", *(f"/static/{name}" for name in SHELL_FILES)]
    assert all(finders.find(name) for name in SHELL_FILES)


def test_service_worker_of_each_language_keeps_its_own_page(client):
    body = client.get("/ja/checkin/app/sw.js").content.decode()

    assert 'const PAGE = "/ja/checkin/app/";' in body
    assert 'const CACHE = "plenaria-checkin-ja-' in body


def test_device_token_never_reaches_the_server_logs(client, device, badge, caplog):
    caplog.set_level(logging.DEBUG)
    list_url = reverse("api:checkin-checkpoint-list")

    client.get("/en/checkin/app/")
    client.get(list_url, HTTP_AUTHORIZATION="Device north-door-token")
    client.get(list_url, HTTP_AUTHORIZATION="Device wrong-token-123")
    revoke_device(device=device, actor=None)
    refused = client.get(list_url, HTTP_AUTHORIZATION="Device north-door-token")

    assert refused.status_code == 401
    assert "north-door-token" not in caplog.text
    assert "wrong-token-123" not in caplog.text
    assert "north-door-token" not in refused.content.decode()
