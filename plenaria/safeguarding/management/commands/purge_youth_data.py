import argparse
import datetime

from django.core.management.base import BaseCommand

from plenaria.safeguarding.services.retention import purge_youth_protected_data


def _date(value: str) -> datetime.date:
    try:
        return datetime.date.fromisoformat(value)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a date as YYYY-MM-DD: {value!r}") from None


class Command(BaseCommand):
    help = (
        "Purge young people's guardian contacts, emergency contacts and medical notes once the retention period "
        "after the congress (PLENARIA_YOUTH_RETENTION_DAYS, default 90 days) is over, and print what was purged."
    )

    def add_arguments(self, parser):
        parser.add_argument(
            "--dry-run", action="store_true", help="Report what would be purged; change nothing."
        )
        parser.add_argument(
            "--today", metavar="YYYY-MM-DD", type=_date, help="Act as if today were this date."
        )

    def handle(self, *args, dry_run: bool, today: datetime.date | None, **options):
        report = purge_youth_protected_data(today=today, dry_run=dry_run)
        self.stdout.write("\n".join(report.lines()))
