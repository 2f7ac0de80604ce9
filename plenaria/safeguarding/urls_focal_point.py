"""The focal point's youth pages, under registration's delegation pages (`/<lang>/delegations/<pk>/…`)."""

from django.urls import path

from .views import nomination as views

app_name = "youth_focal_point"

urlpatterns = [
    path(
        "<int:pk>/young-people/nominate/",
        views.NominateYoungPersonView.as_view(),
        name="young-person-nominate",
    ),
    path(
        "<int:pk>/young-people/<int:member_pk>/guardian/",
        views.GuardianInvitationView.as_view(),
        name="guardian-invitation",
    ),
]
