"""Who may see young people's protected records. Objects: a congress, or a youth profile.

Only members of a team of the congress flagged "safeguarding officer" qualify. The flag is read from the teams
directly, not through `staff_permissions_for`, which grants a platform administrator every flag: medical notes and
guardian contacts are need-to-know, so an administrator who needs them joins an officers' team (and is audited).

Django's `user.has_perm` lets every active superuser through before asking any rule; `rules.has_perm(name, user,
obj)` asks the rule alone. The services (`read_protected_record`) and the pages must use the latter.
"""

import rules

from plenaria.congresses.models import StaffMembership
from plenaria.congresses.selectors import staff_permissions_for

from . import selectors_conduct


def _is_officer_of(user, congress_id: int | None) -> bool:
    if congress_id is None or not getattr(user, "is_authenticated", False):
        return False
    return StaffMembership.objects.filter(
        user=user, team__congress_id=congress_id, team__is_safeguarding_officer=True
    ).exists()


@rules.predicate
def is_safeguarding_officer(user, congress) -> bool:
    return congress is not None and _is_officer_of(user, congress.pk)


@rules.predicate
def is_safeguarding_officer_for_profile(user, profile) -> bool:
    return profile is not None and _is_officer_of(user, profile.participant.congress_id)


@rules.predicate
def is_trained_youth_staff(user, congress) -> bool:
    """A member of a team working with young people, marked safeguarding-trained, bound by the staff code."""
    return congress is not None and selectors_conduct.is_trained_youth_staff(user=user, congress=congress)


@rules.predicate
def is_staff_member(user, congress) -> bool:
    """A member of one of the congress's teams (the staff code of conduct is for them)."""
    return congress is not None and selectors_conduct.is_staff_of(user=user, congress=congress)


@rules.predicate
def has_team_in_congress(user, congress) -> bool:
    """Among the user's team flags as loaded once per request for the back-office menu (no query). Grants nothing
    by itself (a superuser counts as a member): only for showing the menu entry."""
    return congress is not None and "member" in staff_permissions_for(user=user, congress=congress)


@rules.predicate
def has_youth_team_in_congress(user, congress) -> bool:
    """As `has_team_in_congress`, for a team flagged as working with young people (menu only, no query)."""
    return congress is not None and "works_with_youth" in staff_permissions_for(user=user, congress=congress)


rules.add_perm("safeguarding.view_protected_record", is_safeguarding_officer_for_profile)
rules.add_perm("safeguarding.manage_youth_participant", is_safeguarding_officer_for_profile)
rules.add_perm("safeguarding.view_access_log", is_safeguarding_officer)
rules.add_perm("safeguarding.manage_safeguarding", is_safeguarding_officer)
# object: the congress. Besides the officers, the trained staff of the teams that work with young people.
rules.add_perm("safeguarding.keep_register", is_safeguarding_officer | is_trained_youth_staff)
rules.add_perm("safeguarding.accept_staff_code", is_staff_member)  # object: the congress
rules.add_perm("safeguarding.record_training", is_safeguarding_officer)  # object: the congress
rules.add_perm("safeguarding.see_staff_code_in_menu", has_team_in_congress)  # object: the congress
rules.add_perm("safeguarding.see_register_in_menu", has_youth_team_in_congress)  # object: the congress
