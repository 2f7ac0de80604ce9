"""Forms of the chaperone pages: the officers' search and assignment, and the chaperone's own acceptance."""

from django import forms
from django.utils.translation import gettext_lazy as _

from .models import Chaperone


class ChaperoneSearchForm(forms.Form):
    q = forms.CharField(
        label=_("Name, e-mail or registration number"),
        required=False,
        max_length=200,
        widget=forms.TextInput(attrs={"type": "search", "dir": "auto", "autocomplete": "off"}),
    )


class AssignChaperoneForm(forms.Form):
    """The chaperone chosen for a young person. Any chaperone of the congress is a valid answer here: whether they
    may take this young person (code accepted, registration active, ratio) is for `assign_chaperone` to say."""

    chaperone = forms.ModelChoiceField(
        label=_("Chaperone"),
        queryset=Chaperone.objects.none(),
        widget=forms.RadioSelect,
        error_messages={
            "required": _("Choose a chaperone."),
            "invalid_choice": _("Choose one of the chaperones listed."),
        },
    )

    def __init__(self, *args, congress, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["chaperone"].queryset = Chaperone.objects.filter(participant__congress=congress)


class ChaperoneCodeForm(forms.Form):
    accept = forms.BooleanField(
        label=_("I have read the chaperone code of conduct and I accept it"),
        error_messages={"required": _("Tick the box to accept the code of conduct.")},
    )
