from io import StringIO

import pytest
from django.core.management import call_command

from plenaria.registration.enums import RegistrationStatus
from plenaria.registration.models import Participant, ParticipantCategory, ParticipantDocument
from plenaria.registration.selectors import missing_details

pytestmark = [pytest.mark.integration, pytest.mark.django_db]


@pytest.fixture(autouse=True)
def _private_media(settings, tmp_path):
    settings.PRIVATE_MEDIA_ROOT = tmp_path


def _seed() -> None:
    call_command("seed_demo_congress", stdout=StringIO())


def test_demo_participant_finds_her_registration_waiting_for_her_answer():
    _seed()

    amina = Participant.objects.get(email="participant@demo.plenaria.example")

    assert amina.user.email == "participant@demo.plenaria.example"
    assert amina.status == RegistrationStatus.INFO_REQUESTED
    assert "annual report" in amina.info_request
    assert missing_details(participant=amina) == []
    assert amina.documents.get().file.read().startswith(b"%PDF")


def test_demo_individual_registrations_carry_their_documents_once_however_often_it_is_seeded():
    _seed()
    first = ParticipantDocument.objects.count()
    _seed()

    media = Participant.objects.filter(category__slug="media").exclude(status=RegistrationStatus.DRAFT)
    assert ParticipantDocument.objects.count() == first
    assert {tuple(sorted(p.documents.values_list("kind", flat=True))) for p in media} == {
        ("assignment_letter", "identity_document", "press_card")
    }
    assert set(
        ParticipantCategory.objects.filter(is_self_registration=True).values_list("slug", flat=True)
    ) == {"ngo-ecosoc", "ngo", "private-sector", "media"}
