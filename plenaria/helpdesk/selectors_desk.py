"""Reads for the desk's administration pages: the routing table, the FAQ entries and the canned answers.

Who may open the pages is decided by the rules (`helpdesk.use_desk`, `helpdesk.oversee_desk`); which canned answers a
member may change is decided here, so that the list, the edit page and the delete page agree.
"""

from collections import Counter
from dataclasses import dataclass

from django.db.models import Q, QuerySet

from plenaria.congresses.models import Congress, StaffTeam

from .enums import HelpdeskRole, InquiryTopic, RequesterType
from .models import CannedAnswer, FaqEntry, RoutingRule
from .selectors import desk_team_ids_of, fallback_team
from .services.routing import default_role_for, team_for_role


def routing_rules_by_pair(*, congress: Congress) -> dict[tuple[str, str], RoutingRule]:
    """The congress's rules keyed by (requester type, topic), with their teams."""
    rules = RoutingRule.objects.filter(congress=congress).select_related("team")
    return {(rule.requester_type, rule.topic): rule for rule in rules}


def secretariat_rule(*, congress: Congress) -> RoutingRule | None:
    """The rule that names the host secretariat's team (see `selectors.fallback_team`): the first, by creation,
    of the rules in the secretariat role. Moving it to another team would hand the secretariat's oversight over."""
    return (
        RoutingRule.objects.filter(congress=congress, helpdesk_role=HelpdeskRole.SECRETARIAT)
        .order_by("pk")
        .first()
    )


def role_teams_of(*, congress: Congress) -> dict[HelpdeskRole, StaffTeam]:
    """The role → team mapping that the current rules express, to restore the defaults with the same teams.

    A rule keeps its role when its team is changed, so one role may name several teams: the team that most of the
    role's rules name plays it (the first rule's team on a tie). The secretariat is always the team that
    `fallback_team` names, so that restoring the defaults never hands the secretariat's oversight to another team.
    """
    votes: dict[str, Counter] = {}
    first_seen: dict[tuple[str, int], int] = {}
    teams: dict[int, StaffTeam] = {}
    for rule in RoutingRule.objects.filter(congress=congress).select_related("team").order_by("pk"):
        votes.setdefault(rule.helpdesk_role, Counter())[rule.team_id] += 1
        first_seen.setdefault((rule.helpdesk_role, rule.team_id), rule.pk)
        teams[rule.team_id] = rule.team
    mapping = {}
    for role, counts in votes.items():
        team_id = min(counts, key=lambda pk, role=role: (-counts[pk], first_seen[(role, pk)]))
        mapping[HelpdeskRole(role)] = teams[team_id]
    secretariat = fallback_team(congress=congress)
    if secretariat is not None:
        mapping[HelpdeskRole.SECRETARIAT] = secretariat
    return mapping


def routable_teams(*, congress: Congress) -> QuerySet[StaffTeam]:
    """The teams an inquiry can be routed to: every team of the congress."""
    return StaffTeam.objects.filter(congress=congress).order_by("pk")


def faq_entries_for_desk(*, congress: Congress) -> QuerySet[FaqEntry]:
    """Every FAQ entry of the congress, published or not, in the public page's order."""
    return (
        FaqEntry.objects.filter(congress=congress).select_related("team").order_by("topic", "position", "pk")
    )


def get_faq_entry(*, congress: Congress, pk: int) -> FaqEntry | None:
    return FaqEntry.objects.filter(congress=congress, pk=pk).select_related("team").first()


@dataclass(frozen=True)
class CannedAccess:
    """What one desk member may do with canned answers: their teams' answers, and the shared ones if they
    oversee the desk (the secretariat keeps the answers that every team inserts)."""

    team_ids: frozenset[int]
    may_share: bool

    def may_change(self, answer: CannedAnswer) -> bool:
        return answer.team_id in self.team_ids if answer.team_id else self.may_share


def canned_access_of(*, user, congress: Congress, oversees: bool) -> CannedAccess:
    return CannedAccess(team_ids=desk_team_ids_of(user=user, congress=congress), may_share=oversees)


def canned_answers_for_member(*, congress: Congress, access: CannedAccess) -> QuerySet[CannedAnswer]:
    """The canned answers a member sees: their teams' and the shared ones (which only the secretariat changes)."""
    return (
        CannedAnswer.objects.filter(congress=congress)
        .filter(Q(team__isnull=True) | Q(team_id__in=access.team_ids))
        .select_related("team")
        .order_by("title", "pk")
    )


def get_changeable_canned_answer(*, congress: Congress, access: CannedAccess, pk: int) -> CannedAnswer | None:
    """The canned answer `pk` if the member may change it; None otherwise (another team's answer is not even
    said to exist)."""
    answer = CannedAnswer.objects.filter(congress=congress, pk=pk).select_related("team").first()
    return answer if answer is not None and access.may_change(answer) else None


def default_teams_by_pair(*, congress: Congress) -> dict[tuple[str, str], StaffTeam]:
    """The team the default routing would name for each (requester type, topic), with the teams that play each
    role in the current rules: what "restore the defaults" would put back. Empty without a secretariat."""
    role_teams = role_teams_of(congress=congress)
    if HelpdeskRole.SECRETARIAT not in role_teams:
        return {}
    return {
        (requester_type.value, topic.value): team_for_role(
            default_role_for(requester_type, topic), role_teams
        )[1]
        for requester_type in RequesterType
        for topic in InquiryTopic
    }


def dashboard_teams_of(*, user, congress: Congress, oversees: bool) -> list[StaffTeam]:
    """The queues whose figures a member may open: their teams; for the secretariat, also every routed team."""
    teams = Q(pk__in=desk_team_ids_of(user=user, congress=congress))
    if oversees:
        teams |= Q(pk__in=RoutingRule.objects.filter(congress=congress).values("team"))
    return list(StaffTeam.objects.filter(teams, congress=congress).order_by("pk"))
