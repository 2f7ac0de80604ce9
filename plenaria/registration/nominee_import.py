"""Reading a focal point's file of delegation members (CSV or XLSX) into checked rows.

Nothing is nominated here: the caller nominates only when `ImportResult.is_valid`, so a file with one bad row
imports nothing and the focal point corrects the whole file at once. Row numbers are those the person sees in their
spreadsheet (the header is row 1). The file's type is decided by its content, never by its name.

The downloadable templates in `static/registration/` come from `build_template_csv()` and `build_template_xlsx()`;
regenerate them with `python -m plenaria.registration.nominee_import`.
"""

import codecs
import csv
import datetime
import io
import itertools
import unicodedata
import zipfile
from dataclasses import dataclass, field
from pathlib import Path

from django.conf import settings
from django.core.exceptions import ValidationError
from django.core.validators import validate_email
from django.utils import translation
from django.utils.translation import gettext as _
from django_countries import countries
from openpyxl import Workbook, load_workbook
from openpyxl.styles import Font
from openpyxl.worksheet.datavalidation import DataValidation

from plenaria.delegations.enums import DelegationRole

MAX_ROWS = 500
MAX_UNPACKED_BYTES = 20 * 1024 * 1024  # a 500-row sheet unpacks to well under 1 MB; more is a zip bomb
# Each column: our name for it, its heading in the template, the template's example member.
TEMPLATE_COLUMNS = [
    ("given_name", "Given name", "Amina"),
    ("family_name", "Family name", "Haddad"),
    ("email", "E-mail", "amina.haddad@mofa.example"),
    ("role", "Role", "delegate"),
    ("title", "Title or function", "Counsellor, Permanent Mission"),
    ("name_in_own_script", "Name in own script", "أمينة حداد"),
    ("nationality", "Nationality", "MA"),
    ("needs_visa_letter", "Needs visa letter", "yes"),
]
HEADINGS = {column: heading for column, heading, _example in TEMPLATE_COLUMNS}
COLUMNS = tuple(HEADINGS)
REQUIRED = ("given_name", "family_name", "email", "role")
MAX_LENGTHS = {"given_name": 120, "family_name": 120, "email": 254, "title": 200, "name_in_own_script": 250}

# Header names accepted besides the column's own name, in English, French and Spanish. Compared after folding
# (lower case, no accents, no spaces or punctuation), so "Prénom", "PRENOM" and "pré-nom" are the same.
HEADER_NAMES = {
    "given_name": ["Given name", "First name", "Forename", "Prénom", "Prénoms", "Nombre", "Nombres"],
    "family_name": ["Family name", "Last name", "Surname", "Nom", "Nom de famille", "Apellido", "Apellidos"],
    "email": ["E-mail address", "Mail", "Courriel", "Adresse électronique", "Correo", "Correo electrónico"],
    "role": ["Role in the delegation", "Rôle", "Rôle dans la délégation", "Rol", "Rol en la delegación"],
    "title": ["Function", "Title or function", "Position", "Titre", "Fonction", "Cargo", "Título", "Función"],
    "name_in_own_script": ["Name in your own script", "Nom dans votre écriture", "Nombre en su escritura"],
    "nationality": ["Country", "Nationalité", "Pays", "Nacionalidad", "País"],
    "needs_visa_letter": ["Visa letter", "Visa", "Lettre de visa", "Carta de visado", "Visado"],
}
# Role labels besides the code and DelegationRole's label in every language of the site.
ROLE_NAMES = {
    DelegationRole.HEAD: ["Head", "Chef de délégation", "Cheffe de délégation", "Jefe de delegación"],
    DelegationRole.DELEGATE: ["Délégué", "Déléguée", "Delegado", "Delegada"],
    DelegationRole.ALTERNATE: ["Alternate delegate", "Suppléant", "Suppléante", "Suplente"],
    DelegationRole.ADVISER: ["Advisor", "Conseiller", "Conseillère", "Asesor", "Asesora"],
    DelegationRole.SUPPORT: ["Support", "Personnel d'appui", "Personal de apoyo"],
}
YES = {"yes", "y", "oui", "si", "1", "true", "vrai", "verdadero", "x"}
NO = {"", "no", "n", "non", "0", "false", "faux", "falso"}
COUNTRY_ALIASES = {"unitedstates": "US", "usa": "US", "uk": "GB", "greatbritain": "GB"}

XLSX_CONTENT_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
CSV_CONTENT_TYPE = "text/csv; charset=utf-8"


def _fold(text: str) -> str:
    """The form in which header names and labels are compared: no case, accents, spaces or punctuation."""
    decomposed = unicodedata.normalize("NFKD", str(text).casefold())
    return "".join(char for char in decomposed if char.isalnum())


_FIELD_FOR_HEADER = {_fold(name): column for column in COLUMNS for name in [column, *HEADER_NAMES[column]]}


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


def parse_nominees(file_bytes: bytes, *, filename_hint: str = "") -> ImportResult:
    """Read an XLSX or UTF-8 CSV file of delegation members and check every row; see `ImportResult.is_valid`."""
    try:
        table = _read_table(file_bytes, filename_hint)
    except _UnreadableFile as error:
        return ImportResult(errors=[RowError(None, "", str(error))])
    return _Checker(table).check()


# --- Reading ---------------------------------------------------------------------------------------------------


class _UnreadableFile(Exception):
    """Raised with the message for the person who sent the file."""


class _FormulaWithoutValue:
    """An XLSX formula whose result was never saved (files written by programs, not by Excel)."""


FORMULA_WITHOUT_VALUE = _FormulaWithoutValue()
Cell = str | _FormulaWithoutValue


def _unreadable_message() -> str:
    return _("The file could not be read; save it as Excel (XLSX) or as “CSV UTF-8” and try again.")


def _read_table(file_bytes: bytes, filename_hint: str) -> list[list[Cell]]:
    if file_bytes.startswith(b"PK"):
        return _read_xlsx(file_bytes)
    if file_bytes.startswith(b"\xd0\xcf\x11\xe0"):  # OLE2: the Excel 97–2003 format
        raise _UnreadableFile(
            _("This is an old Excel file (XLS); save it as Excel Workbook (XLSX) or as “CSV UTF-8”.")
        )
    if filename_hint.lower().endswith((".xlsx", ".xlsm")):
        raise _UnreadableFile(_unreadable_message())
    return _read_csv(file_bytes)


def _read_csv(file_bytes: bytes) -> list[list[Cell]]:
    try:
        text = file_bytes.decode("utf-8-sig")
    except UnicodeDecodeError:
        text = "\x00"
    if "\x00" in text:  # also catches UTF-16 ("Unicode text" in Excel)
        raise _UnreadableFile(
            _("The text file is not in UTF-8; save it as “CSV UTF-8” or “UTF-8 text” and try again.")
        )
    first_line = next((line for line in text.splitlines() if line.strip()), "")
    # Spreadsheets write "," or ";" depending on the locale, and "tab" for text exports; a header has no quoting.
    delimiter = max([",", ";", "\t"], key=first_line.count)
    try:
        return list(csv.reader(io.StringIO(text, newline=""), delimiter=delimiter))
    except csv.Error as error:
        raise _UnreadableFile(_unreadable_message()) from error


def _read_xlsx(file_bytes: bytes) -> list[list[Cell]]:
    try:
        with zipfile.ZipFile(io.BytesIO(file_bytes)) as archive:
            if sum(info.file_size for info in archive.infolist()) > MAX_UNPACKED_BYTES:
                raise _UnreadableFile(_unreadable_message())
        # The formulas tell "empty" from "formula never computed"; the results are those Excel last saved.
        formulas = _first_sheet_rows(file_bytes, data_only=False)
        values = _first_sheet_rows(file_bytes, data_only=True, row_limit=len(formulas))
    except _UnreadableFile:
        raise
    except Exception as error:  # openpyxl raises many kinds of errors on damaged or foreign ZIP files
        raise _UnreadableFile(_unreadable_message()) from error
    return [
        [_cell_text(value, formula) for value, formula in itertools.zip_longest(value_row, formula_row)]
        for value_row, formula_row in zip(values, formulas, strict=False)
    ]


def _first_sheet_rows(file_bytes: bytes, *, data_only: bool, row_limit: int | None = None) -> list[tuple]:
    """The first sheet's rows, from row 1; stops once there are more filled rows than the import accepts."""
    workbook = load_workbook(io.BytesIO(file_bytes), read_only=True, data_only=data_only)
    try:
        sheet = workbook.worksheets[0]
        sheet.reset_dimensions()  # some programs write a wrong sheet size; read the rows that are there
        rows, filled = [], 0
        for row in sheet.iter_rows(values_only=True):
            rows.append(row)
            filled += any(value is not None for value in row)
            if len(rows) == row_limit or filled > MAX_ROWS + 1:
                break
        return rows
    finally:
        workbook.close()


def _cell_text(value, formula) -> Cell:
    if value is None:
        return FORMULA_WITHOUT_VALUE if isinstance(formula, str) and formula.startswith("=") else ""
    if isinstance(value, bool):
        return "yes" if value else "no"
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    if isinstance(value, datetime.datetime):
        return value.date().isoformat() if value.time() == datetime.time() else value.isoformat(sep=" ")
    if isinstance(value, datetime.date | datetime.time):
        return value.isoformat()
    return str(value)


# --- Checking --------------------------------------------------------------------------------------------------


def _role_for_label() -> dict[str, str]:
    labels = {_fold(name): role for role, names in ROLE_NAMES.items() for name in names}
    for language, _name in settings.LANGUAGES:
        with translation.override(language):
            labels.update({_fold(role.label): role.value for role in DelegationRole})
    labels.update({_fold(role.value): role.value for role in DelegationRole})
    return labels


def _code_for_country_name() -> dict[str, str]:
    with translation.override("en"):
        names = {_fold(name): code for code, name in countries}
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
            column = _FIELD_FOR_HEADER.get(_fold(name))
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
        role = self.roles.get(_fold(value))
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
            code = self.countries.get(_fold(value))
        if not code:
            message = _(
                "“{value}” is not a country; write a code such as JP or an English name such as Japan."
            )
            self.error(number, "nationality", message.format(value=value))
        return code or None

    def clean_needs_visa_letter(self, number: int, value: str) -> bool | None:
        if _fold(value) in YES | NO:
            return _fold(value) in YES
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


# --- Templates -------------------------------------------------------------------------------------------------


def _template_rows() -> list[list[str]]:
    _columns, headings, examples = zip(*TEMPLATE_COLUMNS, strict=True)
    return [list(headings), list(examples)]


def build_template_csv() -> bytes:
    """The import template as UTF-8 CSV with a BOM (so that Excel opens it as UTF-8), with one example row."""
    text = io.StringIO()
    csv.writer(text, lineterminator="\r\n").writerows(_template_rows())
    return codecs.BOM_UTF8 + text.getvalue().encode("utf-8")


def build_template_xlsx() -> bytes:
    """The import template as an Excel workbook, with one example row and drop-down lists for role and visa."""
    workbook = Workbook()
    sheet = workbook.active
    sheet.title = "Members"
    for row in _template_rows():
        sheet.append(row)
    sheet.freeze_panes = "A2"
    for cell in sheet[1]:
        cell.font = Font(bold=True)
        sheet.column_dimensions[cell.column_letter].width = max(16, len(cell.value) + 4)
    for letter, choices in [("D", [role.value for role in DelegationRole]), ("H", ["yes", "no"])]:
        choice_list = DataValidation(type="list", formula1=f'"{",".join(choices)}"', allow_blank=True)
        choice_list.add(f"{letter}2:{letter}{MAX_ROWS + 1}")
        sheet.add_data_validation(choice_list)
    workbook.properties.creator = "Plenaria"
    body = io.BytesIO()
    workbook.save(body)
    return body.getvalue()


def build_template(file_format: str) -> tuple[bytes, str]:
    """The import template in `file_format` ("csv" or "xlsx") and its content type."""
    if file_format == "csv":
        return build_template_csv(), CSV_CONTENT_TYPE
    return build_template_xlsx(), XLSX_CONTENT_TYPE


if __name__ == "__main__":
    static = Path(__file__).parent / "static" / "registration"
    static.mkdir(parents=True, exist_ok=True)
    (static / "nominees-template.csv").write_bytes(build_template_csv())
    (static / "nominees-template.xlsx").write_bytes(build_template_xlsx())
