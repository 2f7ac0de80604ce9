from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class ConcernsConfig(AppConfig):
    name = "plenaria.concerns"
    label = "concerns"
    verbose_name = _("Safeguarding concerns")
