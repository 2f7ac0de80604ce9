"""A co-organiser's queue in the back office: its own inquiries only, the team switcher, filters, search, the SLA
timer, pagination, and the secretariat's "Not routed" queue."""

import datetime
import re

import pytest
from django.utils import dateformat, timezone
from django.utils.formats import get_format

from plenaria.helpdesk.enums import InquiryStatus
from plenaria.helpdesk.models import DeskSettings
from tests.factories.accounts import UserFactory
from tests.factories.helpdesk import InquiryFactory
from tests.factories.helpdesk_desk import dated_inquiry, desk_member
from tests.factories.helpdesk_manage import manage_url

pytestmark = [pytest.mark.integration, pytest.mark.django_db]


@pytest.fixture
def unicef_member(teams):
    return desk_member(teams["unicef"], full_name="Ulla Unicef")


def queue_url(congress, **query) -> str:
    url = manage_url("queue", congress)
    return url + ("?" + "&".join(f"{key}={value}" for key, value in query.items()) if query else "")


def references(response) -> list[str]:
    """The references listed in the queue's table, in the table's order."""
    return re.findall(r'class="inquiry-ref"><a href="[^"]+">([^<]+)</a>', response.content.decode())


def test_queue_lists_only_the_members_team_inquiries(client_for, routed_congress, teams, unicef_member):
    ours = InquiryFactory(congress=routed_congress, team=teams["unicef"], subject="Observer status for UNHCR")
    InquiryFactory(congress=routed_congress, team=teams["ecpat"], subject="Code of conduct for hotels")
    InquiryFactory(congress=routed_congress, team=None, subject="Nobody routed this")

    response = client_for(unicef_member).get(queue_url(routed_congress))

    body = response.content.decode()
    assert response.status_code == 200
    assert references(response) == [ours.reference]
    assert "Observer status for UNHCR" in body
    assert "Code of conduct for hotels" not in body
    assert "Nobody routed this" not in body
    assert "queue-switcher" not in body  # one queue: nothing to switch


def test_queue_shows_what_a_handler_needs_on_each_row(client_for, routed_congress, teams, unicef_member):
    InquiryFactory(
        congress=routed_congress,
        team=teams["unicef"],
        requester_type="intergovernmental",
        topic="visa_travel",
        language="ja",
        status=InquiryStatus.OPEN,
        assignee=unicef_member,
        subject="Visa for the UNICEF Tokyo office staff",
    )

    body = client_for(unicef_member).get(queue_url(routed_congress)).content.decode()

    for shown in (
        "Visa for the UNICEF Tokyo office staff",
        "UN or intergovernmental body",
        "Visa and travel",
        "日本語",
        "Open",
        "Ulla Unicef",
        "Due in 2 days 0 h",
    ):
        assert shown in body, shown


def test_queue_sla_overdue_due_and_answered(client_for, routed_congress, teams, unicef_member):
    DeskSettings.objects.create(congress=routed_congress, first_response_hours=24)
    now = timezone.now()
    dated_inquiry(team=teams["unicef"], asked_at=now - datetime.timedelta(hours=30), subject="Late one")
    dated_inquiry(team=teams["unicef"], asked_at=now - datetime.timedelta(hours=20), subject="Early one")
    dated_inquiry(
        team=teams["unicef"],
        asked_at=now - datetime.timedelta(hours=50),
        answered_after=datetime.timedelta(hours=5),
        status=InquiryStatus.WAITING,
        subject="Answered one",
    )

    body = client_for(unicef_member).get(queue_url(routed_congress)).content.decode()

    assert "Overdue by 6 h" in body
    assert "Due in 4 h" in body
    assert "Answered in 5 h" in body
    assert "within 24 hours" in body


def test_queue_without_filters_hides_closed_inquiries_oldest_first(
    client_for, routed_congress, teams, unicef_member
):
    now = timezone.now()
    older = dated_inquiry(team=teams["unicef"], asked_at=now - datetime.timedelta(days=2))
    newer = dated_inquiry(team=teams["unicef"], asked_at=now - datetime.timedelta(days=1), status="waiting")
    closed = dated_inquiry(
        team=teams["unicef"],
        asked_at=now - datetime.timedelta(days=3),
        closed_after=datetime.timedelta(hours=1),
    )
    client = client_for(unicef_member)

    default = references(client.get(queue_url(routed_congress)))
    only_closed = references(client.get(queue_url(routed_congress, status="closed")))
    everything = references(client.get(queue_url(routed_congress, status="all")))

    assert default == [older.reference, newer.reference]
    assert only_closed == [closed.reference]
    assert everything == [newer.reference, older.reference, closed.reference]  # newest first with the closed


def test_queue_filters_by_topic_language_assignee_and_overdue(
    client_for, routed_congress, teams, unicef_member
):
    colleague = desk_member(teams["unicef"])
    now = timezone.now()
    visa = InquiryFactory(congress=routed_congress, team=teams["unicef"], topic="visa_travel", language="en")
    french = InquiryFactory(congress=routed_congress, team=teams["unicef"], topic="programme", language="fr")
    mine = InquiryFactory(
        congress=routed_congress, team=teams["unicef"], topic="programme", assignee=unicef_member
    )
    theirs = InquiryFactory(
        congress=routed_congress, team=teams["unicef"], topic="programme", assignee=colleague
    )
    late = dated_inquiry(team=teams["unicef"], asked_at=now - datetime.timedelta(days=3), topic="programme")
    dated_inquiry(
        team=teams["unicef"],
        asked_at=now - datetime.timedelta(days=3),
        answered_after=datetime.timedelta(hours=1),
        topic="programme",
    )
    client = client_for(unicef_member)

    def listed(**query) -> set[str]:
        return set(references(client.get(queue_url(routed_congress, **query))))

    assert listed(topic="visa_travel") == {visa.reference}
    assert listed(language="fr") == {french.reference}
    assert listed(assigned="me") == {mine.reference}
    assert theirs.reference not in listed(assigned="unassigned")
    assert mine.reference not in listed(assigned="unassigned")
    assert listed(overdue="on") == {late.reference}


def test_queue_search_by_reference_subject_words_or_exact_email(
    client_for, routed_congress, teams, unicef_member
):
    visa = InquiryFactory(
        congress=routed_congress,
        team=teams["unicef"],
        subject="Visa letter for the Kenyan delegation",
        requester_email="Wanjiru@Example.KE",
    )
    hotel = InquiryFactory(
        congress=routed_congress, team=teams["unicef"], subject="Hotel near Pacifico Yokohama"
    )
    InquiryFactory(
        congress=routed_congress,
        team=teams["ecpat"],
        subject="Visa letter for ECPAT",
        requester_email="x@example.ke",
    )
    client = client_for(unicef_member)

    def found(text: str) -> list[str]:
        return references(client.get(queue_url(routed_congress, q=text)))

    assert found(hotel.reference.lower()) == [hotel.reference]
    assert found("letter visa") == [visa.reference]
    assert found("wanjiru@example.ke") == [visa.reference]
    assert found("wanjiru@example") == []  # not an exact address: nothing, rather than a guess
    assert found("x@example.ke") == []  # another team's requester


def test_queue_paginates_by_fifty(client_for, routed_congress, teams, unicef_member):
    for _ in range(51):
        InquiryFactory(congress=routed_congress, team=teams["unicef"])
    client = client_for(unicef_member)

    first = client.get(queue_url(routed_congress))
    second = client.get(queue_url(routed_congress, page=2))

    assert len(references(first)) == 50
    assert len(references(second)) == 1
    assert "Page 1 of 2" in first.content.decode()


def test_queue_team_switcher_for_a_member_of_several_teams(client_for, routed_congress, teams):
    member = desk_member(teams["unicef"], teams["ecpat"])
    unicef = InquiryFactory(congress=routed_congress, team=teams["unicef"])
    ecpat = InquiryFactory(congress=routed_congress, team=teams["ecpat"])
    client = client_for(member)

    default = client.get(queue_url(routed_congress))
    switched = client.get(queue_url(routed_congress, team="ecpat"))

    assert references(default) == [unicef.reference]
    assert references(switched) == [ecpat.reference]
    assert 'href="?team=ecpat"' in default.content.decode()
    assert 'href="?queue=unrouted"' not in default.content.decode()


def test_queue_of_another_team_is_refused(client_for, routed_congress, teams, unicef_member):
    InquiryFactory(congress=routed_congress, team=teams["ecpat"], subject="Code of conduct for hotels")
    client = client_for(unicef_member)

    responses = [
        client.get(queue_url(routed_congress, team="ecpat")),
        client.get(queue_url(routed_congress, queue="unrouted")),
        client.get(queue_url(routed_congress, team="no-such-team")),
    ]

    assert [response.status_code for response in responses] == [403, 403, 403]
    assert all("Code of conduct for hotels" not in response.content.decode() for response in responses)


def test_queue_someone_who_works_no_queue_is_refused(client_for, routed_congress, make_staff):
    InquiryFactory(congress=routed_congress, team=None, subject="Nobody routed this")
    other_congress_staff = make_staff(InquiryFactory().congress)

    statuses = [
        client_for(user).get(queue_url(routed_congress)).status_code
        for user in (UserFactory(), other_congress_staff)
    ]

    assert statuses == [403, 403]


def test_queue_secretariat_also_works_the_not_routed_queue(client_for, routed_congress, teams):
    secretariat = desk_member(teams["secretariat"])
    unrouted = InquiryFactory(congress=routed_congress, team=None, subject="Nobody routed this")
    InquiryFactory(congress=routed_congress, team=teams["ecpat"], subject="Code of conduct for hotels")
    client = client_for(secretariat)

    default = client.get(queue_url(routed_congress))
    not_routed = client.get(queue_url(routed_congress, queue="unrouted"))

    assert references(default) == []
    assert 'href="?queue=unrouted"' in default.content.decode()
    assert references(not_routed) == [unrouted.reference]
    assert "Code of conduct for hotels" not in not_routed.content.decode()


def test_queue_moved_to_safeguarding_shows_no_subject(client_for, routed_congress, teams, unicef_member):
    from plenaria.helpdesk.services.handling import move_to_concern

    inquiry = InquiryFactory(congress=routed_congress, team=teams["unicef"], subject="A delegate and a child")
    move_to_concern(inquiry=inquiry, actor=unicef_member, note="A child may be at risk.")
    client = client_for(unicef_member)

    listed = client.get(queue_url(routed_congress, status="all"))
    searched = client.get(queue_url(routed_congress, status="all", q="delegate child"))

    assert references(listed) == [inquiry.reference]
    assert "A delegate and a child" not in listed.content.decode()
    assert references(searched) == []


@pytest.mark.parametrize("rows", [1, 30])
def test_queue_query_count_does_not_grow_with_rows(
    client_for, routed_congress, teams, unicef_member, django_assert_max_num_queries, rows
):
    colleague = desk_member(teams["unicef"])
    for index in range(rows):
        InquiryFactory(
            congress=routed_congress, team=teams["unicef"], assignee=colleague if index % 2 else None
        )
    client = client_for(unicef_member)
    client.get(queue_url(routed_congress))  # sessions and caches warmed up

    with django_assert_max_num_queries(16):
        response = client.get(queue_url(routed_congress))

    assert len(references(response)) == rows


def test_queue_sla_long_overdue_shows_the_date_it_was_due(client_for, routed_congress, teams, unicef_member):
    DeskSettings.objects.create(congress=routed_congress, first_response_hours=24)
    asked_at = timezone.now() - datetime.timedelta(days=40)
    dated_inquiry(team=teams["unicef"], asked_at=asked_at, subject="Forgotten one")

    body = client_for(unicef_member).get(queue_url(routed_congress)).content.decode()

    due = timezone.localtime(asked_at + datetime.timedelta(hours=24))
    assert f"Overdue since {dateformat.format(due, get_format('DATE_FORMAT'))}" in body
    assert "Overdue by" not in body
