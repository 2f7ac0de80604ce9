"""The safeguarding officers' back office for concerns: the list, and one concern with its incident log.

Only the officers of the congress get in (`rules.has_perm`, never `user.has_perm`: a platform administrator is not
an officer). Each opening of a concern is logged before its content is shown."""

import rules
from django.contrib import messages
from django.core.exceptions import PermissionDenied
from django.core.paginator import Paginator
from django.http import Http404
from django.shortcuts import redirect
from django.utils.decorators import method_decorator
from django.utils.translation import gettext_lazy as _
from django.views.decorators.cache import never_cache
from django.views.generic import TemplateView

from plenaria.congresses.views.manage_base import CongressPermissionMixin

from .. import selectors
from ..enums import ConcernStatus
from ..errors import ConcernError
from ..forms_officer import (
    AssignForm,
    CloseForm,
    EscalateForm,
    NoteForm,
    StartHandlingForm,
    StatusFilterForm,
)
from ..models import Concern
from ..services import handling


class OfficerMixin(CongressPermissionMixin):
    """A back-office page that only the congress's safeguarding officers may open."""

    def dispatch(self, request, *args, **kwargs):
        if not rules.has_perm("concerns.view_concerns", request.user, request.congress):
            raise PermissionDenied
        return super().dispatch(request, *args, **kwargs)


class ConcernListView(OfficerMixin, TemplateView):
    template_name = "concerns/manage/concern_list.html"

    def get_context_data(self, **kwargs):
        filters = StatusFilterForm(self.request.GET or None)
        status = filters.cleaned_data["status"] if filters.is_valid() else None
        concerns = selectors.concerns_for_congress(congress=self.request.congress, status=status)
        page = Paginator(concerns, 50).get_page(self.request.GET.get("page"))
        return super().get_context_data(filters=filters, page_obj=page, **kwargs)


# action in the address -> (form, what the service is given from the form, message once done)
ACTIONS = {
    "note": (
        NoteForm,
        lambda concern, actor, data: handling.add_concern_note(
            concern=concern, actor=actor, note=data["note"]
        ),
        _("Your note was added to the log."),
    ),
    "handle": (
        StartHandlingForm,
        lambda concern, actor, data: handling.start_handling_concern(
            concern=concern, actor=actor, note=data["note"]
        ),
        _("The concern is now marked as being handled."),
    ),
    "escalate": (
        EscalateForm,
        lambda concern, actor, data: handling.escalate_concern(concern=concern, actor=actor, **data),
        _("The escalation to the authority was recorded."),
    ),
    "close": (
        CloseForm,
        lambda concern, actor, data: handling.close_concern(
            concern=concern, actor=actor, outcome=data["outcome"]
        ),
        _("The concern was closed."),
    ),
    "assign": (
        AssignForm,
        lambda concern, actor, data: handling.assign_concern(
            concern=concern, actor=actor, assignee=data["assignee"]
        ),
        _("The assignment was recorded."),
    ),
}


@method_decorator(never_cache, name="dispatch")
class ConcernDetailView(OfficerMixin, TemplateView):
    """GET shows the concern (each opening logged); POST to `<reference>/<action>/` records one log entry."""

    template_name = "concerns/manage/concern_detail.html"

    def load_concern(self) -> Concern:
        # after the officer check (dispatch): others learn nothing, not even whether the reference exists
        concern = selectors.get_concern(congress=self.request.congress, reference=self.kwargs["reference"])
        if concern is None:
            raise Http404("No such concern")
        return concern

    def make_form(self, action: str, data=None):
        form_class = ACTIONS[action][0]
        extra = {"officers": self.officers} if form_class is AssignForm else {}
        initial = {"assignee": self.concern.assigned_to_id} if form_class is AssignForm else None
        return form_class(data, prefix=action, initial=initial, **extra)

    def get_context_data(self, **kwargs):
        handling.read_concern(concern=self.concern, user=self.request.user)
        forms = {action: self.make_form(action) for action in ACTIONS}
        forms.update(kwargs.pop("bound", {}))
        return super().get_context_data(
            concern=self.concern,
            actions=selectors.incident_log(concern=self.concern),
            readings=selectors.readings_of(concern=self.concern)[:50],
            forms=forms,
            is_closed=self.concern.status == ConcernStatus.CLOSED,
            **kwargs,
        )

    def get(self, request, *args, **kwargs):
        if kwargs.get("action"):  # the address of a form's button, opened directly
            return redirect(
                "concerns_manage:concern-detail",
                congress_slug=request.congress.slug,
                reference=kwargs["reference"],
            )
        self.concern = self.load_concern()
        self.officers = selectors.safeguarding_officers(congress=request.congress)
        return self.render_to_response(self.get_context_data())

    def post(self, request, *args, **kwargs):
        action = kwargs.get("action")
        if action not in ACTIONS:
            raise Http404("No such action")
        self.concern = self.load_concern()
        self.officers = selectors.safeguarding_officers(congress=request.congress)
        form = self.make_form(action, request.POST)
        if form.is_valid():
            _form_class, perform, done = ACTIONS[action]
            try:
                perform(self.concern, request.user, form.cleaned_data)
            except ConcernError as error:
                form.add_error(None, error.message)
            else:
                messages.success(request, done)
                return redirect(
                    "concerns_manage:concern-detail",
                    congress_slug=request.congress.slug,
                    reference=self.concern.reference,
                )
        return self.render_to_response(self.get_context_data(bound={action: form}))
