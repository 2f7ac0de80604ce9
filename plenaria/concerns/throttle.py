"""A small rate limiter on the shared cache (Redis in production), so every app server counts the same attempts.

Identities (an IP address, an e-mail address) are hashed before they become cache keys: the cache never holds
them in clear. Fixed windows: simple, and good enough to stop a script without getting in a person's way.
"""

import hashlib
import time

from django.core.cache import cache


def allow(*, scope: str, identity: str, limit: int, window_seconds: int) -> bool:
    """Count one attempt of `identity` in `scope`; False once more than `limit` were made in this window."""
    digest = hashlib.sha256(f"{scope}:{identity}".encode()).hexdigest()[:40]
    key = f"concerns:throttle:{scope}:{digest}:{int(time.time() // window_seconds)}"
    cache.add(key, 0, timeout=window_seconds)
    try:
        count = cache.incr(key)
    except ValueError:  # the window's key expired between add() and incr()
        cache.set(key, 1, timeout=window_seconds)
        count = 1
    return count <= limit
