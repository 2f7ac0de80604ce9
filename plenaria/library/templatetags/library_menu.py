"""The document library's entry in the back office's sidebar."""

import rules
from django import template

register = template.Library()


@register.simple_tag(takes_context=True)
def library_menu(context, congress) -> bool:
    """Whether the user sees "Documents": the document editors of the congress, at no query.

    `user.has_perm` through the lazy `request.user` reaches the rule with the real user object, whose team flags
    the back-office view has loaded already. A platform administrator is asked the rule itself (Django lets every
    superuser pass `user.has_perm` before any rule is asked)."""
    request = context.get("request")
    user = getattr(request, "user", None)
    if congress is None or not getattr(user, "is_authenticated", False):
        return False
    if user.is_superuser:
        return rules.has_perm("library.edit_documents", user, congress)
    return user.has_perm("library.edit_documents", congress)
