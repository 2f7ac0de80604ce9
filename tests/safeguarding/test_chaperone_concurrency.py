"""The chaperone ratio under real concurrent transactions: the row lock on the chaperone must serialise them.

Only PostgreSQL has the row locks this proves (CI runs it there); SQLite serialises whole write transactions."""

import pytest

from plenaria.safeguarding.services.chaperones import assign_chaperone
from tests.concurrency import POSTGRESQL_ONLY, run_at_once
from tests.factories.accounts import UserFactory
from tests.factories.safeguarding import YouthParticipantFactory, YouthProfileFactory

pytestmark = [
    pytest.mark.integration,
    pytest.mark.django_db(transaction=True),
    POSTGRESQL_ONLY,
]


def test_assign_chaperone_nine_at_once_never_exceeds_the_ratio(youth_category, youth_event, chaperone):
    minors = [
        YouthProfileFactory(
            participant=YouthParticipantFactory(category=youth_category), events=[youth_event]
        )
        for _ in range(9)
    ]
    actor = UserFactory()

    errors = run_at_once(
        [lambda m=m: assign_chaperone(minor_profile=m, chaperone=chaperone, actor=actor) for m in minors]
    )

    assert chaperone.minors.count() == 5
    assert sorted(error.code for error in errors) == ["chaperone_ratio_exceeded"] * 4
