"""The participant's code of conduct page, beside their registration's page (`/registration/<reference>/`)."""

from django.urls import path

from .views import conduct as views

app_name = "participant_conduct"

urlpatterns = [
    path("<str:reference>/code-of-conduct/", views.ParticipantCodeView.as_view(), name="code"),
]
