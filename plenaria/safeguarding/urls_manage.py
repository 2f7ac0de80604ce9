from django.urls import path

from .views import chaperones as chaperone_views
from .views import conduct as conduct_views
from .views import officer as views
from .views import register as register_views

app_name = "safeguarding"

urlpatterns = [
    path("young-people/", views.YoungParticipantListView.as_view(), name="young-people"),
    path("young-people/<int:pk>/record/", views.ProtectedRecordView.as_view(), name="protected-record"),
    path("access-log/", views.AccessLogView.as_view(), name="access-log"),
    path("staff/", conduct_views.YouthStaffView.as_view(), name="youth-staff"),
    path("staff/<int:user_pk>/training/", conduct_views.RecordTrainingView.as_view(), name="training-record"),
    path(
        "staff/trainings/<int:pk>/remove/", conduct_views.RemoveTrainingView.as_view(), name="training-remove"
    ),
    path("register/", register_views.RegisterView.as_view(), name="register"),
    path("register/print/", register_views.RegisterPrintView.as_view(), name="register-print"),
    path("register/<int:pk>/sign-in/", register_views.SignInView.as_view(), name="register-sign-in"),
    path(
        "register/records/<int:pk>/sign-out/", register_views.SignOutView.as_view(), name="register-sign-out"
    ),
    path("young-people/<int:pk>/collectors/", register_views.CollectorsView.as_view(), name="collectors"),
    path(
        "young-people/<int:pk>/collectors/<int:collector_pk>/remove/",
        register_views.RemoveCollectorView.as_view(),
        name="collector-remove",
    ),
    path("chaperones/", chaperone_views.ChaperoneListView.as_view(), name="chaperones"),
    path("chaperones/add/", chaperone_views.ChaperoneAddView.as_view(), name="chaperone-add"),
    path(
        "chaperones/<int:pk>/invite/", chaperone_views.ChaperoneInviteView.as_view(), name="chaperone-invite"
    ),
    path(
        "young-people/<int:pk>/chaperone/",
        chaperone_views.YoungPersonChaperoneView.as_view(),
        name="young-person-chaperone",
    ),
    path(
        "young-people/<int:pk>/chaperone/release/",
        chaperone_views.ReleaseChaperoneView.as_view(),
        name="young-person-chaperone-release",
    ),
]
