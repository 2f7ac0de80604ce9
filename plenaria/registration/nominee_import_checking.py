"""Checking a table of delegation members row by row: every problem is recorded with its row and column, and a
row without problems becomes a `NomineeRow` of clean values."""

from dataclasses import dataclass, field

from django.conf import settings
from django.core.exceptions import ValidationError
from django.core.validators import validate_email
from django.utils import translation
from django.utils.translation import gettext as _
from django_countries import countries

from plenaria.delegations.enums import DelegationRole

from .nominee_import_columns import (
    COUNTRY_ALIASES,
    FIELD_FOR_HEADER,
    HEADINGS,
    MAX_LENGTHS,
    MAX_ROWS,
    NO,
    REQUIRED,
    ROLE_NAMES,
    YES,
    fold,
)
from .nominee_import_reading import FORMULA_WITHOUT_VALUE, Cell


@dataclass(frozen=True)
class NomineeRow:
    row_number: int
    given_name: str
    family_name: str
    email: str
    role: str
    title: str = ""
    name_in_own_script: str = ""
    nationality: str = ""
    needs_visa_letter: bool = False


@dataclass(frozen=True)
class RowError:
    """One problem: `column` is the heading as written in the file, `field` our name for it (e.g. "email")."""

    row_number: int | None
    column: str
    message: str
    field: str = ""

    def __str__(self) -> str:
        if self.row_number and self.column:
            return _("Row {row}, column {column}: {problem}").format(
                row=self.row_number, column=self.column, problem=self.message
            )
        if self.row_number:
            return _("Row {row}: {problem}").format(row=self.row_number, problem=self.message)
        return self.message


@dataclass
class ImportResult:
    rows: list[NomineeRow] = field(default_factory=list)
    errors: list[RowError] = field(default_factory=list)

    @property
    def is_valid(self) -> bool:
        return not self.errors


def check_table(table: list[list[Cell]]) -> ImportResult:
    """Check the header (row 1) and every member row below it."""
    return _Checker(table).check()


def _role_for_label() -> dict[str, str]:
    labels = {fold(name): role for role, names in ROLE_NAMES.items() for name in names}
    for language, _name in settings.LANGUAGES:
        with translation.override(language):
            labels.update({fold(role.label): role.value for role in DelegationRole})
    labels.update({fold(role.value): role.value for role in DelegationRole})
    return labels


def _code_for_country_name() -> dict[str, str]:
    with translation.override("en"):
        names = {fold(name): code for code, name in countries}
    return {**names, **COUNTRY_ALIASES}


def _is_blank(cell: Cell) -> bool:
    return isinstance(cell, str) and not cell.strip()


class _Checker:
    """Checks a table row by row, remembering what cross-row rules need (e-mails seen, the head's row)."""

    def __init__(self, table: list[list[Cell]]):
        self.header = [str(cell).strip() if isinstance(cell, str) else "" for cell in (table or [[]])[0]]
        self.data_rows = [
            (number, row) for number, row in enumerate(table[1:], start=2) if not all(map(_is_blank, row))
        ]
        self.result = ImportResult()
        self.positions: dict[str, int] = {}  # field → index of its column
        self.email_rows: dict[str, int] = {}
        self.head_row: int | None = None
        self.roles = _role_for_label()
        self.countries = _code_for_country_name()
        self.cleaners = {
            "email": self.clean_email,
            "role": self.clean_role,
            "nationality": self.clean_nationality,
            "needs_visa_letter": self.clean_needs_visa_letter,
        }

    def check(self) -> ImportResult:
        if not self.data_rows and not any(self.header):
            self.file_error(
                _("The file is empty: put the column headings in row 1 and one member per row below.")
            )
            return self.result
        has_required_columns = self.check_header()
        if not self.data_rows:
            self.file_error(_("The file has no members: add one member per row below the headings."))
        elif len(self.data_rows) > MAX_ROWS:
            message = _("The file has more than {limit} members; split it into several files.")
            self.file_error(message.format(limit=MAX_ROWS))
        elif has_required_columns:
            for number, cells in self.data_rows:
                self.check_row(number, cells)
        return self.result

    def file_error(self, message: str) -> None:
        self.result.errors.append(RowError(None, "", message))

    def error(self, number: int, column: str, message: str) -> None:
        label = self.header[self.positions[column]] if column in self.positions else column
        self.result.errors.append(RowError(number, label, message, field=column))

    def check_header(self) -> bool:
        """Records which column holds which field; True when every required column is there."""
        unknown, duplicates = [], []
        for index, name in enumerate(self.header):
            column = FIELD_FOR_HEADER.get(fold(name))
            if name and column is None:
                unknown.append(f"“{name}”")
            elif column in self.positions:
                duplicates.append(f"“{name}”")
            elif column:
                self.positions[column] = index
        missing = [f"“{HEADINGS[column]}”" for column in REQUIRED if column not in self.positions]
        for names, message in [
            (unknown, _("Unknown columns: {columns}. Rename them as in the template, or remove them.")),
            (duplicates, _("Columns given twice: {columns}. Keep only one of each.")),
            (missing, _("Missing columns: {columns}.")),
        ]:
            if names:
                self.result.errors.append(RowError(1, "", message.format(columns=", ".join(names))))
        return not missing

    def check_row(self, number: int, cells: list[Cell]) -> None:
        errors_before = len(self.result.errors)
        headed = {index for index, name in enumerate(self.header) if name}
        if any(not _is_blank(cell) for index, cell in enumerate(cells) if index not in headed):
            self.result.errors.append(
                RowError(number, "", _("A cell has a value but no column heading; check the separators."))
            )
        cleaned = {}
        for column, index in self.positions.items():
            cell = cells[index] if index < len(cells) else ""
            if cell is FORMULA_WITHOUT_VALUE:
                self.error(
                    number, column, _("The cell holds a formula whose result was not saved; type the value.")
                )
            else:
                cleaned[column] = self.clean(number, column, " ".join(str(cell).strip().splitlines()))
        self.check_across_rows(number, cleaned)
        if len(self.result.errors) == errors_before:
            self.result.rows.append(NomineeRow(row_number=number, **cleaned))

    def clean(self, number: int, column: str, value: str):
        """The cleaned value of one cell, or None after recording why it is wrong."""
        if column in REQUIRED and not value:
            self.error(number, column, _("The cell is empty, but this column is required."))
            return None
        if len(value) > MAX_LENGTHS.get(column, len(value)):
            message = _("The text has {length} characters; at most {limit} are allowed.")
            self.error(number, column, message.format(length=len(value), limit=MAX_LENGTHS[column]))
            return None
        return self.cleaners[column](number, value) if column in self.cleaners else value

    def clean_email(self, number: int, value: str) -> str | None:
        try:
            validate_email(value)
        except ValidationError:
            self.error(number, "email", _("“{value}” is not a valid e-mail address.").format(value=value))
            return None
        return value.lower()

    def clean_role(self, number: int, value: str) -> str | None:
        role = self.roles.get(fold(value))
        if role is None:
            message = _("“{value}” is not a role; write head, delegate, alternate, adviser or support.")
            self.error(number, "role", message.format(value=value))
        return role

    def clean_nationality(self, number: int, value: str) -> str | None:
        if not value:
            return ""
        if value.isascii() and value.isalpha() and len(value) in (2, 3):
            code = countries.alpha2(value.upper())
        else:
            code = self.countries.get(fold(value))
        if not code:
            message = _(
                "“{value}” is not a country; write a code such as JP or an English name such as Japan."
            )
            self.error(number, "nationality", message.format(value=value))
        return code or None

    def clean_needs_visa_letter(self, number: int, value: str) -> bool | None:
        if fold(value) in YES | NO:
            return fold(value) in YES
        self.error(number, "needs_visa_letter", _("“{value}” is not yes or no.").format(value=value))
        return None

    def check_across_rows(self, number: int, cleaned: dict) -> None:
        email = cleaned.get("email")
        if email and email in self.email_rows:
            message = _("“{value}” is already on row {row}; each member needs their own e-mail address.")
            self.error(number, "email", message.format(value=email, row=self.email_rows[email]))
        elif email:
            self.email_rows[email] = number
        if cleaned.get("role") == DelegationRole.HEAD and self.head_row:
            message = _("The head of delegation is already on row {row}; a delegation has only one.")
            self.error(number, "role", message.format(row=self.head_row))
        elif cleaned.get("role") == DelegationRole.HEAD:
            self.head_row = number
