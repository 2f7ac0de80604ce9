"""The dashboard's figures for a known set of inquiries (selectors_dashboard), on SQLite and PostgreSQL alike."""

import datetime

import pytest
from django.utils import timezone

from plenaria.helpdesk.selectors_dashboard import Backlog, Durations, desk_dashboard, weeks_ending
from tests.factories.helpdesk import FaqEntryFactory
from tests.factories.helpdesk_desk import dated_inquiry

pytestmark = [pytest.mark.integration, pytest.mark.django_db]

NOW = timezone.now().replace(microsecond=0)
H, D = datetime.timedelta(hours=1), datetime.timedelta(days=1)


@pytest.fixture
def unicef_inquiries(teams):
    """Six inquiries in UNICEF's queue, one in ECPAT's; the target is 48 hours."""
    unicef = teams["unicef"]
    return [
        dated_inquiry(team=unicef, asked_at=NOW - 1 * H, status="new"),
        dated_inquiry(team=unicef, asked_at=NOW - 72 * H, status="new", topic="visa_travel", language="ja"),
        dated_inquiry(team=unicef, asked_at=NOW - 10 * H, status="open"),
        dated_inquiry(team=unicef, asked_at=NOW - 5 * D, status="waiting", answered_after=2 * H),
        dated_inquiry(team=unicef, asked_at=NOW - 10 * D, answered_after=4 * H, closed_after=2 * D),
        dated_inquiry(team=unicef, asked_at=NOW - 3 * D, answered_after=6 * H, closed_after=1 * D),
        dated_inquiry(team=unicef, asked_at=NOW - 60 * D, answered_after=10 * H, closed_after=5 * D),
        dated_inquiry(team=teams["ecpat"], asked_at=NOW - 100 * H, status="new"),
    ]


def test_dashboard_of_one_queue_counts_its_backlog_only(congress, teams, unicef_inquiries):
    dashboard = desk_dashboard(congress=congress, team=teams["unicef"], first_response_hours=48, now=NOW)

    assert dashboard.backlog == Backlog(new=2, open=1, waiting=1, overdue=1)
    assert dashboard.backlog.total == 4


def test_dashboard_of_all_queues_counts_every_team(congress, unicef_inquiries):
    dashboard = desk_dashboard(congress=congress, team=None, first_response_hours=48, now=NOW)

    assert dashboard.backlog == Backlog(new=3, open=1, waiting=1, overdue=2)


def test_dashboard_first_answer_and_resolution_percentiles(congress, teams, unicef_inquiries):
    times = desk_dashboard(congress=congress, team=teams["unicef"], first_response_hours=48, now=NOW).times

    assert times.first_answer_recent == Durations(3, 4 * H, datetime.timedelta(hours=5, minutes=36))
    assert times.first_answer_all == Durations(4, 5 * H, datetime.timedelta(hours=8, minutes=48))
    assert times.resolution_recent == Durations(2, 36 * H, datetime.timedelta(hours=45, minutes=36))
    assert times.resolution_all == Durations(3, 2 * D, datetime.timedelta(days=4, hours=9, minutes=36))


def test_dashboard_without_answers_has_no_times(congress, teams):
    dated_inquiry(team=teams["unicef"], asked_at=NOW - H, status="new")

    times = desk_dashboard(congress=congress, team=teams["unicef"], first_response_hours=48, now=NOW).times

    assert times.first_answer_all == Durations(0, None, None)
    assert times.resolution_recent == Durations(0, None, None)


def test_dashboard_resolution_leaves_out_merged_duplicates(congress, teams):
    kept = dated_inquiry(team=teams["unicef"], asked_at=NOW - 2 * D, closed_after=D)
    dated_inquiry(team=teams["unicef"], asked_at=NOW - 2 * D, closed_after=H, merged_into=kept)

    times = desk_dashboard(congress=congress, team=teams["unicef"], first_response_hours=48, now=NOW).times

    assert times.resolution_all == Durations(1, D, D)


def test_dashboard_volume_per_week_by_topic_and_language(congress, teams, unicef_inquiries):
    dated_inquiry(
        team=teams["unicef"], asked_at=NOW - 100 * D, topic="programme"
    )  # before the 12 weeks shown

    dashboard = desk_dashboard(congress=congress, team=teams["unicef"], first_response_hours=48, now=NOW)

    assert len(dashboard.weeks) == 12
    by_topic, by_language = {}, {}
    for (_week, topic), count in dashboard.by_topic.items():
        by_topic[topic] = by_topic.get(topic, 0) + count
    for (_week, language), count in dashboard.by_language.items():
        by_language[language] = by_language.get(language, 0) + count
    assert by_topic == {"registration": 6, "visa_travel": 1}
    assert by_language == {"en": 6, "ja": 1}
    assert {week for week, _topic in dashboard.by_topic} <= set(dashboard.weeks)


def test_dashboard_recurring_pairs_and_words_with_their_faq_entries(congress, teams):
    visa_entry = FaqEntryFactory(congress=congress, keywords="visa, embassy")
    for subject in [
        "Visa for our delegation",
        "Visa letter please",
        "Hotel booking",
        "visas and the embassy",
    ]:
        dated_inquiry(team=teams["unicef"], asked_at=NOW - H, subject=subject, topic="visa_travel")
    dated_inquiry(
        team=teams["unicef"], asked_at=NOW - H, subject="Hotel near the venue", requester_type="media"
    )

    dashboard = desk_dashboard(congress=congress, team=teams["unicef"], first_response_hours=48, now=NOW)

    assert [(pair.requester_type, pair.topic, pair.count) for pair in dashboard.pairs] == [
        ("ngo", "visa_travel", 4),
        ("media", "registration", 1),
    ]
    terms = {term.term: (term.count, term.faq_entries) for term in dashboard.terms}
    assert terms["visa"] == (2, [visa_entry])
    assert terms["hotel"] == (2, [])


def test_weeks_ending_gives_the_mondays_of_the_last_weeks():
    weeks = weeks_ending(datetime.date(2001, 12, 20), count=3)

    assert weeks == [datetime.date(2001, 12, 3), datetime.date(2001, 12, 10), datetime.date(2001, 12, 17)]
