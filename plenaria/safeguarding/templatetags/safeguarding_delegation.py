"""The "Young people" section of registration's delegation page for focal points. Registration never imports the
safeguarding app: its template loads this tag, and safeguarding decides what the focal point sees."""

import rules
from django import template

from ..services.nomination import young_people_of_delegation, youth_places_of

register = template.Library()


@register.inclusion_tag("safeguarding/focal_point/_young_people.html", takes_context=True)
def young_people_section(context, delegation, nominations_closed=False) -> dict:
    """The delegation's young people (first name, events, status, whether the guardian has answered), their youth
    places and the link to nominate one; nothing for anyone but the delegation's focal point."""
    user = getattr(context.get("request"), "user", None)
    if user is None or not rules.has_perm("registration.nominate_members", user, delegation):
        return {"shown": False}
    return {
        "shown": True,
        "delegation": delegation,
        "young_people": list(young_people_of_delegation(delegation=delegation)),
        "places": youth_places_of(delegation=delegation),
        "nominations_closed": nominations_closed,
    }
