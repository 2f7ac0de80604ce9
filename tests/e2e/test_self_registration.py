"""A journalist registers for media accreditation in French, step by step, in a real browser."""

import pytest
from axe_playwright_python.sync_playwright import Axe
from PIL import Image

from plenaria.registration.enums import CategoryKind, DocumentKind, RegistrationStatus
from plenaria.registration.models import Participant
from plenaria.registration.services.self_registration import start_registration
from tests.factories.accounts import PASSWORD, UserFactory
from tests.factories.registration import CategoryFactory, ReviewStageFactory

from .test_accessibility import BLOCKING_IMPACTS, _describe

pytestmark = [pytest.mark.e2e, pytest.mark.django_db(transaction=True)]

PDF = b"%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n"


@pytest.fixture
def media(congress, settings, tmp_path):
    settings.PRIVATE_MEDIA_ROOT = tmp_path / "private"
    category = CategoryFactory(
        congress=congress,
        slug="media",
        kind=CategoryKind.MEDIA,
        name={"en": "Media", "fr": "Médias"},
        is_nominated_by_delegation=False,
        is_self_registration=True,
        requires_media_guidelines=True,
        required_documents=[DocumentKind.ASSIGNMENT_LETTER, DocumentKind.PRESS_CARD],
    )
    ReviewStageFactory(
        category=category, position=1, name={"en": "Communications advisor", "fr": "Conseiller"}
    )
    return category


@pytest.fixture
def files(tmp_path):
    photo = tmp_path / "photo.png"
    Image.new("RGB", (600, 800), "navy").save(photo, format="PNG")
    letter, card = tmp_path / "lettre.pdf", tmp_path / "carte.pdf"
    letter.write_bytes(PDF)
    card.write_bytes(PDF)
    return {"photo": str(photo), "letter": str(letter), "card": str(card)}


def test_journalist_registers_in_french_and_follows_the_registration(page, live_server, media, files):
    user = UserFactory(email="claire@lemonde.example", language="fr")
    page.goto(f"{live_server.url}/fr/accounts/login/?next=/fr/{media.congress.slug}/register/")
    page.fill("input[name=login]", user.email)
    page.fill("input[name=password]", PASSWORD)
    page.locator("main form button[type=submit]").click()

    page.get_by_role("link", name="S'inscrire dans cette catégorie").click()
    page.get_by_role("button", name="Commencer l'inscription").click()
    page.fill("#id_given_name", "Claire")
    page.fill("#id_family_name", "Martin")
    page.fill("#id_organisation_name", "Le Monde")
    page.select_option("#id_nationality", "FR")
    page.fill("#id_date_of_birth", "1968-09-12")
    page.get_by_role("button", name="Enregistrer et continuer").click()
    page.get_by_role("button", name="Enregistrer et continuer").click()  # no visa, no particular needs

    page.set_input_files("#id_photo", files["photo"])
    page.set_input_files("#id_document_assignment_letter", files["letter"])
    page.get_by_role("button", name="Enregistrer et continuer").click()
    missing = page.get_by_role("region", name="Éléments encore manquants")
    assert missing.get_by_role("link", name="Carte de presse").is_visible()

    missing.get_by_role("link", name="Carte de presse").click()
    page.set_input_files("#id_document_press_card", files["card"])
    page.get_by_role("button", name="Enregistrer et continuer").click()
    page.get_by_label("J'ai lu et j'accepte le code de conduite").check()
    page.get_by_label("J'ai lu les principes éthiques de l'UNICEF", exact=False).check()
    page.get_by_role("button", name="Envoyer mon inscription").click()

    registration = Participant.objects.get(user=user)
    assert registration.status == RegistrationStatus.SUBMITTED
    assert registration.documents.count() == 2
    assert page.url == f"{live_server.url}/fr/registration/{registration.reference}/"
    assert page.get_by_text("Soumise", exact=True).is_visible()


@pytest.mark.parametrize("step", ["", "about/", "travel/", "documents/", "send/", "withdraw/"])
def test_registration_pages_axe_scan_has_no_serious_violations(
    page, live_server, media, browser_signed_in_as, step
):
    user = UserFactory()
    draft = start_registration(category=media, user=user)
    browser_signed_in_as(user)
    page.goto(f"{live_server.url}/en/registration/{draft.reference}/{step}")

    results = Axe().run(page)

    blocking = [v for v in results.response["violations"] if v["impact"] in BLOCKING_IMPACTS]
    assert page.url == f"{live_server.url}/en/registration/{draft.reference}/{step}"
    assert blocking == [], _describe(blocking)


@pytest.mark.parametrize("path", ["/en/{slug}/register/", "/ar/{slug}/register/media/"])
def test_public_registration_pages_axe_scan_has_no_serious_violations(page, live_server, media, path):
    page.goto(f"{live_server.url}{path.format(slug=media.congress.slug)}")

    results = Axe().run(page)

    blocking = [v for v in results.response["violations"] if v["impact"] in BLOCKING_IMPACTS]
    assert blocking == [], _describe(blocking)
