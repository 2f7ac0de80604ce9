"""Forms of the consent pages: the parent or guardian's, and the young person's own."""

from django import forms
from django.utils.translation import gettext_lazy as _

from .enums import MediaLevel
from .services.register import MAX_AUTHORISED_COLLECTORS, CollectorDetails


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


class AuthorisedCollectorsForm(forms.Form):
    """On the guardian's page: the adults, besides the chaperone, who may collect the child (as many as there are
    free places, `slots`). Every line is optional, but a line started needs its name, relationship and telephone."""

    prefix = "collectors"
    PARTS = ("name", "relationship", "phone")

    def __init__(self, *args, slots: int = MAX_AUTHORISED_COLLECTORS, **kwargs):
        super().__init__(*args, **kwargs)
        self.numbers = range(1, slots + 1)
        for number in self.numbers:
            self.fields[f"name_{number}"] = forms.CharField(
                label=_("Name"),
                required=False,
                max_length=200,
                widget=forms.TextInput(attrs={"dir": "auto", "autocomplete": "off"}),
            )
            self.fields[f"relationship_{number}"] = forms.CharField(
                label=_("Relationship to your child"),
                required=False,
                max_length=100,
                widget=forms.TextInput(attrs={"dir": "auto"}),
                help_text=_("For example: aunt, older brother, neighbour."),
            )
            self.fields[f"phone_{number}"] = forms.CharField(
                label=_("Telephone"),
                required=False,
                max_length=60,
                widget=forms.TextInput(attrs={"type": "tel", "dir": "ltr", "autocomplete": "off"}),
            )

    def rows(self) -> list[tuple[int, list]]:
        """[(number, its bound fields)], for the template."""
        return [(number, [self[f"{part}_{number}"] for part in self.PARTS]) for number in self.numbers]

    def clean(self):
        cleaned = super().clean()
        for number in self.numbers:
            values = {part: (cleaned.get(f"{part}_{number}") or "").strip() for part in self.PARTS}
            if any(values.values()):
                for part, value in values.items():
                    if not value:
                        self.add_error(f"{part}_{number}", _("Needed for each adult you name."))
        return cleaned

    def collectors(self) -> tuple[CollectorDetails, ...]:
        """The adults named (after `is_valid()`)."""
        named = []
        for number in self.numbers:
            values = [(self.cleaned_data.get(f"{part}_{number}") or "").strip() for part in self.PARTS]
            if all(values):
                named.append(CollectorDetails(*values))
        return tuple(named)


class AuthorisedCollectorForm(forms.Form):
    """An adult authorised to collect a young person, recorded by staff from the guardian's paper form."""

    name = forms.CharField(label=_("Name"), max_length=200, widget=forms.TextInput(attrs={"dir": "auto"}))
    relationship = forms.CharField(
        label=_("Relationship to the young person"),
        max_length=100,
        widget=forms.TextInput(attrs={"dir": "auto"}),
    )
    phone = forms.CharField(
        label=_("Telephone"), max_length=60, widget=forms.TextInput(attrs={"type": "tel", "dir": "ltr"})
    )

    def details(self) -> CollectorDetails:
        return CollectorDetails(
            **{part: self.cleaned_data[part] for part in ("name", "relationship", "phone")}
        )


class AssentForm(forms.Form):
    """The young person's own agreement, in their words."""

    assent = forms.BooleanField(
        label=_("I have read this, I want to take part, and I know I can change my mind"),
        error_messages={"required": _("Tick the box if you want to take part.")},
    )
    accepts_code = forms.BooleanField(
        label=_("I have read the code of conduct and I will follow it"),
        required=False,
        error_messages={"required": _("Tick the box to say you will follow the code of conduct.")},
    )
    signer_name = forms.CharField(
        label=_("Your name"), max_length=200, widget=forms.TextInput(attrs={"dir": "auto"})
    )

    def __init__(self, *args, asks_assent: bool = True, asks_code: bool = False, **kwargs):
        """Only what is still missing is asked: the assent once, the code again when a new version comes."""
        super().__init__(*args, **kwargs)
        if not asks_assent:
            del self.fields["assent"]
        if asks_code:
            self.fields["accepts_code"].required = True
        else:
            del self.fields["accepts_code"]


class ReadingReasonForm(forms.Form):
    reason = forms.CharField(
        label=_("Why do you need to see this record?"),
        max_length=500,
        widget=forms.Textarea(attrs={"rows": 2}),
        help_text=_("Every reading is logged with its reason, and the safeguarding officers review the log."),
    )
