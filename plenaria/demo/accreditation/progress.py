"""Taking a demo registration to its target (see plans.py), the way the focal point and the reviewers would have:
through the review services, by the staff member of the team that reviews each stage."""

import random
from collections.abc import Callable

from plenaria.accounts.models import User
from plenaria.registration.enums import RegistrationStatus, ReviewDecision, StageKind
from plenaria.registration.models import Participant
from plenaria.registration.services.nomination import (
    Nominee,
    submit_nomination,
    substitute_member,
    withdraw_participant,
)
from plenaria.registration.services.review import decide_registration

from ..content import accreditation_2001 as data
from .conduct import accept_code_before_approval
from .context import SeedContext


def carry_out(
    ctx: SeedContext,
    participant: Participant,
    target: str,
    rng: random.Random,
    *,
    focal_user: User | None,
    kind: str,
    replacement: Callable[[Participant], Nominee] | None = None,
) -> None:
    """Take one registration to `target`. `kind`: "government", "igo", "ngo", "private_sector" or "media" (it
    chooses the reasons given); `replacement`: the nominee who replaces a substituted member."""
    participant.refresh_from_db()
    if participant.status == RegistrationStatus.NOMINATED and target not in ("nominated", "withdrawn"):
        participant = submit_nomination(participant=participant, actor=focal_user)
    if participant.status not in (RegistrationStatus.NOMINATED, RegistrationStatus.SUBMITTED):
        return  # moved by an earlier step (e.g. promoted from the waiting list)
    stages = participant.category.stages.count()
    action, _, stage = target.partition(":")
    stage = int(stage or 0)
    if action == "approved":
        _approve_stages(ctx, participant, stages, focal_user)
    elif action == "at":
        _approve_stages(ctx, participant, stage, focal_user)
    elif action in ("info", "rejected", "waitlisted"):
        participant = _approve_stages(ctx, participant, stage, focal_user)
        decision = {
            "info": ReviewDecision.REQUEST_INFO,
            "rejected": ReviewDecision.REJECT,
            "waitlisted": ReviewDecision.WAITLIST,
        }[action]
        _decide(ctx, participant, decision, focal_user, _reason(rng, kind, action, stage))
    elif action == "withdrawn":
        withdraw_participant(
            participant=participant,
            actor=focal_user or _actor_for(ctx, participant, None),
            reason=_reason(rng, kind, "withdrawn"),
        )
    elif action == "substituted":
        participant = _approve_stages(ctx, participant, 1, focal_user)
        new = substitute_member(
            participant=participant, replacement=replacement(participant), actor=focal_user
        )
        submit_nomination(participant=new, actor=focal_user)


def _actor_for(ctx: SeedContext, participant: Participant, focal_user: User | None) -> User | None:
    stage = participant.stage
    if stage is not None and stage.kind == StageKind.FOCAL_POINT:
        return focal_user
    team = stage.team if stage is not None and stage.team_id else participant.category.reviewing_team
    return ctx.staff.get(team.slug, ctx.secretariat)


def _decide(ctx, participant, decision, focal_user, reason="") -> Participant:
    if decision == ReviewDecision.APPROVE:
        accept_code_before_approval(ctx, participant)
    return decide_registration(
        participant=participant,
        decision=decision,
        actor=_actor_for(ctx, participant, focal_user),
        reason=reason,
    )


def _approve_stages(ctx, participant, count, focal_user) -> Participant:
    for _ in range(count):
        participant = _decide(ctx, participant, ReviewDecision.APPROVE, focal_user)
    return participant


def _reason(rng: random.Random, kind: str, action: str, stage: int = 0) -> str:
    """What the reviewer (or focal point) wrote: data.REASONS["<kind>_<action>"], else the NGO's."""
    reasons = data.REASONS
    if kind == "government" and action == "rejected":
        action = "rejected_focal_point" if stage == 0 else "rejected_secretariat"
    value = reasons.get(f"{kind}_{action}") or reasons[f"ngo_{action}"]
    return rng.choice(value) if isinstance(value, list) else value
