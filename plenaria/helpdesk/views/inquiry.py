"""One inquiry in the back office: its conversation (internal notes included), the requester, the registration
context, and the handler's actions (reply, note, assign, transfer, merge, close, reopen, hand to safeguarding).

Only the team whose queue holds the inquiry opens it (`helpdesk.handle_inquiry`, checked after the inquiry is
found in `request.congress`: unknown → 404, another team's → 403). Once an inquiry was handed to the safeguarding
officers, its page says only that, except to the officers themselves.
"""

from dataclasses import dataclass

import rules
from django.contrib import messages
from django.core.exceptions import PermissionDenied
from django.http import Http404
from django.shortcuts import redirect, render
from django.urls import reverse
from django.utils.decorators import method_decorator
from django.utils.translation import gettext_lazy as _
from django.views import View
from django.views.decorators.cache import never_cache
from django.views.generic import TemplateView

from plenaria.accounts.models import User
from plenaria.common.htmx import is_htmx
from plenaria.common.i18n_content import localize
from plenaria.common.private_storage import private_file_response
from plenaria.registration.disclosure import Audience, Disclosure, disclose_one
from plenaria.registration.enums import DocumentKind
from plenaria.registration.selectors import required_documents
from plenaria.registration.views.participant import missing_labels

from ..errors import HelpdeskError
from ..forms_manage import (
    AssignForm,
    ConcernForm,
    EmptyForm,
    MergeForm,
    NoteForm,
    ReplyForm,
    TransferForm,
)
from ..models import CannedAnswer, Inquiry
from ..selectors import conversation, desk_settings_for, get_inquiry, team_members
from ..selectors_queue import (
    canned_answers_for,
    get_inquiry_attachment,
    merge_target,
    sla_of,
    transfer_targets,
)
from ..services import handling
from .queue import DeskMemberMixin


def _merge(inquiry: Inquiry, actor, data: dict) -> Inquiry:
    """Merge into the inquiry whose reference was typed; one the handler may not open is "unknown" to them."""
    target = merge_target(congress=inquiry.congress, reference=data["reference"])
    if target is None or not rules.has_perm("helpdesk.handle_inquiry", actor, target):
        raise HelpdeskError("merge_reference_unknown")
    return handling.merge_inquiries(duplicate=inquiry, into=target, actor=actor)


# action in the address -> (form, what the service is given from the form, message once done)
ACTIONS = {
    "reply": (
        ReplyForm,
        lambda inquiry, actor, data: handling.reply_to_inquiry(
            inquiry=inquiry, actor=actor, body=data["body"]
        ),
        _("Your answer was sent to the requester."),
    ),
    "note": (
        NoteForm,
        lambda inquiry, actor, data: handling.add_note(inquiry=inquiry, actor=actor, body=data["body"]),
        _("Your note was added."),
    ),
    "assign": (
        AssignForm,
        lambda inquiry, actor, data: handling.assign_inquiry(
            inquiry=inquiry, actor=actor, assignee=data["assignee"]
        ),
        _("The assignment was saved."),
    ),
    "transfer": (
        TransferForm,
        lambda inquiry, actor, data: handling.transfer_inquiry(
            inquiry=inquiry, actor=actor, team=data["team"], note=data["note"]
        ),
        _("The inquiry was transferred. The requester was told who answers now."),
    ),
    "merge": (MergeForm, _merge, _("The duplicate was merged into this inquiry.")),
    "close": (
        EmptyForm,
        lambda inquiry, actor, data: handling.close_inquiry(inquiry=inquiry, actor=actor),
        _("The inquiry was closed."),
    ),
    "reopen": (
        EmptyForm,
        lambda inquiry, actor, data: handling.reopen_inquiry(inquiry=inquiry, actor=actor),
        _("The inquiry was reopened."),
    ),
    "concern": (
        ConcernForm,
        lambda inquiry, actor, data: handling.move_to_concern(
            inquiry=inquiry, actor=actor, note=data["note"]
        ),
        _("The inquiry was handed to the safeguarding officers."),
    ),
}


class InquiryMixin(DeskMemberMixin):
    """A page about one inquiry (`self.inquiry`). It is looked up before anything else is answered (an unknown
    method, an action's address opened directly): another team learns nothing but "refused"."""

    def dispatch(self, request, *args, **kwargs):
        if rules.has_perm("helpdesk.use_desk", request.user, request.congress):
            self.inquiry = self.load_inquiry()
        return super().dispatch(request, *args, **kwargs)  # refuses whoever is not a member of the desk

    def load_inquiry(self) -> Inquiry:
        # Within this congress only.
        inquiry = get_inquiry(congress=self.request.congress, reference=self.kwargs["reference"])
        if inquiry is None:
            raise Http404("No such inquiry")
        if not rules.has_perm("helpdesk.handle_inquiry", self.request.user, inquiry):
            raise PermissionDenied
        return inquiry

    def content_withheld(self, inquiry: Inquiry) -> bool:
        """Handed to the safeguarding officers: from then on only they read the conversation."""
        return inquiry.moved_to_concern_id is not None and not rules.has_perm(
            "concerns.view_concerns", self.request.user, self.request.congress
        )


@dataclass(frozen=True)
class RegistrationContext:
    """What a handler who may see the requester's registration is shown of it."""

    participant: object
    shown: Disclosure
    missing: list[str]
    documents: list[str]


def registration_context(*, inquiry: Inquiry, user) -> RegistrationContext | None:
    """The registration of a participant who asked, for a handler who may see it; None otherwise (the page then
    says nothing of a registration, not even that there is one). The name only as `disclosure` allows: a young
    participant may appear under a pseudonym."""
    participant = inquiry.participant
    if participant is None or not rules.has_perm("registration.view_participant", user, participant):
        return None
    return RegistrationContext(
        participant=participant,
        shown=disclose_one(participant, audience=Audience.STAFF),
        missing=missing_labels(participant),
        documents=[DocumentKind(kind).label for kind in required_documents(participant=participant)],
    )


@method_decorator(never_cache, name="dispatch")
class InquiryView(InquiryMixin, TemplateView):
    """GET shows the inquiry; POST to `<reference>/<action>/` performs one action (see ACTIONS)."""

    template_name = "helpdesk/manage/inquiry.html"

    def make_form(self, action: str, data=None, initial=None):
        form_class = ACTIONS[action][0]
        extra = {}
        if form_class is AssignForm:
            members = team_members(team=self.inquiry.team) if self.inquiry.team_id else User.objects.none()
            extra = {"members": members}
            initial = {"assignee": self.inquiry.assignee_id}
        elif form_class is TransferForm:
            routed, others = transfer_targets(inquiry=self.inquiry)
            extra = {"routed": routed, "others": others}
        return form_class(data, prefix=action, initial=initial, **extra)

    def get_context_data(self, **kwargs):
        inquiry, user = self.inquiry, self.request.user
        withheld = self.content_withheld(inquiry)
        forms = {action: self.make_form(action) for action in ACTIONS}
        if canned := kwargs.pop("canned", None):  # "insert" without JavaScript: the page opens with the text
            forms["reply"] = self.make_form("reply", initial={"body": canned})
        forms.update(kwargs.pop("bound", {}))
        hours = desk_settings_for(congress=self.request.congress).first_response_hours
        return super().get_context_data(
            inquiry=inquiry,
            withheld=withheld,
            sla=sla_of(inquiry, first_response_hours=hours),
            first_response_hours=hours,
            messages_list=[] if withheld else list(conversation(inquiry=inquiry, include_notes=True)),
            merged=[] if withheld else list(inquiry.merged.order_by("pk").only("reference", "merged_into")),
            registration=None if withheld else registration_context(inquiry=inquiry, user=user),
            canned_answers=[] if withheld else list(canned_answers_for(inquiry=inquiry)),
            is_officer=rules.has_perm("concerns.view_concerns", user, self.request.congress),
            forms=forms,
            **kwargs,
        )

    def get(self, request, *args, **kwargs):
        if kwargs.get("action"):  # the address of a form's button, opened directly
            return redirect(inquiry_url(request.congress, self.inquiry.reference))
        canned = _canned_text(self.inquiry, request.GET.get("canned")) if request.GET.get("canned") else None
        return self.render_to_response(self.get_context_data(canned=canned))

    def post(self, request, *args, **kwargs):
        action = kwargs.get("action")
        if action not in ACTIONS:
            raise Http404("No such action")
        form = self.make_form(action, request.POST)
        if form.is_valid():
            _form_class, perform, done = ACTIONS[action]
            try:
                result = perform(self.inquiry, request.user, form.cleaned_data)
            except HelpdeskError as error:
                form.add_error(None, error.message)
            else:
                messages.success(request, done)
                shown = result if action == "merge" else self.inquiry
                return redirect(inquiry_url(request.congress, shown.reference))
        return self.render_to_response(
            self.get_context_data(bound={action: form}, failed_action=action, failed_form=form)
        )


def inquiry_url(congress, reference: str) -> str:
    return reverse("helpdesk_manage:inquiry", kwargs={"congress_slug": congress.slug, "reference": reference})


def _canned_text(inquiry: Inquiry, pk) -> str | None:
    """The canned answer's text in the inquiry's language (English, then any language, when it has none)."""
    try:
        canned = canned_answers_for(inquiry=inquiry).filter(pk=int(pk)).first()
    except (TypeError, ValueError):
        return None
    return localize(canned.body, inquiry.language).text if canned else None


@method_decorator(never_cache, name="dispatch")
class CannedTextView(InquiryMixin, View):
    """The reply box with a canned answer inserted (after what was typed so far), for htmx; without htmx, the
    inquiry's page opens with the canned answer in the reply box."""

    def get(self, request, *args, **kwargs):
        inquiry = self.inquiry
        if self.content_withheld(inquiry):
            raise Http404("No such canned answer")
        canned: CannedAnswer | None = canned_answers_for(inquiry=inquiry).filter(pk=kwargs["pk"]).first()
        if canned is None:
            raise Http404("No such canned answer")
        if not is_htmx(request):
            return redirect(f"{inquiry_url(request.congress, inquiry.reference)}?canned={canned.pk}#reply")
        text = localize(canned.body, inquiry.language)
        typed = request.GET.get("reply-body", "").rstrip()
        form = ReplyForm(prefix="reply", initial={"body": f"{typed}\n\n{text.text}" if typed else text.text})
        return render(
            request,
            "helpdesk/manage/_inquiry_reply_body.html",
            {"form": form, "inserted": canned, "inserted_text": text, "inquiry": inquiry},
        )


@method_decorator(never_cache, name="dispatch")
class AttachmentView(InquiryMixin, View):
    """A file of the conversation, for the team that holds the inquiry; only that inquiry's files."""

    def get(self, request, *args, **kwargs):
        inquiry = self.inquiry
        attachment = (
            None
            if self.content_withheld(inquiry)
            else get_inquiry_attachment(inquiry=inquiry, pk=kwargs["pk"])
        )
        if attachment is None:
            raise Http404("No such file")
        return private_file_response(
            attachment.file, download_name=attachment.original_name, content_type=attachment.content_type
        )
