"""What one badge shows, gathered from the registration, the category's layout and the safeguarding records.

The rendering (rendering.py) knows nothing of the database: it prints `BadgeFace` values. That keeps the PDF code
testable on its own and the batch printing free of queries per badge."""

from dataclasses import dataclass, field


@dataclass(frozen=True)
class BadgeFace:
    badge_id: int
    registration_number: str  # the participant's reference, printed small for the desk
    latin_name: str  # as in the passport, in Latin script: "Aiko TANAKA"
    own_script_name: str  # in the person's own script, or "" ("田中 愛子", "ليلى بنعلي", "Ольга Иванова")
    organisation: str  # the organisation, or the delegation ("Government of Japan")
    role: str  # e.g. "Head of delegation", in the badge's language; "" for none
    category: str  # the category's name, e.g. "Government delegation"
    colour: str  # "#b22222": the category's colour band
    letter_code: str  # "E", "D", "N", "P"…: the category's letter, large
    zones: tuple[str, ...] = field(default_factory=tuple)  # names of the access zones, printed on the badge
    photo: bytes | None = None  # JPEG or PNG bytes; None when there is none or it must not be printed
    no_photo_marker: bool = (
        False  # a young person whose media consent is not "public use": no photo is printed
    )
    qr_payload: str = ""  # the badge's random secret, and nothing else
