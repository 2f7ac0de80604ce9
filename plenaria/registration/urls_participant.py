from django.contrib.auth.decorators import login_not_required
from django.urls import path

from .views import my_registration
from .views import participant as views

app_name = "participant"

urlpatterns = [
    path("", my_registration.MyRegistrationsView.as_view(), name="mine"),
    # The secret token in the nomination e-mail is the key: no account is needed.
    path("complete/<str:token>/", login_not_required(views.CompletionView.as_view()), name="complete"),
    path("<str:reference>/", my_registration.RegistrationPageView.as_view(), name="page"),
    path("<str:reference>/withdraw/", my_registration.WithdrawView.as_view(), name="withdraw"),
    path("<str:reference>/<slug:step>/", my_registration.StepView.as_view(), name="step"),
]
