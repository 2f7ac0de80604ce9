"""The check-in setup pages: the congress's access zones (who each admits, and whether it keeps a youth event's
sign-in register) and the checkpoints at their doors. Every change goes through the services, which audit it."""

from copy import copy

from django.contrib import messages
from django.utils.translation import gettext as _
from django.views.generic import FormView, TemplateView

from plenaria.badges.forms_zones import AccessZoneForm
from plenaria.badges.models import AccessZone

from .. import selectors_setup, services, zones
from ..errors import CheckinError
from ..forms import CheckpointForm
from ..models import Checkpoint
from .base import CheckinMixin, owned, show_error


class SetupView(CheckinMixin, TemplateView):
    """The zones, with the categories they admit, and the checkpoints, with their devices in service."""

    template_name = "checkin/manage/setup.html"

    def get_context_data(self, **kwargs):
        congress = self.request.congress
        return super().get_context_data(
            zones=selectors_setup.zones_of(congress=congress),
            checkpoints=selectors_setup.checkpoints_of(congress=congress),
            **kwargs,
        )


# --- Zones -------------------------------------------------------------------------------------------------------


class ZoneFormView(CheckinMixin, FormView):
    """A new zone (no `pk`) or one of the congress's zones."""

    template_name = "checkin/manage/zone_form.html"
    form_class = AccessZoneForm

    def get_zone(self) -> AccessZone | None:
        if "pk" not in self.kwargs:
            return None
        return owned(AccessZone.objects.filter(congress=self.request.congress), self.kwargs["pk"])

    def dispatch(self, request, *args, **kwargs):
        self.zone = None
        return super().dispatch(request, *args, **kwargs)

    def get_form_kwargs(self):
        self.zone = self.get_zone()
        # A copy: a refused form must not change the zone that the page's title shows.
        instance = copy(self.zone) if self.zone else AccessZone(congress=self.request.congress)
        return {**super().get_form_kwargs(), "instance": instance, "congress": self.request.congress}

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)  # builds the form, which finds the zone
        return {**context, "zone": self.zone}

    def form_valid(self, form):
        data = form.cleaned_data
        details = zones.ZoneDetails(
            name=data["name"],
            slug=data["slug"],
            position=data["position"],
            categories=data["categories"],
            youth_event=data["youth_event"],
        )
        try:
            if self.zone is None:
                zones.create_zone(congress=self.request.congress, details=details, actor=self.request.user)
            else:
                zones.change_zone(zone=self.zone, details=details, actor=self.request.user)
        except CheckinError as error:
            show_error(form, error)
            return self.form_invalid(form)
        messages.success(self.request, _("Saved."))
        return self.redirect_to("setup")


# --- Checkpoints -------------------------------------------------------------------------------------------------


class CheckpointFormView(CheckinMixin, FormView):
    """A new checkpoint (no `pk`) or one of the congress's checkpoints."""

    template_name = "checkin/manage/checkpoint_form.html"
    form_class = CheckpointForm

    def dispatch(self, request, *args, **kwargs):
        self.checkpoint = None
        return super().dispatch(request, *args, **kwargs)

    def get_form_kwargs(self):
        if "pk" in self.kwargs:
            self.checkpoint = owned(
                Checkpoint.objects.filter(congress=self.request.congress), self.kwargs["pk"]
            )
        return {**super().get_form_kwargs(), "congress": self.request.congress}

    def get_initial(self):
        return CheckpointForm.initial_of(self.checkpoint) if self.checkpoint else {}

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)  # builds the form, which finds the checkpoint
        return {**context, "checkpoint": self.checkpoint}

    def form_valid(self, form):
        data, actor = form.cleaned_data, self.request.user
        try:
            if self.checkpoint is None:
                services.create_checkpoint(congress=self.request.congress, actor=actor, **data)
            else:
                services.change_checkpoint(checkpoint=self.checkpoint, actor=actor, **data)
        except CheckinError as error:
            show_error(form, error)
            return self.form_invalid(form)
        messages.success(self.request, _("Saved."))
        return self.redirect_to("setup")
