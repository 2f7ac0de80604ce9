"""The document library's back office, at /<lang>/manage/<congress_slug>/documents/."""

from django.urls import path

from .views import manage

app_name = "library_manage"

urlpatterns = [
    path("", manage.DocumentListView.as_view(), name="document-list"),
    path("new/", manage.DocumentCreateView.as_view(), name="document-create"),
    path("<int:pk>/", manage.DocumentEditView.as_view(), name="document-edit"),
    path("<int:pk>/versions/new/", manage.VersionCreateView.as_view(), name="version-create"),
    path("<int:pk>/file/", manage.FileReplaceView.as_view(), name="file-replace"),
    path("<int:pk>/files/<int:file_pk>/", manage.FileDownloadView.as_view(), name="file-download"),
    path("<int:pk>/publish/", manage.PublishView.as_view(), name="document-publish"),
    path("<int:pk>/withdraw/", manage.WithdrawView.as_view(), name="document-withdraw"),
    path("<int:pk>/preview/", manage.PreviewView.as_view(), name="document-preview"),
]
