"""Forms of the library's back office. They check the shape of what was typed; the services decide, and check each
file by its content."""

from django import forms
from django.conf import settings
from django.utils.text import capfirst
from django.utils.translation import gettext_lazy as _

from plenaria.common.forms import MultilingualModelForm, _formfield

from .enums import DocumentStatus
from .models import Document, DocumentFile, DocumentVersion
from .services import LIBRARY_FILE

LANGUAGE_NAMES = dict(settings.LANGUAGES)
# A hint for the browser's file picker; the services check each file by its content.
_ACCEPT = {"accept": LIBRARY_FILE.accept_attribute}


def _label(model, name: str) -> str:
    return capfirst(model._meta.get_field(name).verbose_name)


def _file_field_name(language: str) -> str:
    return f"file_{language}"


class LanguageFilesMixin:
    """One file box per site language; at least one file (`files_required`)."""

    files_required = True

    def add_file_fields(self) -> None:
        for code, name in settings.LANGUAGES:
            self.fields[_file_field_name(code)] = forms.FileField(
                label=name, required=False, widget=forms.FileInput(attrs=_ACCEPT)
            )

    def file_fields(self) -> list[forms.BoundField]:
        return [self[_file_field_name(code)] for code, _name in settings.LANGUAGES]

    def other_fields(self) -> list[forms.BoundField]:
        names = {_file_field_name(code) for code, _name in settings.LANGUAGES}
        return [field for field in self if field.name not in names]

    def clean_files(self) -> None:
        if self.files_required and not self.chosen_files():
            self.add_error(None, _("Choose at least one file."))

    def chosen_files(self) -> dict:
        """{language: uploaded file} for the languages given a file."""
        return {
            code: self.cleaned_data[_file_field_name(code)]
            for code, _name in settings.LANGUAGES
            if self.cleaned_data.get(_file_field_name(code))
        }

    def add_file_error(self, language: str | None, message: str) -> None:
        self.add_error(_file_field_name(language) if language in LANGUAGE_NAMES else None, message)


class DocumentForm(MultilingualModelForm):
    """What describes a document. `congress` limits the types and the events to its own."""

    class Meta:
        model = Document
        formfield_callback = _formfield
        fields = [
            "document_type",
            "symbol",
            "title",
            "summary",
            "theme",
            "region",
            "country",
            "organisation",
            "document_date",
            "related_event",
            "access_level",
        ]
        widgets = {"document_date": forms.DateInput(attrs={"type": "date"}, format="%Y-%m-%d")}

    def __init__(self, *args, congress, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["document_type"].queryset = congress.document_types.all()
        self.fields["document_type"].label_from_instance = str
        self.fields["related_event"].queryset = congress.events.all()
        self.fields["related_event"].label_from_instance = str

    def metadata(self) -> dict:
        """The cleaned values as the services take them (multilingual fields as {language: text})."""
        data = dict(self.cleaned_data)
        for name in ("title", "summary"):
            value = data[name]
            data[name] = {
                code: text for code, text in dict(getattr(value, "data", None) or {}).items() if text
            }
        return {name: data[name] for name in self.Meta.fields}


class DocumentCreateForm(LanguageFilesMixin, DocumentForm):
    """A new document with its first version and that version's files."""

    version_label = forms.CharField(
        label=_label(DocumentVersion, "label"),
        help_text=DocumentVersion._meta.get_field("label").help_text,
        max_length=100,
    )

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.add_file_fields()

    def clean(self):
        cleaned = super().clean()
        self.clean_files()
        return cleaned


class VersionForm(LanguageFilesMixin, forms.ModelForm):
    """A new version of a document, with its files."""

    class Meta:
        model = DocumentVersion
        fields = ["label", "version_date", "change_note"]
        widgets = {
            "version_date": forms.DateInput(attrs={"type": "date"}, format="%Y-%m-%d"),
            "change_note": forms.Textarea(attrs={"rows": 3}),
        }

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.add_file_fields()

    def clean(self):
        cleaned = super().clean()
        self.clean_files()
        return cleaned


class FileForm(forms.Form):
    """A file for one language of the current version: added, or in place of the one it has."""

    language = forms.ChoiceField(label=_("Language"), choices=settings.LANGUAGES)
    upload = forms.FileField(
        label=capfirst(DocumentFile._meta.verbose_name), widget=forms.FileInput(attrs=_ACCEPT)
    )


class WithdrawForm(forms.Form):
    reason = forms.CharField(
        label=_label(Document, "withdrawal_reason"),
        max_length=300,
        widget=forms.Textarea(attrs={"rows": 3}),
    )


class DocumentFilterForm(forms.Form):
    status = forms.ChoiceField(
        label=_("Status"), required=False, choices=[("", _("All")), *DocumentStatus.choices]
    )
    document_type = forms.ModelChoiceField(
        label=_label(Document, "document_type"),
        queryset=None,
        required=False,
        empty_label=_("All"),
    )
    q = forms.CharField(label=_("Title"), required=False, max_length=200)

    def __init__(self, *args, congress, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["document_type"].queryset = congress.document_types.all()
        self.fields["document_type"].label_from_instance = str
