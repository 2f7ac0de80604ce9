"""Reading the first sheet of an XLSX file, or a UTF-8 CSV file, into a table of cell texts. The type is decided
by the content, never by the file's name; a file that cannot be read raises `UnreadableFile` with the message for
the person who sent it."""

import csv
import datetime
import io
import itertools
import zipfile

from django.utils.translation import gettext as _
from openpyxl import load_workbook

from .nominee_import_columns import MAX_ROWS

MAX_UNPACKED_BYTES = 20 * 1024 * 1024  # a 500-row sheet unpacks to well under 1 MB; more is a zip bomb


class UnreadableFile(Exception):
    """Raised with the message for the person who sent the file."""


class _FormulaWithoutValue:
    """An XLSX formula whose result was never saved (files written by programs, not by Excel)."""


FORMULA_WITHOUT_VALUE = _FormulaWithoutValue()
Cell = str | _FormulaWithoutValue


def unreadable_message() -> str:
    return _("The file could not be read; save it as Excel (XLSX) or as “CSV UTF-8” and try again.")


def read_table(file_bytes: bytes, filename_hint: str) -> list[list[Cell]]:
    """The rows of the file, from row 1 (the header), each a list of cell texts."""
    if file_bytes.startswith(b"PK"):
        return _read_xlsx(file_bytes)
    if file_bytes.startswith(b"\xd0\xcf\x11\xe0"):  # OLE2: the Excel 97–2003 format
        raise UnreadableFile(
            _("This is an old Excel file (XLS); save it as Excel Workbook (XLSX) or as “CSV UTF-8”.")
        )
    if filename_hint.lower().endswith((".xlsx", ".xlsm")):
        raise UnreadableFile(unreadable_message())
    return _read_csv(file_bytes)


def _read_csv(file_bytes: bytes) -> list[list[Cell]]:
    try:
        text = file_bytes.decode("utf-8-sig")
    except UnicodeDecodeError:
        text = "\x00"
    if "\x00" in text:  # also catches UTF-16 ("Unicode text" in Excel)
        raise UnreadableFile(
            _("The text file is not in UTF-8; save it as “CSV UTF-8” or “UTF-8 text” and try again.")
        )
    first_line = next((line for line in text.splitlines() if line.strip()), "")
    # Spreadsheets write "," or ";" depending on the locale, and "tab" for text exports; a header has no quoting.
    delimiter = max([",", ";", "\t"], key=first_line.count)
    try:
        return list(csv.reader(io.StringIO(text, newline=""), delimiter=delimiter))
    except csv.Error as error:
        raise UnreadableFile(unreadable_message()) from error


def _read_xlsx(file_bytes: bytes) -> list[list[Cell]]:
    # openpyxl parses the XML with defusedxml (a project dependency) whenever it is installed: a file with XML
    # entities (the "billion laughs") is refused here like any damaged file, not expanded.
    try:
        with zipfile.ZipFile(io.BytesIO(file_bytes)) as archive:
            if sum(info.file_size for info in archive.infolist()) > MAX_UNPACKED_BYTES:
                raise UnreadableFile(unreadable_message())
        # The formulas tell "empty" from "formula never computed"; the results are those Excel last saved.
        formulas = _first_sheet_rows(file_bytes, data_only=False)
        values = _first_sheet_rows(file_bytes, data_only=True, row_limit=len(formulas))
    except UnreadableFile:
        raise
    except Exception as error:  # openpyxl raises many kinds of errors on damaged or foreign ZIP files
        raise UnreadableFile(unreadable_message()) from error
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
