"""The print job's task and service: queued after commit, rendered in chunks that move the progress count, badges
in printing order, a job taken once, and failures that leave the badges unrecorded."""

import datetime
import logging

import pytest
from django.utils import timezone
from pypdf import PdfReader

from plenaria.badges import services_printing
from plenaria.badges.enums import BadgeStatus, RevocationReason
from plenaria.badges.models import Badge
from plenaria.badges.models_printing import PrintJob, PrintJobStatus
from plenaria.badges.services import issue_badge, revoke_badge
from plenaria.badges.tasks import task_run_print_job
from plenaria.common.audit import actions_for
from plenaria.common.models import ActionLog
from plenaria.registration.enums import RegistrationStatus
from tests.factories.badges import BadgeFactory, clear_young_person
from tests.factories.registration import CategoryFactory, DelegationFactory
from tests.factories.safeguarding import AdultParticipantFactory, YouthProfileFactory

pytestmark = [pytest.mark.integration, pytest.mark.django_db]


@pytest.fixture(autouse=True)
def _private_media(settings, tmp_path):
    settings.PRIVATE_MEDIA_ROOT = tmp_path


@pytest.fixture(autouse=True)
def _small_chunks(monkeypatch):
    monkeypatch.setattr(services_printing, "CHUNK_SIZE", 2)


@pytest.fixture
def badges(congress):
    """Five valid badges: two NGO participants (second category) and three of two government delegations."""
    government = CategoryFactory(congress=congress, position=1)
    ngo = CategoryFactory(congress=congress, position=2)
    sweden = DelegationFactory(congress=congress, organisation__name="Government of Sweden")
    japan = DelegationFactory(congress=congress, organisation__name="Government of Japan")
    people = [
        (ngo, None, "Ndiaye"),
        (government, sweden, "Andersson"),
        (ngo, None, "Baptiste"),
        (government, japan, "Watanabe"),
        (government, japan, "Tanaka"),
    ]
    return {
        name: BadgeFactory(
            participant=AdultParticipantFactory(
                category=category, delegation=delegation, family_name=name, status=RegistrationStatus.APPROVED
            )
        )
        for category, delegation, name in people
    }


@pytest.fixture
def queued(congress, clerk, badges, monkeypatch):
    """Returns a function that queues a job without running it, as with a broker and no worker yet."""
    sent = []
    monkeypatch.setattr(task_run_print_job, "delay", lambda **kwargs: sent.append(kwargs))

    def queue(**filters):
        job = services_printing.start_print_job(
            congress=congress, filters=filters, size="CR80", language="en", actor=clerk
        )
        return job, sent

    return queue


@pytest.fixture
def rendered(monkeypatch):
    """Records, for each chunk rendered, its badges and the job's `done` count at that moment."""
    calls = []
    real = services_printing.render_badges

    def render(faces, *, size):
        calls.append(
            ([face.badge_id for face in faces], list(PrintJob.objects.values_list("done", flat=True)))
        )
        return real(faces, size=size)

    monkeypatch.setattr(services_printing, "render_badges", render)
    return calls


def test_start_print_job_sends_the_task_after_commit(queued, django_capture_on_commit_callbacks, clerk):
    with django_capture_on_commit_callbacks(execute=False) as callbacks:
        job, sent = queued()

    assert sent == []
    for callback in callbacks:
        callback()
    assert sent == [{"job_id": job.pk}]
    assert (job.status, job.total, job.done) == (PrintJobStatus.QUEUED, 5, 0)
    assert [(entry.action, entry.actor, entry.data) for entry in actions_for(job)] == [
        (
            "badges.print_job.created",
            clerk,
            {
                "filters": {},
                "size": "CR80",
                "language": "en",
                "total": 5,
            },
        )
    ]


def test_task_renders_in_chunks_in_printing_order_and_counts_progress(queued, badges, rendered):
    job, _sent = queued()

    task_run_print_job.apply(kwargs={"job_id": job.pk})

    job.refresh_from_db()
    order = [badges[name].pk for name in ("Tanaka", "Watanabe", "Andersson", "Baptiste", "Ndiaye")]
    assert [ids for ids, _done in rendered] == [order[0:2], order[2:4], order[4:5]]
    assert [done for _ids, done in rendered] == [[0], [2], [4]]
    assert (job.status, job.done, job.total, job.error) == (PrintJobStatus.DONE, 5, 5, "")
    assert job.started_at <= job.finished_at
    assert job.pdf.name.startswith("badge-prints/")
    assert set(Badge.objects.values_list("print_count", flat=True)) == {1}


def test_task_leaves_out_the_badge_of_a_young_person_no_longer_cleared_and_says_so(queued, badges, clerk):
    """A young person's chaperone withdrew after their badge was issued: the rest of the batch is printed."""
    young = YouthProfileFactory(
        participant__category=badges["Tanaka"].participant.category,
        participant__status=RegistrationStatus.APPROVED,
        is_minor_frozen=True,
    )
    clear_young_person(young)
    young_badge = issue_badge(participant=young.participant, actor=clerk)
    job, _sent = queued()
    young.chaperone = None
    young.save(update_fields=["chaperone"])

    task_run_print_job.apply(kwargs={"job_id": job.pk})

    job.refresh_from_db()
    young_badge.refresh_from_db()
    assert (job.status, job.total, job.left_out) == (PrintJobStatus.DONE, 5, 1)
    assert len(PdfReader(job.pdf.open()).pages) == 5
    assert young_badge.print_count == 0
    assert set(Badge.objects.exclude(pk=young_badge.pk).values_list("print_count", flat=True)) == {1}
    assert actions_for(job).first().data == {"total": 5, "left_out_not_cleared": 1}


def test_a_job_that_waited_long_for_a_worker_is_not_given_up_while_it_runs(queued, monkeypatch):
    """The job's page, loaded while the chunks render, sees a job that moves (taking it and each chunk say so)."""
    job, _sent = queued()
    PrintJob.objects.filter(pk=job.pk).update(updated_at=timezone.now() - datetime.timedelta(minutes=30))
    seen = []
    real = services_printing.render_badges

    def render_while_the_page_looks(faces, *, size):
        seen.append(services_printing.give_up_if_stalled(job=PrintJob.objects.get(pk=job.pk)).status)
        return real(faces, size=size)

    monkeypatch.setattr(services_printing, "render_badges", render_while_the_page_looks)
    task_run_print_job.apply(kwargs={"job_id": job.pk})

    job.refresh_from_db()
    assert seen == [PrintJobStatus.RUNNING] * 3
    assert job.status == PrintJobStatus.DONE


def test_task_for_a_job_gone_logs_and_returns(caplog):
    with caplog.at_level(logging.WARNING, logger="plenaria.badges.tasks"):
        task_run_print_job.apply(kwargs={"job_id": 987654})

    assert "Print job 987654 disappeared before printing" in caplog.text


def test_a_job_delivered_twice_is_printed_once(queued, rendered):
    job, _sent = queued()

    task_run_print_job.apply(kwargs={"job_id": job.pk})
    task_run_print_job.apply(kwargs={"job_id": job.pk})

    assert len(rendered) == 3
    assert set(Badge.objects.values_list("print_count", flat=True)) == {1}
    assert actions_for(job).filter(action="badges.print_job.completed").count() == 1


def test_a_badge_revoked_while_the_job_runs_fails_it_and_records_nothing(queued, badges, clerk, monkeypatch):
    job, _sent = queued()
    real = services_printing.render_badges
    victim = badges["Ndiaye"]

    def render_then_revoke(faces, *, size):
        if Badge.objects.get(pk=victim.pk).status == BadgeStatus.ISSUED:
            revoke_badge(badge=victim, actor=clerk, reason=RevocationReason.LOST)
        return real(faces, size=size)

    monkeypatch.setattr(services_printing, "render_badges", render_then_revoke)

    task_run_print_job.apply(kwargs={"job_id": job.pk})

    job.refresh_from_db()
    assert job.status == PrintJobStatus.FAILED
    assert job.error == "This badge is revoked."
    assert not job.pdf
    assert set(Badge.objects.values_list("print_count", flat=True)) == {0}
    assert not ActionLog.objects.filter(action="badges.badge.printed").exists()


def test_a_rendering_error_fails_the_job_with_a_message_for_people(queued, monkeypatch, caplog):
    job, _sent = queued()

    def broken(faces, *, size):
        raise RuntimeError("font file missing")

    monkeypatch.setattr(services_printing, "render_badges", broken)

    with caplog.at_level(logging.ERROR, logger="plenaria.badges.services_printing"):
        task_run_print_job.apply(kwargs={"job_id": job.pk})

    job.refresh_from_db()
    assert job.status == PrintJobStatus.FAILED
    assert job.error == "The PDF could not be made. Start the print job again."
    assert "font file missing" in caplog.text
    assert actions_for(job).filter(action="badges.print_job.failed").exists()
    assert set(Badge.objects.values_list("print_count", flat=True)) == {0}


def test_a_set_emptied_before_the_job_runs_fails_it(queued, badges, clerk):
    job, _sent = queued(delegation=badges["Andersson"].participant.delegation_id)
    revoke_badge(badge=badges["Andersson"], actor=clerk, reason=RevocationReason.ISSUED_IN_ERROR)

    task_run_print_job.apply(kwargs={"job_id": job.pk})

    job.refresh_from_db()
    assert job.status == PrintJobStatus.FAILED
    assert job.error == "No badge matches these choices."


def test_many_badges_are_rendered_in_a_bounded_number_of_chunks(queued, rendered, monkeypatch):
    monkeypatch.setattr(services_printing, "MAX_CHUNKS", 2)
    job, _sent = queued()

    task_run_print_job.apply(kwargs={"job_id": job.pk})

    assert [len(ids) for ids, _done in rendered] == [3, 2]
