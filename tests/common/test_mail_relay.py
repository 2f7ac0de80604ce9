"""A burst of e-mails through a real Celery worker on the real Redis broker: one relay of the outbox delivers them
all to a real SMTP server, and an e-mail queued after the relay ran is delivered by the next one."""

import time
import uuid

import pytest
from celery import Celery
from celery.contrib.testing.worker import start_worker
from celery.signals import task_postrun
from django.conf import settings
from django.db import connection, transaction

from plenaria.common.enums import EmailStatus
from plenaria.common.mail import queue_email
from plenaria.common.models import OutboundEmail
from plenaria.config.celery import app as project_app
from tests.common.test_mail import SMTP_HOST, SmtpServer

pytestmark = [
    pytest.mark.integration,
    pytest.mark.django_db(transaction=True),
    pytest.mark.skipif(
        not settings.REDIS_URL or connection.vendor != "postgresql",
        reason="a real broker (Redis) and a database that the worker's thread shares (PostgreSQL): CI",
    ),
]


@pytest.fixture
def smtp_server(settings, unused_port):
    server = SmtpServer(port=unused_port)
    settings.EMAIL_BACKEND = "django.core.mail.backends.smtp.EmailBackend"
    settings.EMAIL_HOST, settings.EMAIL_PORT = SMTP_HOST, server.port
    settings.EMAIL_HOST_USER = settings.EMAIL_HOST_PASSWORD = ""
    settings.EMAIL_USE_TLS = settings.EMAIL_USE_SSL = False
    settings.EMAIL_TIMEOUT = 5
    server.start()
    yield server
    server.stop()


@pytest.fixture
def tasks_run():
    """The names of the tasks the worker ran, in order."""
    names = []

    def record(sender=None, **kwargs):
        names.append(sender.name)

    task_postrun.connect(record, weak=False)
    yield names
    task_postrun.disconnect(record)


@pytest.fixture
def worker_on_redis():
    """A Celery app of the test's own on Redis (a queue of its own), current while the test runs, with one worker in
    a thread. The project's tasks are shared tasks: they run on whichever app is current."""
    queue = f"test-mail-relay-{uuid.uuid4().hex}"
    test_app = Celery("plenaria-test-mail-relay", set_as_current=False)
    test_app.config_from_object("django.conf:settings", namespace="CELERY")
    test_app.conf.update(broker_url=settings.REDIS_URL, task_always_eager=False, task_default_queue=queue)
    test_app.set_current()
    try:
        with start_worker(
            test_app, pool="solo", perform_ping_check=False, queues=[queue], shutdown_timeout=30
        ):
            yield
    finally:
        project_app.set_current()
        project_app.set_default()


def _wait_until_outbox_empty(seconds: float = 30) -> None:
    deadline = time.monotonic() + seconds
    while OutboundEmail.objects.filter(status=EmailStatus.QUEUED).exists() and time.monotonic() < deadline:
        time.sleep(0.1)


def _wait_until_tasks_settle(tasks_run: list, seconds: float = 30, quiet: float = 2.5) -> None:
    """Until the worker has run at least one task and no other for `quiet` seconds (longer than a relay's delay):
    a relay still running could otherwise deliver what the test queues next."""
    deadline, count, since = time.monotonic() + seconds, -1, time.monotonic()
    while time.monotonic() < deadline:
        if len(tasks_run) != count:
            count, since = len(tasks_run), time.monotonic()
        elif count and time.monotonic() - since >= quiet:
            return
        time.sleep(0.1)


def _queue(to: str) -> OutboundEmail:
    return queue_email(to=to, subject="Your registration", body_text="It was received.", language="en")


def test_a_burst_of_emails_is_delivered_by_one_relay_and_a_later_one_by_the_next(
    worker_on_redis, smtp_server, tasks_run
):
    with transaction.atomic():
        for number in range(30):
            _queue(f"delegate{number}@example.org")

    _wait_until_outbox_empty()
    _wait_until_tasks_settle(tasks_run)

    assert sorted(recipients[0] for recipients in smtp_server.recipients) == sorted(
        f"delegate{number}@example.org" for number in range(30)
    )
    # Not one task per e-mail: a relay or two (one more when the worker started while the rest were queued).
    assert set(tasks_run) == {"common.relay_outbox"}
    assert len(tasks_run) <= 3
    relays_for_the_burst = len(tasks_run)

    _queue("late@example.org")
    _wait_until_outbox_empty()
    _wait_until_tasks_settle(tasks_run)

    assert smtp_server.recipients[-1] == ["late@example.org"]
    assert len(tasks_run) == relays_for_the_burst + 1
    assert OutboundEmail.objects.filter(status=EmailStatus.SENT).count() == 31
