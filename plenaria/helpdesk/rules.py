"""Who may work which queue of the inquiry desk.

A queue is a staff team's: its members see, answer and act on the inquiries routed or transferred to it, and no
other team's. The host secretariat (the team that the routing rules name in the secretariat role) also sees the
inquiries that no rule routed, the figures of every queue, and sets the routing rules and the desk's settings.

Check these with `rules.has_perm(name, user, obj)`, never `user.has_perm`: Django lets every active superuser
pass `user.has_perm` before any rule is asked, and a platform administrator is not a member of a co-organiser's
team.
"""

import rules

from plenaria.congresses.selectors import staff_permissions_for

from .selectors import desk_team_ids_of, is_secretariat_desk_member


@rules.predicate
def works_queue_of_team(user, team) -> bool:
    return team is not None and team.pk in desk_team_ids_of(user=user, congress=team.congress)


@rules.predicate
def handles_inquiry(user, inquiry) -> bool:
    """A member of the team whose queue holds the inquiry; for an unrouted inquiry, the secretariat."""
    if inquiry is None:
        return False
    if inquiry.team_id is None:
        return is_secretariat_desk_member(user=user, congress=inquiry.congress)
    return inquiry.team_id in desk_team_ids_of(user=user, congress=inquiry.congress)


@rules.predicate
def is_desk_member(user, congress) -> bool:
    return congress is not None and bool(desk_team_ids_of(user=user, congress=congress))


@rules.predicate
def is_secretariat_desk(user, congress) -> bool:
    return congress is not None and is_secretariat_desk_member(user=user, congress=congress)


@rules.predicate
def has_team_in_congress(user, congress) -> bool:
    """Any team member works a queue (their team's). Read from the team flags loaded once per request, for the
    back-office menu only: it grants nothing by itself (a superuser's flags include "member")."""
    return congress is not None and "member" in staff_permissions_for(user=user, congress=congress)


rules.add_perm("helpdesk.work_queue", works_queue_of_team)  # object: a StaffTeam
rules.add_perm("helpdesk.handle_inquiry", handles_inquiry)  # object: an Inquiry
rules.add_perm("helpdesk.use_desk", is_desk_member)  # object: the congress (menu, FAQ and canned answers)
rules.add_perm("helpdesk.oversee_desk", is_secretariat_desk)  # object: the congress (all figures, routing)
rules.add_perm("helpdesk.see_desk_in_menu", has_team_in_congress)  # object: the congress
