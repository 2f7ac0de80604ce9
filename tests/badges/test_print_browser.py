"""In a real browser: the accreditation officer starts a batch print, watches the progress bar fill as a worker
renders the badges, and downloads the PDF.

The job's task is held back when the job is made (as with a broker whose worker has not started it yet) and run
by the test once the page shows the waiting job: the page must then update itself, through its polling alone."""

# ruff: noqa: F811 -- the browser fixtures are imported from tests/e2e and named again as the test's arguments

import io
from pathlib import Path

import pytest
from pypdf import PdfReader

from plenaria.badges.models import Badge
from plenaria.badges.tasks import task_run_print_job
from plenaria.registration.enums import RegistrationStatus
from tests.e2e.conftest import browser_signed_in_as, page  # noqa: F401 -- the browser fixtures
from tests.factories.badges import BadgeFactory
from tests.factories.registration import CategoryFactory
from tests.factories.safeguarding import AdultParticipantFactory

pytestmark = [pytest.mark.e2e, pytest.mark.django_db(transaction=True)]


@pytest.fixture
def officer(settings, tmp_path, congress, make_staff, _django_orm_beside_playwright):
    settings.PRIVATE_MEDIA_ROOT = tmp_path
    category = CategoryFactory(congress=congress, name={"en": "Government delegations"})
    for name in ("Tanaka", "Johansson", "Benali"):
        BadgeFactory(
            participant=AdultParticipantFactory(
                category=category, family_name=name, status=RegistrationStatus.APPROVED
            )
        )
    return make_staff(congress, "can_change_congress")


@pytest.fixture
def held_back(monkeypatch):
    """The ids of the jobs whose task was sent, not run."""
    sent = []
    monkeypatch.setattr(task_run_print_job, "delay", lambda *, job_id: sent.append(job_id))
    return sent


def test_officer_starts_a_batch_print_sees_it_reach_done_and_downloads_it(
    page,
    live_server,
    congress,
    officer,
    browser_signed_in_as,
    held_back,
    tmp_path,
):
    from playwright.sync_api import expect

    browser_signed_in_as(officer)
    page.goto(f"{live_server.url}/en/manage/{congress.slug}/badges/")
    page.get_by_role("link", name="Print a batch").click()
    page.get_by_label("CR80 card").check()
    page.get_by_role("button", name="Make the PDF").click()
    page.wait_for_load_state()
    bar = page.locator("progress#print-job-bar")
    waiting = (
        bar.get_attribute("value"),
        bar.get_attribute("max"),
        page.locator("#print-job-count").inner_text(),
    )

    task_run_print_job.apply(kwargs={"job_id": held_back[0]})  # the worker takes the job

    expect(bar).to_have_attribute("value", "3")
    expect(page.get_by_role("link", name="Download the PDF")).to_be_visible()
    polling_after = page.locator("#print-job-progress[hx-trigger]").count()
    with page.expect_download() as download_info:
        page.get_by_role("link", name="Download the PDF").click()
    saved = tmp_path / "badges.pdf"
    download_info.value.save_as(saved)

    pdf = PdfReader(io.BytesIO(Path(saved).read_bytes()))
    assert waiting == ("0", "3", "0 of 3 badges")
    assert polling_after == 0
    assert len(pdf.pages) == 3
    assert round(float(pdf.pages[0].mediabox.width) / 72 * 25.4, 1) == 85.6
    assert set(Badge.objects.values_list("print_count", flat=True)) == {1}
