"""Forms of the news back office: they check the shape of what was typed; services.py decides the rest."""

from django import forms
from django.utils.translation import gettext_lazy as _

from plenaria.common.forms import MultilingualModelForm, _formfield
from plenaria.common.uploads import CheckedFileField
from plenaria.library.selectors import editable_documents

from .enums import NewsCategory
from .models import NewsItem
from .services import NEWS_IMAGE, NewsContent


class NewsItemForm(MultilingualModelForm):
    image = CheckedFileField(label=_("Image"), policy=NEWS_IMAGE, required=False)
    remove_image = forms.BooleanField(label=_("Remove the image"), required=False)
    related_documents = forms.ModelMultipleChoiceField(
        label=_("Related documents"), queryset=None, required=False, widget=forms.CheckboxSelectMultiple
    )

    class Meta:
        model = NewsItem
        formfield_callback = _formfield
        fields = ["title", "summary", "body", "category", "slug", "image_alt"]
        help_texts = {
            "body": _("Plain text: leave a blank line between paragraphs."),
            "slug": _("Leave empty to make it from the title."),
        }

    def __init__(self, *args, congress, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["slug"].required = False
        documents = editable_documents(congress=congress)
        self.fields["related_documents"].queryset = documents
        if self.instance.pk:
            self.initial["related_documents"] = list(
                self.instance.related_documents.values_list("pk", flat=True)
            )
        else:
            del self.fields["remove_image"]
        self.order_fields(["title", "summary", "body", "category", "image", "remove_image", "image_alt"])

    def content(self) -> NewsContent:
        data = self.cleaned_data
        return NewsContent(
            title=dict(data["title"].data),
            body=dict(data["body"].data),
            summary=dict(data["summary"].data or {}),
            category=data["category"],
            slug=data["slug"],
            image_alt=dict(data["image_alt"].data or {}),
            related_document_ids=[document.pk for document in data["related_documents"]],
        )


class ScheduleForm(forms.Form):
    """The publication time, read in the congress's time zone (the back office's pages are shown in it)."""

    publish_at = forms.DateTimeField(
        label=_("Publication time"), widget=forms.DateTimeInput(attrs={"type": "datetime-local"})
    )


class CategoryFilterForm(forms.Form):
    category = forms.ChoiceField(
        label=_("Category"), choices=[("", _("All")), *NewsCategory.choices], required=False
    )
