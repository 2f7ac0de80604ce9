import datetime

import pytest
from django.contrib.auth.models import AnonymousUser
from django.contrib.contenttypes.models import ContentType

from plenaria.common.audit import actions_for, actions_for_congress, changes_between, log_action, snapshot
from plenaria.common.models import ActionLog
from plenaria.congresses.models import Congress, StaffTeam
from tests.factories.accounts import UserFactory
from tests.factories.congresses import CongressFactory, StaffTeamFactory

pytestmark = [pytest.mark.integration, pytest.mark.django_db]


def test_log_action_records_actor_action_object_congress_and_data():
    congress = CongressFactory(name={"en": "World Congress III"})
    team = StaffTeam.objects.get(pk=StaffTeamFactory(congress=congress, name={"en": "Secretariat"}).pk)
    actor = UserFactory()

    entry = log_action(team, "congresses.team.renamed", actor=actor, data={"reason": "typo"})

    entry.refresh_from_db()
    assert entry.actor == actor
    assert entry.action == "congresses.team.renamed"
    assert entry.content_type == ContentType.objects.get_for_model(StaffTeam)
    assert entry.object_id == str(team.pk)
    assert entry.subject == team
    assert entry.object_repr == "Secretariat"
    assert entry.congress_id == congress.pk
    assert entry.data == {"reason": "typo"}


def test_log_action_explicit_congress_id_wins_over_subject():
    team = StaffTeamFactory()
    other = CongressFactory()

    entry = log_action(team, "congresses.team.moved", congress_id=other.pk)

    assert entry.congress_id == other.pk


def test_log_action_anonymous_actor_recorded_as_system():
    team = StaffTeamFactory()

    entry = log_action(team, "congresses.team.viewed", actor=AnonymousUser())

    assert entry.actor is None
    assert entry.data == {}


def test_log_action_without_subject_records_no_object():
    entry = log_action(None, "common.sweep.finished", congress_id=5, data={"sent": 3})

    entry.refresh_from_db()
    assert (entry.content_type, entry.object_id, entry.object_repr) == (None, "", "")
    assert (entry.congress_id, entry.data) == (5, {"sent": 3})


def test_log_action_long_object_repr_is_truncated():
    team = StaffTeam.objects.get(pk=StaffTeamFactory(name={"en": "x" * 300}).pk)

    entry = log_action(team, "congresses.team.created")

    assert entry.object_repr == "x" * 200


def test_actions_for_returns_entries_of_one_object_newest_first():
    team, other_team = StaffTeamFactory(), StaffTeamFactory()
    first = log_action(team, "congresses.team.created")
    log_action(other_team, "congresses.team.created")
    second = log_action(team, "congresses.team.changed")

    entries = list(actions_for(team))

    assert entries == [second, first]


def test_actions_for_congress_returns_only_that_congress():
    congress, other = CongressFactory(), CongressFactory()
    mine = log_action(StaffTeamFactory(congress=congress), "congresses.team.created")
    log_action(StaffTeamFactory(congress=other), "congresses.team.created")

    entries = list(actions_for_congress(congress_id=congress.pk))

    assert entries == [mine]


@pytest.mark.unit
def test_changes_between_lists_only_changed_fields_with_before_and_after():
    before = {"slug": "yokohama", "time_zone": "UTC", "is_published": False, "city": {"en": "Yokohama"}}
    after = {"slug": "yokohama", "time_zone": "Asia/Tokyo", "is_published": True, "city": {"en": "Yokohama"}}

    changes = changes_between(before, after)

    assert changes == {"time_zone": ["UTC", "Asia/Tokyo"], "is_published": [False, True]}


@pytest.mark.unit
def test_changes_between_identical_values_is_empty():
    values = {"slug": "yokohama", "name": {"en": "World Congress"}}

    assert changes_between(values, dict(values)) == {}


@pytest.mark.unit
def test_changes_between_new_field_has_none_before():
    assert changes_between({}, {"tagline": "Children first"}) == {"tagline": [None, "Children first"]}


def test_snapshot_multilingual_fields_are_dicts_without_empty_languages():
    congress = CongressFactory(
        name={"en": "Second World Congress", "fr": "Deuxième Congrès mondial", "es": ""},
        city={"en": "Yokohama", "ja": "横浜"},
        starts_on=datetime.date(2001, 12, 17),
    )
    congress = Congress.objects.get(pk=congress.pk)

    values = snapshot(congress, ["name", "city", "slug", "country", "starts_on", "is_published"])

    assert values == {
        "name": {"en": "Second World Congress", "fr": "Deuxième Congrès mondial"},
        "city": {"en": "Yokohama", "ja": "横浜"},
        "slug": congress.slug,
        "country": "JP",
        "starts_on": "2001-12-17",
        "is_published": True,
    }


def test_snapshot_multilingual_value_not_yet_saved_is_recorded_as_dict():
    team = StaffTeamFactory.build(name={"en": "Secretariat", "fr": "Secrétariat", "ja": ""})

    values = snapshot(team, ["name"])

    assert values == {"name": {"en": "Secretariat", "fr": "Secrétariat"}}


def test_changes_between_snapshots_records_multilingual_change_per_language():
    congress = Congress.objects.get(pk=CongressFactory(name={"en": "World Congress", "fr": "Congrès"}).pk)
    before = snapshot(congress, ["name", "city", "time_zone"])
    congress.name = {"en": "World Congress", "fr": "Congrès mondial"}
    congress.save()
    congress = Congress.objects.get(pk=congress.pk)

    entry = log_action(
        congress,
        "congresses.congress.changed",
        congress_id=congress.pk,
        data={"changes": changes_between(before, snapshot(congress, ["name", "city", "time_zone"]))},
    )

    entry.refresh_from_db()
    assert entry.data == {
        "changes": {
            "name": [
                {"en": "World Congress", "fr": "Congrès"},
                {"en": "World Congress", "fr": "Congrès mondial"},
            ]
        }
    }
    assert ActionLog.objects.filter(congress_id=congress.pk).count() == 1
