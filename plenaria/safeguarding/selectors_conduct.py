"""Reads about codes of conduct and safeguarding training.

A participant has accepted the participant code in force when an acceptance of that version is on record: an
adult's `ParticipantCodeAcceptance`, or a young person's PARTICIPANT_CODE consent on their profile (either counts,
so a profile added later loses nothing). Staff who work with young people (members of a team flagged
`works_with_youth`, and the officers) accept the staff code themselves and are marked trained by an officer.
"""

import datetime
from dataclasses import dataclass, field

from django.db.models import Q

from plenaria.accounts.models import User
from plenaria.congresses.models import Congress, StaffMembership
from plenaria.registration.models import Participant

from .enums import ConsentKind
from .models import (
    Consent,
    ConsentText,
    ParticipantCodeAcceptance,
    SafeguardingTraining,
    StaffCodeAcceptance,
    YouthProfile,
)
from .selectors import current_text


@dataclass(frozen=True)
class CodeAcceptance:
    """One acceptance of a version of the participant code, whatever record holds it."""

    version: int
    accepted_at: datetime.datetime
    method: str  # ConsentMethod
    recorded_by: User | None  # the staff member who recorded a paper form


@dataclass(frozen=True)
class ParticipantCodeStatus:
    code: ConsentText | None  # the code in force; None when the congress publishes none
    acceptance: CodeAcceptance | None  # of the code in force
    earlier: CodeAcceptance | None  # of an earlier version, when the one in force is not accepted
    is_young_person: bool

    @property
    def is_required(self) -> bool:
        return self.code is not None

    @property
    def is_accepted(self) -> bool:
        return self.acceptance is not None


def current_participant_code(*, congress: Congress) -> ConsentText | None:
    return current_text(kind=ConsentKind.PARTICIPANT_CODE, congress=congress)


def current_staff_code(*, congress: Congress) -> ConsentText | None:
    return current_text(kind=ConsentKind.STAFF_CODE, congress=congress)


def is_young_person(*, participant: Participant) -> bool:
    """In the youth flow: their code of conduct is a consent on their profile."""
    return YouthProfile.objects.filter(participant=participant).exists()


def has_accepted_participant_code(*, participant: Participant, code: ConsentText) -> bool:
    """Whether the participant accepted this version of the participant code."""
    return (
        ParticipantCodeAcceptance.objects.filter(participant=participant, text=code).exists()
        or Consent.objects.filter(
            profile__participant=participant, kind=ConsentKind.PARTICIPANT_CODE, text=code
        ).exists()
    )


def _acceptances(participant: Participant) -> list[tuple[int, CodeAcceptance]]:
    """(text id, acceptance) of every version accepted, the latest version first."""
    adults = ParticipantCodeAcceptance.objects.filter(participant=participant).select_related(
        "text", "recorded_by"
    )
    consents = Consent.objects.filter(
        profile__participant=participant, kind=ConsentKind.PARTICIPANT_CODE
    ).select_related("text", "recorded_by")
    found = [
        (a.text_id, CodeAcceptance(a.text.version, a.accepted_at, a.method, a.recorded_by)) for a in adults
    ] + [(c.text_id, CodeAcceptance(c.text.version, c.given_at, c.method, c.recorded_by)) for c in consents]
    return sorted(found, key=lambda pair: (pair[1].version, pair[1].accepted_at), reverse=True)


def participant_code_status(*, participant: Participant) -> ParticipantCodeStatus:
    """What the participant's page and the reviewers show: the code in force, and whether it is accepted."""
    code = current_participant_code(congress=participant.congress)
    accepted = _acceptances(participant)
    current = next((acceptance for text_id, acceptance in accepted if code and text_id == code.pk), None)
    return ParticipantCodeStatus(
        code=code,
        acceptance=current,
        earlier=None if current else next((acceptance for _id, acceptance in accepted), None),
        is_young_person=is_young_person(participant=participant),
    )


def is_staff_of(*, user, congress: Congress) -> bool:
    """A member of one of the congress's teams (a platform administrator without a team is not)."""
    if not getattr(user, "is_authenticated", False):
        return False
    return StaffMembership.objects.filter(user=user, team__congress=congress).exists()


def get_staff_member(*, congress: Congress, pk: int) -> User | None:
    """A member of one of the congress's teams, by their account's number."""
    return User.objects.filter(pk=pk, staff_memberships__team__congress=congress).distinct().first()


def get_training(*, congress: Congress, pk: int) -> SafeguardingTraining | None:
    return SafeguardingTraining.objects.filter(pk=pk, congress=congress).select_related("user").first()


def staff_code_acceptance(*, user, congress: Congress) -> StaffCodeAcceptance | None:
    """The user's acceptance of the latest version of the staff code they accepted at this congress."""
    return (
        StaffCodeAcceptance.objects.filter(user=user, congress=congress)
        .select_related("text")
        .order_by("-text__version", "-accepted_at")
        .first()
    )


def training_in_force(*, user, congress: Congress) -> SafeguardingTraining | None:
    return (
        SafeguardingTraining.objects.filter(user=user, congress=congress, removed_at__isnull=True)
        .select_related("recorded_by")
        .first()
    )


def is_trained_youth_staff(*, user, congress: Congress) -> bool:
    """A member of a team that works with young people, marked safeguarding-trained, who accepted the staff code
    in force (none published: nobody qualifies)."""
    if not getattr(user, "is_authenticated", False):
        return False
    code = current_staff_code(congress=congress)
    return (
        code is not None
        and StaffMembership.objects.filter(
            user=user, team__congress=congress, team__works_with_youth=True
        ).exists()
        and SafeguardingTraining.objects.filter(
            user=user, congress=congress, removed_at__isnull=True
        ).exists()
        and StaffCodeAcceptance.objects.filter(user=user, text=code).exists()
    )


def trained_user_ids(*, congress: Congress) -> set[int]:
    """The staff marked safeguarding-trained at this congress (for marks next to names)."""
    trainings = SafeguardingTraining.objects.filter(congress=congress, removed_at__isnull=True)
    return set(trainings.values_list("user_id", flat=True))


@dataclass
class YouthStaffRow:
    user: User
    teams: list = field(default_factory=list)
    acceptance: StaffCodeAcceptance | None = None  # of the latest version accepted
    training: SafeguardingTraining | None = None  # the mark in force
    code: ConsentText | None = None  # the staff code in force

    @property
    def has_accepted_current_code(self) -> bool:
        return (
            self.code is not None and self.acceptance is not None and self.acceptance.text_id == self.code.pk
        )

    @property
    def is_cleared(self) -> bool:
        """Trained and bound by the staff code in force: may work with young people."""
        return self.training is not None and self.has_accepted_current_code


def staff_working_with_youth(*, congress: Congress) -> list[YouthStaffRow]:
    """The members of the congress's teams that work with young people and of its officers' teams, by name, with
    their staff code acceptance and safeguarding training (four queries, however many people)."""
    memberships = (
        StaffMembership.objects.filter(team__congress=congress)
        .filter(Q(team__works_with_youth=True) | Q(team__is_safeguarding_officer=True))
        .select_related("user", "team")
        .order_by("user__full_name", "user__email", "team_id")
    )
    rows: dict[int, YouthStaffRow] = {}
    code = current_staff_code(congress=congress)
    for membership in memberships:
        row = rows.setdefault(membership.user_id, YouthStaffRow(user=membership.user, code=code))
        row.teams.append(membership.team)
    acceptances = StaffCodeAcceptance.objects.filter(user_id__in=rows, congress=congress).select_related(
        "text"
    )
    for acceptance in acceptances.order_by("text__version", "accepted_at"):
        rows[acceptance.user_id].acceptance = acceptance  # the latest version accepted stays
    trainings = SafeguardingTraining.objects.filter(
        congress=congress, user_id__in=rows, removed_at__isnull=True
    )
    for training in trainings.select_related("recorded_by"):
        rows[training.user_id].training = training
    return list(rows.values())
