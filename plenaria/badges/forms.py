"""Forms of the secretariat's badge pages. They check the shape of what was chosen; the services decide."""

from django import forms
from django.conf import settings
from django.utils import translation
from django.utils.translation import gettext_lazy as _
from django.utils.translation import pgettext_lazy

from plenaria.delegations.models import Delegation

from .enums import REPRINT_REASONS, RevocationReason
from .models import AccessZone
from .models_printing import BadgeSize
from .selectors_manage import BadgeState

STATE_CHOICES = [
    ("", _("All")),
    (BadgeState.ISSUED, pgettext_lazy("badge state", "Valid badge")),
    (BadgeState.REVOKED, pgettext_lazy("badge state", "Revoked, no valid badge")),
    (BadgeState.NONE, pgettext_lazy("badge state", "No badge yet")),
]
PRINTED_CHOICES = [
    ("", _("All")),
    ("printed", pgettext_lazy("badge", "Printed")),
    ("not_printed", pgettext_lazy("badge", "Not yet printed")),
]


def _congress_choices(form: forms.Form, congress) -> None:
    """The category, delegation and zone lists of `congress` only; labels read without a query per option."""
    if "category" in form.fields:
        form.fields["category"].queryset = congress.categories.all()
        form.fields["category"].label_from_instance = lambda category: str(category.name)
    if "delegation" in form.fields:
        form.fields["delegation"].queryset = Delegation.objects.filter(congress=congress).select_related(
            "organisation"
        )
    if "zone" in form.fields:
        form.fields["zone"].queryset = AccessZone.objects.filter(congress=congress)
        form.fields["zone"].label_from_instance = lambda zone: str(zone.name)


class BadgeFilterForm(forms.Form):
    q = forms.CharField(label=_("Name or registration number"), required=False, max_length=200)
    category = forms.ModelChoiceField(
        label=_("Category"), queryset=None, required=False, empty_label=_("All")
    )
    delegation = forms.ModelChoiceField(
        label=_("Delegation"), queryset=None, required=False, empty_label=_("All")
    )
    state = forms.ChoiceField(label=_("Badge"), required=False, choices=STATE_CHOICES)
    printed = forms.ChoiceField(label=_("Printing"), required=False, choices=PRINTED_CHOICES)

    def __init__(self, *args, congress, **kwargs):
        super().__init__(*args, **kwargs)
        _congress_choices(self, congress)
        self.fields["q"].widget.attrs.update({"type": "search", "autocomplete": "off"})


class PrintJobForm(forms.Form):
    """A set of valid badges to print in one PDF."""

    category = forms.ModelChoiceField(
        label=_("Category"), queryset=None, required=False, empty_label=_("Every category")
    )
    delegation = forms.ModelChoiceField(
        label=_("Delegation"), queryset=None, required=False, empty_label=_("Every delegation")
    )
    zone = forms.ModelChoiceField(
        label=_("Access zone"),
        queryset=None,
        required=False,
        empty_label=_("Any zone"),
        help_text=_("Only the badges of the categories that open this zone."),
    )
    not_printed = forms.BooleanField(label=_("Only badges not yet printed"), required=False, initial=True)
    size = forms.ChoiceField(
        label=_("Size"), choices=BadgeSize.choices, initial=BadgeSize.A6, widget=forms.RadioSelect
    )
    language = forms.ChoiceField(
        label=_("Language of the badges"),
        choices=settings.LANGUAGES,
        help_text=_("The category, the role and the zones are printed in this language."),
    )

    def __init__(self, *args, congress, **kwargs):
        super().__init__(*args, **kwargs)
        _congress_choices(self, congress)
        self.fields["language"].initial = translation.get_language()

    def filters(self) -> dict:
        """What the print job keeps of the choice: ids, and whether only badges not yet printed."""
        data = self.cleaned_data
        return {
            "category": data["category"].pk if data["category"] else None,
            "delegation": data["delegation"].pk if data["delegation"] else None,
            "zone": data["zone"].pk if data["zone"] else None,
            "not_printed": data["not_printed"],
        }


class PrintSizeForm(forms.Form):
    size = forms.ChoiceField(choices=BadgeSize.choices)


class ReprintForm(forms.Form):
    reason = forms.ChoiceField(
        label=_("Why is a new badge needed?"),
        choices=[(value, label) for value, label in RevocationReason.choices if value in REPRINT_REASONS],
        widget=forms.RadioSelect,
    )


class RevokeForm(forms.Form):
    # A withdrawn registration's badge is revoked by the registration itself, not from this page.
    reason = forms.ChoiceField(
        label=_("Why is the badge revoked?"),
        choices=[
            (value, label)
            for value, label in RevocationReason.choices
            if value != RevocationReason.REGISTRATION_WITHDRAWN
        ],
        widget=forms.RadioSelect,
    )
