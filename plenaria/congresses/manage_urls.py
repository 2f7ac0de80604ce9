from django.urls import path

from .views import manage_content, manage_logs, manage_teams

app_name = "manage"

urlpatterns = [
    path("", manage_content.CongressIndexView.as_view(), name="index"),
    path("<slug:congress_slug>/", manage_content.ManageHomeView.as_view(), name="home"),
    path("<slug:congress_slug>/congress/", manage_content.CongressEditView.as_view(), name="congress-edit"),
    path("<slug:congress_slug>/teams/", manage_teams.TeamListView.as_view(), name="team-list"),
    path("<slug:congress_slug>/teams/new/", manage_teams.TeamFormView.as_view(), name="team-create"),
    path("<slug:congress_slug>/teams/<int:pk>/", manage_teams.TeamFormView.as_view(), name="team-edit"),
    path(
        "<slug:congress_slug>/teams/<int:pk>/members/",
        manage_teams.TeamMemberAddView.as_view(),
        name="team-member-add",
    ),
    path(
        "<slug:congress_slug>/members/<int:membership_pk>/remove/",
        manage_teams.TeamMemberRemoveView.as_view(),
        name="team-member-remove",
    ),
    path("<slug:congress_slug>/audit-log/", manage_logs.AuditLogView.as_view(), name="audit-log"),
    path("<slug:congress_slug>/outbox/", manage_logs.OutboxView.as_view(), name="outbox"),
    path(
        "<slug:congress_slug>/outbox/<int:pk>/retry/",
        manage_logs.OutboxRetryView.as_view(),
        name="outbox-retry",
    ),
    path("<slug:congress_slug>/<slug:kind>/", manage_content.ContentListView.as_view(), name="content-list"),
    path(
        "<slug:congress_slug>/<slug:kind>/new/",
        manage_content.ContentFormView.as_view(),
        name="content-create",
    ),
    path(
        "<slug:congress_slug>/<slug:kind>/<int:pk>/",
        manage_content.ContentFormView.as_view(),
        name="content-edit",
    ),
    path(
        "<slug:congress_slug>/<slug:kind>/<int:pk>/delete/",
        manage_content.ContentDeleteView.as_view(),
        name="content-delete",
    ),
]
