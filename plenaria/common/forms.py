"""Form pieces shared by every back-office form: multilingual fields with one labelled box per language."""

from django.conf import settings
from django.db import models
from django.utils.html import format_html, format_html_join
from django.utils.safestring import mark_safe
from i18nfield.fields import I18nCharField, I18nTextField
from i18nfield.forms import I18nModelForm, I18nTextarea, I18nTextInput


class _LabelledI18nMixin:
    """Shows each language's box with a visible label (screen readers and translators both need it)."""

    def render(self, name, value, attrs=None, renderer=None):
        values = value if isinstance(value, list) else self.decompress(value)
        final_attrs = self.build_attrs(attrs or {})
        base_id = final_attrs.get("id", name)
        names = dict(settings.LANGUAGES)
        rows = []
        for index, (locale, widget) in enumerate(zip(self.locales, self.widgets, strict=True)):
            widget_id = f"{base_id}_{index}"
            widget_attrs = {**final_attrs, "id": widget_id}
            html = widget.render(
                f"{name}_{index}",
                values[index] if index < len(values) else None,
                widget_attrs,
                renderer=renderer,
            )
            rows.append((widget_id, locale, names.get(locale, locale), html))
        inner = format_html_join(
            "",
            '<div class="i18n-row"><label class="i18n-label" for="{}" lang="{}">{}</label>{}</div>',
            rows,
        )
        return format_html('<div class="i18n-group" id="{}">{}</div>', base_id, mark_safe(inner))  # noqa: S308


class LabelledI18nTextInput(_LabelledI18nMixin, I18nTextInput):
    pass


class LabelledI18nTextarea(_LabelledI18nMixin, I18nTextarea):
    pass


def _formfield(model_field, **kwargs):
    if isinstance(model_field, models.URLField):
        kwargs["assume_scheme"] = "https"
    if isinstance(model_field, I18nTextField):
        kwargs["widget"] = LabelledI18nTextarea
    elif isinstance(model_field, I18nCharField):
        kwargs["widget"] = LabelledI18nTextInput
    return model_field.formfield(**kwargs)


class MultilingualModelForm(I18nModelForm):
    """A ModelForm whose multilingual fields show one labelled box per site language."""

    class Meta:
        formfield_callback = _formfield
