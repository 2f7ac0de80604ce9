"""Receiving a concern from the public form, and telling the safeguarding officers that it arrived."""

import logging
import secrets
from dataclasses import dataclass

from django.conf import settings
from django.db import transaction
from django.urls import reverse
from django.utils import translation

from plenaria.common.audit import log_action
from plenaria.common.mail import queue_templated_email
from plenaria.congresses.models import Congress

from ..enums import ConcernActionKind, ConcernStatus
from ..models import Concern, ConcernAction
from ..selectors import safeguarding_officers

logger = logging.getLogger(__name__)

# No 0/O or 1/I: a child may read the reference aloud to an adult, or copy it by hand.
REFERENCE_ALPHABET = "23456789ABCDEFGHJKLMNPQRSTUVWXYZ"


@dataclass(frozen=True)
class ConcernReport:
    """What the reporter wrote and chose. Contact details are ignored when `is_anonymous` is set."""

    what_happened: str
    child_in_danger: str
    reporter_role: str
    language: str
    where_and_when: str = ""
    who_is_involved: str = ""
    is_anonymous: bool = False
    contact_name: str = ""
    contact_email: str = ""
    contact_phone: str = ""


def new_concern_reference() -> str:
    """A reference such as "C-7Q4M-2HXD": short, unambiguous, not guessable, not yet used."""
    while True:
        body = "".join(secrets.choice(REFERENCE_ALPHABET) for _ in range(8))
        reference = f"C-{body[:4]}-{body[4:]}"
        if not Concern.objects.filter(reference=reference).exists():
            return reference


@transaction.atomic
def report_concern(*, congress: Congress, report: ConcernReport) -> Concern:
    """Store a concern and tell the congress's safeguarding officers that one arrived.

    The reporter is never recorded as a user (nor in the audit log), even when signed in: an anonymous report
    must stay anonymous. An anonymous report keeps no contact details, whatever was typed."""
    contact = {} if report.is_anonymous else _contact_fields(report)
    concern = Concern.objects.create(
        congress=congress,
        reference=new_concern_reference(),
        child_in_danger=report.child_in_danger,
        reporter_role=report.reporter_role,
        language=report.language,
        what_happened=report.what_happened.strip(),
        where_and_when=report.where_and_when.strip() or None,
        who_is_involved=report.who_is_involved.strip() or None,
        is_anonymous=report.is_anonymous,
        **contact,
    )
    ConcernAction.objects.create(
        concern=concern, kind=ConcernActionKind.REPORTED, status_after=ConcernStatus.NEW
    )
    log_action(concern, "concerns.concern.reported", actor=None)
    notify_officers(concern=concern)
    return concern


def _contact_fields(report: ConcernReport) -> dict:
    return {
        "contact_name": report.contact_name.strip() or None,
        "contact_email": report.contact_email.strip() or None,
        "contact_phone": report.contact_phone.strip() or None,
    }


def concern_url(*, concern: Concern, language: str) -> str:
    """The officers' page of the concern, in `language`, as a full address for an e-mail."""
    with translation.override(language):
        path = reverse(
            "concerns_manage:concern-detail",
            kwargs={"congress_slug": concern.congress.slug, "reference": concern.reference},
        )
    return f"{settings.SITE_URL}{path}"


def notify_officers(*, concern: Concern) -> int:
    """E-mail each safeguarding officer of the congress, in their language. The e-mail names the reference and
    nothing else: e-mail travels and is kept outside Plenaria, the concern's content stays behind the sign-in."""
    officers = list(safeguarding_officers(congress=concern.congress))
    if not officers:
        logger.warning("Concern %s: the congress has no safeguarding officer to notify", concern.reference)
    for officer in officers:
        queue_templated_email(
            to=officer.email,
            template="concerns/email/concern_reported",
            context={
                "reference": concern.reference,
                "congress": concern.congress,
                "concern_url": concern_url(concern=concern, language=officer.language),
            },
            language=officer.language,
            purpose="concern_reported",
            congress_id=concern.congress_id,
        )
    return len(officers)
