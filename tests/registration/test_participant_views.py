import datetime
import io

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse
from PIL import Image

from plenaria.common.audit import actions_for
from plenaria.delegations.enums import DelegationRole
from plenaria.registration.enums import RegistrationStatus
from plenaria.registration.services.nomination import Nominee, nominate_member, withdraw_participant

pytestmark = [pytest.mark.integration, pytest.mark.django_db]

DETAILS = {
    "given_name": "Amina",
    "family_name": "Haddad",
    "name_in_own_script": "أمينة حداد",
    "nationality": "MA",
    "date_of_birth": "1970-03-01",
    "language": "ar",
    "languages_spoken": "Arabic, French",
    "dietary_needs": "halal",
    "accessibility_needs": "",
    "accepts_code_of_conduct": "on",
}
PASSPORT = {
    "needs_visa_letter": "on",
    "passport_full_name": "AMINA HADDAD",
    "passport_number": "MA1234567",
    "passport_expires_on": "2005-06-30",
    "passport_issuing_country": "MA",
}


@pytest.fixture(autouse=True)
def _private_media(settings, tmp_path):
    settings.PRIVATE_MEDIA_ROOT = tmp_path


def photo(width=300, height=400, name="me.png") -> SimpleUploadedFile:
    body = io.BytesIO()
    Image.new("RGB", (width, height), "navy").save(body, format="PNG")
    return SimpleUploadedFile(name, body.getvalue(), content_type="image/png")


def nominate(delegation, n=1):
    nominee = Nominee(
        given_name="Amina",
        family_name="Haddad",
        email=f"a{n}@mofa.example",
        role=DelegationRole.HEAD if n == 1 else DelegationRole.DELEGATE,
    )
    return nominate_member(delegation=delegation, nominee=nominee, actor=None)


def page(member) -> str:
    return reverse("participant:complete", kwargs={"token": member.completion_token})


def test_completion_page_opens_without_an_account_and_is_never_cached(client, delegation):
    member = nominate(delegation)

    response = client.get(page(member))

    html = response.content.decode()
    assert response.status_code == 200
    assert "no-store" in response["Cache-Control"]
    assert member.reference in html
    assert 'value="Haddad"' in html  # what the focal point entered is already filled in
    assert "Save and send for review" in html


def test_completion_page_unknown_token_is_not_found(client, delegation):
    assert client.get(reverse("participant:complete", kwargs={"token": "guess"})).status_code == 404


def test_completion_with_visa_letter_requires_the_passport_details_and_keeps_what_was_typed(
    client, delegation
):
    member = nominate(delegation)

    response = client.post(page(member), {**DETAILS, "needs_visa_letter": "on"})

    member.refresh_from_db()
    html = response.content.decode()
    assert response.status_code == 200
    assert html.count("Needed for the visa-support letter.") == 4
    assert 'value="أمينة حداد"' in html
    assert 'value="1970-03-01"' in html
    assert member.status == RegistrationStatus.NOMINATED


def test_completion_end_to_end_with_visa_letter_submits_for_review(client, delegation):
    member = nominate(delegation)

    response = client.post(page(member), {**DETAILS, **PASSPORT, "photo": photo()}, follow=True)

    member.refresh_from_db()
    html = response.content.decode()
    assert member.status == RegistrationStatus.SUBMITTED
    assert str(member.stage) == "Secretariat"
    assert (member.passport_number, member.passport_expires_on) == ("MA1234567", datetime.date(2005, 6, 30))
    assert member.photo.name.startswith("photo/")
    assert member.photo.name.endswith(".png")
    assert member.code_of_conduct_accepted_at is not None
    assert member.language == "ar"
    assert "The details have been saved and sent to the secretariat for review." in html
    assert "Submitted" in html
    assert "The delegation&#x27;s note verbale (the focal point uploads it)" in html
    assert "Photo for the badge</li>" not in html
    audit = [
        entry.data for entry in actions_for(member) if entry.action == "registration.participant.changed"
    ]
    assert all("MA1234567" not in str(data) for data in audit)


def test_completion_without_visa_letter_keeps_no_passport_details(client, delegation):
    member = nominate(delegation)
    passport_without_visa = {key: value for key, value in PASSPORT.items() if key != "needs_visa_letter"}

    client.post(page(member), {**DETAILS, **passport_without_visa})

    member.refresh_from_db()
    assert member.status == RegistrationStatus.SUBMITTED
    assert (member.needs_visa_letter, member.passport_number, member.passport_expires_on) == (
        False,
        None,
        None,
    )


def test_completion_passport_expiring_before_the_congress_ends_is_refused(client, delegation):
    member = nominate(delegation)

    response = client.post(page(member), {**DETAILS, **PASSPORT, "passport_expires_on": "2001-12-01"})

    assert "The passport must still be valid after the congress" in response.content.decode()


def test_completion_without_code_of_conduct_is_refused(client, delegation):
    member = nominate(delegation)
    details = {key: value for key, value in DETAILS.items() if key != "accepts_code_of_conduct"}

    response = client.post(page(member), details)

    member.refresh_from_db()
    assert "The registration needs the acceptance of the code of conduct." in response.content.decode()
    assert member.status == RegistrationStatus.NOMINATED


@pytest.mark.parametrize(
    ("upload", "message"),
    [
        (photo(600, 450), "The photo must be upright (portrait): taller than it is wide."),
        (photo(100, 150), "The image is 100×150 pixels; it must be at least 300×400 pixels."),
        (
            SimpleUploadedFile("me.jpg", b"%PDF-1.4 not a photo"),
            "The file type is PDF; accepted types: JPEG, PNG.",
        ),
    ],
)
def test_completion_bad_photo_is_refused_with_the_reason(client, delegation, upload, message):
    member = nominate(delegation)

    response = client.post(page(member), {**DETAILS, "photo": upload})

    member.refresh_from_db()
    assert message in response.content.decode()
    assert (member.status, bool(member.photo)) == (RegistrationStatus.NOMINATED, False)


def test_completion_good_photo_is_kept_when_another_field_is_wrong(client, delegation):
    member = nominate(delegation)

    response = client.post(page(member), {**DETAILS, "date_of_birth": "", "photo": photo()})

    member.refresh_from_db()
    assert "Your photo has been saved; please correct the other problems." in response.content.decode()
    assert bool(member.photo) is True
    assert member.status == RegistrationStatus.NOMINATED


def test_completion_after_submission_shows_status_and_saves_corrections(client, delegation):
    member = nominate(delegation)
    client.post(page(member), DETAILS)

    response = client.post(page(member), {**DETAILS, "dietary_needs": "vegetarian"}, follow=True)

    member.refresh_from_db()
    assert member.status == RegistrationStatus.SUBMITTED
    assert member.dietary_needs == "vegetarian"
    assert "Save the changes" in response.content.decode()


def test_completion_waitlisted_nominee_details_are_saved_and_stay_on_the_waiting_list(client, delegation):
    nominate(delegation, 1)
    nominate(delegation, 2)
    waiting = nominate(delegation, 3)

    response = client.post(page(waiting), DETAILS, follow=True)

    waiting.refresh_from_db()
    assert waiting.status == RegistrationStatus.WAITLISTED
    assert waiting.date_of_birth == datetime.date(1970, 3, 1)
    assert "stays on the waiting list" in response.content.decode()


def test_completion_withdrawn_registration_shows_status_without_form_and_refuses_changes(client, delegation):
    member = nominate(delegation)
    withdraw_participant(participant=member, actor=None)

    shown = client.get(page(member))
    response = client.post(page(member), DETAILS, follow=True)

    member.refresh_from_db()
    assert "The registration has been withdrawn." in shown.content.decode()
    assert "<form" not in shown.content.decode().split('id="main"')[1]
    assert "This registration can no longer be changed." in response.content.decode()
    assert member.date_of_birth is None
