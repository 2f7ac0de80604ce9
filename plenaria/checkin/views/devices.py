"""Scanning devices: the list (where each scans, when it last did, how many scans), registering one (its token is
shown once, with the QR code that pairs the check-in app, then never again) and revoking one."""

from django.contrib import messages
from django.urls import reverse
from django.utils.translation import gettext as _
from django.views.generic import FormView, TemplateView

from .. import selectors_setup, services
from ..errors import CheckinError
from ..forms import DeviceForm
from ..models import Device
from .base import CheckinMixin, owned, show_error
from .qr import qr_svg

# The raw token waits in the session between the registration and the page that shows it, which takes it out.
NEW_DEVICE_SESSION_KEY = "checkin.device_token.{pk}"


def pairing_url(request, token: str) -> str:
    """The check-in app's address in the current language, carrying the token in the fragment (which browsers
    never send to a server, so it is written in no log)."""
    return f"{request.build_absolute_uri(reverse('checkin_app:app'))}#token={token}"


class DeviceListView(CheckinMixin, TemplateView):
    template_name = "checkin/manage/device_list.html"

    def get_context_data(self, **kwargs):
        devices = selectors_setup.devices_with_activity(congress=self.request.congress)
        has_checkpoints = self.request.congress.checkpoints.exists()
        return super().get_context_data(devices=devices, has_checkpoints=has_checkpoints, **kwargs)


class DeviceRegisterView(CheckinMixin, FormView):
    template_name = "checkin/manage/device_form.html"
    form_class = DeviceForm

    def get_form_kwargs(self):
        return {**super().get_form_kwargs(), "congress": self.request.congress}

    def get_initial(self):
        return {"checkpoint": self.request.GET.get("checkpoint")}

    def form_valid(self, form):
        try:
            device, token = services.register_device(
                checkpoint=form.cleaned_data["checkpoint"],
                name=form.cleaned_data["name"],
                actor=self.request.user,
            )
        except CheckinError as error:
            show_error(form, error)
            return self.form_invalid(form)
        self.request.session[NEW_DEVICE_SESSION_KEY.format(pk=device.pk)] = token
        return self.redirect_to("device-paired", pk=device.pk)


class DevicePairedView(CheckinMixin, TemplateView):
    """The token of a device just registered, and the QR code of the app's address carrying it: shown once. Opened
    again, the page says the token is not kept."""

    template_name = "checkin/manage/device_paired.html"

    def get_context_data(self, **kwargs):
        device = owned(Device.objects.filter(congress=self.request.congress), self.kwargs["pk"])
        token = self.request.session.pop(NEW_DEVICE_SESSION_KEY.format(pk=device.pk), None)
        context = {"device": device, "token": token}
        if token:
            url = pairing_url(self.request, token)
            context.update(
                pairing_url=url, qr_code=qr_svg(url, label=_("QR code of the check-in app's address"))
            )
        return super().get_context_data(**context, **kwargs)


class DeviceRevokeView(CheckinMixin, TemplateView):
    """Asks to confirm, then revokes: the device's token is refused from its next request on."""

    template_name = "checkin/manage/device_revoke.html"

    def get_device(self) -> Device:
        queryset = Device.objects.filter(congress=self.request.congress).select_related("checkpoint")
        return owned(queryset, self.kwargs["pk"])

    def get_context_data(self, **kwargs):
        return super().get_context_data(device=self.get_device(), **kwargs)

    def post(self, request, *args, **kwargs):
        device = self.get_device()
        try:
            services.revoke_device(device=device, actor=request.user)
        except CheckinError as error:
            messages.error(request, error.message)
        else:
            messages.success(request, _("The device “{name}” is revoked.").format(name=device.name))
        return self.redirect_to("device-list")
