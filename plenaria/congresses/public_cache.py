"""Caching of anonymous public pages. Every edit of a congress's content bumps its version, which empties
the cache for that congress at once on every app server (the version lives in the shared cache).

A cached visit costs one read of the version from the shared cache and little else: PublicPageCacheMiddleware
calls `cached_response()` early in the middleware stack, before the URL is resolved or anything is loaded, and the
page itself is usually in this process's memory (the copy in the shared cache serves the other processes and
servers). Keys hold the version, so a bump makes every older copy unreachable, wherever it is kept.

Why it stays right:
- Only visits without a session cookie (so never a signed-in user), without a messages cookie and without a query
  string are served from, or stored in, the cache; anything else is rendered for the visitor.
- Only the paths of pages that `cached_public_page` stored are looked up: this process learns, from the pages it
  renders, which congress each such path belongs to.
- The version is read before the congress and its content are loaded, and a page is stored under that version.
  Edits bump the version when they commit (and once more at once, for renders that start before the commit): a
  page stored under the current version was therefore rendered from the current content. This also covers a
  congress that is unpublished, or whose slug changes: the version moves on and its old pages are never found.
- Edits made outside the services (the Django admin, a shell) bump the version too, through the save and delete
  signals of the congresses app's models.
- The middleware sits inside the ones that add the security headers (CSP, X-Frame-Options…), which therefore
  reach cached responses like any other; it runs after LocaleMiddleware and CommonMiddleware (language and host).
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

from .selectors import forget_congress

_LOCAL_MAX_ENTRIES = 1000
_local_pages: dict[str, tuple[float, bytes, str]] = {}  # key -> (expires at, content, content type)
_path_congress: dict[str, int] = {}  # path of a cacheable page -> id of its congress, learnt by this process


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


def cached_response(request) -> HttpResponse | None:
    """The cached copy of the requested page for an anonymous visitor, if there is one.

    It also notes on the request the key under which the page may be stored once rendered.
    """
    congress_id = _path_congress.get(request.path)
    if congress_id is None or not _is_anonymous_visit(request):
        return None
    key = _page_key(congress_id, public_cache_version(congress_id), request)
    request.public_page_cache = (congress_id, key)
    entry = _local_pages.get(key)
    if entry is None or entry[0] < time.time():
        entry = cache.get(key)
        if entry is None:
            return None
        _remember(_local_pages, key, entry)
    response = HttpResponse(entry[1], content_type=entry[2])
    patch_vary_headers(response, ("Cookie",))  # a signed-in visitor sees another page
    return response


def _remember(memory: dict, key, value) -> None:
    if len(memory) >= _LOCAL_MAX_ENTRIES:
        memory.clear()
    memory[key] = value


def cached_public_page(view):
    """Serve anonymous visitors a copy of the page rendered for their congress, language and path.

    The copy is looked up by PublicPageCacheMiddleware (through `cached_response`); this stores what the view
    renders for an anonymous visitor.
    """

    @functools.wraps(view)
    def wrapper(request, *args, **kwargs):
        response = view(request, *args, **kwargs)
        if response.status_code != 200 or response.cookies or not _is_anonymous_visit(request):
            return response
        congress_id = request.congress.pk
        if _path_congress.get(request.path) != congress_id:
            _remember(_path_congress, request.path, congress_id)
        planned = getattr(request, "public_page_cache", None)
        if planned is not None and planned[0] == congress_id:
            if hasattr(response, "render"):
                response.render()
            lifetime = settings.PUBLIC_PAGE_CACHE_SECONDS
            entry = (time.time() + lifetime, response.content, response["Content-Type"])
            _remember(_local_pages, planned[1], entry)
            cache.set(planned[1], entry, lifetime)
        patch_vary_headers(response, ("Cookie",))
        return response

    return wrapper


def _bump_on_content_change(sender, instance, **kwargs) -> None:
    if sender._meta.app_label != "congresses":
        return
    is_congress = sender._meta.model_name == "congress"
    if is_congress:
        forget_congress(instance)
    congress_id = instance.pk if is_congress else getattr(instance, "congress_id", None)
    if congress_id is not None:
        bump_public_cache(congress_id)


post_save.connect(_bump_on_content_change, dispatch_uid="public-pages-bump-on-save")
post_delete.connect(_bump_on_content_change, dispatch_uid="public-pages-bump-on-delete")
