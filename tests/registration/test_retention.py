import datetime
import json
from io import StringIO

import pytest
from django.core.exceptions import ImproperlyConfigured
from django.core.files.base import ContentFile
from django.core.management import call_command
from django.db import connection
from django.test.utils import CaptureQueriesContext

from plenaria.common.models import ActionLog
from plenaria.registration.enums import CategoryKind, DocumentKind
from plenaria.registration.models import Participant, ParticipantDocument
from plenaria.registration.retention import DEFAULT_DAYS, PURGED_ACTION, purge_expired_personal_data
from plenaria.registration.tasks import task_purge_personal_data
from tests.factories.congresses import CongressFactory
from tests.factories.registration import CategoryFactory, ParticipantFactory

pytestmark = [pytest.mark.integration, pytest.mark.django_db]

ENDS_ON = datetime.date(2001, 12, 20)  # the congress fixture's last day
ALL_GROUPS = set(DEFAULT_DAYS)
SECRETS = ["AMINA BINT HADDAD", "MA1234567", "1970-05-04", "Halal", "Wheelchair", "2005-01-31"]


def day(days_after_end: int) -> datetime.date:
    return ENDS_ON + datetime.timedelta(days=days_after_end)


@pytest.fixture(autouse=True)
def _private_media(settings, tmp_path):
    settings.PRIVATE_MEDIA_ROOT = tmp_path


@pytest.fixture
def category(congress):
    return CategoryFactory(congress=congress, kind=CategoryKind.MEDIA, is_nominated_by_delegation=False)


def add_document(participant, kind: str) -> ParticipantDocument:
    document = ParticipantDocument(
        participant=participant,
        kind=kind,
        original_name=f"{kind}.pdf",
        content_type="application/pdf",
        size=12,
    )
    document.file.save(f"{kind}.pdf", ContentFile(b"%PDF-1.4 " + kind.encode()), save=False)
    document.save()
    return document


def full_participant(category) -> Participant:
    """Someone holding data of every group, with real files: photo, identity document, press card, note verbale."""
    participant = ParticipantFactory(
        category=category,
        passport_full_name="AMINA BINT HADDAD",
        passport_number="MA1234567",
        passport_expires_on=datetime.date(2005, 1, 31),
        passport_issuing_country="MA",
        date_of_birth=datetime.date(1970, 5, 4),
        dietary_needs="Halal",
        accessibility_needs="Wheelchair",
    )
    participant.photo.save("photo.png", ContentFile(b"\x89PNG photo"), save=True)
    for kind in (DocumentKind.IDENTITY_DOCUMENT, DocumentKind.PRESS_CARD, DocumentKind.NOTE_VERBALE):
        add_document(participant, kind)
    return participant


@pytest.fixture
def amina(category):
    return full_participant(category)


def held_groups(participant) -> set[str]:
    """The groups of personal data the participant still holds, read back from the database."""
    p = Participant.objects.get(pk=participant.pk)
    kinds = set(p.documents.values_list("kind", flat=True))
    held = {
        "passport": any(
            [p.passport_full_name, p.passport_number, p.passport_expires_on, p.passport_issuing_country]
        ),
        "identity_documents": DocumentKind.IDENTITY_DOCUMENT in kinds,
        "supporting_documents": bool(kinds - {DocumentKind.IDENTITY_DOCUMENT, DocumentKind.NOTE_VERBALE}),
        "photo": bool(p.photo),
        "date_of_birth": p.date_of_birth is not None,
        "practical_needs": bool(p.dietary_needs or p.accessibility_needs),
    }
    return {group for group, is_held in held.items() if is_held}


def files_on_disk(root) -> list[str]:
    return sorted(path.parent.name for path in root.rglob("*") if path.is_file())


def purge_log() -> list[ActionLog]:
    return list(ActionLog.objects.filter(action=PURGED_ACTION))


def test_purge_before_any_period_ends_purges_nothing(amina, tmp_path):
    report = purge_expired_personal_data(today=day(30))

    assert held_groups(amina) == ALL_GROUPS
    assert files_on_disk(tmp_path) == ["documents", "documents", "documents", "photo"]
    assert purge_log() == []
    assert report.counts() == {"yokohama-2001": {}}


def test_purge_with_default_periods_clears_the_30_day_groups_only(amina):
    report = purge_expired_personal_data(today=day(31))

    assert held_groups(amina) == {"supporting_documents", "photo", "date_of_birth"}
    assert report.counts() == {
        "yokohama-2001": {"passport": 1, "identity_documents": 1, "practical_needs": 1},
    }


@pytest.mark.parametrize("group", sorted(DEFAULT_DAYS))
def test_purge_after_a_groups_period_clears_that_group_only(settings, amina, group):
    settings.PLENARIA_RETENTION_DAYS = {**dict.fromkeys(DEFAULT_DAYS, 1000), group: 10}

    purge_expired_personal_data(today=day(11))

    assert held_groups(amina) == ALL_GROUPS - {group}
    assert [entry.data for entry in purge_log()] == [{"groups": [group]}]


def test_purge_after_every_period_keeps_names_status_and_the_note_verbale(amina):
    purge_expired_personal_data(today=day(366))

    participant = Participant.objects.get(pk=amina.pk)
    assert held_groups(participant) == set()
    assert (participant.given_name, participant.family_name, participant.status) == (
        amina.given_name,
        amina.family_name,
        amina.status,
    )
    assert list(participant.documents.values_list("kind", flat=True)) == [DocumentKind.NOTE_VERBALE]


def test_purge_deletes_the_files_from_disk(amina, tmp_path):
    purge_expired_personal_data(today=day(366))

    assert files_on_disk(tmp_path) == ["documents"]  # the note verbale's
    note = ParticipantDocument.objects.get(participant=amina)
    assert (tmp_path / note.file.name).exists()


def test_purge_writes_one_audit_entry_per_participant_without_the_values(category):
    amina, bo = full_participant(category), full_participant(category)
    ParticipantFactory(category=category)  # holds nothing to purge

    purge_expired_personal_data(today=day(366))

    entries = purge_log()
    assert sorted(entry.object_id for entry in entries) == sorted([str(amina.pk), str(bo.pk)])
    assert entries[0].data == {"groups": list(DEFAULT_DAYS)}
    assert entries[0].congress_id == amina.congress_id
    assert entries[0].actor is None
    recorded = json.dumps([[entry.data, entry.object_repr] for entry in entries])
    assert [secret for secret in SECRETS if secret in recorded] == []


def test_purge_dry_run_changes_nothing_and_reports_what_it_would_purge(amina, tmp_path):
    report = purge_expired_personal_data(today=day(366), dry_run=True)

    assert held_groups(amina) == ALL_GROUPS
    assert files_on_disk(tmp_path) == ["documents", "documents", "documents", "photo"]
    assert purge_log() == []
    assert report.counts() == {"yokohama-2001": dict.fromkeys(DEFAULT_DAYS, 1)}
    assert "would purge" in "\n".join(report.lines())


def test_purge_second_run_purges_nothing_and_writes_no_audit_entry(amina):
    purge_expired_personal_data(today=day(366))

    report = purge_expired_personal_data(today=day(367))

    assert report.counts() == {"yokohama-2001": dict.fromkeys(DEFAULT_DAYS, 0)}
    assert len(purge_log()) == 1


def test_purge_counts_files_and_participants_per_group(category):
    amina = full_participant(category)
    add_document(amina, DocumentKind.NGO_DOSSIER)
    full_participant(category)

    report = purge_expired_personal_data(today=day(366))

    supporting = next(g for g in report.congresses[0].groups if g.group == "supporting_documents")
    assert (supporting.participant_count, supporting.file_count) == (2, 3)


def test_purge_of_one_congress_leaves_the_others(amina, category):
    other = CongressFactory(
        slug="stockholm-1996", starts_on=datetime.date(1996, 8, 27), ends_on=datetime.date(1996, 8, 31)
    )
    other_participant = full_participant(CategoryFactory(congress=other))

    report = purge_expired_personal_data(today=day(366), congress=amina.congress)

    assert [outcome.slug for outcome in report.congresses] == ["yokohama-2001"]
    assert held_groups(amina) == set()
    assert held_groups(other_participant) == ALL_GROUPS


def test_purge_leaves_a_congress_that_has_not_ended(category):
    future = CongressFactory(slug="rio-2008", starts_on=day(2000), ends_on=day(2003))
    participant = full_participant(CategoryFactory(congress=future))

    report = purge_expired_personal_data(today=day(2002))

    assert [outcome.slug for outcome in report.congresses] == ["yokohama-2001"]
    assert held_groups(participant) == ALL_GROUPS


def test_purge_queries_do_not_grow_with_the_number_of_participants(category):
    def queries_to_purge(count: int, today: datetime.date) -> int:
        for _ in range(count):
            full_participant(category)
        with CaptureQueriesContext(connection) as queries:
            purge_expired_personal_data(today=today)
        return len(queries)

    assert queries_to_purge(1, day(366)) == queries_to_purge(3, day(367))


def test_retention_setting_overrides_a_default(settings, amina):
    settings.PLENARIA_RETENTION_DAYS = {"passport": "5"}  # as read from the environment

    purge_expired_personal_data(today=day(6))

    assert held_groups(amina) == ALL_GROUPS - {"passport"}


@pytest.mark.parametrize("days", [{"pasport": 5}, {"photo": "soon"}, {"photo": -1}])
def test_retention_setting_misconfigured_is_refused(settings, amina, days):
    settings.PLENARIA_RETENTION_DAYS = days

    with pytest.raises(ImproperlyConfigured):
        purge_expired_personal_data(today=day(366))
    assert held_groups(amina) == ALL_GROUPS


def test_command_prints_the_report(amina):
    out = StringIO()

    call_command("purge_personal_data", "--today", "2002-01-20", stdout=out)

    assert out.getvalue().splitlines() == [
        "Personal data purge on 2002-01-20",
        "yokohama-2001 (last day 2001-12-20): purged data of 1 participant",
        "  passport               purged: 1 participant",
        "  identity_documents     purged: 1 participant, 1 file",
        "  supporting_documents   kept until 2002-06-18",
        "  photo                  kept until 2002-03-20",
        "  date_of_birth          kept until 2002-12-20",
        "  practical_needs        purged: 1 participant",
    ]
    assert held_groups(amina) == {"supporting_documents", "photo", "date_of_birth"}


def test_command_dry_run_for_one_congress_changes_nothing(amina):
    out = StringIO()

    call_command(
        "purge_personal_data", "--dry-run", "--congress", "yokohama-2001", "--today", "2003-01-01", stdout=out
    )

    assert out.getvalue().splitlines()[:2] == [
        "Personal data purge on 2003-01-01 (dry run: nothing changed)",
        "yokohama-2001 (last day 2001-12-20): would purge data of 1 participant",
    ]
    assert held_groups(amina) == ALL_GROUPS


@pytest.mark.parametrize(
    ("arguments", "message"),
    [(["--congress", "nowhere"], "No congress"), (["--today", "20/01/2002"], "not a date")],
)
def test_command_bad_arguments_are_refused(db, arguments, message):
    with pytest.raises(Exception, match=message):
        call_command("purge_personal_data", *arguments, stdout=StringIO())


def test_task_purges_what_is_due_today(amina):
    counts = task_purge_personal_data()

    assert counts == {"yokohama-2001": dict.fromkeys(DEFAULT_DAYS, 1)}
    assert held_groups(amina) == set()
