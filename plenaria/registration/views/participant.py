"""The nominee completes their own details through the secret link in their nomination e-mail (no account needed).

`save_member_details` is shared with the focal point, who may complete the same details on a member's behalf.
"""

import zoneinfo

from django.contrib import messages
from django.db import transaction
from django.http import Http404
from django.shortcuts import redirect
from django.utils import timezone
from django.utils.decorators import method_decorator
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from django.views.decorators.cache import never_cache
from django.views.generic import FormView

from .. import selectors
from ..enums import DocumentKind, RegistrationStatus, RequirableField
from ..forms_focal_point import MemberDetailsForm
from ..models import Participant
from ..services.nomination import submit_nomination
from ..services.submission import record_photo_and_undertaking, update_registration

# Registrations whose details can still be completed or corrected.
EDITABLE_STATUSES = frozenset(
    {
        RegistrationStatus.NOMINATED,
        RegistrationStatus.WAITLISTED,
        RegistrationStatus.SUBMITTED,
        RegistrationStatus.INFO_REQUESTED,
        RegistrationStatus.APPROVED,
    }
)

MISSING_LABELS = {
    "given_name": gettext_lazy("Given name as in the passport"),
    "family_name": gettext_lazy("Family name as in the passport"),
    "nationality": gettext_lazy("Nationality"),
    "date_of_birth": gettext_lazy("Date of birth"),
    "passport": gettext_lazy("Passport details for the visa-support letter"),
    "code_of_conduct": gettext_lazy("Acceptance of the code of conduct"),
    "media_guidelines": gettext_lazy("Acceptance of UNICEF's ethical guidelines for reporting on children"),
    "photo": gettext_lazy("Photo for the badge"),
    "note_verbale": gettext_lazy("The delegation's note verbale (the focal point uploads it)"),
}


def missing_label(code: str) -> str:
    if code.startswith("document:"):
        return DocumentKind(code.removeprefix("document:")).label
    if code in RequirableField.values:
        return RequirableField(code).label
    return MISSING_LABELS[code]


def missing_labels(participant: Participant) -> list[str]:
    return [missing_label(code) for code in selectors.missing_details(participant=participant)]


@transaction.atomic
def save_member_details(*, participant: Participant, form: MemberDetailsForm, actor) -> Participant:
    """Save the completed details and, for a nominee who has not submitted yet, send the registration to review.

    A waitlisted nominee stays on the waiting list with complete details, and goes to review when a place frees."""
    participant = update_registration(participant=participant, details=form.details(), actor=actor)
    record_photo_and_undertaking(
        participant,
        photo=form.cleaned_data.get("photo"),
        accepts_code_of_conduct=form.cleaned_data["accepts_code_of_conduct"],
        actor=actor,
    )
    if participant.status in (RegistrationStatus.NOMINATED, RegistrationStatus.WAITLISTED) and not (
        participant.submitted_at
    ):
        participant = submit_nomination(participant=participant, actor=actor)
    return participant


def keep_valid_photo(*, participant: Participant, form: MemberDetailsForm, actor) -> bool:
    """On a form with errors elsewhere, keep a photo that passed its checks: it cannot be re-shown in the form."""
    photo = form.cleaned_data.get("photo") if "photo" not in form.errors else None
    if photo is None:
        return False
    record_photo_and_undertaking(participant, photo=photo, accepts_code_of_conduct=False, actor=actor)
    return True


def saved_message(participant: Participant) -> str:
    if participant.status == RegistrationStatus.WAITLISTED:
        return _(
            "The details have been saved. All places of the delegation are taken for now: the registration "
            "stays on the waiting list and moves up as soon as a place becomes free."
        )
    if participant.status == RegistrationStatus.SUBMITTED:
        return _("The details have been saved and sent to the secretariat for review.")
    return _("The details have been saved.")


@method_decorator(never_cache, name="dispatch")
class CompletionView(FormView):
    """Reached from the nomination e-mail; the token in the URL is the only key, so the page is never cached."""

    template_name = "registration/participant/complete.html"

    def dispatch(self, request, *args, **kwargs):
        self.participant = selectors.get_participant_by_completion_token(token=kwargs["token"])
        if self.participant is None:
            raise Http404("No such nomination")
        timezone.activate(zoneinfo.ZoneInfo(self.participant.congress.time_zone))
        return super().dispatch(request, *args, **kwargs)

    @property
    def is_editable(self) -> bool:
        return self.participant.status in EDITABLE_STATUSES

    def get_form(self, form_class=None):
        if not self.is_editable:
            return None
        return MemberDetailsForm(participant=self.participant, **self.get_form_kwargs())

    def post(self, request, *args, **kwargs):
        if not self.is_editable:
            messages.error(request, _("This registration can no longer be changed."))
            return redirect(request.path)
        return super().post(request, *args, **kwargs)

    def form_valid(self, form):
        participant = save_member_details(participant=self.participant, form=form, actor=self._actor())
        messages.success(self.request, saved_message(participant))
        return redirect(self.request.path)

    def form_invalid(self, form):
        if keep_valid_photo(participant=self.participant, form=form, actor=self._actor()):
            messages.info(self.request, _("Your photo has been saved; please correct the other problems."))
        return super().form_invalid(form)

    def _actor(self):
        return self.request.user if self.request.user.is_authenticated else None

    def get_context_data(self, **kwargs):
        return super().get_context_data(
            participant=self.participant,
            congress=self.participant.congress,
            missing=missing_labels(self.participant),
            **kwargs,
        )
