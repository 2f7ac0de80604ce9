def is_htmx(request) -> bool:
    """True when the request came from htmx and wants a fragment rather than a whole page."""
    return request.headers.get("HX-Request") == "true"
