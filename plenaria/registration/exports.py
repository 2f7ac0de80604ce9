"""The official List of Participants as CSV, XLSX and PDF: grouped by delegation (head of delegation first), then
by category and organisation for those who came on their own."""

import csv
import io
from dataclasses import dataclass
from itertools import groupby

from django.utils.translation import gettext as _
from openpyxl import Workbook
from openpyxl.styles import Font

from plenaria.common import pdf, pdf_fonts
from plenaria.common.i18n_content import localize

from .disclosure import Audience, disclose


@dataclass(frozen=True)
class ListRow:
    group: str
    role: str
    name: str
    name_in_own_script: str
    title: str
    category: str


def rows_for(participants) -> list[ListRow]:
    """The rows of the list, as the public may read it (`disclosure`): a young person's name is withheld, and their
    row comes after the named members of their group, so that its place in the alphabet gives nothing away."""
    participants = list(participants)
    shown = disclose(participants, audience=Audience.PUBLIC)
    rows = [
        (
            shown[p.pk].is_withheld,
            ListRow(
                group=p.delegation.organisation.name if p.delegation_id else (p.organisation_name or "—"),
                role=p.get_role_display() if p.role else "",
                name=shown[p.pk].name,
                name_in_own_script=shown[p.pk].name_in_own_script,
                title=shown[p.pk].title,
                category=localize(p.category.name).text,
            ),
        )
        for p in participants
    ]
    group_order = {group: index for index, group in enumerate(dict.fromkeys(row.group for _, row in rows))}
    rows.sort(key=lambda item: (group_order[item[1].group], item[0]))  # stable: the list's order otherwise
    return [row for _, row in rows]


def _headers() -> list[str]:
    return [
        _("Delegation or organisation"),
        _("Role"),
        _("Name"),
        _("Name in own script"),
        _("Title or function"),
        _("Category"),
    ]


def _values(row: ListRow) -> list[str]:
    return [row.group, row.role, row.name, row.name_in_own_script, row.title, row.category]


def to_csv(rows: list[ListRow]) -> bytes:
    buffer = io.StringIO()
    writer = csv.writer(buffer)
    writer.writerow(_headers())
    writer.writerows(_neutralised(_values(row)) for row in rows)
    return ("\ufeff" + buffer.getvalue()).encode("utf-8")  # the BOM makes spreadsheet programs read UTF-8


def _neutralised(values: list[str]) -> list[str]:
    """Cells starting with = + - @ are formulas to a spreadsheet; a quote keeps a name from running as one."""
    return [f"'{value}" if value[:1] in ("=", "+", "-", "@") else value for value in values]


def to_xlsx(rows: list[ListRow]) -> bytes:
    workbook = Workbook()
    sheet = workbook.active
    sheet.title = _("Participants")[:31]
    sheet.append(_headers())
    for cell in sheet[1]:
        cell.font = Font(bold=True)
    for row in rows:
        sheet.append(_neutralised(_values(row)))
    for column, width in zip("ABCDEF", (40, 22, 32, 28, 36, 28), strict=True):
        sheet.column_dimensions[column].width = width
    sheet.freeze_panes = "A2"
    buffer = io.BytesIO()
    workbook.save(buffer)
    return buffer.getvalue()


def to_pdf(rows: list[ListRow], *, congress_name: str, host: str) -> bytes:
    title = _("List of Participants")
    story = []
    for group, members in groupby(rows, key=lambda row: row.group):
        story.append(pdf.paragraph(group, "strong"))
        for member in members:
            line = member.name
            if member.name_in_own_script and pdf_fonts.can_render(member.name_in_own_script):
                line += f"  {member.name_in_own_script}"
            details = ", ".join(part for part in (member.role, member.title) if part)
            story.append(pdf.paragraph(f"{line} — {details}" if details else line, "body"))
    if not rows:
        story.append(pdf.paragraph(_("No participant has been accredited yet."), "body"))
    letterhead = pdf.Letterhead(title=congress_name, lines=(host, title), footer=title)
    return pdf.render_pdf(letterhead=letterhead, story=story, title=title, author=host)
