"""Delegations: the secretariat creates them and invites focal points; focal points accept and upload the note
verbale. Nominating members is registration's job (plenaria.registration.services.nomination)."""

import secrets

from django.conf import settings
from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from plenaria.common.audit import log_action
from plenaria.common.errors import DomainError
from plenaria.common.mail import queue_templated_email

from .models import Delegation, FocalPoint, Organisation


class DelegationError(DomainError):
    messages = {
        "invitation_used": _("This invitation has already been accepted."),
        "invitation_other_email": _(
            "This invitation was sent to another e-mail address. Sign in with that address."
        ),
        "already_invited": _("This person is already a focal point of the delegation."),
    }


@transaction.atomic
def create_delegation(
    *, congress, organisation: Organisation, quota: int, actor, nomination_deadline=None
) -> Delegation:
    delegation = Delegation.objects.create(
        congress=congress, organisation=organisation, quota=quota, nomination_deadline=nomination_deadline
    )
    log_action(
        delegation,
        "delegations.delegation.created",
        actor=actor,
        data={"organisation": organisation.name, "quota": quota},
    )
    return delegation


@transaction.atomic
def change_quota(*, delegation: Delegation, quota: int, actor) -> Delegation:
    delegation = Delegation.objects.select_for_update().get(pk=delegation.pk)
    before, delegation.quota = delegation.quota, quota
    delegation.save(update_fields=["quota", "updated_at"])
    log_action(
        delegation,
        "delegations.delegation.quota_changed",
        actor=actor,
        data={"changes": {"quota": [before, quota]}},
    )
    return delegation


@transaction.atomic
def invite_focal_point(*, delegation: Delegation, email: str, actor, language: str) -> FocalPoint:
    """Invite someone to nominate the delegation: they receive a link to accept, in `language`."""
    email = email.strip().lower()
    if delegation.focal_points.filter(email=email).exists():
        raise DelegationError("already_invited")
    focal_point = FocalPoint.objects.create(
        delegation=delegation, email=email, token=secrets.token_urlsafe(32), invited_at=timezone.now()
    )
    log_action(
        focal_point,
        "delegations.focal_point.invited",
        actor=actor,
        congress_id=delegation.congress_id,
        data={"email": email},
    )
    queue_templated_email(
        to=email,
        template="delegations/email/focal_point_invitation",
        context={
            "delegation": delegation,
            "congress": delegation.congress,
            "focal_point": focal_point,
            "site_url": settings.SITE_URL,
            "language": language,
        },
        language=language,
        purpose="focal_point_invitation",
        congress_id=delegation.congress_id,
    )
    return focal_point


@transaction.atomic
def accept_focal_point_invitation(*, focal_point: FocalPoint, user) -> FocalPoint:
    """The invited person, signed in with the invited address, becomes the delegation's focal point."""
    focal_point = FocalPoint.objects.select_for_update().get(pk=focal_point.pk)
    if focal_point.accepted_at is not None:
        if focal_point.user_id == user.pk:
            return focal_point
        raise DelegationError("invitation_used")
    if user.email.lower() != focal_point.email:
        raise DelegationError("invitation_other_email")
    focal_point.user = user
    focal_point.accepted_at = timezone.now()
    focal_point.save(update_fields=["user", "accepted_at", "updated_at"])
    log_action(
        focal_point,
        "delegations.focal_point.accepted",
        actor=user,
        congress_id=focal_point.delegation.congress_id,
    )
    return focal_point


@transaction.atomic
def upload_note_verbale(*, delegation: Delegation, file, original_name: str, actor) -> Delegation:
    delegation = Delegation.objects.select_for_update().get(pk=delegation.pk)
    # Stored under the checked file's name, whose extension matches its content (see common.uploads).
    delegation.note_verbale.save(file.name, file, save=False)
    delegation.note_verbale_name = original_name[:250]
    delegation.note_verbale_uploaded_at = timezone.now()
    delegation.save(
        update_fields=["note_verbale", "note_verbale_name", "note_verbale_uploaded_at", "updated_at"]
    )
    log_action(delegation, "delegations.note_verbale.uploaded", actor=actor, data={"file": original_name})
    return delegation


ORGANISATION_FIELDS = ("kind", "name", "name_local", "acronym", "country", "ecosoc_status", "website")


@transaction.atomic
def save_organisation(*, organisation: Organisation, actor) -> Organisation:
    """Add an organisation to the register, or save changes to it."""
    is_new = organisation.pk is None
    before = (
        {}
        if is_new
        else dict(Organisation.objects.filter(pk=organisation.pk).values(*ORGANISATION_FIELDS).get())
    )
    organisation.full_clean()
    organisation.save()
    after = {name: getattr(organisation, name) for name in ORGANISATION_FIELDS}
    changes = {k: [before.get(k), str(v)] for k, v in after.items() if str(before.get(k, "")) != str(v)}
    log_action(
        organisation,
        f"delegations.organisation.{'created' if is_new else 'changed'}",
        actor=actor,
        data={"changes": changes},
    )
    return organisation
