"""allauth hooks: its e-mails go through Plenaria's outbox, in the recipient's language."""

from types import SimpleNamespace
from urllib.parse import urlsplit

from allauth.account.adapter import DefaultAccountAdapter
from allauth.core import context as allauth_context
from django.conf import settings
from django.urls import translate_url
from django.utils import translation

from plenaria.common.mail import queue_email


class AccountAdapter(DefaultAccountAdapter):
    def send_mail(self, template_prefix, email, context):
        language = self._language_for(context)
        context = {**context, **_links_in_language(context, language)}  # resolved in the request's language
        with translation.override(language):
            request = allauth_context.request
            context = {"request": request, "email": email, "current_site": _site(request), **context}
            message = self.render_mail(template_prefix, email, context)
        html = next(
            (body for body, mimetype in getattr(message, "alternatives", []) if mimetype == "text/html"), ""
        )
        if message.content_subtype == "html":  # allauth sends HTML-only mail when no text template exists
            html = message.body
        queue_email(
            to=email,
            subject=message.subject,
            body_text=message.body,
            body_html=html,
            language=language,
            purpose=template_prefix.rsplit("/", 1)[-1],
        )

    @staticmethod
    def _language_for(context: dict) -> str:
        user = context.get("user")
        if user is not None and getattr(user, "language", None):
            return user.language
        return translation.get_language() or "en"


def _links_in_language(context: dict, language: str) -> dict:
    """allauth builds its links in the language of the request; the recipient should land in their own."""
    return {
        key: translate_url(value, language)
        for key, value in context.items()
        if key.endswith("_url") and isinstance(value, str) and value
    }


def _site(request) -> SimpleNamespace:
    """What allauth's mail templates call the site ("Hello from {{ current_site.name }}!")."""
    domain = request.get_host() if request is not None else urlsplit(settings.SITE_URL).netloc
    return SimpleNamespace(name=str(settings.PLENARIA_NAME), domain=domain)
