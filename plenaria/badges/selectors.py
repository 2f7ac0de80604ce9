"""Reads of the badges app: what each badge shows (`badge_faces`, a fixed number of queries for a whole print
batch) and the badge behind a scanned secret."""

from django.db.models import Prefetch, QuerySet
from django.utils import translation

from plenaria.common.i18n_content import localize
from plenaria.registration.disclosure import Audience, disclose
from plenaria.registration.models import Participant
from plenaria.safeguarding.enums import MediaLevel

from .enums import BadgeStatus
from .faces import BadgeFace
from .models import AccessZone, Badge


def badge_faces(badges: QuerySet[Badge], language: str) -> list[BadgeFace]:
    """What each of `badges` shows, in `language`, in the queryset's order.

    Names come from the safeguarding policy (`registration.disclosure`, staff audience): a pseudonym where the
    sponsoring organisation asked for one. A person whose media level is not "public use" (a young person without
    that consent) gets the no-photo marker and no photo."""
    badges = list(
        badges.select_related(
            "participant__category", "participant__delegation__organisation"
        ).prefetch_related(
            Prefetch(
                "participant__category__access_zones", queryset=AccessZone.objects.order_by("position", "pk")
            )
        )
    )
    shown = disclose([badge.participant for badge in badges], audience=Audience.STAFF)
    with translation.override(language):
        return [_face(badge, shown[badge.participant_id], language) for badge in badges]


def badge_face(badge: Badge, language: str) -> BadgeFace:
    """What one badge shows, in `language`."""
    return badge_faces(Badge.objects.filter(pk=badge.pk), language)[0]


def _face(badge: Badge, shown, language: str) -> BadgeFace:
    participant = badge.participant
    category = participant.category
    may_show_photo = shown.media_level == MediaLevel.PUBLIC
    return BadgeFace(
        badge_id=badge.pk,
        registration_number=participant.reference,
        latin_name=shown.name,
        own_script_name=shown.name_in_own_script,
        organisation=_organisation(participant),
        role=_role(participant),
        category=localize(category.name, language).text,
        colour=category.badge_colour,
        letter_code=category.badge_code,
        zones=tuple(
            localize(zone.name, language).text
            for zone in category.access_zones.all()
            if zone.congress_id == participant.congress_id
        ),
        photo=_photo(participant) if may_show_photo else None,
        no_photo_marker=not may_show_photo,
        qr_payload=badge.secret,
    )


def _organisation(participant: Participant) -> str:
    if participant.delegation_id is not None:
        return participant.delegation.organisation.name
    return participant.organisation_name


def _role(participant: Participant) -> str:
    """The role in the delegation ("Head of delegation"), for delegation members only."""
    if participant.delegation_id is None or not participant.role:
        return ""
    return str(participant.get_role_display())


def _photo(participant: Participant) -> bytes | None:
    """The photo's plain bytes, decrypted from private storage; None without one or when the file is gone."""
    if not participant.photo:
        return None
    try:
        with participant.photo.open("rb") as file:
            return file.read()
    except OSError:
        return None


def find_badge_by_secret(*, congress, secret: str) -> Badge | None:
    """The badge (issued or revoked: a scan of a revoked one is refused and flagged) whose QR code carries
    `secret`, in `congress`."""
    if not secret:
        return None
    return (
        Badge.objects.filter(participant__congress=congress, secret=secret)
        .select_related("participant__category")
        .first()
    )


def current_badge(*, participant: Participant) -> Badge | None:
    """The participant's valid badge, if any."""
    return Badge.objects.filter(participant=participant, status=BadgeStatus.ISSUED).first()


def badges_of(*, congress) -> QuerySet[Badge]:
    """Every badge of the congress, newest first."""
    return Badge.objects.filter(participant__congress=congress).select_related(
        "participant__category", "participant__delegation__organisation"
    )
