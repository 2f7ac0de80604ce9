"""The reviewing teams' forms: the queue's filters, one decision, and one decision for many registrations."""

from django import forms
from django.utils.translation import gettext_lazy as _
from django_countries import countries
from django_countries.fields import LazyTypedChoiceField

from .enums import RegistrationStatus, ReviewDecision
from .errors import RegistrationError
from .models import ReviewStage
from .services.review import NEEDS_REASON


class StageChoiceField(forms.ModelChoiceField):
    def label_from_instance(self, stage) -> str:
        # Stage names repeat across categories ("Secretariat review"), so the category is part of the label.
        return f"{stage.category} · {stage}"


class QueueFilterForm(forms.Form):
    q = forms.CharField(label=_("Name, e-mail or registration number"), required=False)
    category = forms.ModelChoiceField(label=_("Category"), queryset=None, required=False)
    stage = StageChoiceField(label=_("Stage"), queryset=None, required=False)
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
    # set by the "Submitted" column heading; kept while filtering
    sort = forms.ChoiceField(
        choices=[("-submitted", "-submitted"), ("submitted", "submitted")],
        required=False,
        widget=forms.HiddenInput,
    )

    def __init__(self, *args, congress, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["category"].queryset = congress.categories.all()
        self.fields["stage"].queryset = (
            ReviewStage.objects.filter(category__congress=congress)
            .select_related("category")
            .order_by("category__position", "category__pk", "position")
        )
        self.fields["delegation"].queryset = congress.delegations.select_related("organisation")

    def filters(self) -> dict:
        """The valid filters only: a mistyped date must not drop the others (nor the default status)."""
        if not self.is_bound:
            return {}
        self.is_valid()
        return self.cleaned_data


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

    def clean(self):
        # The service refuses it too; checking here keeps what was typed and names the field.
        cleaned = super().clean()
        if cleaned.get("decision") in NEEDS_REASON and not cleaned.get("reason", "").strip():
            self.add_error("reason", RegistrationError.messages["reason_required"])
        return cleaned


class BulkDecisionForm(DecisionForm):
    decision = forms.ChoiceField(label=_("Decision"), choices=[("", "—"), *ReviewDecision.choices])
    participants = forms.ModelMultipleChoiceField(
        queryset=None,
        widget=forms.CheckboxSelectMultiple,
        error_messages={
            "required": _("Select at least one registration."),
            "invalid_choice": _("One of the selected registrations is not in your queue."),
            "invalid_pk_value": _("One of the selected registrations is not in your queue."),
        },
    )

    def __init__(self, *args, queue, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["participants"].queryset = queue
