"""The incident log: append-only (in the code and in the database), transitions, and an audit trail without text."""

import pytest
from django.db import DatabaseError, IntegrityError, connection, transaction

from plenaria.common.models import ActionLog
from plenaria.concerns.enums import ConcernActionKind, ConcernStatus
from plenaria.concerns.errors import ConcernError
from plenaria.concerns.models import Concern, ConcernAction, ConcernReading
from plenaria.concerns.services import handling
from tests.factories.concerns import ConcernFactory

pytestmark = [pytest.mark.integration, pytest.mark.django_db]


@pytest.fixture
def concern(congress):
    return ConcernFactory(congress=congress)


@pytest.fixture
def noted(concern, officer):
    return handling.add_concern_note(concern=concern, actor=officer, note="Spoke with the chaperone.")


def test_incident_log_entry_cannot_be_changed_or_deleted_through_the_models(noted):
    noted.note = "Nothing happened."

    with pytest.raises(TypeError, match="append-only"):
        noted.save()
    with pytest.raises(TypeError, match="append-only"):
        ConcernAction.objects.filter(pk=noted.pk).update(note="Nothing happened.")
    with pytest.raises(TypeError, match="append-only"):
        noted.delete()
    with pytest.raises(TypeError, match="append-only"):
        ConcernAction.objects.all().delete()
    assert ConcernAction.objects.get().note == "Spoke with the chaperone."


@pytest.mark.parametrize("table", ["concerns_concernaction", "concerns_concernreading"])
def test_incident_log_database_refuses_an_update_by_raw_sql(noted, concern, officer, table):
    handling.read_concern(concern=concern, user=officer)

    with pytest.raises(DatabaseError), transaction.atomic(), connection.cursor() as cursor:
        cursor.execute(f"UPDATE {table} SET concern_id = concern_id")  # noqa: S608

    assert ConcernAction.objects.get().note == "Spoke with the chaperone."


def test_incident_log_reading_cannot_be_changed(concern, officer):
    reading = handling.read_concern(concern=concern, user=officer)

    with pytest.raises(TypeError, match="append-only"):
        reading.save()
    assert ConcernReading.objects.count() == 1


def test_incident_log_whole_concern_can_still_be_deleted_with_its_log(noted, concern):
    concern.delete()

    assert (Concern.objects.count(), ConcernAction.objects.count()) == (0, 0)


def test_concern_anonymous_with_contact_details_violates_the_database_constraint(congress):
    with pytest.raises(IntegrityError), transaction.atomic():
        ConcernFactory(congress=congress, is_anonymous=True, contact_email="someone@example.org")


def test_escalation_of_a_closed_concern_is_refused(concern, officer):
    handling.close_concern(concern=concern, actor=officer, outcome="Resolved with the family.")

    with pytest.raises(ConcernError) as refused:
        handling.escalate_concern(
            concern=concern, actor=officer, authority_name="Kawasaki Child Guidance Centre"
        )

    assert refused.value.code == "closed"


def test_closed_concern_can_be_reopened(concern, officer):
    handling.close_concern(concern=concern, actor=officer, outcome="Resolved.")

    reopened = handling.start_handling_concern(
        concern=concern, actor=officer, note="New information came in."
    )

    assert (reopened.status, reopened.closed_at) == (ConcernStatus.IN_PROGRESS, None)
    assert [a.status_after for a in concern.actions.all()] == [
        ConcernStatus.CLOSED,
        ConcernStatus.IN_PROGRESS,
    ]


def test_escalation_needs_the_authority_name(concern, officer):
    with pytest.raises(ConcernError) as refused:
        handling.escalate_concern(concern=concern, actor=officer, authority_name="  ")

    assert refused.value.code == "authority_required"
    assert ConcernAction.objects.count() == 0


def test_assigning_a_non_officer_is_refused(concern, officer, make_staff):
    with pytest.raises(ConcernError) as refused:
        handling.assign_concern(concern=concern, actor=officer, assignee=make_staff(concern.congress))

    assert refused.value.code == "not_an_officer"


def test_audit_log_records_every_step_but_never_the_concern_text(concern, officer):
    handling.read_concern(concern=concern, user=officer)
    handling.start_handling_concern(concern=concern, actor=officer, note="Secret note one")
    handling.add_concern_note(concern=concern, actor=officer, note="Secret note two")
    handling.assign_concern(concern=concern, actor=officer, assignee=officer)
    handling.escalate_concern(
        concern=concern,
        actor=officer,
        authority_name="Kanagawa Police",
        authority_reference="REF-99",
        note="Secret 3",
    )
    handling.close_concern(concern=concern, actor=officer, outcome="Secret outcome")

    entries = ActionLog.objects.filter(action__startswith="concerns.").order_by("pk")
    assert [e.action for e in entries] == [
        "concerns.concern.read",
        "concerns.concern.status_changed",
        "concerns.concern.noted",
        "concerns.concern.assigned",
        "concerns.concern.escalated",
        "concerns.concern.closed",
    ]
    dumped = str([(e.object_repr, e.data) for e in entries])
    for secret in ("Secret", "Kanagawa", "REF-99", "room numbers", "hanako", "press badge", "lobby"):
        assert secret not in dumped
    assert {e.object_repr for e in entries} == {concern.reference}
    assert [a.kind for a in concern.actions.all()] == [
        ConcernActionKind.STATUS_CHANGED,
        ConcernActionKind.NOTE,
        ConcernActionKind.ASSIGNED,
        ConcernActionKind.ESCALATED,
        ConcernActionKind.CLOSED,
    ]
