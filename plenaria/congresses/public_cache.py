"""Caching of anonymous public pages. Every edit of a congress's content bumps its version, which empties
the cache for that congress at once on every app server (the version lives in the shared cache).

A cached visit costs one read of the version from the shared cache and nothing else: CongressMiddleware asks
`cached_page()` before it loads the congress, and the page itself is usually in this process's memory (the copy
in the shared cache serves the other processes and servers). Keys hold the version, so a bump makes every older
copy unreachable, wherever it is kept.

Why it stays right:
- Only visits without a session cookie (so never a signed-in user), without a messages cookie and without a query
  string are served from, or stored in, the cache; anything else is rendered for the visitor.
- The version is read before the congress and its content are loaded, and a page is stored under that version.
  Edits bump the version when they commit (and once more at once, for renders that start before the commit): a
  page stored under the current version was therefore rendered from the current content.
- The congress's id is found from the slug in the URL through what this process learnt on earlier visits; a page
  is stored only when the congress loaded for it is the one that was expected. (A slug that changed hands bumps
  the old congress's version, so its old pages are never found again.)
- Edits made outside the services (the Django admin, a shell) bump the version too, through the save and delete
  signals of the congresses app's models.
- Security headers (CSP, X-Frame-Options…) are added by the middleware to cached responses like to any other.
"""

import functools
import time

from django.conf import settings
from django.contrib.messages.storage.cookie import CookieStorage
from django.core.cache import cache
from django.db import transaction
from django.db.models.signals import post_delete, post_save
from django.http import HttpResponse
from django.utils import translation
from django.utils.cache import patch_vary_headers

_LOCAL_MAX_ENTRIES = 500
_local_pages: dict[str, tuple[float, bytes, str]] = {}  # key -> (expires at, content, content type)
_congress_ids: dict[str, int] = {}  # congress slug -> id, as last loaded by this process


def _version_key(congress_id: int) -> str:
    return f"public-pages:version:{congress_id}"


def _fresh_version() -> int:
    # Not 1: a version evicted from the cache starts again above every version used before it.
    return time.time_ns() // 1_000_000


def public_cache_version(congress_id: int) -> int:
    return cache.get_or_set(_version_key(congress_id), _fresh_version, timeout=None)


def _bump(congress_id: int) -> None:
    try:
        cache.incr(_version_key(congress_id))
    except ValueError:
        cache.set(_version_key(congress_id), _fresh_version() + 1, timeout=None)


def bump_public_cache(congress_id: int) -> None:
    """Called by every service that changes what a public page shows."""
    _bump(congress_id)
    # Once more when the change is committed: a page rendered between the first bump and the commit showed the
    # old content under the new version.
    transaction.on_commit(functools.partial(_bump, congress_id))


def _is_anonymous_visit(request) -> bool:
    # Without a session cookie there is no signed-in user, and no per-user part on the page.
    cookies = request.COOKIES
    return (
        request.method == "GET"
        and settings.SESSION_COOKIE_NAME not in cookies
        and CookieStorage.cookie_name not in cookies
        and not request.GET
    )


def _page_key(congress_id: int, version: int, request) -> str:
    return f"public-pages:{congress_id}:{version}:{translation.get_language()}:{request.path}"


def cached_page(request, view_func, congress_slug: str) -> HttpResponse | None:
    """The cached copy of this page for an anonymous visitor, if there is one (called before any query).

    It also notes on the request the version under which the page may be stored once rendered.
    """
    if not getattr(view_func, "cached_public_page", False) or not _is_anonymous_visit(request):
        return None
    congress_id = _congress_ids.get(congress_slug)
    if congress_id is None:
        return None
    version = public_cache_version(congress_id)
    key = _page_key(congress_id, version, request)
    request.public_page_cache = (congress_id, key)
    entry = _local_pages.get(key)
    if entry is None or entry[0] < time.time():
        entry = cache.get(key)
        if entry is None:
            return None
        _keep_locally(key, entry)
    return _response(entry[1], entry[2])


def _response(content: bytes, content_type: str) -> HttpResponse:
    response = HttpResponse(content, content_type=content_type)
    patch_vary_headers(response, ("Cookie",))  # what a signed-in visitor sees differs
    return response


def _keep_locally(key: str, entry: tuple[float, bytes, str]) -> None:
    if len(_local_pages) >= _LOCAL_MAX_ENTRIES:
        _local_pages.clear()
    _local_pages[key] = entry


def cached_public_page(view):
    """Serve anonymous visitors a copy of the page rendered for their congress, language and path.

    The copy is looked up by CongressMiddleware (through `cached_page`); this stores what the view renders.
    """

    @functools.wraps(view)
    def wrapper(request, *args, **kwargs):
        response = view(request, *args, **kwargs)
        congress = request.congress
        _congress_ids[congress.slug] = congress.pk
        planned = getattr(request, "public_page_cache", None)
        if planned is None or planned[0] != congress.pk or not _is_anonymous_visit(request):
            return response
        if response.status_code == 200 and not response.cookies:
            if hasattr(response, "render"):
                response.render()
            lifetime = settings.PUBLIC_PAGE_CACHE_SECONDS
            entry = (time.time() + lifetime, response.content, response["Content-Type"])
            _keep_locally(planned[1], entry)
            cache.set(planned[1], entry, lifetime)
        return response

    wrapper.cached_public_page = True
    return wrapper


def _bump_on_content_change(sender, instance, **kwargs) -> None:
    if sender._meta.app_label != "congresses":
        return
    congress_id = (
        instance.pk if sender._meta.model_name == "congress" else getattr(instance, "congress_id", None)
    )
    if congress_id is not None:
        bump_public_cache(congress_id)


post_save.connect(_bump_on_content_change, dispatch_uid="public-pages-bump-on-save")
post_delete.connect(_bump_on_content_change, dispatch_uid="public-pages-bump-on-delete")
