"""The inquiry desk's entries in the back office's sidebar."""

from dataclasses import dataclass

import rules
from django import template

register = template.Library()


@dataclass(frozen=True)
class DeskMenu:
    works_desk: bool = False  # "Inquiries", "Inquiry dashboard", "FAQ", "Canned answers"
    oversees_desk: bool = False  # "Routing of inquiries", on the desk's own pages


@register.simple_tag(takes_context=True)
def helpdesk_menu(context, congress) -> DeskMenu:
    """Which of the desk's links the user sees, at no query on most back-office pages.

    Every member of a congress team works a queue (their team's), so the team flags that the back-office view
    has already loaded say it. Whether the user is the secretariat costs a query: the routing link is asked for
    only on the desk's own pages. A platform administrator is asked the desk's rule itself (they hold every flag
    without being in a team)."""
    request = context.get("request")
    user = getattr(request, "user", None)
    if congress is None or not getattr(user, "is_authenticated", False):
        return DeskMenu()
    if user.is_superuser:
        works_desk = rules.has_perm("helpdesk.use_desk", user, congress)
    else:
        # `user.has_perm` through the lazy `request.user` reaches the rule with the real user object, whose team
        # flags the view has loaded already.
        works_desk = user.has_perm("helpdesk.see_desk_in_menu", congress)
    if not works_desk:
        return DeskMenu()
    on_desk_page = getattr(request.resolver_match, "namespace", "") == "helpdesk_manage"
    return DeskMenu(
        works_desk=True,
        oversees_desk=on_desk_page and rules.has_perm("helpdesk.oversee_desk", user, congress),
    )
