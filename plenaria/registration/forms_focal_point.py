"""Forms of the nomination flow: the focal point nominates, imports, withdraws and substitutes members and uploads
the note verbale; the nominee (or the focal point on their behalf) completes the member's details."""

import datetime
from dataclasses import dataclass

from django import forms
from django.conf import settings
from django.utils import timezone
from django.utils.formats import date_format
from django.utils.translation import gettext_lazy as _

from plenaria.common.uploads import DOCUMENT, PHOTO, SPREADSHEET, CheckedFileField
from plenaria.delegations.enums import DelegationRole

from .models import Participant
from .services.nomination import Nominee

DATE = forms.DateInput(attrs={"type": "date"}, format="%Y-%m-%d")
# Names and passport details may be in another script than the page (Latin names on an Arabic page).
AUTO_DIRECTION = forms.TextInput(attrs={"dir": "auto"})
PASSPORT_FIELDS = ("passport_full_name", "passport_number", "passport_expires_on", "passport_issuing_country")


def _model_field(name: str, **kwargs) -> forms.Field:
    """The form field of a Participant field, so labels and lengths stay those of the model."""
    return Participant._meta.get_field(name).formfield(**kwargs)


def clean_visa_details(form: forms.Form, cleaned: dict) -> dict:
    """With a visa-support letter every passport detail is required and the passport must outlast the congress;
    without one, passport details are dropped: we keep no more than we need. `form.participant` is the
    registration."""
    if not cleaned.get("needs_visa_letter"):
        cleaned.update(dict.fromkeys(PASSPORT_FIELDS, None), passport_issuing_country="")
        return cleaned
    for name in PASSPORT_FIELDS:
        if not cleaned.get(name) and name not in form.errors:
            form.add_error(
                name,
                forms.ValidationError(_("Needed for the visa-support letter."), code="required_for_visa"),
            )
    expires_on, last_day = cleaned.get("passport_expires_on"), form.participant.congress.ends_on
    if expires_on and expires_on <= last_day:
        message = _("The passport must still be valid after the congress (last day: {date}).").format(
            date=date_format(last_day, "DATE_FORMAT")
        )
        form.add_error("passport_expires_on", forms.ValidationError(message, code="passport_expired"))
    return cleaned


class NomineeForm(forms.Form):
    """A member the focal point nominates (or names as a substitute); the nominee completes the rest."""

    given_name = _model_field("given_name", help_text=_("As in the passport."))
    family_name = _model_field("family_name", help_text=_("As in the passport."))
    email = forms.EmailField(
        label=_("E-mail"), help_text=_("The member receives a link here to complete their details.")
    )
    role = forms.ChoiceField(label=_("Role in the delegation"), choices=DelegationRole.choices)
    title = _model_field(
        "title", help_text=_("e.g. Minister of Social Affairs; Counsellor, Permanent Mission")
    )
    name_in_own_script = _model_field("name_in_own_script", label=_("Name in their own script"))
    nationality = _model_field("nationality")
    needs_visa_letter = forms.BooleanField(label=_("Needs a visa-support letter"), required=False)
    language = forms.ChoiceField(label=_("Language of the e-mails to the member"), choices=settings.LANGUAGES)

    def to_nominee(self) -> Nominee:
        return Nominee(**self.cleaned_data)


class NoteVerbaleForm(forms.Form):
    file = CheckedFileField(
        policy=DOCUMENT,
        label=_("Note verbale or official letter"),
        help_text=_("A PDF, or a scan as JPEG or PNG. A new file replaces the one sent before."),
    )


class NomineeImportForm(forms.Form):
    file = CheckedFileField(
        policy=SPREADSHEET,
        label=_("File with the members"),
        help_text=_(
            "An Excel workbook (XLSX) or a CSV file in UTF-8, one member per row, as in the template."
        ),
    )


class WithdrawForm(forms.Form):
    reason = forms.CharField(
        label=_("Reason (optional)"),
        required=False,
        max_length=500,
        widget=forms.Textarea(attrs={"rows": 3}),
        help_text=_("The member receives it with the notice of withdrawal."),
    )


@dataclass
class FieldGroup:
    """Some fields of a form shown under one heading; `includes/form_fields.html` renders it like a form."""

    legend: str
    fields: list
    errors = None
    non_field_errors = None

    def __iter__(self):
        return iter(self.fields)


class MemberDetailsForm(forms.Form):
    """A member's own details, completed by the nominee or, on their behalf, by the focal point.

    Passport details are asked for only with a visa-support letter, and dropped when none is requested: we keep
    no more than we need."""

    GROUPS = (
        (
            _("Identity"),
            ("given_name", "family_name", "name_in_own_script", "nationality", "date_of_birth", "language"),
        ),
        (_("Practical needs"), ("languages_spoken", "dietary_needs", "accessibility_needs")),
        (_("Photo for the badge"), ("photo",)),
        (_("Visa"), ("needs_visa_letter", *PASSPORT_FIELDS)),
        (_("Code of conduct"), ("accepts_code_of_conduct",)),
    )

    given_name = _model_field(
        "given_name", widget=AUTO_DIRECTION, help_text=_("Exactly as in the passport, in Latin letters.")
    )
    family_name = _model_field(
        "family_name", widget=AUTO_DIRECTION, help_text=_("Exactly as in the passport, in Latin letters.")
    )
    name_in_own_script = _model_field(
        "name_in_own_script",
        widget=AUTO_DIRECTION,
        help_text=_("e.g. in Arabic, Chinese, Cyrillic or Japanese script, if any."),
    )
    nationality = _model_field("nationality", required=True)
    date_of_birth = _model_field("date_of_birth", required=True, widget=DATE)
    language = _model_field("language")
    languages_spoken = _model_field("languages_spoken", help_text=_("e.g. English, French"))
    dietary_needs = _model_field("dietary_needs", help_text=_("e.g. vegetarian, halal, no nuts"))
    accessibility_needs = _model_field(
        "accessibility_needs", help_text=_("e.g. wheelchair access, sign language interpretation")
    )
    photo = CheckedFileField(
        policy=PHOTO,
        label=_("Photo for the badge"),
        required=False,
        widget=forms.FileInput,
        help_text=_(
            "A recent passport-style photo, upright, at least 300×400 pixels, as JPEG or PNG. "
            "Leave empty to keep the photo sent before."
        ),
    )
    needs_visa_letter = _model_field("needs_visa_letter")
    passport_full_name = _model_field("passport_full_name", help_text=_("Only with a visa-support letter."))
    passport_number = _model_field("passport_number", help_text=_("Only with a visa-support letter."))
    passport_expires_on = _model_field(
        "passport_expires_on", widget=DATE, help_text=_("Only with a visa-support letter.")
    )
    passport_issuing_country = _model_field(
        "passport_issuing_country", help_text=_("Only with a visa-support letter.")
    )
    accepts_code_of_conduct = forms.BooleanField(
        label=_("I have read and accept the code of conduct"),
        error_messages={"required": _("The registration needs the acceptance of the code of conduct.")},
    )

    def __init__(self, *args, participant: Participant, on_behalf: bool = False, **kwargs):
        kwargs["initial"] = {**self.initial_for(participant), **(kwargs.get("initial") or {})}
        super().__init__(*args, **kwargs)
        self.participant = participant
        for name in participant.category.required_fields:
            if name in self.fields:
                self.fields[name].required = True
        if on_behalf:
            self.fields["accepts_code_of_conduct"].label = _(
                "The member has read and accepts the code of conduct"
            )
            self.fields["needs_visa_letter"].label = _("Needs a visa-support letter")
            self.fields["name_in_own_script"].label = _("Name in their own script")
            self.fields["languages_spoken"].label = _("Languages spoken")

    @staticmethod
    def initial_for(participant: Participant) -> dict:
        names = [name for _legend, group in MemberDetailsForm.GROUPS for name in group]
        initial = {name: getattr(participant, name) for name in names if hasattr(participant, name)}
        initial.pop("photo", None)
        initial["accepts_code_of_conduct"] = participant.code_of_conduct_accepted_at is not None
        return initial

    def groups(self) -> list[FieldGroup]:
        return [FieldGroup(str(legend), [self[name] for name in names]) for legend, names in self.GROUPS]

    def clean_date_of_birth(self):
        born_on = self.cleaned_data["date_of_birth"]
        if born_on and not datetime.date(1900, 1, 1) <= born_on <= timezone.localdate():
            raise forms.ValidationError(_("Check the date of birth."), code="implausible")
        return born_on

    def clean(self):
        return clean_visa_details(self, super().clean())

    def details(self) -> dict:
        """The values for `update_registration` (the photo and the code of conduct are not among them)."""
        return {
            name: value
            for name, value in self.cleaned_data.items()
            if name not in ("photo", "accepts_code_of_conduct")
        }
