"""Caching of anonymous public pages. Every edit of a congress's content bumps its version, which empties
the cache for that congress at once on every app server (the version lives in the shared cache)."""

import functools

from django.conf import settings
from django.core.cache import cache
from django.http import HttpResponse
from django.utils import translation


def _version_key(congress_id: int) -> str:
    return f"public-pages:version:{congress_id}"


def public_cache_version(congress_id: int) -> int:
    return cache.get_or_set(_version_key(congress_id), 1, timeout=None)


def bump_public_cache(congress_id: int) -> None:
    """Called by every service that changes what a public page shows."""
    try:
        cache.incr(_version_key(congress_id))
    except ValueError:
        cache.set(_version_key(congress_id), 2, timeout=None)


def _is_anonymous_visit(request) -> bool:
    # Without a session cookie there is no signed-in user, and no per-user part on the page.
    return request.method == "GET" and settings.SESSION_COOKIE_NAME not in request.COOKIES and not request.GET


def cached_public_page(view):
    """Serve anonymous visitors a copy of the page rendered for their congress, language and path."""

    @functools.wraps(view)
    def wrapper(request, *args, **kwargs):
        if not _is_anonymous_visit(request):
            return view(request, *args, **kwargs)
        congress_id = request.congress.pk
        key = f"public-pages:{congress_id}:{public_cache_version(congress_id)}:{translation.get_language()}:{request.path}"
        cached = cache.get(key)
        if cached is not None:
            content, content_type = cached
            return HttpResponse(content, content_type=content_type)
        response = view(request, *args, **kwargs)
        if response.status_code == 200 and not response.cookies:
            response.render() if hasattr(response, "render") else None
            cache.set(key, (response.content, response["Content-Type"]), settings.PUBLIC_PAGE_CACHE_SECONDS)
        return response

    return wrapper
