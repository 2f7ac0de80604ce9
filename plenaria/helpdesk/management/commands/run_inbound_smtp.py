"""Run the inquiry desk's inbound SMTP service until Ctrl-C (or SIGTERM): e-mailed replies reach their inquiries.

Put it behind the organisation's mail server (which relays the desk's address, settings.INQUIRY_REPLY_ADDRESS, to
INBOUND_SMTP_HOST:INBOUND_SMTP_PORT) rather than on the open Internet: it does no spam filtering and no TLS.
"""

import logging
import signal
import threading

from django.conf import settings
from django.core.management.base import BaseCommand, CommandError


class Command(BaseCommand):
    help = "Run the inbound SMTP service that threads e-mailed replies into their inquiries (Ctrl-C to stop)."

    def add_arguments(self, parser):
        parser.add_argument("--host", default=None, help="address to listen on (INBOUND_SMTP_HOST)")
        parser.add_argument("--port", type=int, default=None, help="port to listen on (INBOUND_SMTP_PORT)")
        parser.add_argument(
            "--workers", type=int, default=8, help="messages stored at once, one database connection each (8)"
        )

    def handle(self, *args, host=None, port=None, workers=8, verbosity=1, **options):
        try:
            from plenaria.helpdesk.inbound_server import InboundSmtpServer  # aiosmtpd: a dev dependency
        except ImportError as error:
            raise CommandError(
                f"The inbound SMTP service needs aiosmtpd (pip install aiosmtpd): {error}"
            ) from None
        # aiosmtpd logs every peer and address at INFO: personal data that the service's log does not need.
        logging.getLogger("mail.log").setLevel(logging.WARNING)
        logging.getLogger("plenaria.helpdesk").setLevel(logging.INFO if verbosity >= 1 else logging.WARNING)
        server = InboundSmtpServer(host=host, port=port, workers=workers)
        try:
            server.start()
        except OSError as error:
            raise CommandError(f"Cannot listen on {server.host}:{server.port}: {error}") from None
        stopping = threading.Event()
        # A service manager stops the service with SIGTERM (signals can only be caught in the main thread).
        in_main_thread = threading.current_thread() is threading.main_thread()
        if in_main_thread:
            previous = signal.signal(signal.SIGTERM, lambda signum, frame: stopping.set())
        self.stdout.write(
            f"Inbound SMTP service for the inquiry desk on {server.host}:{server.port}, "
            f"messages up to {settings.INBOUND_EMAIL_MAX_BYTES} bytes (Ctrl-C to stop)."
        )
        try:
            while not stopping.wait(1):
                pass
        except KeyboardInterrupt:
            pass
        finally:
            if in_main_thread:
                signal.signal(signal.SIGTERM, previous)
            server.stop()
        self.stdout.write("Inbound SMTP service stopped.")
