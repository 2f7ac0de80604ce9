"""The public registration form, step by step, and the participant's own page."""

import datetime
import io

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse
from django.utils import timezone
from PIL import Image

from plenaria.common.audit import actions_for
from plenaria.common.models import OutboundEmail
from plenaria.delegations.enums import EcosocStatus
from plenaria.registration.enums import CategoryKind, DocumentKind, RegistrationStatus
from plenaria.registration.models import Participant
from plenaria.registration.services.review import decide_registration
from tests.factories.accounts import PASSWORD, UserFactory
from tests.factories.registration import CategoryFactory, ParticipantFactory, ReviewStageFactory

pytestmark = [pytest.mark.integration, pytest.mark.django_db]

ABOUT = {
    "given_name": "Ana",
    "family_name": "Pereira",
    "name_in_own_script": "",
    "title": "Programme director",
    "organisation_name": "Casa Alianza",
    "ecosoc_status": EcosocStatus.NONE,
    "nationality": "BR",
    "date_of_birth": "1965-04-02",
    "language": "en",
    "languages_spoken": "Portuguese, Spanish, English",
}
TRAVEL = {
    "needs_visa_letter": "on",
    "passport_full_name": "ANA MARIA PEREIRA",
    "passport_number": "BR7654321",
    "passport_expires_on": "2006-01-31",
    "passport_issuing_country": "BR",
    "dietary_needs": "vegetarian",
    "accessibility_needs": "",
}
PDF = b"%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n"


@pytest.fixture(autouse=True)
def _private_media(settings, tmp_path):
    settings.PRIVATE_MEDIA_ROOT = tmp_path


@pytest.fixture
def ngo(congress):
    category = CategoryFactory(
        congress=congress,
        slug="ngo",
        kind=CategoryKind.NGO,
        name={"en": "Non-governmental organisations", "fr": "Organisations non gouvernementales"},
        is_nominated_by_delegation=False,
        is_self_registration=True,
        required_documents=[DocumentKind.NGO_DOSSIER],
    )
    ReviewStageFactory(category=category, position=1, name={"en": "ECPAT review"})
    return category


@pytest.fixture
def media(congress):
    return CategoryFactory(
        congress=congress,
        slug="media",
        kind=CategoryKind.MEDIA,
        name={"en": "Media"},
        is_nominated_by_delegation=False,
        is_self_registration=True,
        requires_media_guidelines=True,
        required_documents=[DocumentKind.ASSIGNMENT_LETTER, DocumentKind.PRESS_CARD],
    )


@pytest.fixture
def person(client):
    user = UserFactory(email="ana@casa-alianza.example", full_name="Ana Pereira")
    client.force_login(user)
    return user


def photo() -> SimpleUploadedFile:
    body = io.BytesIO()
    Image.new("RGB", (300, 400), "navy").save(body, format="PNG")
    return SimpleUploadedFile("me.png", body.getvalue(), content_type="image/png")


def pdf(name="dossier.pdf") -> SimpleUploadedFile:
    return SimpleUploadedFile(name, PDF, content_type="application/pdf")


def start_url(category) -> str:
    return reverse(
        "self_registration:start",
        kwargs={"congress_slug": category.congress.slug, "category_slug": category.slug},
    )


def step_url(participant, step) -> str:
    return reverse("participant:step", kwargs={"reference": participant.reference, "step": step})


def page_url(participant) -> str:
    return reverse("participant:page", kwargs={"reference": participant.reference})


def start(client, category) -> Participant:
    client.post(start_url(category))
    return Participant.objects.get(category__congress=category.congress, status=RegistrationStatus.DRAFT)


def complete_draft(client, participant, *, about=ABOUT, documents=True):
    client.post(step_url(participant, "about"), about)
    client.post(step_url(participant, "travel"), TRAVEL)
    files = {"photo": photo()}
    if documents:
        files["document_ngo_dossier"] = pdf()
    client.post(step_url(participant, "documents"), files)


# ---- Entrance ----------------------------------------------------------------------------------------------


def test_categories_page_lists_only_categories_open_to_self_registration(client, congress, ngo):
    CategoryFactory(
        congress=congress,
        slug="staff",
        kind=CategoryKind.STAFF,
        name={"en": "Staff"},
        is_nominated_by_delegation=False,
    )
    url = reverse("self_registration:categories", kwargs={"congress_slug": congress.slug})

    html = client.get(url).content.decode()

    assert "Non-governmental organisations" in html
    assert start_url(ngo) in html
    assert "Staff" not in html


def test_start_page_asks_a_visitor_to_create_an_account_and_keeps_the_way_back(client, ngo):
    response = client.get(start_url(ngo))

    assert response.status_code == 200
    assert f'href="/en/accounts/signup/?next={start_url(ngo)}"' in response.content.decode()
    assert client.post(start_url(ngo)).status_code == 302
    assert not Participant.objects.exists()


def test_start_creates_one_draft_and_starting_again_resumes_it(client, person, ngo):
    first = client.post(start_url(ngo))
    again = client.post(start_url(ngo))

    draft = Participant.objects.get()
    assert (draft.status, draft.user, draft.email) == (RegistrationStatus.DRAFT, person, person.email)
    assert first["Location"] == again["Location"] == step_url(draft, "about")
    assert OutboundEmail.objects.count() == 0  # nothing is announced before it is sent


def test_closed_category_refuses_a_new_registration_with_the_reason(client, person, ngo):
    ngo.closes_at = timezone.now() - datetime.timedelta(days=1)
    ngo.save()

    response = client.post(start_url(ngo), follow=True)

    assert "Registration for this category is closed." in response.content.decode()
    assert not Participant.objects.exists()


# ---- Steps -------------------------------------------------------------------------------------------------


def test_step_errors_are_in_the_users_language_and_keep_what_was_typed(client, person, ngo):
    draft = start(client, ngo)
    url = "/fr" + step_url(draft, "about").removeprefix("/en")

    response = client.post(url, {**ABOUT, "date_of_birth": "1865-01-01", "nationality": ""})

    html = response.content.decode()
    assert response.status_code == 200
    assert "Vérifiez la date de naissance." in html
    assert 'value="Casa Alianza"' in html
    draft.refresh_from_db()
    assert draft.family_name == ""  # an invalid step is not saved half-way


def test_each_step_saves_the_draft_and_leads_to_the_next(client, person, ngo):
    draft = start(client, ngo)

    about = client.post(step_url(draft, "about"), ABOUT)
    travel = client.post(step_url(draft, "travel"), TRAVEL)

    draft.refresh_from_db()
    assert about["Location"] == step_url(draft, "travel")
    assert travel["Location"] == step_url(draft, "documents")
    assert (draft.family_name, draft.organisation_name, draft.passport_number) == (
        "Pereira",
        "Casa Alianza",
        "BR7654321",
    )
    assert draft.status == RegistrationStatus.DRAFT


def test_save_the_draft_stays_on_the_step(client, person, ngo):
    draft = start(client, ngo)

    response = client.post(step_url(draft, "about"), {**ABOUT, "save_and_stay": "1"}, follow=True)

    assert response.redirect_chain[-1][0] == step_url(draft, "about")
    assert "Your draft has been saved." in response.content.decode()


def test_visa_letter_needs_a_passport_valid_after_the_congress(client, person, ngo):
    draft = start(client, ngo)

    response = client.post(step_url(draft, "travel"), {**TRAVEL, "passport_expires_on": "2001-12-01"})

    assert "The passport must still be valid after the congress" in response.content.decode()


def test_documents_are_checked_by_content_and_a_valid_one_is_kept_when_another_fails(client, person, ngo):
    draft = start(client, ngo)
    fake = SimpleUploadedFile("dossier.pdf", b"MZ\x90\x00 this is a program", content_type="application/pdf")

    response = client.post(step_url(draft, "documents"), {"photo": photo(), "document_ngo_dossier": fake})

    draft.refresh_from_db()
    assert response.status_code == 200
    assert "The files that passed the checks have been saved" in response.content.decode()
    assert draft.photo
    assert not draft.documents.exists()


def test_a_new_document_replaces_the_earlier_one_of_its_kind(client, person, ngo):
    draft = start(client, ngo)

    client.post(step_url(draft, "documents"), {"document_ngo_dossier": pdf("first.pdf")})
    client.post(step_url(draft, "documents"), {"document_ngo_dossier": pdf("second.pdf")})

    assert list(draft.documents.values_list("original_name", flat=True)) == ["second.pdf"]
    assert [entry.action for entry in actions_for(draft) if "document" in entry.action] == [
        "registration.document.replaced",
        "registration.document.added",
    ]


# ---- Sending -----------------------------------------------------------------------------------------------


def test_send_step_lists_what_is_missing_with_links_to_the_step(client, person, ngo):
    draft = start(client, ngo)
    client.post(step_url(draft, "about"), ABOUT)

    html = client.get(step_url(draft, "send")).content.decode()

    assert f'<a href="{step_url(draft, "documents")}">Photo for the badge</a>' in html
    assert "Accreditation dossier" in html


def test_incomplete_draft_is_not_sent(client, person, ngo):
    draft = start(client, ngo)
    client.post(step_url(draft, "about"), ABOUT)

    response = client.post(step_url(draft, "send"), {"accepts_code_of_conduct": "on"})

    draft.refresh_from_db()
    assert "Something required is still missing" in response.content.decode()
    assert draft.status == RegistrationStatus.DRAFT


def test_sending_a_complete_draft_submits_it_once_even_when_clicked_twice(client, person, ngo):
    draft = start(client, ngo)
    complete_draft(client, draft)

    first = client.post(step_url(draft, "send"), {"accepts_code_of_conduct": "on"})
    second = client.post(step_url(draft, "send"), {"accepts_code_of_conduct": "on"})

    draft.refresh_from_db()
    assert first["Location"] == second["Location"] == page_url(draft)
    assert draft.status == RegistrationStatus.SUBMITTED
    assert str(draft.stage.name) == "ECPAT review"
    assert draft.code_of_conduct_accepted_at is not None
    assert Participant.objects.count() == 1
    assert list(OutboundEmail.objects.values_list("to", "purpose")) == [
        (person.email, "registration_submitted")
    ]
    assert [e.action for e in actions_for(draft)].count("registration.participant.submitted") == 1


def test_ngo_in_consultative_status_needs_no_dossier(client, person, ngo):
    draft = start(client, ngo)
    complete_draft(client, draft, about={**ABOUT, "ecosoc_status": EcosocStatus.SPECIAL}, documents=False)

    client.post(step_url(draft, "send"), {"accepts_code_of_conduct": "on"})

    draft.refresh_from_db()
    assert draft.status == RegistrationStatus.SUBMITTED


def test_media_accreditation_needs_the_documents_and_unicef_guidelines(client, person, media):
    draft = start(client, media)
    client.post(step_url(draft, "about"), {**ABOUT, "organisation_name": "Asahi Shimbun"})
    client.post(step_url(draft, "travel"), TRAVEL)
    client.post(
        step_url(draft, "documents"),
        {"photo": photo(), "document_assignment_letter": pdf(), "document_press_card": pdf("card.pdf")},
    )

    refused = client.post(step_url(draft, "send"), {"accepts_code_of_conduct": "on"})
    client.post(step_url(draft, "send"), {"accepts_code_of_conduct": "on", "accepts_media_guidelines": "on"})

    draft.refresh_from_db()
    assert "Media accreditation needs the acceptance of UNICEF" in refused.content.decode()
    assert draft.status == RegistrationStatus.SUBMITTED
    assert draft.media_guidelines_accepted_at is not None


# ---- After sending -----------------------------------------------------------------------------------------


def submitted(client, category) -> Participant:
    draft = start(client, category)
    complete_draft(client, draft)
    client.post(step_url(draft, "send"), {"accepts_code_of_conduct": "on"})
    draft.refresh_from_db()
    return draft


def test_answer_to_a_request_for_information_goes_back_to_review(client, person, ngo):
    registration = submitted(client, ngo)
    decide_registration(
        participant=registration, decision="request_info", actor=None, reason="Dossier unsigned"
    )

    page = client.get(page_url(registration)).content.decode()
    client.post(step_url(registration, "documents"), {"document_ngo_dossier": pdf("signed.pdf")})

    registration.refresh_from_db()
    assert "Dossier unsigned" in page
    assert registration.status == RegistrationStatus.SUBMITTED
    assert registration.info_request == ""


def test_changes_are_refused_after_the_category_closes_but_an_answer_is_still_possible(client, person, ngo):
    registration = submitted(client, ngo)
    ngo.closes_at = timezone.now() - datetime.timedelta(hours=1)
    ngo.save()

    refused = client.post(step_url(registration, "about"), {**ABOUT, "family_name": "Changed"}, follow=True)
    decide_registration(participant=registration, decision="request_info", actor=None, reason="Which office?")
    answered = client.post(step_url(registration, "about"), {**ABOUT, "title": "Director, Recife office"})

    registration.refresh_from_db()
    assert "The deadline for changes has passed." in refused.content.decode()
    assert answered.status_code == 302
    assert (registration.family_name, registration.title) == ("Pereira", "Director, Recife office")
    assert registration.status == RegistrationStatus.SUBMITTED


def test_approved_participant_downloads_the_letters_from_their_page(client, person, ngo):
    registration = submitted(client, ngo)
    decide_registration(participant=registration, decision="approve", actor=None)

    page = client.get(page_url(registration)).content.decode()
    letter = client.get(reverse("letters:download", kwargs={"pk": registration.pk, "kind": "visa"}))

    assert "Visa-support letter (PDF)" in page
    assert "Confirmation of registration (PDF)" in page
    assert letter["Content-Type"] == "application/pdf"


def test_withdrawal_closes_the_registration_and_is_logged(client, person, ngo):
    registration = submitted(client, ngo)

    client.post(
        reverse("participant:withdraw", kwargs={"reference": registration.reference}), {"reason": "Ill"}
    )

    registration.refresh_from_db()
    assert registration.status == RegistrationStatus.WITHDRAWN
    assert actions_for(registration).first().data["reason"] == "Ill"
    assert client.get(step_url(registration, "about")).status_code == 302


# ---- Who sees what -----------------------------------------------------------------------------------------


def test_another_person_cannot_see_or_change_the_registration(client, person, ngo):
    registration = submitted(client, ngo)
    client.force_login(UserFactory())

    urls = [page_url(registration), step_url(registration, "about")]
    urls.append(reverse("participant:withdraw", kwargs={"reference": registration.reference}))

    assert [client.get(url).status_code for url in urls] == [404, 404, 404]
    assert client.post(urls[2], {"reason": ""}).status_code == 404
    registration.refresh_from_db()
    assert registration.status == RegistrationStatus.SUBMITTED


def test_anonymous_visitor_is_sent_to_sign_in(client, ngo):
    registration = ParticipantFactory(category=ngo, user=UserFactory())

    response = client.get(page_url(registration))

    assert response.status_code == 302
    assert response["Location"].startswith("/en/accounts/login/")


def test_my_registrations_lists_only_mine(client, person, ngo):
    mine = submitted(client, ngo)
    other = ParticipantFactory(category=ngo, user=UserFactory())

    html = client.get(reverse("participant:mine")).content.decode()

    assert mine.reference in html
    assert other.reference not in html


def test_a_nominee_who_signs_in_with_the_nominated_address_finds_the_registration(client, congress):
    nominee = ParticipantFactory(category=CategoryFactory(congress=congress), email="minister@gov.example")
    user = UserFactory(email="minister@gov.example")

    client.post(reverse("account_login"), {"login": user.email, "password": PASSWORD})

    nominee.refresh_from_db()
    assert nominee.user == user
    assert nominee.reference in client.get(reverse("participant:mine")).content.decode()


def test_withdrawal_revokes_the_letters_already_issued(client, person, ngo):
    registration = submitted(client, ngo)
    decide_registration(participant=registration, decision="approve", actor=None)
    client.get(reverse("letters:download", kwargs={"pk": registration.pk, "kind": "confirmation"}))
    code = registration.letters.get().code

    client.post(reverse("participant:withdraw", kwargs={"reference": registration.reference}), {"reason": ""})

    verification = client.get(reverse("verify-letter", kwargs={"code": code}))
    assert registration.letters.get().revoked_at is not None
    assert "no longer valid" in verification.content.decode()


def test_details_the_category_requires_are_asked_for_and_block_sending(client, person, media):
    media.required_fields = ["title", "organisation_name"]
    media.save()
    draft = start(client, media)

    refused = client.post(step_url(draft, "about"), {**ABOUT, "title": ""})
    client.post(step_url(draft, "about"), {**ABOUT, "save_and_stay": "1"})
    Participant.objects.filter(pk=draft.pk).update(title="")  # as if saved before the rule existed
    missing = client.get(step_url(draft, "send")).content.decode()

    assert "This field is required." in refused.content.decode()
    assert f'<a href="{step_url(draft, "about")}">Title or function</a>' in missing
