"""Forms of the consent pages: the parent or guardian's, and the young person's own."""

from django import forms
from django.utils.translation import gettext_lazy as _

from .enums import MediaLevel


class GuardianConsentForm(forms.Form):
    """The guardian's consents. Those already given are not shown again (`given` lists their kinds)."""

    participation = forms.BooleanField(
        label=_("I agree that my child takes part in the events above and travels to them"),
        error_messages={"required": _("Without this consent your child cannot take part.")},
    )
    medical = forms.BooleanField(
        label=_("I agree that my child receives emergency medical treatment if a doctor finds it necessary"),
        error_messages={"required": _("Without this consent your child cannot take part.")},
    )
    emergency_contacts = forms.CharField(
        label=_("Who to call in an emergency"),
        widget=forms.Textarea(attrs={"rows": 3, "dir": "auto"}),
        max_length=1000,
        help_text=_("Names, relationship to your child and telephone numbers, including the country code."),
    )
    medical_notes = forms.CharField(
        label=_("Medical notes (optional)"),
        required=False,
        widget=forms.Textarea(attrs={"rows": 3, "dir": "auto"}),
        max_length=2000,
        help_text=_(
            "Allergies, medicines, conditions the doctor should know. Only the safeguarding officers read it."
        ),
    )
    media_level = forms.ChoiceField(
        label=_("Photos, filming and interviews"),
        choices=MediaLevel.choices,
        widget=forms.RadioSelect,
        error_messages={"required": _("Choose one of the three answers.")},
    )
    signer_name = forms.CharField(
        label=_("Your full name"),
        max_length=200,
        widget=forms.TextInput(attrs={"dir": "auto", "autocomplete": "name"}),
        help_text=_("Typing your name here is your signature."),
    )

    def __init__(self, *args, given: set[str], **kwargs):
        super().__init__(*args, **kwargs)
        if "guardian_participation" in given:
            del self.fields["participation"]
        if "guardian_medical" in given:
            del self.fields["medical"]
            del self.fields["emergency_contacts"]
            del self.fields["medical_notes"]


class AssentForm(forms.Form):
    """The young person's own agreement, in their words."""

    assent = forms.BooleanField(
        label=_("I have read this, I want to take part, and I know I can change my mind"),
        error_messages={"required": _("Tick the box if you want to take part.")},
    )
    signer_name = forms.CharField(
        label=_("Your name"), max_length=200, widget=forms.TextInput(attrs={"dir": "auto"})
    )


class ReadingReasonForm(forms.Form):
    reason = forms.CharField(
        label=_("Why do you need to see this record?"),
        max_length=500,
        widget=forms.Textarea(attrs={"rows": 2}),
        help_text=_("Every reading is logged with its reason, and the safeguarding officers review the log."),
    )
