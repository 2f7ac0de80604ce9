"""The news's part of /api/v1/ (included in `api_v1` of plenaria.config.urls, namespace "api")."""

from django.urls import path

from . import api

urlpatterns = [
    path("congresses/<slug:congress_slug>/news/", api.NewsListApi.as_view(), name="news-list"),
    path("congresses/<slug:congress_slug>/news/<slug:slug>/", api.NewsItemApi.as_view(), name="news-detail"),
]
