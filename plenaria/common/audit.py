"""The audit trail: every service that changes state calls `log_action`."""

from collections.abc import Callable, Iterable
from typing import Any

from django.contrib.contenttypes.models import ContentType
from django.db import models
from django.db.models import QuerySet

from .models import ActionLog


def _plain(value: Any) -> Any:
    """A JSON-friendly rendering of a field value for the before/after record."""
    if value is None or isinstance(value, bool | int | float | str):
        return value
    if isinstance(value, models.Model):
        return str(value)
    data = getattr(value, "data", value)  # LazyI18nString keeps its languages in `.data`
    if isinstance(data, dict):
        return {k: v for k, v in data.items() if v}
    return str(value)


def snapshot(instance: models.Model, fields: Iterable[str]) -> dict[str, Any]:
    """The current values of `fields`, to compare after a change."""
    return {name: _plain(getattr(instance, name)) for name in fields}


def changes_between(before: dict[str, Any], after: dict[str, Any]) -> dict[str, list[Any]]:
    """{field: [before, after]} for each field whose value changed."""
    return {name: [before.get(name), value] for name, value in after.items() if before.get(name) != value}


def log_action(
    subject: models.Model | None,
    action: str,
    *,
    actor=None,
    congress_id: int | None = None,
    data: dict[str, Any] | None = None,
) -> ActionLog:
    """Record `action` ("<app>.<noun>.<past_verb>") on `subject`, done by `actor` (None for the system)."""
    if congress_id is None and subject is not None:
        congress_id = getattr(subject, "congress_id", None)
    return ActionLog.objects.create(
        actor=actor if getattr(actor, "is_authenticated", False) else None,
        action=action,
        content_type=ContentType.objects.get_for_model(subject) if subject is not None else None,
        object_id=str(subject.pk) if subject is not None else "",
        object_repr=str(subject)[:200] if subject is not None else "",
        congress_id=congress_id,
        data=data or {},
    )


def log_actions(
    subjects: Iterable[models.Model], action: str, *, congress_id: int | None, data_for: Callable[[Any], dict]
) -> None:
    """`log_action` for many objects of one model at once (a purge of 80,000 registrations): one INSERT, no actor.
    `data_for(subject)` gives each entry's data."""
    subjects = list(subjects)
    if not subjects:
        return
    content_type = ContentType.objects.get_for_model(subjects[0])
    ActionLog.objects.bulk_create(
        ActionLog(
            action=action,
            content_type=content_type,
            object_id=str(subject.pk),
            object_repr=str(subject)[:200],
            congress_id=congress_id,
            data=data_for(subject),
        )
        for subject in subjects
    )


def actions_for(subject: models.Model) -> QuerySet[ActionLog]:
    """The audit entries of one object, newest first."""
    return ActionLog.objects.filter(
        content_type=ContentType.objects.get_for_model(subject), object_id=str(subject.pk)
    ).select_related("actor")


def actions_for_congress(*, congress_id: int) -> QuerySet[ActionLog]:
    """The audit log of one congress, newest first, for the back office."""
    return ActionLog.objects.filter(congress_id=congress_id).select_related("actor", "content_type")
