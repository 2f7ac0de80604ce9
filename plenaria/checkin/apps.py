from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class CheckinConfig(AppConfig):
    name = "plenaria.checkin"
    label = "checkin"
    verbose_name = _("Check-in")

    def ready(self):
        from . import receivers  # noqa: F401 -- connects the receivers
