"""The QR code on a badge, drawn as one filled path of its dark runs (fast, and sharp at any print size). The
check-in pages draw the same runs as SVG."""

import functools
import itertools

from reportlab.graphics.barcode.qr import QrCodeWidget
from reportlab.lib import colors
from reportlab.pdfgen.canvas import Canvas

from .layouts import Box

QR_QUIET_ZONE = 4  # modules of white around the code, as the standard asks


@functools.lru_cache(maxsize=64)
def qr_dark_runs(payload: str) -> tuple[int, tuple[tuple[int, int, int], ...]]:
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
    count, runs = qr_dark_runs(payload)
    x, y, width, height = box.points
    side = min(width, height)
    module = side / (count + 2 * QR_QUIET_ZONE)
    canvas.saveState()
    canvas.setFillColor(colors.white)
    canvas.rect(x, y, side, side, stroke=0, fill=1)
    canvas.transform(module, 0, 0, module, x + QR_QUIET_ZONE * module, y + QR_QUIET_ZONE * module)
    canvas.setFillColor(colors.black)
    path = canvas.beginPath()
    for row, column, length in runs:
        path.rect(column, count - 1 - row, length, 1)
    canvas.drawPath(path, stroke=0, fill=1)
    canvas.restoreState()
