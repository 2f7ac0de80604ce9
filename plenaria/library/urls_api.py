"""The document library's part of /api/v1/ (included in `api_v1` of plenaria.config.urls, namespace "api")."""

from django.urls import path

from . import api

urlpatterns = [
    path("congresses/<slug:congress_slug>/documents/", api.DocumentListApi.as_view(), name="document-list"),
    path(
        "congresses/<slug:congress_slug>/documents/<int:pk>/",
        api.DocumentDetailApi.as_view(),
        name="document-detail",
    ),
]
