"""The shapes of the inquiry desk's API: what it takes and what it answers (see views.py for who may do what)."""

from django.conf import settings
from rest_framework import serializers, status
from rest_framework.response import Response

from plenaria.common.i18n_content import localize

from ..enums import InquiryStatus, InquiryTopic, MessageDirection, RequesterType
from ..errors import HelpdeskError
from ..services.notifications import follow_up_url

NO_ATTACHMENTS = (
    "Attachments are not accepted through the API: to send a file, use the “Ask the organisers” page or reply to "
    "the confirmation e-mail."
)


def _message(code: str) -> str:
    return HelpdeskError.messages[code]


# --- Output ---------------------------------------------------------------------------------------------------


class TeamOutput(serializers.Serializer):
    slug = serializers.SlugField()
    organisation = serializers.SerializerMethodField(
        help_text="The co-organiser that answers, in your language."
    )

    def get_organisation(self, team) -> str:
        return localize(team.organisation).text


class InquiryCreatedOutput(serializers.Serializer):
    reference = serializers.CharField(help_text="Quote it in any message about the inquiry.")
    status = serializers.ChoiceField(choices=InquiryStatus.choices)
    team = TeamOutput(allow_null=True, help_text="Who answers; null until the secretariat routes it.")
    follow_up_url = serializers.SerializerMethodField(
        help_text="The requester's private page of the inquiry: to follow the conversation and reply."
    )

    def get_follow_up_url(self, inquiry) -> str:
        return follow_up_url(inquiry=inquiry)


class InquiryOutput(serializers.Serializer):
    reference = serializers.CharField()
    status = serializers.ChoiceField(choices=InquiryStatus.choices)
    requester_type = serializers.ChoiceField(choices=RequesterType.choices)
    topic = serializers.ChoiceField(choices=InquiryTopic.choices)
    language = serializers.CharField()
    subject = serializers.CharField()
    team = TeamOutput(allow_null=True)
    created_at = serializers.DateTimeField()
    first_response_at = serializers.DateTimeField(allow_null=True, help_text="The first answer, if any.")
    closed_at = serializers.DateTimeField(allow_null=True)
    merged_into = serializers.CharField(
        source="merged_into.reference", allow_null=True, help_text="The inquiry that continues this one."
    )
    moved_to_safeguarding = serializers.SerializerMethodField(
        help_text="Handed to the safeguarding officers: they answer it, not the inquiry desk."
    )

    def get_moved_to_safeguarding(self, inquiry) -> bool:
        return inquiry.moved_to_concern_id is not None


class AttachmentOutput(serializers.Serializer):
    name = serializers.CharField(source="original_name")
    content_type = serializers.CharField()
    size = serializers.IntegerField()


class MessageOutput(serializers.Serializer):
    direction = serializers.ChoiceField(
        choices=MessageDirection.choices,
        help_text="`in`: the requester's; `reply`: an answer; `note`: internal.",
    )
    body = serializers.CharField()
    created_at = serializers.DateTimeField()
    attachments = AttachmentOutput(many=True, source="attachments.all")


class RequesterMessageOutput(MessageOutput):
    """A message as its requester sees it: who at the co-organiser wrote it is not said."""


class HandlerMessageOutput(MessageOutput):
    author = serializers.EmailField(source="author.email", allow_null=True, help_text="Null: the requester.")


class RequesterInquiryOutput(InquiryOutput):
    """An inquiry as its requester sees it: the conversation without the teams' internal notes."""

    follow_up_url = serializers.SerializerMethodField()
    messages = RequesterMessageOutput(many=True, source="shown_messages")

    def get_follow_up_url(self, inquiry) -> str:
        return follow_up_url(inquiry=inquiry)


class RequesterOutput(serializers.Serializer):
    name = serializers.CharField(source="requester_name")
    email = serializers.EmailField(source="requester_email")
    registration = serializers.CharField(
        source="participant.reference", allow_null=True, help_text="The requester's registration, if linked."
    )


class HandlerInquiryOutput(InquiryOutput):
    """An inquiry as the team that holds it sees it: the requester's contact details and the internal notes."""

    requester = RequesterOutput(source="*")
    assignee = serializers.EmailField(source="assignee.email", allow_null=True)
    messages = HandlerMessageOutput(
        many=True,
        source="shown_messages",
        help_text="Empty once the inquiry was handed to the safeguarding officers: it is theirs from then on.",
    )


class InquiryPage(serializers.Serializer):
    next = serializers.URLField(allow_null=True, help_text="The next page, or null on the last one.")
    previous = serializers.URLField(allow_null=True)
    results = InquiryOutput(many=True)


class ErrorOutput(serializers.Serializer):
    code = serializers.CharField(help_text="Stable: for programs.")
    detail = serializers.CharField(help_text="For people, in the request's language.")
    fields = serializers.DictField(
        child=serializers.ListField(child=serializers.CharField()),
        required=False,
        help_text="With `invalid`: the messages of each field that was refused.",
    )


def invalid_response(serializer: serializers.Serializer) -> Response:
    """A refused input, in the same shape as every other error: the first message, and each field's messages."""
    errors = {name: [str(message) for message in messages] for name, messages in serializer.errors.items()}
    first = next(iter(errors.values()))[0]
    return Response(
        {"code": "invalid", "detail": first, "fields": errors}, status=status.HTTP_400_BAD_REQUEST
    )


# --- Input ----------------------------------------------------------------------------------------------------


class InquiryInput(serializers.Serializer):
    requester_type = serializers.ChoiceField(
        choices=RequesterType.choices,
        error_messages={
            "required": _message("invalid_requester_type"),
            "invalid_choice": _message("invalid_requester_type"),
        },
    )
    topic = serializers.ChoiceField(
        choices=InquiryTopic.choices,
        error_messages={"required": _message("invalid_topic"), "invalid_choice": _message("invalid_topic")},
    )
    language = serializers.ChoiceField(
        choices=settings.LANGUAGES,
        required=False,
        help_text="The language of the conversation and the e-mails. Default: the request's language.",
        error_messages={"invalid_choice": _message("invalid_language")},
    )
    name = serializers.CharField(
        required=False, allow_blank=True, default="", help_text="Default for a signed-in user: their name."
    )
    email = serializers.EmailField(
        required=False,
        allow_blank=True,
        default="",
        help_text="Default for a signed-in user: their address.",
        error_messages={"invalid": _message("invalid_email")},
    )
    subject = serializers.CharField(
        required=False, allow_blank=True, default="", help_text="Default: the first line of the message."
    )
    message = serializers.CharField(
        allow_blank=True, error_messages={"required": _message("message_required")}
    )
    submission_key = serializers.CharField(
        max_length=100,
        required=False,
        allow_blank=True,
        default="",
        help_text="Repeat the same request with the same key to retry safely: one inquiry.",
    )


class InquiryFilterInput(serializers.Serializer):
    status = serializers.ChoiceField(choices=InquiryStatus.choices, required=False)
    topic = serializers.ChoiceField(choices=InquiryTopic.choices, required=False)
    team = serializers.SlugField(required=False)


# --- Reads ----------------------------------------------------------------------------------------------------
