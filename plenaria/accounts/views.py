from django.conf import settings
from django.contrib import messages
from django.contrib.auth.decorators import login_not_required
from django.http import HttpResponseRedirect
from django.shortcuts import redirect, render
from django.urls import reverse, translate_url
from django.utils import translation
from django.utils.http import url_has_allowed_host_and_scheme
from django.utils.translation import gettext as _
from django.views.decorators.http import require_GET

from .forms import ProfileForm
from .services import set_preferred_language, update_profile


def _set_language_cookie(response, language: str) -> None:
    response.set_cookie(
        settings.LANGUAGE_COOKIE_NAME,
        language,
        max_age=settings.LANGUAGE_COOKIE_AGE,
        samesite=settings.LANGUAGE_COOKIE_SAMESITE,
        secure=settings.LANGUAGE_COOKIE_SECURE,
        httponly=True,
    )


@require_GET
@login_not_required
def switch_language(request):
    """The language switcher: remember the choice (cookie, and profile when signed in), reopen the same page."""
    language = request.GET.get("language", "")
    next_url = request.GET.get("next", "/")
    if not url_has_allowed_host_and_scheme(next_url, allowed_hosts={request.get_host()}):
        next_url = "/"
    if language not in dict(settings.LANGUAGES):
        return HttpResponseRedirect(next_url)
    if request.user.is_authenticated:
        set_preferred_language(user=request.user, actor=request.user, language=language)
    response = HttpResponseRedirect(translate_url(next_url, language))
    _set_language_cookie(response, language)
    return response


def profile(request):
    user = request.user
    if request.method == "POST":
        form = ProfileForm(request.POST)
        if form.is_valid():
            update_profile(user=user, actor=user, **form.cleaned_data)
            with translation.override(user.language):
                messages.success(request, _("Your profile has been saved."))
                response = redirect(reverse("accounts:profile"))
            _set_language_cookie(response, user.language)
            return response
    else:
        form = ProfileForm(initial={"full_name": user.full_name, "language": user.language})
    return render(request, "accounts/profile.html", {"form": form})
