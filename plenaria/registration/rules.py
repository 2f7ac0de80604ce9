"""Who may see and decide registrations. Objects: a congress (queues), a participant, a delegation."""

import rules

from plenaria.congresses.selectors import staff_permissions_for
from plenaria.delegations.selectors import is_focal_point_of

from .enums import StageKind


@rules.predicate
def is_congress_staff(user, congress) -> bool:
    return congress is not None and "member" in staff_permissions_for(user=user, congress=congress)


@rules.predicate
def can_manage_accreditation(user, congress) -> bool:
    """The secretariat: categories, delegations, focal points, quotas, the List of Participants."""
    return congress is not None and "can_change_congress" in staff_permissions_for(
        user=user, congress=congress
    )


@rules.predicate
def reviews_participant(user, participant) -> bool:
    """A member of the team that reviews the participant's category, or of the team of its current stage."""
    if participant is None or not getattr(user, "is_authenticated", False):
        return False
    if user.is_superuser:
        return True
    team_ids = {participant.category.reviewing_team_id}
    if participant.stage_id and participant.stage.team_id:
        team_ids.add(participant.stage.team_id)
    return user.staff_memberships.filter(team_id__in=team_ids).exists()


@rules.predicate
def decides_at_current_stage(user, participant) -> bool:
    """The team of the current stage decides; without a stage team, the team that reviews the category. A
    category's team sees a registration through every stage but cannot decide at, say, a security screening."""
    if participant is None or not getattr(user, "is_authenticated", False):
        return False
    if user.is_superuser:
        return True
    stage = participant.stage if participant.stage_id else None
    team_id = stage.team_id if stage is not None and stage.team_id else participant.category.reviewing_team_id
    return user.staff_memberships.filter(team_id=team_id).exists()


@rules.predicate
def is_secretariat_for_participant(user, participant) -> bool:
    """The secretariat oversees every registration of its congress (it decides only where it is a stage's team)."""
    return participant is not None and can_manage_accreditation(user, participant.congress)


@rules.predicate
def is_focal_point_for_participant(user, participant) -> bool:
    return (
        participant is not None
        and participant.delegation_id is not None
        and is_focal_point_of(user=user, delegation=participant.delegation)
    )


@rules.predicate
def is_the_participant(user, participant) -> bool:
    return participant is not None and participant.user_id is not None and participant.user_id == user.pk


@rules.predicate
def is_focal_point_of_delegation(user, delegation) -> bool:
    return is_focal_point_of(user=user, delegation=delegation)


@rules.predicate
def decides_at_focal_point_stage(user, participant) -> bool:
    """At a "focal point pre-approval" stage, the delegation's focal point decides (Kyoto-style)."""
    return (
        participant is not None
        and participant.stage_id is not None
        and participant.stage.kind == StageKind.FOCAL_POINT
        and is_focal_point_for_participant(user, participant)
    )


rules.add_perm("registration.view_queue", is_congress_staff)
rules.add_perm("registration.manage_accreditation", can_manage_accreditation)
rules.add_perm(
    "registration.view_participant",
    reviews_participant
    | is_secretariat_for_participant
    | is_focal_point_for_participant
    | is_the_participant,
)
rules.add_perm("registration.decide_participant", decides_at_current_stage | decides_at_focal_point_stage)
rules.add_perm("registration.edit_participant", is_focal_point_for_participant | is_the_participant)
rules.add_perm("registration.nominate_members", is_focal_point_of_delegation)
