"""The secretariat configures participant categories and their review stages."""

from django.db import transaction

from plenaria.common.audit import changes_between, log_action, snapshot

from ..models import ParticipantCategory, ReviewStage

CATEGORY_FIELDS = (
    "slug",
    "kind",
    "name",
    "description",
    "opens_at",
    "closes_at",
    "reviewing_team",
    "required_fields",
    "required_documents",
    "is_nominated_by_delegation",
    "is_self_registration",
    "default_delegation_quota",
    "needs_review_after_change",
    "requires_media_guidelines",
    "badge_colour",
    "badge_code",
    "position",
)
STAGE_FIELDS = ("position", "kind", "name", "team")


@transaction.atomic
def save_category(*, category: ParticipantCategory, before: dict | None, actor) -> ParticipantCategory:
    """Create (before=None) or change a category; `before` is `snapshot(category, CATEGORY_FIELDS)` taken before
    the form changed it."""
    category.full_clean()
    category.save()
    if before is None:
        log_action(
            category,
            "registration.category.created",
            actor=actor,
            data={"values": snapshot(category, CATEGORY_FIELDS)},
        )
    else:
        changes = changes_between(before, snapshot(category, CATEGORY_FIELDS))
        if changes:
            log_action(category, "registration.category.changed", actor=actor, data={"changes": changes})
    return category


@transaction.atomic
def save_stage(*, stage: ReviewStage, actor) -> ReviewStage:
    is_new = stage.pk is None
    stage.full_clean()
    stage.save()
    log_action(
        stage,
        f"registration.stage.{'created' if is_new else 'changed'}",
        actor=actor,
        congress_id=stage.category.congress_id,
        data={"values": snapshot(stage, STAGE_FIELDS)},
    )
    return stage


@transaction.atomic
def delete_stage(*, stage: ReviewStage, actor) -> None:
    log_action(
        stage,
        "registration.stage.deleted",
        actor=actor,
        congress_id=stage.category.congress_id,
        data={"values": snapshot(stage, STAGE_FIELDS)},
    )
    stage.delete()
