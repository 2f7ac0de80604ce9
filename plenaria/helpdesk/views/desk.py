"""The desk's administration pages in the back office: the dashboard, the routing table and the desk's settings,
the FAQ entries and the canned answers.

Any member of a team that works a queue opens the dashboard (their teams' figures), the FAQ entries and their
teams' canned answers; only the host secretariat (`helpdesk.oversee_desk`) sees every queue's figures, routes the
questions, sets the first-answer target and writes the canned answers that all teams share. Permissions are
checked with `rules.has_perm`, never `user.has_perm`: a platform administrator is not a member of the desk.
"""

from dataclasses import dataclass

import rules
from django.conf import settings
from django.contrib import messages
from django.core.exceptions import PermissionDenied
from django.http import Http404
from django.shortcuts import redirect
from django.utils.decorators import method_decorator
from django.utils.translation import gettext as _
from django.utils.translation import ngettext
from django.views.decorators.cache import never_cache
from django.views.generic import FormView, TemplateView

from plenaria.common.i18n_content import localize, missing_languages
from plenaria.congresses.views.manage_base import CongressPermissionMixin

from .. import charts, selectors_dashboard, selectors_desk
from ..errors import HelpdeskError
from ..forms_desk import (
    ALL_TEAMS,
    CannedAnswerForm,
    DashboardScopeForm,
    DeskSettingsForm,
    FaqEntryForm,
    RoutingForm,
)
from ..selectors import desk_settings_for, teams_of
from ..services import desk as services


class DeskMixin(CongressPermissionMixin):
    """A page of the desk's administration; `desk_permission` is checked against the congress."""

    desk_permission = "helpdesk.use_desk"

    def dispatch(self, request, *args, **kwargs):
        if not rules.has_perm(self.desk_permission, request.user, request.congress):
            raise PermissionDenied
        self.oversees = rules.has_perm("helpdesk.oversee_desk", request.user, request.congress)
        return super().dispatch(request, *args, **kwargs)

    def redirect_to(self, name: str):
        return redirect(f"helpdesk_manage:{name}", congress_slug=self.request.congress.slug)


# --- Dashboard ---------------------------------------------------------------------------------------------------


@method_decorator(never_cache, name="dispatch")
class DashboardView(DeskMixin, TemplateView):
    """The figures of one queue (`?team=<slug>`, one of the member's teams) or, for the secretariat, of all."""

    template_name = "helpdesk/manage/desk/dashboard.html"

    def get(self, request, *args, **kwargs):
        choices = selectors_desk.dashboard_teams_of(
            user=request.user, congress=request.congress, oversees=self.oversees
        )
        chosen = request.GET.get("team") or self.default_scope()
        allowed = {team.slug for team in choices} | ({ALL_TEAMS} if self.oversees else set())
        if chosen not in allowed:
            raise PermissionDenied  # another team's figures, or everyone's, are not this member's to see
        team = next((team for team in choices if team.slug == chosen), None)
        dashboard = selectors_dashboard.desk_dashboard(
            congress=request.congress,
            team=team,
            first_response_hours=desk_settings_for(congress=request.congress).first_response_hours,
        )
        scope_form = DashboardScopeForm({"team": chosen}, teams=choices, may_see_all=self.oversees)
        context = self.get_context_data(
            scope_form=scope_form, team=team, dashboard=dashboard, **charts.lay_out_dashboard(dashboard)
        )
        return self.render_to_response(context)

    def default_scope(self) -> str:
        if self.oversees:
            return ALL_TEAMS
        return teams_of(user=self.request.user, congress=self.request.congress).first().slug


# --- Routing and settings ----------------------------------------------------------------------------------------


@method_decorator(never_cache, name="dispatch")
class RoutingView(DeskMixin, TemplateView):
    """The routing table (saved in one go), "restore the defaults", and the first-answer target.

    The page holds three forms; the button pressed says which (`form` = routing, defaults or settings). A refused
    form is shown again as it was typed, next to the others as they are saved."""

    desk_permission = "helpdesk.oversee_desk"
    template_name = "helpdesk/manage/desk/routing.html"

    def get(self, request, *args, **kwargs):
        return self.render_page()

    def post(self, request, *args, **kwargs):
        handlers = {
            "routing": self.save_routing,
            "defaults": self.restore_defaults,
            "settings": self.save_settings,
        }
        handler = handlers.get(request.POST.get("form"))
        if handler is None:
            return self.redirect_to("routing")
        return handler()

    def routing_form(self, data=None) -> RoutingForm:
        congress = self.request.congress
        rules_by_pair = selectors_desk.routing_rules_by_pair(congress=congress)
        anchor = selectors_desk.secretariat_rule(congress=congress)
        return RoutingForm(
            data,
            teams=selectors_desk.routable_teams(congress=congress),
            rules=rules_by_pair,
            defaults=selectors_desk.default_teams_by_pair(congress=congress),
            anchor=(anchor.requester_type, anchor.topic) if anchor else None,
        )

    def settings_form(self, data=None) -> DeskSettingsForm:
        return DeskSettingsForm(
            data, instance=desk_settings_for(congress=self.request.congress), prefix="settings"
        )

    def render_page(self, *, routing_form=None, settings_form=None):
        return self.render_to_response(
            self.get_context_data(
                routing_form=routing_form or self.routing_form(),
                settings_form=settings_form or self.settings_form(),
            )
        )

    def save_routing(self):
        form = self.routing_form(self.request.POST)
        if form.is_valid():
            try:
                changes = services.save_routing_rules(
                    congress=self.request.congress, teams=form.chosen_teams(), actor=self.request.user
                )
            except HelpdeskError as error:
                form.add_error(None, error.message)
            else:
                if changes:
                    done = ngettext(
                        "The routing was saved: {count} change.",
                        "The routing was saved: {count} changes.",
                        len(changes),
                    )
                    messages.success(self.request, done.format(count=len(changes)))
                else:
                    messages.info(self.request, _("Nothing was changed in the routing."))
                return self.redirect_to("routing")
        return self.render_page(routing_form=form)

    def restore_defaults(self):
        try:
            services.restore_default_routing(congress=self.request.congress, actor=self.request.user)
        except HelpdeskError as error:
            messages.error(self.request, error.message)
        else:
            messages.success(self.request, _("The default routing was restored."))
        return self.redirect_to("routing")

    def save_settings(self):
        form = self.settings_form(self.request.POST)
        if form.is_valid():
            try:
                services.save_desk_settings(
                    congress=self.request.congress,
                    first_response_hours=form.cleaned_data["first_response_hours"],
                    actor=self.request.user,
                )
            except HelpdeskError as error:
                form.add_error("first_response_hours", error.message)
            else:
                messages.success(self.request, _("The desk's settings were saved."))
                return self.redirect_to("routing")
        return self.render_page(settings_form=form)


# --- FAQ entries -------------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class FaqRow:
    entry: object
    question: str
    is_fallback: bool
    missing: list[str]


class FaqListView(DeskMixin, TemplateView):
    template_name = "helpdesk/manage/desk/faq_list.html"

    def get_context_data(self, **kwargs):
        names = dict(settings.LANGUAGES)
        rows = []
        for entry in selectors_desk.faq_entries_for_desk(congress=self.request.congress):
            question = localize(entry.question)
            missing = [names[code] for code in missing_languages(entry.question)]
            rows.append(FaqRow(entry, question.text, question.is_fallback, missing))
        return super().get_context_data(rows=rows, **kwargs)


def _faq_content(form: FaqEntryForm) -> services.FaqContent:
    data = form.cleaned_data
    return services.FaqContent(
        topic=data["topic"],
        question=dict(data["question"].data),
        answer=dict(data["answer"].data),
        keywords=data["keywords"],
        is_published=data["is_published"],
        position=data["position"],
    )


class FaqFormMixin(DeskMixin):
    template_name = "helpdesk/manage/desk/faq_form.html"
    form_class = FaqEntryForm
    entry = None

    def get_form_kwargs(self):
        return {**super().get_form_kwargs(), "instance": self.entry}

    def form_valid(self, form):
        try:
            self.save(form)
        except HelpdeskError as error:
            form.add_error(None, error.message)
            return self.form_invalid(form)
        messages.success(self.request, _("The FAQ entry was saved."))
        return self.redirect_to("faq-list")

    def get_context_data(self, **kwargs):
        return super().get_context_data(entry=self.entry, **kwargs)


class FaqCreateView(FaqFormMixin, FormView):
    def save(self, form):
        services.create_faq_entry(
            congress=self.request.congress,
            content=_faq_content(form),
            team=teams_of(user=self.request.user, congress=self.request.congress).first(),
            actor=self.request.user,
        )


class FaqEntryMixin:
    def load_entry(self):
        self.entry = selectors_desk.get_faq_entry(congress=self.request.congress, pk=self.kwargs["pk"])
        if self.entry is None:
            raise Http404("No such FAQ entry")


class FaqEditView(FaqEntryMixin, FaqFormMixin, FormView):
    """Edits an entry; a POST with `publish` (1 or 0) only puts it on, or takes it off, the public FAQ page."""

    def get(self, request, *args, **kwargs):
        self.load_entry()
        return super().get(request, *args, **kwargs)

    def post(self, request, *args, **kwargs):
        self.load_entry()
        if "publish" in request.POST:
            is_published = request.POST["publish"] == "1"
            services.set_faq_entry_published(entry=self.entry, is_published=is_published, actor=request.user)
            if is_published:
                messages.success(request, _("The entry is on the public FAQ page."))
            else:
                messages.success(request, _("The entry was taken off the public FAQ page."))
            return self.redirect_to("faq-list")
        return super().post(request, *args, **kwargs)

    def save(self, form):
        services.update_faq_entry(entry=self.entry, content=_faq_content(form), actor=self.request.user)


class FaqDeleteView(FaqEntryMixin, DeskMixin, TemplateView):
    template_name = "helpdesk/manage/desk/faq_delete.html"

    def get(self, request, *args, **kwargs):
        self.load_entry()
        return self.render_to_response(self.get_context_data(entry=self.entry))

    def post(self, request, *args, **kwargs):
        self.load_entry()
        services.delete_faq_entry(entry=self.entry, actor=request.user)
        messages.success(request, _("The FAQ entry was deleted."))
        return self.redirect_to("faq-list")


# --- Canned answers ----------------------------------------------------------------------------------------------


class CannedMixin(DeskMixin):
    answer = None

    @property
    def access(self) -> selectors_desk.CannedAccess:
        return selectors_desk.canned_access_of(
            user=self.request.user, congress=self.request.congress, oversees=self.oversees
        )

    def load_answer(self):
        """The answer of the URL, if this member may change it: another team's answer is a 404, not a 403, so
        that the pages don't tell which answers exist."""
        self.answer = selectors_desk.get_changeable_canned_answer(
            congress=self.request.congress, access=self.access, pk=self.kwargs["pk"]
        )
        if self.answer is None:
            raise Http404("No such canned answer")


class CannedListView(CannedMixin, TemplateView):
    template_name = "helpdesk/manage/desk/canned_list.html"

    def get_context_data(self, **kwargs):
        access = self.access
        answers = selectors_desk.canned_answers_for_member(congress=self.request.congress, access=access)
        rows = [(answer, localize(answer.body), access.may_change(answer)) for answer in answers]
        return super().get_context_data(rows=rows, **kwargs)


class CannedFormMixin(CannedMixin):
    template_name = "helpdesk/manage/desk/canned_form.html"
    form_class = CannedAnswerForm

    def get_form_kwargs(self):
        return {
            **super().get_form_kwargs(),
            "instance": self.answer,
            "teams": teams_of(user=self.request.user, congress=self.request.congress),
            "may_share": self.oversees,
        }

    def form_valid(self, form):
        try:
            self.save(form, title=form.cleaned_data["title"], body=dict(form.cleaned_data["body"].data))
        except HelpdeskError as error:
            form.add_error(None, error.message)
            return self.form_invalid(form)
        messages.success(self.request, _("The canned answer was saved."))
        return self.redirect_to("canned-list")

    def get_context_data(self, **kwargs):
        return super().get_context_data(answer=self.answer, **kwargs)


class CannedCreateView(CannedFormMixin, FormView):
    def save(self, form, *, title, body):
        services.create_canned_answer(
            congress=self.request.congress,
            title=title,
            body=body,
            team=form.chosen_team(),
            actor=self.request.user,
        )


class CannedEditView(CannedFormMixin, FormView):
    def get(self, request, *args, **kwargs):
        self.load_answer()
        return super().get(request, *args, **kwargs)

    def post(self, request, *args, **kwargs):
        self.load_answer()
        return super().post(request, *args, **kwargs)

    def save(self, form, *, title, body):
        services.update_canned_answer(
            answer=self.answer, title=title, body=body, team=form.chosen_team(), actor=self.request.user
        )


class CannedDeleteView(CannedMixin, TemplateView):
    template_name = "helpdesk/manage/desk/canned_delete.html"

    def get(self, request, *args, **kwargs):
        self.load_answer()
        return self.render_to_response(self.get_context_data(answer=self.answer))

    def post(self, request, *args, **kwargs):
        self.load_answer()
        services.delete_canned_answer(answer=self.answer, actor=request.user)
        messages.success(request, _("The canned answer was deleted."))
        return self.redirect_to("canned-list")
