import datetime
from dataclasses import dataclass, field

import pytest
from django.contrib.messages import get_messages

from plenaria.accounts.models import User
from plenaria.common.audit import actions_for_congress, log_action
from plenaria.common.mail import queue_email
from plenaria.common.models import ActionLog, OutboundEmail
from plenaria.congresses.enums import PageSection
from plenaria.congresses.models import (
    ContactPoint,
    Event,
    KeyFigure,
    Page,
    ParticipationSection,
    StaffMembership,
)
from tests.congresses.backoffice import ALL_FLAGS, manage_url
from tests.factories.accounts import UserFactory
from tests.factories.congresses import (
    ContactPointFactory,
    EventFactory,
    KeyFigureFactory,
    PageFactory,
    ParticipationSectionFactory,
    StaffMembershipFactory,
    StaffTeamFactory,
)

pytestmark = [pytest.mark.integration, pytest.mark.django_db]

KIND_FLAGS = {
    "events": "can_change_congress",
    "pages": "can_change_content",
    "figures": "can_change_content",
    "participation": "can_change_content",
    "contacts": "can_change_content",
}
KIND_MODELS = {
    "events": Event,
    "pages": Page,
    "figures": KeyFigure,
    "participation": ParticipationSection,
    "contacts": ContactPoint,
}


@dataclass(frozen=True)
class Route:
    """One back-office URL, the flag it needs (None: any team member) and what success looks like."""

    url_name: str
    flag: str | None
    method: str = "get"
    kind: str | None = None
    obj: str | None = None  # which object of `make_content` the URL points at
    pk_kwarg: str = "pk"
    data: dict = field(default_factory=dict)
    redirect_to: str | None = None  # where a successful POST goes

    @property
    def id(self) -> str:
        return "-".join(filter(None, [self.method, self.url_name, self.kind]))

    def url(self, congress, objects: dict[str, int]) -> str:
        kwargs = {"kind": self.kind} if self.kind else {}
        if self.obj:
            kwargs[self.pk_kwarg] = objects[self.obj]
        return manage_url(self.url_name, congress, **kwargs)

    def request(self, client, url: str):
        return getattr(client, self.method)(url, self.data)

    def assert_success(self, response, congress) -> None:
        if self.method == "post":
            kwargs = {"kind": self.kind} if self.kind else {}
            assert (response.status_code, response["Location"]) == (
                302,
                manage_url(self.redirect_to, congress, **kwargs),
            )
        else:
            assert (response.status_code, response.context["congress"]) == (200, congress)


ROUTES = [
    Route("home", None),
    Route("congress-edit", "can_change_congress"),
    *[
        route
        for kind, flag in KIND_FLAGS.items()
        for route in (
            Route("content-list", flag, kind=kind),
            Route("content-create", flag, kind=kind),
            Route("content-edit", flag, kind=kind, obj=kind),
            Route("content-delete", flag, kind=kind, obj=kind),
            Route("content-delete", flag, "post", kind=kind, obj=kind, redirect_to="content-list"),
        )
    ],
    Route("team-list", "can_manage_teams"),
    Route("team-create", "can_manage_teams"),
    Route("team-edit", "can_manage_teams", obj="team"),
    Route(
        "team-member-add",
        "can_manage_teams",
        "post",
        obj="team",
        data={"email": "new@example.org"},
        redirect_to="team-list",
    ),
    Route(
        "team-member-remove",
        "can_manage_teams",
        "post",
        obj="membership",
        pk_kwarg="membership_pk",
        redirect_to="team-list",
    ),
    Route("audit-log", "can_view_audit_log"),
    Route("outbox", "can_view_outbox"),
    Route("outbox-retry", "can_view_outbox", "post", obj="email", redirect_to="outbox"),
]
ROUTES_WITH_FLAG = [route for route in ROUTES if route.flag]
ROUTES_WITH_OBJECT = [route for route in ROUTES if route.obj]
UNPUBLISHED_SAMPLE = [
    route
    for route in ROUTES
    if route.id in {"get-home", "get-congress-edit", "get-content-edit-pages", "post-outbox-retry"}
]
by_id = pytest.mark.parametrize("route", ROUTES, ids=lambda route: route.id)


@by_id
def test_backoffice_anonymous_redirects_to_login(client, congress, make_content, route):
    url = route.url(congress, make_content(congress))
    before = _database_state()

    response = route.request(client, url)

    assert (response.status_code, response["Location"]) == (302, f"/en/accounts/login/?next={url}")
    assert _database_state() == before


@by_id
def test_backoffice_signed_in_non_staff_is_forbidden(client_for, congress, make_content, route):
    client = client_for(UserFactory())
    url = route.url(congress, make_content(congress))
    before = _database_state()

    response = route.request(client, url)

    assert response.status_code == 403
    assert _database_state() == before


@by_id
def test_backoffice_unpublished_congress_is_not_found_for_non_staff(
    client_for, congress, make_content, route
):
    congress.is_published = False
    congress.save()
    client = client_for(UserFactory())
    url = route.url(congress, make_content(congress))
    before = _database_state()

    response = route.request(client, url)

    assert response.status_code == 404
    assert _database_state() == before


@by_id
def test_backoffice_staff_with_flag_succeeds(client_for, make_staff, congress, make_content, route):
    client = client_for(make_staff(congress, *filter(None, [route.flag])))

    response = route.request(client, route.url(congress, make_content(congress)))

    route.assert_success(response, congress)


@pytest.mark.parametrize("route", UNPUBLISHED_SAMPLE, ids=lambda route: route.id)
def test_backoffice_staff_with_flag_succeeds_on_unpublished_congress(
    client_for, make_staff, congress, make_content, route
):
    congress.is_published = False
    congress.save()
    client = client_for(make_staff(congress, *filter(None, [route.flag])))

    response = route.request(client, route.url(congress, make_content(congress)))

    route.assert_success(response, congress)


@pytest.mark.parametrize("route", ROUTES_WITH_FLAG, ids=lambda route: route.id)
def test_backoffice_staff_without_flag_is_forbidden(client_for, make_staff, congress, make_content, route):
    client = client_for(make_staff(congress, *(flag for flag in ALL_FLAGS if flag != route.flag)))
    url = route.url(congress, make_content(congress))
    before = _database_state()

    response = route.request(client, url)

    assert response.status_code == 403
    assert _database_state() == before


@pytest.mark.parametrize(("is_published", "status"), [(True, 403), (False, 404)])
@by_id
def test_backoffice_staff_of_other_congress_is_refused(
    client_for, make_staff, congress, other_congress, make_content, route, is_published, status
):
    other_congress.is_published = is_published
    other_congress.save()
    client = client_for(make_staff(congress, *ALL_FLAGS))
    url = route.url(other_congress, make_content(other_congress))
    before = _database_state()

    response = route.request(client, url)

    assert response.status_code == status
    assert _database_state() == before


@pytest.mark.parametrize("route", ROUTES_WITH_OBJECT, ids=lambda route: route.id)
def test_backoffice_object_of_other_congress_through_own_url_is_not_found(
    client_for, make_staff, congress, other_congress, make_content, route
):
    client = client_for(make_staff(congress, *ALL_FLAGS))
    make_content(congress)
    theirs = make_content(other_congress)
    before = _database_state()

    response = route.request(client, route.url(congress, theirs))

    assert response.status_code == 404
    assert _database_state() == before


def _database_state() -> dict:
    """What a refused request must leave as it was."""
    models = [*KIND_MODELS.values(), StaffMembership, User]
    state = {model.__name__: sorted(model.objects.values_list("pk", flat=True)) for model in models}
    state["emails"] = sorted(OutboundEmail.objects.values_list("pk", "status", "attempt_count"))
    state["audit"] = list(ActionLog.objects.values_list("pk", flat=True))
    return state


@pytest.mark.parametrize(
    "path",
    [
        "/en/manage/",
        "/en/manage/yokohama-2001/",
        "/en/manage/yokohama-2001/pages/",
        "/admin/",
        "/api/v1/congresses/",
    ],
)
def test_staff_without_totp_is_sent_to_totp_activation(client_for, make_staff, congress, path):
    client = client_for(make_staff(congress, *ALL_FLAGS, with_two_factor=False))

    response = client.get(path)

    assert (response.status_code, response["Location"]) == (
        302,
        f"/en/accounts/2fa/totp/activate/?next={path}",
    )


def test_non_staff_without_totp_is_not_asked_for_it(client_for, congress):
    client = client_for(UserFactory())

    response = client.get("/en/manage/")

    assert (response.status_code, list(response.context["congresses"])) == (200, [])


def test_manage_index_lists_only_congresses_of_own_teams(client_for, make_staff, congress, other_congress):
    client = client_for(make_staff(congress))

    response = client.get("/en/manage/")

    assert list(response.context["congresses"]) == [congress]


@pytest.mark.parametrize(("kind", "model"), KIND_MODELS.items())
def test_content_delete_post_removes_object_and_audits(editor, congress, make_content, kind, model):
    pk = make_content(congress)[kind]

    editor.post(manage_url("content-delete", congress, kind=kind, pk=pk))

    assert list(model.objects.filter(pk=pk)) == []
    assert [log.action for log in actions_for_congress(congress_id=congress.pk)] == [
        f"congresses.{model._meta.model_name}.deleted"
    ]


# --- Forms: invalid input is shown again with the reason, and nothing is saved -----------------------------


def _event_form(**overrides) -> dict:
    return {
        "kind": "regional",
        "slug": "bangkok",
        "name_0": "East Asia and Pacific consultation",
        "city_0": "Bangkok",
        "country": "TH",
        "starts_on": "2001-10-16",
        "ends_on": "2001-10-18",
        "position": "0",
        **overrides,
    }


def _messages(response) -> list[str]:
    return [str(message) for message in get_messages(response.wsgi_request)]


def test_event_create_valid_form_saves_audits_and_returns_to_list(editor, congress):
    response = editor.post(manage_url("content-create", congress, kind="events"), _event_form())

    event = Event.objects.get()
    assert (response.status_code, response["Location"]) == (
        302,
        manage_url("content-list", congress, kind="events"),
    )
    assert (event.congress, event.slug, event.name.data) == (
        congress,
        "bangkok",
        {"en": "East Asia and Pacific consultation"},
    )
    assert [log.action for log in actions_for_congress(congress_id=congress.pk)] == [
        "congresses.event.created"
    ]


def test_event_create_last_day_before_first_day_shows_error_and_saves_nothing(editor, congress):
    response = editor.post(
        manage_url("content-create", congress, kind="events"), _event_form(ends_on="2001-10-15")
    )

    assert response.status_code == 200
    assert response.context["form"].errors == {"ends_on": ["The last day cannot be before the first day."]}
    assert "The last day cannot be before the first day." in response.content.decode()
    assert list(Event.objects.all()) == []
    assert list(actions_for_congress(congress_id=congress.pk)) == []


def test_event_create_duplicate_slug_in_same_congress_shows_error_and_saves_nothing(editor, congress):
    existing = EventFactory(congress=congress, slug="bangkok")

    response = editor.post(manage_url("content-create", congress, kind="events"), _event_form())

    assert response.status_code == 200
    assert response.context["form"].errors == {
        "__all__": ["Event with this Congress and Short address already exists."]
    }
    assert "Event with this Congress and Short address already exists." in response.content.decode()
    assert list(Event.objects.all()) == [existing]
    assert list(actions_for_congress(congress_id=congress.pk)) == []


def test_event_edit_to_duplicate_slug_shows_error_and_keeps_old_slug(editor, congress):
    EventFactory(congress=congress, slug="bangkok")
    event = EventFactory(congress=congress, slug="rabat")

    response = editor.post(manage_url("content-edit", congress, kind="events", pk=event.pk), _event_form())

    event.refresh_from_db()
    assert response.status_code == 200
    assert response.context["form"].errors == {
        "__all__": ["Event with this Congress and Short address already exists."]
    }
    assert event.slug == "rabat"


def test_event_create_slug_used_by_other_congress_is_accepted(editor, congress, other_congress):
    EventFactory(congress=other_congress, slug="bangkok")

    response = editor.post(manage_url("content-create", congress, kind="events"), _event_form())

    assert response.status_code == 302
    assert sorted(Event.objects.values_list("congress__slug", "slug")) == [
        ("stockholm-1996", "bangkok"),
        ("yokohama-2001", "bangkok"),
    ]


def test_page_create_second_page_for_section_shows_error(editor, congress):
    PageFactory(congress=congress, section=PageSection.VENUE)

    response = editor.post(
        manage_url("content-create", congress, kind="pages"),
        {"section": PageSection.VENUE, "title_0": "Venue again"},
    )

    assert response.status_code == 200
    assert response.context["form"].errors == {
        "__all__": ["Page with this Congress and Section already exists."]
    }
    assert Page.objects.count() == 1


def test_congress_edit_last_day_before_first_day_shows_error_and_saves_nothing(editor, congress):
    form = {
        "name_0": "Second World Congress",
        "city_0": "Yokohama",
        "country": "JP",
        "starts_on": "2001-12-17",
        "ends_on": "2001-12-01",
        "time_zone": "Asia/Tokyo",
        "is_published": "on",
    }

    response = editor.post(manage_url("congress-edit", congress), form)

    congress.refresh_from_db()
    assert response.status_code == 200
    assert response.context["form"].errors == {"ends_on": ["The last day cannot be before the first day."]}
    assert congress.ends_on == datetime.date(2001, 12, 20)


def test_participation_form_offers_only_teams_of_own_congress(editor, congress, other_congress):
    own_team = StaffMembership.objects.get().team
    foreign_team = StaffTeamFactory(congress=other_congress)

    response = editor.post(
        manage_url("content-create", congress, kind="participation"),
        {"name_0": "Media", "reviewing_team": foreign_team.pk, "position": "0"},
    )

    assert response.status_code == 200
    assert list(response.context["form"].fields["reviewing_team"].queryset) == [own_team]
    assert list(response.context["form"].errors) == ["reviewing_team"]
    assert list(ParticipationSection.objects.all()) == []


def test_team_edit_unticking_manage_teams_of_only_manager_team_shows_error(editor, congress):
    team = StaffMembership.objects.get().team
    form = {"slug": team.slug, "name_0": "Secretariat", "organisation_0": "UNICEF", "can_view_outbox": "on"}

    response = editor.post(manage_url("team-edit", congress, pk=team.pk), form)

    team.refresh_from_db()
    assert response.status_code == 200
    assert response.context["form"].errors == {
        "can_manage_teams": [
            "This is the only team whose members can manage teams; it must keep that permission."
        ]
    }
    assert team.can_manage_teams is True


def test_team_member_add_twice_shows_already_member_message(editor, congress):
    team = StaffTeamFactory(congress=congress)
    url = manage_url("team-member-add", congress, pk=team.pk)
    editor.post(url, {"email": "amina@example.org"}, follow=True)  # follow: shows (and uses up) the message

    response = editor.post(url, {"email": "Amina@example.org"})

    assert (response.status_code, response["Location"]) == (302, manage_url("team-list", congress))
    assert _messages(response) == ["This person is already in the team."]
    assert list(team.memberships.values_list("user__email", flat=True)) == ["amina@example.org"]


def test_team_member_add_invalid_email_shows_message_and_adds_nobody(editor, congress):
    team = StaffTeamFactory(congress=congress)

    response = editor.post(manage_url("team-member-add", congress, pk=team.pk), {"email": "not-an-address"})

    assert _messages(response) == ["Enter a valid e-mail address."]
    assert list(team.memberships.all()) == []


def test_team_member_remove_last_manager_shows_message_and_keeps_member(editor, congress):
    membership = StaffMembership.objects.get()

    response = editor.post(manage_url("team-member-remove", congress, membership_pk=membership.pk))

    assert (response.status_code, response["Location"]) == (302, manage_url("team-list", congress))
    assert _messages(response) == ["The last person who can manage teams cannot be removed."]
    assert list(StaffMembership.objects.all()) == [membership]


# --- Query counts: a list costs the same number of queries for one row as for three ------------------------


def _fill(what: str, congress, count: int) -> None:
    for index in range(count):
        team = StaffTeamFactory(congress=congress)
        StaffMembershipFactory.create_batch(2, team=team)
        if what == "events":
            EventFactory(congress=congress)
        elif what == "pages":
            PageFactory(congress=congress, section=list(PageSection)[index])
        elif what == "figures":
            KeyFigureFactory(congress=congress)
        elif what == "participation":
            ParticipationSectionFactory(congress=congress, reviewing_team=team)
        elif what == "contacts":
            ContactPointFactory(congress=congress, team=team)
        elif what == "audit-log":
            log_action(team, "congresses.team.created", actor=UserFactory(), congress_id=congress.pk)
        elif what == "outbox":
            queue_email(
                to=f"p{index}@example.org",
                subject="Hi",
                body_text="Hi",
                language="en",
                congress_id=congress.pk,
            )


@pytest.mark.parametrize("rows", [1, 3])
@pytest.mark.parametrize("kind", list(KIND_MODELS))
def test_content_list_query_count_does_not_grow_with_rows(
    editor, congress, django_assert_num_queries, kind, rows
):
    _fill(kind, congress, rows)

    with django_assert_num_queries(8):
        response = editor.get(manage_url("content-list", congress, kind=kind))

    assert len(response.context["rows"]) == rows


@pytest.mark.parametrize("rows", [1, 3])
def test_team_list_query_count_does_not_grow_with_rows(editor, congress, django_assert_num_queries, rows):
    _fill("teams", congress, rows)

    with django_assert_num_queries(9):
        response = editor.get(manage_url("team-list", congress))

    assert len(response.context["teams"]) == rows + 1  # the editor's own team too


@pytest.mark.parametrize("rows", [1, 3])
def test_audit_log_query_count_does_not_grow_with_rows(editor, congress, django_assert_num_queries, rows):
    _fill("audit-log", congress, rows)

    with django_assert_num_queries(9):
        response = editor.get(manage_url("audit-log", congress))

    assert len(response.context["page_obj"]) == rows


@pytest.mark.parametrize("rows", [1, 3])
def test_outbox_query_count_does_not_grow_with_rows(editor, congress, django_assert_num_queries, rows):
    _fill("outbox", congress, rows)

    with django_assert_num_queries(9):
        response = editor.get(manage_url("outbox", congress))

    assert len(response.context["page_obj"]) == rows
