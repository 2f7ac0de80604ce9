"""The back office's pages of a document's versions and files: a new version, a file for one language of the
current version, and the download of any of its files."""

from copy import copy

from django.contrib import messages
from django.core.exceptions import ValidationError
from django.http import Http404
from django.utils import timezone
from django.utils.decorators import method_decorator
from django.utils.translation import gettext as _
from django.views.decorators.cache import never_cache
from django.views.generic import FormView, View

from plenaria.common.private_storage import private_file_response

from .. import selectors, services
from ..errors import LibraryError
from ..forms_manage import FileForm, VersionForm
from ..models import DocumentFile
from .manage_base import DocumentMixin, show_error
from .manage_documents import DocumentEditView

# --- Versions and files ------------------------------------------------------------------------------------------


@method_decorator(never_cache, name="dispatch")
class VersionCreateView(DocumentMixin, FormView):
    template_name = "library/manage/version_form.html"
    form_class = VersionForm

    def get_initial(self):
        return {"version_date": timezone.localdate()}

    def get(self, request, *args, **kwargs):
        self.load_document()
        return super().get(request, *args, **kwargs)

    def post(self, request, *args, **kwargs):
        self.load_document()
        return super().post(request, *args, **kwargs)

    def get_context_data(self, **kwargs):
        return super().get_context_data(
            current=selectors.current_version(self.document),
            files_to_choose_again=bool(self.request.FILES),
            **kwargs,
        )

    def form_valid(self, form):
        data = form.cleaned_data
        try:
            services.add_version(
                document=self.document,
                label=data["label"],
                version_date=data["version_date"],
                change_note=data["change_note"],
                files=form.chosen_files(),
                actor=self.request.user,
            )
        except (LibraryError, ValidationError) as error:
            show_error(form, error)
            return self.form_invalid(form)
        messages.success(self.request, _("Saved."))
        return self.redirect_to("document-edit", pk=self.document.pk)


@method_decorator(never_cache, name="dispatch")
class FileReplaceView(DocumentEditView):
    """A file for one language of the current version (added, or in place of the one it had). A refused file is
    shown on the document's page, with the reason."""

    def post(self, request, *args, **kwargs):
        document = self.load_document()
        file_form = FileForm(request.POST, request.FILES)
        current = selectors.current_version(document)
        if file_form.is_valid():
            if current is None:
                file_form.add_error(None, _("Add a version"))
            else:
                try:
                    services.add_file(
                        version=current,
                        language=file_form.cleaned_data["language"],
                        upload=file_form.cleaned_data["upload"],
                        actor=request.user,
                    )
                except (LibraryError, ValidationError) as error:
                    show_error(file_form, error, field="upload")
                else:
                    messages.success(request, _("Saved."))
                    return self.redirect_to("document-edit", pk=document.pk)
        return self.render_to_response(
            self.get_context_data(
                form=self.get_form_class()(**self.get_unbound_kwargs()), file_form=file_form
            )
        )

    def get(self, request, *args, **kwargs):
        self.load_document()
        return self.redirect_to("document-edit", pk=self.document.pk)

    def get_unbound_kwargs(self):
        return {
            "congress": self.request.congress,
            "instance": copy(self.document),
            "prefix": self.get_prefix(),
        }


class FileDownloadView(DocumentMixin, View):
    """A file of one of the document's versions, for the editors (drafts and withdrawn documents included)."""

    def get(self, request, *args, **kwargs):
        document = self.load_document()
        file = DocumentFile.objects.filter(version__document=document, pk=kwargs["file_pk"]).first()
        if file is None:
            raise Http404("No such file")
        return private_file_response(
            file.file, download_name=file.original_name, content_type=file.content_type
        )
