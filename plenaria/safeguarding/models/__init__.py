"""The safeguarding app's models, one module per subject; import them from here."""

from .attendance import AttendanceRecord, AuthorisedCollector
from .conduct import ParticipantCodeAcceptance, SafeguardingTraining, StaffCodeAcceptance
from .youth import Chaperone, Consent, ConsentText, ProtectedRecordAccess, YouthEventRules, YouthProfile

__all__ = [
    "AttendanceRecord",
    "AuthorisedCollector",
    "Chaperone",
    "Consent",
    "ConsentText",
    "ParticipantCodeAcceptance",
    "ProtectedRecordAccess",
    "SafeguardingTraining",
    "StaffCodeAcceptance",
    "YouthEventRules",
    "YouthProfile",
]
