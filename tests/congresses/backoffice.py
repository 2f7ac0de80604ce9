"""Shared helpers for back-office tests."""

from django.urls import reverse
from django.utils import translation

from plenaria.congresses.enums import TeamPermission

ALL_FLAGS = tuple(TeamPermission.values)


def manage_url(name: str, congress, **kwargs) -> str:
    """A back-office URL in English, whatever language an earlier request left active."""
    with translation.override("en"):
        return reverse(f"manage:{name}", kwargs={"congress_slug": congress.slug, **kwargs})
