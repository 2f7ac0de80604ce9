"""Forms of the focal point's youth pages: nominate a young person, and send their guardian's invitation again.

Minimal data only: there is no field, free text included, for anything a young person has lived through."""

import datetime
from dataclasses import dataclass

from django import forms
from django.conf import settings
from django.utils import timezone
from django.utils.text import capfirst
from django.utils.translation import gettext_lazy as _

from plenaria.congresses.models import Event
from plenaria.registration.models import Participant

from .models import YouthProfile
from .services.nomination import GuardianCorrection, YoungPersonDetails, YouthPlaces

DATE = forms.DateInput(attrs={"type": "date"}, format="%Y-%m-%d")
# Names may be in another script than the page (Latin names on an Arabic page).
AUTO_DIRECTION = forms.TextInput(attrs={"dir": "auto"})


def _participant_field(name: str, **kwargs) -> forms.Field:
    """The form field of a Participant field, so labels and lengths stay those of registration."""
    return Participant._meta.get_field(name).formfield(**kwargs)


def _label(name: str) -> str:
    return capfirst(YouthProfile._meta.get_field(name).verbose_name)


@dataclass(frozen=True)
class EventOption:
    """One checkbox of the events, with the youth rules and places shown next to it."""

    checkbox: forms.boundfield.BoundWidget
    places: YouthPlaces


class YoungPersonForm(forms.Form):
    PERSON_FIELDS = ("given_name", "family_name", "date_of_birth", "nationality", "email", "language")
    GUARDIAN_FIELDS = ("guardian_name", "guardian_email", "guardian_phone", "guardian_language")

    given_name = _participant_field("given_name", widget=AUTO_DIRECTION, help_text=_("As in the passport."))
    family_name = _participant_field("family_name", widget=AUTO_DIRECTION, help_text=_("As in the passport."))
    date_of_birth = _participant_field(
        "date_of_birth",
        required=True,
        widget=DATE,
        help_text=_(
            "The age on the first day of each event decides whether they take part as a young person."
        ),
    )
    nationality = _participant_field("nationality", required=True)
    email = forms.EmailField(
        label=_("The young person's own e-mail (optional)"),
        required=False,
        help_text=_("Without one, e-mails about the registration go to the parent or guardian."),
    )
    language = _participant_field("language")
    events = forms.ModelMultipleChoiceField(
        label=_("Events"),
        queryset=Event.objects.none(),
        widget=forms.CheckboxSelectMultiple,
        error_messages={"required": _("Choose at least one event.")},
    )
    guardian_name = forms.CharField(label=_label("guardian_name"), max_length=200, widget=AUTO_DIRECTION)
    guardian_email = forms.EmailField(
        label=_label("guardian_email"),
        help_text=_("The parent or guardian receives a link here to give their consent."),
    )
    guardian_phone = forms.CharField(
        label=_label("guardian_phone"),
        max_length=60,
        required=False,
        widget=forms.TextInput(attrs={"type": "tel"}),
        help_text=_("With the country code."),
    )
    guardian_language = forms.ChoiceField(label=_label("guardian_language"), choices=settings.LANGUAGES)
    pseudonym = forms.CharField(
        label=_("Pseudonym (optional)"),
        max_length=120,
        required=False,
        widget=AUTO_DIRECTION,
        help_text=_(
            "If your organisation asks that the young person is not named in public, the name to show "
            "instead on badges, lists and everywhere outside the safeguarding team."
        ),
    )

    def __init__(self, *args, places: list[YouthPlaces], **kwargs):
        super().__init__(*args, **kwargs)
        self.places = places
        self.fields["events"].queryset = Event.objects.filter(pk__in=[p.event.pk for p in places])

    def person_fields(self) -> list[forms.BoundField]:
        return [self[name] for name in self.PERSON_FIELDS]

    def guardian_fields(self) -> list[forms.BoundField]:
        return [self[name] for name in self.GUARDIAN_FIELDS]

    def event_options(self) -> list[EventOption]:
        # The checkboxes in the order of `places` (by date), whatever the queryset's order.
        checkboxes = {str(box.data["value"]): box for box in self["events"]}
        return [
            EventOption(checkboxes[str(p.event.pk)], p) for p in self.places if str(p.event.pk) in checkboxes
        ]

    def clean_date_of_birth(self):
        born_on = self.cleaned_data["date_of_birth"]
        if born_on and not datetime.date(1900, 1, 1) <= born_on <= timezone.localdate():
            raise forms.ValidationError(_("Check the date of birth."), code="implausible")
        return born_on

    def to_details(self) -> YoungPersonDetails:
        data = self.cleaned_data
        chosen = {event.pk for event in data["events"]}
        return YoungPersonDetails(
            given_name=data["given_name"],
            family_name=data["family_name"],
            date_of_birth=data["date_of_birth"],
            nationality=data["nationality"],
            language=data["language"],
            events=tuple(p.event for p in self.places if p.event.pk in chosen),
            guardian_name=data["guardian_name"],
            guardian_email=data["guardian_email"],
            guardian_phone=data["guardian_phone"],
            guardian_language=data["guardian_language"],
            email=data["email"],
            pseudonym=data["pseudonym"],
        )


class GuardianInvitationForm(forms.Form):
    """Corrections before the invitation is sent again. The details on record are not shown: they are the
    guardian's, and only the safeguarding officers read them."""

    guardian_name = forms.CharField(
        label=_label("guardian_name"),
        max_length=200,
        required=False,
        widget=AUTO_DIRECTION,
        help_text=_("Leave empty to keep what you gave before."),
    )
    guardian_email = forms.EmailField(
        label=_label("guardian_email"),
        required=False,
        help_text=_("Leave empty to keep what you gave before."),
    )
    guardian_phone = forms.CharField(
        label=_label("guardian_phone"),
        max_length=60,
        required=False,
        widget=forms.TextInput(attrs={"type": "tel"}),
        help_text=_("Leave empty to keep what you gave before."),
    )
    guardian_language = forms.ChoiceField(label=_label("guardian_language"), choices=settings.LANGUAGES)

    def to_correction(self) -> GuardianCorrection:
        data = self.cleaned_data
        return GuardianCorrection(
            name=data["guardian_name"].strip(),
            email=data["guardian_email"].strip(),
            phone=data["guardian_phone"].strip(),
            language=data["guardian_language"],
        )
