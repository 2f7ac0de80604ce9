import io
import zipfile

import openpyxl
import pytest
from defusedxml import EntitiesForbidden

from plenaria.registration.nominee_import import parse_nominees
from plenaria.registration.nominee_import_reading import UnreadableFile, read_table

pytestmark = [pytest.mark.unit]

UNREADABLE = "The file could not be read; save it as Excel (XLSX) or as “CSV UTF-8” and try again."
MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"
PACKAGE_RELS = "http://schemas.openxmlformats.org/package/2006/relationships"
DOCUMENT_RELS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
SPREADSHEETML = "application/vnd.openxmlformats-officedocument.spreadsheetml"
# Ten levels of ten: "&lol9;" expands to 10⁹ times "lol" (3 GB) in a parser that expands entities.
BILLION_LAUGHS = "<!DOCTYPE lolz [<!ENTITY lol0 'lol'>{}]>".format(
    "".join(f"<!ENTITY lol{n} '{f'&lol{n - 1};' * 10}'>" for n in range(1, 10))
)
MEMBERS = [["given_name", "family_name", "email", "role"], ["Amina", "Haddad", "amina@mofa.example", "head"]]


def _xlsx_with_shared_strings(*, bomb_in: str = "") -> bytes:
    """A workbook as Excel writes it (texts in xl/sharedStrings.xml, which openpyxl itself never writes). With
    `bomb_in`, that part declares the entity bomb and uses it in its first text (or the sheet's name)."""

    def use(part: str) -> str:
        return "&lol9;" if part == bomb_in else ""

    strings = [text for row in MEMBERS for text in row]
    cells = [
        "".join(
            f'<c r="{"ABCD"[column]}{row}" t="s"><v>{(row - 1) * 4 + column}</v></c>' for column in range(4)
        )
        for row in (1, 2)
    ]
    parts = {
        "[Content_Types].xml": (
            '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
            '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
            '<Default Extension="xml" ContentType="application/xml"/>'
            f'<Override PartName="/xl/workbook.xml" ContentType="{SPREADSHEETML}.sheet.main+xml"/>'
            f'<Override PartName="/xl/worksheets/sheet1.xml" ContentType="{SPREADSHEETML}.worksheet+xml"/>'
            f'<Override PartName="/xl/sharedStrings.xml" ContentType="{SPREADSHEETML}.sharedStrings+xml"/>'
            "</Types>"
        ),
        "_rels/.rels": (
            f'<Relationships xmlns="{PACKAGE_RELS}"><Relationship Id="rId1" '
            f'Type="{DOCUMENT_RELS}/officeDocument" Target="xl/workbook.xml"/></Relationships>'
        ),
        "xl/_rels/workbook.xml.rels": (
            f'<Relationships xmlns="{PACKAGE_RELS}">'
            f'<Relationship Id="rId1" Type="{DOCUMENT_RELS}/worksheet" Target="worksheets/sheet1.xml"/>'
            f'<Relationship Id="rId2" Type="{DOCUMENT_RELS}/sharedStrings" Target="sharedStrings.xml"/>'
            "</Relationships>"
        ),
        "xl/workbook.xml": (
            f'<workbook xmlns="{MAIN}" xmlns:r="{DOCUMENT_RELS}"><sheets>'
            f'<sheet name="Members{use("xl/workbook.xml")}" sheetId="1" r:id="rId1"/></sheets></workbook>'
        ),
        "xl/worksheets/sheet1.xml": (
            f'<worksheet xmlns="{MAIN}"><sheetData>{use("xl/worksheets/sheet1.xml")}'
            + "".join(f'<row r="{row}">{row_cells}</row>' for row, row_cells in enumerate(cells, start=1))
            + "</sheetData></worksheet>"
        ),
        "xl/sharedStrings.xml": (
            f'<sst xmlns="{MAIN}" count="{len(strings)}" uniqueCount="{len(strings)}">'
            f"<si><t>{strings[0]}{use('xl/sharedStrings.xml')}</t></si>"
            + "".join(f"<si><t>{text}</t></si>" for text in strings[1:])
            + "</sst>"
        ),
    }
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        for name, body in parts.items():
            declaration = BILLION_LAUGHS if name == bomb_in else ""
            archive.writestr(
                name, f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>{declaration}{body}'
            )
    return buffer.getvalue()


def _causes(error: BaseException):
    while error is not None:
        yield error
        error = error.__cause__ or error.__context__


def test_openpyxl_parses_with_defusedxml():
    assert openpyxl.DEFUSEDXML is True


def test_parse_nominees_xlsx_with_shared_strings_is_read():
    result = parse_nominees(_xlsx_with_shared_strings(), filename_hint="members.xlsx")

    assert (result.errors, [(row.row_number, row.email) for row in result.rows]) == (
        [],
        [(2, "amina@mofa.example")],
    )


@pytest.mark.parametrize("part", ["xl/sharedStrings.xml", "xl/workbook.xml", "xl/worksheets/sheet1.xml"])
def test_parse_nominees_xlsx_with_entity_expansion_is_refused_as_unreadable(part):
    data = _xlsx_with_shared_strings(bomb_in=part)

    result = parse_nominees(data, filename_hint="members.xlsx")

    assert [(error.row_number, error.column, error.message) for error in result.errors] == [
        (None, "", UNREADABLE)
    ]
    assert result.rows == []


@pytest.mark.parametrize("part", ["xl/sharedStrings.xml", "xl/workbook.xml", "xl/worksheets/sheet1.xml"])
def test_read_table_xlsx_with_entity_expansion_is_stopped_by_defusedxml(part):
    data = _xlsx_with_shared_strings(bomb_in=part)

    with pytest.raises(UnreadableFile) as refused:
        read_table(data, "members.xlsx")

    assert any(isinstance(cause, EntitiesForbidden) for cause in _causes(refused.value))
