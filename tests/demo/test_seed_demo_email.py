import logging
import socket
from io import StringIO

import pytest
from django.core.management import call_command

from plenaria.common.enums import EmailStatus
from plenaria.common.models import OutboundEmail
from tests.common.test_mail import SMTP_HOST, SmtpServer

pytestmark = [pytest.mark.integration, pytest.mark.django_db]


@pytest.fixture
def smtp_server(settings):
    with socket.socket() as sock:  # a free local port
        sock.bind((SMTP_HOST, 0))
        port = sock.getsockname()[1]
    server = SmtpServer(port=port)
    settings.EMAIL_BACKEND = "django.core.mail.backends.smtp.EmailBackend"
    settings.EMAIL_HOST, settings.EMAIL_PORT = SMTP_HOST, server.port
    settings.EMAIL_HOST_USER = settings.EMAIL_HOST_PASSWORD = ""
    settings.EMAIL_USE_TLS = settings.EMAIL_USE_SSL = False
    server.start()
    yield server
    server.stop()


def test_seeding_keeps_every_email_in_the_outbox_and_sends_none(
    smtp_server, caplog, django_capture_on_commit_callbacks
):
    caplog.set_level(logging.INFO)

    # As at the command's commit: the nomination and registration e-mails are queued by commit callbacks.
    with django_capture_on_commit_callbacks(execute=True):
        call_command("seed_demo_congress", stdout=StringIO())

    outbox = OutboundEmail.objects.all()
    assert set(outbox.values_list("status", "last_error", "attempt_count")) == {
        (EmailStatus.SENT, "Not delivered: demo data for fictional people", 0)
    }
    assert {"registration_nominated", "registration_submitted", "focal_point_invitation"} <= set(
        outbox.values_list("purpose", flat=True)
    )
    assert smtp_server.messages == []
    assert [
        (r.name, r.getMessage()) for r in caplog.records if r.name.startswith(("celery", "plenaria"))
    ] == []
