"""Reading a young person's protected record: officers only, each reading logged with its reason."""

from dataclasses import dataclass

import rules
from django.db import transaction

from plenaria.common.audit import log_action

from ..errors import SafeguardingError
from ..models import Consent, ProtectedRecordAccess, YouthProfile


@dataclass(frozen=True)
class ProtectedRecord:
    """What only the safeguarding officers see: guardian contacts, emergency data, medical notes and consents."""

    profile: YouthProfile
    guardian_name: str
    guardian_email: str
    guardian_phone: str
    emergency_contacts: str
    medical_notes: str
    consents: list[Consent]


def read_protected_record(*, profile: YouthProfile, user, reason: str) -> ProtectedRecord:
    """The protected record, for a safeguarding officer of the congress who says why they need it. The reading is
    logged before anything is returned; a refusal goes to the audit log (who tried, never the contents)."""
    congress_id = profile.participant.congress_id
    # rules.has_perm, not user.has_perm: a platform administrator is not an officer (see rules.py).
    if not rules.has_perm("safeguarding.view_protected_record", user, profile):
        log_action(profile, "safeguarding.protected_record.refused", actor=user, congress_id=congress_id)
        raise SafeguardingError("not_permitted")
    if not reason.strip():
        raise SafeguardingError("reason_required")
    with transaction.atomic():
        ProtectedRecordAccess.objects.create(
            congress_id=congress_id, profile=profile, user=user, reason=reason.strip()
        )
        fresh = YouthProfile.objects.select_related("participant").get(pk=profile.pk)
        consents = list(fresh.consents.select_related("text").order_by("kind", "-given_at"))
    return ProtectedRecord(
        profile=fresh,
        guardian_name=fresh.guardian_name or "",
        guardian_email=fresh.guardian_email or "",
        guardian_phone=fresh.guardian_phone or "",
        emergency_contacts=fresh.emergency_contacts or "",
        medical_notes=fresh.medical_notes or "",
        consents=consents,
    )
