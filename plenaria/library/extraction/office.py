"""The text of Word DOCX and OpenDocument ODT files: the XML inside their ZIP, read with the standard library
through defusedxml (an entity bomb is refused), up to `MAX_XML_BYTES` of XML."""

import zipfile
from io import BytesIO

from defusedxml import ElementTree

from .budget import Budget
from .errors import Unreadable, describe

MAX_XML_BYTES = 64 * 1024 * 1024

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
        raise Unreadable("The document is damaged (not a readable ZIP file).") from None
    try:
        stream = archive.open(member)
    except KeyError:
        archive.close()
        raise Unreadable(f"The document has no {member}.") from None
    budget = Budget()
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
            raise Unreadable(describe(error)) from None
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


def docx_text(data: bytes) -> str:
    return _zip_xml_text(data, "word/document.xml", {f"{_W}p"}, _render_docx)


def odt_text(data: bytes) -> str:
    return _zip_xml_text(data, "content.xml", {f"{_TEXT}p", f"{_TEXT}h"}, _render_odt)
