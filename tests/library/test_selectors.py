import pytest
from django.contrib.auth.models import AnonymousUser
from django.utils import timezone

from plenaria.library import selectors
from plenaria.library.enums import AccessLevel, DocumentStatus
from tests.factories.congresses import CongressFactory
from tests.factories.library import (
    DocumentFactory,
    DocumentFileFactory,
    DocumentTypeFactory,
    DocumentVersionFactory,
    DraftDocumentFactory,
    PressReleaseTypeFactory,
)

pytestmark = [pytest.mark.django_db]

ANONYMOUS = AnonymousUser()


def _withdrawn(congress, **fields):
    return DocumentFactory(
        congress=congress,
        status=DocumentStatus.WITHDRAWN,
        withdrawn_at=timezone.now(),
        withdrawal_reason="Replaced by the final outcome document.",
        **fields,
    )


def test_drafts_and_withdrawn_documents_are_not_listed(congress):
    published = DocumentFactory(congress=congress)
    DraftDocumentFactory(congress=congress)
    _withdrawn(congress)

    assert list(selectors.visible_documents(user=ANONYMOUS, congress=congress)) == [published]


def test_another_congress_documents_are_not_listed_nor_opened(congress, make_staff):
    other = DocumentFactory(congress=CongressFactory())
    editor = make_staff(congress, "can_edit_documents")

    assert not selectors.visible_documents(user=editor, congress=congress).exists()
    assert selectors.get_visible_document(user=editor, congress=congress, pk=other.pk) is None


def test_a_draft_cannot_be_opened_even_by_an_editor(congress, make_staff):
    draft = DraftDocumentFactory(congress=congress)
    editor = make_staff(congress, "can_edit_documents")

    assert selectors.get_visible_document(user=editor, congress=congress, pk=draft.pk) is None


def test_a_withdrawn_document_opens_for_its_readers_without_files(congress):
    withdrawn = _withdrawn(congress)
    file = DocumentFileFactory(version=DocumentVersionFactory(document=withdrawn))

    found = selectors.get_visible_document(user=ANONYMOUS, congress=congress, pk=withdrawn.pk)

    assert found == withdrawn
    assert found.withdrawal_reason == "Replaced by the final outcome document."
    assert selectors.versions_visible(found) == []
    assert selectors.get_visible_file(user=ANONYMOUS, congress=congress, pk=file.pk) is None


def test_a_withdrawn_document_of_a_narrower_level_stays_hidden(congress):
    withdrawn = _withdrawn(congress, access_level=AccessLevel.GOVERNMENTS)

    assert selectors.get_visible_document(user=ANONYMOUS, congress=congress, pk=withdrawn.pk) is None


def test_unknown_or_malformed_pk_finds_nothing(congress):
    assert selectors.get_visible_document(user=ANONYMOUS, congress=congress, pk="abc") is None
    assert selectors.get_visible_document(user=ANONYMOUS, congress=congress, pk=999999) is None
    assert selectors.get_visible_file(user=ANONYMOUS, congress=congress, pk="1; drop") is None


def test_files_of_every_version_of_a_visible_document_are_served(congress):
    document = DocumentFactory(congress=congress)
    old = DocumentFileFactory(version=DocumentVersionFactory(document=document, number=1))
    new = DocumentFileFactory(version=DocumentVersionFactory(document=document, number=2), language="fr")

    assert selectors.get_visible_file(user=ANONYMOUS, congress=congress, pk=old.pk) == old
    assert selectors.get_visible_file(user=ANONYMOUS, congress=congress, pk=new.pk) == new
    assert selectors.get_visible_file(user=ANONYMOUS, congress=CongressFactory(), pk=new.pk) is None


def test_files_of_drafts_and_narrower_levels_are_not_served(congress):
    draft_file = DocumentFileFactory(
        version=DocumentVersionFactory(document=DraftDocumentFactory(congress=congress))
    )
    secret = DocumentFactory(congress=congress, access_level=AccessLevel.SECRETARIAT)
    secret_file = DocumentFileFactory(version=DocumentVersionFactory(document=secret))

    assert selectors.get_visible_file(user=ANONYMOUS, congress=congress, pk=draft_file.pk) is None
    assert selectors.get_visible_file(user=ANONYMOUS, congress=congress, pk=secret_file.pk) is None


def test_current_version_is_the_highest_number(congress):
    document = DocumentFactory(congress=congress)
    assert selectors.current_version(document) is None
    DocumentVersionFactory(document=document, number=1, label="Draft 1")
    DocumentVersionFactory(document=document, number=3, label="Final")
    DocumentVersionFactory(document=document, number=2, label="Draft 2")

    assert selectors.current_version(document).label == "Final"
    prefetched = type(document).objects.prefetch_related("versions").get(pk=document.pk)
    assert selectors.current_version(prefetched).label == "Final"


def test_versions_visible_are_newest_first_with_their_files(congress, django_assert_num_queries):
    document = DocumentFactory(congress=congress)
    for number in (1, 2, 3):
        DocumentFileFactory(version=DocumentVersionFactory(document=document, number=number))

    with django_assert_num_queries(2):
        versions = selectors.versions_visible(document)
        files = [list(version.files.all()) for version in versions]

    assert [version.number for version in versions] == [3, 2, 1]
    assert all(len(version_files) == 1 for version_files in files)


def test_press_releases_are_the_visible_documents_of_a_press_release_type(congress):
    press = PressReleaseTypeFactory(congress=congress)
    release = DocumentFactory(congress=congress, document_type=press)
    DocumentFactory(congress=congress, document_type=DocumentTypeFactory(congress=congress))
    DraftDocumentFactory(congress=congress, document_type=press)
    DocumentFactory(congress=congress, document_type=press, access_level=AccessLevel.PARTICIPANTS)

    releases = selectors.documents_of_type_press_release(user=ANONYMOUS, congress=congress)

    assert list(releases) == [release]


def test_editable_documents_include_drafts_and_withdrawn_ones_of_the_congress_only(congress):
    mine = {DocumentFactory(congress=congress), DraftDocumentFactory(congress=congress), _withdrawn(congress)}
    DocumentFactory(congress=CongressFactory())

    assert set(selectors.editable_documents(congress=congress)) == mine
