import logging

from celery import shared_task

logger = logging.getLogger(__name__)


@shared_task(name="safeguarding.purge_youth_protected_data")
def task_purge_youth_protected_data() -> dict[str, int]:
    """Daily: purge young people's protected data whose retention period is over."""
    from .services.retention import purge_youth_protected_data

    report = purge_youth_protected_data()
    for line in report.lines():
        logger.info("%s", line)
    return report.counts()
