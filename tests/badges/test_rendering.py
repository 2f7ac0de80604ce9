"""Badge PDFs read back: the glyphs of every script, page sizes, the photo or its absence, and the QR code decoded
from the rectangles drawn in the page."""

import io
import itertools
import unicodedata

import pytest
import zxingcpp
from PIL import Image, ImageDraw
from pypdf import PdfReader
from pypdf.generic import ContentStream
from reportlab.lib.units import mm

from plenaria.badges.faces import BadgeFace
from plenaria.badges.layouts import LAYOUTS
from plenaria.badges.rendering import render_badges
from plenaria.badges.text_fitting import fit_text, text_width

PAYLOAD = "Vq3oYk8c1nZxTQe0b7mUa2wLr5sHdJ9gFiPyCtKv4Xo"


def _photo() -> bytes:
    buffer = io.BytesIO()
    Image.new("RGB", (350, 450), (120, 150, 200)).save(buffer, "JPEG")
    return buffer.getvalue()


def _face(**changes) -> BadgeFace:
    values = {
        "badge_id": 1,
        "registration_number": "YOK-00001",
        "latin_name": "Aiko TANAKA",
        "own_script_name": "田中 愛子",
        "organisation": "Government of Japan",
        "role": "Head of delegation",
        "category": "Government delegation",
        "colour": "#b22222",
        "letter_code": "E",
        "zones": ("Plenary hall", "Workshop rooms"),
        "photo": _photo(),
        "qr_payload": PAYLOAD,
    }
    return BadgeFace(**{**values, **changes})


def _pages(pdf: bytes):
    return PdfReader(io.BytesIO(pdf)).pages


def _fonts(page) -> set[str]:
    """The fonts a page uses, without the prefix of an embedded subset ("ABCDEF+")."""
    return {
        str(font["/BaseFont"]).lstrip("/").split("+")[-1] for font in page["/Resources"]["/Font"].values()
    }


def _font_programs(page) -> dict[str, bool]:
    """For each font of the page, whether its glyphs are embedded in the PDF (a TrueType font file)."""
    return {
        str(font["/BaseFont"]): "/FontFile2" in font.get_object().get("/FontDescriptor", {})
        for font in page["/Resources"]["/Font"].values()
    }


@pytest.mark.parametrize("size", ["A6", "CR80"])
def test_render_badges_prints_names_in_japanese_arabic_chinese_and_cyrillic(size):
    faces = [
        _face(),
        _face(latin_name="Layla BENALI", own_script_name="ليلى بنعلي", organisation="Royaume du Maroc"),
        _face(latin_name="ZHANG Wei", own_script_name="张伟", organisation="中华人民共和国"),
        _face(
            latin_name="Olga IVANOVA", own_script_name="Ольга Иванова", organisation="Российская Федерация"
        ),
    ]

    japanese, arabic, chinese, cyrillic = _pages(render_badges(faces, size=size))

    assert "田中 愛子" in japanese.extract_text()
    # The PDF holds the joined letter forms (U+FExx), and pypdf gives them back in reading order.
    arabic_text = arabic.extract_text()
    assert "ليلى بنعلي" not in arabic_text
    assert "ليلى بنعلي" in unicodedata.normalize("NFKC", arabic_text)
    assert "张伟" in chinese.extract_text()
    assert "中华人民共和国" in chinese.extract_text()
    assert "Ольга Иванова" in cyrillic.extract_text()
    assert "Российская Федерация" in cyrillic.extract_text()


def test_render_badges_joins_arabic_letters_and_ligatures():
    page = _pages(render_badges([_face(own_script_name="عبد الله السلامي")], size="CR80"))[0]

    text = page.extract_text()

    assert "\ufdf2" in text  # the ligature of "الله"
    assert "عبد الله السلامي" in unicodedata.normalize("NFKC", text)


def test_render_badges_refuses_a_badge_without_a_qr_secret():
    with pytest.raises(ValueError, match="YOK-00001: no QR secret"):
        render_badges([_face(qr_payload="")], size="A6")


def test_render_badges_picks_a_japanese_font_for_japanese_and_a_chinese_one_for_simplified_chinese():
    japanese = _pages(render_badges([_face(organisation="")], size="A6"))[0]
    chinese = _pages(render_badges([_face(own_script_name="张伟", organisation="")], size="A6"))[0]

    assert "NotoSansJP-Regular" in _fonts(japanese)
    assert "NotoSansSC-Regular" not in _fonts(japanese)
    assert "NotoSansSC-Regular" in _fonts(chinese)  # 张 and 伟 are not written in Japan


def test_render_badges_embeds_every_font_so_no_installed_font_is_needed():
    faces = [
        _face(),
        _face(own_script_name="张伟"),
        _face(own_script_name="김민준"),
        _face(own_script_name="ليلى بنعلي"),
        _face(own_script_name="Ольга Иванова"),
    ]

    pages = _pages(render_badges(faces, size="CR80"))

    for page in pages:
        programs = _font_programs(page)
        assert programs
        assert all(programs.values()), programs
    assert "김민준" in pages[2].extract_text()
    assert "NotoSansKR-Regular" in _fonts(pages[2])


def test_render_badges_prints_every_part_of_the_badge():
    text = _pages(render_badges([_face()], size="A6"))[0].extract_text()

    for part in ("E", "Government delegation", "Government of Japan", "Head of delegation", "Aiko TANAKA"):
        assert part in text
    assert "Plenary hall" in text
    assert "Workshop rooms" in text
    assert "YOK-00001" in text
    assert PAYLOAD not in text  # only in the QR code


@pytest.mark.parametrize(("size", "width_mm", "height_mm"), [("A6", 105, 148), ("CR80", 85.6, 54)])
def test_render_badges_makes_one_page_per_badge_of_the_size_asked(size, width_mm, height_mm):
    pages = _pages(render_badges([_face(badge_id=n) for n in range(3)], size=size))

    assert len(pages) == 3
    for page in pages:
        assert float(page.mediabox.width) == pytest.approx(width_mm * mm, abs=0.01)
        assert float(page.mediabox.height) == pytest.approx(height_mm * mm, abs=0.01)


def test_render_badges_refuses_an_unknown_size():
    with pytest.raises(ValueError, match="Unknown badge size 'A4'"):
        render_badges([_face()], size="A4")


def test_render_badges_refuses_a_colour_that_is_not_one():
    with pytest.raises(ValueError, match="not a colour"):
        render_badges([_face(colour="crimson-ish")], size="A6")


def test_render_badges_prints_no_photo_when_the_marker_is_set():
    with_photo, marked = _pages(render_badges([_face(), _face(no_photo_marker=True)], size="A6"))

    assert len(with_photo.images) == 1
    assert len(marked.images) == 0  # a photo in the BadgeFace, yet none printed
    assert "No photo" in marked.extract_text()
    assert "No photo" not in with_photo.extract_text()


def _qr_modules(page) -> tuple[float, list[tuple[float, float, float, float]]]:
    """The module size (points) and the rectangles of the QR code: the path drawn in a scaled coordinate system
    of one unit per module."""
    operations = ContentStream(page.get_contents(), page.pdf).operations
    scale, rectangles = None, []
    for operands, operator in operations:
        if operator == b"cm" and 1 < float(operands[0]) < 5:  # points per module
            scale, rectangles = float(operands[0]), []
        elif operator == b"re" and scale is not None:
            rectangles.append(tuple(float(value) for value in operands))
        elif operator in (b"f", b"f*") and scale is not None and rectangles:
            return scale, rectangles
    raise AssertionError("no QR code in the page")


def _decode(rectangles) -> str:
    pixels = 10
    count = int(max(x + w for x, _, w, _ in rectangles))
    side = (count + 8) * pixels
    image = Image.new("L", (side, side), 255)
    draw = ImageDraw.Draw(image)
    for x, y, w, h in rectangles:
        top = (count - y - h + 4) * pixels
        draw.rectangle([(x + 4) * pixels, top, (x + w + 4) * pixels - 1, top + h * pixels - 1], fill=0)
    results = zxingcpp.read_barcodes(image)
    return results[0].text if results else ""


@pytest.mark.parametrize(("size", "smallest_mm"), [("A6", 25), ("CR80", 20)])
def test_render_badges_qr_code_decodes_to_the_payload_and_is_big_enough(size, smallest_mm):
    page = _pages(render_badges([_face()], size=size))[0]

    module, rectangles = _qr_modules(page)

    assert _decode(rectangles) == PAYLOAD
    count = max(x + w for x, _, w, _ in rectangles)
    assert count * module >= smallest_mm * mm


def test_render_badges_shrinks_a_very_long_name_to_fit():
    long_name = (
        "Maximilian Alexander Konstantin Friedrich von Hohenzollern-Sigmaringen-Oppenheimer Wittelsbach"
    )
    layout = LAYOUTS["CR80"]
    for text, box, sizes in [
        (long_name, layout.latin_name, layout.latin_name_size),
        (long_name * 3, layout.latin_name, layout.latin_name_size),
        ("田中愛子" * 20, layout.own_name, layout.own_name_size),
        ("Ольга " * 30, layout.own_name, layout.own_name_size),
        ("عبد الله " * 20, layout.own_name, layout.own_name_size),
    ]:
        size, lines = fit_text(text, box, sizes, bold=True, lines=2)

        assert lines
        assert size >= sizes[1]
        assert len(lines) * size * 1.18 <= box.height * mm + 0.01
        assert all(text_width(line, size, bold=True) <= box.width * mm + 0.01 for line in lines)
        page = _pages(render_badges([_face(latin_name=text, own_script_name=text)], size="CR80"))[0]
        assert page.extract_text()


def test_layouts_keep_every_part_on_the_page_and_apart():
    for layout in LAYOUTS.values():
        boxes = [
            layout.photo,
            layout.organisation,
            layout.role,
            layout.latin_name,
            layout.own_name,
            layout.zones,
            layout.qr,
            layout.number,
        ]
        for box in [*boxes, layout.band]:
            assert box.x >= 0
            assert box.y >= 0
            assert box.x + box.width <= layout.width + 0.01
            assert box.y + box.height <= layout.height + 0.01
        for first, second in itertools.combinations([*boxes, layout.band], 2):
            apart_x = first.x + first.width <= second.x or second.x + second.width <= first.x
            apart_y = first.y + first.height <= second.y or second.y + second.height <= first.y
            assert apart_x or apart_y, (first, second)
