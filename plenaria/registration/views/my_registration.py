"""The participant's own pages: their registrations, one registration's page (status, what is missing, letters,
withdrawal) and the steps of the registration form. Only the person a registration belongs to reaches it."""

import zoneinfo

from django.contrib import messages
from django.http import Http404
from django.shortcuts import redirect
from django.urls import reverse
from django.utils import timezone
from django.utils.decorators import method_decorator
from django.utils.translation import gettext as _
from django.views.decorators.cache import never_cache
from django.views.generic import FormView, TemplateView

from .. import selectors
from ..enums import LetterKind, RegistrationStatus, RequirableField
from ..errors import RegistrationError
from ..forms_focal_point import WithdrawForm
from ..forms_self_registration import STEP_BY_SLUG, STEPS, DocumentsForm, SubmitForm
from ..services.letters import letter_availability
from ..services.nomination import withdraw_participant
from ..services.self_registration import attach_document, attach_photo, submit_draft
from ..services.submission import update_registration
from .participant import missing_label, missing_labels, saved_message


class MyRegistrationsView(TemplateView):
    template_name = "registration/self/mine.html"

    def get_context_data(self, **kwargs):
        return super().get_context_data(
            registrations=selectors.registrations_of(user=self.request.user), **kwargs
        )


@method_decorator(never_cache, name="dispatch")
class OwnRegistrationMixin:
    """Finds the registration by its number among the user's own; anyone else gets a 404, never a hint."""

    def dispatch(self, request, *args, **kwargs):
        self.participant = selectors.get_own_registration(user=request.user, reference=kwargs["reference"])
        if self.participant is None:
            raise Http404("No such registration")
        timezone.activate(zoneinfo.ZoneInfo(self.participant.congress.time_zone))
        return super().dispatch(request, *args, **kwargs)

    def get_context_data(self, **kwargs):
        return super().get_context_data(
            participant=self.participant, congress=self.participant.congress, **kwargs
        )

    def page_url(self) -> str:
        return reverse("participant:page", kwargs={"reference": self.participant.reference})


class RegistrationPageView(OwnRegistrationMixin, TemplateView):
    template_name = "registration/self/page.html"

    def get_context_data(self, **kwargs):
        participant = self.participant
        refusal = selectors.change_refusal(participant=participant)
        return super().get_context_data(
            missing=missing_labels(participant),
            can_change=refusal is None,
            change_refusal=RegistrationError(refusal).message if refusal else "",
            can_withdraw=participant.status
            not in (RegistrationStatus.WITHDRAWN, RegistrationStatus.REJECTED),
            letters=[
                (kind, label)
                for kind, label in LetterKind.choices
                if letter_availability(participant=participant, kind=kind) is None
            ],
            documents=participant.documents.all(),
            steps=STEPS,
            **kwargs,
        )


class StepView(OwnRegistrationMixin, FormView):
    """One step of the registration form. A draft goes through the steps in order and is sent at the last; a
    registration already sent is corrected step by step, each save returning to the registration's page."""

    template_name = "registration/self/step.html"

    def dispatch(self, request, *args, **kwargs):
        self.step = STEP_BY_SLUG.get(kwargs["step"])
        if self.step is None:
            raise Http404("No such step")
        return super().dispatch(request, *args, **kwargs)

    @property
    def is_draft(self) -> bool:
        return self.participant.status == RegistrationStatus.DRAFT

    def get(self, request, *args, **kwargs):
        if refusal := self._refusal():
            return refusal
        return super().get(request, *args, **kwargs)

    def post(self, request, *args, **kwargs):
        if refusal := self._refusal():
            return refusal
        return super().post(request, *args, **kwargs)

    def _refusal(self):
        """Back to the registration's page, with the reason, when this step cannot be used now."""
        code = selectors.change_refusal(participant=self.participant)
        if code is None and self.step.form_class is SubmitForm and not self.is_draft:
            return redirect(self.page_url())  # already sent: nothing to send again
        if code is None:
            return None
        messages.error(self.request, RegistrationError(code).message)
        return redirect(self.page_url())

    def get_form_class(self):
        return self.step.form_class

    def get_form_kwargs(self):
        return {**super().get_form_kwargs(), "participant": self.participant}

    def form_valid(self, form):
        actor = self.request.user
        if isinstance(form, SubmitForm):
            return self._send(form)
        if isinstance(form, DocumentsForm):
            self._save_files(form)
        else:
            update_registration(participant=self.participant, details=form.details(), actor=actor)
        if not self.is_draft:
            self.participant.refresh_from_db()
            messages.success(self.request, saved_message(self.participant))
            return redirect(self.page_url())
        if "save_and_stay" in self.request.POST:
            messages.success(
                self.request, _("Your draft has been saved. You can come back to it at any time.")
            )
            return redirect(self.request.path)
        return redirect(self._next_step_url())

    def form_invalid(self, form):
        if isinstance(form, DocumentsForm) and self._save_files(form, only_valid=True):
            messages.info(
                self.request, _("The files that passed the checks have been saved; see the problems below.")
            )
        return super().form_invalid(form)

    def _save_files(self, form: DocumentsForm, only_valid: bool = False) -> bool:
        """Store the photo and documents of this step; with `only_valid`, those without errors of a failed form."""
        cleaned = form.cleaned_data
        actor, saved = self.request.user, False
        if cleaned.get("photo") and "photo" not in form.errors:
            attach_photo(participant=self.participant, photo=cleaned["photo"], actor=actor)
            saved = True
        for kind, upload in form.documents() if not only_valid else self._valid_documents(form):
            attach_document(participant=self.participant, kind=kind, upload=upload, actor=actor)
            saved = True
        return saved

    @staticmethod
    def _valid_documents(form: DocumentsForm):
        return [
            (name.removeprefix("document_"), upload)
            for name, upload in form.cleaned_data.items()
            if name.startswith("document_") and upload and name not in form.errors
        ]

    def _send(self, form: SubmitForm):
        try:
            participant = submit_draft(
                participant=self.participant,
                actor=self.request.user,
                accepts_code_of_conduct=form.cleaned_data["accepts_code_of_conduct"],
                accepts_media_guidelines=form.cleaned_data.get("accepts_media_guidelines", False),
            )
        except RegistrationError as error:
            form.add_error(None, error.message)
            return self.form_invalid(form)
        messages.success(
            self.request,
            _(
                "Your registration {reference} has been sent for review. You will receive an e-mail at each "
                "step; this page always shows where it stands."
            ).format(reference=participant.reference),
        )
        return redirect(self.page_url())

    def _next_step_url(self) -> str:
        slugs = [step.slug for step in STEPS]
        following = slugs[min(slugs.index(self.step.slug) + 1, len(slugs) - 1)]
        return reverse(
            "participant:step", kwargs={"reference": self.participant.reference, "step": following}
        )

    def get_context_data(self, **kwargs):
        position = [step.slug for step in STEPS].index(self.step.slug)
        context = super().get_context_data(
            step=self.step,
            steps=STEPS,
            step_number=position + 1,
            previous_step=STEPS[position - 1] if position else None,
            is_draft=self.is_draft,
            **kwargs,
        )
        if isinstance(context["form"], SubmitForm):
            # the undertakings are the checkboxes of this step: not listed as missing above them
            context["missing"] = [
                (missing_label(code), _step_of(code))
                for code in selectors.missing_details(participant=self.participant)
                if code not in ("code_of_conduct", "media_guidelines")
            ]
        return context


MISSING_ON_STEP = {
    "given_name": "about",
    "family_name": "about",
    "nationality": "about",
    "date_of_birth": "about",
    **dict.fromkeys(RequirableField.values, "about"),
    "passport": "travel",
    "photo": "documents",
}


def _step_of(code: str) -> str | None:
    """The step where the missing item is given, to link to it (None: it is given on the last step)."""
    return "documents" if code.startswith("document:") else MISSING_ON_STEP.get(code)


class WithdrawView(OwnRegistrationMixin, FormView):
    template_name = "registration/self/withdraw.html"
    form_class = WithdrawForm

    def post(self, request, *args, **kwargs):
        if self.participant.status in (RegistrationStatus.WITHDRAWN, RegistrationStatus.REJECTED):
            messages.info(request, _("This registration has already been closed."))
            return redirect(self.page_url())
        return super().post(request, *args, **kwargs)

    def get_form(self, form_class=None):
        form = super().get_form(form_class)
        form.fields["reason"].help_text = _("The organisers read it; it helps them plan.")
        return form

    def form_valid(self, form):
        withdraw_participant(
            participant=self.participant, actor=self.request.user, reason=form.cleaned_data["reason"]
        )
        messages.success(self.request, _("Your registration has been withdrawn."))
        return redirect(self.page_url())
