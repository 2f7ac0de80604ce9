from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class HelpdeskConfig(AppConfig):
    name = "plenaria.helpdesk"
    label = "helpdesk"
    verbose_name = _("Inquiry desk")

    def ready(self):
        from . import receivers  # noqa: F401 -- connects the signal receivers
