from django.urls import path

from .views import public as views

app_name = "concerns"

urlpatterns = [
    path("report-a-concern/", views.report_concern_start, name="concern-start"),
    path("<slug:congress_slug>/report-a-concern/", views.ReportConcernView.as_view(), name="concern-report"),
    path("<slug:congress_slug>/report-a-concern/sent/", views.ConcernSentView.as_view(), name="concern-sent"),
]
