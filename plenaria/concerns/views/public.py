"""The public "Report a concern" form: for anyone, signed in or not, a child included. Never cached: a page with
what someone typed, or the reference of their report, must not be kept by a browser or a proxy."""

from allauth.account.adapter import get_adapter
from django.conf import settings
from django.contrib.auth.decorators import login_not_required
from django.core.exceptions import PermissionDenied
from django.shortcuts import redirect, render
from django.utils.decorators import method_decorator
from django.utils.translation import get_language
from django.utils.translation import gettext as _
from django.views.decorators.cache import never_cache
from django.views.generic import FormView, TemplateView

from plenaria.common import throttle
from plenaria.congresses.selectors import featured_congress

from ..emergency import emergency_numbers
from ..enums import ChildInDanger
from ..forms import HONEYPOT_FIELD, ConcernForm
from ..services.reporting import ConcernReport, report_concern

SENT_SESSION_KEY = "concerns:sent"
# (reports, seconds) per IP address and per e-mail address. Generous per address: the children and the staff at the
# venue may all share one public IP address. Override with PLENARIA_CONCERN_RATE_LIMITS in the settings.
DEFAULT_RATE_LIMITS = {"ip": (10, 3600), "email": (5, 3600)}


def _rate_limits() -> dict[str, tuple[int, int]]:
    return {**DEFAULT_RATE_LIMITS, **getattr(settings, "PLENARIA_CONCERN_RATE_LIMITS", {})}


def _client_ip(request) -> str:
    # allauth's reading of the address, so that its trusted-proxy settings apply here as to the sign-in limits.
    try:
        return get_adapter(request).get_client_ip(request)
    except PermissionDenied:
        return "unknown"


def is_throttled(request, email: str) -> bool:
    """Counts this report against the limits of the visitor's IP address and (if given) e-mail address."""
    limits = _rate_limits()
    identities = [("ip", _client_ip(request))] + ([("email", email.lower())] if email else [])
    allowed = [
        throttle.allow(
            scope=scope, identity=identity, limit=limits[scope][0], window_seconds=limits[scope][1]
        )
        for scope, identity in identities
    ]
    return not all(allowed)


@login_not_required
@never_cache
def report_concern_start(request):
    """The footer's link on pages outside a congress: the form of the congress the site shows first."""
    congress = featured_congress()
    if congress is not None:
        return redirect("concerns:concern-report", congress_slug=congress.slug)
    return render(request, "concerns/concern_unavailable.html", {"emergency_numbers": []})


@method_decorator([login_not_required, never_cache], name="dispatch")
class ReportConcernView(FormView):
    template_name = "concerns/concern_report.html"
    form_class = ConcernForm

    def get_context_data(self, **kwargs):
        return super().get_context_data(
            honeypot_name=HONEYPOT_FIELD, emergency_numbers=emergency_numbers(self.request.congress), **kwargs
        )

    def form_valid(self, form):
        data = form.cleaned_data
        if is_throttled(self.request, data["contact_email"]):
            form.add_error(
                None,
                _(
                    "Many reports were sent from here in a short time, so we could not take this one. Please "
                    "wait a few minutes and press “Send” again. If a child is in danger, do not wait: tell a "
                    "member of staff now."
                ),
            )
            return self.form_invalid(form)
        fields = ("what_happened", "where_and_when", "who_is_involved", "child_in_danger", "reporter_role")
        report = ConcernReport(
            **{name: data[name] for name in fields},
            language=get_language(),
            is_anonymous=data["is_anonymous"],
            **{name: data[name] for name in ConcernForm.CONTACT_FIELDS},
        )
        concern = report_concern(congress=self.request.congress, report=report)
        self.request.session[SENT_SESSION_KEY] = {
            "congress": concern.congress_id,
            "reference": concern.reference,
            "is_anonymous": concern.is_anonymous,
            "can_be_answered": concern.can_be_answered,
            "urgent": concern.child_in_danger != ChildInDanger.NO,
        }
        return redirect("concerns:concern-sent", congress_slug=self.request.congress.slug)


@method_decorator([login_not_required, never_cache], name="dispatch")
class ConcernSentView(TemplateView):
    """The thank-you page. The reference comes from the session, not the address: a shared computer's history
    must not show it."""

    template_name = "concerns/concern_sent.html"

    def get(self, request, *args, **kwargs):
        sent = request.session.get(SENT_SESSION_KEY)
        if not sent or sent.get("congress") != request.congress.pk:
            return redirect("concerns:concern-report", congress_slug=request.congress.slug)
        context = self.get_context_data(sent=sent, emergency_numbers=emergency_numbers(request.congress))
        return self.render_to_response(context)
