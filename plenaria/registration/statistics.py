"""Counts of registrations for the secretariat's statistics page, by category, status, stage, country and region."""

from collections import Counter
from dataclasses import dataclass

from django.db.models import Count
from django_countries import countries

from plenaria.common.i18n_content import localize

from .enums import RegistrationStatus
from .models import Participant
from .regions import REGIONS, region_of


@dataclass(frozen=True)
class Bar:
    label: str
    count: int
    percent: float  # of the largest bar, for the chart's length


def _bars(pairs: list[tuple[str, int]]) -> list[Bar]:
    largest = max((count for _, count in pairs), default=0) or 1
    return [Bar(label=label, count=count, percent=round(100 * count / largest, 1)) for label, count in pairs]


def registration_statistics(*, congress) -> dict[str, list[Bar]]:
    live = Participant.objects.filter(congress=congress).exclude(status=RegistrationStatus.DRAFT)
    by_category = (
        live.values("category__name", "category__position")
        .annotate(n=Count("pk"))
        .order_by("category__position")
    )
    by_status = dict(live.values_list("status").annotate(n=Count("pk")))
    by_stage = (
        live.filter(status=RegistrationStatus.SUBMITTED)
        .values("stage__name", "stage__category__position", "stage__position")
        .annotate(n=Count("pk"))
        .order_by("stage__category__position", "stage__position")
    )
    by_country = Counter(
        dict(live.exclude(nationality="").values_list("nationality").annotate(n=Count("pk")))
    )
    by_region = Counter()
    for code, count in by_country.items():
        by_region[region_of(code) or "other"] += count
    return {
        "category": _bars([(localize(row["category__name"]).text, row["n"]) for row in by_category]),
        "status": _bars(
            [
                (RegistrationStatus(s).label, by_status[s])
                for s in RegistrationStatus.values
                if by_status.get(s)
            ]
        ),
        "stage": _bars([(localize(row["stage__name"]).text or "—", row["n"]) for row in by_stage]),
        "region": _bars([(str(REGIONS.get(code, "—")), count) for code, count in by_region.most_common()]),
        "country": _bars(
            [(countries.name(code) or code, count) for code, count in by_country.most_common(25)]
        ),
    }
