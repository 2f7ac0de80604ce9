"""The focal point's youth pages: nominate a young person of the delegation, and send their guardian's invitation
again. They sit beside registration's delegation pages (same address, same rule: only an accepted focal point of
the delegation, asked with `rules.has_perm`, never `user.has_perm`, which lets a superuser through). Anyone else
gets 404, and young people are looked up through the delegation in the address."""

import zoneinfo

import rules
from django.contrib import messages
from django.http import Http404
from django.shortcuts import redirect
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext as _
from django.views.generic import FormView

from plenaria.delegations.models import Delegation
from plenaria.registration.errors import RegistrationError

from ..errors import SafeguardingError
from ..forms_nomination import GuardianInvitationForm, YoungPersonForm
from ..selectors import INACTIVE_STATUSES
from ..services import nomination

# The field next to which a refusal is shown (none: at the top of the form).
FIELD_FOR_REFUSAL = {
    "not_a_minor": "date_of_birth",
    "date_of_birth_missing": "date_of_birth",
    "nominations_closed": "events",
    "youth_quota_exhausted": "events",
    "event_required": "events",
    "wrong_congress": "events",
    "guardian_email_missing": "guardian_email",
}


class YouthFocalPointMixin:
    """Loads the delegation of the address; 404 unless the signed-in user is its accepted focal point. Then
    `load` fetches what else the page is about, and a `refusal` sends the user back to the delegation page."""

    def dispatch(self, request, *args, **kwargs):
        self.delegation = (
            Delegation.objects.select_related("organisation", "congress").filter(pk=kwargs["pk"]).first()
        )
        if self.delegation is None or not rules.has_perm(
            "registration.nominate_members", request.user, self.delegation
        ):
            raise Http404("No such delegation")
        timezone.activate(zoneinfo.ZoneInfo(self.delegation.congress.time_zone))
        self.load()
        if refusal := self.refusal():
            messages.error(request, refusal)
            return self.back_to_delegation()
        return super().dispatch(request, *args, **kwargs)

    def load(self) -> None:
        """Fetch what else the page is about (after the focal point check)."""

    def refusal(self) -> str | None:
        """Why the page cannot be used now, or None."""
        return None

    def get_context_data(self, **kwargs):
        return super().get_context_data(
            delegation=self.delegation, congress=self.delegation.congress, **kwargs
        )

    def back_to_delegation(self):
        return redirect(reverse("focal_point:delegation", kwargs={"pk": self.delegation.pk}))


class NominateYoungPersonView(YouthFocalPointMixin, FormView):
    template_name = "safeguarding/focal_point/young_person_form.html"
    form_class = YoungPersonForm

    def refusal(self) -> str | None:
        deadline = self.delegation.nomination_deadline
        if deadline is not None and timezone.now() >= deadline:
            return RegistrationError("nomination_closed").message
        return None

    def get_form_kwargs(self):
        return {**super().get_form_kwargs(), "places": nomination.youth_places_of(delegation=self.delegation)}

    def get_initial(self):
        return {"language": self.request.LANGUAGE_CODE, "guardian_language": self.request.LANGUAGE_CODE}

    def form_valid(self, form):
        try:
            profile = nomination.nominate_young_person(
                delegation=self.delegation, details=form.to_details(), actor=self.request.user
            )
        except (SafeguardingError, RegistrationError) as refusal:
            form.add_error(FIELD_FOR_REFUSAL.get(refusal.code), refusal.message)
            return self.form_invalid(form)
        messages.success(
            self.request,
            _(
                "{name} has been nominated. Their parent or guardian receives an e-mail to give their consent."
            ).format(name=profile.participant.given_name),
        )
        return self.back_to_delegation()


class GuardianInvitationView(YouthFocalPointMixin, FormView):
    """Send the guardian's invitation again, with corrected details if needed, until the guardian answers."""

    template_name = "safeguarding/focal_point/guardian_invitation.html"
    form_class = GuardianInvitationForm

    def load(self) -> None:
        self.profile = nomination.get_young_person(
            delegation=self.delegation, participant_pk=self.kwargs["member_pk"]
        )
        if self.profile is None:
            raise Http404("No such young person")

    def get_initial(self):
        return {"guardian_language": self.profile.guardian_language}

    def form_valid(self, form):
        try:
            nomination.reinvite_guardian(
                profile=self.profile, correction=form.to_correction(), actor=self.request.user
            )
        except SafeguardingError as refusal:
            form.add_error(FIELD_FOR_REFUSAL.get(refusal.code), refusal.message)
            return self.form_invalid(form)
        messages.success(
            self.request,
            _("A new invitation has been sent to the parent or guardian of {name}.").format(
                name=self.profile.participant.given_name
            ),
        )
        return self.back_to_delegation()

    def get_context_data(self, **kwargs):
        return super().get_context_data(
            profile=self.profile,
            participant=self.profile.participant,
            is_active=self.profile.participant.status not in INACTIVE_STATUSES,
            **kwargs,
        )
