"""Plain-language pages for young people and for their parents and guardians (youth event, Kawasaki 2001)."""

from .for_parents_and_guardians import GUIDE_FOR_PARENTS_AND_GUARDIANS
from .for_young_people import GUIDE_FOR_YOUNG_PEOPLE

__all__ = ["YOUTH_GUIDES"]

YOUTH_GUIDES = {**GUIDE_FOR_YOUNG_PEOPLE, **GUIDE_FOR_PARENTS_AND_GUARDIANS}
