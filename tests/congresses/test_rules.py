import pytest
from django.contrib.auth.models import AnonymousUser

from plenaria.congresses.selectors import staff_permissions_for
from tests.congresses.backoffice import ALL_FLAGS
from tests.factories.accounts import UserFactory
from tests.factories.congresses import StaffMembershipFactory, StaffTeamFactory

pytestmark = [pytest.mark.integration, pytest.mark.django_db]

# rules permission -> the team flag that grants it
PERMISSION_FLAGS = {
    "congresses.change_congress": "can_change_congress",
    "congresses.change_content": "can_change_content",
    "congresses.manage_teams": "can_manage_teams",
    "congresses.view_auditlog": "can_view_audit_log",
    "congresses.view_outbox": "can_view_outbox",
}
ALL_PERMISSIONS = ["congresses.view_backoffice", *PERMISSION_FLAGS]


def _granted(user, congress) -> set[str]:
    return {perm for perm in ALL_PERMISSIONS if user.has_perm(perm, congress)}


@pytest.mark.parametrize(("permission", "flag"), PERMISSION_FLAGS.items())
def test_team_flag_grants_its_permission_and_back_office_only(make_staff, congress, permission, flag):
    user = make_staff(congress, flag)

    assert _granted(user, congress) == {"congresses.view_backoffice", permission}


def test_team_without_flags_grants_back_office_only(make_staff, congress):
    user = make_staff(congress)

    assert _granted(user, congress) == {"congresses.view_backoffice"}


def test_flags_of_two_teams_add_up(make_staff, congress):
    user = make_staff(congress, "can_change_content")
    StaffMembershipFactory(team=StaffTeamFactory(congress=congress, can_view_outbox=True), user=user)

    assert _granted(user, congress) == {
        "congresses.view_backoffice",
        "congresses.change_content",
        "congresses.view_outbox",
    }


def test_user_without_team_is_granted_nothing(congress):
    assert _granted(UserFactory(), congress) == set()


def test_anonymous_user_is_granted_nothing(congress):
    assert _granted(AnonymousUser(), congress) == set()


def test_staff_of_other_congress_is_granted_nothing(make_staff, congress, other_congress):
    user = make_staff(other_congress, *ALL_FLAGS)

    assert _granted(user, congress) == set()


def test_superuser_is_granted_everything_without_team(congress):
    user = UserFactory(is_superuser=True)

    assert _granted(user, congress) == set(ALL_PERMISSIONS)


def test_permission_without_congress_is_refused(make_staff, congress):
    user = make_staff(congress, *ALL_FLAGS)

    assert {perm for perm in ALL_PERMISSIONS if user.has_perm(perm, None)} == set()


def test_staff_permissions_for_reads_teams_once_per_user_and_congress(
    make_staff, congress, django_assert_num_queries
):
    user = make_staff(congress, "can_view_outbox")

    with django_assert_num_queries(1):
        first = staff_permissions_for(user=user, congress=congress)
        second = staff_permissions_for(user=user, congress=congress)

    assert first == second == frozenset({"member", "can_view_outbox"})
