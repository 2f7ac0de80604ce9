"""Reactions to events from the apps below: no accreditation without the participant code of conduct accepted (when
the congress publishes one), the version recorded when it is accepted on a registration form; an approved
registration freezes a young person's eligibility."""

import logging

from django.db.models.signals import post_delete, post_save
from django.dispatch import receiver

from plenaria.congresses.models import Congress, Event
from plenaria.registration.signals import (
    accreditation_requested,
    code_of_conduct_accepted,
    participant_accredited,
)

from .errors import SafeguardingError
from .models import YouthEventRules, YouthProfile
from .selectors_clearance import forget_age_limit
from .selectors_conduct import current_participant_code, has_accepted_participant_code
from .services.conduct import accept_participant_code
from .services.profiles import freeze_eligibility

logger = logging.getLogger(__name__)


@receiver(participant_accredited, dispatch_uid="safeguarding.freeze_eligibility_on_approval")
def freeze_eligibility_on_approval(sender, participant, **kwargs):
    profile = YouthProfile.objects.filter(participant=participant).first()
    if profile is None:
        return
    try:
        freeze_eligibility(profile=profile)
    except SafeguardingError as error:
        # Sent after the approval committed: refusing here would only hide the approval's own outcome.
        logger.warning("Eligibility of youth profile %s not frozen: %s", profile.pk, error.code)


@receiver(accreditation_requested, dispatch_uid="safeguarding.code_of_conduct_before_accreditation")
def require_code_of_conduct(sender, participant, **kwargs):
    """Refuse the approval (raise) while the participant code in force is not accepted; no code, no condition."""
    code = current_participant_code(congress=participant.congress)
    if code is not None and not has_accepted_participant_code(participant=participant, code=code):
        raise SafeguardingError("code_of_conduct_not_accepted")


@receiver(code_of_conduct_accepted, dispatch_uid="safeguarding.record_version_of_code_accepted")
def record_version_of_code_accepted(sender, participant, language, **kwargs):
    """An adult who ticked "I accept the code of conduct" on a registration form accepted the version in force: record
    it, so that they are not asked again. A young person accepts it on their own page, in their own words."""
    code = current_participant_code(congress=participant.congress)
    if code is None or YouthProfile.objects.filter(participant=participant).exists():
        return
    accept_participant_code(
        participant=participant, text=code, language=language or participant.language, actor=None
    )


@receiver(post_save, sender=Congress, dispatch_uid="safeguarding.forget_age_limit_on_congress")
@receiver([post_save, post_delete], sender=Event, dispatch_uid="safeguarding.forget_age_limit_on_event")
@receiver(
    [post_save, post_delete], sender=YouthEventRules, dispatch_uid="safeguarding.forget_age_limit_on_rules"
)
def forget_cached_age_limit(sender, instance, **kwargs):
    """The congress's or main event's dates or youth rules changed: who counts as a minor may have changed."""
    if sender is Congress:
        congress_id = instance.pk
    else:
        congress_id = instance.congress_id if sender is Event else instance.event.congress_id
    forget_age_limit(congress_id)
