"""The back office's daily sign-in register: pick an event and a day, sign young people in and out (htmx updates
one row; without JavaScript the page reloads), print the day's register; and, for the officers, the adults
authorised to collect each young person.

Access is decided with `rules.has_perm`, never `user.has_perm`: a platform administrator is not an officer."""

import datetime
import zoneinfo

import rules
from django.contrib import messages
from django.core.exceptions import PermissionDenied
from django.http import Http404, HttpResponse
from django.shortcuts import redirect, render
from django.urls import reverse
from django.utils import timezone
from django.utils.decorators import method_decorator
from django.utils.http import urlencode
from django.utils.translation import gettext as _
from django.views import View
from django.views.decorators.cache import never_cache
from django.views.generic import FormView, TemplateView

from plenaria.common.htmx import is_htmx
from plenaria.congresses.views.manage_base import CongressPermissionMixin

from .. import selectors_register as register
from ..enums import ConsentMethod
from ..errors import SafeguardingError
from ..forms import AuthorisedCollectorForm
from ..models import AttendanceRecord, AuthorisedCollector, YouthProfile
from ..services.register import (
    add_authorised_collector,
    remove_authorised_collector,
    sign_in_young_person,
    sign_out_young_person,
)

REGISTER_TEMPLATE = "safeguarding/manage/register.html"


def congress_today(congress) -> datetime.date:
    return timezone.localtime(timezone.now(), zoneinfo.ZoneInfo(congress.time_zone)).date()


def parse_day(value) -> datetime.date | None:
    try:
        return datetime.date.fromisoformat(value or "")
    except ValueError:
        return None


def register_url(congress, event, day: datetime.date, profile_pk: int | None = None) -> str:
    query = urlencode({"event": event.pk, "day": day.isoformat()})
    anchor = f"#young-person-{profile_pk}" if profile_pk else ""
    return f"{reverse('safeguarding:register', kwargs={'congress_slug': congress.slug})}?{query}{anchor}"


@method_decorator(never_cache, name="dispatch")
class RegisterMixin(CongressPermissionMixin):
    """A page of the register: for those who keep it (the congress's safeguarding officers, for now)."""

    def dispatch(self, request, *args, **kwargs):
        if not rules.has_perm("safeguarding.keep_register", request.user, request.congress):
            raise PermissionDenied
        return super().dispatch(request, *args, **kwargs)

    def row_context(self, event, day: datetime.date) -> dict:
        congress, user = self.request.congress, self.request.user
        return {
            "congress": congress,
            "event": event,
            "day": day,
            "is_today": day == congress_today(congress),
            "can_manage_collectors": rules.has_perm("safeguarding.manage_safeguarding", user, congress),
        }


class RegisterView(RegisterMixin, TemplateView):
    """The register of one event and day: today's when today is a day of an event with young people."""

    template_name = REGISTER_TEMPLATE

    def get_context_data(self, **kwargs):
        congress = self.request.congress
        events = register.youth_events_of(congress=congress)
        event = register.get_congress_event(congress=congress, pk=self.request.GET.get("event"))
        event = event if event in events else None
        today = congress_today(congress)
        event, day = register.default_register_day(events=events, today=today, event=event)
        if event is None:
            return super().get_context_data(events=events, event=None, **kwargs)
        asked = parse_day(self.request.GET.get("day"))
        if asked and event.starts_on <= asked <= event.ends_on:
            day = asked
        rows = register.register_for(event=event, day=day)
        return super().get_context_data(
            **self.row_context(event, day),
            events=events,
            days=register.event_days(event=event),
            rows=rows,
            counts=register.register_counts(rows),
            **kwargs,
        )


class RegisterPrintView(RegisterView):
    """The day's register on paper, with room for signatures: the fallback when the network fails."""

    template_name = "safeguarding/manage/register_print.html"


class RegisterActionView(RegisterMixin, View):
    """Signs in or out, then answers with the updated row (htmx) or goes back to the register (also for a GET:
    an action page sends back to the register)."""

    http_method_names = ["get", "post"]

    def get(self, request, *args, **kwargs):
        return redirect("safeguarding:register", congress_slug=request.congress.slug)

    def respond(
        self, profile: YouthProfile, event, day: datetime.date, *, notice="", error=""
    ) -> HttpResponse:
        request = self.request
        if is_htmx(request):
            rows = register.register_for(event=event, day=day, profile_ids=[profile.pk])
            if not rows:
                return HttpResponse(status=204)
            context = {
                **self.row_context(event, day),
                "row": rows[0],
                "row_notice": notice,
                "row_error": error,
            }
            return render(request, f"{REGISTER_TEMPLATE}#row", context)
        if error:
            messages.error(request, error)
        else:
            messages.success(request, notice)
        return redirect(register_url(request.congress, event, day, profile.pk))


class SignInView(RegisterActionView):
    def post(self, request, congress_slug, pk):
        profile = register.get_congress_profile(congress=request.congress, pk=pk)
        event = register.get_congress_event(congress=request.congress, pk=request.POST.get("event"))
        if profile is None or event is None:
            raise Http404("No such young participant or event")
        name = profile.participant.display_name
        try:
            record = sign_in_young_person(profile=profile, event=event, actor=request.user)
        except SafeguardingError as refusal:
            day = parse_day(request.POST.get("day")) or congress_today(request.congress)
            return self.respond(profile, event, day, error=str(refusal.message))
        return self.respond(profile, event, record.day, notice=_("{name} is signed in.").format(name=name))


def collected_by_choice(record: AttendanceRecord, value: str):
    """The adult chosen in the sign-out form: the chaperone, or one of this young person's collectors."""
    if value == "chaperone":
        return record.profile.chaperone
    if value.isdigit():
        return AuthorisedCollector.objects.filter(pk=int(value), profile_id=record.profile_id).first()
    return None


class SignOutView(RegisterActionView):
    def post(self, request, congress_slug, pk):
        record = register.get_attendance_record(congress=request.congress, pk=pk)
        if record is None:
            raise Http404("No such record")
        profile, value = record.profile, request.POST.get("collected_by", "")
        if not value:
            return self.respond(
                profile, record.event, record.day, error=_("Choose the adult who collects them.")
            )
        try:
            sign_out_young_person(
                record=record, collected_by=collected_by_choice(record, value), actor=request.user
            )
        except SafeguardingError as refusal:
            return self.respond(profile, record.event, record.day, error=str(refusal.message))
        notice = _("{name} is signed out.").format(name=profile.participant.display_name)
        return self.respond(profile, record.event, record.day, notice=notice)


@method_decorator(never_cache, name="dispatch")
class CollectorsMixin(CongressPermissionMixin):
    """The adults authorised to collect one young person: for the congress's safeguarding officers only."""

    def dispatch(self, request, *args, **kwargs):
        if not rules.has_perm("safeguarding.manage_safeguarding", request.user, request.congress):
            raise PermissionDenied
        # after the officer check: others learn nothing, not even whether the number exists
        self.profile = register.get_congress_profile(congress=request.congress, pk=kwargs["pk"])
        if self.profile is None:
            raise Http404("No such young participant")
        if not rules.has_perm("safeguarding.manage_youth_participant", request.user, self.profile):
            raise PermissionDenied
        return super().dispatch(request, *args, **kwargs)

    def collectors_url(self) -> str:
        return reverse(
            "safeguarding:collectors",
            kwargs={"congress_slug": self.request.congress.slug, "pk": self.profile.pk},
        )


class CollectorsView(CollectorsMixin, FormView):
    """The list (removed ones too, for the record) and the form for an adult named on the guardian's paper form."""

    template_name = "safeguarding/manage/register_collectors.html"
    form_class = AuthorisedCollectorForm

    def get_context_data(self, **kwargs):
        collectors = list(register.collectors_of(profile=self.profile))
        return super().get_context_data(
            profile=self.profile,
            active=[collector for collector in collectors if collector.is_active],
            removed=[collector for collector in collectors if not collector.is_active],
            **kwargs,
        )

    def form_valid(self, form):
        try:
            add_authorised_collector(
                profile=self.profile,
                details=form.details(),
                method=ConsentMethod.PAPER,
                actor=self.request.user,
            )
        except SafeguardingError as refusal:
            form.add_error(None, refusal.message)
            return self.form_invalid(form)
        messages.success(self.request, _("The adult is now authorised to collect this young person."))
        return redirect(self.collectors_url())


class RemoveCollectorView(CollectorsMixin, View):
    http_method_names = ["get", "post"]

    def get(self, request, *args, **kwargs):
        return redirect(self.collectors_url())

    def post(self, request, congress_slug, pk, collector_pk):
        collector = self.profile.authorised_collectors.filter(pk=collector_pk).first()
        if collector is None:
            raise Http404("No such adult")
        remove_authorised_collector(collector=collector, actor=request.user)
        messages.success(request, _("This adult may no longer collect this young person."))
        return redirect(self.collectors_url())
