from django.urls import path

from .views import officer as views

app_name = "safeguarding"

urlpatterns = [
    path("young-people/", views.YoungParticipantListView.as_view(), name="young-people"),
    path("young-people/<int:pk>/record/", views.ProtectedRecordView.as_view(), name="protected-record"),
    path("access-log/", views.AccessLogView.as_view(), name="access-log"),
]
