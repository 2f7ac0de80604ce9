"""The library's search form: the words and the filters of the address (?q=&type=&theme=&region=&language=&year=
&page=), checked. A value that is not valid is reported and left out; the other ones still apply."""

from django import forms
from django.conf import settings
from django.utils.text import capfirst
from django.utils.translation import gettext_lazy as _

from .enums import Region, Theme
from .models import Document
from .search import SearchFilters

QUERY_MAX_LENGTH = 200
YEAR_RANGE = (1900, 2100)


def _label(field_name: str) -> str:
    return capfirst(Document._meta.get_field(field_name).verbose_name)


class LibrarySearchForm(forms.Form):
    q = forms.CharField(label=_("Search"), required=False, max_length=QUERY_MAX_LENGTH, strip=True)
    type = forms.SlugField(label=_label("document_type"), required=False)
    theme = forms.ChoiceField(label=_label("theme"), choices=[("", ""), *Theme.choices], required=False)
    region = forms.ChoiceField(label=_label("region"), choices=[("", ""), *Region.choices], required=False)
    language = forms.ChoiceField(label=_("Language"), choices=[("", ""), *settings.LANGUAGES], required=False)
    year = forms.IntegerField(
        label=_("Year"), min_value=YEAR_RANGE[0], max_value=YEAR_RANGE[1], required=False
    )
    page = forms.IntegerField(label=_("Page"), min_value=1, required=False)

    # The search's facets, by the name of their parameter in the address.
    FACET_PARAMETERS = {
        "type": "document_type",
        "theme": "theme",
        "region": "region",
        "language": "language",
        "year": "year",
    }

    @property
    def query(self) -> str:
        return self.cleaned_data.get("q") or ""

    def value(self, name: str) -> str:
        """The valid value of a parameter, as text ("" when absent or refused)."""
        value = self.cleaned_data.get(name)
        return "" if value in (None, "") else str(value)

    def filters(self) -> SearchFilters:
        """The valid filters (call `is_valid()` first)."""
        data = self.cleaned_data
        return SearchFilters(
            document_type=data.get("type") or "",
            theme=data.get("theme") or "",
            region=data.get("region") or "",
            language=data.get("language") or "",
            year=data.get("year"),
            page=data.get("page") or 1,
        )

    def error_messages(self) -> list[str]:
        """One message per refused parameter, naming it."""
        return [
            f"{self.fields[name].label}: {' '.join(str(error) for error in errors)}"
            for name, errors in self.errors.items()
        ]
