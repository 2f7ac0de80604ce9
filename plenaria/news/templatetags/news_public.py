"""The home page's "Latest news" box (included once in the congress's home page)."""

from django import template

from .. import selectors

register = template.Library()


@register.simple_tag
def latest_news(congress) -> list:
    """The latest published items; none for a page without a congress."""
    if congress is None:
        return []
    return selectors.latest_news(congress=congress)
