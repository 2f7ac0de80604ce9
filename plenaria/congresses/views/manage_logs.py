"""Back office: the audit log and the e-mail outbox of one congress."""

from django.contrib import messages
from django.core.paginator import Paginator
from django.http import Http404
from django.shortcuts import redirect
from django.utils.translation import gettext as _
from django.views.generic import TemplateView

from plenaria.common.audit import actions_for_congress
from plenaria.common.mail import emails_for_congress, retry_email

from .manage_base import CongressPermissionMixin


class AuditLogView(CongressPermissionMixin, TemplateView):
    permission_required = "congresses.view_auditlog"
    template_name = "congresses/manage/audit_log.html"

    def get_context_data(self, **kwargs):
        entries = actions_for_congress(congress_id=self.request.congress.pk)
        action = self.request.GET.get("action", "").strip()
        if action:
            entries = entries.filter(action__startswith=action)
        page = Paginator(entries, 50).get_page(self.request.GET.get("page"))
        return super().get_context_data(page_obj=page, action_filter=action, **kwargs)


class OutboxView(CongressPermissionMixin, TemplateView):
    permission_required = "congresses.view_outbox"
    template_name = "congresses/manage/outbox.html"

    def get_context_data(self, **kwargs):
        emails = emails_for_congress(congress_id=self.request.congress.pk)
        status = self.request.GET.get("status", "")
        if status:
            emails = emails.filter(status=status)
        page = Paginator(emails, 50).get_page(self.request.GET.get("page"))
        return super().get_context_data(page_obj=page, status_filter=status, **kwargs)


class OutboxRetryView(CongressPermissionMixin, TemplateView):
    permission_required = "congresses.view_outbox"
    http_method_names = ["post"]

    def post(self, request, *args, **kwargs):
        email = emails_for_congress(congress_id=request.congress.pk).filter(pk=kwargs["pk"]).first()
        if email is None:
            raise Http404("No such e-mail")
        retry_email(email=email, actor=request.user)
        messages.success(request, _("The e-mail is queued to be sent again."))
        return redirect("manage:outbox", congress_slug=request.congress.slug)
