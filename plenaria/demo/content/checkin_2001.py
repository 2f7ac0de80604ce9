"""Access zones, checkpoints and the shape of four days at the doors of Pacifico Yokohama (and of the youth event in
Kawasaki), for `plenaria.demo.checkin`. Times are hours of the day in Japan."""

import datetime
import zoneinfo

CONGRESS_DAYS = [datetime.date(2001, 12, day) for day in (17, 18, 19, 20)]
YOUTH_DAYS = [
    datetime.date(2001, 12, day) for day in (14, 15, 16)
]  # the register of the 13th is seeded by hand

EVERYONE = ["government", "igo", "ngo-ecosoc", "ngo", "private-sector", "media", "staff", "youth"]
DELEGATES = ["government", "igo", "ngo-ecosoc", "ngo", "private-sector", "staff", "youth"]

ZONES = [
    {
        "slug": "plenary",
        "position": 0,
        "categories": EVERYONE,
        "name": {
            "en": "Plenary hall",
            "fr": "Salle plénière",
            "es": "Sala plenaria",
            "ar": "القاعة العامة",
            "ru": "Пленарный зал",
            "zh-hans": "全体会议厅",
            "ja": "本会議場",
        },
    },
    {
        "slug": "workshops",
        "position": 1,
        "categories": DELEGATES,
        "name": {
            "en": "Workshop rooms",
            "fr": "Salles des ateliers",
            "es": "Salas de talleres",
            "ar": "قاعات حلقات العمل",
            "ru": "Залы семинаров",
            "zh-hans": "研讨会会议室",
            "ja": "分科会会場",
        },
    },
    {
        "slug": "media-centre",
        "position": 2,
        "categories": ["media", "staff"],
        "name": {
            "en": "Media centre",
            "fr": "Centre des médias",
            "es": "Centro de prensa",
            "ar": "المركز الإعلامي",
            "ru": "Пресс-центр",
            "zh-hans": "媒体中心",
            "ja": "メディアセンター",
        },
    },
    {
        "slug": "delegates-lounge",
        "position": 3,
        "categories": ["government", "igo", "staff"],
        "name": {
            "en": "Delegates' lounge",
            "fr": "Salon des délégués",
            "es": "Sala de delegados",
            "ar": "استراحة الوفود",
            "ru": "Зал для делегатов",
            "zh-hans": "代表休息室",
            "ja": "代表団ラウンジ",
        },
    },
    {
        "slug": "youth-area",
        "position": 4,
        "categories": ["youth", "staff"],
        "youth_event": "youth-event",
        "name": {
            "en": "Youth area",
            "fr": "Espace jeunes",
            "es": "Espacio juvenil",
            "ar": "منطقة الشباب",
            "ru": "Молодёжная зона",
            "zh-hans": "青少年区",
            "ja": "ユースエリア",
        },
    },
]

# `scanned_categories`: whose badges the demo scans there; `attendance`: the share of them who come each day;
# `directions`: whether the door scans people in and out (the hall's main doors) or entries only.
CHECKPOINTS = [
    {
        "slug": "plenary-main",
        "zone": "plenary",
        "name": "Plenary hall, main doors",
        "scanned_categories": EVERYONE,
        "days": CONGRESS_DAYS,
        "attendance": 0.85,
        "directions": True,
    },
    {
        "slug": "workshops-annex",
        "zone": "workshops",
        "name": "Workshop rooms, Annex Hall",
        "scanned_categories": DELEGATES,
        "days": CONGRESS_DAYS[1:3],
        "attendance": 0.6,
        "directions": False,
    },
    {
        "slug": "media-centre",
        "zone": "media-centre",
        "name": "Media centre desk",
        "scanned_categories": ["media"],
        "days": CONGRESS_DAYS,
        "attendance": 0.9,
        "directions": False,
    },
    {
        "slug": "lounge",
        "zone": "delegates-lounge",
        "name": "Delegates' lounge",
        "scanned_categories": ["government", "igo"],
        "days": CONGRESS_DAYS,
        "attendance": 0.3,
        "directions": False,
    },
    {
        "slug": "youth-entrance",
        "zone": "youth-area",
        "name": "Youth area entrance, Kawasaki",
        "scanned_categories": ["youth"],
        "days": YOUTH_DAYS,
        "attendance": 0.95,
        "directions": False,
    },
]
# The lost scanner was at the main doors; the revoked badges it saw offline are conflicts after its sync.
LOST_DEVICE_CHECKPOINT = "plenary-main"

TOKYO = zoneinfo.ZoneInfo("Asia/Tokyo")
BADGES_ISSUED = datetime.datetime(2001, 12, 10, 10, 0, tzinfo=TOKYO)
BADGES_REPLACED = datetime.datetime(2001, 12, 18, 9, 30, tzinfo=TOKYO)  # reported lost on the second morning
BADGE_REVOKED_IN_ERROR = datetime.datetime(2001, 12, 12, 15, 0, tzinfo=TOKYO)
PRINTED_SHARE = 0.8  # the rest are printed at the desk when collected
LOST_BADGES = 3  # lost and reprinted; one more damaged and reprinted, one issued in error and revoked

# (earliest, latest) hour of the day; most scans fall near the middle.
MORNING_PEAK = (8.0, 10.5)
LUNCH_OUT = (12.3, 13.0)
LUNCH_BACK = (13.8, 14.6)
EVENING_OUT = (17.5, 19.0)
LEFT_FOR_LUNCH = 0.4
SIGNED_OUT_IN_EVENING = 0.7
