"""A person asks the organisers a question in Japanese in a real browser, and reads the answer on the private page.

Fields are found by their names, not by their labels: the Japanese translations of the labels come later."""

import pytest
from axe_playwright_python.sync_playwright import Axe

from plenaria.common.models import OutboundEmail
from plenaria.helpdesk.enums import HelpdeskRole
from plenaria.helpdesk.models import Inquiry
from plenaria.helpdesk.services.handling import reply_to_inquiry
from plenaria.helpdesk.services.routing import install_default_routing
from tests.factories.accounts import UserFactory
from tests.factories.helpdesk import FaqEntryFactory

from .conftest import DEMO_SLUG
from .test_accessibility import BLOCKING_IMPACTS, _describe

pytestmark = [pytest.mark.e2e, pytest.mark.django_db(transaction=True)]

ANSWER = "ビザ申請には、招へい状と旅券の写しが必要です。登録完了後、ご自身のページから招へい状をダウンロードできます。"


@pytest.fixture
def desk(demo_congress):
    """The demo congress with the announcement's routing (the demo may not install it yet)."""
    teams = {team.slug: team for team in demo_congress.teams.all()}
    install_default_routing(
        congress=demo_congress,
        teams={
            HelpdeskRole.SECRETARIAT: teams["secretariat"],
            HelpdeskRole.INTERGOVERNMENTAL: teams["unicef"],
            HelpdeskRole.NGO: teams["ngo-group"],
            HelpdeskRole.PRIVATE_SECTOR: teams["ecpat"],
            HelpdeskRole.MEDIA: teams["communications"],
        },
    )
    return teams


def test_person_asks_in_japanese_and_reads_the_answer_on_the_private_page(
    page, live_server, demo_congress, desk
):
    page.goto(f"{live_server.url}/ja/{DEMO_SLUG}/ask/")
    assert page.locator("html").get_attribute("lang") == "ja"
    assert page.locator("select[name='language']").input_value() == "ja"

    page.locator("input[name='requester_type'][value='ngo']").check()
    page.locator("input[name='name']").fill("佐藤 花子")
    page.locator("input[name='email']").fill("hanako.sato@example.jp")
    page.locator("input[name='topic'][value='visa_travel']").check()
    page.locator("textarea[name='message']").fill("ビザの申請に必要な書類を教えてください。")
    page.locator("form.ask-form button[type='submit']").click()
    page.wait_for_url(f"**/ja/{DEMO_SLUG}/ask/sent/")

    inquiry = Inquiry.objects.get()
    assert page.locator(".reference-number").inner_text() == inquiry.reference
    assert (inquiry.language, inquiry.team, inquiry.requester_name) == (
        "ja",
        desk["secretariat"],
        "佐藤 花子",
    )
    follow_up_link = page.locator(".desk-link a").get_attribute("href")

    reply_to_inquiry(inquiry=inquiry, actor=UserFactory(), body=ANSWER)
    page.goto(follow_up_link)

    assert page.locator("html").get_attribute("lang") == "ja"
    assert page.locator(".desk-message-reply .desk-message-body").inner_text() == ANSWER
    assert page.locator(".desk-message-mine .desk-message-body").inner_text() == (
        "ビザの申請に必要な書類を教えてください。"
    )
    email = OutboundEmail.objects.get(purpose="inquiry_reply")
    assert (email.to, email.language) == ("hanako.sato@example.jp", "ja")
    assert ANSWER in email.body_text


def test_matching_faq_answer_is_suggested_while_typing_and_needs_no_submission(
    page, live_server, demo_congress, desk
):
    FaqEntryFactory(congress=demo_congress)
    page.goto(f"{live_server.url}/ja/{DEMO_SLUG}/ask/")

    page.locator("textarea[name='message']").fill("ビザは必要ですか")
    page.locator("textarea[name='message']").press("End")
    suggestion = page.locator(".faq-suggestion").filter(
        has=page.get_by_text("日本に入国するのにビザは必要ですか？", exact=True)
    )
    suggestion.locator("summary").click()
    assert suggestion.locator(".faq-answer").inner_text().startswith("多くの国の方はビザが必要です。")
    suggestion.locator("button").click()
    page.locator(".faq-helped").wait_for()

    assert Inquiry.objects.count() == 0


@pytest.mark.parametrize("language", ["en", "ar"])
def test_ask_page_with_errors_and_suggestions_axe_scan_has_no_serious_violations(
    page, live_server, demo_congress, desk, language
):
    page.goto(f"{live_server.url}/{language}/{DEMO_SLUG}/ask/")
    page.locator("textarea[name='message']").fill("visa")
    page.locator("form.ask-form button[type='submit']").click()
    page.wait_for_load_state()
    page.locator(".faq-suggestion").first.wait_for()

    results = Axe().run(page)

    blocking = [v for v in results.response["violations"] if v["impact"] in BLOCKING_IMPACTS]
    assert blocking == [], _describe(blocking)


@pytest.mark.parametrize("path", ["sent", "follow-up", "faq"])
def test_sent_follow_up_and_faq_pages_axe_scan_has_no_serious_violations(
    page, live_server, demo_congress, desk, path
):
    page.goto(f"{live_server.url}/en/{DEMO_SLUG}/ask/")
    page.locator("input[name='requester_type'][value='media']").check()
    page.locator("input[name='name']").fill("Kenji Watanabe")
    page.locator("input[name='email']").fill("kenji@example.jp")
    page.locator("input[name='topic'][value='programme']").check()
    page.locator("textarea[name='message']").fill("When is the opening press conference?")
    page.locator("form.ask-form button[type='submit']").click()
    page.wait_for_url("**/ask/sent/")
    if path == "follow-up":
        reply_to_inquiry(inquiry=Inquiry.objects.get(), actor=UserFactory(), body="On 17 December at 9:00.")
        page.goto(page.locator(".desk-link a").get_attribute("href"))
    elif path == "faq":
        page.goto(f"{live_server.url}/en/{DEMO_SLUG}/faq/")

    results = Axe().run(page)

    blocking = [v for v in results.response["violations"] if v["impact"] in BLOCKING_IMPACTS]
    assert blocking == [], _describe(blocking)
