"""Badge sizes and where each part of a badge goes on them."""

from dataclasses import dataclass

from reportlab.lib.units import mm


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
