"""`{{ page.title|content }}` shows multilingual content in the reader's language.

When the text is missing in that language it shows the English text, wrapped in an element with the right
`lang` and `dir` and a visible "(in English)" mark, so a reader is never silently given another language.
"""

from django import template
from django.utils.formats import date_format
from django.utils.html import format_html, format_html_join, linebreaks
from django.utils.safestring import mark_safe
from django.utils.translation import get_language_bidi, get_language_info, gettext, pgettext

from ..i18n_content import localize

register = template.Library()


def _fallback_wrapper(text_html, language: str, block: bool):
    info = get_language_info(language)
    direction = "rtl" if info["bidi"] else "ltr"
    note = gettext("(in {language})").format(language=info["name_local"])
    tag = "div" if block else "span"
    return format_html(
        '<{tag} class="fallback" lang="{lang}" dir="{dir}">{text} <small class="fallback-note">{note}</small></{tag}>',
        tag=tag,
        lang=language,
        dir=direction,
        text=text_html,
        note=note,
    )


@register.filter
def content(value):
    """One line of multilingual content (a title, a label)."""
    localized = localize(value)
    if localized.is_fallback:
        return _fallback_wrapper(localized.text, localized.language, block=False)
    return localized.text


@register.filter
def content_text(value):
    """Multilingual body text: paragraphs from blank lines, line breaks kept, HTML escaped."""
    localized = localize(value)
    paragraphs = mark_safe(linebreaks(localized.text, autoescape=True))  # noqa: S308 -- escaped by linebreaks
    if localized.is_fallback:
        return _fallback_wrapper(paragraphs, localized.language, block=True)
    return paragraphs


HEADING_MAX_CHARS = 60


@register.filter
def content_sections(value):
    """Multilingual body text in sections: a paragraph whose first line is short and followed by more lines
    starts with that line as a heading ("Who looks after you\nEvery young person…"). HTML escaped."""
    localized = localize(value)
    parts = []
    for paragraph in localized.text.replace("\r\n", "\n").split("\n\n"):
        first, _, rest = paragraph.strip().partition("\n")
        if rest and len(first) <= HEADING_MAX_CHARS:
            parts.append(format_html("<h2>{}</h2>", first))
            paragraph = rest
        if paragraph.strip():
            parts.append(linebreaks(paragraph.strip(), autoescape=True))
    html = mark_safe("\n".join(parts))  # noqa: S308 -- every part is escaped above
    if localized.is_fallback:
        return _fallback_wrapper(html, localized.language, block=True)
    return html


@register.filter
def content_plain(value) -> str:
    """Multilingual content as plain text (for <title>, attributes, e-mail)."""
    return localize(value).text


@register.simple_tag
def text_direction() -> str:
    return "rtl" if get_language_bidi() else "ltr"


@register.simple_tag
def date_range(start, end) -> str:
    """ "17 December 2001 – 20 December 2001" in the reader's locale (each date in full: safe in every language).

    The separator is translated too: some languages join the two dates with a word or a different dash."""
    if start == end:
        return date_format(start, "DATE_FORMAT")
    return pgettext("date range", "{start} – {end}").format(
        start=date_format(start, "DATE_FORMAT"), end=date_format(end, "DATE_FORMAT")
    )


@register.simple_tag
def place(*parts):
    """Parts of a place or list ("venue, city, country") joined with the reader's list separator: ", " in English,
    "، " in Arabic, "、" in Japanese and Chinese. Empty parts are left out; multilingual parts are localized."""
    rendered = [content(part) if not isinstance(part, str) else part for part in parts]
    rendered = [part for part in rendered if str(part).strip()]
    separator = pgettext("list separator", ", ")
    return format_html_join(separator, "{}", ((part,) for part in rendered))
