"""The form of an access zone, on the check-in setup pages. It checks the shape of what was typed; the check-in
services decide and write the audit log."""

from django import forms
from django.utils.translation import gettext_lazy as _

from plenaria.common.forms import MultilingualModelForm, _formfield

from .models import AccessZone


class AccessZoneForm(MultilingualModelForm):
    """`congress` limits the categories and the events to its own."""

    class Meta:
        model = AccessZone
        formfield_callback = _formfield
        fields = ["name", "slug", "position", "categories", "youth_event"]
        widgets = {"categories": forms.CheckboxSelectMultiple}
        help_texts = {
            "name": _("Printed on the badges that open it."),
            "slug": _("Letters, digits and hyphens, unique in the congress."),
            "position": _("Zones are listed, and printed on badges, in this order."),
            "categories": _("The categories of participants whose badges open this zone."),
            "youth_event": _(
                "Only for the youth area: young people admitted here by a scan going in are signed in on this "
                "event's sign-in register. They are signed out at the register desk, never by a scan."
            ),
        }

    def __init__(self, *args, congress, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["categories"].queryset = congress.categories.order_by("position", "pk")
        self.fields["youth_event"].queryset = congress.events.order_by("starts_on", "position", "pk")
        self.fields["youth_event"].empty_label = _("None: not a youth area")
