"""The demo congress's participant categories and their review stages (data.CATEGORIES). A category that exists
already is brought back to the data; a stage is only added where its position is free."""

import datetime

from plenaria.common.audit import snapshot
from plenaria.registration.models import ParticipantCategory, ReviewStage
from plenaria.registration.services.configuration import CATEGORY_FIELDS, save_category, save_stage

from ..content import accreditation_2001 as data
from .context import SeedContext


def seed_categories(ctx: SeedContext) -> dict[str, ParticipantCategory]:
    """Every category of the data, by slug, with its stages."""
    categories = {}
    for position, spec in enumerate(data.CATEGORIES):
        category = _save_category(ctx, spec, position)
        stages = data.NGO_STAGES if spec["stages"] == "ngo" else spec["stages"]
        for stage_position, stage in enumerate(stages, start=1):
            if not category.stages.filter(position=stage_position).exists():
                save_stage(
                    stage=ReviewStage(
                        category=category,
                        position=stage_position,
                        kind=stage["kind"],
                        name=stage["name"],
                        team=ctx.teams[stage["team"]] if stage["team"] else None,
                    ),
                    actor=ctx.secretariat,
                )
        categories[spec["slug"]] = category
    return categories


def _save_category(ctx: SeedContext, spec: dict, position: int) -> ParticipantCategory:
    values = {
        "kind": spec["kind"],
        "name": spec["name"],
        "description": spec["description"],
        "opens_at": data.OPENS_AT.astimezone(datetime.UTC),  # as read back: no "change" next run
        "closes_at": None,
        "reviewing_team": ctx.teams[spec["team"]],
        "required_documents": spec["required_documents"],
        "required_fields": spec.get("required_fields", []),
        "is_nominated_by_delegation": spec.get("is_nominated_by_delegation", False),
        "is_self_registration": spec.get("is_self_registration", False),
        "default_delegation_quota": spec.get("default_delegation_quota", 10),
        "requires_media_guidelines": spec.get("requires_media_guidelines", False),
        "badge_colour": spec["badge_colour"],
        "badge_code": spec["badge_code"],
        "position": position,
    }
    category = ParticipantCategory.objects.filter(congress=ctx.congress, slug=spec["slug"]).first()
    if category is None:
        return save_category(
            category=ParticipantCategory(congress=ctx.congress, slug=spec["slug"], **values),
            before=None,
            actor=ctx.secretariat,
        )
    before = snapshot(category, CATEGORY_FIELDS)
    for name, value in values.items():
        setattr(category, name, value)
    save_category(category=category, before=before, actor=ctx.secretariat)
    return category
