"""The safeguarding officers' pages: who may open them, and the logged reading of a protected record."""

import pytest
from allauth.mfa.totp.internal.auth import TOTP
from django.urls import reverse

from plenaria.safeguarding.enums import ConsentKind
from plenaria.safeguarding.models import ProtectedRecordAccess
from tests.conftest import TOTP_SECRET
from tests.factories.accounts import UserFactory
from tests.factories.congresses import CongressFactory
from tests.factories.safeguarding import YouthParticipantFactory, YouthProfileFactory

pytestmark = [pytest.mark.integration, pytest.mark.django_db]

QUERIES_FOR_THE_LIST = (
    10  # session, user, menu flags (the congress is cached); the profiles, their events and consents
)


def with_two_factor(user):
    TOTP.activate(user, TOTP_SECRET)
    return user


def urls(profile) -> list[str]:
    slug = profile.participant.congress.slug
    return [
        reverse("safeguarding:young-people", kwargs={"congress_slug": slug}),
        reverse("safeguarding:protected-record", kwargs={"congress_slug": slug, "pk": profile.pk}),
        reverse("safeguarding:access-log", kwargs={"congress_slug": slug}),
    ]


def test_officer_lists_young_participants_with_clearance_but_no_protected_data(client_for, officer, profile):
    html = client_for(officer).get(urls(profile)[0]).content.decode()

    assert "Aiko SATO" in html
    assert "Not cleared" in html
    assert "The guardian&#x27;s consent to participation and travel is missing." in html
    assert "Peanut" not in html
    assert profile.guardian_email not in html


def test_protected_record_opens_only_with_a_reason_and_the_reading_is_logged(client_for, officer, profile):
    client = client_for(officer)

    asked = client.get(urls(profile)[1])
    refused = client.post(urls(profile)[1], {"reason": ""})
    opened = client.post(urls(profile)[1], {"reason": "Aiko feels unwell: calling her guardian"})

    assert "Peanut" not in asked.content.decode() + refused.content.decode()
    assert "Peanut allergy" in opened.content.decode()
    assert "no-store" in opened["Cache-Control"]
    reading = ProtectedRecordAccess.objects.get()
    assert (reading.user, reading.reason) == (officer, "Aiko feels unwell: calling her guardian")
    assert "Aiko feels unwell" in client.get(urls(profile)[2]).content.decode()


@pytest.mark.parametrize("who", ["secretariat", "reviewer", "superuser", "participant", "other_officer"])
def test_nobody_but_the_congress_officers_opens_the_pages(client_for, congress, make_staff, profile, who):
    users = {
        "secretariat": lambda: make_staff(congress, "can_change_congress", "can_view_audit_log"),
        "reviewer": lambda: make_staff(congress),
        "superuser": lambda: with_two_factor(UserFactory(is_superuser=True, is_staff=True)),
        "participant": lambda: UserFactory(),
        "other_officer": lambda: make_staff(CongressFactory(), "is_safeguarding_officer"),
    }
    client = client_for(users[who]())

    statuses = [client.get(url).status_code for url in urls(profile)]
    posted = client.post(urls(profile)[1], {"reason": "curious"}).status_code

    assert set(statuses) | {posted} <= {403, 404}
    assert ProtectedRecordAccess.objects.count() == 0


def test_anonymous_visitor_is_sent_to_sign_in(client, profile):
    assert [client.get(url).status_code for url in urls(profile)] == [302, 302, 302]


@pytest.mark.parametrize("young_people", [1, 3])
def test_young_participants_list_query_count_does_not_grow_with_rows(
    client_for,
    officer,
    congress,
    youth_event,
    youth_category,
    give_consent,
    young_people,
    django_assert_num_queries,
):
    for index in range(young_people):
        profile = YouthProfileFactory(
            participant=YouthParticipantFactory(category=youth_category, family_name=f"Sato{index}"),
            events=[youth_event],
            is_minor_frozen=True,
        )
        give_consent(profile, ConsentKind.MEDIA)
    client = client_for(officer)
    url = reverse("safeguarding:young-people", kwargs={"congress_slug": congress.slug})
    client.get(url)  # the session and the menu's caches, once

    with django_assert_num_queries(QUERIES_FOR_THE_LIST):
        response = client.get(url)

    assert response.content.decode().count("Protected record") == young_people
