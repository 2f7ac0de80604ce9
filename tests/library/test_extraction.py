import io
import zipfile

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from PIL import Image
from reportlab.pdfgen import canvas

from plenaria.library.enums import ExtractionStatus
from plenaria.library.extraction import DOCX, MAX_TEXT_CHARS, ODT, PDF, RTF, TEXT, extract_text

pytestmark = [pytest.mark.unit]


def pdf_bytes(*pages: str) -> bytes:
    buffer = io.BytesIO()
    pdf = canvas.Canvas(buffer)
    for text in pages:
        pdf.drawString(72, 720, text)
        pdf.showPage()
    pdf.save()
    return buffer.getvalue()


def docx_bytes(paragraphs: list[str]) -> bytes:
    body = "".join(
        f'<w:p><w:r><w:t xml:space="preserve">{text}</w:t></w:r><w:r><w:tab/><w:t>end</w:t></w:r></w:p>'
        for text in paragraphs
    )
    document = (
        '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
        '<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">'
        f"<w:body>{body}<w:p><w:del><w:r><w:delText>deleted words</w:delText></w:r></w:del></w:p></w:body>"
        "</w:document>"
    )
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("[Content_Types].xml", '<?xml version="1.0"?><Types/>')
        archive.writestr("word/document.xml", document)
    return buffer.getvalue()


def odt_bytes(heading: str, paragraph: str) -> bytes:
    content = (
        '<?xml version="1.0" encoding="UTF-8"?>'
        '<office:document-content xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" '
        'xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0"><office:body><office:text>'
        f'<text:h text:outline-level="1">{heading}</text:h>'
        f'<text:p>{paragraph}<text:s text:c="2"/><text:span>in a span</text:span> and after.</text:p>'
        "</office:text></office:body></office:document-content>"
    )
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        archive.writestr("mimetype", "application/vnd.oasis.opendocument.text")
        archive.writestr("content.xml", content)
    return buffer.getvalue()


def upload(content: bytes, name: str = "file") -> SimpleUploadedFile:
    return SimpleUploadedFile(name, content)


def test_pdf_text_is_read_from_every_page():
    result = extract_text(upload(pdf_bytes("Yokohama Global Commitment", "Stockholm Agenda")), PDF)

    assert result.status == ExtractionStatus.DONE
    assert "Yokohama Global Commitment" in result.text
    assert "Stockholm Agenda" in result.text


def test_pdf_without_text_has_no_text():
    result = extract_text(upload(pdf_bytes("")), PDF)

    assert result.status == ExtractionStatus.NO_TEXT
    assert result.text == ""


def test_damaged_pdf_fails_with_a_short_reason():
    damaged = pdf_bytes("Yokohama")[:200]

    result = extract_text(upload(damaged), PDF)

    assert result.status == ExtractionStatus.FAILED
    assert result.error
    assert len(result.error) <= 300


def test_docx_text_runs_and_paragraphs_are_read():
    result = extract_text(
        upload(docx_bytes(["Protection of children", "Recovery &amp; reintegration"])), DOCX
    )

    assert result.status == ExtractionStatus.DONE
    assert result.text == "Protection of children\tend\nRecovery & reintegration\tend"


def test_docx_that_is_not_a_zip_fails():
    result = extract_text(upload(b"PK\x03\x04 not really a zip"), DOCX)

    assert result.status == ExtractionStatus.FAILED
    assert "damaged" in result.error


def test_docx_with_broken_xml_fails():
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        archive.writestr("word/document.xml", "<w:document><w:body><w:p>")

    result = extract_text(upload(buffer.getvalue()), DOCX)

    assert result.status == ExtractionStatus.FAILED


def test_docx_entities_are_not_expanded():
    bomb = (
        '<?xml version="1.0"?><!DOCTYPE d [<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;&a;">]>'
        '<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">'
        "<w:body><w:p><w:r><w:t>&b;</w:t></w:r></w:p></w:body></w:document>"
    )
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        archive.writestr("word/document.xml", bomb)

    result = extract_text(upload(buffer.getvalue()), DOCX)

    assert result.status == ExtractionStatus.FAILED
    assert "aaaaaaaaaa" not in result.text


def test_odt_headings_paragraphs_and_spaces_are_read():
    result = extract_text(upload(odt_bytes("Yokohama 2001", "Second World Congress")), ODT)

    assert result.status == ExtractionStatus.DONE
    assert result.text == "Yokohama 2001\nSecond World Congress  in a span and after."


def test_rtf_text_with_accents_and_unicode():
    rtf = (
        rb"{\rtf1\ansi\ansicpg1252\deff0{\fonttbl{\f0 Times New Roman;}}{\colortbl;\red0\green0\blue0;}"
        rb"{\*\generator Writer;}{\info{\title Hidden title}}"
        rb"\pard Congr\'e8s mondial\par "
        rb"\uc1\u27178?\u27996? Yokohama\par "
        rb"Tab\tab after \{braces\}\par}"
    )

    result = extract_text(upload(rtf), RTF)

    assert result.status == ExtractionStatus.DONE
    assert result.text == "Congrès mondial\n横浜 Yokohama\nTab\tafter {braces}"


def test_rtf_that_is_not_rtf_fails():
    result = extract_text(upload(b"just some words"), RTF)

    assert result.status == ExtractionStatus.FAILED


def test_rtf_nested_too_deeply_fails_without_an_exception():
    result = extract_text(upload(b"{\\rtf1 " + b"{" * 5000 + b"deep" + b"}" * 5000 + b"}"), RTF)

    assert result.status == ExtractionStatus.FAILED


@pytest.mark.parametrize(
    "encoded",
    [
        "Déclaration de Yokohama — 横浜".encode("utf-16"),
        "Déclaration de Yokohama — 横浜".encode("utf-16-be").join([b"\xfe\xff", b""]),
        "\ufeffDéclaration de Yokohama — 横浜".encode(),
        "Déclaration de Yokohama — 横浜".encode(),
    ],
    ids=["utf-16-le-bom", "utf-16-be-bom", "utf-8-bom", "utf-8"],
)
def test_text_files_in_utf8_and_utf16(encoded):
    result = extract_text(upload(encoded), TEXT)

    assert result.status == ExtractionStatus.DONE
    assert result.text == "Déclaration de Yokohama — 横浜"


def test_text_in_another_encoding_fails():
    result = extract_text(upload("Congrès".encode("latin-1")), TEXT)

    assert result.status == ExtractionStatus.FAILED


def test_long_text_is_cut_at_the_limit():
    result = extract_text(upload(b"word " * (MAX_TEXT_CHARS // 4)), "text/plain; charset=utf-8")

    assert result.status == ExtractionStatus.DONE
    assert len(result.text) <= MAX_TEXT_CHARS
    assert result.text.startswith("word word")


def test_nul_characters_are_dropped():
    result = extract_text(upload("a\x00b".encode("utf-16")), TEXT)

    assert result.text == "ab"


def test_pictures_have_no_text():
    buffer = io.BytesIO()
    Image.new("RGB", (20, 20)).save(buffer, format="PNG")

    result = extract_text(upload(buffer.getvalue()), "image/png")

    assert result.status == ExtractionStatus.NO_TEXT


def test_unknown_type_fails():
    result = extract_text(upload(b"MZ\x90\x00"), "application/x-msdownload")

    assert result.status == ExtractionStatus.FAILED
