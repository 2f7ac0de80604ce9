"""Text in any script on a badge: each line reordered for display (python-bidi), then shrunk and wrapped until
it fits its box. Nothing overflows: at the smallest size, a line that still does not fit is cut with an ellipsis.

Runs of one script come from `plenaria.common.pdf_fonts.font_runs`, which also shapes Arabic. A name in Chinese
characters is set in the Japanese font when Japanese writing uses all of them, otherwise in the Chinese one.
"""

import functools
import itertools
import re

from bidi.algorithm import get_display
from reportlab.lib.units import mm
from reportlab.pdfbase import pdfmetrics

from plenaria.common.pdf import INK
from plenaria.common.pdf_fonts import (
    ARABIC_LETTERS,
    CHINESE,
    JAPANESE,
    cjk_font_for,
    draw_string,
    font_runs,
    shaped,
)

from .layouts import Box

_KANA = re.compile("[\u3040-\u30ff\u31f0-\u31ff\uff66-\uff9f]")
_LEADING = 1.18  # line height, as a multiple of the font size
_ELLIPSIS = "…"


def _font_for(font: str, piece: str) -> str:
    """The font of one run: pdf.py picks Japanese or Chinese by the reader's language; a badge by the name."""
    if font not in (JAPANESE, CHINESE) or _KANA.search(piece):
        return font
    return cjk_font_for(piece, JAPANESE if _is_japanese_han(piece) else CHINESE)


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


def draw_text(canvas, text, box: Box, sizes, *, bold=False, lines=1, colour=INK, centred=False) -> None:
    """Draw `text` in `box`, from its top; each line starts on the side of its script's direction."""
    if not text or not text.strip():
        return
    size, logical_lines = fit_text(text, box, sizes, bold=bold, lines=lines)
    x, y, width, height = box.points
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
            draw_string(canvas, start, baseline, piece, font=font, size=size, bold=bold, colour=colour)
            start += pdfmetrics.stringWidth(piece, font, size)
