"""The steps of the public registration form. Each step is saved as it is sent: a draft can be left and resumed.

Fields are those of the nominee's form (`MemberDetailsForm`), so a self-registered participant and a nominee
give the same details under the same labels and checks."""

from dataclasses import dataclass

from django import forms
from django.utils.translation import gettext_lazy as _
from django.utils.translation import pgettext_lazy

from plenaria.common.uploads import DOCUMENT, CheckedFileField

from .enums import CategoryKind, DocumentKind
from .forms_focal_point import AUTO_DIRECTION, MemberDetailsForm, _model_field, clean_visa_details
from .models import Participant
from .selectors import required_documents

SHARED = MemberDetailsForm.base_fields


class StepForm(forms.Form):
    """One step: its fields start from the registration as saved."""

    def __init__(self, *args, participant: Participant, **kwargs):
        initial = {
            name: getattr(participant, name) for name in self.base_fields if hasattr(participant, name)
        }
        super().__init__(*args, initial={**initial, **(kwargs.pop("initial", None) or {})}, **kwargs)
        self.participant = participant

    def details(self) -> dict:
        """The values for `update_registration`."""
        return dict(self.cleaned_data)


class AboutYouForm(StepForm):
    given_name = SHARED["given_name"]
    family_name = SHARED["family_name"]
    name_in_own_script = SHARED["name_in_own_script"]
    title = _model_field(
        "title", widget=AUTO_DIRECTION, help_text=_("e.g. Programme Director; Correspondent")
    )
    organisation_name = _model_field("organisation_name", widget=AUTO_DIRECTION)
    ecosoc_status = _model_field(
        "ecosoc_status",
        required=True,
        help_text=_(
            "Organisations in consultative status with the Economic and Social Council need no accreditation "
            "dossier. The reviewers check the status on the United Nations list."
        ),
    )
    nationality = SHARED["nationality"]
    date_of_birth = SHARED["date_of_birth"]
    language = SHARED["language"]
    languages_spoken = SHARED["languages_spoken"]

    clean_date_of_birth = MemberDetailsForm.clean_date_of_birth

    def __init__(self, *args, participant: Participant, **kwargs):
        super().__init__(*args, participant=participant, **kwargs)
        kind = participant.category.kind
        for name in participant.category.required_fields:
            if name in self.fields:
                self.fields[name].required = True
        if kind != CategoryKind.NGO:
            del self.fields["ecosoc_status"]
        if kind == CategoryKind.MEDIA:
            self.fields["organisation_name"].label = _("Media outlet")
            self.fields["title"].help_text = _("e.g. Correspondent, photographer, producer")


class TravelAndNeedsForm(StepForm):
    needs_visa_letter = SHARED["needs_visa_letter"]
    passport_full_name = SHARED["passport_full_name"]
    passport_number = SHARED["passport_number"]
    passport_expires_on = SHARED["passport_expires_on"]
    passport_issuing_country = SHARED["passport_issuing_country"]
    dietary_needs = SHARED["dietary_needs"]
    accessibility_needs = SHARED["accessibility_needs"]

    def clean(self):
        return clean_visa_details(self, super().clean())


DOCUMENT_HELP = {
    DocumentKind.ASSIGNMENT_LETTER: _(
        "On the outlet's letterhead, signed by the editor, naming you and saying what you will cover."
    ),
    DocumentKind.PRESS_CARD: _("A valid press card, both sides."),
    DocumentKind.IDENTITY_DOCUMENT: _(
        "The page of your passport with your photo, or a national identity card."
    ),
    DocumentKind.NGO_DOSSIER: _(
        "One file: purpose, activities relevant to the Congress, latest annual report and financial statement, "
        "governing body and constitution."
    ),
    DocumentKind.ORGANISATION_LETTER: _(
        "Signed by the head of your organisation, naming you as its representative."
    ),
}


class DocumentsForm(StepForm):
    """The badge photo and each document the category asks for; a file sent before is kept unless replaced."""

    photo = SHARED["photo"]

    def __init__(self, *args, participant: Participant, **kwargs):
        super().__init__(*args, participant=participant, **kwargs)
        received = {document.kind: document for document in participant.documents.all()}
        self.received = received
        self.received_photo = bool(participant.photo)
        for kind in required_documents(participant=participant):
            self.fields[f"document_{kind}"] = CheckedFileField(
                policy=DOCUMENT,
                label=DocumentKind(kind).label,
                required=False,
                widget=forms.FileInput,
                help_text=_("{what} PDF, JPEG or PNG. A new file replaces the one sent before.").format(
                    what=DOCUMENT_HELP.get(kind, "")
                ),
            )

    def documents(self) -> list[tuple[str, object]]:
        """(kind, checked upload) for each document sent with this step."""
        return [
            (name.removeprefix("document_"), upload)
            for name, upload in self.cleaned_data.items()
            if name.startswith("document_") and upload
        ]

    def document_fields(self) -> list[tuple[forms.BoundField, object]]:
        """Each document field with the file already received for it, if any, for the template."""
        return [
            (self[name], self.received.get(name.removeprefix("document_")))
            for name in self.fields
            if name.startswith("document_")
        ]


class SubmitForm(forms.Form):
    """The last step: the undertakings, and a key that makes sending twice harmless."""

    accepts_code_of_conduct = SHARED["accepts_code_of_conduct"]
    accepts_media_guidelines = forms.BooleanField(
        label=_("I have read and will follow UNICEF's ethical guidelines for reporting on children"),
        error_messages={"required": _("Media accreditation needs the acceptance of UNICEF's guidelines.")},
    )

    def __init__(self, *args, participant: Participant, **kwargs):
        super().__init__(*args, **kwargs)
        if not participant.category.requires_media_guidelines:
            del self.fields["accepts_media_guidelines"]


@dataclass(frozen=True)
class Step:
    slug: str
    title: str
    form_class: type


STEPS = (
    Step("about", pgettext_lazy("registration step", "About you"), AboutYouForm),
    Step("travel", pgettext_lazy("registration step", "Travel and needs"), TravelAndNeedsForm),
    Step("documents", pgettext_lazy("registration step", "Photo and documents"), DocumentsForm),
    Step("send", pgettext_lazy("registration step", "Check and send"), SubmitForm),
)
STEP_BY_SLUG = {step.slug: step for step in STEPS}
