"""Forms of the check-in pages. They check the shape of what was typed; the services decide and write the audit
log. `congress` limits every choice to the congress's own zones and checkpoints."""

from django import forms
from django.utils import formats
from django.utils.translation import gettext_lazy as _

from plenaria.common.i18n_content import localize

from .models import Checkpoint


class ZoneChoiceField(forms.ModelChoiceField):
    def label_from_instance(self, obj) -> str:
        return localize(obj.name).text


class CheckpointChoiceField(forms.ModelChoiceField):
    def label_from_instance(self, obj) -> str:
        return f"{obj.name} ({localize(obj.zone.name).text})"


class CheckpointForm(forms.Form):
    name = forms.CharField(
        label=_("Name"), max_length=120, help_text=_("Where the door is, e.g. “North door”.")
    )
    slug = forms.SlugField(
        label=_("Short name"),
        max_length=50,
        help_text=_("Letters, digits and hyphens, unique in the congress."),
    )
    zone = ZoneChoiceField(
        label=_("Zone"), queryset=None, help_text=_("The badges admitted here are those that open this zone.")
    )

    def __init__(self, *args, congress, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["zone"].queryset = congress.access_zones.order_by("position", "pk")

    @classmethod
    def initial_of(cls, checkpoint: Checkpoint) -> dict:
        return {"name": checkpoint.name, "slug": checkpoint.slug, "zone": checkpoint.zone_id}


class DeviceForm(forms.Form):
    name = forms.CharField(
        label=_("Name"),
        max_length=120,
        help_text=_("Something written on the phone or laptop, e.g. “Phone 3, red case”."),
    )
    checkpoint = CheckpointChoiceField(label=_("Checkpoint"), queryset=None)

    def __init__(self, *args, congress, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["checkpoint"].queryset = congress.checkpoints.select_related("zone").order_by(
            "name", "pk"
        )


class DayForm(forms.Form):
    """The day of the attendance page: one of the congress's days (and its youth events')."""

    day = forms.ChoiceField(label=_("Day"), choices=())

    def __init__(self, *args, days: list, **kwargs):
        super().__init__(*args, **kwargs)
        self.days = {day.isoformat(): day for day in days}
        self.fields["day"].choices = [
            (key, formats.date_format(day, "l j F Y")) for key, day in self.days.items()
        ]

    def clean_day(self):
        return self.days[self.cleaned_data["day"]]
