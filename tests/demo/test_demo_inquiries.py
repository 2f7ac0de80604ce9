import datetime
from io import StringIO

import pytest
from django.core.management import call_command
from django.db.models import Count

from plenaria.common.models import ActionLog, OutboundEmail
from plenaria.congresses.models import Congress
from plenaria.helpdesk.enums import InquiryStatus, MessageDirection
from plenaria.helpdesk.models import (
    CannedAnswer,
    DeskSettings,
    FaqEntry,
    Inquiry,
    InquiryMessage,
    RoutingRule,
)
from plenaria.helpdesk.selectors import route_for

pytestmark = [pytest.mark.integration, pytest.mark.django_db]

DESK_TEAMS = {"secretariat", "unicef", "ecpat", "ngo-group", "communications"}


def _seed(*options) -> str:
    out = StringIO()
    call_command("seed_demo_congress", *options, stdout=out)
    return out.getvalue()


def _counts() -> dict[str, int]:
    models = [
        Inquiry,
        InquiryMessage,
        RoutingRule,
        FaqEntry,
        CannedAnswer,
        DeskSettings,
        ActionLog,
        OutboundEmail,
    ]
    return {model.__name__: model.objects.count() for model in models}


@pytest.fixture
def seeded():
    report = _seed()
    return Congress.objects.get(slug="yokohama-2001"), report


def test_demo_inquiries_in_every_status_across_all_teams_and_languages_with_each_handling(seeded):
    congress, report = seeded
    inquiries = Inquiry.objects.filter(congress=congress)

    assert 35 <= inquiries.count() <= 45
    assert set(inquiries.values_list("status", flat=True)) == set(InquiryStatus)
    assert set(inquiries.values_list("team__slug", flat=True)) == DESK_TEAMS
    per_team_and_status = inquiries.values("team__slug").annotate(statuses=Count("status", distinct=True))
    assert all(row["statuses"] >= 3 for row in per_team_and_status)
    assert len(set(inquiries.values_list("language", flat=True))) >= 5
    assert f"Inquiry desk: {inquiries.count()} inquiries ({inquiries.count()} new this run)" in report
    # One transferred from UNICEF to ECPAT, one merged into an earlier one, one handed to safeguarding.
    transferred = ActionLog.objects.filter(action="helpdesk.inquiry.transferred").get()
    merged = inquiries.exclude(merged_into=None).get()
    moved = inquiries.exclude(moved_to_concern=None).get()
    assert transferred.data == {"team": ["unicef", "ecpat"]}
    assert inquiries.get(pk=transferred.object_id).team.slug == "ecpat"
    assert merged.merged_into.team_id == merged.team_id
    assert merged.status == InquiryStatus.CLOSED
    assert moved.status == InquiryStatus.CLOSED
    assert moved.moved_to_concern.congress == congress


def test_demo_inquiries_are_answered_by_the_demo_staff_in_autumn_2001_with_emails_held(seeded):
    congress, _ = seeded
    inquiries = Inquiry.objects.filter(congress=congress)
    messages = InquiryMessage.objects.filter(inquiry__congress=congress)
    autumn = (
        datetime.datetime(2001, 9, 1, tzinfo=datetime.UTC),
        datetime.datetime(2001, 12, 17, tzinfo=datetime.UTC),
    )

    replies = messages.filter(direction=MessageDirection.REPLY)
    notes = messages.filter(direction=MessageDirection.NOTE)
    authors = set(replies.values_list("author__email", flat=True))
    assert replies.count() >= 15
    assert notes.count() >= 5
    assert {f"{slug}@demo.plenaria.example" for slug in ("unicef", "ecpat", "ngogroup", "media")} <= authors
    assert "secretariat@demo.plenaria.example" in authors
    assert all(autumn[0] <= inquiry.created_at <= autumn[1] for inquiry in inquiries)
    assert all(autumn[0] <= message.created_at <= autumn[1] for message in messages)
    answered = inquiries.exclude(first_response_at=None)
    assert answered.exists()
    assert all(inquiry.created_at < inquiry.first_response_at < autumn[1] for inquiry in answered)
    assert all(inquiry.closed_at < autumn[1] for inquiry in inquiries.filter(status=InquiryStatus.CLOSED))
    hers = inquiries.filter(user__email="participant@demo.plenaria.example")
    assert hers.count() >= 2
    assert all(inquiry.participant is not None for inquiry in hers)
    assert {inquiry.participant.user.email for inquiry in hers} == {"participant@demo.plenaria.example"}
    emails = OutboundEmail.objects.filter(congress_id=congress.pk, purpose__startswith="inquiry_")
    assert emails.count() >= 40
    assert all(
        "demo data for fictional people" in reason for reason in emails.values_list("last_error", flat=True)
    )


def test_demo_seeding_twice_does_not_duplicate_the_desk(seeded):
    first = _counts()

    report = _seed()

    assert _counts() == first
    assert "(0 new this run)" in report


def test_demo_site_only_has_the_announcements_routing_and_the_faq_but_no_inquiries():
    _seed("--site-only")
    _seed("--site-only")

    congress = Congress.objects.get(slug="yokohama-2001")

    def team(requester_type, topic):
        return route_for(congress=congress, requester_type=requester_type, topic=topic).slug

    assert RoutingRule.objects.filter(congress=congress).count() == 7 * 7
    assert team("government", "programme") == "secretariat"
    assert team("ngo", "visa_travel") == "secretariat"
    assert team("intergovernmental", "registration") == "unicef"
    assert team("private_sector", "registration") == "ecpat"
    assert team("ngo", "registration") == "ngo-group"
    assert team("media", "media_accreditation") == "communications"
    assert team("young_person", "youth_event") == "unicef"
    assert DeskSettings.objects.get(congress=congress).first_response_hours == 48
    published = FaqEntry.objects.filter(congress=congress, is_published=True)
    assert published.count() >= 12
    assert all(entry.question.data.get("ja") and entry.answer.data.get("ja") for entry in published)
    assert all({"en", "fr", "es", "ja"} <= set(entry.answer.data) for entry in published)
    assert CannedAnswer.objects.filter(congress=congress).count() >= 6
    assert Inquiry.objects.filter(congress=congress).count() == 0
