"""The texts people read and accept in the demo congress (version 1): guardians' consents, young people's
assent, codes of conduct."""

from .codes_of_conduct import CODES_OF_CONDUCT
from .consents import CONSENTS

__all__ = ["CONSENT_TEXTS"]

CONSENT_TEXTS = {**CONSENTS, **CODES_OF_CONDUCT}
