"""Forms of the back office's queue and inquiry pages. They check the shape of what was typed; the services in
services/handling.py decide whether the action is allowed (and say why not)."""

from django import forms
from django.conf import settings
from django.utils.translation import gettext_lazy as _
from django.utils.translation import pgettext_lazy

from plenaria.congresses.models import StaffTeam

from .enums import InquiryStatus, InquiryTopic
from .selectors_queue import QueueFilters
from .services.inquiries import MAX_MESSAGE_LENGTH


def _text_area(rows: int, **attrs) -> forms.Textarea:
    return forms.Textarea(attrs={"rows": rows, "dir": "auto", **attrs})


class DeskForm(forms.Form):
    """The labels stand above their fields, without a colon (as on the desk's other pages)."""

    def __init__(self, *args, **kwargs):
        kwargs.setdefault("label_suffix", "")
        super().__init__(*args, **kwargs)


class QueueFilterForm(DeskForm):
    """The filters above a queue's table (a GET form: a filtered queue is a link a colleague can open)."""

    status = forms.ChoiceField(
        label=_("Status"),
        required=False,
        choices=[
            ("", pgettext_lazy("inquiry status filter", "Not closed")),
            *InquiryStatus.choices,
            ("all", pgettext_lazy("inquiry status filter", "All")),
        ],
    )
    topic = forms.ChoiceField(
        label=_("Topic"),
        required=False,
        choices=[("", pgettext_lazy("topic filter", "All")), *InquiryTopic.choices],
    )
    language = forms.ChoiceField(
        label=_("Language"),
        required=False,
        choices=[("", pgettext_lazy("language filter", "All")), *settings.LANGUAGES],
    )
    assigned = forms.ChoiceField(
        label=_("Assigned to"),
        required=False,
        choices=[
            ("", pgettext_lazy("assignee filter", "Anyone")),
            ("me", _("Me")),
            ("unassigned", _("Nobody")),
        ],
    )
    overdue = forms.BooleanField(label=_("Overdue only"), required=False)
    q = forms.CharField(
        label=_("Search"),
        required=False,
        max_length=200,
        help_text=_("A reference, words of the subject, or the requester's exact e-mail address."),
        widget=forms.TextInput(attrs={"type": "search"}),
    )

    def filters(self) -> QueueFilters:
        """The chosen filters; the defaults (every inquiry not closed) when the form does not validate."""
        if not self.is_valid():
            return QueueFilters()
        data = self.cleaned_data
        return QueueFilters(
            status=data["status"],
            topic=data["topic"],
            language=data["language"],
            assigned=data["assigned"],
            overdue_only=data["overdue"],
            search=data["q"],
        )


class ReplyForm(DeskForm):
    body = forms.CharField(
        label=_("Your answer"),
        max_length=MAX_MESSAGE_LENGTH,
        help_text=_("Sent to the requester by e-mail in their language, and shown on their private page."),
        widget=_text_area(8),
    )


class NoteForm(DeskForm):
    body = forms.CharField(
        label=_("Internal note"),
        max_length=MAX_MESSAGE_LENGTH,
        help_text=_("Seen by the team that holds the inquiry, never by the requester."),
        widget=_text_area(3),
    )


class AssignForm(DeskForm):
    assignee = forms.ModelChoiceField(
        label=_("Assigned to"), queryset=None, required=False, empty_label=_("Nobody")
    )

    def __init__(self, *args, members, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["assignee"].queryset = members
        self.fields["assignee"].label_from_instance = lambda user: user.display_name


def _team_choice_label(team: StaffTeam) -> str:
    organisation, name = str(team.organisation), str(team.name)
    return organisation if not name or name == organisation else f"{organisation} — {name}"


class TransferForm(DeskForm):
    """Another team's queue, with a note that tells that team why (required: they start from it)."""

    team = forms.TypedChoiceField(label=_("Transfer to"), coerce=int)
    note = forms.CharField(
        label=_("Note for the team"),
        max_length=MAX_MESSAGE_LENGTH,
        help_text=_("Why this team should answer. The requester is told which organisation answers now."),
        widget=_text_area(3),
    )

    def __init__(self, *args, routed: list[StaffTeam], others: list[StaffTeam], **kwargs):
        super().__init__(*args, **kwargs)
        self.teams = {team.pk: team for team in [*routed, *others]}
        choices = [("", _("Choose a team"))]
        if routed:
            choices.append(
                (_("Co-organisers answering inquiries"), [(t.pk, _team_choice_label(t)) for t in routed])
            )
        if others:
            choices.append(
                (_("Other teams of the congress"), [(t.pk, _team_choice_label(t)) for t in others])
            )
        self.fields["team"].choices = choices

    def clean_team(self) -> StaffTeam:
        return self.teams[self.cleaned_data["team"]]


class MergeForm(DeskForm):
    reference = forms.CharField(
        label=_("Merge into the inquiry"),
        max_length=30,
        help_text=_(
            "The reference of the inquiry that stays, in the same queue. This inquiry's messages move there and "
            "this one is closed."
        ),
        widget=forms.TextInput(
            attrs={"autocomplete": "off", "spellcheck": "false", "placeholder": "Q-XXXX-XXXX"}
        ),
    )


class EmptyForm(DeskForm):
    """An action that needs nothing but the button (close, reopen)."""


class ConcernForm(DeskForm):
    note = forms.CharField(
        label=_("Why this is a concern about a child's safety"),
        max_length=MAX_MESSAGE_LENGTH,
        help_text=_(
            "For the safeguarding officers, with the requester's messages. Afterwards the desk no longer sees "
            "this conversation; the requester is told that the officers will answer."
        ),
        widget=_text_area(3),
    )
