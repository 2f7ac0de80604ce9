from django.urls import path

from .views import review as views

app_name = "review"

urlpatterns = [
    path("", views.QueueView.as_view(), name="queue"),
    path("<int:pk>/", views.ParticipantReviewView.as_view(), name="participant"),
    path("<int:pk>/documents/<int:document_pk>/", views.DocumentDownloadView.as_view(), name="document"),
]
