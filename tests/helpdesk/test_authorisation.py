"""Each team works only its own queue: every page of the desk's back office, found from the URL configuration (a
new page is covered the day it is added), refuses another team's inquiry by GET and by POST, leaks none of it,
and changes nothing; visitors are sent to sign in; someone without a team is refused; the secretariat sees the
inquiries nobody routed but not the other teams' inquiries."""

import pytest
from django.urls import get_resolver, reverse

from plenaria.common.models import OutboundEmail
from plenaria.concerns.models import Concern
from plenaria.helpdesk.enums import InquiryStatus
from plenaria.helpdesk.models import Inquiry, InquiryMessage
from tests.factories.accounts import UserFactory
from tests.factories.helpdesk import CannedAnswerFactory, FaqEntryFactory, InquiryFactory
from tests.factories.helpdesk_desk import desk_member
from tests.factories.helpdesk_manage import attach_pdf, manage_url

pytestmark = [pytest.mark.integration, pytest.mark.django_db]

NAMESPACE = "helpdesk_manage"
# What the ECPAT inquiry holds that no one outside its team may read.
SECRETS = (
    "Child-safe tourism code for our hotel chain",
    "We run 40 hotels in Thailand and want to sign the code.",
    "Somchai Prasert",
    "somchai@hotels.example.th",
    "contract-draft.pdf",
    "ECPAT's own canned reply",
)
ACTION_DATA = {
    "reply": {"reply-body": "UNICEF answers ECPAT's requester."},
    "note": {"note-body": "UNICEF writes in ECPAT's inquiry."},
    "assign": {"assign-assignee": ""},
    "transfer": {"transfer-team": "", "transfer-note": "Take it."},
    "merge": {"merge-reference": "Q-TEST-0000"},
    "close": {},
    "reopen": {},
    "concern": {"concern-note": "Moved by UNICEF."},
}


@pytest.fixture(autouse=True)
def _private_media(settings, tmp_path):
    settings.PRIVATE_MEDIA_ROOT = tmp_path


@pytest.fixture
def ecpat_inquiry(routed_congress, teams):
    inquiry = InquiryFactory(
        congress=routed_congress,
        team=teams["ecpat"],
        requester_type="private_sector",
        subject="Child-safe tourism code for our hotel chain",
        requester_name="Somchai Prasert",
        requester_email="somchai@hotels.example.th",
        first_message="We run 40 hotels in Thailand and want to sign the code.",
    )
    inquiry.attachment = attach_pdf(inquiry, "contract-draft.pdf")
    inquiry.canned = CannedAnswerFactory(
        congress=routed_congress, team=teams["ecpat"], title="ECPAT's own canned reply"
    )
    return inquiry


def desk_pages(inquiry, *, action: str = "reply") -> dict[str, str]:
    """Every URL of the desk's back office ({name: address}), its parameters pointing at `inquiry` and its files."""
    values = {
        "congress_slug": inquiry.congress.slug,
        "reference": inquiry.reference,
        "action": action,
        "pk": inquiry.attachment.pk,
    }
    _prefix, resolver = get_resolver().namespace_dict[NAMESPACE]
    pages = {}
    for pattern in resolver.url_patterns:
        kwargs = {"congress_slug": values["congress_slug"]}
        for parameter in pattern.pattern.converters:
            assert parameter in values, f"{NAMESPACE}:{pattern.name} takes '{parameter}': add it"
            kwargs[parameter] = values[parameter]
        if pattern.name == "inquiry-canned":
            kwargs["pk"] = inquiry.canned.pk
        pages[pattern.name] = reverse(f"{NAMESPACE}:{pattern.name}", kwargs=kwargs)
    return pages


def state_of(inquiry) -> tuple:
    inquiry = Inquiry.objects.get(pk=inquiry.pk)
    return (
        inquiry.status,
        inquiry.team_id,
        inquiry.assignee_id,
        inquiry.messages.count(),
        inquiry.merged_into_id,
    )


def test_every_desk_page_is_found(ecpat_inquiry):
    pages = desk_pages(ecpat_inquiry)

    assert set(pages) >= {
        "queue",
        "inquiry",
        "inquiry-action",
        "inquiry-canned",
        "attachment",
        "dashboard",
        "routing",
        "faq-list",
        "canned-list",
    }


@pytest.mark.parametrize("method", ["get", "post"])
def test_unicef_member_cannot_list_open_act_on_or_download_ecpats_inquiry(
    client_for, routed_congress, teams, ecpat_inquiry, method
):
    client = client_for(desk_member(teams["unicef"]))
    FaqEntryFactory(congress=routed_congress)
    before = state_of(ecpat_inquiry)
    answers = {}

    for action, data in ACTION_DATA.items():
        for name, page in desk_pages(ecpat_inquiry, action=action).items():
            response = getattr(client, method)(page, data if method == "post" else None)
            body = response.content.decode(errors="replace") if not response.streaming else ""
            answers[(action, name)] = response.status_code
            assert not any(secret in body for secret in SECRETS), (name, page)
            if ecpat_inquiry.reference in page:  # a page of the inquiry itself: refused outright
                assert response.status_code in (403, 404), (name, page, response.status_code)

    listed = client.get(manage_url("queue", routed_congress), {"team": "ecpat"})
    searched = client.get(manage_url("queue", routed_congress), {"q": "somchai@hotels.example.th"})
    assert listed.status_code == 403
    assert ecpat_inquiry.reference not in searched.content.decode()
    assert state_of(ecpat_inquiry) == before
    assert OutboundEmail.objects.count() == 0
    assert Concern.objects.count() == 0


@pytest.mark.parametrize("method", ["get", "post"])
def test_visitors_are_sent_to_sign_in_from_every_desk_page(client, ecpat_inquiry, method):
    for page in desk_pages(ecpat_inquiry).values():
        response = getattr(client, method)(page)

        assert response.status_code == 302, page
        assert "/accounts/login/" in response["Location"], page


@pytest.mark.parametrize("method", ["get", "post"])
def test_a_participant_without_a_team_is_refused_every_desk_page(client_for, ecpat_inquiry, method):
    client = client_for(UserFactory())
    before = state_of(ecpat_inquiry)

    statuses = {
        page: getattr(client, method)(page).status_code for page in desk_pages(ecpat_inquiry).values()
    }

    assert set(statuses.values()) == {403}, statuses
    assert state_of(ecpat_inquiry) == before


def test_a_platform_administrator_is_not_a_desk_member(client_for, ecpat_inquiry):
    from allauth.mfa.totp.internal.auth import TOTP

    from tests.conftest import TOTP_SECRET

    admin = UserFactory(is_superuser=True, is_staff=True)
    TOTP.activate(admin, TOTP_SECRET)
    client = client_for(admin)

    statuses = {page: client.get(page).status_code for page in desk_pages(ecpat_inquiry).values()}

    assert set(statuses.values()) <= {403, 404}, statuses


def test_the_secretariat_sees_unrouted_inquiries_but_not_other_teams(
    client_for, routed_congress, teams, ecpat_inquiry
):
    secretariat = desk_member(teams["secretariat"])
    unrouted = InquiryFactory(congress=routed_congress, team=None, subject="Where is the press centre?")
    client = client_for(secretariat)

    not_routed = client.get(manage_url("queue", routed_congress), {"queue": "unrouted"})
    opened = client.get(manage_url("inquiry", routed_congress, reference=unrouted.reference))
    ecpat_queue = client.get(manage_url("queue", routed_congress), {"team": "ecpat"})
    ecpat_page = client.get(manage_url("inquiry", routed_congress, reference=ecpat_inquiry.reference))
    ecpat_reply = client.post(
        manage_url("inquiry-action", routed_congress, reference=ecpat_inquiry.reference, action="reply"),
        {"reply-body": "The secretariat answers."},
    )

    assert "Where is the press centre?" in not_routed.content.decode()
    assert ecpat_inquiry.reference not in not_routed.content.decode()
    assert opened.status_code == 200
    assert [ecpat_queue.status_code, ecpat_page.status_code, ecpat_reply.status_code] == [403, 403, 403]
    assert InquiryMessage.objects.filter(body="The secretariat answers.").count() == 0


def test_unicef_member_cannot_open_unrouted_inquiries(client_for, routed_congress, teams):
    unrouted = InquiryFactory(congress=routed_congress, team=None, subject="Where is the press centre?")
    client = client_for(desk_member(teams["unicef"]))

    statuses = [
        client.get(manage_url("queue", routed_congress), {"queue": "unrouted"}).status_code,
        client.get(manage_url("inquiry", routed_congress, reference=unrouted.reference)).status_code,
        client.post(
            manage_url("inquiry-action", routed_congress, reference=unrouted.reference, action="close")
        ).status_code,
    ]

    assert statuses == [403, 403, 403]
    assert Inquiry.objects.get(pk=unrouted.pk).status == InquiryStatus.NEW


def test_the_team_itself_is_let_through_every_page_of_its_inquiry(client_for, teams, ecpat_inquiry):
    client = client_for(desk_member(teams["ecpat"]))
    pages = {
        name: page for name, page in desk_pages(ecpat_inquiry).items() if ecpat_inquiry.reference in page
    }

    statuses = {name: client.get(page).status_code for name, page in pages.items()}

    # 302: an action's address opened directly goes back to the page; so does a canned answer without htmx.
    assert statuses == {"inquiry": 200, "inquiry-action": 302, "inquiry-canned": 302, "attachment": 200}
