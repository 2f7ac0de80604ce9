"""Back office: staff teams, their permission flags and members."""

from django.contrib import messages
from django.core.exceptions import ValidationError
from django.http import Http404
from django.shortcuts import redirect
from django.utils.translation import gettext as _
from django.views.generic import FormView, TemplateView

from .. import forms, selectors, services
from ..models import StaffTeam
from .manage_base import CongressPermissionMixin, ObjectFormMixin


class TeamListView(CongressPermissionMixin, TemplateView):
    permission_required = "congresses.manage_teams"
    template_name = "congresses/manage/team_list.html"

    def get_context_data(self, **kwargs):
        return super().get_context_data(
            teams=selectors.teams_with_members(congress=self.request.congress),
            add_member_form=forms.AddMemberForm(),
            **kwargs,
        )


class TeamFormView(CongressPermissionMixin, ObjectFormMixin, FormView):
    permission_required = "congresses.manage_teams"
    form_class = forms.StaffTeamForm
    template_name = "congresses/manage/content_form.html"

    def get_object(self) -> StaffTeam:
        pk = self.kwargs.get("pk")
        return StaffTeam(congress=self.request.congress) if pk is None else _team(self.request, pk)

    def get_form_kwargs(self):
        return {**super().get_form_kwargs(), "instance": self.object}

    def form_valid(self, form):
        team = form.save(commit=False)
        try:
            if self.before is None:
                services.create_content(
                    congress=self.request.congress, instance=team, actor=self.request.user
                )
            else:
                services.update_team(team=team, before=self.before, actor=self.request.user)
        except ValidationError as error:
            form.add_error(None, error)
            return self.form_invalid(form)
        except services.CongressError as error:
            form.add_error("can_manage_teams", error.message)
            return self.form_invalid(form)
        messages.success(self.request, _("The team has been saved."))
        return redirect("manage:team-list", congress_slug=self.request.congress.slug)

    def get_context_data(self, **kwargs):
        return super().get_context_data(heading=_("Team"), object=self.object, **kwargs)


def _team(request, pk) -> StaffTeam:
    team = request.congress.teams.filter(pk=pk).first()
    if team is None:
        raise Http404("No such team")
    return team


class TeamMemberAddView(CongressPermissionMixin, FormView):
    permission_required = "congresses.manage_teams"
    form_class = forms.AddMemberForm
    http_method_names = ["post"]

    def form_valid(self, form):
        team = _team(self.request, self.kwargs["pk"])
        try:
            services.add_team_member(
                team=team,
                email=form.cleaned_data["email"],
                actor=self.request.user,
                language=self.request.LANGUAGE_CODE,
            )
        except services.CongressError as error:
            messages.error(self.request, error.message)
        else:
            messages.success(
                self.request,
                _("{email} has been added to {team}.").format(email=form.cleaned_data["email"], team=team),
            )
        return redirect("manage:team-list", congress_slug=self.request.congress.slug)

    def form_invalid(self, form):
        messages.error(self.request, _("Enter a valid e-mail address."))
        return redirect("manage:team-list", congress_slug=self.request.congress.slug)


class TeamMemberRemoveView(CongressPermissionMixin, TemplateView):
    permission_required = "congresses.manage_teams"
    http_method_names = ["post"]

    def post(self, request, *args, **kwargs):
        membership = selectors.get_membership(congress=request.congress, pk=kwargs["membership_pk"])
        if membership is None:
            raise Http404("No such membership")
        try:
            services.remove_team_member(membership=membership, actor=request.user)
        except services.CongressError as error:
            messages.error(request, error.message)
        else:
            messages.success(
                request,
                _("{email} has been removed from {team}.").format(
                    email=membership.user.email, team=membership.team
                ),
            )
        return redirect("manage:team-list", congress_slug=request.congress.slug)
