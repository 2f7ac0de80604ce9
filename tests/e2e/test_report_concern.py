"""A visitor reports a concern from the footer, anonymously, in a real browser; axe scans of the concern pages."""

import pytest
from axe_playwright_python.sync_playwright import Axe

from plenaria.concerns.models import Concern
from tests.factories.concerns import ConcernFactory

from .test_accessibility import BLOCKING_IMPACTS, _describe

pytestmark = [pytest.mark.e2e, pytest.mark.django_db(transaction=True)]


@pytest.fixture
def officer(congress, make_staff):
    return make_staff(congress, "is_safeguarding_officer", full_name="Keiko Officer")


def test_visitor_reports_a_concern_anonymously_from_the_footer_and_sees_the_reference(
    page, live_server, congress
):
    page.goto(f"{live_server.url}/en/{congress.slug}/")

    page.locator("footer").get_by_role("link", name="Report a concern").click()
    page.get_by_label("What happened?").fill("Someone took photos of us at the hotel and would not stop.")
    page.get_by_label("I don't know").check()
    assert page.get_by_text("Please do not wait: tell a member of staff").is_visible()
    page.get_by_label("A young person (under 18)").check()
    page.get_by_label("I want to stay anonymous").check()
    assert not page.get_by_label("Your e-mail (optional)").is_visible()
    page.get_by_role("button", name="Send").click()

    concern = Concern.objects.get()
    assert page.url == f"{live_server.url}/en/{congress.slug}/report-a-concern/sent/"
    assert page.locator(".reference-number").inner_text() == concern.reference
    assert page.get_by_text("so we cannot answer you", exact=False).is_visible()
    assert (concern.is_anonymous, concern.contact_email, concern.child_in_danger) == (True, None, "unsure")


@pytest.mark.parametrize("language", ["en", "ar"])
def test_report_form_axe_scan_has_no_serious_violations(page, live_server, congress, language):
    page.goto(f"{live_server.url}/{language}/{congress.slug}/report-a-concern/")

    results = Axe().run(page)

    blocking = [v for v in results.response["violations"] if v["impact"] in BLOCKING_IMPACTS]
    assert blocking == [], _describe(blocking)


def test_report_form_with_errors_axe_scan_has_no_serious_violations(page, live_server, congress):
    page.goto(f"{live_server.url}/en/{congress.slug}/report-a-concern/")
    page.get_by_role("button", name="Send").click()

    results = Axe().run(page)

    blocking = [v for v in results.response["violations"] if v["impact"] in BLOCKING_IMPACTS]
    assert page.get_by_text("This field is required.").first.is_visible()
    assert blocking == [], _describe(blocking)


@pytest.mark.parametrize("path", ["", "{reference}/"])
def test_officer_concern_pages_axe_scan_has_no_serious_violations(
    page, live_server, congress, officer, browser_signed_in_as, path
):
    concern = ConcernFactory(congress=congress)
    browser_signed_in_as(officer)
    url = f"{live_server.url}/en/manage/{congress.slug}/concerns/{path.format(reference=concern.reference)}"
    page.goto(url)

    results = Axe().run(page)

    blocking = [v for v in results.response["violations"] if v["impact"] in BLOCKING_IMPACTS]
    assert page.url == url
    assert blocking == [], _describe(blocking)
