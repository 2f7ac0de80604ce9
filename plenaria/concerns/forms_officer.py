"""The safeguarding officers' forms: one per kind of entry in a concern's incident log."""

from django import forms
from django.utils.translation import gettext_lazy as _

from .enums import ConcernStatus


def _note_area(rows: int = 3) -> forms.Textarea:
    return forms.Textarea(attrs={"rows": rows, "dir": "auto"})


class StatusFilterForm(forms.Form):
    status = forms.ChoiceField(
        label=_("Status"), choices=[("", _("All")), *ConcernStatus.choices], required=False
    )


class NoteForm(forms.Form):
    note = forms.CharField(label=_("Note"), max_length=5000, widget=_note_area(4))


class StartHandlingForm(forms.Form):
    note = forms.CharField(label=_("Note (optional)"), max_length=5000, required=False, widget=_note_area(2))


class EscalateForm(forms.Form):
    authority_name = forms.CharField(
        label=_("Authority"),
        max_length=200,
        help_text=_("For example: Kanagawa Prefectural Police, Kawasaki Child Guidance Centre."),
    )
    authority_reference = forms.CharField(
        label=_("The authority's reference (optional)"), max_length=100, required=False
    )
    note = forms.CharField(
        label=_("What was passed on, how, to whom (optional)"),
        max_length=5000,
        required=False,
        widget=_note_area(2),
    )


class CloseForm(forms.Form):
    outcome = forms.CharField(label=_("Outcome"), max_length=5000, widget=_note_area(3))


class AssignForm(forms.Form):
    assignee = forms.ModelChoiceField(
        label=_("Assigned to"), queryset=None, required=False, empty_label=_("Nobody")
    )

    def __init__(self, *args, officers, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["assignee"].queryset = officers
        self.fields["assignee"].label_from_instance = lambda user: user.display_name
