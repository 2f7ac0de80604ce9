"""The check-in setup pages: the secretariat adds and changes access zones (names in every language, who they
admit, the youth area's register) and checkpoints; every change is in the audit log."""

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse

from plenaria.badges.models import AccessZone
from plenaria.checkin.models import Checkpoint
from plenaria.common.audit import actions_for
from tests.factories.checkin import CheckpointFactory
from tests.factories.congresses import CongressFactory
from tests.factories.registration import CategoryFactory
from tests.factories.safeguarding import YouthEventFactory

pytestmark = [pytest.mark.integration, pytest.mark.django_db]

LANGUAGES = ["en", "fr", "es", "ar", "ru", "zh-hans", "ja"]


@pytest.fixture
def secretariat(congress, make_staff):
    return make_staff(congress, "can_change_congress")


@pytest.fixture
def youth_event(congress):
    return YouthEventFactory(congress=congress, slug="kawasaki", name={"en": "Youth Event"})


def url(name: str, congress, **kwargs) -> str:
    return reverse(f"checkin_manage:{name}", kwargs={"congress_slug": congress.slug, **kwargs})


def zone_data(names: dict, **fields) -> dict:
    data = {"slug": "youth-area", "position": "3", "categories": [], "youth_event": "", **fields}
    for index, language in enumerate(LANGUAGES):
        data[f"name_{index}"] = names.get(language, "")
    return data


def test_secretariat_adds_a_youth_area_with_names_in_two_languages(
    client_for, congress, secretariat, delegates, media, youth_event
):
    client = client_for(secretariat)

    response = client.post(
        url("zone-create", congress),
        zone_data(
            {"en": "Youth area", "ja": "ユースエリア"},
            categories=[delegates.pk],
            youth_event=youth_event.pk,
        ),
    )

    zone = AccessZone.objects.get(slug="youth-area")
    assert response.status_code == 302
    assert response["Location"] == url("setup", congress)
    assert zone.name.data == {"en": "Youth area", "ja": "ユースエリア"}
    assert (zone.congress, zone.position, zone.youth_event) == (congress, 3, youth_event)
    assert list(zone.categories.all()) == [delegates]
    [entry] = actions_for(zone)
    assert (entry.action, entry.actor) == ("checkin.zone.created", secretariat)
    page = client.get(url("setup", congress)).content.decode()
    assert "Youth area" in page
    assert "Youth Event" in page


def test_secretariat_changes_who_a_zone_admits_and_the_change_is_logged(
    client_for, congress, secretariat, plenary, delegates, media
):
    client = client_for(secretariat)
    form_page = client.get(url("zone-edit", congress, pk=plenary.pk)).content.decode()

    response = client.post(
        url("zone-edit", congress, pk=plenary.pk),
        zone_data({"en": "Plenary hall", "fr": "Salle plénière"}, slug="plenary", categories=[media.pk]),
    )

    plenary.refresh_from_db()
    assert 'name="name_1"' in form_page
    assert "New zone" not in form_page.split("<h1>", 1)[1].split("</h1>", 1)[0]
    assert response.status_code == 302
    assert (str(plenary.name), plenary.position) == ("Plenary hall", 3)
    assert list(plenary.categories.all()) == [media]
    [entry] = actions_for(plenary)
    assert entry.action == "checkin.zone.changed"
    assert entry.data["changes"]["categories"] == [["delegate", "media"], ["media"]]


def test_zone_form_offers_only_the_congress_categories_and_events(
    client_for, congress, secretariat, delegates
):
    other = CongressFactory(slug="bangkok-2001")
    foreign_category = CategoryFactory(congress=other, name={"en": "Observers of Bangkok"})
    foreign_event = YouthEventFactory(congress=other, name={"en": "Bangkok youth forum"})
    client = client_for(secretariat)

    page = client.get(url("zone-create", congress)).content.decode()
    response = client.post(
        url("zone-create", congress), zone_data({"en": "Annex"}, categories=[foreign_category.pk])
    )
    also = client.post(url("zone-create", congress), zone_data({"en": "Annex"}, youth_event=foreign_event.pk))

    assert "Observers of Bangkok" not in page
    assert "Bangkok youth forum" not in page
    assert (response.status_code, also.status_code) == (200, 200)
    assert not AccessZone.objects.filter(slug="youth-area").exists()


def test_zone_with_a_short_name_taken_is_refused_next_to_the_field(
    client_for, congress, secretariat, plenary
):
    response = client_for(secretariat).post(
        url("zone-create", congress), zone_data({"en": "Hall"}, slug="plenary")
    )

    assert response.status_code == 200
    assert response.context["form"].errors == {"slug": ["Another zone already has this short name."]}
    assert AccessZone.objects.filter(congress=congress).count() == 1


def test_zone_without_a_name_is_refused(client_for, congress, secretariat):
    response = client_for(secretariat).post(url("zone-create", congress), zone_data({}))

    assert response.status_code == 200
    assert "name" in response.context["form"].errors
    assert not AccessZone.objects.exists()


def test_secretariat_adds_then_renames_a_checkpoint(client_for, congress, secretariat, plenary, media_centre):
    client = client_for(secretariat)

    created = client.post(
        url("checkpoint-create", congress), {"name": "North door", "slug": "north", "zone": plenary.pk}
    )
    checkpoint = Checkpoint.objects.get(slug="north")
    changed = client.post(
        url("checkpoint-edit", congress, pk=checkpoint.pk),
        {"name": "North door (media)", "slug": "north", "zone": media_centre.pk},
    )

    checkpoint.refresh_from_db()
    assert (created.status_code, changed.status_code) == (302, 302)
    assert (checkpoint.name, checkpoint.zone) == ("North door (media)", media_centre)
    assert [entry.action for entry in actions_for(checkpoint).order_by("pk")] == [
        "checkin.checkpoint.created",
        "checkin.checkpoint.changed",
    ]
    assert all(entry.actor == secretariat for entry in actions_for(checkpoint))
    assert "North door (media)" in client.get(url("setup", congress)).content.decode()


def test_checkpoint_with_a_short_name_taken_is_refused(
    client_for, congress, secretariat, plenary, plenary_door
):
    response = client_for(secretariat).post(
        url("checkpoint-create", congress), {"name": "Another", "slug": plenary_door.slug, "zone": plenary.pk}
    )

    assert response.status_code == 200
    assert response.context["form"].errors == {"slug": ["Another checkpoint already has this short name."]}


def test_checkpoint_form_offers_only_the_congress_zones(client_for, congress, secretariat, plenary):
    other_zone = CheckpointFactory(congress=CongressFactory(slug="bangkok-2001")).zone
    client = client_for(secretariat)

    response = client.post(
        url("checkpoint-create", congress), {"name": "Side door", "slug": "side", "zone": other_zone.pk}
    )

    assert response.status_code == 200
    assert "zone" in response.context["form"].errors
    assert not Checkpoint.objects.filter(slug="side").exists()


def test_setup_page_reads_the_same_number_of_queries_for_one_or_three_zones(
    client_for, congress, secretariat, plenary
):
    client = client_for(secretariat)
    CheckpointFactory(congress=congress, zone=plenary)

    def count() -> int:
        with CaptureQueriesContext(connection) as queries:
            assert client.get(url("setup", congress)).status_code == 200
        return len(queries)

    count()  # the congress and the team flags go to the shared cache
    one = count()
    for _ in range(2):
        CheckpointFactory(congress=congress, zone=CheckpointFactory(congress=congress).zone)

    assert count() == one


def test_the_menu_shows_check_in_to_the_secretariat_and_attendance_to_every_team(
    client_for, congress, secretariat, make_staff
):
    def menu(user) -> str:
        html = client_for(user).get(reverse("manage:home", kwargs={"congress_slug": congress.slug}))
        return html.content.decode().split('class="sidebar"', 1)[1].split("</nav>", 1)[0]

    for_secretariat = menu(secretariat)
    for_editor = menu(make_staff(congress, "can_change_content"))

    assert url("setup", congress) in for_secretariat
    assert url("device-list", congress) in for_secretariat
    assert url("attendance", congress) in for_secretariat
    assert f'href="{url("setup", congress)}"' not in for_editor
    assert url("device-list", congress) not in for_editor
    assert url("attendance", congress) in for_editor
