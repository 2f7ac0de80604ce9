"""Issuing, reprinting, revoking and printing badges. Each write runs in a transaction and is audit-logged, with
ids and codes only in the log's data: never a name or a secret."""

from collections.abc import Iterable

from django.contrib.contenttypes.models import ContentType
from django.db import IntegrityError, transaction
from django.db.models import F
from django.utils import timezone

from plenaria.common.audit import log_action
from plenaria.common.models import ActionLog
from plenaria.congresses.models import Congress
from plenaria.registration.enums import RegistrationStatus
from plenaria.registration.models import Participant
from plenaria.safeguarding.enums import ClearanceReason
from plenaria.safeguarding.selectors import Clearance, clearance_for
from plenaria.safeguarding.selectors_clearance import clearances_of

from .enums import REPRINT_REASONS, BadgeStatus, RevocationReason
from .errors import BadgeError
from .models import Badge


def _not_cleared(clearance: Clearance) -> BadgeError:
    reasons = " ".join(str(ClearanceReason(code).label) for code in clearance.reasons)
    return BadgeError("not_cleared", f"{BadgeError.messages['not_cleared']} {reasons}")


def _check_may_have_badge(participant: Participant) -> None:
    """Accredited and, for a young person, cleared by safeguarding (which answers "cleared" for adults)."""
    if participant.status != RegistrationStatus.APPROVED:
        raise BadgeError("not_accredited")
    clearance = clearance_for(participant=participant)
    if not clearance.cleared:
        raise _not_cleared(clearance)


def holders_not_cleared(*, congress: Congress, badges: list[Badge]) -> dict[int, Clearance]:
    """The clearances, by badge id, of the badges' holders whom safeguarding does not clear now: a young person's
    consent or chaperone may have been withdrawn since the badge was issued. A few queries for any number."""
    participants = list({badge.participant_id: badge.participant for badge in badges}.values())
    clearances = clearances_of(congress=congress, participants=participants)
    return {
        badge.pk: clearances[badge.participant_id]
        for badge in badges
        if not clearances[badge.participant_id].cleared
    }


def _locked_participant(participant_id: int) -> Participant:
    """The participant's row lock serialises every desk that issues or reprints this person's badge."""
    return Participant.objects.select_for_update().get(pk=participant_id)


def _create_badge(participant: Participant, actor, replaces: Badge | None = None) -> Badge:
    try:
        with transaction.atomic():
            return Badge.objects.create(participant=participant, issued_by=actor, replaces=replaces)
    except IntegrityError as error:  # the partial unique constraint, where no row lock holds (SQLite)
        raise BadgeError("already_issued") from error


def _revoke(badge: Badge, actor, reason: str) -> None:
    badge.status = BadgeStatus.REVOKED
    badge.revoked_at = timezone.now()
    badge.revoked_by = actor
    badge.revocation_reason = reason
    badge.save(update_fields=["status", "revoked_at", "revoked_by", "revocation_reason", "updated_at"])


@transaction.atomic
def issue_badge(*, participant: Participant, actor) -> Badge:
    """Issue the first badge of an accredited (and, if young, cleared) participant who has no valid one."""
    participant = _locked_participant(participant.pk)
    _check_may_have_badge(participant)
    if Badge.objects.filter(participant=participant, status=BadgeStatus.ISSUED).exists():
        raise BadgeError("already_issued")
    badge = _create_badge(participant, actor)
    log_action(badge, "badges.badge.issued", actor=actor, congress_id=participant.congress_id)
    return badge


@transaction.atomic
def reprint_badge(*, badge: Badge, actor, reason: str) -> Badge:
    """Revoke a lost, damaged or outdated badge and issue its replacement, with a new secret."""
    if reason not in REPRINT_REASONS:
        raise BadgeError("invalid_reason")
    participant = _locked_participant(badge.participant_id)
    old = Badge.objects.select_for_update().get(pk=badge.pk)
    if old.is_revoked:
        raise BadgeError("already_revoked")
    _check_may_have_badge(participant)
    _revoke(old, actor, reason)
    new = _create_badge(participant, actor, replaces=old)
    congress_id = participant.congress_id
    log_action(old, "badges.badge.revoked", actor=actor, congress_id=congress_id, data={"reason": reason})
    log_action(new, "badges.badge.reprinted", actor=actor, congress_id=congress_id, data={"replaces": old.pk})
    return new


@transaction.atomic
def revoke_badge(*, badge: Badge, actor, reason: str) -> Badge:
    """Revoke a badge without a replacement: a scan of it is refused from now on."""
    if reason not in RevocationReason.values:
        raise BadgeError("invalid_reason")
    badge = Badge.objects.select_for_update(of=("self",)).select_related("participant").get(pk=badge.pk)
    if badge.is_revoked:
        raise BadgeError("already_revoked")
    _revoke(badge, actor, reason)
    log_action(
        badge,
        "badges.badge.revoked",
        actor=actor,
        congress_id=badge.participant.congress_id,
        data={"reason": reason},
    )
    return badge


@transaction.atomic
def record_printing(*, badges: Iterable[Badge], actor) -> list[Badge]:
    """Record that `badges` were printed (a batch or one at the desk): one audit entry per badge, one INSERT.
    A badge revoked since the batch was chosen is refused: its print would be turned away at the door; so is the
    badge of a young person whom safeguarding no longer clears."""
    ids = sorted({badge.pk for badge in badges})
    locked = list(
        Badge.objects.select_for_update(of=("self",))
        .select_related("participant__congress")
        .filter(pk__in=ids)
    )
    if any(badge.is_revoked for badge in locked):
        raise BadgeError("already_revoked")
    for congress_id in {badge.participant.congress_id for badge in locked}:
        of_congress = [badge for badge in locked if badge.participant.congress_id == congress_id]
        not_cleared = holders_not_cleared(congress=of_congress[0].participant.congress, badges=of_congress)
        if not_cleared:
            raise _not_cleared(next(iter(not_cleared.values())))
    now = timezone.now()
    Badge.objects.filter(pk__in=ids).update(printed_at=now, print_count=F("print_count") + 1, updated_at=now)
    printed = list(Badge.objects.filter(pk__in=ids).select_related("participant").order_by("pk"))
    _log_printing(printed, actor)
    return printed


def _log_printing(badges: list[Badge], actor) -> None:
    content_type = ContentType.objects.get_for_model(Badge)
    ActionLog.objects.bulk_create(
        ActionLog(
            actor=actor if getattr(actor, "is_authenticated", False) else None,
            action="badges.badge.printed",
            content_type=content_type,
            object_id=str(badge.pk),
            object_repr=str(badge)[:200],
            congress_id=badge.participant.congress_id,
            data={"print_count": badge.print_count},
        )
        for badge in badges
    )
