"""The demo's young participants and their chaperones: fictional people, one of each state the safeguarding
officers meet (cleared, waiting for the guardian, waiting for the young person's assent, without a chaperone,
media consent withdrawn, appearing under a pseudonym), and the youth rules of 2001."""

import datetime
from zoneinfo import ZoneInfo

# The youth rules of both events (DOMAIN.md 3: UNGASS 2002 precedent): under 18, two per delegation, five per
# chaperone. Nominations closed on 15 November 2001; the demo leaves them open, as it leaves the categories open,
# so that a visitor signed in as a focal point can nominate a young person.
YOUTH_RULES = {
    "age_limit": 18,
    "max_minors_per_delegation": 2,
    "minors_per_chaperone": 5,
    "nominations_close_at": None,
}
YOUTH_EVENTS = ["youth-event", "congress"]  # event slugs; the second is the Congress itself

# The first day of the youth event in the sign-in register (Kawasaki time).
SIGNED_IN_AT = datetime.datetime(2001, 12, 13, 8, 45, tzinfo=ZoneInfo("Asia/Tokyo"))
SIGNED_OUT_AT = datetime.datetime(2001, 12, 13, 18, 10, tzinfo=ZoneInfo("Asia/Tokyo"))

# Adults of NGOs who accompany the young people. `accepted`: has accepted the chaperone code of conduct (until
# then, no young person can be given to them).
CHAPERONES = [
    {
        "key": "keiko-nakamura",
        "given_name": "Keiko",
        "family_name": "Nakamura",
        "name_in_own_script": "中村恵子",
        "organisation": "ECPAT International",
        "nationality": "JP",
        "language": "ja",
        "date_of_birth": datetime.date(1964, 6, 12),
        "accepted": True,
    },
    {
        "key": "ingrid-berg",
        "given_name": "Ingrid",
        "family_name": "Berg",
        "name_in_own_script": "",
        "organisation": "International Save the Children Alliance",
        "nationality": "SE",
        "language": "en",
        "date_of_birth": datetime.date(1958, 10, 3),
        "accepted": True,
    },
    {
        "key": "carlos-mendes",
        "given_name": "Carlos",
        "family_name": "Mendes",
        "name_in_own_script": "",
        "organisation": "International Federation Terre des Hommes",
        "nationality": "BR",
        "language": "es",
        "date_of_birth": datetime.date(1970, 1, 22),
        "accepted": False,
    },
]

# `delegation`: the government delegation (country code) that nominates them. `state`: see the module docstring.
# `media`: the guardian's media choice (none, internal, public). `chaperone`: a key of CHAPERONES.
YOUNG_PEOPLE = [
    {
        "delegation": "JP",
        "given_name": "Haruka",
        "family_name": "Ito",
        "date_of_birth": datetime.date(1985, 4, 2),
        "language": "ja",
        "guardian": ("Yumiko Ito", "ja", "+81 45 000 1001"),
        "events": ["youth-event", "congress"],
        "state": "cleared",
        "media": "public",
        "chaperone": "keiko-nakamura",
    },
    {
        "delegation": "PH",
        "given_name": "Maria",
        "family_name": "Santos",
        "date_of_birth": datetime.date(1986, 8, 19),
        "language": "en",
        "guardian": ("Josefina Santos", "en", "+63 2 000 1002"),
        "events": ["youth-event", "congress"],
        "state": "media_withdrawn",
        "media": "public",
        "chaperone": "keiko-nakamura",
        "collector": ("Teresa Reyes", "Aunt", "+81 90 0000 2002"),  # name, relationship, telephone
    },
    {
        "delegation": "BR",
        "given_name": "Ana",
        "family_name": "Oliveira",
        "date_of_birth": datetime.date(1984, 12, 20),
        "language": "es",
        "guardian": ("Rosa Oliveira", "es", "+55 21 000 1003"),
        "events": ["youth-event", "congress"],
        "state": "pseudonym",
        "pseudonym": "Flor",
        "media": "none",
        "chaperone": "keiko-nakamura",
    },
    {
        "delegation": "SE",
        "given_name": "Elin",
        "family_name": "Lindqvist",
        "date_of_birth": datetime.date(1986, 2, 11),
        "language": "en",
        "guardian": ("Per Lindqvist", "en", "+46 8 000 1004"),
        "events": ["youth-event"],
        "state": "cleared",
        "media": "internal",
        "chaperone": "ingrid-berg",
    },
    {
        "delegation": "FR",
        "given_name": "Lucas",
        "family_name": "Martin",
        "date_of_birth": datetime.date(1985, 9, 9),
        "language": "fr",
        "guardian": ("Claire Martin", "fr", "+33 1 00 00 10 05"),
        "events": ["youth-event", "congress"],
        "state": "cleared",
        "media": "public",
        "chaperone": "ingrid-berg",
    },
    {
        "delegation": "MA",
        "given_name": "Yasmine",
        "family_name": "Benali",
        "date_of_birth": datetime.date(1985, 7, 7),
        "language": "ar",
        "guardian": ("Fatima Benali", "ar", "+212 37 00 10 06"),
        "events": ["youth-event", "congress"],
        "state": "waiting_for_assent",
        "media": "internal",
        "chaperone": "ingrid-berg",
    },
    {
        "delegation": "TH",
        "given_name": "Nattaya",
        "family_name": "Srisuk",
        "date_of_birth": datetime.date(1985, 11, 30),
        "language": "en",
        "guardian": ("Somsri Srisuk", "en", "+66 2 000 1007"),
        "events": ["youth-event", "congress"],
        "state": "waiting_for_guardian",
        "media": "",
        "chaperone": "ingrid-berg",
    },
    {
        "delegation": "RU",
        "given_name": "Daria",
        "family_name": "Volkova",
        "date_of_birth": datetime.date(1986, 3, 3),
        "language": "ru",
        "guardian": ("Olga Volkova", "ru", "+7 495 000 1008"),
        "events": ["youth-event", "congress"],
        "state": "no_chaperone",
        "media": "internal",
        "chaperone": "",
    },
]
