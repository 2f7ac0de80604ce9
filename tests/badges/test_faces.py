import pytest
from django.core.files.base import ContentFile
from django.utils import timezone

from plenaria.badges.enums import RevocationReason
from plenaria.badges.faces import BadgeFace
from plenaria.badges.models import Badge
from plenaria.badges.selectors import badge_face, badge_faces, current_badge, find_badge_by_secret
from plenaria.badges.services import reprint_badge
from plenaria.delegations.enums import DelegationRole
from plenaria.registration.enums import CategoryKind, RegistrationStatus
from plenaria.safeguarding.enums import ConsentKind, MediaLevel
from tests.factories.badges import AccessZoneFactory, BadgeFactory, clear_young_person
from tests.factories.congresses import CongressFactory
from tests.factories.registration import CategoryFactory, DelegationFactory, ParticipantFactory
from tests.factories.safeguarding import ADULT_BIRTH, YouthProfileFactory

pytestmark = [pytest.mark.integration, pytest.mark.django_db]

PHOTO = b"\x89PNG\r\n\x1a\n photo of the participant"


@pytest.fixture(autouse=True)
def _private_media(settings, tmp_path):
    settings.PRIVATE_MEDIA_ROOT = tmp_path


@pytest.fixture
def government(congress):
    return CategoryFactory(
        congress=congress,
        slug="government",
        name={"en": "Government delegation", "ja": "政府代表団"},
        badge_colour="#b22222",
        badge_code="E",
    )


@pytest.fixture
def ngo(congress):
    return CategoryFactory(
        congress=congress,
        slug="ngo",
        kind=CategoryKind.NGO,
        name={"en": "Non-governmental organisation"},
        badge_colour="#2e7d32",
        badge_code="N",
        is_nominated_by_delegation=False,
    )


@pytest.fixture
def youth(congress):
    return CategoryFactory(congress=congress, slug="youth", kind=CategoryKind.YOUTH, badge_code="Y")


@pytest.fixture
def zones(congress, government, ngo, youth):
    return [
        AccessZoneFactory(
            congress=congress,
            position=2,
            name={"en": "Workshop rooms", "ja": "分科会場"},
            categories=[government, ngo, youth],
        ),
        AccessZoneFactory(
            congress=congress,
            position=1,
            name={"en": "Plenary hall", "ja": "本会議場"},
            categories=[government],
        ),
        AccessZoneFactory(congress=congress, position=3, name={"en": "Youth area"}, categories=[youth]),
    ]


def with_photo(participant):
    participant.photo.save("photo.png", ContentFile(PHOTO))
    return participant


def delegate_badge(congress, government, **fields):
    delegation = DelegationFactory(congress=congress, organisation__name="Government of Japan")
    details = {
        "role": DelegationRole.HEAD,
        "given_name": "Aiko",
        "family_name": "Tanaka",
        "name_in_own_script": "田中 愛子",
        "organisation_name": "Ministry of Foreign Affairs",
        "date_of_birth": ADULT_BIRTH,
        **fields,
    }
    participant = ParticipantFactory(
        category=government, delegation=delegation, status=RegistrationStatus.APPROVED, **details
    )
    return BadgeFactory(participant=with_photo(participant))


def ngo_badge(ngo):
    participant = ParticipantFactory(
        category=ngo,
        role="",
        status=RegistrationStatus.APPROVED,
        given_name="Leila",
        family_name="Benali",
        name_in_own_script="ليلى بنعلي",
        organisation_name="ECPAT International",
        date_of_birth=ADULT_BIRTH,
    )
    return BadgeFactory(participant=participant)


def young_badge(youth, *, media_level, pseudonym=""):
    profile = YouthProfileFactory(
        participant__category=youth,
        participant__status=RegistrationStatus.APPROVED,
        participant__given_name="Mai",
        participant__family_name="Sato",
        participant__name_in_own_script="佐藤 舞",
        is_minor_frozen=True,
        pseudonym=pseudonym,
        use_pseudonym=bool(pseudonym),
    )
    clear_young_person(profile, media_level=media_level)
    return BadgeFactory(participant=with_photo(profile.participant))


def test_badge_face_of_a_head_of_delegation(congress, government, zones):
    badge = delegate_badge(congress, government, reference="YK-0000042")

    face = badge_face(badge, "en")

    assert face == BadgeFace(
        badge_id=badge.pk,
        registration_number="YK-0000042",
        latin_name="Aiko TANAKA",
        own_script_name="田中 愛子",
        organisation="Government of Japan",
        role="Head of delegation",
        category="Government delegation",
        colour="#b22222",
        letter_code="E",
        zones=("Plenary hall", "Workshop rooms"),
        photo=PHOTO,
        no_photo_marker=False,
        qr_payload=badge.secret,
    )


def test_badge_face_names_category_and_zones_in_the_badge_language(congress, government, zones):
    badge = delegate_badge(congress, government, role=DelegationRole.DELEGATE)

    face = badge_face(badge, "ja")

    assert (face.category, face.zones) == ("政府代表団", ("本会議場", "分科会場"))
    assert face.latin_name == "Aiko TANAKA"


def test_badge_face_of_an_ngo_participant_shows_the_organisation_and_no_role(ngo, zones):
    face = badge_face(ngo_badge(ngo), "en")

    assert (face.latin_name, face.own_script_name) == ("Leila BENALI", "ليلى بنعلي")
    assert (face.organisation, face.role) == ("ECPAT International", "")
    assert (face.colour, face.letter_code, face.zones) == ("#2e7d32", "N", ("Workshop rooms",))
    assert (face.photo, face.no_photo_marker) == (None, False)


def test_badge_face_of_a_young_person_with_public_media_consent_shows_the_photo(youth, zones):
    face = badge_face(young_badge(youth, media_level=MediaLevel.PUBLIC), "en")

    assert (face.photo, face.no_photo_marker) == (PHOTO, False)
    assert face.zones == ("Workshop rooms", "Youth area")


@pytest.mark.parametrize("level", [MediaLevel.INTERNAL, MediaLevel.NONE])
def test_badge_face_of_a_young_person_without_public_media_consent_has_the_marker_and_no_photo(youth, level):
    face = badge_face(young_badge(youth, media_level=level), "en")

    assert (face.photo, face.no_photo_marker) == (None, True)
    assert face.latin_name == "Mai SATO"


def test_badge_face_of_a_young_person_who_withdrew_media_consent_has_the_marker(youth):
    badge = young_badge(youth, media_level=MediaLevel.PUBLIC)
    badge.participant.youth_profile.consents.filter(kind=ConsentKind.MEDIA).update(
        withdrawn_at=timezone.now()
    )

    face = badge_face(badge, "en")

    assert (face.photo, face.no_photo_marker) == (None, True)


def test_badge_face_of_a_young_person_under_a_pseudonym_shows_only_the_pseudonym(youth):
    face = badge_face(young_badge(youth, media_level=MediaLevel.PUBLIC, pseudonym="Hana"), "en")

    assert (face.latin_name, face.own_script_name) == ("Hana", "")
    assert "Sato" not in repr(face)


def test_badge_face_zones_of_another_congress_are_not_printed(congress, government, zones):
    AccessZoneFactory(congress=CongressFactory(), name={"en": "Elsewhere"}, categories=[government])

    face = badge_face(delegate_badge(congress, government), "en")

    assert face.zones == ("Plenary hall", "Workshop rooms")


@pytest.mark.parametrize("groups", [1, 5])
def test_badge_faces_cost_a_fixed_number_of_queries(
    congress, government, ngo, youth, zones, groups, django_assert_num_queries
):
    for _ in range(groups):
        delegate_badge(congress, government, role=DelegationRole.DELEGATE)
        ngo_badge(ngo)
        young_badge(youth, media_level=MediaLevel.INTERNAL)
    badges = Badge.objects.filter(participant__congress=congress).order_by("pk")

    with django_assert_num_queries(5):
        faces = badge_faces(badges, "en")

    assert len(faces) == 3 * groups
    assert [face.badge_id for face in faces] == list(badges.values_list("pk", flat=True))


def test_find_badge_by_secret_finds_it_in_its_congress_only(congress, ngo):
    badge = ngo_badge(ngo)

    assert find_badge_by_secret(congress=congress, secret=badge.secret) == badge
    assert find_badge_by_secret(congress=CongressFactory(), secret=badge.secret) is None
    assert find_badge_by_secret(congress=congress, secret="") is None
    assert find_badge_by_secret(congress=congress, secret=badge.secret[:-1]) is None


def test_find_badge_by_secret_of_a_reprinted_badge_finds_the_revoked_one(congress, ngo, make_staff):
    old = ngo_badge(ngo)
    new = reprint_badge(
        badge=old, actor=make_staff(congress, "can_change_congress"), reason=RevocationReason.LOST
    )

    found = find_badge_by_secret(congress=congress, secret=old.secret)

    assert found == old
    assert found.is_revoked
    assert current_badge(participant=old.participant) == new
