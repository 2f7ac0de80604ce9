import datetime

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.utils import timezone

from plenaria.library.enums import AccessLevel, ExtractionStatus, Region, Theme
from plenaria.library.search import index_document
from plenaria.library.services import withdraw_document
from plenaria.registration.enums import CategoryKind, RegistrationStatus
from tests.factories.accounts import UserFactory
from tests.factories.congresses import CongressFactory, EventFactory
from tests.factories.library import (
    DocumentFactory,
    DocumentFileFactory,
    DocumentTypeFactory,
    DocumentVersionFactory,
    DraftDocumentFactory,
)
from tests.factories.registration import CategoryFactory, ParticipantFactory

pytestmark = [pytest.mark.django_db]

# --- Readers and documents (also used by test_downloads.py and test_api.py) -----------------------------------------


def _accredited(congress, kind) -> object:
    user = UserFactory()
    ParticipantFactory(
        category=CategoryFactory(congress=congress, kind=kind), status=RegistrationStatus.APPROVED, user=user
    )
    return user


READERS = {
    "anonymous": lambda congress, make_staff: None,
    "participant": lambda congress, make_staff: _accredited(congress, CategoryKind.NGO),
    "government_delegate": lambda congress, make_staff: _accredited(congress, CategoryKind.GOVERNMENT),
    "editor": lambda congress, make_staff: make_staff(congress, "can_edit_documents"),
}
LEVELS_READ = {
    "anonymous": {AccessLevel.PUBLIC},
    "participant": {AccessLevel.PUBLIC, AccessLevel.PARTICIPANTS},
    "government_delegate": {AccessLevel.PUBLIC, AccessLevel.PARTICIPANTS, AccessLevel.GOVERNMENTS},
    "editor": set(AccessLevel),
}
CASES = [(reader, level) for reader in READERS for level in AccessLevel]


@pytest.fixture
def reader_client(client, congress, make_staff):
    """Returns a function giving the test client of a kind of reader (signed in, or not)."""

    def for_reader(kind):
        user = READERS[kind](congress, make_staff)
        if user is not None:
            client.force_login(user)
        return client

    return for_reader


def make_document(congress, *, title, files=None, **fields):
    """A published document with one version and its files ({language: text}), indexed for search."""
    document = DocumentFactory(congress=congress, title=title, **fields)
    version = DocumentVersionFactory(document=document, number=1, label="Final")
    for language, text in (files or {"en": "Text of the document."}).items():
        DocumentFileFactory(
            version=version, language=language, extracted_text=text, original_name=f"paper-{language}.txt"
        )
    index_document(document)
    return document


def documents_of_each_level(congress) -> dict:
    """One document of each level, whose title names it and whose text holds the word "safeguards"."""
    return {
        level: make_document(
            congress,
            title={"en": f"Level {level} paper"},
            files={"en": f"Paper on safeguards for {level} readers.", "fr": "Document sur les garanties."},
            access_level=level,
        )
        for level in AccessLevel
    }


@pytest.fixture
def one_document_per_level(congress):
    return documents_of_each_level(congress)


def library_url(congress, language="en") -> str:
    return f"/{language}/{congress.slug}/documents/"


def document_url(document, language="en") -> str:
    return f"/{language}/{document.congress.slug}/documents/{document.pk}/"


def listed_levels(content: str) -> set[str]:
    return {level for level in AccessLevel if f"Level {level} paper" in content}


# --- Access ------------------------------------------------------------------------------------------------------


@pytest.mark.parametrize("kind", list(READERS))
def test_library_lists_only_the_documents_of_the_readers_levels(
    congress, reader_client, one_document_per_level, kind
):
    response = reader_client(kind).get(library_url(congress))

    assert response.status_code == 200
    assert listed_levels(response.content.decode()) == LEVELS_READ[kind]


@pytest.mark.parametrize("kind", list(READERS))
def test_search_results_show_only_the_documents_of_the_readers_levels(
    congress, reader_client, one_document_per_level, kind
):
    response = reader_client(kind).get(library_url(congress), {"q": "safeguards"})

    content = response.content.decode()
    assert listed_levels(content) == LEVELS_READ[kind]
    assert f"{len(LEVELS_READ[kind])} document" in content


@pytest.mark.parametrize(("kind", "level"), CASES)
def test_document_page_opens_only_for_readers_of_its_level(
    congress, reader_client, one_document_per_level, kind, level
):
    response = reader_client(kind).get(document_url(one_document_per_level[level]))

    if level in LEVELS_READ[kind]:
        assert response.status_code == 200
        assert f"Level {level} paper" in response.content.decode()
    else:
        assert response.status_code == 404
        assert f"Level {level} paper" not in response.content.decode()


def test_document_page_of_a_draft_or_another_congress_is_not_found(congress, client):
    draft = DraftDocumentFactory(congress=congress)
    other = DocumentFactory(congress=CongressFactory())

    assert client.get(document_url(draft)).status_code == 404
    assert client.get(f"/en/{congress.slug}/documents/{other.pk}/").status_code == 404
    assert client.get(f"/en/{congress.slug}/documents/999999/").status_code == 404


def test_access_badge_shown_for_documents_that_are_not_public(
    congress, reader_client, one_document_per_level
):
    client = reader_client("participant")

    listing = client.get(library_url(congress)).content.decode()
    public_page = client.get(document_url(one_document_per_level[AccessLevel.PUBLIC])).content.decode()

    assert listing.count('class="tag tag-warning">Registered participants<') == 1
    assert "tag-warning" not in public_page


# --- Caching -----------------------------------------------------------------------------------------------------


def test_signed_in_reader_never_gets_the_anonymous_cached_library(
    congress, client, make_staff, one_document_per_level
):
    anonymous_first = client.get(library_url(congress))
    anonymous_again = client.get(library_url(congress))
    client.force_login(_accredited(congress, CategoryKind.NGO))

    signed_in = client.get(library_url(congress))

    assert listed_levels(anonymous_again.content.decode()) == {AccessLevel.PUBLIC}
    assert anonymous_first["Vary"]
    assert "Cookie" in anonymous_first["Vary"]
    assert listed_levels(signed_in.content.decode()) == {AccessLevel.PUBLIC, AccessLevel.PARTICIPANTS}
    assert "private" in signed_in["Cache-Control"]


def test_withdrawal_reaches_the_cached_page_of_anonymous_visitors_at_once(congress, client, make_staff):
    document = make_document(congress, title={"en": "Draft outcome document"})
    editor = make_staff(congress, "can_edit_documents")
    client.get(library_url(congress))
    client.get(document_url(document))

    withdraw_document(document=document, reason="Replaced by the final text.", actor=editor)

    assert "Draft outcome document" not in client.get(library_url(congress)).content.decode()
    assert "Replaced by the final text." in client.get(document_url(document)).content.decode()


# --- Search, facets, paging ---------------------------------------------------------------------------------------


def test_search_in_english_finds_the_document_and_highlights_the_words(congress, client):
    make_document(
        congress,
        title={"en": "Rehabilitation services"},
        files={"en": "Community programmes for the recovery of children who were exploited."},
    )
    make_document(congress, title={"en": "Travel and tourism"}, files={"en": "Codes of conduct for hotels."})

    content = client.get(library_url(congress), {"q": "recovery"}).content.decode()

    assert "Rehabilitation services" in content
    assert "Travel and tourism" not in content
    assert "<mark>recovery</mark>" in content


def test_search_in_japanese_finds_the_document_on_the_japanese_page(congress, client):
    make_document(
        congress,
        title={"en": "Yokohama commitment", "ja": "横浜コミットメント"},
        files={"ja": "子どもの商業的性的搾取に反対する世界会議の成果文書です。"},
    )
    make_document(
        congress, title={"en": "Travel and tourism", "ja": "旅行と観光"}, files={"ja": "ホテルの行動規範。"}
    )

    content = client.get(library_url(congress, "ja"), {"q": "性的搾取"}).content.decode()

    assert "横浜コミットメント" in content
    assert "旅行と観光" not in content
    assert "<mark>" in content


def test_title_missing_in_the_readers_language_is_shown_in_english_marked(congress, client):
    make_document(congress, title={"en": "Only in English"})

    content = client.get(library_url(congress, "fr")).content.decode()

    assert 'class="fallback" lang="en"' in content
    assert "Only in English" in content


def test_theme_facet_counts_and_filters_the_results(congress, client):
    for number in range(2):
        make_document(congress, title={"en": f"Prevention paper {number}"}, theme=Theme.PREVENTION)
    make_document(
        congress, title={"en": "Protection paper"}, theme=Theme.PROTECTION, region=Region.SOUTH_ASIA
    )

    listing = client.get(library_url(congress)).content.decode()
    filtered = client.get(library_url(congress), {"theme": Theme.PREVENTION}).content.decode()

    assert 'href="?theme=prevention"><bdi>Prevention</bdi></a> <span class="muted">(2)</span>' in listing
    assert 'href="?theme=protection"><bdi>Protection</bdi></a> <span class="muted">(1)</span>' in listing
    assert "South Asia" in listing
    assert "Prevention paper 0" in filtered
    assert "Prevention paper 1" in filtered
    assert "Protection paper" not in filtered
    assert 'aria-current="true"><bdi>Prevention</bdi></a>' in filtered


def test_type_language_and_year_facets_filter_the_results(congress, client):
    statement_type = DocumentTypeFactory(
        congress=congress, slug="statement", name={"en": "Country statement"}
    )
    make_document(
        congress, title={"en": "Statement of Japan"}, document_type=statement_type, files={"ja": "声明"}
    )
    make_document(congress, title={"en": "Old paper"}, document_date=datetime.date(2000, 5, 1))

    by_type = client.get(library_url(congress), {"type": "statement"}).content.decode()
    by_language = client.get(library_url(congress), {"language": "ja"}).content.decode()
    by_year = client.get(library_url(congress), {"year": "2000"}).content.decode()

    assert ("Statement of Japan" in by_type, "Old paper" in by_type) == (True, False)
    assert ("Statement of Japan" in by_language, "Old paper" in by_language) == (True, False)
    assert ("Statement of Japan" in by_year, "Old paper" in by_year) == (False, True)


def test_search_keeps_the_chosen_filters(congress, client):
    make_document(congress, title={"en": "Prevention paper"}, theme=Theme.PREVENTION)

    content = client.get(library_url(congress), {"theme": "prevention"}).content.decode()

    assert '<input type="hidden" name="theme" value="prevention">' in content


def test_invalid_filter_is_reported_and_the_others_still_apply(congress, client):
    make_document(congress, title={"en": "Prevention paper"}, theme=Theme.PREVENTION)
    make_document(congress, title={"en": "Protection paper"}, theme=Theme.PROTECTION)

    response = client.get(library_url(congress), {"theme": "prevention", "year": "last year"})

    content = response.content.decode()
    assert response.status_code == 200
    assert "Year: Enter a whole number." in content
    assert "Prevention paper" in content
    assert "Protection paper" not in content


def test_library_pages_through_the_results(congress, client):
    for number in range(21):
        DocumentFactory(congress=congress, title={"en": f"Numbered paper {number:02d}"})

    first = client.get(library_url(congress)).content.decode()
    second = client.get(library_url(congress), {"page": "2"}).content.decode()

    assert first.count("Numbered paper") == 20
    assert "Page 1 of 2" in first
    assert 'href="?page=2" rel="next"' in first
    assert second.count("Numbered paper") == 1
    assert 'href="?page=1" rel="prev"' in second


@pytest.mark.parametrize("path", ["", "?q=paper"])
def test_library_costs_the_same_queries_for_one_or_three_documents(congress, client, path):
    client.force_login(_accredited(congress, CategoryKind.NGO))  # signed in: never a cached page
    make_document(congress, title={"en": "Paper 1"}, files={"en": "A paper.", "fr": "Un document."})
    client.get(library_url(congress) + path)  # the site's own caches warmed up
    with CaptureQueriesContext(connection) as one:
        client.get(library_url(congress) + path)
    for number in (2, 3):
        make_document(
            congress, title={"en": f"Paper {number}"}, files={"en": "A paper.", "fr": "Un document."}
        )
    with CaptureQueriesContext(connection) as three:
        client.get(library_url(congress) + path)

    assert len(three) == len(one)


def test_library_without_documents_says_so(congress, client):
    content = client.get(library_url(congress)).content.decode()

    assert "No documents match your search." in content


def test_site_navigation_links_to_the_library(congress, client):
    content = client.get(f"/en/{congress.slug}/").content.decode()

    assert f'<a href="/en/{congress.slug}/documents/">Documents</a>' in content


# --- The document page ---------------------------------------------------------------------------------------------


def test_document_page_shows_metadata_and_current_version_first(congress, client):
    event = EventFactory(congress=congress, name={"en": "East Asia and Pacific consultation"})
    document = DocumentFactory(
        congress=congress,
        symbol="WC2/2001/BP/3",
        title={"en": "Background paper on protection"},
        summary={"en": "How children are protected."},
        theme=Theme.PROTECTION,
        region=Region.EAST_ASIA_PACIFIC,
        country="TH",
        organisation="UNICEF",
        related_event=event,
    )
    first = DocumentVersionFactory(document=document, number=1, label="Draft 1", change_note="")
    DocumentFileFactory(version=first, language="en", original_name="draft-1.txt")
    final = DocumentVersionFactory(document=document, number=2, label="Final", change_note="Figures updated.")
    DocumentFileFactory(version=final, language="en", original_name="final-en.txt")
    DocumentFileFactory(
        version=final,
        language="fr",
        original_name="final-fr.pdf",
        content_type="application/pdf",
        extraction_status=ExtractionStatus.NO_TEXT,
    )

    content = client.get(document_url(document)).content.decode()

    for text in ("WC2/2001/BP/3", "How children are protected.", "Protection", "East Asia and the Pacific"):
        assert text in content
    assert "Thailand" in content
    assert "UNICEF" in content
    assert f'href="/en/{congress.slug}/regional-consultations/#event-{event.pk}"' in content
    assert content.index("Final") < content.index("Earlier versions") < content.index("Draft 1")
    assert "Figures updated." in content
    assert content.count(f"/en/{congress.slug}/documents/files/") == 3
    assert '<span lang="fr">Français</span></a>' in content
    assert "PDF, 21\xa0bytes" in content
    assert "No text to read (an image or a scan)" in content


def test_side_event_is_named_without_a_link(congress, client):
    event = EventFactory(congress=congress, kind="side", name={"en": "NGO side meeting"})
    document = DocumentFactory(congress=congress, related_event=event)

    content = client.get(document_url(document)).content.decode()

    assert "NGO side meeting" in content
    assert "#event-" not in content


def test_withdrawn_document_says_when_and_why_without_downloads(congress, client):
    document = make_document(congress, title={"en": "Draft declaration"})
    document.status = "withdrawn"
    document.withdrawn_at = timezone.make_aware(datetime.datetime(2001, 12, 18, 10, 0))
    document.withdrawal_reason = "Superseded by the Yokohama Global Commitment."
    document.save()

    page = client.get(document_url(document)).content.decode()
    listing = client.get(library_url(congress)).content.decode()

    assert "Withdrawn" in page
    assert "18 December 2001" in page
    assert "Superseded by the Yokohama Global Commitment." in page
    assert "/documents/files/" not in page
    assert "Draft declaration" not in listing
