"""Checks on uploaded files by their content, never by their name.

A file named `letter.pdf` may be an executable or an HTML page that a browser would run; a scanned passport named
`scan.jpg` may really be a PDF. We read the magic bytes (the `filetype` package), look inside ZIP containers for
XLSX, DOCX and ODT, and sniff text formats as UTF-8 without NUL bytes (or as UTF-16 with a byte-order mark, for the
policies that accept it). The detected type, not the name, decides the stored extension and the content type we
later send back.
"""

import codecs
import warnings
import zipfile
import zlib
from dataclasses import dataclass, field
from pathlib import PurePath

import filetype
from django import forms
from django.conf import settings
from django.core.exceptions import ValidationError
from django.core.files.uploadedfile import UploadedFile
from django.template.defaultfilters import filesizeformat
from django.utils.translation import gettext_lazy as _
from PIL import Image, UnidentifiedImageError

MESSAGES = {
    "empty": _("The file is empty."),
    "too_large": _("The file is {size}; the limit is {limit}."),
    "wrong_type": _("The file type is {found}; accepted types: {accepted}."),
    "unknown_type": _("The file type could not be recognised; accepted types: {accepted}."),
    "not_utf8": _("The text file is not in UTF-8; save it as “CSV UTF-8” or “UTF-8 text” and try again."),
    "image_unreadable": _("The image could not be read; it may be damaged."),
    "image_too_many_pixels": _("The image has too many pixels; please send a smaller one."),
    "image_too_small": _(
        "The image is {width}×{height} pixels; it must be at least {min_width}×{min_height} pixels."
    ),
    "image_not_portrait": _("The photo must be upright (portrait): taller than it is wide."),
}

_SNIFF_BYTES = 8192
_TEXT_BYTES = bytes(range(0x20, 0x100)) + b"\t\n\r\f"  # bytes that may appear in 8-bit text
_MARKUP_STARTS = (
    b"<!doctype",
    b"<html",
    b"<head",
    b"<body",
    b"<script",
    b"<svg",
    b"<?xml",
    b"<iframe",
    b"<!--",
)


@dataclass(frozen=True)
class DetectedType:
    """What a file really is: its MIME type and the extension we store it under (without the dot)."""

    mime: str
    extension: str

    def rename(self, name: str) -> str:
        """`name` with its extension replaced by the detected one, e.g. `scan.jpg` that is a PDF → `scan.pdf`."""
        stem = PurePath(name or "").stem or "file"
        return f"{stem}.{self.extension}"


# Kinds a policy may accept, in the order we list them to users.
KINDS = {
    "pdf": DetectedType("application/pdf", "pdf"),
    "jpeg": DetectedType("image/jpeg", "jpg"),
    "png": DetectedType("image/png", "png"),
    "xlsx": DetectedType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "xlsx"),
    "docx": DetectedType("application/vnd.openxmlformats-officedocument.wordprocessingml.document", "docx"),
    "odt": DetectedType("application/vnd.oasis.opendocument.text", "odt"),
    "rtf": DetectedType("application/rtf", "rtf"),
    "csv": DetectedType("text/csv", "csv"),
    "txt": DetectedType("text/plain", "txt"),
}
_LABELS = {
    "pdf": "PDF",
    "jpeg": "JPEG",
    "png": "PNG",
    "xlsx": "Excel (XLSX)",
    "xlsm": _("Excel with macros (XLSM)"),
    "docx": "Word (DOCX)",
    "docm": _("Word with macros (DOCM)"),
    "odt": "OpenDocument (ODT)",
    "rtf": "RTF",
    "csv": "CSV",
    "txt": _("plain text"),
    "markup": "HTML/XML",
    "legacy_text": _("text not in UTF-8"),
}
_FILETYPE_KINDS = {"pdf": "pdf", "jpg": "jpeg", "png": "png", "rtf": "rtf"}
_ODT_MIMETYPE = b"application/vnd.oasis.opendocument.text"


@dataclass(frozen=True)
class ImageRules:
    """Extra checks for pictures: they must decode, be big enough, and not be decompression bombs."""

    min_width: int = 0
    min_height: int = 0
    max_pixels: int = 40_000_000
    portrait: bool = False


@dataclass(frozen=True)
class UploadPolicy:
    """Which kinds of file an upload accepts and how big it may be (`max_bytes=None`: settings.UPLOAD_MAX_BYTES).

    `utf16_text`: a plain-text file may also be in UTF-16 with a byte-order mark (as Windows' Notepad saves
    "Unicode" text); it is then accepted as "txt"."""

    kinds: frozenset[str]
    max_bytes: int | None = None
    image: ImageRules | None = field(default=None)
    utf16_text: bool = False

    def __post_init__(self):
        object.__setattr__(self, "kinds", frozenset(self.kinds))
        if unknown := self.kinds - KINDS.keys():
            raise ValueError(f"Unknown upload kinds: {sorted(unknown)}")

    @property
    def limit(self) -> int:
        return settings.UPLOAD_MAX_BYTES if self.max_bytes is None else self.max_bytes

    @property
    def accepted_label(self) -> str:
        return ", ".join(str(_LABELS[kind]) for kind in KINDS if kind in self.kinds)

    @property
    def accept_attribute(self) -> str:
        """Value for `<input accept=…>`: a hint for the browser's file picker, not a check."""
        return ",".join(
            f"{KINDS[kind].mime},.{KINDS[kind].extension}" for kind in KINDS if kind in self.kinds
        )


DOCUMENT = UploadPolicy(kinds={"pdf", "jpeg", "png"})
# Badge photos are printed at 30×40 mm; below 300×400 px they print blurred.
PHOTO = UploadPolicy(kinds={"jpeg", "png"}, image=ImageRules(min_width=300, min_height=400, portrait=True))
SPREADSHEET = UploadPolicy(kinds={"xlsx", "csv"})


def _refuse(code: str, **params) -> ValidationError:
    return ValidationError(MESSAGES[code].format(**params), code=code)


def _read_head(file) -> bytes:
    file.seek(0)
    head = file.read(_SNIFF_BYTES)
    file.seek(0)
    return head


def _zip_kind(file) -> str | None:
    """'xlsx' or 'xlsm' for an Excel workbook, 'docx' or 'docm' for a Word document, 'odt' for an OpenDocument
    text, None for any other ZIP. Reads the central directory (and an ODT's short `mimetype` entry)."""
    try:
        with zipfile.ZipFile(file) as archive:
            names = set(archive.namelist())
            if "content.xml" in names and _odt_mimetype(archive):
                return "odt"
    except (zipfile.BadZipFile, zlib.error, OSError, EOFError, RuntimeError, ValueError):
        return None
    finally:
        file.seek(0)
    if "[Content_Types].xml" not in names:
        return None
    if "xl/workbook.xml" in names:
        return "xlsm" if "xl/vbaProject.bin" in names else "xlsx"
    if "word/document.xml" in names:
        return "docm" if "word/vbaProject.bin" in names else "docx"
    return None


def _odt_mimetype(archive: zipfile.ZipFile) -> bool:
    try:
        info = archive.getinfo("mimetype")
    except KeyError:
        return False
    return info.file_size <= 100 and archive.read(info).strip() == _ODT_MIMETYPE


def _is_utf16_text(file, head: bytes) -> bool:
    """Text in UTF-16 with a byte-order mark, without NUL characters or other control characters."""
    if not head.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        return False
    decoder = codecs.getincrementaldecoder("utf-16")()
    try:
        for chunk in file.chunks():
            text = decoder.decode(chunk)
            if any(ord(char) < 0x20 and char not in "\t\n\r\f" for char in text):
                return False
        decoder.decode(b"", True)
    except UnicodeDecodeError:
        return False
    finally:
        file.seek(0)
    return True


def _decodes(decoder, chunk: bytes, *, final: bool = False) -> bool:
    try:
        decoder.decode(chunk, final)
    except UnicodeDecodeError:
        return False
    return True


def _text_kind(file, head: bytes) -> str | None:
    """'markup' for HTML/XML/SVG, 'txt' for other UTF-8 text, 'legacy_text' for text in an 8-bit encoding
    (Excel's plain "CSV" export), None for anything with NUL bytes or other binary content."""
    decoder = codecs.getincrementaldecoder("utf-8")()
    is_utf8 = True
    try:
        for chunk in file.chunks():
            if b"\x00" in chunk:
                return None
            if is_utf8:
                is_utf8 = _decodes(decoder, chunk)
        is_utf8 = is_utf8 and _decodes(decoder, b"", final=True)
    finally:
        file.seek(0)
    if not is_utf8:
        return None if head.translate(None, _TEXT_BYTES) else "legacy_text"
    start = head.removeprefix(codecs.BOM_UTF8).lstrip()[:16].lower()
    return "markup" if start.startswith(_MARKUP_STARTS) else "txt"


def _detect(file, policy: UploadPolicy) -> tuple[str | None, str | None]:
    """(kind, label) of the content; kind is a key of KINDS when we know it, label names it for the user."""
    head = _read_head(file)
    if head.startswith(b"PK\x03\x04") and (kind := _zip_kind(file)):
        return kind, str(_LABELS[kind])
    if policy.utf16_text and "txt" in policy.kinds and _is_utf16_text(file, head):
        return "txt", str(_LABELS["txt"])
    guess = filetype.guess(head)
    if guess is not None:
        kind = _FILETYPE_KINDS.get(guess.extension)
        return kind, str(_LABELS[kind]) if kind else guess.extension.upper()
    kind = _text_kind(file, head)
    if kind == "txt" and "csv" in policy.kinds:
        kind = "csv"  # a CSV is text; the importer reports malformed rows itself
    return kind, str(_LABELS[kind]) if kind else None


def _check_image(file, rules: ImageRules) -> None:
    try:
        with warnings.catch_warnings():
            # Pillow only warns between MAX_IMAGE_PIXELS and twice that; we refuse instead.
            warnings.simplefilter("error", Image.DecompressionBombWarning)
            with Image.open(file) as image:
                width, height = image.size
                if width * height > rules.max_pixels:
                    raise _refuse("image_too_many_pixels")
                image.load()  # decodes the pixels: catches truncated and corrupt files
    except (Image.DecompressionBombError, Image.DecompressionBombWarning):
        raise _refuse("image_too_many_pixels") from None
    except (UnidentifiedImageError, OSError, SyntaxError, ValueError):
        raise _refuse("image_unreadable") from None
    finally:
        file.seek(0)
    if width < rules.min_width or height < rules.min_height:
        raise _refuse(
            "image_too_small",
            width=width,
            height=height,
            min_width=rules.min_width,
            min_height=rules.min_height,
        )
    if rules.portrait and height < width:
        raise _refuse("image_not_portrait")


def validate_upload(file, policy: UploadPolicy) -> DetectedType:
    """Check `file` (a Django File/UploadedFile) against `policy` by content; return what it really is."""
    size = file.size
    if not size:
        raise _refuse("empty")
    if size > policy.limit:
        raise _refuse("too_large", size=filesizeformat(size), limit=filesizeformat(policy.limit))
    kind, label = _detect(file, policy)
    if kind == "legacy_text" and policy.kinds & {"csv", "txt"}:
        raise _refuse("not_utf8")
    if kind not in policy.kinds:
        if label is None:
            raise _refuse("unknown_type", accepted=policy.accepted_label)
        raise _refuse("wrong_type", found=label, accepted=policy.accepted_label)
    if policy.image is not None:
        _check_image(file, policy.image)
    return KINDS[kind]


def check_upload(file, policy: UploadPolicy):
    """Validate `file` and mark it as `CheckedFileField` does: `detected_type`, `original_name`, and a `name` with
    the detected extension. For uploads that do not come through a form (imports, the demo)."""
    detected = validate_upload(file, policy)
    file.original_name = file.name
    file.detected_type = detected
    file.name = detected.rename(file.name)
    return file


class UploadValidator:
    """`validate_upload` as a validator for form and DRF serializer fields (not for model fields: not migratable)."""

    def __init__(self, policy: UploadPolicy):
        self.policy = policy

    def __call__(self, file) -> None:
        validate_upload(file, self.policy)

    def __eq__(self, other):
        return isinstance(other, UploadValidator) and other.policy == self.policy

    def __hash__(self):
        return hash(self.policy)


class CheckedFileField(forms.FileField):
    """A file field that checks new uploads by content.

    On success the cleaned file carries `detected_type` (a DetectedType) and `original_name` (the name the user
    gave), and its `name` gets the detected extension, so `field_file.save(file.name, file)` stores it correctly.
    """

    def __init__(self, *, policy: UploadPolicy, **kwargs):
        self.policy = policy
        super().__init__(**kwargs)

    def widget_attrs(self, widget):
        return {**super().widget_attrs(widget), "accept": self.policy.accept_attribute}

    def clean(self, data, initial=None):
        value = super().clean(data, initial)
        if isinstance(value, UploadedFile):
            check_upload(value, self.policy)
        return value
