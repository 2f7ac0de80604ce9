"""Canned answers in the back office: each team keeps its own; the secretariat keeps the ones all teams share."""

import pytest
from django.urls import reverse

from plenaria.common.models import ActionLog
from plenaria.helpdesk.models import CannedAnswer
from tests.factories.helpdesk import CannedAnswerFactory
from tests.factories.helpdesk_desk import desk_member

pytestmark = [pytest.mark.integration, pytest.mark.django_db]

LANGUAGES = ["en", "fr", "es", "ar", "ru", "zh-hans", "ja"]


def url(name: str, congress, **kwargs) -> str:
    return reverse(f"helpdesk_manage:{name}", kwargs={"congress_slug": congress.slug, **kwargs})


def canned_form(title: str, team: str, body: dict) -> dict:
    data = {"title": title, "team": team}
    for index, language in enumerate(LANGUAGES):
        data[f"body_{index}"] = body.get(language, "")
    return data


@pytest.fixture
def unicef_member(teams):
    return desk_member(teams["unicef"])


@pytest.fixture
def ecpat_answer(routed_congress, teams):
    return CannedAnswerFactory(
        congress=routed_congress, team=teams["ecpat"], title="Code of conduct for tourism"
    )


def test_unicef_member_cannot_see_edit_or_delete_ecpats_canned_answer(
    client_for, routed_congress, unicef_member, ecpat_answer
):
    client = client_for(unicef_member)
    body = {"en": "Changed by UNICEF"}

    listed = client.get(url("canned-list", routed_congress)).content.decode()
    statuses = [
        client.get(url("canned-edit", routed_congress, pk=ecpat_answer.pk)).status_code,
        client.post(
            url("canned-edit", routed_congress, pk=ecpat_answer.pk),
            canned_form("Changed", str(ecpat_answer.team_id), body),
        ).status_code,
        client.get(url("canned-delete", routed_congress, pk=ecpat_answer.pk)).status_code,
        client.post(url("canned-delete", routed_congress, pk=ecpat_answer.pk)).status_code,
    ]

    assert "Code of conduct for tourism" not in listed
    assert statuses == [404, 404, 404, 404]
    ecpat_answer.refresh_from_db()
    assert ecpat_answer.title == "Code of conduct for tourism"


def test_team_member_writes_and_edits_their_teams_canned_answer(
    client_for, routed_congress, teams, unicef_member
):
    client = client_for(unicef_member)
    unicef = str(teams["unicef"].pk)

    client.post(
        url("canned-create", routed_congress), canned_form("Visa letter", unicef, {"en": "Download it."})
    )
    answer = CannedAnswer.objects.get()
    client.post(
        url("canned-edit", routed_congress, pk=answer.pk),
        canned_form("Visa letter", unicef, {"en": "Download it.", "fr": "Téléchargez-la."}),
    )

    answer.refresh_from_db()
    assert (answer.team, answer.body.data) == (
        teams["unicef"],
        {"en": "Download it.", "fr": "Téléchargez-la."},
    )
    assert list(
        ActionLog.objects.filter(actor=unicef_member).order_by("pk").values_list("action", flat=True)
    ) == [
        "helpdesk.canned_answer.created",
        "helpdesk.canned_answer.changed",
    ]


def test_only_the_secretariat_may_write_shared_canned_answers(
    client_for, routed_congress, teams, unicef_member
):
    secretariat_member = desk_member(teams["secretariat"])
    data = canned_form("Congress dates", "all", {"en": "17 to 20 December 2001."})

    refused = client_for(unicef_member).post(url("canned-create", routed_congress), data)
    client_for(secretariat_member).post(url("canned-create", routed_congress), data)

    assert refused.status_code == 200
    assert refused.context["form"].errors["team"]
    assert "17 to 20 December 2001." in refused.content.decode()  # what was typed is kept
    assert list(CannedAnswer.objects.values_list("title", "team")) == [("Congress dates", None)]


def test_team_member_sees_shared_answers_but_does_not_change_them(client_for, routed_congress, unicef_member):
    shared = CannedAnswerFactory(congress=routed_congress, team=None, title="Congress dates")
    client = client_for(unicef_member)

    listed = client.get(url("canned-list", routed_congress)).content.decode()
    edit = client.get(url("canned-edit", routed_congress, pk=shared.pk))

    assert "Congress dates" in listed
    assert url("canned-edit", routed_congress, pk=shared.pk) not in listed
    assert edit.status_code == 404


def test_secretariat_edits_shared_answers_but_not_another_teams(
    client_for, routed_congress, teams, ecpat_answer
):
    shared = CannedAnswerFactory(congress=routed_congress, team=None, title="Congress dates")
    client = client_for(desk_member(teams["secretariat"]))

    assert client.get(url("canned-edit", routed_congress, pk=shared.pk)).status_code == 200
    assert client.get(url("canned-edit", routed_congress, pk=ecpat_answer.pk)).status_code == 404


def test_canned_answer_delete_asks_first(client_for, routed_congress, teams, unicef_member):
    answer = CannedAnswerFactory(congress=routed_congress, team=teams["unicef"])
    client = client_for(unicef_member)

    confirm = client.get(url("canned-delete", routed_congress, pk=answer.pk))
    client.post(url("canned-delete", routed_congress, pk=answer.pk))

    assert "This cannot be undone" in confirm.content.decode()
    assert not CannedAnswer.objects.exists()
