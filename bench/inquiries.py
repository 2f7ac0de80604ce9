#!/usr/bin/env python3
"""The inquiry desk under load: questions submitted over HTTP, and e-mails received by the inbound SMTP service.

    python bench/inquiries.py                    # SQLite in a temporary directory
    DATABASE_URL=postgres://postgres@127.0.0.1:5432/postgres python bench/inquiries.py
    make bench BENCH_ARGS="--submissions 5000"   # options: python bench/inquiries.py --help

1. --submissions questions (2000) from --concurrency clients (16), each a thread with its own keep-alive HTTP
   connection, against gunicorn. Through the "Ask the organisers" form when the site serves it: first the form page
   (GET, --submissions of them, timed on their own), then the questions (POST, each with a new submission key and
   the CSRF token of its client's last form page); else through the API's POST /api/v1/congresses/<slug>/inquiries/.
   It reports questions per second, p50/p99 latency and errors, counts the inquiries stored (none may be lost), and
   waits until a Celery worker has delivered every confirmation e-mail.
2. --emails e-mails (2000) from --concurrency SMTP clients to the inbound SMTP service (`run_inbound_smtp`, in a
   process of its own): half are replies to the inquiries of part 1 (the reference in the subject, the question
   quoted below), half are new questions. It reports e-mails per second, p50/p99 of each message's SMTP round trip
   (MAIL FROM to the answer after DATA), and checks in the database that every reply is threaded into the right
   inquiry and every new question became an inquiry.

Everything runs on 127.0.0.1 in a throwaway database: a new PostgreSQL database on the server of DATABASE_URL (or
--database-url), dropped at the end, or SQLite in a temporary directory. A settings module generated for the run
raises the rate limits and delivers the confirmation e-mails to a backend that discards them. With REDIS_URL set,
as in production, the requests queue the e-mails on Redis and a Celery worker (one process, on the same machine)
delivers them; without it they are delivered in the request. It prints figures; it does not fail on them.
"""

import argparse
import contextlib
import http.client
import json
import os
import re
import secrets
import shutil
import signal
import smtplib
import socket
import subprocess
import sys
import tempfile
import threading
import time
import uuid
from dataclasses import dataclass, field
from email import policy
from email.message import EmailMessage
from html.parser import HTMLParser
from pathlib import Path
from types import SimpleNamespace
from urllib.parse import urlencode, urlsplit

sys.path.insert(0, str(Path(__file__).resolve().parent))
from public_pages import (
    HOST,
    NOISY_OTHERS_PCT,
    ROOT,
    TICK,
    BenchError,
    Deadline,
    Gunicorn,
    _free_port,
    _machine_cpu,
    _manage,
    _others_busy_before,
    _raise_keyboard_interrupt,
    _tree_cpu,
)

SLUG = "bench-2001"
DESK = "inquiries@plenaria.invalid"
TARGET_PER_SECOND = 200  # the aim, on a 2-core machine

SETTINGS = '''"""Settings of one run of bench/inquiries.py (generated, deleted with its directory)."""

from plenaria.config.settings import *  # noqa: F403
from plenaria.config.settings import REDIS_URL

UNLIMITED = (1_000_000_000, 3600)
PLENARIA_INQUIRY_RATE_LIMITS = {{"ip": UNLIMITED, "email": UNLIMITED, "reply": UNLIMITED}}
PLENARIA_INQUIRY_API_RATE_LIMITS = {{"ip": UNLIMITED, "email": UNLIMITED}}
if REDIS_URL:  # as in production: the request queues the confirmation, a Celery worker delivers it
    CELERY_BROKER_URL = REDIS_URL
    CELERY_TASK_ALWAYS_EAGER = False
    CELERY_TASK_DEFAULT_QUEUE = {queue!r}
else:  # no broker: delivered in the request
    CELERY_BROKER_URL = None
    CELERY_TASK_ALWAYS_EAGER = True
EMAIL_BACKEND = "django.core.mail.backends.dummy.EmailBackend"
STORAGES = {{
    "default": {{"BACKEND": "django.core.files.storage.FileSystemStorage"}},
    "staticfiles": {{"BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"}},
}}
WHITENOISE_USE_FINDERS = True
PRIVATE_MEDIA_ROOT = {private!r}
MEDIA_ROOT = {media!r}
if not REDIS_URL:
    CACHES = {{"default": {{"BACKEND": "django.core.cache.backends.filebased.FileBasedCache", "LOCATION": {cache!r}}}}}
'''

SETUP = """
import datetime, json
from plenaria.congresses.models import Congress, StaffTeam
from plenaria.helpdesk.enums import HelpdeskRole
from plenaria.helpdesk.services.routing import install_default_routing
congress = Congress.objects.create(slug="%(slug)s", name={"en": "Bench Congress"}, city={"en": "Yokohama"},
    country="JP", starts_on=datetime.date(2001, 12, 17), ends_on=datetime.date(2001, 12, 20),
    time_zone="Asia/Tokyo", is_published=True, is_featured=True)
organisers = {
    HelpdeskRole.SECRETARIAT: ("secretariat", "Ministry of Foreign Affairs of Japan"),
    HelpdeskRole.INTERGOVERNMENTAL: ("unicef", "UNICEF"),
    HelpdeskRole.PRIVATE_SECTOR: ("ecpat", "ECPAT"),
    HelpdeskRole.NGO: ("ngo-group", "NGO Group for the CRC"),
    HelpdeskRole.MEDIA: ("communications", "Communications Advisor"),
}
teams = {role: StaffTeam.objects.create(congress=congress, slug=slug, name={"en": name}, organisation={"en": name})
         for role, (slug, name) in organisers.items()}
print(json.dumps({"rules": len(install_default_routing(congress=congress, teams=teams))}))
"""

# Up to `count` inquiries to reply to, (reference, requester's address): those of part 1, and new ones if need be.
# The confirmation e-mails of part 1: how many are still waiting for the worker.
OUTBOX = """
import json
from plenaria.common.models import OutboundEmail
print(json.dumps({"queued": OutboundEmail.objects.filter(status="queued").count(),
                  "sent": OutboundEmail.objects.filter(status="sent").count()}))
"""

REPLY_TARGETS = """
import json
from plenaria.congresses.models import Congress
from plenaria.helpdesk.models import Inquiry
from plenaria.helpdesk.services.inquiries import InquiryRequest, submit_inquiry
congress = Congress.objects.get(slug="%(slug)s")
for n in range(%(count)d - Inquiry.objects.count()):
    submit_inquiry(congress=congress, submission_key=f"bench-extra-{n}", request=InquiryRequest(
        "ngo", "programme", "en", f"Extra {n}", f"extra-{n}@bench.example", "A question to reply to."))
rows = Inquiry.objects.order_by("pk").values_list("reference", "requester_email")[:%(count)d]
print(json.dumps([list(row) for row in rows]))
"""

COUNT = """
import json
from plenaria.helpdesk.models import Inquiry, InquiryMessage
replies = InquiryMessage.objects.filter(email_message_id__startswith="<bench-reply-")
wrong = sum(1 for message_id, reference in replies.values_list("email_message_id", "inquiry__reference")
            if f".{reference}@" not in message_id)
print(json.dumps({"inquiries": Inquiry.objects.count(), "replies": replies.count(), "wrong_inquiry": wrong,
                  "from_email": Inquiry.objects.filter(submission_key__startswith="email-").count()}))
"""

REQUESTER_TYPES = [
    "government",
    "intergovernmental",
    "ngo",
    "private_sector",
    "media",
    "young_person",
    "other",
]
TOPICS = [
    "registration",
    "visa_travel",
    "hotel_logistics",
    "programme",
    "media_accreditation",
    "youth_event",
    "other",
]
QUESTIONS = [
    ("en", "Workshops", "Can our NGO send three people to the workshops on the second day?"),
    ("fr", "Visa", "Bonjour, faut-il un visa pour entrer au Japon pour le congrès ? Merci beaucoup."),
    ("es", "Transporte", "¿Hay un autobús entre el hotel y la sede del congreso? Muchas gracias."),
    ("ar", "الصحافة", "هل يمكن للصحفيين حضور الجلسة الافتتاحية للمؤتمر؟"),
    ("ru", "Виза", "Здравствуйте! Нужна ли виза для участия в конгрессе в Иокогаме?"),
    ("zh-hans", "同声传译", "请问会议期间是否提供同声传译？我们代表团需要中文。"),
    ("ja", "ホテル", "横浜のホテルについて質問があります。会場まで歩けますか。"),
]


@dataclass
class Timings:
    """What the clients saw: the latency of each successful operation, and the failures by kind."""

    latencies: list[float] = field(default_factory=list)  # seconds
    errors: dict[str, int] = field(default_factory=dict)
    first_error: str = ""
    lock: threading.Lock = field(default_factory=threading.Lock)

    def ok(self, seconds: float) -> None:
        with self.lock:
            self.latencies.append(seconds)

    def failed(self, kind: str, detail: str = "") -> None:
        with self.lock:
            self.errors[kind] = self.errors.get(kind, 0) + 1
            self.first_error = self.first_error or f"{kind}: {detail}"[:300]

    @property
    def error_count(self) -> int:
        return sum(self.errors.values())


def percentile(values: list[float], fraction: float) -> float:
    if not values:
        return float("nan")
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(fraction * (len(ordered) - 1)))]


def run_in_threads(
    count: int, concurrency: int, work, initial: list[dict] | None = None, keep: bool = False
) -> tuple[float, list[dict]]:
    """Call `work(index, state)` for index 0…count-1 from `concurrency` threads. Each thread has its own `state`
    dict (its connection, and what it keeps between calls), taken from `initial` when given. Returns the
    wall-clock seconds from the first call to the last answer, and the states: their connections stay open with
    `keep` (for the next phase), else they are closed."""
    next_index = iter(range(count))
    lock = threading.Lock()
    states = list(initial or []) + [{} for _ in range(max(1, concurrency) - len(initial or []))]

    def worker(state):
        while True:
            with lock:
                index = next(next_index, None)
            if index is None:
                return
            work(index, state)

    threads = [threading.Thread(target=worker, args=(state,), daemon=True) for state in states]
    started = time.perf_counter()
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    seconds = time.perf_counter() - started
    if not keep:
        for state in states:
            for value in state.values():
                if hasattr(value, "close"):
                    with contextlib.suppress(Exception):  # the server may have dropped it already
                        value.close()
    return seconds, states


# --- The throwaway database -----------------------------------------------------------------------------------------


class ThrowawayDatabase:
    """A new PostgreSQL database on the server of `url`, dropped by `drop()`; or SQLite in `workdir`."""

    def __init__(self, url: str | None, workdir: Path):
        self.server_url = url
        self.name = f"plenaria_bench_inquiries_{secrets.token_hex(4)}" if url else ""
        if url:
            self.url = urlsplit(url)._replace(path=f"/{self.name}").geturl()
            self.label = (
                f"PostgreSQL {self.name} @ {urlsplit(url).hostname}:{urlsplit(url).port or 5432} (throwaway)"
            )
        else:
            self.url = f"sqlite:///{workdir / 'bench.sqlite3'}"
            self.label = f"SQLite {workdir / 'bench.sqlite3'} (throwaway)"

    def _admin(self):
        import psycopg  # only PostgreSQL runs need it

        try:
            return psycopg.connect(self.server_url, autocommit=True, connect_timeout=5)
        except psycopg.OperationalError:  # the URL's own database does not exist: use the maintenance one
            return psycopg.connect(
                urlsplit(self.server_url)._replace(path="/postgres").geturl(),
                autocommit=True,
                connect_timeout=5,
            )

    def create(self) -> None:
        if self.server_url:
            with self._admin() as admin:
                admin.execute(f'CREATE DATABASE "{self.name}"')

    def drop(self) -> None:
        if self.server_url:
            with self._admin() as admin:
                admin.execute(f'DROP DATABASE IF EXISTS "{self.name}" WITH (FORCE)')


def _environment(workdir: Path, database: ThrowawayDatabase) -> dict[str, str]:
    (workdir / "plenaria_bench_settings.py").write_text(
        SETTINGS.format(
            private=str(workdir / "private"),
            media=str(workdir / "media"),
            cache=str(workdir / "cache"),
            queue=f"bench-{workdir.name}",
        )
    )
    env = dict(os.environ)
    env.pop("PLENARIA_DEMO", None)
    env.update(
        DATABASE_URL=database.url,
        DJANGO_SETTINGS_MODULE="plenaria_bench_settings",
        PYTHONPATH=os.pathsep.join(filter(None, [str(workdir), env.get("PYTHONPATH", "")])),
        SECRET_KEY="bench-only-" + secrets.token_hex(24),
        PLENARIA_LOG_LEVEL="WARNING",
        PYTHONUNBUFFERED="1",
    )
    return env


def _shell_json(env, deadline, script: str, at_most: int = 300):
    return json.loads(_manage(env, deadline, "shell", "-c", script, at_most=at_most).strip().splitlines()[-1])


# --- Part 1: questions over HTTP ------------------------------------------------------------------------------------


class _FormFields(HTMLParser):
    """The hidden inputs of the page's forms (CSRF token, submission key)."""

    def __init__(self):
        super().__init__()
        self.hidden: dict[str, str] = {}

    def handle_starttag(self, tag, attrs):
        attributes = dict(attrs)
        if tag == "input" and attributes.get("type") == "hidden" and attributes.get("name"):
            self.hidden[attributes["name"]] = attributes.get("value") or ""


def _question(index: int, run: str) -> dict[str, str]:
    language, subject, message = QUESTIONS[index % len(QUESTIONS)]
    return {
        "requester_type": REQUESTER_TYPES[index % len(REQUESTER_TYPES)],
        "topic": TOPICS[(index // len(REQUESTER_TYPES)) % len(TOPICS)],
        "language": language,
        "name": f"Bench Person {index}",
        "email": f"person-{run}-{index}@bench.example",
        "subject": f"{subject} {index}",
        "message": f"{message} ({index})",
    }


def _exchange(state: dict, port: int, method: str, path: str, body: bytes | None, headers: dict):
    """One request on the thread's keep-alive connection (opened again if the server closed it)."""
    for attempt in (1, 2):
        if "http" not in state:
            state["http"] = http.client.HTTPConnection(HOST, port, timeout=60)
        connection = state["http"]
        try:
            connection.request(method, path, body=body, headers=headers)
            response = connection.getresponse()
            return response, response.read()
        except (http.client.RemoteDisconnected, ConnectionResetError, BrokenPipeError):
            connection.close()
            del state["http"]
            if attempt == 2:
                raise
    raise AssertionError("unreachable")


def _form_is_served(port: int) -> bool:
    state = {}
    try:
        response, body = _exchange(state, port, "GET", f"/en/{SLUG}/ask/", None, {})
    finally:
        if "http" in state:
            state["http"].close()
    return (
        response.status == 200 and b'name="csrfmiddlewaretoken"' in body and b'name="submission_key"' in body
    )


def _fetch_form(index: int, state: dict, port: int, get_timings: Timings) -> None:
    """GET the form, as each person does before asking; keep its CSRF token and cookie for the thread's POSTs."""
    started = time.perf_counter()
    response, page = _exchange(state, port, "GET", f"/en/{SLUG}/ask/", None, {"User-Agent": "plenaria-bench"})
    if response.status != 200:
        get_timings.failed(f"GET {response.status}")
        return
    get_timings.ok(time.perf_counter() - started)
    parser = _FormFields()
    parser.feed(page.decode("utf-8", "replace"))
    state["fields"] = parser.hidden
    state["cookies"] = "; ".join(
        cookie.split(";", 1)[0] for cookie in response.headers.get_all("Set-Cookie") or [] if "=" in cookie
    )


def _submit_by_form(index: int, state: dict, port: int, run: str, timings: Timings) -> None:
    if "fields" not in state:
        timings.failed("no form page")
        return
    fields = {
        **state["fields"],
        **_question(index, run),
        "submission_key": str(uuid.uuid4()),  # what a new form page would carry
        "homepage": "",
    }
    started = time.perf_counter()
    response, answer = _exchange(
        state,
        port,
        "POST",
        f"/en/{SLUG}/ask/",
        urlencode(fields).encode(),
        {
            "Content-Type": "application/x-www-form-urlencoded",
            "Cookie": state["cookies"],
            "User-Agent": "plenaria-bench",
        },
    )
    elapsed = time.perf_counter() - started
    if response.status == 302 and "/ask/sent/" in (response.getheader("Location") or ""):
        timings.ok(elapsed)
    else:
        errors = re.findall(rb'class="errorlist[^"]*"[^>]*>(.*?)</ul>', answer, re.S)
        timings.failed(f"POST {response.status}", b" ".join(errors).decode("utf-8", "replace"))


def _submit_by_api(index: int, state: dict, port: int, run: str, timings: Timings) -> None:
    body = json.dumps({**_question(index, run), "submission_key": f"bench-{run}-{index}"}).encode()
    started = time.perf_counter()
    response, answer = _exchange(
        state,
        port,
        "POST",
        f"/api/v1/congresses/{SLUG}/inquiries/",
        body,
        {"Content-Type": "application/json", "Accept": "application/json", "User-Agent": "plenaria-bench"},
    )
    elapsed = time.perf_counter() - started
    if response.status == 201:
        timings.ok(elapsed)
    else:
        timings.failed(f"POST {response.status}", answer.decode("utf-8", "replace"))


def _cpu_by_command(names: tuple[str, ...]) -> dict[str, float]:
    """CPU seconds used so far by every process whose command name starts with one of `names` (the database and
    Redis serve other clients too, but the machine is otherwise quiet during a run)."""
    totals = dict.fromkeys(names, 0.0)
    for entry in Path("/proc").glob("[0-9]*/stat"):
        try:
            text = entry.read_text()
        except OSError:
            continue  # ended meanwhile
        command = text[text.index("(") + 1 : text.rindex(")")]
        fields = text.rsplit(")", 1)[1].split()
        for name in names:
            if command.startswith(name):
                totals[name] += (int(fields[11]) + int(fields[12])) / TICK
    return totals


@dataclass
class CpuShares:
    """Where the machine's CPU went during one phase: per process group, and the whole machine."""

    server: float | None = None
    worker: float | None = None
    database: float = 0.0
    redis: float = 0.0
    clients: float = 0.0
    machine_busy: float | None = None
    machine_total: float | None = None


def _cpu_shares_during(server_pid: int, worker_pid: int | None, action):
    """(what `action()` returned, CpuShares of the run)."""
    names = ("postgres", "redis-server")
    before = (
        _tree_cpu(server_pid),
        _tree_cpu(worker_pid) if worker_pid else None,
        _cpu_by_command(names),
        time.process_time(),
        _machine_cpu(),
    )
    result = action()
    after = (
        _tree_cpu(server_pid),
        _tree_cpu(worker_pid) if worker_pid else None,
        _cpu_by_command(names),
        time.process_time(),
        _machine_cpu(),
    )

    def delta(index):
        return after[index] - before[index] if None not in (before[index], after[index]) else None

    shares = CpuShares(
        server=delta(0),
        worker=delta(1),
        database=after[2]["postgres"] - before[2]["postgres"],
        redis=after[2]["redis-server"] - before[2]["redis-server"],
        clients=delta(3),
    )
    if None not in (before[4], after[4]):
        shares.machine_busy = after[4][0] - before[4][0]
        shares.machine_total = after[4][1] - before[4][1]
    return result, shares


def _cpu_seconds_during(pid: int, action):
    """(what `action()` returned, CPU seconds the process `pid` and its children used meanwhile, or None)."""
    before = _tree_cpu(pid)
    result = action()
    after = _tree_cpu(pid)
    return result, (after - before if None not in (before, after) else None)


def submit_questions(port: int, options, run: str, server_pid: int, worker_pid: int | None) -> dict:
    """The form pages first (timed on their own), then the questions; CPU of the server during each."""
    via = options.via
    if via == "auto":
        via = "form" if _form_is_served(port) else "api"
    timings, get_timings = Timings(), Timings()

    def fetch(index, state):
        try:
            _fetch_form(index, state, port, get_timings)
        except (OSError, http.client.HTTPException) as error:
            get_timings.failed(type(error).__name__, str(error))

    def submit(index, state):
        try:
            if via == "form":
                _submit_by_form(index, state, port, run, timings)
            else:
                _submit_by_api(index, state, port, run, timings)
        except (OSError, http.client.HTTPException) as error:
            timings.failed(type(error).__name__, str(error))

    get_seconds = get_cpu = None
    if via == "form":
        (get_seconds, form_states), get_cpu = _cpu_seconds_during(
            server_pid, lambda: run_in_threads(options.submissions, options.concurrency, fetch, keep=True)
        )
    else:
        form_states = []
    (seconds, _), shares = _cpu_shares_during(
        server_pid,
        worker_pid,
        lambda: run_in_threads(options.submissions, options.concurrency, submit, initial=form_states),
    )
    return {
        "via": via,
        "seconds": seconds,
        "timings": timings,
        "cpu": shares.server,
        "shares": shares,
        "get_seconds": get_seconds,
        "get_timings": get_timings,
        "get_cpu": get_cpu,
    }


class CeleryWorker:
    """One Celery worker process (the solo pool: tasks run in the process that fetches them) on the run's own
    queue."""

    def __init__(self, env, workdir: Path):
        self.log_path = workdir / "celery.log"
        celery = Path(sys.executable).parent / "celery"
        with self.log_path.open("w") as log:
            self.process = subprocess.Popen(
                [
                    str(celery),
                    "-A",
                    "plenaria.config",
                    "worker",
                    "--queues",
                    f"bench-{workdir.name}",
                    "--pool",
                    "solo",
                    "--loglevel",
                    "WARNING",
                    "--without-gossip",
                    "--without-mingle",
                ],
                cwd=ROOT,
                env=env,
                stdout=log,
                stderr=subprocess.STDOUT,
                start_new_session=True,
            )

    def stop(self) -> None:
        if self.process.poll() is None:
            with contextlib.suppress(ProcessLookupError):
                os.killpg(self.process.pid, signal.SIGTERM)
            try:
                self.process.wait(timeout=30)
            except subprocess.TimeoutExpired:
                os.killpg(self.process.pid, signal.SIGKILL)
                self.process.wait(timeout=5)


def wait_for_confirmations(env, deadline, worker: CeleryWorker | None, at_most: float = 300) -> dict:
    """Seconds from now until no confirmation e-mail is left queued (the worker has delivered them all)."""
    started = time.perf_counter()
    cpu_before = _tree_cpu(worker.process.pid) if worker else None
    while True:
        outbox = _shell_json(env, deadline, OUTBOX)
        if outbox["queued"] == 0 or time.perf_counter() - started > at_most:
            break
        if worker is not None and worker.process.poll() is not None:
            raise BenchError(f"the Celery worker exited:\n{worker.log_path.read_text()[-2000:]}")
        time.sleep(1)
    cpu_after = _tree_cpu(worker.process.pid) if worker else None
    return {
        **outbox,
        "seconds": time.perf_counter() - started,
        "worker_cpu": cpu_after - cpu_before if None not in (cpu_before, cpu_after) else None,
    }


# --- Part 2: e-mails to the inbound SMTP service --------------------------------------------------------------------


def _emails(count: int, targets: list[list[str]], run: str) -> list[tuple[str, str, bytes, str]]:
    """(envelope sender, recipient, message, kind) for each e-mail: replies and new questions, alternately."""
    emails = []
    for index in range(count):
        message = EmailMessage()
        if index % 2 == 0 and index // 2 < len(targets):
            reference, sender = targets[index // 2]
            kind, recipient = "reply", DESK
            message["From"] = f"Bench Requester <{sender}>"
            message["Subject"] = f"Re: [{reference}] Bench Congress: the answer to your question"
            message["Message-ID"] = f"<bench-reply-{index}.{reference}@bench.example>"
            message.set_content(
                f"Thank you. Here is what you asked for (e-mail {index}).\n\n"
                "On Mon, 17 Dec 2001 at 10:00, Plenaria <no-reply@plenaria.invalid> wrote:\n"
                "> Dear Bench Requester,\n>\n> Could you send us the names of your delegates?\n>\n"
                f"> Reference {reference}.\n"
            )
        else:
            _, subject, text = QUESTIONS[index % len(QUESTIONS)]
            sender = f"new-{run}-{index}@bench.example"
            kind, recipient = "new", f"inquiries+{SLUG}@plenaria.invalid"
            message["From"] = f"Bench Sender {index} <{sender}>"
            message["Subject"] = f"{subject} {index}"
            message["Message-ID"] = f"<bench-new-{run}-{index}@bench.example>"
            message.set_content(f"{text} ({index})")
        message["To"] = recipient
        emails.append((sender, recipient, message.as_bytes(policy=policy.SMTP), kind))
    return emails


class InboundService:
    """`manage.py run_inbound_smtp` in a process group of its own, stopped with SIGTERM as a service manager does."""

    def __init__(self, env, workdir: Path, workers: int):
        self.port = _free_port()
        self.log_path = workdir / "inbound-smtp.log"
        command = [sys.executable, "manage.py", "run_inbound_smtp", "--host", HOST, "--port", str(self.port)]
        with self.log_path.open("w") as log:
            self.process = subprocess.Popen(
                [*command, "--workers", str(workers)],
                cwd=ROOT,
                env=env,
                stdout=log,
                stderr=subprocess.STDOUT,
                start_new_session=True,
            )

    def wait_until_ready(self, deadline) -> None:
        started = time.monotonic()
        while time.monotonic() - started < deadline.left(60):
            if self.process.poll() is not None:
                raise BenchError(f"run_inbound_smtp exited:\n{self.log_path.read_text()[-2000:]}")
            try:
                with socket.create_connection((HOST, self.port), timeout=2) as sock:
                    if sock.recv(512).startswith(b"220"):
                        return
            except OSError:
                time.sleep(0.2)
        raise BenchError("run_inbound_smtp did not answer in time")

    def stop(self) -> None:
        if self.process.poll() is None:
            try:
                os.killpg(self.process.pid, signal.SIGTERM)
                self.process.wait(timeout=30)
            except subprocess.TimeoutExpired:
                os.killpg(self.process.pid, signal.SIGKILL)
                self.process.wait(timeout=5)
            except ProcessLookupError:
                pass


def send_emails(service: InboundService, emails, concurrency: int) -> dict:
    timings = Timings()
    accepted = {"reply": 0, "new": 0}
    lock = threading.Lock()

    def work(index, state):
        sender, recipient, content, kind = emails[index]
        for attempt in (1, 2):
            if "smtp" not in state:
                state["smtp"] = smtplib.SMTP(HOST, service.port, timeout=120)
            try:
                started = time.perf_counter()
                state["smtp"].sendmail(sender, [recipient], content)
                timings.ok(time.perf_counter() - started)
                with lock:
                    accepted[kind] += 1
                return
            except smtplib.SMTPServerDisconnected:
                state.pop("smtp", None)
                if attempt == 2:
                    timings.failed("disconnected")
            except smtplib.SMTPResponseException as error:
                timings.failed(f"SMTP {error.smtp_code}", str(error.smtp_error))
                return
            except OSError as error:
                state.pop("smtp", None)
                timings.failed(type(error).__name__, str(error))
                return

    seconds, _ = run_in_threads(len(emails), concurrency, work)
    return {"seconds": seconds, "timings": timings, "accepted": accepted}


# --- Run and report -------------------------------------------------------------------------------------------------


def main() -> int:
    options = _parse_args()
    workdir = Path(tempfile.mkdtemp(prefix="plenaria-bench-inquiries-"))
    database = ThrowawayDatabase(options.database_url or os.environ.get("DATABASE_URL") or None, workdir)
    deadline = Deadline(options.max_seconds)
    env = _environment(workdir, database)
    run = secrets.token_hex(3)
    server = service = worker = None
    signal.signal(signal.SIGTERM, _raise_keyboard_interrupt)
    try:
        database.create()
        print(f"Preparing {database.label}: migrate, a congress with five teams and the default routing…")
        _manage(env, deadline, "migrate", "--noinput", "-v0", at_most=600)
        rules = _shell_json(env, deadline, SETUP % {"slug": SLUG})["rules"]
        if os.environ.get("REDIS_URL"):
            worker = CeleryWorker(env, workdir)
        server = Gunicorn(env, _free_port(), SimpleNamespace(**_gunicorn_options(options)))
        server.start(deadline)
        idle_load = _others_busy_before()
        print(f"Part 1: {options.submissions} questions from {options.concurrency} HTTP clients…", flush=True)
        questions = submit_questions(
            server.port, options, run, server.process.pid, worker.process.pid if worker else None
        )
        questions["outbox"] = wait_for_confirmations(env, deadline, worker)
        stored = _shell_json(env, deadline, COUNT)["inquiries"]
        server.stop()
        targets = _shell_json(
            env, deadline, REPLY_TARGETS % {"slug": SLUG, "count": (options.emails + 1) // 2}
        )
        emails = _emails(options.emails, targets, run)
        print(f"Part 2: {options.emails} e-mails from {options.concurrency} SMTP clients…", flush=True)
        service = InboundService(env, workdir, options.smtp_workers)
        service.wait_until_ready(deadline)
        mail, cpu = _cpu_seconds_during(
            service.process.pid, lambda: send_emails(service, emails, options.concurrency)
        )
        mail["cpu"] = cpu
        service.stop()
        counts = _shell_json(env, deadline, COUNT)
        _report(options, database, server, rules, questions, stored, mail, counts, idle_load)
        return 0
    except BenchError as error:
        print(f"\nBENCHMARK FAILED: {error}", file=sys.stderr)
        if server is not None:
            server.print_log_tail()
        return 1
    except KeyboardInterrupt:
        print("\nInterrupted.", file=sys.stderr)
        return 130
    finally:
        for running in (server, service, worker):
            if running is not None:
                running.stop()
        try:
            database.drop()
        except Exception as error:
            print(f"Could not drop {database.name}: {error}", file=sys.stderr)
        if options.keep:
            print(f"Kept {workdir} (settings, SQLite database, logs).")
        else:
            shutil.rmtree(workdir, ignore_errors=True)


def _parse_args():
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--submissions", type=int, default=2000, help="questions over HTTP (2000)")
    parser.add_argument("--emails", type=int, default=2000, help="e-mails to the inbound service (2000)")
    parser.add_argument("--concurrency", type=int, default=16, help="concurrent HTTP and SMTP clients (16)")
    parser.add_argument(
        "--database-url",
        default=None,
        help="PostgreSQL server for the throwaway database (default: DATABASE_URL)",
    )
    parser.add_argument(
        "--via", choices=["auto", "form", "api"], default="auto", help="how questions are sent"
    )
    parser.add_argument(
        "--workers",
        type=int,
        default=int(os.environ.get("WEB_CONCURRENCY", "0")) or 2 * (os.cpu_count() or 1) + 1,
        help="gunicorn workers (default: WEB_CONCURRENCY, else 2 × CPUs + 1)",
    )
    parser.add_argument("--worker-class", default="sync", help="gunicorn worker class (sync)")
    parser.add_argument("--threads", type=int, default=1, help="threads per gthread worker (1)")
    parser.add_argument(
        "--smtp-workers", type=int, default=8, help="database threads of the inbound service (8)"
    )
    parser.add_argument("--max-seconds", type=int, default=1800, help="upper bound of the whole run (1800)")
    parser.add_argument("--keep", action="store_true", help="keep the temporary directory (logs, SQLite)")
    return parser.parse_args()


def _gunicorn_options(options) -> dict:
    return {"workers": options.workers, "worker_class": options.worker_class, "threads": options.threads}


def _row(what: str, count: int, timings: Timings, seconds: float) -> str:
    ok = len(timings.latencies)
    ms = [1000 * value for value in timings.latencies]
    return (
        f"{what:<34} {count:>6} {ok:>6} {timings.error_count:>6} {ok / seconds if seconds else 0:>8.0f}"
        f" {percentile(ms, 0.5):>7.1f} {percentile(ms, 0.99):>7.1f} {max(ms, default=float('nan')):>7.1f}"
    )


def _cpu_note(what: str, cpu: float | None, count: int, cpus: int) -> str:
    """CPU per item, and the rate that CPU alone would allow on `cpus` CPUs (one process, held by the GIL: 1)."""
    if not cpu or not count:
        return ""
    per_item = 1000 * cpu / count
    return f"{what}: {per_item:.1f} ms of CPU each (at most ~{1000 * cpus / per_item:.0f}/s on {cpus} CPU(s))"


def _shares_note(shares: CpuShares, count: int) -> str:
    """Where the machine's CPU went while the questions were sent, in ms per question."""
    if not count:
        return ""
    parts = [
        (label, value)
        for label, value in (
            ("gunicorn", shares.server),
            ("PostgreSQL", shares.database),
            ("Celery worker", shares.worker),
            ("Redis", shares.redis),
            ("the bench's clients", shares.clients),
        )
        if value is not None
    ]
    text = ", ".join(f"{label} {1000 * value / count:.1f}" for label, value in parts)
    note = f"CPU per question while they were sent (ms): {text}"
    if shares.machine_busy is not None and shares.machine_total:
        note += (
            f"; the machine was {100 * shares.machine_busy / shares.machine_total:.0f}% busy"
            f" ({1000 * shares.machine_busy / count:.1f} ms per question in all)"
        )
    return note + "."


def _report(options, database, server, rules, questions, stored, mail, counts, idle_load) -> None:
    import django  # only its version

    timings = questions["timings"]
    submitted = len(timings.latencies)
    config = server.config
    via = "the form (POST)" if questions["via"] == "form" else "the API (POST JSON)"
    print()
    print("Plenaria inquiry desk under load (127.0.0.1)")
    print(f"  database : {database.label}; {rules} routing rules")
    print(f"  gunicorn : {config['workers']} {config['worker_class']} workers; questions through {via}")
    print(f"  inbound  : run_inbound_smtp with {options.smtp_workers} database threads")
    outbox = questions["outbox"]
    print(
        "  e-mail   : "
        + (
            "queued on Redis, delivered by 1 Celery worker process (same machine)"
            if outbox["worker_cpu"] is not None or os.environ.get("REDIS_URL")
            else "delivered in the request (no broker)"
        )
    )
    print(f"  clients  : {options.concurrency} concurrent (threads, keep-alive HTTP / one SMTP session each)")
    print(
        f"  machine  : {os.cpu_count()} CPUs; Python {sys.version.split()[0]}, Django {django.get_version()};"
        " clients, server and database on the same machine"
    )
    if idle_load is not None:
        print(f"  before   : other processes kept {idle_load:.0f}% of a CPU busy")
    print()
    header = (
        f"{'':<34} {'sent':>6} {'ok':>6} {'errors':>6} {'per s':>8} {'p50 ms':>7} {'p99 ms':>7} {'max ms':>7}"
    )
    print(header)
    print("-" * len(header))
    if questions["via"] == "form":
        print(
            _row("form pages (GET)", options.submissions, questions["get_timings"], questions["get_seconds"])
        )
    print(_row("questions over HTTP (POST)", options.submissions, timings, questions["seconds"]))
    print(_row("e-mails, SMTP round trip", options.emails, mail["timings"], mail["seconds"]))
    print()
    for label, timed in (
        ("questions", timings),
        ("form pages", questions["get_timings"]),
        ("e-mails", mail["timings"]),
    ):
        if timed.error_count:
            print(f"Errors ({label}): {timed.errors}; first: {timed.first_error}")
    lost = submitted - stored
    print(
        f"Questions: {submitted} accepted in {questions['seconds']:.1f} s, {stored} inquiries stored: "
        + ("none lost." if lost == 0 else f"{lost} LOST." if lost > 0 else f"{-lost} more than accepted.")
    )
    print(
        f"Confirmations: {outbox['sent']} e-mails delivered, {outbox['queued']} still queued "
        f"{outbox['seconds']:.1f} s after the last question."
    )
    replies, new = mail["accepted"]["reply"], mail["accepted"]["new"]
    print(
        f"E-mails: {replies + new} accepted in {mail['seconds']:.1f} s; {counts['replies']} of {replies} replies "
        f"threaded ({counts['wrong_inquiry']} into a wrong inquiry), {counts['from_email']} of {new} new questions "
        "became inquiries."
    )
    cpus = os.cpu_count() or 1
    for note in (
        _cpu_note(
            "Gunicorn per form page", questions["get_cpu"], len(questions["get_timings"].latencies), cpus
        ),
        _cpu_note("Gunicorn per question", questions["cpu"], submitted, cpus),
        _cpu_note("Inbound service per e-mail, one process", mail["cpu"], replies + new, 1),
    ):
        if note:
            print(note)
    print(_shares_note(questions["shares"], submitted))
    ok = lost == 0 and not timings.error_count
    rate = submitted / questions["seconds"] if questions["seconds"] else 0
    verdict = "met" if ok and rate >= TARGET_PER_SECOND else "NOT met"
    print(
        f"Aim ({TARGET_PER_SECOND} questions/s on a 2-core machine, none lost): {verdict} "
        f"({rate:.0f}/s on {os.cpu_count()} CPUs)."
    )
    if idle_load is not None and idle_load > NOISY_OTHERS_PCT:
        print(
            "WARNING: other processes were busy when the run started; the figures understate what this machine"
            " does alone. Run it again when the machine is quiet."
        )


if __name__ == "__main__":
    sys.exit(main())
