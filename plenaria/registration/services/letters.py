"""Confirmation and visa-support letters. Each issued letter has a verification code that /verify/<code>/
confirms, so an embassy can check a letter it is shown. A change to the participant's details that sends the
registration back to review revokes the letters issued before."""

import secrets

from django.conf import settings
from django.db import transaction
from django.utils import timezone, translation

from plenaria.common.audit import log_action
from plenaria.common.i18n_content import localize

from .. import letters
from ..enums import LetterKind, RegistrationStatus
from ..errors import RegistrationError
from ..models import IssuedLetter, Participant

CODE_ALPHABET = "23456789ABCDEFGHJKLMNPQRSTUVWXYZ"
PASSPORT_FIELDS = (
    "passport_full_name",
    "passport_number",
    "passport_expires_on",
    "date_of_birth",
    "nationality",
)


def _new_code() -> str:
    body = "".join(secrets.choice(CODE_ALPHABET) for _ in range(16))
    return "-".join(body[i : i + 4] for i in range(0, 16, 4))


def letter_availability(*, participant: Participant, kind: str) -> str | None:
    """None when the letter can be issued, else the error code that says why not."""
    if participant.status != RegistrationStatus.APPROVED:
        return "letter_not_approved"
    if kind == LetterKind.VISA:
        if not participant.needs_visa_letter:
            return "visa_letter_not_requested"
        if not all(getattr(participant, name) for name in PASSPORT_FIELDS):
            return "passport_details_missing"
    return None


@transaction.atomic
def issue_letter(*, participant: Participant, kind: str, actor) -> IssuedLetter:
    """The letter of this kind in force for the participant, issuing one (with a new code) if there is none."""
    participant = Participant.objects.select_for_update().get(pk=participant.pk)
    problem = letter_availability(participant=participant, kind=kind)
    if problem:
        raise RegistrationError(problem)
    letter = participant.letters.filter(kind=kind, revoked_at__isnull=True).first()
    if letter is None:
        letter = IssuedLetter.objects.create(participant=participant, kind=kind, code=_new_code())
        log_action(participant, f"registration.letter.{kind}_issued", actor=actor, data={"code": letter.code})
    return letter


def revoke_letters(*, participant: Participant, actor) -> int:
    revoked = participant.letters.filter(revoked_at__isnull=True).update(revoked_at=timezone.now())
    if revoked:
        log_action(participant, "registration.letter.revoked", actor=actor, data={"count": revoked})
    return revoked


def render_letter(*, letter: IssuedLetter) -> bytes:
    """The PDF of an issued letter, in the participant's language, from their current details."""
    participant = letter.participant
    with translation.override(participant.language):
        common = _common_data(participant, letter)
        if letter.kind == LetterKind.CONFIRMATION:
            return letters.render_confirmation_letter(
                letters.LetterData(
                    **common,
                    participant_name=participant.display_name,
                    participant_title=participant.title,
                    name_in_own_script=participant.name_in_own_script,
                )
            )
        return letters.render_visa_letter(
            letters.VisaLetterData(
                **common,
                passport_full_name=participant.passport_full_name,
                nationality=str(participant.nationality.name),
                date_of_birth=participant.date_of_birth,
                passport_number=participant.passport_number,
                passport_expires_on=participant.passport_expires_on,
                passport_issued_by=str(participant.passport_issuing_country.name or ""),
            )
        )


def _common_data(participant: Participant, letter: IssuedLetter) -> dict:
    congress = participant.congress
    main = congress.events.filter(kind="main").first()
    return {
        "congress": letters.CongressDetails(
            name=localize(congress.name).text,
            host=localize(congress.host).text,
            co_organisers=localize(congress.co_organisers).text,
            city=localize(congress.city).text,
            country=str(congress.country.name),
            venue=localize(main.venue).text if main else "",
            starts_on=congress.starts_on,
            ends_on=congress.ends_on,
        ),
        "signatory": letters.Signatory(
            name=congress.letter_signatory_name, title=localize(congress.letter_signatory_title).text
        ),
        "issued_on": timezone.localdate(letter.issued_at),
        "reference": participant.reference,
        "verification_code": letter.code,
        "site_url": settings.SITE_URL,
        "category": localize(participant.category.name).text,
        "organisation": participant.organisation_name if not participant.delegation_id else "",
        "delegation": participant.delegation.organisation.name if participant.delegation_id else "",
    }
