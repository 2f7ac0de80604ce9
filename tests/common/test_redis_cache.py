"""The shared cache on Redis keeps one client per connection pool (`common.redis_cache`)."""

import pytest
from django.conf import settings

from plenaria.common.redis_cache import ReusingRedisCache

pytestmark = [
    pytest.mark.integration,
    pytest.mark.skipif(not settings.REDIS_URL, reason="the Redis cache is proved with Redis (CI)"),
]


@pytest.fixture
def redis_cache():
    cache = ReusingRedisCache(settings.REDIS_URL, {"KEY_PREFIX": "test-reusing-client"})
    yield cache
    cache.delete_many(["zone", "a", "b"])


def test_values_set_are_read_back_and_deleted(redis_cache):
    redis_cache.set("zone", frozenset({1, 2}), 60)
    redis_cache.set_many({"a": 1, "b": "two"}, 60)

    assert redis_cache.get("zone") == frozenset({1, 2})
    assert redis_cache.get_many(["a", "b", "missing"]) == {"a": 1, "b": "two"}
    redis_cache.delete("zone")
    assert redis_cache.get("zone", "gone") == "gone"


def test_every_call_uses_the_same_client_for_the_same_pool(redis_cache):
    client = redis_cache._cache.get_client("zone")

    assert redis_cache._cache.get_client("other") is client
    assert (
        redis_cache._cache.get_client("zone", write=True) is client
    )  # one server: reads and writes share a pool
