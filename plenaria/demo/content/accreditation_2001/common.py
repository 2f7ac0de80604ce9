"""The time zone, opening date and random seed of the demo accreditation, and its badge colours."""

import datetime
from zoneinfo import ZoneInfo

TOKYO = ZoneInfo("Asia/Tokyo")

# Registration opened on 3 September 2001 (demo choice); the categories never close in the demo.
OPENS_AT = datetime.datetime(2001, 9, 3, 9, 0, tzinfo=TOKYO)

# The seed's random choices (names, statuses, titles) are made with this seed, per delegation and registration,
# so that every run produces the same people.
RANDOM_SEED = "yokohama-2001"

# Badge colours and letter codes follow the ESCAP-type scheme (DOMAIN 2.5): red D (head of delegation E, shown by
# the badge), green U/I/N, yellow P, blue M and C. They are configuration: the secretariat can change them.

RED, GREEN, YELLOW, BLUE, PURPLE = "#c8102e", "#00843d", "#f2c500", "#0b3d6e", "#6f2c91"
