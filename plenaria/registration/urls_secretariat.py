from django.urls import path, re_path

from .views import secretariat as views

app_name = "accreditation"

urlpatterns = [
    path("delegations/", views.DelegationListView.as_view(), name="delegations"),
    path("delegations/new/", views.DelegationCreateView.as_view(), name="delegation-create"),
    path("delegations/<int:pk>/", views.DelegationDetailView.as_view(), name="delegation"),
    path("delegations/<int:pk>/quota/", views.DelegationQuotaView.as_view(), name="delegation-quota"),
    path(
        "delegations/<int:pk>/focal-points/", views.FocalPointInviteView.as_view(), name="focal-point-invite"
    ),
    path("list-of-participants/", views.ListOfParticipantsView.as_view(), name="list-of-participants"),
    re_path(
        r"^list-of-participants\.(?P<file_format>csv|xlsx|pdf)$",
        views.ListOfParticipantsView.as_view(),
        name="list-of-participants-file",
    ),
    path("statistics/", views.StatisticsView.as_view(), name="statistics"),
    path("organisations/", views.OrganisationListView.as_view(), name="organisations"),
    path("organisations/new/", views.OrganisationFormView.as_view(), name="organisation-create"),
    path("organisations/<int:pk>/", views.OrganisationFormView.as_view(), name="organisation-edit"),
    path("categories/", views.CategoryListView.as_view(), name="categories"),
    path("categories/new/", views.CategoryFormView.as_view(), name="category-create"),
    path("categories/<int:pk>/", views.CategoryFormView.as_view(), name="category"),
    path("categories/<int:pk>/stages/", views.StageAddView.as_view(), name="stage-add"),
    path("stages/<int:stage_pk>/delete/", views.StageDeleteView.as_view(), name="stage-delete"),
]
