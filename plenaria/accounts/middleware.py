from django.conf import settings


class UserLanguageMiddleware:
    """A signed-in user's preferred language wins over the language cookie and Accept-Language.

    It runs before LocaleMiddleware, which then picks it up as if it were the cookie. A language prefix in the URL
    still wins over everything (a shared link opens in the language it was shared in).
    """

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        user = getattr(request, "user", None)
        if settings.SESSION_COOKIE_NAME in request.COOKIES and user is not None and user.is_authenticated:
            request.COOKIES[settings.LANGUAGE_COOKIE_NAME] = user.language
        return self.get_response(request)
