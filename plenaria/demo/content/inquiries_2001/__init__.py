"""The inquiry desk of the Yokohama 2001 demo congress: FAQ entries, canned answers and the questions of autumn
2001 with their answers (seeded by plenaria.demo.desk).

ALL REQUESTERS ARE FICTIONAL, and so are their questions; the organisations they speak for are described, not
named. Facts from the announcement are kept as it states them (dates, places, who answers what, the background
documentation at www.focalpointngo.org); the practical details that it does not give (hotel rates held until 16
November, shuttle buses, the interpretation languages, the accreditation and press desks, travel grants for NGOs,
an NGO exhibition area) are demo choices, like the registration deadlines of the accreditation data, not facts
from the sources.

Each inquiry is a dict: when it was asked (Japan time), who asks (`requester_type`), about what (`topic`), in which
language, what they wrote, and `steps`: (hours after the question, action, *arguments), carried out by the demo
staff member of the team that holds the inquiry at that moment. Actions: assign (to that staff member), note,
reply, requester (the requester writes again), transfer (team slug, note), merge (the key of the inquiry it
duplicates), concern (note: handed to the safeguarding officers), close. `by_demo_participant`: asked by
participant@demo.plenaria.example, signed in, so that the inquiry shows her registration.
"""

from .canned import CANNED_ANSWERS
from .communications import COMMUNICATIONS_INQUIRIES
from .ecpat import ECPAT_INQUIRIES
from .faq import FAQ
from .ngo_group import NGO_GROUP_INQUIRIES
from .secretariat import SECRETARIAT_INQUIRIES
from .unicef import UNICEF_INQUIRIES

# In the order they were asked: an inquiry is merged only into one asked before it.
INQUIRIES = sorted(
    SECRETARIAT_INQUIRIES
    + UNICEF_INQUIRIES
    + ECPAT_INQUIRIES
    + NGO_GROUP_INQUIRIES
    + COMMUNICATIONS_INQUIRIES,
    key=lambda spec: spec["asked_at"],
)

__all__ = ["CANNED_ANSWERS", "FAQ", "INQUIRIES"]
