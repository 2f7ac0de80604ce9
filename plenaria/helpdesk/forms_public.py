"""The forms of the public inquiry pages: "Ask the organisers" and the requester's reply on the follow-up page."""

import uuid

from django import forms
from django.conf import settings
from django.core.exceptions import ValidationError
from django.template.defaultfilters import filesizeformat
from django.utils.translation import gettext_lazy as _
from django.utils.translation import ngettext

from plenaria.common.uploads import UploadPolicy, check_upload

from .enums import InquiryTopic, RequesterType
from .errors import HelpdeskError
from .services.attachments import ATTACHMENT_POLICY, MAX_ATTACHMENTS
from .services.inquiries import MAX_MESSAGE_LENGTH, MAX_SUBJECT_LENGTH

# What a question may come with: documents and pictures people really send (a letter, a scan, a screenshot).
ATTACHMENT = ATTACHMENT_POLICY
# The honeypot: a box people never see (off-screen, skipped by the keyboard), which scripts fill in.
HONEYPOT_FIELD = "homepage"


class MultipleFileInput(forms.FileInput):
    allow_multiple_selected = True


class AttachmentsField(forms.FileField):
    """Up to three files in one file input, each checked by its content. Every refused file gets its own error,
    naming the file, so the person knows which one to change."""

    widget = MultipleFileInput

    def __init__(self, *, policy: UploadPolicy = ATTACHMENT, **kwargs):
        self.policy = policy
        kwargs.setdefault("required", False)
        kwargs.setdefault(
            "help_text",
            _("Up to {count} files ({kinds}), {size} each at most.").format(
                count=MAX_ATTACHMENTS, kinds=policy.accepted_label, size=filesizeformat(policy.limit)
            ),
        )
        super().__init__(**kwargs)

    def widget_attrs(self, widget):
        return {**super().widget_attrs(widget), "accept": self.policy.accept_attribute, "multiple": True}

    def clean(self, data, initial=None):
        uploads = [upload for upload in (data if isinstance(data, list | tuple) else [data]) if upload]
        if len(uploads) > MAX_ATTACHMENTS:
            raise ValidationError(
                ngettext(
                    "You can attach up to {limit} file; you chose {count}.",
                    "You can attach up to {limit} files; you chose {count}.",
                    MAX_ATTACHMENTS,
                ).format(limit=MAX_ATTACHMENTS, count=len(uploads)),
                code="too_many_attachments",
            )
        errors = []
        for upload in uploads:
            try:
                super().clean(upload, initial)  # an empty file, a name too long
                check_upload(upload, self.policy)
            except ValidationError as error:
                errors.append(
                    ValidationError(
                        _("{name}: {problem}").format(name=upload.name, problem=" ".join(error.messages)),
                        code=error.code,
                    )
                )
        if errors:
            raise ValidationError(errors)
        return uploads


def _text_area(rows: int) -> forms.Textarea:
    return forms.Textarea(attrs={"rows": rows, "dir": "auto"})


class AskForm(forms.Form):
    requester_type = forms.ChoiceField(
        label=_("Who are you?"),
        choices=RequesterType.choices,
        widget=forms.RadioSelect,
        help_text=_("Choose the answer that fits you best: it decides which organiser answers you."),
        error_messages={"required": HelpdeskError.messages["invalid_requester_type"]},
    )
    name = forms.CharField(
        label=_("Your name"),
        max_length=200,
        widget=forms.TextInput(attrs={"dir": "auto", "autocomplete": "name"}),
    )
    email = forms.EmailField(
        label=_("Your e-mail address"),
        max_length=254,
        help_text=_("We send the confirmation and the answer to this address."),
        widget=forms.EmailInput(attrs={"autocomplete": "email"}),
    )
    language = forms.ChoiceField(
        label=_("Answer me in"),
        choices=settings.LANGUAGES,
        error_messages={"required": HelpdeskError.messages["invalid_language"]},
    )
    topic = forms.ChoiceField(
        label=_("What is your question about?"),
        choices=InquiryTopic.choices,
        widget=forms.RadioSelect,
        error_messages={"required": HelpdeskError.messages["invalid_topic"]},
    )
    subject = forms.CharField(
        label=_("Subject (optional)"),
        max_length=MAX_SUBJECT_LENGTH,
        required=False,
        widget=forms.TextInput(attrs={"dir": "auto"}),
    )
    message = forms.CharField(
        label=_("Your question"),
        help_text=_("Write in any language. Include your registration number if you have one."),
        max_length=MAX_MESSAGE_LENGTH,
        widget=_text_area(8),
        error_messages={"required": HelpdeskError.messages["message_required"]},
    )
    attachments = AttachmentsField(label=_("Attachments (optional)"))
    homepage = forms.CharField(required=False, max_length=200)
    # Sending the same form twice (a double click, a retried request) must not ask the question twice.
    submission_key = forms.CharField(required=False, max_length=64, widget=forms.HiddenInput)

    ABOUT_YOU = ("requester_type", "name", "email", "language")
    QUESTION = ("topic", "subject", "message", "attachments")

    def __init__(self, *args, **kwargs):
        kwargs.setdefault("label_suffix", "")
        super().__init__(*args, **kwargs)

    def clean_submission_key(self) -> str:
        # A form without a valid key (an old page, a script) still works; it is only not protected from doubling.
        key = self.cleaned_data.get("submission_key", "")
        try:
            return str(uuid.UUID(key))
        except ValueError:
            return str(uuid.uuid4())

    def clean(self):
        cleaned = super().clean()
        if cleaned.get(HONEYPOT_FIELD):
            raise ValidationError(
                _("Sorry, we could not send this. Please press “Send” once more."), code="honeypot"
            )
        return cleaned

    @property
    def about_you_fields(self) -> list:
        return [self[name] for name in self.ABOUT_YOU]

    @property
    def question_fields(self) -> list:
        return [self[name] for name in self.QUESTION]


class ReplyForm(forms.Form):
    message = forms.CharField(
        label=_("Your message"),
        max_length=MAX_MESSAGE_LENGTH,
        widget=_text_area(5),
        error_messages={"required": HelpdeskError.messages["message_required"]},
    )
    attachments = AttachmentsField(label=_("Attachments (optional)"))

    def __init__(self, *args, **kwargs):
        kwargs.setdefault("label_suffix", "")
        super().__init__(*args, **kwargs)
