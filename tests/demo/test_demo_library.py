import datetime
from io import StringIO

import pytest
from django.contrib.auth.models import AnonymousUser
from django.core.management import call_command
from django.urls import reverse

from plenaria.congresses.models import Congress
from plenaria.demo.content.library_2001 import DEMO_NOTE
from plenaria.library.enums import AccessLevel, DocumentStatus, ExtractionStatus
from plenaria.library.models import Document, DocumentFile
from plenaria.library.search import SearchFilters, search_documents
from plenaria.library.selectors import visible_documents
from plenaria.news.enums import NewsStatus
from plenaria.news.models import NewsItem

pytestmark = [pytest.mark.integration, pytest.mark.django_db]

CONSULTATIONS = {"bangkok", "rabat", "dhaka", "montevideo", "budapest", "philadelphia"}


@pytest.fixture
def demo():
    # Twice: the second run must add nothing.
    call_command("seed_demo_congress", "--site-only", stdout=StringIO())
    call_command("seed_demo_congress", "--site-only", stdout=StringIO())
    return Congress.objects.get(slug="yokohama-2001")


def test_demo_library_has_the_six_consultation_outcomes_in_several_languages_with_their_text(demo):
    outcomes = Document.objects.filter(congress=demo, document_type__slug="regional-outcome")

    assert {document.related_event.slug for document in outcomes} == CONSULTATIONS
    assert all(document.status == DocumentStatus.PUBLISHED for document in outcomes)
    files = DocumentFile.objects.filter(version__document__in=outcomes)
    for document in outcomes:
        languages = {file.language for file in files if file.version.document_id == document.pk}
        assert len(languages) >= 2, document.symbol
    assert {file.extraction_status for file in files} == {ExtractionStatus.DONE}
    assert {file.language for file in files} >= {"en", "fr", "es", "ar", "ru", "zh-hans", "ja"}
    rabat_arabic = files.get(version__document__symbol="WC2/2001/RC/2", language="ar")
    assert "الرباط" in rabat_arabic.extracted_text
    bangkok_japanese = files.get(version__document__symbol="WC2/2001/RC/1", language="ja")
    assert bangkok_japanese.extracted_text.startswith("Demo")
    assert "行動計画" in bangkok_japanese.extracted_text


def test_demo_library_every_document_says_it_is_demo_text_in_each_of_its_languages(demo):
    documents = Document.objects.filter(congress=demo)

    assert documents.count() == 26
    for document in documents:
        assert all(DEMO_NOTE[language] in text for language, text in document.summary.data.items())


def test_demo_global_commitment_drafts_are_for_governments_and_the_adopted_text_is_public(demo, client):
    drafts = Document.objects.get(congress=demo, symbol="WC2/2001/GC/DRAFT")
    adopted = Document.objects.get(congress=demo, symbol="WC2/2001/GC")

    assert [version.label for version in drafts.versions.order_by("number")] == [
        "Draft 1",
        "Draft 2",
        "Final",
    ]
    assert drafts.access_level == AccessLevel.GOVERNMENTS
    assert adopted.access_level == AccessLevel.PUBLIC
    assert adopted.versions.get().files.count() == 7
    public = set(visible_documents(user=AnonymousUser(), congress=demo).values_list("symbol", flat=True))
    assert "WC2/2001/GC" in public
    assert not public & {"WC2/2001/GC/DRAFT", "WC2/2001/SEC/1", "WC2/2001/PR/TH"}
    page = "library:document"
    assert client.get(reverse(page, kwargs={"congress_slug": demo.slug, "pk": adopted.pk})).status_code == 200
    assert client.get(reverse(page, kwargs={"congress_slug": demo.slug, "pk": drafts.pk})).status_code == 404


def test_demo_library_files_are_found_by_search_in_their_languages(demo):
    documents = visible_documents(user=AnonymousUser(), congress=demo)

    japanese = search_documents(documents=documents, query="行動計画", filters=SearchFilters(), language="ja")
    spanish = search_documents(
        documents=documents, query="Montevideo", filters=SearchFilters(), language="es"
    )

    assert "WC2/2001/RC/1" in {hit.document.symbol for hit in japanese.items}
    assert "WC2/2001/RC/4" in {hit.document.symbol for hit in spanish.items}


def test_demo_news_runs_from_june_to_december_2001_in_several_languages(demo):
    items = NewsItem.objects.filter(congress=demo)

    assert items.count() == 20
    assert {item.status for item in items} == {NewsStatus.PUBLISHED}
    assert {item.category for item in items} == {"congress", "consultations", "media", "youth"}
    dates = sorted(item.publish_at for item in items)
    assert dates[0].date() == datetime.date(2001, 6, 15)
    assert dates[-1].date() <= datetime.date(2001, 12, 20)
    languages = {language for item in items for language in item.title.data}
    assert len(languages) >= 3
    adopted = items.get(slug="global-commitment-adopted")
    assert set(adopted.related_documents.values_list("symbol", flat=True)) >= {"WC2/2001/GC", "WC2/2001/ES/1"}
