from allauth.account.models import EmailAddress
from django.conf import settings

from plenaria.common.audit import changes_between, log_action, snapshot

from .models import User

PROFILE_FIELDS = ["full_name", "language"]


def update_profile(*, user: User, actor: User, full_name: str, language: str) -> User:
    """Change a user's name and preferred language (which their pages and e-mails then use)."""
    if language not in dict(settings.LANGUAGES):
        raise ValueError(f"unknown language {language!r}")
    before = snapshot(user, PROFILE_FIELDS)
    user.full_name = full_name.strip()
    user.language = language
    user.save(update_fields=PROFILE_FIELDS)
    changes = changes_between(before, snapshot(user, PROFILE_FIELDS))
    if changes:
        log_action(user, "accounts.profile.changed", actor=actor, data={"changes": changes})
    return user


def set_preferred_language(*, user: User, actor: User, language: str) -> None:
    """Remember the language a signed-in user picked with the language switcher (audited like the profile)."""
    if user.language == language or language not in dict(settings.LANGUAGES):
        return
    before = user.language
    user.language = language
    user.save(update_fields=["language"])
    log_action(
        user, "accounts.profile.changed", actor=actor, data={"changes": {"language": [before, language]}}
    )


def create_invited_user(*, email: str, language: str) -> User:
    """An account for someone the organisers add (to a team, say), who then chooses a password.

    It has no usable password: the invitation links to the password reset, which mails a key to this address.
    Only the owner of the address can therefore ever sign in, so the address counts as verified; otherwise the
    newcomer, right after choosing a password, would be asked to confirm the same address once more.
    """
    user = User.objects.create_user(email=email, password=None, language=language)
    EmailAddress.objects.create(user=user, email=user.email, verified=True, primary=True)
    return user
