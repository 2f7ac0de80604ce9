"""Chaperones. For the safeguarding officers: the list of chaperones and their load against the ratio, making a
registered adult a chaperone (who is e-mailed the link to their page), and a young person's chaperone (assign,
change, release). For the chaperone: their own page, from that secret link, to accept the code of conduct and see
whom they look after.

Back-office access is decided with `rules.has_perm`, never `user.has_perm`: a platform administrator is not an
officer."""

import zoneinfo

import rules
from django.contrib import messages
from django.contrib.auth.decorators import login_not_required
from django.core.exceptions import PermissionDenied
from django.http import Http404
from django.shortcuts import redirect
from django.urls import reverse
from django.utils import timezone
from django.utils.decorators import method_decorator
from django.utils.translation import gettext as _
from django.views import View
from django.views.decorators.cache import never_cache
from django.views.generic import FormView, TemplateView

from .. import selectors
from ..enums import ConsentKind
from ..errors import SafeguardingError
from ..forms_chaperones import AssignChaperoneForm, ChaperoneCodeForm, ChaperoneSearchForm
from ..models import Chaperone, YouthProfile
from ..services.chaperones import (
    accept_chaperone_code,
    assign_chaperone,
    invite_chaperone,
    register_chaperone,
    release_chaperone,
)
from .officer import OfficerMixin


def chaperones_url(congress) -> str:
    return reverse("safeguarding:chaperones", kwargs={"congress_slug": congress.slug})


def _number(value) -> int | None:
    return int(value) if value and value.isdigit() else None


@method_decorator(never_cache, name="dispatch")
class ChaperoneListView(OfficerMixin, TemplateView):
    template_name = "safeguarding/manage/chaperones.html"

    def get_context_data(self, **kwargs):
        rows = selectors.chaperone_overview(congress=self.request.congress)
        needs_replacing = [row for row in rows if row.needs_replacing]
        return super().get_context_data(rows=rows, needs_replacing=needs_replacing, **kwargs)


@method_decorator(never_cache, name="dispatch")
class ChaperoneAddView(OfficerMixin, TemplateView):
    """Find a registered adult (GET), then make them a chaperone and e-mail them their link (POST)."""

    template_name = "safeguarding/manage/chaperone_add.html"

    def get_context_data(self, **kwargs):
        data = self.request.POST if self.request.method == "POST" else self.request.GET
        form = ChaperoneSearchForm(data if "q" in data else None)
        query = form.cleaned_data["q"] if form.is_valid() else ""
        return super().get_context_data(
            form=form,
            query=query,
            results=selectors.chaperone_candidates(congress=self.request.congress, query=query),
            **kwargs,
        )

    def post(self, request, *args, **kwargs):
        participant = request.congress.participants.filter(
            pk=_number(request.POST.get("participant")), status__in=selectors.CHAPERONE_CANDIDATE_STATUSES
        ).first()
        if participant is None:
            raise Http404("No such participant")
        try:
            chaperone = register_chaperone(participant=participant, actor=request.user)
            invite_chaperone(chaperone=chaperone, actor=request.user)
        except SafeguardingError as refusal:
            return self.render_to_response(
                self.get_context_data(refusal=refusal.message, refused=participant)
            )
        messages.success(
            request,
            _(
                "{name} is now a chaperone. We have e-mailed them the link to read and accept the chaperone "
                "code of conduct."
            ).format(name=participant.display_name),
        )
        return redirect(chaperones_url(request.congress))


class ChaperoneInviteView(OfficerMixin, View):
    """Send a chaperone the link to their page again."""

    http_method_names = ["post"]

    def post(self, request, congress_slug, pk):
        chaperone = (
            Chaperone.objects.select_related("participant")
            .filter(pk=pk, participant__congress=request.congress)
            .first()
        )
        if chaperone is None:
            raise Http404("No such chaperone")
        try:
            invite_chaperone(chaperone=chaperone, actor=request.user)
        except SafeguardingError as refusal:
            messages.error(request, refusal.message)
        else:
            messages.success(
                request,
                _("We have e-mailed {name} the link to their page again.").format(
                    name=chaperone.participant.display_name
                ),
            )
        return redirect(chaperones_url(request.congress))


@method_decorator(never_cache, name="dispatch")
class YoungPersonChaperoneMixin(OfficerMixin):
    """A page about one young person's chaperone: for the congress's safeguarding officers only."""

    def dispatch(self, request, *args, **kwargs):
        if not rules.has_perm("safeguarding.manage_safeguarding", request.user, request.congress):
            raise PermissionDenied
        # after the officer check: others learn nothing, not even whether the number exists
        self.profile = (
            YouthProfile.objects.select_related(
                "participant__delegation__organisation",
                "chaperone__participant",
                "chaperone__code_of_conduct",
            )
            .prefetch_related("events")
            .filter(pk=kwargs["pk"], participant__congress=request.congress)
            .first()
        )
        if self.profile is None:
            raise Http404("No such young participant")
        if not rules.has_perm("safeguarding.manage_youth_participant", request.user, self.profile):
            raise PermissionDenied
        return super().dispatch(request, *args, **kwargs)

    def page_url(self) -> str:
        return reverse(
            "safeguarding:young-person-chaperone",
            kwargs={"congress_slug": self.request.congress.slug, "pk": self.profile.pk},
        )


class YoungPersonChaperoneView(YoungPersonChaperoneMixin, FormView):
    """Choose the young person's chaperone among those who accepted the code, each shown with their load at the
    young person's events. A refusal (ratio, code, registration) keeps the chaperone already saved."""

    template_name = "safeguarding/manage/chaperone_assign.html"
    form_class = AssignChaperoneForm

    def get_form_kwargs(self):
        return {**super().get_form_kwargs(), "congress": self.request.congress}

    def get_initial(self):
        return {"chaperone": self.profile.chaperone_id}

    def get_context_data(self, **kwargs):
        events = list(self.profile.events.all())
        rows = selectors.chaperone_overview(congress=self.request.congress)
        choices = [(row, row.loads_at(events)) for row in rows if row.can_be_assigned]
        context = super().get_context_data(
            profile=self.profile,
            events=events,
            choices=choices,
            waiting_count=sum(1 for row in rows if row.is_active and not row.chaperone.has_accepted_code),
            **kwargs,
        )
        context["selected"] = str(context["form"]["chaperone"].value() or "")
        return context

    def form_valid(self, form):
        chaperone = form.cleaned_data["chaperone"]
        try:
            assign_chaperone(minor_profile=self.profile, chaperone=chaperone, actor=self.request.user)
        except SafeguardingError as refusal:
            form.add_error("chaperone", refusal.message)
            return self.form_invalid(form)
        messages.success(
            self.request,
            _("{chaperone} now looks after {name}.").format(
                chaperone=chaperone.participant.display_name, name=self.profile.participant.display_name
            ),
        )
        return redirect(
            reverse("safeguarding:young-people", kwargs={"congress_slug": self.request.congress.slug})
        )


class ReleaseChaperoneView(YoungPersonChaperoneMixin, View):
    http_method_names = ["post"]

    def post(self, request, *args, **kwargs):
        release_chaperone(minor_profile=self.profile, actor=request.user)
        messages.success(
            request,
            _(
                "{name} has no chaperone now. Choose another one: without a chaperone they are not cleared."
            ).format(name=self.profile.participant.display_name),
        )
        return redirect(self.page_url())


def first_name_of(profile: YouthProfile) -> str:
    """The first name other people see: of the pseudonym, when the young person appears under one."""
    name = profile.pseudonym if profile.use_pseudonym else profile.participant.given_name
    return name.split(" ")[0]


def delegation_of(participant) -> str:
    if participant.delegation_id:
        return participant.delegation.organisation.name
    return participant.organisation_name


@method_decorator([login_not_required, never_cache], name="dispatch")
class ChaperonePageView(FormView):
    """The chaperone's page, from the secret link of their e-mail: no account needed, so nothing is cached."""

    template_name = "safeguarding/public/chaperone.html"
    form_class = ChaperoneCodeForm

    def dispatch(self, request, *args, **kwargs):
        self.chaperone = selectors.get_chaperone_by_token(token=kwargs["token"])
        if self.chaperone is None or self.chaperone.participant.congress_id != request.congress.pk:
            raise Http404("No such link")
        self.participant = self.chaperone.participant
        self.is_active = self.participant.status not in selectors.INACTIVE_STATUSES
        self.text = selectors.current_text(kind=ConsentKind.CHAPERONE_CODE, congress=request.congress)
        timezone.activate(zoneinfo.ZoneInfo(request.congress.time_zone))
        return super().dispatch(request, *args, **kwargs)

    def needs_acceptance(self) -> bool:
        """Not accepted yet, or a newer version of the code has been published since."""
        accepted = self.chaperone.code_of_conduct if self.chaperone.has_accepted_code else None
        return self.text is not None and (accepted is None or accepted.version < self.text.version)

    def young_people(self) -> list[dict]:
        if not (self.is_active and self.chaperone.has_accepted_code):
            return []
        minors = selectors.minors_of_chaperone(chaperone=self.chaperone, event=None).select_related(
            "participant__delegation__organisation"
        )
        return [
            {"first_name": first_name_of(profile), "delegation": delegation_of(profile.participant)}
            for profile in minors.order_by("participant__given_name", "pk")
        ]

    def get_context_data(self, **kwargs):
        return super().get_context_data(
            congress=self.request.congress,
            chaperone=self.chaperone,
            participant=self.participant,
            is_active=self.is_active,
            code_entry=(self.text,) if self.text else None,
            needs_acceptance=self.is_active and self.needs_acceptance(),
            young_people=self.young_people(),
            officer_names=selectors.safeguarding_officer_names(congress=self.request.congress),
            **kwargs,
        )

    def form_valid(self, form):
        if not (self.is_active and self.needs_acceptance()):
            return redirect(self.request.path)
        actor = self.request.user if self.request.user.is_authenticated else None
        try:
            accept_chaperone_code(chaperone=self.chaperone, text=self.text, actor=actor)
        except SafeguardingError as refusal:
            form.add_error(None, refusal.message)
            return self.form_invalid(form)
        messages.success(self.request, _("Thank you. We have recorded that you accept the code of conduct."))
        return redirect(self.request.path)
