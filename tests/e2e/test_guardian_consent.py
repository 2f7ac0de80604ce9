"""A parent gives consent in French from the link of their e-mail, then withdraws media consent."""

import pytest

from plenaria.safeguarding.enums import ConsentKind, MediaLevel
from plenaria.safeguarding.selectors import media_level
from plenaria.safeguarding.services.guardians import invite_guardian
from tests.factories.registration import CategoryFactory
from tests.factories.safeguarding import ConsentTextFactory, YouthParticipantFactory, YouthProfileFactory

pytestmark = [pytest.mark.e2e, pytest.mark.django_db(transaction=True)]

TEXTS = {
    ConsentKind.GUARDIAN_PARTICIPATION: "J'autorise mon enfant à participer et à voyager.",
    ConsentKind.GUARDIAN_MEDICAL: "J'autorise les soins médicaux d'urgence.",
    ConsentKind.MEDIA: "Photos, films et interviews : votre choix.",
}


@pytest.fixture
def invited(congress):
    for kind, text in TEXTS.items():
        ConsentTextFactory(congress=congress, kind=kind, version=2, body={"en": "English text", "fr": text})
    category = CategoryFactory(
        congress=congress, slug="youth", kind="youth", is_nominated_by_delegation=False
    )
    minor = YouthParticipantFactory(category=category, given_name="Léa", family_name="Martin")
    profile = YouthProfileFactory(participant=minor, guardian_language="fr", guardian_name="Claire Martin")
    return invite_guardian(profile=profile)


def test_guardian_consents_in_french_then_stops_photos(page, live_server, invited):
    url = f"{live_server.url}/fr/{invited.participant.congress.slug}/guardian/{invited.guardian_token}/"
    page.goto(url)
    assert page.locator("html").get_attribute("lang") == "fr"
    assert page.get_by_text(TEXTS[ConsentKind.GUARDIAN_PARTICIPATION]).is_visible()

    page.locator("#id_participation").check()
    page.locator("#id_medical").check()
    page.locator("#id_emergency_contacts").fill("Paul Martin (père) +33 6 12 34 56 78")
    page.locator(f"input[name=media_level][value={MediaLevel.PUBLIC}]").check()
    page.locator("#id_signer_name").fill("Claire Martin")
    page.locator("main form button[type=submit]").click()

    assert page.url == url
    assert invited.consents.count() == 3
    assert {consent.language for consent in invited.consents.all()} == {"fr"}
    assert media_level(participant=invited.participant) == MediaLevel.PUBLIC

    page.locator("form[action$='withdraw-media/'] button").click()

    assert media_level(participant=invited.participant) == MediaLevel.NONE
    assert page.locator("form[action$='withdraw-media/']").count() == 0
