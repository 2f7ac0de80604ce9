from django.contrib.auth.decorators import login_not_required
from django.urls import path

from .views import participant as views

app_name = "participant"

urlpatterns = [
    # The secret token in the nomination e-mail is the key: no account is needed.
    path("complete/<str:token>/", login_not_required(views.CompletionView.as_view()), name="complete"),
]
