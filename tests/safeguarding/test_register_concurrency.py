"""The register under real concurrent transactions: two volunteers signing the same child in at the same moment
make one record, because each sign-in first locks the young person's row.

Only PostgreSQL has the row locks this proves (CI runs it there); SQLite serialises whole write transactions."""

import datetime

import pytest

from plenaria.safeguarding.models import AttendanceRecord
from plenaria.safeguarding.services.register import sign_in_young_person, sign_out_young_person
from tests.concurrency import POSTGRESQL_ONLY, run_at_once

pytestmark = [
    pytest.mark.integration,
    pytest.mark.django_db(transaction=True),
    POSTGRESQL_ONLY,
]

MORNING = datetime.datetime(2001, 12, 14, 0, 0, tzinfo=datetime.UTC)  # 9:00 in Kawasaki, second day


def test_sign_in_twice_at_once_makes_one_record(
    profile, youth_event, clear_fully, officer, make_staff, congress
):
    clear_fully(profile)
    other_volunteer = make_staff(congress, "is_safeguarding_officer")

    errors = run_at_once(
        [
            lambda actor=actor: sign_in_young_person(
                profile=profile, event=youth_event, actor=actor, at=MORNING
            )
            for actor in (officer, other_volunteer)
        ]
    )

    assert AttendanceRecord.objects.filter(profile=profile).count() == 1
    assert [error.code for error in errors] == ["already_signed_in"]


def test_sign_out_twice_at_once_records_one_adult(profile, youth_event, clear_fully, chaperone, officer):
    clear_fully(profile)
    record = sign_in_young_person(profile=profile, event=youth_event, actor=officer, at=MORNING)
    evening = MORNING + datetime.timedelta(hours=8)

    errors = run_at_once(
        [
            lambda: sign_out_young_person(record=record, collected_by=chaperone, actor=officer, at=evening)
            for _ in range(2)
        ]
    )

    record.refresh_from_db()
    assert [error.code for error in errors] == ["already_signed_out"]
    assert (record.signed_out_at, record.collected_by_chaperone) == (evening, chaperone)
