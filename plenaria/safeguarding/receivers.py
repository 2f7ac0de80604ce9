"""Reactions to events from the apps below: an approved registration freezes a young person's eligibility."""

import logging

from django.dispatch import receiver

from plenaria.registration.signals import participant_accredited

from .errors import SafeguardingError
from .models import YouthProfile
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
