"""The live attendance: who is in now by zone and by category, and the admissions of a day hour by hour (a chart
and the same numbers in a table, also as CSV). The page refreshes its figures every 30 seconds with htmx on the
day itself.

Every team of the congress sees the counts (`checkin.view_attendance`). The names of who is in a zone are for the
secretariat (`checkin.manage_devices`); young people are counted there, and named only for those who keep the youth
register (`safeguarding.keep_register`, asked with `rules.has_perm`: a platform administrator is not one)."""

import csv

import rules
from django.http import HttpResponse
from django.utils import formats
from django.utils.translation import gettext as _
from django.views.generic import TemplateView, View

from plenaria.badges.models import AccessZone
from plenaria.common.htmx import is_htmx
from plenaria.common.i18n_content import localize

from .. import attendance
from ..forms import DayForm
from .base import CheckinMixin, owned
from .charts import hourly_chart

REFRESH_SECONDS = 30


class DayMixin(CheckinMixin):
    permission_required = "checkin.view_attendance"

    def chosen_day(self):
        """The day asked for in `?day=`, if it is a day of the congress or its youth events; else the default."""
        congress = self.request.congress
        days = attendance.attendance_days(congress=congress)
        form = DayForm(self.request.GET or None, days=days)
        day = (
            form.cleaned_data["day"]
            if form.is_valid()
            else attendance.default_day(congress=congress, days=days)
        )
        return day, DayForm(initial={"day": day.isoformat()}, days=days)


class AttendanceView(DayMixin, TemplateView):
    template_name = "checkin/manage/attendance.html"

    def get(self, request, *args, **kwargs):
        context = self.get_context_data(**kwargs)
        if is_htmx(request):
            return self.response_class(
                request=request, template=f"{self.template_name}#figures", context=context
            )
        return self.render_to_response(context)

    def get_context_data(self, **kwargs):
        congress = self.request.congress
        day, day_form = self.chosen_day()
        window = attendance.window_for(congress=congress, day=day)
        hours = attendance.admissions_by_hour(congress=congress, day=day)
        title = _("Admissions by hour, {day}").format(day=formats.date_format(day, "l j F Y"))
        return super().get_context_data(
            day=day,
            day_form=day_form,
            window=window,
            occupancy=attendance.occupancy(congress=congress, window=window),
            hours=hours,
            chart=hourly_chart(title=title, hours=hours),
            refresh_seconds=REFRESH_SECONDS,
            **kwargs,
        )


class HoursCsvView(DayMixin, View):
    """The hourly table as CSV, for a spreadsheet."""

    def get(self, request, *args, **kwargs):
        day, _form = self.chosen_day()
        hours = attendance.admissions_by_hour(congress=request.congress, day=day)
        response = HttpResponse(content_type="text/csv; charset=utf-8")
        response["Content-Disposition"] = f'attachment; filename="admissions-{day.isoformat()}.csv"'
        writer = csv.writer(response)
        writer.writerow([_("Day"), _("Hour"), _("Admissions")])
        for hour in hours:
            writer.writerow([day.isoformat(), hour.label, hour.admissions])
        return response


class ZonePeopleView(DayMixin, TemplateView):
    """Who is in one zone, by name (young people counted, named only for those who keep the youth register)."""

    permission_required = "checkin.manage_devices"
    template_name = "checkin/manage/zone_people.html"

    def get_context_data(self, **kwargs):
        congress, user = self.request.congress, self.request.user
        zone = owned(AccessZone.objects.filter(congress=congress), self.kwargs["pk"])
        day, day_form = self.chosen_day()
        window = attendance.window_for(congress=congress, day=day)
        name_young = rules.has_perm("safeguarding.keep_register", user, congress)
        return super().get_context_data(
            zone=zone,
            zone_name=localize(zone.name).text,
            day=day,
            day_form=day_form,
            window=window,
            found=attendance.people_in_zone(
                congress=congress, zone=zone, window=window, name_young=name_young
            ),
            **kwargs,
        )
