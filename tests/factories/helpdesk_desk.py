"""Helpers for the tests of the desk's administration pages and dashboard."""

import datetime

from allauth.mfa.totp.internal.auth import TOTP

from plenaria.helpdesk.models import Inquiry
from tests.factories.accounts import UserFactory
from tests.factories.congresses import StaffMembershipFactory
from tests.factories.helpdesk import InquiryFactory

TOTP_SECRET = "JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP"


def desk_member(*teams, **user_fields):
    """A staff member of `teams` (with two-factor authentication set up, as the back office requires)."""
    user = UserFactory(**user_fields)
    for team in teams:
        StaffMembershipFactory(team=team, user=user)
    TOTP.activate(user, TOTP_SECRET)
    return user


def dated_inquiry(
    *,
    team,
    asked_at: datetime.datetime,
    answered_after: datetime.timedelta | None = None,
    closed_after: datetime.timedelta | None = None,
    **fields,
) -> Inquiry:
    """An inquiry asked at `asked_at`, answered and closed so long after (the timestamps the dashboard reads)."""
    if answered_after is not None:
        fields["first_response_at"] = asked_at + answered_after
    if closed_after is not None:
        fields.setdefault("status", "closed")
        fields["closed_at"] = asked_at + closed_after
    inquiry = InquiryFactory(congress=team.congress, team=team, **fields)
    # `created_at` is set on saving: date the inquiry afterwards.
    Inquiry.objects.filter(pk=inquiry.pk).update(created_at=asked_at)
    inquiry.refresh_from_db()
    return inquiry
