"""`manage.py run_inbound_smtp` as an administrator runs it: it listens, answers, logs, and stops on SIGTERM."""

import os
import signal
import smtplib
import socket
import subprocess
import sys
import time
from pathlib import Path

import pytest

from tests.factories.helpdesk_inbound import as_bytes, build_email

pytestmark = [pytest.mark.integration]

ROOT = Path(__file__).resolve().parents[2]
HOST = "127.0.0.1"
COMMAND = [sys.executable, "manage.py", "run_inbound_smtp", "--settings=plenaria.config.settings_test"]


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind((HOST, 0))
        return sock.getsockname()[1]


def wait_for_banner(port: int, process: subprocess.Popen) -> None:
    deadline = time.monotonic() + 30
    while time.monotonic() < deadline:
        assert process.poll() is None, process.stdout.read()
        try:
            with socket.create_connection((HOST, port), timeout=1) as sock:
                if sock.recv(200).startswith(b"220"):
                    return
        except OSError:
            time.sleep(0.1)
    raise AssertionError("the service did not answer")


def start(port: int, **env) -> subprocess.Popen:
    return subprocess.Popen(
        [*COMMAND, "--host", HOST, "--port", str(port)],
        cwd=ROOT,
        env={**os.environ, "PYTHONUNBUFFERED": "1", **env},
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
        text=True,
    )


def test_run_inbound_smtp_answers_logs_without_content_and_stops_on_sigterm():
    port = free_port()
    process = start(port)
    try:
        wait_for_banner(port, process)
        # An auto-reply is answered 250 and dropped before the database is asked anything.
        out_of_office = build_email(
            subject="Out of office", body="Back on 7 January.", headers={"Auto-Submitted": "auto-replied"}
        )
        with smtplib.SMTP(HOST, port, timeout=10) as client:
            refused = client.sendmail(
                "ana.souza@example.org", ["inquiries@plenaria.invalid"], as_bytes(out_of_office)
            )
        process.send_signal(signal.SIGTERM)
        output, _ = process.communicate(timeout=30)
    finally:
        if process.poll() is None:
            process.kill()
            process.communicate()

    assert refused == {}
    assert process.returncode == 0
    assert f"Inbound SMTP service for the inquiry desk on {HOST}:{port}" in output
    assert "Inbound e-mail: dropped auto_submitted" in output
    assert "Inbound SMTP service stopped." in output
    assert "ana.souza" not in output
    assert "Back on 7 January" not in output


def test_run_inbound_smtp_database_down_answers_451_so_the_sender_retries():
    port = free_port()
    # A PostgreSQL server that is not running: every connection attempt fails, as when the database is down.
    process = start(port, DATABASE_URL=f"postgres://plenaria@{HOST}:{free_port()}/plenaria")
    try:
        wait_for_banner(port, process)
        reply = build_email(subject="Re: [Q-2345-6789] the answer", body="Thank you.")
        with smtplib.SMTP(HOST, port, timeout=30) as client, pytest.raises(smtplib.SMTPDataError) as deferred:
            client.sendmail("ana.souza@example.org", ["inquiries@plenaria.invalid"], as_bytes(reply))
        process.send_signal(signal.SIGTERM)
        output, _ = process.communicate(timeout=30)
    finally:
        if process.poll() is None:
            process.kill()
            process.communicate()

    assert deferred.value.smtp_code == 451
    assert "Inbound e-mail deferred: the database is unavailable (OperationalError)" in output
    assert "Thank you" not in output
