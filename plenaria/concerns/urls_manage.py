from django.urls import path

from .views import officer as views

app_name = "concerns_manage"

urlpatterns = [
    path("", views.ConcernListView.as_view(), name="concern-list"),
    path("<str:reference>/", views.ConcernDetailView.as_view(), name="concern-detail"),
    path("<str:reference>/<slug:action>/", views.ConcernDetailView.as_view(), name="concern-action"),
]
