import datetime
import json
import re

import pytest
from drf_spectacular.validation import validate_schema

from tests.factories.congresses import CongressFactory, EventFactory

pytestmark = [pytest.mark.integration, pytest.mark.django_db]

SIDECAR = "/static/drf_spectacular_sidecar/swagger-ui-dist/"


def _schema(client) -> dict:
    response = client.get("/api/schema/", {"format": "json"})
    assert response.status_code == 200
    return json.loads(response.content)


def test_api_schema_is_valid_openapi_3_document(client):
    schema = _schema(client)

    validate_schema(schema)
    assert schema["openapi"].startswith("3.")
    assert schema["info"]["title"] == "Plenaria API"
    assert sorted(schema["paths"]) == [
        "/api/v1/checkin/badges/{badge_id}/photo/",
        "/api/v1/checkin/checkpoint-list/",
        "/api/v1/checkin/scans/",
        "/api/v1/checkin/sync/",
        "/api/v1/congresses/",
        "/api/v1/congresses/{congress_slug}/delegations/",
        "/api/v1/congresses/{congress_slug}/delegations/{id}/members/",
        "/api/v1/congresses/{congress_slug}/documents/",
        "/api/v1/congresses/{congress_slug}/documents/{id}/",
        "/api/v1/congresses/{congress_slug}/inquiries/",
        "/api/v1/congresses/{congress_slug}/inquiries/{reference}/",
        "/api/v1/congresses/{congress_slug}/news/",
        "/api/v1/congresses/{congress_slug}/news/{slug}/",
        "/api/v1/congresses/{congress_slug}/registrations/",
        "/api/v1/congresses/{congress_slug}/registrations/{reference}/",
        "/api/v1/congresses/{congress_slug}/registrations/{reference}/decisions/",
        "/api/v1/congresses/{slug}/",
    ]


def test_api_schema_describes_congress_list_response(client):
    schema = _schema(client)

    operation = schema["paths"]["/api/v1/congresses/"]["get"]
    response_schema = operation["responses"]["200"]["content"]["application/json"]["schema"]
    congress = schema["components"]["schemas"]["CongressOutput"]
    assert response_schema == {"type": "array", "items": {"$ref": "#/components/schemas/CongressOutput"}}
    assert sorted(congress["properties"]) == [
        "city",
        "country",
        "ends_on",
        "name",
        "slug",
        "starts_on",
        "time_zone",
    ]


def test_api_docs_page_loads_swagger_ui_from_own_static_files(client):
    response = client.get("/api/docs/")

    html = response.content.decode()
    script_sources = re.findall(r"<script[^>]*\bsrc=\"([^\"]+)\"", html)
    assert response.status_code == 200
    assert script_sources == [
        f"{SIDECAR}swagger-ui-bundle.js",
        f"{SIDECAR}swagger-ui-standalone-preset.js",
        "/api/docs/?script=",
    ]
    assert html.count("<script") == len(script_sources)
    assert f'href="{SIDECAR}swagger-ui.css"' in html
    assert "//" not in "".join(script_sources)
    assert "<style" not in html  # the strict CSP (style-src 'self') would block an inline style
    assert "style-src 'self'" in response["Content-Security-Policy"]


def test_api_docs_script_points_to_own_schema(client):
    response = client.get("/api/docs/", {"script": ""})

    script = response.content.decode()
    assert response.status_code == 200
    assert response["Content-Type"].startswith("application/javascript")
    assert '"/api/schema/"' in script
    assert "https://" not in script


@pytest.mark.parametrize(
    "path", ["swagger-ui-bundle.js", "swagger-ui-standalone-preset.js", "swagger-ui.css"]
)
def test_api_docs_static_file_is_served_same_origin(client, path):
    response = client.get(f"{SIDECAR}{path}")

    assert response.status_code == 200
    assert b"".join(response.streaming_content)


def test_congress_list_api_lists_only_published_congresses(client):
    CongressFactory(
        slug="stockholm-1996", starts_on=datetime.date(1996, 8, 27), ends_on=datetime.date(1996, 8, 31)
    )
    CongressFactory(
        slug="yokohama-2001", name={"en": "Second World Congress", "fr": "Deuxième Congrès mondial"}
    )
    CongressFactory(
        slug="rio-2008-draft",
        is_published=False,
        starts_on=datetime.date(2008, 11, 25),
        ends_on=datetime.date(2008, 11, 28),
    )

    response = client.get("/api/v1/congresses/", HTTP_ACCEPT="application/json")

    assert response.status_code == 200
    assert [c["slug"] for c in response.json()] == ["yokohama-2001", "stockholm-1996"]
    assert response.json()[0] == {
        "slug": "yokohama-2001",
        "name": "Second World Congress",
        "city": "Yokohama",
        "country": "JP",
        "starts_on": "2001-12-17",
        "ends_on": "2001-12-20",
        "time_zone": "Asia/Tokyo",
    }


def test_congress_detail_api_unpublished_congress_is_not_found(client):
    CongressFactory(slug="rio-2008-draft", is_published=False)

    response = client.get("/api/v1/congresses/rio-2008-draft/", HTTP_ACCEPT="application/json")

    assert response.status_code == 404
    assert response.json() == {"detail": "No Congress matches the given query."}


def test_congress_detail_api_published_congress_lists_its_events(client):
    congress = CongressFactory(slug="yokohama-2001")
    EventFactory(congress=congress, slug="bangkok-consultation")

    response = client.get("/api/v1/congresses/yokohama-2001/", HTTP_ACCEPT="application/json")

    assert response.status_code == 200
    assert [e["slug"] for e in response.json()["events"]] == ["bangkok-consultation"]


@pytest.mark.parametrize("congress_count", [1, 3])
def test_congress_list_api_query_count_does_not_grow_with_rows(
    client, django_assert_num_queries, congress_count
):
    CongressFactory.create_batch(congress_count)

    with django_assert_num_queries(1):
        response = client.get("/api/v1/congresses/", HTTP_ACCEPT="application/json")

    assert len(response.json()) == congress_count
