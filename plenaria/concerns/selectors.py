"""Reads of the concerns app. What an officer may see is decided in the views (rules); these only read."""

from django.contrib.auth import get_user_model
from django.db.models import Case, IntegerField, QuerySet, Value, When

from plenaria.congresses.models import Congress

from .enums import ChildInDanger, ConcernStatus
from .models import Concern, ConcernAction, ConcernReading

ENCRYPTED_FIELDS = (
    "what_happened",
    "where_and_when",
    "who_is_involved",
    "contact_name",
    "contact_email",
    "contact_phone",
)
# "Urgent first": a child in danger now, then "I don't know", then the others.
URGENCY_ORDER = Case(
    When(child_in_danger=ChildInDanger.YES, then=Value(0)),
    When(child_in_danger=ChildInDanger.UNSURE, then=Value(1)),
    default=Value(2),
    output_field=IntegerField(),
)


def concerns_for_congress(*, congress: Congress, status: str | None = None) -> QuerySet[Concern]:
    """The congress's concerns for the officers' list, open and urgent ones first, then the newest.

    The encrypted texts and contact details are not loaded: the list never shows (or decrypts) them."""
    concerns = Concern.objects.filter(congress=congress)
    if status:
        concerns = concerns.filter(status=status)
    is_closed = Case(When(status=ConcernStatus.CLOSED, then=Value(1)), default=Value(0))
    return (
        concerns.select_related("assigned_to")
        .defer(*ENCRYPTED_FIELDS)
        .annotate(is_closed=is_closed, urgency=URGENCY_ORDER)
        .order_by("is_closed", "urgency", "-created_at", "-pk")
    )


def get_concern(*, congress: Congress, reference: str) -> Concern | None:
    return (
        Concern.objects.filter(congress=congress, reference=reference).select_related("assigned_to").first()
    )


def incident_log(*, concern: Concern) -> QuerySet[ConcernAction]:
    """The concern's incident log, oldest first (the order in which things happened)."""
    return concern.actions.select_related("actor", "assignee").order_by("created_at", "pk")


def readings_of(*, concern: Concern) -> QuerySet[ConcernReading]:
    """Who opened the concern, newest first."""
    return concern.readings.select_related("user").order_by("-read_at", "-pk")


def safeguarding_officers(*, congress: Congress) -> QuerySet:
    """The active members of the congress's safeguarding officers' teams: they receive and handle concerns."""
    return (
        get_user_model()
        .objects.filter(
            is_active=True,
            staff_memberships__team__congress=congress,
            staff_memberships__team__is_safeguarding_officer=True,
        )
        .distinct()
        .order_by("full_name", "email")
    )
