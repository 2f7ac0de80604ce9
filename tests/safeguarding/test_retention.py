import datetime
from io import StringIO

import pytest
from django.core.exceptions import ImproperlyConfigured
from django.core.management import call_command

from plenaria.common.audit import actions_for
from plenaria.safeguarding.enums import ConsentKind, ConsentMethod
from plenaria.safeguarding.models import AttendanceRecord, AuthorisedCollector, YouthProfile
from plenaria.safeguarding.services.chaperones import assign_chaperone
from plenaria.safeguarding.services.guardians import invite_guardian
from plenaria.safeguarding.services.profiles import set_pseudonym
from plenaria.safeguarding.services.protected_records import read_protected_record
from plenaria.safeguarding.services.register import CollectorDetails, add_authorised_collector
from plenaria.safeguarding.services.retention import PURGED_ACTION, purge_youth_protected_data
from plenaria.safeguarding.tasks import task_purge_youth_protected_data
from tests.factories.accounts import UserFactory
from tests.factories.congresses import CongressFactory
from tests.factories.safeguarding import YouthParticipantFactory, YouthProfileFactory

pytestmark = [pytest.mark.integration, pytest.mark.django_db]

LAST_KEPT_DAY = datetime.date(2002, 3, 20)  # the congress ends on 20 December 2001; 90 days later
FIRST_PURGE_DAY = datetime.date(2002, 3, 21)
PURGED = (
    "guardian_name",
    "guardian_email",
    "guardian_phone",
    "guardian_token",
    "emergency_contacts",
    "medical_notes",
)


@pytest.fixture
def full_profile(profile, give_consent, chaperone, officer):
    """A young person with every kind of data: guardian, emergency data, consents, chaperone, a logged reading."""
    invite_guardian(profile=profile)
    give_consent(profile, ConsentKind.GUARDIAN_MEDICAL)
    assign_chaperone(minor_profile=profile, chaperone=chaperone, actor=UserFactory())
    read_protected_record(profile=profile, user=officer, reason="Medical check")
    set_pseudonym(profile=profile, pseudonym="Star", use_pseudonym=True, actor=UserFactory())
    add_authorised_collector(
        profile=profile,
        details=CollectorDetails(name="Yumi Sato", relationship="Aunt", phone="+81 90 3333 4444"),
        method=ConsentMethod.ONLINE,
    )
    return YouthProfile.objects.get(pk=profile.pk)


def protected_values(profile) -> dict:
    fresh = YouthProfile.objects.get(pk=profile.pk)
    return {name: getattr(fresh, name) for name in PURGED}


def test_purge_youth_protected_data_before_the_end_of_retention_changes_nothing(full_profile):
    before = protected_values(full_profile)

    report = purge_youth_protected_data(today=LAST_KEPT_DAY)

    assert report.counts() == {}
    assert report.lines()[1] == "No congress is past its retention period: nothing to purge."
    assert protected_values(full_profile) == before


def test_purge_youth_protected_data_clears_exactly_the_protected_data(full_profile, chaperone):
    participant = full_profile.participant

    report = purge_youth_protected_data(today=FIRST_PURGE_DAY)

    fresh = YouthProfile.objects.get(pk=full_profile.pk)
    assert report.counts() == {"yokohama-2001": 1}
    assert protected_values(fresh) == dict.fromkeys(PURGED)
    assert fresh.protected_data_purged_at is not None
    # Everything else stays: who took part, in which events, what was agreed, who looked after them, who read.
    assert (fresh.pseudonym, fresh.use_pseudonym, fresh.chaperone, fresh.guardian_language) == (
        "Star",
        True,
        chaperone,
        "ja",
    )
    assert fresh.events.count() == 2
    assert fresh.consents.count() == 1
    assert fresh.accesses.count() == 1
    participant.refresh_from_db()
    assert (participant.given_name, participant.date_of_birth) == ("Aiko", datetime.date(1986, 5, 1))
    entry = actions_for(fresh).get(action=PURGED_ACTION)
    assert entry.data == {"fields": list(PURGED)}


def test_purge_youth_protected_data_clears_collectors_names_and_telephones_but_keeps_the_register(
    full_profile, chaperone, officer
):
    collector = full_profile.authorised_collectors.get()
    signed_in_at = datetime.datetime(2001, 12, 14, 0, 0, tzinfo=datetime.UTC)
    record = AttendanceRecord.objects.create(
        profile=full_profile,
        event=full_profile.events.first(),
        day=datetime.date(2001, 12, 14),
        signed_in_at=signed_in_at,
        signed_in_by=officer,
        signed_out_at=signed_in_at + datetime.timedelta(hours=8),
        signed_out_by=officer,
        collected_by=collector,
    )

    report = purge_youth_protected_data(today=FIRST_PURGE_DAY)
    again = purge_youth_protected_data(today=FIRST_PURGE_DAY)

    collector.refresh_from_db()
    record.refresh_from_db()
    assert report.collector_counts() == {"yokohama-2001": 1}
    assert again.collector_counts() == {"yokohama-2001": 0}
    assert (collector.name, collector.phone, collector.relationship) == (None, None, "Aunt")
    assert collector.purged_at is not None
    assert (record.signed_in_at, record.signed_out_at, record.collected_by) == (
        signed_in_at,
        signed_in_at + datetime.timedelta(hours=8),
        collector,
    )
    entry = actions_for(collector).get(action="safeguarding.authorised_collector.purged")
    assert entry.data == {"fields": ["name", "phone"]}


def test_purge_youth_protected_data_dry_run_keeps_collectors(full_profile):
    report = purge_youth_protected_data(today=FIRST_PURGE_DAY, dry_run=True)

    assert report.collector_counts() == {"yokohama-2001": 1}
    assert AuthorisedCollector.objects.get().name == "Yumi Sato"


def test_purge_youth_protected_data_twice_purges_once(full_profile):
    purge_youth_protected_data(today=FIRST_PURGE_DAY)

    second = purge_youth_protected_data(today=FIRST_PURGE_DAY)

    assert second.counts() == {"yokohama-2001": 0}
    assert actions_for(full_profile).filter(action=PURGED_ACTION).count() == 1


def test_purge_youth_protected_data_dry_run_changes_nothing(full_profile):
    before = protected_values(full_profile)

    report = purge_youth_protected_data(today=FIRST_PURGE_DAY, dry_run=True)

    assert report.counts() == {"yokohama-2001": 1}
    assert "would purge" in report.lines()[1]
    assert protected_values(full_profile) == before
    assert not actions_for(full_profile).filter(action=PURGED_ACTION).exists()


def test_purge_youth_protected_data_leaves_a_congress_still_in_retention(full_profile):
    later = CongressFactory(starts_on=datetime.date(2002, 3, 1), ends_on=datetime.date(2002, 3, 5))
    other = YouthProfileFactory(participant=YouthParticipantFactory(category__congress=later))

    purge_youth_protected_data(today=FIRST_PURGE_DAY)

    assert protected_values(other)["medical_notes"] == "Peanut allergy: carries an adrenaline pen"
    assert protected_values(full_profile)["medical_notes"] is None


def test_purge_youth_protected_data_follows_the_retention_setting(full_profile, settings):
    settings.PLENARIA_YOUTH_RETENTION_DAYS = 10

    report = purge_youth_protected_data(today=datetime.date(2001, 12, 31))

    assert report.counts() == {"yokohama-2001": 1}


def test_purge_youth_protected_data_negative_setting_is_refused(settings, db):
    settings.PLENARIA_YOUTH_RETENTION_DAYS = -1

    with pytest.raises(ImproperlyConfigured):
        purge_youth_protected_data()


def test_purge_youth_data_command_prints_the_report(full_profile):
    out = StringIO()

    call_command("purge_youth_data", "--dry-run", "--today", "2002-03-21", stdout=out)

    assert out.getvalue().splitlines() == [
        "Young people's protected data purge on 2002-03-21 (dry run)",
        "yokohama-2001 (last day 2001-12-20, kept until 2002-03-20): would purge guardian contacts, emergency "
        "contacts and medical notes of 1 young person, and the names and telephones of 1 adult authorised to "
        "collect them",
    ]
    assert protected_values(full_profile)["guardian_phone"] == "+81 44 000 0000"


def test_purge_youth_data_command_purges(full_profile):
    call_command("purge_youth_data", "--today", "2002-03-21", stdout=StringIO())

    assert protected_values(full_profile) == dict.fromkeys(PURGED)


def test_task_purge_youth_protected_data_purges_what_is_due(full_profile):
    assert task_purge_youth_protected_data() == {"yokohama-2001": 1}
