import pytest

from plenaria.common.models import ActionLog
from plenaria.helpdesk.enums import HelpdeskRole, InquiryTopic, RequesterType
from plenaria.helpdesk.models import RoutingRule
from plenaria.helpdesk.selectors import fallback_team, route_for
from plenaria.helpdesk.services.routing import install_default_routing
from tests.factories.congresses import CongressFactory, StaffTeamFactory

pytestmark = [pytest.mark.django_db]

# Columns: registration, visa and travel, hotel and logistics, programme, media accreditation, youth event, other.
TOPICS = [
    InquiryTopic.REGISTRATION,
    InquiryTopic.VISA_AND_TRAVEL,
    InquiryTopic.HOTEL_AND_LOGISTICS,
    InquiryTopic.PROGRAMME,
    InquiryTopic.MEDIA_ACCREDITATION,
    InquiryTopic.YOUTH_EVENT,
    InquiryTopic.OTHER,
]
SEC, UNI, ECP, NGO, COM = "secretariat", "unicef", "ecpat", "ngo-group", "communications"
# The announcement's defaults, written out by hand: every requester type × topic → the team's slug.
EXPECTED = {
    RequesterType.GOVERNMENT: [SEC, SEC, SEC, SEC, COM, UNI, SEC],
    RequesterType.INTERGOVERNMENTAL: [UNI, SEC, SEC, UNI, COM, UNI, UNI],
    RequesterType.NGO: [NGO, SEC, SEC, NGO, COM, UNI, NGO],
    RequesterType.PRIVATE_SECTOR: [ECP, SEC, SEC, ECP, COM, UNI, ECP],
    RequesterType.MEDIA: [COM, SEC, SEC, COM, COM, UNI, COM],
    RequesterType.YOUNG_PERSON_OR_PARENT: [UNI, UNI, UNI, UNI, COM, UNI, UNI],
    RequesterType.OTHER: [SEC, SEC, SEC, SEC, COM, UNI, SEC],
}
ROUTING_TABLE = [
    (requester_type, topic, slug)
    for requester_type, slugs in EXPECTED.items()
    for topic, slug in zip(TOPICS, slugs, strict=True)
]


def test_routing_table_covers_every_requester_type_and_topic():
    assert {(t, topic) for t, topic, _slug in ROUTING_TABLE} == {
        (t, topic) for t in RequesterType for topic in InquiryTopic
    }


@pytest.mark.parametrize(("requester_type", "topic", "slug"), ROUTING_TABLE)
def test_route_for_default_routing(routed_congress, requester_type, topic, slug):
    team = route_for(congress=routed_congress, requester_type=requester_type, topic=topic)

    assert team.slug == slug


def test_install_default_routing_writes_one_rule_per_pair_and_is_audited(congress, role_teams):
    install_default_routing(congress=congress, teams=role_teams)

    assert RoutingRule.objects.filter(congress=congress).count() == len(RequesterType) * len(InquiryTopic)
    assert list(ActionLog.objects.filter(congress_id=congress.pk).values_list("action", flat=True)) == [
        "helpdesk.routing.defaults_installed"
    ]


def test_install_default_routing_records_the_role_unicef_stands_in_for(routed_congress, teams):
    rule = RoutingRule.objects.get(
        congress=routed_congress, requester_type=RequesterType.GOVERNMENT, topic=InquiryTopic.YOUTH_EVENT
    )

    assert (rule.team, rule.helpdesk_role) == (teams["unicef"], HelpdeskRole.INTERGOVERNMENTAL)


def test_install_default_routing_a_youth_team_gets_the_young_peoples_questions(congress, role_teams):
    youth_team = StaffTeamFactory(congress=congress, slug="youth-event")

    install_default_routing(congress=congress, teams={**role_teams, HelpdeskRole.YOUTH: youth_team})

    assert route_for(congress=congress, requester_type="young_person", topic="visa_travel") == youth_team
    assert route_for(congress=congress, requester_type="ngo", topic="youth_event") == youth_team
    assert (
        route_for(congress=congress, requester_type="young_person", topic="media_accreditation").slug == COM
    )


def test_install_default_routing_only_a_secretariat_takes_everything(congress, teams):
    install_default_routing(congress=congress, teams={HelpdeskRole.SECRETARIAT: teams[SEC]})

    assert set(RoutingRule.objects.filter(congress=congress).values_list("team__slug", flat=True)) == {SEC}


def test_install_default_routing_without_secretariat_is_refused(congress, teams):
    with pytest.raises(ValueError, match="secretariat"):
        install_default_routing(congress=congress, teams={HelpdeskRole.MEDIA: teams[COM]})

    assert not RoutingRule.objects.exists()


def test_install_default_routing_refuses_another_congresss_team(congress, role_teams):
    other_team = StaffTeamFactory(congress=CongressFactory())

    with pytest.raises(ValueError, match="another congress"):
        install_default_routing(congress=congress, teams={**role_teams, HelpdeskRole.MEDIA: other_team})

    assert not RoutingRule.objects.exists()


def test_install_default_routing_again_puts_back_the_defaults(routed_congress, role_teams, teams):
    RoutingRule.objects.filter(congress=routed_congress, requester_type="ngo", topic="programme").update(
        team=teams[ECP], helpdesk_role=HelpdeskRole.PRIVATE_SECTOR
    )

    install_default_routing(congress=routed_congress, teams=role_teams)

    assert route_for(congress=routed_congress, requester_type="ngo", topic="programme") == teams[NGO]
    assert RoutingRule.objects.filter(congress=routed_congress).count() == 49


def test_route_for_reads_only_the_congresss_own_rules(routed_congress, role_teams):
    other = CongressFactory()

    assert route_for(congress=other, requester_type="media", topic="programme") is None
    assert fallback_team(congress=other) is None


def test_route_for_follows_a_rule_changed_in_the_back_office(routed_congress, teams):
    RoutingRule.objects.filter(congress=routed_congress, requester_type="ngo", topic="programme").update(
        team=teams[ECP]
    )

    assert route_for(congress=routed_congress, requester_type="ngo", topic="programme") == teams[ECP]


def test_fallback_team_is_the_secretariats(routed_congress, teams):
    assert fallback_team(congress=routed_congress) == teams[SEC]


def test_route_for_follows_a_changed_rule_at_once_though_the_table_is_cached(routed_congress, teams):
    assert route_for(congress=routed_congress, requester_type="ngo", topic="programme") == teams["ngo-group"]

    rule = RoutingRule.objects.get(congress=routed_congress, requester_type="ngo", topic="programme")
    rule.team = teams["ecpat"]
    rule.save()

    assert route_for(congress=routed_congress, requester_type="ngo", topic="programme") == teams["ecpat"]


def test_route_for_forgets_a_deleted_rule_at_once(routed_congress):
    assert route_for(congress=routed_congress, requester_type="media", topic="other") is not None

    RoutingRule.objects.get(congress=routed_congress, requester_type="media", topic="other").delete()

    assert route_for(congress=routed_congress, requester_type="media", topic="other") is None
