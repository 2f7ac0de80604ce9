"""A double submission under real concurrent transactions: the unique submission key must keep one inquiry.

Only PostgreSQL runs the requests truly at once (CI runs it there); SQLite serialises whole write transactions."""

import pytest

from plenaria.common.models import OutboundEmail
from plenaria.helpdesk.models import Inquiry
from plenaria.helpdesk.services.inquiries import InquiryRequest, submit_inquiry
from tests.concurrency import POSTGRESQL_ONLY, run_at_once

pytestmark = [
    pytest.mark.integration,
    pytest.mark.django_db(transaction=True),
    POSTGRESQL_ONLY,
]


def test_submit_inquiry_eight_times_at_once_with_one_key_stores_one_inquiry(routed_congress):
    request = InquiryRequest(
        "government", "visa_travel", "ja", "Tanaka", "tanaka@example.jp", "Visa for Yokohama?"
    )
    results = []

    errors = run_at_once(
        [
            lambda: results.append(
                submit_inquiry(congress=routed_congress, request=request, submission_key="k1").pk
            )
            for _ in range(8)
        ]
    )

    assert errors == []
    assert Inquiry.objects.count() == 1
    assert results == [Inquiry.objects.get().pk] * 8
    assert OutboundEmail.objects.count() == 1
