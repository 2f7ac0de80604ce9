"""Print-ready badge PDFs: one badge per page, A6 for batch printing on a laser printer, CR80 for card printers.

Each page is drawn straight on the canvas (no Platypus), so that a batch of 3,000 badges stays fast: the fonts are
registered once (`plenaria.common.pdf.register_fonts`), the QR code is drawn as one filled path of its dark runs,
and each photo is embedded once (JPEG data passes through unchanged; the same photo twice is stored once).

Names come in any script: `plenaria.common.pdf` splits a line into runs of one script and shapes Arabic; here each
line is reordered for display (python-bidi) and shrunk, then wrapped, until it fits its box. Nothing overflows: at
the smallest size, a line that still does not fit is cut with an ellipsis.
"""

import colorsys
import functools
import itertools
import re
from collections.abc import Sequence
from dataclasses import dataclass
from io import BytesIO

from bidi.algorithm import get_display
from django.utils.translation import gettext
from reportlab.graphics.barcode.qr import QrCodeWidget
from reportlab.lib import colors
from reportlab.lib.units import mm
from reportlab.lib.utils import ImageReader
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfgen.canvas import Canvas

from plenaria.common.pdf import (
    ARABIC_LETTERS,
    CHINESE,
    GREY,
    INK,
    JAPANESE,
    JAPANESE_BOLD,
    RULE,
    SERIF,
    SERIF_BOLD,
    font_runs,
    register_fonts,
    shaped,
)

from .faces import BadgeFace

WHITE = colors.white
_KANA = re.compile("[\u3040-\u30ff\u31f0-\u31ff\uff66-\uff9f]")
_LEADING = 1.18  # line height, as a multiple of the font size
_ELLIPSIS = "…"
QR_QUIET_ZONE = 4  # modules of white around the code, as the standard asks


@dataclass(frozen=True)
class Box:
    """A rectangle on the page, in millimetres from the bottom left corner."""

    x: float
    y: float
    width: float
    height: float

    @property
    def points(self) -> tuple[float, float, float, float]:
        return self.x * mm, self.y * mm, self.width * mm, self.height * mm


@dataclass(frozen=True)
class Layout:
    """Where each part of a badge goes, and the largest and smallest font sizes of its text (points)."""

    width: float  # mm
    height: float
    band: Box
    letter_code_size: float
    category_size: tuple[float, float]
    photo: Box
    organisation: Box
    organisation_size: tuple[float, float]
    role: Box
    role_size: tuple[float, float]
    latin_name: Box
    latin_name_size: tuple[float, float]
    own_name: Box
    own_name_size: tuple[float, float]
    zones: Box
    zone_size: tuple[float, float]
    qr: Box  # a square, the quiet zone included
    number: Box
    number_size: float


LAYOUTS = {
    # 105 × 148 mm portrait. The QR code is 34 mm wide with its quiet zone, 27.4 mm without (33 modules).
    "A6": Layout(
        width=105,
        height=148,
        band=Box(0, 122, 105, 26),
        letter_code_size=58,
        category_size=(13, 7),
        photo=Box(7, 78, 32, 40),
        organisation=Box(43, 96, 55, 22),
        organisation_size=(13, 7),
        role=Box(43, 80, 55, 14),
        role_size=(11, 6.5),
        latin_name=Box(7, 55, 91, 20),
        latin_name_size=(24, 9),
        own_name=Box(7, 42, 91, 12),
        own_name_size=(19, 8),
        zones=Box(7, 12, 58, 27),
        zone_size=(9, 6),
        qr=Box(66, 6, 34, 34),
        number=Box(7, 5, 58, 5),
        number_size=7,
    ),
    # 85.6 × 54 mm landscape. The QR code is 26 mm wide with its quiet zone, 20.9 mm without.
    "CR80": Layout(
        width=85.6,
        height=54,
        band=Box(0, 44, 85.6, 10),
        letter_code_size=24,
        category_size=(9, 5.5),
        photo=Box(3.5, 17, 19, 25),
        organisation=Box(25, 26.8, 57, 3.8),
        organisation_size=(8, 5),
        role=Box(25, 21, 33, 5),
        role_size=(7, 4.5),
        latin_name=Box(25, 35.5, 57, 7.5),
        latin_name_size=(13, 6),
        own_name=Box(25, 31, 57, 4.5),
        own_name_size=(10, 5),
        zones=Box(3.5, 5.5, 54.5, 10.5),
        zone_size=(6.5, 4.5),
        qr=Box(59.3, 0.3, 26, 26),
        number=Box(3.5, 1.2, 54.5, 3.5),
        number_size=5.5,
    ),
}
SIZES = tuple(LAYOUTS)


def render_badges(faces: Sequence[BadgeFace], *, size: str) -> bytes:
    """One PDF with one badge per page, in the order of `faces`; `size` is "A6" or "CR80"."""
    if size not in LAYOUTS:
        raise ValueError(f"Unknown badge size {size!r}: choose one of {', '.join(SIZES)}.")
    layout = LAYOUTS[size]
    register_fonts()
    buffer = BytesIO()
    canvas = Canvas(
        buffer,
        pagesize=(layout.width * mm, layout.height * mm),
        pageCompression=1,
        initialFontName=SERIF,  # not Helvetica, which the PDF would not embed
    )
    canvas.setTitle(gettext("Badge"))
    canvas.setCreator("Plenaria")
    for face in faces:
        _draw_badge(canvas, face, layout)
        canvas.showPage()
    canvas.save()
    return buffer.getvalue()


def _draw_badge(canvas: Canvas, face: BadgeFace, layout: Layout) -> None:
    if not face.qr_payload:
        raise ValueError(
            f"Badge {face.registration_number}: no QR secret; a badge without one cannot be scanned."
        )
    band_colour = _colour(face)
    on_band = _ink_on(band_colour)
    _draw_band(canvas, face, layout, band_colour, on_band)
    if face.no_photo_marker:
        _draw_no_photo_marker(canvas, layout.photo)
    elif face.photo:
        _draw_photo(canvas, face, layout.photo)
    else:
        _frame(canvas, layout.photo, RULE)
    _draw_text(canvas, face.organisation, layout.organisation, layout.organisation_size, bold=True, lines=3)
    _draw_text(canvas, face.role, layout.role, layout.role_size, lines=2, colour=GREY)
    _draw_text(canvas, face.latin_name, layout.latin_name, layout.latin_name_size, bold=True, lines=2)
    _draw_text(canvas, face.own_script_name, layout.own_name, layout.own_name_size, bold=True)
    _draw_zones(canvas, face.zones, layout.zones, layout.zone_size, band_colour, on_band)
    draw_qr_code(canvas, face.qr_payload, layout.qr)
    number_box = layout.number
    _draw_text(
        canvas, face.registration_number, number_box, (layout.number_size, layout.number_size), colour=GREY
    )


# The colour band -----------------------------------------------------------------------------------------------


def _colour(face: BadgeFace) -> colors.Color:
    try:
        return colors.HexColor(face.colour)
    except (ValueError, TypeError) as error:
        raise ValueError(
            f"Badge {face.registration_number}: the category colour {face.colour!r} is not a colour like #b22222."
        ) from error


def _ink_on(background: colors.Color) -> colors.Color:
    """White on dark colours, black on light ones (yellow, pink), by perceived lightness."""
    lightness = colorsys.rgb_to_hls(*background.rgb())[1]
    luma = 0.299 * background.red + 0.587 * background.green + 0.114 * background.blue
    return INK if luma > 0.6 or lightness > 0.8 else WHITE


def _draw_band(canvas: Canvas, face: BadgeFace, layout: Layout, colour, ink) -> None:
    x, y, width, height = layout.band.points
    canvas.setFillColor(colour)
    canvas.rect(x, y, width, height, stroke=0, fill=1)
    code = face.letter_code
    code_width = pdfmetrics.stringWidth(code, SERIF_BOLD, layout.letter_code_size)
    margin = layout.photo.x * mm
    code_size = min(layout.letter_code_size, (width * 0.4) / max(code_width, 1) * layout.letter_code_size)
    code_width = pdfmetrics.stringWidth(code, SERIF_BOLD, code_size)
    canvas.setFillColor(ink)
    canvas.setFont(SERIF_BOLD, code_size)
    baseline = y + (height - code_size * 0.7) / 2  # capitals are about 0.7 of the font size
    canvas.drawString(x + width - margin - code_width, baseline, code)
    category = Box(
        layout.band.x + layout.photo.x,
        layout.band.y + 1,
        (width - code_width - 3 * margin) / mm,
        layout.band.height - 2,
    )
    _draw_text(canvas, face.category, category, layout.category_size, bold=True, lines=2, colour=ink)


# Text in any script, shrunk to fit -----------------------------------------------------------------------------


def _font_for(font: str, piece: str) -> str:
    """The font of one run: pdf.py picks Japanese or Chinese by the reader's language; a badge by the name."""
    if font not in (JAPANESE, JAPANESE_BOLD, CHINESE) or _KANA.search(piece):
        return font
    return font if _is_japanese_han(piece) else CHINESE


@functools.cache
def _is_japanese_han(text: str) -> bool:
    # Chinese characters that Japanese writing also uses; simplified-only ones (张, 伟, 刘) are not in JIS X 0213.
    try:
        text.encode("euc_jis_2004")
    except UnicodeEncodeError:
        return False
    return True


def _pieces(visual_line: str, *, bold: bool) -> list[tuple[str, str]]:
    return [(_font_for(font, piece), piece) for font, piece in font_runs(visual_line, bold=bold)]


def _visual(logical_line: str) -> str:
    return get_display(logical_line) if ARABIC_LETTERS.search(logical_line) else logical_line


def text_width(logical_line: str, size: float, *, bold: bool = False) -> float:
    """The width in points of one line of text (shaped, in reading order) as drawn at `size`."""
    return _width(logical_line, bold=bold) * size


def _width(logical_line: str, *, bold: bool) -> float:
    """Width at a font size of 1 point."""
    return sum(
        pdfmetrics.stringWidth(piece, font, 1) for font, piece in _pieces(_visual(logical_line), bold=bold)
    )


def _wrappings(words: list[str], lines: int) -> list[list[str]]:
    """The text on one line, and on two or three lines split between words as evenly as can be."""
    options = [[" ".join(words)]]
    for count in range(2, min(lines, len(words)) + 1):
        for cuts in itertools.combinations(range(1, len(words)), count - 1):
            bounds = (0, *cuts, len(words))
            options.append([" ".join(words[start:end]) for start, end in itertools.pairwise(bounds)])
    return options


def fit_text(text: str, box: Box, sizes: tuple[float, float], *, bold: bool = False, lines: int = 1):
    """(font size, logical lines): the largest size up to sizes[0] at which `text` fits `box` in at most `lines`
    lines; at the smallest size, sizes[1], lines that still do not fit are cut with an ellipsis."""
    largest, smallest = sizes
    words = shaped(text).split()
    if not words:
        return largest, []
    lines = min(lines, max(1, int(box.height * mm / (smallest * _LEADING))))
    best_size, best_lines = 0.0, []
    for option in _wrappings(words, lines) if len(words) <= 12 else [[" ".join(words)]]:
        widest = max(_width(line, bold=bold) for line in option)
        size = min(largest, box.width * mm / widest, box.height * mm / (len(option) * _LEADING))
        # One more line only when it makes the text clearly bigger: a short name stays on one line.
        if size > best_size * (1.15 if len(option) > len(best_lines) else 1) + 0.01:
            best_size, best_lines = size, option
    if best_size >= smallest:
        return best_size, best_lines
    # Too long even at the smallest size: as many lines as fit, each cut to the width.
    lines_that_fit = max(1, min(lines, int(box.height * mm / (smallest * _LEADING))))
    wrapped = _greedy(words, box.width * mm / smallest, bold=bold)
    if len(wrapped) > lines_that_fit:
        wrapped = [*wrapped[: lines_that_fit - 1], " ".join(wrapped[lines_that_fit - 1 :])]
    return smallest, [_cut(line, box.width * mm / smallest, bold=bold) for line in wrapped]


def _greedy(words: list[str], width: float, *, bold: bool) -> list[str]:
    lines, line = [], []
    for word in words:
        if line and _width(" ".join([*line, word]), bold=bold) > width:
            lines.append(" ".join(line))
            line = []
        line.append(word)
    return [*lines, " ".join(line)]


def _cut(line: str, width: float, *, bold: bool) -> str:
    if _width(line, bold=bold) <= width:
        return line
    low, high = 0, len(line)  # the longest beginning that fits with the ellipsis
    while low < high:
        middle = (low + high + 1) // 2
        if _width(line[:middle].rstrip() + _ELLIPSIS, bold=bold) <= width:
            low = middle
        else:
            high = middle - 1
    return line[:low].rstrip() + _ELLIPSIS


def _draw_text(canvas, text, box: Box, sizes, *, bold=False, lines=1, colour=INK, centred=False) -> None:
    """Draw `text` in `box`, from its top; each line starts on the side of its script's direction."""
    if not text or not text.strip():
        return
    size, logical_lines = fit_text(text, box, sizes, bold=bold, lines=lines)
    x, y, width, height = box.points
    canvas.setFillColor(colour)
    top = y + height - size * 0.95  # the first baseline, below the ascenders
    for number, logical in enumerate(logical_lines):
        pieces = _pieces(_visual(logical), bold=bold)
        line_width = sum(pdfmetrics.stringWidth(piece, font, size) for font, piece in pieces)
        if centred:
            start = x + (width - line_width) / 2
        elif ARABIC_LETTERS.search(logical):
            start = x + width - line_width  # Arabic lines start on the right
        else:
            start = x
        baseline = top - number * size * _LEADING
        for font, piece in pieces:
            canvas.setFont(font, size)
            canvas.drawString(start, baseline, piece)
            start += pdfmetrics.stringWidth(piece, font, size)


# Photo, or the marker that none may be printed -------------------------------------------------------------------


def _frame(canvas: Canvas, box: Box, colour) -> None:
    canvas.setStrokeColor(colour)
    canvas.setLineWidth(0.6)
    canvas.rect(*box.points, stroke=1, fill=0)


def _draw_photo(canvas: Canvas, face: BadgeFace, box: Box) -> None:
    """The photo, centred and cropped to fill the box (passport photos are 35 × 45 mm, near enough)."""
    try:
        image = ImageReader(BytesIO(face.photo))
        image_width, image_height = image.getSize()
    except Exception as error:
        raise ValueError(
            f"Badge {face.registration_number}: the photo is not a readable JPEG or PNG."
        ) from error
    x, y, width, height = box.points
    scale = max(width / image_width, height / image_height)
    drawn_width, drawn_height = image_width * scale, image_height * scale
    canvas.saveState()
    path = canvas.beginPath()
    path.rect(x, y, width, height)
    canvas.clipPath(path, stroke=0, fill=0)
    canvas.drawImage(
        image, x + (width - drawn_width) / 2, y + (height - drawn_height) / 2, drawn_width, drawn_height
    )
    canvas.restoreState()


def _draw_no_photo_marker(canvas: Canvas, box: Box) -> None:
    """A crossed-out head and shoulders in a dashed box, and the words "No photo": clearly on purpose."""
    x, y, width, height = box.points
    canvas.saveState()
    canvas.setFillColor(colors.HexColor("#f1f3f5"))
    canvas.setStrokeColor(GREY)
    canvas.setLineWidth(0.8)
    canvas.setDash(3, 2)
    canvas.rect(x, y, width, height, stroke=1, fill=1)
    canvas.setDash()
    centre_x, figure_bottom, unit = x + width / 2, y + height * 0.32, min(width, height * 0.64) / 4
    canvas.setFillColor(colors.HexColor("#c3c9d0"))
    canvas.circle(centre_x, figure_bottom + unit * 2.3, unit * 0.8, stroke=0, fill=1)  # head
    shoulders = canvas.beginPath()
    shoulders.moveTo(centre_x - unit * 1.5, figure_bottom)
    shoulders.curveTo(
        centre_x - unit * 1.5,
        figure_bottom + unit * 1.5,
        centre_x + unit * 1.5,
        figure_bottom + unit * 1.5,
        centre_x + unit * 1.5,
        figure_bottom,
    )
    shoulders.close()
    canvas.drawPath(shoulders, stroke=0, fill=1)
    canvas.setStrokeColor(colors.HexColor("#b22222"))
    canvas.setLineWidth(max(1.2, unit * 0.25))
    canvas.line(
        centre_x - unit * 1.8, figure_bottom - unit * 0.2, centre_x + unit * 1.8, figure_bottom + unit * 3.4
    )
    canvas.restoreState()
    label = Box(box.x + 1, box.y + 1, box.width - 2, box.height * 0.2)
    _draw_text(canvas, gettext("No photo"), label, (10, 5), bold=True, colour=INK, centred=True)


# Access zones --------------------------------------------------------------------------------------------------


def _draw_zones(canvas: Canvas, zones: Sequence[str], box: Box, sizes, colour, ink) -> None:
    """One filled label per zone, in rows from the top of `box`, at the largest size at which all of them fit."""
    names = [name for name in zones if name.strip()]
    if not names:
        return
    largest, smallest = sizes
    size = largest
    while True:
        rows = _zone_rows(names, box, size)
        if rows is not None or size <= smallest:
            break
        size = max(smallest, size - 0.5)
    if rows is None:  # even at the smallest size: as many as fit, the last row cut
        rows = _zone_rows(names, box, smallest, cut=True)
    padding, height, gap = size * 0.45, size * 1.6, size * 0.4
    x0, y0, _, box_height = box.points
    top = y0 + box_height
    for row_number, row in enumerate(rows):
        x = x0
        y = top - (row_number + 1) * height - row_number * gap
        for label, label_width in row:
            canvas.setFillColor(colour)
            canvas.roundRect(x, y, label_width, height, size * 0.3, stroke=0, fill=1)
            inner = Box(
                (x + padding) / mm,
                (y + (height - size * 1.18) / 2) / mm,
                (label_width - 2 * padding) / mm,
                size * 1.2 / mm,
            )
            _draw_text(canvas, label, inner, (size, smallest), bold=True, colour=ink)
            x += label_width + gap


def _zone_rows(names: list[str], box: Box, size: float, *, cut: bool = False):
    """Rows of (name, label width) that fit `box` at `size`, or None when they do not all fit."""
    padding, height, gap = size * 0.45, size * 1.6, size * 0.4
    width, max_rows = box.width * mm, max(1, int((box.height * mm + gap) / (height + gap)))
    rows, row, used, too_wide = [], [], 0.0, False
    for name in names:
        natural = _width(shaped(name), bold=True) * size + 2 * padding
        too_wide = too_wide or natural > width
        label_width = min(width, natural)
        if row and used + gap + label_width > width:
            rows.append(row)
            row, used = [], 0.0
        used += (gap if row else 0) + label_width
        row.append((name, label_width))
    rows.append(row)
    if len(rows) <= max_rows and not too_wide:
        return rows
    return rows[:max_rows] if cut else None


# QR code -------------------------------------------------------------------------------------------------------


@functools.lru_cache(maxsize=64)
def _qr_runs(payload: str) -> tuple[int, tuple[tuple[int, int, int], ...]]:
    """The module count, and the dark runs of the code as (row from the top, first column, length)."""
    qr = QrCodeWidget(payload, barLevel="M").qr
    qr.make()
    runs = []
    for row_number, row in enumerate(qr.modules):
        column = 0
        for dark, group in itertools.groupby(bool(module) for module in row):
            length = sum(1 for _ in group)
            if dark:
                runs.append((row_number, column, length))
            column += length
    return qr.getModuleCount(), tuple(runs)


def draw_qr_code(canvas: Canvas, payload: str, box: Box) -> None:
    """The QR code of `payload` (error correction M) filling the square `box`, its quiet zone included: a white
    square, then one path of the dark runs in a coordinate system of one unit per module."""
    count, runs = _qr_runs(payload)
    x, y, width, height = box.points
    side = min(width, height)
    module = side / (count + 2 * QR_QUIET_ZONE)
    canvas.saveState()
    canvas.setFillColor(WHITE)
    canvas.rect(x, y, side, side, stroke=0, fill=1)
    canvas.transform(module, 0, 0, module, x + QR_QUIET_ZONE * module, y + QR_QUIET_ZONE * module)
    canvas.setFillColor(colors.black)
    path = canvas.beginPath()
    for row, column, length in runs:
        path.rect(column, count - 1 - row, length, 1)
    canvas.drawPath(path, stroke=0, fill=1)
    canvas.restoreState()
