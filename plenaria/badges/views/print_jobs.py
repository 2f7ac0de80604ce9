"""Batch printing: choose a set of badges, follow the print job's progress, download its PDF."""

from django.contrib import messages
from django.core.paginator import Paginator
from django.http import Http404
from django.views.generic import FormView, TemplateView, View

from plenaria.common.private_storage import private_file_response

from .. import selectors_manage as selectors
from ..forms import PrintJobForm
from ..services_printing import PrintError, give_up_if_stalled, record_print_job_download, start_print_job
from .base import BadgesMixin


class PrintJobMixin(BadgesMixin):
    def load_job(self):
        job = selectors.get_print_job(congress=self.request.congress, pk=self.kwargs["pk"])
        if job is None:
            raise Http404("No such print job")
        return give_up_if_stalled(job=job)


class PrintJobListView(BadgesMixin, TemplateView):
    """Every print job of the congress: who asked, when, how many badges, and its PDF."""

    template_name = "badges/manage/print_job_list.html"
    paginate_by = 50

    def get_context_data(self, **kwargs):
        congress = self.request.congress
        page_obj = Paginator(selectors.print_jobs_of(congress=congress), self.paginate_by).get_page(
            self.request.GET.get("page")
        )
        names = selectors.filter_names(congress=congress)
        rows = [(job, names.describe(job.filters)) for job in page_obj]
        return super().get_context_data(page_obj=page_obj, rows=rows, **kwargs)


class PrintJobCreateView(BadgesMixin, FormView):
    template_name = "badges/manage/print_job_create.html"
    form_class = PrintJobForm

    def get_form_kwargs(self):
        return {**super().get_form_kwargs(), "congress": self.request.congress}

    def form_valid(self, form):
        try:
            job = start_print_job(
                congress=self.request.congress,
                filters=form.filters(),
                size=form.cleaned_data["size"],
                language=form.cleaned_data["language"],
                actor=self.request.user,
            )
        except PrintError as error:
            form.add_error(None, error.message)
            return self.form_invalid(form)
        return self.redirect_to("print-job", pk=job.pk)


class PrintJobView(PrintJobMixin, TemplateView):
    """A print job's page: its set, its progress (the bar refreshes itself while the job runs) and the PDF."""

    template_name = "badges/manage/print_job.html"

    def get_context_data(self, **kwargs):
        job = self.load_job()
        description = selectors.filter_names(congress=self.request.congress).describe(job.filters)
        return super().get_context_data(job=job, description=description, **kwargs)


class PrintJobProgressView(PrintJobMixin, TemplateView):
    """The progress part of the job's page, asked for every second while the job runs."""

    template_name = "badges/manage/print_job.html#progress"

    def get_context_data(self, **kwargs):
        return super().get_context_data(job=self.load_job(), **kwargs)


class PrintJobDownloadView(PrintJobMixin, View):
    """The job's PDF; each download is in the audit log."""

    def get(self, request, *args, **kwargs):
        job = self.load_job()
        try:
            record_print_job_download(job=job, actor=request.user)
        except PrintError as error:
            messages.error(request, error.message)
            return self.redirect_to("print-job", pk=job.pk)
        return private_file_response(
            job.pdf,
            download_name=f"badges-{request.congress.slug}-{job.pk}.pdf",
            content_type="application/pdf",
        )
