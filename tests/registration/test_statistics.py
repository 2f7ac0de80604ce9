import pytest

from plenaria.registration.enums import RegistrationStatus
from plenaria.registration.statistics import registration_statistics
from tests.factories.registration import ParticipantFactory

pytestmark = [pytest.mark.integration, pytest.mark.django_db]


@pytest.fixture
def registrations(government_category):
    for nationality, status in [
        ("JP", RegistrationStatus.APPROVED),
        ("JP", RegistrationStatus.SUBMITTED),
        ("TH", RegistrationStatus.SUBMITTED),
        ("MA", RegistrationStatus.REJECTED),
        ("SE", RegistrationStatus.WAITLISTED),
    ]:
        ParticipantFactory(
            category=government_category,
            nationality=nationality,
            status=status,
            stage=government_category.stages.first(),
        )


def test_registration_statistics_counts_by_status_country_and_consultation_region(congress, registrations):
    counts = registration_statistics(congress=congress)

    assert [(bar.label, bar.count) for bar in counts["status"]] == [
        ("Submitted", 2),
        ("On the waiting list", 1),
        ("Approved", 1),
        ("Rejected", 1),
    ]
    assert [(bar.label, bar.count) for bar in counts["region"]] == [
        ("East Asia and Pacific", 3),
        ("Arab and African States", 1),
        ("Europe and Central Asia", 1),
    ]
    assert [(bar.label, bar.count, bar.percent) for bar in counts["country"]] == [
        ("Japan", 2, 100.0),
        ("Morocco", 1, 50.0),
        ("Sweden", 1, 50.0),
        ("Thailand", 1, 50.0),
    ]
    assert [(bar.label, bar.count) for bar in counts["stage"]] == [("Secretariat", 2)]


def test_statistics_page_draws_bars_without_inline_style_in_french(
    client_for, make_staff, congress, registrations
):
    client = client_for(make_staff(congress, "can_change_congress"))

    html = client.get(f"/fr/manage/{congress.slug}/accreditation/statistics/").content.decode()

    assert 'width="100.0"' in html
    assert 'width="50.0"' in html
    assert "style=" not in html
