"""The attendance page: who is in by zone and by category, the admissions of a chosen day as a bar chart with the
same numbers in a table and as CSV; its figures refresh with htmx on the day itself; who is in a zone by name for
the secretariat, young people by name only for those who keep the youth register."""

import datetime
import uuid

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from django.utils import timezone

from plenaria.checkin.models import Scan
from plenaria.registration.enums import RegistrationStatus
from plenaria.safeguarding.views.register import congress_today
from tests.factories.badges import BadgeFactory
from tests.factories.safeguarding import YouthEventFactory, YouthProfileFactory

pytestmark = [pytest.mark.integration, pytest.mark.django_db]

TOKYO = datetime.timezone(datetime.timedelta(hours=9))


def at(hour: int, minute: int = 0, day: int = 17) -> datetime.datetime:
    return datetime.datetime(2001, 12, day, hour, minute, tzinfo=TOKYO)


def url(name: str, congress, **kwargs) -> str:
    return reverse(f"checkin_manage:{name}", kwargs={"congress_slug": congress.slug, **kwargs})


@pytest.fixture
def secretariat(congress, make_staff):
    return make_staff(congress, "can_change_congress")


@pytest.fixture
def scan(device):
    def record(badge, when, direction="in"):
        return Scan.objects.create(
            uuid=uuid.uuid4(),
            badge=badge,
            checkpoint=device.checkpoint,
            device=device,
            scanned_at=when,
            result="admitted",
            reason="admitted",
            direction=direction,
        )

    return record


@pytest.fixture
def young(delegates):
    profile = YouthProfileFactory(
        participant__category=delegates,
        participant__status=RegistrationStatus.APPROVED,
        participant__given_name="Yui",
        participant__family_name="Kato",
        is_minor_frozen=True,
    )
    return BadgeFactory(participant=profile.participant)


def test_attendance_page_shows_who_is_in_and_the_admissions_by_hour(
    client_for, congress, make_staff, badge, young, scan
):
    scan(badge, at(9, 10))
    scan(young, at(9, 40))
    scan(badge, at(10, 5), "out")
    scan(badge, at(11, 0))

    response = client_for(make_staff(congress, "can_change_content")).get(
        url("attendance", congress), {"day": "2001-12-17"}
    )

    html = response.content.decode()
    occupancy = response.context["occupancy"]
    assert response.status_code == 200
    assert (occupancy.total, occupancy.young) == (2, 1)
    assert [(c.label, c.total, c.young) for c in occupancy.categories] == [("Delegate", 2, 1)]
    assert '<svg class="hchart-svg"' in html
    assert "<title>09:00: 2 admissions</title>" in html
    assert '<tr><th scope="row">11:00</th><td>1</td></tr>' in html
    assert "Who was in at the end of" in html
    assert "hx-trigger" not in html  # a past day does not refresh itself
    assert "Yui" not in html
    assert url("zone-people", congress, pk=badge.participant.category.access_zones.get().pk) not in html


def test_attendance_page_opens_on_the_congress_first_day_and_offers_the_youth_event_days(
    client_for, congress, secretariat
):
    YouthEventFactory(congress=congress)
    client = client_for(secretariat)

    default = client.get(url("attendance", congress))
    youth_day = client.get(url("attendance", congress), {"day": "2001-12-14"})
    unknown = client.get(url("attendance", congress), {"day": "2002-01-01"})

    assert default.context["day"] == datetime.date(2001, 12, 17)
    assert youth_day.context["day"] == datetime.date(2001, 12, 14)
    assert unknown.context["day"] == datetime.date(2001, 12, 17)
    assert 'value="2001-12-13"' in default.content.decode()
    assert "No admission on this day." in default.content.decode()


def test_attendance_figures_refresh_themselves_with_htmx_during_the_congress(
    client_for, congress, secretariat, badge, scan
):
    today = congress_today(congress)
    congress.starts_on, congress.ends_on = today, today + datetime.timedelta(days=1)
    congress.save()
    scan(badge, timezone.now() - datetime.timedelta(minutes=5))
    client = client_for(secretariat)

    page = client.get(url("attendance", congress)).content.decode()
    fragment = client.get(
        url("attendance", congress), {"day": today.isoformat()}, headers={"HX-Request": "true"}
    )

    fragment_html = fragment.content.decode()
    assert f'hx-get="{url("attendance", congress)}?day={today.isoformat()}"' in page
    assert 'hx-trigger="every 30s"' in page
    assert "Who is in now" in page
    assert fragment_html.lstrip().startswith('<div id="attendance-figures"')
    assert "<html" not in fragment_html
    assert fragment.context["occupancy"].total == 1


def test_attendance_page_reads_the_same_number_of_queries_for_few_or_many_scans(
    client_for, congress, secretariat, make_badge, scan
):
    client = client_for(secretariat)
    badges = [make_badge() for _ in range(3)]
    scan(badges[0], at(9))

    def count() -> int:
        with CaptureQueriesContext(connection) as queries:
            assert client.get(url("attendance", congress), {"day": "2001-12-17"}).status_code == 200
        return len(queries)

    count()
    few = count()
    for minute in range(30):
        scan(badges[minute % 3], at(10, minute), "out" if minute % 4 == 0 else "in")

    assert count() == few


def test_hours_download_as_csv(client_for, congress, make_staff, badge, scan):
    scan(badge, at(8, 30))
    scan(badge, at(8, 45))

    response = client_for(make_staff(congress, "can_change_content")).get(
        url("attendance-csv", congress), {"day": "2001-12-17"}
    )

    lines = response.content.decode().splitlines()
    assert response["Content-Type"] == "text/csv; charset=utf-8"
    assert 'filename="admissions-2001-12-17.csv"' in response["Content-Disposition"]
    assert lines[0] == "Day,Hour,Admissions"
    assert lines[9] == "2001-12-17,08:00,2"
    assert len(lines) == 25


def test_secretariat_sees_who_is_in_a_zone_with_young_people_only_counted(
    client_for, congress, secretariat, plenary, badge, young, scan
):
    scan(badge, at(9, 10))
    scan(young, at(9, 40))

    response = client_for(secretariat).get(url("zone-people", congress, pk=plenary.pk), {"day": "2001-12-17"})

    html = response.content.decode()
    assert "Aiko SATO" in html
    assert "Kato" not in html
    assert "And 1 young person, not named here" in html


def test_who_keeps_the_youth_register_sees_young_people_by_name(
    client_for, congress, make_staff, plenary, badge, young, scan
):
    scan(young, at(9, 40))
    officer = make_staff(congress, "can_change_congress", "is_safeguarding_officer")

    html = (
        client_for(officer)
        .get(url("zone-people", congress, pk=plenary.pk), {"day": "2001-12-17"})
        .content.decode()
    )

    assert "Yui KATO" in html
    assert "not named here" not in html
