"""The back office's list of documents, and the pages that create a document and describe it."""

import json
from copy import copy
from dataclasses import dataclass

from django.conf import settings
from django.contrib import messages
from django.core.exceptions import ValidationError
from django.core.paginator import Paginator
from django.db.models import Q
from django.utils.decorators import method_decorator
from django.utils.translation import gettext as _
from django.views.decorators.cache import never_cache
from django.views.generic import FormView, TemplateView

from plenaria.common.audit import actions_for
from plenaria.common.htmx import is_htmx

from .. import selectors, services
from ..errors import LibraryError
from ..forms_manage import DocumentCreateForm, DocumentFilterForm, DocumentForm, FileForm, WithdrawForm
from .manage_base import DocumentMixin, LibraryMixin, show_error

LANGUAGE_NAMES = dict(settings.LANGUAGES)

# --- The list of documents ---------------------------------------------------------------------------------------


@dataclass(frozen=True)
class DocumentRow:
    document: object
    current: object  # its newest version, or None
    languages: list[str]  # the names of the languages of the current version's files


@method_decorator(never_cache, name="dispatch")
class DocumentListView(LibraryMixin, TemplateView):
    """Every document of the congress, drafts and withdrawn ones included; filters and a title search."""

    template_name = "library/manage/document_list.html"
    paginate_by = 50

    def get(self, request, *args, **kwargs):
        congress = request.congress
        filter_form = DocumentFilterForm(request.GET or None, congress=congress)
        documents = (
            selectors.editable_documents(congress=congress)
            .select_related("document_type")
            .prefetch_related("versions__files")
            .order_by("-updated_at", "-pk")
        )
        is_filtered = False
        if filter_form.is_bound and filter_form.is_valid():
            data = filter_form.cleaned_data
            if data["status"]:
                documents = documents.filter(status=data["status"])
            if data["document_type"]:
                documents = documents.filter(document_type=data["document_type"])
            if data["q"]:
                documents = documents.filter(_title_matches(data["q"]))
            is_filtered = any(data.values())
        page_obj = Paginator(documents, self.paginate_by).get_page(request.GET.get("page"))
        rows = [_row(document) for document in page_obj]
        context = self.get_context_data(
            filter_form=filter_form, page_obj=page_obj, rows=rows, is_filtered=is_filtered
        )
        if is_htmx(request):
            return self.response_class(
                request=request, template=f"{self.template_name}#documents", context=context
            )
        return self.render_to_response(context)


def _title_matches(query: str) -> Q:
    """The title (stored as JSON, where letters beyond ASCII are escaped) or the symbol contains `query`."""
    escaped = json.dumps(query)[1:-1]
    return Q(title__icontains=query) | Q(title__icontains=escaped) | Q(symbol__icontains=query)


def _row(document) -> DocumentRow:
    versions = list(document.versions.all())  # prefetched, newest first
    current = versions[0] if versions else None
    languages = (
        [LANGUAGE_NAMES.get(file.language, file.language) for file in current.files.all()] if current else []
    )
    return DocumentRow(document, current, languages)


# --- Creating and describing a document --------------------------------------------------------------------------


@method_decorator(never_cache, name="dispatch")
class DocumentCreateView(LibraryMixin, FormView):
    """A new document, described, with its first version and at least one file. It starts as a draft."""

    template_name = "library/manage/document_create.html"
    form_class = DocumentCreateForm

    def get_form_kwargs(self):
        return {**super().get_form_kwargs(), "congress": self.request.congress}

    def get_context_data(self, **kwargs):
        # Browsers never keep chosen files in a form shown again: say so, rather than let them vanish.
        return super().get_context_data(files_to_choose_again=bool(self.request.FILES), **kwargs)

    def form_valid(self, form):
        try:
            document = services.create_document(
                congress=self.request.congress,
                **form.metadata(),
                version_label=form.cleaned_data["version_label"],
                files=form.chosen_files(),
                actor=self.request.user,
            )
        except (LibraryError, ValidationError) as error:
            show_error(form, error)
            return self.form_invalid(form)
        messages.success(self.request, _("Saved."))
        return self.redirect_to("document-edit", pk=document.pk)


@method_decorator(never_cache, name="dispatch")
class DocumentEditView(DocumentMixin, FormView):
    """The document's page: what describes it (the form), its versions and files with whether their text could be
    read, the actions (new version, file, preview, publish, withdraw) and its history."""

    template_name = "library/manage/document_edit.html"
    form_class = DocumentForm

    def get(self, request, *args, **kwargs):
        self.load_document()
        return super().get(request, *args, **kwargs)

    def post(self, request, *args, **kwargs):
        self.load_document()
        return super().post(request, *args, **kwargs)

    def get_form_kwargs(self):
        # A copy: a refused form must not change the document that the rest of the page shows.
        return {
            **super().get_form_kwargs(),
            "congress": self.request.congress,
            "instance": copy(self.document),
        }

    def get_context_data(self, **kwargs):
        document = self.document
        versions = list(document.versions.prefetch_related("files").select_related("created_by"))
        return super().get_context_data(
            versions=versions,
            current=versions[0] if versions else None,
            file_form=kwargs.pop("file_form", None) or FileForm(),
            withdraw_form=kwargs.pop("withdraw_form", None) or WithdrawForm(),
            history=actions_for(document).order_by("-created_at", "-pk")[:100],
            **kwargs,
        )

    def form_valid(self, form):
        try:
            services.update_document(document=self.document, **form.metadata(), actor=self.request.user)
        except (LibraryError, ValidationError) as error:
            show_error(form, error)
            return self.form_invalid(form)
        messages.success(self.request, _("Saved."))
        return self.redirect_to("document-edit", pk=self.document.pk)
