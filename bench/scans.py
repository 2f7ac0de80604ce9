"""Check-in at the door, over HTTP against gunicorn: scans redeemed one by one, and offline batches synced.

Used by `bench/badges.py` (parts 2 and 3); it can also run alone:

    DATABASE_URL=postgres://postgres@127.0.0.1:5432/plenaria_bench REDIS_URL=redis://127.0.0.1:6379/12 \\
        python bench/scans.py

Set-up, in the configured database (the demo SQLite database under var/ without DATABASE_URL): the Yokohama
congress's site (`seed_demo_congress --site-only`), then --participants accredited participants (3,000) with an
issued badge each, a plenary-hall zone open to their category, four checkpoints, and a scanning device per
connection of the largest load level. A tenth of the badges are revoked, so that refusals are in the mix.

Part 2, scan redemption: after a short warm-up of gunicorn's workers (not measured), wrk sends
POST /api/v1/checkin/scans/ at 1, 16 and 64 connections; every request is a new
scan (a fresh UUID) of a random badge, from a random device. Then 500 scans are each sent twice at the same time,
as a device that retries after a time-out does. Reports requests/s and p50/p99 per level, against the aim (500
scans/s or more at p99 under 50 ms), and checks that the database holds exactly one scan per scan id.

Part 3, offline sync: one device sends --offline-scans scans (5,000) made offline, in one POST
/api/v1/checkin/sync/, then the same batch again (a sync retried after a lost answer). Reports the time of each,
against the aim (under 10 s), and checks that the second recorded nothing and every scan is stored once.
It prints figures; it does not fail on them.
"""

import argparse
import datetime
import json
import re
import shutil
import subprocess
import sys
import tempfile
import time
import urllib.request
import uuid
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from public_pages import HOST, BenchError, Deadline, Gunicorn, _environment, _free_port, _manage, _ms

LEVELS = [(1, 1), (2, 16), (2, 64)]  # (wrk threads, connections)
TARGET_SCANS_PER_SECOND, TARGET_P99_MS, TARGET_SYNC_SECONDS = 500, 50, 10
RETRIED_SCANS = 500
WARM_UP_SECONDS = 2

SETUP = """
import datetime, json, secrets
from django.utils import timezone
from plenaria.badges.models import AccessZone, Badge
from plenaria.checkin.services import create_checkpoint, register_device
from plenaria.congresses.models import Congress, StaffTeam
from plenaria.registration.models import Participant, ParticipantCategory
congress = Congress.objects.get(slug="yokohama-2001")
run = secrets.token_hex(3)
team = StaffTeam.objects.create(congress=congress, slug=f"bench-{run}", name={"en": "Bench"}, organisation={"en": "Bench"})
category = ParticipantCategory.objects.create(congress=congress, slug=f"bench-{run}", kind="ngo",
    name={"en": "Bench participants"}, badge_code="B", badge_colour="#2e7d32", reviewing_team=team)
zone = AccessZone.objects.create(congress=congress, slug=f"bench-plenary-{run}", name={"en": "Plenary hall"})
zone.categories.add(category)
now = timezone.now()
people = Participant.objects.bulk_create([
    Participant(congress=congress, category=category, status="approved", reference=f"SC-{run}-{n:05d}",
                email=f"p{n}@{run}.bench", given_name="Bench", family_name=f"Person {n}",
                date_of_birth=datetime.date(1940 + n %% 40, 1 + n %% 12, 1 + n %% 28))
    for n in range(%(participants)d)])
badges = Badge.objects.bulk_create([Badge(participant=person) for person in people])
revoked = badges[::10]
Badge.objects.filter(pk__in=[badge.pk for badge in revoked]).update(
    status="revoked", revoked_at=now, revocation_reason="lost")
checkpoints = [create_checkpoint(congress=congress, zone=zone, name=f"Plenary door {n}",
               slug=f"bench-{run}-{n}", actor=None) for n in range(4)]
tokens = [register_device(checkpoint=checkpoints[n %% 4], name=f"Bench scanner {n}", actor=None)[1]
          for n in range(%(devices)d)]
# Fresh statistics, as autovacuum would gather within a minute of so many new rows: without them PostgreSQL plans a
# badge's look-up for the one participant it believes the congress has.
from django.db import connection
if connection.vendor == "postgresql":
    with connection.cursor() as cursor:
        cursor.execute("ANALYZE")
print(json.dumps({"secrets": [badge.secret for badge in badges], "tokens": tokens, "run": run,
                  "revoked": len(revoked)}))
"""

CHECK = """
import json
from django.db.models import Count
from plenaria.checkin.models import Scan
scans = Scan.objects.filter(device__name__startswith="Bench scanner", checkpoint__slug__startswith="bench-%(run)s-")
ids = json.load(open(%(ids_path)r))
retried, synced = ids["retried"], ids["synced"]
print(json.dumps({"scans": scans.count(), "admitted": scans.filter(result="admitted").count(),
                  "repeated": scans.values("uuid").annotate(n=Count("pk")).filter(n__gt=1).count(),
                  "retried": scans.filter(uuid__in=retried).count(), "synced": scans.filter(uuid__in=synced).count()}))
"""

# wrk: every request a new scan (random UUID v4) of a random badge from a random device; count 200s per thread.
REDEEM_SCRIPT = """
local threads = {}
local secrets = {%(secrets)s}
local tokens = {%(tokens)s}
function setup(thread) thread:set("id", #threads + 1); table.insert(threads, thread) end
function init(args) ok = 0; other = 0; last = 0; math.randomseed(os.time() * 1000 + id * 7919) end
local function uuid4()
  return string.format("%%08x-%%04x-4%%03x-%%04x-%%06x%%06x", math.random(0, 0xffffffff), math.random(0, 0xffff),
    math.random(0, 0xfff), 0x8000 + math.random(0, 0x3fff), math.random(0, 0xffffff), math.random(0, 0xffffff))
end
function request()
  local body = '{"scan_id": "' .. uuid4() .. '", "secret": "' .. secrets[math.random(#secrets)] ..
    '", "scanned_at": "%(now)s", "direction": "in"}'
  return wrk.format("POST", nil, {["Content-Type"] = "application/json",
    ["Authorization"] = "Device " .. tokens[math.random(#tokens)]}, body)
end
function response(status, headers, body)
  if status == 200 then ok = ok + 1 else other = other + 1; last = status end
end
function done(summary, latency, requests)
  local o, x, l = 0, 0, 0
  for _, t in ipairs(threads) do o = o + t:get("ok"); x = x + t:get("other"); if t:get("last") ~= 0 then l = t:get("last") end end
  io.write(string.format("bench-scans ok=%%d other=%%d last=%%d\\n", o, x, l))
end
"""


def _lua_strings(values: list[str]) -> str:
    return ", ".join(f'"{value}"' for value in values)


def prepare(env, deadline, *, participants: int, devices: int) -> dict:
    (Path(__file__).resolve().parent.parent / "var").mkdir(exist_ok=True)
    _manage(env, deadline, "migrate", "--noinput", "-v0", at_most=300)
    _manage(env, deadline, "compile_catalogues")
    _manage(env, deadline, "seed_demo_congress", "--site-only")
    output = _manage(
        env, deadline, "shell", "-c", SETUP % {"participants": participants, "devices": devices}, at_most=300
    )
    return json.loads(output.strip().splitlines()[-1])


def redeem_at_level(wrk, url, data, threads, connections, seconds, deadline) -> dict:
    script = Path(tempfile.mkdtemp(prefix="plenaria-bench-")) / "redeem.lua"
    now = datetime.datetime.now(datetime.UTC).isoformat()
    script.write_text(
        REDEEM_SCRIPT
        % {"secrets": _lua_strings(data["secrets"]), "tokens": _lua_strings(data["tokens"]), "now": now}
    )
    command = [wrk, f"-t{threads}", f"-c{connections}", f"-d{seconds}s", "--timeout", "10s", "--latency"]
    done = subprocess.run(
        [*command, "-s", str(script), url],
        capture_output=True,
        text=True,
        timeout=deadline.left(seconds + 30),
        check=False,
    )
    counts = re.search(r"bench-scans ok=(\d+) other=(\d+) last=(\d+)", done.stdout)
    if done.returncode != 0 or counts is None:
        raise BenchError(f"wrk failed:\n{done.stdout}{done.stderr}")
    if int(counts[2]):
        raise BenchError(f"{counts[2]} scans were not answered with 200 (last status {counts[3]})")
    return {
        "connections": connections,
        "answered": int(counts[1]),
        "rps": float(re.search(r"^Requests/sec:\s+([\d.]+)", done.stdout, re.M)[1]),
        "p50": _ms(re.search(r"^\s+50%\s+(\S+)", done.stdout, re.M)[1]),
        "p99": _ms(re.search(r"^\s+99%\s+(\S+)", done.stdout, re.M)[1]),
    }


def _post(url: str, token: str, payload: dict, timeout: float = 60) -> tuple[int, dict, float]:
    request = urllib.request.Request(
        url,
        data=json.dumps(payload).encode(),
        method="POST",
        headers={"Content-Type": "application/json", "Authorization": f"Device {token}"},
    )
    started = time.perf_counter()
    with urllib.request.urlopen(request, timeout=timeout) as response:
        body = json.loads(response.read())
        return response.status, body, time.perf_counter() - started


def send_each_twice(base: str, data: dict) -> dict:
    """RETRIED_SCANS scans, each sent twice at the same moment by 32 clients: one must be recorded, the other
    answered as a duplicate with the first one's result."""
    scans = [
        (str(uuid.uuid4()), data["secrets"][number % len(data["secrets"])], data["tokens"][number % 4])
        for number in range(RETRIED_SCANS)
    ]
    now = datetime.datetime.now(datetime.UTC).isoformat()

    def send(item):
        scan_id, secret, token = item
        payload = {"scan_id": scan_id, "secret": secret, "scanned_at": now, "direction": "in"}
        return _post(f"{base}scans/", token, payload)[1]

    with ThreadPoolExecutor(max_workers=32) as pool:
        answers = list(pool.map(send, [item for item in scans for _ in range(2)]))
    return {
        "ids": [scan_id for scan_id, _, _ in scans],
        "sent": len(answers),
        "duplicates": sum(answer["duplicate"] for answer in answers),
        "agreeing": sum(
            answers[2 * n]["admitted"] == answers[2 * n + 1]["admitted"] for n in range(RETRIED_SCANS)
        ),
    }


def sync_offline_batch(base: str, data: dict, count: int) -> dict:
    """One device's scans made offline over a morning, synced in one request, then the same request again."""
    token = data["tokens"][0]
    start = datetime.datetime.now(datetime.UTC) - datetime.timedelta(hours=2)
    scans = [
        {
            "scan_id": str(uuid.uuid4()),
            "secret": data["secrets"][number % len(data["secrets"])],
            "scanned_at": (start + datetime.timedelta(seconds=number)).isoformat(),
            "direction": "in",
            "admitted": True,
        }
        for number in range(count)
    ]
    _, first, first_seconds = _post(f"{base}sync/", token, {"scans": scans}, timeout=120)
    _, again, again_seconds = _post(f"{base}sync/", token, {"scans": scans}, timeout=120)
    return {
        "ids": [scan["scan_id"] for scan in scans],
        "scans": count,
        "first": first,
        "first_seconds": first_seconds,
        "again": again,
        "again_seconds": again_seconds,
    }


def check(env, deadline, data, retried: list[str], synced: list[str]) -> dict:
    """What the database holds of this run's scans: in all, and of the scan ids sent twice and synced twice (passed
    in a file: thousands of ids are too long for one command-line argument)."""
    ids_path = Path(tempfile.mkdtemp(prefix="plenaria-bench-")) / "ids.json"
    ids_path.write_text(json.dumps({"retried": retried, "synced": synced}))
    code = CHECK % {"run": data["run"], "ids_path": str(ids_path)}
    return json.loads(_manage(env, deadline, "shell", "-c", code).strip().splitlines()[-1])


def run(options, deadline) -> dict:
    """Parts 2 and 3 against one gunicorn; returns the figures for `report`."""
    wrk = shutil.which("wrk")
    if wrk is None:
        raise BenchError("wrk is not installed: apt-get install wrk")
    env = _environment()
    print(
        "Preparing: migrate, the congress's site, participants with badges, checkpoints, devices…", flush=True
    )
    data = prepare(env, deadline, participants=options.participants, devices=max(c for _, c in LEVELS))
    server = Gunicorn(env, _free_port(), options)
    try:
        server.start(deadline)
        base = f"http://{HOST}:{server.port}/api/v1/checkin/"
        # Every worker's first requests load what later ones find ready (URL patterns, catalogues, connections):
        # they are not what a door waits for in the morning rush, so they are sent before measuring.
        print(f"Warming up gunicorn's workers for {WARM_UP_SECONDS} s…", flush=True)
        warm_up = redeem_at_level(wrk, f"{base}scans/", data, 2, 16, WARM_UP_SECONDS, deadline)
        levels = []
        for threads, connections in LEVELS:
            print(f"Scans at {connections} connection(s) for {options.duration} s…", flush=True)
            levels.append(
                redeem_at_level(wrk, f"{base}scans/", data, threads, connections, options.duration, deadline)
            )
        retried = send_each_twice(base, data)
        print(f"Syncing {options.offline_scans} offline scans, twice…", flush=True)
        synced = sync_offline_batch(base, data, options.offline_scans)
        stored = check(env, deadline, data, retried["ids"], synced["ids"])
    except BenchError:
        server.print_log_tail()
        raise
    finally:
        server.stop()
    return {
        "warm_up": warm_up,
        "levels": levels,
        "retried": retried,
        "synced": synced,
        "stored": stored,
        "server": server,
        "data": data,
    }


def report(figures: dict) -> None:
    server, levels = figures["server"], figures["levels"]
    print(
        f"\nPart 2: scan redemption, POST /api/v1/checkin/scans/ (gunicorn {server.config['workers']} "
        f"{server.config['worker_class']} workers × {server.config['threads']} thread(s), wrk on {HOST}; {len(figures['data']['secrets'])} badges, "
        f"{figures['data']['revoked']} of them revoked)"
    )
    print(f"{'connections':>11} {'scans':>7} {'scans/s':>8} {'p50 ms':>8} {'p99 ms':>8}")
    for row in levels:
        print(
            f"{row['connections']:>11} {row['answered']:>7} {row['rps']:>8.0f} {row['p50']:>8.2f} {row['p99']:>8.2f}"
        )
    met = [row for row in levels if row["rps"] >= TARGET_SCANS_PER_SECOND and row["p99"] < TARGET_P99_MS]
    best = max(met or levels, key=lambda row: row["rps"])
    verdict = "met" if met else "not met"
    print(
        f"Aim: {TARGET_SCANS_PER_SECOND} scans/s or more at p99 under {TARGET_P99_MS} ms: {verdict} "
        f"(best: {best['rps']:.0f}/s at {best['connections']} connections, p99 {best['p99']:.1f} ms)."
    )
    # Little's law: n connections that each wait for their answer get n / (scans per second) seconds each.
    print(
        "  One connection waits for each answer before the next scan, so it makes 1 / latency scans a second; 64 "
        f"connections at {TARGET_SCANS_PER_SECOND}/s each wait 64 / {TARGET_SCANS_PER_SECOND} s = "
        f"{64_000 / TARGET_SCANS_PER_SECOND:.0f} ms on average: the aim is for the level between them."
    )
    retried = figures["retried"]
    print(
        f"Each scan sent twice at once: {retried['sent']} requests, {retried['duplicates']} answered as duplicates "
        f"(expected {retried['sent'] // 2}), {retried['agreeing']} of {retried['sent'] // 2} pairs with the same result."
    )
    synced = figures["synced"]
    first, again = synced["first"], synced["again"]
    print(f"\nPart 3: {synced['scans']} offline scans synced in one POST /api/v1/checkin/sync/")
    print(
        f"  first sync : {synced['first_seconds']:.2f} s, recorded {first['recorded']}, admitted {first['admitted']}, "
        f"refused {first['refused']}, conflicts {first['conflicts']} (revoked badges admitted offline)"
    )
    print(
        f"  again      : {synced['again_seconds']:.2f} s, recorded {again['recorded']}, duplicates {again['duplicates']}"
    )
    verdict = "met" if synced["first_seconds"] < TARGET_SYNC_SECONDS else "not met"
    print(f"Aim: a batch of {synced['scans']} in under {TARGET_SYNC_SECONDS} s: {verdict}.")
    stored = figures["stored"]
    answered = sum(row["answered"] for row in [figures["warm_up"], *levels])
    in_flight = stored["scans"] - answered - RETRIED_SCANS - synced["scans"]
    print(
        f"\nStored: {stored['scans']} scans ({stored['admitted']} admitted): {answered} answered to wrk (warm-up "
        f"included), "
        f"{in_flight} more that wrk sent as it stopped (at most one per connection), {stored['retried']} for the "
        f"{RETRIED_SCANS} scan ids sent twice, {stored['synced']} for the {synced['scans']} synced twice."
    )
    doubles = stored["repeated"] + (stored["retried"] - RETRIED_SCANS) + (stored["synced"] - synced["scans"])
    print(f"Double check-ins (a scan id stored more than once): {doubles}.")


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--participants", type=int, default=3000, help="badges to scan (3000)")
    parser.add_argument("--duration", type=int, default=10, help="seconds per load level (10)")
    parser.add_argument("--offline-scans", type=int, default=5000, help="scans in the offline batch (5000)")
    # A sync worker waits on PostgreSQL and Redis for about half of each scan: two per core keep both cores busy.
    parser.add_argument("--workers", type=int, default=4, help="gunicorn workers (4: two per core)")
    parser.add_argument("--worker-class", default=None)
    parser.add_argument("--threads", type=int, default=None)
    parser.add_argument("--max-seconds", type=int, default=900, help="stop the whole run after this long")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    add_arguments(parser)
    options = parser.parse_args()
    try:
        report(run(options, Deadline(options.max_seconds)))
    except BenchError as error:
        print(f"bench failed: {error}", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
