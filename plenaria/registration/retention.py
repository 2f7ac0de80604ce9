"""How long personal data is kept after a congress, and the purge that removes it once that time is up.

Passports, identity documents, badge photos, dates of birth and practical needs were collected for accreditation,
visas, badges and the venue. When the congress is over they serve no purpose, and keeping them only puts the people
concerned at risk (a leak, a request from anyone for anything). Each group below is kept for a number of days after
the congress's last day (`Congress.ends_on`, in days kept: purged from the day after), then purged: fields cleared,
files deleted from storage, one audit entry per participant naming the groups (never the values).

Names, organisation, category, delegation, status and the review decisions stay: the List of Participants is the
historical record of who took part. Notes verbales stay too: they are a government's official letter, kept with the
delegation.

The defaults can be changed per group with settings.PLENARIA_RETENTION_DAYS (env `PLENARIA_RETENTION_DAYS`, e.g.
`passport=30,photo=60`). docs/data-retention.md explains the policy; `manage.py purge_personal_data` and the daily
task `registration.purge_personal_data` run it.
"""

import datetime
from collections.abc import Iterator
from dataclasses import dataclass, field
from functools import reduce
from operator import or_

from django.conf import settings
from django.core.exceptions import ImproperlyConfigured
from django.db import transaction
from django.db.models import Q
from django.utils import timezone

from plenaria.common.audit import log_actions
from plenaria.congresses.models import Congress

from .enums import DocumentKind
from .models import Participant, ParticipantDocument

PURGED_ACTION = "registration.participant.personal_data_purged"
BATCH_SIZE = 500  # participants per transaction (and per `IN (…)`, well under SQLite's limit)

# Participant fields each group clears, with the value they are cleared to.
FIELD_GROUPS: dict[str, dict[str, object]] = {
    # For the visa-support letter and the host country's security screening; both are over with the congress.
    "passport": {
        "passport_full_name": None,
        "passport_number": None,
        "passport_expires_on": None,
        "passport_issuing_country": "",
    },
    # For checking ages (young participants, chaperones) before and during the congress.
    "date_of_birth": {"date_of_birth": None},
    # For catering and access at the venue.
    "practical_needs": {"dietary_needs": "", "accessibility_needs": ""},
}
# Documents each group deletes. Press cards, assignment letters and NGO dossiers are the evidence behind a decision,
# kept longer for questions and complaints about it; notes verbales are never purged here.
DOCUMENT_GROUPS: dict[str, Q] = {
    "identity_documents": Q(kind=DocumentKind.IDENTITY_DOCUMENT),
    "supporting_documents": ~Q(kind__in=[DocumentKind.IDENTITY_DOCUMENT, DocumentKind.NOTE_VERBALE]),
}
PHOTO_GROUP = "photo"  # the badge photo, kept a little for badge reprints and disputes about who attended

# Days kept after the congress's last day; also the order of the groups in reports.
DEFAULT_DAYS: dict[str, int] = {
    "passport": 30,
    "identity_documents": 30,
    "supporting_documents": 180,
    "photo": 90,
    "date_of_birth": 365,
    "practical_needs": 30,
}


def retention_days() -> dict[str, int]:
    """Days kept per group: the defaults, overridden by settings.PLENARIA_RETENTION_DAYS.

    A misspelt group is an error rather than ignored: it would silently keep data longer than intended."""
    overrides = getattr(settings, "PLENARIA_RETENTION_DAYS", None) or {}
    unknown = sorted(set(overrides) - set(DEFAULT_DAYS))
    if unknown:
        raise ImproperlyConfigured(
            f"PLENARIA_RETENTION_DAYS names unknown groups {unknown}; the groups are {list(DEFAULT_DAYS)}."
        )
    days = dict(DEFAULT_DAYS)
    for group, value in overrides.items():
        try:
            days[group] = int(value)
        except (TypeError, ValueError):
            raise ImproperlyConfigured(
                f"PLENARIA_RETENTION_DAYS[{group!r}] is not a number of days."
            ) from None
        if days[group] < 0:
            raise ImproperlyConfigured(f"PLENARIA_RETENTION_DAYS[{group!r}] is negative.")
    return days


@dataclass
class GroupOutcome:
    group: str
    kept_until: datetime.date
    is_due: bool
    participant_count: int = 0
    file_count: int = 0


@dataclass
class CongressOutcome:
    slug: str
    ends_on: datetime.date
    groups: list[GroupOutcome] = field(default_factory=list)
    participant_count: int = 0  # distinct participants purged (one audit entry each)


@dataclass
class PurgeReport:
    today: datetime.date
    is_dry_run: bool
    congresses: list[CongressOutcome] = field(default_factory=list)

    def counts(self) -> dict[str, dict[str, int]]:
        """{congress slug: {group: participants purged}} for the groups that were due."""
        return {
            outcome.slug: {group.group: group.participant_count for group in outcome.groups if group.is_due}
            for outcome in self.congresses
        }

    def lines(self) -> list[str]:
        """The report in plain English, for the command's output and the task's log."""
        verb = "would purge" if self.is_dry_run else "purged"
        lines = [
            f"Personal data purge on {self.today}"
            + (" (dry run: nothing changed)" if self.is_dry_run else "")
        ]
        if not self.congresses:
            lines.append("No congress has ended: nothing to purge.")
        for outcome in self.congresses:
            purged = _counted(outcome.participant_count, "participant")
            lines.append(f"{outcome.slug} (last day {outcome.ends_on}): {verb} data of {purged}")
            lines.extend(f"  {group.group:<22} {_group_line(group, verb)}" for group in outcome.groups)
        return lines


def _group_line(group: GroupOutcome, verb: str) -> str:
    if not group.is_due:
        return f"kept until {group.kept_until}"
    line = f"{verb}: {_counted(group.participant_count, 'participant')}"
    if group.group in DOCUMENT_GROUPS or group.group == PHOTO_GROUP:
        line += f", {_counted(group.file_count, 'file')}"
    return line


def _counted(count: int, noun: str) -> str:
    return f"{count} {noun}" if count == 1 else f"{count} {noun}s"


def purge_expired_personal_data(
    *, today: datetime.date | None = None, congress: Congress | None = None, dry_run: bool = False
) -> PurgeReport:
    """Purge, in every congress that has ended (or in `congress`), each group whose retention period is over.

    Idempotent: what is purged is gone, so a second run finds nothing and writes no audit entry."""
    today = today or timezone.localdate()
    days = retention_days()
    congresses = (
        Congress.objects.filter(pk=congress.pk) if congress else Congress.objects.filter(ends_on__lt=today)
    )
    report = PurgeReport(today=today, is_dry_run=dry_run)
    for each in congresses.order_by("ends_on", "pk"):
        report.congresses.append(_purge_congress(each, days=days, today=today, dry_run=dry_run))
    return report


def _purge_congress(
    congress: Congress, *, days: dict[str, int], today: datetime.date, dry_run: bool
) -> CongressOutcome:
    outcome = CongressOutcome(slug=congress.slug, ends_on=congress.ends_on)
    groups_of: dict[int, list[str]] = {}  # participant id -> groups purged, in report order
    for group, kept in days.items():
        kept_until = congress.ends_on + datetime.timedelta(days=kept)
        result = GroupOutcome(group=group, kept_until=kept_until, is_due=today > kept_until)
        outcome.groups.append(result)
        if result.is_due:
            holders = _holders(congress, group)
            result.participant_count, result.file_count = len(set(holders)), len(holders)
            for participant_id in set(holders):
                groups_of.setdefault(participant_id, []).append(group)
    outcome.participant_count = len(groups_of)
    if not dry_run:
        for batch in _batches(sorted(groups_of)):
            _purge_batch(congress, {pk: groups_of[pk] for pk in batch})
    return outcome


def _holders(congress: Congress, group: str) -> list[int]:
    """Ids of the participants holding data of `group`; for documents, one id per document (so len() = files)."""
    participants = Participant.objects.filter(congress=congress)
    if group in FIELD_GROUPS:
        holders = participants.filter(_holds_any(FIELD_GROUPS[group])).values_list("pk", flat=True)
    elif group == PHOTO_GROUP:
        holders = participants.exclude(photo="").values_list("pk", flat=True)
    else:
        documents = ParticipantDocument.objects.filter(DOCUMENT_GROUPS[group], participant__congress=congress)
        holders = documents.values_list("participant_id", flat=True)
    return list(holders.iterator(chunk_size=2000))


def _holds_any(cleared: dict[str, object]) -> Q:
    """Rows where at least one of the fields still differs from its cleared value."""
    conditions = (
        Q(**{f"{name}__isnull": False}) if value is None else ~Q(**{name: value})
        for name, value in cleared.items()
    )
    return reduce(or_, conditions)


def _batches(ids: list[int]) -> Iterator[list[int]]:
    for start in range(0, len(ids), BATCH_SIZE):
        yield ids[start : start + BATCH_SIZE]


@transaction.atomic
def _purge_batch(congress: Congress, groups_of: dict[int, list[str]]) -> None:
    """Purge one batch of participants and audit it. Files go first: if the transaction then fails, the rows still
    point to them and the next run clears them (deleting a missing file is no error); no file is ever orphaned."""
    now = timezone.now()
    for group in DEFAULT_DAYS:
        ids = [pk for pk, groups in groups_of.items() if group in groups]
        if not ids:
            continue
        if group in FIELD_GROUPS:
            Participant.objects.filter(pk__in=ids).update(**FIELD_GROUPS[group], updated_at=now)
        elif group == PHOTO_GROUP:
            _delete_photos(ids, now=now)
        else:
            _delete_documents(ids, DOCUMENT_GROUPS[group])
    _audit(congress, groups_of)


def _delete_photos(participant_ids: list[int], *, now) -> None:
    storage = Participant._meta.get_field("photo").storage
    photos = (
        Participant.objects.filter(pk__in=participant_ids).exclude(photo="").values_list("photo", flat=True)
    )
    for name in photos:
        storage.delete(name)
    Participant.objects.filter(pk__in=participant_ids).update(photo="", updated_at=now)


def _delete_documents(participant_ids: list[int], kinds: Q) -> None:
    storage = ParticipantDocument._meta.get_field("file").storage
    documents = ParticipantDocument.objects.filter(kinds, participant_id__in=participant_ids)
    for name in documents.values_list("file", flat=True):
        storage.delete(name)
    documents.delete()


def _audit(congress: Congress, groups_of: dict[int, list[str]]) -> None:
    """One entry per participant, as `log_action` writes it, in one INSERT per batch (80,000 participants)."""
    participants = Participant.objects.filter(pk__in=list(groups_of)).only("pk", "given_name", "family_name")
    log_actions(
        participants,
        PURGED_ACTION,
        congress_id=congress.pk,
        data_for=lambda participant: {"groups": groups_of[participant.pk]},
    )
