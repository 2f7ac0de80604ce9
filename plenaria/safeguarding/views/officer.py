"""The safeguarding officers' back office: the young participants and their clearance, a young person's protected
record (opened with a reason, each reading logged), and the log of those readings.

Access is decided with `rules.has_perm`, never `user.has_perm`: a platform administrator is not an officer."""

import rules
from django.core.exceptions import PermissionDenied
from django.core.paginator import Paginator
from django.http import Http404
from django.shortcuts import render
from django.utils.decorators import method_decorator
from django.views.decorators.cache import never_cache
from django.views.generic import TemplateView

from plenaria.congresses.views.manage_base import CongressPermissionMixin

from .. import selectors
from ..enums import ClearanceReason
from ..errors import SafeguardingError
from ..forms import ReadingReasonForm
from ..models import YouthProfile
from ..services.protected_records import read_protected_record


class OfficerMixin(CongressPermissionMixin):
    """A back-office page (staff of the congress) that only its safeguarding officers may open."""

    def dispatch(self, request, *args, **kwargs):
        if not rules.has_perm("safeguarding.manage_safeguarding", request.user, request.congress):
            raise PermissionDenied
        return super().dispatch(request, *args, **kwargs)


class YoungParticipantListView(OfficerMixin, TemplateView):
    template_name = "safeguarding/manage/young_people.html"

    def get_context_data(self, **kwargs):
        rows = []
        for profile in selectors.youth_profiles_of(congress=self.request.congress):
            clearance = selectors.profile_clearance(profile=profile)
            rows.append(
                {
                    "profile": profile,
                    "clearance": clearance,
                    "reasons": [ClearanceReason(code).label for code in clearance.reasons],
                    "media_level": selectors.profile_media_level(profile=profile),
                }
            )
        return super().get_context_data(rows=rows, **kwargs)


@method_decorator(never_cache, name="dispatch")
class ProtectedRecordView(OfficerMixin, TemplateView):
    """GET asks why; POST with a reason logs the reading and shows the record (never cached, never linked to)."""

    template_name = "safeguarding/manage/protected_record.html"

    def load_profile(self) -> YouthProfile:
        # after the officer check (dispatch): others learn nothing, not even whether the number exists
        profile = (
            YouthProfile.objects.select_related("participant__delegation__organisation")
            .filter(pk=self.kwargs["pk"], participant__congress=self.request.congress)
            .first()
        )
        if profile is None:
            raise Http404("No such young participant")
        return profile

    def get_context_data(self, **kwargs):
        return super().get_context_data(profile=self.profile, **kwargs)

    def get(self, request, *args, **kwargs):
        self.profile = self.load_profile()
        return self.render_to_response(self.get_context_data(form=ReadingReasonForm()))

    def post(self, request, *args, **kwargs):
        self.profile = self.load_profile()
        form = ReadingReasonForm(request.POST)
        if not form.is_valid():
            return self.render_to_response(self.get_context_data(form=form))
        try:
            record = read_protected_record(
                profile=self.profile, user=request.user, reason=form.cleaned_data["reason"]
            )
        except SafeguardingError as error:
            form.add_error("reason", error.message)
            return self.render_to_response(self.get_context_data(form=form))
        return render(request, self.template_name, self.get_context_data(record=record))


class AccessLogView(OfficerMixin, TemplateView):
    template_name = "safeguarding/manage/access_log.html"

    def get_context_data(self, **kwargs):
        readings = selectors.protected_record_accesses(congress=self.request.congress)
        page = Paginator(readings, 100).get_page(self.request.GET.get("page"))
        return super().get_context_data(page_obj=page, **kwargs)
