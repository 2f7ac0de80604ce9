"""Codes of conduct: the participant reads and accepts the participant code (from their registration's page); the
reviewers record a signed paper form; each member of staff accepts the staff code; the officers list the staff who
work with young people and record their safeguarding training.

Access is decided with `rules.has_perm` (a platform administrator is not an officer), and the participant's page
with the registration's own rule: only the person it belongs to, anyone else gets a 404."""

import zoneinfo

import rules
from django.contrib import messages
from django.core.exceptions import PermissionDenied
from django.http import Http404
from django.shortcuts import redirect
from django.urls import reverse
from django.utils import timezone
from django.utils.decorators import method_decorator
from django.utils.translation import get_language
from django.utils.translation import gettext as _
from django.views import View
from django.views.decorators.cache import never_cache
from django.views.generic import FormView, TemplateView

from plenaria.congresses.views.manage_base import CongressPermissionMixin
from plenaria.registration import selectors as registration_selectors

from .. import selectors_conduct as conduct
from ..enums import ConsentMethod
from ..errors import SafeguardingError
from ..forms_conduct import AcceptCodeForm, PaperCodeForm, TrainingForm
from ..services.conduct import (
    accept_participant_code,
    accept_staff_code,
    record_safeguarding_training,
    remove_safeguarding_training,
)
from .officer import OfficerMixin


@method_decorator(never_cache, name="dispatch")
class ParticipantCodeView(FormView):
    """The participant code in the reader's language, with "I have read and accept". Young people accept theirs
    on their own page (a consent on their profile): here they only see whether it is done."""

    template_name = "safeguarding/participant/conduct.html"
    form_class = AcceptCodeForm

    def dispatch(self, request, *args, **kwargs):
        self.participant = registration_selectors.get_own_registration(
            user=request.user, reference=kwargs["reference"]
        )
        if self.participant is None:
            raise Http404("No such registration")
        timezone.activate(zoneinfo.ZoneInfo(self.participant.congress.time_zone))
        self.status = conduct.participant_code_status(participant=self.participant)
        return super().dispatch(request, *args, **kwargs)

    @property
    def can_accept(self) -> bool:
        status = self.status
        return status.is_required and not status.is_accepted and not status.is_young_person

    def page_url(self) -> str:
        return reverse("participant:page", kwargs={"reference": self.participant.reference})

    def get_context_data(self, **kwargs):
        return super().get_context_data(
            participant=self.participant,
            congress=self.participant.congress,
            status=self.status,
            can_accept=self.can_accept,
            page_url=self.page_url(),
            **kwargs,
        )

    def post(self, request, *args, **kwargs):
        if not self.can_accept:
            return redirect(self.page_url())
        return super().post(request, *args, **kwargs)

    def form_valid(self, form):
        try:
            accept_participant_code(
                participant=self.participant,
                text=self.status.code,
                language=get_language(),
                actor=self.request.user,
                method=ConsentMethod.ONLINE,
            )
        except SafeguardingError as error:
            form.add_error(None, error.message)
            return self.form_invalid(form)
        messages.success(
            self.request, _("Thank you. Your acceptance of the code of conduct has been recorded.")
        )
        return redirect(self.page_url())


class DecidableParticipantMixin:
    """After the back-office check: the registration, by the review pages' own rules (in the user's queue, else
    404; theirs to decide, else 403)."""

    def dispatch(self, request, *args, **kwargs):
        self.participant = registration_selectors.get_registration_for_review(
            user=request.user, congress=request.congress, pk=kwargs["pk"]
        )
        if self.participant is None:
            raise Http404("No such registration")
        if not rules.has_perm("registration.decide_participant", request.user, self.participant):
            raise PermissionDenied
        self.status = conduct.participant_code_status(participant=self.participant)
        return super().dispatch(request, *args, **kwargs)


@method_decorator(never_cache, name="dispatch")
class PaperCodeView(CongressPermissionMixin, DecidableParticipantMixin, FormView):
    """A reviewer who may decide the registration records the participant's signed paper copy of the code."""

    permission_required = "registration.view_queue"
    template_name = "safeguarding/manage/conduct_paper.html"
    form_class = PaperCodeForm

    def review_url(self) -> str:
        return reverse(
            "review:participant",
            kwargs={"congress_slug": self.request.congress.slug, "pk": self.participant.pk},
        )

    def get_initial(self):
        return {"language": self.participant.language}

    def get_context_data(self, **kwargs):
        return super().get_context_data(
            participant=self.participant,
            status=self.status,
            can_record=self.status.is_required and not self.status.is_accepted,
            review_url=self.review_url(),
            **kwargs,
        )

    def post(self, request, *args, **kwargs):
        if not (self.status.is_required and not self.status.is_accepted):
            return redirect(self.review_url())
        return super().post(request, *args, **kwargs)

    def form_valid(self, form):
        try:
            accept_participant_code(
                participant=self.participant,
                text=self.status.code,
                language=form.cleaned_data["language"],
                actor=self.request.user,
                method=ConsentMethod.PAPER,
            )
        except SafeguardingError as error:
            form.add_error(None, error.message)
            return self.form_invalid(form)
        messages.success(self.request, _("The signed paper form has been recorded."))
        return redirect(self.review_url())


@method_decorator(never_cache, name="dispatch")
class StaffCodeView(CongressPermissionMixin, FormView):
    """Any member of staff of the congress reads the staff code and accepts it, for themself."""

    template_name = "safeguarding/manage/conduct_staff_code.html"
    form_class = AcceptCodeForm

    def dispatch(self, request, *args, **kwargs):
        if not rules.has_perm("safeguarding.accept_staff_code", request.user, request.congress):
            raise PermissionDenied
        congress, user = request.congress, request.user
        self.code = conduct.current_staff_code(congress=congress)
        self.acceptance = conduct.staff_code_acceptance(user=user, congress=congress)
        return super().dispatch(request, *args, **kwargs)

    @property
    def can_accept(self) -> bool:
        return self.code is not None and (self.acceptance is None or self.acceptance.text_id != self.code.pk)

    def get_context_data(self, **kwargs):
        congress, user = self.request.congress, self.request.user
        return super().get_context_data(
            code=self.code,
            acceptance=self.acceptance,
            can_accept=self.can_accept,
            training=conduct.training_in_force(user=user, congress=congress),
            **kwargs,
        )

    def post(self, request, *args, **kwargs):
        if not self.can_accept:
            return redirect(request.path)
        return super().post(request, *args, **kwargs)

    def form_valid(self, form):
        try:
            accept_staff_code(
                user=self.request.user,
                congress=self.request.congress,
                text=self.code,
                language=get_language(),
            )
        except SafeguardingError as error:
            form.add_error(None, error.message)
            return self.form_invalid(form)
        messages.success(
            self.request, _("Thank you. Your acceptance of the staff code of conduct has been recorded.")
        )
        return redirect(self.request.path)


class YouthStaffView(OfficerMixin, TemplateView):
    """The officers' list of the staff who work with young people: staff code accepted, safeguarding-trained."""

    template_name = "safeguarding/manage/staff_youth.html"

    def get_context_data(self, **kwargs):
        bound = kwargs.pop("bound_forms", {})
        rows = conduct.staff_working_with_youth(congress=self.request.congress)
        entries = [(row, bound.get(row.user.pk) or TrainingForm(prefix=str(row.user.pk))) for row in rows]
        return super().get_context_data(
            entries=entries,
            code=conduct.current_staff_code(congress=self.request.congress),
            **kwargs,
        )


def youth_staff_url(congress, user_pk: int | None = None) -> str:
    url = reverse("safeguarding:youth-staff", kwargs={"congress_slug": congress.slug})
    return f"{url}#staff-{user_pk}" if user_pk else url


class RecordTrainingView(YouthStaffView):
    """Marks a member of staff safeguarding-trained; a refused form shows again in the list, with its errors."""

    http_method_names = ["get", "post"]

    def get(self, request, *args, **kwargs):
        return redirect(youth_staff_url(request.congress))

    def post(self, request, congress_slug, user_pk):
        if not rules.has_perm("safeguarding.record_training", request.user, request.congress):
            raise PermissionDenied
        member = conduct.get_staff_member(congress=request.congress, pk=user_pk)
        if member is None:
            raise Http404("No such member of staff")
        form = TrainingForm(request.POST, prefix=str(member.pk))
        if form.is_valid():
            try:
                record_safeguarding_training(
                    user=member, congress=request.congress, actor=request.user, **form.cleaned_data
                )
            except SafeguardingError as error:
                form.add_error("trained_on" if error.code == "training_in_future" else None, error.message)
            else:
                messages.success(
                    request, _("{name} is marked safeguarding-trained.").format(name=member.display_name)
                )
                return redirect(youth_staff_url(request.congress, member.pk))
        return self.render_to_response(self.get_context_data(bound_forms={member.pk: form}))


class RemoveTrainingView(OfficerMixin, View):
    http_method_names = ["get", "post"]

    def get(self, request, *args, **kwargs):
        return redirect(youth_staff_url(request.congress))

    def post(self, request, congress_slug, pk):
        if not rules.has_perm("safeguarding.record_training", request.user, request.congress):
            raise PermissionDenied
        training = conduct.get_training(congress=request.congress, pk=pk)
        if training is None:
            raise Http404("No such training")
        remove_safeguarding_training(training=training, actor=request.user)
        messages.success(
            request,
            _("{name} is no longer marked safeguarding-trained.").format(name=training.user.display_name),
        )
        return redirect(youth_staff_url(request.congress, training.user_id))
