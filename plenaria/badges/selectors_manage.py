"""Reads of the secretariat's badge pages: who has a badge in what state, the badges a print job prints, and the
print jobs of a congress. Each list reads a fixed number of queries, whatever its length."""

from dataclasses import dataclass

from django.db.models import Count, Exists, OuterRef, Prefetch, Q, QuerySet

from plenaria.delegations.models import Delegation
from plenaria.registration.disclosure import Audience, attach_disclosures
from plenaria.registration.enums import RegistrationStatus
from plenaria.registration.models import Participant, ParticipantCategory

from .enums import BadgeStatus
from .models import AccessZone, Badge
from .models_printing import PrintJob


class BadgeState:
    """The state of a participant's badge, as the list filters it."""

    ISSUED = "issued"  # a valid badge
    REVOKED = "revoked"  # had one, none valid now
    NONE = "none"  # never had one


# The order of a printed batch: by category (its colour), then delegation, then name, as the desks hand them out.
PRINT_ORDER = (
    "participant__category__position",
    "participant__category_id",
    "participant__delegation__organisation__name",
    "participant__family_name",
    "participant__given_name",
    "pk",
)


@dataclass(frozen=True)
class BadgeRow:
    participant: Participant  # with `.shown`, what staff see of the person
    badge: Badge | None  # the valid badge, or else the newest revoked one, or None
    state: str  # a `BadgeState`


def participants_for_badges(*, congress) -> QuerySet[Participant]:
    """The congress's accredited participants and everyone who ever had a badge, with their badge state."""
    badges = Badge.objects.filter(participant=OuterRef("pk"))
    issued = badges.filter(status=BadgeStatus.ISSUED)
    return (
        Participant.objects.filter(congress=congress)
        .annotate(
            has_any_badge=Exists(badges),
            has_issued_badge=Exists(issued),
            has_printed_badge=Exists(issued.filter(printed_at__isnull=False)),
        )
        .filter(Q(status=RegistrationStatus.APPROVED) | Q(has_any_badge=True))
    )


def filter_participants_for_badges(participants: QuerySet[Participant], *, filters: dict) -> QuerySet:
    """`participants_for_badges` narrowed as on the list page (the keys of `forms.BadgeFilterForm`)."""
    if text := (filters.get("q") or "").strip():
        participants = participants.filter(
            Q(given_name__icontains=text)
            | Q(family_name__icontains=text)
            | Q(name_in_own_script__icontains=text)
            | Q(reference__iexact=text)
        )
    if filters.get("category"):
        participants = participants.filter(category=filters["category"])
    if filters.get("delegation"):
        participants = participants.filter(delegation=filters["delegation"])
    return participants.filter(_state_condition(filters.get("state"), filters.get("printed")))


def _state_condition(state: str | None, printed: str | None) -> Q:
    condition = Q()
    if state == BadgeState.ISSUED:
        condition &= Q(has_issued_badge=True)
    elif state == BadgeState.REVOKED:
        condition &= Q(has_any_badge=True, has_issued_badge=False)
    elif state == BadgeState.NONE:
        condition &= Q(has_any_badge=False)
    if printed == "printed":
        condition &= Q(has_printed_badge=True)
    elif printed == "not_printed":
        condition &= Q(has_issued_badge=True, has_printed_badge=False)
    return condition


def badge_counts(participants: QuerySet[Participant]) -> dict[str, int]:
    """How many of `participants` have a valid badge, one not yet printed, only revoked ones, none; one query."""
    return participants.order_by().aggregate(
        total=Count("pk"),
        issued=Count("pk", filter=Q(has_issued_badge=True)),
        not_printed=Count("pk", filter=Q(has_issued_badge=True, has_printed_badge=False)),
        revoked=Count("pk", filter=Q(has_any_badge=True, has_issued_badge=False)),
        none=Count("pk", filter=Q(has_any_badge=False)),
    )


def badge_rows(participants) -> list[BadgeRow]:
    """The rows of one page of the list: two queries for the badges and what may be shown of each person."""
    participants = list(
        participants.select_related("category", "delegation__organisation").prefetch_related(
            Prefetch("badges", queryset=Badge.objects.order_by("-issued_at", "-pk"), to_attr="badge_history")
        )
    )
    attach_disclosures(participants, audience=Audience.STAFF)
    return [_row(participant) for participant in participants]


def _row(participant: Participant) -> BadgeRow:
    history = participant.badge_history
    current = next((badge for badge in history if badge.status == BadgeStatus.ISSUED), None)
    if current is not None:
        return BadgeRow(participant, current, BadgeState.ISSUED)
    if history:
        return BadgeRow(participant, history[0], BadgeState.REVOKED)
    return BadgeRow(participant, None, BadgeState.NONE)


def get_participant_for_badges(*, congress, pk: int) -> Participant | None:
    """One participant of the congress, with `.shown` and every badge they had, newest first."""
    participant = (
        Participant.objects.filter(congress=congress, pk=pk)
        .select_related("category", "delegation__organisation")
        .prefetch_related(
            Prefetch(
                "badges",
                queryset=Badge.objects.select_related("issued_by", "revoked_by").order_by(
                    "-issued_at", "-pk"
                ),
                to_attr="badge_history",
            )
        )
        .first()
    )
    if participant is not None:
        attach_disclosures([participant], audience=Audience.STAFF)
    return participant


def get_badge(*, congress, pk: int) -> Badge | None:
    """A badge of the congress (any state), with its participant."""
    return (
        Badge.objects.filter(participant__congress=congress, pk=pk)
        .select_related("participant__category", "participant__delegation__organisation")
        .first()
    )


def badges_to_print(*, congress, filters: dict) -> QuerySet[Badge]:
    """The valid badges a print job prints, in printing order. `filters`: ids of a category, a delegation and an
    access zone (the categories it opens), and `not_printed` (only badges never printed)."""
    badges = Badge.objects.filter(participant__congress=congress, status=BadgeStatus.ISSUED)
    if filters.get("category"):
        badges = badges.filter(participant__category_id=filters["category"])
    if filters.get("delegation"):
        badges = badges.filter(participant__delegation_id=filters["delegation"])
    if filters.get("zone"):
        zones = AccessZone.objects.filter(congress=congress, pk=filters["zone"])
        badges = badges.filter(participant__category__access_zones__in=zones)
    if filters.get("not_printed"):
        badges = badges.filter(printed_at__isnull=True)
    return badges.order_by(*PRINT_ORDER)


def print_jobs_of(*, congress) -> QuerySet[PrintJob]:
    """The congress's print jobs, newest first, with who asked for each."""
    return PrintJob.objects.filter(congress=congress).select_related("requested_by")


def get_print_job(*, congress, pk: int) -> PrintJob | None:
    return print_jobs_of(congress=congress).filter(pk=pk).first()


@dataclass(frozen=True)
class FilterNames:
    """The names behind the ids a print job's filters keep: three queries for a whole list of jobs."""

    categories: dict[int, ParticipantCategory]
    delegations: dict[int, Delegation]
    zones: dict[int, AccessZone]

    def describe(self, filters: dict) -> list[str]:
        """What a job's set was, as words: ["Government delegations", "Government of Japan"]."""
        parts = []
        for key, names in (
            ("category", self.categories),
            ("delegation", self.delegations),
            ("zone", self.zones),
        ):
            if filters.get(key) in names:
                parts.append(str(names[filters[key]]))
        return parts


def filter_names(*, congress) -> FilterNames:
    return FilterNames(
        categories={category.pk: category for category in congress.categories.all()},
        delegations={
            delegation.pk: delegation
            for delegation in Delegation.objects.filter(congress=congress).select_related("organisation")
        },
        zones={zone.pk: zone for zone in AccessZone.objects.filter(congress=congress)},
    )
