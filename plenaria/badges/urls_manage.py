"""The secretariat's badge pages, at /<lang>/manage/<congress_slug>/badges/."""

from django.urls import path

from .views import badges, print_jobs

app_name = "badges_manage"

urlpatterns = [
    path("", badges.BadgeListView.as_view(), name="badge-list"),
    path("participants/<int:pk>/", badges.ParticipantBadgesView.as_view(), name="participant"),
    path("participants/<int:pk>/issue/", badges.IssueView.as_view(), name="badge-issue"),
    path("<int:pk>/print/", badges.PrintView.as_view(), name="badge-print"),
    path("<int:pk>/reprint/", badges.ReprintView.as_view(), name="badge-reprint"),
    path("<int:pk>/revoke/", badges.RevokeView.as_view(), name="badge-revoke"),
    path("print-jobs/", print_jobs.PrintJobListView.as_view(), name="print-job-list"),
    path("print-jobs/new/", print_jobs.PrintJobCreateView.as_view(), name="print-job-create"),
    path("print-jobs/<int:pk>/", print_jobs.PrintJobView.as_view(), name="print-job"),
    path(
        "print-jobs/<int:pk>/progress/", print_jobs.PrintJobProgressView.as_view(), name="print-job-progress"
    ),
    path(
        "print-jobs/<int:pk>/download/", print_jobs.PrintJobDownloadView.as_view(), name="print-job-download"
    ),
]
