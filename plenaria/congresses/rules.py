"""Who may do what in a congress's back office. The object is always the congress."""

import rules

from .enums import TeamPermission
from .selectors import staff_permissions_for


def _has_flag(flag: str):
    @rules.predicate(name=f"has_{flag}")
    def predicate(user, congress) -> bool:
        return congress is not None and flag in staff_permissions_for(user=user, congress=congress)

    return predicate


@rules.predicate
def is_congress_staff(user, congress) -> bool:
    return congress is not None and "member" in staff_permissions_for(user=user, congress=congress)


can_change_congress = _has_flag(TeamPermission.CHANGE_CONGRESS)
can_change_content = _has_flag(TeamPermission.CHANGE_CONTENT)
can_manage_teams = _has_flag(TeamPermission.MANAGE_TEAMS)
can_view_audit_log = _has_flag(TeamPermission.VIEW_AUDIT_LOG)
can_view_outbox = _has_flag(TeamPermission.VIEW_OUTBOX)

rules.add_perm("congresses.view_backoffice", is_congress_staff)
rules.add_perm("congresses.change_congress", can_change_congress)
rules.add_perm("congresses.change_content", can_change_content)
rules.add_perm("congresses.manage_teams", can_manage_teams)
rules.add_perm("congresses.view_auditlog", can_view_audit_log)
rules.add_perm("congresses.view_outbox", can_view_outbox)
