import pytest
from rest_framework.authtoken.models import Token
from rest_framework.test import APIClient

from plenaria.library.enums import AccessLevel, DocumentStatus, Theme
from plenaria.registration.enums import CategoryKind
from tests.factories.library import DocumentFactory, DocumentFileFactory, DocumentVersionFactory
from tests.library.test_public_pages import (
    CASES,
    LEVELS_READ,
    READERS,
    _accredited,
    documents_of_each_level,
    make_document,
)

pytestmark = [pytest.mark.django_db]


@pytest.fixture
def one_document_per_level(congress):
    return documents_of_each_level(congress)


@pytest.fixture
def api_for(congress, make_staff):
    """Returns a function giving an API client of a kind of reader (signed in with a session, or not)."""

    def for_reader(kind):
        client = APIClient()
        user = READERS[kind](congress, make_staff)
        if user is not None:
            client.force_login(user)
        return client

    return for_reader


def list_url(congress) -> str:
    return f"/api/v1/congresses/{congress.slug}/documents/"


def detail_url(document) -> str:
    return f"/api/v1/congresses/{document.congress.slug}/documents/{document.pk}/"


def titles(response) -> set[str]:
    return {item["title"] for item in response.json()["results"]}


def level_titles(levels) -> set[str]:
    return {f"Level {level} paper" for level in levels}


@pytest.mark.parametrize("kind", list(READERS))
def test_list_gives_only_the_documents_of_the_callers_levels(congress, api_for, one_document_per_level, kind):
    response = api_for(kind).get(list_url(congress))

    assert response.status_code == 200
    assert titles(response) == level_titles(LEVELS_READ[kind])
    assert response.json()["count"] == len(LEVELS_READ[kind])


@pytest.mark.parametrize("kind", list(READERS))
def test_search_gives_only_the_documents_of_the_callers_levels(
    congress, api_for, one_document_per_level, kind
):
    response = api_for(kind).get(list_url(congress), {"q": "safeguards"})

    assert titles(response) == level_titles(LEVELS_READ[kind])


@pytest.mark.parametrize(("kind", "level"), CASES)
def test_detail_answers_only_readers_of_its_level(congress, api_for, one_document_per_level, kind, level):
    response = api_for(kind).get(detail_url(one_document_per_level[level]))

    if level in LEVELS_READ[kind]:
        assert response.status_code == 200
        assert response.json()["access_level"] == level
    else:
        assert response.status_code == 404
        assert response.json()["code"] == "not_found"


def test_token_of_a_government_delegate_reads_government_documents(congress, one_document_per_level):
    client = APIClient()
    user = _accredited(congress, CategoryKind.GOVERNMENT)
    client.credentials(HTTP_AUTHORIZATION=f"Token {Token.objects.create(user=user).key}")

    response = client.get(list_url(congress))

    assert titles(response) == level_titles(
        {AccessLevel.PUBLIC, AccessLevel.PARTICIPANTS, AccessLevel.GOVERNMENTS}
    )


def test_search_answers_snippets_and_facets(congress):
    make_document(
        congress,
        title={"en": "Rehabilitation services"},
        files={"en": "Programmes for the recovery of children."},
        theme=Theme.RECOVERY,
    )
    make_document(congress, title={"en": "Travel and tourism"}, theme=Theme.PREVENTION)

    data = APIClient().get(list_url(congress), {"q": "recovery"}).json()

    assert [item["title"] for item in data["results"]] == ["Rehabilitation services"]
    assert "<mark>recovery</mark>" in data["results"][0]["snippet"]
    assert data["facets"]["theme"] == [
        {"value": "recovery", "label": "Recovery and reintegration", "count": 1}
    ]
    assert data["facets"]["type"][0]["value"] == "background-paper"
    assert (data["page"], data["pages"], data["next"], data["previous"]) == (1, 1, None, None)


def test_filters_narrow_the_list(congress):
    make_document(congress, title={"en": "Prevention paper"}, theme=Theme.PREVENTION)
    make_document(congress, title={"en": "Protection paper"}, theme=Theme.PROTECTION)

    response = APIClient().get(list_url(congress), {"theme": "prevention"})

    assert titles(response) == {"Prevention paper"}


def test_list_pages_with_links(congress):
    for number in range(21):
        DocumentFactory(congress=congress, title={"en": f"Numbered paper {number:02d}"})

    first = APIClient().get(list_url(congress)).json()
    second = APIClient().get(first["next"]).json()

    assert (len(first["results"]), first["pages"], first["count"]) == (20, 2, 21)
    assert first["next"] == f"http://testserver{list_url(congress)}?page=2"
    assert len(second["results"]) == 1
    assert second["next"] is None
    assert second["previous"] == f"http://testserver{list_url(congress)}"


def test_invalid_filter_is_refused_with_a_clear_message(congress):
    response = APIClient().get(list_url(congress), {"theme": "everything"})

    assert response.status_code == 400
    assert response.json()["code"] == "invalid"
    assert response.json()["detail"].startswith("Theme: Select a valid choice.")
    assert list(response.json()["fields"]) == ["theme"]


def test_detail_gives_versions_and_file_addresses_through_the_download_page(congress):
    document = DocumentFactory(congress=congress, symbol="WC2/2001/3", access_level=AccessLevel.PARTICIPANTS)
    DocumentFileFactory(version=DocumentVersionFactory(document=document, number=1, label="Draft 1"))
    final = DocumentVersionFactory(document=document, number=2, label="Final")
    french = DocumentFileFactory(version=final, language="fr", extracted_text="Texte final.")
    client = APIClient()
    client.force_login(_accredited(congress, CategoryKind.NGO))

    data = client.get(detail_url(document)).json()
    download = client.get(data["versions"][0]["files"][0]["download_url"])

    assert data["symbol"] == "WC2/2001/3"
    assert [version["label"] for version in data["versions"]] == ["Final", "Draft 1"]
    assert data["versions"][0]["files"][0]["download_url"] == (
        f"http://testserver/en/{congress.slug}/documents/files/{french.pk}/"
    )
    assert b"".join(download.streaming_content) == b"Texte final."
    assert APIClient().get(data["versions"][0]["files"][0]["download_url"]).status_code == 404


def test_withdrawn_document_has_no_versions(congress):
    document = DocumentFactory(
        congress=congress, status=DocumentStatus.WITHDRAWN, withdrawal_reason="Replaced by the final text."
    )
    DocumentFileFactory(version=DocumentVersionFactory(document=document))

    data = APIClient().get(detail_url(document)).json()
    listed = APIClient().get(list_url(congress)).json()

    assert (data["status"], data["withdrawal_reason"], data["versions"]) == (
        "withdrawn",
        "Replaced by the final text.",
        [],
    )
    assert listed["count"] == 0


def test_documents_appear_in_the_api_schema(client):
    schema = client.get("/api/schema/").content.decode()

    assert "/api/v1/congresses/{congress_slug}/documents/" in schema
    assert "documents_search" in schema
