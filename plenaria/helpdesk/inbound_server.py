"""The inquiry desk's inbound SMTP service (aiosmtpd): each message received is handed to `receive_email`.

The SMTP conversation runs in an asyncio event loop; the database work never does (Django's ORM is synchronous and
must not block the loop, which serves every other connection meanwhile). Each message goes to a small pool of
worker threads, each with its own database connection, closed when obsolete as after a web request.

The answer tells the sending server what to do with the message: 250 it is stored (or deliberately dropped, for an
auto-reply), 552 it is too large (it bounces to the sender), 451 something went wrong on our side, such as the
database being down: the sending server keeps the message and tries again later, so no reply is lost. An ordinary
message is never refused for good (no 550): what cannot be threaded becomes a new inquiry.
"""

import asyncio
import logging
import queue
import threading
import time
from concurrent.futures import Executor, Future

from aiosmtpd.controller import Controller
from django.conf import settings
from django.db import DatabaseError, close_old_connections, connections

from .errors import HelpdeskError
from .services.inbound import InboundResult, receive_email

logger = logging.getLogger(__name__)

ACCEPTED = "250 2.0.0 Message accepted"
TOO_LARGE = "552 5.3.4 Message too large for the inquiry desk"
TRY_LATER = "451 4.3.0 Temporary failure, please try again later"
DEFAULT_WORKERS = 8


class DatabaseThreads(Executor):
    """Worker threads for the database work of the messages. Unlike a ThreadPoolExecutor, each thread closes its
    database connection when the pool shuts down, so stopping the service leaves no connection open."""

    def __init__(self, workers: int = DEFAULT_WORKERS):
        self._jobs: queue.SimpleQueue = queue.SimpleQueue()
        self._threads = [
            threading.Thread(target=self._work, name=f"inbound-smtp-db-{number}", daemon=True)
            for number in range(max(1, workers))
        ]
        for thread in self._threads:
            thread.start()

    def submit(self, fn, /, *args, **kwargs) -> Future:
        future: Future = Future()
        self._jobs.put((future, fn, args, kwargs))
        return future

    def shutdown(self, wait: bool = True, *, cancel_futures: bool = False) -> None:
        for _ in self._threads:
            self._jobs.put(None)
        if wait:
            for thread in self._threads:
                thread.join()

    def _work(self) -> None:
        try:
            while (job := self._jobs.get()) is not None:
                future, fn, args, kwargs = job
                if not future.set_running_or_notify_cancel():
                    continue
                try:
                    future.set_result(fn(*args, **kwargs))
                except BaseException as error:  # handed to the waiting coroutine, which decides
                    future.set_exception(error)
        finally:
            connections.close_all()


def _receive(content: bytes, mail_from: str, recipients: list[str]) -> InboundResult:
    close_old_connections()  # a connection broken by a database restart is replaced, not reused
    try:
        return receive_email(content, envelope_from=mail_from, recipients=recipients)
    finally:
        close_old_connections()


class InboundHandler:
    """The aiosmtpd handler: every recipient is accepted (the address only chooses the congress), and each
    message is received in a database thread."""

    def __init__(self, *, workers: int = DEFAULT_WORKERS):
        self.threads = DatabaseThreads(workers)

    async def handle_DATA(self, server, session, envelope) -> str:
        started = time.monotonic()
        content = envelope.original_content or envelope.content or b""
        if isinstance(content, str):
            content = content.encode("utf-8", "surrogateescape")
        loop = asyncio.get_running_loop()
        try:
            result = await loop.run_in_executor(
                self.threads, _receive, content, envelope.mail_from or "", list(envelope.rcpt_tos)
            )
        except HelpdeskError as error:
            if error.code == "email_too_large":
                logger.info("Inbound e-mail refused: too large (%s bytes)", len(content))
                return TOO_LARGE
            logger.warning("Inbound e-mail deferred (%s); the sending server will try again", error.code)
            return TRY_LATER
        except DatabaseError as error:
            logger.warning(
                "Inbound e-mail deferred: the database is unavailable (%s); the sending server will try again",
                type(error).__name__,
            )
            return TRY_LATER
        except Exception:
            logger.exception("Inbound e-mail deferred after an error; the sending server will try again")
            return TRY_LATER
        # The outcome and the reference only: never the sender, the subject or the text.
        logger.info("Inbound e-mail: %s (%.0f ms)", result, 1000 * (time.monotonic() - started))
        return ACCEPTED

    def close(self) -> None:
        self.threads.shutdown(wait=True)


class InboundSmtpServer:
    """The inbound SMTP service listening on host:port in a thread of its own: `start()`, then `stop()`."""

    def __init__(self, *, host: str | None = None, port: int | None = None, workers: int = DEFAULT_WORKERS):
        self.host = host or settings.INBOUND_SMTP_HOST
        self.port = settings.INBOUND_SMTP_PORT if port is None else port
        self.handler = InboundHandler(workers=workers)
        self.controller = Controller(
            self.handler,
            hostname=self.host,
            port=self.port,
            data_size_limit=settings.INBOUND_EMAIL_MAX_BYTES,
            ident="Plenaria inquiry desk",
        )

    def start(self) -> None:
        try:
            self.controller.start()
        except BaseException:
            self.handler.close()
            raise

    def stop(self) -> None:
        try:
            self.controller.stop()
        finally:
            self.handler.close()

    def __enter__(self) -> "InboundSmtpServer":
        self.start()
        return self

    def __exit__(self, *exc_info) -> None:
        self.stop()
