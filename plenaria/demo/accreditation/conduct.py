"""Codes of conduct in the demo: each participant accepts the participant code before their last approval (the
gate refuses it otherwise), and the staff who work with young people accept the staff code and are marked
safeguarding-trained by the officer."""

import datetime

from plenaria.registration.models import Participant
from plenaria.registration.selectors import next_stage
from plenaria.safeguarding.enums import ConsentMethod
from plenaria.safeguarding.selectors_conduct import (
    current_participant_code,
    current_staff_code,
    is_young_person,
    staff_working_with_youth,
)
from plenaria.safeguarding.services.conduct import (
    accept_participant_code,
    accept_staff_code,
    record_safeguarding_training,
)

from .context import SeedContext

# The officers' safeguarding briefing for the staff of the youth event, three weeks before it.
TRAINED_ON = datetime.date(2001, 11, 20)


def accept_code_before_approval(ctx: SeedContext, participant: Participant) -> None:
    """Before the last stage's approval: online on their registration's page (a young person, on their own page),
    or a signed paper form the secretariat records for those without an account."""
    code = current_participant_code(congress=ctx.congress)
    if code is None or next_stage(stage=participant.stage) is not None:
        return
    online = participant.user_id is not None or is_young_person(participant=participant)
    accept_participant_code(
        participant=participant,
        text=code,
        language=participant.language,
        actor=participant.user if online else ctx.secretariat,
        method=ConsentMethod.ONLINE if online else ConsentMethod.PAPER,
    )


def seed_staff_conduct(ctx: SeedContext) -> None:
    """Once per person: the staff code accepted, and the safeguarding-trained mark."""
    code = current_staff_code(congress=ctx.congress)
    officer = ctx.staff.get("safeguarding")
    if code is None or officer is None:
        return
    for row in staff_working_with_youth(congress=ctx.congress):
        if not row.has_accepted_current_code:
            accept_staff_code(user=row.user, congress=ctx.congress, text=code, language=row.user.language)
        if row.training is None:
            record_safeguarding_training(
                user=row.user, congress=ctx.congress, trained_on=TRAINED_ON, actor=officer
            )
