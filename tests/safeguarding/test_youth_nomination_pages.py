"""The focal point's youth pages: the "Young people" section of the delegation page, the nomination form, and
sending the guardian's invitation again. Only an accepted focal point of the delegation gets in."""

import datetime

import pytest
from allauth.mfa.totp.internal.auth import TOTP
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from django.utils import timezone

from plenaria.common.models import OutboundEmail
from plenaria.registration.enums import RegistrationStatus
from plenaria.registration.models import Participant
from plenaria.safeguarding.enums import ConsentKind
from plenaria.safeguarding.models import YouthProfile
from plenaria.safeguarding.services.nomination import YoungPersonDetails, nominate_young_person
from tests.conftest import TOTP_SECRET
from tests.factories.accounts import UserFactory
from tests.factories.registration import CategoryFactory, DelegationFactory, FocalPointFactory
from tests.factories.safeguarding import MINOR_BIRTH, YouthEventFactory, YouthEventRulesFactory

pytestmark = [pytest.mark.integration, pytest.mark.django_db]

TOO_OLD = datetime.date(1983, 12, 15)  # 18 on the first day of the Congress


def make_focal_point(delegation):
    user = UserFactory()
    FocalPointFactory(delegation=delegation, email=user.email, user=user, accepted_at=timezone.now())
    return user


@pytest.fixture
def delegation(congress, youth_category):
    CategoryFactory(congress=congress, slug="government")
    return DelegationFactory(congress=congress, quota=2)


@pytest.fixture
def focal_user(delegation):
    return make_focal_point(delegation)


@pytest.fixture
def focal_client(client_for, focal_user):
    return client_for(focal_user)


@pytest.fixture
def events(youth_event, congress_event):
    return [youth_event, congress_event]


def nominate_url(delegation) -> str:
    return reverse("youth_focal_point:young-person-nominate", kwargs={"pk": delegation.pk})


def invitation_url(delegation, profile) -> str:
    return reverse(
        "youth_focal_point:guardian-invitation",
        kwargs={"pk": delegation.pk, "member_pk": profile.participant_id},
    )


def delegation_url(delegation) -> str:
    return reverse("focal_point:delegation", kwargs={"pk": delegation.pk})


def form_data(*events, **changes) -> dict:
    return {
        "given_name": "Aiko",
        "family_name": "Yamashita",
        "date_of_birth": MINOR_BIRTH.isoformat(),
        "nationality": "JP",
        "email": "",
        "language": "en",
        "events": [event.pk for event in events],
        "guardian_name": "Keiko Yamashita",
        "guardian_email": "keiko@example.jp",
        "guardian_phone": "+81 44 000 0000",
        "guardian_language": "ja",
        "pseudonym": "",
        **changes,
    }


def nominate(delegation, events, n=0, **changes):
    values = {
        "given_name": f"Ken{n}",
        "family_name": "Mori",
        "date_of_birth": MINOR_BIRTH,
        "nationality": "JP",
        "language": "en",
        "events": tuple(events),
        "guardian_name": "Emi Mori",
        "guardian_email": f"emi{n}@example.jp",
        "guardian_language": "en",
    }
    return nominate_young_person(
        delegation=delegation, details=YoungPersonDetails(**{**values, **changes}), actor=None
    )


# --- The delegation page ----------------------------------------------------------------------------------------


def test_delegation_page_shows_the_young_people_section_with_places_and_the_link(
    focal_client, delegation, events
):
    html = focal_client.get(delegation_url(delegation)).content.decode()

    assert "Young people" in html
    assert "No young person nominated yet." in html
    assert "Youth Event: 2 of 2 youth places left" in html
    assert "Second World Congress: 2 of 2 youth places left" in html
    assert f'href="{nominate_url(delegation)}"' in html


def test_delegation_page_lists_young_people_by_first_name_apart_from_the_members(
    focal_client, delegation, events, youth_event, give_consent
):
    waiting = nominate(delegation, [youth_event], 1)
    answered = nominate(delegation, events, 2)
    give_consent(answered, ConsentKind.GUARDIAN_PARTICIPATION)

    html = focal_client.get(delegation_url(delegation)).content.decode()

    assert "Ken1" in html
    assert "Ken2" in html
    assert "MORI" not in html  # first names only, and never in the members' list
    assert "0 of 2 places used" in html
    assert "Youth Event: 0 of 2 youth places left" in html
    assert "Second World Congress: 1 of 2 youth places left" in html
    assert "No answer yet" in html
    assert "Has answered" in html
    assert invitation_url(delegation, waiting) in html
    assert invitation_url(delegation, answered) not in html  # nothing to send once the guardian answered


def test_delegation_page_queries_do_not_grow_with_the_young_people(
    focal_client, delegation, events, youth_event, congress_event, django_assert_num_queries
):
    nominate(delegation, events, 1)
    focal_client.get(delegation_url(delegation))  # sessions, sites and the like, once
    with CaptureQueriesContext(connection) as one:
        focal_client.get(delegation_url(delegation))
    nominate(delegation, [youth_event], 2)
    nominate(delegation, [congress_event], 3)

    with django_assert_num_queries(len(one.captured_queries)):
        html = focal_client.get(delegation_url(delegation)).content.decode()

    assert html.count('/guardian/" aria-label="Send the invitation again') == 3


def test_delegation_page_after_the_deadline_offers_no_nomination(focal_client, delegation, events):
    delegation.nomination_deadline = timezone.now() - datetime.timedelta(hours=1)
    delegation.save()

    html = focal_client.get(delegation_url(delegation)).content.decode()
    response = focal_client.get(nominate_url(delegation), follow=True)

    assert nominate_url(delegation) not in html
    assert response.redirect_chain == [(delegation_url(delegation), 302)]
    assert "Nominations for this delegation are closed." in response.content.decode()


# --- The nomination form ----------------------------------------------------------------------------------------


def test_nominate_page_shows_each_event_with_its_age_limit_deadline_and_places_left(
    focal_client, delegation, events, youth_event
):
    YouthEventRulesFactory(
        event=youth_event,
        age_limit=19,
        nominations_close_at=datetime.datetime(2031, 11, 1, 3, 0, tzinfo=datetime.UTC),
    )
    nominate(delegation, [youth_event], 1)

    html = focal_client.get(nominate_url(delegation)).content.decode()

    assert 'type="checkbox" name="events"' in html
    assert "Youth Event" in html
    assert "Second World Congress" in html
    assert "Under 19 on the first day" in html
    assert "Under 18 on the first day" in html
    assert "Nominations close 1 November 2031, 12:00" in html  # in the congress's time zone (Tokyo)
    assert "1 of 2 youth places left" in html
    assert "2 of 2 youth places left" in html


def test_nominate_page_registers_the_young_person_and_e_mails_the_guardian(
    focal_client, focal_user, delegation, events
):
    response = focal_client.post(
        nominate_url(delegation), form_data(*events, pseudonym="Hikari"), follow=True
    )

    profile = YouthProfile.objects.select_related("participant").get()
    assert response.redirect_chain == [(delegation_url(delegation), 302)]
    assert (
        "Aiko has been nominated. Their parent or guardian receives an e-mail to give their consent."
        in response.content.decode()
    )
    assert (profile.participant.delegation, profile.participant.status) == (
        delegation,
        RegistrationStatus.NOMINATED,
    )
    assert set(profile.events.all()) == set(events)
    assert (profile.guardian_email, profile.guardian_language, profile.pseudonym) == (
        "keiko@example.jp",
        "ja",
        "Hikari",
    )
    assert [(e.to, e.language) for e in OutboundEmail.objects.all()] == [("keiko@example.jp", "ja")]


def test_nominate_page_over_the_age_limit_shows_the_error_by_the_date_and_keeps_what_was_typed(
    focal_client, delegation, events, congress_event
):
    response = focal_client.post(
        nominate_url(delegation),
        form_data(congress_event, date_of_birth=TOO_OLD.isoformat(), pseudonym="Hikari"),
    )

    html = response.content.decode()
    assert response.status_code == 200
    assert "This person is not under the age limit of Second World Congress." in html
    assert (
        html.index('name="date_of_birth"')
        < html.index("not under the age limit")
        < html.index('name="nationality"')
    )
    for typed in (
        'value="Aiko"',
        'value="Yamashita"',
        'value="1983-12-15"',
        'value="keiko@example.jp"',
        'value="+81 44 000 0000"',
        'value="Hikari"',
    ):
        assert typed in html
    assert f'name="events" value="{congress_event.pk}" id="id_events_1" checked>' in html
    assert 'id="id_events_0" checked' not in html
    assert not Participant.objects.exists()
    assert not OutboundEmail.objects.exists()


def test_nominate_page_third_young_person_at_an_event_is_refused_by_the_events(
    focal_client, delegation, events, youth_event
):
    nominate(delegation, [youth_event], 1)
    nominate(delegation, [youth_event], 2)

    response = focal_client.post(nominate_url(delegation), form_data(youth_event))

    html = response.content.decode()
    assert response.status_code == 200
    assert "This delegation already has 2 young people at Youth Event." in html
    assert 'value="Yamashita"' in html
    assert Participant.objects.count() == 2


def test_nominate_page_missing_fields_are_shown_next_to_them(focal_client, delegation, events):
    response = focal_client.post(
        nominate_url(delegation), form_data(guardian_email="", events=[], given_name="Aiko")
    )

    html = response.content.decode()
    assert response.status_code == 200
    assert "Choose at least one event." in html
    assert html.count("This field is required.") == 1  # the guardian's e-mail
    assert 'value="Aiko"' in html
    assert not Participant.objects.exists()


def test_nominate_page_refuses_an_event_of_another_congress(focal_client, delegation, events):
    elsewhere = YouthEventFactory()

    response = focal_client.post(nominate_url(delegation), form_data(elsewhere))

    assert response.status_code == 200
    assert "Select a valid choice." in response.content.decode()
    assert not Participant.objects.exists()


# --- Sending the guardian's invitation again ------------------------------------------------------------------


def test_invitation_page_shows_no_guardian_details_and_sends_again_with_a_correction(
    focal_client, delegation, youth_event
):
    profile = nominate(delegation, [youth_event], 1)

    page = focal_client.get(invitation_url(delegation, profile)).content.decode()
    response = focal_client.post(
        invitation_url(delegation, profile),
        {
            "guardian_name": "",
            "guardian_email": "emi.mori@example.jp",
            "guardian_phone": "",
            "guardian_language": "fr",
        },
        follow=True,
    )

    profile.refresh_from_db()
    assert "emi1@example.jp" not in page
    assert "Emi Mori" not in page
    assert 'value="en" selected' in page
    assert response.redirect_chain == [(delegation_url(delegation), 302)]
    assert "A new invitation has been sent to the parent or guardian of Ken1." in response.content.decode()
    assert (profile.guardian_name, profile.guardian_email, profile.guardian_language) == (
        "Emi Mori",
        "emi.mori@example.jp",
        "fr",
    )
    assert [(e.to, e.language) for e in OutboundEmail.objects.order_by("pk")] == [
        ("emi1@example.jp", "en"),
        ("emi.mori@example.jp", "fr"),
    ]


def test_invitation_page_once_the_guardian_answered_sends_nothing(
    focal_client, delegation, youth_event, give_consent
):
    profile = nominate(delegation, [youth_event], 1)
    give_consent(profile, ConsentKind.GUARDIAN_PARTICIPATION)

    page = focal_client.get(invitation_url(delegation, profile)).content.decode()
    response = focal_client.post(
        invitation_url(delegation, profile),
        {"guardian_email": "someone@else.example", "guardian_language": "en"},
    )

    assert "The parent or guardian has already answered." in page
    assert 'name="guardian_email"' not in page
    assert "The parent or guardian has already answered." in response.content.decode()
    profile.refresh_from_db()
    assert profile.guardian_email == "emi1@example.jp"
    assert OutboundEmail.objects.count() == 1


# --- Who gets in ------------------------------------------------------------------------------------------------


@pytest.fixture
def other_delegation(congress):
    return DelegationFactory(congress=congress)


def test_focal_point_of_another_delegation_can_neither_nominate_into_it_nor_see_its_young_people(
    focal_client, delegation, other_delegation, youth_event, events
):
    theirs = nominate(other_delegation, [youth_event], 7)
    make_focal_point(other_delegation)

    responses = [
        focal_client.get(nominate_url(other_delegation)),
        focal_client.post(nominate_url(other_delegation), form_data(youth_event)),
        focal_client.get(invitation_url(other_delegation, theirs)),
        focal_client.post(invitation_url(other_delegation, theirs), {"guardian_language": "en"}),
        # their young person through one's own delegation's address
        focal_client.get(invitation_url(delegation, theirs)),
        focal_client.post(invitation_url(delegation, theirs), {"guardian_language": "en"}),
        focal_client.get(delegation_url(other_delegation)),
    ]
    own_page = focal_client.get(delegation_url(delegation)).content.decode()

    assert [r.status_code for r in responses] == [404] * 7
    assert "Ken7" not in own_page
    assert Participant.objects.count() == 1
    assert OutboundEmail.objects.count() == 1


def with_two_factor(user):
    TOTP.activate(user, TOTP_SECRET)
    return user


@pytest.mark.parametrize(
    "who", ["secretariat", "officer", "superuser", "invited_not_accepted", "participant"]
)
def test_nobody_but_the_delegations_focal_point_gets_in(
    client_for, congress, make_staff, delegation, youth_event, who
):
    profile = nominate(delegation, [youth_event], 1)
    users = {
        "secretariat": lambda: make_staff(congress, "can_change_congress"),
        "officer": lambda: make_staff(congress, "is_safeguarding_officer"),
        "superuser": lambda: with_two_factor(UserFactory(is_superuser=True, is_staff=True)),
        "invited_not_accepted": lambda: (
            FocalPointFactory(delegation=delegation, user=UserFactory(), accepted_at=None).user
        ),
        "participant": lambda: UserFactory(),
    }
    client = client_for(users[who]())

    responses = [
        client.get(nominate_url(delegation)),
        client.post(nominate_url(delegation), form_data(youth_event)),
        client.get(invitation_url(delegation, profile)),
        client.post(invitation_url(delegation, profile), {"guardian_language": "en"}),
    ]

    assert [r.status_code for r in responses] == [404] * 4
    assert Participant.objects.count() == 1
    assert OutboundEmail.objects.count() == 1


def test_anonymous_is_sent_to_log_in(client, delegation, youth_event):
    profile = nominate(delegation, [youth_event], 1)

    responses = [
        client.get(nominate_url(delegation)),
        client.post(nominate_url(delegation), form_data(youth_event)),
        client.get(invitation_url(delegation, profile)),
    ]

    assert [r.status_code for r in responses] == [302] * 3
    assert all(r["Location"].startswith("/en/accounts/login/?next=") for r in responses)
    assert Participant.objects.count() == 1
