import json

import pytest

from plenaria.common.models import ActionLog
from plenaria.safeguarding.enums import ConsentSigner
from plenaria.safeguarding.selectors import name_outside_safeguarding
from plenaria.safeguarding.services.chaperones import release_chaperone
from plenaria.safeguarding.services.consents import withdraw_media_consent
from plenaria.safeguarding.services.guardians import invite_guardian
from plenaria.safeguarding.services.profiles import (
    create_youth_profile,
    record_emergency_details,
    set_pseudonym,
    update_guardian_details,
)
from plenaria.safeguarding.services.protected_records import read_protected_record
from plenaria.safeguarding.services.retention import purge_youth_protected_data
from tests.factories.accounts import UserFactory

pytestmark = [pytest.mark.integration, pytest.mark.django_db]

SECRETS = [
    "Mariko Sato",
    "mariko@example.jp",
    "+81 45 123 4567",
    "Grandmother Sato +81 90 7777 8888",
    "Asthma: inhaler in backpack",
    "Hikari",
]


def test_every_change_is_audited_without_contacts_medical_notes_or_pseudonym(
    minor, youth_event, congress_event, clear_fully, officer
):
    actor = UserFactory()
    profile = create_youth_profile(participant=minor, events=[youth_event, congress_event], actor=actor)
    update_guardian_details(
        profile=profile, name=SECRETS[0], email=SECRETS[1], phone=SECRETS[2], language="ja", actor=actor
    )
    record_emergency_details(
        profile=profile, emergency_contacts=SECRETS[3], medical_notes=SECRETS[4], actor=actor
    )
    set_pseudonym(profile=profile, pseudonym=SECRETS[5], use_pseudonym=True, actor=actor)
    invite_guardian(profile=profile, actor=actor)
    clear_fully(profile)
    withdraw_media_consent(profile=profile, by=ConsentSigner.GUARDIAN, actor=actor)
    read_protected_record(profile=profile, user=officer, reason="Check")
    release_chaperone(minor_profile=profile, actor=actor)
    purge_youth_protected_data()

    entries = list(ActionLog.objects.order_by("pk"))
    written = json.dumps([[e.action, e.object_repr, e.data] for e in entries], ensure_ascii=False)
    assert [e.action for e in entries] == [
        "safeguarding.youth_profile.created",
        "safeguarding.youth_profile.guardian_changed",
        "safeguarding.youth_profile.emergency_details_changed",
        "safeguarding.youth_profile.pseudonym_changed",
        "safeguarding.guardian.invited",
        "safeguarding.consent.recorded",
        "safeguarding.consent.recorded",
        "safeguarding.consent.recorded",
        "safeguarding.consent.recorded",
        "safeguarding.chaperone_link.assigned",
        "safeguarding.consent.withdrawn",
        "safeguarding.chaperone_link.removed",
        "safeguarding.youth_profile.protected_data_purged",
    ]
    assert [secret for secret in SECRETS if secret in written] == []


def test_name_outside_safeguarding_is_the_pseudonym_when_asked_for(profile):
    assert name_outside_safeguarding(participant=profile.participant) == "Aiko SATO"

    set_pseudonym(profile=profile, pseudonym="Hikari", use_pseudonym=True, actor=UserFactory())

    assert name_outside_safeguarding(participant=profile.participant) == "Hikari"


def test_set_pseudonym_without_a_pseudonym_does_not_hide_behind_an_empty_name(profile):
    profile = set_pseudonym(profile=profile, pseudonym="  ", use_pseudonym=True, actor=UserFactory())

    assert (profile.pseudonym, profile.use_pseudonym) == ("", False)
    assert name_outside_safeguarding(participant=profile.participant) == "Aiko SATO"


def test_record_emergency_details_are_read_back_by_the_officer(profile, officer):
    record_emergency_details(profile=profile, emergency_contacts=SECRETS[3], medical_notes=SECRETS[4])

    record = read_protected_record(profile=profile, user=officer, reason="Emergency")

    assert (record.emergency_contacts, record.medical_notes) == (SECRETS[3], SECRETS[4])
