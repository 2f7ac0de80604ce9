"""Template helpers of the public inquiry pages and of the site header ("My questions")."""

from django import template
from django.utils.translation import pgettext_lazy

from ..enums import InquiryStatus

register = template.Library()

# The statuses in the requester's words: "Waiting for the requester" is the desk's view of the same state.
REQUESTER_STATUS = {
    InquiryStatus.NEW: pgettext_lazy("inquiry status, for the requester", "Received, not answered yet"),
    InquiryStatus.OPEN: pgettext_lazy("inquiry status, for the requester", "Being answered"),
    InquiryStatus.WAITING: pgettext_lazy("inquiry status, for the requester", "Answered"),
    InquiryStatus.CLOSED: pgettext_lazy("inquiry status, for the requester", "Closed"),
}


@register.filter
def requester_status(inquiry) -> str:
    return str(REQUESTER_STATUS.get(inquiry.status, inquiry.get_status_display()))


@register.inclusion_tag("helpdesk/public/_my_questions_link.html", takes_context=True)
def my_questions_link(context) -> dict:
    """The header's "My questions" entry, for a signed-in visitor outside the back office.

    Shown whether or not they have asked anything yet: finding out would cost a query on every page of every
    signed-in visitor, and "My questions" says what to do when the list is empty."""
    user = context.get("user")
    return {"show": bool(getattr(user, "is_authenticated", False)) and not context.get("backoffice")}
