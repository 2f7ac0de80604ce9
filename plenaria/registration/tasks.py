import logging

from celery import shared_task

logger = logging.getLogger(__name__)


@shared_task(name="registration.purge_personal_data")
def task_purge_personal_data() -> dict[str, dict[str, int]]:
    """Daily (CELERY_BEAT_SCHEDULE): purge the personal data whose retention period is over."""
    from .retention import purge_expired_personal_data

    report = purge_expired_personal_data()
    for line in report.lines():
        logger.info("%s", line)
    return report.counts()
