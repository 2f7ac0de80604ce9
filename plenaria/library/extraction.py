"""Reading the text of a document's file, for search.

PDF (pypdf), Word DOCX and OpenDocument ODT (their XML, read with the standard library through defusedxml), RTF
(a small converter below) and plain text (UTF-8, or UTF-16 with a byte-order mark). Pictures have no text to read.

Reading never raises: a damaged or unreadable file gives the status "failed" with a short reason, and the file is
stored all the same. The text is capped (`MAX_TEXT_CHARS`), and so is the work: the pages of a PDF read
(`MAX_PDF_PAGES`), the XML read from a DOCX or ODT (`MAX_XML_BYTES`), and the time spent (`TIME_BUDGET_SECONDS`).
What was read before a cap was reached is kept.
"""

import codecs
import re
import time
import warnings
import zipfile
from dataclasses import dataclass
from io import BytesIO

from defusedxml import ElementTree
from pypdf import PdfReader
from pypdf.errors import FileNotDecryptedError, PdfReadError

from .enums import ExtractionStatus

MAX_TEXT_CHARS = 2_000_000
MAX_PDF_PAGES = 2_000
MAX_XML_BYTES = 64 * 1024 * 1024
TIME_BUDGET_SECONDS = 60

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


class _Unreadable(Exception):
    """The file cannot be read; the message says why, in a few words."""


class _Budget:
    """Stops the reading when the text is long enough or the time is up; what was read so far is kept."""

    def __init__(self):
        self.parts: list[str] = []
        self.length = 0
        self.deadline = time.monotonic() + TIME_BUDGET_SECONDS

    def add(self, text: str) -> bool:
        """Add `text`; False once the reading should stop."""
        if text:
            self.parts.append(text[: MAX_TEXT_CHARS - self.length])
            self.length += len(self.parts[-1])
        return self.length < MAX_TEXT_CHARS and time.monotonic() < self.deadline

    @property
    def text(self) -> str:
        return "".join(self.parts)


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
    except _Unreadable as error:
        return ExtractedText("", ExtractionStatus.FAILED, str(error)[:300])
    except Exception as error:  # third-party parsers raise all sorts of errors on damaged files
        return ExtractedText("", ExtractionStatus.FAILED, _describe(error))
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


def _describe(error: Exception) -> str:
    detail = str(error).strip().splitlines()[0][:200] if str(error).strip() else ""
    return f"The file could not be read ({type(error).__name__}{': ' + detail if detail else ''})."[:300]


_CONTROL = re.compile(r"[\x00-\x08\x0b\x0e-\x1f\x7f]")
_BLANK_LINES = re.compile(r"\n{3,}")


def _clean(text: str) -> str:
    """No NUL or other control characters (a database text column refuses NUL), no runs of blank lines."""
    text = _CONTROL.sub("", text.replace("\r\n", "\n").replace("\r", "\n").replace("\f", "\n"))
    return _BLANK_LINES.sub("\n\n", text).strip()[:MAX_TEXT_CHARS]


# PDF -------------------------------------------------------------------------------------------------------------


def _pdf_text(data: bytes) -> str:
    try:
        reader = PdfReader(BytesIO(data))
        if reader.is_encrypted and not reader.decrypt(""):
            raise _Unreadable("The PDF is protected by a password.")
        pages = reader.pages
        budget = _Budget()
        for index in range(min(len(pages), MAX_PDF_PAGES)):
            if not budget.add((pages[index].extract_text() or "") + "\n\n"):
                break
    except FileNotDecryptedError:
        raise _Unreadable("The PDF is protected by a password.") from None
    except PdfReadError as error:
        raise _Unreadable(_describe(error)) from None
    return budget.text


# DOCX and ODT ----------------------------------------------------------------------------------------------------

_W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
_TEXT = "{urn:oasis:names:tc:opendocument:xmlns:text:1.0}"


class _CappedStream:
    """A ZIP member read up to `MAX_XML_BYTES` (a small compressed file may expand enormously)."""

    def __init__(self, stream):
        self.stream = stream
        self.remaining = MAX_XML_BYTES

    def read(self, size: int = -1) -> bytes:
        if self.remaining <= 0:
            return b""
        size = self.remaining if size is None or size < 0 else min(size, self.remaining)
        chunk = self.stream.read(size)
        self.remaining -= len(chunk)
        return chunk


def _zip_xml_text(data: bytes, member: str, blocks: set[str], render) -> str:
    """The text of `member`, an XML file in the ZIP `data`, block by block: each outermost block element (a
    paragraph, a heading) is rendered by `render` and then dropped, so that memory stays small."""
    try:
        archive = zipfile.ZipFile(BytesIO(data))
    except zipfile.BadZipFile:
        raise _Unreadable("The document is damaged (not a readable ZIP file).") from None
    try:
        stream = archive.open(member)
    except KeyError:
        archive.close()
        raise _Unreadable(f"The document has no {member}.") from None
    budget = _Budget()
    depth = 0
    capped = _CappedStream(stream)
    try:
        for event, element in ElementTree.iterparse(capped, events=("start", "end")):
            if element.tag not in blocks:
                continue
            if event == "start":
                depth += 1
                continue
            depth -= 1
            if depth == 0:
                text = render(element)
                element.clear()
                if not budget.add(text + "\n"):
                    break
    except ElementTree.ParseError as error:
        if capped.remaining > 0 and not budget.length:
            raise _Unreadable(_describe(error)) from None
        # The XML was cut at the cap, or is damaged after some text: keep what was read.
    finally:
        stream.close()
        archive.close()
    return budget.text


def _render_docx(element) -> str:
    parts: list[str] = []

    def walk(node) -> None:
        tag = node.tag
        if tag == f"{_W}t":
            parts.append(node.text or "")
        elif tag == f"{_W}tab":
            parts.append("\t")
        elif tag in (f"{_W}br", f"{_W}cr"):
            parts.append("\n")
        elif tag in (f"{_W}delText", f"{_W}instrText"):
            return  # deleted text and field codes are not part of the document's text
        for child in node:
            walk(child)
        if tag == f"{_W}p" and node is not element:  # a paragraph in a text box
            parts.append("\n")

    walk(element)
    return "".join(parts)


def _render_odt(element) -> str:
    parts: list[str] = []

    def walk(node) -> None:
        tag = node.tag
        if tag == f"{_TEXT}s":
            parts.append(" " * min(_int(node.get(f"{_TEXT}c"), 1), 100))
        elif tag == f"{_TEXT}tab":
            parts.append("\t")
        elif tag == f"{_TEXT}line-break":
            parts.append("\n")
        elif tag != f"{_TEXT}tracked-changes":
            parts.append(node.text or "")
            for child in node:
                walk(child)
                parts.append(child.tail or "")
        if tag in (f"{_TEXT}p", f"{_TEXT}h") and node is not element:
            parts.append("\n")

    walk(element)
    return "".join(parts)


def _int(value, default: int) -> int:
    try:
        return int(value)
    except (TypeError, ValueError):
        return default


def _docx_text(data: bytes) -> str:
    return _zip_xml_text(data, "word/document.xml", {f"{_W}p"}, _render_docx)


def _odt_text(data: bytes) -> str:
    return _zip_xml_text(data, "content.xml", {f"{_TEXT}p", f"{_TEXT}h"}, _render_odt)


# RTF -------------------------------------------------------------------------------------------------------------

_RTF_TOKEN = re.compile(
    r"\\([a-zA-Z]{1,32})(-?\d{1,10})? ?"  # a control word, with its parameter
    r"|\\'([0-9a-fA-F]{2})"  # a byte in the document's code page
    r"|\\([^a-zA-Z])"  # a control symbol
    r"|([{}])"  # a group
    r"|[\r\n]+"  # line breaks in the source mean nothing
    r"|([^\\{}\r\n]+)",  # text
    re.DOTALL,
)
# Groups whose content is not text of the document.
_RTF_SKIPPED = frozenset(
    {
        "fonttbl", "colortbl", "stylesheet", "info", "pict", "object", "objdata", "fldinst", "xmlnstbl",
        "listtable", "listoverridetable", "rsidtbl", "generator", "themedata", "colorschememapping",
        "latentstyles", "datastore", "header", "headerl", "headerr", "headerf", "footer", "footerl",
        "footerr", "footerf", "revtbl", "filetbl", "private", "bkmkstart", "bkmkend", "nonshppict",
        "mmathPict", "userprops", "wgrffmtfilter", "pgdsctbl", "operator", "author",
    }
)  # fmt: skip
_RTF_CHARACTERS = {
    "par": "\n", "line": "\n", "sect": "\n\n", "page": "\n\n", "row": "\n", "cell": "\t", "tab": "\t",
    "emdash": "\u2014", "endash": "\u2013", "emspace": " ", "enspace": " ", "qmspace": " ", "bullet": "\u2022",
    "lquote": "\u2018", "rquote": "\u2019", "ldblquote": "\u201c", "rdblquote": "\u201d",
}  # fmt: skip
_RTF_SYMBOLS = {"~": "\u00a0", "_": "\u2011", "-": "", "\\": "\\", "{": "{", "}": "}", "\t": "\t"}
_MAX_RTF_DEPTH = 500


def _rtf_text(data: bytes) -> str:
    if not data.lstrip().startswith(b"{\\rtf"):
        raise _Unreadable("The file is not an RTF document.")
    # RTF is 7-bit: bytes above 127 are written as \'hh; read any stray ones as Latin-1 rather than fail.
    source = data.decode("latin-1")
    budget = _Budget()
    code_page = "cp1252"
    stack: list[tuple[bool, int]] = []
    skipping = False  # inside a group that is not text
    unicode_skip = 1  # how many fallback characters follow a \uN
    to_skip = 0  # fallback characters still to skip
    pending = bytearray()  # \'hh bytes, decoded together (a multi-byte code page needs them together)
    out: list[str] = []

    def flush_bytes() -> None:
        if pending:
            if not skipping:
                out.append(bytes(pending).decode(code_page, errors="replace"))
            pending.clear()

    for index, match in enumerate(_RTF_TOKEN.finditer(source)):
        word, parameter, hex_byte, symbol, brace, text = match.groups()
        if hex_byte is not None:
            if to_skip:
                to_skip -= 1
            else:
                pending.append(int(hex_byte, 16))
            continue
        flush_bytes()
        if brace == "{":
            if len(stack) >= _MAX_RTF_DEPTH:
                raise _Unreadable("The RTF document is nested too deeply.")
            stack.append((skipping, unicode_skip))
            to_skip = 0
        elif brace == "}":
            if stack:
                skipping, unicode_skip = stack.pop()
            to_skip = 0
        elif symbol is not None:
            to_skip = 0
            if symbol == "*":
                skipping = True  # an optional destination this reader does not know
            elif not skipping:
                out.append(_RTF_SYMBOLS.get(symbol, ""))
        elif word is not None:
            to_skip = 0
            if word in _RTF_SKIPPED:
                skipping = True
            elif word == "ansicpg" and parameter:
                code_page = _code_page(parameter, code_page)
            elif word == "uc" and parameter:
                unicode_skip = max(0, int(parameter))
            elif word == "u" and parameter:
                code = int(parameter)
                if not skipping:
                    out.append(chr(code + 65536 if code < 0 else code))
                to_skip = unicode_skip
            elif not skipping and word in _RTF_CHARACTERS:
                out.append(_RTF_CHARACTERS[word])
        elif text is not None:
            if to_skip:
                text, to_skip = text[to_skip:], max(0, to_skip - len(text))
            if not skipping:
                out.append(text)
        if index % 1000 == 0 and out and not ("\ud800" <= out[-1][-1:] <= "\udbff"):
            if not budget.add(_join_utf16("".join(out))):
                return budget.text
            out.clear()
    flush_bytes()
    budget.add(_join_utf16("".join(out)))
    return budget.text


def _code_page(parameter: str, current: str) -> str:
    name = f"cp{int(parameter)}"
    try:
        codecs.lookup(name)
    except LookupError:
        return current
    return name


def _join_utf16(text: str) -> str:
    """Characters beyond the Basic Multilingual Plane come as two \\uN (a surrogate pair): join them."""
    return text.encode("utf-16", "surrogatepass").decode("utf-16", errors="replace")


# Plain text ------------------------------------------------------------------------------------------------------


def _plain_text(data: bytes) -> str:
    is_utf16 = data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE))
    encoding = "utf-16" if is_utf16 else "utf-8-sig"
    limit = MAX_TEXT_CHARS * 4
    is_cut = len(data) > limit
    data = data[:limit]
    try:
        return data.decode(encoding)
    except UnicodeDecodeError as error:
        if is_cut and error.start > len(data) - 4:
            return data[: error.start].decode(
                encoding
            )  # the cap fell inside a character: keep the whole ones
        raise _Unreadable("The text is neither in UTF-8 nor in UTF-16.") from None


_READERS = {
    PDF: _pdf_text,
    DOCX: _docx_text,
    ODT: _odt_text,
    RTF: _rtf_text,
    "text/rtf": _rtf_text,
    TEXT: _plain_text,
}
