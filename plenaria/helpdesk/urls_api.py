"""The inquiry desk's part of /api/v1/ (included in `api_v1` of plenaria.config.urls, namespace "api")."""

from django.urls import path

from . import api

urlpatterns = [
    path(
        "congresses/<slug:congress_slug>/inquiries/",
        api.InquiryListApi.as_view(),
        name="inquiry-list",
    ),
    path(
        "congresses/<slug:congress_slug>/inquiries/<str:reference>/",
        api.InquiryDetailApi.as_view(),
        name="inquiry-detail",
    ),
]
