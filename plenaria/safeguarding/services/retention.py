"""The purge of young people's protected data once the congress is over.

Guardian contacts, emergency contacts and medical notes were collected to look after children during the events;
afterwards they only put them at risk. `PLENARIA_YOUTH_RETENTION_DAYS` (default 90) days after the congress's last
day they are cleared, with the guardian's secret link, and so are the names and telephones of the adults authorised
to collect them. Everything else stays: the profile, the consents (the proof of what was agreed, by whom), the
chaperone links, the sign-in register's times and the log of readings.

Independent of the adult purge (`registration.retention`): other data, other period, its own report.
"""

import datetime
from dataclasses import dataclass, field

from django.conf import settings
from django.core.exceptions import ImproperlyConfigured
from django.db import transaction
from django.db.models import Q
from django.utils import timezone

from plenaria.common.audit import log_action, log_actions
from plenaria.congresses.models import Congress

from ..models import AuthorisedCollector, YouthProfile

PURGED_ACTION = "safeguarding.youth_profile.protected_data_purged"
COLLECTOR_PURGED_ACTION = "safeguarding.authorised_collector.purged"
COLLECTOR_FIELDS = ("name", "phone")
PROTECTED_FIELDS = (
    "guardian_name",
    "guardian_email",
    "guardian_phone",
    "guardian_token",
    "emergency_contacts",
    "medical_notes",
)


def retention_days() -> int:
    days = getattr(settings, "PLENARIA_YOUTH_RETENTION_DAYS", 90)
    try:
        days = int(days)
    except (TypeError, ValueError):
        raise ImproperlyConfigured("PLENARIA_YOUTH_RETENTION_DAYS is not a number of days.") from None
    if days < 0:
        raise ImproperlyConfigured("PLENARIA_YOUTH_RETENTION_DAYS is negative.")
    return days


@dataclass
class CongressYouthPurge:
    slug: str
    ends_on: datetime.date
    kept_until: datetime.date
    profile_count: int = 0
    collector_count: int = 0


@dataclass
class YouthPurgeReport:
    today: datetime.date
    is_dry_run: bool
    congresses: list[CongressYouthPurge] = field(default_factory=list)

    def counts(self) -> dict[str, int]:
        """{congress slug: young people whose protected data was (or would be) purged}."""
        return {outcome.slug: outcome.profile_count for outcome in self.congresses}

    def collector_counts(self) -> dict[str, int]:
        """{congress slug: authorised collectors whose name and telephone were (or would be) purged}."""
        return {outcome.slug: outcome.collector_count for outcome in self.congresses}

    def lines(self) -> list[str]:
        """The report in plain English, for the command's output and the task's log."""
        verb = "would purge" if self.is_dry_run else "purged"
        lines = [
            f"Young people's protected data purge on {self.today}" + (" (dry run)" if self.is_dry_run else "")
        ]
        if not self.congresses:
            lines.append("No congress is past its retention period: nothing to purge.")
        for outcome in self.congresses:
            people = f"{outcome.profile_count} young {'person' if outcome.profile_count == 1 else 'people'}"
            line = (
                f"{outcome.slug} (last day {outcome.ends_on}, kept until {outcome.kept_until}): {verb} "
                f"guardian contacts, emergency contacts and medical notes of {people}"
            )
            if outcome.collector_count:
                adults = f"{outcome.collector_count} adult{'' if outcome.collector_count == 1 else 's'}"
                line += f", and the names and telephones of {adults} authorised to collect them"
            lines.append(line)
        return lines


def _holding_protected_data() -> Q:
    # Encrypted fields store an empty value as NULL, so "holds data" is exactly "is not NULL".
    conditions = Q()
    for name in PROTECTED_FIELDS:
        conditions |= Q(**{f"{name}__isnull": False})
    return conditions


def purge_youth_protected_data(
    *, today: datetime.date | None = None, dry_run: bool = False
) -> YouthPurgeReport:
    """Clear the protected data of the young people of every congress whose retention period is over.

    Idempotent: a second run finds nothing left and writes no audit entry."""
    today = today or timezone.localdate()
    days = retention_days()
    report = YouthPurgeReport(today=today, is_dry_run=dry_run)
    due = Congress.objects.filter(ends_on__lt=today - datetime.timedelta(days=days)).order_by("ends_on", "pk")
    for congress in due:
        outcome = CongressYouthPurge(
            slug=congress.slug,
            ends_on=congress.ends_on,
            kept_until=congress.ends_on + datetime.timedelta(days=days),
        )
        profiles = YouthProfile.objects.filter(_holding_protected_data(), participant__congress=congress)
        ids = list(profiles.values_list("pk", flat=True))
        outcome.profile_count = len(ids)
        collectors = AuthorisedCollector.objects.filter(
            Q(name__isnull=False) | Q(phone__isnull=False), profile__participant__congress=congress
        )
        collector_ids = list(collectors.values_list("pk", flat=True))
        outcome.collector_count = len(collector_ids)
        if ids and not dry_run:
            _purge(congress, ids)
        if collector_ids and not dry_run:
            _purge_collectors(congress, collector_ids)
        report.congresses.append(outcome)
    return report


@transaction.atomic
def _purge(congress: Congress, profile_ids: list[int]) -> None:
    now = timezone.now()
    cleared = dict.fromkeys(PROTECTED_FIELDS)
    YouthProfile.objects.filter(pk__in=profile_ids).update(
        **cleared, protected_data_purged_at=now, updated_at=now
    )
    for profile in YouthProfile.objects.filter(pk__in=profile_ids).select_related("participant"):
        log_action(profile, PURGED_ACTION, congress_id=congress.pk, data={"fields": list(PROTECTED_FIELDS)})


@transaction.atomic
def _purge_collectors(congress: Congress, collector_ids: list[int]) -> None:
    """Names and telephones only: the relationship and the register's times stay (who took the child, and when,
    as "aunt" or "older brother")."""
    now = timezone.now()
    AuthorisedCollector.objects.filter(pk__in=collector_ids).update(
        **dict.fromkeys(COLLECTOR_FIELDS), purged_at=now
    )
    log_actions(
        AuthorisedCollector.objects.filter(pk__in=collector_ids),
        COLLECTOR_PURGED_ACTION,
        congress_id=congress.pk,
        data_for=lambda collector: {"fields": list(COLLECTOR_FIELDS)},
    )
