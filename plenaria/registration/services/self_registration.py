"""Self-registration on the public site (NGOs, private sector, media…): a draft saved step by step, with its
documents, then sent to review once nothing required is missing."""

from allauth.account.models import EmailAddress
from django.contrib.auth import get_user_model
from django.db import transaction
from django.utils import timezone
from django.utils.translation import get_language

from plenaria.common.audit import log_action

from ..enums import RegistrationStatus
from ..errors import RegistrationError
from ..models import Participant, ParticipantCategory, ParticipantDocument
from ..selectors import first_stage, likely_duplicate, live_registration_of, missing_details
from .references import new_reference
from .status import change_status
from .submission import (
    announce_code_of_conduct_accepted,
    record_photo_and_undertaking,
    return_to_review_if_changed,
)


@transaction.atomic
def start_registration(*, category: ParticipantCategory, user) -> Participant:
    """The user's registration for the category's congress: the one they already have, or a new draft.

    A draft started in another category moves to this one (nothing has been reviewed yet); a registration already
    sent stays as it is, and the caller shows it."""
    # One registration per person and congress, even when two tabs start at once: the user's row is the lock.
    get_user_model().objects.select_for_update().filter(pk=user.pk).first()
    existing = live_registration_of(user=user, congress=category.congress)
    if existing is not None and existing.status != RegistrationStatus.DRAFT:
        return existing
    if not category.is_open_to_the_public:
        raise RegistrationError("category_closed")
    if existing is not None:
        if existing.category_id != category.pk:
            log_action(
                existing,
                "registration.participant.category_changed",
                actor=user,
                data={"from": existing.category.slug, "to": category.slug},
            )
            existing.category = category
            existing.save(update_fields=["category", "updated_at"])
        return existing
    participant = Participant.objects.create(
        congress=category.congress,
        category=category,
        user=user,
        status=RegistrationStatus.DRAFT,
        reference=new_reference(),
        email=user.email.strip().lower(),
        language=user.language or get_language() or "en",
    )
    log_action(
        participant, "registration.participant.draft_started", actor=user, data={"category": category.slug}
    )
    return participant


@transaction.atomic
def attach_document(*, participant: Participant, kind: str, upload, actor) -> ParticipantDocument:
    """Store a supporting document (already checked by content), replacing an earlier one of the same kind.

    A new document after a request for information (or, where the category says so, after approval) sends the
    registration back to review, as an edit of the details does."""
    participant = Participant.objects.select_for_update().select_related("category").get(pk=participant.pk)
    document = store_document(participant=participant, kind=kind, upload=upload, actor=actor)
    return_to_review_if_changed(participant=participant, actor=actor)
    return document


def store_document(*, participant: Participant, kind: str, upload, actor) -> ParticipantDocument:
    """The document itself, audited, without any effect on the review (`attach_document` is the participant's)."""
    replaced = list(participant.documents.filter(kind=kind))
    document = ParticipantDocument(
        participant=participant,
        kind=kind,
        original_name=upload.original_name[:250],
        content_type=upload.detected_type.mime,
        size=upload.size,
    )
    document.file.save(upload.name, upload, save=False)
    document.save()
    for old in replaced:
        old.file.delete(save=False)
        old.delete()
    log_action(
        participant,
        "registration.document.replaced" if replaced else "registration.document.added",
        actor=actor,
        data={"kind": kind, "file": document.original_name, "size": document.size},
    )
    return document


@transaction.atomic
def attach_photo(*, participant: Participant, photo, actor) -> None:
    """Store the badge photo (already checked by content); a new photo of an approved badge holder is reviewed."""
    participant = Participant.objects.select_for_update().select_related("category").get(pk=participant.pk)
    record_photo_and_undertaking(participant, photo=photo, accepts_code_of_conduct=False, actor=actor)
    return_to_review_if_changed(participant=participant, actor=actor)


@transaction.atomic
def submit_draft(
    *, participant: Participant, actor, accepts_code_of_conduct: bool, accepts_media_guidelines: bool
) -> Participant:
    """Send a complete draft to the first review stage. Sending it twice (a double click) changes nothing."""
    participant = Participant.objects.select_for_update().select_related("category").get(pk=participant.pk)
    if participant.status != RegistrationStatus.DRAFT:
        return participant
    if not participant.category.is_open:
        raise RegistrationError("category_closed")
    now = timezone.now()
    newly_accepted = accepts_code_of_conduct and participant.code_of_conduct_accepted_at is None
    if newly_accepted:
        participant.code_of_conduct_accepted_at = now
    if accepts_media_guidelines and participant.media_guidelines_accepted_at is None:
        participant.media_guidelines_accepted_at = now
    if missing_details(participant=participant):
        raise RegistrationError("registration_incomplete")
    participant.submitted_at = now
    participant.stage = first_stage(category=participant.category)
    participant.likely_duplicate_of = likely_duplicate(participant=participant)
    change_status(
        participant=participant,
        target=RegistrationStatus.SUBMITTED,
        actor=actor,
        extra_fields=(
            "submitted_at",
            "stage",
            "likely_duplicate_of",
            "code_of_conduct_accepted_at",
            "media_guidelines_accepted_at",
        ),
    )
    if newly_accepted:
        announce_code_of_conduct_accepted(participant)
    return participant


def link_registrations_to_account(*, user) -> int:
    """Attach to the account the registrations made for its verified e-mail addresses without one (a nominee whose
    focal point gave this address), so that the person finds them on their own page. Audited; returns how many."""
    verified = [address.lower() for address in verified_emails(user)]
    if not verified:
        return 0
    linked = 0
    for participant in Participant.objects.filter(user__isnull=True, email__in=verified):
        participant.user = user
        participant.save(update_fields=["user", "updated_at"])
        log_action(participant, "registration.participant.linked_to_account", actor=user, data={})
        linked += 1
    return linked


def verified_emails(user) -> list[str]:
    return list(EmailAddress.objects.filter(user=user, verified=True).values_list("email", flat=True))
