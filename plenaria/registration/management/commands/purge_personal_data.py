import argparse
import datetime

from django.core.management.base import BaseCommand, CommandError

from plenaria.congresses.models import Congress
from plenaria.registration.retention import purge_expired_personal_data


def _date(value: str) -> datetime.date:
    try:
        return datetime.date.fromisoformat(value)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a date as YYYY-MM-DD: {value!r}") from None


class Command(BaseCommand):
    help = (
        "Purge the personal data whose retention period after the congress is over (passports, identity "
        "documents, photos…; see docs/data-retention.md), and print what was purged."
    )

    def add_arguments(self, parser):
        parser.add_argument(
            "--dry-run", action="store_true", help="Report what would be purged; change nothing."
        )
        parser.add_argument("--congress", metavar="SLUG", help="Only this congress.")
        parser.add_argument(
            "--today", metavar="YYYY-MM-DD", type=_date, help="Act as if today were this date."
        )

    def handle(self, *args, dry_run: bool, congress: str | None, today: datetime.date | None, **options):
        chosen = None
        if congress:
            chosen = Congress.objects.filter(slug=congress).first()
            if chosen is None:
                raise CommandError(f"No congress with the short address {congress!r}.")
        report = purge_expired_personal_data(today=today, congress=chosen, dry_run=dry_run)
        self.stdout.write("\n".join(report.lines()))
