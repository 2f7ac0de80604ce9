"""The check-in back office, at /<lang>/manage/<congress_slug>/checkin/: zones and checkpoints, scanning devices,
and the live attendance."""

from django.urls import path

from .views import attendance, devices, setup

app_name = "checkin_manage"

urlpatterns = [
    path("", setup.SetupView.as_view(), name="setup"),
    path("zones/new/", setup.ZoneFormView.as_view(), name="zone-create"),
    path("zones/<int:pk>/", setup.ZoneFormView.as_view(), name="zone-edit"),
    path("checkpoints/new/", setup.CheckpointFormView.as_view(), name="checkpoint-create"),
    path("checkpoints/<int:pk>/", setup.CheckpointFormView.as_view(), name="checkpoint-edit"),
    path("devices/", devices.DeviceListView.as_view(), name="device-list"),
    path("devices/new/", devices.DeviceRegisterView.as_view(), name="device-register"),
    path("devices/<int:pk>/paired/", devices.DevicePairedView.as_view(), name="device-paired"),
    path("devices/<int:pk>/revoke/", devices.DeviceRevokeView.as_view(), name="device-revoke"),
    path("attendance/", attendance.AttendanceView.as_view(), name="attendance"),
    path("attendance/hours.csv", attendance.HoursCsvView.as_view(), name="attendance-csv"),
    path("attendance/zones/<int:pk>/", attendance.ZonePeopleView.as_view(), name="zone-people"),
]
