from django.conf import settings
from django.conf.urls.i18n import i18n_patterns
from django.contrib import admin
from django.contrib.auth.decorators import login_not_required
from django.urls import include, path
from drf_spectacular.views import SpectacularAPIView, SpectacularSwaggerSplitView

from plenaria.accounts.views import switch_language
from plenaria.common.views import healthz
from plenaria.congresses.api import CongressDetailApi, CongressListApi

api_v1 = [
    path("congresses/", CongressListApi.as_view(), name="congress-list"),
    path("congresses/<slug:slug>/", CongressDetailApi.as_view(), name="congress-detail"),
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
]

urlpatterns += i18n_patterns(
    path("accounts/profile/", include("plenaria.accounts.urls")),
    path("accounts/", include("allauth.urls")),
    path("manage/", include("plenaria.congresses.manage_urls")),
    path("", include("plenaria.congresses.urls")),
    prefix_default_language=True,
)

if settings.DEBUG:  # uploaded files are served by the web server in production
    from django.conf.urls.static import static

    urlpatterns += static(settings.MEDIA_URL, document_root=settings.MEDIA_ROOT)
