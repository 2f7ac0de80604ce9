"""The reviewing teams' queues: list with filters and bulk decisions, and one registration with its history."""

from django.contrib import messages
from django.core.exceptions import PermissionDenied
from django.core.paginator import Paginator
from django.http import Http404, HttpResponse
from django.shortcuts import redirect, render
from django.urls import reverse
from django.utils.translation import gettext as _
from django.utils.translation import ngettext
from django.views import View
from django.views.generic import TemplateView

from plenaria.common.errors import DomainError
from plenaria.common.htmx import is_htmx
from plenaria.common.private_storage import private_file_response
from plenaria.congresses.views.manage_base import CongressPermissionMixin

from .. import selectors
from ..disclosure import Audience, attach_disclosures
from ..enums import REVIEWABLE_STATUSES
from ..forms_review import BulkDecisionForm, DecisionForm, QueueFilterForm
from ..models import Participant
from ..services.review import decide_registration
from .participant import missing_labels

PAGE_SIZE = 50


class ReviewMixin(CongressPermissionMixin):
    permission_required = "registration.view_queue"


class QueueView(ReviewMixin, TemplateView):
    template_name = "registration/review/queue.html"

    def get_context_data(self, **kwargs):
        congress, user = self.request.congress, self.request.user
        filter_form = QueueFilterForm(self.request.GET or None, congress=congress)
        filters = filter_form.filters()
        queue = selectors.review_queue_for(user=user, congress=congress, filters=filters)
        sort = filters.get("sort") or "-submitted"
        bulk_form = kwargs.pop("bulk_form", None) or BulkDecisionForm(queue=queue)
        page_obj = Paginator(queue, PAGE_SIZE).get_page(self.request.GET.get("page"))
        page_obj.object_list = attach_disclosures(page_obj.object_list, audience=Audience.STAFF)
        return super().get_context_data(
            filters=filter_form,
            page_obj=page_obj,
            bulk_form=bulk_form,
            selected=set(bulk_form.data.getlist("participants")) if bulk_form.is_bound else set(),
            sort=sort,
            other_sort="submitted" if sort == "-submitted" else "-submitted",
            **kwargs,
        )

    def post(self, request, *args, **kwargs):
        """Bulk decision: applied one registration at a time; what could not be done is listed with the reason."""
        queue = selectors.registrations_reviewed_by(user=request.user, congress=request.congress)
        form = BulkDecisionForm(request.POST, queue=queue)
        if not form.is_valid():
            return self.render_to_response(self.get_context_data(bulk_form=form))
        done, failures = decide_each(request, form.cleaned_data)
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


def decide_each(request, cleaned: dict) -> tuple[int, list[tuple[Participant, str]]]:
    """Apply one decision to each selected registration the user may decide; each succeeds or fails alone."""
    done, failures = 0, []
    for participant in cleaned["participants"]:
        if not request.user.has_perm("registration.decide_participant", participant):
            failures.append((participant, _("You may not decide on this registration.")))
            continue
        try:
            decide_registration(
                participant=participant,
                decision=cleaned["decision"],
                actor=request.user,
                reason=cleaned["reason"],
            )
        except DomainError as error:  # the apps above may refuse too (safeguarding: the code of conduct)
            failures.append((participant, str(error.message)))
        else:
            done += 1
    return done, failures


def get_reviewable(request, pk: int) -> Participant:
    """The registration if it is in the user's queue and they may view it; otherwise 404 (never say it exists)."""
    participant = selectors.get_registration_for_review(user=request.user, congress=request.congress, pk=pk)
    if participant is None or not request.user.has_perm("registration.view_participant", participant):
        raise Http404("No such registration")
    return participant


def mask_passport_number(number: str | None) -> str:
    """Only the last three characters show: enough to compare with a copy, not enough to misuse."""
    number = number or ""
    shown = number[-3:] if len(number) > 3 else ""
    return "•" * (len(number) - len(shown)) + shown


class ParticipantReviewView(ReviewMixin, TemplateView):
    template_name = "registration/review/participant.html"

    def get_context_data(self, **kwargs):
        participant = kwargs.pop("participant", None) or get_reviewable(self.request, self.kwargs["pk"])
        return super().get_context_data(
            participant=participant,
            can_decide=self.request.user.has_perm("registration.decide_participant", participant),
            is_reviewable=participant.status in REVIEWABLE_STATUSES,
            decision_form=kwargs.pop("decision_form", None) or DecisionForm(),
            passport_number=mask_passport_number(participant.passport_number),
            missing=missing_labels(participant),
            **kwargs,
        )

    def post(self, request, *args, **kwargs):
        participant = get_reviewable(request, kwargs["pk"])
        if not request.user.has_perm("registration.decide_participant", participant):
            raise PermissionDenied
        form = DecisionForm(request.POST)
        if form.is_valid():
            try:
                decide_registration(participant=participant, actor=request.user, **form.cleaned_data)
            except DomainError as error:  # RegistrationError, or a refusal from an app above
                form.add_error("reason" if error.code == "reason_required" else None, str(error.message))
            else:
                return self.decided(request, participant)
        template = f"{self.template_name}#decision" if is_htmx(request) else self.template_name
        # read again: a failed decision may mean that someone else has just decided
        return render(request, template, self.get_context_data(decision_form=form))

    def decided(self, request, participant: Participant) -> HttpResponse:
        """After a decision: the refreshed panel (htmx) or the page again; the queue if it left the user's teams."""
        try:
            participant = get_reviewable(request, participant.pk)
        except Http404:
            messages.success(
                request, _("The decision has been recorded; the registration has moved on to another team.")
            )
            queue_url = reverse("review:queue", kwargs={"congress_slug": request.congress.slug})
            return (
                HttpResponse(headers={"HX-Redirect": queue_url}) if is_htmx(request) else redirect(queue_url)
            )
        if is_htmx(request):
            context = self.get_context_data(participant=participant, just_decided=True)
            return render(request, f"{self.template_name}#decision", context)
        messages.success(request, _("The decision has been recorded."))
        return redirect("review:participant", congress_slug=request.congress.slug, pk=participant.pk)


class DocumentDownloadView(ReviewMixin, View):
    """A supporting document, streamed to those who may view the registration only (never cached)."""

    def get(self, request, *args, **kwargs):
        participant = get_reviewable(request, kwargs["pk"])
        document = participant.documents.filter(pk=kwargs["document_pk"]).first()
        if document is None:
            raise Http404("No such document")
        return private_file_response(
            document.file, download_name=document.original_name, content_type=document.content_type
        )
