"""Focal points nominate the members of their delegation, one by one or from a file, and substitute them."""

import datetime
from dataclasses import dataclass

from django.conf import settings
from django.db import transaction
from django.utils import timezone

from plenaria.common.audit import log_action
from plenaria.common.mail import queue_templated_email
from plenaria.delegations.enums import DelegationRole
from plenaria.delegations.models import Delegation

from ..enums import SEAT_HOLDING_STATUSES, RegistrationStatus
from ..errors import RegistrationError
from ..models import Participant, ParticipantCategory
from ..selectors import category_for_delegation, first_stage
from .references import new_reference, new_token
from .seats import fill_free_seats, has_free_seat, lock_delegation
from .status import change_status


@dataclass(frozen=True)
class Nominee:
    given_name: str
    family_name: str
    email: str
    role: str
    title: str = ""
    name_in_own_script: str = ""
    nationality: str = ""
    needs_visa_letter: bool = False
    language: str = "en"
    date_of_birth: datetime.date | None = None


class NomineeRefusedError(RegistrationError):
    """`nominate_members` refused one of the nominees: `index` (from 0) and `email` say which, so that an import can
    name the row to correct; `code` and `message` are those of the refusal (e.g. "head_exists")."""

    def __init__(self, *, index: int, email: str, refusal: RegistrationError):
        super().__init__(refusal.code)
        self.message = refusal.message
        self.index = index
        self.email = email
        self.args = (f"nominee {index} ({email}) refused: {refusal}",)


def _check_can_nominate(delegation: Delegation, nominee: Nominee) -> None:
    if delegation.nomination_deadline and timezone.now() >= delegation.nomination_deadline:
        raise RegistrationError("nomination_closed")
    if (
        nominee.role == DelegationRole.HEAD
        and _active_members(delegation).filter(role=DelegationRole.HEAD).exists()
    ):
        raise RegistrationError("head_exists")


def _active_members(delegation: Delegation):
    return delegation.participants.exclude(
        status__in=[RegistrationStatus.WITHDRAWN, RegistrationStatus.REJECTED]
    )


def _create_nominee(
    delegation: Delegation,
    nominee: Nominee,
    *,
    status: str,
    actor,
    category: ParticipantCategory | None = None,
) -> Participant:
    category = category or category_for_delegation(delegation=delegation)
    if category is None:
        raise RegistrationError("no_category")
    participant = Participant.objects.create(
        congress_id=delegation.congress_id,
        category=category,
        delegation=delegation,
        role=nominee.role,
        status=status,
        reference=new_reference(),
        email=nominee.email.strip().lower(),
        given_name=nominee.given_name.strip(),
        family_name=nominee.family_name.strip(),
        name_in_own_script=nominee.name_in_own_script.strip(),
        title=nominee.title.strip(),
        organisation_name=delegation.organisation.name,
        nationality=nominee.nationality,
        needs_visa_letter=nominee.needs_visa_letter,
        language=nominee.language,
        date_of_birth=nominee.date_of_birth,
        completion_token=new_token(),
        waitlisted_at=timezone.now() if status == RegistrationStatus.WAITLISTED else None,
    )
    log_action(
        participant,
        "registration.participant.created",
        actor=actor,
        data={"delegation": str(delegation), "role": nominee.role, "status": status},
    )
    return participant


def _invite_to_complete(participant: Participant) -> None:
    queue_templated_email(
        to=participant.email,
        template="registration/email/nominated",
        context={"participant": participant, "congress": participant.congress, "site_url": settings.SITE_URL},
        language=participant.language,
        purpose="registration_nominated",
        congress_id=participant.congress_id,
    )


@transaction.atomic
def nominate_member(*, delegation: Delegation, nominee: Nominee, actor) -> Participant:
    """Add a member to a delegation: a place if one is free, else the waiting list. The nominee is e-mailed a
    link to complete their own details (the focal point may complete them instead)."""
    delegation = lock_delegation(delegation.pk)
    _check_can_nominate(delegation, nominee)
    status = (
        RegistrationStatus.NOMINATED
        if has_free_seat(delegation=delegation)
        else RegistrationStatus.WAITLISTED
    )
    participant = _create_nominee(delegation, nominee, status=status, actor=actor)
    transaction.on_commit(lambda: _invite_to_complete(participant))
    return participant


@transaction.atomic
def nominate_in_category(
    *, delegation: Delegation, nominee: Nominee, category: ParticipantCategory, actor
) -> Participant:
    """Add a nominee to a delegation in a category of the caller's choice (a young person, in the congress's
    category for children and young people), before the delegation's deadline. Whether the nominee takes one of
    the delegation's places is the category's (see `selectors.seats_taken`); the caller locks the delegation,
    checks any quota of its own and decides who is told: no e-mail is sent here."""
    if category.congress_id != delegation.congress_id:
        raise RegistrationError("no_category")
    _check_can_nominate(delegation, nominee)
    return _create_nominee(
        delegation, nominee, status=RegistrationStatus.NOMINATED, actor=actor, category=category
    )


@transaction.atomic
def nominate_members(*, delegation: Delegation, nominees: list[Nominee], actor) -> list[Participant]:
    """Nominate several members at once (file import): all or nothing. A refusal raises `NomineeRefusedError`,
    naming the nominee refused."""
    members = []
    for index, nominee in enumerate(nominees):
        try:
            members.append(nominate_member(delegation=delegation, nominee=nominee, actor=actor))
        except RegistrationError as refusal:
            raise NomineeRefusedError(index=index, email=nominee.email, refusal=refusal) from refusal
    return members


@transaction.atomic
def withdraw_participant(*, participant: Participant, actor, reason: str = "") -> Participant:
    """Withdraw a registration; a delegation place it held goes to the first person on the waiting list."""
    delegation = lock_delegation(participant.delegation_id) if participant.delegation_id else None
    participant = Participant.objects.select_for_update().get(pk=participant.pk)
    change_status(participant=participant, target=RegistrationStatus.WITHDRAWN, actor=actor, reason=reason)
    if delegation is not None:
        fill_free_seats(delegation=delegation, actor=actor)
    return participant


@transaction.atomic
def substitute_member(*, participant: Participant, replacement: Nominee, actor) -> Participant:
    """Replace a member before the deadline: the replacement takes the withdrawn member's place directly (it does
    not go through the waiting list) and, like any new nominee, is reviewed from the first stage."""
    delegation = lock_delegation(participant.delegation_id)
    participant = Participant.objects.select_for_update().get(pk=participant.pk, delegation=delegation)
    if participant.status not in SEAT_HOLDING_STATUSES:  # a waitlisted member has no place to hand over
        raise RegistrationError("no_place_to_substitute")
    change_status(participant=participant, target=RegistrationStatus.WITHDRAWN, actor=actor, reason="")
    _check_can_nominate(delegation, replacement)
    new = _create_nominee(delegation, replacement, status=RegistrationStatus.NOMINATED, actor=actor)
    log_action(
        new, "registration.participant.substituted", actor=actor, data={"replaces": participant.reference}
    )
    transaction.on_commit(lambda: _invite_to_complete(new))
    return new


@transaction.atomic
def submit_nomination(*, participant: Participant, actor) -> Participant:
    """The nominee (or their focal point) has completed the details: the registration goes to review."""
    participant = Participant.objects.select_for_update().get(pk=participant.pk)
    participant.submitted_at = participant.submitted_at or timezone.now()
    participant.stage = first_stage(category=participant.category)
    if participant.status == RegistrationStatus.WAITLISTED:
        # Still no place: the details are complete, and the registration goes to review when a place frees.
        participant.save(update_fields=["submitted_at", "stage", "updated_at"])
        log_action(participant, "registration.participant.completed", actor=actor)
        return participant
    return change_status(
        participant=participant,
        target=RegistrationStatus.SUBMITTED,
        actor=actor,
        extra_fields=("submitted_at", "stage"),
    )
