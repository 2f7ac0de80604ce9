"""The public "Report a concern" form, in plain words: a child must be able to fill it in."""

from django import forms
from django.core.validators import validate_email
from django.utils.translation import gettext_lazy as _

from .enums import ChildInDanger, ReporterRole

# The honeypot: a box people never see (it is off-screen and skipped by the keyboard), which scripts fill in.
HONEYPOT_FIELD = "homepage"
WHAT_HAPPENED_MAX = 5000
DETAILS_MAX = 1000


def _text_area(rows: int) -> forms.Textarea:
    return forms.Textarea(attrs={"rows": rows, "dir": "auto"})


class ConcernForm(forms.Form):
    what_happened = forms.CharField(
        label=_("What happened?"),
        help_text=_("Write it in your own words, in any language. You do not need to know everything."),
        max_length=WHAT_HAPPENED_MAX,
        widget=_text_area(6),
    )
    where_and_when = forms.CharField(
        label=_("Where and when did it happen? (optional)"),
        max_length=DETAILS_MAX,
        required=False,
        widget=_text_area(2),
    )
    who_is_involved = forms.CharField(
        label=_("Who is involved? (optional)"),
        help_text=_(
            "A name, what the person looks like, or what they do (for example: a driver, a journalist)."
        ),
        max_length=DETAILS_MAX,
        required=False,
        widget=_text_area(2),
    )
    child_in_danger = forms.ChoiceField(
        label=_("Is a child in danger right now?"),
        choices=ChildInDanger.choices,
        widget=forms.RadioSelect,
        error_messages={"required": _("Please choose one answer.")},
    )
    reporter_role = forms.ChoiceField(
        label=_("Who are you?"),
        choices=ReporterRole.choices,
        widget=forms.RadioSelect,
        error_messages={"required": _("Please choose the answer that fits you best.")},
    )
    is_anonymous = forms.BooleanField(
        label=_("I want to stay anonymous"),
        help_text=_("We will not keep your name, e-mail or phone number. This means we cannot answer you."),
        required=False,
    )
    contact_name = forms.CharField(
        label=_("Your name (optional)"),
        max_length=200,
        required=False,
        widget=forms.TextInput(attrs={"dir": "auto", "autocomplete": "name"}),
    )
    # A CharField checked in clean(): an anonymous reporter's mistyped address must not hold the report back.
    contact_email = forms.CharField(
        label=_("Your e-mail (optional)"),
        max_length=254,
        required=False,
        widget=forms.EmailInput(attrs={"autocomplete": "email"}),
    )
    contact_phone = forms.CharField(
        label=_("Your phone number (optional)"),
        max_length=40,
        required=False,
        widget=forms.TextInput(attrs={"type": "tel", "autocomplete": "tel"}),
    )
    homepage = forms.CharField(required=False, max_length=200)

    CONTACT_FIELDS = ("contact_name", "contact_email", "contact_phone")

    def __init__(self, *args, **kwargs):
        # The labels are questions: "What happened?", not "What happened?:".
        kwargs.setdefault("label_suffix", "")
        super().__init__(*args, **kwargs)

    def clean(self):
        cleaned = super().clean()
        if cleaned.get(HONEYPOT_FIELD):
            raise forms.ValidationError(
                _("Sorry, we could not send this. Please press “Send” once more."), code="honeypot"
            )
        if cleaned.get("is_anonymous"):
            # Nothing typed in the contact boxes is kept: anonymous means anonymous.
            for name in self.CONTACT_FIELDS:
                cleaned[name] = ""
        elif cleaned.get("contact_email"):
            try:
                validate_email(cleaned["contact_email"])
            except forms.ValidationError as error:
                self.add_error("contact_email", error)
        return cleaned

    @property
    def contact_fields(self) -> list:
        return [self[name] for name in self.CONTACT_FIELDS]
