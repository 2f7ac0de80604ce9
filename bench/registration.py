#!/usr/bin/env python3
"""Registration under load, against gunicorn and the configured database (PostgreSQL + Redis in production).

    DATABASE_URL=postgres://postgres@127.0.0.1:5432/plenaria_bench REDIS_URL=redis://127.0.0.1:6379/12 \\
        python bench/registration.py
    python bench/registration.py                 # the demo SQLite database under var/

(a) Complete registration submissions over HTTP (the API's POST, as another system of the secretariat or a form
would send it), at 1, 8 and 32 concurrent connections, with wrk (`apt-get install wrk`): throughput and p50/p99.
Then it checks that the database holds exactly one registration per successful response.
(b) 1,000 approvals sent at once (32 at a time) for waitlisted members of 50 delegations with 5 places each:
exactly 250 may succeed; it checks that no delegation is over its quota and that every success is stored.
Everything runs on 127.0.0.1; gunicorn is stopped at the end, also on error.
"""

import argparse
import json
import re
import shutil
import subprocess
import sys
import tempfile
import time
import urllib.error
import urllib.request
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from public_pages import (
    HOST,
    BenchError,
    Deadline,
    Gunicorn,
    _environment,
    _free_port,
    _manage,
    _ms,
)

LOADS = [(1, 1), (2, 8), (2, 32)]
DELEGATIONS, PLACES, WAITLISTED_EACH = 50, 5, 20
TARGET_RPS = 100

SETUP = """
import json, secrets
from rest_framework.authtoken.models import Token
from plenaria.accounts.models import User
from plenaria.congresses.models import Congress, StaffMembership, StaffTeam
from plenaria.delegations.models import Delegation, Organisation
from plenaria.registration.models import Participant, ParticipantCategory, ReviewStage
congress = Congress.objects.get(slug="yokohama-2001")
run = secrets.token_hex(3)
team = StaffTeam.objects.create(congress=congress, slug=f"bench-{run}", name={"en": "Bench"}, organisation={"en": "Bench"})
reviewer = User.objects.create_user(email=f"bench-{run}@bench.example", password=None)
StaffMembership.objects.create(team=team, user=reviewer)
token = Token.objects.create(user=reviewer).key
individual = ParticipantCategory.objects.create(congress=congress, slug=f"bench-ngo-{run}", kind="ngo",
    name={"en": "Bench NGOs"}, reviewing_team=team)
ReviewStage.objects.create(category=individual, position=1, name={"en": "Bench review"}, team=team)
government = ParticipantCategory.objects.create(congress=congress, slug=f"bench-gov-{run}", kind="other",
    name={"en": "Bench delegations"}, reviewing_team=team, is_nominated_by_delegation=True)
stage = ReviewStage.objects.create(category=government, position=1, name={"en": "Bench review"}, team=team)
references, delegation_ids = [], []
for d in range(%(delegations)d):
    organisation = Organisation.objects.create(kind="other", name=f"Bench organisation {run}-{d}")
    delegation = Delegation.objects.create(congress=congress, organisation=organisation, quota=%(places)d)
    delegation_ids.append(delegation.pk)
    people = [Participant(congress=congress, category=government, delegation=delegation, stage=stage,
                          status="waitlisted", reference=f"BX-{run}-{d:02d}-{n:02d}", email=f"p{n}@d{d}.bench",
                          given_name="Bench", family_name=f"P{d}-{n}", waitlisted_at=congress.created_at)
              for n in range(%(each)d)]
    Participant.objects.bulk_create(people)
    references += [p.reference for p in people]
print(json.dumps({"token": token, "category": individual.slug, "references": references,
                  "delegations": delegation_ids, "individual_category_id": individual.pk}))
"""

CHECK = """
import json
from django.db.models import Count, Q
from plenaria.registration.enums import SEAT_HOLDING_STATUSES
from plenaria.registration.models import Participant
individual = Participant.objects.filter(category_id=%(category_id)d)
delegations = Participant.objects.filter(delegation_id__in=%(delegations)s).values("delegation_id").annotate(
    seats=Count("pk", filter=Q(status__in=SEAT_HOLDING_STATUSES)), approved=Count("pk", filter=Q(status="approved")))
print(json.dumps({"stored": individual.count(), "distinct_keys": individual.values("submission_key").distinct().count(),
                  "max_seats": max(row["seats"] for row in delegations),
                  "approved": sum(row["approved"] for row in delegations)}))
"""

# wrk: every request a new person with a new submission key; count 201s and anything else per thread.
SUBMIT_SCRIPT = """
local threads = {}
function setup(thread) thread:set("id", #threads + 1); table.insert(threads, thread) end
function init(args) created = 0; other = 0; last = 0; n = 0; tag = "%(category)s-%(level)s-" .. tostring(id) end
function request()
  n = n + 1
  local key = "bench-" .. tag .. "-" .. n
  local body = '{"category": "%(category)s", "email": "' .. key .. '@bench.example", "given_name": "Bench",' ..
    ' "family_name": "Person ' .. n .. '", "nationality": "JP", "submission_key": "' .. key .. '",' ..
    ' "accepts_code_of_conduct": true}'
  return wrk.format("POST", nil, {["Content-Type"] = "application/json", ["Authorization"] = "Token %(token)s"}, body)
end
function response(status, headers, body)
  if status == 201 then created = created + 1 else other = other + 1; last = status end
end
function done(summary, latency, requests)
  local c, o, l = 0, 0, 0
  for _, t in ipairs(threads) do c = c + t:get("created"); o = o + t:get("other"); if t:get("last") ~= 0 then l = t:get("last") end end
  io.write(string.format("bench-created ok=%%d other=%%d last=%%d\\n", c, o, l))
end
"""


def main() -> int:
    options = _parse_args()
    wrk = shutil.which("wrk")
    if wrk is None:
        print("wrk is not installed: apt-get install wrk", file=sys.stderr)
        return 2
    deadline = Deadline(options.max_seconds)
    env = _environment()
    print("Preparing: migrate, compile_catalogues, seed_demo_congress --site-only, bench data…", flush=True)
    (Path(__file__).resolve().parent.parent / "var").mkdir(exist_ok=True)
    _manage(env, deadline, "migrate", "--noinput", "-v0")
    _manage(env, deadline, "compile_catalogues")
    _manage(env, deadline, "seed_demo_congress", "--site-only")
    data = json.loads(
        _manage(
            env,
            deadline,
            "shell",
            "-c",
            SETUP % {"delegations": DELEGATIONS, "places": PLACES, "each": WAITLISTED_EACH},
        )
        .strip()
        .splitlines()[-1]
    )
    server = Gunicorn(env, _free_port(), options)
    try:
        server.start(deadline)
        base = f"http://{HOST}:{server.port}/api/v1/congresses/yokohama-2001/registrations/"
        submissions = [
            _submit(wrk, base, data, threads, connections, options, deadline)
            for threads, connections in LOADS
        ]
        approvals = _approve_all(base, data)
        check = json.loads(
            _manage(
                env,
                deadline,
                "shell",
                "-c",
                CHECK % {"category_id": data["individual_category_id"], "delegations": data["delegations"]},
            )
            .strip()
            .splitlines()[-1]
        )
    except BenchError as error:
        server.print_log_tail()
        print(f"bench failed: {error}", file=sys.stderr)
        return 1
    finally:
        server.stop()
    return _report(submissions, approvals, check, server)


def _parse_args():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--duration", type=int, default=8, help="seconds per load level (default 8)")
    parser.add_argument("--workers", type=int, default=3)
    parser.add_argument("--worker-class", default=None)
    parser.add_argument("--threads", type=int, default=None)
    parser.add_argument("--max-seconds", type=int, default=600, help="stop the whole run after this long")
    return parser.parse_args()


def _submit(wrk, url, data, threads, connections, options, deadline) -> dict:

    script = Path(tempfile.mkdtemp(prefix="plenaria-bench-")) / "submit.lua"
    # Keys are unique per run, load level and thread: a key seen before would (rightly) return the old record.
    script.write_text(
        SUBMIT_SCRIPT % {"category": data["category"], "token": data["token"], "level": connections}
    )
    command = [
        wrk,
        f"-t{threads}",
        f"-c{connections}",
        f"-d{options.duration}s",
        "--timeout",
        "10s",
        "--latency",
        "-s",
        str(script),
        url,
    ]
    done = subprocess.run(
        command, capture_output=True, text=True, timeout=deadline.left(options.duration + 30), check=False
    )
    counts = re.search(r"bench-created ok=(\d+) other=(\d+) last=(\d+)", done.stdout)
    if done.returncode != 0 or counts is None:
        raise BenchError(f"wrk failed:\n{done.stdout}{done.stderr}")
    if int(counts[2]):
        raise BenchError(f"{counts[2]} submissions were not accepted (last status {counts[3]})")
    return {
        "connections": connections,
        "created": int(counts[1]),
        "rps": float(re.search(r"^Requests/sec:\s+([\d.]+)", done.stdout, re.M)[1]),
        "p50": _ms(re.search(r"^\s+50%\s+(\S+)", done.stdout, re.M)[1]),
        "p99": _ms(re.search(r"^\s+99%\s+(\S+)", done.stdout, re.M)[1]),
    }


def _approve_all(base: str, data: dict) -> dict:
    """Send every approval at once (32 in flight) and count what the server says."""

    def approve(reference: str) -> tuple[int, float]:
        request = urllib.request.Request(
            f"{base}{reference}/decisions/",
            data=b'{"decision": "approve"}',
            method="POST",
            headers={"Content-Type": "application/json", "Authorization": f"Token {data['token']}"},
        )
        started = time.perf_counter()
        try:
            with urllib.request.urlopen(request, timeout=30) as response:
                status = response.status
        except urllib.error.HTTPError as error:
            status = error.code
        return status, (time.perf_counter() - started) * 1000

    started = time.perf_counter()
    with ThreadPoolExecutor(max_workers=32) as pool:
        results = list(pool.map(approve, data["references"]))
    elapsed = time.perf_counter() - started
    statuses = [status for status, _ in results]
    latencies = sorted(ms for _, ms in results)
    return {
        "sent": len(results),
        "approved": statuses.count(200),
        "refused_full": statuses.count(409),
        "other": len(statuses) - statuses.count(200) - statuses.count(409),
        "per_second": len(results) / elapsed,
        "p50": latencies[len(latencies) // 2],
        "p99": latencies[int(len(latencies) * 0.99) - 1],
    }


def _report(submissions, approvals, check, server) -> int:
    print(
        f"\nPlenaria registration under load (gunicorn {server.config['workers']} {server.config['worker_class']} "
        f"workers, wrk and a 32-thread client on {HOST})"
    )
    print("\n(a) complete registration submissions (POST /api/v1/…/registrations/)")
    print(f"{'connections':>11} {'stored':>7} {'req/s':>8} {'p50 ms':>8} {'p99 ms':>8}")
    for row in submissions:
        print(
            f"{row['connections']:>11} {row['created']:>7} {row['rps']:>8.0f} {row['p50']:>8.2f} {row['p99']:>8.2f}"
        )
    created = sum(row["created"] for row in submissions)
    print(
        f"successful responses {created}, registrations stored {check['stored']} (up to "
        f"{sum(row['connections'] for row in submissions)} more than responses: requests still in flight when "
        f"wrk stopped), distinct submission keys {check['distinct_keys']}"
    )
    print(f"\n(b) {approvals['sent']} approvals at once for {DELEGATIONS} delegations of {PLACES} places")
    print(
        f"approved {approvals['approved']}, refused as full {approvals['refused_full']}, other {approvals['other']}; "
        f"{approvals['per_second']:.0f} decisions/s, p50 {approvals['p50']:.1f} ms, p99 {approvals['p99']:.1f} ms"
    )
    print(
        f"largest delegation: {check['max_seats']} places taken of {PLACES}; approvals stored {check['approved']}"
    )
    problems = []
    in_flight = sum(row["connections"] for row in submissions)  # sent, but wrk stopped before their answers
    if not created <= check["stored"] <= created + in_flight or check["distinct_keys"] != check["stored"]:
        problems.append("stored registrations differ from successful responses")
    if check["max_seats"] > PLACES or approvals["approved"] != DELEGATIONS * PLACES:
        problems.append("a quota was exceeded or a free place left unfilled")
    if check["approved"] != approvals["approved"] or approvals["other"]:
        problems.append("approvals stored differ from successful responses")
    best = max(row["rps"] for row in submissions)
    print(
        f"\nAim: {TARGET_RPS} submissions/s or more (best {best:.0f}/s), none lost, duplicated or over quota: "
        + (
            "met."
            if not problems and best >= TARGET_RPS
            else "NOT met: " + "; ".join(problems or ["too slow"])
        )
    )
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
