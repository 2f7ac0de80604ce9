"""The emergency numbers the concern pages show, by the congress's country."""

from dataclasses import dataclass

from django.utils.functional import Promise
from django.utils.translation import gettext_lazy as _


@dataclass(frozen=True)
class EmergencyNumber:
    number: str
    service: Promise


EMERGENCY_NUMBERS = {
    "JP": [EmergencyNumber("110", _("Police")), EmergencyNumber("119", _("Ambulance"))],
}


def emergency_numbers(congress) -> list[EmergencyNumber]:
    """The numbers to call in the congress's host country; none known: the pages say "the local emergency
    number" instead of showing a wrong one."""
    country = str(getattr(congress, "country", "") or "")
    return EMERGENCY_NUMBERS.get(country, [])
