from functools import cache

from django.conf import settings
from django.urls import ResolverMatch, resolve, reverse


@cache
def _scan_route(urlconf: str) -> tuple[str, ResolverMatch]:
    path = reverse("api:checkin-redeem", urlconf=urlconf)
    return path, resolve(path, urlconf=urlconf)


class DoorScanMiddleware:
    """Hands a door scan (/api/v1/checkin/scans/) straight to its view, without the middlewares below it.

    Those serve people's pages: their session's CSRF check, the log-in requirement, messages, the congress a page
    belongs to, staff two-factor sign-in. A scanning device uses none of them (its view authenticates the device's
    token, is exempt from CSRF and needs no log-in), and at the doors of a morning rush they cost a tenth of every
    scan (`bench/badges.py --part scans`). Its place in MIDDLEWARE matters: after the middlewares that add security
    headers, set the language the result is said in (LocaleMiddleware) and check the host (CommonMiddleware).
    """

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        path, match = _scan_route(settings.ROOT_URLCONF)
        if request.path_info != path:
            return self.get_response(request)
        request.resolver_match = match
        response = match.func(request, *match.args, **match.kwargs)
        # As the handler would: a DRF response is rendered once the view has returned it.
        return response.render() if callable(getattr(response, "render", None)) else response
