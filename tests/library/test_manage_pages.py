"""The library's back office: the document editors create, describe, version, publish and withdraw documents
through the pages, preview them, and see their history; no one else opens any of these pages."""

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.db import connection
from django.test import Client
from django.test.utils import CaptureQueriesContext
from django.urls import get_resolver, reverse

from plenaria.common.audit import actions_for
from plenaria.library.enums import AccessLevel, DocumentStatus
from plenaria.library.models import Document, DocumentType
from tests.factories.accounts import UserFactory
from tests.factories.congresses import CongressFactory
from tests.factories.helpdesk_manage import PDF_BYTES

pytestmark = [pytest.mark.integration, pytest.mark.django_db]

NAMESPACE = "library_manage"
LANGUAGES = ["en", "fr", "es", "ar", "ru", "zh-hans", "ja"]


@pytest.fixture(autouse=True)
def _private_media(settings, tmp_path):
    settings.PRIVATE_MEDIA_ROOT = tmp_path


@pytest.fixture
def background_paper(congress):
    return DocumentType.objects.create(
        congress=congress, slug="background", name={"en": "Background paper", "fr": "Document de fond"}
    )


@pytest.fixture
def editor(congress, make_staff):
    return make_staff(congress, "can_edit_documents")


def url(name: str, congress, **kwargs) -> str:
    return reverse(f"{NAMESPACE}:{name}", kwargs={"congress_slug": congress.slug, **kwargs})


def pdf(name: str = "paper.pdf") -> SimpleUploadedFile:
    return SimpleUploadedFile(name, PDF_BYTES, content_type="application/pdf")


def metadata(document_type, **fields) -> dict:
    """The document's form as the page sends it: one box per language for the title and the summary."""
    title = fields.pop("title", {"en": "Protecting children from sexual exploitation in tourism"})
    summary = fields.pop("summary", {"en": "A background paper for the congress."})
    data = {
        "document_type": str(document_type.pk),
        "symbol": "WC2/2001/BP/3",
        "theme": "protection",
        "region": "global",
        "country": "",
        "organisation": "ECPAT International",
        "document_date": "2001-11-30",
        "related_event": "",
        "access_level": AccessLevel.PUBLIC,
        **fields,
    }
    for index, language in enumerate(LANGUAGES):
        data[f"title_{index}"] = title.get(language, "")
        data[f"summary_{index}"] = summary.get(language, "")
    return data


def create(client, congress, document_type, **files) -> object:
    data = {**metadata(document_type), "version_label": "Draft 1"}
    data.update({f"file_{language}": upload for language, upload in (files or {"en": pdf()}).items()})
    return client.post(url("document-create", congress), data)


def test_editor_creates_versions_publishes_and_withdraws_a_document(
    client_for, congress, background_paper, editor
):
    client = client_for(editor)

    created = create(client, congress, background_paper, en=pdf("paper-en.pdf"), fr=pdf("paper-fr.pdf"))
    document = Document.objects.get()
    versioned = client.post(
        url("version-create", congress, pk=document.pk),
        {
            "label": "Final",
            "version_date": "2001-12-10",
            "change_note": "Figures updated.",
            "file_en": pdf("final.pdf"),
        },
    )
    page = client.get(url("document-edit", congress, pk=document.pk)).content.decode()
    published = client.post(url("document-publish", congress, pk=document.pk))
    document.refresh_from_db()
    status_after_publishing = document.status
    withdrawn = client.post(
        url("document-withdraw", congress, pk=document.pk), {"reason": "Replaced by the outcome document."}
    )
    document.refresh_from_db()
    listed = client.get(url("document-list", congress)).content.decode()

    assert [created.status_code, versioned.status_code, published.status_code, withdrawn.status_code] == [
        302
    ] * 4
    assert created["Location"] == url("document-edit", congress, pk=document.pk)
    assert [version.label for version in document.versions.all()] == ["Final", "Draft 1"]
    assert "paper-fr.pdf" in page
    assert "final.pdf" in page
    assert str(document.versions.first().files.get().get_extraction_status_display()) in page
    assert status_after_publishing == DocumentStatus.PUBLISHED
    assert (document.status, document.withdrawal_reason) == (
        DocumentStatus.WITHDRAWN,
        "Replaced by the outcome document.",
    )
    assert "Protecting children from sexual exploitation in tourism" in listed
    assert "Withdrawn" in listed
    actions = set(actions_for(document).values_list("action", flat=True))
    assert {"library.document.published", "library.document.withdrawn"} <= actions
    assert all(entry.actor == editor for entry in actions_for(document))


def test_document_history_shows_who_did_what(client_for, congress, background_paper, editor):
    client = client_for(editor)
    create(client, congress, background_paper)
    document = Document.objects.get()
    client.post(url("document-publish", congress, pk=document.pk))

    page = client.get(url("document-edit", congress, pk=document.pk)).content.decode()

    assert "library.document.published" in page
    assert editor.email in page


def test_editing_the_details_saves_them(client_for, congress, background_paper, editor):
    client = client_for(editor)
    create(client, congress, background_paper)
    document = Document.objects.get()

    response = client.post(
        url("document-edit", congress, pk=document.pk),
        metadata(background_paper, title={"en": "Child sex tourism", "fr": "Le tourisme sexuel"}),
    )

    document.refresh_from_db()
    assert response.status_code == 302
    assert document.title.data == {"en": "Child sex tourism", "fr": "Le tourisme sexuel"}


def test_replacing_a_language_file_of_the_current_version(client_for, congress, background_paper, editor):
    client = client_for(editor)
    create(client, congress, background_paper)
    document = Document.objects.get()

    response = client.post(
        url("file-replace", congress, pk=document.pk), {"language": "ja", "upload": pdf("paper-ja.pdf")}
    )

    files = document.versions.get().files.order_by("language")
    assert response.status_code == 302
    assert [(file.language, file.original_name) for file in files] == [
        ("en", "paper.pdf"),
        ("ja", "paper-ja.pdf"),
    ]


def test_a_document_needs_a_file(client_for, congress, background_paper, editor):
    data = {**metadata(background_paper), "version_label": "Draft 1"}

    response = client_for(editor).post(url("document-create", congress), data)

    assert response.status_code == 200
    assert "Choose at least one file." in response.content.decode()
    assert not Document.objects.exists()


def test_a_refused_upload_says_why_and_keeps_what_was_typed(client_for, congress, background_paper, editor):
    program = SimpleUploadedFile("paper.pdf", b"MZ\x90\x00\x03\x00\x00\x00" + b"\x00" * 200)

    response = create(client_for(editor), congress, background_paper, en=program)

    html = response.content.decode()
    assert response.status_code == 200
    assert "The file type is" in html
    assert "Protecting children from sexual exploitation in tourism" in html
    assert "WC2/2001/BP/3" in html
    assert "please choose them again" in html
    assert not Document.objects.exists()


def test_withdrawing_needs_a_reason(client_for, congress, background_paper, editor):
    client = client_for(editor)
    create(client, congress, background_paper)
    document = Document.objects.get()
    client.post(url("document-publish", congress, pk=document.pk))

    response = client.post(url("document-withdraw", congress, pk=document.pk), {"reason": ""})

    document.refresh_from_db()
    assert response.status_code == 200
    assert "This field is required." in response.content.decode()
    assert document.status == DocumentStatus.PUBLISHED


def test_a_withdrawn_document_cannot_be_published_again(client_for, congress, background_paper, editor):
    client = client_for(editor)
    create(client, congress, background_paper)
    document = Document.objects.get()
    client.post(url("document-publish", congress, pk=document.pk))
    client.post(url("document-withdraw", congress, pk=document.pk), {"reason": "Out of date."})

    response = client.post(url("document-publish", congress, pk=document.pk), follow=True)

    assert "A withdrawn document cannot be published again." in response.content.decode()
    assert Document.objects.get().status == DocumentStatus.WITHDRAWN


def test_preview_shows_the_draft_marked_as_a_preview(client_for, congress, background_paper, editor):
    client = client_for(editor)
    create(client, congress, background_paper)
    document = Document.objects.get()

    response = client.get(url("document-preview", congress, pk=document.pk))

    html = response.content.decode()
    assert response.status_code == 200
    assert "Preview — not published" in html
    assert "Protecting children from sexual exploitation in tourism" in html
    assert Document.objects.get().status == DocumentStatus.DRAFT


def test_list_filters_by_status_and_title(client_for, congress, background_paper, editor):
    client = client_for(editor)
    create(client, congress, background_paper)
    client.post(
        url("document-create", congress),
        {
            **metadata(background_paper, title={"en": "Report of the Bangkok consultation"}, symbol=""),
            "version_label": "Final",
            "file_en": pdf(),
        },
    )
    bangkok = Document.objects.get(symbol="")
    client.post(url("document-publish", congress, pk=bangkok.pk))

    published = client.get(url("document-list", congress), {"status": "published"}).content.decode()
    searched = client.get(url("document-list", congress), {"q": "tourism"}).content.decode()

    assert "Report of the Bangkok consultation" in published
    assert "in tourism" not in published
    assert "in tourism" in searched
    assert "Bangkok" not in searched


def test_list_search_finds_a_title_in_japanese(client_for, congress, background_paper, editor):
    client = client_for(editor)
    client.post(
        url("document-create", congress),
        {
            **metadata(background_paper, title={"ja": "横浜グローバル・コミットメント"}),
            "version_label": "Final",
            "file_ja": pdf(),
        },
    )

    found = client.get(url("document-list", congress), {"q": "コミットメント"}).content.decode()
    not_found = client.get(url("document-list", congress), {"q": "ストックホルム"}).content.decode()

    assert "横浜グローバル・コミットメント" in found
    assert "横浜グローバル・コミットメント" not in not_found


def test_a_symbol_already_used_is_refused_next_to_the_symbol(client_for, congress, background_paper, editor):
    client = client_for(editor)
    create(client, congress, background_paper)
    data = {
        **metadata(background_paper, title={"en": "Another paper"}),
        "version_label": "Draft 1",
        "file_en": pdf(),
    }

    response = client.post(url("document-create", congress), data)

    html = response.content.decode()
    assert response.status_code == 200
    assert 'id="id_symbol_error"><li>Another document of this congress already has this symbol.' in html
    assert "Another paper" in html
    assert Document.objects.count() == 1


def test_list_query_count_does_not_grow_with_documents(client_for, congress, background_paper, editor):
    client = client_for(editor)
    create(client, congress, background_paper)
    with CaptureQueriesContext(connection) as one:
        client.get(url("document-list", congress))
    for number in (4, 5):
        client.post(
            url("document-create", congress),
            {
                **metadata(background_paper, symbol=f"WC2/2001/BP/{number}"),
                "version_label": "Draft 1",
                "file_en": pdf(),
                "file_fr": pdf(),
            },
        )

    with CaptureQueriesContext(connection) as three:
        response = client.get(url("document-list", congress))

    assert len(response.context["rows"]) == 3
    assert len(three) == len(one)


def test_sidebar_shows_documents_to_editors_only(client_for, congress, editor, make_staff):
    link = url("document-list", congress)
    home = reverse("manage:home", kwargs={"congress_slug": congress.slug})

    for_editor = client_for(editor).get(home).content.decode()
    for_other = client_for(make_staff(congress)).get(home).content.decode()

    assert link in for_editor
    assert link not in for_other


# --- Who may open the pages --------------------------------------------------------------------------------------


@pytest.fixture
def document(congress, background_paper, make_staff):
    """A draft with one file, created by an editor on a browser of their own."""
    browser = Client()
    browser.force_login(make_staff(congress, "can_edit_documents"))
    create(browser, congress, background_paper)
    return Document.objects.get()


def every_page(document) -> list[str]:
    """Every URL of the library's back office, found from the URL configuration, pointing at `document`."""
    file = document.versions.get().files.get()
    values = {"pk": document.pk, "file_pk": file.pk}
    _prefix, resolver = get_resolver().namespace_dict[NAMESPACE]
    pages = []
    for pattern in resolver.url_patterns:
        kwargs = {}
        for parameter in pattern.pattern.converters:
            assert parameter in values, f"{NAMESPACE}:{pattern.name} takes '{parameter}': add it"
            kwargs[parameter] = values[parameter]
        pages.append(url(pattern.name, document.congress, **kwargs))
    return pages


def state_of(document) -> tuple:
    document = Document.objects.get(pk=document.pk)
    return (document.status, document.title.data, document.versions.count())


@pytest.mark.parametrize("method", ["get", "post"])
def test_staff_without_the_flag_are_refused_every_page(client_for, congress, make_staff, document, method):
    client = client_for(make_staff(congress, "can_change_content", "can_view_audit_log"))
    before = state_of(document)

    statuses = {page: getattr(client, method)(page).status_code for page in every_page(document)}

    assert set(statuses.values()) == {403}, statuses
    assert state_of(document) == before


@pytest.mark.parametrize("method", ["get", "post"])
def test_visitors_are_sent_to_sign_in_from_every_page(client, document, method):
    for page in every_page(document):
        response = getattr(client, method)(page)

        assert response.status_code == 302, page
        assert "/accounts/login/" in response["Location"], page


@pytest.mark.parametrize("method", ["get", "post"])
def test_editors_of_another_congress_are_refused_every_page(client_for, make_staff, document, method):
    other = CongressFactory()
    client = client_for(make_staff(other, "can_edit_documents"))
    before = state_of(document)

    statuses = {page: getattr(client, method)(page).status_code for page in every_page(document)}
    # The same pages, asked in the editor's own congress for this congress's document.
    own = {
        page: client.get(page.replace(f"/{document.congress.slug}/", f"/{other.slug}/")).status_code
        for page in every_page(document)
        if f"/{document.pk}/" in page
    }

    assert set(statuses.values()) == {403}, statuses
    assert set(own.values()) == {404}, own
    assert state_of(document) == before


def test_a_participant_without_a_team_is_refused(client_for, document):
    client = client_for(UserFactory())

    statuses = {page: client.get(page).status_code for page in every_page(document)}

    assert set(statuses.values()) == {403}, statuses
