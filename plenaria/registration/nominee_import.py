"""Reading a focal point's file of delegation members (CSV or XLSX) into checked rows.

Nothing is nominated here: the caller nominates only when `ImportResult.is_valid` (all rows good), so a file with
one bad row imports nothing. Row numbers are those the person sees in their spreadsheet (the header is row 1)."""

import codecs
import csv
import io
import zipfile
from dataclasses import dataclass, field

import openpyxl
from django.core.exceptions import ValidationError
from django.core.validators import validate_email
from django.utils.translation import gettext as _
from django_countries import countries
from openpyxl import load_workbook

from plenaria.delegations.enums import DelegationRole

MAX_ROWS = 500
REQUIRED = ("given_name", "family_name", "email", "role")
OPTIONAL = ("title", "name_in_own_script", "nationality", "needs_visa_letter")

# Header names accepted for each column, in the languages focal points are likely to use; compared after
# lower-casing and removing spaces, dashes and underscores.
HEADER_SYNONYMS = {
    "given_name": ["givenname", "firstname", "prénom", "prenom", "nombre", "nombres"],
    "family_name": ["familyname", "lastname", "surname", "nom", "nomdefamille", "apellido", "apellidos"],
    "email": ["email", "e-mail", "mail", "courriel", "adresseélectronique", "correo", "correoelectrónico"],
    "role": ["role", "rôle", "function in delegation", "rol", "papel"],
    "title": ["title", "function", "titre", "fonction", "cargo", "título", "titulo"],
    "name_in_own_script": ["nameinownscript", "ownscript", "nomdansvotreécriture", "nombreensuescritura"],
    "nationality": ["nationality", "nationalité", "nationalite", "nacionalidad", "country", "pays", "país"],
    "needs_visa_letter": ["needsvisaletter", "visaletter", "visa", "lettredevisa", "cartadevisado"],
}
ROLE_SYNONYMS = {
    DelegationRole.HEAD: [
        "head",
        "head of delegation",
        "headofdelegation",
        "chef de délégation",
        "chef de delegation",
        "jefe de delegación",
        "jefe de delegacion",
        "jefa de delegación",
    ],
    DelegationRole.DELEGATE: ["delegate", "délégué", "déléguée", "delegue", "delegado", "delegada"],
    DelegationRole.ALTERNATE: ["alternate", "suppléant", "suppléante", "suppleant", "suplente"],
    DelegationRole.ADVISER: ["adviser", "advisor", "conseiller", "conseillère", "asesor", "asesora"],
    DelegationRole.SUPPORT: ["support", "support staff", "personnel d'appui", "personal de apoyo"],
}
YES = {"yes", "y", "oui", "o", "sí", "si", "s", "1", "true", "x"}
NO = {"no", "n", "non", "0", "false", ""}


def _key(text: str) -> str:
    return "".join(char for char in str(text).strip().lower() if char not in " -_")


_COLUMN_FOR_HEADER = {
    _key(name): column for column in HEADER_SYNONYMS for name in [column, *HEADER_SYNONYMS[column]]
}
_ROLE_FOR_LABEL = {_key(label): role for role, labels in ROLE_SYNONYMS.items() for label in [role, *labels]}


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
    row_number: int | None
    column: str
    message: str


@dataclass
class ImportResult:
    rows: list[NomineeRow] = field(default_factory=list)
    errors: list[RowError] = field(default_factory=list)

    @property
    def is_valid(self) -> bool:
        return not self.errors


def parse_nominees(file_bytes: bytes, *, filename_hint: str = "") -> ImportResult:
    """Read the file (XLSX recognised by its content, anything else read as UTF-8 CSV) and check every row."""
    try:
        table = _read_xlsx(file_bytes) if file_bytes[:2] == b"PK" else _read_csv(file_bytes)
    except _Unreadable as error:
        return ImportResult(errors=[RowError(None, "", str(error))])
    if not table:
        return ImportResult()
    return _check(table)


class _Unreadable(Exception):
    pass


def _read_csv(file_bytes: bytes) -> list[list[str]]:
    try:
        text = file_bytes.decode("utf-8-sig")
    except UnicodeDecodeError as error:
        raise _Unreadable(_("The file is not in UTF-8; save it as “CSV UTF-8” and try again.")) from error
    try:
        dialect = csv.Sniffer().sniff(text.split("\n", 1)[0], delimiters=",;\t")
    except csv.Error:
        dialect = csv.excel
    return list(csv.reader(io.StringIO(text), dialect))


def _read_xlsx(file_bytes: bytes) -> list[list[str]]:
    try:
        sheet = load_workbook(io.BytesIO(file_bytes), read_only=True, data_only=True).worksheets[0]
    except (zipfile.BadZipFile, KeyError, OSError, ValueError) as error:
        raise _Unreadable(
            _("The spreadsheet could not be read; save it again as Excel (XLSX) or CSV.")
        ) from error
    return [
        ["" if cell is None else _cell_text(cell) for cell in row]
        for row in sheet.iter_rows(values_only=True)
    ]


def _cell_text(value) -> str:
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    if hasattr(value, "isoformat"):
        return value.isoformat()[:10]
    return str(value).strip()


def _check(table: list[list[str]]) -> ImportResult:
    result = ImportResult()
    header = table[0]
    columns = [_COLUMN_FOR_HEADER.get(_key(name)) for name in header]
    unknown = [
        name for name, column in zip(header, columns, strict=True) if column is None and str(name).strip()
    ]
    if unknown:
        result.errors.append(
            RowError(1, "", _("Unknown columns: {columns}.").format(columns=", ".join(unknown)))
        )
    missing = [name for name in REQUIRED if name not in columns]
    if missing:
        result.errors.append(
            RowError(1, "", _("Missing columns: {columns}.").format(columns=", ".join(missing)))
        )
    if result.errors:
        return result
    data_rows = [
        (number, row) for number, row in enumerate(table[1:], start=2) if any(str(c).strip() for c in row)
    ]
    if len(data_rows) > MAX_ROWS:
        result.errors.append(
            RowError(None, "", _("The file has more than {limit} members.").format(limit=MAX_ROWS))
        )
        return result
    for number, row in data_rows:
        values = {column: str(value).strip() for column, value in zip(columns, row, strict=False) if column}
        _check_row(number, values, result)
    _check_across_rows(result)
    return result


def _error(result: ImportResult, number: int, column: str, message: str) -> None:
    result.errors.append(RowError(number, column, message))


def _check_row(number: int, values: dict[str, str], result: ImportResult) -> None:
    errors_before = len(result.errors)
    for column in REQUIRED:
        if not values.get(column):
            _error(result, number, column, _("This column is required."))
    email = values.get("email", "").lower()
    if email:
        try:
            validate_email(email)
        except ValidationError:
            _error(result, number, "email", _("“{value}” is not a valid e-mail address.").format(value=email))
    role = _ROLE_FOR_LABEL.get(_key(values.get("role", "")))
    if values.get("role") and role is None:
        _error(
            result,
            number,
            "role",
            _("“{value}” is not a role: use head, delegate, alternate, adviser or support.").format(
                value=values["role"]
            ),
        )
    nationality = _country(values.get("nationality", ""))
    if values.get("nationality") and nationality is None:
        _error(
            result,
            number,
            "nationality",
            _("“{value}” is not a country: use a two-letter code such as JP.").format(
                value=values["nationality"]
            ),
        )
    visa = values.get("needs_visa_letter", "").lower()
    if visa not in YES | NO:
        _error(result, number, "needs_visa_letter", _("Write yes or no."))
    if len(result.errors) == errors_before:
        result.rows.append(
            NomineeRow(
                row_number=number,
                given_name=values["given_name"],
                family_name=values["family_name"],
                email=email,
                role=role,
                title=values.get("title", ""),
                name_in_own_script=values.get("name_in_own_script", ""),
                nationality=nationality or "",
                needs_visa_letter=visa in YES,
            )
        )


def _country(value: str) -> str | None:
    if not value:
        return ""
    if countries.alpha2(value.upper()):
        return countries.alpha2(value.upper())
    code = countries.by_name(value)
    return code or None


def _check_across_rows(result: ImportResult) -> None:
    seen: dict[str, int] = {}
    heads = 0
    for row in result.rows:
        if row.email in seen:
            _error(
                result,
                row.row_number,
                "email",
                _("{email} is already on row {row}.").format(email=row.email, row=seen[row.email]),
            )
        seen.setdefault(row.email, row.row_number)
        if row.role == DelegationRole.HEAD:
            heads += 1
            if heads > 1:
                _error(result, row.row_number, "role", _("A delegation has only one head of delegation."))
    result.errors.sort(key=lambda error: error.row_number or 0)


# One example row under the columns the parser reads (REQUIRED + OPTIONAL, in that order).
TEMPLATE_EXAMPLE = {
    "given_name": "Amina",
    "family_name": "Haddad",
    "email": "amina.haddad@mofa.example",
    "role": "delegate",
    "title": "Counsellor, Permanent Mission",
    "name_in_own_script": "أمينة حداد",
    "nationality": "MA",
    "needs_visa_letter": "yes",
}


def build_template(file_format: str) -> tuple[bytes, str]:
    """An import file with the columns the parser reads and one example row, as CSV or XLSX."""
    header = [*REQUIRED, *OPTIONAL]
    example = [TEMPLATE_EXAMPLE.get(name, "") for name in header]
    if file_format == "csv":
        text = io.StringIO()
        csv.writer(text).writerows([header, example])
        return codecs.BOM_UTF8 + text.getvalue().encode(), "text/csv; charset=utf-8"
    workbook = openpyxl.Workbook()
    sheet = workbook.active
    sheet.title = "members"
    sheet.append(header)
    sheet.append(example)
    body = io.BytesIO()
    workbook.save(body)
    return body.getvalue(), "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
