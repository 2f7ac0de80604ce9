from django import forms
from django.conf import settings
from django.utils.translation import gettext_lazy as _

from plenaria.common.forms import MultilingualModelForm, _formfield
from plenaria.delegations.models import Delegation, Organisation

from .enums import DocumentKind, RequirableField
from .models import ParticipantCategory, ReviewStage

DATETIME = forms.DateTimeInput(attrs={"type": "datetime-local"}, format="%Y-%m-%dT%H:%M")


class OrganisationForm(forms.ModelForm):
    class Meta:
        model = Organisation
        formfield_callback = _formfield
        fields = ["kind", "name", "name_local", "acronym", "country", "ecosoc_status", "website"]


class DelegationCreateForm(forms.ModelForm):
    class Meta:
        model = Delegation
        fields = ["organisation", "quota", "nomination_deadline"]
        widgets = {"nomination_deadline": DATETIME}

    def __init__(self, *args, congress, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["organisation"].queryset = Organisation.objects.exclude(delegations__congress=congress)


class QuotaForm(forms.Form):
    quota = forms.IntegerField(label=_("Places"), min_value=0, max_value=500)


class InviteFocalPointForm(forms.Form):
    email = forms.EmailField(label=_("E-mail address of the focal point"))
    language = forms.ChoiceField(label=_("Language of the invitation"), choices=settings.LANGUAGES)


class CategoryForm(MultilingualModelForm):
    required_documents = forms.MultipleChoiceField(
        label=_("Required documents"),
        choices=DocumentKind.choices,
        required=False,
        widget=forms.CheckboxSelectMultiple,
    )

    required_fields = forms.MultipleChoiceField(
        label=_("Required details"),
        choices=RequirableField.choices,
        required=False,
        widget=forms.CheckboxSelectMultiple,
        help_text=_("Names, nationality, date of birth and the badge photo are always required."),
    )

    class Meta:
        model = ParticipantCategory
        formfield_callback = _formfield
        fields = [
            "slug",
            "kind",
            "name",
            "description",
            "opens_at",
            "closes_at",
            "reviewing_team",
            "required_fields",
            "required_documents",
            "is_nominated_by_delegation",
            "is_self_registration",
            "default_delegation_quota",
            "needs_review_after_change",
            "requires_media_guidelines",
            "badge_colour",
            "badge_code",
            "position",
        ]
        widgets = {
            "opens_at": DATETIME,
            "closes_at": DATETIME,
            "badge_colour": forms.TextInput(attrs={"type": "color"}),
        }

    def __init__(self, *args, congress, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["reviewing_team"].queryset = congress.teams.all()


class StageForm(MultilingualModelForm):
    class Meta:
        model = ReviewStage
        formfield_callback = _formfield
        fields = ["position", "kind", "name", "team"]

    def __init__(self, *args, congress, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["team"].queryset = congress.teams.all()
