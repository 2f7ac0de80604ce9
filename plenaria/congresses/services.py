"""Changes to a congress, its site content and its teams. Each is audited and refreshes the public pages."""

from django.conf import settings
from django.db import models, transaction
from django.utils.translation import gettext_lazy as _

from plenaria.accounts.models import User
from plenaria.accounts.services import create_invited_user
from plenaria.common.audit import changes_between, log_action, snapshot
from plenaria.common.errors import DomainError
from plenaria.common.mail import queue_templated_email

from .models import Congress, StaffMembership, StaffTeam
from .public_cache import bump_public_cache


class CongressError(DomainError):
    messages = {
        "already_member": _("This person is already in the team."),
        "last_team_manager": _("The last person who can manage teams cannot be removed."),
        "last_manager_team": _(
            "This is the only team whose members can manage teams; it must keep that permission."
        ),
    }


def _editable_fields(instance: models.Model) -> list[str]:
    return [
        f.name
        for f in instance._meta.concrete_fields
        if f.editable and not f.primary_key and f.name not in {"congress", "created_at", "updated_at"}
    ]


def _label(instance: models.Model) -> str:
    return instance._meta.model_name


def _congress_id(instance: models.Model) -> int:
    return instance.pk if isinstance(instance, Congress) else instance.congress_id


# Site content (congress details, events, pages, figures, participation sections, contact points) has no rules
# beyond each model's own validation, so one create/update/delete trio serves all of it; what differs between
# the models is declared on the models and forms, not hidden here.


@transaction.atomic
def create_content(*, congress: Congress, instance: models.Model, actor: User) -> models.Model:
    """Add a piece of site content (an event, page, figure…) to `congress`."""
    instance.congress = congress
    instance.full_clean()
    instance.save()
    log_action(
        instance,
        f"congresses.{_label(instance)}.created",
        actor=actor,
        data={"values": snapshot(instance, _editable_fields(instance))},
    )
    bump_public_cache(congress.pk)
    return instance


@transaction.atomic
def update_content(*, instance: models.Model, before: dict, actor: User) -> models.Model:
    """Save an edited piece of content; `before` is `snapshot()` taken before the form changed it."""
    instance.full_clean()
    instance.save()
    changes = changes_between(before, snapshot(instance, _editable_fields(instance)))
    congress_id = _congress_id(instance)
    if changes:
        log_action(
            instance,
            f"congresses.{_label(instance)}.changed",
            actor=actor,
            congress_id=congress_id,  # a Congress has no `congress_id` for log_action to find
            data={"changes": changes},
        )
    bump_public_cache(congress_id)
    return instance


@transaction.atomic
def delete_content(*, instance: models.Model, actor: User) -> None:
    congress_id = _congress_id(instance)
    log_action(
        instance,
        f"congresses.{_label(instance)}.deleted",
        actor=actor,
        congress_id=congress_id,
        data={"values": snapshot(instance, _editable_fields(instance))},
    )
    instance.delete()
    bump_public_cache(congress_id)


def content_snapshot(instance: models.Model) -> dict:
    return snapshot(instance, _editable_fields(instance))


@transaction.atomic
def update_team(*, team: StaffTeam, before: dict, actor: User) -> StaffTeam:
    """Save an edited team. Like `remove_team_member`, it keeps someone in the congress able to manage teams."""
    if before.get("can_manage_teams") and not team.can_manage_teams:
        _lock_manager_teams(team.congress_id)
        other_managers = StaffMembership.objects.filter(
            team__congress_id=team.congress_id, team__can_manage_teams=True
        ).exclude(team_id=team.pk)
        if team.memberships.exists() and not other_managers.exists():
            raise CongressError("last_manager_team")
    return update_content(instance=team, before=before, actor=actor)


@transaction.atomic
def add_team_member(*, team: StaffTeam, email: str, actor: User, language: str) -> StaffMembership:
    """Put a person in a team. Someone without an account gets one, and an e-mail to set their password."""
    email = email.strip().lower()
    user = User.objects.filter(email__iexact=email).first()
    is_new_user = user is None
    if is_new_user:
        user = create_invited_user(email=email, language=language)
    if StaffMembership.objects.filter(team=team, user=user).exists():
        raise CongressError("already_member")
    membership = StaffMembership.objects.create(team=team, user=user)
    log_action(
        membership,
        "congresses.membership.created",
        actor=actor,
        congress_id=team.congress_id,
        data={"team": str(team), "user": email, "new_account": is_new_user},
    )
    queue_templated_email(
        to=email,
        template="congresses/email/team_membership",
        context={
            "team": team,
            "congress": team.congress,
            "is_new_user": is_new_user,
            "user": user,
            "site_url": settings.SITE_URL,
        },
        language=user.language,
        purpose="team_membership",
        congress_id=team.congress_id,
    )
    return membership


def _lock_manager_teams(congress_id: int) -> None:
    # Two managers removing each other (or unticking each other's team) at the same moment must not both succeed:
    # every change that can take away the last manager locks all manager teams of the congress first.
    list(StaffTeam.objects.select_for_update().filter(congress_id=congress_id, can_manage_teams=True))


@transaction.atomic
def remove_team_member(*, membership: StaffMembership, actor: User) -> None:
    """Take a person out of a team, unless they are the last one who can manage teams."""
    team = StaffTeam.objects.get(pk=membership.team_id)
    if team.can_manage_teams:
        _lock_manager_teams(team.congress_id)
        managers = StaffMembership.objects.filter(
            team__congress_id=team.congress_id, team__can_manage_teams=True
        )
        if managers.exclude(pk=membership.pk).count() == 0:
            raise CongressError("last_team_manager")
    log_action(
        membership,
        "congresses.membership.deleted",
        actor=actor,
        congress_id=team.congress_id,
        data={"team": str(team), "user": membership.user.email},
    )
    membership.delete()
