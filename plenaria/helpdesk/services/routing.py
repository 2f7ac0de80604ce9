"""The routing table: requester type × topic → the co-organiser team that answers.

The defaults follow the announcement's "For further information" list:

    Government inquiries and Congress logistics   Ministry of Foreign Affairs of Japan, Yokohama Congress secretariat
    Inter-governmental agency queries             UNICEF
    Private sector and NGO enquiries              ECPAT and/or the NGO Group for the CRC
    Media queries                                 the Communications Advisor

Where the list leaves a choice, the defaults decide as follows, first match wins:

1. Media accreditation, whoever asks → media (the Communications Advisor accredits the press).
2. The youth event, or a young person or parent asking about anything else → youth. A young person's question
   goes to a team that works with young people; by default that is UNICEF's, which co-organised the Kawasaki youth
   event (see `ROLE_STAND_INS`).
3. Visa and travel, hotel and logistics, whoever asks → the secretariat: these are "Congress logistics", which
   the host government handles (it issues the visas and books the hotels).
4. Otherwise by who asks: government → secretariat; UN or intergovernmental body → intergovernmental (UNICEF);
   NGO → NGO (the NGO Group, the NGOs' focal point for the congress); private sector → private sector (ECPAT,
   which works with the travel and tourism industry); media → media; other → secretariat.

"ECPAT and/or the NGO Group" thus becomes: NGOs to the NGO Group, the private sector to ECPAT. Either can transfer
an inquiry to the other.
"""

from collections.abc import Mapping

from django.db import transaction

from plenaria.common.audit import log_action
from plenaria.congresses.models import Congress, StaffTeam

from ..enums import HelpdeskRole, InquiryTopic, RequesterType
from ..models import RoutingRule

LOGISTICS_TOPICS = frozenset({InquiryTopic.VISA_AND_TRAVEL, InquiryTopic.HOTEL_AND_LOGISTICS})

ROLE_BY_REQUESTER_TYPE = {
    RequesterType.GOVERNMENT: HelpdeskRole.SECRETARIAT,
    RequesterType.INTERGOVERNMENTAL: HelpdeskRole.INTERGOVERNMENTAL,
    RequesterType.NGO: HelpdeskRole.NGO,
    RequesterType.PRIVATE_SECTOR: HelpdeskRole.PRIVATE_SECTOR,
    RequesterType.MEDIA: HelpdeskRole.MEDIA,
    RequesterType.YOUNG_PERSON_OR_PARENT: HelpdeskRole.YOUTH,
    RequesterType.OTHER: HelpdeskRole.SECRETARIAT,
}

# When a congress has no team for a role: youth questions go to the intergovernmental team (UNICEF co-organised
# the youth event), anything else to the secretariat.
ROLE_STAND_INS = {HelpdeskRole.YOUTH: HelpdeskRole.INTERGOVERNMENTAL}


def default_role_for(requester_type: str, topic: str) -> HelpdeskRole:
    """The role whose team answers this pair by default (the rules in the module's docstring)."""
    if topic == InquiryTopic.MEDIA_ACCREDITATION:
        return HelpdeskRole.MEDIA
    if topic == InquiryTopic.YOUTH_EVENT or requester_type == RequesterType.YOUNG_PERSON_OR_PARENT:
        return HelpdeskRole.YOUTH
    if topic in LOGISTICS_TOPICS:
        return HelpdeskRole.SECRETARIAT
    return ROLE_BY_REQUESTER_TYPE[RequesterType(requester_type)]


def team_for_role(
    role: HelpdeskRole, teams: Mapping[HelpdeskRole, StaffTeam]
) -> tuple[HelpdeskRole, StaffTeam]:
    """The team that plays `role`, or its stand-in (see `ROLE_STAND_INS`), finally the secretariat."""
    for candidate in (role, ROLE_STAND_INS.get(role), HelpdeskRole.SECRETARIAT):
        if candidate is not None and candidate in teams:
            return candidate, teams[candidate]
    raise ValueError("The secretariat's team is required: it answers what no other team does.")


@transaction.atomic
def install_default_routing(
    *, congress: Congress, teams: Mapping[HelpdeskRole, StaffTeam], actor=None
) -> list[RoutingRule]:
    """Set the congress's routing table to the defaults, one rule for each requester type × topic.

    `teams` names the congress's team for each role; the secretariat's is required, a missing role falls back
    (`team_for_role`). Running it again puts back the defaults over any change made in the back office."""
    foreign = [team for team in teams.values() if team.congress_id != congress.pk]
    if foreign:
        raise ValueError(f"Teams of another congress: {', '.join(str(team) for team in foreign)}")
    rules = []
    for requester_type in RequesterType:
        for topic in InquiryTopic:
            role, team = team_for_role(default_role_for(requester_type, topic), teams)
            rule, _created = RoutingRule.objects.update_or_create(
                congress=congress,
                requester_type=requester_type,
                topic=topic,
                defaults={"team": team, "helpdesk_role": role},
            )
            rules.append(rule)
    log_action(
        congress,
        "helpdesk.routing.defaults_installed",
        actor=actor,
        congress_id=congress.pk,
        data={"teams": {role: team.slug for role, team in teams.items()}},
    )
    return rules
