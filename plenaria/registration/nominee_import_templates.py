"""The downloadable import templates (CSV and XLSX), each with the column headings and one example member. The
copies in `static/registration/` come from here: regenerate them with `python -m plenaria.registration.nominee_import`.
"""

import codecs
import csv
import io

from openpyxl import Workbook
from openpyxl.styles import Font
from openpyxl.worksheet.datavalidation import DataValidation

from plenaria.delegations.enums import DelegationRole

from .nominee_import_columns import MAX_ROWS, TEMPLATE_COLUMNS

XLSX_CONTENT_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
CSV_CONTENT_TYPE = "text/csv; charset=utf-8"


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
