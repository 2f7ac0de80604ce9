"""The safeguarding officers' concern pages: who may open them, the list, the detail and its incident log."""

import pytest
from allauth.mfa.totp.internal.auth import TOTP
from django.urls import reverse

from plenaria.common.models import ActionLog
from plenaria.concerns.enums import ChildInDanger, ConcernActionKind, ConcernStatus
from plenaria.concerns.models import Concern, ConcernAction, ConcernReading
from tests.conftest import TOTP_SECRET
from tests.factories.accounts import UserFactory
from tests.factories.concerns import ConcernFactory
from tests.factories.congresses import CongressFactory

pytestmark = [pytest.mark.integration, pytest.mark.django_db]

ACTION_POSTS = {
    "note": {"note-note": "Talked to the hotel security."},
    "handle": {"handle-note": ""},
    "escalate": {
        "escalate-authority_name": "Kanagawa Prefectural Police",
        "escalate-authority_reference": "K-1",
    },
    "close": {"close-outcome": "The man was a hotel guest; he was asked to leave."},
    "assign": {"assign-assignee": ""},
}


@pytest.fixture
def concern(congress):
    return ConcernFactory(congress=congress)


def list_url(congress) -> str:
    return reverse("concerns_manage:concern-list", kwargs={"congress_slug": congress.slug})


def detail_url(concern) -> str:
    return reverse(
        "concerns_manage:concern-detail",
        kwargs={"congress_slug": concern.congress.slug, "reference": concern.reference},
    )


def action_url(concern, action: str) -> str:
    return reverse(
        "concerns_manage:concern-action",
        kwargs={"congress_slug": concern.congress.slug, "reference": concern.reference, "action": action},
    )


def with_two_factor(user):
    TOTP.activate(user, TOTP_SECRET)
    return user


@pytest.mark.parametrize("who", ["secretariat", "other_staff", "superuser", "participant", "other_officer"])
def test_concern_pages_only_the_congress_officers_get_in(client_for, congress, make_staff, concern, who):
    users = {
        "secretariat": lambda: make_staff(
            congress, "can_change_congress", "can_change_content", "can_manage_teams", "can_view_audit_log"
        ),
        "other_staff": lambda: make_staff(congress),
        "superuser": lambda: with_two_factor(UserFactory(is_superuser=True, is_staff=True)),
        "participant": lambda: UserFactory(),
        "other_officer": lambda: make_staff(CongressFactory(), "is_safeguarding_officer"),
    }
    client = client_for(users[who]())

    statuses = [client.get(url).status_code for url in (list_url(congress), detail_url(concern))]
    posted = [
        client.post(action_url(concern, action), data).status_code for action, data in ACTION_POSTS.items()
    ]

    assert set(statuses + posted) <= {403, 404}
    assert ConcernReading.objects.count() == 0
    assert ConcernAction.objects.count() == 0
    assert Concern.objects.get().status == ConcernStatus.NEW


def test_concern_pages_anonymous_visitor_is_sent_to_sign_in(client, congress, concern):
    responses = [client.get(list_url(congress)), client.get(detail_url(concern))]
    posted = client.post(action_url(concern, "note"), ACTION_POSTS["note"])

    assert [r.status_code for r in responses] + [posted.status_code] == [302, 302, 302]
    assert all("/accounts/login/" in r["Location"] for r in [*responses, posted])
    assert ConcernAction.objects.count() == 0


def test_concern_of_another_congress_is_not_found_for_an_officer(client_for, officer):
    elsewhere = ConcernFactory(congress=CongressFactory())

    url = reverse(
        "concerns_manage:concern-detail",
        kwargs={"congress_slug": "yokohama-2001", "reference": elsewhere.reference},
    )

    assert client_for(officer).get(url).status_code == 404
    assert ConcernReading.objects.count() == 0


def test_concern_list_shows_open_urgent_ones_first_and_no_content(client_for, officer, congress):
    calm = ConcernFactory(congress=congress, child_in_danger=ChildInDanger.NO)
    closed = ConcernFactory(congress=congress, child_in_danger=ChildInDanger.YES, status=ConcernStatus.CLOSED)
    urgent = ConcernFactory(congress=congress, child_in_danger=ChildInDanger.YES)
    unsure = ConcernFactory(congress=congress, child_in_danger=ChildInDanger.UNSURE)

    html = client_for(officer).get(list_url(congress)).content.decode()

    positions = [html.index(c.reference) for c in (urgent, unsure, calm, closed)]
    assert positions == sorted(positions)
    assert "room numbers" not in html
    assert "hanako" not in html
    assert ConcernReading.objects.count() == 0


def test_concern_list_filters_by_status(client_for, officer, congress):
    new = ConcernFactory(congress=congress)
    escalated = ConcernFactory(congress=congress, status=ConcernStatus.ESCALATED)

    html = client_for(officer).get(list_url(congress), {"status": "escalated"}).content.decode()

    assert escalated.reference in html
    assert new.reference not in html


@pytest.mark.parametrize("rows", [1, 3])
def test_concern_list_queries_do_not_grow_with_rows(
    client_for, officer, congress, rows, django_assert_num_queries
):
    ConcernFactory.create_batch(rows, congress=congress, assigned_to=officer)
    client = client_for(officer)
    client.get(list_url(congress))  # warm the session and the user's caches

    with django_assert_num_queries(9):
        response = client.get(list_url(congress))

    assert response.status_code == 200


def test_concern_detail_shows_content_and_logs_each_reading(client_for, officer, concern):
    client = client_for(officer)

    first = client.get(detail_url(concern))
    client.get(detail_url(concern))

    html = first.content.decode()
    assert "room numbers" in html
    assert "hanako@example.org" in html
    assert "no-store" in first["Cache-Control"]
    assert [r.user for r in ConcernReading.objects.all()] == [officer, officer]
    assert ActionLog.objects.filter(action="concerns.concern.read", actor=officer).count() == 2


def test_concern_detail_each_action_is_recorded_in_the_incident_log(client_for, officer, concern, make_staff):
    colleague = make_staff(concern.congress, "is_safeguarding_officer")
    client = client_for(officer)

    for action, data in [
        ("handle", {"handle-note": "Taking it up."}),
        ("note", ACTION_POSTS["note"]),
        ("assign", {"assign-assignee": str(colleague.pk)}),
        ("escalate", {**ACTION_POSTS["escalate"], "escalate-note": "Phoned at 10:05."}),
        ("close", ACTION_POSTS["close"]),
    ]:
        response = client.post(action_url(concern, action), data)
        assert response.status_code == 302, (action, response.content.decode()[:2000])

    concern.refresh_from_db()
    log = [(a.kind, a.actor, a.status_after) for a in concern.actions.all()]
    assert log == [
        (ConcernActionKind.STATUS_CHANGED, officer, ConcernStatus.IN_PROGRESS),
        (ConcernActionKind.NOTE, officer, ""),
        (ConcernActionKind.ASSIGNED, officer, ""),
        (ConcernActionKind.ESCALATED, officer, ConcernStatus.ESCALATED),
        (ConcernActionKind.CLOSED, officer, ConcernStatus.CLOSED),
    ]
    escalation = concern.actions.get(kind=ConcernActionKind.ESCALATED)
    assert (escalation.authority_name, escalation.authority_reference) == (
        "Kanagawa Prefectural Police",
        "K-1",
    )
    assert (concern.status, concern.assigned_to) == (ConcernStatus.CLOSED, colleague)
    html = client.get(detail_url(concern)).content.decode()
    assert "Kanagawa Prefectural Police" in html
    assert "he was asked to leave" in html


def test_concern_detail_closing_without_an_outcome_is_refused(client_for, officer, concern):
    response = client_for(officer).post(action_url(concern, "close"), {"close-outcome": ""})

    assert response.status_code == 200
    assert "This field is required." in response.content.decode()
    assert Concern.objects.get().status == ConcernStatus.NEW


def test_concern_detail_assigning_someone_who_is_not_an_officer_is_refused(
    client_for, officer, concern, make_staff
):
    secretariat = make_staff(concern.congress, "can_change_congress")

    response = client_for(officer).post(
        action_url(concern, "assign"), {"assign-assignee": str(secretariat.pk)}
    )

    assert response.status_code == 200
    assert Concern.objects.get().assigned_to is None


@pytest.mark.parametrize(
    ("who", "sees_link"),
    [("officer", True), ("secretariat", False), ("superuser", False), ("superuser_officer", True)],
)
def test_back_office_sidebar_links_to_concerns_only_for_officers(
    client_for, congress, make_staff, who, sees_link
):
    users = {
        "officer": lambda: make_staff(congress, "is_safeguarding_officer"),
        "secretariat": lambda: make_staff(congress, "can_change_congress"),
        "superuser": lambda: with_two_factor(UserFactory(is_superuser=True, is_staff=True)),
        "superuser_officer": lambda: make_staff(congress, "is_safeguarding_officer", is_superuser=True),
    }
    home = reverse("manage:home", kwargs={"congress_slug": congress.slug})

    html = client_for(users[who]()).get(home).content.decode()

    assert (f'href="{list_url(congress)}"' in html) is sees_link
