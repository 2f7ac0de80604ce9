import datetime
import re

import pytest
from django.contrib.auth.hashers import is_password_usable
from django.core.exceptions import ValidationError
from i18nfield.strings import LazyI18nString

from plenaria.accounts.models import User
from plenaria.common.audit import actions_for, actions_for_congress
from plenaria.common.models import OutboundEmail
from plenaria.congresses.enums import EventKind, PageSection
from plenaria.congresses.models import Event, Page, StaffMembership, StaffTeam
from plenaria.congresses.public_cache import public_cache_version
from plenaria.congresses.services import (
    CongressError,
    add_team_member,
    content_snapshot,
    create_content,
    delete_content,
    remove_team_member,
    update_content,
    update_team,
)
from tests.factories.accounts import UserFactory
from tests.factories.congresses import PageFactory, StaffMembershipFactory, StaffTeamFactory

pytestmark = [pytest.mark.integration, pytest.mark.django_db]

NEW_PASSWORD = "a-brand-new-passphrase-2001"


@pytest.fixture
def actor(make_staff, congress):
    return make_staff(congress, "can_change_congress", "can_change_content", "can_manage_teams")


def _audit(subject) -> list[tuple]:
    return [(log.action, log.actor, log.congress_id, log.data) for log in actions_for(subject)]


def _team(congress, **fields) -> StaffTeam:
    return StaffTeam.objects.get(pk=StaffTeamFactory(congress=congress, **fields).pk)


def _page(congress, **fields) -> Page:
    """A page as the back office loads it (multilingual values read back from the database)."""
    return Page.objects.get(pk=PageFactory(congress=congress, **fields).pk)


def test_create_content_saves_audits_values_and_bumps_public_cache(congress, actor):
    event = Event(
        kind=EventKind.YOUTH,
        slug="youth-forum",
        name=LazyI18nString({"en": "Youth forum", "fr": "Forum des jeunes"}),
        city=LazyI18nString({"en": "Yokohama"}),
        country="JP",
        starts_on=datetime.date(2001, 12, 15),
        ends_on=datetime.date(2001, 12, 16),
    )

    version = public_cache_version(congress.pk)

    create_content(congress=congress, instance=event, actor=actor)

    assert list(congress.events.values_list("slug", flat=True)) == ["youth-forum"]
    assert _audit(event) == [
        (
            "congresses.event.created",
            actor,
            congress.pk,
            {
                "values": {
                    "kind": "youth",
                    "slug": "youth-forum",
                    "name": {"en": "Youth forum", "fr": "Forum des jeunes"},
                    "summary": "",
                    "city": {"en": "Yokohama"},
                    "country": "JP",
                    "venue": "",
                    "starts_on": "2001-12-15",
                    "ends_on": "2001-12-16",
                    "organisers": "",
                    "outcome": "",
                    "position": 0,
                }
            },
        )
    ]
    assert public_cache_version(congress.pk) > version


def test_create_content_invalid_dates_raise_and_save_nothing(congress, actor):
    event = Event(
        kind=EventKind.SIDE_EVENT,
        slug="side",
        name=LazyI18nString({"en": "Side event"}),
        city=LazyI18nString({"en": "Yokohama"}),
        country="JP",
        starts_on=datetime.date(2001, 12, 18),
        ends_on=datetime.date(2001, 12, 17),
    )

    version = public_cache_version(congress.pk)

    with pytest.raises(ValidationError) as error:
        create_content(congress=congress, instance=event, actor=actor)

    assert error.value.message_dict == {"ends_on": ["The last day cannot be before the first day."]}
    assert list(Event.objects.all()) == []
    assert list(actions_for_congress(congress_id=congress.pk)) == []
    assert public_cache_version(congress.pk) == version


def test_update_content_audits_only_changed_fields_before_and_after(congress, actor):
    page = _page(congress, section=PageSection.VENUE, title={"en": "Venue"}, is_published=True)
    before = content_snapshot(page)
    page.title = LazyI18nString({"en": "Venue and travel", "fr": "Lieu et voyage"})
    page.is_published = False
    version = public_cache_version(congress.pk)

    update_content(instance=page, before=before, actor=actor)

    page.refresh_from_db()
    assert (page.title.data, page.is_published) == ({"en": "Venue and travel", "fr": "Lieu et voyage"}, False)
    assert _audit(page) == [
        (
            "congresses.page.changed",
            actor,
            congress.pk,
            {
                "changes": {
                    "title": [{"en": "Venue"}, {"en": "Venue and travel", "fr": "Lieu et voyage"}],
                    "is_published": [True, False],
                }
            },
        )
    ]
    assert public_cache_version(congress.pk) > version


def test_update_content_without_changes_writes_no_audit_entry(congress, actor):
    page = _page(congress)

    update_content(instance=page, before=content_snapshot(page), actor=actor)

    assert _audit(page) == []


def test_update_content_of_congress_itself_audits_under_congress(congress, actor):
    congress.refresh_from_db()
    before = content_snapshot(congress)
    congress.time_zone = "Europe/Stockholm"
    version = public_cache_version(congress.pk)

    update_content(instance=congress, before=before, actor=actor)

    assert _audit(congress) == [
        (
            "congresses.congress.changed",
            actor,
            congress.pk,
            {"changes": {"time_zone": ["Asia/Tokyo", "Europe/Stockholm"]}},
        )
    ]
    assert public_cache_version(congress.pk) > version


def test_delete_content_removes_audits_last_values_and_bumps_public_cache(congress, actor):
    page = _page(congress, section=PageSection.CONTACTS, title={"en": "Contacts"}, lead={}, body={})
    version = public_cache_version(congress.pk)

    delete_content(instance=page, actor=actor)

    assert list(Page.objects.all()) == []
    assert [(log.action, log.actor, log.data) for log in actions_for_congress(congress_id=congress.pk)] == [
        (
            "congresses.page.deleted",
            actor,
            {
                "values": {
                    "section": "contacts",
                    "title": {"en": "Contacts"},
                    "lead": {},
                    "body": {},
                    "is_published": True,
                }
            },
        )
    ]
    assert public_cache_version(congress.pk) > version


def test_add_team_member_existing_user_joins_and_is_told_in_their_language(congress, actor):
    team = _team(congress, name={"en": "Secretariat"})
    person = UserFactory(email="amina@example.org", language="fr")

    membership = add_team_member(team=team, email=" Amina@Example.org ", actor=actor, language="en")

    assert (membership.team, membership.user) == (team, person)
    assert list(OutboundEmail.objects.values_list("to", "language", "purpose", "congress_id")) == [
        ("amina@example.org", "fr", "team_membership", congress.pk)
    ]
    assert _audit(membership) == [
        (
            "congresses.membership.created",
            actor,
            congress.pk,
            {"team": "Secretariat", "user": "amina@example.org", "new_account": False},
        )
    ]


def test_add_team_member_new_email_creates_account_and_sends_password_link(congress, actor):
    team = _team(congress, name={"en": "Secretariat"})

    membership = add_team_member(team=team, email="New.Person@Example.org", actor=actor, language="es")

    user = User.objects.get(email="new.person@example.org")
    mail = OutboundEmail.objects.get()
    assert membership.user == user
    assert (user.language, is_password_usable(user.password)) == ("es", False)
    assert (mail.to, mail.language, mail.purpose) == ("new.person@example.org", "es", "team_membership")
    assert "/es/accounts/password/reset/" in mail.body_text
    assert _audit(membership) == [
        (
            "congresses.membership.created",
            actor,
            congress.pk,
            {"team": "Secretariat", "user": "new.person@example.org", "new_account": True},
        )
    ]


def test_add_team_member_twice_raises_already_member(congress, actor):
    team = StaffTeamFactory(congress=congress)
    add_team_member(team=team, email="amina@example.org", actor=actor, language="en")

    with pytest.raises(CongressError) as error:
        add_team_member(team=team, email="AMINA@example.org", actor=actor, language="en")

    assert error.value.code == "already_member"
    assert StaffMembership.objects.filter(team=team).count() == 1
    assert OutboundEmail.objects.count() == 1


def test_remove_team_member_removes_and_audits(congress, actor):
    team = _team(congress, name={"en": "Volunteers"})
    membership = StaffMembershipFactory(team=team, user=UserFactory(email="helper@example.org"))

    remove_team_member(membership=membership, actor=actor)

    assert list(StaffMembership.objects.filter(team=team)) == []
    assert [(log.action, log.data) for log in actions_for_congress(congress_id=congress.pk)] == [
        ("congresses.membership.deleted", {"team": "Volunteers", "user": "helper@example.org"})
    ]


def test_remove_team_member_last_team_manager_raises(congress, actor):
    membership = StaffMembership.objects.get(user=actor)

    with pytest.raises(CongressError) as error:
        remove_team_member(membership=membership, actor=actor)

    assert error.value.code == "last_team_manager"
    assert list(StaffMembership.objects.all()) == [membership]
    assert list(actions_for_congress(congress_id=congress.pk)) == []


def test_remove_team_member_manager_with_other_manager_left_succeeds(congress, actor, make_staff):
    make_staff(congress, "can_manage_teams")

    remove_team_member(membership=StaffMembership.objects.get(user=actor), actor=actor)

    assert list(StaffMembership.objects.filter(user=actor)) == []


def test_remove_team_member_managers_of_other_congress_do_not_count(
    congress, other_congress, actor, make_staff
):
    make_staff(other_congress, "can_manage_teams")

    with pytest.raises(CongressError) as error:
        remove_team_member(membership=StaffMembership.objects.get(user=actor), actor=actor)

    assert error.value.code == "last_team_manager"


def test_update_team_dropping_flag_of_only_manager_team_raises(congress, actor):
    team = StaffMembership.objects.get(user=actor).team
    before = content_snapshot(team)
    team.can_manage_teams = False

    with pytest.raises(CongressError) as error:
        update_team(team=team, before=before, actor=actor)

    team.refresh_from_db()
    assert error.value.code == "last_manager_team"
    assert team.can_manage_teams is True


def test_update_team_dropping_flag_with_other_manager_team_succeeds(congress, actor, make_staff):
    make_staff(congress, "can_manage_teams")
    team = StaffMembership.objects.get(user=actor).team
    before = content_snapshot(team)
    team.can_manage_teams = False

    update_team(team=team, before=before, actor=actor)

    team.refresh_from_db()
    assert team.can_manage_teams is False
    assert [log.data for log in actions_for(team)] == [{"changes": {"can_manage_teams": [True, False]}}]


def test_add_team_member_new_account_chooses_password_through_invitation_and_signs_in(
    client, congress, actor
):
    add_team_member(team=_team(congress), email="new@example.org", actor=actor, language="en")
    invitation = OutboundEmail.objects.get()
    reset_path = re.search(r"https?://[^/\s]+(/\S+)", invitation.body_text).group(1)

    client.post(reset_path, {"email": "new@example.org"})
    key_link = re.search(r"https?://testserver(/\S+)", OutboundEmail.objects.latest("pk").body_text).group(1)
    set_password_path = client.get(key_link, follow=True).redirect_chain[-1][0]
    client.post(set_password_path, {"password1": NEW_PASSWORD, "password2": NEW_PASSWORD})
    response = client.post("/en/accounts/login/", {"login": "new@example.org", "password": NEW_PASSWORD})

    user = User.objects.get(email="new@example.org")
    assert reset_path == "/en/accounts/password/reset/"
    assert (response.status_code, response["Location"]) == (302, "/en/accounts/profile/")
    assert client.session["_auth_user_id"] == str(user.pk)
    assert list(OutboundEmail.objects.order_by("pk").values_list("purpose", flat=True)) == [
        "team_membership",
        "password_reset_key",
    ]
