"""The safeguarding app's models, one module per subject; import them from here."""

from .youth import Chaperone, Consent, ConsentText, ProtectedRecordAccess, YouthEventRules, YouthProfile

__all__ = [
    "Chaperone",
    "Consent",
    "ConsentText",
    "ProtectedRecordAccess",
    "YouthEventRules",
    "YouthProfile",
]
