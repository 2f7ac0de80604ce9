"""Reactions to what happens to a registration."""

from django.dispatch import receiver

from plenaria.registration.signals import participant_left

from .enums import RevocationReason
from .selectors import current_badge
from .services import revoke_badge


@receiver(participant_left, dispatch_uid="badges.revoke_badge_of_participant_who_left")
def revoke_badge_of_participant_who_left(sender, participant, actor, **kwargs):
    """A withdrawn or rejected registration's badge is revoked in the same transaction: a scan of it is refused."""
    badge = current_badge(participant=participant)
    if badge is not None:
        revoke_badge(badge=badge, actor=actor, reason=RevocationReason.REGISTRATION_WITHDRAWN)
