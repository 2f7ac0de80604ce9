import zoneinfo

from django.core.exceptions import ValidationError
from django.utils.translation import gettext_lazy as _

from .enums import RESERVED_SLUGS


def validate_not_reserved_slug(value: str) -> None:
    if value in RESERVED_SLUGS:
        raise ValidationError(
            _("This address is used by the platform itself; choose another."), code="reserved"
        )


def validate_time_zone(value: str) -> None:
    if value not in zoneinfo.available_timezones():
        raise ValidationError(_("Unknown time zone: use a name such as Asia/Tokyo."), code="timezone")
