"""Confirmation and visa-support letters as PDF: pure functions of plain data, written in the active language.

The caller renders inside `translation.override(participant.language)` and passes text that is already in that
language (category, congress name, country names). Passport details are printed exactly as given.
"""

from dataclasses import dataclass
from datetime import date

from django.utils.formats import date_format, get_format
from django.utils.translation import gettext as _
from django.utils.translation import pgettext
from reportlab.lib.units import mm
from reportlab.platypus import Flowable, KeepTogether, Spacer

from plenaria.common.pdf import (
    CONTENT_WIDTH,
    Letterhead,
    details_table,
    paragraph,
    qr_code,
    render_pdf,
    table,
)
from plenaria.common.pdf_fonts import can_render

QR_SIZE = 24 * mm


@dataclass(frozen=True, kw_only=True)
class CongressDetails:
    name: str  # "2nd World Congress against Commercial Sexual Exploitation of Children"
    host: str  # "Government of Japan"
    co_organisers: str  # "UNICEF, ECPAT, NGO Group for the Convention on the Rights of the Child"
    city: str
    country: str  # the host country, whose embassies and consulates visa letters are addressed to
    venue: str
    starts_on: date
    ends_on: date


@dataclass(frozen=True, kw_only=True)
class Signatory:
    name: str
    title: str


@dataclass(frozen=True, kw_only=True)
class LetterData:
    """A confirmation of registration, for the participant, an employer or a consulate."""

    congress: CongressDetails
    signatory: Signatory
    issued_on: date
    reference: str  # the registration number, e.g. "YK-7Q4M-2HXD"
    verification_code: str
    site_url: str
    participant_name: str  # in Latin script, as on the badge
    category: str
    organisation: str = ""
    delegation: str = ""
    participant_title: str = ""  # title or function
    name_in_own_script: str = ""  # printed only if the embedded fonts can show it


@dataclass(frozen=True, kw_only=True)
class VisaLetterData:
    """A visa-support letter: only for a verified registration, with the details exactly as in the passport."""

    congress: CongressDetails
    signatory: Signatory
    issued_on: date
    reference: str
    verification_code: str
    site_url: str
    passport_full_name: str
    nationality: str
    date_of_birth: date
    passport_number: str
    passport_expires_on: date
    passport_issued_by: str = ""
    category: str
    organisation: str = ""
    delegation: str = ""
    arrives_on: date | None = None  # the dates of the visit; the congress dates when not given
    departs_on: date | None = None


def verification_url(*, site_url: str, code: str) -> str:
    return f"{site_url.rstrip('/')}/verify/{code}/"


def date_range(start: date, end: date) -> str:
    """One date, "17–20 December 2001" where the language puts the day first, or both dates in full."""
    if (start.year, start.month) == (end.year, end.month) and get_format("DATE_FORMAT").startswith("j"):
        return date_format(start) if start == end else f"{start.day}–{date_format(end)}"
    return f"{date_format(start)} – {date_format(end)}"


def render_confirmation_letter(data: LetterData) -> bytes:
    """The letter confirming that a participant is registered and accredited for the congress."""
    congress = data.congress
    rows = [(_("Name"), data.participant_name)]
    if data.name_in_own_script and can_render(data.name_in_own_script):
        rows.append((_("Name in own script"), data.name_in_own_script))
    rows += _optional_rows((_("Title or function"), data.participant_title))
    rows.append((_("Category"), data.category))
    rows += _optional_rows((_("Delegation"), data.delegation), (_("Organisation"), data.organisation))
    story = [
        *_opening(data, title=_("Confirmation of registration")),
        paragraph(_("To whom it may concern,")),
        paragraph(_confirms(congress)),
        details_table(rows),
        Spacer(0, 3 * mm),
        paragraph(
            _(
                "The participant's badge will be issued at the accreditation desk on presentation of this "
                "letter and a valid passport or national identity document."
            )
        ),
        *_closing(data),
    ]
    return _render(data, story, title=_("Confirmation of registration"))


def render_visa_letter(data: VisaLetterData) -> bytes:
    """The letter supporting a visa application, addressed to the host country's embassies and consulates."""
    congress = data.congress
    passport = [
        (_("Full name as in the passport"), data.passport_full_name),
        (_("Nationality"), data.nationality),
        (_("Date of birth"), date_format(data.date_of_birth)),
        (_("Passport number"), data.passport_number),
        *_optional_rows((_("Passport issued by"), data.passport_issued_by)),
        (_("Passport expiry date"), date_format(data.passport_expires_on)),
    ]
    visit = [
        (_("Purpose of the visit"), _("Participation in the {congress}").format(congress=congress.name)),
        (
            _("Dates of the visit"),
            date_range(data.arrives_on or congress.starts_on, data.departs_on or congress.ends_on),
        ),
        (_("Category"), data.category),
        *_optional_rows((_("Delegation"), data.delegation), (_("Organisation"), data.organisation)),
    ]
    story = [
        *_opening(
            data,
            title=_("Visa-support letter"),
            addressee=_("To the Embassy/Consulate of {country}").format(country=congress.country),
        ),
        paragraph(_("Dear Sir or Madam,")),
        paragraph(_confirms(congress)),
        details_table(passport + visit),
        Spacer(0, 3 * mm),
        paragraph(
            _("We would be grateful for any assistance you can give in issuing a visa for this visit.")
        ),
        paragraph(_visa_disclaimer()),
        *_closing(data),
    ]
    return _render(data, story, title=_("Visa-support letter"))


def _visa_disclaimer() -> str:
    return _(
        "This letter does not guarantee that a visa will be granted and implies no financial support: travel, "
        "accommodation and all other costs are borne by the participant or their organisation. The secretariat "
        "does not intervene with embassies or consulates in visa applications."
    )


def _optional_rows(*rows: tuple[str, str]) -> list[tuple[str, str]]:
    return [(label, value) for label, value in rows if value]


def _place(congress: CongressDetails) -> str:
    return pgettext("list separator", ", ").join(part for part in (congress.venue, congress.city) if part)


def _confirms(congress: CongressDetails) -> str:
    return _(
        "The secretariat of the {congress} confirms that the person named below is registered and accredited "
        "as a participant in the Congress, which will be held at {venue} from {start} to {end}."
    ).format(
        congress=congress.name,
        venue=_place(congress),
        start=date_format(congress.starts_on),
        end=date_format(congress.ends_on),
    )


def _opening(data: LetterData | VisaLetterData, *, title: str, addressee: str = "") -> list[Flowable]:
    """Registration number, date of issue and verification code side by side; the addressee; the title."""
    facts = [
        [paragraph(label, "label"), paragraph(value, "value")]
        for label, value in (
            (_("Registration number"), data.reference),
            (_("Date of issue"), date_format(data.issued_on)),
            (_("Verification code"), data.verification_code),
        )
    ]
    opening = [table([facts], widths=[CONTENT_WIDTH / 3] * 3), Spacer(0, 6 * mm)]
    if addressee:
        opening += [paragraph(addressee, "strong"), Spacer(0, 2 * mm)]
    return [*opening, paragraph(title, "title")]


def _closing(data: LetterData | VisaLetterData) -> list[Flowable]:
    """The signature beside the QR code, then the address where anyone can check the letter."""
    url = verification_url(site_url=data.site_url, code=data.verification_code)
    signature = [
        paragraph(_("For the {city} Congress secretariat").format(city=data.congress.city)),
        Spacer(0, 9 * mm),
        paragraph(data.signatory.name, "line_strong"),
        paragraph(data.signatory.title, "line"),
    ]
    block = table(
        [[signature, qr_code(url, size=QR_SIZE)]],
        widths=[CONTENT_WIDTH - QR_SIZE, QR_SIZE],
        style=[("VALIGN", (0, 0), (-1, -1), "BOTTOM")],
    )
    check = _("The authenticity of this letter can be checked with the QR code or at the following address:")
    return [
        Spacer(0, 2 * mm),
        KeepTogether([block, Spacer(0, 3 * mm), paragraph(check, "small"), paragraph(url, "value")]),
    ]


def _render(data: LetterData | VisaLetterData, story: list[Flowable], *, title: str) -> bytes:
    congress = data.congress
    letterhead = Letterhead(
        title=congress.name,
        lines=(
            f"{congress.city} · {date_range(congress.starts_on, congress.ends_on)}",
            " · ".join(part for part in (congress.host, congress.co_organisers) if part),
        ),
        footer=f"{data.reference} · {verification_url(site_url=data.site_url, code=data.verification_code)}",
    )
    return render_pdf(
        letterhead=letterhead, story=story, title=f"{title} · {data.reference}", author=congress.name
    )
