"""Batch printing through the pages: the officer chooses a set, the job makes one PDF with a page per badge and
records each as printed, the progress part of the page follows the job, and the download is logged."""

import datetime
import io

import pytest
from django.urls import reverse
from django.utils import timezone
from pypdf import PdfReader

from plenaria.badges import services_printing
from plenaria.badges.models_printing import PrintJob, PrintJobStatus
from plenaria.common.audit import actions_for
from plenaria.common.models import ActionLog
from plenaria.registration.enums import RegistrationStatus
from tests.factories.badges import AccessZoneFactory, BadgeFactory
from tests.factories.registration import CategoryFactory, DelegationFactory
from tests.factories.safeguarding import AdultParticipantFactory

pytestmark = [pytest.mark.integration, pytest.mark.django_db]


@pytest.fixture(autouse=True)
def _private_media(settings, tmp_path):
    settings.PRIVATE_MEDIA_ROOT = tmp_path


@pytest.fixture(autouse=True)
def _small_chunks(monkeypatch):
    """Two badges a chunk, so that a handful of badges makes a PDF of several chunks."""
    monkeypatch.setattr(services_printing, "CHUNK_SIZE", 2)


def url(name: str, congress, **kwargs) -> str:
    return reverse(f"badges_manage:{name}", kwargs={"congress_slug": congress.slug, **kwargs})


@pytest.fixture
def badges(congress):
    """Five valid badges of government delegates (one already printed) and two of NGO participants."""
    government = CategoryFactory(congress=congress, name={"en": "Government delegations"})
    ngo = CategoryFactory(congress=congress, name={"en": "NGOs"})
    japan = DelegationFactory(congress=congress, organisation__name="Government of Japan")
    made = {"government_badges": [], "ngo_badges": []}
    for _number in range(5):
        participant = AdultParticipantFactory(
            category=government, delegation=japan, status=RegistrationStatus.APPROVED
        )
        made["government_badges"].append(BadgeFactory(participant=participant))
    for _number in range(2):
        participant = AdultParticipantFactory(category=ngo, status=RegistrationStatus.APPROVED)
        made["ngo_badges"].append(BadgeFactory(participant=participant))
    printed = made["government_badges"][0]
    printed.printed_at, printed.print_count = "2001-12-16T09:00:00Z", 1
    printed.save()
    return {"government": government, "ngo": ngo, "japan": japan, **made}


@pytest.fixture
def start_job(client_for, congress, clerk, django_capture_on_commit_callbacks):
    """Returns a function that posts the batch form as the clerk, running the print job's task as on commit."""

    def post(**fields):
        with django_capture_on_commit_callbacks(execute=True):
            return client_for(clerk).post(url("print-job-create", congress), job_form(**fields))

    return post


def job_form(**fields) -> dict:
    return {
        "category": "",
        "delegation": "",
        "zone": "",
        "not_printed": "on",
        "size": "A6",
        "language": "en",
        **fields,
    }


def test_batch_print_makes_one_pdf_of_the_chosen_badges_and_records_them(
    client_for, congress, clerk, badges, start_job
):
    response = start_job(category=badges["government"].pk)

    job = PrintJob.objects.get()
    assert response.status_code == 302
    assert response["Location"] == url("print-job", congress, pk=job.pk)
    assert (job.status, job.total, job.done, job.size, job.requested_by) == (
        PrintJobStatus.DONE,
        4,
        4,
        "A6",
        clerk,
    )
    assert job.filters == {
        "category": badges["government"].pk,
        "delegation": None,
        "zone": None,
        "not_printed": True,
    }

    download = client_for(clerk).get(url("print-job-download", congress, pk=job.pk))

    pdf = PdfReader(io.BytesIO(b"".join(download.streaming_content)))
    printed = {badge.pk: badge for badge in badges["government_badges"]}
    for badge in printed.values():
        badge.refresh_from_db()
    assert download["Content-Type"] == "application/pdf"
    assert download["Content-Disposition"].startswith("attachment;")
    assert len(pdf.pages) == 4
    assert round(float(pdf.pages[0].mediabox.height) / 72 * 25.4) == 148
    assert sorted(badge.print_count for badge in printed.values()) == [1, 1, 1, 1, 1]
    assert all(badge.printed_at is not None for badge in printed.values())
    assert all(badge.print_count == 0 for badge in badges["ngo_badges"])
    assert [entry.action for entry in actions_for(job)] == [
        "badges.print_job.downloaded",
        "badges.print_job.completed",
        "badges.print_job.created",
    ]
    assert ActionLog.objects.filter(action="badges.badge.printed", actor=clerk).count() == 4


def test_batch_print_in_cr80_of_every_badge_again(badges, start_job):
    start_job(not_printed="", size="CR80")

    job = PrintJob.objects.get()
    assert job.error == ""
    pdf = PdfReader(io.BytesIO(job.pdf.open("rb").read()))
    assert job.total == 7
    assert len(pdf.pages) == 7
    assert round(float(pdf.pages[0].mediabox.width) / 72 * 25.4, 1) == 85.6


def test_batch_print_by_zone_prints_the_categories_that_open_it(congress, badges, start_job):
    zone = AccessZoneFactory(congress=congress, name={"en": "Media centre"}, categories=[badges["ngo"]])

    start_job(zone=zone.pk)

    job = PrintJob.objects.get()
    assert job.total == 2
    assert len(PdfReader(io.BytesIO(job.pdf.open("rb").read())).pages) == 2


def test_batch_print_of_an_empty_set_is_refused_on_the_form(client_for, congress, clerk, badges):
    other = DelegationFactory(congress=congress)

    response = client_for(clerk).post(url("print-job-create", congress), job_form(delegation=other.pk))

    assert response.status_code == 200
    assert "No badge matches these choices." in response.content.decode()
    assert not PrintJob.objects.exists()


def test_batch_print_form_offers_only_this_congress_choices(client_for, congress, clerk, badges):
    foreign = DelegationFactory(organisation__name="Government of Elsewhere")

    page = client_for(clerk).get(url("print-job-create", congress))
    refused = client_for(clerk).post(url("print-job-create", congress), job_form(delegation=foreign.pk))

    assert "Government of Japan" in page.content.decode()
    assert "Government of Elsewhere" not in page.content.decode()
    assert "Select a valid choice." in refused.content.decode()
    assert not PrintJob.objects.exists()


@pytest.fixture
def queued_job(congress, clerk, badges, monkeypatch):
    """A job waiting for a worker: the task is not run when the job is made."""
    monkeypatch.setattr(services_printing.task_run_print_job, "delay", lambda **kwargs: None)
    return services_printing.start_print_job(
        congress=congress, filters={"not_printed": True}, size="A6", language="en", actor=clerk
    )


def test_job_page_polls_its_progress_while_the_job_waits(client_for, congress, clerk, queued_job):
    client = client_for(clerk)

    page = client.get(url("print-job", congress, pk=queued_job.pk)).content.decode()
    progress = client.get(url("print-job-progress", congress, pk=queued_job.pk)).content.decode()

    progress_url = url("print-job-progress", congress, pk=queued_job.pk)
    assert f'hx-get="{progress_url}" hx-trigger="every 1s"' in page
    assert '<progress id="print-job-bar" max="6" value="0"' in page
    assert progress.lstrip().startswith('<section id="print-job-progress"')
    assert 'hx-trigger="every 1s"' in progress
    assert "0 of 6 badges" in progress
    assert "Download the PDF" not in progress


def test_progress_shows_the_count_so_far_then_the_download_and_stops_polling(
    client_for, congress, clerk, queued_job
):
    client = client_for(clerk)
    PrintJob.objects.filter(pk=queued_job.pk).update(status=PrintJobStatus.RUNNING, done=2)
    halfway = client.get(url("print-job-progress", congress, pk=queued_job.pk)).content.decode()

    services_printing.run_print_job(
        job=PrintJob.objects.get(pk=queued_job.pk)
    )  # a job already taken: left alone
    PrintJob.objects.filter(pk=queued_job.pk).update(status=PrintJobStatus.QUEUED, done=0)
    services_printing.run_print_job(job=PrintJob.objects.get(pk=queued_job.pk))
    done = client.get(url("print-job-progress", congress, pk=queued_job.pk)).content.decode()

    assert '<progress id="print-job-bar" max="6" value="2"' in halfway
    assert "2 of 6 badges" in halfway
    assert "hx-trigger" not in done
    assert '<progress id="print-job-bar" max="6" value="6"' in done
    assert url("print-job-download", congress, pk=queued_job.pk) in done


def test_job_page_says_how_many_badges_were_left_out_for_safeguarding(
    client_for, congress, clerk, queued_job
):
    """A young person's consent or chaperone withdrawn after the badge was issued: the job prints the rest."""
    client = client_for(clerk)
    without = client.get(url("print-job", congress, pk=queued_job.pk)).content.decode()
    PrintJob.objects.filter(pk=queued_job.pk).update(status=PrintJobStatus.DONE, left_out=2)

    page = client.get(url("print-job", congress, pk=queued_job.pk)).content.decode()

    assert "left out" not in without
    assert "2 badges were left out because safeguarding no longer clears their holders." in page


def test_a_running_job_that_has_not_moved_for_ten_minutes_is_given_up_and_offers_to_print_again(
    client_for, congress, clerk, queued_job
):
    """Its worker died (a restart, a crash): the page stops waiting instead of showing "being made" for ever."""
    long_ago = timezone.now() - datetime.timedelta(minutes=11)
    PrintJob.objects.filter(pk=queued_job.pk).update(
        status=PrintJobStatus.RUNNING, done=2, started_at=long_ago, updated_at=long_ago
    )

    page = client_for(clerk).get(url("print-job", congress, pk=queued_job.pk)).content.decode()

    queued_job.refresh_from_db()
    assert queued_job.status == PrintJobStatus.FAILED
    assert "The PDF could not be made. Start the print job again." in page
    assert url("print-job-create", congress) in page
    assert "hx-trigger" not in page
    assert actions_for(queued_job).first().data == {
        "error": "The PDF could not be made. Start the print job again.",
        "stalled": True,
    }


@pytest.mark.parametrize(
    ("status", "minutes_since_it_moved"),
    [(PrintJobStatus.RUNNING, 2), (PrintJobStatus.QUEUED, 60)],
)
def test_a_job_that_moves_or_waits_for_a_worker_is_left_to_finish(
    client_for, congress, clerk, queued_job, status, minutes_since_it_moved
):
    moved = timezone.now() - datetime.timedelta(minutes=minutes_since_it_moved)
    PrintJob.objects.filter(pk=queued_job.pk).update(status=status, started_at=moved, updated_at=moved)

    progress = client_for(clerk).get(url("print-job-progress", congress, pk=queued_job.pk)).content.decode()

    queued_job.refresh_from_db()
    assert queued_job.status == status
    assert 'hx-trigger="every 1s"' in progress


def test_download_before_the_pdf_is_ready_is_refused(client_for, congress, clerk, queued_job):
    response = client_for(clerk).get(url("print-job-download", congress, pk=queued_job.pk), follow=True)

    assert "This print job has no PDF to download." in response.content.decode()
    assert not actions_for(queued_job).filter(action="badges.print_job.downloaded").exists()


def test_job_list_shows_who_when_what_and_how_many(client_for, congress, clerk, badges, start_job):
    start_job(delegation=badges["japan"].pk, size="CR80")

    response = client_for(clerk).get(url("print-job-list", congress))

    html = response.content.decode()
    job = PrintJob.objects.get()
    assert url("print-job", congress, pk=job.pk) in html
    assert clerk.display_name in html
    assert "Government of Japan · not yet printed" in html
    assert "CR80" in html
    assert ">4<" in html
    assert "Ready" in html
