"""The routing page: the table of requester type × topic → team, restoring the defaults, the desk's settings."""

import pytest
from django.urls import reverse

from plenaria.common.models import ActionLog
from plenaria.helpdesk.enums import HelpdeskRole, InquiryTopic, RequesterType
from plenaria.helpdesk.models import DeskSettings, RoutingRule
from plenaria.helpdesk.services.inquiries import InquiryRequest, submit_inquiry
from tests.factories.accounts import UserFactory
from tests.factories.congresses import CongressFactory, StaffTeamFactory
from tests.factories.helpdesk_desk import desk_member

pytestmark = [pytest.mark.integration, pytest.mark.django_db]


def routing_url(congress) -> str:
    return reverse("helpdesk_manage:routing", kwargs={"congress_slug": congress.slug})


def grid(congress, **changed) -> dict:
    """The routing form as the page sends it: every cell with its current team, `changed` cells with another."""
    data = {"form": "routing"}
    for rule in RoutingRule.objects.filter(congress=congress):
        data[f"route-{rule.requester_type}-{rule.topic}"] = rule.team_id
    for name, team in changed.items():
        data[f"route-{name}"] = team.pk
    return data


@pytest.fixture
def secretariat_member(teams):
    return desk_member(teams["secretariat"], full_name="Kenji Secretariat")


def ask(congress, requester_type: str, topic: str, key: str):
    request = InquiryRequest(
        requester_type=requester_type,
        topic=topic,
        language="en",
        name="Maria Santos",
        email="maria@example.org",
        message="Where is the programme of the workshops?",
    )
    return submit_inquiry(congress=congress, request=request, submission_key=key)


def test_routing_page_shows_one_select_per_requester_type_and_topic(
    client_for, routed_congress, secretariat_member
):
    html = client_for(secretariat_member).get(routing_url(routed_congress)).content.decode()

    for requester_type in RequesterType:
        for topic in InquiryTopic:
            assert f'name="route-{requester_type}-{topic}"' in html
    assert html.count("<select") == len(RequesterType) * len(InquiryTopic)


def test_routing_page_saves_a_changed_cell_and_the_next_inquiry_goes_to_the_new_team(
    client_for, routed_congress, teams, secretariat_member
):
    client = client_for(secretariat_member)

    response = client.post(
        routing_url(routed_congress), grid(routed_congress, **{"ngo-programme": teams["ecpat"]})
    )

    assert response.status_code == 302
    assert [str(m) for m in client.get(response.url).context["messages"]] == [
        "The routing was saved: 1 change."
    ]
    inquiry = ask(routed_congress, "ngo", "programme", key="after-change")
    assert inquiry.team == teams["ecpat"]
    rule = RoutingRule.objects.get(congress=routed_congress, requester_type="ngo", topic="programme")
    assert rule.helpdesk_role == HelpdeskRole.NGO
    log = ActionLog.objects.get(action="helpdesk.routing.changed")
    assert (log.actor, log.data) == (
        secretariat_member,
        {"changes": {"ngo/programme": ["ngo-group", "ecpat"]}},
    )


def test_routing_page_marks_the_cells_that_differ_from_the_defaults(
    client_for, routed_congress, teams, secretariat_member
):
    client = client_for(secretariat_member)
    client.post(routing_url(routed_congress), grid(routed_congress, **{"ngo-programme": teams["ecpat"]}))

    html = client.get(routing_url(routed_congress)).content.decode()

    assert html.count(" routing-changed") == 1
    assert f"Default: {teams['ngo-group'].name['en']}" in html


def test_routing_page_the_rule_naming_the_secretariat_cannot_be_moved(
    client_for, routed_congress, teams, secretariat_member
):
    client = client_for(secretariat_member)

    client.post(
        routing_url(routed_congress), grid(routed_congress, **{"government-registration": teams["unicef"]})
    )

    rule = RoutingRule.objects.get(
        congress=routed_congress, requester_type="government", topic="registration"
    )
    assert rule.team == teams["secretariat"]
    assert not ActionLog.objects.filter(action="helpdesk.routing.changed").exists()


def test_routing_page_a_team_of_another_congress_is_refused_and_the_choices_are_kept(
    client_for, routed_congress, teams, secretariat_member
):
    foreign = StaffTeamFactory(congress=CongressFactory())
    data = grid(routed_congress, **{"media-programme": teams["unicef"], "ngo-programme": foreign})

    response = client_for(secretariat_member).post(routing_url(routed_congress), data)

    assert response.status_code == 200
    assert response.context["routing_form"].errors["route-ngo-programme"]
    html = response.content.decode()
    assert (
        f'<option value="{teams["unicef"].pk}" selected>' in html
    )  # what was chosen in the other cell is kept
    assert (
        RoutingRule.objects.get(congress=routed_congress, requester_type="media", topic="programme").team
        == (teams["communications"])
    )


@pytest.mark.parametrize("who", ["unicef_member", "superuser", "participant", "other_secretariat"])
def test_routing_page_is_only_for_the_secretariat(client_for, routed_congress, teams, who):
    users = {
        "unicef_member": lambda: desk_member(teams["unicef"]),
        "superuser": lambda: desk_member(is_superuser=True, is_staff=True),
        "participant": lambda: UserFactory(),
        "other_secretariat": lambda: desk_member(
            StaffTeamFactory(congress=CongressFactory(), slug="secretariat")
        ),
    }
    client = client_for(users[who]())

    statuses = [
        client.get(routing_url(routed_congress)).status_code,
        client.post(
            routing_url(routed_congress), grid(routed_congress, **{"ngo-programme": teams["ecpat"]})
        ).status_code,
        client.post(routing_url(routed_congress), {"form": "defaults"}).status_code,
        client.post(
            routing_url(routed_congress), {"form": "settings", "settings-first_response_hours": "1"}
        ).status_code,
    ]

    assert statuses == [403, 403, 403, 403]
    assert (
        RoutingRule.objects.get(congress=routed_congress, requester_type="ngo", topic="programme").team
        == (teams["ngo-group"])
    )
    assert not DeskSettings.objects.exists()


def test_restore_defaults_puts_the_changed_cells_back(client_for, routed_congress, teams, secretariat_member):
    client = client_for(secretariat_member)
    client.post(
        routing_url(routed_congress), grid(routed_congress, **{"ngo-programme": teams["ecpat"]}), follow=True
    )

    response = client.post(routing_url(routed_congress), {"form": "defaults"}, follow=True)

    assert [str(m) for m in response.context["messages"]] == ["The default routing was restored."]
    assert (
        RoutingRule.objects.get(congress=routed_congress, requester_type="ngo", topic="programme").team
        == (teams["ngo-group"])
    )
    assert ask(routed_congress, "ngo", "programme", key="after-restore").team == teams["ngo-group"]
    assert "routing-changed" not in response.content.decode()


def test_desk_settings_out_of_range_shows_the_error_and_keeps_what_was_typed(
    client_for, routed_congress, secretariat_member
):
    response = client_for(secretariat_member).post(
        routing_url(routed_congress), {"form": "settings", "settings-first_response_hours": "0"}
    )

    assert response.status_code == 200
    html = response.content.decode()
    assert "Choose a number of hours between 1 and 720." in html
    assert 'name="settings-first_response_hours" value="0"' in html
    assert not DeskSettings.objects.exists()


def test_desk_settings_saved_and_audited(client_for, routed_congress, secretariat_member):
    response = client_for(secretariat_member).post(
        routing_url(routed_congress), {"form": "settings", "settings-first_response_hours": "24"}, follow=True
    )

    assert [str(m) for m in response.context["messages"]] == ["The desk's settings were saved."]
    assert DeskSettings.objects.get(congress=routed_congress).first_response_hours == 24
    assert ActionLog.objects.get(action="helpdesk.settings.changed").actor == secretariat_member
