from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class BadgesConfig(AppConfig):
    name = "plenaria.badges"
    label = "badges"
    verbose_name = _("Badges")

    def ready(self):
        from . import receivers  # noqa: F401 -- connects the signal receivers
