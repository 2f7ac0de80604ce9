"""Back office: the congress itself and its public-site content (events, pages, figures, categories, contacts).

One set of list/create/edit/delete views serves every kind of content; `CONTENT_KINDS` says, per kind, which
model, form, columns and permission apply.
"""

from dataclasses import dataclass, field

from django.contrib import messages
from django.core.exceptions import ValidationError
from django.db import models
from django.http import Http404
from django.shortcuts import redirect
from django.utils.functional import Promise
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from django.views.generic import FormView, TemplateView

from .. import forms, selectors, services
from ..models import ContactPoint, Event, KeyFigure, Page, ParticipationSection
from .manage_base import CongressPermissionMixin, ObjectFormMixin


@dataclass(frozen=True)
class ContentKind:
    model: type[models.Model]
    form: type
    title: Promise
    columns: list[str]
    permission: str = "congresses.change_content"
    needs_congress: bool = False
    order: list[str] = field(default_factory=lambda: ["pk"])


CONTENT_KINDS = {
    "events": ContentKind(
        Event,
        forms.EventForm,
        gettext_lazy("Events"),
        ["name", "kind", "city", "starts_on", "ends_on"],
        permission="congresses.change_congress",
        order=["starts_on", "position"],
    ),
    "pages": ContentKind(
        Page, forms.PageForm, gettext_lazy("Pages"), ["section", "title", "is_published"], order=["section"]
    ),
    "figures": ContentKind(
        KeyFigure,
        forms.KeyFigureForm,
        gettext_lazy("Key figures"),
        ["value", "label", "position"],
        order=["position"],
    ),
    "participation": ContentKind(
        ParticipationSection,
        forms.ParticipationSectionForm,
        gettext_lazy("Participant categories"),
        ["name", "reviewing_team", "position"],
        needs_congress=True,
        order=["position"],
    ),
    "contacts": ContentKind(
        ContactPoint,
        forms.ContactPointForm,
        gettext_lazy("Contact points"),
        ["topic", "organisation", "email"],
        needs_congress=True,
        order=["position"],
    ),
}


class ManageHomeView(CongressPermissionMixin, TemplateView):
    template_name = "congresses/manage/home.html"

    def get_context_data(self, **kwargs):
        return super().get_context_data(content_kinds=CONTENT_KINDS, **kwargs)


class CongressEditView(CongressPermissionMixin, FormView):
    permission_required = "congresses.change_congress"
    form_class = forms.CongressForm
    template_name = "congresses/manage/content_form.html"

    def get_form_kwargs(self):
        self.before = services.content_snapshot(self.request.congress)
        return {**super().get_form_kwargs(), "instance": self.request.congress}

    def form_valid(self, form):
        try:
            services.update_content(
                instance=form.save(commit=False), before=self.before, actor=self.request.user
            )
        except ValidationError as error:
            form.add_error(None, error)
            return self.form_invalid(form)
        messages.success(self.request, _("The congress has been saved."))
        return redirect("manage:home", congress_slug=self.request.congress.slug)

    def get_context_data(self, **kwargs):
        return super().get_context_data(heading=_("Congress details"), **kwargs)


class ContentKindMixin(CongressPermissionMixin):
    def dispatch(self, request, *args, **kwargs):
        self.kind_slug = kwargs["kind"]
        self.kind = CONTENT_KINDS.get(self.kind_slug)
        if self.kind is None:
            raise Http404("No such content")
        self.permission_required = self.kind.permission
        return super().dispatch(request, *args, **kwargs)

    def get_context_data(self, **kwargs):
        # TemplateView passes the URL kwargs on: drop the URL's slug, `kind` here is the ContentKind
        kwargs.pop("kind", None)
        return super().get_context_data(kind=self.kind, kind_slug=self.kind_slug, **kwargs)


class ContentListView(ContentKindMixin, TemplateView):
    template_name = "congresses/manage/content_list.html"

    def get_context_data(self, **kwargs):
        objects = selectors.content_for_congress(
            congress=self.request.congress, model=self.kind.model, order=self.kind.order
        )
        rows = [(obj, [_cell(obj, column) for column in self.kind.columns]) for obj in objects]
        headers = [self.kind.model._meta.get_field(column).verbose_name for column in self.kind.columns]
        return super().get_context_data(rows=rows, headers=headers, **kwargs)


def _cell(obj, column: str):
    display = getattr(obj, f"get_{column}_display", None)
    return display() if display else getattr(obj, column)


class ContentFormView(ContentKindMixin, ObjectFormMixin, FormView):
    template_name = "congresses/manage/content_form.html"

    def get_object(self):
        pk = self.kwargs.get("pk")
        if pk is None:
            return self.kind.model(congress=self.request.congress)
        obj = selectors.get_content(congress=self.request.congress, model=self.kind.model, pk=pk)
        if obj is None:
            raise Http404("No such content")
        return obj

    def get_form_class(self):
        return self.kind.form

    def get_form_kwargs(self):
        kwargs = {**super().get_form_kwargs(), "instance": self.object}
        if self.kind.needs_congress:
            kwargs["congress"] = self.request.congress
        return kwargs

    def form_valid(self, form):
        instance = form.save(commit=False)
        try:
            if self.before is None:
                services.create_content(
                    congress=self.request.congress, instance=instance, actor=self.request.user
                )
            else:
                services.update_content(instance=instance, before=self.before, actor=self.request.user)
        except ValidationError as error:
            form.add_error(None, error)
            return self.form_invalid(form)
        messages.success(self.request, _("Saved."))
        return redirect("manage:content-list", congress_slug=self.request.congress.slug, kind=self.kind_slug)

    def get_context_data(self, **kwargs):
        return super().get_context_data(heading=self.kind.title, object=self.object, **kwargs)


class ContentDeleteView(ContentFormView):
    template_name = "congresses/manage/content_delete.html"
    http_method_names = ["get", "post"]

    def get(self, request, *args, **kwargs):
        self.object = self.get_object()
        return self.render_to_response(self.get_context_data(form=None))

    def post(self, request, *args, **kwargs):
        services.delete_content(instance=self.get_object(), actor=request.user)
        messages.success(request, _("Deleted."))
        return redirect("manage:content-list", congress_slug=request.congress.slug, kind=self.kind_slug)

    def get_context_data(self, **kwargs):
        kwargs.setdefault("object", self.object)
        return ContentKindMixin.get_context_data(self, heading=self.kind.title, **kwargs)


class CongressIndexView(TemplateView):
    """The congresses this user can manage."""

    template_name = "congresses/manage/index.html"

    def get_context_data(self, **kwargs):
        return super().get_context_data(
            congresses=selectors.congresses_managed_by(user=self.request.user), **kwargs
        )
