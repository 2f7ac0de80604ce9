import json

import pytest

pytestmark = [pytest.mark.integration, pytest.mark.django_db]


def _report(response) -> dict:
    return json.loads(response.content)


def test_healthz_all_components_usable_returns_200(client):
    response = client.get("/healthz")

    assert response.status_code == 200
    assert _report(response) == {
        "status": "ok",
        "checks": {"database": "ok", "cache": "ok", "broker": "eager"},
    }
    assert response["Content-Type"] == "application/json"
    assert "no-store" in response["Cache-Control"]


def test_healthz_cache_unreachable_returns_503_naming_cache(client, settings, unused_port):
    settings.CACHES = {
        "default": {
            "BACKEND": "django.core.cache.backends.redis.RedisCache",
            "LOCATION": f"redis://127.0.0.1:{unused_port}/0",
        }
    }

    response = client.get("/healthz")

    assert response.status_code == 503
    assert _report(response) == {
        "status": "error",
        "checks": {"database": "ok", "cache": "error: ConnectionError", "broker": "eager"},
    }


def test_healthz_broker_unreachable_returns_503_naming_broker(client, settings, unused_port):
    settings.CELERY_TASK_ALWAYS_EAGER = False
    settings.CELERY_BROKER_URL = f"redis://127.0.0.1:{unused_port}/0"

    response = client.get("/healthz")

    assert response.status_code == 503
    assert _report(response) == {
        "status": "error",
        "checks": {"database": "ok", "cache": "ok", "broker": "error: OperationalError"},
    }
