"""The news's back office, at /<lang>/manage/<congress_slug>/news/."""

from django.urls import path

from . import views_manage as views

app_name = "news_manage"

urlpatterns = [
    path("", views.NewsListView.as_view(), name="list"),
    path("new/", views.NewsCreateView.as_view(), name="create"),
    path("<int:pk>/", views.NewsEditView.as_view(), name="edit"),
    path("<int:pk>/preview/", views.news_preview, name="preview"),
    path("<int:pk>/action/", views.news_action, name="action"),
]
