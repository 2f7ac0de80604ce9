"""Accreditation data for the Yokohama 2001 demo congress: participant categories, the register of organisations,
delegations and registrations (read by plenaria.demo.accreditation).

ALL PEOPLE ARE FICTIONAL. Every person's name is put together at random (fixed seed) from common given and family
names of their country; the titles are generic. Any likeness to a real person is a coincidence.

The organisations are real (governments, UN and intergovernmental bodies, NGOs, media outlets) except those marked
"fictional" below; that they registered, who they sent and what happened to the registrations is invented. ECOSOC
consultative statuses are given as we understand them for 2001; the ones marked UNVERIFIED are not confirmed.
The 2001 registration deadlines in the category descriptions are demo choices, not dates from the sources; the
categories themselves stay open, so that the demo's forms work today.
"""

from .categories import CATEGORIES, NGO_STAGES
from .common import BLUE, GREEN, OPENS_AT, PURPLE, RANDOM_SEED, RED, TOKYO, YELLOW
from .countries import COUNTRIES, VISA_NEEDED
from .names import NAMES
from .organisations import (
    COMPANIES,
    GOVERNMENT_QUOTA,
    GOVERNMENTS,
    IGO_QUOTA,
    IGOS,
    MEDIA,
    NGOS,
    ORGANISATION_WEBSITES,
    REPORTED_FOCAL_POINTS,
)
from .reasons import REASONS
from .titles import GOVERNMENT_TITLES, IGO_TITLES, MEDIA_TITLES, NGO_TITLES, PRIVATE_SECTOR_TITLES

__all__ = [
    "BLUE",
    "CATEGORIES",
    "COMPANIES",
    "COUNTRIES",
    "GOVERNMENTS",
    "GOVERNMENT_QUOTA",
    "GOVERNMENT_TITLES",
    "GREEN",
    "IGOS",
    "IGO_QUOTA",
    "IGO_TITLES",
    "MEDIA",
    "MEDIA_TITLES",
    "NAMES",
    "NGOS",
    "NGO_STAGES",
    "NGO_TITLES",
    "OPENS_AT",
    "ORGANISATION_WEBSITES",
    "PRIVATE_SECTOR_TITLES",
    "PURPLE",
    "RANDOM_SEED",
    "REASONS",
    "RED",
    "REPORTED_FOCAL_POINTS",
    "TOKYO",
    "VISA_NEEDED",
    "YELLOW",
]
