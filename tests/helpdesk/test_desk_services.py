"""The desk's administration services: routing table, settings, FAQ entries, canned answers; each audited."""

import pytest

from plenaria.common.models import ActionLog
from plenaria.helpdesk.enums import HelpdeskRole, InquiryTopic, RequesterType
from plenaria.helpdesk.errors import HelpdeskError
from plenaria.helpdesk.models import CannedAnswer, DeskSettings, FaqEntry, RoutingRule
from plenaria.helpdesk.selectors import fallback_team, route_for
from plenaria.helpdesk.selectors_desk import role_teams_of
from plenaria.helpdesk.services import desk
from tests.factories.congresses import CongressFactory, StaffTeamFactory
from tests.factories.helpdesk_desk import desk_member

pytestmark = [pytest.mark.integration, pytest.mark.django_db]

NGO_PROGRAMME = (RequesterType.NGO.value, InquiryTopic.PROGRAMME.value)
GOVERNMENT_REGISTRATION = (RequesterType.GOVERNMENT.value, InquiryTopic.REGISTRATION.value)


def actions(congress) -> list[str]:
    return list(
        ActionLog.objects.filter(congress_id=congress.pk).order_by("pk").values_list("action", flat=True)
    )


def test_save_routing_rules_changes_the_team_keeps_the_role_and_logs_the_changed_cell(routed_congress, teams):
    actor = desk_member(teams["secretariat"])

    changes = desk.save_routing_rules(
        congress=routed_congress, teams={NGO_PROGRAMME: teams["ecpat"]}, actor=actor
    )

    rule = RoutingRule.objects.get(congress=routed_congress, requester_type="ngo", topic="programme")
    assert (rule.team, rule.helpdesk_role) == (teams["ecpat"], HelpdeskRole.NGO)
    assert changes == {"ngo/programme": ["ngo-group", "ecpat"]}
    log = ActionLog.objects.get(action="helpdesk.routing.changed")
    assert (log.actor, log.data) == (actor, {"changes": {"ngo/programme": ["ngo-group", "ecpat"]}})


def test_save_routing_rules_unchanged_cells_are_not_logged(routed_congress, teams):
    desk.save_routing_rules(congress=routed_congress, teams={NGO_PROGRAMME: teams["ngo-group"]}, actor=None)

    assert actions(routed_congress) == ["helpdesk.routing.defaults_installed"]


def test_save_routing_rules_refuses_to_move_the_rule_that_names_the_secretariat(routed_congress, teams):
    with pytest.raises(HelpdeskError) as error:
        desk.save_routing_rules(
            congress=routed_congress, teams={GOVERNMENT_REGISTRATION: teams["unicef"]}, actor=None
        )

    assert error.value.code == "secretariat_would_change"
    assert fallback_team(congress=routed_congress) == teams["secretariat"]


def test_save_routing_rules_refuses_a_team_of_another_congress_and_changes_nothing(routed_congress, teams):
    foreign = StaffTeamFactory(congress=CongressFactory())

    with pytest.raises(HelpdeskError) as error:
        desk.save_routing_rules(
            congress=routed_congress,
            teams={("media", "programme"): teams["unicef"], NGO_PROGRAMME: foreign},
            actor=None,
        )

    assert error.value.code == "team_of_another_congress"
    assert (
        route_for(congress=routed_congress, requester_type="media", topic="programme")
        == teams["communications"]
    )


def test_role_teams_of_follows_most_of_a_roles_rules(routed_congress, teams, role_teams):
    desk.save_routing_rules(congress=routed_congress, teams={NGO_PROGRAMME: teams["ecpat"]}, actor=None)

    assert role_teams_of(congress=routed_congress) == role_teams


def test_restore_default_routing_puts_back_the_default_teams(routed_congress, teams):
    desk.save_routing_rules(
        congress=routed_congress,
        teams={NGO_PROGRAMME: teams["ecpat"], ("media", "visa_travel"): teams["communications"]},
        actor=None,
    )

    desk.restore_default_routing(congress=routed_congress, actor=None)

    assert route_for(congress=routed_congress, requester_type="ngo", topic="programme") == teams["ngo-group"]
    assert (
        route_for(congress=routed_congress, requester_type="media", topic="visa_travel")
        == teams["secretariat"]
    )
    assert actions(routed_congress)[-1] == "helpdesk.routing.defaults_installed"


def test_restore_default_routing_without_rules_is_refused(congress):
    with pytest.raises(HelpdeskError) as error:
        desk.restore_default_routing(congress=congress, actor=None)

    assert error.value.code == "no_secretariat_rule"


@pytest.mark.parametrize("hours", [0, 721])
def test_save_desk_settings_out_of_range_is_refused_and_nothing_saved(congress, hours):
    with pytest.raises(HelpdeskError) as error:
        desk.save_desk_settings(congress=congress, first_response_hours=hours, actor=None)

    assert error.value.code == "first_response_hours_range"
    assert not DeskSettings.objects.exists()


def test_save_desk_settings_logs_before_and_after(congress):
    desk.save_desk_settings(congress=congress, first_response_hours=24, actor=None)
    desk.save_desk_settings(congress=congress, first_response_hours=12, actor=None)

    assert DeskSettings.objects.get(congress=congress).first_response_hours == 12
    assert [
        log.data for log in ActionLog.objects.filter(action="helpdesk.settings.changed").order_by("pk")
    ] == [
        {"changes": {"first_response_hours": [None, 24]}},
        {"changes": {"first_response_hours": [24, 12]}},
    ]


def faq_content(**overrides) -> desk.FaqContent:
    fields = {
        "topic": InquiryTopic.VISA_AND_TRAVEL,
        "question": {"en": "Do I need a visa?", "fr": "Ai-je besoin d'un visa ?", "ja": ""},
        "answer": {"en": "Most people do.", "fr": "La plupart des gens, oui.", "ja": None},
    }
    return desk.FaqContent(**{**fields, **overrides})


def test_create_faq_entry_keeps_the_filled_languages_and_is_audited(congress, teams):
    entry = desk.create_faq_entry(congress=congress, content=faq_content(), team=teams["unicef"], actor=None)

    entry.refresh_from_db()
    assert entry.question.data == {"en": "Do I need a visa?", "fr": "Ai-je besoin d'un visa ?"}
    assert (entry.team, entry.is_published) == (teams["unicef"], False)
    assert actions(congress) == ["helpdesk.faq_entry.created"]


@pytest.mark.parametrize(
    ("overrides", "code"),
    [
        ({"question": {"en": " "}, "answer": {"en": ""}}, "faq_question_required"),
        ({"answer": {"en": "Most people do."}}, "faq_languages_differ"),
        ({"topic": "weather"}, "invalid_topic"),
    ],
)
def test_create_faq_entry_refuses_incomplete_content(congress, overrides, code):
    with pytest.raises(HelpdeskError) as error:
        desk.create_faq_entry(congress=congress, content=faq_content(**overrides), team=None, actor=None)

    assert error.value.code == code
    assert not FaqEntry.objects.exists()


def test_publish_update_and_delete_faq_entry_are_each_audited(congress):
    entry = desk.create_faq_entry(congress=congress, content=faq_content(), team=None, actor=None)

    desk.set_faq_entry_published(entry=entry, is_published=True, actor=None)
    desk.set_faq_entry_published(entry=entry, is_published=True, actor=None)  # already: nothing to log
    desk.update_faq_entry(
        entry=entry, content=faq_content(keywords="visa, embassy", is_published=True), actor=None
    )
    desk.delete_faq_entry(entry=entry, actor=None)

    assert actions(congress) == [
        "helpdesk.faq_entry.created",
        "helpdesk.faq_entry.published",
        "helpdesk.faq_entry.changed",
        "helpdesk.faq_entry.deleted",
    ]
    assert ActionLog.objects.get(action="helpdesk.faq_entry.changed").data == {
        "changes": {"keywords": ["", "visa, embassy"]}
    }
    assert not FaqEntry.objects.exists()


def test_canned_answer_create_update_delete_are_audited(congress, teams):
    answer = desk.create_canned_answer(
        congress=congress,
        title="  Visa   letter ",
        body={"en": "Download it.", "fr": ""},
        team=None,
        actor=None,
    )
    desk.update_canned_answer(
        answer=answer, title="Visa letter", body={"en": "Download it."}, team=teams["unicef"], actor=None
    )
    answer.refresh_from_db()
    desk.delete_canned_answer(answer=answer, actor=None)

    assert (answer.title, answer.body.data, answer.team) == (
        "Visa letter",
        {"en": "Download it."},
        teams["unicef"],
    )
    assert actions(congress) == [
        "helpdesk.canned_answer.created",
        "helpdesk.canned_answer.changed",
        "helpdesk.canned_answer.deleted",
    ]
    assert not CannedAnswer.objects.exists()


@pytest.mark.parametrize(
    ("title", "body", "code"),
    [(" ", {"en": "Text"}, "canned_title_required"), ("Title", {"en": " "}, "canned_body_required")],
)
def test_create_canned_answer_refuses_empty_title_or_text(congress, title, body, code):
    with pytest.raises(HelpdeskError) as error:
        desk.create_canned_answer(congress=congress, title=title, body=body, team=None, actor=None)

    assert error.value.code == code
