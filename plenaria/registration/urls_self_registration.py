from django.urls import path

from .views import self_registration as views

app_name = "self_registration"

urlpatterns = [
    path("", views.CategoryListView.as_view(), name="categories"),
    path("<slug:category_slug>/", views.StartView.as_view(), name="start"),
]
