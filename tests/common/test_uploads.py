import io
import re
import zipfile

import pytest
from django import forms
from django.core.exceptions import ValidationError
from django.core.files.base import ContentFile
from django.core.files.uploadedfile import SimpleUploadedFile, TemporaryUploadedFile
from django.utils import translation
from openpyxl import Workbook
from PIL import Image

from plenaria.common.private_storage import PrivateStorage, private_file_response, private_upload_to
from plenaria.common.uploads import (
    DOCUMENT,
    KINDS,
    PHOTO,
    SPREADSHEET,
    CheckedFileField,
    DetectedType,
    ImageRules,
    UploadPolicy,
    UploadValidator,
    validate_upload,
)

pytestmark = [pytest.mark.unit]


def _pdf_bytes() -> bytes:
    """A one-page PDF with a correct cross-reference table."""
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] >>",
    ]
    out = bytearray(b"%PDF-1.4\n")
    offsets = []
    for number, body in enumerate(objects, start=1):
        offsets.append(len(out))
        out += b"%d 0 obj\n%s\nendobj\n" % (number, body)
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1)
    out += b"".join(b"%010d 00000 n \n" % offset for offset in offsets)
    out += b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (len(objects) + 1, xref)
    return bytes(out)


def _image_bytes(image_format: str, size: tuple[int, int] = (300, 400)) -> bytes:
    buffer = io.BytesIO()
    Image.new("RGB", size, (200, 30, 30)).save(buffer, format=image_format)
    return buffer.getvalue()


def _xlsx_bytes(*, with_macros: bool = False) -> bytes:
    workbook = Workbook()
    workbook.active.append(["family name", "given name"])
    workbook.active.append(["Ōtani", "Mei"])
    buffer = io.BytesIO()
    workbook.save(buffer)
    if with_macros:
        with zipfile.ZipFile(buffer, "a") as archive:
            archive.writestr("xl/vbaProject.bin", b"\xd0\xcf\x11\xe0 macro")
    return buffer.getvalue()


def _zip_bytes() -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        archive.writestr("readme.txt", "not a workbook")
    return buffer.getvalue()


def _upload(name: str, content: bytes) -> SimpleUploadedFile:
    return SimpleUploadedFile(name, content)


def _refusal_code(file, policy: UploadPolicy) -> str:
    with pytest.raises(ValidationError) as caught:
        validate_upload(file, policy)
    return caught.value.code


PDF = _pdf_bytes()
PNG = _image_bytes("PNG")
JPEG = _image_bytes("JPEG")
XLSX = _xlsx_bytes()
EXE = b"MZ\x90\x00\x03\x00\x00\x00\x04\x00" + b"\x00" * 100 + b"This program cannot be run in DOS mode."
ELF = b"\x7fELF\x02\x01\x01\x00" + b"\x00" * 100
HTML = b"<!DOCTYPE html>\n<html><body><script>alert(document.cookie)</script></body></html>\n"
CSV_UTF8 = "family name;given name\nMüller;Zoë\n大谷;芽衣\n".encode()


@pytest.mark.parametrize(
    ("policy", "name", "content", "expected"),
    [
        pytest.param(DOCUMENT, "note-verbale.pdf", PDF, KINDS["pdf"], id="pdf"),
        pytest.param(DOCUMENT, "press-card.png", PNG, KINDS["png"], id="png"),
        pytest.param(DOCUMENT, "passport.jpeg", JPEG, KINDS["jpeg"], id="jpeg"),
        pytest.param(DOCUMENT, "scan.jpg", PDF, KINDS["pdf"], id="pdf-named-jpg"),
        pytest.param(DOCUMENT, "letter", PDF, KINDS["pdf"], id="pdf-without-extension"),
        pytest.param(PHOTO, "me.png", PNG, KINDS["png"], id="photo-png"),
        pytest.param(PHOTO, "me.png", JPEG, KINDS["jpeg"], id="photo-jpeg-named-png"),
        pytest.param(SPREADSHEET, "delegates.xlsx", XLSX, KINDS["xlsx"], id="xlsx"),
        pytest.param(SPREADSHEET, "delegates.csv", CSV_UTF8, KINDS["csv"], id="csv-utf8"),
        pytest.param(
            SPREADSHEET, "delegates.txt", b"\xef\xbb\xbf" + CSV_UTF8, KINDS["csv"], id="csv-utf8-bom"
        ),
        pytest.param(SPREADSHEET, "delegates.csv", XLSX, KINDS["xlsx"], id="xlsx-named-csv"),
    ],
)
def test_validate_upload_matching_content_returns_detected_type(policy, name, content, expected):
    file = _upload(name, content)

    detected = validate_upload(file, policy)

    assert detected == expected
    assert file.tell() == 0


@pytest.mark.parametrize(
    ("policy", "name", "content", "code"),
    [
        pytest.param(DOCUMENT, "empty.pdf", b"", "empty", id="empty"),
        pytest.param(DOCUMENT, "letter.pdf", EXE, "wrong_type", id="exe-named-pdf"),
        pytest.param(DOCUMENT, "letter.pdf", ELF, "wrong_type", id="elf-named-pdf"),
        pytest.param(DOCUMENT, "letter.pdf", HTML, "wrong_type", id="html-named-pdf"),
        pytest.param(DOCUMENT, "letter.pdf", b"  <svg onload=alert(1)>", "wrong_type", id="svg-named-pdf"),
        pytest.param(DOCUMENT, "letter.pdf", XLSX, "wrong_type", id="xlsx-as-document"),
        pytest.param(DOCUMENT, "letter.pdf", b"\x01\x02\x03\xfe" * 50, "unknown_type", id="unknown-binary"),
        pytest.param(PHOTO, "me.jpg", PDF, "wrong_type", id="pdf-as-photo"),
        pytest.param(PHOTO, "me.jpg", _image_bytes("GIF"), "wrong_type", id="gif-as-photo"),
        pytest.param(SPREADSHEET, "list.csv", HTML, "wrong_type", id="html-named-csv"),
        pytest.param(SPREADSHEET, "list.xlsx", _zip_bytes(), "wrong_type", id="plain-zip"),
        pytest.param(SPREADSHEET, "list.xlsx", _xlsx_bytes(with_macros=True), "wrong_type", id="xlsm"),
        pytest.param(SPREADSHEET, "list.csv", PDF, "wrong_type", id="pdf-named-csv"),
        pytest.param(SPREADSHEET, "list.csv", "Müller;Zoë\n".encode("latin-1"), "not_utf8", id="latin1-csv"),
        pytest.param(
            SPREADSHEET, "list.csv", "Müller\x00;Zoë\n".encode("latin-1"), "unknown_type", id="nul-csv"
        ),
    ],
)
def test_validate_upload_wrong_content_refused_with_code(policy, name, content, code):
    assert _refusal_code(_upload(name, content), policy) == code


def test_validate_upload_file_over_limit_refused_as_too_large():
    policy = UploadPolicy(kinds={"pdf"}, max_bytes=len(PDF) - 1)

    assert _refusal_code(_upload("letter.pdf", PDF), policy) == "too_large"


def test_validate_upload_file_at_limit_accepted():
    policy = UploadPolicy(kinds={"pdf"}, max_bytes=len(PDF))

    assert validate_upload(_upload("letter.pdf", PDF), policy) == KINDS["pdf"]


def test_validate_upload_default_limit_read_from_settings(settings):
    settings.UPLOAD_MAX_BYTES = 10

    assert _refusal_code(_upload("letter.pdf", PDF), DOCUMENT) == "too_large"


def test_validate_upload_temporary_file_on_disk_accepted():
    file = TemporaryUploadedFile("letter.pdf", "application/octet-stream", len(PDF), None)
    file.write(PDF)

    detected = validate_upload(file, DOCUMENT)
    file.close()

    assert detected == KINDS["pdf"]


def test_validate_upload_wrong_type_message_names_found_and_accepted():
    with translation.override("en"), pytest.raises(ValidationError) as caught:
        validate_upload(_upload("letter.pdf", EXE), DOCUMENT)

    assert caught.value.messages == ["The file type is EXE; accepted types: PDF, JPEG, PNG."]


def test_validate_upload_too_large_message_gives_both_sizes():
    policy = UploadPolicy(kinds={"pdf"}, max_bytes=2 * 1024 * 1024)
    content = PDF + b"\n" * (3 * 1024 * 1024)

    with translation.override("en"), pytest.raises(ValidationError) as caught:
        validate_upload(_upload("letter.pdf", content), policy)

    assert caught.value.messages == ["The file is 3.0\xa0MB; the limit is 2.0\xa0MB."]


@pytest.mark.parametrize(
    ("size", "code"),
    [
        pytest.param((299, 400), "image_too_small", id="too-narrow"),
        pytest.param((300, 399), "image_too_small", id="too-short"),
        pytest.param((40, 60), "image_too_small", id="thumbnail"),
        pytest.param((800, 600), "image_not_portrait", id="landscape"),
    ],
)
def test_validate_upload_photo_wrong_dimensions_refused(size, code):
    assert _refusal_code(_upload("me.png", _image_bytes("PNG", size)), PHOTO) == code


def test_validate_upload_photo_square_accepted():
    assert validate_upload(_upload("me.jpg", _image_bytes("JPEG", (500, 500))), PHOTO) == KINDS["jpeg"]


def test_validate_upload_photo_over_pixel_limit_refused():
    policy = UploadPolicy(kinds={"png"}, image=ImageRules(max_pixels=1_000_000))

    code = _refusal_code(_upload("me.png", _image_bytes("PNG", (1001, 1000))), policy)

    assert code == "image_too_many_pixels"


def test_validate_upload_photo_pillow_decompression_bomb_refused(monkeypatch):
    monkeypatch.setattr(Image, "MAX_IMAGE_PIXELS", 100_000)

    code = _refusal_code(_upload("me.png", _image_bytes("PNG", (400, 400))), PHOTO)

    assert code == "image_too_many_pixels"


def test_validate_upload_photo_truncated_refused_as_unreadable():
    truncated = _image_bytes("PNG", (300, 400))[:200]

    assert _refusal_code(_upload("me.png", truncated), PHOTO) == "image_unreadable"


def test_upload_policy_unknown_kind_raises():
    with pytest.raises(ValueError, match="exe"):
        UploadPolicy(kinds={"pdf", "exe"})


def test_detected_type_rename_replaces_extension():
    assert KINDS["pdf"].rename("Scan 2001.JPG") == "Scan 2001.pdf"
    assert KINDS["png"].rename("") == "file.png"


def test_upload_validator_wrong_content_raises_validation_error():
    validator = UploadValidator(DOCUMENT)

    with pytest.raises(ValidationError) as caught:
        validator(_upload("letter.pdf", HTML))

    assert caught.value.code == "wrong_type"
    assert validator == UploadValidator(DOCUMENT)


class _DocumentForm(forms.Form):
    document = CheckedFileField(policy=DOCUMENT)


def test_checked_file_field_pdf_named_jpg_cleaned_with_pdf_name():
    form = _DocumentForm(data={}, files={"document": _upload("Passport scan.jpg", PDF)})

    assert form.is_valid()
    file = form.cleaned_data["document"]
    assert (file.name, file.original_name, file.detected_type) == (
        "Passport scan.pdf",
        "Passport scan.jpg",
        DetectedType("application/pdf", "pdf"),
    )


def test_checked_file_field_html_named_pdf_form_error_code():
    form = _DocumentForm(data={}, files={"document": _upload("letter.pdf", HTML)})

    assert not form.is_valid()
    assert [error.code for error in form.errors.as_data()["document"]] == ["wrong_type"]


def test_checked_file_field_widget_accept_lists_policy_types():
    html = str(_DocumentForm()["document"])

    assert 'accept="application/pdf,.pdf,image/jpeg,.jpg,image/png,.png"' in html


def test_private_storage_save_lands_under_private_media_root(settings, tmp_path):
    storage = PrivateStorage()  # created before the setting changes, like a model field's storage
    settings.PRIVATE_MEDIA_ROOT = tmp_path

    name = storage.save(private_upload_to("documents")(None, "Passport.PDF"), ContentFile(PDF))

    assert re.fullmatch(r"documents/[0-9a-f]{32}\.pdf", name)
    assert (tmp_path / name).exists()
    assert storage.open(name).read() == PDF  # stored encrypted (tests/common/test_private_file_encryption.py)


def test_private_storage_url_raises():
    storage = PrivateStorage()

    with pytest.raises(ValueError, match="no URL"):
        storage.url("documents/abc.pdf")
    assert storage.base_url is None


def test_private_storage_deconstruct_has_no_arguments():
    assert PrivateStorage().deconstruct() == ("plenaria.common.private_storage.PrivateStorage", (), {})


def test_private_upload_to_names_random_and_drop_odd_extensions():
    upload_to = private_upload_to("photo")

    names = [upload_to(None, "me.png"), upload_to(None, "me.png"), upload_to(None, "../../x.php%00.")]

    assert names[0] != names[1]
    assert [re.sub(r"[0-9a-f]{32}", "<hex>", name) for name in names] == [
        "photo/<hex>.png",
        "photo/<hex>.png",
        "photo/<hex>",
    ]


def test_private_file_response_attachment_headers(settings, tmp_path):
    settings.PRIVATE_MEDIA_ROOT = tmp_path
    storage = PrivateStorage()
    name = storage.save("documents/abc.pdf", ContentFile(PDF))

    with storage.open(name) as file:  # closed here: response.close() would fire request_finished
        response = private_file_response(
            file, download_name='Note "verbale"\n.pdf', content_type="application/pdf"
        )
        body = b"".join(response.streaming_content)

    assert body == PDF
    assert dict(response.headers) == {
        "Content-Type": "application/pdf",
        "Content-Length": str(len(PDF)),
        "Content-Disposition": 'attachment; filename="Note _verbale__.pdf"',
        "X-Content-Type-Options": "nosniff",
        "Cache-Control": "private, no-store",
    }
