"""Printing badges: one badge at the accreditation desk, or a batch in the background (a print job).

A print job renders its badges in chunks and counts them in `done` as it goes, so that the job's page can show a
progress bar; then it keeps one PDF in private storage and records the printing of every badge in it. A badge
revoked while the job ran fails the job: its print would be turned away at the door."""

import datetime
import logging
import math
from io import BytesIO

from django.core.files.base import ContentFile
from django.db import transaction
from django.utils import timezone, translation
from django.utils.translation import gettext
from django.utils.translation import gettext_lazy as _
from pypdf import PdfReader, PdfWriter

from plenaria.common.audit import log_action
from plenaria.common.errors import DomainError

from .errors import BadgeError
from .models import Badge
from .models_printing import BadgeSize, PrintJob, PrintJobStatus
from .rendering import render_badges
from .selectors import badge_face, badge_faces
from .selectors_manage import badges_to_print
from .services import holders_not_cleared, record_printing
from .tasks import task_run_print_job

logger = logging.getLogger(__name__)

CHUNK_SIZE = 50  # badges rendered between two updates of the progress bar…
MAX_CHUNKS = 20  # …but no more chunks than this: each chunk's PDF carries its own copy of the fonts
# A running job that has not moved for so long has lost its worker (a chunk takes seconds).
STALLED_AFTER = datetime.timedelta(minutes=10)


class PrintError(DomainError):
    messages = {
        "invalid_size": _("Choose a size from the list."),
        "nothing_to_print": _("No badge matches these choices."),
        "not_ready": _("This print job has no PDF to download."),
        "failed": _("The PDF could not be made. Start the print job again."),
    }


def _check_size(size: str) -> None:
    if size not in BadgeSize.values:
        raise PrintError("invalid_size")


@transaction.atomic
def print_badge(*, badge: Badge, size: str, language: str, actor) -> bytes:
    """One badge's PDF for the desk, recorded as printed (a revoked badge is refused and nothing is recorded)."""
    _check_size(size)
    record_printing(badges=[badge], actor=actor)
    face = badge_face(badge, language)
    with translation.override(language):  # the words drawn on the badge ("No photo")
        return render_badges([face], size=size)


@transaction.atomic
def start_print_job(*, congress, filters: dict, size: str, language: str, actor) -> PrintJob:
    """Queue the printing of the congress's valid badges that match `filters` (see `badges_to_print`)."""
    _check_size(size)
    total = badges_to_print(congress=congress, filters=filters).count()
    if total == 0:
        raise PrintError("nothing_to_print")
    job = PrintJob.objects.create(
        congress=congress, requested_by=actor, filters=filters, size=size, language=language, total=total
    )
    log_action(
        job,
        "badges.print_job.created",
        actor=actor,
        congress_id=congress.pk,
        data={"filters": filters, "size": size, "language": language, "total": total},
    )
    transaction.on_commit(lambda: task_run_print_job.delay(job_id=job.pk))
    return job


def run_print_job(*, job: PrintJob) -> PrintJob:
    """Render a queued job's badges and keep the PDF. A job already taken (a task delivered twice) is left alone.

    Runs outside a transaction, so that each chunk's count is seen by the page while the next one renders. The
    words drawn on the badges and a failure's message are in the job's language."""
    taken = PrintJob.objects.filter(pk=job.pk, status=PrintJobStatus.QUEUED).update(
        status=PrintJobStatus.RUNNING, started_at=timezone.now(), updated_at=timezone.now(), done=0
    )
    if not taken:
        return job
    job.refresh_from_db()
    with translation.override(job.language):
        try:
            _render_and_keep(job)
        except (BadgeError, PrintError) as error:
            _fail(job, error.message)
        except Exception:
            logger.exception("Print job %s failed", job.pk)
            _fail(job, PrintError.messages["failed"])
    return job


def _cleared_to_print(job: PrintJob) -> tuple[list[int], int]:
    """The ids of the job's badges, in printing order, without those whose holder safeguarding does not clear now
    (a young person's consent or chaperone withdrawn since the badge was issued); and how many were left out."""
    badges = list(badges_to_print(congress=job.congress, filters=job.filters).select_related("participant"))
    not_cleared = holders_not_cleared(congress=job.congress, badges=badges)
    return [badge.pk for badge in badges if badge.pk not in not_cleared], len(not_cleared)


def _render_and_keep(job: PrintJob) -> None:
    ids, left_out = _cleared_to_print(job)
    PrintJob.objects.filter(pk=job.pk).update(total=len(ids), left_out=left_out)
    if not ids:
        raise PrintError("nothing_to_print")
    chunk = max(CHUNK_SIZE, math.ceil(len(ids) / MAX_CHUNKS))
    parts = []
    for start in range(0, len(ids), chunk):
        parts.append(_render_chunk(ids[start : start + chunk], job))
        # `updated_at` too: it tells that the job's worker is still alive (`give_up_if_stalled`).
        PrintJob.objects.filter(pk=job.pk).update(
            done=min(start + chunk, len(ids)), updated_at=timezone.now()
        )
    pdf = _joined(parts)
    with transaction.atomic():
        record_printing(badges=[Badge(pk=pk) for pk in ids], actor=job.requested_by)
        job.pdf.save(f"badges-{job.pk}.pdf", ContentFile(pdf), save=False)
        job.status = PrintJobStatus.DONE
        job.total = job.done = len(ids)
        job.left_out = left_out
        job.finished_at = timezone.now()
        job.save(update_fields=["pdf", "status", "total", "done", "left_out", "finished_at", "updated_at"])
        log_action(
            job,
            "badges.print_job.completed",
            actor=job.requested_by,
            data={"total": len(ids), "left_out_not_cleared": left_out},
        )


def _render_chunk(ids: list[int], job: PrintJob) -> bytes:
    position = {pk: index for index, pk in enumerate(ids)}
    faces = sorted(
        badge_faces(Badge.objects.filter(pk__in=ids), job.language), key=lambda face: position[face.badge_id]
    )
    return render_badges(faces, size=job.size)


def _joined(parts: list[bytes]) -> bytes:
    """One PDF of the chunks' PDFs, in order."""
    if len(parts) == 1:
        return parts[0]
    writer = PdfWriter()
    for part in parts:
        writer.append(PdfReader(BytesIO(part)))
    writer.add_metadata({"/Title": gettext("Badges"), "/Creator": "Plenaria"})
    output = BytesIO()
    writer.write(output)
    return output.getvalue()


def give_up_if_stalled(*, job: PrintJob) -> PrintJob:
    """Fail a running job that has not moved for STALLED_AFTER: its worker died (a restart, a crash) and nobody will
    finish it, so its page stops waiting and offers to print again. A job waiting for a worker is left to wait."""
    now = timezone.now()
    with translation.override(job.language):  # as the worker would have said it
        error = str(PrintError.messages["failed"])
    stalled = PrintJob.objects.filter(
        pk=job.pk, status=PrintJobStatus.RUNNING, updated_at__lt=now - STALLED_AFTER
    ).update(status=PrintJobStatus.FAILED, error=error, finished_at=now, updated_at=now)
    if not stalled:
        return job
    job.refresh_from_db()
    log_action(job, "badges.print_job.failed", actor=None, data={"error": job.error[:200], "stalled": True})
    return job


def _fail(job: PrintJob, message: str) -> None:
    job.status = PrintJobStatus.FAILED
    job.error = str(message)
    job.finished_at = timezone.now()
    job.save(update_fields=["status", "error", "finished_at", "updated_at"])
    log_action(job, "badges.print_job.failed", actor=job.requested_by, data={"error": job.error[:200]})


def record_print_job_download(*, job: PrintJob, actor) -> PrintJob:
    """Log who downloaded a job's PDF (a file of many people's badges). Refused while there is none."""
    if not job.is_ready:
        raise PrintError("not_ready")
    log_action(job, "badges.print_job.downloaded", actor=actor)
    return job
