#!/usr/bin/env python3
"""Throughput and latency of the anonymous public pages, served by gunicorn and measured with wrk.

    python bench/public_pages.py                 # the demo SQLite database under var/ (PLENARIA_DEMO=1)
    make bench BENCH_ARGS="--workers 2 --repeat 3"  # options: python bench/public_pages.py --help
    DATABASE_URL=postgres://postgres@127.0.0.1:5432/plenaria_bench REDIS_URL=redis://127.0.0.1:6379/12 \\
        python bench/public_pages.py             # PostgreSQL and Redis

It migrates the database, loads the demo congress (seed_demo_congress), collects the static files, starts
gunicorn on 127.0.0.1 and runs wrk (`apt-get install wrk`) against the home and contacts pages at 1 and 32
concurrent connections, after a short warm-up. Every response must be a 200: the run fails otherwise. Gunicorn is
stopped at the end, also on error or Ctrl-C, and the whole run is bounded (--max-seconds).
"""

import argparse
import json
import os
import re
import resource
import shutil
import signal
import socket
import subprocess
import sys
import tempfile
import time
import urllib.error
import urllib.request
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import urlsplit

ROOT = Path(__file__).resolve().parent.parent
HOST = "127.0.0.1"  # the load never leaves this machine
PAGES = [("home", "/en/yokohama-2001/"), ("contacts", "/en/yokohama-2001/contacts/")]
LOADS = [(1, 1), (2, 32)]  # (wrk threads, connections)
GUNICORN_DEFAULTS = {"workers": 3, "worker_class": "sync", "threads": 1}
NOISY_OTHERS_PCT = 15
TARGET_RPS = 1000
TARGET_P99_MS = 50
SECURITY_HEADERS = [
    "Content-Security-Policy",
    "X-Frame-Options",
    "X-Content-Type-Options",
    "Referrer-Policy",
    "Cross-Origin-Opener-Policy",
]

# Counts the responses that are not a 200 (wrk's own count leaves out 3xx). Each wrk thread has its own Lua state;
# `done` adds up what the threads saw and prints one line that the bench reads.
STATUS_SCRIPT = """
local threads = {}
function setup(thread) table.insert(threads, thread) end
function init(args) not_ok = 0; last_status = 0 end
function response(status, headers, body)
  if status ~= 200 then not_ok = not_ok + 1; last_status = status end
end
function done(summary, latency, requests)
  local total, last = 0, 0
  for _, thread in ipairs(threads) do
    total = total + thread:get("not_ok")
    if thread:get("last_status") ~= 0 then last = thread:get("last_status") end
  end
  io.write(string.format("bench-status not_ok=%d last=%d\\n", total, last))
end
"""


class BenchError(RuntimeError):
    pass


class Deadline:
    def __init__(self, seconds: float):
        self.ends_at = time.monotonic() + seconds

    def left(self, at_most: float | None = None) -> float:
        left = self.ends_at - time.monotonic()
        if left <= 0:
            raise BenchError("the benchmark ran out of time (--max-seconds)")
        return left if at_most is None else min(left, at_most)


TICK = os.sysconf("SC_CLK_TCK") if hasattr(os, "sysconf") else 100


def _machine_cpu() -> tuple[float, float] | None:
    """(busy, total) CPU seconds of the whole machine since boot, from /proc/stat."""
    try:
        fields = [int(n) for n in Path("/proc/stat").read_text().splitlines()[0].split()[1:]]
    except (OSError, ValueError):
        return None
    total = sum(fields[:8])
    idle = fields[3] + fields[4]
    return (total - idle) / TICK, total / TICK


def _tree_cpu(root_pid: int) -> float | None:
    """CPU seconds used so far by a process and its children (gunicorn's master and workers)."""
    try:
        entries = list(Path("/proc").glob("[0-9]*/stat"))
    except OSError:
        return None
    total, found = 0.0, False
    for entry in entries:
        try:
            after_name = entry.read_text().rsplit(")", 1)[1].split()
        except (OSError, IndexError):
            continue  # the process has ended meanwhile
        pid, ppid = int(entry.parent.name), int(after_name[1])
        if root_pid in (pid, ppid):
            total += (int(after_name[11]) + int(after_name[12])) / TICK
            found = True
    return total if found else None


def _children_cpu() -> float:
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    return usage.ru_utime + usage.ru_stime


def _others_busy_before(seconds: float = 1.0) -> float | None:
    """How busy the machine is before the run, in % of one CPU."""
    before = _machine_cpu()
    time.sleep(seconds)
    after = _machine_cpu()
    if before is None or after is None:
        return None
    return 100 * (after[0] - before[0]) / seconds


@dataclass
class Result:
    page: str
    threads: int
    connections: int
    requests: int
    rps: float
    p50_ms: float
    p99_ms: float
    max_ms: float
    server_cpu_ms: float | None = None  # gunicorn's CPU time (all processes) per request
    others_pct: float | None = (
        None  # CPU used meanwhile by processes other than gunicorn and wrk, in % of one CPU
    )


def main() -> int:
    options = _parse_args()
    wrk = shutil.which("wrk")
    if wrk is None:
        print("wrk is not installed. Install it with: apt-get install wrk", file=sys.stderr)
        return 2
    runs = len(PAGES) * len(LOADS) * options.repeat
    deadline = Deadline(
        options.max_seconds or 180 + runs * (options.duration + 5) + len(PAGES) * options.warmup
    )
    env = _environment()
    server = None
    signal.signal(signal.SIGTERM, _raise_keyboard_interrupt)
    try:
        if not options.skip_setup:
            _prepare_database(env, deadline)
        described = _describe(env, deadline)
        port = options.port or _free_port()
        server = Gunicorn(env, port, options)
        server.start(deadline)
        base = f"http://{HOST}:{port}"
        for _, path in PAGES:
            _check_page(base + path)
        idle_load = _others_busy_before()
        script = Path(server.workdir) / "status.lua"
        script.write_text(STATUS_SCRIPT)
        results = []
        for name, path in PAGES:
            url = base + path
            _wrk(wrk, script, url, 2, 32, options.warmup, deadline)  # warm-up: fill caches, start connections
            for threads, connections in LOADS:
                results.append(
                    _measure(wrk, script, url, name, threads, connections, server, options, deadline)
                )
            _check_page(url)
        server.check_alive()
        _report(results, described, server, options, idle_load)
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
        if server is not None:
            server.stop()


def _parse_args():
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--duration", type=int, default=10, help="seconds of load per measurement (10)")
    parser.add_argument(
        "--repeat",
        type=int,
        default=1,
        help="runs per measurement, the best one reported (1); for a busy machine",
    )
    parser.add_argument("--warmup", type=int, default=3, help="seconds of warm-up per page (3)")
    parser.add_argument(
        "--workers",
        type=int,
        default=int(os.environ.get("WEB_CONCURRENCY", "0")) or None,
        help="gunicorn workers (default: WEB_CONCURRENCY, else the production default)",
    )
    parser.add_argument("--worker-class", default=None, help="gunicorn worker class (sync or gthread)")
    parser.add_argument("--threads", type=int, default=None, help="threads per gthread worker")
    parser.add_argument("--port", type=int, default=0, help="port on 127.0.0.1 (default: any free port)")
    parser.add_argument(
        "--max-seconds",
        type=int,
        default=None,
        help="upper bound of the whole run (default: from the run lengths)",
    )
    parser.add_argument(
        "--skip-setup", action="store_true", help="do not migrate, seed or collect static files"
    )
    return parser.parse_args()


def _raise_keyboard_interrupt(signum, frame):
    raise KeyboardInterrupt


def _environment() -> dict[str, str]:
    env = dict(os.environ)
    if not env.get("DATABASE_URL"):
        env["PLENARIA_DEMO"] = "1"  # SQLite under var/, and a secret key kept there
    elif not env.get("SECRET_KEY") and env.get("PLENARIA_DEMO") != "1":
        env["SECRET_KEY"] = "bench-only-" + os.urandom(24).hex()
    env.setdefault("EMAIL_URL", "consolemail://")
    env.setdefault("PLENARIA_LOG_LEVEL", "WARNING")
    env["PYTHONUNBUFFERED"] = "1"
    for name in ("DATABASE_URL", "REDIS_URL"):
        host = urlsplit(env.get(name, "")).hostname
        if host not in (None, "127.0.0.1", "localhost", "::1"):
            print(f"Note: {name} points at {host}, not this machine.", file=sys.stderr)
    return env


def _manage(env, deadline, *args, at_most=180) -> str:
    command = [sys.executable, "manage.py", *args]
    try:
        done = subprocess.run(
            command,
            cwd=ROOT,
            env=env,
            capture_output=True,
            text=True,
            timeout=deadline.left(at_most),
            check=False,
        )
    except subprocess.TimeoutExpired as error:
        raise BenchError(f"`manage.py {' '.join(args)}` took too long") from error
    if done.returncode != 0:
        raise BenchError(f"`manage.py {' '.join(args)}` failed:\n{done.stdout}{done.stderr}")
    return done.stdout


def _prepare_database(env, deadline) -> None:
    print("Preparing: migrate, compile_catalogues, seed_demo_congress, collectstatic…", flush=True)
    (ROOT / "var").mkdir(exist_ok=True)
    _manage(env, deadline, "migrate", "--noinput", "-v0")
    _manage(env, deadline, "compile_catalogues")
    _manage(env, deadline, "seed_demo_congress")
    _manage(env, deadline, "collectstatic", "--noinput", "-v0")


DESCRIBE = """
import json
from django.conf import settings
from django.db import connection
db = settings.DATABASES["default"]
print(json.dumps({
    "vendor": connection.vendor,
    "name": str(db["NAME"]),
    "host": db.get("HOST") or "",
    "port": str(db.get("PORT") or ""),
    "cache": settings.CACHES["default"]["BACKEND"].rsplit(".", 1)[-1],
    "cache_location": str(settings.CACHES["default"].get("LOCATION", "")),
    "django": __import__("django").get_version(),
}))
"""


def _describe(env, deadline) -> dict:
    out = _manage(env, deadline, "shell", "-c", DESCRIBE, at_most=60)
    return json.loads(out.strip().splitlines()[-1])


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind((HOST, 0))
        return sock.getsockname()[1]


class Gunicorn:
    """gunicorn in its own process group, so that stopping it stops every worker it started."""

    def __init__(self, env, port, options):
        self.env = env
        self.port = port
        self.config = dict(GUNICORN_DEFAULTS)
        if options.workers:
            self.config["workers"] = options.workers
        if options.worker_class:
            self.config["worker_class"] = options.worker_class
        if options.threads:
            self.config["threads"] = options.threads
        self.workdir = tempfile.mkdtemp(prefix="plenaria-bench-")
        self.log_path = Path(self.workdir) / "gunicorn.log"
        self.process = None

    def start(self, deadline) -> None:
        gunicorn = Path(sys.executable).parent / "gunicorn"
        command = [
            str(gunicorn),
            "plenaria.config.wsgi:application",
            "--bind",
            f"{HOST}:{self.port}",
            "--workers",
            str(self.config["workers"]),
            "--worker-class",
            self.config["worker_class"],
            "--threads",
            str(self.config["threads"]),
            "--graceful-timeout",
            "5",
            "--log-level",
            "warning",
        ]
        log = self.log_path.open("w")
        self.process = subprocess.Popen(
            command, cwd=ROOT, env=self.env, stdout=log, stderr=subprocess.STDOUT, start_new_session=True
        )
        log.close()
        url = f"http://{HOST}:{self.port}/healthz"
        started = time.monotonic()
        while time.monotonic() - started < deadline.left(60):
            self.check_alive()
            try:
                with urllib.request.urlopen(url, timeout=2) as response:
                    if response.status == 200:
                        return
            except (urllib.error.URLError, ConnectionError, TimeoutError):
                pass
            time.sleep(0.2)
        raise BenchError(f"gunicorn did not answer {url} in time")

    def check_alive(self) -> None:
        if self.process is not None and self.process.poll() is not None:
            raise BenchError(f"gunicorn exited with code {self.process.returncode}")

    def stop(self) -> None:
        if self.process is None or self.process.poll() is not None:
            return
        try:
            os.killpg(self.process.pid, signal.SIGTERM)
            self.process.wait(timeout=10)
        except subprocess.TimeoutExpired:
            os.killpg(self.process.pid, signal.SIGKILL)
            self.process.wait(timeout=5)
        except ProcessLookupError:
            pass

    def print_log_tail(self) -> None:
        if self.log_path.exists():
            lines = self.log_path.read_text(errors="replace").splitlines()[-30:]
            if lines:
                print("--- last lines of the gunicorn log ---", *lines, sep="\n", file=sys.stderr)


def _check_page(url: str) -> None:
    """One plain request: a 200, HTML, with the security headers (also when it comes from the page cache)."""
    request = urllib.request.Request(url, headers={"User-Agent": "plenaria-bench"})
    try:
        with urllib.request.urlopen(request, timeout=10) as response:
            status, headers = response.status, response.headers
            response.read()
    except urllib.error.HTTPError as error:
        raise BenchError(f"{url} answered {error.code}, not 200") from error
    except OSError as error:
        raise BenchError(f"{url} did not answer: {error}") from error
    if status != 200:  # a redirect is followed by urlopen, but then the URL measured is not the page
        raise BenchError(f"{url} answered {status}, not 200")
    missing = [name for name in SECURITY_HEADERS if name not in headers]
    if missing:
        raise BenchError(f"{url} lacks the security headers {', '.join(missing)}")


def _wrk(wrk, script, url, threads, connections, seconds, deadline) -> str:
    if urlsplit(url).hostname != HOST:
        raise BenchError(f"refusing to load anything but {HOST}")
    command = [
        wrk,
        f"-t{threads}",
        f"-c{connections}",
        f"-d{seconds}s",
        "--timeout",
        "5s",
        "--latency",
        "-s",
        str(script),
        url,
    ]
    try:
        done = subprocess.run(
            command, capture_output=True, text=True, timeout=deadline.left(seconds + 30), check=False
        )
    except subprocess.TimeoutExpired as error:
        raise BenchError(f"wrk did not finish: {' '.join(command)}") from error
    if done.returncode != 0:
        raise BenchError(f"wrk failed ({done.returncode}):\n{done.stdout}{done.stderr}")
    _check_statuses(done.stdout, url)
    return done.stdout


def _measure(wrk, script, url, name, threads, connections, server, options, deadline) -> Result:
    machine, served, load = _machine_cpu(), _tree_cpu(server.process.pid), _children_cpu()
    output = _wrk(wrk, script, url, threads, connections, options.duration, deadline)
    machine_after, served_after, load_after = _machine_cpu(), _tree_cpu(server.process.pid), _children_cpu()
    result = _parse_wrk(output, name, threads, connections)
    if None not in (machine, served, machine_after, served_after):
        seconds = machine_after[1] - machine[1]
        wall = seconds / (os.cpu_count() or 1)
        server_cpu = served_after - served
        others = (machine_after[0] - machine[0]) - server_cpu - (load_after - load)
        result.server_cpu_ms = 1000 * server_cpu / max(result.requests, 1)
        result.others_pct = max(0.0, 100 * others / wall) if wall > 0 else None
    return result


def _check_statuses(output: str, url: str) -> None:
    problems = []
    statuses = re.search(r"bench-status not_ok=(\d+) last=(\d+)", output)
    if statuses is None:
        problems.append("the status count is missing from wrk's output")
    elif int(statuses[1]):
        problems.append(f"{statuses[1]} responses were not 200 (the last one: {statuses[2]})")
    non_2xx = re.search(r"Non-2xx or 3xx responses: (\d+)", output)
    if non_2xx:
        problems.append(f"wrk counted {non_2xx[1]} non-2xx/3xx responses")
    errors = re.search(r"Socket errors: connect (\d+), read (\d+), write (\d+), timeout (\d+)", output)
    if errors and any(int(n) for n in errors.groups()):
        problems.append(f"socket errors: {errors[0]}")
    if problems:
        raise BenchError(f"{url}: " + "; ".join(problems) + f"\n{output}")


_UNITS_MS = {"us": 0.001, "ms": 1.0, "s": 1000.0, "m": 60_000.0}


def _ms(text: str) -> float:
    match = re.fullmatch(r"([\d.]+)(us|ms|s|m)", text)
    if match is None:
        raise BenchError(f"cannot read the latency {text!r} in wrk's output")
    return float(match[1]) * _UNITS_MS[match[2]]


def _parse_wrk(output: str, page: str, threads: int, connections: int) -> Result:
    def find(pattern):
        match = re.search(pattern, output, re.MULTILINE)
        if match is None:
            raise BenchError(f"unexpected wrk output (no {pattern!r}):\n{output}")
        return match[1]

    try:
        return Result(
            page=page,
            threads=threads,
            connections=connections,
            requests=int(find(r"(\d+) requests in")),
            rps=float(find(r"^Requests/sec:\s+([\d.]+)")),
            p50_ms=_ms(find(r"^\s+50%\s+(\S+)")),
            p99_ms=_ms(find(r"^\s+99%\s+(\S+)")),
            max_ms=_ms(find(r"^\s+Latency\s+\S+\s+\S+\s+(\S+)")),
        )
    except BenchError as error:
        raise BenchError(f"{error}\n{output}") from None


def _database_label(described: dict) -> str:
    if described["vendor"] == "sqlite":
        name = Path(described["name"])
        shown = name.relative_to(ROOT) if name.is_relative_to(ROOT) else name
        return f"SQLite ({shown})"
    where = f"{described['host']}:{described['port']}".rstrip(":")
    return f"{described['vendor']} {described['name']} @ {where}"


def _cache_label(described: dict) -> str:
    location = described["cache_location"]
    if described["cache"] == "RedisCache":
        location = re.sub(r"//[^@/]*@", "//", location)  # no password in the report
    elif location and Path(location).is_relative_to(ROOT):
        location = str(Path(location).relative_to(ROOT))
    return f"{described['cache']} ({location})" if location else described["cache"]


def _report(results: list[Result], described: dict, server: Gunicorn, options, idle_load) -> None:
    config = server.config
    worker = config["worker_class"]
    if worker == "gthread":
        worker += f", {config['threads']} threads each"
    print()
    print("Plenaria public pages, anonymous visitors (wrk --latency on 127.0.0.1)")
    print(f"  gunicorn : {config['workers']} workers, {worker}")
    print(f"  database : {_database_label(described)}")
    print(f"  cache    : {_cache_label(described)}")
    print(
        f"  machine  : {os.cpu_count()} CPUs; Python {sys.version.split()[0]}, Django {described['django']};"
        f" {options.duration} s per run after {options.warmup} s of warm-up"
        + (f", best of {options.repeat} runs" if options.repeat > 1 else "")
    )
    if idle_load is not None:
        print(f"  before   : other processes kept {idle_load:.0f}% of a CPU busy")
    print()
    header = (
        f"{'page':<10} {'wrk':>8} {'requests':>9} {'req/s':>8} {'p50 ms':>7} {'p99 ms':>7} {'max ms':>7}"
        f" {'server CPU ms/req':>17} {'others %CPU':>11}"
    )
    print(header)
    print("-" * len(header))
    for r in results:
        load = f"-t{r.threads} -c{r.connections}"
        cpu = "n/a" if r.server_cpu_ms is None else f"{r.server_cpu_ms:.2f}"
        others = "n/a" if r.others_pct is None else f"{r.others_pct:.0f}"
        print(
            f"{r.page:<10} {load:>8} {r.requests:>9} {r.rps:>8.0f} {r.p50_ms:>7.2f} {r.p99_ms:>7.2f}"
            f" {r.max_ms:>7.2f} {cpu:>17} {others:>11}"
        )
    print()
    print(
        "Every response was a 200 (counted by wrk); the security headers were checked before and after each page."
    )
    print(
        "server CPU ms/req: CPU time of all gunicorn processes per request; others %CPU: what other processes"
        " used meanwhile (100 = one CPU; Redis and PostgreSQL, when they run here, are among them)."
    )
    busy = [r for r in results if r.connections > 1]
    met = all(r.rps >= TARGET_RPS and r.p99_ms < TARGET_P99_MS for r in busy)
    verdict = "met" if met else "NOT met"
    print(f"Target at 32 connections ({TARGET_RPS} req/s or more, p99 under {TARGET_P99_MS} ms): {verdict}.")
    noisy = [r for r in results if r.others_pct is not None and r.others_pct > NOISY_OTHERS_PCT]
    if noisy or (idle_load is not None and idle_load > NOISY_OTHERS_PCT):
        print(
            "WARNING: other processes were busy during the run; the figures understate what this machine does"
            " alone. Run it again when the machine is quiet."
        )


if __name__ == "__main__":
    sys.exit(main())
