"""The news's public pages, at /<lang>/<congress_slug>/news/…."""

from django.urls import path

from . import views_public as views

app_name = "news"

urlpatterns = [
    path("", views.news_list, name="list"),
    path("feed/rss/", views.rss_feed, name="feed-rss"),
    path("feed/atom/", views.atom_feed, name="feed-atom"),
    path("image/<int:pk>/", views.news_image, name="image"),
    path("<slug:slug>/", views.news_item, name="item"),
]
