import io

import pytest
from django.urls import reverse
from openpyxl import load_workbook
from pypdf import PdfReader

from plenaria.delegations.enums import DelegationRole
from plenaria.registration.enums import CategoryKind, RegistrationStatus
from tests.factories.registration import (
    CategoryFactory,
    DelegationFactory,
    OrganisationFactory,
    ParticipantFactory,
)

pytestmark = [pytest.mark.integration, pytest.mark.django_db]


@pytest.fixture
def accredited(congress, government_category):
    sweden = DelegationFactory(
        congress=congress, organisation=OrganisationFactory(name="Sweden", country="SE")
    )
    japan = DelegationFactory(congress=congress, organisation=OrganisationFactory(name="Japan", country="JP"))
    ngo = CategoryFactory(
        congress=congress, slug="ngo", kind=CategoryKind.NGO, is_nominated_by_delegation=False
    )
    approved = {"category": government_category, "status": RegistrationStatus.APPROVED}
    ParticipantFactory(delegation=japan, given_name="Aiko", family_name="Sato", **approved)
    ParticipantFactory(
        delegation=japan,
        given_name="Makiko",
        family_name="Tanaka",
        role=DelegationRole.HEAD,
        name_in_own_script="田中眞紀子",
        **approved,
    )
    ParticipantFactory(
        delegation=sweden, given_name="Lena", family_name="Hallengren", role=DelegationRole.HEAD, **approved
    )
    ParticipantFactory(
        delegation=sweden,
        given_name="Pending",
        family_name="Person",
        category=government_category,
        status=RegistrationStatus.SUBMITTED,
    )
    ParticipantFactory(
        category=ngo,
        status=RegistrationStatus.APPROVED,
        given_name="Anna",
        family_name="Ek",
        organisation_name="ECPAT International",
        role="",
    )


def _get(client, congress, file_format=None):
    if file_format is None:
        return client.get(
            reverse("accreditation:list-of-participants", kwargs={"congress_slug": congress.slug})
        )
    return client.get(
        reverse(
            "accreditation:list-of-participants-file",
            kwargs={"congress_slug": congress.slug, "file_format": file_format},
        )
    )


@pytest.fixture
def secretariat(client_for, make_staff, congress):
    return client_for(make_staff(congress, "can_change_congress"))


def test_list_of_participants_csv_groups_by_delegation_head_first_and_only_accredited(
    secretariat, congress, accredited
):
    response = _get(secretariat, congress, "csv")

    lines = response.content.decode("utf-8-sig").splitlines()
    assert response["Content-Type"] == "text/csv; charset=utf-8"
    assert [line.split(",")[:3] for line in lines[1:]] == [
        ["ECPAT International", "", "Anna EK"],
        ["Japan", "Head of delegation", "Makiko TANAKA"],
        ["Japan", "Delegate", "Aiko SATO"],
        ["Sweden", "Head of delegation", "Lena HALLENGREN"],
    ]


def test_list_of_participants_xlsx_has_the_same_rows(secretariat, congress, accredited):
    response = _get(secretariat, congress, "xlsx")

    sheet = load_workbook(io.BytesIO(response.content)).active
    assert [row[2] for row in sheet.iter_rows(min_row=2, values_only=True)] == [
        "Anna EK",
        "Makiko TANAKA",
        "Aiko SATO",
        "Lena HALLENGREN",
    ]


def test_list_of_participants_pdf_lists_names_in_order(secretariat, congress, accredited):
    response = _get(secretariat, congress, "pdf")

    text = "".join(page.extract_text() for page in PdfReader(io.BytesIO(response.content)).pages)
    assert response["Content-Type"] == "application/pdf"
    assert text.index("Makiko TANAKA") < text.index("Aiko SATO") < text.index("Lena HALLENGREN")
    assert "Pending" not in text


def test_list_of_participants_csv_neutralises_formulas(secretariat, congress, government_category):
    ParticipantFactory(
        category=government_category,
        status=RegistrationStatus.APPROVED,
        delegation=DelegationFactory(congress=congress),
        title='=HYPERLINK("x")',
    )

    body = _get(secretariat, congress, "csv").content.decode("utf-8-sig")

    assert "'=HYPERLINK" in body


def test_list_of_participants_refused_to_staff_without_secretariat_permission(
    client_for, make_staff, congress, accredited
):
    client = client_for(make_staff(congress, "can_change_content"))

    assert {_get(client, congress, fmt).status_code for fmt in (None, "csv", "xlsx", "pdf")} == {403}
