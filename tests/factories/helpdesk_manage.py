"""Helpers for the tests of the back office's queue and inquiry pages."""

from django.core.files.base import ContentFile
from django.urls import reverse

from plenaria.helpdesk.enums import MessageDirection
from plenaria.helpdesk.models import InquiryAttachment

# The smallest file that is a PDF by its content.
PDF_BYTES = b"%PDF-1.4\n1 0 obj\n<< /Type /Catalog >>\nendobj\ntrailer\n<< /Root 1 0 R >>\n%%EOF\n"


def attach_pdf(inquiry, name: str = "passport-scan.pdf") -> InquiryAttachment:
    """A PDF on the requester's first message, stored as the public form stores it (encrypted, private)."""
    message = inquiry.messages.filter(direction=MessageDirection.FROM_REQUESTER).order_by("pk").first()
    attachment = InquiryAttachment(
        message=message, original_name=name, content_type="application/pdf", size=len(PDF_BYTES)
    )
    attachment.file.save(name, ContentFile(PDF_BYTES), save=False)
    attachment.save()
    return attachment


def manage_url(name: str, congress, **kwargs) -> str:
    return reverse(f"helpdesk_manage:{name}", kwargs={"congress_slug": congress.slug, **kwargs})


def inquiry_url(inquiry) -> str:
    return manage_url("inquiry", inquiry.congress, reference=inquiry.reference)


def action_url(inquiry, action: str) -> str:
    return manage_url("inquiry-action", inquiry.congress, reference=inquiry.reference, action=action)
