"""The document library's back office, at /<lang>/manage/<congress_slug>/documents/."""

from django.urls import path

from .views import manage_documents, manage_publication, manage_versions

app_name = "library_manage"

urlpatterns = [
    path("", manage_documents.DocumentListView.as_view(), name="document-list"),
    path("new/", manage_documents.DocumentCreateView.as_view(), name="document-create"),
    path("<int:pk>/", manage_documents.DocumentEditView.as_view(), name="document-edit"),
    path("<int:pk>/versions/new/", manage_versions.VersionCreateView.as_view(), name="version-create"),
    path("<int:pk>/file/", manage_versions.FileReplaceView.as_view(), name="file-replace"),
    path("<int:pk>/files/<int:file_pk>/", manage_versions.FileDownloadView.as_view(), name="file-download"),
    path("<int:pk>/publish/", manage_publication.PublishView.as_view(), name="document-publish"),
    path("<int:pk>/withdraw/", manage_publication.WithdrawView.as_view(), name="document-withdraw"),
    path("<int:pk>/preview/", manage_publication.PreviewView.as_view(), name="document-preview"),
]
