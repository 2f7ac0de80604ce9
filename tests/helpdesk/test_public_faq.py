"""The public FAQ page, and the ways to "Ask the organisers" from the congress site (footer, contacts page)."""

import pytest
from django.urls import reverse

from plenaria.helpdesk.enums import InquiryTopic
from tests.factories.congresses import PageFactory
from tests.factories.helpdesk import FaqEntryFactory

pytestmark = [pytest.mark.integration, pytest.mark.django_db]


def faq_url(congress, language="en") -> str:
    return f"/{language}/{congress.slug}/faq/"


def test_faq_page_groups_published_entries_by_topic_in_the_forms_order(client, congress):
    FaqEntryFactory(congress=congress, topic=InquiryTopic.VISA_AND_TRAVEL)
    FaqEntryFactory(
        congress=congress,
        topic=InquiryTopic.REGISTRATION,
        question={"en": "Can I register after the deadline?"},
        answer={"en": "Write to us: late registrations are decided one by one."},
    )
    FaqEntryFactory(congress=congress, question={"en": "Draft: visa fees?"}, is_published=False)

    html = client.get(faq_url(congress)).content.decode()

    registration = html.index('<h2 id="topic-registration-title">Registration and accreditation</h2>')
    visa = html.index('<h2 id="topic-visa_travel-title">Visa and travel</h2>')
    assert registration < html.index("Can I register after the deadline?") < visa
    assert visa < html.index("Do I need a visa to enter Japan?")
    assert "Draft: visa fees?" not in html
    assert f'href="{reverse("helpdesk:ask", kwargs={"congress_slug": congress.slug})}"' in html


def test_faq_page_in_japanese_shows_japanese_and_marks_english_fallback(client, congress):
    FaqEntryFactory(congress=congress)
    FaqEntryFactory(
        congress=congress, question={"en": "Is there a cloakroom?"}, answer={"en": "Yes, level 1."}
    )

    html = client.get(faq_url(congress, "ja")).content.decode()

    assert '<html lang="ja"' in html
    assert "<summary>日本に入国するのにビザは必要ですか？</summary>" in html
    assert '<span class="fallback" lang="en" dir="ltr">Is there a cloakroom?' in html


def test_faq_page_of_another_congress_shows_only_its_own_entries(client, congress):
    FaqEntryFactory(question={"en": "Somewhere else entirely?"})

    html = client.get(faq_url(congress)).content.decode()

    assert "Somewhere else entirely?" not in html
    assert "No questions have been published yet." in html


def test_footer_links_to_ask_the_organisers_next_to_who_answers_which_question(client, congress):
    html = client.get(reverse("congresses:home", kwargs={"congress_slug": congress.slug})).content.decode()

    assert (
        f'<a href="/en/{congress.slug}/ask/">Ask the organisers</a> · '
        f'<a href="/en/{congress.slug}/contacts/">Who answers which question</a>'
    ) in html


def test_contacts_page_has_an_ask_the_organisers_button(client, congress):
    PageFactory(congress=congress, section="contacts", is_published=True)

    html = client.get(f"/ja/{congress.slug}/contacts/").content.decode()

    assert f'<a class="button" href="/ja/{congress.slug}/ask/">' in html
