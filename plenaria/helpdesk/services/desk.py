"""The desk's administration: the routing table, the desk's settings, the FAQ entries and the canned answers.

Each change is one transaction and one audit entry that says what changed. The FAQ is on a public page: a change
to an entry refreshes the congress's cached public pages.
"""

from collections.abc import Mapping
from dataclasses import dataclass

from django.core.exceptions import ValidationError
from django.db import transaction
from django.utils.translation import gettext as _

from plenaria.common.audit import changes_between, log_action, snapshot
from plenaria.congresses.models import Congress, StaffTeam
from plenaria.congresses.public_cache import bump_public_cache

from ..enums import InquiryTopic, RequesterType
from ..errors import HelpdeskError
from ..models import CannedAnswer, DeskSettings, FaqEntry, RoutingRule
from ..selectors_desk import role_teams_of, secretariat_rule
from .routing import default_role_for, install_default_routing

FAQ_FIELDS = ("topic", "question", "answer", "keywords", "is_published", "position", "team")
CANNED_FIELDS = ("title", "team", "body")


def _pair_key(requester_type: str, topic: str) -> str:
    return f"{requester_type}/{topic}"


@transaction.atomic
def save_routing_rules(
    *, congress: Congress, teams: Mapping[tuple[str, str], StaffTeam], actor
) -> dict[str, list[str]]:
    """Route each (requester type, topic) pair of `teams` to its team, in one go; returns the changed cells.

    A rule keeps its role at the desk when its team changes (the role says which default the pair follows, see
    `routing.install_default_routing`); a pair without a rule gets one in its default role. The rule that names
    the host secretariat must stay with the secretariat's team: moving it would hand the secretariat's oversight
    of the desk to another team."""
    rules = {
        (rule.requester_type, rule.topic): rule
        for rule in RoutingRule.objects.select_for_update().filter(congress=congress).select_related("team")
    }
    anchor = secretariat_rule(congress=congress)
    changes = {}
    for (requester_type, topic), team in teams.items():
        if requester_type not in RequesterType.values or topic not in InquiryTopic.values:
            raise HelpdeskError("routing_pair_unknown")
        if team.congress_id != congress.pk:
            raise HelpdeskError("team_of_another_congress")
        rule = rules.get((requester_type, topic))
        if rule is not None and rule.team_id == team.pk:
            continue
        if anchor is not None and rule is not None and rule.pk == anchor.pk:
            raise _secretariat_would_change(rule)
        changes[_pair_key(requester_type, topic)] = [rule.team.slug if rule else None, team.slug]
        if rule is None:
            RoutingRule.objects.create(
                congress=congress,
                requester_type=requester_type,
                topic=topic,
                team=team,
                helpdesk_role=default_role_for(requester_type, topic),
            )
        else:
            rule.team = team
            rule.save(update_fields=["team", "updated_at"])
    if changes:
        log_action(
            congress,
            "helpdesk.routing.changed",
            actor=actor,
            congress_id=congress.pk,
            data={"changes": changes},
        )
    return changes


def _secretariat_would_change(rule: RoutingRule) -> HelpdeskError:
    message = _(
        "“{requester_type} × {topic}” names the host secretariat of the desk (the team that sees every queue and "
        "sets the routing): it stays with {team}. Route the other questions as you wish."
    ).format(requester_type=rule.get_requester_type_display(), topic=rule.get_topic_display(), team=rule.team)
    return HelpdeskError("secretariat_would_change", message)


@transaction.atomic
def restore_default_routing(*, congress: Congress, actor) -> list[RoutingRule]:
    """Put the default routing back, with the teams that play each role in the current rules (`role_teams_of`)."""
    # Lock the table first: two secretariat members restoring and saving at once must not interleave.
    list(RoutingRule.objects.select_for_update().filter(congress=congress).values_list("pk", flat=True))
    teams = role_teams_of(congress=congress)
    if not teams or secretariat_rule(congress=congress) is None:
        raise HelpdeskError("no_secretariat_rule")
    return install_default_routing(congress=congress, teams=teams, actor=actor)


@transaction.atomic
def save_desk_settings(*, congress: Congress, first_response_hours: int, actor) -> DeskSettings:
    """Set the first-answer target that the queues' SLA timers and the dashboards count against."""
    desk, created = DeskSettings.objects.select_for_update().get_or_create(congress=congress)
    before = None if created else desk.first_response_hours
    desk.first_response_hours = first_response_hours
    try:
        desk.full_clean()
    except ValidationError:
        raise HelpdeskError("first_response_hours_range") from None
    desk.save()
    if before != first_response_hours:
        log_action(
            desk,
            "helpdesk.settings.changed",
            actor=actor,
            data={"changes": {"first_response_hours": [before, first_response_hours]}},
        )
    return desk


@dataclass(frozen=True)
class FaqContent:
    """What an editor writes for an FAQ entry. `question` and `answer` map a language code to its text."""

    topic: str
    question: dict[str, str]
    answer: dict[str, str]
    keywords: str = ""
    is_published: bool = False
    position: int = 0


def _filled(texts: Mapping[str, str | None]) -> dict[str, str]:
    return {language: text.strip() for language, text in texts.items() if text and text.strip()}


def _check_faq(content: FaqContent) -> tuple[dict[str, str], dict[str, str]]:
    """The question and answer without empty languages; an entry answers its question in each of its languages."""
    if content.topic not in InquiryTopic.values:
        raise HelpdeskError("invalid_topic")
    question, answer = _filled(content.question), _filled(content.answer)
    if not question:
        raise HelpdeskError("faq_question_required")
    if set(question) != set(answer):
        raise HelpdeskError("faq_languages_differ")
    return question, answer


def _apply_faq(entry: FaqEntry, content: FaqContent) -> None:
    entry.question, entry.answer = _check_faq(content)
    entry.topic = content.topic
    entry.keywords = content.keywords.strip()
    entry.is_published = content.is_published
    entry.position = content.position


@transaction.atomic
def create_faq_entry(*, congress: Congress, content: FaqContent, team: StaffTeam | None, actor) -> FaqEntry:
    """Write a new FAQ entry for the congress, in the name of the editor's team."""
    entry = FaqEntry(congress=congress, team=team)
    _apply_faq(entry, content)
    entry.full_clean()
    entry.save()
    log_action(entry, "helpdesk.faq_entry.created", actor=actor, data={"values": snapshot(entry, FAQ_FIELDS)})
    bump_public_cache(congress.pk)
    return entry


@transaction.atomic
def update_faq_entry(*, entry: FaqEntry, content: FaqContent, actor) -> FaqEntry:
    """Save an edited FAQ entry. It stays in the name of the team that wrote it."""
    entry = FaqEntry.objects.select_for_update().get(pk=entry.pk)
    before = snapshot(entry, FAQ_FIELDS)
    _apply_faq(entry, content)
    entry.full_clean()
    entry.save()
    changes = changes_between(before, snapshot(entry, FAQ_FIELDS))
    if changes:
        log_action(entry, "helpdesk.faq_entry.changed", actor=actor, data={"changes": changes})
        bump_public_cache(entry.congress_id)
    return entry


@transaction.atomic
def set_faq_entry_published(*, entry: FaqEntry, is_published: bool, actor) -> FaqEntry:
    """Show the entry on the public FAQ page (and in the suggestions of the "Ask" form), or take it off."""
    entry = FaqEntry.objects.select_for_update().get(pk=entry.pk)
    if entry.is_published != is_published:
        entry.is_published = is_published
        entry.save(update_fields=["is_published", "updated_at"])
        action = "published" if is_published else "unpublished"
        log_action(entry, f"helpdesk.faq_entry.{action}", actor=actor)
        bump_public_cache(entry.congress_id)
    return entry


@transaction.atomic
def delete_faq_entry(*, entry: FaqEntry, actor) -> None:
    log_action(entry, "helpdesk.faq_entry.deleted", actor=actor, data={"values": snapshot(entry, FAQ_FIELDS)})
    entry.delete()
    bump_public_cache(entry.congress_id)


def _check_canned(title: str, body: Mapping[str, str | None]) -> tuple[str, dict[str, str]]:
    title, body = " ".join((title or "").split()), _filled(body)
    if not title:
        raise HelpdeskError("canned_title_required")
    if not body:
        raise HelpdeskError("canned_body_required")
    return title, body


def _check_team(congress: Congress, team: StaffTeam | None) -> None:
    if team is not None and team.congress_id != congress.pk:
        raise HelpdeskError("team_of_another_congress")


@transaction.atomic
def create_canned_answer(
    *, congress: Congress, title: str, body: Mapping[str, str], team: StaffTeam | None, actor
) -> CannedAnswer:
    """A prepared reply for one team (`team`) or, with `team=None`, for every team of the congress."""
    _check_team(congress, team)
    title, body = _check_canned(title, body)
    answer = CannedAnswer.objects.create(congress=congress, team=team, title=title, body=body)
    log_action(
        answer,
        "helpdesk.canned_answer.created",
        actor=actor,
        data={"values": snapshot(answer, CANNED_FIELDS)},
    )
    return answer


@transaction.atomic
def update_canned_answer(
    *, answer: CannedAnswer, title: str, body: Mapping[str, str], team: StaffTeam | None, actor
) -> CannedAnswer:
    answer = CannedAnswer.objects.select_for_update().select_related("congress").get(pk=answer.pk)
    _check_team(answer.congress, team)
    before = snapshot(answer, CANNED_FIELDS)
    answer.title, answer.body = _check_canned(title, body)
    answer.team = team
    answer.save()
    changes = changes_between(before, snapshot(answer, CANNED_FIELDS))
    if changes:
        log_action(answer, "helpdesk.canned_answer.changed", actor=actor, data={"changes": changes})
    return answer


@transaction.atomic
def delete_canned_answer(*, answer: CannedAnswer, actor) -> None:
    log_action(
        answer,
        "helpdesk.canned_answer.deleted",
        actor=actor,
        data={"values": snapshot(answer, CANNED_FIELDS)},
    )
    answer.delete()
