import datetime
import io
import zipfile
from pathlib import Path

import pytest
from openpyxl import Workbook

from plenaria.registration import nominee_import, nominee_import_columns
from plenaria.registration.nominee_import import NomineeRow, RowError, parse_nominees

pytestmark = [pytest.mark.unit]

HEADER = "given_name,family_name,email,role,title,name_in_own_script,nationality,needs_visa_letter"
STATIC = Path(nominee_import.__file__).parent / "static" / "registration"


def csv_bytes(*rows: str, header: str = HEADER, separator: str = ",", bom: bool = False) -> bytes:
    text = "\r\n".join([header.replace(",", separator), *(row.replace(",", separator) for row in rows)])
    return ("\ufeff" if bom else "").encode() + text.encode("utf-8")


def xlsx_bytes(rows: list[list]) -> bytes:
    workbook = Workbook()
    for row in rows:
        workbook.active.append(row)
    buffer = io.BytesIO()
    workbook.save(buffer)
    return buffer.getvalue()


def with_saved_formula_result(data: bytes, cell: str, result: str) -> bytes:
    """Write the result Excel would have saved next to a formula (openpyxl writes formulas without one)."""
    source, target = zipfile.ZipFile(io.BytesIO(data)), io.BytesIO()
    with zipfile.ZipFile(target, "w") as archive:
        for name in source.namelist():
            body = source.read(name)
            if name == "xl/worksheets/sheet1.xml":
                text = body.decode()
                formula = text[text.index(f'<c r="{cell}">') :].split("<v />", 1)[0]
                fixed = formula.replace(f'<c r="{cell}">', f'<c r="{cell}" t="str">') + f"<v>{result}</v>"
                body = text.replace(formula + "<v />", fixed).encode()
            archive.writestr(name, body)
    return target.getvalue()


def errors_of(data: bytes) -> list[tuple]:
    return [(error.row_number, error.column, error.message) for error in parse_nominees(data).errors]


# --- Valid files -----------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("separator", "bom"), [(",", False), (",", True), (";", False), (";", True), ("\t", True)]
)
def test_parse_nominees_valid_csv_any_separator_gives_clean_rows(separator, bom):
    data = csv_bytes(
        " Makiko , Tanaka ,Makiko@MOFA.example,Head of delegation,Minister,田中眞紀子,Japan,oui",
        "Ivan,Petrov,ivan@mid.example,délégué,,,ru,",
        separator=separator,
        bom=bom,
    )

    result = parse_nominees(data)

    assert result.errors == []
    assert result.rows == [
        NomineeRow(
            2, "Makiko", "Tanaka", "makiko@mofa.example", "head", "Minister", "田中眞紀子", "JP", True
        ),
        NomineeRow(3, "Ivan", "Petrov", "ivan@mid.example", "delegate", "", "", "RU", False),
    ]
    assert result.is_valid is True


def test_parse_nominees_valid_xlsx_gives_clean_rows():
    data = xlsx_bytes(
        [
            ["Given name", "Family name", "E-mail", "Role", "Nationality", "Needs visa letter"],
            ["Lars", "Berg", "lars@ud.example", "head", "SE", 1],
            ["Chiara", "Conti", "chiara@esteri.example", "Adviser", "Italy", True],
            ["Kwame", "Mensah", "kwame@mfa.example", "support staff", "GHA", 0],
        ]
    )

    result = parse_nominees(data, filename_hint="members.xlsx")

    assert result.errors == []
    assert result.rows == [
        NomineeRow(2, "Lars", "Berg", "lars@ud.example", "head", nationality="SE", needs_visa_letter=True),
        NomineeRow(3, "Chiara", "Conti", "chiara@esteri.example", "adviser", "", "", "IT", True),
        NomineeRow(4, "Kwame", "Mensah", "kwame@mfa.example", "support", "", "", "GH", False),
    ]


def test_parse_nominees_names_in_other_scripts_are_kept_intact():
    data = csv_bytes(
        "محمد,العلي,m.alali@mofa.example,head,مستشار,محمد العلي,SA,no",
        "Makiko,Tanaka,makiko@mofa.example,delegate,,田中　眞紀子,JP,no",
        "Анна,Смирнова,anna@mid.example,alternate,Советник,Анна Смирнова,RU,no",
    )

    result = parse_nominees(data)

    assert [(row.given_name, row.family_name, row.title, row.name_in_own_script) for row in result.rows] == [
        ("محمد", "العلي", "مستشار", "محمد العلي"),
        ("Makiko", "Tanaka", "", "田中　眞紀子"),
        ("Анна", "Смирнова", "Советник", "Анна Смирнова"),
    ]


def test_parse_nominees_french_headers_and_answers_are_understood():
    data = csv_bytes(
        "Aminata;Diallo;aminata@gouv.example;Cheffe de délégation;Ministre;Sénégal;Oui",
        "Jean;Martin;jean@gouv.example;Conseiller;;FR;non",
        header="Prénom;Nom;Courriel;Rôle;Fonction;Nationalité;Lettre de visa",
    )

    result = parse_nominees(data)

    assert result.errors == []
    assert result.rows == [
        NomineeRow(2, "Aminata", "Diallo", "aminata@gouv.example", "head", "Ministre", "", "SN", True),
        NomineeRow(3, "Jean", "Martin", "jean@gouv.example", "adviser", "", "", "FR", False),
    ]


def test_parse_nominees_spanish_headers_and_answers_are_understood():
    data = csv_bytes(
        "Lucía,Pérez,lucia@cancilleria.example,Jefe de delegación,Colombia,sí",
        "Diego,Gómez,diego@cancilleria.example,Suplente,CO,no",
        header="Nombre,Apellidos,Correo electrónico,Rol,Nacionalidad,Carta de visado",
    )

    result = parse_nominees(data)

    assert [(row.given_name, row.role, row.nationality, row.needs_visa_letter) for row in result.rows] == [
        ("Lucía", "head", "CO", True),
        ("Diego", "alternate", "CO", False),
    ]


@pytest.mark.parametrize(
    ("label", "role"),
    [
        ("HEAD", "head"),
        ("head of delegation", "head"),
        ("Chef de delegation", "head"),
        ("Глава делегации", "head"),
        ("代表団長", "head"),
        ("Déléguée", "delegate"),
        ("Delegada", "delegate"),
        ("Suppléant", "alternate"),
        ("Advisor", "adviser"),
        ("Personnel d'appui", "support"),
    ],
)
def test_parse_nominees_role_label_in_any_site_language_gives_role_code(label, role):
    result = parse_nominees(csv_bytes(f"Ana,Silva,ana@mne.example,{label},,,,"))

    assert [row.role for row in result.rows] == [role]


def test_parse_nominees_empty_rows_are_skipped_and_row_numbers_kept():
    data = csv_bytes(
        "Ana,Silva,ana@mne.example,head,,,,", ",,,,,,,", "", "Rui,Costa,rui@mne.example,delegate,,,,"
    )

    result = parse_nominees(data)

    assert [(row.row_number, row.email) for row in result.rows] == [
        (2, "ana@mne.example"),
        (5, "rui@mne.example"),
    ]


# --- Errors in rows --------------------------------------------------------------------------------------------


def test_parse_nominees_invalid_email_names_row_and_column():
    data = csv_bytes(
        "Ana,Silva,ana@mne.example,head,,,,",
        "Rui,Costa,rui@mne.example,delegate,,,,",
        "Jean,Martin,jean@,delegate,,,,",
    )

    result = parse_nominees(data)

    assert result.errors == [RowError(4, "email", "“jean@” is not a valid e-mail address.", field="email")]
    assert [str(error) for error in result.errors] == [
        "Row 4, column email: “jean@” is not a valid e-mail address."
    ]
    assert result.is_valid is False


def test_parse_nominees_each_bad_cell_gives_its_own_error():
    data = csv_bytes(
        ",Silva,ana@mne.example,chief,,,Atlantis,maybe",
        "Rui,Costa,rui@mne.example,delegate,,,XX,",
        f"Eva,{'N' * 121},eva@mne.example,delegate,,,,",
    )

    assert errors_of(data) == [
        (2, "given_name", "The cell is empty, but this column is required."),
        (2, "role", "“chief” is not a role; write head, delegate, alternate, adviser or support."),
        (
            2,
            "nationality",
            "“Atlantis” is not a country; write a code such as JP or an English name such as Japan.",
        ),
        (2, "needs_visa_letter", "“maybe” is not yes or no."),
        (
            3,
            "nationality",
            "“XX” is not a country; write a code such as JP or an English name such as Japan.",
        ),
        (4, "family_name", "The text has 121 characters; at most 120 are allowed."),
    ]


def test_parse_nominees_column_in_error_is_the_heading_written_in_the_file():
    data = csv_bytes("Jean,Martin,jean@,délégué", header="Prénom,Nom,Courriel,Rôle")

    result = parse_nominees(data)

    assert result.errors == [RowError(2, "Courriel", "“jean@” is not a valid e-mail address.", field="email")]
    assert str(result.errors[0]) == "Row 2, column Courriel: “jean@” is not a valid e-mail address."


def test_parse_nominees_same_email_twice_is_refused_on_the_later_row():
    data = csv_bytes(
        "Ana,Silva,ana@mne.example,head,,,,",
        "Rui,Costa,rui@mne.example,delegate,,,,",
        "Ana,Silva,ANA@mne.example,delegate,,,,",
    )

    assert errors_of(data) == [
        (
            4,
            "email",
            "“ana@mne.example” is already on row 2; each member needs their own e-mail address.",
        )
    ]


def test_parse_nominees_several_heads_give_an_error_on_each_extra_row():
    data = csv_bytes(
        "Rui,Costa,rui@mne.example,delegate,,,,",
        "Ana,Silva,ana@mne.example,head,,,,",
        "Eva,Lopes,eva@mne.example,Head of delegation,,,,",
        "Luis,Reis,luis@mne.example,Chef de délégation,,,,",
    )

    result = parse_nominees(data)

    assert [(error.row_number, error.column, error.message) for error in result.errors] == [
        (4, "role", "The head of delegation is already on row 3; a delegation has only one."),
        (5, "role", "The head of delegation is already on row 3; a delegation has only one."),
    ]
    assert [row.row_number for row in result.rows] == [2, 3]


def test_parse_nominees_value_beyond_the_headed_columns_is_refused():
    data = csv_bytes(
        "Ana,Silva,ana@mne.example,head,Minister, Foreign Affairs",
        header="First name,Surname,Email,Role,Title",
    )

    result = parse_nominees(data)

    assert [str(error) for error in result.errors] == [
        "Row 2: A cell has a value but no column heading; check the separators."
    ]


# --- Errors in the file as a whole -----------------------------------------------------------------------------


def test_parse_nominees_unknown_columns_give_one_error_naming_them():
    data = csv_bytes(
        "Ana,Silva,ana@mne.example,head,42,x", header="given_name,family_name,email,role,Shoe size,Notes"
    )

    assert errors_of(data) == [
        (1, "", "Unknown columns: “Shoe size”, “Notes”. Rename them as in the template, or remove them.")
    ]


def test_parse_nominees_missing_required_columns_give_one_error():
    data = csv_bytes("Ana,Silva", header="given_name,family_name")

    assert errors_of(data) == [(1, "", "Missing columns: “E-mail”, “Role”.")]


def test_parse_nominees_column_given_twice_is_refused():
    data = csv_bytes("Ana,Silva,ana@mne.example,a@mne.example,head", header="Prénom,Nom,E-mail,Courriel,Rôle")

    assert errors_of(data) == [(1, "", "Columns given twice: “Courriel”. Keep only one of each.")]


def test_parse_nominees_more_than_500_members_is_refused():
    rows = [f"P{number},Member,p{number}@mne.example,delegate,,,," for number in range(501)]

    assert errors_of(csv_bytes(*rows)) == [
        (None, "", "The file has more than 500 members; split it into several files.")
    ]


def test_parse_nominees_exactly_500_members_is_accepted():
    rows = [f"P{number},Member,p{number}@mne.example,delegate,,,," for number in range(500)]

    result = parse_nominees(csv_bytes(*rows))

    assert (result.is_valid, len(result.rows), result.rows[-1].row_number) == (True, 500, 501)


@pytest.mark.parametrize(
    ("data", "message"),
    [
        (b"", "The file is empty: put the column headings in row 1 and one member per row below."),
        (b"\r\n\r\n", "The file is empty: put the column headings in row 1 and one member per row below."),
        (HEADER.encode(), "The file has no members: add one member per row below the headings."),
    ],
)
def test_parse_nominees_file_without_members_is_refused(data, message):
    assert errors_of(data) == [(None, "", message)]


def test_parse_nominees_latin1_csv_is_refused_with_advice():
    data = f"{HEADER}\r\nJosé,Núñez,jose@maec.example,delegate,,,ES,no".encode("latin-1")

    assert errors_of(data) == [
        (None, "", "The text file is not in UTF-8; save it as “CSV UTF-8” or “UTF-8 text” and try again.")
    ]


def test_parse_nominees_utf16_text_is_refused_with_advice():
    data = f"{HEADER}\r\nAna,Silva,ana@mne.example,head,,,,".encode("utf-16")

    assert errors_of(data) == [
        (None, "", "The text file is not in UTF-8; save it as “CSV UTF-8” or “UTF-8 text” and try again.")
    ]


def test_parse_nominees_old_excel_file_is_refused_with_advice():
    data = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + bytes(504)

    assert errors_of(data) == [
        (None, "", "This is an old Excel file (XLS); save it as Excel Workbook (XLSX) or as “CSV UTF-8”.")
    ]


@pytest.mark.parametrize(
    ("data", "filename_hint"),
    [
        (b"PK\x03\x04 damaged", "members.xlsx"),
        (b"PK\x05\x06" + bytes(18), "members.zip"),
        (b"<html>", "members.xlsx"),
    ],
)
def test_parse_nominees_unreadable_spreadsheet_is_refused(data, filename_hint):
    result = parse_nominees(data, filename_hint=filename_hint)

    assert [(error.row_number, error.message) for error in result.errors] == [
        (None, "The file could not be read; save it as Excel (XLSX) or as “CSV UTF-8” and try again.")
    ]


# --- XLSX cells that are not plain text ------------------------------------------------------------------------


def test_parse_nominees_xlsx_formula_without_saved_result_is_refused():
    data = xlsx_bytes(
        [
            ["given_name", "family_name", "email", "role"],
            ["Ana", "Silva", '=LOWER("ANA@MNE.EXAMPLE")', "head"],
        ]
    )

    assert errors_of(data) == [
        (2, "email", "The cell holds a formula whose result was not saved; type the value.")
    ]


def test_parse_nominees_xlsx_formula_with_saved_result_uses_the_result():
    data = xlsx_bytes(
        [
            ["given_name", "family_name", "email", "role"],
            ["Ana", "Silva", '=LOWER("ANA@MNE.EXAMPLE")', "head"],
        ]
    )

    result = parse_nominees(with_saved_formula_result(data, "C2", "ana@mne.example"))

    assert [(row.given_name, row.email) for row in result.rows] == [("Ana", "ana@mne.example")]


def test_parse_nominees_xlsx_date_cells_are_read_as_iso_dates():
    data = xlsx_bytes(
        [
            ["given_name", "family_name", "email", "role", "title"],
            ["Ana", "Silva", "ana@mne.example", "head", datetime.datetime(2001, 12, 17)],
            ["Rui", "Costa", datetime.date(2001, 12, 18), "delegate", ""],
        ]
    )

    result = parse_nominees(data)

    assert [row.title for row in result.rows] == ["2001-12-17"]
    assert errors_of(data) == [(3, "email", "“2001-12-18” is not a valid e-mail address.")]


def test_parse_nominees_xlsx_blank_rows_keep_the_sheet_row_numbers():
    workbook = Workbook()
    sheet = workbook.active
    sheet.append(["given_name", "family_name", "email", "role"])
    sheet.append(["Ana", "Silva", "ana@mne.example", "head"])
    for column, value in enumerate(["Rui", "Costa", "rui@", "delegate"], start=1):
        sheet.cell(row=6, column=column, value=value)
    buffer = io.BytesIO()
    workbook.save(buffer)

    assert errors_of(buffer.getvalue()) == [(6, "email", "“rui@” is not a valid e-mail address.")]


def test_parse_nominees_xlsx_reads_the_first_sheet_only():
    workbook = Workbook()
    workbook.active.append(["given_name", "family_name", "email", "role"])
    workbook.active.append(["Ana", "Silva", "ana@mne.example", "head"])
    workbook.create_sheet("Notes").append(["anything", "at", "all"])
    buffer = io.BytesIO()
    workbook.save(buffer)

    result = parse_nominees(buffer.getvalue())

    assert [(row.row_number, row.email) for row in result.rows] == [(2, "ana@mne.example")]


# --- Templates -------------------------------------------------------------------------------------------------


@pytest.mark.parametrize("build", [nominee_import.build_template_csv, nominee_import.build_template_xlsx])
def test_build_template_reads_back_as_one_valid_member(build):
    result = parse_nominees(build())

    assert result.errors == []
    assert result.rows == [
        NomineeRow(
            2,
            "Amina",
            "Haddad",
            "amina.haddad@mofa.example",
            "delegate",
            "Counsellor, Permanent Mission",
            "أمينة حداد",
            "MA",
            True,
        )
    ]


def test_static_templates_match_the_builders():
    csv_file = (STATIC / "nominees-template.csv").read_bytes()
    xlsx_file = (STATIC / "nominees-template.xlsx").read_bytes()

    assert csv_file == nominee_import.build_template_csv()
    assert parse_nominees(xlsx_file) == parse_nominees(nominee_import.build_template_xlsx())


def test_header_names_each_belong_to_one_column():
    names = [
        (name, column)
        for column in nominee_import_columns.COLUMNS
        for name in nominee_import_columns.HEADER_NAMES[column]
    ]

    folded = {}
    for name, column in names:
        folded.setdefault(nominee_import_columns.fold(name), set()).add(column)

    assert {name: columns for name, columns in folded.items() if len(columns) > 1} == {}
