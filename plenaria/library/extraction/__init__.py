"""Reading the text of a document's file, for search.

PDF (pypdf, `pdf`), Word DOCX and OpenDocument ODT (their XML, read with the standard library through defusedxml,
`office`), RTF (a small converter, `rtf`) and plain text (UTF-8, or UTF-16 with a byte-order mark, `plain`).
Pictures have no text to read.

Reading never raises: a damaged or unreadable file gives the status "failed" with a short reason, and the file is
stored all the same. The text is capped (`MAX_TEXT_CHARS`), and so is the work: the pages of a PDF read
(`MAX_PDF_PAGES`), the XML read from a DOCX or ODT (`MAX_XML_BYTES`), and the time spent (`TIME_BUDGET_SECONDS`,
see `budget`). What was read before a cap was reached is kept.
"""

import re
import warnings
from dataclasses import dataclass

from ..enums import ExtractionStatus
from .budget import MAX_TEXT_CHARS, TIME_BUDGET_SECONDS
from .errors import Unreadable, describe
from .office import MAX_XML_BYTES, docx_text, odt_text
from .pdf import MAX_PDF_PAGES, pdf_text
from .plain import plain_text
from .rtf import rtf_text

__all__ = [
    "DOCX",
    "IMAGES",
    "MAX_PDF_PAGES",
    "MAX_TEXT_CHARS",
    "MAX_XML_BYTES",
    "ODT",
    "PDF",
    "RTF",
    "TEXT",
    "TIME_BUDGET_SECONDS",
    "ExtractedText",
    "extract_text",
]

PDF = "application/pdf"
DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document"
ODT = "application/vnd.oasis.opendocument.text"
RTF = "application/rtf"
TEXT = "text/plain"
IMAGES = frozenset({"image/jpeg", "image/png"})


@dataclass(frozen=True)
class ExtractedText:
    text: str
    status: str  # an ExtractionStatus value
    error: str = ""


def extract_text(upload, content_type: str) -> ExtractedText:
    """The text of `upload` (a file object: an UploadedFile or a stored file) whose content type, as detected by
    its content, is `content_type`."""
    mime = (content_type or "").split(";")[0].strip().lower()
    if mime in IMAGES:
        return ExtractedText("", ExtractionStatus.NO_TEXT)
    reader = _READERS.get(mime)
    if reader is None:
        return ExtractedText("", ExtractionStatus.FAILED, f"Files of type {mime or 'unknown'} are not read.")
    try:
        data = _read_all(upload)
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")  # the parsers warn about every oddity of damaged files
            text = reader(data)
    except Unreadable as error:
        return ExtractedText("", ExtractionStatus.FAILED, str(error)[:300])
    except Exception as error:  # third-party parsers raise all sorts of errors on damaged files
        return ExtractedText("", ExtractionStatus.FAILED, describe(error))
    text = _clean(text)
    if not text.strip():
        return ExtractedText("", ExtractionStatus.NO_TEXT)
    return ExtractedText(text, ExtractionStatus.DONE)


def _read_all(upload) -> bytes:
    if hasattr(upload, "seek"):
        upload.seek(0)
    try:
        return upload.read()
    finally:
        if hasattr(upload, "seek"):
            upload.seek(0)


_CONTROL = re.compile(r"[\x00-\x08\x0b\x0e-\x1f\x7f]")
_BLANK_LINES = re.compile(r"\n{3,}")


def _clean(text: str) -> str:
    """No NUL or other control characters (a database text column refuses NUL), no runs of blank lines."""
    text = _CONTROL.sub("", text.replace("\r\n", "\n").replace("\r", "\n").replace("\f", "\n"))
    return _BLANK_LINES.sub("\n\n", text).strip()[:MAX_TEXT_CHARS]


_READERS = {
    PDF: pdf_text,
    DOCX: docx_text,
    ODT: odt_text,
    RTF: rtf_text,
    "text/rtf": rtf_text,
    TEXT: plain_text,
}
