"""Forms of the code of conduct pages and of the officers' record of safeguarding training."""

import datetime

from django import forms
from django.conf import settings
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from .models import SafeguardingTraining


class AcceptCodeForm(forms.Form):
    """Read and accept a code of conduct, online, as oneself."""

    accepts = forms.BooleanField(
        label=_("I have read and accept the code of conduct"),
        error_messages={"required": _("Tick the box to accept the code of conduct.")},
    )


class PaperCodeForm(forms.Form):
    """A participant's signed paper copy of the code of conduct, recorded by staff."""

    language = forms.ChoiceField(label=_("Language of the signed form"), choices=settings.LANGUAGES)
    has_signed_form = forms.BooleanField(
        label=_("I have the paper form, signed by the participant"),
        error_messages={"required": _("Record a paper acceptance only with the signed form in hand.")},
    )


class TrainingForm(forms.Form):
    """The officers mark a member of staff safeguarding-trained."""

    trained_on = forms.DateField(
        label=_("Date of the training"), widget=forms.DateInput(attrs={"type": "date"}, format="%Y-%m-%d")
    )
    note = forms.CharField(
        label=_("Note (optional)"),
        required=False,
        max_length=SafeguardingTraining._meta.get_field("note").max_length,
        help_text=_("For example: the course, or who gave it."),
    )

    def clean_trained_on(self) -> datetime.date:
        trained_on = self.cleaned_data["trained_on"]
        if trained_on > timezone.localdate():
            raise forms.ValidationError(_("The date of the training cannot be in the future."))
        return trained_on
