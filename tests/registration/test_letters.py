import unicodedata
from dataclasses import replace
from datetime import date
from io import BytesIO

import pytest
from django.utils import translation
from pypdf import PdfReader

from plenaria.registration.letters import (
    CongressDetails,
    LetterData,
    Signatory,
    VisaLetterData,
    date_range,
    render_confirmation_letter,
    render_visa_letter,
    verification_url,
)

pytestmark = [pytest.mark.unit]

NAME = "Zoë Müller-Łukasiewicz"
VERIFY_URL = "https://yokohama2001.plenaria.example/verify/K7P2-W9QX-M4TD/"
CONGRESS = CongressDetails(
    name="2nd World Congress against Commercial Sexual Exploitation of Children",
    host="Government of Japan",
    co_organisers="UNICEF, ECPAT, NGO Group for the Convention on the Rights of the Child",
    city="Yokohama",
    country="Japan",
    venue="The Conference Centre, Pacifico Yokohama",
    starts_on=date(2001, 12, 17),
    ends_on=date(2001, 12, 20),
)
ISSUE = {
    "congress": CONGRESS,
    "signatory": Signatory(name="Keiko Tanabe", title="Head of Accreditation"),
    "issued_on": date(2001, 11, 20),
    "reference": "YK-7Q4M-2HXD",
    "verification_code": "K7P2-W9QX-M4TD",
    "site_url": "https://yokohama2001.plenaria.example/",
}
CONFIRMATION = LetterData(
    **ISSUE,
    participant_name=NAME,
    category="Non-governmental organisation",
    organisation="ECPAT Deutschland e.V.",
    participant_title="Programme Officer",
)
VISA = VisaLetterData(
    **ISSUE,
    passport_full_name="MÜLLER-ŁUKASIEWICZ ZOË ANNA",
    nationality="POLISH",
    date_of_birth=date(1975, 3, 4),
    passport_number="EA1234567",
    passport_expires_on=date(2008, 6, 30),
    passport_issued_by="Poland",
    category="Non-governmental organisation",
    organisation="ECPAT Deutschland e.V.",
    arrives_on=date(2001, 12, 15),
    departs_on=date(2001, 12, 21),
)
DISCLAIMER = (
    "This letter does not guarantee that a visa will be granted and implies no financial support: travel, "
    "accommodation and all other costs are borne by the participant or their organisation. The secretariat "
    "does not intervene with embassies or consulates in visa applications."
)


def _text(pdf: bytes) -> str:
    """The text of every page, with each run of white space (line breaks included) as one space."""
    reader = PdfReader(BytesIO(pdf))
    return " ".join(" ".join(page.extract_text().split()) for page in reader.pages)


def _page_count(pdf: bytes) -> int:
    return len(PdfReader(BytesIO(pdf)).pages)


def _fonts(pdf: bytes) -> set[str]:
    fonts = set()
    for page in PdfReader(BytesIO(pdf)).pages:
        fonts |= {
            str(font["/BaseFont"]).lstrip("/").split("+")[-1] for font in page["/Resources"]["/Font"].values()
        }
    return fonts


def test_render_visa_letter_prints_passport_details_exactly():
    text = _text(render_visa_letter(VISA))

    for detail in (
        "Full name as in the passport MÜLLER-ŁUKASIEWICZ ZOË ANNA",
        "Nationality POLISH",
        "Date of birth 4 March 1975",
        "Passport number EA1234567",
        "Passport issued by Poland",
        "Passport expiry date 30 June 2008",
        "Dates of the visit 15–21 December 2001",
    ):
        assert detail in text


def test_render_visa_letter_is_addressed_to_the_host_country_and_carries_the_disclaimer():
    text = _text(render_visa_letter(VISA))

    assert text.startswith(
        "2nd World Congress against Commercial Sexual Exploitation of Children Yokohama · 17–20 December 2001"
    )
    assert "To the Embassy/Consulate of Japan Visa-support letter" in text
    assert "Purpose of the visit Participation in the 2nd World Congress against Commercial Sexual" in text
    assert DISCLAIMER in text


@pytest.mark.parametrize(
    "render", [render_confirmation_letter, render_visa_letter], ids=["confirmation", "visa"]
)
def test_render_letter_prints_verification_code_url_and_signature(render):
    data = CONFIRMATION if render is render_confirmation_letter else VISA

    pdf = render(data)

    text = _text(pdf)
    assert (
        "Registration number YK-7Q4M-2HXD Date of issue 20 November 2001 Verification code K7P2-W9QX-M4TD"
        in text
    )
    assert f"or at the following address: {VERIFY_URL}" in text
    assert "For the Yokohama Congress secretariat Keiko Tanabe Head of Accreditation" in text
    assert f"YK-7Q4M-2HXD · {VERIFY_URL} Page 1 of 1" in text
    assert _page_count(pdf) == 1


def test_render_confirmation_letter_prints_participant_details():
    text = _text(render_confirmation_letter(CONFIRMATION))

    assert "Confirmation of registration To whom it may concern," in text
    assert (
        "confirms that the person named below is registered and accredited as a participant in the Congress, "
        "which will be held at The Conference Centre, Pacifico Yokohama, Yokohama from 17 December 2001 to "
        "20 December 2001."
    ) in text
    for detail in (
        f"Name {NAME}",
        "Title or function Programme Officer",
        "Category Non-governmental organisation",
        "Organisation ECPAT Deutschland e.V.",
    ):
        assert detail in text
    assert "Delegation" not in text


def test_render_confirmation_letter_with_decomposed_accents_prints_the_composed_name():
    decomposed = unicodedata.normalize("NFD", NAME)

    text = _text(render_confirmation_letter(replace(CONFIRMATION, participant_name=decomposed)))

    assert decomposed != NAME
    assert f"Name {NAME}" in text


def test_render_letters_in_french_write_french():
    with translation.override("fr"):
        confirmation = _text(render_confirmation_letter(CONFIRMATION))
        visa = _text(render_visa_letter(VISA))

    assert "20 novembre 2001" in confirmation
    assert "Page 1 sur 1" in confirmation
    assert "Yokohama · 17–20 décembre 2001" in confirmation
    assert "4 mars 1975" in visa
    assert "MÜLLER-ŁUKASIEWICZ ZOË ANNA" in visa


def test_render_confirmation_letter_prints_japanese_name_in_a_japanese_font():
    data = replace(CONFIRMATION, name_in_own_script="山田 花子")

    with translation.override("ja"):
        pdf = render_confirmation_letter(data)

    assert "山田 花子" in _text(pdf)
    assert _fonts(pdf) == {"NotoSerif-Regular", "NotoSerif-Bold", "NotoSansJP-Regular"}
    assert "2001年11月20日" in _text(pdf)


def test_render_confirmation_letter_prints_a_simplified_chinese_name_in_a_japanese_letter():
    data = replace(CONFIRMATION, name_in_own_script="张伟")  # 张 and 伟 are not in the Japanese font

    with translation.override("ja"):
        pdf = render_confirmation_letter(data)

    assert "张伟" in _text(pdf)
    assert "NotoSansSC-Regular" in _fonts(pdf)


def test_render_confirmation_letter_leaves_out_a_name_the_fonts_cannot_show():
    data = replace(CONFIRMATION, name_in_own_script="สมชาย ใจดี")  # Thai: no embedded font

    text = _text(render_confirmation_letter(data))

    assert "Name in own script" not in text
    assert f"Name {NAME}" in text


def test_render_visa_letter_in_arabic_keeps_latin_passport_details_in_order():
    with translation.override("ar"):
        pdf = render_visa_letter(VISA)

    text = _text(pdf)
    for detail in ("MÜLLER-ŁUKASIEWICZ ZOË ANNA", "POLISH", "EA1234567", VERIFY_URL):
        assert detail in text
    assert {"NotoSerif-Bold", "NotoNaskhArabic-Bold"} <= _fonts(pdf)
    assert _page_count(pdf) == 1


def test_verification_url_joins_site_url_and_code_with_one_slash():
    assert (
        verification_url(site_url="https://example.org/", code="AB12") == "https://example.org/verify/AB12/"
    )
    assert verification_url(site_url="https://example.org", code="AB12") == "https://example.org/verify/AB12/"


@pytest.mark.parametrize(
    ("language", "start", "end", "expected"),
    [
        ("en", date(2001, 12, 17), date(2001, 12, 20), "17–20 December 2001"),
        ("en", date(2001, 12, 17), date(2001, 12, 17), "17 December 2001"),
        ("en", date(2001, 11, 30), date(2001, 12, 2), "30 November 2001 – 2 December 2001"),
        ("fr", date(2001, 12, 17), date(2001, 12, 20), "17–20 décembre 2001"),
        ("ja", date(2001, 12, 17), date(2001, 12, 20), "2001年12月17日 – 2001年12月20日"),
    ],
)
def test_date_range_shortens_only_where_the_language_puts_the_day_first(language, start, end, expected):
    with translation.override(language):
        assert date_range(start, end) == expected
