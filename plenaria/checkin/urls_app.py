"""The check-in web app, under the language prefix (`/<language>/checkin/app/`): the page, its service worker (whose
scope is the page's folder) and its manifest."""

from django.urls import path

from . import views_app

app_name = "checkin_app"

urlpatterns = [
    path("", views_app.app_page, name="app"),
    path("sw.js", views_app.service_worker, name="service-worker"),
    path("manifest.webmanifest", views_app.manifest, name="manifest"),
]
