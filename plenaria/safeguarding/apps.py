from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class SafeguardingConfig(AppConfig):
    name = "plenaria.safeguarding"
    label = "safeguarding"
    verbose_name = _("Child safeguarding")

    def ready(self):
        from plenaria.registration.disclosure import register_policy

        from . import receivers  # noqa: F401 -- connects the signal receivers
        from .disclosure import SafeguardingDisclosure

        register_policy(SafeguardingDisclosure())
