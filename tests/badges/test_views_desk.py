"""The secretariat's badge list and the accreditation desk: filters and counts, issuing (and the refusal for a young
person not cleared), printing one badge, reprinting and revoking it."""

import io

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from pypdf import PdfReader

from plenaria.badges.enums import BadgeStatus, RevocationReason
from plenaria.badges.models import Badge
from plenaria.common.audit import actions_for
from plenaria.registration.enums import RegistrationStatus
from tests.factories.badges import BadgeFactory
from tests.factories.registration import CategoryFactory, DelegationFactory, ParticipantFactory
from tests.factories.safeguarding import AdultParticipantFactory, YouthProfileFactory

pytestmark = [pytest.mark.integration, pytest.mark.django_db]


@pytest.fixture(autouse=True)
def _private_media(settings, tmp_path):
    settings.PRIVATE_MEDIA_ROOT = tmp_path


def url(name: str, congress, **kwargs) -> str:
    return reverse(f"badges_manage:{name}", kwargs={"congress_slug": congress.slug, **kwargs})


def accredited(congress, **fields):
    fields.setdefault("category", CategoryFactory(congress=congress))
    return AdultParticipantFactory(status=RegistrationStatus.APPROVED, **fields)


def names_listed(response) -> list[str]:
    return [row.participant.family_name for row in response.context["rows"]]


@pytest.fixture
def people(congress):
    """Four accredited participants in two categories and two delegations, in every badge state, and one whose
    registration is still waiting (not listed)."""
    government = CategoryFactory(congress=congress, name={"en": "Government delegations"})
    ngo = CategoryFactory(congress=congress, name={"en": "NGOs"})
    japan = DelegationFactory(congress=congress, organisation__name="Government of Japan")
    sweden = DelegationFactory(congress=congress, organisation__name="Government of Sweden")
    tanaka = accredited(
        congress, category=government, delegation=japan, family_name="Tanaka", given_name="Aiko"
    )
    johansson = accredited(congress, category=government, delegation=sweden, family_name="Johansson")
    ndiaye = accredited(congress, category=ngo, family_name="Ndiaye", reference="YK-N0000042")
    sokolov = accredited(congress, category=ngo, family_name="Sokolov")
    ParticipantFactory(category=ngo, status=RegistrationStatus.SUBMITTED, family_name="Waiting")
    BadgeFactory(participant=tanaka)  # issued, not yet printed
    BadgeFactory(participant=johansson, printed_at="2001-12-16T09:00:00Z", print_count=1)
    revoked = BadgeFactory(participant=sokolov)
    Badge.objects.filter(pk=revoked.pk).update(
        status=BadgeStatus.REVOKED, revoked_at="2001-12-16T10:00:00Z", revocation_reason=RevocationReason.LOST
    )
    return {"government": government, "ngo": ngo, "japan": japan, "ndiaye": ndiaye}


# --- The list ----------------------------------------------------------------------------------------------------


def test_list_shows_accredited_participants_with_their_badge_state_and_counts(
    client_for, congress, clerk, people
):
    response = client_for(clerk).get(url("badge-list", congress))

    html = response.content.decode()
    assert response.status_code == 200
    assert names_listed(response) == ["Johansson", "Ndiaye", "Sokolov", "Tanaka"]
    assert {row.participant.family_name: row.state for row in response.context["rows"]} == {
        "Johansson": "issued",
        "Ndiaye": "none",
        "Sokolov": "revoked",
        "Tanaka": "issued",
    }
    assert response.context["counts"] == {"total": 4, "issued": 2, "not_printed": 1, "revoked": 1, "none": 1}
    assert "Lost or stolen" in html
    assert html.count(">Issue<") == 2  # without any badge, or with a revoked one only


@pytest.mark.parametrize(
    ("query", "expected"),
    [
        ({"state": "issued"}, ["Johansson", "Tanaka"]),
        ({"state": "revoked"}, ["Sokolov"]),
        ({"state": "none"}, ["Ndiaye"]),
        ({"printed": "not_printed"}, ["Tanaka"]),
        ({"printed": "printed"}, ["Johansson"]),
        ({"q": "tana"}, ["Tanaka"]),
        ({"q": "yk-n0000042"}, ["Ndiaye"]),
    ],
)
def test_list_filters_by_state_printing_and_search(client_for, congress, clerk, people, query, expected):
    response = client_for(clerk).get(url("badge-list", congress), query)

    assert names_listed(response) == expected


def test_list_filters_by_category_and_delegation_and_counts_follow(client_for, congress, clerk, people):
    client = client_for(clerk)

    by_category = client.get(url("badge-list", congress), {"category": people["ngo"].pk})
    by_delegation = client.get(url("badge-list", congress), {"delegation": people["japan"].pk})

    assert names_listed(by_category) == ["Ndiaye", "Sokolov"]
    assert by_category.context["counts"] == {
        "total": 2,
        "issued": 0,
        "not_printed": 0,
        "revoked": 1,
        "none": 1,
    }
    assert names_listed(by_delegation) == ["Tanaka"]


def test_list_htmx_filter_returns_the_table_only(client_for, congress, clerk, people):
    response = client_for(clerk).get(
        url("badge-list", congress), {"state": "none"}, headers={"HX-Request": "true"}
    )

    html = response.content.decode()
    assert html.lstrip().startswith('<div id="badges">')
    assert "NDIAYE" in html
    assert "TANAKA" not in html


def test_list_is_paginated(client_for, congress, clerk):
    category = CategoryFactory(congress=congress)
    for number in range(51):
        accredited(congress, category=category, family_name=f"Person{number:02d}")

    first = client_for(clerk).get(url("badge-list", congress))
    second = client_for(clerk).get(url("badge-list", congress), {"page": 2})

    assert len(first.context["rows"]) == 50
    assert names_listed(second) == ["Person50"]
    assert "Page 1 of 2" in first.content.decode()


def test_list_query_count_does_not_grow_with_rows(client_for, congress, clerk):
    client = client_for(clerk)
    category = CategoryFactory(congress=congress)
    BadgeFactory(
        participant=accredited(congress, category=category, delegation=DelegationFactory(congress=congress))
    )
    client.get(url("badge-list", congress))  # warm the caches of the session and the content types
    with CaptureQueriesContext(connection) as one:
        client.get(url("badge-list", congress))
    for _number in range(4):
        participant = accredited(
            congress,
            category=CategoryFactory(congress=congress),
            delegation=DelegationFactory(congress=congress),
        )
        BadgeFactory(participant=participant)
        accredited(congress, category=category)

    with CaptureQueriesContext(connection) as many:
        response = client.get(url("badge-list", congress))

    assert len(response.context["rows"]) == 9
    assert len(many) == len(one), [query["sql"] for query in many]


def test_sidebar_shows_badges_to_the_secretariat_only(client_for, congress, clerk, make_staff):
    home = reverse("manage:home", kwargs={"congress_slug": congress.slug})
    link = url("badge-list", congress)

    for_clerk = client_for(clerk).get(home).content.decode()
    for_other = client_for(make_staff(congress, "can_change_content")).get(home).content.decode()

    assert link in for_clerk
    assert link not in for_other


# --- Issuing -----------------------------------------------------------------------------------------------------


def test_issue_gives_an_accredited_participant_a_badge(client_for, congress, clerk, delegate):
    response = client_for(clerk).post(url("badge-issue", congress, pk=delegate.pk), follow=True)

    badge = Badge.objects.get(participant=delegate)
    assert response.redirect_chain[-1][0] == url("participant", congress, pk=delegate.pk)
    assert "The badge is issued. Print it now." in response.content.decode()
    assert badge.status == BadgeStatus.ISSUED
    assert [entry.action for entry in actions_for(badge)] == ["badges.badge.issued"]


def test_issue_refused_for_a_young_person_not_cleared_shows_why(client_for, congress, clerk):
    profile = YouthProfileFactory(
        participant__category=CategoryFactory(congress=congress, slug="youth"),
        participant__status=RegistrationStatus.APPROVED,
        is_minor_frozen=True,
    )
    young = profile.participant

    response = client_for(clerk).post(url("badge-issue", congress, pk=young.pk), follow=True)

    html = response.content.decode()
    assert not Badge.objects.filter(participant=young).exists()
    assert 'class="message message-error"' in html or "message-error" in html
    assert "Safeguarding has not cleared this participant for a badge." in html
    assert "The guardian&#x27;s consent to participation and travel is missing." in html
    assert "No chaperone who has accepted the code of conduct." in html


def test_issue_by_get_changes_nothing(client_for, congress, clerk, delegate):
    response = client_for(clerk).get(url("badge-issue", congress, pk=delegate.pk))

    assert response.status_code == 302
    assert not Badge.objects.exists()


# --- Printing one badge ------------------------------------------------------------------------------------------


@pytest.mark.parametrize(("size", "width_mm"), [("CR80", 85.6), ("A6", 105)])
def test_print_gives_one_badge_pdf_and_records_it(client_for, congress, clerk, delegate, size, width_mm):
    badge = BadgeFactory(participant=delegate)

    response = client_for(clerk).post(url("badge-print", congress, pk=badge.pk), {"size": size})

    pages = PdfReader(io.BytesIO(response.content)).pages
    badge.refresh_from_db()
    assert response["Content-Type"] == "application/pdf"
    assert response["Content-Disposition"] == f'attachment; filename="badge-{delegate.reference}-{size}.pdf"'
    assert len(pages) == 1
    assert round(float(pages[0].mediabox.width) / 72 * 25.4, 1) == width_mm
    assert badge.print_count == 1
    assert badge.printed_at is not None
    assert [(entry.action, entry.actor) for entry in actions_for(badge)] == [("badges.badge.printed", clerk)]


def test_print_of_a_revoked_badge_is_refused(client_for, congress, clerk, delegate):
    badge = BadgeFactory(participant=delegate)
    client = client_for(clerk)
    client.post(url("badge-revoke", congress, pk=badge.pk), {"reason": RevocationReason.ISSUED_IN_ERROR})

    response = client.post(url("badge-print", congress, pk=badge.pk), {"size": "A6"}, follow=True)

    badge.refresh_from_db()
    assert response["Content-Type"].startswith("text/html")
    assert "This badge is revoked." in response.content.decode()
    assert badge.print_count == 0


def test_print_with_an_unknown_size_is_refused(client_for, congress, clerk, delegate):
    badge = BadgeFactory(participant=delegate)

    response = client_for(clerk).post(url("badge-print", congress, pk=badge.pk), {"size": "A4"}, follow=True)

    badge.refresh_from_db()
    assert "Choose a size from the list." in response.content.decode()
    assert badge.print_count == 0


# --- Reprinting and revoking -------------------------------------------------------------------------------------


def test_reprint_revokes_the_lost_badge_and_issues_a_new_one(client_for, congress, clerk, delegate):
    old = BadgeFactory(participant=delegate)
    client = client_for(clerk)

    form = client.get(url("badge-reprint", congress, pk=old.pk))
    response = client.post(
        url("badge-reprint", congress, pk=old.pk), {"reason": RevocationReason.LOST}, follow=True
    )

    old.refresh_from_db()
    new = Badge.objects.get(participant=delegate, status=BadgeStatus.ISSUED)
    assert 'value="lost"' in form.content.decode()
    assert 'value="issued_in_error"' not in form.content.decode()
    assert old.status == BadgeStatus.REVOKED
    assert old.revocation_reason == RevocationReason.LOST
    assert new.replaces == old
    assert new.secret != old.secret
    assert "A new badge is issued" in response.content.decode()
    assert [entry.action for entry in actions_for(new)] == ["badges.badge.reprinted"]


def test_reprint_without_a_reason_changes_nothing(client_for, congress, clerk, delegate):
    badge = BadgeFactory(participant=delegate)

    response = client_for(clerk).post(url("badge-reprint", congress, pk=badge.pk), {})

    badge.refresh_from_db()
    assert response.status_code == 200
    assert "This field is required." in response.content.decode()
    assert badge.status == BadgeStatus.ISSUED
    assert Badge.objects.count() == 1


def test_revoke_after_the_confirm_step_revokes_the_badge(client_for, congress, clerk, delegate):
    badge = BadgeFactory(participant=delegate)
    client = client_for(clerk)

    confirm = client.get(url("badge-revoke", congress, pk=badge.pk))
    badge.refresh_from_db()
    still_issued = badge.status
    response = client.post(
        url("badge-revoke", congress, pk=badge.pk), {"reason": RevocationReason.DAMAGED}, follow=True
    )

    badge.refresh_from_db()
    assert still_issued == BadgeStatus.ISSUED
    assert "Revoke the badge" in confirm.content.decode()
    assert 'value="registration_withdrawn"' not in confirm.content.decode()
    assert badge.status == BadgeStatus.REVOKED
    assert "a scan of it is refused from now on" in response.content.decode()
    assert [(entry.action, entry.data) for entry in actions_for(badge)] == [
        ("badges.badge.revoked", {"reason": "damaged"})
    ]


def test_revoke_of_a_revoked_badge_says_so(client_for, congress, clerk, delegate):
    badge = BadgeFactory(participant=delegate)
    client = client_for(clerk)
    client.post(url("badge-revoke", congress, pk=badge.pk), {"reason": RevocationReason.DAMAGED})

    again = client.post(url("badge-revoke", congress, pk=badge.pk), {"reason": RevocationReason.LOST})
    page = client.get(url("badge-revoke", congress, pk=badge.pk), follow=True)

    assert "This badge is revoked." in again.content.decode()
    assert "This badge is revoked." in page.content.decode()
    assert len(actions_for(badge)) == 1


def test_participant_page_shows_every_badge_and_the_desk_actions(client_for, congress, clerk, delegate):
    old = BadgeFactory(participant=delegate)
    client = client_for(clerk)
    client.post(url("badge-reprint", congress, pk=old.pk), {"reason": RevocationReason.DAMAGED})

    response = client.get(url("participant", congress, pk=delegate.pk))

    html = response.content.decode()
    new = Badge.objects.get(participant=delegate, status=BadgeStatus.ISSUED)
    assert [badge.pk for badge in response.context["history"]] == [new.pk, old.pk]
    assert url("badge-print", congress, pk=new.pk) in html
    assert url("badge-print", congress, pk=old.pk) not in html
    assert "Damaged" in html
