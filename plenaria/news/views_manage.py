"""The news back office: the list of items, writing and editing one (with its history), the preview, and
publishing, scheduling and withdrawing. Every page needs the "news.edit_news" permission on the congress."""

from django.contrib import messages
from django.core.exceptions import PermissionDenied
from django.http import Http404
from django.shortcuts import redirect
from django.utils.decorators import method_decorator
from django.utils.translation import gettext as _
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_GET, require_POST
from django.views.generic import FormView, TemplateView

from plenaria.congresses.views.manage_base import CongressPermissionMixin

from . import rules, selectors, services
from .errors import NewsError
from .forms import NewsItemForm, ScheduleForm
from .views_public import render_item


def _check_editor(request) -> None:
    if not rules.may_edit_news(request.user, request.congress):
        raise PermissionDenied


def _load_item(request, pk):
    item = selectors.get_item_for_editors(congress=request.congress, pk=pk)
    if item is None:
        raise Http404("No such news item")
    return item


@method_decorator(never_cache, name="dispatch")
class NewsMixin(CongressPermissionMixin):
    def dispatch(self, request, *args, **kwargs):
        _check_editor(request)
        return super().dispatch(request, *args, **kwargs)


class NewsListView(NewsMixin, TemplateView):
    template_name = "news/manage/list.html"

    def get_context_data(self, **kwargs):
        items = selectors.news_for_editors(congress=self.request.congress)
        return super().get_context_data(items=items, **kwargs)


class NewsFormView(NewsMixin, FormView):
    template_name = "news/manage/form.html"
    form_class = NewsItemForm
    item = None

    def get_form_kwargs(self):
        return {**super().get_form_kwargs(), "instance": self.item, "congress": self.request.congress}

    def form_valid(self, form):
        try:
            item = self.save(form)
        except NewsError as error:
            form.add_error("slug" if error.code == "slug_taken" else None, error.message)
            return self.form_invalid(form)
        messages.success(self.request, _("The news item was saved."))
        return redirect("news_manage:edit", congress_slug=self.request.congress.slug, pk=item.pk)

    def get_context_data(self, **kwargs):
        context = {"item": self.item}
        if self.item is not None:
            context["history"] = selectors.item_history(item=self.item)
            context["schedule_form"] = ScheduleForm()
        return super().get_context_data(**context, **kwargs)


class NewsCreateView(NewsFormView):
    def save(self, form):
        return services.create_news_item(
            congress=self.request.congress,
            content=form.content(),
            image=form.cleaned_data["image"],
            actor=self.request.user,
        )


class NewsEditView(NewsFormView):
    def dispatch(self, request, *args, **kwargs):
        _check_editor(request)
        self.item = _load_item(request, kwargs["pk"])
        return super().dispatch(request, *args, **kwargs)

    def save(self, form):
        return services.update_news_item(
            item=self.item,
            content=form.content(),
            image=form.cleaned_data["image"],
            remove_image=form.cleaned_data.get("remove_image", False),
            actor=self.request.user,
        )


@never_cache
@require_GET
def news_preview(request, congress_slug, pk):
    """The item as readers will see it, marked "Preview", whatever its state."""
    _check_editor(request)
    return render_item(request, _load_item(request, pk), is_preview=True)


@require_POST
def news_action(request, congress_slug, pk):
    """Publish now, schedule (`publish_at`) or withdraw, as the button pressed says (`action`)."""
    _check_editor(request)
    item = _load_item(request, pk)
    action = request.POST.get("action")
    try:
        if action == "publish":
            services.publish_news_item(item=item, actor=request.user)
            messages.success(request, _("The news item is published."))
        elif action == "schedule":
            _schedule(request, item)
        elif action == "withdraw":
            services.withdraw_news_item(item=item, actor=request.user)
            messages.success(request, _("The news item was withdrawn."))
    except NewsError as error:
        messages.error(request, error.message)
    return redirect("news_manage:edit", congress_slug=congress_slug, pk=item.pk)


def _schedule(request, item) -> None:
    form = ScheduleForm(request.POST)
    if not form.is_valid():
        messages.error(request, _("Choose the date and time of publication."))
        return
    services.publish_news_item(item=item, actor=request.user, publish_at=form.cleaned_data["publish_at"])
    messages.success(request, _("The news item will be published at the chosen time."))
