"""Forms of the desk's administration pages. They check the shape of what was typed; services/desk.py decides."""

from dataclasses import dataclass

from django import forms
from django.conf import settings
from django.utils.translation import gettext_lazy as _

from plenaria.common.forms import MultilingualModelForm, _formfield
from plenaria.congresses.models import StaffTeam

from .enums import InquiryTopic, RequesterType
from .models import CannedAnswer, DeskSettings, FaqEntry

ALL_TEAMS = "all"


def _cell_name(requester_type: str, topic: str) -> str:
    return f"route-{requester_type}-{topic}"


@dataclass(frozen=True)
class RoutingCell:
    field: forms.BoundField
    topic_label: str
    default_team: StaffTeam | None  # the team the defaults name, when the cell names another one
    names_secretariat: bool


@dataclass(frozen=True)
class RoutingRow:
    label: str
    cells: list[RoutingCell]  # in InquiryTopic's order


class RoutingForm(forms.Form):
    """The whole routing table in one form: one team per (requester type, topic) cell.

    `defaults` maps each pair to the team the default routing would name (to show what "restore" changes back);
    `anchor` is the pair whose rule names the host secretariat: it cannot be changed here (see
    `services.desk.save_routing_rules`)."""

    def __init__(self, *args, teams, rules: dict, defaults: dict, anchor: tuple[str, str] | None, **kwargs):
        super().__init__(*args, **kwargs)
        self.pairs, self.defaults, self.anchor = {}, defaults, anchor
        for requester_type in RequesterType:
            for topic in InquiryTopic:
                pair = (requester_type.value, topic.value)
                rule = rules.get(pair)
                name = _cell_name(*pair)
                self.fields[name] = forms.ModelChoiceField(
                    label=_("{requester_type} asking about {topic}").format(
                        requester_type=requester_type.label, topic=topic.label
                    ),
                    queryset=teams,
                    # A pair without a rule goes to the secretariat until a team is chosen for it.
                    required=rule is not None,
                    empty_label=None if rule else _("The secretariat (no rule)"),
                    initial=rule.team_id if rule else None,
                    disabled=pair == anchor,
                )
                self.fields[name].label_from_instance = _team_label
                self.pairs[name] = pair

    def rows(self) -> list[RoutingRow]:
        return [
            RoutingRow(
                requester_type.label, [self._cell(requester_type.value, topic) for topic in InquiryTopic]
            )
            for requester_type in RequesterType
        ]

    def _cell(self, requester_type: str, topic: InquiryTopic) -> RoutingCell:
        pair = (requester_type, topic.value)
        field = self[_cell_name(*pair)]
        default = self.defaults.get(pair)
        current = field.value()
        differs = default is not None and str(current or "") != str(default.pk)
        return RoutingCell(field, topic.label, default if differs else None, pair == self.anchor)

    def chosen_teams(self) -> dict[tuple[str, str], StaffTeam]:
        """The team chosen for each pair (pairs left without a rule are left out; so is the anchor)."""
        return {
            pair: self.cleaned_data[name]
            for name, pair in self.pairs.items()
            if self.cleaned_data.get(name) and pair != self.anchor
        }


def _team_label(team: StaffTeam) -> str:
    return str(team.name)


class DeskSettingsForm(forms.ModelForm):
    class Meta:
        model = DeskSettings
        fields = ["first_response_hours"]
        widgets = {
            "first_response_hours": forms.NumberInput(attrs={"min": 1, "max": 720, "inputmode": "numeric"})
        }
        error_messages = {
            "first_response_hours": {
                "min_value": _("Choose a number of hours between 1 and 720."),
                "max_value": _("Choose a number of hours between 1 and 720."),
            }
        }


class FaqEntryForm(MultilingualModelForm):
    class Meta:
        model = FaqEntry
        formfield_callback = _formfield
        fields = ["topic", "question", "answer", "keywords", "position", "is_published"]
        help_texts = {
            "keywords": _(
                "Words people use when they ask, in any language, separated by commas (e.g. “visa, embassy, ビザ”): "
                "they help the “Ask the organisers” form suggest this entry."
            ),
        }

    def clean(self):
        cleaned = super().clean()
        question, answer = _languages(cleaned.get("question")), _languages(cleaned.get("answer"))
        if "question" in cleaned and "answer" in cleaned and question != answer:
            self.add_error(None, _languages_error(question, answer))
        return cleaned


def _languages(value) -> set[str]:
    data = getattr(value, "data", None)
    return {code for code, text in data.items() if text and text.strip()} if isinstance(data, dict) else set()


def _languages_error(question: set[str], answer: set[str]) -> str:
    names = dict(settings.LANGUAGES)
    without_answer = ", ".join(names[code] for code in sorted(question - answer))
    without_question = ", ".join(names[code] for code in sorted(answer - question))
    if without_answer:
        return _("Write the answer in {languages} too, or leave the question out in that language.").format(
            languages=without_answer
        )
    return _("Write the question in {languages} too, or leave the answer out in that language.").format(
        languages=without_question
    )


class CannedAnswerForm(MultilingualModelForm):
    """`teams`: the teams the author may write for; `may_share` adds "All teams" (the secretariat only)."""

    team = forms.ChoiceField(label=_("For"))

    class Meta:
        model = CannedAnswer
        formfield_callback = _formfield
        fields = ["title", "body"]

    def __init__(self, *args, teams, may_share: bool, **kwargs):
        super().__init__(*args, **kwargs)
        self.teams = {str(team.pk): team for team in teams}
        choices = [(pk, _team_label(team)) for pk, team in self.teams.items()]
        if may_share:
            choices.insert(0, (ALL_TEAMS, _("All teams (shared)")))
        self.fields["team"].choices = choices
        self.fields["team"].help_text = _(
            "Only the host secretariat writes the answers that every team shares."
        )
        if self.instance.pk:
            self.initial["team"] = str(self.instance.team_id) if self.instance.team_id else ALL_TEAMS
        self.order_fields(["title", "team", "body"])

    def chosen_team(self) -> StaffTeam | None:
        value = self.cleaned_data["team"]
        return None if value == ALL_TEAMS else self.teams[value]


class DashboardScopeForm(forms.Form):
    """The queue whose figures the dashboard shows: one of the member's teams or, for the secretariat, all."""

    team = forms.ChoiceField(label=_("Queue"), required=False)

    def __init__(self, *args, teams, may_see_all: bool, **kwargs):
        super().__init__(*args, **kwargs)
        choices = [(team.slug, _team_label(team)) for team in teams]
        if may_see_all:
            choices.insert(0, (ALL_TEAMS, _("All teams")))
        self.fields["team"].choices = choices
