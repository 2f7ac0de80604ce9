import pytest
from django.core.files.base import ContentFile

from plenaria.library.enums import AccessLevel, DocumentStatus
from tests.factories.congresses import CongressFactory
from tests.factories.library import (
    DocumentFactory,
    DocumentFileFactory,
    DocumentVersionFactory,
    DraftDocumentFactory,
)
from tests.library.test_public_pages import CASES, LEVELS_READ, reader_client  # noqa: F401 -- a fixture

pytestmark = [pytest.mark.django_db]


def download_url(document_file, congress) -> str:
    return f"/en/{congress.slug}/documents/files/{document_file.pk}/"


def file_of(document, **fields):
    return DocumentFileFactory(version=DocumentVersionFactory(document=document), **fields)


def body(response) -> bytes:
    return b"".join(response.streaming_content)


@pytest.mark.parametrize(("kind", "level"), CASES)
def test_file_is_served_only_to_readers_of_its_level(congress, reader_client, kind, level):  # noqa: F811
    document_file = file_of(
        DocumentFactory(congress=congress, access_level=level), extracted_text=f"The {level} text."
    )

    response = reader_client(kind).get(download_url(document_file, congress))

    if level in LEVELS_READ[kind]:
        assert response.status_code == 200
        assert body(response) == f"The {level} text.".encode()
    else:
        assert response.status_code == 404


def test_download_is_named_after_the_original_file_and_never_cached(congress, client):
    document_file = file_of(
        DocumentFactory(congress=congress),
        language="ja",
        original_name="横浜コミットメント.pdf",
        content_type="application/pdf",
        file=ContentFile(b"%PDF-1.4 commitment", name="commitment.pdf"),
    )

    response = client.get(download_url(document_file, congress))

    assert body(response) == b"%PDF-1.4 commitment"
    assert response["Content-Type"] == "application/pdf"
    assert response["Content-Disposition"].startswith("attachment;")
    assert "%E6%A8%AA%E6%B5%9C" in response["Content-Disposition"]  # 横浜, encoded (RFC 5987)
    assert response["Cache-Control"] == "private, no-store"
    assert response["X-Content-Type-Options"] == "nosniff"


def test_files_of_earlier_versions_are_served(congress, client):
    document = DocumentFactory(congress=congress)
    earlier = DocumentFileFactory(
        version=DocumentVersionFactory(document=document, number=1), extracted_text="Draft text."
    )
    DocumentFileFactory(version=DocumentVersionFactory(document=document, number=2))

    assert body(client.get(download_url(earlier, congress))) == b"Draft text."


@pytest.mark.parametrize("kind", ["anonymous", "editor"])
def test_files_of_drafts_and_withdrawn_documents_are_not_served(congress, reader_client, kind):  # noqa: F811
    draft_file = file_of(DraftDocumentFactory(congress=congress))
    withdrawn_file = file_of(DocumentFactory(congress=congress, status=DocumentStatus.WITHDRAWN))
    client = reader_client(kind)

    assert client.get(download_url(draft_file, congress)).status_code == 404
    assert client.get(download_url(withdrawn_file, congress)).status_code == 404


def test_file_of_another_congress_is_not_served_under_this_one(congress, client):
    other_congress = CongressFactory()
    other_file = file_of(DocumentFactory(congress=other_congress))

    assert client.get(download_url(other_file, congress)).status_code == 404
    assert client.get(download_url(other_file, other_congress)).status_code == 200


def test_unknown_file_is_not_found(congress, client):
    assert client.get(f"/en/{congress.slug}/documents/files/999999/").status_code == 404


def test_file_missing_from_storage_is_not_found(congress, client):
    document_file = file_of(DocumentFactory(congress=congress, access_level=AccessLevel.PUBLIC))
    document_file.file.storage.delete(document_file.file.name)

    assert client.get(download_url(document_file, congress)).status_code == 404
