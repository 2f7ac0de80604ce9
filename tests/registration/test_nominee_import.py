import io

import pytest
from openpyxl import Workbook

from plenaria.registration.nominee_import import parse_nominees

pytestmark = [pytest.mark.unit]

HEADER = "given_name,family_name,email,role,title,name_in_own_script,nationality,needs_visa_letter"


def csv_bytes(*rows: str, header: str = HEADER, separator: str = ",", bom: bool = False) -> bytes:
    text = "\n".join([header.replace(",", separator), *(row.replace(",", separator) for row in rows)])
    return ("\ufeff" if bom else "").encode() + text.encode("utf-8")


def xlsx_bytes(rows: list[list]) -> bytes:
    workbook = Workbook()
    for row in rows:
        workbook.active.append(row)
    buffer = io.BytesIO()
    workbook.save(buffer)
    return buffer.getvalue()


@pytest.mark.parametrize(("separator", "bom"), [(",", False), (";", True), ("\t", False)])
def test_parse_nominees_valid_csv_gives_clean_rows(separator, bom):
    data = csv_bytes(
        "Makiko,Tanaka,Makiko@MOFA.example,Head of delegation,Minister,田中眞紀子,Japan,oui",
        "Ivan,Petrov,ivan@mid.example,délégué,,Иван Петров,RU,no",
        separator=separator,
        bom=bom,
    )

    result = parse_nominees(data)

    assert result.is_valid
    assert [
        (r.row_number, r.email, r.role, r.name_in_own_script, r.nationality, r.needs_visa_letter)
        for r in result.rows
    ] == [
        (2, "makiko@mofa.example", "head", "田中眞紀子", "JP", True),
        (3, "ivan@mid.example", "delegate", "Иван Петров", "RU", False),
    ]


def test_parse_nominees_xlsx_with_french_headers_and_numbers():
    data = xlsx_bytes(
        [
            ["Prénom", "Nom", "Courriel", "Rôle", "Fonction", "Nationalité", "Visa"],
            ["Amina", "Haddad", "amina@mofa.example", "Conseillère", 2001, "MA", 1],
            [None, None, None, None, None, None, None],
        ]
    )

    result = parse_nominees(data, filename_hint="members.xlsx")

    assert result.is_valid
    assert [(r.given_name, r.role, r.title, r.needs_visa_letter) for r in result.rows] == [
        ("Amina", "adviser", "2001", True)
    ]


def test_parse_nominees_each_error_names_row_and_column():
    data = csv_bytes(
        "Ana,Lima,ana@,delegate,,,BR,no",
        ",Silva,silva@gov.example,minister,,,Atlantis,maybe",
        "Ana,Costa,ana.costa@gov.example,head,,,BR,",
        "Rui,Mota,ana.costa@gov.example,head,,,BR,",
    )

    result = parse_nominees(data)

    assert not result.is_valid
    assert [(e.row_number, e.column) for e in result.errors] == [
        (2, "email"),
        (3, "given_name"),
        (3, "role"),
        (3, "nationality"),
        (3, "needs_visa_letter"),
        (5, "email"),
        (5, "role"),
    ]
    assert result.errors[0].message == "“ana@” is not a valid e-mail address."


def test_parse_nominees_unknown_and_missing_columns_are_reported_once():
    result = parse_nominees(csv_bytes("A,B", header="given_name,shoe_size"))

    assert [(e.row_number, e.message) for e in result.errors] == [
        (1, "Unknown columns: shoe_size."),
        (1, "Missing columns: family_name, email, role."),
    ]


def test_parse_nominees_latin1_csv_is_refused_with_advice():
    result = parse_nominees(f"{HEADER}\nJosé,Núñez,jose@x.example,delegate,,,ES,no".encode("latin-1"))

    assert [e.message for e in result.errors] == [
        "The file is not in UTF-8; save it as “CSV UTF-8” and try again."
    ]


def test_parse_nominees_more_than_500_rows_is_refused():
    rows = [f"G{n},F{n},m{n}@x.example,delegate,,,,no" for n in range(501)]

    result = parse_nominees(csv_bytes(*rows))

    assert [e.message for e in result.errors] == ["The file has more than 500 members."]
