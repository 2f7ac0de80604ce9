"""Reads of the back office's queue and inquiry pages: which queues a handler works, the inquiries of one queue
with its filters, the SLA timer of each inquiry, and what an inquiry's page offers (canned answers, teams).

Who may open a queue is decided here and by the rules (`helpdesk.work_queue`, `helpdesk.oversee_desk`): a
member opens their teams' queues; the host secretariat also opens "Not routed", the inquiries that no rule and no
fallback could give to a team.
"""

import datetime
import re
from dataclasses import dataclass

from django.core.exceptions import ValidationError
from django.core.validators import validate_email
from django.db.models import Count, Q, QuerySet
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from plenaria.common.i18n_content import localize
from plenaria.congresses.models import Congress, StaffTeam

from .charts import format_duration
from .enums import InquiryStatus
from .models import CannedAnswer, Inquiry, InquiryAttachment, RoutingRule
from .selectors import desk_team_ids_of, is_secretariat_desk_member
from .services.inquiries import email_digest

# The key of the secretariat's queue of unrouted inquiries (`?queue=unrouted`): not a team, so not a slug.
UNROUTED = "unrouted"
OPEN_STATUSES = (InquiryStatus.NEW, InquiryStatus.OPEN, InquiryStatus.WAITING)


@dataclass(frozen=True)
class Queue:
    """One queue a handler may open: a team's, or (team None) the secretariat's "Not routed"."""

    team: StaffTeam | None
    label: str
    open_count: int

    @property
    def key(self) -> str:
        return self.team.slug if self.team is not None else UNROUTED

    @property
    def is_unrouted(self) -> bool:
        return self.team is None


def queues_of(*, user, congress: Congress) -> list[Queue]:
    """The queues the user works, in the back office's order, each with its number of inquiries not closed.

    Empty for someone who works no queue. Two queries, however many queues."""
    team_ids = desk_team_ids_of(user=user, congress=congress)
    if not team_ids:
        return []
    include_unrouted = is_secretariat_desk_member(user=user, congress=congress)
    in_queues = Q(team_id__in=team_ids)
    if include_unrouted:
        in_queues |= Q(team__isnull=True)
    counts = dict(
        Inquiry.objects.filter(in_queues, congress=congress, status__in=OPEN_STATUSES)
        .values_list("team_id")
        .annotate(count=Count("pk"))
        .order_by()
    )
    teams = StaffTeam.objects.filter(pk__in=team_ids).order_by("pk")
    queues = [Queue(team=team, label=_team_label(team), open_count=counts.get(team.pk, 0)) for team in teams]
    if include_unrouted:
        queues.append(Queue(team=None, label=str(_("Not routed")), open_count=counts.get(None, 0)))
    return queues


def _team_label(team: StaffTeam) -> str:
    return localize(team.name).text or team.slug


@dataclass(frozen=True)
class QueueFilters:
    """What the handler chose above the table. `status` "" means every status but closed; "all" means all."""

    status: str = ""
    topic: str = ""
    language: str = ""
    assigned: str = ""  # "", "me" or "unassigned"
    overdue_only: bool = False
    search: str = ""


def queue_inquiries(
    *,
    congress: Congress,
    queue: Queue,
    filters: QueueFilters,
    user,
    first_response_hours: int,
    now: datetime.datetime | None = None,
) -> QuerySet[Inquiry]:
    """The inquiries of one queue that match the filters, ready for the table (no query per row).

    Open inquiries come oldest first (the one waiting longest is answered first); closed ones newest first."""
    now = now or timezone.now()
    inquiries = Inquiry.objects.filter(congress=congress).select_related("assignee")
    inquiries = (
        inquiries.filter(team__isnull=True) if queue.is_unrouted else inquiries.filter(team_id=queue.team.pk)
    )
    inquiries = _by_status(inquiries, filters.status)
    if filters.topic:
        inquiries = inquiries.filter(topic=filters.topic)
    if filters.language:
        inquiries = inquiries.filter(language=filters.language)
    if filters.assigned == "me":
        inquiries = inquiries.filter(assignee_id=user.pk)
    elif filters.assigned == "unassigned":
        inquiries = inquiries.filter(assignee__isnull=True)
    if filters.overdue_only:
        inquiries = inquiries.filter(
            first_response_at__isnull=True,
            status__in=OPEN_STATUSES,
            created_at__lt=now - datetime.timedelta(hours=first_response_hours),
        )
    if filters.search.strip():
        inquiries = inquiries.filter(search_condition(filters.search))
    if filters.status in ("", *OPEN_STATUSES):
        return inquiries.order_by("created_at", "pk")
    return inquiries.order_by("-created_at", "-pk")


def _by_status(inquiries: QuerySet[Inquiry], status: str) -> QuerySet[Inquiry]:
    if status == "all":
        return inquiries
    if status in InquiryStatus.values:
        return inquiries.filter(status=status)
    return inquiries.exclude(status=InquiryStatus.CLOSED)


REFERENCE_LIKE = re.compile(r"^[A-Za-z]-[A-Za-z0-9-]+$")


def search_condition(text: str) -> Q:
    """What the search box finds: an exact e-mail address (through its digest: the address is encrypted), or a
    reference, or inquiries whose subject contains every word typed.

    The subject of an inquiry handed to the safeguarding officers is no longer the desk's to read, so it is not
    searched either."""
    text = " ".join(text.split())
    if "@" in text:
        try:
            validate_email(text)
        except ValidationError:
            return Q(pk__in=[])
        return Q(requester_email_digest=email_digest(text))
    condition = Q(moved_to_concern__isnull=True)
    for word in text.split(" ")[:10]:
        condition &= Q(subject__icontains=word)
    if REFERENCE_LIKE.match(text):
        condition |= Q(reference__iexact=text)
    return condition


LONG_OVERDUE = datetime.timedelta(days=7)


@dataclass(frozen=True)
class Sla:
    """The first-response timer of one inquiry: due `first_response_hours` after the question.

    `state`: "answered" (with the time it took, `on_time` or not), "overdue" or "due" (with the time past or
    left), or "closed" (closed without an answer: nothing is due any more)."""

    state: str
    due_at: datetime.datetime
    duration: datetime.timedelta | None = None
    on_time: bool = True

    @property
    def duration_text(self) -> str:
        return format_duration(self.duration)

    @property
    def long_overdue(self) -> bool:
        """Overdue by more than a week: the date it was due says more than a count of days."""
        return self.state == "overdue" and self.duration > LONG_OVERDUE


def sla_of(inquiry: Inquiry, *, first_response_hours: int, now: datetime.datetime | None = None) -> Sla:
    now = now or timezone.now()
    due_at = inquiry.created_at + datetime.timedelta(hours=first_response_hours)
    if inquiry.first_response_at is not None:
        took = inquiry.first_response_at - inquiry.created_at
        return Sla("answered", due_at, took, on_time=inquiry.first_response_at <= due_at)
    if inquiry.status == InquiryStatus.CLOSED:
        return Sla("closed", due_at)
    if now > due_at:
        return Sla("overdue", due_at, now - due_at, on_time=False)
    return Sla("due", due_at, due_at - now)


def attach_sla(inquiries, *, first_response_hours: int) -> list[Inquiry]:
    """Set `inquiry.sla` and `inquiry.age_text` (how long ago it was asked) on each inquiry of a page, measured at
    one moment for the whole page."""
    now = timezone.now()
    inquiries = list(inquiries)
    for inquiry in inquiries:
        inquiry.sla = sla_of(inquiry, first_response_hours=first_response_hours, now=now)
        inquiry.age_text = format_duration(now - inquiry.created_at)
    return inquiries


def canned_answers_for(*, inquiry: Inquiry) -> QuerySet[CannedAnswer]:
    """The canned answers a handler of the inquiry may insert: its team's own and those shared by all teams."""
    team_condition = Q(team__isnull=True)
    if inquiry.team_id is not None:
        team_condition |= Q(team_id=inquiry.team_id)
    return CannedAnswer.objects.filter(team_condition, congress_id=inquiry.congress_id).order_by(
        "title", "pk"
    )


def transfer_targets(*, inquiry: Inquiry) -> tuple[list[StaffTeam], list[StaffTeam]]:
    """The teams an inquiry can be transferred to, other than its own: first those the routing names (the
    co-organisers that answer inquiries), then every other team of the congress."""
    routed_ids = set(
        RoutingRule.objects.filter(congress_id=inquiry.congress_id).values_list("team_id", flat=True)
    )
    teams = StaffTeam.objects.filter(congress_id=inquiry.congress_id).exclude(pk=inquiry.team_id or 0)
    routed, others = [], []
    for team in teams.order_by("pk"):
        (routed if team.pk in routed_ids else others).append(team)
    return routed, others


def merge_target(*, congress: Congress, reference: str) -> Inquiry | None:
    """The inquiry a duplicate is merged into, by the reference the handler typed (any case, spaces trimmed)."""
    reference = "".join(reference.split()).upper()
    if not reference:
        return None
    return Inquiry.objects.filter(congress=congress, reference=reference).select_related("team").first()


def get_inquiry_attachment(*, inquiry: Inquiry, pk: int) -> InquiryAttachment | None:
    """A file of the inquiry's conversation (of any of its messages), for the team that holds the inquiry."""
    return InquiryAttachment.objects.filter(pk=pk, message__inquiry=inquiry).first()
