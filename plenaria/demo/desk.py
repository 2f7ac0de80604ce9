"""The demo congress's inquiry desk (data: plenaria.demo.content.inquiries_2001).

`seed_desk` sets up the desk as the organisers would have: the announcement's routing, a 48-hour first-answer
target, the FAQ and the canned answers. `seed_inquiries` then replays about forty questions of autumn 2001 through
the real services (asked, assigned, answered, noted, transferred, merged, closed, handed to the safeguarding
officers), as the demo staff, with their e-mails held in the outbox; each conversation is then dated to when it
happened (the audit log keeps the date of the seeding: it records what was done, and when).

Running either again adds nothing: the routing is installed only where a congress has none (so that changes made
in the back office stay), the FAQ only where a congress has none, a canned answer is found by its title, and an
inquiry by its fixed submission key. An inquiry that exists already is left as it is.
"""

import datetime
import zoneinfo
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass

from django.db.models import Max

from plenaria.accounts.models import User
from plenaria.common.mail import hold_outgoing_email
from plenaria.congresses.models import Congress, StaffTeam
from plenaria.helpdesk.enums import HelpdeskRole, InquiryStatus
from plenaria.helpdesk.models import (
    CannedAnswer,
    DeskSettings,
    FaqEntry,
    Inquiry,
    InquiryMessage,
    RoutingRule,
)
from plenaria.helpdesk.services import handling
from plenaria.helpdesk.services.inquiries import InquiryRequest, submit_inquiry
from plenaria.helpdesk.services.routing import install_default_routing

from .accreditation.seeding import EMAIL_HOLD_REASON
from .content import inquiries_2001 as data
from .content import yokohama_2001 as congress_data
from .self_registrations import DEMO_PARTICIPANT

# The announcement's "For further information" list, by the demo's team slugs. There is no youth team: UNICEF,
# which co-organised the Kawasaki youth event, stands in (routing.ROLE_STAND_INS).
TEAM_FOR_ROLE = {
    HelpdeskRole.SECRETARIAT: "secretariat",
    HelpdeskRole.INTERGOVERNMENTAL: "unicef",
    HelpdeskRole.PRIVATE_SECTOR: "ecpat",
    HelpdeskRole.NGO: "ngo-group",
    HelpdeskRole.MEDIA: "communications",
}
FIRST_RESPONSE_HOURS = 48
SUBMISSION_KEY_PREFIX = "demo-2001-inquiry-"
TOKYO = zoneinfo.ZoneInfo("Asia/Tokyo")
CLOSING_STEPS = frozenset({"close", "merge", "concern"})


def seed_desk(*, congress: Congress, teams: dict[str, StaffTeam]) -> None:
    """Routing rules, desk settings, FAQ and canned answers: what the public "Ask" page and the back office need
    (also for `--site-only`, which the browser tests use)."""
    teams = _fresh(teams)
    if not RoutingRule.objects.filter(congress=congress).exists():
        install_default_routing(
            congress=congress, teams={role: teams[slug] for role, slug in TEAM_FOR_ROLE.items()}
        )
    DeskSettings.objects.get_or_create(
        congress=congress, defaults={"first_response_hours": FIRST_RESPONSE_HOURS}
    )
    if not FaqEntry.objects.filter(congress=congress).exists():
        for position, spec in enumerate(data.FAQ, start=1):
            FaqEntry.objects.create(
                congress=congress,
                position=position,
                is_published=True,
                team=teams[spec["team"]],
                **{k: v for k, v in spec.items() if k != "team"},
            )
    for spec in data.CANNED_ANSWERS:
        CannedAnswer.objects.get_or_create(
            congress=congress,
            title=spec["title"],
            defaults={"team": teams[spec["team"]] if spec["team"] else None, "body": spec["body"]},
        )


def seed_inquiries(*, congress: Congress, teams: dict[str, StaffTeam]) -> int:
    """The inquiries of autumn 2001 (once each). Call it after `seed_desk` and after the accreditation seeding, so
    that the demo participant's questions are linked to her registration. Returns how many were added."""
    replay = _Replay(congress=congress, teams=_fresh(teams), staff=_staff())
    added = 0
    with hold_outgoing_email(reason=EMAIL_HOLD_REASON):
        for spec in data.INQUIRIES:
            if not Inquiry.objects.filter(submission_key=SUBMISSION_KEY_PREFIX + spec["key"]).exists():
                replay.play(spec)
                added += 1
    return added


def _fresh(teams: dict[str, StaffTeam]) -> dict[str, StaffTeam]:
    # From the database: the seed's own instances hold plain dicts as names (the e-mails name the team).
    return {team.slug: team for team in StaffTeam.objects.filter(pk__in=[t.pk for t in teams.values()])}


def _staff() -> dict[str, User]:
    """The demo staff member of each team, by team slug: the one who answers that team's inquiries."""
    emails = {spec["email"]: spec["team"] for spec in congress_data.USERS if spec["team"]}
    return {emails[user.email]: user for user in User.objects.filter(email__in=emails)}


def asked_at(value: str) -> datetime.datetime:
    """A time such as "2001-10-03 09:40" in Japan time (the secretariat's working day) as an aware datetime."""
    return datetime.datetime.strptime(value, "%Y-%m-%d %H:%M").replace(tzinfo=TOKYO)


@dataclass
class _Replay:
    """Plays one inquiry's story (data.INQUIRIES): the question, then each step, a number of hours later."""

    congress: Congress
    teams: dict[str, StaffTeam]
    staff: dict[str, User]

    def play(self, spec: dict) -> Inquiry:
        start = asked_at(spec["asked_at"])
        requester = self._requester(spec)
        with _dating_messages(start):
            inquiry = submit_inquiry(
                congress=self.congress,
                request=InquiryRequest(
                    requester_type=spec["requester_type"],
                    topic=spec["topic"],
                    language=spec["language"],
                    name=requester.display_name if requester else spec["name"],
                    email=requester.email if requester else spec["email"],
                    subject=spec["subject"],
                    message=spec["message"],
                ),
                submission_key=SUBMISSION_KEY_PREFIX + spec["key"],
                user=requester,
            )
        times = {"first_reply": None, "closed": None, "last": start}
        for hours, action, *args in spec.get("steps", []):
            when = start + datetime.timedelta(hours=hours)
            inquiry.refresh_from_db()
            with _dating_messages(when):
                self._step(inquiry, action, args, requester)
            if action == "reply" and times["first_reply"] is None:
                times["first_reply"] = when
            if action in CLOSING_STEPS:
                times["closed"] = when
            times["last"] = when
        _date_inquiry(inquiry, start, times)
        return inquiry

    def _requester(self, spec: dict) -> User | None:
        """The demo participant, signed in, for her own questions (if she exists: not with `--site-only`)."""
        if not spec.get("by_demo_participant"):
            return None
        return User.objects.filter(email=DEMO_PARTICIPANT).first()

    def _step(self, inquiry: Inquiry, action: str, args: list, requester: User | None) -> None:
        actor = self.staff[inquiry.team.slug]
        if action == "assign":
            handling.assign_inquiry(inquiry=inquiry, actor=actor, assignee=actor)
        elif action == "note":
            handling.add_note(inquiry=inquiry, actor=actor, body=args[0])
        elif action == "reply":
            handling.reply_to_inquiry(inquiry=inquiry, actor=actor, body=args[0])
        elif action == "requester":
            handling.add_requester_message(inquiry=inquiry, body=args[0], user=requester)
        elif action == "transfer":
            handling.transfer_inquiry(inquiry=inquiry, actor=actor, team=self.teams[args[0]], note=args[1])
        elif action == "merge":
            into = Inquiry.objects.get(submission_key=SUBMISSION_KEY_PREFIX + args[0])
            handling.merge_inquiries(duplicate=inquiry, into=into, actor=actor)
        elif action == "concern":
            handling.move_to_concern(inquiry=inquiry, actor=actor, note=args[0])
        elif action == "close":
            handling.close_inquiry(inquiry=inquiry, actor=actor)
        else:
            raise ValueError(f"Unknown step {action!r} in the demo inquiries")


@contextmanager
def _dating_messages(when: datetime.datetime) -> Iterator[None]:
    """Dates the messages written inside the block (the services stamp them with the time of the seeding)."""
    mark = InquiryMessage.objects.aggregate(last=Max("pk"))["last"] or 0
    yield
    InquiryMessage.objects.filter(pk__gt=mark).update(created_at=when)


def _date_inquiry(inquiry: Inquiry, start: datetime.datetime, times: dict) -> None:
    inquiry.refresh_from_db()
    Inquiry.objects.filter(pk=inquiry.pk).update(
        created_at=start,
        updated_at=times["last"],
        first_response_at=times["first_reply"] if inquiry.first_response_at else None,
        closed_at=times["closed"] if inquiry.status == InquiryStatus.CLOSED else None,
    )
