"""The demo congress's document library (data: plenaria.demo.content.library_2001).

`seed_library` configures the document types, then adds each document of 2001 through the library's services, as
the secretariat's demo staff member: created with its first version, later versions added, published. The files
are generated here, in each document's languages: small PDFs laid out with the fonts Plenaria ships (so that
Japanese, Chinese and Arabic render), some plain-text files and one Word document, each headed by a "Demo" line.
The services read their text for search as they would for an upload. Each document is then dated to when it was
published in 2001 (the audit log keeps the date of the seeding).

Running it again adds nothing: a document type is found by its short name, a document by its symbol. A document
that exists already is left as it is (an editor may have changed it in the back office).
"""

import datetime
import zipfile
import zoneinfo
from io import BytesIO
from xml.sax.saxutils import escape

from django.core.files.uploadedfile import SimpleUploadedFile
from django.utils import translation

from plenaria.accounts.models import User
from plenaria.common.pdf import Letterhead, paragraph, render_pdf
from plenaria.congresses.models import Congress, Event
from plenaria.library.models import Document, DocumentType
from plenaria.library.services import add_version, create_document, publish_document

from .content import yokohama_2001 as congress_data
from .content.library_2001 import DEMO_NOTE, DOCUMENT_TYPES, DOCUMENTS

TOKYO = zoneinfo.ZoneInfo("Asia/Tokyo")
# The secretariat publishes the congress's documents.
EDITOR_TEAM = "secretariat"
CONTENT_TYPES = {
    "pdf": "application/pdf",
    "txt": "text/plain",
    "docx": "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
}


def seed_library(*, congress: Congress) -> int:
    """The document types and the documents of 2001 (once each). Returns how many documents were added."""
    types = _document_types(congress)
    events = {event.slug: event for event in Event.objects.filter(congress=congress)}
    existing = set(
        Document.objects.filter(
            congress=congress, symbol__in=[spec["symbol"] for spec in DOCUMENTS]
        ).values_list("symbol", flat=True)
    )
    editor = _editor()
    added = 0
    for spec in DOCUMENTS:
        if spec["symbol"] not in existing:
            _add_document(spec, congress=congress, types=types, events=events, actor=editor)
            added += 1
    return added


def _document_types(congress: Congress) -> dict[str, DocumentType]:
    types = {}
    for position, spec in enumerate(DOCUMENT_TYPES, start=1):
        types[spec["slug"]], _ = DocumentType.objects.get_or_create(
            congress=congress,
            slug=spec["slug"],
            defaults={
                "name": spec["name"],
                "is_press_release": spec.get("is_press_release", False),
                "position": position,
            },
        )
    return types


def _editor() -> User | None:
    email = next(spec["email"] for spec in congress_data.USERS if spec["team"] == EDITOR_TEAM)
    return User.objects.filter(email=email).first()


def _versions(spec: dict) -> list[dict]:
    """The document's versions: its own list, or one "Final" version of its date with its body."""
    if "versions" in spec:
        return spec["versions"]
    return [{"label": "Final", "date": spec["date"], "note": "", "body": spec["body"]}]


def _add_document(spec: dict, *, congress, types, events, actor) -> Document:
    first, *later = _versions(spec)
    document = create_document(
        congress=congress,
        actor=actor,
        version_label=first["label"],
        version_date=_date(first["date"]),
        change_note=first["note"],
        files=_files(spec, first),
        document_type=types[spec["type"]],
        symbol=spec["symbol"],
        title=spec["title"],
        summary=_with_demo_note(spec["summary"]),
        theme=spec.get("theme", ""),
        region=spec.get("region", ""),
        country=spec.get("country", ""),
        organisation=spec.get("organisation", ""),
        document_date=_date(spec["date"]),
        related_event=events.get(spec.get("event")),
        access_level=spec["access"],
    )
    for version in later:
        add_version(
            document=document,
            label=version["label"],
            version_date=_date(version["date"]),
            change_note=version["note"],
            files=_files(spec, version),
            actor=actor,
        )
    publish_document(document=document, actor=actor)
    # Published when its first version came out, in Japan time.
    published_at = datetime.datetime.combine(_date(first["date"]), datetime.time(10, 0), tzinfo=TOKYO)
    Document.objects.filter(pk=document.pk).update(published_at=published_at)
    return document


def _date(value: str) -> datetime.date:
    return datetime.date.fromisoformat(value)


def _with_demo_note(summary: dict) -> dict:
    return {language: f"{text}\n\n{DEMO_NOTE[language]}" for language, text in summary.items()}


def _files(spec: dict, version: dict) -> dict[str, SimpleUploadedFile]:
    """One generated file per language of the version's body, named after the symbol and the language."""
    formats = spec.get("formats", {})
    files = {}
    for language, paragraphs in version["body"].items():
        kind = formats.get(language, "pdf")
        title = spec["title"].get(language) or spec["title"]["en"]
        lines = [
            f"Demo · {DEMO_NOTE[language]}",
            title,
            f"{spec['symbol']} · {version['label']}",
            *paragraphs,
        ]
        data = {"pdf": _pdf, "txt": _txt, "docx": _docx}[kind](lines, language=language)
        name = f"{spec['symbol'].replace('/', '-')}-{version['label'].replace(' ', '')}-{language}.{kind}"
        files[language] = SimpleUploadedFile(name.lower(), data, content_type=CONTENT_TYPES[kind])
    return files


def _pdf(lines: list[str], *, language: str) -> bytes:
    """The demo line heads the page (the letterhead), then the title, the symbol and the text."""
    demo, title, symbol, *paragraphs = lines
    with translation.override(language):
        story = [
            paragraph(title, "title"),
            paragraph(symbol, "small"),
            *(paragraph(text) for text in paragraphs),
        ]
        return render_pdf(
            letterhead=Letterhead(title=demo, lines=(congress_data.CONGRESS["name"][language],)),
            story=story,
            title=title,
            author="Plenaria demo",
        )


def _txt(lines: list[str], *, language: str) -> bytes:
    return ("\n\n".join(lines) + "\n").encode()


# A minimal Word document: the three parts every reader needs, one paragraph per line.
_DOCX_CONTENT_TYPES = (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
    '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
    '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
    '<Default Extension="xml" ContentType="application/xml"/>'
    '<Override PartName="/word/document.xml" '
    'ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>'
    "</Types>"
)
_DOCX_RELATIONSHIPS = (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
    '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
    '<Relationship Id="rId1" '
    'Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" '
    'Target="word/document.xml"/>'
    "</Relationships>"
)


def _docx(lines: list[str], *, language: str) -> bytes:
    body = "".join(f'<w:p><w:r><w:t xml:space="preserve">{escape(line)}</w:t></w:r></w:p>' for line in lines)
    document = (
        '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
        '<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">'
        f"<w:body>{body}</w:body></w:document>"
    )
    buffer = BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("[Content_Types].xml", _DOCX_CONTENT_TYPES)
        archive.writestr("_rels/.rels", _DOCX_RELATIONSHIPS)
        archive.writestr("word/document.xml", document)
    return buffer.getvalue()
