"""The inquiry desk in the back office, at /<lang>/manage/<congress_slug>/inquiries/.

The desk's administration pages come first: their fixed words ("faq", "canned", …) must never be read as an
inquiry's reference by the patterns below them."""

from django.urls import path

from .views import desk, inquiry, queue

app_name = "helpdesk_manage"

urlpatterns = [
    path("", queue.QueueView.as_view(), name="queue"),
    path("dashboard/", desk.DashboardView.as_view(), name="dashboard"),
    path("routing/", desk.RoutingView.as_view(), name="routing"),
    path("faq/", desk.FaqListView.as_view(), name="faq-list"),
    path("faq/new/", desk.FaqCreateView.as_view(), name="faq-create"),
    path("faq/<int:pk>/", desk.FaqEditView.as_view(), name="faq-edit"),
    path("faq/<int:pk>/delete/", desk.FaqDeleteView.as_view(), name="faq-delete"),
    path("canned/", desk.CannedListView.as_view(), name="canned-list"),
    path("canned/new/", desk.CannedCreateView.as_view(), name="canned-create"),
    path("canned/<int:pk>/", desk.CannedEditView.as_view(), name="canned-edit"),
    path("canned/<int:pk>/delete/", desk.CannedDeleteView.as_view(), name="canned-delete"),
    path("<str:reference>/", inquiry.InquiryView.as_view(), name="inquiry"),
    path("<str:reference>/canned/<int:pk>/", inquiry.CannedTextView.as_view(), name="inquiry-canned"),
    path("<str:reference>/attachments/<int:pk>/", inquiry.AttachmentView.as_view(), name="attachment"),
    path("<str:reference>/<slug:action>/", inquiry.InquiryView.as_view(), name="inquiry-action"),
]
