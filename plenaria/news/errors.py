from django.utils.translation import gettext_lazy as _

from plenaria.common.errors import DomainError


class NewsError(DomainError):
    messages = {
        "title_required": _("Write the title in at least one language."),
        "body_required": _("Write the text in at least one language."),
        "languages_differ": _("Write the title and the text in the same languages."),
        "slug_taken": _("Another news item already has this address."),
        "image_alt_required": _("Describe the image for readers who cannot see it."),
        "publish_at_past": _("Choose a time in the future, or publish now."),
        "not_published": _("This news item is not published."),
        "not_found": _("There is no such news item."),
    }
