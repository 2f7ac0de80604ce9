"""A reader opens the document library in French in a real browser, searches, filters by theme, opens a document
and downloads its French file.

Links are found by their addresses or by the documents' own titles, not by interface labels: the French
translations of the library's labels come later."""

import pytest
from axe_playwright_python.sync_playwright import Axe
from django.core.files.base import ContentFile

from plenaria.library.enums import Theme
from plenaria.library.search import index_document
from tests.factories.congresses import CongressFactory
from tests.factories.library import DocumentFactory, DocumentFileFactory, DocumentVersionFactory

from .test_accessibility import BLOCKING_IMPACTS, _describe

pytestmark = [pytest.mark.e2e, pytest.mark.django_db(transaction=True)]

FRENCH_FILE = "Prévention du tourisme sexuel impliquant des enfants.\n".encode()


def _document(congress, *, title, theme, files):
    document = DocumentFactory(congress=congress, title=title, theme=theme)
    version = DocumentVersionFactory(document=document, number=1, label="Final")
    for language, (name, content) in files.items():
        DocumentFileFactory(
            version=version,
            language=language,
            file=ContentFile(content, name=name),
            original_name=name,
            size=len(content),
            extracted_text=content.decode(),
        )
    index_document(document)
    return document


@pytest.fixture
def library(settings, tmp_path, _django_orm_beside_playwright):
    settings.PRIVATE_MEDIA_ROOT = tmp_path
    congress = CongressFactory(slug="yokohama-2001")
    _document(
        congress,
        title={"en": "Preventing child sex tourism", "fr": "Prévenir le tourisme sexuel"},
        theme=Theme.PREVENTION,
        files={
            "en": ("prevention-en.txt", b"Preventing child sex tourism.\n"),
            "fr": ("prevention-fr.txt", FRENCH_FILE),
        },
    )
    _document(
        congress,
        title={
            "en": "Protecting child victims of tourism",
            "fr": "Protéger les enfants victimes du tourisme",
        },
        theme=Theme.PROTECTION,
        files={"fr": ("protection-fr.txt", b"Protection des enfants et tourisme.\n")},
    )
    return congress


def test_reader_searches_filters_opens_and_downloads_the_french_file(page, live_server, library):
    page.goto(f"{live_server.url}/fr/{library.slug}/documents/")
    page.locator("#library-q").fill("tourisme")
    page.locator("form.library-search button[type=submit]").click()
    page.wait_for_load_state()
    found = page.locator(".library-result h3").all_inner_texts()

    page.locator(".library-facet a[href*='theme=prevention']").click()
    page.wait_for_load_state()
    filtered = page.locator(".library-result h3").all_inner_texts()
    page.get_by_role("link", name="Prévenir le tourisme sexuel").click()
    page.wait_for_load_state()
    with page.expect_download() as download_info:
        page.locator(".library-files a[hreflang=fr]").click()
    download = download_info.value

    assert sorted(found) == ["Protéger les enfants victimes du tourisme", "Prévenir le tourisme sexuel"]
    assert filtered == ["Prévenir le tourisme sexuel"]
    assert page.get_by_role("heading", level=1).inner_text() == "Prévenir le tourisme sexuel"
    assert download.suggested_filename == "prevention-fr.txt"
    with open(download.path(), "rb") as downloaded:
        assert downloaded.read() == FRENCH_FILE


@pytest.mark.parametrize("path", ["/fr/yokohama-2001/documents/?q=tourisme", "/ar/yokohama-2001/documents/"])
def test_library_page_axe_scan_has_no_serious_violations(page, live_server, library, path):
    page.goto(f"{live_server.url}{path}")

    results = Axe().run(page)

    blocking = [v for v in results.response["violations"] if v["impact"] in BLOCKING_IMPACTS]
    assert blocking == [], _describe(blocking)


def test_document_page_axe_scan_has_no_serious_violations(page, live_server, library):
    document = library.documents.get(theme=Theme.PREVENTION)
    page.goto(f"{live_server.url}/fr/{library.slug}/documents/{document.pk}/")

    results = Axe().run(page)

    blocking = [v for v in results.response["violations"] if v["impact"] in BLOCKING_IMPACTS]
    assert blocking == [], _describe(blocking)
