import zoneinfo

from django.conf import settings
from django.http import Http404
from django.shortcuts import redirect
from django.urls import reverse
from django.utils import timezone

from . import public_cache
from .selectors import congress_by_slug, is_staff_anywhere


class PublicPageCacheMiddleware:
    """Answers an anonymous visitor with the cached copy of a public page, before the URL is even resolved.

    Its place in MIDDLEWARE matters: after LocaleMiddleware (which sets the language from the URL) and
    CommonMiddleware (which checks the host), and after the middleware that add security headers (CSP,
    X-Frame-Options…), so that cached pages get them too. See public_cache for why it serves only what it may.
    """

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        response = public_cache.cached_response(request)
        if response is None:
            response = self.get_response(request)
        return response


class CongressMiddleware:
    """Sets `request.congress` from the `congress_slug` in the URL, and shows times in the congress's time zone.

    Unpublished congresses are visible only to their staff; everyone else gets a 404.
    """

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        request.congress = None
        response = self.get_response(request)
        timezone.deactivate()
        return response

    def process_view(self, request, view_func, view_args, view_kwargs):
        slug = view_kwargs.get("congress_slug")
        if slug is None:
            return None
        congress = congress_by_slug(slug)
        if congress is None or not (
            congress.is_published or request.user.has_perm("congresses.view_backoffice", congress)
        ):
            raise Http404("No such congress")
        request.congress = congress
        timezone.activate(zoneinfo.ZoneInfo(congress.time_zone))
        return None


class StaffTwoFactorMiddleware:
    """Staff must have two-factor authentication (TOTP) before they can use the back office, admin or API."""

    PROTECTED_PARTS = ("/manage/", "/admin/", "/api/v1/")

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        return self.get_response(request)

    def process_view(self, request, view_func, view_args, view_kwargs):
        if not settings.PLENARIA_STAFF_TWO_FACTOR_REQUIRED or not request.user.is_authenticated:
            return None
        if not any(part in request.path for part in self.PROTECTED_PARTS):
            return None
        if not is_staff_anywhere(user=request.user) or _has_two_factor(request.user):
            return None
        return redirect(f"{reverse('mfa_activate_totp')}?next={request.path}")


def _has_two_factor(user) -> bool:
    from allauth.mfa.models import Authenticator

    return Authenticator.objects.filter(user=user, type=Authenticator.Type.TOTP).exists()
