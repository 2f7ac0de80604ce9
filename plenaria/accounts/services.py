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


def set_preferred_language(*, user: User, language: str) -> None:
    """Remember the language a signed-in user picked with the language switcher."""
    if user.language != language and language in dict(settings.LANGUAGES):
        user.language = language
        user.save(update_fields=["language"])
