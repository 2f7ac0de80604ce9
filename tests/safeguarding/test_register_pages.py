"""The sign-in register's back-office pages, the page of the adults authorised to collect a young person, who may
open them, and the guardian's page naming those adults."""

import datetime

import pytest
from allauth.mfa.totp.internal.auth import TOTP
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse

from plenaria.common.audit import actions_for
from plenaria.safeguarding.enums import ConsentKind, ConsentMethod, MediaLevel
from plenaria.safeguarding.models import AttendanceRecord, AuthorisedCollector
from plenaria.safeguarding.services.guardians import invite_guardian
from plenaria.safeguarding.services.register import (
    CollectorDetails,
    add_authorised_collector,
    sign_in_young_person,
)
from plenaria.safeguarding.views.register import congress_today
from tests.conftest import TOTP_SECRET
from tests.factories.accounts import UserFactory
from tests.factories.congresses import CongressFactory
from tests.factories.safeguarding import YouthEventFactory, YouthParticipantFactory, YouthProfileFactory

pytestmark = [pytest.mark.integration, pytest.mark.django_db]

AUNT = CollectorDetails(name="Yumi Sato", relationship="Aunt", phone="+81 90 3333 4444")


@pytest.fixture
def today(congress):
    return congress_today(congress)


@pytest.fixture
def today_event(congress, today):
    """A youth event running today, so that the pages sign young people in now."""
    return YouthEventFactory(
        congress=congress,
        slug="today",
        name={"en": "Youth Day"},
        starts_on=today - datetime.timedelta(days=1),
        ends_on=today + datetime.timedelta(days=1),
    )


@pytest.fixture
def young(minor, today_event, clear_fully):
    """Aiko, 15 when her registration was confirmed, cleared for today's event."""
    return clear_fully(YouthProfileFactory(participant=minor, events=[today_event], is_minor_frozen=True))


@pytest.fixture
def aunt(young):
    return add_authorised_collector(profile=young, details=AUNT, method=ConsentMethod.ONLINE)


@pytest.fixture
def record(young, today_event, officer):
    return sign_in_young_person(profile=young, event=today_event, actor=officer)


def url(name, congress, **kwargs) -> str:
    return reverse(f"safeguarding:{name}", kwargs={"congress_slug": congress.slug, **kwargs})


def htmx(client, path, data):
    return client.post(path, data, headers={"HX-Request": "true"})


# The register


def test_register_opens_on_todays_register_with_the_young_people(client_for, officer, congress, young, today):
    response = client_for(officer).get(url("register", congress))

    html = response.content.decode()
    assert response.status_code == 200
    assert (response.context["event"].slug, response.context["day"]) == ("today", today)
    assert "Aiko SATO" in html
    assert "Not arrived" in html
    assert url("register-sign-in", congress, pk=young.pk) in html
    assert "no-store" in response["Cache-Control"]
    assert url("register", congress) in html.split('class="sidebar"', 1)[1].split("</nav>", 1)[0]


def test_register_of_another_day_cannot_sign_in(client_for, officer, congress, young, today_event, today):
    tomorrow = (today + datetime.timedelta(days=1)).isoformat()

    html = (
        client_for(officer)
        .get(url("register", congress), {"event": today_event.pk, "day": tomorrow})
        .content.decode()
    )

    assert "This is not today's register" in html
    assert url("register-sign-in", congress, pk=young.pk) not in html


def test_sign_in_and_out_without_javascript(client_for, officer, congress, young, today_event, chaperone):
    client = client_for(officer)

    signed_in = client.post(
        url("register-sign-in", congress, pk=young.pk), {"event": today_event.pk}, follow=True
    )
    record = AttendanceRecord.objects.get()
    signed_out = client.post(
        url("register-sign-out", congress, pk=record.pk), {"collected_by": "chaperone"}, follow=True
    )

    record.refresh_from_db()
    assert signed_in.redirect_chain[0][0].endswith(f"#young-person-{young.pk}")
    assert "Aiko SATO is signed in." in signed_in.content.decode()
    assert "Aiko SATO is signed out." in signed_out.content.decode()
    assert (record.signed_in_by, record.signed_out_by, record.collected_by_chaperone) == (
        officer,
        officer,
        chaperone,
    )
    assert "Collected" in signed_out.content.decode()


def test_sign_in_with_htmx_answers_with_the_row_and_its_sign_out_choices(
    client_for, officer, congress, young, today_event, aunt
):
    response = htmx(
        client_for(officer), url("register-sign-in", congress, pk=young.pk), {"event": today_event.pk}
    )

    html = response.content.decode()
    assert response.status_code == 200
    assert html.lstrip().startswith(f'<tr id="young-person-{young.pk}">')
    assert "Aiko SATO is signed in." in html
    assert '<option value="chaperone">' in html
    assert f'<option value="{aunt.pk}">Yumi Sato (Aunt)</option>' in html
    assert AttendanceRecord.objects.get().signed_in_by == officer


def test_sign_in_twice_with_htmx_says_so_in_the_row(
    client_for, officer, congress, young, today_event, record
):
    response = htmx(
        client_for(officer), url("register-sign-in", congress, pk=young.pk), {"event": today_event.pk}
    )

    assert "Already signed in on this day." in response.content.decode()
    assert AttendanceRecord.objects.count() == 1


def test_sign_out_with_htmx_to_an_authorised_collector_shows_who_took_them(
    client_for, officer, congress, record, aunt
):
    response = htmx(
        client_for(officer), url("register-sign-out", congress, pk=record.pk), {"collected_by": aunt.pk}
    )

    record.refresh_from_db()
    assert "to Yumi Sato (Aunt)" in response.content.decode()
    assert record.collected_by == aunt


@pytest.mark.parametrize(
    ("choice", "message"),
    [
        ("", "Choose the adult who collects them."),
        (
            "999999",
            "Only the young person&#x27;s chaperone or an adult authorised to collect them may take them.",
        ),
    ],
)
def test_sign_out_to_nobody_or_a_stranger_is_refused_in_the_row(
    client_for, officer, congress, record, choice, message
):
    response = htmx(
        client_for(officer), url("register-sign-out", congress, pk=record.pk), {"collected_by": choice}
    )

    record.refresh_from_db()
    assert message in response.content.decode()
    assert record.is_open


def test_sign_out_to_another_young_persons_collector_is_refused(
    client_for, officer, congress, record, youth_category
):
    other = YouthProfileFactory(participant=YouthParticipantFactory(category=youth_category))
    stranger = add_authorised_collector(profile=other, details=AUNT, method=ConsentMethod.ONLINE)

    client_for(officer).post(url("register-sign-out", congress, pk=record.pk), {"collected_by": stranger.pk})

    record.refresh_from_db()
    assert record.is_open


def test_sign_in_of_a_young_person_not_cleared_shows_why(client_for, officer, congress, minor, today_event):
    young = YouthProfileFactory(participant=minor, events=[today_event], is_minor_frozen=True)

    response = client_for(officer).post(
        url("register-sign-in", congress, pk=young.pk), {"event": today_event.pk}, follow=True
    )

    html = response.content.decode()
    assert (
        "Not cleared to take part: The guardian&#x27;s consent to participation and travel is missing."
        in html
    )
    assert not AttendanceRecord.objects.exists()


def test_register_page_reads_the_same_number_of_queries_for_one_or_three_young_people(
    client_for, officer, congress, young, today_event, youth_category, clear_fully
):
    client = client_for(officer)
    client.get(url("register", congress))  # sessions and team flags warmed up

    def count() -> int:
        with CaptureQueriesContext(connection) as queries:
            assert client.get(url("register", congress)).status_code == 200
        return len(queries)

    one = count()
    for _ in range(2):
        profile = clear_fully(
            YouthProfileFactory(
                participant=YouthParticipantFactory(category=youth_category),
                events=[today_event],
                is_minor_frozen=True,
            )
        )
        sign_in_young_person(profile=profile, event=today_event, actor=officer)

    assert count() == one


def test_printable_register_lists_the_day_with_who_may_collect(client_for, officer, congress, record, aunt):
    response = client_for(officer).get(
        url("register-print", congress), {"event": record.event.pk, "day": record.day.isoformat()}
    )

    html = response.content.decode()
    assert response.status_code == 200
    assert "Sign-in register: Youth Day" in html
    assert "Aiko SATO" in html
    assert "Yumi Sato (Aunt)" in html


def test_register_without_young_people_says_so(client_for, officer, congress):
    html = client_for(officer).get(url("register", congress)).content.decode()

    assert "No young person attends an event of this congress yet." in html


# The adults authorised to collect a young person


def test_officer_adds_an_adult_from_a_paper_form_then_removes_them(client_for, officer, congress, young):
    client = client_for(officer)
    page = url("collectors", congress, pk=young.pk)

    added = client.post(page, {"name": "Kenji Sato", "relationship": "Uncle", "phone": "+81 90 5555 6666"})
    collector = AuthorisedCollector.objects.get()
    listed = client.get(page).content.decode()
    removed = client.post(
        url("collector-remove", congress, pk=young.pk, collector_pk=collector.pk), follow=True
    )

    collector.refresh_from_db()
    assert added.status_code == 302
    assert (collector.method, collector.added_by) == (ConsentMethod.PAPER, officer)
    assert "Kenji Sato" in listed
    assert "+81 90 5555 6666" in listed
    assert (collector.removed_by, collector.is_active) == (officer, False)
    assert "No longer authorised" in removed.content.decode()
    assert list(actions_for(collector).values_list("action", flat=True)) == [
        "safeguarding.authorised_collector.removed",
        "safeguarding.authorised_collector.added",
    ]


def test_collector_form_with_a_missing_telephone_keeps_what_was_typed(client_for, officer, congress, young):
    response = client_for(officer).post(
        url("collectors", congress, pk=young.pk), {"name": "Kenji Sato", "relationship": "Uncle", "phone": ""}
    )

    html = response.content.decode()
    assert response.status_code == 200
    assert "This field is required." in html
    assert 'value="Kenji Sato"' in html
    assert not AuthorisedCollector.objects.exists()


def test_a_fourth_adult_is_refused_on_the_page(client_for, officer, congress, young):
    for _ in range(3):
        add_authorised_collector(profile=young, details=AUNT, method=ConsentMethod.ONLINE)

    response = client_for(officer).post(
        url("collectors", congress, pk=young.pk),
        {"name": "Kenji Sato", "relationship": "Uncle", "phone": "1"},
    )

    assert "at most 3 adults authorised to collect them" in response.content.decode()
    assert AuthorisedCollector.objects.count() == 3


def test_a_young_person_of_another_congress_is_not_found(client_for, officer, congress, youth_category):
    elsewhere = YouthProfileFactory(participant=YouthParticipantFactory(category__congress=CongressFactory()))

    assert client_for(officer).get(url("collectors", congress, pk=elsewhere.pk)).status_code == 404


# Who may open the pages


def with_two_factor(user):
    TOTP.activate(user, TOTP_SECRET)
    return user


@pytest.mark.parametrize("who", ["secretariat", "reviewer", "superuser", "participant", "other_officer"])
def test_nobody_but_the_congress_officers_keeps_the_register(
    client_for, congress, make_staff, young, today_event, record, aunt, who
):
    users = {
        "secretariat": lambda: make_staff(congress, "can_change_congress", "can_view_audit_log"),
        "reviewer": lambda: make_staff(congress),
        "superuser": lambda: with_two_factor(UserFactory(is_superuser=True, is_staff=True)),
        "participant": lambda: UserFactory(),
        "other_officer": lambda: make_staff(CongressFactory(), "is_safeguarding_officer"),
    }
    client = client_for(users[who]())
    query = {"event": today_event.pk, "day": record.day.isoformat()}

    pages = [
        client.get(url("register", congress), query),
        client.get(url("register-print", congress), query),
        client.get(url("collectors", congress, pk=young.pk)),
    ]
    actions = [
        client.post(url("register-sign-in", congress, pk=young.pk), {"event": today_event.pk}),
        client.post(url("register-sign-out", congress, pk=record.pk), {"collected_by": "chaperone"}),
        client.post(
            url("collectors", congress, pk=young.pk), {"name": "X", "relationship": "Y", "phone": "1"}
        ),
        client.post(url("collector-remove", congress, pk=young.pk, collector_pk=aunt.pk)),
    ]

    assert {response.status_code for response in pages + actions} <= {403, 404}
    record.refresh_from_db()
    aunt.refresh_from_db()
    assert (record.is_open, aunt.is_active, AuthorisedCollector.objects.count()) == (True, True, 1)
    assert "Yumi" not in "".join(response.content.decode() for response in pages)


def test_anonymous_visitor_is_sent_to_sign_in(client, congress, young, record, aunt):
    responses = [
        client.get(url("register", congress)),
        client.get(url("register-print", congress)),
        client.get(url("collectors", congress, pk=young.pk)),
        client.post(url("register-sign-out", congress, pk=record.pk), {"collected_by": "chaperone"}),
        client.post(url("collector-remove", congress, pk=young.pk, collector_pk=aunt.pk)),
    ]

    assert [response.status_code for response in responses] == [302] * 5
    record.refresh_from_db()
    assert record.is_open


def test_the_menu_shows_the_register_to_officers_only(client_for, congress, officer, make_staff):
    home = reverse("manage:home", kwargs={"congress_slug": congress.slug})
    link = url("register", congress)

    assert link in client_for(officer).get(home).content.decode()
    assert link not in client_for(make_staff(congress, "can_change_congress")).get(home).content.decode()


# The guardian names the adults who may collect their child

ANSWERS = {
    "participation": "on",
    "medical": "on",
    "emergency_contacts": "Hiroshi Sato (uncle) +81 90 1111 2222",
    "medical_notes": "",
    "media_level": MediaLevel.INTERNAL,
    "signer_name": "Keiko Sato",
}


@pytest.fixture
def invited(profile, texts):
    return invite_guardian(profile=profile)


def guardian_url(profile) -> str:
    return reverse(
        "youth_consent:guardian",
        kwargs={"congress_slug": profile.participant.congress.slug, "token": profile.guardian_token},
    )


def test_guardian_names_adults_who_may_collect_their_child(client, invited):
    response = client.post(
        guardian_url(invited),
        {
            **ANSWERS,
            "collectors-name_1": "Yumi Sato",
            "collectors-relationship_1": "Aunt",
            "collectors-phone_1": "+81 90 3333 4444",
            "collectors-name_2": "Kenji Sato",
            "collectors-relationship_2": "Uncle",
            "collectors-phone_2": "+81 90 5555 6666",
        },
    )

    stored = [
        (c.name, c.relationship, c.phone, c.method, c.added_by) for c in invited.authorised_collectors.all()
    ]
    assert response.status_code == 302
    assert stored == [
        ("Yumi Sato", "Aunt", "+81 90 3333 4444", ConsentMethod.ONLINE, None),
        ("Kenji Sato", "Uncle", "+81 90 5555 6666", ConsentMethod.ONLINE, None),
    ]
    assert invited.consents.filter(kind=ConsentKind.GUARDIAN_PARTICIPATION).exists()
    form = client.get(guardian_url(invited)).context["collectors_form"]
    assert list(form.fields) == ["name_1", "relationship_1", "phone_1"]  # one place left


def test_guardian_page_with_a_half_named_adult_records_nothing_and_keeps_what_was_typed(client, invited):
    response = client.post(guardian_url(invited), {**ANSWERS, "collectors-name_1": "Yumi Sato"})

    html = response.content.decode()
    assert response.status_code == 200
    assert html.count("Needed for each adult you name.") == 2
    assert 'value="Yumi Sato"' in html
    assert "Please correct the problems below." in html
    assert not invited.consents.exists()
    assert not AuthorisedCollector.objects.exists()


def test_guardian_page_without_adults_named_records_the_consents(client, invited):
    response = client.post(guardian_url(invited), ANSWERS)

    assert response.status_code == 302
    assert invited.consents.count() == 3
    assert not AuthorisedCollector.objects.exists()


def test_guardian_page_with_three_adults_named_asks_for_no_more(client, invited):
    for _ in range(3):
        add_authorised_collector(profile=invited, details=AUNT, method=ConsentMethod.ONLINE)

    html = client.get(guardian_url(invited)).content.decode()

    assert "You have already named 3 adults." in html
    assert "To change the adults you named, please contact the organisers." in html
    assert "collectors-name_1" not in html
