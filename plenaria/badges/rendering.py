"""Print-ready badge PDFs: one badge per page, A6 for batch printing on a laser printer, CR80 for card printers.

Each page is drawn straight on the canvas (no Platypus), so that a batch of 3,000 badges stays fast: the fonts are
registered once (`plenaria.common.pdf_fonts.register_fonts`), the QR code is drawn as one filled path of its dark runs,
and each photo is embedded once (JPEG data passes through unchanged; the same photo twice is stored once).

Names come in any script and shrink to fit their box (`text_fitting`); sizes and positions are in `layouts`.
"""

import colorsys
from collections.abc import Sequence
from io import BytesIO

from django.utils.translation import gettext
from reportlab.lib import colors
from reportlab.lib.units import mm
from reportlab.lib.utils import ImageReader
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfgen.canvas import Canvas

from plenaria.common.pdf import GREY, INK, RULE
from plenaria.common.pdf_fonts import SERIF, SERIF_BOLD, register_fonts, shaped

from .faces import BadgeFace
from .layouts import LAYOUTS, SIZES, Box, Layout
from .qr import draw_qr_code
from .text_fitting import draw_text, text_width

WHITE = colors.white


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
    draw_text(canvas, face.organisation, layout.organisation, layout.organisation_size, bold=True, lines=3)
    draw_text(canvas, face.role, layout.role, layout.role_size, lines=2, colour=GREY)
    draw_text(canvas, face.latin_name, layout.latin_name, layout.latin_name_size, bold=True, lines=2)
    draw_text(canvas, face.own_script_name, layout.own_name, layout.own_name_size, bold=True)
    _draw_zones(canvas, face.zones, layout.zones, layout.zone_size, band_colour, on_band)
    draw_qr_code(canvas, face.qr_payload, layout.qr)
    number_box = layout.number
    draw_text(
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
    draw_text(canvas, face.category, category, layout.category_size, bold=True, lines=2, colour=ink)


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
    draw_text(canvas, gettext("No photo"), label, (10, 5), bold=True, colour=INK, centred=True)


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
            draw_text(canvas, label, inner, (size, smallest), bold=True, colour=ink)
            x += label_width + gap


def _zone_rows(names: list[str], box: Box, size: float, *, cut: bool = False):
    """Rows of (name, label width) that fit `box` at `size`, or None when they do not all fit."""
    padding, height, gap = size * 0.45, size * 1.6, size * 0.4
    width, max_rows = box.width * mm, max(1, int((box.height * mm + gap) / (height + gap)))
    rows, row, used, too_wide = [], [], 0.0, False
    for name in names:
        natural = text_width(shaped(name), size, bold=True) + 2 * padding
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
