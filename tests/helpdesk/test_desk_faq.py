"""The FAQ entries in the back office: any desk member writes them, in several languages, and publishes them."""

import pytest
from django.urls import reverse

from plenaria.common.models import ActionLog
from plenaria.helpdesk.models import FaqEntry
from tests.factories.accounts import UserFactory
from tests.factories.congresses import CongressFactory, StaffTeamFactory
from tests.factories.helpdesk import FaqEntryFactory
from tests.factories.helpdesk_desk import desk_member

pytestmark = [pytest.mark.integration, pytest.mark.django_db]

LANGUAGES = ["en", "fr", "es", "ar", "ru", "zh-hans", "ja"]


def url(name: str, congress, **kwargs) -> str:
    return reverse(f"helpdesk_manage:{name}", kwargs={"congress_slug": congress.slug, **kwargs})


def entry_form(question: dict, answer: dict, **fields) -> dict:
    """The entry form as the page sends it: one box per language for the question and the answer."""
    data = {"topic": "visa_travel", "keywords": "visa, embassy", "position": "1", **fields}
    for index, language in enumerate(LANGUAGES):
        data[f"question_{index}"] = question.get(language, "")
        data[f"answer_{index}"] = answer.get(language, "")
    return data


@pytest.fixture
def unicef_member(teams):
    return desk_member(teams["unicef"], teams["ecpat"])


def test_faq_entry_written_in_two_languages_then_published_is_on_the_public_page(
    client_for, client, routed_congress, teams, unicef_member
):
    client = client_for(unicef_member)
    question = {"en": "Do I need a visa to enter Japan?", "ja": "日本に入国するのにビザは必要ですか？"}
    answer = {"en": "Citizens of many countries do.", "ja": "多くの国の方は必要です。"}

    created = client.post(url("faq-create", routed_congress), entry_form(question, answer))
    entry = FaqEntry.objects.get()
    listed = client.get(url("faq-list", routed_congress)).content.decode()
    published = client.post(url("faq-edit", routed_congress, pk=entry.pk), {"publish": "1"})
    entry.refresh_from_db()
    client.logout()
    public = client.get(
        reverse("helpdesk:faq", kwargs={"congress_slug": routed_congress.slug})
    ).content.decode()

    assert created.status_code == published.status_code == 302
    assert (entry.question.data, entry.answer.data) == (question, answer)
    assert (entry.team, entry.is_published) == (teams["unicef"], True)  # the editor's first team
    assert "Français, Español, العربية, Русский, 中文" in listed
    assert "Not published" in listed
    assert "Do I need a visa to enter Japan?" in public
    assert [log.action for log in ActionLog.objects.filter(congress_id=routed_congress.pk).order_by("pk")][
        -2:
    ] == [
        "helpdesk.faq_entry.created",
        "helpdesk.faq_entry.published",
    ]


def test_faq_list_shows_published_entries_as_published(client_for, routed_congress, unicef_member):
    FaqEntryFactory(congress=routed_congress, is_published=True)

    response = client_for(unicef_member).get(url("faq-list", routed_congress))

    html = response.content.decode()
    assert "Do I need a visa to enter Japan?" in html
    assert '<span class="status status-sent">Published</span>' in html
    assert 'name="publish" value="0"' in html


def test_faq_entry_with_an_answer_missing_in_a_language_is_refused_and_keeps_what_was_typed(
    client_for, routed_congress, unicef_member
):
    data = entry_form(
        {"en": "Is there a shuttle?", "fr": "Y a-t-il une navette ?"}, {"en": "Yes, from the station."}
    )

    response = client_for(unicef_member).post(url("faq-create", routed_congress), data)

    html = response.content.decode()
    assert response.status_code == 200
    assert "Write the answer in Français too, or leave the question out in that language." in html
    assert "Y a-t-il une navette ?" in html
    assert "Yes, from the station." in html
    assert not FaqEntry.objects.exists()


def test_faq_entry_edit_and_unpublish(client_for, routed_congress, unicef_member):
    entry = FaqEntryFactory(congress=routed_congress, is_published=True)
    client = client_for(unicef_member)

    client.post(
        url("faq-edit", routed_congress, pk=entry.pk),
        entry_form({"en": "Do I need a visa?"}, {"en": "Most people do."}, is_published="on"),
    )
    client.post(url("faq-edit", routed_congress, pk=entry.pk), {"publish": "0"})

    entry.refresh_from_db()
    assert (entry.question.data, entry.is_published) == ({"en": "Do I need a visa?"}, False)


def test_faq_entry_delete_asks_first_then_deletes(client_for, routed_congress, unicef_member):
    entry = FaqEntryFactory(congress=routed_congress)
    client = client_for(unicef_member)

    confirm = client.get(url("faq-delete", routed_congress, pk=entry.pk))
    deleted = client.post(url("faq-delete", routed_congress, pk=entry.pk))

    assert "This cannot be undone" in confirm.content.decode()
    assert deleted.status_code == 302
    assert not FaqEntry.objects.exists()
    assert ActionLog.objects.filter(action="helpdesk.faq_entry.deleted").count() == 1


def test_faq_entry_of_another_congress_is_not_found(client_for, routed_congress, unicef_member):
    other = FaqEntryFactory(congress=CongressFactory())
    client = client_for(unicef_member)

    statuses = {
        client.get(url("faq-edit", routed_congress, pk=other.pk)).status_code,
        client.post(url("faq-edit", routed_congress, pk=other.pk), {"publish": "0"}).status_code,
        client.post(url("faq-delete", routed_congress, pk=other.pk)).status_code,
    }

    assert statuses == {404}
    assert FaqEntry.objects.get().is_published is True


@pytest.mark.parametrize("who", ["participant", "staff_of_another_congress", "superuser"])
def test_faq_pages_are_only_for_desk_members(client_for, routed_congress, who):
    entry = FaqEntryFactory(congress=routed_congress)
    users = {
        "participant": lambda: UserFactory(),
        "staff_of_another_congress": lambda: desk_member(StaffTeamFactory(congress=CongressFactory())),
        "superuser": lambda: desk_member(is_superuser=True, is_staff=True),
    }
    client = client_for(users[who]())

    statuses = {
        client.get(url("faq-list", routed_congress)).status_code,
        client.get(url("faq-create", routed_congress)).status_code,
        client.post(url("faq-edit", routed_congress, pk=entry.pk), {"publish": "0"}).status_code,
        client.post(url("faq-delete", routed_congress, pk=entry.pk)).status_code,
    }

    assert statuses == {403}
    assert FaqEntry.objects.get().is_published is True
