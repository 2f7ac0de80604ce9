"""The news's entry in the back office's sidebar."""

from django import template

from .. import rules

register = template.Library()


@register.simple_tag(takes_context=True)
def news_menu(context, congress) -> bool:
    """Whether the user sees "News": the congress's news editors do, at no query on back-office pages.

    `user.has_perm` through the lazy `request.user` reaches the rule with the real user object, whose team flags
    the back-office view has loaded already. A platform administrator is asked the rule itself (Django lets a
    superuser pass `user.has_perm` without asking it)."""
    request = context.get("request")
    user = getattr(request, "user", None)
    if congress is None or not getattr(user, "is_authenticated", False):
        return False
    if user.is_superuser:
        return rules.may_edit_news(user, congress)
    return user.has_perm(rules.EDIT_NEWS, congress)
