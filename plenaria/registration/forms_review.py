from django import forms
from django.utils.translation import gettext_lazy as _
from django_countries import countries
from django_countries.fields import LazyTypedChoiceField

from .enums import RegistrationStatus, ReviewDecision


class QueueFilterForm(forms.Form):
    q = forms.CharField(label=_("Name, e-mail or registration number"), required=False)
    category = forms.ModelChoiceField(label=_("Category"), queryset=None, required=False)
    status = forms.ChoiceField(
        label=_("Status"),
        choices=[("", _("Waiting for a decision")), ("all", _("All")), *RegistrationStatus.choices],
        required=False,
    )
    nationality = LazyTypedChoiceField(
        label=_("Nationality"), choices=[("", _("All")), *countries], required=False
    )
    delegation = forms.ModelChoiceField(label=_("Delegation"), queryset=None, required=False)
    submitted_from = forms.DateField(
        label=_("Submitted from"), required=False, widget=forms.DateInput(attrs={"type": "date"})
    )
    submitted_to = forms.DateField(
        label=_("Submitted until"), required=False, widget=forms.DateInput(attrs={"type": "date"})
    )

    def __init__(self, *args, congress, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["category"].queryset = congress.categories.all()
        self.fields["delegation"].queryset = congress.delegations.select_related("organisation")


class DecisionForm(forms.Form):
    decision = forms.ChoiceField(
        label=_("Decision"), choices=ReviewDecision.choices, widget=forms.RadioSelect
    )
    reason = forms.CharField(
        label=_("Reason or what is missing"),
        required=False,
        widget=forms.Textarea(attrs={"rows": 3}),
        help_text=_("Required to reject or to ask for more information; the participant reads it."),
    )


class BulkDecisionForm(DecisionForm):
    participants = forms.ModelMultipleChoiceField(queryset=None, widget=forms.CheckboxSelectMultiple)

    def __init__(self, *args, visible, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["participants"].queryset = visible
