import pytest
from django.apps import apps
from django.db import IntegrityError, connection
from django.db.models import RestrictedError

from plenaria.safeguarding.enums import ConsentKind
from plenaria.safeguarding.models import ConsentText
from tests.factories.safeguarding import ConsentFactory, YouthProfileFactory

pytestmark = [pytest.mark.integration, pytest.mark.django_db]

FORBIDDEN_WORDS = ("history", "exploitation", "abuse", "trauma", "victim")
SENSITIVE_FIELDS = (
    "guardian_name",
    "guardian_email",
    "guardian_phone",
    "emergency_contacts",
    "medical_notes",
)


def test_safeguarding_models_have_no_field_for_a_persons_past():
    fields = [
        (
            model.__name__,
            field.name,
            str(getattr(field, "verbose_name", "")),
            str(getattr(field, "help_text", "")),
        )
        for model in apps.get_app_config("safeguarding").get_models()
        for field in model._meta.get_fields()
    ]

    offending = [
        entry for entry in fields if any(word in " ".join(entry).lower() for word in FORBIDDEN_WORDS)
    ]

    assert len(fields) > 40
    assert offending == []


def test_youth_profile_sensitive_fields_are_encrypted_at_rest(profile):
    columns = ", ".join(SENSITIVE_FIELDS)
    with connection.cursor() as cursor:
        cursor.execute(f"SELECT {columns} FROM safeguarding_youthprofile WHERE id = %s", [profile.pk])  # noqa: S608
        stored = cursor.fetchone()

    assert all(stored), "each sensitive field holds a value"
    assert "Keiko" not in stored[0]
    assert "example.jp" not in stored[1]
    assert "+81" not in stored[2]
    assert "Hiroshi" not in stored[3]
    assert "Peanut" not in stored[4]
    profile.refresh_from_db()
    assert profile.medical_notes == "Peanut allergy: carries an adrenaline pen"


def test_youth_profile_pseudonym_flag_without_a_pseudonym_is_refused(db):
    with pytest.raises(IntegrityError):
        YouthProfileFactory(use_pseudonym=True, pseudonym="")


def test_consent_media_level_on_another_kind_is_refused(profile):
    with pytest.raises(IntegrityError):
        ConsentFactory(profile=profile, kind=ConsentKind.GUARDIAN_MEDICAL, media_level="public")


def test_consent_text_shown_to_a_signer_cannot_be_deleted(profile):
    consent = ConsentFactory(profile=profile)

    with pytest.raises(RestrictedError):
        consent.text.delete()

    assert ConsentText.objects.filter(pk=consent.text_id).exists()
