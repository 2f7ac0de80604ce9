import pytest
from django.contrib.auth.models import AnonymousUser
from django.utils import timezone

from plenaria.library import selectors
from plenaria.library.access import access_levels_for
from plenaria.library.enums import AccessLevel
from plenaria.registration.enums import CategoryKind, RegistrationStatus
from tests.factories.accounts import UserFactory
from tests.factories.congresses import CongressFactory
from tests.factories.library import DocumentFactory
from tests.factories.registration import (
    CategoryFactory,
    DelegationFactory,
    FocalPointFactory,
    OrganisationFactory,
    ParticipantFactory,
)

pytestmark = [pytest.mark.django_db]

PUBLIC, PARTICIPANTS, GOVERNMENTS, SECRETARIAT = (
    AccessLevel.PUBLIC,
    AccessLevel.PARTICIPANTS,
    AccessLevel.GOVERNMENTS,
    AccessLevel.SECRETARIAT,
)


def _participant(congress, kind, status=RegistrationStatus.APPROVED):
    user = UserFactory()
    ParticipantFactory(category=CategoryFactory(congress=congress, kind=kind), status=status, user=user)
    return user


def _focal_point(congress, organisation_kind="government", accepted=True):
    user = UserFactory()
    FocalPointFactory(
        delegation=DelegationFactory(
            congress=congress, organisation=OrganisationFactory(kind=organisation_kind)
        ),
        user=user,
        accepted_at=timezone.now() if accepted else None,
    )
    return user


USERS = {
    "anonymous": lambda congress, make_staff: AnonymousUser(),
    "signed_in_without_registration": lambda congress, make_staff: UserFactory(),
    "registered_not_accredited": lambda congress, make_staff: _participant(
        congress, CategoryKind.NGO, RegistrationStatus.SUBMITTED
    ),
    "accredited_ngo_participant": lambda congress, make_staff: _participant(congress, CategoryKind.NGO),
    "withdrawn_government_delegate": lambda congress, make_staff: _participant(
        congress, CategoryKind.GOVERNMENT, RegistrationStatus.WITHDRAWN
    ),
    "nominated_government_delegate": lambda congress, make_staff: _participant(
        congress, CategoryKind.GOVERNMENT, RegistrationStatus.NOMINATED
    ),
    "government_delegate": lambda congress, make_staff: _participant(congress, CategoryKind.GOVERNMENT),
    "government_focal_point": lambda congress, make_staff: _focal_point(congress),
    "focal_point_not_yet_accepted": lambda congress, make_staff: _focal_point(congress, accepted=False),
    "ngo_focal_point": lambda congress, make_staff: _focal_point(congress, organisation_kind="ngo"),
    "document_editor": lambda congress, make_staff: make_staff(congress, "can_edit_documents"),
    "secretariat": lambda congress, make_staff: make_staff(congress, "can_change_congress"),
    "staff_without_the_flag": lambda congress, make_staff: make_staff(congress, "can_view_outbox"),
    "editor_of_another_congress": lambda congress, make_staff: make_staff(
        CongressFactory(), "can_edit_documents"
    ),
    "government_delegate_of_another_congress": lambda congress, make_staff: _participant(
        CongressFactory(), CategoryKind.GOVERNMENT
    ),
    "focal_point_of_another_congress": lambda congress, make_staff: _focal_point(CongressFactory()),
    "platform_administrator": lambda congress, make_staff: UserFactory(is_superuser=True, is_staff=True),
}

EXPECTED_LEVELS = {
    "anonymous": {PUBLIC},
    "signed_in_without_registration": {PUBLIC},
    "registered_not_accredited": {PUBLIC},
    "accredited_ngo_participant": {PUBLIC, PARTICIPANTS},
    "withdrawn_government_delegate": {PUBLIC},
    "nominated_government_delegate": {PUBLIC},
    "government_delegate": {PUBLIC, PARTICIPANTS, GOVERNMENTS},
    "government_focal_point": {PUBLIC, PARTICIPANTS, GOVERNMENTS},
    "focal_point_not_yet_accepted": {PUBLIC},
    "ngo_focal_point": {PUBLIC},
    "document_editor": {PUBLIC, PARTICIPANTS, GOVERNMENTS, SECRETARIAT},
    "secretariat": {PUBLIC, PARTICIPANTS, GOVERNMENTS, SECRETARIAT},
    "staff_without_the_flag": {PUBLIC},
    "editor_of_another_congress": {PUBLIC},
    "government_delegate_of_another_congress": {PUBLIC},
    "focal_point_of_another_congress": {PUBLIC},
    "platform_administrator": {PUBLIC, PARTICIPANTS, GOVERNMENTS, SECRETARIAT},
}


@pytest.fixture
def one_document_per_level(congress):
    return {level: DocumentFactory(congress=congress, access_level=level) for level in AccessLevel.values}


@pytest.mark.parametrize("kind", list(USERS))
def test_access_levels_for_each_kind_of_user(congress, make_staff, kind):
    user = USERS[kind](congress, make_staff)

    assert access_levels_for(user=user, congress=congress) == EXPECTED_LEVELS[kind]


@pytest.mark.parametrize("kind", list(USERS))
def test_each_user_lists_and_opens_only_the_documents_of_their_levels(
    congress, make_staff, one_document_per_level, kind
):
    user = USERS[kind](congress, make_staff)

    listed = set(
        selectors.visible_documents(user=user, congress=congress).values_list("access_level", flat=True)
    )
    opened = {
        level
        for level, document in one_document_per_level.items()
        if selectors.get_visible_document(user=user, congress=congress, pk=document.pk) is not None
    }
    assert listed == EXPECTED_LEVELS[kind]
    assert opened == EXPECTED_LEVELS[kind]


def test_editor_flag_grants_the_edit_permissions(congress, make_staff):
    import rules

    editor = make_staff(congress, "can_edit_documents")
    other_staff = make_staff(congress, "can_change_content")

    assert rules.has_perm("library.edit_documents", editor, congress)
    assert rules.has_perm("news.edit_news", editor, congress)
    assert not rules.has_perm("library.edit_documents", other_staff, congress)
    assert not rules.has_perm("news.edit_news", other_staff, congress)
    assert not rules.has_perm("library.edit_documents", editor, CongressFactory())
    assert not rules.has_perm("library.edit_documents", AnonymousUser(), congress)


def test_access_levels_are_read_once_per_request(congress, django_assert_num_queries):
    user = _participant(congress, CategoryKind.NGO)
    user = type(user).objects.get(pk=user.pk)  # a fresh object, as each request has

    with django_assert_num_queries(3):
        access_levels_for(user=user, congress=congress)
    with django_assert_num_queries(0):
        access_levels_for(user=user, congress=congress)
        access_levels_for(user=user, congress=congress)


@pytest.mark.parametrize("count", [1, 6])
def test_listing_costs_the_same_queries_for_any_number_of_documents(
    congress, django_assert_num_queries, count
):
    user = _participant(congress, CategoryKind.GOVERNMENT)
    user = type(user).objects.get(pk=user.pk)
    DocumentFactory.create_batch(count, congress=congress, access_level=AccessLevel.GOVERNMENTS)

    with django_assert_num_queries(3):  # the team flags, the registration, the list
        documents = list(selectors.visible_documents(user=user, congress=congress))
    assert len(documents) == count
