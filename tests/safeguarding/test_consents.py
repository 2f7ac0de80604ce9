import datetime

import pytest

from plenaria.common.audit import actions_for
from plenaria.common.models import OutboundEmail
from plenaria.congresses.public_cache import public_cache_version
from plenaria.safeguarding.enums import ConsentKind, ConsentMethod, ConsentSigner, MediaLevel
from plenaria.safeguarding.errors import SafeguardingError
from plenaria.safeguarding.selectors import current_text, get_profile_by_guardian_token, media_level
from plenaria.safeguarding.services.consents import record_consent, withdraw_media_consent
from plenaria.safeguarding.services.guardians import invite_guardian
from plenaria.safeguarding.services.texts import publish_consent_text
from tests.factories.accounts import UserFactory
from tests.factories.congresses import CongressFactory
from tests.factories.safeguarding import ConsentTextFactory, YouthProfileFactory

pytestmark = [pytest.mark.integration, pytest.mark.django_db]


def consent_args(texts, kind=ConsentKind.GUARDIAN_PARTICIPATION, **overrides):
    args = {
        "kind": kind,
        "text": texts[kind],
        "language": "en",
        "given_by": ConsentSigner.GUARDIAN,
        "signer_name": "Keiko Sato",
        "method": ConsentMethod.ONLINE,
    }
    return {**args, **overrides}


def test_current_text_is_the_latest_published_version(congress):
    kind = ConsentKind.MEDIA
    ConsentTextFactory(congress=congress, kind=kind, version=1)
    second = ConsentTextFactory(congress=congress, kind=kind, version=2)
    ConsentTextFactory(congress=congress, kind=kind, version=3, published_at=None)
    ConsentTextFactory(
        congress=congress,
        kind=kind,
        version=4,
        published_at=datetime.datetime(2999, 1, 1, tzinfo=datetime.UTC),
    )
    ConsentTextFactory(congress=CongressFactory(), kind=kind, version=9)

    assert current_text(kind=kind, congress=congress) == second
    assert current_text(kind=ConsentKind.STAFF_CODE, congress=congress) is None


def test_publish_consent_text_numbers_versions_and_keeps_the_earlier_ones(congress):
    actor = UserFactory()

    first = publish_consent_text(congress=congress, kind=ConsentKind.MEDIA, body={"en": "v1"}, actor=actor)
    second = publish_consent_text(
        congress=congress, kind=ConsentKind.MEDIA, body={"en": "v2", "ja": "第2版"}, actor=actor
    )

    assert (first.version, second.version) == (1, 2)
    assert current_text(kind=ConsentKind.MEDIA, congress=congress) == second
    assert actions_for(second).get().data == {"kind": "media", "version": 2, "languages": ["en", "ja"]}


def test_record_consent_keeps_the_exact_version_and_language_shown(profile, texts):
    consent = record_consent(profile=profile, **consent_args(texts, language="ja"))

    consent.refresh_from_db()
    assert (consent.text, consent.text.version, consent.language) == (
        texts[ConsentKind.GUARDIAN_PARTICIPATION],
        1,
        "ja",
    )
    assert (consent.given_by, consent.method, consent.signer_name) == ("guardian", "online", "Keiko Sato")
    assert consent.recorded_by is None


def test_record_consent_in_a_language_the_text_lacks_records_the_language_actually_shown(profile, texts):
    consent = record_consent(
        profile=profile,
        **consent_args(
            texts, ConsentKind.PARTICIPANT_CODE, language="ja", given_by=ConsentSigner.YOUNG_PERSON
        ),
    )

    assert consent.language == "en"


def test_record_consent_paper_form_is_recorded_by_staff(profile, texts):
    clerk = UserFactory()

    consent = record_consent(
        profile=profile,
        **consent_args(texts, given_by=ConsentSigner.STAFF, method=ConsentMethod.PAPER),
        given_at=datetime.datetime(2001, 12, 12, tzinfo=datetime.UTC),
        actor=clerk,
    )

    assert (consent.recorded_by, consent.given_at.date()) == (clerk, datetime.date(2001, 12, 12))
    assert actions_for(consent).get().actor == clerk


@pytest.mark.parametrize(
    ("overrides", "code"),
    [
        ({"kind": ConsentKind.CHAPERONE_CODE}, "wrong_kind"),
        ({"given_by": ConsentSigner.YOUNG_PERSON}, "wrong_signer"),
        ({"given_by": ConsentSigner.STAFF}, "wrong_method"),
        ({"method": ConsentMethod.PAPER}, "recorder_required"),
        ({"signer_name": "  "}, "signer_required"),
        ({"kind": ConsentKind.MEDIA}, "media_level_required"),
    ],
)
def test_record_consent_invalid_is_refused(profile, texts, overrides, code):
    args = consent_args(texts)
    args.update(overrides)
    args["text"] = texts[args["kind"]]

    with pytest.raises(SafeguardingError) as refused:
        record_consent(profile=profile, **args)

    assert refused.value.code == code
    assert not profile.consents.exists()


def test_record_consent_with_a_text_of_another_kind_or_a_draft_is_refused(profile, texts, congress):
    draft = ConsentTextFactory(
        congress=congress, kind=ConsentKind.GUARDIAN_PARTICIPATION, version=2, published_at=None
    )
    codes = []
    for text in (
        texts[ConsentKind.MEDIA],
        draft,
        ConsentTextFactory(kind=ConsentKind.GUARDIAN_PARTICIPATION),
    ):
        with pytest.raises(SafeguardingError) as refused:
            record_consent(profile=profile, **consent_args(texts, text=text))
        codes.append(refused.value.code)

    assert codes == ["wrong_text"] * 3


def test_media_level_of_a_minor_without_media_consent_is_none(profile):
    assert media_level(participant=profile.participant) == MediaLevel.NONE


def test_media_level_of_an_adult_is_not_limited(adult):
    assert media_level(participant=adult) == MediaLevel.PUBLIC


def test_media_level_follows_the_latest_media_consent(profile, give_consent):
    give_consent(profile, ConsentKind.MEDIA, media_level=MediaLevel.INTERNAL)
    give_consent(profile, ConsentKind.MEDIA, media_level=MediaLevel.PUBLIC)

    assert media_level(participant=profile.participant) == MediaLevel.PUBLIC


def test_withdraw_media_consent_takes_effect_at_once(profile, give_consent):
    give_consent(profile, ConsentKind.MEDIA, media_level=MediaLevel.PUBLIC)
    participant = profile.participant
    assert media_level(participant=participant) == MediaLevel.PUBLIC
    version_before = public_cache_version(participant.congress_id)

    consent = withdraw_media_consent(profile=profile, by=ConsentSigner.YOUNG_PERSON)

    assert media_level(participant=participant) == MediaLevel.NONE
    assert consent.withdrawn_by == ConsentSigner.YOUNG_PERSON
    assert public_cache_version(participant.congress_id) != version_before
    assert [(a.action, a.data) for a in actions_for(consent)] == [
        ("safeguarding.consent.withdrawn", {"kind": "media", "by": "young_person", "media_level": "public"}),
        (
            "safeguarding.consent.recorded",
            {
                "kind": "media",
                "version": 1,
                "language": "en",
                "given_by": "guardian",
                "method": "online",
                "media_level": "public",
            },
        ),
    ]


def test_withdraw_media_consent_twice_changes_nothing_more(profile, give_consent):
    give_consent(profile, ConsentKind.MEDIA)
    first = withdraw_media_consent(profile=profile, by=ConsentSigner.GUARDIAN, actor=UserFactory())

    second = withdraw_media_consent(profile=profile, by=ConsentSigner.YOUNG_PERSON, actor=UserFactory())

    assert (second.pk, second.withdrawn_at, second.withdrawn_by) == (first.pk, first.withdrawn_at, "guardian")
    assert [a.action for a in actions_for(first)].count("safeguarding.consent.withdrawn") == 1


def test_media_consent_given_again_after_a_withdrawal_counts(profile, give_consent):
    give_consent(profile, ConsentKind.MEDIA)
    withdraw_media_consent(profile=profile, by=ConsentSigner.GUARDIAN)

    give_consent(profile, ConsentKind.MEDIA, media_level=MediaLevel.INTERNAL)

    assert media_level(participant=profile.participant) == MediaLevel.INTERNAL


def test_withdraw_media_consent_without_one_is_refused(profile):
    with pytest.raises(SafeguardingError) as refused:
        withdraw_media_consent(profile=profile, by=ConsentSigner.GUARDIAN)

    assert refused.value.code == "no_media_consent"


def test_withdraw_media_consent_by_staff_alone_is_refused(profile, give_consent):
    give_consent(profile, ConsentKind.MEDIA)

    with pytest.raises(SafeguardingError) as refused:
        withdraw_media_consent(profile=profile, by=ConsentSigner.STAFF, actor=UserFactory())

    assert refused.value.code == "wrong_signer"
    assert media_level(participant=profile.participant) == MediaLevel.INTERNAL


def test_invite_guardian_emails_a_secret_link_in_the_guardians_language(profile):
    invite_guardian(profile=profile, actor=UserFactory())

    profile.refresh_from_db()
    email = OutboundEmail.objects.get()
    assert (email.to, email.language, email.purpose) == (
        profile.guardian_email,
        "ja",
        "safeguarding_guardian_invitation",
    )
    assert f"/ja/yokohama-2001/guardian/{profile.guardian_token}/" in email.body_text
    assert "ユース・イベント" in email.body_text  # the event's name in Japanese
    assert "Aiko" in email.subject
    assert get_profile_by_guardian_token(token=profile.guardian_token) == profile
    assert actions_for(profile).get().data == {"language": "ja"}


def test_invite_guardian_again_replaces_the_link(profile):
    first = invite_guardian(profile=profile).guardian_token

    second = invite_guardian(profile=profile).guardian_token

    assert first != second
    assert get_profile_by_guardian_token(token=first) is None
    assert OutboundEmail.objects.count() == 2


def test_invite_guardian_without_an_email_is_refused(db):
    profile = YouthProfileFactory(guardian_email="")

    with pytest.raises(SafeguardingError) as refused:
        invite_guardian(profile=profile)

    assert refused.value.code == "guardian_email_missing"
    assert not OutboundEmail.objects.exists()
