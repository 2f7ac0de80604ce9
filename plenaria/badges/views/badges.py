"""The badge list and the accreditation desk: issue, print, reprint and revoke one participant's badge."""

from django.contrib import messages
from django.core.paginator import Paginator
from django.http import Http404, HttpResponse
from django.utils import translation
from django.utils.translation import gettext as _
from django.views.generic import FormView, TemplateView, View

from plenaria.common.htmx import is_htmx

from .. import selectors_manage as selectors
from ..errors import BadgeError
from ..forms import BadgeFilterForm, PrintSizeForm, ReprintForm, RevokeForm
from ..services import issue_badge, reprint_badge, revoke_badge
from ..services_printing import PrintError, print_badge
from .base import BadgesMixin


class BadgeListView(BadgesMixin, TemplateView):
    """Accredited participants and their badges: filters, counts, and each one's badge state and actions."""

    template_name = "badges/manage/badge_list.html"
    paginate_by = 50

    def get(self, request, *args, **kwargs):
        filter_form = BadgeFilterForm(request.GET or None, congress=request.congress)
        filters = filter_form.cleaned_data if filter_form.is_bound and filter_form.is_valid() else {}
        everyone = selectors.participants_for_badges(congress=request.congress)
        # The counts follow the category, delegation and search, not the state chosen: they offer the states.
        narrowed = selectors.filter_participants_for_badges(
            everyone, filters={key: filters.get(key) for key in ("q", "category", "delegation")}
        )
        shown = selectors.filter_participants_for_badges(everyone, filters=filters).order_by(
            "family_name", "given_name", "pk"
        )
        page_obj = Paginator(shown, self.paginate_by).get_page(request.GET.get("page"))
        context = self.get_context_data(
            filter_form=filter_form,
            page_obj=page_obj,
            rows=selectors.badge_rows(page_obj.object_list),
            counts=selectors.badge_counts(narrowed),
            is_filtered=any(filters.values()),
        )
        if is_htmx(request):
            return self.response_class(
                request=request, template=f"{self.template_name}#badges", context=context
            )
        return self.render_to_response(context)


class ParticipantMixin(BadgesMixin):
    def load_participant(self, pk: int | None = None):
        pk = self.kwargs["pk"] if pk is None else pk
        participant = selectors.get_participant_for_badges(congress=self.request.congress, pk=pk)
        if participant is None:
            raise Http404("No such participant")
        return participant

    def to_participant(self, participant_id: int):
        return self.redirect_to("participant", pk=participant_id)


class ParticipantBadgesView(ParticipantMixin, TemplateView):
    """One participant's badge at the desk: the valid one and its actions, and every badge they had."""

    template_name = "badges/manage/participant.html"

    def get_context_data(self, **kwargs):
        participant = self.load_participant()
        history = participant.badge_history
        current = next((badge for badge in history if not badge.is_revoked), None)
        return super().get_context_data(participant=participant, current=current, history=history, **kwargs)


class IssueView(ParticipantMixin, View):
    def get(self, request, *args, **kwargs):
        return self.to_participant(self.load_participant().pk)

    def post(self, request, *args, **kwargs):
        participant = self.load_participant()
        try:
            issue_badge(participant=participant, actor=request.user)
        except BadgeError as error:
            messages.error(request, error.message)
        else:
            messages.success(request, _("The badge is issued. Print it now."))
        return self.to_participant(participant.pk)


class BadgeMixin(ParticipantMixin):
    """A page about one badge of the congress (`pk` in the address)."""

    def load_badge(self):
        badge = selectors.get_badge(congress=self.request.congress, pk=self.kwargs["pk"])
        if badge is None:
            raise Http404("No such badge")
        return badge


class PrintView(BadgeMixin, View):
    """One badge's PDF, as a download, recorded as printed."""

    def get(self, request, *args, **kwargs):
        return self.to_participant(self.load_badge().participant_id)

    def post(self, request, *args, **kwargs):
        badge = self.load_badge()
        form = PrintSizeForm(request.POST)
        try:
            if not form.is_valid():
                raise PrintError("invalid_size")
            size = form.cleaned_data["size"]
            pdf = print_badge(badge=badge, size=size, language=translation.get_language(), actor=request.user)
        except (BadgeError, PrintError) as error:
            messages.error(request, error.message)
            return self.to_participant(badge.participant_id)
        response = HttpResponse(pdf, content_type="application/pdf")
        response["Content-Disposition"] = (
            f'attachment; filename="badge-{badge.participant.reference}-{size}.pdf"'
        )
        response["X-Content-Type-Options"] = "nosniff"
        return response


class BadgeActionView(BadgeMixin, FormView):
    """The confirm step of a reprint or a revocation: the reason, then the action."""

    service = None
    success_message = ""

    def dispatch(self, request, *args, **kwargs):
        self.badge = None
        return super().dispatch(request, *args, **kwargs)

    def get(self, request, *args, **kwargs):
        self.badge = self.load_badge()
        if self.badge.is_revoked:
            messages.error(request, BadgeError.messages["already_revoked"])
            return self.to_participant(self.badge.participant_id)
        return super().get(request, *args, **kwargs)

    def post(self, request, *args, **kwargs):
        self.badge = self.load_badge()
        return super().post(request, *args, **kwargs)

    def get_context_data(self, **kwargs):
        participant = self.load_participant(self.badge.participant_id)
        return super().get_context_data(badge=self.badge, participant=participant, **kwargs)

    def form_valid(self, form):
        try:
            self.service(badge=self.badge, actor=self.request.user, reason=form.cleaned_data["reason"])
        except BadgeError as error:
            form.add_error(None, error.message)
            return self.form_invalid(form)
        messages.success(self.request, self.success_message)
        return self.to_participant(self.badge.participant_id)


class ReprintView(BadgeActionView):
    """A lost, damaged or outdated badge: the old one is revoked and a new one, with a new secret, is issued."""

    template_name = "badges/manage/badge_reprint.html"
    form_class = ReprintForm
    service = staticmethod(reprint_badge)

    @property
    def success_message(self):
        return _("A new badge is issued and the old one no longer opens any door. Print the new badge now.")


class RevokeView(BadgeActionView):
    """A badge revoked without a replacement: a scan of it is refused from now on."""

    template_name = "badges/manage/badge_revoke.html"
    form_class = RevokeForm
    service = staticmethod(revoke_badge)

    @property
    def success_message(self):
        return _("The badge is revoked: a scan of it is refused from now on.")
