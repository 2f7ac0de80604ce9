"""The reviewing teams' queues: list with filters and bulk decisions, and one registration with its history."""

from django.contrib import messages
from django.core.paginator import Paginator
from django.http import Http404
from django.shortcuts import redirect, render
from django.utils.translation import gettext as _
from django.utils.translation import ngettext
from django.views.generic import TemplateView

from plenaria.common.htmx import is_htmx
from plenaria.common.private_storage import private_file_response
from plenaria.congresses.views.manage_base import CongressPermissionMixin

from .. import selectors
from ..errors import RegistrationError
from ..forms_review import BulkDecisionForm, DecisionForm, QueueFilterForm
from ..models import Participant
from ..services.review import decide_registration


class ReviewMixin(CongressPermissionMixin):
    permission_required = "registration.view_queue"


class QueueView(ReviewMixin, TemplateView):
    template_name = "registration/review/queue.html"

    def get_context_data(self, **kwargs):
        congress, user = self.request.congress, self.request.user
        filters = QueueFilterForm(self.request.GET or None, congress=congress)
        cleaned = filters.cleaned_data if filters.is_valid() else {}
        queue = selectors.review_queue(user=user, congress=congress, filters=cleaned)
        page = Paginator(queue, 50).get_page(self.request.GET.get("page"))
        bulk = kwargs.pop("bulk_form", None) or BulkDecisionForm(visible=queue)
        return super().get_context_data(filters=filters, page_obj=page, bulk_form=bulk, **kwargs)

    def post(self, request, *args, **kwargs):
        """Bulk decision: applied one registration at a time; what could not be done is listed with the reason."""
        visible = selectors.registrations_visible_to(user=request.user, congress=request.congress)
        form = BulkDecisionForm(request.POST, visible=visible)
        if not form.is_valid():
            return self.render_to_response(self.get_context_data(bulk_form=form))
        done, failures = 0, []
        for participant in form.cleaned_data["participants"]:
            if not request.user.has_perm("registration.decide_participant", participant):
                failures.append((participant, _("You may not decide on this registration.")))
                continue
            try:
                decide_registration(
                    participant=participant,
                    decision=form.cleaned_data["decision"],
                    actor=request.user,
                    reason=form.cleaned_data["reason"],
                )
                done += 1
            except RegistrationError as error:
                failures.append((participant, error.message))
        if done:
            messages.success(
                request,
                ngettext("{count} decision recorded.", "{count} decisions recorded.", done).format(
                    count=done
                ),
            )
        for participant, reason in failures:
            messages.error(
                request,
                _("{reference} ({name}): {reason}").format(
                    reference=participant.reference, name=participant.display_name, reason=reason
                ),
            )
        return redirect(request.get_full_path())


def _participant(request, pk) -> Participant:
    participant = (
        selectors.registrations_visible_to(user=request.user, congress=request.congress)
        .prefetch_related("decisions__actor", "decisions__stage", "documents")
        .filter(pk=pk)
        .first()
    )
    if participant is None or not request.user.has_perm("registration.view_participant", participant):
        raise Http404("No such registration")
    return participant


class ParticipantReviewView(ReviewMixin, TemplateView):
    template_name = "registration/review/participant.html"

    def get_context_data(self, **kwargs):
        participant = _participant(self.request, self.kwargs["pk"])
        return super().get_context_data(
            participant=participant,
            can_decide=self.request.user.has_perm("registration.decide_participant", participant),
            decision_form=kwargs.pop("decision_form", None) or DecisionForm(),
            **kwargs,
        )

    def post(self, request, *args, **kwargs):
        participant = _participant(request, kwargs["pk"])
        if not request.user.has_perm("registration.decide_participant", participant):
            raise Http404("No such registration")
        form = DecisionForm(request.POST)
        if form.is_valid():
            try:
                decide_registration(participant=participant, actor=request.user, **form.cleaned_data)
            except RegistrationError as error:
                form.add_error("reason" if error.code == "reason_required" else None, error.message)
            else:
                if not is_htmx(request):
                    messages.success(request, _("The decision has been recorded."))
                    return redirect(
                        "review:participant", congress_slug=request.congress.slug, pk=participant.pk
                    )
                context = self.get_context_data(decision_form=DecisionForm(), just_decided=True)
                return render(request, f"{self.template_name}#decision", context)
        context = self.get_context_data(decision_form=form)
        template = f"{self.template_name}#decision" if is_htmx(request) else self.template_name
        return render(request, template, context)


class DocumentDownloadView(ReviewMixin, TemplateView):
    def get(self, request, *args, **kwargs):
        participant = _participant(request, kwargs["pk"])
        document = participant.documents.filter(pk=kwargs["document_pk"]).first()
        if document is None:
            raise Http404("No such document")
        return private_file_response(
            document.file, download_name=document.original_name, content_type=document.content_type
        )
