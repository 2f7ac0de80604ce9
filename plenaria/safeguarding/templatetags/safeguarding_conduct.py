"""Codes of conduct on pages of the apps below, which must not import safeguarding: the participant's registration
page (`{% participant_code_box participant %}`), the reviewers' page (`{% participant_code_review participant %}`),
the back-office menu (`{% can_see_staff_code congress as … %}`, `{% can_keep_register congress as … %}`) and the team list (`{% trained_staff_ids … %}`)."""

import rules
from django import template

from .. import selectors_conduct as conduct

register = template.Library()


@register.inclusion_tag("safeguarding/participant/conduct_box.html")
def participant_code_box(participant):
    """The participant's own page: accepted (when, which version), or a link to read and accept the code. A young
    person accepts theirs on their own page: only the status shows."""
    return {"participant": participant, "status": conduct.participant_code_status(participant=participant)}


@register.inclusion_tag("safeguarding/manage/conduct_review_box.html", takes_context=True)
def participant_code_review(context, participant):
    """The reviewers see the status before they approve; who may decide can record a signed paper form."""
    user = context["request"].user
    status = conduct.participant_code_status(participant=participant)
    return {
        "participant": participant,
        "status": status,
        "congress": participant.congress,
        "can_record": status.is_required
        and not status.is_accepted
        and rules.has_perm("registration.decide_participant", user, participant),
    }


@register.simple_tag(takes_context=True)
def can_see_staff_code(context, congress) -> bool:
    """For the back-office menu: is the signed-in user a member of staff of `congress`? No query for team
    members (their team flags are loaded already); a platform administrator is asked the rule itself."""
    user = getattr(context.get("request"), "user", None)
    if congress is None or user is None or not user.is_authenticated:
        return False
    if user.is_superuser:
        return rules.has_perm("safeguarding.accept_staff_code", user, congress)
    return user.has_perm("safeguarding.see_staff_code_in_menu", congress)


@register.simple_tag(takes_context=True)
def can_keep_register(context, congress) -> bool:
    """For the back-office menu: may the signed-in user keep the young people's sign-in register? (Officers see it
    among their links; this is for trained staff of a youth team.)"""
    user = getattr(context.get("request"), "user", None)
    if congress is None or user is None or not user.is_authenticated:
        return False
    if not user.is_superuser and not user.has_perm("safeguarding.see_register_in_menu", congress):
        return False  # the team flags are loaded already: no query for most staff
    return rules.has_perm("safeguarding.keep_register", user, congress)


@register.simple_tag
def trained_staff_ids(congress) -> set[int]:
    """The accounts marked safeguarding-trained at `congress`, to mark their names in a list (one query)."""
    return conduct.trained_user_ids(congress=congress) if congress is not None else set()
