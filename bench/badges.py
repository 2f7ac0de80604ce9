#!/usr/bin/env python3
"""Badges for the whole congress: one print-ready PDF for 3,000 participants.

    python bench/badges.py                       # 3,000 A6 badges
    python bench/badges.py --badges 500 --size CR80 --keep /tmp/badges.pdf

1. Builds --badges synthetic `BadgeFace` values (3,000): names in Latin script and, for most, in the person's own
   script (Japanese, Chinese, Arabic, Russian), organisations and roles of every length, two to five access zones,
   a random QR secret each, and a small JPEG photo on most (a few carry the no-photo marker instead). It renders
   them in-process with `plenaria.badges.rendering.render_badges` into one PDF and reports the total time, pages
   per second and the PDF's size, against the aim: under 60 s on a 2-core machine.

2. and 3. Scan redemption over HTTP at 1, 16 and 64 connections, a batch of 5,000 offline scans synced (twice),
   and a count of double check-ins: see `bench/scans.py`, which needs wrk and a server it starts (gunicorn) on the
   configured database (DATABASE_URL; PostgreSQL as in production).

    python bench/badges.py --part render         # part 1 only
    DATABASE_URL=postgres://postgres@127.0.0.1:5432/plenaria_bench python bench/badges.py --part scans

It prints figures; it does not fail on them.
"""

import argparse
import io
import os
import random
import secrets
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))
import scans  # noqa: E402 -- after the path is set

TARGET_SECONDS = 60  # the aim, on a 2-core machine

PEOPLE = [
    ("Aiko TANAKA", "田中 愛子", "Government of Japan"),
    ("Hiroshi WATANABE", "渡辺 浩", "Ministry of Foreign Affairs of Japan"),
    ("ZHANG Wei", "张伟", "中华人民共和国政府代表团"),
    ("LIU Yang", "刘洋", "All-China Women's Federation"),
    ("Layla BENALI", "ليلى بنعلي", "Royaume du Maroc"),
    ("Abdallah AL-HASHIMI", "عبد الله الهاشمي", "Hashemite Kingdom of Jordan"),
    ("Olga IVANOVA", "Ольга Иванова", "Российская Федерация"),
    (
        "Dmitri Konstantinovich SOKOLOV-PREOBRAZHENSKY",
        "Дмитрий Константинович Соколов-Преображенский",
        "ECPAT",
    ),
    ("Vitit MUNTARBHORN", "", "Chulalongkorn University"),
    ("María Fernanda GONZÁLEZ DE LA TORRE", "", "Instituto Interamericano del Niño, la Niña y Adolescentes"),
    ("Jean-Baptiste N'DIAYE", "", "Organisation internationale de la Francophonie"),
    ("Emma JOHANSSON", "", "Save the Children Sweden"),
]
ROLES = ["Head of delegation", "Delegate", "Adviser", "Observer", "Young participant", "Journalist", ""]
CATEGORIES = [
    ("Government delegation", "#b22222", "D"),
    ("Head of delegation", "#8b0000", "E"),
    ("Non-governmental organisations", "#2e7d32", "N"),
    ("United Nations", "#1565c0", "U"),
    ("Press", "#f2d024", "P"),
    ("Young participants", "#e8a0bf", "Y"),
]
ZONES = [
    "Plenary hall",
    "Workshop rooms",
    "Media centre",
    "Youth area",
    "Delegates' lounge",
    "Bilateral rooms",
]


def _photos(count: int) -> list[bytes]:
    """Small passport-like JPEGs, one for each person, as uploads are after resizing."""
    from PIL import Image, ImageDraw

    photos = []
    for number in range(count):
        image = Image.new("RGB", (300, 385), (200 - number % 40, 180 - number // 40 % 60, 150 + number % 50))
        draw = ImageDraw.Draw(image)
        draw.ellipse((95, 60, 205, 190), fill=(225, 190, 160))
        draw.rectangle((60, 230, 240, 385), fill=(40 + number % 90, 60, 90))
        buffer = io.BytesIO()
        image.save(buffer, "JPEG", quality=80)
        photos.append(buffer.getvalue())
    return photos


def _faces(count: int, *, seed: int = 2001):
    from plenaria.badges.faces import BadgeFace

    rng = random.Random(seed)
    photos = _photos(count)
    faces = []
    for number in range(1, count + 1):
        latin, own, organisation = rng.choice(PEOPLE)
        category, colour, letter = rng.choice(CATEGORIES)
        marker = letter == "Y" and rng.random() < 0.5
        faces.append(
            BadgeFace(
                badge_id=number,
                registration_number=f"YOK-{number:05d}",
                latin_name=latin,
                own_script_name=own,
                organisation=organisation,
                role=rng.choice(ROLES),
                category=category,
                colour=colour,
                letter_code=letter,
                zones=tuple(rng.sample(ZONES, rng.randint(2, 5))),
                photo=None if marker or rng.random() < 0.05 else photos[number - 1],
                no_photo_marker=marker,
                qr_payload=secrets.token_urlsafe(32),
            )
        )
    return faces


def main() -> int:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--badges", type=int, default=3000, help="how many badges (3000)")
    parser.add_argument("--size", choices=["A6", "CR80"], default="A6", help="badge size (A6)")
    parser.add_argument("--keep", type=Path, help="write the PDF to this file")
    parser.add_argument(
        "--part", choices=["render", "scans", "all"], default="all", help="what to measure (all)"
    )
    scans.add_arguments(parser)
    options = parser.parse_args()
    if options.part in ("render", "all"):
        render(options)
    if options.part in ("scans", "all"):
        try:
            scans.report(scans.run(options, scans.Deadline(options.max_seconds)))
        except scans.BenchError as error:
            print(f"bench failed: {error}", file=sys.stderr)
            return 1
    return 0


def render(options) -> None:
    """Part 1, in this process (the servers of parts 2 and 3 keep the production settings)."""
    import django
    from django.conf import settings

    if not settings.configured:
        os.environ.setdefault("DJANGO_SETTINGS_MODULE", "plenaria.config.settings_test")
        django.setup()
        if os.environ["DJANGO_SETTINGS_MODULE"] == "plenaria.config.settings_test":
            del os.environ["DJANGO_SETTINGS_MODULE"]
    from plenaria.badges.rendering import render_badges

    faces = _faces(options.badges)
    with_photo = sum(1 for face in faces if face.photo and not face.no_photo_marker)
    print(f"Rendering {len(faces)} {options.size} badges ({with_photo} with a photo) in one PDF…", flush=True)
    started, cpu_started = time.perf_counter(), time.process_time()
    pdf = render_badges(faces, size=options.size)
    seconds, cpu = time.perf_counter() - started, time.process_time() - cpu_started
    if options.keep:
        options.keep.write_bytes(pdf)

    print()
    print("Plenaria badges: one print-ready PDF, rendered in-process")
    print(f"  machine  : {os.cpu_count()} CPUs; the rendering uses one")
    print(f"  badges   : {len(faces)} {options.size} pages, {with_photo} with a photo")
    print(f"  time     : {seconds:.1f} s ({cpu:.1f} s of CPU)")
    print(f"  speed    : {len(faces) / seconds:.0f} pages/s")
    print(f"  PDF size : {len(pdf) / 1_000_000:.1f} MB ({len(pdf) / len(faces) / 1000:.1f} KB per badge)")
    if options.keep:
        print(f"  written  : {options.keep}")
    scaled = seconds * 3000 / len(faces)
    verdict = "within" if scaled < TARGET_SECONDS else "over"
    print(
        f"\nAim: 3,000 badges in under {TARGET_SECONDS} s on a 2-core machine: {verdict} ({scaled:.1f} s for 3,000)."
    )


if __name__ == "__main__":
    sys.exit(main())
