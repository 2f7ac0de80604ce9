"""Who may see young people's protected records. Objects: a congress, or a youth profile.

Only members of a team of the congress flagged "safeguarding officer" qualify. The flag is read from the teams
directly, not through `staff_permissions_for`, which grants a platform administrator every flag: medical notes and
guardian contacts are need-to-know, so an administrator who needs them joins an officers' team (and is audited).

Django's `user.has_perm` lets every active superuser through before asking any rule; `rules.has_perm(name, user,
obj)` asks the rule alone. The services (`read_protected_record`) and the pages must use the latter.
"""

import rules

from plenaria.congresses.models import StaffMembership


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


rules.add_perm("safeguarding.view_protected_record", is_safeguarding_officer_for_profile)
rules.add_perm("safeguarding.manage_youth_participant", is_safeguarding_officer_for_profile)
rules.add_perm("safeguarding.view_access_log", is_safeguarding_officer)
rules.add_perm("safeguarding.manage_safeguarding", is_safeguarding_officer)
