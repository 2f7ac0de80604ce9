import rules
from django import template

register = template.Library()


@register.simple_tag(takes_context=True)
def can_handle_concerns(context, congress) -> bool:
    """For the back-office sidebar: is the signed-in user a safeguarding officer of `congress`?

    `user.has_perm` (through the lazy `request.user`) reaches the rule with the real user object, whose team flags
    the back-office view has already loaded: no query on every page. A platform administrator passes any
    `user.has_perm`, so for them the officers' rule itself is asked (`rules.has_perm`)."""
    user = getattr(context.get("request"), "user", None)
    if congress is None or user is None or not user.is_authenticated:
        return False
    if user.is_superuser:
        return rules.has_perm("concerns.view_concerns", user, congress)
    return user.has_perm("concerns.see_concerns_in_menu", congress)
