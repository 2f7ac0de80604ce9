import pytest
from django.urls import reverse

pytestmark = [pytest.mark.integration, pytest.mark.django_db]


def test_officers_find_the_young_participants_in_the_back_office_menu(
    client_for, congress, officer, make_staff
):
    home = reverse("manage:home", kwargs={"congress_slug": congress.slug})
    link = reverse("safeguarding:young-people", kwargs={"congress_slug": congress.slug})

    as_officer = client_for(officer).get(home).content.decode()
    as_secretariat = client_for(make_staff(congress, "can_change_congress")).get(home).content.decode()

    assert link in as_officer
    assert link not in as_secretariat
