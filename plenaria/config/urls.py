from django.conf import settings
from django.conf.urls.i18n import i18n_patterns
from django.contrib import admin
from django.contrib.auth.decorators import login_not_required
from django.urls import include, path
from drf_spectacular.views import SpectacularAPIView, SpectacularSwaggerSplitView

from plenaria.accounts.views import switch_language
from plenaria.checkin.urls_api import urlpatterns as checkin_api
from plenaria.common.views import healthz
from plenaria.congresses.api import CongressDetailApi, CongressListApi
from plenaria.helpdesk.urls_api import urlpatterns as helpdesk_api
from plenaria.library.urls_api import urlpatterns as library_api
from plenaria.news.urls_api import urlpatterns as news_api
from plenaria.registration import api as registration_api
from plenaria.registration.views.letters import verify_letter

api_v1 = [
    path("congresses/", CongressListApi.as_view(), name="congress-list"),
    path("congresses/<slug:slug>/", CongressDetailApi.as_view(), name="congress-detail"),
    path(
        "congresses/<slug:congress_slug>/registrations/",
        registration_api.RegistrationListApi.as_view(),
        name="registration-list",
    ),
    path(
        "congresses/<slug:congress_slug>/registrations/<str:reference>/",
        registration_api.RegistrationDetailApi.as_view(),
        name="registration-detail",
    ),
    path(
        "congresses/<slug:congress_slug>/registrations/<str:reference>/decisions/",
        registration_api.RegistrationDecisionApi.as_view(),
        name="registration-decision",
    ),
    path(
        "congresses/<slug:congress_slug>/delegations/",
        registration_api.DelegationListApi.as_view(),
        name="delegation-list",
    ),
    path(
        "congresses/<slug:congress_slug>/delegations/<int:pk>/members/",
        registration_api.DelegationMemberApi.as_view(),
        name="delegation-members",
    ),
    *helpdesk_api,
    *library_api,
    *news_api,
    *checkin_api,
]

urlpatterns = [
    path("healthz", healthz, name="healthz"),
    path("i18n/switch/", switch_language, name="switch-language"),
    path("admin/", admin.site.urls),
    path("api/schema/", login_not_required(SpectacularAPIView.as_view()), name="api-schema"),
    path(
        "api/docs/",
        login_not_required(SpectacularSwaggerSplitView.as_view(url_name="api-schema")),
        name="api-docs",
    ),
    path("api/v1/", include((api_v1, "api"), namespace="api")),
    path("verify/<str:code>/", verify_letter, name="verify-letter"),
]

urlpatterns += i18n_patterns(
    path("accounts/profile/", include("plenaria.accounts.urls")),
    path("accounts/", include("allauth.urls")),
    path("delegations/", include("plenaria.safeguarding.urls_focal_point")),
    path("delegations/", include("plenaria.registration.urls_focal_point")),
    path("registration/letters/", include("plenaria.registration.urls_letters")),
    path("registration/", include("plenaria.safeguarding.urls_participant")),
    path("registration/", include("plenaria.registration.urls_participant")),
    path("manage/<slug:congress_slug>/registrations/", include("plenaria.registration.urls_review")),
    path("manage/<slug:congress_slug>/accreditation/", include("plenaria.registration.urls_secretariat")),
    path("manage/<slug:congress_slug>/safeguarding/", include("plenaria.safeguarding.urls_manage")),
    path("manage/<slug:congress_slug>/safeguarding/", include("plenaria.safeguarding.urls_staff")),
    path("manage/<slug:congress_slug>/concerns/", include("plenaria.concerns.urls_manage")),
    path("manage/<slug:congress_slug>/inquiries/", include("plenaria.helpdesk.urls_manage")),
    path("manage/<slug:congress_slug>/documents/", include("plenaria.library.urls_manage")),
    path("manage/<slug:congress_slug>/news/", include("plenaria.news.urls_manage")),
    path("manage/<slug:congress_slug>/checkin/", include("plenaria.checkin.urls_manage")),
    path("manage/<slug:congress_slug>/badges/", include("plenaria.badges.urls_manage")),
    path("manage/", include("plenaria.congresses.manage_urls")),
    path("checkin/app/", include("plenaria.checkin.urls_app")),
    path("<slug:congress_slug>/register/", include("plenaria.registration.urls_self_registration")),
    path("<slug:congress_slug>/", include("plenaria.safeguarding.urls_public")),
    path("", include("plenaria.concerns.urls_public")),
    path("", include("plenaria.helpdesk.urls_public")),
    path("<slug:congress_slug>/documents/", include("plenaria.library.urls_public")),
    path("<slug:congress_slug>/news/", include("plenaria.news.urls_public")),
    path("", include("plenaria.congresses.urls")),
    prefix_default_language=True,
)

if settings.DEBUG:  # uploaded files are served by the web server in production
    from django.conf.urls.static import static

    urlpatterns += static(settings.MEDIA_URL, document_root=settings.MEDIA_ROOT)
