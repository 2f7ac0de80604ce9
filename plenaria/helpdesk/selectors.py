"""Reads of the inquiry desk."""

from django.core.cache import cache
from django.db import transaction
from django.db.models import QuerySet

from plenaria.accounts.models import User
from plenaria.congresses.models import Congress, StaffTeam

from .enums import HelpdeskRole, MessageDirection
from .models import DeskSettings, Inquiry, InquiryMessage, RoutingRule

# Every question reads the routing table, which changes a few times in a congress: it is kept in the shared cache,
# and dropped whenever a rule or a team changes (receivers.py).
ROUTING_TABLE_SECONDS = 600


def route_for(*, congress: Congress, requester_type: str, topic: str) -> StaffTeam | None:
    """The team whose queue receives an inquiry of this requester type and topic, by the congress's rule.

    None when the congress has no rule for the pair: the caller then uses `fallback_team`."""
    return routing_table(congress=congress).get((requester_type, topic))


def routing_table(*, congress: Congress) -> dict[tuple[str, str], StaffTeam]:
    """(requester type, topic) → team, for every rule of the congress."""
    key = _routing_table_key(congress.pk)
    table = cache.get(key)
    if table is None:
        rules = RoutingRule.objects.filter(congress=congress).select_related("team")
        table = {(rule.requester_type, rule.topic): rule.team for rule in rules}
        cache.set(key, table, ROUTING_TABLE_SECONDS)
    return table


def forget_routing_table(*, congress_id: int) -> None:
    """Drop the cached table now (this request reads the change at once) and again when the transaction commits
    (a request that read the old rules meanwhile may have cached them)."""
    key = _routing_table_key(congress_id)
    cache.delete(key)
    transaction.on_commit(lambda: cache.delete(key))


def _routing_table_key(congress_id: int) -> str:
    return f"helpdesk:routing:{congress_id}"


def fallback_team(*, congress: Congress) -> StaffTeam | None:
    """The host secretariat's team: it receives what no rule routes (it runs the congress and can transfer an
    inquiry to the co-organiser that answers it). It is the team that the rules name in the secretariat role.
    None when no rule names one: the inquiry then waits, unrouted, for the secretariat to route it."""
    rule = (
        RoutingRule.objects.filter(congress=congress, helpdesk_role=HelpdeskRole.SECRETARIAT)
        .select_related("team")
        .order_by("pk")
        .first()
    )
    return rule.team if rule is not None else None


def desk_team_ids_of(*, user, congress: Congress) -> frozenset[int]:
    """The ids of the user's teams in `congress`: the queues they work. Cached on the user object per request."""
    if not getattr(user, "is_authenticated", False):
        return frozenset()
    cache = user.__dict__.setdefault("_plenaria_desk_teams", {})
    if congress.pk not in cache:
        cache[congress.pk] = frozenset(
            StaffTeam.objects.filter(congress=congress, memberships__user=user).values_list("pk", flat=True)
        )
    return cache[congress.pk]


def secretariat_team(*, congress: Congress) -> StaffTeam | None:
    """The host secretariat's team at the desk (see `fallback_team`)."""
    return fallback_team(congress=congress)


def is_secretariat_desk_member(*, user, congress: Congress) -> bool:
    team = secretariat_team(congress=congress)
    return team is not None and team.pk in desk_team_ids_of(user=user, congress=congress)


def teams_of(*, user, congress: Congress) -> QuerySet[StaffTeam]:
    """The user's teams in the congress: the queues they may open, in the back office's order."""
    return StaffTeam.objects.filter(pk__in=desk_team_ids_of(user=user, congress=congress)).order_by("pk")


def team_members(*, team: StaffTeam) -> QuerySet[User]:
    """Who an inquiry of the team's queue can be assigned to."""
    return User.objects.filter(staff_memberships__team=team, is_active=True).order_by("email")


def desk_settings_for(*, congress: Congress) -> DeskSettings:
    """The congress's desk settings; the defaults (unsaved) when none were set."""
    return DeskSettings.objects.filter(congress=congress).first() or DeskSettings(congress=congress)


def get_inquiry(*, congress: Congress, reference: str) -> Inquiry | None:
    return (
        Inquiry.objects.filter(congress=congress, reference=reference)
        .select_related("team", "assignee", "participant", "merged_into", "moved_to_concern")
        .first()
    )


def get_inquiry_by_token(*, congress: Congress, token: str) -> Inquiry | None:
    """The inquiry whose private follow-up link carries `token`."""
    if not token or len(token) > 64:
        return None
    return Inquiry.objects.filter(congress=congress, follow_up_token=token).select_related("team").first()


def conversation(*, inquiry: Inquiry, include_notes: bool) -> QuerySet[InquiryMessage]:
    """The inquiry's messages, oldest first, with their attachments. Notes only for handlers."""
    messages = inquiry.messages.select_related("author").prefetch_related("attachments")
    if not include_notes:
        messages = messages.exclude(direction=MessageDirection.NOTE)
    return messages


def inquiries_of_user(*, user) -> QuerySet[Inquiry]:
    """A signed-in person's own inquiries, in every congress, newest first."""
    if not getattr(user, "is_authenticated", False):
        return Inquiry.objects.none()
    return Inquiry.objects.filter(user=user).select_related("congress", "team")
