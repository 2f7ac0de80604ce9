import logging

from celery import shared_task

logger = logging.getLogger(__name__)


@shared_task(name="badges.run_print_job")
def task_run_print_job(*, job_id: int) -> None:
    """Render a print job's badges into its PDF (see `services_printing.run_print_job`)."""
    from .models_printing import PrintJob
    from .services_printing import run_print_job

    job = PrintJob.objects.filter(pk=job_id).first()
    if job is None:
        logger.warning("Print job %s disappeared before printing", job_id)
        return
    run_print_job(job=job)
