from django.utils.translation import gettext_lazy as _

from plenaria.common.errors import DomainError


class LibraryError(DomainError):
    """A refusal of the library's services. `language` names the file's language when the refusal is about one
    file of a version (the back office shows it next to that file)."""

    messages = {
        "title_required": _("Give the document a title in at least one language."),
        "type_required": _("Choose the type of the document."),
        "type_of_another_congress": _("That document type belongs to another congress."),
        "event_of_another_congress": _("That event belongs to another congress."),
        "invalid_access_level": _("Choose who may read the document."),
        "invalid_theme": _("Choose a theme from the list."),
        "invalid_region": _("Choose a region from the list."),
        "symbol_taken": _("Another document of this congress already has this symbol."),
        "date_required": _("Give the date of the document."),
        "label_required": _("Give the version a label, for example “Draft 2” or “Final”."),
        "files_required": _("Choose at least one file."),
        "invalid_language": _("Choose a language."),
        "file_refused": _("The file was refused."),
        "no_file_to_publish": _("Add a version with at least one file before publishing the document."),
        "already_published": _("The document is already published."),
        "withdrawn_cannot_publish": _("A withdrawn document cannot be published again."),
        "not_published": _("Only a published document can be withdrawn."),
        "reason_required": _("Say why the document is withdrawn: readers will see it."),
        "reason_too_long": _("The reason is too long: 300 characters at most."),
    }

    def __init__(self, code: str, message: str | None = None, *, language: str | None = None):
        super().__init__(code, message)
        self.language = language
