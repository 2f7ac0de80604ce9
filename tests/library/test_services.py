import datetime
import io
import zipfile

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from PIL import Image
from reportlab.pdfgen import canvas

from plenaria.common.audit import actions_for
from plenaria.library import selectors, services
from plenaria.library.enums import AccessLevel, DocumentStatus, ExtractionStatus
from plenaria.library.errors import LibraryError
from plenaria.library.models import Document, DocumentFile, DocumentSearchEntry
from tests.factories.congresses import CongressFactory, EventFactory
from tests.factories.library import DocumentTypeFactory

pytestmark = [pytest.mark.django_db]

NOV_30 = datetime.date(2001, 11, 30)


def pdf(text: str = "Protecting children from sexual exploitation", name: str = "paper.pdf"):
    buffer = io.BytesIO()
    document = canvas.Canvas(buffer)
    document.drawString(72, 720, text)
    document.save()
    return SimpleUploadedFile(name, buffer.getvalue(), content_type="application/pdf")


def docx(text: str, *, with_macros: bool = False):
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        archive.writestr("[Content_Types].xml", "<Types/>")
        archive.writestr(
            "word/document.xml",
            '<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>'
            f"<w:p><w:r><w:t>{text}</w:t></w:r></w:p></w:body></w:document>",
        )
        if with_macros:
            archive.writestr("word/vbaProject.bin", b"macro")
    return SimpleUploadedFile("paper.docx", buffer.getvalue())


def odt(text: str) -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        archive.writestr("mimetype", "application/vnd.oasis.opendocument.text")
        archive.writestr(
            "content.xml",
            '<office:document-content xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" '
            'xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0"><office:body><office:text>'
            f"<text:p>{text}</text:p></office:text></office:body></office:document-content>",
        )
    return buffer.getvalue()


@pytest.fixture
def editor(congress, make_staff):
    return make_staff(congress, "can_edit_documents")


@pytest.fixture
def paper_type(congress):
    return DocumentTypeFactory(congress=congress)


def metadata(document_type, **fields):
    return {
        "document_type": document_type,
        "symbol": "WC2/2001/BP/3",
        "title": {"en": "Child sex tourism", "fr": "Le tourisme sexuel"},
        "summary": {"en": "A background paper."},
        "theme": "protection",
        "region": "global",
        "country": "",
        "organisation": "ECPAT International",
        "document_date": NOV_30,
        "related_event": None,
        "access_level": AccessLevel.PUBLIC,
        **fields,
    }


def create(congress, paper_type, editor, files=None, **fields):
    return services.create_document(
        congress=congress,
        **metadata(paper_type, **fields),
        version_label="Draft 1",
        files=files if files is not None else {"en": pdf()},
        actor=editor,
    )


def actions(document) -> list[str]:
    return list(actions_for(document).order_by("pk").values_list("action", flat=True))


def test_create_document_makes_a_draft_with_its_first_version(congress, paper_type, editor):
    document = create(congress, paper_type, editor, files={"en": pdf(), "fr": docx("Le tourisme sexuel")})

    assert document.status == DocumentStatus.DRAFT
    assert document.created_by == editor
    version = selectors.current_version(document)
    assert (version.number, version.label, version.version_date) == (1, "Draft 1", NOV_30)
    files = {file.language: file for file in version.files.all()}
    assert files["en"].original_name == "paper.pdf"
    assert files["en"].content_type == "application/pdf"
    assert files["en"].extraction_status == ExtractionStatus.DONE
    assert "Protecting children" in files["en"].extracted_text
    assert files["fr"].extracted_text == "Le tourisme sexuel"
    assert len(files["en"].sha256) == 64
    with files["en"].file.open("rb") as stored:
        assert stored.read().startswith(b"%PDF")
    entry = actions_for(document).get()
    assert entry.action == "library.document.created"
    assert entry.actor == editor
    assert entry.congress_id == congress.pk
    assert entry.data == {"access_level": "public", "version": 1, "languages": ["en", "fr"]}


def test_created_document_is_indexed_for_search(congress, paper_type, editor):
    document = create(congress, paper_type, editor)

    assert DocumentSearchEntry.objects.filter(document=document).exists()


def test_create_document_refuses_a_file_by_its_content_and_saves_nothing(congress, paper_type, editor):
    fake = SimpleUploadedFile("paper.pdf", b"MZ\x90\x00\x03\x00\x00\x00 not a pdf")

    with pytest.raises(LibraryError) as refused:
        create(congress, paper_type, editor, files={"en": pdf(), "fr": fake})

    assert refused.value.code == "file_refused"
    assert refused.value.language == "fr"
    assert "accepted types" in refused.value.message
    assert not Document.objects.exists()
    assert not DocumentFile.objects.exists()


@pytest.mark.parametrize(
    ("fields", "code"),
    [
        ({"title": {"en": "  "}}, "title_required"),
        ({"access_level": "everyone"}, "invalid_access_level"),
        ({"theme": "tourism"}, "invalid_theme"),
        ({"document_date": None}, "date_required"),
    ],
)
def test_create_document_refuses_bad_descriptions(congress, paper_type, editor, fields, code):
    with pytest.raises(LibraryError) as refused:
        create(congress, paper_type, editor, **fields)

    assert refused.value.code == code
    assert not Document.objects.exists()


def test_create_document_needs_a_file(congress, paper_type, editor):
    with pytest.raises(LibraryError) as refused:
        create(congress, paper_type, editor, files={})

    assert refused.value.code == "files_required"


def test_type_and_event_must_be_of_the_congress(congress, paper_type, editor):
    other = CongressFactory()

    with pytest.raises(LibraryError) as wrong_type:
        create(congress, DocumentTypeFactory(congress=other), editor)
    with pytest.raises(LibraryError) as wrong_event:
        create(congress, paper_type, editor, related_event=EventFactory(congress=other))

    assert wrong_type.value.code == "type_of_another_congress"
    assert wrong_event.value.code == "event_of_another_congress"


def test_symbol_is_unique_in_the_congress(congress, paper_type, editor):
    create(congress, paper_type, editor)

    with pytest.raises(LibraryError) as refused:
        create(congress, paper_type, editor)

    assert refused.value.code == "symbol_taken"
    assert create(congress, paper_type, editor, symbol="").symbol == ""
    other = CongressFactory()
    assert create(other, DocumentTypeFactory(congress=other), editor).symbol == "WC2/2001/BP/3"


def test_update_document_records_which_fields_changed(congress, paper_type, editor):
    document = create(congress, paper_type, editor)

    services.update_document(
        document=document,
        **metadata(
            paper_type,
            title={"en": "Child sex tourism", "fr": "Le tourisme sexuel impliquant des enfants"},
            summary={"en": "A longer summary."},
            access_level=AccessLevel.PARTICIPANTS,
        ),
        actor=editor,
    )

    document.refresh_from_db()
    assert document.access_level == AccessLevel.PARTICIPANTS
    entry = actions_for(document).get(action="library.document.changed")
    assert entry.data["fields"] == ["access_level", "summary", "title"]
    assert entry.data["changes"]["access_level"] == ["public", "participants"]
    assert entry.data["changes"]["title"][1]["fr"] == "Le tourisme sexuel impliquant des enfants"
    assert "summary" not in entry.data["changes"]


def test_update_document_without_change_logs_nothing(congress, paper_type, editor):
    document = create(congress, paper_type, editor)

    services.update_document(document=document, **metadata(paper_type), actor=editor)

    assert actions(document) == ["library.document.created"]


def test_versions_are_numbered_after_the_last_and_the_newest_is_current(congress, paper_type, editor):
    document = create(congress, paper_type, editor)

    second = services.add_version(
        document=document,
        label="Draft 2",
        version_date=datetime.date(2001, 12, 10),
        change_note="Comments of the regional consultations.",
        files={"en": pdf("Second draft")},
        actor=editor,
    )
    final = services.add_version(
        document=document,
        label="Final",
        version_date=datetime.date(2001, 12, 20),
        change_note="",
        files={"en": pdf("Final text"), "ja": pdf("最終")},
        actor=editor,
    )

    assert (second.number, final.number) == (2, 3)
    assert selectors.current_version(document) == final
    assert [version.label for version in document.versions.all()] == ["Final", "Draft 2", "Draft 1"]
    assert actions(document)[-2:] == ["library.document.version_added", "library.document.version_added"]
    assert actions_for(document).first().data["version"] == 3


def test_a_version_needs_a_file_and_a_label(congress, paper_type, editor):
    document = create(congress, paper_type, editor)

    with pytest.raises(LibraryError) as no_file:
        services.add_version(
            document=document, label="Draft 2", version_date=NOV_30, change_note="", files={}, actor=editor
        )
    with pytest.raises(LibraryError) as no_label:
        services.add_version(
            document=document,
            label=" ",
            version_date=NOV_30,
            change_note="",
            files={"en": pdf()},
            actor=editor,
        )

    assert no_file.value.code == "files_required"
    assert no_label.value.code == "label_required"
    assert document.versions.count() == 1


def test_add_file_replaces_a_language_file_and_deletes_the_old_one(
    congress, paper_type, editor, django_capture_on_commit_callbacks
):
    document = create(congress, paper_type, editor)
    version = selectors.current_version(document)
    old = version.files.get(language="en")
    storage, old_name = old.file.storage, old.file.name

    with django_capture_on_commit_callbacks(execute=True):
        new = services.add_file(version=version, language="en", upload=pdf("Corrected"), actor=editor)

    assert list(version.files.all()) == [new]
    assert "Corrected" in new.extracted_text
    assert not storage.exists(old_name)
    entry = actions_for(document).first()
    assert entry.action == "library.document.file_replaced"
    assert entry.data["replaced"][0] == "en"


def test_add_file_adds_a_language(congress, paper_type, editor):
    document = create(congress, paper_type, editor)
    version = selectors.current_version(document)

    services.add_file(version=version, language="es", upload=docx("Turismo sexual"), actor=editor)

    assert sorted(version.files.values_list("language", flat=True)) == ["en", "es"]
    assert actions_for(document).first().action == "library.document.file_added"


def test_add_file_refuses_an_unknown_language_and_macros(congress, paper_type, editor):
    version = selectors.current_version(create(congress, paper_type, editor))

    with pytest.raises(LibraryError) as language:
        services.add_file(version=version, language="de", upload=pdf(), actor=editor)
    with pytest.raises(LibraryError) as macros:
        services.add_file(version=version, language="fr", upload=docx("x", with_macros=True), actor=editor)

    assert language.value.code == "invalid_language"
    assert macros.value.code == "file_refused"
    assert "Word with macros" in macros.value.message


def test_a_damaged_pdf_is_stored_with_its_text_unread(congress, paper_type, editor):
    damaged = SimpleUploadedFile("scan.pdf", pdf().read()[:300])

    document = create(congress, paper_type, editor, files={"en": damaged})

    file = selectors.current_version(document).files.get()
    assert file.extraction_status == ExtractionStatus.FAILED
    assert file.extraction_error
    assert file.size == 300


@pytest.mark.parametrize(
    ("name", "content", "content_type"),
    [
        ("note.txt", "Déclaration — 横浜".encode("utf-16"), "text/plain"),
        ("note.rtf", rb"{\rtf1\ansi Congr\'e8s\par}", "application/rtf"),
        ("paper.odt", odt("Congrès mondial"), "application/vnd.oasis.opendocument.text"),
    ],
)
def test_library_accepts_utf16_text_rtf_and_odt(congress, paper_type, editor, name, content, content_type):
    document = create(congress, paper_type, editor, files={"en": SimpleUploadedFile(name, content)})

    file = selectors.current_version(document).files.get()
    assert file.content_type == content_type
    assert file.extraction_status == ExtractionStatus.DONE


def test_a_picture_is_stored_without_text(congress, paper_type, editor):
    buffer = io.BytesIO()
    Image.new("RGB", (40, 60)).save(buffer, format="PNG")

    document = create(
        congress, paper_type, editor, files={"en": SimpleUploadedFile("scan.jpg", buffer.getvalue())}
    )

    file = selectors.current_version(document).files.get()
    assert (file.original_name, file.content_type) == ("scan.png", "image/png")
    assert file.extraction_status == ExtractionStatus.NO_TEXT


def test_publish_needs_a_file_and_sets_the_publication_time(congress, paper_type, editor):
    document = create(congress, paper_type, editor)
    selectors.current_version(document).files.all().delete()

    with pytest.raises(LibraryError) as refused:
        services.publish_document(document=document, actor=editor)
    assert refused.value.code == "no_file_to_publish"

    services.add_file(version=selectors.current_version(document), language="en", upload=pdf(), actor=editor)
    services.publish_document(document=document, actor=editor)

    document.refresh_from_db()
    assert document.status == DocumentStatus.PUBLISHED
    assert document.published_at is not None
    assert actions_for(document).first().action == "library.document.published"
    with pytest.raises(LibraryError) as again:
        services.publish_document(document=document, actor=editor)
    assert again.value.code == "already_published"


def test_withdraw_needs_a_published_document_and_a_reason(congress, paper_type, editor):
    document = create(congress, paper_type, editor)
    with pytest.raises(LibraryError) as draft:
        services.withdraw_document(document=document, reason="Replaced.", actor=editor)
    services.publish_document(document=document, actor=editor)
    with pytest.raises(LibraryError) as no_reason:
        services.withdraw_document(document=document, reason="   ", actor=editor)

    services.withdraw_document(document=document, reason="  Replaced by the final text. ", actor=editor)

    assert (draft.value.code, no_reason.value.code) == ("not_published", "reason_required")
    document.refresh_from_db()
    assert document.status == DocumentStatus.WITHDRAWN
    assert document.withdrawal_reason == "Replaced by the final text."
    assert document.withdrawn_at is not None
    entry = actions_for(document).first()
    assert (entry.action, entry.data) == (
        "library.document.withdrawn",
        {"reason": "Replaced by the final text."},
    )
    with pytest.raises(LibraryError) as republish:
        services.publish_document(document=document, actor=editor)
    assert republish.value.code == "withdrawn_cannot_publish"
