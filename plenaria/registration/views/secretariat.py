"""Back office for the secretariat: the organisation register, delegations (quotas, focal points) and the
participant categories with their review stages."""

from django.contrib import messages
from django.core.exceptions import ValidationError
from django.http import Http404, HttpResponse
from django.shortcuts import redirect
from django.utils.translation import gettext as _
from django.views.generic import FormView, TemplateView

from plenaria.common.audit import snapshot
from plenaria.common.i18n_content import localize
from plenaria.congresses.views.manage_base import CongressPermissionMixin
from plenaria.delegations import services as delegation_services
from plenaria.delegations.models import Delegation, Organisation

from .. import exports, selectors, statistics
from .. import forms_secretariat as forms
from ..disclosure import Audience, attach_disclosures
from ..models import ParticipantCategory, ReviewStage
from ..services import configuration


class AccreditationMixin(CongressPermissionMixin):
    permission_required = "registration.manage_accreditation"


def _delegation(request, pk) -> Delegation:
    delegation = (
        Delegation.objects.filter(congress=request.congress, pk=pk).select_related("organisation").first()
    )
    if delegation is None:
        raise Http404("No such delegation")
    return delegation


class DelegationListView(AccreditationMixin, TemplateView):
    template_name = "registration/secretariat/delegation_list.html"

    def get_context_data(self, **kwargs):
        return super().get_context_data(
            delegations=selectors.delegations_overview(congress=self.request.congress), **kwargs
        )


class DelegationCreateView(AccreditationMixin, FormView):
    template_name = "registration/secretariat/form.html"
    form_class = forms.DelegationCreateForm

    def get_form_kwargs(self):
        return {**super().get_form_kwargs(), "congress": self.request.congress}

    def form_valid(self, form):
        delegation = delegation_services.create_delegation(
            congress=self.request.congress, actor=self.request.user, **form.cleaned_data
        )
        messages.success(self.request, _("The delegation has been created."))
        return redirect(
            "accreditation:delegation", congress_slug=self.request.congress.slug, pk=delegation.pk
        )

    def get_context_data(self, **kwargs):
        return super().get_context_data(heading=_("New delegation"), **kwargs)


class DelegationDetailView(AccreditationMixin, TemplateView):
    template_name = "registration/secretariat/delegation_detail.html"

    def get_context_data(self, **kwargs):
        delegation = _delegation(self.request, self.kwargs["pk"])
        return super().get_context_data(
            delegation=delegation,
            members=attach_disclosures(
                selectors.members_of_delegation(delegation=delegation), audience=Audience.STAFF
            ),
            seats_used=selectors.seats_taken(delegation=delegation),
            focal_points=delegation.focal_points.select_related("user"),
            quota_form=kwargs.pop("quota_form", None) or forms.QuotaForm(initial={"quota": delegation.quota}),
            invite_form=kwargs.pop("invite_form", None)
            or forms.InviteFocalPointForm(initial={"language": self.request.LANGUAGE_CODE}),
            **kwargs,
        )


class DelegationQuotaView(DelegationDetailView):
    http_method_names = ["post"]

    def post(self, request, *args, **kwargs):
        delegation = _delegation(request, kwargs["pk"])
        form = forms.QuotaForm(request.POST)
        if not form.is_valid():
            return self.render_to_response(self.get_context_data(quota_form=form))
        delegation_services.change_quota(
            delegation=delegation, quota=form.cleaned_data["quota"], actor=request.user
        )
        messages.success(request, _("The number of places has been changed."))
        return redirect("accreditation:delegation", congress_slug=request.congress.slug, pk=delegation.pk)


class FocalPointInviteView(DelegationDetailView):
    http_method_names = ["post"]

    def post(self, request, *args, **kwargs):
        delegation = _delegation(request, kwargs["pk"])
        form = forms.InviteFocalPointForm(request.POST)
        if not form.is_valid():
            return self.render_to_response(self.get_context_data(invite_form=form))
        try:
            delegation_services.invite_focal_point(
                delegation=delegation, actor=request.user, **form.cleaned_data
            )
        except delegation_services.DelegationError as error:
            form.add_error("email", error.message)
            return self.render_to_response(self.get_context_data(invite_form=form))
        messages.success(
            request, _("The invitation has been sent to {email}.").format(email=form.cleaned_data["email"])
        )
        return redirect("accreditation:delegation", congress_slug=request.congress.slug, pk=delegation.pk)


class OrganisationListView(AccreditationMixin, TemplateView):
    template_name = "registration/secretariat/organisation_list.html"

    def get_context_data(self, **kwargs):
        organisations = Organisation.objects.all()
        kind = self.request.GET.get("kind", "")
        if kind:
            organisations = organisations.filter(kind=kind)
        return super().get_context_data(
            organisations=organisations,
            kind_filter=kind,
            kinds=Organisation._meta.get_field("kind").choices,
            **kwargs,
        )


class OrganisationFormView(AccreditationMixin, FormView):
    template_name = "registration/secretariat/form.html"
    form_class = forms.OrganisationForm

    def get_form_kwargs(self):
        pk = self.kwargs.get("pk")
        instance = Organisation() if pk is None else Organisation.objects.filter(pk=pk).first()
        if instance is None:
            raise Http404("No such organisation")
        return {**super().get_form_kwargs(), "instance": instance}

    def form_valid(self, form):
        try:
            delegation_services.save_organisation(
                organisation=form.save(commit=False), actor=self.request.user
            )
        except ValidationError as error:
            form.add_error(None, error)
            return self.form_invalid(form)
        messages.success(self.request, _("Saved."))
        return redirect("accreditation:organisations", congress_slug=self.request.congress.slug)

    def get_context_data(self, **kwargs):
        return super().get_context_data(heading=_("Organisation"), **kwargs)


class CategoryListView(AccreditationMixin, TemplateView):
    template_name = "registration/secretariat/category_list.html"

    def get_context_data(self, **kwargs):
        categories = self.request.congress.categories.select_related("reviewing_team").prefetch_related(
            "stages__team"
        )
        return super().get_context_data(categories=categories, **kwargs)


class CategoryFormView(AccreditationMixin, FormView):
    template_name = "registration/secretariat/category_form.html"
    form_class = forms.CategoryForm

    def get_object(self) -> ParticipantCategory:
        pk = self.kwargs.get("pk")
        if pk is None:
            return ParticipantCategory(congress=self.request.congress)
        category = self.request.congress.categories.filter(pk=pk).first()
        if category is None:
            raise Http404("No such category")
        return category

    def get_form_kwargs(self):
        self.object = self.get_object()
        self.before = snapshot(self.object, configuration.CATEGORY_FIELDS) if self.object.pk else None
        return {**super().get_form_kwargs(), "instance": self.object, "congress": self.request.congress}

    def form_valid(self, form):
        try:
            category = configuration.save_category(
                category=form.save(commit=False), before=self.before, actor=self.request.user
            )
        except ValidationError as error:
            form.add_error(None, error)
            return self.form_invalid(form)
        messages.success(self.request, _("Saved."))
        return redirect("accreditation:category", congress_slug=self.request.congress.slug, pk=category.pk)

    def get_context_data(self, **kwargs):
        stages = self.object.stages.select_related("team") if self.object.pk else []
        stage_form = forms.StageForm(congress=self.request.congress, initial={"position": len(stages) + 1})
        return super().get_context_data(
            heading=_("Participant category"),
            object=self.object,
            stages=stages,
            stage_form=stage_form,
            **kwargs,
        )


class StageAddView(AccreditationMixin, FormView):
    form_class = forms.StageForm
    http_method_names = ["post"]

    def get_form_kwargs(self):
        self.category = self.request.congress.categories.filter(pk=self.kwargs["pk"]).first()
        if self.category is None:
            raise Http404("No such category")
        return {
            **super().get_form_kwargs(),
            "instance": ReviewStage(category=self.category),
            "congress": self.request.congress,
        }

    def form_valid(self, form):
        try:
            configuration.save_stage(stage=form.save(commit=False), actor=self.request.user)
        except ValidationError as error:
            messages.error(self.request, " ".join(error.messages))
        else:
            messages.success(self.request, _("The stage has been added."))
        return redirect(
            "accreditation:category", congress_slug=self.request.congress.slug, pk=self.category.pk
        )

    def form_invalid(self, form):
        messages.error(
            self.request,
            _("The stage could not be added: {errors}").format(
                errors=" ".join(str(e) for errors in form.errors.values() for e in errors)
            ),
        )
        return redirect(
            "accreditation:category", congress_slug=self.request.congress.slug, pk=self.category.pk
        )


class StageDeleteView(AccreditationMixin, TemplateView):
    http_method_names = ["post"]

    def post(self, request, *args, **kwargs):
        stage = ReviewStage.objects.filter(category__congress=request.congress, pk=kwargs["stage_pk"]).first()
        if stage is None:
            raise Http404("No such stage")
        category_pk = stage.category_id
        configuration.delete_stage(stage=stage, actor=request.user)
        messages.success(request, _("The stage has been removed."))
        return redirect("accreditation:category", congress_slug=request.congress.slug, pk=category_pk)


EXPORT_TYPES = {
    "csv": ("text/csv; charset=utf-8", "csv"),
    "xlsx": ("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "xlsx"),
    "pdf": ("application/pdf", "pdf"),
}


class ListOfParticipantsView(AccreditationMixin, TemplateView):
    """The official List of Participants: a page, and the same list as CSV, XLSX or PDF."""

    template_name = "registration/secretariat/list_of_participants.html"

    def get(self, request, *args, **kwargs):
        file_format = kwargs.get("file_format")
        rows = exports.rows_for(selectors.list_of_participants(congress=request.congress))
        if file_format is None:
            return self.render_to_response(self.get_context_data(rows=rows))
        content_type, extension = EXPORT_TYPES[file_format]
        if file_format == "csv":
            body = exports.to_csv(rows)
        elif file_format == "xlsx":
            body = exports.to_xlsx(rows)
        else:
            body = exports.to_pdf(
                rows,
                congress_name=localize(request.congress.name).text,
                host=localize(request.congress.host).text,
            )
        response = HttpResponse(body, content_type=content_type)
        response["Content-Disposition"] = (
            f'attachment; filename="list-of-participants-{request.congress.slug}.{extension}"'
        )
        return response


class StatisticsView(AccreditationMixin, TemplateView):
    template_name = "registration/secretariat/statistics.html"

    def get_context_data(self, **kwargs):
        counts = statistics.registration_statistics(congress=self.request.congress)
        charts = [
            (_("By category"), counts["category"]),
            (_("By status"), counts["status"]),
            (_("Under review, by stage"), counts["stage"]),
            (_("By region"), counts["region"]),
            (_("By country (the 25 largest)"), counts["country"]),
        ]
        return super().get_context_data(charts=charts, **kwargs)
