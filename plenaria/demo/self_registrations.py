"""Demo data for the public registration form: supporting documents on the NGO and media registrations (so the
reviewers have something to open), and the demo participant's own registration, waiting for her answer to a
request for information (so `participant@demo.plenaria.example` sees her page as a real participant would).

Idempotent: documents are added only where none exist; the demo participant's registration is made once."""

import datetime
import io

from django.core.files.uploadedfile import SimpleUploadedFile
from PIL import Image, ImageDraw
from reportlab.lib.pagesizes import A4
from reportlab.pdfgen import canvas

from plenaria.accounts.models import User
from plenaria.common.uploads import DOCUMENT, PHOTO, check_upload
from plenaria.delegations.enums import EcosocStatus
from plenaria.registration.enums import DocumentKind, RegistrationStatus
from plenaria.registration.models import Participant, ParticipantCategory
from plenaria.registration.selectors import required_documents
from plenaria.registration.services.review import decide_registration
from plenaria.registration.services.self_registration import (
    attach_document,
    attach_photo,
    start_registration,
    store_document,
    submit_draft,
)
from plenaria.registration.services.submission import update_registration

DEMO_PARTICIPANT = "participant@demo.plenaria.example"
DEMO_PARTICIPANT_DETAILS = {
    "given_name": "Amina",
    "family_name": "Haddad",
    "name_in_own_script": "أمينة حداد",
    "title": "Programme coordinator",
    "organisation_name": "Association marocaine de défense des droits de l'enfant",
    "ecosoc_status": EcosocStatus.NONE,
    "nationality": "MA",
    "date_of_birth": datetime.date(1971, 3, 8),
    "language": "ar",
    "languages_spoken": "Arabic, French, English",
    "dietary_needs": "halal",
    "needs_visa_letter": True,
    "passport_full_name": "AMINA HADDAD",
    "passport_number": "MA4417209",
    "passport_expires_on": datetime.date(2006, 9, 30),
    "passport_issuing_country": "MA",
}
INFO_REQUEST = (
    "Thank you for the dossier. Please add your organisation's latest annual report (2000), signed by the chair of "
    "the board, to the accreditation dossier and send it again."
)


def seed_self_registrations(*, congress, reviewers: dict) -> int:
    """Documents for the individual registrations that lack them, and the demo participant's registration.
    `reviewers` maps a team slug to a staff user (the decisions are theirs). Returns how many files were added."""
    added = _documents_for_individual_registrations(congress)
    _demo_participant_registration(congress, reviewers)
    return added


def _documents_for_individual_registrations(congress) -> int:
    added = 0
    individuals = (
        Participant.objects.filter(
            congress=congress, delegation__isnull=True, category__is_self_registration=True
        )
        .exclude(status=RegistrationStatus.DRAFT)
        .filter(documents__isnull=True)
        .select_related("category")
    )
    for participant in individuals:
        for kind in required_documents(participant=participant):
            upload = _pdf_upload(participant, kind)
            store_document(participant=participant, kind=kind, upload=upload, actor=None)
            added += 1
    return added


def _demo_participant_registration(congress, reviewers: dict) -> None:
    user = User.objects.filter(email=DEMO_PARTICIPANT).first()
    category = ParticipantCategory.objects.filter(congress=congress, slug="ngo").first()
    if user is None or category is None or Participant.objects.filter(congress=congress, user=user).exists():
        return
    participant = start_registration(category=category, user=user)
    participant = update_registration(participant=participant, details=DEMO_PARTICIPANT_DETAILS, actor=user)
    attach_photo(participant=participant, photo=_photo_upload("A H"), actor=user)
    attach_document(
        participant=participant,
        kind=DocumentKind.NGO_DOSSIER,
        upload=_pdf_upload(participant, DocumentKind.NGO_DOSSIER),
        actor=user,
    )
    participant = submit_draft(
        participant=participant, actor=user, accepts_code_of_conduct=True, accepts_media_guidelines=False
    )
    reviewer = reviewers.get(category.reviewing_team.slug)
    decide_registration(participant=participant, decision="request_info", actor=reviewer, reason=INFO_REQUEST)


def _pdf_upload(participant: Participant, kind: str) -> SimpleUploadedFile:
    """A one-page PDF that says what it stands for: a demo has no real dossiers or press cards."""
    body = io.BytesIO()
    page = canvas.Canvas(body, pagesize=A4)
    page.setTitle(f"{DocumentKind(kind).label} ({participant.reference})")
    page.setFont("Helvetica-Bold", 16)
    page.drawString(72, 770, str(DocumentKind(kind).label))
    page.setFont("Helvetica", 11)
    page.drawString(72, 745, f"{participant.display_name} - {participant.organisation_name}"[:90])
    page.drawString(
        72, 725, "Demonstration document of the Plenaria demo congress; it stands for the real one."
    )
    page.showPage()
    page.save()
    return check_upload(SimpleUploadedFile(f"{kind}.pdf", body.getvalue(), "application/pdf"), DOCUMENT)


def _photo_upload(initials: str) -> SimpleUploadedFile:
    image = Image.new("RGB", (300, 400), "#dfe6ee")
    draw = ImageDraw.Draw(image)
    draw.ellipse((90, 70, 210, 190), fill="#7d8ea3")
    draw.rectangle((60, 220, 240, 400), fill="#7d8ea3")
    draw.text((135, 120), initials, fill="white")
    body = io.BytesIO()
    image.save(body, format="PNG")
    return check_upload(SimpleUploadedFile("photo.png", body.getvalue(), "image/png"), PHOTO)
