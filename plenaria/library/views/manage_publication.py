"""The back office's publication of a document: publishing it, withdrawing it, and previewing its public page."""

import re

from django.contrib import messages
from django.http import HttpResponse
from django.template.loader import render_to_string, select_template
from django.utils.decorators import method_decorator
from django.utils.translation import gettext as _
from django.views.decorators.cache import never_cache
from django.views.generic import FormView, TemplateView, View

from .. import services
from ..enums import DocumentStatus
from ..errors import LibraryError
from ..forms_manage import WithdrawForm
from . import public
from .manage_base import DocumentMixin, show_error

PREVIEW_TEMPLATES = ["library/public/document.html", "library/manage/preview.html"]

# --- Publishing, withdrawing, previewing -------------------------------------------------------------------------


class PublishView(DocumentMixin, View):
    def get(self, request, *args, **kwargs):
        self.load_document()
        return self.redirect_to("document-edit", pk=self.document.pk)

    def post(self, request, *args, **kwargs):
        document = self.load_document()
        try:
            services.publish_document(document=document, actor=request.user)
        except LibraryError as error:
            messages.error(request, error.message)
        else:
            messages.success(request, _("The document is published."))
        return self.redirect_to("document-edit", pk=document.pk)


@method_decorator(never_cache, name="dispatch")
class WithdrawView(DocumentMixin, FormView):
    """Takes a published document off the public pages; the reason is required and shown to readers."""

    template_name = "library/manage/withdraw.html"
    form_class = WithdrawForm

    def get(self, request, *args, **kwargs):
        self.load_document()
        return super().get(request, *args, **kwargs)

    def post(self, request, *args, **kwargs):
        self.load_document()
        return super().post(request, *args, **kwargs)

    def form_valid(self, form):
        try:
            services.withdraw_document(
                document=self.document, reason=form.cleaned_data["reason"], actor=self.request.user
            )
        except LibraryError as error:
            show_error(form, error)
            return self.form_invalid(form)
        messages.success(self.request, _("The document was withdrawn."))
        return self.redirect_to("document-edit", pk=self.document.pk)


@method_decorator(never_cache, name="dispatch")
class PreviewView(DocumentMixin, TemplateView):
    """The document's public page as readers would see it, marked as a preview at the top of its content.

    The public page's template knows nothing of previews: the mark is put in after the opening of its `<main>`."""

    def get(self, request, *args, **kwargs):
        document = self.load_document()
        # As readers would see it once published: every version; a withdrawn document shows none.
        versions = (
            []
            if document.status == DocumentStatus.WITHDRAWN
            else list(document.versions.prefetch_related("files"))
        )
        for version in versions:
            for document_file in version.files.all():
                document_file.type_name = public.file_type(document_file)
                document_file.is_unread = document_file.extraction_status in public.UNREAD_STATUSES
        context = self.get_context_data(
            is_preview=True,
            versions=versions,
            current=versions[0] if versions else None,
            event_url=public.event_url(document.related_event),
        )
        page = select_template(PREVIEW_TEMPLATES).render(context, request)
        banner = render_to_string("library/manage/_preview_banner.html", context, request)
        return HttpResponse(_with_banner(page, banner))


_MAIN_OPENING = re.compile(r"<main\b[^>]*>")
_BODY_OPENING = re.compile(r"<body\b[^>]*>")


def _with_banner(page: str, banner: str) -> str:
    found = _MAIN_OPENING.search(page) or _BODY_OPENING.search(page)
    at = found.end() if found else 0
    return page[:at] + banner + page[at:]
