from django.conf import settings
from django.utils import translation
from django.utils.functional import SimpleLazyObject

from .selectors import is_staff_anywhere


def site(request):
    """What every page's frame needs: the current congress and the language switcher's entries."""
    current = translation.get_language()
    return {
        "congress": getattr(request, "congress", None),
        "site_languages": [
            {"code": code, "name": name, "is_current": code == current} for code, name in settings.LANGUAGES
        ],
        "text_dir": "rtl" if translation.get_language_bidi() else "ltr",
        # Only staff see the back-office link; evaluated (one query) only when a signed-in page asks.
        "is_staff_member": SimpleLazyObject(lambda: is_staff_anywhere(user=request.user)),
    }
