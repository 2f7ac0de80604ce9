"""Hand-written SQL read back as the ORM would read it (`common.sql_rows`), on SQLite and PostgreSQL alike."""

import datetime
import uuid

import pytest
from django.db import IntegrityError, connection, transaction
from django.utils import timezone

from plenaria.checkin.models import Scan
from plenaria.common.sql_rows import ColumnSet, RowInserter, attach
from plenaria.registration.models import Participant, ParticipantCategory
from plenaria.safeguarding.models import YouthProfile
from tests.factories.checkin import DeviceFactory
from tests.factories.registration import ParticipantFactory
from tests.factories.safeguarding import YouthProfileFactory

pytestmark = [pytest.mark.integration, pytest.mark.django_db]

PEOPLE = ColumnSet(Participant, "person", ("family_name", "category", "date_of_birth", "given_name"))
CATEGORIES = ColumnSet(ParticipantCategory, "category", ("name",))
PROFILES = ColumnSet(YouthProfile, "profile", ("participant", "pseudonym"))


def read_people(participant_ids: list[int]) -> list[Participant]:
    sql = (
        f"SELECT {PEOPLE.select()}, {CATEGORIES.select()}, {PROFILES.select()} FROM {PEOPLE.table()} "  # noqa: S608
        f"JOIN {CATEGORIES.table()} ON {CATEGORIES.column('id')} = {PEOPLE.column('category')} "
        f"LEFT JOIN {PROFILES.table()} ON {PROFILES.column('participant')} = {PEOPLE.column('id')} "
        f"WHERE {PEOPLE.column('id')} IN ({', '.join(['%s'] * len(participant_ids))}) ORDER BY {PEOPLE.column('id')}"
    )
    with connection.cursor() as cursor:
        cursor.execute(sql, participant_ids)
        rows = cursor.fetchall()
    people = []
    for row in rows:
        person = PEOPLE.build(row[: len(PEOPLE)])
        attach(person, "category", CATEGORIES.build(row[len(PEOPLE) : len(PEOPLE) + len(CATEGORIES)]))
        attach(person, "youth_profile", PROFILES.build(row[len(PEOPLE) + len(CATEGORIES) :]))
        people.append(person)
    return people


def test_columns_are_read_as_the_orm_reads_them_and_relations_cost_no_query(django_assert_num_queries):
    adult = ParticipantFactory(
        given_name="Aiko",
        family_name="Sato",
        date_of_birth=datetime.date(1961, 4, 2),
        category__name={"ja": "政府"},
    )
    young = YouthProfileFactory(pseudonym="Hikari").participant

    with django_assert_num_queries(1):
        first, second = read_people([adult.pk, young.pk])
        assert (first.given_name, first.family_name, first.date_of_birth) == (
            "Aiko",
            "Sato",
            adult.date_of_birth,
        )
        assert first.category.name == {"ja": "政府"}  # JSON decoded, dates as dates, on every database
        assert second.youth_profile.pseudonym == "Hikari"
        assert second.youth_profile.participant is second
        # The adult's profile was read too: there is none, and no query asks again.
        with pytest.raises(Participant.youth_profile.RelatedObjectDoesNotExist):
            first.youth_profile  # noqa: B018


def test_a_field_left_out_is_deferred_and_read_when_asked(django_assert_num_queries):
    participant = ParticipantFactory(email="aiko@example.jp")
    (read,) = read_people([participant.pk])

    with django_assert_num_queries(1):
        assert read.email == "aiko@example.jp"


def test_row_inserter_stores_the_instance_and_gives_it_its_key():
    device = DeviceFactory()
    inserter = RowInserter(Scan)
    scan = Scan(
        uuid=uuid.uuid4(),
        checkpoint=device.checkpoint,
        device=device,
        scanned_at=timezone.now(),
        result="refused",
        reason="unknown_badge",
    )

    inserter.insert(scan)

    stored = Scan.objects.get(pk=scan.pk)
    assert (stored.uuid, stored.device_id, stored.reason) == (scan.uuid, device.pk, "unknown_badge")
    assert not scan._state.adding


def test_row_inserter_raises_an_integrity_error_for_a_taken_unique_value_and_stores_nothing():
    device = DeviceFactory()
    inserter, scan_id = RowInserter(Scan), uuid.uuid4()
    fields = {
        "checkpoint": device.checkpoint,
        "device": device,
        "result": "refused",
        "reason": "unknown_badge",
    }
    inserter.insert(Scan(uuid=scan_id, scanned_at=timezone.now(), **fields))

    with pytest.raises(IntegrityError), transaction.atomic():
        inserter.insert(Scan(uuid=scan_id, scanned_at=timezone.now(), **fields))

    assert Scan.objects.filter(uuid=scan_id).count() == 1
