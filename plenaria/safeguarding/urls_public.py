from django.urls import path

from .enums import ConsentSigner
from .views import chaperones as chaperone_views
from .views import consent_pages as views

app_name = "youth_consent"

urlpatterns = [
    path("guardian/<str:token>/", views.GuardianConsentView.as_view(), name="guardian"),
    path(
        "guardian/<str:token>/withdraw-media/",
        views.WithdrawMediaConsentView.as_view(signer=ConsentSigner.GUARDIAN),
        name="guardian-withdraw-media",
    ),
    path("young-person/<str:token>/", views.YoungPersonView.as_view(), name="young-person"),
    path(
        "young-person/<str:token>/withdraw-media/",
        views.WithdrawMediaConsentView.as_view(
            signer=ConsentSigner.YOUNG_PERSON, find_profile=views.profile_by_young_person_token
        ),
        name="young-person-withdraw-media",
    ),
    path("chaperone/<str:token>/", chaperone_views.ChaperonePageView.as_view(), name="chaperone"),
]
