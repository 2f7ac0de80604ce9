"""Outside safeguarding, a young person is never named: the List of Participants and its exports, the API; a
pseudonym replaces the name everywhere, staff lists included; a media consent withdrawal shows at once."""

import datetime
import io

import pytest
from django.urls import reverse
from openpyxl import load_workbook
from pypdf import PdfReader
from rest_framework.authtoken.models import Token
from rest_framework.test import APIClient

from plenaria.registration.enums import RegistrationStatus
from plenaria.safeguarding.enums import ConsentKind, ConsentSigner, MediaLevel
from plenaria.safeguarding.services.consents import withdraw_media_consent
from plenaria.safeguarding.services.profiles import set_pseudonym
from tests.factories.registration import DelegationFactory, OrganisationFactory, ReviewStageFactory
from tests.factories.safeguarding import AdultParticipantFactory, YouthProfileFactory

pytestmark = [pytest.mark.integration, pytest.mark.django_db]

WITHHELD = "Young participant (name withheld)"


@pytest.fixture
def japan(congress):
    return DelegationFactory(congress=congress, organisation=OrganisationFactory(name="Japan", country="JP"))


@pytest.fixture
def approved_minor(minor, profile, japan):
    minor.status = RegistrationStatus.APPROVED
    minor.delegation = japan
    minor.name_in_own_script = "佐藤愛子"
    minor.title = "Youth delegate"
    minor.save()
    return minor


@pytest.fixture
def head_of_japan(japan, adult_category):
    return AdultParticipantFactory(
        category=adult_category,
        delegation=japan,
        status=RegistrationStatus.APPROVED,
        given_name="Makiko",
        family_name="Tanaka",
        role="head",
    )


@pytest.fixture
def secretariat(make_staff, congress):
    return make_staff(congress, "can_change_congress")


def _list(client, congress, file_format=None):
    if file_format is None:
        url = reverse("accreditation:list-of-participants", kwargs={"congress_slug": congress.slug})
    else:
        url = reverse(
            "accreditation:list-of-participants-file",
            kwargs={"congress_slug": congress.slug, "file_format": file_format},
        )
    return client.get(url)


def _api(user) -> APIClient:
    client = APIClient()
    client.credentials(HTTP_AUTHORIZATION=f"Token {Token.objects.get_or_create(user=user)[0].key}")
    return client


def _api_registration(user, congress, reference) -> dict:
    response = _api(user).get(f"/api/v1/congresses/{congress.slug}/registrations/{reference}/")
    assert response.status_code == 200
    return response.json()


def test_list_of_participants_page_withholds_a_young_persons_name(
    client_for, secretariat, congress, approved_minor, head_of_japan
):
    page = _list(client_for(secretariat), congress).content.decode()

    assert "Makiko TANAKA" in page
    assert WITHHELD in page
    assert "Aiko" not in page
    assert "SATO" not in page
    assert "佐藤愛子" not in page
    assert "Youth delegate" not in page


@pytest.mark.parametrize("file_format", ["csv", "xlsx", "pdf"])
def test_list_of_participants_files_withhold_the_name_and_list_the_young_person_after_the_named_members(
    client_for, secretariat, congress, approved_minor, head_of_japan, adult_category, japan, file_format
):
    AdultParticipantFactory(  # "Sato" sorts before "Yoshida": the withheld row must not sit where Sato would
        category=adult_category,
        delegation=japan,
        status=RegistrationStatus.APPROVED,
        given_name="Ken",
        family_name="Yoshida",
    )

    body = _list(client_for(secretariat), congress, file_format).content

    if file_format == "csv":
        names = [line.split(",")[2] for line in body.decode("utf-8-sig").splitlines()[1:]]
    elif file_format == "xlsx":
        names = [
            row[2] for row in load_workbook(io.BytesIO(body)).active.iter_rows(min_row=2, values_only=True)
        ]
    else:
        text = "".join(page.extract_text() for page in PdfReader(io.BytesIO(body)).pages)
        assert "Aiko" not in text
        assert "SATO" not in text
        assert text.index("Makiko TANAKA") < text.index("Ken YOSHIDA") < text.index(WITHHELD)
        return
    assert names == ["Makiko TANAKA", "Ken YOSHIDA", WITHHELD]


def test_a_person_under_18_without_a_youth_profile_is_withheld_too(
    client_for, secretariat, congress, adult_category
):
    AdultParticipantFactory(
        category=adult_category,
        status=RegistrationStatus.APPROVED,
        given_name="Yuki",
        family_name="Mori",
        organisation_name="ECPAT Japan",
        date_of_birth=datetime.date(1985, 6, 1),  # 16 on the congress's first day
    )

    body = _list(client_for(secretariat), congress, "csv").content.decode("utf-8-sig")

    assert "Yuki" not in body
    assert WITHHELD in body


def test_a_pseudonym_replaces_the_name_in_the_list_of_participants(
    client_for, secretariat, congress, approved_minor, profile, officer
):
    set_pseudonym(profile=profile, pseudonym="Hana", use_pseudonym=True, actor=officer)

    body = _list(client_for(secretariat), congress, "csv").content.decode("utf-8-sig")

    assert "Hana" in body
    assert "Aiko" not in body
    assert WITHHELD not in body


def test_api_never_names_a_young_person_even_to_the_secretariat(
    secretariat, congress, approved_minor, head_of_japan
):
    listing = _api(secretariat).get(f"/api/v1/congresses/{congress.slug}/registrations/").json()["results"]

    by_reference = {row["reference"]: row for row in listing}
    minor_row = by_reference[approved_minor.reference]
    assert minor_row["identity_withheld"] is True
    assert minor_row["name"] == WITHHELD
    assert (minor_row["given_name"], minor_row["family_name"], minor_row["email"]) == ("", "", "")
    assert "Aiko" not in str(listing)
    assert approved_minor.email not in str(listing)
    head_row = by_reference[head_of_japan.reference]
    assert (head_row["given_name"], head_row["identity_withheld"]) == ("Makiko", False)
    assert head_row["media_consent"] == MediaLevel.PUBLIC


def test_api_shows_a_media_consent_withdrawal_at_once(
    secretariat, congress, approved_minor, profile, give_consent
):
    give_consent(profile, ConsentKind.MEDIA, media_level=MediaLevel.PUBLIC)
    assert _api_registration(secretariat, congress, approved_minor.reference)["media_consent"] == "public"

    withdraw_media_consent(profile=profile, by=ConsentSigner.YOUNG_PERSON)

    assert _api_registration(secretariat, congress, approved_minor.reference)["media_consent"] == "none"


def test_api_media_consent_of_a_young_person_without_any_is_none(secretariat, congress, approved_minor):
    assert _api_registration(secretariat, congress, approved_minor.reference)["media_consent"] == "none"


def test_review_queue_shows_the_pseudonym_to_reviewers(
    client_for, make_staff, congress, minor, youth_category, officer
):
    reviewer = make_staff(congress)
    team = reviewer.staff_memberships.get().team
    ReviewStageFactory(category=youth_category, position=1, team=team)
    minor.stage = youth_category.stages.first()
    minor.status = RegistrationStatus.SUBMITTED
    minor.save()
    profile = YouthProfileFactory(participant=minor)
    set_pseudonym(profile=profile, pseudonym="Hana", use_pseudonym=True, actor=officer)

    page = client_for(reviewer).get(reverse("review:queue", kwargs={"congress_slug": congress.slug}))

    assert "Hana" in page.content.decode()
    assert "Aiko" not in page.content.decode()


def test_secretariat_delegation_page_shows_the_pseudonym(
    client_for, secretariat, congress, approved_minor, profile, officer, japan
):
    set_pseudonym(profile=profile, pseudonym="Hana", use_pseudonym=True, actor=officer)

    page = client_for(secretariat).get(
        reverse("accreditation:delegation", kwargs={"congress_slug": congress.slug, "pk": japan.pk})
    )

    assert page.status_code == 200
    assert "Hana" in page.content.decode()
    assert "Aiko" not in page.content.decode()


def test_a_young_person_with_public_media_consent_is_on_no_public_surface_before_or_after_a_withdrawal(
    client, secretariat, congress, approved_minor, profile, give_consent
):
    """The public site, the List of Participants and the API: the name is never there; the withdrawal shows at once
    where the media level is given (the API, read by badge printing and the photographers' desk)."""
    give_consent(profile, ConsentKind.MEDIA, media_level=MediaLevel.PUBLIC)
    public_pages = [
        reverse(f"congresses:{name}", kwargs={"congress_slug": congress.slug})
        for name in ("home", "participation", "youth", "contacts")
    ]

    def surfaces() -> tuple[str, dict]:
        client.logout()
        pages = [client.get(page).content.decode() for page in public_pages]
        client.force_login(secretariat)
        pages.append(_list(client, congress, "csv").content.decode("utf-8-sig"))
        api = _api(secretariat).get(f"/api/v1/congresses/{congress.slug}/registrations/").json()["results"]
        pages.append(str(api))
        return "\n".join(pages), {row["reference"]: row for row in api}[approved_minor.reference]

    before, api_before = surfaces()
    withdraw_media_consent(profile=profile, by=ConsentSigner.GUARDIAN)
    after, api_after = surfaces()

    assert "Aiko" not in before
    assert "Aiko" not in after
    assert (api_before["media_consent"], api_after["media_consent"]) == ("public", "none")
