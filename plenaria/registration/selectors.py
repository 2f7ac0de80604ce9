from django.db.models import Case, Count, F, IntegerField, Q, QuerySet, Value, When
from django.db.models.functions import Coalesce
from django.utils import timezone

from plenaria.congresses.selectors import staff_permissions_for
from plenaria.delegations.enums import EcosocStatus, OrganisationKind
from plenaria.delegations.models import Delegation

from .enums import REVIEWABLE_STATUSES, SEAT_HOLDING_STATUSES, CategoryKind, DocumentKind, RegistrationStatus
from .models import Participant, ParticipantCategory, ReviewStage

CATEGORY_KIND_FOR_ORGANISATION = {
    OrganisationKind.GOVERNMENT: CategoryKind.GOVERNMENT,
    OrganisationKind.UN_BODY: CategoryKind.IGO,
    OrganisationKind.IGO: CategoryKind.IGO,
    OrganisationKind.NGO: CategoryKind.NGO,
    OrganisationKind.PRIVATE_SECTOR: CategoryKind.PRIVATE_SECTOR,
    OrganisationKind.MEDIA_OUTLET: CategoryKind.MEDIA,
    # A youth organisation's adults (leaders, chaperones) are NGO members; its young people are nominated into the
    # youth category through the safeguarding app, and have places of their own.
    OrganisationKind.YOUTH_ORGANISATION: CategoryKind.NGO,
}

# Young people have their own places, per event and delegation (the safeguarding app's youth rules): a
# registration in the youth category never takes, nor waits for, one of the delegation's places.
PLACE_TAKING_KINDS = tuple(kind for kind in CategoryKind.values if kind != CategoryKind.YOUTH)


def category_of_kind(*, congress_id: int, kind: str) -> ParticipantCategory | None:
    """The congress's category of this kind; the one nominated by delegations first, if there are several."""
    categories = ParticipantCategory.objects.filter(congress_id=congress_id, kind=kind)
    return categories.order_by("-is_nominated_by_delegation", "position").first()


def category_for_delegation(*, delegation: Delegation) -> ParticipantCategory | None:
    """The category whose members this delegation nominates (government → government delegations, …)."""
    kind = CATEGORY_KIND_FOR_ORGANISATION.get(delegation.organisation.kind, CategoryKind.OTHER)
    return category_of_kind(congress_id=delegation.congress_id, kind=kind)


def seats_taken(*, delegation: Delegation) -> int:
    """The delegation's places in use (young people, who have their own, are not counted)."""
    return Participant.objects.filter(
        delegation=delegation, status__in=SEAT_HOLDING_STATUSES, category__kind__in=PLACE_TAKING_KINDS
    ).count()


def first_stage(*, category: ParticipantCategory) -> ReviewStage | None:
    return category.stages.order_by("position").first()


def next_stage(*, stage: ReviewStage | None) -> ReviewStage | None:
    if stage is None:
        return None
    return stage.category.stages.filter(position__gt=stage.position).order_by("position").first()


def waiting_list(*, delegation: Delegation) -> QuerySet[Participant]:
    """Who gets the next free place, first come first served."""
    return Participant.objects.filter(
        delegation=delegation, status=RegistrationStatus.WAITLISTED, category__kind__in=PLACE_TAKING_KINDS
    ).order_by("waitlisted_at", "pk")


def members_of_delegation(*, delegation: Delegation) -> QuerySet[Participant]:
    """The delegation's members, head first, then by name (the order of the List of Participants)."""
    head_first = Case(When(role="head", then=Value(0)), default=Value(1), output_field=IntegerField())
    return (
        delegation.participants.select_related("category", "stage")
        .annotate(head_first=head_first)
        .order_by("head_first", "family_name", "given_name", "pk")
    )


def members_in_places(*, delegation: Delegation) -> QuerySet[Participant]:
    """The members nominated within the delegation's places, as `members_of_delegation` orders them. Young people,
    who have places of their own, are left out: the safeguarding app lists them."""
    return members_of_delegation(delegation=delegation).filter(category__kind__in=PLACE_TAKING_KINDS)


def likely_duplicate(*, participant: Participant) -> Participant | None:
    """Another live registration of the same person: same e-mail, or same names + date of birth + nationality."""
    others = (
        Participant.objects.filter(congress_id=participant.congress_id)
        .exclude(pk=participant.pk)
        .exclude(status__in=[RegistrationStatus.WITHDRAWN, RegistrationStatus.DRAFT])
    )
    # E-mails are stored in lower case, so an exact match uses the (congress, email) index.
    same_email = others.filter(email=participant.email.lower()).order_by("pk").first()
    if same_email is not None or participant.date_of_birth is None:
        return same_email
    return (
        others.filter(
            given_name__iexact=participant.given_name,
            family_name__iexact=participant.family_name,
            date_of_birth=participant.date_of_birth,
            nationality=participant.nationality,
        )
        .order_by("pk")
        .first()
    )


def delegations_overview(*, congress) -> QuerySet[Delegation]:
    """Every delegation of a congress with its places used, waiting list and focal point state, in one query."""
    return (
        Delegation.objects.filter(congress=congress)
        .select_related("organisation")
        .annotate(
            seats_used=Count(
                "participants",
                filter=Q(
                    participants__status__in=SEAT_HOLDING_STATUSES,
                    participants__category__kind__in=PLACE_TAKING_KINDS,
                ),
                distinct=True,
            ),
            waitlisted=Count(
                "participants",
                filter=Q(
                    participants__status=RegistrationStatus.WAITLISTED,
                    participants__category__kind__in=PLACE_TAKING_KINDS,
                ),
                distinct=True,
            ),
            focal_points_accepted=Count(
                "focal_points", filter=Q(focal_points__accepted_at__isnull=False), distinct=True
            ),
        )
        .order_by("organisation__name")
    )


def list_of_participants(*, congress) -> QuerySet[Participant]:
    """Accredited participants in the order of the official List of Participants: grouped by delegation (or, for
    those who came on their own, organisation) in alphabetical order, head of delegation first."""
    head_first = Case(When(role="head", then=Value(0)), default=Value(1), output_field=IntegerField())
    return (
        Participant.objects.filter(congress=congress, status=RegistrationStatus.APPROVED)
        .select_related("delegation__organisation", "category")
        # One alphabetical list of groups: a delegation's name, or the organisation of those who came on their own
        # (Coalesce, so that SQLite and PostgreSQL, which sort NULLs differently, give the same order).
        .annotate(
            head_first=head_first, group=Coalesce("delegation__organisation__name", "organisation_name")
        )
        .order_by("group", "head_first", "family_name", "given_name", "pk")
    )


def registrations_visible_to(*, user, congress) -> QuerySet[Participant]:
    """Registrations this user may see in a congress: the secretariat all; a reviewing team those of the categories
    and stages it reviews; a focal point their delegations' members; anyone their own."""
    base = Participant.objects.filter(congress=congress).select_related(
        "category", "stage", "delegation__organisation"
    )
    if not getattr(user, "is_authenticated", False):
        return base.none()
    if "can_change_congress" in staff_permissions_for(user=user, congress=congress):
        return base
    team_ids = list(user.staff_memberships.filter(team__congress=congress).values_list("team_id", flat=True))
    visible = (
        Q(category__reviewing_team_id__in=team_ids)
        | Q(stage__team_id__in=team_ids)
        | Q(delegation__focal_points__user=user, delegation__focal_points__accepted_at__isnull=False)
        | Q(user=user)
    )
    return base.filter(visible).distinct()


def delegations_for_focal_point(*, user) -> QuerySet[Delegation]:
    """The delegations this user nominates (accepted invitations), in every congress, with their places used and
    waiting list, newest congress first."""
    accepted = Delegation.objects.filter(focal_points__user=user, focal_points__accepted_at__isnull=False)
    return (
        Delegation.objects.filter(pk__in=accepted.values("pk"))
        .select_related("organisation", "congress")
        .annotate(
            seats_used=Count(
                "participants",
                filter=Q(
                    participants__status__in=SEAT_HOLDING_STATUSES,
                    participants__category__kind__in=PLACE_TAKING_KINDS,
                ),
            ),
            waitlisted=Count(
                "participants",
                filter=Q(
                    participants__status=RegistrationStatus.WAITLISTED,
                    participants__category__kind__in=PLACE_TAKING_KINDS,
                ),
            ),
        )
        .order_by("-congress__starts_on", "organisation__name", "pk")
    )


def get_member(*, delegation: Delegation, pk: int) -> Participant | None:
    """One member of this delegation (never a member of another one, whatever the id)."""
    return delegation.participants.select_related("category", "stage").filter(pk=pk).first()


def get_participant_by_completion_token(*, token: str) -> Participant | None:
    """The nominee who holds this secret link to complete their details."""
    if not token:
        return None
    return (
        Participant.objects.select_related("congress", "category", "delegation__organisation")
        .filter(completion_token=token)
        .first()
    )


# With one of these, an NGO takes the short path: no accreditation dossier.
ECOSOC_STATUSES = frozenset({EcosocStatus.GENERAL, EcosocStatus.SPECIAL, EcosocStatus.ROSTER})
# Letters that come with the delegation (its focal point uploads them), not with each member.
DELEGATION_DOCUMENTS = frozenset({DocumentKind.NOTE_VERBALE, DocumentKind.ORGANISATION_LETTER})


def required_documents(*, participant: Participant) -> list[str]:
    """The kinds of supporting document this person must upload, in the category's order."""
    if participant.delegation_id is not None:
        return []
    kinds = [kind for kind in participant.category.required_documents if kind not in DELEGATION_DOCUMENTS]
    if participant.ecosoc_status in ECOSOC_STATUSES:
        kinds = [kind for kind in kinds if kind != DocumentKind.NGO_DOSSIER]
    return kinds


def missing_details(*, participant: Participant) -> list[str]:
    """What the registration still lacks before it can be reviewed and the desk can issue a badge, as stable codes:
    `given_name`, `family_name`, `nationality`, `date_of_birth`, the category's required details (`title`, …),
    `passport`, `code_of_conduct`,
    `media_guidelines`, `photo`, `document:<kind>` for each required document and, for a delegation,
    `note_verbale` (its focal point uploads it)."""
    always = ("given_name", "family_name", "nationality", "date_of_birth")
    missing = [
        name for name in (*always, *participant.category.required_fields) if not getattr(participant, name)
    ]
    passport = (
        participant.passport_full_name,
        participant.passport_number,
        participant.passport_expires_on,
        participant.passport_issuing_country,
    )
    if participant.needs_visa_letter and not all(passport):
        missing.append("passport")
    if participant.code_of_conduct_accepted_at is None:
        missing.append("code_of_conduct")
    if participant.category.requires_media_guidelines and participant.media_guidelines_accepted_at is None:
        missing.append("media_guidelines")
    if not participant.photo:
        missing.append("photo")
    if kinds := required_documents(participant=participant):
        received = set(participant.documents.values_list("kind", flat=True))
        missing += [f"document:{kind}" for kind in kinds if kind not in received]
    if participant.delegation_id is not None and not participant.delegation.note_verbale:
        missing.append("note_verbale")
    return missing


# Statuses in which the participant may still correct their details.
CHANGEABLE_STATUSES = frozenset(
    {
        RegistrationStatus.DRAFT,
        RegistrationStatus.NOMINATED,
        RegistrationStatus.WAITLISTED,
        RegistrationStatus.SUBMITTED,
        RegistrationStatus.INFO_REQUESTED,
        RegistrationStatus.APPROVED,
    }
)


def change_refusal(*, participant: Participant, at=None) -> str | None:
    """None when the participant may change their registration now, else the error code that says why not.

    Changes are possible until the category closes; an answer to a request for information is always possible."""
    if participant.status not in CHANGEABLE_STATUSES:
        return "registration_final"
    if participant.status == RegistrationStatus.INFO_REQUESTED:
        return None
    if not participant.category.is_open_at(at or timezone.now()):
        return "changes_closed"
    return None


def live_registration_of(*, user, congress) -> Participant | None:
    """The user's registration for the congress that is neither withdrawn nor rejected (a draft counts)."""
    if not getattr(user, "is_authenticated", False):
        return None
    return (
        Participant.objects.filter(congress=congress, user=user)
        .exclude(status__in=[RegistrationStatus.WITHDRAWN, RegistrationStatus.REJECTED])
        .select_related("category")
        .order_by("-pk")
        .first()
    )


def registrations_of(*, user) -> QuerySet[Participant]:
    """Everything the user has registered for, or been nominated to, newest congress first."""
    return (
        Participant.objects.filter(user=user)
        .select_related("congress", "category", "delegation__organisation")
        .order_by("-congress__starts_on", "-pk")
    )


def get_own_registration(*, user, reference: str) -> Participant | None:
    """A registration by its number, only for the person it belongs to."""
    if not getattr(user, "is_authenticated", False):
        return None
    return (
        Participant.objects.select_related("congress", "category", "delegation__organisation", "stage")
        .filter(user=user, reference=reference.upper())
        .first()
    )


def registrations_reviewed_by(*, user, congress) -> QuerySet[Participant]:
    """The registrations in a reviewer's queue: those whose category or current stage one of their teams reviews.
    The secretariat (and a platform administrator) oversees them all. Unlike `registrations_visible_to`, a focal
    point's delegation members and the user's own registration are not part of the queue."""
    base = Participant.objects.filter(congress=congress).select_related(
        "category", "stage", "delegation__organisation", "likely_duplicate_of"
    )
    if not getattr(user, "is_authenticated", False):
        return base.none()
    if "can_change_congress" in staff_permissions_for(user=user, congress=congress):
        return base
    team_ids = user.staff_memberships.filter(team__congress=congress).values("team_id")
    return base.filter(Q(category__reviewing_team_id__in=team_ids) | Q(stage__team_id__in=team_ids))


# Not yet submitted (no date) comes last either way, on SQLite as on PostgreSQL.
QUEUE_ORDERINGS = {
    "-submitted": (F("submitted_at").desc(nulls_last=True), "-pk"),
    "submitted": (F("submitted_at").asc(nulls_last=True), "pk"),
}


def review_queue_for(*, user, congress, filters: dict) -> QuerySet[Participant]:
    """A reviewer's queue filtered as on the queue page (keys of `QueueFilterForm`); by default what waits for a
    decision, newest submission first."""
    queue = registrations_reviewed_by(user=user, congress=congress)
    if text := (filters.get("q") or "").strip():
        queue = queue.filter(
            Q(given_name__icontains=text)
            | Q(family_name__icontains=text)
            | Q(name_in_own_script__icontains=text)
            | Q(email__icontains=text)
            | Q(reference__iexact=text)
        )
    status = filters.get("status") or ""
    if status == "":  # the default view: what is waiting for a decision
        queue = queue.filter(status__in=REVIEWABLE_STATUSES)
    elif status != "all":
        queue = queue.filter(status=status)
    for name in ("category", "nationality", "delegation", "stage"):
        if filters.get(name):
            queue = queue.filter(**{name: filters[name]})
    if filters.get("submitted_from"):
        queue = queue.filter(submitted_at__date__gte=filters["submitted_from"])
    if filters.get("submitted_to"):
        queue = queue.filter(submitted_at__date__lte=filters["submitted_to"])
    return queue.order_by(*QUEUE_ORDERINGS.get(filters.get("sort") or "", QUEUE_ORDERINGS["-submitted"]))


def get_registration_for_review(*, user, congress, pk: int) -> Participant | None:
    """One registration of a reviewer's queue with its decisions (and who took them) and documents."""
    return (
        registrations_reviewed_by(user=user, congress=congress)
        .select_related("congress")
        .prefetch_related("decisions__actor", "decisions__stage", "documents")
        .filter(pk=pk)
        .first()
    )
