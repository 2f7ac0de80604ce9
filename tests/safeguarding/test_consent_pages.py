"""The guardian's and the young person's consent pages, reached by their secret links."""

import pytest
from django.urls import reverse

from plenaria.common.audit import actions_for
from plenaria.safeguarding.enums import ConsentKind, ConsentSigner, MediaLevel
from plenaria.safeguarding.selectors import clearance_for, media_level
from plenaria.safeguarding.services.guardians import invite_guardian
from tests.factories.congresses import CongressFactory
from tests.factories.safeguarding import ConsentTextFactory

pytestmark = [pytest.mark.integration, pytest.mark.django_db]

ANSWERS = {
    "participation": "on",
    "medical": "on",
    "emergency_contacts": "Hiroshi Sato (uncle) +81 90 1111 2222",
    "medical_notes": "Peanut allergy",
    "media_level": MediaLevel.INTERNAL,
    "signer_name": "Keiko Sato",
}


@pytest.fixture
def invited(profile):
    profile.participant.completion_token = "aiko-s-own-link"  # as her nomination e-mail gives it
    profile.participant.save()
    return invite_guardian(profile=profile)


def guardian_url(profile, language="en", suffix="") -> str:
    path = reverse(
        "youth_consent:guardian",
        kwargs={"congress_slug": profile.participant.congress.slug, "token": profile.guardian_token},
    )
    return f"/{language}{path.removeprefix('/en')}{suffix}"


def young_person_url(profile) -> str:
    participant = profile.participant
    return reverse(
        "youth_consent:young-person",
        kwargs={"congress_slug": participant.congress.slug, "token": participant.completion_token},
    )


def test_guardian_page_shows_the_texts_in_force_in_the_guardians_language(client, invited, texts):
    response = client.get(guardian_url(invited, "ja"))

    html = response.content.decode()
    assert response.status_code == 200
    assert "no-store" in response["Cache-Control"]
    assert "参加と渡航に同意します。" in html
    assert "Aiko" in html
    assert "Sato" not in html  # the first name only: the page may be open on a shared screen


def test_guardian_page_without_published_texts_says_to_come_back(client, invited):
    html = client.get(guardian_url(invited)).content.decode()

    assert "The consent texts are not ready yet." in html
    assert "<form" not in html.split("<main", 1)[1]


def test_guardian_gives_every_consent_in_one_go_recorded_with_version_and_language(client, invited, texts):
    response = client.post(guardian_url(invited, "ja"), ANSWERS)

    consents = {consent.kind: consent for consent in invited.consents.all()}
    invited.refresh_from_db()
    assert response.status_code == 302
    assert set(consents) == {
        ConsentKind.GUARDIAN_PARTICIPATION,
        ConsentKind.GUARDIAN_MEDICAL,
        ConsentKind.MEDIA,
    }
    assert {(c.language, c.text.version, c.given_by) for c in consents.values()} == {
        ("ja", 1, ConsentSigner.GUARDIAN)
    }
    assert consents[ConsentKind.MEDIA].media_level == MediaLevel.INTERNAL
    assert invited.emergency_contacts == ANSWERS["emergency_contacts"]
    assert invited.medical_notes == "Peanut allergy"


def test_guardian_form_with_a_missing_answer_records_nothing_and_keeps_what_was_typed(client, invited, texts):
    response = client.post(guardian_url(invited), {**ANSWERS, "media_level": "", "signer_name": "Keiko Sato"})

    html = response.content.decode()
    assert response.status_code == 200
    assert "Choose one of the three answers." in html
    assert "Hiroshi Sato (uncle)" in html
    assert not invited.consents.exists()


def test_consents_already_given_are_not_asked_again(client, invited, texts):
    client.post(guardian_url(invited), ANSWERS)

    form = client.get(guardian_url(invited)).context["form"]

    assert list(form.fields) == ["media_level", "signer_name"]


def test_guardian_withdraws_media_consent_and_it_applies_at_once(client, invited, texts):
    client.post(guardian_url(invited), {**ANSWERS, "media_level": MediaLevel.PUBLIC})
    assert media_level(participant=invited.participant) == MediaLevel.PUBLIC

    response = client.post(guardian_url(invited, suffix="withdraw-media/"), follow=True)

    assert media_level(participant=invited.participant) == MediaLevel.NONE
    assert "no photos, filming or interviews" in response.content.decode()
    assert actions_for(invited.consents.get(kind=ConsentKind.MEDIA)).first().action == (
        "safeguarding.consent.withdrawn"
    )


def test_young_person_gives_their_own_assent_and_can_withdraw_media_consent(client, invited, texts):
    client.post(guardian_url(invited), ANSWERS)

    assent = client.post(
        young_person_url(invited), {"assent": "on", "accepts_code": "on", "signer_name": "Aiko"}
    )
    withdrawal = client.post(young_person_url(invited) + "withdraw-media/")

    consent = invited.consents.get(kind=ConsentKind.YOUTH_ASSENT)
    code = invited.consents.get(kind=ConsentKind.PARTICIPANT_CODE)
    assert (assent.status_code, withdrawal.status_code) == (302, 302)
    assert consent.given_by == ConsentSigner.YOUNG_PERSON
    assert (code.given_by, code.text) == (ConsentSigner.YOUNG_PERSON, texts[ConsentKind.PARTICIPANT_CODE])
    assert invited.consents.get(kind=ConsentKind.MEDIA).withdrawn_by == ConsentSigner.YOUNG_PERSON
    assert clearance_for(participant=invited.participant).reasons == ["chaperone_missing"]


def test_young_person_must_accept_the_code_of_conduct_with_their_assent(client, invited, texts):
    page = client.get(young_person_url(invited)).content.decode()

    refused = client.post(young_person_url(invited), {"assent": "on", "signer_name": "Aiko"})

    assert "Participant code of conduct." in page
    assert refused.status_code == 200
    assert "Tick the box to say you will follow the code of conduct." in refused.content.decode()
    assert 'value="Aiko"' in refused.content.decode()
    assert not invited.consents.exists()


def test_a_new_version_of_the_code_is_asked_again_without_asking_the_assent_again(client, invited, texts):
    client.post(young_person_url(invited), {"assent": "on", "accepts_code": "on", "signer_name": "Aiko"})
    ConsentTextFactory(
        congress=invited.participant.congress,
        kind=ConsentKind.PARTICIPANT_CODE,
        version=2,
        body={"en": "Participant code of conduct, second version."},
    )

    page = client.get(young_person_url(invited)).content.decode()
    client.post(young_person_url(invited), {"accepts_code": "on", "signer_name": "Aiko"})

    assert "second version" in page
    assert invited.consents.filter(kind=ConsentKind.YOUTH_ASSENT).count() == 1
    assert sorted(
        invited.consents.filter(kind=ConsentKind.PARTICIPANT_CODE).values_list("text__version", flat=True)
    ) == [1, 2]


def test_an_unknown_or_replaced_link_is_not_found(client, invited, texts):
    old = guardian_url(invited)
    invite_guardian(profile=invited)  # a new invitation replaces the link

    assert client.get(old).status_code == 404
    assert client.post(old, ANSWERS).status_code == 404
    assert not invited.consents.exists()


def test_a_link_under_another_congress_is_not_found(client, invited, texts):
    other = CongressFactory()
    url = guardian_url(invited).replace(f"/{invited.participant.congress.slug}/", f"/{other.slug}/")

    assert client.get(url).status_code == 404
