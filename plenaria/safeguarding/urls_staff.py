"""Back-office pages of the codes of conduct for every member of staff (not only the officers): their own staff
code, and a participant's signed paper form recorded by a reviewer who may decide the registration."""

from django.urls import path

from .views import conduct as views

app_name = "conduct"

urlpatterns = [
    path("staff-code/", views.StaffCodeView.as_view(), name="staff-code"),
    path("registrations/<int:pk>/code-of-conduct/", views.PaperCodeView.as_view(), name="paper-code"),
]
