from django.contrib.auth.decorators import login_not_required
from django.urls import path

from .views import focal_point as views

app_name = "focal_point"

urlpatterns = [
    path("", views.DelegationListView.as_view(), name="delegations"),
    path(
        "invitation/<str:token>/",
        login_not_required(views.InvitationView.as_view()),
        name="invitation",
    ),
    path("<int:pk>/", views.DelegationDetailView.as_view(), name="delegation"),
    path("<int:pk>/note-verbale/", views.NoteVerbaleView.as_view(), name="note-verbale"),
    path("<int:pk>/members/new/", views.NominateView.as_view(), name="member-create"),
    path("<int:pk>/members/import/", views.ImportView.as_view(), name="member-import"),
    path(
        "<int:pk>/members/import/template.<str:file_format>",
        views.ImportTemplateView.as_view(),
        name="member-import-template",
    ),
    path("<int:pk>/members/<int:member_pk>/", views.MemberDetailsView.as_view(), name="member-details"),
    path("<int:pk>/members/<int:member_pk>/withdraw/", views.WithdrawView.as_view(), name="member-withdraw"),
    path(
        "<int:pk>/members/<int:member_pk>/substitute/",
        views.SubstituteView.as_view(),
        name="member-substitute",
    ),
]
