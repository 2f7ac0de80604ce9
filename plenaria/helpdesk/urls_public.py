from django.urls import path

from .views import public as views

app_name = "helpdesk"

urlpatterns = [
    path("ask/", views.ask_start, name="ask-start"),
    path("my-inquiries/", views.MyInquiriesView.as_view(), name="mine"),
    path("<slug:congress_slug>/ask/", views.AskView.as_view(), name="ask"),
    path("<slug:congress_slug>/ask/suggestions/", views.ask_suggestions, name="ask-suggestions"),
    path("<slug:congress_slug>/ask/sent/", views.AskSentView.as_view(), name="ask-sent"),
    path("<slug:congress_slug>/faq/", views.faq, name="faq"),
    path("<slug:congress_slug>/inquiries/<str:token>/", views.FollowUpView.as_view(), name="follow-up"),
    path(
        "<slug:congress_slug>/inquiries/<str:token>/attachments/<int:pk>/",
        views.follow_up_attachment,
        name="follow-up-attachment",
    ),
]
