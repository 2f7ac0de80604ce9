"""The public pages of the inquiry desk, for the person who asks: "Ask the organisers" (with FAQ answers suggested
while they type), the thank-you page, the private follow-up page of an inquiry, their own inquiries, and the FAQ.

Nothing here needs an account but "My questions". The form and the follow-up page are never cached: they hold
what someone typed, or a private conversation.
"""

import uuid

from allauth.account.adapter import get_adapter
from django.conf import settings
from django.contrib import messages
from django.contrib.auth.decorators import login_not_required
from django.core.exceptions import PermissionDenied
from django.http import Http404
from django.shortcuts import redirect, render
from django.urls import reverse
from django.utils.decorators import method_decorator
from django.utils.translation import get_language
from django.utils.translation import gettext as _
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_GET, require_POST
from django.views.generic import FormView, TemplateView

from plenaria.common import throttle
from plenaria.common.private_storage import private_file_response
from plenaria.congresses.public_cache import cached_public_page
from plenaria.congresses.selectors import featured_congress

from .. import selectors_public
from ..errors import HelpdeskError
from ..forms_public import HONEYPOT_FIELD, AskForm, ReplyForm
from ..selectors import conversation
from ..services.attachments import add_requester_reply, submit_inquiry_with_attachments
from ..services.inquiries import InquiryRequest

# The thank-you page finds the inquiry just sent in a signed, short-lived cookie: not in the address (a shared
# computer's history must not lead to it) and not in the session (no session row to write for each question).
SENT_COOKIE = "plenaria_inquiry_sent"
SENT_COOKIE_SALT = "plenaria.helpdesk.ask-sent"
SENT_COOKIE_MAX_AGE = 3600
# (submissions, seconds) per IP address, per e-mail address, and replies per IP address. Generous per address: a
# delegation's office, or the whole venue, may share one public address. Override any of them with
# PLENARIA_INQUIRY_RATE_LIMITS in the settings, e.g. {"email": (2, 3600)}.
DEFAULT_RATE_LIMITS = {"ip": (20, 3600), "email": (5, 3600), "reply": (30, 3600)}
PRIVATE_PAGE_HEADERS = {"Referrer-Policy": "no-referrer", "X-Robots-Tag": "noindex, nofollow"}


def _rate_limits() -> dict[str, tuple[int, int]]:
    return {**DEFAULT_RATE_LIMITS, **getattr(settings, "PLENARIA_INQUIRY_RATE_LIMITS", {})}


def _client_ip(request) -> str:
    # allauth's reading of the address, so that its trusted-proxy settings apply here as to the sign-in limits.
    try:
        return get_adapter(request).get_client_ip(request)
    except PermissionDenied:
        return "unknown"


def _is_throttled(request, *identities: tuple[str, str]) -> bool:
    """Counts this attempt against the limit of each (scope, identity); True if any limit is exceeded."""
    limits = _rate_limits()
    allowed = [
        throttle.allow(
            scope=f"inquiry-{scope}",
            identity=identity,
            limit=limits[scope][0],
            window_seconds=limits[scope][1],
        )
        for scope, identity in identities
    ]
    return not all(allowed)


def _with_private_headers(response):
    for header, value in PRIVATE_PAGE_HEADERS.items():
        response[header] = value
    return response


@login_not_required
@never_cache
def ask_start(request):
    """The link on pages outside a congress: the form of the congress the site shows first."""
    congress = featured_congress()
    if congress is not None:
        return redirect("helpdesk:ask", congress_slug=congress.slug)
    return render(request, "helpdesk/public/ask_unavailable.html")


@method_decorator([login_not_required, never_cache], name="dispatch")
class AskView(FormView):
    template_name = "helpdesk/public/ask.html"
    form_class = AskForm

    def get_initial(self):
        user = self.request.user
        initial = {"language": get_language(), "submission_key": str(uuid.uuid4())}
        if user.is_authenticated:
            initial.update(name=user.full_name, email=user.email)
        return initial

    def get_context_data(self, **kwargs):
        return super().get_context_data(
            honeypot_name=HONEYPOT_FIELD,
            has_faq=selectors_public.published_faq_entries(congress=self.request.congress).exists(),
            # Browsers never keep chosen files in a form shown again: say so, rather than let them vanish.
            files_to_choose_again=bool(self.request.FILES),
            **kwargs,
        )

    def form_valid(self, form):
        data = form.cleaned_data
        if _is_throttled(self.request, ("ip", _client_ip(self.request)), ("email", data["email"].lower())):
            form.add_error(
                None,
                _(
                    "Many questions were sent from here in a short time, so we could not take this one. Please "
                    "wait a few minutes and press “Send” again."
                ),
            )
            return self.form_invalid(form)
        fields = ("requester_type", "topic", "language", "name", "email", "message", "subject")
        try:
            inquiry = submit_inquiry_with_attachments(
                congress=self.request.congress,
                request=InquiryRequest(**{name: data[name] for name in fields}),
                submission_key=data["submission_key"],
                files=data["attachments"],
                user=self.request.user,
            )
        except HelpdeskError as error:
            form.add_error(None, error.message)
            if error.code == "submission_key_used":
                form.data = form.data.copy()
                form.data["submission_key"] = str(uuid.uuid4())
            return self.form_invalid(form)
        response = redirect("helpdesk:ask-sent", congress_slug=self.request.congress.slug)
        response.set_signed_cookie(
            SENT_COOKIE,
            f"{inquiry.congress_id}:{inquiry.pk}",
            salt=SENT_COOKIE_SALT,
            max_age=SENT_COOKIE_MAX_AGE,
            httponly=True,
            secure=settings.SESSION_COOKIE_SECURE,
            samesite="Lax",
        )
        return response


@require_POST
@login_not_required
@never_cache
def ask_suggestions(request, congress_slug):
    """The FAQ answers that match what the person is typing (htmx, from the "Ask the organisers" form).

    POST, not GET: what someone types must not end up in the web server's access log."""
    congress = request.congress
    helped = request.GET.get("helped", "")
    if helped.isdigit():
        entry = selectors_public.get_published_faq_entry(congress=congress, pk=int(helped))
        return render(request, "helpdesk/public/ask.html#helped", {"entry": entry})
    text = " ".join((request.POST.get("subject", ""), request.POST.get("message", "")))
    suggestions = selectors_public.suggest_faq_entries(
        congress=congress, text=text, topic=request.POST.get("topic", ""), language=get_language()
    )
    return render(request, "helpdesk/public/ask.html#suggestions", {"suggestions": suggestions})


@method_decorator([login_not_required, never_cache], name="dispatch")
class AskSentView(TemplateView):
    """The thank-you page, for the inquiry named by the cookie that the form set (see SENT_COOKIE)."""

    template_name = "helpdesk/public/ask_sent.html"

    def get(self, request, *args, **kwargs):
        sent = request.get_signed_cookie(
            SENT_COOKIE, default="", salt=SENT_COOKIE_SALT, max_age=SENT_COOKIE_MAX_AGE
        )
        congress_id, _colon, inquiry_id = sent.partition(":")
        inquiry = None
        if congress_id == str(request.congress.pk) and inquiry_id.isdigit():
            inquiry = selectors_public.get_submitted_inquiry(congress=request.congress, pk=int(inquiry_id))
        if inquiry is None:
            return redirect("helpdesk:ask", congress_slug=request.congress.slug)
        context = self.get_context_data(inquiry=inquiry, follow_up_url=_follow_up_url(request, inquiry))
        return _with_private_headers(self.render_to_response(context))


def _follow_up_url(request, inquiry) -> str:
    path = reverse(
        "helpdesk:follow-up",
        kwargs={"congress_slug": inquiry.congress.slug, "token": inquiry.follow_up_token},
    )
    return request.build_absolute_uri(path)


@method_decorator([login_not_required, never_cache], name="dispatch")
class FollowUpView(TemplateView):
    """The requester's private page of one inquiry: whoever has the link (from the confirmation e-mail) reads the
    conversation, without the teams' internal notes, and writes again."""

    template_name = "helpdesk/public/follow_up.html"

    def dispatch(self, request, *args, **kwargs):
        self.inquiry = selectors_public.follow_up_inquiry(congress=request.congress, token=kwargs["token"])
        if self.inquiry is None:
            raise Http404("No such inquiry")
        return _with_private_headers(super().dispatch(request, *args, **kwargs))

    def continue_at(self):
        """The inquiry this one was merged into, when it is the same person's (same e-mail address): only then
        may its page be shown from here."""
        into = self.inquiry.merged_into
        if into is not None and into.requester_email_digest == self.inquiry.requester_email_digest:
            return into
        return None

    def can_reply(self) -> bool:
        return self.inquiry.moved_to_concern_id is None and self.continue_at() is None

    def get_context_data(self, **kwargs):
        inquiry = self.inquiry
        moved = inquiry.moved_to_concern_id is not None
        continue_at = self.continue_at()
        if self.can_reply():
            kwargs.setdefault("form", ReplyForm())
        return super().get_context_data(
            inquiry=inquiry,
            is_moved_to_concern=moved,
            conversation=[] if moved else conversation(inquiry=inquiry, include_notes=False),
            continue_url=_follow_up_url(self.request, continue_at) if continue_at else "",
            **kwargs,
        )

    def post(self, request, *args, **kwargs):
        if not self.can_reply():
            return redirect(request.path)
        form = ReplyForm(request.POST, request.FILES)
        if form.is_valid() and self.send(form):
            messages.success(
                request, _("Your message has been sent. The organisers will answer you by e-mail.")
            )
            return redirect(f"{request.path}#conversation-end")
        context = self.get_context_data(form=form, files_to_choose_again=bool(request.FILES))
        return self.render_to_response(context)

    def send(self, form) -> bool:
        if _is_throttled(self.request, ("reply", _client_ip(self.request))):
            form.add_error(
                None, _("Many messages were sent from here in a short time. Please wait a few minutes.")
            )
            return False
        try:
            add_requester_reply(
                inquiry=self.inquiry,
                body=form.cleaned_data["message"],
                files=form.cleaned_data["attachments"],
                user=self.request.user,
            )
        except HelpdeskError as error:
            form.add_error(None, error.message)
            return False
        return True


@require_GET
@login_not_required
@never_cache
def follow_up_attachment(request, congress_slug, token, pk):
    """A file of the conversation, for whoever has the inquiry's private link; only that inquiry's files."""
    inquiry = selectors_public.follow_up_inquiry(congress=request.congress, token=token)
    attachment = selectors_public.get_follow_up_attachment(inquiry=inquiry, pk=pk) if inquiry else None
    if attachment is None:
        raise Http404("No such file")
    response = private_file_response(
        attachment.file, download_name=attachment.original_name, content_type=attachment.content_type
    )
    return _with_private_headers(response)


@method_decorator(never_cache, name="dispatch")
class MyInquiriesView(TemplateView):
    """The signed-in person's questions, in every congress, with a link to each one's follow-up page."""

    template_name = "helpdesk/public/mine.html"

    def get_context_data(self, **kwargs):
        return super().get_context_data(
            inquiries=selectors_public.own_inquiries(user=self.request.user), **kwargs
        )


@require_GET
@login_not_required
@cached_public_page
def faq(request, congress_slug):
    """The congress's frequently asked questions, by topic, in the reader's language."""
    return render(
        request,
        "helpdesk/public/faq.html",
        {"topics": selectors_public.faq_by_topic(congress=request.congress)},
    )
