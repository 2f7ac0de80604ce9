"""The dashboard page: one team's figures for its members, every team's for the secretariat."""

import datetime

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from django.utils import timezone

from plenaria.helpdesk.selectors_dashboard import Backlog
from tests.factories.accounts import UserFactory
from tests.factories.helpdesk_desk import dated_inquiry, desk_member

pytestmark = [pytest.mark.integration, pytest.mark.django_db]

H, D = datetime.timedelta(hours=1), datetime.timedelta(days=1)


def dashboard_url(congress, team: str | None = None) -> str:
    url = reverse("helpdesk_manage:dashboard", kwargs={"congress_slug": congress.slug})
    return f"{url}?team={team}" if team else url


@pytest.fixture
def inquiries(teams):
    now = timezone.now()
    unicef, ecpat = teams["unicef"], teams["ecpat"]
    dated_inquiry(team=unicef, asked_at=now - H, status="new")
    dated_inquiry(team=unicef, asked_at=now - 72 * H, status="new")
    dated_inquiry(team=unicef, asked_at=now - 5 * D, status="waiting", answered_after=2 * H)
    dated_inquiry(team=unicef, asked_at=now - 3 * D, answered_after=6 * H, closed_after=D)
    dated_inquiry(team=unicef, asked_at=now - 9 * D, answered_after=4 * H, closed_after=2 * D)
    dated_inquiry(team=ecpat, asked_at=now - 2 * H, status="open")
    dated_inquiry(team=ecpat, asked_at=now - 80 * H, status="new")


def test_team_member_sees_their_teams_figures(client_for, routed_congress, teams, inquiries):
    response = client_for(desk_member(teams["unicef"])).get(dashboard_url(routed_congress))

    assert response.status_code == 200
    assert response.context["team"] == teams["unicef"]
    assert response.context["dashboard"].backlog == Backlog(new=2, open=0, waiting=1, overdue=1)
    assert response.context["dashboard"].times.first_answer_all.median == 4 * H
    first_answer = response.context["time_rows"][0]
    assert (first_answer.recent_median, first_answer.recent_count) == ("4 h", 3)


@pytest.mark.parametrize("team", ["ecpat", "all", "no-such-team"])
def test_team_member_cannot_pick_another_teams_figures_or_all(
    client_for, routed_congress, teams, inquiries, team
):
    response = client_for(desk_member(teams["unicef"])).get(dashboard_url(routed_congress, team))

    assert response.status_code == 403


def test_team_member_offered_only_their_teams(client_for, routed_congress, teams):
    response = client_for(desk_member(teams["unicef"], teams["ecpat"])).get(
        dashboard_url(routed_congress, "ecpat")
    )

    assert [value for value, _label in response.context["scope_form"].fields["team"].choices] == [
        "unicef",
        "ecpat",
    ]
    assert response.context["team"] == teams["ecpat"]


def test_secretariat_sees_all_teams_by_default_and_may_pick_any_routed_team(
    client_for, routed_congress, teams, inquiries
):
    client = client_for(desk_member(teams["secretariat"]))

    everything = client.get(dashboard_url(routed_congress))
    ecpat = client.get(dashboard_url(routed_congress, "ecpat"))

    assert everything.context["team"] is None
    assert everything.context["dashboard"].backlog == Backlog(new=3, open=1, waiting=1, overdue=2)
    assert [value for value, _label in everything.context["scope_form"].fields["team"].choices] == [
        "all",
        "secretariat",
        "unicef",
        "ecpat",
        "ngo-group",
        "communications",
    ]
    assert ecpat.context["dashboard"].backlog == Backlog(new=1, open=1, waiting=0, overdue=1)


def test_dashboard_charts_are_svg_with_title_description_and_a_data_table(
    client_for, routed_congress, teams, inquiries
):
    html = client_for(desk_member(teams["unicef"])).get(dashboard_url(routed_congress)).content.decode()

    assert html.count('role="img"') == 2
    assert '<title id="volume-topic-title">Inquiries per week, by topic</title>' in html
    assert '<desc id="volume-topic-desc">' in html
    assert ": 5 inquiries." in html
    assert html.count('<details class="vchart-data">') == 2
    assert "style=" not in html  # the Content-Security-Policy allows no inline style


@pytest.mark.parametrize("who", ["participant", "superuser"])
def test_dashboard_is_only_for_desk_members(client_for, routed_congress, who):
    user = UserFactory() if who == "participant" else desk_member(is_superuser=True, is_staff=True)

    assert client_for(user).get(dashboard_url(routed_congress)).status_code == 403


def test_dashboard_queries_do_not_grow_with_the_inquiries(client_for, routed_congress, teams):
    client = client_for(desk_member(teams["secretariat"]))
    now = timezone.now()

    def count_queries() -> int:
        with CaptureQueriesContext(connection) as queries:
            assert client.get(dashboard_url(routed_congress)).status_code == 200
        return len(queries)

    count_queries()  # warms the caches (the congress, the user's teams)
    dated_inquiry(
        team=teams["unicef"], asked_at=now - H, answered_after=H, closed_after=2 * H, subject="Visa"
    )
    with_one = count_queries()
    for index in range(49):
        team = teams["unicef"] if index % 2 else teams["ecpat"]
        dated_inquiry(
            team=team,
            asked_at=now - index * D,
            answered_after=H,
            closed_after=D,
            subject=f"Visa letter {index}",
        )
    with_fifty = count_queries()

    assert with_one == with_fifty
