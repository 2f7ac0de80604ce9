"""The document library: documents described once, in successive versions, each in one file per language."""

from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _
from django_countries.fields import CountryField
from i18nfield.fields import I18nCharField, I18nTextField

from plenaria.common.models import TimeStampedModel
from plenaria.common.private_storage import PrivateStorage, private_upload_to

from .enums import AccessLevel, DocumentStatus, ExtractionStatus, Region, Theme


class DocumentType(TimeStampedModel):
    """A kind of document (background paper, outcome of a regional consultation, country statement, draft of the
    outcome document, press release, …): a list each congress configures."""

    congress = models.ForeignKey(
        "congresses.Congress", on_delete=models.CASCADE, related_name="document_types"
    )
    slug = models.SlugField(_("short name"))
    name = I18nCharField(_("name"), max_length=200)
    # Documents of such a type (press releases, the press kit) are also listed for the media on the news page.
    is_press_release = models.BooleanField(_("press release"), default=False)
    position = models.PositiveSmallIntegerField(_("position"), default=0)

    class Meta:
        ordering = ["position", "pk"]
        verbose_name = _("document type")
        verbose_name_plural = _("document types")
        constraints = [
            models.UniqueConstraint(fields=["congress", "slug"], name="library_document_type_unique_slug")
        ]

    def __str__(self) -> str:
        return str(self.name)


class Document(TimeStampedModel):
    """A document of the congress, with what describes it. Its text is in its versions' files."""

    congress = models.ForeignKey("congresses.Congress", on_delete=models.CASCADE, related_name="documents")
    document_type = models.ForeignKey(
        DocumentType, verbose_name=_("type"), on_delete=models.PROTECT, related_name="documents"
    )
    # The document's symbol, as the secretariat numbers its documents (e.g. "WC2/2001/BP/3"); optional.
    symbol = models.CharField(_("symbol"), max_length=60, blank=True)
    title = I18nCharField(_("title"), max_length=400)
    summary = I18nTextField(_("summary"), blank=True)
    theme = models.CharField(_("theme"), max_length=20, choices=Theme, blank=True)
    region = models.CharField(_("region"), max_length=30, choices=Region, blank=True)
    country = CountryField(_("country"), blank=True)
    organisation = models.CharField(_("organisation"), max_length=200, blank=True)
    document_date = models.DateField(_("date of the document"))
    related_event = models.ForeignKey(
        "congresses.Event",
        verbose_name=_("related event"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="documents",
    )
    access_level = models.CharField(_("who may read it"), max_length=20, choices=AccessLevel)
    status = models.CharField(
        _("status"), max_length=12, choices=DocumentStatus, default=DocumentStatus.DRAFT, db_index=True
    )
    published_at = models.DateTimeField(_("published"), null=True, blank=True)
    withdrawn_at = models.DateTimeField(_("withdrawn"), null=True, blank=True)
    withdrawal_reason = models.CharField(_("reason for withdrawal"), max_length=300, blank=True)
    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )

    class Meta:
        ordering = ["-document_date", "-pk"]
        verbose_name = _("document")
        verbose_name_plural = _("documents")
        indexes = [
            models.Index(fields=["congress", "status", "access_level"], name="library_document_listing_idx"),
        ]
        constraints = [
            models.UniqueConstraint(
                fields=["congress", "symbol"],
                condition=~models.Q(symbol=""),
                name="library_document_unique_symbol",
            )
        ]

    def __str__(self) -> str:
        return self.symbol or str(self.title)


class DocumentVersion(TimeStampedModel):
    """One version of a document (draft 1, draft 2, final): the newest is the current one; earlier ones stay
    available to those allowed to read the document."""

    document = models.ForeignKey(Document, on_delete=models.CASCADE, related_name="versions")
    number = models.PositiveSmallIntegerField(_("version"))
    label = models.CharField(_("label"), max_length=100, help_text=_("For example “Draft 2” or “Final”."))
    version_date = models.DateField(_("date of the version"))
    change_note = models.TextField(_("what changed"), blank=True)
    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )

    class Meta:
        ordering = ["-number"]
        verbose_name = _("version")
        verbose_name_plural = _("versions")
        constraints = [
            models.UniqueConstraint(fields=["document", "number"], name="library_version_unique_number")
        ]

    def __str__(self) -> str:
        return f"{self.document} ({self.label})"


class DocumentFile(TimeStampedModel):
    """The file of one language version of a document version, with its text as read for search."""

    version = models.ForeignKey(DocumentVersion, on_delete=models.CASCADE, related_name="files")
    language = models.CharField(_("language"), max_length=10, choices=settings.LANGUAGES)
    file = models.FileField(storage=PrivateStorage(), upload_to=private_upload_to("library"))
    original_name = models.CharField(_("file name"), max_length=255)
    content_type = models.CharField(max_length=100)
    size = models.PositiveBigIntegerField(_("size"))
    sha256 = models.CharField(max_length=64)
    extracted_text = models.TextField(blank=True)
    extraction_status = models.CharField(
        _("text for search"), max_length=10, choices=ExtractionStatus, default=ExtractionStatus.PENDING
    )
    extraction_error = models.CharField(max_length=300, blank=True)

    class Meta:
        ordering = ["language"]
        verbose_name = _("file")
        verbose_name_plural = _("files")
        constraints = [
            models.UniqueConstraint(fields=["version", "language"], name="library_file_one_per_language")
        ]

    def __str__(self) -> str:
        return self.original_name


# Search (search.py) -----------------------------------------------------------------------------------------------


class DocumentSearchEntry(models.Model):
    """What search reads for a document, kept apart so that reading documents never loads their texts. Written
    only by `plenaria.library.search.index_document`.

    On PostgreSQL, migration 0002 adds two columns unknown to Django: `vector` (tsvector of every word with its
    positions, GIN index) and `head` (small tsvector of the titles, for ranking), and a trigram index on `title`."""

    document = models.OneToOneField(
        Document, on_delete=models.CASCADE, primary_key=True, related_name="search_entry"
    )
    # "|en|fr|": the languages of the current version's files.
    languages = models.CharField(max_length=100, blank=True)
    # The titles in every language, folded.
    title = models.TextField(blank=True)
    # " word word …": every folded word, for databases without full-text search (left empty on PostgreSQL).
    words = models.TextField(blank=True)
    # {"summary": {language: text}, "files": {language: text}}: the texts as written (capped), for snippets.
    texts = models.JSONField(default=dict, blank=True)

    def __str__(self) -> str:
        return str(self.document)
