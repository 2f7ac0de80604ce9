import datetime
import io

import pytest
from django.urls import reverse
from pypdf import PdfReader

from plenaria.registration.enums import LetterKind, RegistrationStatus
from plenaria.registration.errors import RegistrationError
from plenaria.registration.services.letters import issue_letter, render_letter
from plenaria.registration.services.submission import update_registration
from tests.factories.accounts import UserFactory
from tests.factories.registration import ParticipantFactory

pytestmark = [pytest.mark.integration, pytest.mark.django_db]


@pytest.fixture
def approved(government_category, delegation):
    return ParticipantFactory(
        category=government_category,
        delegation=delegation,
        status=RegistrationStatus.APPROVED,
        given_name="Zoë",
        family_name="Müller",
        user=UserFactory(),
        needs_visa_letter=True,
        passport_full_name="ZOE ANNA MUELLER",
        passport_number="C01X00T47",
        nationality="DE",
        passport_expires_on=datetime.date(2006, 5, 1),
        date_of_birth=datetime.date(1968, 2, 29),
        passport_issuing_country="DE",
    )


def _text(pdf_bytes: bytes) -> str:
    return "".join(page.extract_text() for page in PdfReader(io.BytesIO(pdf_bytes)).pages)


def test_visa_letter_has_the_passport_details_exactly_and_a_verification_code(approved):
    letter = issue_letter(participant=approved, kind=LetterKind.VISA, actor=approved.user)

    text = _text(render_letter(letter=letter))

    assert "ZOE ANNA MUELLER" in text
    assert "C01X00T47" in text
    assert f"/verify/{letter.code}/" in text


def test_issue_letter_twice_returns_the_same_code(approved):
    first = issue_letter(participant=approved, kind=LetterKind.CONFIRMATION, actor=approved.user)
    second = issue_letter(participant=approved, kind=LetterKind.CONFIRMATION, actor=approved.user)

    assert first.code == second.code


@pytest.mark.parametrize(
    ("changes", "kind", "code"),
    [
        ({"status": RegistrationStatus.SUBMITTED}, LetterKind.CONFIRMATION, "letter_not_approved"),
        ({"needs_visa_letter": False}, LetterKind.VISA, "visa_letter_not_requested"),
        ({"passport_number": ""}, LetterKind.VISA, "passport_details_missing"),
    ],
)
def test_issue_letter_not_available_says_why(approved, changes, kind, code):
    for name, value in changes.items():
        setattr(approved, name, value)
    approved.save()

    with pytest.raises(RegistrationError) as error:
        issue_letter(participant=approved, kind=kind, actor=approved.user)

    assert error.value.code == code


def test_verify_page_confirms_a_valid_letter(client, approved):
    letter = issue_letter(participant=approved, kind=LetterKind.VISA, actor=approved.user)

    response = client.get(reverse("verify-letter", kwargs={"code": letter.code}))

    html = response.content.decode()
    assert response.status_code == 200
    assert "This letter is genuine and valid." in html
    assert "Zoë MÜLLER" in html
    assert "C01X00T47" not in html  # the page confirms the letter; it does not repeat the passport


def test_verify_page_unknown_code_is_not_found(client):
    response = client.get(reverse("verify-letter", kwargs={"code": "AAAA-BBBB-CCCC-DDDD"}))

    assert response.status_code == 404
    assert "No letter has the code" in response.content.decode()


def test_change_after_approval_sends_back_to_review_and_revokes_letters(client, approved):
    letter = issue_letter(participant=approved, kind=LetterKind.VISA, actor=approved.user)

    update_registration(participant=approved, details={"passport_number": "C99999999"}, actor=approved.user)

    approved.refresh_from_db()
    letter.refresh_from_db()
    assert approved.status == RegistrationStatus.SUBMITTED
    assert letter.revoked_at is not None
    assert "withdrawn" in client.get(reverse("verify-letter", kwargs={"code": letter.code})).content.decode()


def test_download_letter_by_the_participant_is_a_pdf(client_for, approved):
    response = client_for(approved.user).get(
        reverse("letters:download", kwargs={"pk": approved.pk, "kind": "confirmation"})
    )

    assert response.status_code == 200
    assert response["Content-Type"] == "application/pdf"
    assert approved.reference in _text(response.content)


def test_download_letter_by_another_user_is_not_found(client_for, approved):
    response = client_for(UserFactory()).get(
        reverse("letters:download", kwargs={"pk": approved.pk, "kind": "visa"})
    )

    assert response.status_code == 404


def test_download_letter_before_approval_explains_why(client_for, approved):
    approved.status = RegistrationStatus.SUBMITTED
    approved.save()

    response = client_for(approved.user).get(
        reverse("letters:download", kwargs={"pk": approved.pk, "kind": "confirmation"})
    )

    assert response.status_code == 409
    assert "Letters are issued once the registration is approved." in response.content.decode()
