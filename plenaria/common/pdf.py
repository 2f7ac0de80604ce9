"""Printed documents: A4 pages under the congress letterhead, with page numbers and fonts that ship with Plenaria.

Text is rendered in the active language. ReportLab neither shapes Arabic nor reorders right-to-left text without
`rlbidi`, which is not on PyPI, so `paragraph()` does both itself (arabic-reshaper, python-bidi) and picks a font
for each run of Arabic, Japanese, Chinese or Korean characters. Every font is embedded (only the glyphs used), so a
PDF looks the same in every reader, whatever fonts the machine that prints it has.
"""

import functools
from dataclasses import dataclass
from io import BytesIO
from xml.sax.saxutils import escape

from bidi.algorithm import get_display  # the pure-Python algorithm mirrors brackets; the Rust one does not
from django.utils import translation
from django.utils.translation import gettext
from reportlab.graphics.barcode.qr import QrCodeWidget
from reportlab.graphics.shapes import Drawing
from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER, TA_LEFT, TA_RIGHT
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import (
    BaseDocTemplate,
    Flowable,
    Frame,
    NextPageTemplate,
    PageTemplate,
    Paragraph,
    Table,
)

from .pdf_fonts import ARABIC_LETTERS, SERIF, SERIF_BOLD, font_runs, register_fonts, shaped

INK = colors.HexColor("#1b1b1b")
NAVY = colors.HexColor("#1f3b5c")
GREY = colors.HexColor("#5b6470")
RULE = colors.HexColor("#b8c0ca")

PAGE_WIDTH, PAGE_HEIGHT = A4
MARGIN_X = 25 * mm
CONTENT_WIDTH = PAGE_WIDTH - 2 * MARGIN_X
_MASTHEAD_TOP = 15 * mm
_LATER_PAGE_TOP = 30 * mm  # below the running header
_BOTTOM = 24 * mm  # above the footer


@dataclass(frozen=True)
class Letterhead:
    """What heads the first page (`title`, then one smaller line per entry of `lines`) and ends every page."""

    title: str
    lines: tuple[str, ...] = ()
    footer: str = ""


def is_rtl() -> bool:
    return translation.get_language_bidi()


def _is_cjk_language() -> bool:
    return (translation.get_language() or "").split("-")[0] in ("ja", "zh", "ko")


def in_reading_order(cells: list) -> list:
    """Table cells from the start of the line: left to right, or right to left in Arabic."""
    return list(reversed(cells)) if is_rtl() else list(cells)


# Name: (base font, size, leading, colour, space after). All start on the reading side unless centred below.
_STYLES = {
    "body": (SERIF, 10.5, 14.5, INK, 7),
    "strong": (SERIF_BOLD, 10.5, 14.5, INK, 7),
    "line": (SERIF, 10.5, 14.5, INK, 0),
    "line_strong": (SERIF_BOLD, 10.5, 14.5, INK, 0),
    "title": (SERIF_BOLD, 13.5, 18, NAVY, 10),
    "label": (SERIF, 8.5, 11, GREY, 0),
    "value": (SERIF_BOLD, 10, 13, INK, 0),
    "small": (SERIF, 8.5, 11.5, GREY, 0),
    "masthead": (SERIF_BOLD, 12.5, 16, NAVY, 0),
    "masthead_line": (SERIF, 8.5, 11.5, GREY, 0),
    "footer": (SERIF, 7.5, 9.5, GREY, 0),
    "footer_end": (SERIF, 7.5, 9.5, GREY, 0),
}


@functools.cache
def _styles(*, rtl: bool, cjk: bool) -> dict[str, ParagraphStyle]:
    alignment = {
        "masthead": TA_CENTER,
        "masthead_line": TA_CENTER,
        "footer_end": TA_LEFT if rtl else TA_RIGHT,
    }
    return {
        name: ParagraphStyle(
            name,
            fontName=font,
            fontSize=size,
            leading=leading,
            textColor=colour,
            spaceAfter=space_after,
            alignment=alignment.get(name, TA_RIGHT if rtl else TA_LEFT),
            wordWrap="CJK" if cjk else None,  # Chinese and Japanese break lines between characters
        )
        for name, (font, size, leading, colour, space_after) in _STYLES.items()
    }


def styles() -> dict[str, ParagraphStyle]:
    """The paragraph styles for the active language, by name (see `_STYLES`)."""
    register_fonts()
    return _styles(rtl=is_rtl(), cjk=_is_cjk_language())


def _markup(text: str, *, bold: bool) -> str:
    return "".join(
        escape(piece) if font in (SERIF, SERIF_BOLD) else f'<font face="{font}">{escape(piece)}</font>'
        for font, piece in font_runs(text, bold=bold)
    )


def _width(text: str, style: ParagraphStyle) -> float:
    bold = style.fontName == SERIF_BOLD
    return sum(
        pdfmetrics.stringWidth(piece, font, style.fontSize) for font, piece in font_runs(text, bold=bold)
    )


class _RightToLeftParagraph(Flowable):
    """A paragraph in a right-to-left language, broken into lines here and each line reordered for display."""

    def __init__(self, text: str, style: ParagraphStyle):
        super().__init__()
        self.words, self.style = shaped(text).split(), style
        # A line without Arabic (a URL, a passport number) keeps its own order, trailing "/" or "." included.
        self.base_direction = "R" if ARABIC_LETTERS.search(text) else "L"
        self.spaceBefore, self.spaceAfter = style.spaceBefore, style.spaceAfter

    def _paragraph(self, width: float) -> Paragraph:
        lines, line = [], []
        for word in self.words:
            if line and _width(" ".join([*line, word]), self.style) > width:
                lines.append(line)
                line = []
            line.append(word)
        lines.append(line)
        bold = self.style.fontName == SERIF_BOLD
        visual = [
            _markup(get_display(" ".join(words), base_dir=self.base_direction), bold=bold) for words in lines
        ]
        return Paragraph("<br/>".join(visual), self.style)

    def wrap(self, available_width, available_height):
        self._para = self._paragraph(available_width)
        return self._para.wrap(available_width, available_height)

    def split(self, available_width, available_height):
        return self._paragraph(available_width).split(available_width, available_height)

    def draw(self):
        self._para.drawOn(self.canv, 0, 0)


def paragraph(text: str, style: ParagraphStyle | str = "body") -> Flowable:
    """Plain text (never markup) as a paragraph in the active language's direction and fonts."""
    style = styles()[style] if isinstance(style, str) else style
    if is_rtl():
        return _RightToLeftParagraph(text, style)
    text = shaped(text)
    if ARABIC_LETTERS.search(text):  # an Arabic name inside a left-to-right letter
        text = get_display(text)
    return Paragraph(_markup(text, bold=style.fontName == SERIF_BOLD), style)


def qr_code(value: str, *, size: float) -> Drawing:
    """A square QR code of `size` points, quiet zone included; level M survives a crease or a stamp."""
    widget = QrCodeWidget(value, barLevel="M")
    left, bottom, right, top = widget.getBounds()
    scale = [size / (right - left), 0, 0, size / (top - bottom), 0, 0]
    drawing = Drawing(size, size, transform=scale, initialFontName=SERIF)  # Helvetica would not be embedded
    drawing.add(widget)
    return drawing


def table(rows: list[list], *, widths: list[float], style: list[tuple] = ()) -> Table:
    """A layout table in reading order: cells are given from the start of the line, widths likewise."""
    grid = Table([in_reading_order(row) for row in rows], colWidths=in_reading_order(widths), hAlign="CENTER")
    grid.setStyle(
        [
            ("FONT", (0, 0), (-1, -1), SERIF),  # not ReportLab's default, Helvetica, which is not embedded
            ("VALIGN", (0, 0), (-1, -1), "TOP"),
            *[(f"{side}PADDING", (0, 0), (-1, -1), 0) for side in ("LEFT", "RIGHT", "TOP", "BOTTOM")],
            *style,
        ]
    )
    return grid


def details_table(rows: list[tuple[str, str]], *, label_width: float = 55 * mm) -> Table:
    """Label and value pairs, one per line, as on a form: labels in grey, values in bold."""
    cells = [[paragraph(label, "label"), paragraph(value, "value")] for label, value in rows]
    rules = [("LINEBELOW", (0, 0), (-1, -1), 0.4, RULE), ("LINEABOVE", (0, 0), (-1, 0), 0.4, RULE)]
    padding = [(side, (0, 0), (-1, -1), 2.5) for side in ("TOPPADDING", "BOTTOMPADDING")]
    return table(cells, widths=[label_width, CONTENT_WIDTH - label_width], style=[*padding, *rules])


def _masthead(letterhead: Letterhead) -> tuple[list[tuple[Flowable, float]], float]:
    """The letterhead's centred lines with their heights, and the distance from the page top to its rule."""
    lines = [(paragraph(letterhead.title, "masthead"), 3)] + [
        (paragraph(line, "masthead_line"), 1.5) for line in letterhead.lines
    ]
    placed, depth = [], _MASTHEAD_TOP
    for flowable, gap in lines:
        _, height = flowable.wrap(CONTENT_WIDTH, PAGE_HEIGHT)
        placed.append((flowable, depth + height))
        depth += height + gap
    return placed, depth + 2 * mm


def _draw_letterhead(canvas: Canvas, document: BaseDocTemplate) -> None:
    placed, rule_depth = _masthead(document.letterhead)
    canvas.saveState()
    for flowable, bottom_depth in placed:
        flowable.drawOn(canvas, MARGIN_X, PAGE_HEIGHT - bottom_depth)
    canvas.setStrokeColor(NAVY)
    canvas.setLineWidth(0.6)
    canvas.line(MARGIN_X, PAGE_HEIGHT - rule_depth, PAGE_WIDTH - MARGIN_X, PAGE_HEIGHT - rule_depth)
    canvas.restoreState()


def _draw_running_header(canvas: Canvas, document: BaseDocTemplate) -> None:
    header = paragraph(document.letterhead.title, "masthead_line")
    _, height = header.wrap(CONTENT_WIDTH, PAGE_HEIGHT)
    canvas.saveState()
    header.drawOn(canvas, MARGIN_X, PAGE_HEIGHT - 14 * mm - height)
    canvas.setStrokeColor(RULE)
    canvas.setLineWidth(0.4)
    rule_y = PAGE_HEIGHT - 16 * mm - height
    canvas.line(MARGIN_X, rule_y, PAGE_WIDTH - MARGIN_X, rule_y)
    canvas.restoreState()


def _draw_footer(canvas: Canvas, letterhead: Letterhead, number: int, count: int) -> None:
    page = gettext("Page %(number)s of %(count)s") % {"number": number, "count": count}
    widths = in_reading_order([CONTENT_WIDTH * 0.75, CONTENT_WIDTH * 0.25])
    cells = in_reading_order([paragraph(letterhead.footer, "footer"), paragraph(page, "footer_end")])
    canvas.saveState()
    canvas.setStrokeColor(RULE)
    canvas.setLineWidth(0.4)
    canvas.line(MARGIN_X, 17 * mm, PAGE_WIDTH - MARGIN_X, 17 * mm)
    x = MARGIN_X
    for flowable, width in zip(cells, widths, strict=True):
        _, height = flowable.wrap(width, 20 * mm)
        flowable.drawOn(canvas, x, 15.5 * mm - height)
        x += width
    canvas.restoreState()


def _numbered_canvas(letterhead: Letterhead) -> type[Canvas]:
    """A canvas that holds its pages back until the end, so that each footer can say "Page 1 of 2"."""

    class NumberedCanvas(Canvas):
        def __init__(self, *args, **kwargs):
            super().__init__(*args, **kwargs)
            self._held_pages = []

        def showPage(self):
            self._held_pages.append(dict(self.__dict__))
            self._startPage()

        def save(self):
            for number, page in enumerate(self._held_pages, start=1):
                self.__dict__.update(page)
                _draw_footer(self, letterhead, number, len(self._held_pages))
                super().showPage()
            super().save()

    return NumberedCanvas


def render_pdf(*, letterhead: Letterhead, story: list[Flowable], title: str, author: str) -> bytes:
    """Lay `story` out on A4 pages under `letterhead` and return the PDF."""
    register_fonts()
    first_page_top = _masthead(letterhead)[1] + 7 * mm
    buffer = BytesIO()
    frame = {"x1": MARGIN_X, "width": CONTENT_WIDTH, "leftPadding": 0, "rightPadding": 0, "topPadding": 0}
    document = BaseDocTemplate(
        buffer,
        pagesize=A4,
        title=title,
        author=author,
        creator="Plenaria",
        lang=translation.get_language(),
        initialFontName=SERIF,  # or the canvas would list Helvetica, a font the PDF does not embed
    )
    document.letterhead = letterhead
    document.addPageTemplates(
        [
            PageTemplate(
                "first",
                [Frame(y1=_BOTTOM, height=PAGE_HEIGHT - first_page_top - _BOTTOM, **frame)],
                onPage=_draw_letterhead,
            ),
            PageTemplate(
                "later",
                [Frame(y1=_BOTTOM, height=PAGE_HEIGHT - _LATER_PAGE_TOP - _BOTTOM, **frame)],
                onPage=_draw_running_header,
            ),
        ]
    )
    document.build([NextPageTemplate("later"), *story], canvasmaker=_numbered_canvas(letterhead))
    return buffer.getvalue()
