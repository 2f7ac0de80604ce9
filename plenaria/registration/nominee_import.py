"""Reading a focal point's file of delegation members (CSV or XLSX) into checked rows.

Nothing is nominated here: the caller nominates only when `ImportResult.is_valid`, so a file with one bad row
imports nothing and the focal point corrects the whole file at once. Row numbers are those the person sees in their
spreadsheet (the header is row 1). The file's type is decided by its content, never by its name.

The work is shared by: `nominee_import_columns` (the columns and the names understood in them),
`nominee_import_reading` (file → table of cells), `nominee_import_checking` (table → rows and errors) and
`nominee_import_templates` (the downloadable templates; regenerate the copies in `static/registration/` with
`python -m plenaria.registration.nominee_import`).
"""

from pathlib import Path

from .nominee_import_checking import ImportResult, NomineeRow, RowError, check_table
from .nominee_import_reading import UnreadableFile, read_table
from .nominee_import_templates import build_template, build_template_csv, build_template_xlsx

__all__ = [
    "ImportResult",
    "NomineeRow",
    "RowError",
    "build_template",
    "build_template_csv",
    "build_template_xlsx",
    "parse_nominees",
]


def parse_nominees(file_bytes: bytes, *, filename_hint: str = "") -> ImportResult:
    """Read an XLSX or UTF-8 CSV file of delegation members and check every row; see `ImportResult.is_valid`."""
    try:
        table = read_table(file_bytes, filename_hint)
    except UnreadableFile as error:
        return ImportResult(errors=[RowError(None, "", str(error))])
    return check_table(table)


if __name__ == "__main__":
    static = Path(__file__).parent / "static" / "registration"
    static.mkdir(parents=True, exist_ok=True)
    (static / "nominees-template.csv").write_bytes(build_template_csv())
    (static / "nominees-template.xlsx").write_bytes(build_template_xlsx())
