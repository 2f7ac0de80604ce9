"""The fonts that ship with Plenaria and the text they set: runs of one script, each in the font that has its
glyphs (Arabic shaped, Chinese, Japanese or Korean by coverage), drawn embedded in the PDF. Used by the A4
documents (`pdf`) and by the badges."""

import functools
import re
import unicodedata
from pathlib import Path

import arabic_reshaper
from django.utils import translation
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen.canvas import Canvas

FONT_DIR = Path(__file__).resolve().parent / "fonts"
SERIF, SERIF_BOLD = "NotoSerif", "NotoSerif-Bold"
ARABIC, ARABIC_BOLD = "NotoNaskhArabic", "NotoNaskhArabic-Bold"
JAPANESE, CHINESE, KOREAN = "NotoSansJP", "NotoSansSC", "NotoSansKR"
_FONT_FILES = {
    SERIF: "NotoSerif-Regular.ttf",
    SERIF_BOLD: "NotoSerif-Bold.ttf",
    ARABIC: "NotoNaskhArabic-Regular.ttf",
    ARABIC_BOLD: "NotoNaskhArabic-Bold.ttf",
    JAPANESE: "NotoSansJP-Regular.ttf",
    CHINESE: "NotoSansSC-Regular.ttf",
    KOREAN: "NotoSansKR-Regular.ttf",
}
# One weight each (a bold CJK font would double 7 MB): `draw_string` thickens a bold run with its outline.
CJK_FONTS = (JAPANESE, CHINESE, KOREAN)

# Runs of one script; the spaces between two words of the same script stay inside the run.
_SCRIPT_CHARS = {
    "arabic": "\u0600-\u06ff\u0750-\u077f\u08a0-\u08ff\ufb50-\ufdff\ufe70-\ufefc",
    "hangul": "\u1100-\u11ff\u3130-\u318f\uac00-\ud7af",
    "cjk": "\u2e80-\u2fdf\u3000-\u30ff\u3190-\u31ff\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\ufe30-\ufe4f\uff01-\uffef",
}
_SCRIPT_RUNS = re.compile(
    "|".join(f"(?P<{name}>[{chars}]+(?: +[{chars}]+)*)" for name, chars in _SCRIPT_CHARS.items())
)
ARABIC_LETTERS = re.compile(f"[{_SCRIPT_CHARS['arabic']}]")


@functools.cache
def register_fonts() -> None:
    for name, file_name in _FONT_FILES.items():
        pdfmetrics.registerFont(TTFont(name, FONT_DIR / file_name))


@functools.cache
def _glyphs(font: str) -> frozenset[int]:
    register_fonts()
    return frozenset(pdfmetrics.getFont(font).face.charToGlyph)


def cjk_font_for(text: str, preferred: str) -> str:
    """`preferred` if it has every character of `text`, else the first CJK font that has them all (a traditional
    Chinese character in a Japanese name, a Korean name's hanja). The fonts cover the national character sets
    (JIS X 0208 with Windows' extensions, GB 2312 with Big5's common characters, KS X 1001)."""
    needed = {ord(char) for char in text if not char.isspace()}
    for font in (preferred, *(font for font in CJK_FONTS if font != preferred)):
        if needed <= _glyphs(font):
            return font
    return preferred


def draw_string(
    canvas: Canvas, x: float, y: float, text: str, *, font: str, size: float, bold: bool, colour
) -> None:
    """Draw one run at (x, y). A bold run in a CJK font, which has one weight, is drawn with its outline stroked
    too, as much as a bold weight would add."""
    canvas.setFillColor(colour)
    if not (bold and font in CJK_FONTS):
        canvas.setFont(font, size)
        canvas.drawString(x, y, text)
        return
    canvas.saveState()
    canvas.setStrokeColor(colour)
    canvas.setLineWidth(size * 0.035)
    text_object = canvas.beginText(x, y)
    text_object.setFont(font, size)
    text_object.setTextRenderMode(2)  # fill, then stroke
    text_object.textOut(text)
    canvas.drawText(text_object)
    canvas.restoreState()


def _run_font(script: str, piece: str, *, bold: bool) -> str:
    if script == "arabic":
        return ARABIC_BOLD if bold else ARABIC
    if script == "hangul":
        return cjk_font_for(piece, KOREAN)
    if (translation.get_language() or "").startswith("zh"):
        return cjk_font_for(piece, CHINESE)
    return cjk_font_for(piece, JAPANESE)


def font_runs(text: str, *, bold: bool) -> list[tuple[str, str]]:
    """(font, text) pieces of one line, each piece in a single font. CJK pieces come in the one weight there is:
    draw them with `draw_string` to keep them bold."""
    base = SERIF_BOLD if bold else SERIF
    pieces, position = [], 0
    for match in _SCRIPT_RUNS.finditer(text):
        if match.start() > position:
            pieces.append((base, text[position : match.start()]))
        pieces.append((_run_font(match.lastgroup, match.group(), bold=bold), match.group()))
        position = match.end()
    if position < len(text):
        pieces.append((base, text[position:]))
    return pieces


def shaped(text: str) -> str:
    # Passport names may arrive decomposed ("e" + combining diaeresis); ReportLab places no combining marks.
    text = unicodedata.normalize("NFC", text)
    return arabic_reshaper.reshape(text) if ARABIC_LETTERS.search(text) else text


@functools.cache
def _covered_by_embedded_fonts() -> frozenset[int]:
    return frozenset().union(*(_glyphs(name) for name in (SERIF, ARABIC, *CJK_FONTS)))


def can_render(text: str) -> bool:
    """Whether every character has a glyph, e.g. before printing a name in its own script (Thai would not)."""
    covered = _covered_by_embedded_fonts()
    return all(ord(char) in covered for char in shaped(text) if not char.isspace())
