"""Helpers for the tests of the public inquiry pages: what a person types on the form, files, submitted inquiries."""

import uuid

from django.core.files.uploadedfile import SimpleUploadedFile

from plenaria.helpdesk.services.inquiries import InquiryRequest, submit_inquiry

# The smallest file that is a PDF by its content (what the upload checks read).
PDF_BYTES = b"%PDF-1.4\n1 0 obj\n<< /Type /Catalog >>\nendobj\ntrailer\n<< /Root 1 0 R >>\n%%EOF\n"


def pdf(name: str = "invitation.pdf") -> SimpleUploadedFile:
    return SimpleUploadedFile(name, PDF_BYTES, content_type="application/pdf")


def upload(name: str, content: bytes, content_type: str = "application/pdf") -> SimpleUploadedFile:
    """A file whose name and declared type say one thing; `content` decides what it is."""
    return SimpleUploadedFile(name, content, content_type=content_type)


def ask_form_data(**changes) -> dict:
    """What a journalist types on "Ask the organisers"."""
    return {
        "requester_type": "media",
        "name": "Kenji Watanabe",
        "email": "kenji.watanabe@example.jp",
        "language": "en",
        "topic": "programme",
        "subject": "Press conference schedule",
        "message": "When is the opening press conference, and is there simultaneous interpretation?",
        "homepage": "",
        "submission_key": str(uuid.uuid4()),
        **changes,
    }


def submitted_inquiry(congress, *, user=None, **changes):
    """An inquiry asked through the service, as the form does."""
    fields = {
        "requester_type": "ngo",
        "topic": "programme",
        "language": "en",
        "name": "Ana Souza",
        "email": "ana.souza@example.org",
        "subject": "Workshop on the Stockholm Agenda",
        "message": "Can NGOs propose a workshop for the second day?",
        **changes,
    }
    return submit_inquiry(
        congress=congress, request=InquiryRequest(**fields), submission_key=str(uuid.uuid4()), user=user
    )
