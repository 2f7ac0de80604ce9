from django import forms
from django.utils.translation import gettext_lazy as _

from plenaria.common.forms import MultilingualModelForm, _formfield

from .models import Congress, ContactPoint, Event, KeyFigure, Page, ParticipationSection, StaffTeam

DATE = forms.DateInput(attrs={"type": "date"}, format="%Y-%m-%d")


class CongressForm(MultilingualModelForm):
    class Meta:
        model = Congress
        formfield_callback = _formfield
        fields = [
            "name",
            "short_name",
            "tagline",
            "summary",
            "host",
            "co_organisers",
            "city",
            "country",
            "starts_on",
            "ends_on",
            "time_zone",
            "is_published",
            "is_featured",
        ]
        widgets = {"starts_on": DATE, "ends_on": DATE}


class EventForm(MultilingualModelForm):
    class Meta:
        model = Event
        formfield_callback = _formfield
        fields = [
            "kind",
            "slug",
            "name",
            "summary",
            "city",
            "country",
            "venue",
            "starts_on",
            "ends_on",
            "organisers",
            "outcome",
            "position",
        ]
        widgets = {"starts_on": DATE, "ends_on": DATE}


class PageForm(MultilingualModelForm):
    class Meta:
        model = Page
        formfield_callback = _formfield
        fields = ["section", "title", "lead", "body", "is_published"]


class KeyFigureForm(MultilingualModelForm):
    class Meta:
        model = KeyFigure
        formfield_callback = _formfield
        fields = ["value", "label", "detail", "position"]


class ParticipationSectionForm(MultilingualModelForm):
    class Meta:
        model = ParticipationSection
        formfield_callback = _formfield
        fields = ["name", "description", "how_to_take_part", "reviewing_team", "position"]

    def __init__(self, *args, congress: Congress, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["reviewing_team"].queryset = congress.teams.all()


class ContactPointForm(MultilingualModelForm):
    class Meta:
        model = ContactPoint
        formfield_callback = _formfield
        fields = ["topic", "organisation", "team", "email", "website", "position"]

    def __init__(self, *args, congress: Congress, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["team"].queryset = congress.teams.all()


class StaffTeamForm(MultilingualModelForm):
    class Meta:
        model = StaffTeam
        formfield_callback = _formfield
        fields = [
            "slug",
            "name",
            "organisation",
            "description",
            "can_change_congress",
            "can_change_content",
            "can_manage_teams",
            "can_view_audit_log",
            "can_view_outbox",
            "can_edit_documents",
            "is_safeguarding_officer",
            "works_with_youth",
        ]


class AddMemberForm(forms.Form):
    email = forms.EmailField(label=_("E-mail address of the person to add"))
