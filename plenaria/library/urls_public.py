"""The document library's public pages, at /<lang>/<congress_slug>/documents/…."""

from django.urls import path

from .views import public as views

app_name = "library"

urlpatterns = [
    path("", views.library, name="list"),
    path("<int:pk>/", views.document, name="document"),
    path("files/<int:pk>/", views.download, name="download"),
]
