"""Who may open the check-in pages: the secretariat sets up zones, checkpoints and devices; every team of the
congress sees the attendance counts; nobody else opens any of them, and another congress's objects are not found."""

import pytest
from django.urls import get_resolver, reverse

from plenaria.badges.models import AccessZone
from plenaria.checkin.models import Checkpoint, Device
from tests.factories.accounts import UserFactory
from tests.factories.checkin import DeviceFactory
from tests.factories.congresses import CongressFactory

pytestmark = [pytest.mark.integration, pytest.mark.django_db]

NAMESPACE = "checkin_manage"
ATTENDANCE_PAGES = {"attendance", "attendance-csv"}


@pytest.fixture
def device(plenary_door):
    return DeviceFactory(checkpoint=plenary_door)


def _patterns():
    return get_resolver().namespace_dict[NAMESPACE][1].url_patterns


def every_page(congress, device) -> dict[str, str]:
    """Every URL of the check-in back office, found from the URL configuration, by name."""
    pages = {}
    for pattern in _patterns():
        assert set(pattern.pattern.converters) <= {"pk"}, f"{pattern.name}: add its parameters"
        kwargs = {"congress_slug": congress.slug}
        if "pk" in pattern.pattern.converters:
            kwargs["pk"] = _object_for(pattern.name, device).pk
        pages[pattern.name] = reverse(f"{NAMESPACE}:{pattern.name}", kwargs=kwargs)
    return pages


OBJECT_PAGES = {pattern.name for pattern in _patterns() if "pk" in pattern.pattern.converters}
CHANGING_PAGES = {"zone-edit", "checkpoint-edit", "device-revoke"}


def _object_for(name: str, device):
    if name.startswith("zone"):
        return device.checkpoint.zone
    if name.startswith("checkpoint"):
        return device.checkpoint
    return device


def state(congress) -> tuple:
    return (
        AccessZone.objects.filter(congress=congress).count(),
        Checkpoint.objects.filter(congress=congress).count(),
        sorted(Device.objects.filter(congress=congress).values_list("name", "revoked_at")),
    )


@pytest.mark.parametrize("method", ["get", "post"])
def test_visitors_are_sent_to_sign_in_from_every_page(client, congress, device, method):
    for page in every_page(congress, device).values():
        response = getattr(client, method)(page)

        assert response.status_code == 302, page
        assert "/accounts/login/" in response["Location"], page


@pytest.mark.parametrize("method", ["get", "post"])
def test_staff_without_the_flag_are_refused_every_setup_page(
    client_for, congress, make_staff, device, method
):
    client = client_for(make_staff(congress, "can_change_content", "can_view_audit_log"))
    before = state(congress)

    statuses = {
        name: getattr(client, method)(page).status_code
        for name, page in every_page(congress, device).items()
        if name not in ATTENDANCE_PAGES
    }

    assert set(statuses.values()) == {403}, statuses
    assert state(congress) == before


def test_staff_of_the_congress_see_the_attendance_counts_only(client_for, congress, make_staff, device):
    client = client_for(make_staff(congress, "can_change_content"))
    pages = every_page(congress, device)

    statuses = {name: client.get(pages[name]).status_code for name in [*ATTENDANCE_PAGES, "zone-people"]}

    assert statuses == {"attendance": 200, "attendance-csv": 200, "zone-people": 403}


def test_a_participant_without_a_team_is_refused_every_page(client_for, congress, device):
    client = client_for(UserFactory())

    statuses = {name: client.get(page).status_code for name, page in every_page(congress, device).items()}

    assert set(statuses.values()) == {403}, statuses


@pytest.mark.parametrize("method", ["get", "post"])
def test_secretariat_of_another_congress_is_refused_here(client_for, congress, make_staff, device, method):
    client = client_for(make_staff(CongressFactory(slug="bangkok-2001"), "can_change_congress"))
    before = state(congress)

    here = {
        name: getattr(client, method)(page).status_code for name, page in every_page(congress, device).items()
    }

    assert set(here.values()) == {403}, here
    assert state(congress) == before


def test_secretariat_of_another_congress_finds_none_of_our_objects_in_theirs(
    client_for, congress, make_staff, device
):
    other = CongressFactory(slug="bangkok-2001")
    client = client_for(make_staff(other, "can_change_congress"))
    before = state(congress)
    # Our zone, checkpoint and device, asked for in the secretary's own congress.
    pages = {
        name: page.replace(f"/{congress.slug}/", f"/{other.slug}/")
        for name, page in every_page(congress, device).items()
        if name in OBJECT_PAGES
    }

    read = {name: client.get(page).status_code for name, page in pages.items()}
    changed = {
        name: client.post(page, {"name": "Taken"}).status_code
        for name, page in pages.items()
        if name in CHANGING_PAGES
    }

    assert read == dict.fromkeys(OBJECT_PAGES, 404)
    assert changed == dict.fromkeys(CHANGING_PAGES, 404)
    assert state(congress) == before
