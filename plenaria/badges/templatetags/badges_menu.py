"""The badges' entry in the back office's sidebar."""

from django import template

register = template.Library()


@register.simple_tag(takes_context=True)
def badges_menu(context, congress) -> bool:
    """Whether the user sees "Badges" and "Badge printing": the congress's secretariat (`badges.manage_badges`).

    `user.has_perm` through the lazy `request.user` reaches the rule with the real user object, whose team flags
    the back-office view has loaded already: no query."""
    request = context.get("request")
    user = getattr(request, "user", None)
    if congress is None or not getattr(user, "is_authenticated", False):
        return False
    return user.has_perm("badges.manage_badges", congress)
