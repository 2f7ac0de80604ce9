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
    key = f"throttle:{scope}:{digest}:{int(time.time() // window_seconds)}"
    # One round trip to the cache in the common case (the window's key exists); the first attempt of a window
    # creates it. Two first attempts at once: add() lets one create it, the other counts on it.
    try:
        count = cache.incr(key)
    except ValueError:
        if cache.add(key, 1, timeout=window_seconds):
            count = 1
        else:
            try:
                count = cache.incr(key)
            except ValueError:  # created and expired in between: count this attempt in a new window
                cache.set(key, 1, timeout=window_seconds)
                count = 1
    return count <= limit
