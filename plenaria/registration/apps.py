from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class RegistrationConfig(AppConfig):
    name = "plenaria.registration"
    label = "registration"
    verbose_name = _("Registration")

    def ready(self):
        from . import receivers  # noqa: F401 -- connects the signal receivers
