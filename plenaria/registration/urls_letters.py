from django.urls import path

from .views import letters as views

app_name = "letters"

urlpatterns = [
    path("<int:pk>/<slug:kind>/", views.download_letter, name="download"),
]
