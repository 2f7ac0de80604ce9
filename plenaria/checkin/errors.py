from django.utils.translation import gettext_lazy as _

from plenaria.common.errors import DomainError


class CheckinError(DomainError):
    messages = {
        "checkpoint_of_another_congress": _("That checkpoint belongs to another congress."),
        "zone_of_another_congress": _("That zone belongs to another congress."),
        "slug_taken": _("Another checkpoint already has this short name."),
        "zone_slug_taken": _("Another zone already has this short name."),
        "category_of_another_congress": _("That category belongs to another congress."),
        "event_of_another_congress": _("That event belongs to another congress."),
        "name_required": _("Give it a name."),
        "device_revoked": _("This device is revoked."),
        "scan_id_taken": _("Another device already sent a scan with this id."),
        "invalid_scan": _("A scan needs an id, a badge code and a time."),
        "batch_too_large": _("Send at most 10,000 scans at once."),
    }
