from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class SafeguardingConfig(AppConfig):
    name = "plenaria.safeguarding"
    label = "safeguarding"
    verbose_name = _("Child safeguarding")

    def ready(self):
        from . import receivers  # noqa: F401 -- connects the signal receivers
