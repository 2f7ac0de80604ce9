from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class HelpdeskConfig(AppConfig):
    name = "plenaria.helpdesk"
    label = "helpdesk"
    verbose_name = _("Inquiry desk")
