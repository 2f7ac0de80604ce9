"""The check-in devices' part of /api/v1/ (included in `api_v1` of plenaria.config.urls, namespace "api"). A device
is identified by its token, so no URL names a congress or a checkpoint."""

from django.urls import path

from . import api

urlpatterns = [
    path("checkin/checkpoint-list/", api.CheckpointListApi.as_view(), name="checkin-checkpoint-list"),
    path("checkin/scans/", api.RedeemScanApi.as_view(), name="checkin-redeem"),
    path("checkin/sync/", api.SyncBatchApi.as_view(), name="checkin-sync"),
    path(
        "checkin/badges/<int:badge_id>/photo/",
        api.BadgePhotoApi.as_view(),
        name="checkin-badge-photo",
    ),
]
