import datetime

import factory
from django.core.files.base import ContentFile
from django.utils import timezone

from plenaria.library.enums import AccessLevel, DocumentStatus, ExtractionStatus
from plenaria.library.models import Document, DocumentFile, DocumentType, DocumentVersion
from tests.factories.congresses import CongressFactory


class DocumentTypeFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = DocumentType
        django_get_or_create = ("congress", "slug")

    congress = factory.SubFactory(CongressFactory)
    slug = "background-paper"
    name = {"en": "Background paper", "fr": "Document de travail"}


class PressReleaseTypeFactory(DocumentTypeFactory):
    slug = "press-release"
    name = {"en": "Press release", "fr": "Communiqué de presse"}
    is_press_release = True


class DocumentFactory(factory.django.DjangoModelFactory):
    """A public document, published yesterday, without versions (see DocumentVersionFactory)."""

    class Meta:
        model = Document

    congress = factory.SubFactory(CongressFactory)
    document_type = factory.SubFactory(DocumentTypeFactory, congress=factory.SelfAttribute("..congress"))
    title = factory.Sequence(lambda n: {"en": f"Background paper {n}", "fr": f"Document de travail {n}"})
    summary = {"en": "A paper for the congress."}
    document_date = datetime.date(2001, 11, 30)
    access_level = AccessLevel.PUBLIC
    status = DocumentStatus.PUBLISHED
    published_at = factory.LazyFunction(lambda: timezone.now() - datetime.timedelta(days=1))


class DraftDocumentFactory(DocumentFactory):
    status = DocumentStatus.DRAFT
    published_at = None


class DocumentVersionFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = DocumentVersion

    document = factory.SubFactory(DocumentFactory)
    number = factory.Sequence(lambda n: n + 1)
    label = factory.LazyAttribute(lambda version: f"Draft {version.number}")
    version_date = datetime.date(2001, 11, 30)


class DocumentFileFactory(factory.django.DjangoModelFactory):
    """A plain-text file in English whose text was read. Tests that store files set PRIVATE_MEDIA_ROOT."""

    class Meta:
        model = DocumentFile

    version = factory.SubFactory(DocumentVersionFactory)
    language = "en"
    file = factory.LazyAttribute(lambda item: ContentFile(item.extracted_text.encode(), name="document.txt"))
    original_name = "document.txt"
    content_type = "text/plain"
    size = factory.LazyAttribute(lambda item: len(item.extracted_text.encode()))
    sha256 = "0" * 64
    extracted_text = "Text of the document."
    extraction_status = ExtractionStatus.DONE
