import datetime

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from plenaria.library.enums import AccessLevel, DocumentStatus, Region, Theme
from plenaria.library.models import Document, DocumentFile, DocumentType, DocumentVersion
from plenaria.library.search import SearchFilters, index_document, search_documents
from plenaria.library.search.indexing import matching_tsvector
from plenaria.library.search.text import parse_query, tokens
from tests.factories.congresses import CongressFactory

pytestmark = [pytest.mark.django_db]


@pytest.fixture
def paper_type(congress):
    return DocumentType.objects.create(
        congress=congress,
        slug="background-paper",
        name={"en": "Background paper", "fr": "Document de travail"},
    )


@pytest.fixture
def press_type(congress):
    return DocumentType.objects.create(
        congress=congress,
        slug="press-release",
        name={"en": "Press release"},
        is_press_release=True,
        position=1,
    )


@pytest.fixture
def make_document(congress, paper_type):
    """Returns a function that creates a published document with one version (files: {language: text}), indexed."""

    def make(title, *, summary=None, files=None, versions=None, **fields):
        fields = {
            "congress": congress,
            "document_type": paper_type,
            "document_date": datetime.date(2001, 12, 17),
            "access_level": AccessLevel.PUBLIC,
            "status": DocumentStatus.PUBLISHED,
            **fields,
        }
        document = Document.objects.create(title=title, summary=summary or {}, **fields)
        for number, version_files in enumerate(versions or [files or {}], start=1):
            version = DocumentVersion.objects.create(
                document=document,
                number=number,
                label=f"Version {number}",
                version_date=fields["document_date"],
            )
            for language, text in version_files.items():
                DocumentFile.objects.create(
                    version=version,
                    language=language,
                    file=f"library/{document.pk}-{number}-{language}.pdf",
                    original_name=f"{language}.pdf",
                    content_type="application/pdf",
                    size=len(text),
                    sha256="0" * 64,
                    extracted_text=text,
                )
        index_document(document)
        return document

    return make


def search(query="", *, documents=None, reader_language="en", **filters):
    documents = documents if documents is not None else Document.objects.all()
    return search_documents(
        documents=documents, query=query, filters=SearchFilters(**filters), language=reader_language
    )


def titles(results):
    return [str(hit.document.title) for hit in results.items]


def test_search_finds_english_words_in_titles_and_summaries(make_document):
    make_document({"en": "Commercial sexual exploitation of children"})
    make_document({"en": "Regional consultation"}, summary={"en": "The exploitation of children in tourism."})
    make_document({"en": "Press kit"})

    results = search("exploitation children")

    assert results.total == 2
    assert titles(results) == ["Commercial sexual exploitation of children", "Regional consultation"]


def test_search_is_insensitive_to_case_and_accents(make_document):
    make_document({"es": "Protección de los niños"}, summary={"fr": "La PROTECTION des enfants"})

    assert search("proteccion").total == 1
    assert search("protección").total == 1
    assert search("NIÑOS").total == 1
    assert search("protection").total == 1


def test_search_finds_the_start_of_a_word(make_document):
    make_document({"fr": "Les droits des enfants"})

    assert search("enfant").total == 1
    assert search("enfants").total == 1
    enfantin = search("enfantin")
    assert enfantin.total == 0 or enfantin.approximate


def test_search_finds_arabic_with_or_without_vowel_signs(make_document):
    make_document({"ar": "حماية الأَطْفال من الاستغلال الجنسي"})

    assert search("الأطفال").total == 1
    assert search("الاستغلال الجنسي").total == 1
    assert search("الأَطْفال").total == 1


def test_search_finds_japanese_words_inside_a_sentence(make_document):
    make_document({"ja": "児童の商業的性的搾取に反対する世界会議"})
    make_document({"ja": "横浜での記者会見"})

    results = search("性的搾取")

    assert titles(results) == ["児童の商業的性的搾取に反対する世界会議"]
    assert search("児童").total == 1
    assert search("搾取 会議").total == 1
    assert search("性的暴力").total == 0


def test_search_finds_chinese_words_inside_a_sentence(make_document):
    make_document({"zh-hans": "第二届反对商业性剥削儿童世界大会"})

    assert search("儿童").total == 1
    assert search("商业性剥削").total == 1
    assert search("儿童权利").total == 0


def test_search_finds_words_in_the_text_of_the_current_version_only(make_document):
    make_document(
        {"en": "Outcome document"},
        versions=[
            {"en": "First draft mentions trafficking."},
            {"en": "The final text speaks of prevention.", "fr": "Le texte final parle de réinsertion."},
        ],
    )

    assert search("prevention").total == 1
    assert search("reinsertion").total == 1
    assert search("trafficking").total == 0


def test_search_quoted_phrase_needs_the_words_in_order(make_document):
    make_document({"en": "Sexual exploitation, commercial aspects"})
    make_document({"en": "Commercial sexual exploitation"})

    assert titles(search('"commercial sexual"')) == ["Commercial sexual exploitation"]
    assert search("commercial sexual").total == 2


def test_search_quoted_phrase_may_be_excluded(make_document):
    make_document({"en": "Sexual exploitation, commercial aspects"})
    make_document({"en": "Commercial sexual exploitation"})

    assert titles(search('exploitation -"commercial sexual"')) == ["Sexual exploitation, commercial aspects"]


def test_search_quoted_chinese_phrase_needs_its_characters_together(make_document):
    make_document({"en": "Together"}, files={"zh-hans": "反对商业性剥削儿童。"})
    make_document({"en": "Apart"}, files={"zh-hans": "性剥 和 剥削"})

    assert titles(search('"性剥削"', reader_language="zh-hans")) == ["Together"]


def test_search_leaves_out_excluded_words(make_document):
    make_document({"en": "Child labour and exploitation"})
    make_document({"en": "Exploitation in tourism"})

    assert titles(search("exploitation -tourism")) == ["Child labour and exploitation"]


def test_search_ranks_title_matches_first(make_document):
    make_document(
        {"en": "Report"},
        files={"en": "A long text about trafficking."},
        document_date=datetime.date(2001, 12, 20),
    )
    make_document({"en": "Trafficking in the Mekong region"}, document_date=datetime.date(2001, 1, 1))

    assert titles(search("trafficking")) == ["Trafficking in the Mekong region", "Report"]


def test_search_snippet_marks_the_matches_in_the_text(make_document):
    text = (
        "Introduction. "
        + "Words before. " * 30
        + "Governments should <protect> children from sexual exploitation."
    )
    make_document({"en": "Background paper"}, files={"en": text})

    snippet = search("protect exploitation").items[0].snippet

    assert "<mark>exploitation</mark>" in snippet
    assert "&lt;<mark>protect</mark>&gt;" in snippet
    assert snippet.startswith("…")
    assert "Introduction" not in snippet


def test_search_snippet_finds_a_match_deep_in_a_long_text(make_document):
    text = "Lorem ipsum dolor. " * 3000 + "The Yokohama Global Commitment was adopted."
    make_document({"en": "Outcome"}, files={"en": text})

    snippet = search("commitment").items[0].snippet

    assert snippet.endswith("Yokohama Global <mark>Commitment</mark> was adopted.")


def test_search_snippet_marks_arabic_words_written_with_vowel_signs(make_document):
    make_document({"en": "Statement"}, files={"ar": "نَصّ " * 300 + "حماية الأَطْفال من الاستغلال"})

    snippet = search("الاطفال", reader_language="ar").items[0].snippet

    assert "حماية <mark>الأَطْفال</mark> من" in snippet


def test_search_snippet_prefers_the_readers_language(make_document):
    make_document(
        {"en": "Yokohama Global Commitment"},
        files={"en": "The congress adopted the commitment.", "fr": "Le congrès a adopté l'engagement."},
    )

    assert "<mark>congrès</mark>" in search("congres", reader_language="fr").items[0].snippet
    assert "<mark>congress</mark>" in search("congress", reader_language="en").items[0].snippet


def test_search_snippet_marks_japanese_matches(make_document):
    make_document({"en": "Statement"}, files={"ja": "これは児童の商業的性的搾取に関する報告です。"})

    snippet = search("性的搾取", reader_language="ja").items[0].snippet

    assert "<mark>性的搾取</mark>" in snippet


def test_search_without_query_lists_by_date_with_summaries(make_document):
    make_document(
        {"en": "Older"}, summary={"en": "An <early> paper."}, document_date=datetime.date(2001, 1, 5)
    )
    make_document({"en": "Newer"}, document_date=datetime.date(2001, 11, 5))

    results = search("")

    assert titles(results) == ["Newer", "Older"]
    assert results.items[1].snippet == "An &lt;early&gt; paper."


def test_search_counts_facets_over_the_matching_documents(make_document, press_type):
    make_document(
        {"en": "Child protection in Asia"},
        theme=Theme.PROTECTION,
        region=Region.EAST_ASIA_PACIFIC,
        files={"en": "Text", "ja": "テキスト"},
    )
    make_document(
        {"en": "Child protection in Europe"},
        theme=Theme.PROTECTION,
        region=Region.EUROPE_CENTRAL_ASIA,
        document_date=datetime.date(2000, 6, 1),
        files={"en": "Text"},
    )
    make_document({"en": "Child participation"}, document_type=press_type, theme=Theme.CHILD_PARTICIPATION)
    make_document({"en": "Unrelated"}, theme=Theme.PREVENTION)

    facets = search("child").facets

    assert facets["document_type"] == [
        ("background-paper", "Background paper", 2),
        ("press-release", "Press release", 1),
    ]
    assert facets["theme"] == [("protection", "Protection", 2), ("participation", "Child participation", 1)]
    assert facets["region"] == [
        ("east-asia-pacific", "East Asia and the Pacific", 1),
        ("europe-central-asia", "Europe and Central Asia", 1),
    ]
    assert facets["language"] == [("en", "English", 2), ("ja", "日本語", 1)]
    assert facets["year"] == [("2001", "2001", 2), ("2000", "2000", 1)]


def test_search_filters_narrow_the_results(make_document, press_type):
    make_document(
        {"en": "Asia paper"},
        theme=Theme.PROTECTION,
        region=Region.EAST_ASIA_PACIFIC,
        files={"ja": "テキスト"},
    )
    make_document({"en": "Europe paper"}, theme=Theme.PREVENTION, document_date=datetime.date(2000, 6, 1))
    make_document({"en": "Press paper"}, document_type=press_type)

    assert titles(search("paper", theme="protection")) == ["Asia paper"]
    assert titles(search("paper", region="east-asia-pacific")) == ["Asia paper"]
    assert titles(search("paper", language="ja")) == ["Asia paper"]
    assert titles(search("paper", year=2000)) == ["Europe paper"]
    assert titles(search("", document_type="press-release")) == ["Press paper"]
    assert search("paper", theme="recovery").total == 0


def test_search_pages_the_results(make_document):
    for day in range(1, 24):
        make_document({"en": f"Paper {day}"}, document_date=datetime.date(2001, 12, day))

    first = search("paper")
    second = search("paper", page=2)
    beyond = search("paper", page=9)

    assert (first.total, first.pages, len(first.items), first.has_next) == (23, 2, 20, True)
    assert titles(second) == ["Paper 3", "Paper 2", "Paper 1"]
    assert (second.page, second.has_previous, second.has_next) == (2, True, False)
    assert beyond.page == 2


def test_search_never_returns_documents_outside_the_given_set(make_document):
    public = make_document({"en": "Exploitation report"})
    make_document({"en": "Exploitation report, confidential"}, access_level=AccessLevel.SECRETARIAT)
    make_document({"en": "Exploitation report, draft"}, status=DocumentStatus.DRAFT)
    other_congress = CongressFactory()
    other_type = DocumentType.objects.create(congress=other_congress, slug="paper", name={"en": "Paper"})
    make_document({"en": "Exploitation elsewhere"}, congress=other_congress, document_type=other_type)
    visible = Document.objects.filter(congress=public.congress, status="published", access_level="public")

    assert [hit.document for hit in search("exploitation", documents=visible).items] == [public]
    assert [hit.document for hit in search("", documents=visible).items] == [public]
    for query in ["exploitation", "", "exploitaton", "report -draft"]:
        results = search(query, documents=visible)
        assert {hit.document for hit in results.items} <= {public}
        assert sum(value.count for value in results.facets["document_type"]) == results.total


def test_search_queries_do_not_grow_with_the_results(make_document):
    make_document({"en": "Paper one"}, files={"en": "A paper."})
    with CaptureQueriesContext(connection) as one:
        search("paper")
    make_document({"en": "Paper two"}, files={"en": "A paper.", "fr": "Un document."})
    make_document({"en": "Paper three"}, summary={"en": "A paper."})
    with CaptureQueriesContext(connection) as three:
        results = search("paper")

    assert results.total == 3
    assert len(three) == len(one)


def test_search_reindexing_follows_changes(make_document):
    document = make_document({"en": "Draft outcome"})
    document.title = {"en": "Yokohama Global Commitment"}
    document.save()

    index_document(document)

    assert search("draft").total == 0
    assert search("yokohama").total == 1


def test_search_ignores_a_query_of_punctuation_only(make_document):
    make_document({"en": "Any paper"})

    results = search('"" -- !!')

    assert results.total == 1


@pytest.mark.skipif(connection.vendor != "postgresql", reason="trigram matching needs PostgreSQL")
def test_search_finds_titles_despite_a_typo_on_postgresql(make_document):
    make_document({"en": "Commercial sexual exploitation of children"})

    results = search("exploitaton")

    assert results.total == 1
    assert results.approximate


def test_tokens_cut_cjk_runs_into_pairs_and_keep_other_words():
    assert tokens("児童の搾取 Niños, l'enfant") == ["児童", "童の", "の搾", "搾取", "ninos", "l", "enfant"]


def test_parse_query_reads_phrases_and_exclusions():
    parsed = parse_query('"sexual exploitation" -tourism 児童')

    assert [(clause.phrase, clause.excluded) for clause in parsed.clauses] == [
        (True, False),
        (False, True),
        (False, False),
    ]
    assert set(parsed.highlights) == {"sexual", "exploitation", "児童"}


def test_matching_tsvector_stays_within_postgresql_limits():
    huge = [f"word{n}" for n in range(120_000)]

    literal = matching_tsvector([["title"], huge])

    assert len(literal.encode()) < 1_048_576
    assert literal.startswith("'title':2 'word0':4")
