from django.conf import settings
from django.utils import translation


def site(request):
    """What every page's frame needs: the current congress and the language switcher's entries."""
    current = translation.get_language()
    return {
        "congress": getattr(request, "congress", None),
        "site_languages": [
            {"code": code, "name": name, "is_current": code == current} for code, name in settings.LANGUAGES
        ],
        "text_dir": "rtl" if translation.get_language_bidi() else "ltr",
    }
