"""FAQ answers suggested while a person types on "Ask the organisers", in English and in Japanese."""

import pytest
from django.urls import reverse

from plenaria.helpdesk.enums import InquiryTopic
from plenaria.helpdesk.selectors_public import search_terms, suggest_faq_entries
from tests.factories.congresses import CongressFactory
from tests.factories.helpdesk import FaqEntryFactory

pytestmark = [pytest.mark.django_db]


@pytest.fixture
def faq(congress):
    """Three published answers and one draft, in English and Japanese."""
    return {
        "visa": FaqEntryFactory(congress=congress),
        "hotel": FaqEntryFactory(
            congress=congress,
            topic=InquiryTopic.HOTEL_AND_LOGISTICS,
            question={"en": "Which hotels are near the venue?", "ja": "会場の近くにホテルはありますか？"},
            answer={
                "en": "The organisers reserved rooms at hotels near Pacifico Yokohama at reduced rates.",
                "ja": "パシフィコ横浜の近くのホテルに割引料金で部屋を確保しています。",
            },
            keywords="hotel, room, accommodation, ホテル, 宿泊",
        ),
        "press": FaqEntryFactory(
            congress=congress,
            topic=InquiryTopic.MEDIA_ACCREDITATION,
            question={"en": "How do journalists get accredited?"},
            answer={"en": "Journalists apply for media accreditation with a letter from their editor."},
            keywords="press, journalist, media",
        ),
        "draft": FaqEntryFactory(
            congress=congress,
            question={"en": "Is a visa needed for a transit in Tokyo?"},
            keywords="visa, transit",
            is_published=False,
        ),
    }


def suggest(congress, text, *, topic="", language="en"):
    return suggest_faq_entries(congress=congress, text=text, topic=topic, language=language)


def test_search_terms_cut_japanese_at_its_grammar_and_keep_words_of_other_languages():
    assert search_terms("ビザは必要ですか？ Do I need a VISA for the Hôtel?") == {
        "ビザ",
        "必要",
        "visa",
        "hotel",
    }


def test_suggest_faq_entries_english_question_finds_the_visa_answer_only(congress, faq):
    assert suggest(congress, "Hello, do I need a visa to travel to Yokohama?") == [faq["visa"]]


def test_suggest_faq_entries_japanese_text_without_spaces_finds_the_answer(congress, faq):
    assert suggest(congress, "日本に行くにはビザが必要でしょうか", language="ja") == [faq["visa"]]
    assert suggest(congress, "会場の近くのホテルを教えてください", language="ja") == [faq["hotel"]]


def test_suggest_faq_entries_matches_words_still_being_typed_and_plurals(congress, faq):
    assert suggest(congress, "accommod") == [faq["hotel"]]
    assert suggest(congress, "visas") == [faq["visa"]]


def test_suggest_faq_entries_entry_missing_in_the_readers_language_is_matched_in_english(congress, faq):
    assert suggest(congress, "journalist accreditation", language="ja") == [faq["press"]]


def test_suggest_faq_entries_never_a_draft_nor_another_congresss_entry(congress, faq):
    other = FaqEntryFactory(congress=CongressFactory(), question={"en": "Visa on arrival?"}, keywords="visa")

    found = suggest(congress, "visa")

    assert faq["draft"] not in found
    assert other not in found


def test_suggest_faq_entries_nothing_for_nothing_typed_or_only_common_words(congress, faq):
    assert suggest(congress, "") == []
    assert suggest(congress, "Hello, I have a question about the") == []


def test_suggest_faq_entries_at_most_five_best_first(congress):
    words = ["hotel", "airport", "badge", "workshop", "interpretation", "cloakroom"]
    others = [
        FaqEntryFactory(congress=congress, question={"en": f"About the {word}"}, keywords="")
        for word in words
    ]
    best = FaqEntryFactory(congress=congress, question={"en": "Visa for a delegation"}, keywords="visa")

    found = suggest(congress, "visa delegation " + " ".join(words))

    assert found[0] == best
    assert len(found) == 5
    assert set(found[1:]) <= set(others)


def test_suggest_faq_entries_a_word_of_every_entry_does_not_outweigh_the_one_that_answers(congress):
    everywhere = [
        FaqEntryFactory(
            congress=congress, question={"en": f"Yokohama: question {n}"}, answer={"en": "Yes."}, keywords=""
        )
        for n in range(5)
    ]
    visa = FaqEntryFactory(congress=congress, question={"en": "Visa for Yokohama"}, keywords="visa")

    found = suggest(congress, "Do I need a visa for Yokohama?")

    assert found == [visa]
    assert set(suggest(congress, "Yokohama")) <= {visa, *everywhere}


def test_suggest_faq_entries_chosen_topic_wins_a_tie(congress):
    travel = FaqEntryFactory(congress=congress, topic=InquiryTopic.VISA_AND_TRAVEL, keywords="letter")
    registration = FaqEntryFactory(congress=congress, topic=InquiryTopic.REGISTRATION, keywords="letter")

    assert suggest(congress, "letter", topic=InquiryTopic.REGISTRATION) == [registration, travel]
    assert suggest(congress, "letter", topic=InquiryTopic.VISA_AND_TRAVEL) == [travel, registration]


def test_suggestions_view_lists_matches_with_question_and_answer(client, congress, faq):
    url = reverse("helpdesk:ask-suggestions", kwargs={"congress_slug": congress.slug})

    response = client.post(url, {"subject": "", "message": "Do I need a visa?", "topic": "visa_travel"})

    html = response.content.decode()
    assert response.status_code == 200
    assert "<summary>Do I need a visa to enter Japan?</summary>" in html
    assert "visa-support letter" in html
    assert "This answers my question" in html
    assert "Which hotels" not in html
    assert "<html" not in html


def test_suggestions_view_in_japanese_shows_the_japanese_answer(client, congress, faq):
    url = f"/ja/{congress.slug}/ask/suggestions/"

    html = client.post(url, {"message": "ビザは必要ですか"}).content.decode()

    assert "<summary>日本に入国するのにビザは必要ですか？</summary>" in html


def test_suggestions_view_marks_an_answer_shown_in_english_on_a_japanese_page(client, congress, faq):
    html = client.post(
        f"/ja/{congress.slug}/ask/suggestions/", {"message": "journalist accreditation"}
    ).content
    html = html.decode()

    assert '<span class="fallback" lang="en" dir="ltr">How do journalists get accredited?' in html


def test_suggestions_view_answer_that_helped_says_no_need_to_send(client, congress, faq):
    url = reverse("helpdesk:ask-suggestions", kwargs={"congress_slug": congress.slug})

    html = client.post(f"{url}?helped={faq['visa'].pk}").content.decode()

    assert "You do not need to send the form." in html
    assert "Do I need a visa to enter Japan?" in html


def test_suggestions_view_a_draft_never_shows_even_when_asked_for(client, congress, faq):
    url = reverse("helpdesk:ask-suggestions", kwargs={"congress_slug": congress.slug})

    html = client.post(f"{url}?helped={faq['draft'].pk}").content.decode()

    assert "transit" not in html


def test_ask_page_asks_for_suggestions_as_the_person_types(client, congress):
    html = client.get(reverse("helpdesk:ask", kwargs={"congress_slug": congress.slug})).content.decode()

    assert f'hx-post="/en/{congress.slug}/ask/suggestions/"' in html
    assert "keyup changed delay:400ms from:#id_message" in html
    assert "keyup changed delay:400ms from:#id_subject" in html
    assert "input[name='topic']" in html


def test_suggestions_are_not_answered_to_a_get_so_typed_text_stays_out_of_address_logs(client, congress, faq):
    url = reverse("helpdesk:ask-suggestions", kwargs={"congress_slug": congress.slug})

    response = client.get(url, {"message": "Do I need a visa?"})

    assert response.status_code == 405
