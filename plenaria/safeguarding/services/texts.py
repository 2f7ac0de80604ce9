"""Versioned consent texts and codes of conduct."""

from django.db import transaction
from django.db.models import Max
from django.utils import timezone

from plenaria.common.audit import log_action
from plenaria.congresses.models import Congress

from ..errors import SafeguardingError
from ..models import ConsentText


@transaction.atomic
def publish_consent_text(*, congress: Congress, kind: str, body: dict, actor) -> ConsentText:
    """Publish a new version of a text; earlier versions stay, since consents point to the version shown."""
    Congress.objects.select_for_update().get(
        pk=congress.pk
    )  # two editors never publish the same version number
    latest = ConsentText.objects.filter(congress=congress, kind=kind).aggregate(latest=Max("version"))[
        "latest"
    ]
    text = ConsentText.objects.create(
        congress=congress, kind=kind, version=(latest or 0) + 1, body=body, published_at=timezone.now()
    )
    log_action(
        text,
        "safeguarding.consent_text.published",
        actor=actor,
        congress_id=congress.pk,
        data={"kind": kind, "version": text.version, "languages": sorted(k for k, v in body.items() if v)},
    )
    return text


def check_published_text(*, text: ConsentText, kind: str, congress_id: int) -> None:
    """Refuse a text of another kind or congress, or one not published (yet): nobody can agree to a draft."""
    is_published = text.published_at is not None and text.published_at <= timezone.now()
    if text.kind != kind or text.congress_id != congress_id or not is_published:
        raise SafeguardingError("wrong_text")
