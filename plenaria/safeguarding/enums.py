from django.db import models
from django.utils.translation import gettext_lazy as _
from django.utils.translation import pgettext_lazy


class ConsentKind(models.TextChoices):
    """The versioned texts people agree to. The first five are recorded on a young person's profile."""

    GUARDIAN_PARTICIPATION = "guardian_participation", _("Guardian's consent to participation and travel")
    GUARDIAN_MEDICAL = "guardian_medical", _("Guardian's consent to emergency medical treatment")
    MEDIA = "media", _("Media consent")
    YOUTH_ASSENT = "youth_assent", _("Young person's assent")
    PARTICIPANT_CODE = "participant_code", _("Participant code of conduct")
    CHAPERONE_CODE = "chaperone_code", _("Chaperone code of conduct")
    STAFF_CODE = "staff_code", _("Staff and volunteer code of conduct")


class ConsentSigner(models.TextChoices):
    GUARDIAN = "guardian", _("Parent or guardian")
    YOUNG_PERSON = "young_person", _("Young person")
    STAFF = "staff", _("Staff, recording a paper form")


class ConsentMethod(models.TextChoices):
    ONLINE = "online", _("Online, through the secret link")
    PAPER = "paper", _("Paper form, recorded by staff")


class MediaLevel(models.TextChoices):
    NONE = "none", pgettext_lazy("media consent", "None: no photos, filming or interviews")
    INTERNAL = "internal", pgettext_lazy("media consent", "Internal use by the organisers only")
    PUBLIC = "public", pgettext_lazy("media consent", "Public use")


class AgeStatus(models.TextChoices):
    ADULT = "adult", _("Adult")
    MINOR = "minor", _("Under the age limit")
    UNKNOWN = "unknown", _("Age unknown")


class ClearanceReason(models.TextChoices):
    """Why a person is not cleared: stable codes for badges and check-in, labels for people."""

    DATE_OF_BIRTH_UNKNOWN = "date_of_birth_unknown", _("The date of birth is not known.")
    NOT_ATTENDING_EVENT = "not_attending_event", _("Not registered for this event as a young participant.")
    GUARDIAN_PARTICIPATION_MISSING = (
        "guardian_participation_consent_missing",
        _("The guardian's consent to participation and travel is missing."),
    )
    GUARDIAN_MEDICAL_MISSING = (
        "guardian_medical_consent_missing",
        _("The guardian's consent to emergency medical treatment is missing."),
    )
    YOUTH_ASSENT_MISSING = "youth_assent_missing", _("The young person's own assent is missing.")
    MEDIA_CONSENT_MISSING = "media_consent_missing", _("No media consent (of any level) is recorded.")
    CHAPERONE_MISSING = "chaperone_missing", _("No chaperone who has accepted the code of conduct.")


# Consents recorded on a young person's profile (the chaperone's and staff codes belong to adults).
PROFILE_CONSENT_KINDS = frozenset(
    {
        ConsentKind.GUARDIAN_PARTICIPATION,
        ConsentKind.GUARDIAN_MEDICAL,
        ConsentKind.MEDIA,
        ConsentKind.YOUTH_ASSENT,
        ConsentKind.PARTICIPANT_CODE,
    }
)

# Who may give each consent. A guardian's consent is the guardian's (or their paper form); a young person's assent
# is their own. UNICEF's reporting guidelines want the guardian's permission for media use.
SIGNERS_FOR_KIND: dict[str, frozenset[str]] = {
    ConsentKind.GUARDIAN_PARTICIPATION: frozenset({ConsentSigner.GUARDIAN, ConsentSigner.STAFF}),
    ConsentKind.GUARDIAN_MEDICAL: frozenset({ConsentSigner.GUARDIAN, ConsentSigner.STAFF}),
    ConsentKind.MEDIA: frozenset({ConsentSigner.GUARDIAN, ConsentSigner.STAFF}),
    ConsentKind.YOUTH_ASSENT: frozenset({ConsentSigner.YOUNG_PERSON, ConsentSigner.STAFF}),
    ConsentKind.PARTICIPANT_CODE: frozenset({ConsentSigner.YOUNG_PERSON, ConsentSigner.STAFF}),
}

# Either of them may withdraw media consent, at any time.
MEDIA_WITHDRAWERS = frozenset({ConsentSigner.GUARDIAN, ConsentSigner.YOUNG_PERSON})

# A minor is cleared with a live consent of each of these kinds (media: any record, even withdrawn), in this order.
CLEARANCE_CONSENTS: dict[str, str] = {
    ConsentKind.GUARDIAN_PARTICIPATION: ClearanceReason.GUARDIAN_PARTICIPATION_MISSING,
    ConsentKind.GUARDIAN_MEDICAL: ClearanceReason.GUARDIAN_MEDICAL_MISSING,
    ConsentKind.YOUTH_ASSENT: ClearanceReason.YOUTH_ASSENT_MISSING,
    ConsentKind.MEDIA: ClearanceReason.MEDIA_CONSENT_MISSING,
}
