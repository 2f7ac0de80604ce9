import pytest
from allauth.mfa.totp.internal.auth import TOTP
from cryptography.fernet import Fernet
from django.core.files.base import ContentFile
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse

from plenaria.common.file_encryption import MAGIC, UndecryptableFile, key_from_secret
from plenaria.common.private_storage import PrivateStorage
from plenaria.registration.enums import CategoryKind, DocumentKind
from plenaria.registration.models import ParticipantDocument
from tests.conftest import TOTP_SECRET
from tests.factories.accounts import UserFactory
from tests.factories.congresses import StaffMembershipFactory, StaffTeamFactory
from tests.factories.registration import CategoryFactory, ParticipantFactory, ReviewStageFactory

pytestmark = [pytest.mark.integration, pytest.mark.django_db]

PASSPORT = b"%PDF-1.4\n% passport of Amina HADDAD, MA1234567\n%%EOF\n"


@pytest.fixture(autouse=True)
def _private_media(settings, tmp_path):
    settings.PRIVATE_MEDIA_ROOT = tmp_path


@pytest.fixture
def team(congress):
    return StaffTeamFactory(congress=congress, slug="ecpat")


@pytest.fixture
def participant(team):
    category = CategoryFactory(
        congress=team.congress, kind=CategoryKind.NGO, reviewing_team=team, is_nominated_by_delegation=False
    )
    stage = ReviewStageFactory(category=category, position=1, team=team)
    return ParticipantFactory(category=category, stage=stage)


def store_document(participant, content: bytes = PASSPORT) -> ParticipantDocument:
    return ParticipantDocument.objects.create(
        participant=participant,
        kind=DocumentKind.IDENTITY_DOCUMENT,
        file=SimpleUploadedFile("passport.pdf", content, content_type="application/pdf"),
        original_name="passport.pdf",
        content_type="application/pdf",
        size=len(content),
    )


def read_back(document: ParticipantDocument) -> bytes:
    document = ParticipantDocument.objects.get(pk=document.pk)
    with document.file.open("rb") as file:
        return file.read()


def test_stored_file_on_disk_is_encrypted(participant, tmp_path):
    document = store_document(participant)

    on_disk = (tmp_path / document.file.name).read_bytes()

    assert on_disk.startswith(MAGIC)
    assert PASSPORT not in on_disk
    assert b"MA1234567" not in on_disk


def test_stored_file_reads_back_as_the_original_with_its_plain_size(participant):
    document = store_document(participant)

    fresh = ParticipantDocument.objects.get(pk=document.pk)

    assert read_back(document) == PASSPORT
    assert fresh.file.size == len(PASSPORT)


def test_stored_file_can_be_reopened_after_closing(participant):
    document = ParticipantDocument.objects.get(pk=store_document(participant).pk)
    document.file.open("rb").close()

    with document.file.open("rb") as file:
        assert file.read() == PASSPORT


def test_file_stored_before_encryption_is_read_as_plain(participant, tmp_path):
    (tmp_path / "documents").mkdir()
    (tmp_path / "documents" / "legacy.pdf").write_bytes(PASSPORT)
    document = ParticipantDocument.objects.create(
        participant=participant,
        kind=DocumentKind.IDENTITY_DOCUMENT,
        file="documents/legacy.pdf",
        original_name="passport.pdf",
        content_type="application/pdf",
        size=len(PASSPORT),
    )

    assert read_back(document) == PASSPORT
    assert ParticipantDocument.objects.get(pk=document.pk).file.size == len(PASSPORT)


def test_file_encrypted_with_a_rotated_out_key_still_decrypts_in_second_position(settings, participant):
    old_key, new_key = Fernet.generate_key().decode(), Fernet.generate_key().decode()
    settings.PRIVATE_FILES_KEYS = [old_key]
    old_document = store_document(participant, b"%PDF-1.4 old")
    settings.PRIVATE_FILES_KEYS = [new_key, old_key]
    new_document = store_document(participant, b"%PDF-1.4 new")

    assert (read_back(old_document), read_back(new_document)) == (b"%PDF-1.4 old", b"%PDF-1.4 new")
    settings.PRIVATE_FILES_KEYS = [new_key]
    assert read_back(new_document) == b"%PDF-1.4 new"
    with pytest.raises(UndecryptableFile):
        read_back(old_document)


def test_key_from_secret_is_a_stable_fernet_key_of_that_secret():
    key = key_from_secret("tests-only-not-secret")

    assert key == key_from_secret("tests-only-not-secret")
    assert key != key_from_secret("another secret")
    assert Fernet(key).decrypt(Fernet(key).encrypt(b"x")) == b"x"


def test_private_storage_refuses_to_open_for_writing(tmp_path):
    storage = PrivateStorage()
    name = storage.save("documents/note.pdf", ContentFile(PASSPORT))

    with pytest.raises(ValueError, match="only through save"):
        storage.open(name, "wb")


def test_document_download_through_the_review_page_returns_the_original(client_for, team, participant):
    document = store_document(participant)
    reviewer = UserFactory()
    StaffMembershipFactory(team=team, user=reviewer)
    TOTP.activate(reviewer, TOTP_SECRET)
    url = reverse(
        "review:document",
        kwargs={"congress_slug": participant.congress.slug, "pk": participant.pk, "document_pk": document.pk},
    )

    response = client_for(reviewer).get(url)

    assert response.status_code == 200
    assert b"".join(response.streaming_content) == PASSPORT
    assert response["Content-Length"] == str(len(PASSPORT))
