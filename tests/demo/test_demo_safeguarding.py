from io import StringIO

import pytest
from django.core.management import call_command

from plenaria.accounts.models import User
from plenaria.congresses.models import Congress
from plenaria.safeguarding.enums import ClearanceReason, ConsentKind, MediaLevel
from plenaria.safeguarding.models import AttendanceRecord, Chaperone, ConsentText, YouthProfile
from plenaria.safeguarding.rules import is_safeguarding_officer
from plenaria.safeguarding.selectors import clearance_for, latest_media_consent, media_level

pytestmark = [pytest.mark.integration, pytest.mark.django_db]


def test_demo_has_a_safeguarding_officer_and_every_text_published_once_in_seven_languages():
    call_command("seed_demo_congress", "--site-only", stdout=StringIO())
    call_command("seed_demo_congress", "--site-only", stdout=StringIO())

    congress = Congress.objects.get(slug="yokohama-2001")
    officer = User.objects.get(email="safeguarding@demo.plenaria.example")
    texts = ConsentText.objects.filter(congress=congress)
    assert is_safeguarding_officer(officer, congress)
    assert sorted(texts.values_list("kind", flat=True)) == sorted(ConsentKind.values)
    assert {text.version for text in texts} == {1}
    assert all(len([v for v in text.body.data.values() if v]) == 7 for text in texts)


def test_demo_has_young_participants_in_every_state_with_their_chaperones():
    call_command("seed_demo_congress", stdout=StringIO())

    congress = Congress.objects.get(slug="yokohama-2001")
    profiles = YouthProfile.objects.filter(participant__congress=congress).select_related("participant")
    states = {
        profile.participant.given_name: (
            clearance_for(participant=profile.participant),
            media_level(participant=profile.participant),
            latest_media_consent(profile=profile),
        )
        for profile in profiles
    }
    cleared = [name for name, (clearance, _, _) in states.items() if clearance.cleared]
    reasons = {reason for clearance, _, _ in states.values() for reason in clearance.reasons}
    withdrawn = [name for name, (_, _, consent) in states.items() if consent and consent.withdrawn_at]
    assert len(cleared) >= 3
    assert {
        ClearanceReason.GUARDIAN_PARTICIPATION_MISSING,
        ClearanceReason.YOUTH_ASSENT_MISSING,
        ClearanceReason.CHAPERONE_MISSING,
    } <= reasons
    assert withdrawn
    assert all(states[name][1] == MediaLevel.NONE for name in withdrawn)
    assert profiles.filter(use_pseudonym=True).exists()
    assert {media for _, media, _ in states.values()} >= {MediaLevel.PUBLIC, MediaLevel.INTERNAL}
    chaperones = Chaperone.objects.filter(participant__congress=congress)
    assert chaperones.filter(minors__isnull=False).distinct().count() >= 2
    assert chaperones.filter(code_accepted_at__isnull=True).exists()  # registered, code not yet accepted
    register = AttendanceRecord.objects.filter(profile__participant__congress=congress)
    assert register.filter(collected_by__isnull=False).exists()  # taken home by the adult the guardian named
    assert register.filter(collected_by_chaperone__isnull=False).exists()
    assert all(clearance_for(participant=record.profile.participant).cleared for record in register)
