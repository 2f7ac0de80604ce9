"""Individual registration: NGOs, private sector, media and anyone the category rules allow."""

from django.db import IntegrityError, transaction
from django.utils import timezone
from django.utils.translation import get_language

from plenaria.common.audit import log_action

from ..enums import RegistrationStatus
from ..errors import RegistrationError
from ..models import Participant, ParticipantCategory
from ..selectors import first_stage, likely_duplicate
from ..signals import code_of_conduct_accepted
from .letters import revoke_letters
from .references import new_reference
from .status import change_status, notify_participant

PERSONAL_FIELDS = (
    "given_name",
    "family_name",
    "name_in_own_script",
    "title",
    "organisation_name",
    "ecosoc_status",
    "date_of_birth",
    "nationality",
    "language",
    "languages_spoken",
    "dietary_needs",
    "accessibility_needs",
    "needs_visa_letter",
    "passport_full_name",
    "passport_number",
    "passport_expires_on",
    "passport_issuing_country",
)


def submit_registration(
    *, category: ParticipantCategory, email: str, details: dict, submission_key: str, user=None
) -> Participant:
    """Register one person and send the registration to review.

    `submission_key` comes from the form: submitting the same form twice (a double click, a retried request)
    returns the registration created the first time instead of creating a second one."""
    existing = Participant.objects.filter(submission_key=submission_key).first()
    if existing is not None:
        return existing
    if not category.is_open:
        raise RegistrationError("category_closed")
    try:
        with transaction.atomic():
            participant = _create_submitted(category, email, details, submission_key, user)
    except IntegrityError:  # the same key won a race in another request
        return Participant.objects.get(submission_key=submission_key)
    return participant


def _create_submitted(category, email, details, submission_key, user) -> Participant:
    now = timezone.now()
    participant = Participant(
        congress=category.congress,
        category=category,
        user=user,
        status=RegistrationStatus.SUBMITTED,
        stage=first_stage(category=category),
        reference=new_reference(),
        email=email.strip().lower(),
        submission_key=submission_key,
        submitted_at=now,
        code_of_conduct_accepted_at=now,
        media_guidelines_accepted_at=now if category.requires_media_guidelines else None,
        **{name: value for name, value in details.items() if name in PERSONAL_FIELDS},
    )
    participant.save()
    participant.likely_duplicate_of = likely_duplicate(participant=participant)
    if participant.likely_duplicate_of:
        participant.save(update_fields=["likely_duplicate_of"])
    log_action(
        participant,
        "registration.participant.submitted",
        actor=user,
        data={
            "category": category.slug,
            "likely_duplicate_of": getattr(participant.likely_duplicate_of, "reference", None),
        },
    )
    announce_code_of_conduct_accepted(participant)
    # In the same transaction: the outbox row commits (or rolls back) with the registration, in one commit.
    notify_participant(participant, reason="")
    return participant


def announce_code_of_conduct_accepted(participant: Participant) -> None:
    """Tell the apps above that the code of conduct was accepted on a form read in the current language."""
    code_of_conduct_accepted.send(sender=Participant, participant=participant, language=get_language())


@transaction.atomic
def update_registration(*, participant: Participant, details: dict, actor) -> Participant:
    """The participant edits their details. After a request for information, or (where the category says so)
    after approval, the registration goes back to review."""
    participant = Participant.objects.select_for_update().get(pk=participant.pk)
    before = {name: str(getattr(participant, name)) for name in details if name in PERSONAL_FIELDS}
    for name, value in details.items():
        if name in PERSONAL_FIELDS:
            setattr(participant, name, value)
    participant.save()
    changes = {
        k: [v, str(getattr(participant, k))] for k, v in before.items() if str(getattr(participant, k)) != v
    }
    for secret in ("passport_number", "passport_full_name"):  # never copy secrets into the audit log
        if secret in changes:
            changes[secret] = ["…", "…"]
    if changes:
        log_action(participant, "registration.participant.changed", actor=actor, data={"changes": changes})
    return_to_review_if_changed(participant=participant, actor=actor, changed=bool(changes))
    return participant


def return_to_review_if_changed(*, participant: Participant, actor, changed: bool = True) -> None:
    """After the participant's edit (`participant` locked by the caller): an answer to a request for information
    goes back to the first review stage, and so does a change after approval where the category says so."""
    back_to_review = participant.status == RegistrationStatus.INFO_REQUESTED or (
        participant.status == RegistrationStatus.APPROVED
        and participant.category.needs_review_after_change
        and changed
    )
    if not back_to_review:
        return
    revoke_letters(participant=participant, actor=actor)
    participant.stage = first_stage(category=participant.category)
    participant.info_request = ""
    change_status(
        participant=participant,
        target=RegistrationStatus.SUBMITTED,
        actor=actor,
        extra_fields=("stage", "info_request"),
    )


def record_photo_and_undertaking(
    participant: Participant, *, photo, accepts_code_of_conduct: bool, actor
) -> None:
    """Store the badge photo (already checked by content) and the acceptance of the code of conduct, audited."""
    fields = []
    if photo is not None:
        participant.photo.save(photo.name, photo, save=False)
        fields.append("photo")
    if accepts_code_of_conduct and participant.code_of_conduct_accepted_at is None:
        participant.code_of_conduct_accepted_at = timezone.now()
        fields.append("code_of_conduct_accepted_at")
    if fields:
        participant.save(update_fields=[*fields, "updated_at"])
        log_action(participant, "registration.participant.changed", actor=actor, data={"fields": fields})
    if "code_of_conduct_accepted_at" in fields:
        announce_code_of_conduct_accepted(participant)
