"""The order of the accreditation seeding, and the summary `seed_demo_congress` prints."""

from dataclasses import dataclass, field

from plenaria.common.mail import hold_outgoing_email
from plenaria.delegations.models import Delegation, Organisation
from plenaria.registration.enums import RegistrationStatus
from plenaria.registration.models import Participant, ParticipantCategory

from ..content import accreditation_2001 as data
from ..content import yokohama_2001 as congress_data
from ..self_registrations import seed_self_registrations
from .categories import seed_categories
from .conduct import seed_staff_conduct
from .context import SeedContext
from .delegations import seed_government, seed_igo
from .duplicates import seed_special_cases
from .individuals import seed_company, seed_media, seed_ngo
from .people import DEMO_DOMAIN
from .youth import seed_youth

# About a thousand e-mails to fictional people: they stay in the outbox, as the e-mails of 2001 would, but are
# never handed to the console or an SMTP server (`make demo` would print them all).
EMAIL_HOLD_REASON = "demo data for fictional people"


@dataclass
class Summary:
    categories: int = 0
    organisations: int = 0
    delegations: int = 0
    participants: int = 0
    created: int = 0
    statuses: dict[str, int] = field(default_factory=dict)
    focal_points: list[tuple[str, str]] = field(default_factory=list)

    def lines(self) -> list[str]:
        status = ", ".join(f"{count} {name}" for name, count in self.statuses.items())
        lines = [
            f"Accreditation: {self.categories} categories, {self.organisations} organisations, "
            f"{self.delegations} delegations, {self.participants} registrations "
            f"({self.created} new this run; {status})",
            f"Focal point log-ins (password: {congress_data.DEMO_PASSWORD}):",
        ]
        lines += [f"  {email:<40} {organisation}" for email, organisation in self.focal_points]
        return lines


def seed_accreditation(*, congress, teams) -> Summary:
    """Create the demo's accreditation data (once) and return what there is. Call it inside a transaction."""
    with hold_outgoing_email(reason=EMAIL_HOLD_REASON):
        ctx = SeedContext.load(congress, teams)
        before = Participant.objects.filter(congress=congress).count()
        ctx.categories = seed_categories(ctx)
        for spec in data.GOVERNMENTS:
            seed_government(ctx, *spec)
        for spec in data.IGOS:
            seed_igo(ctx, *spec)
        for spec in data.NGOS:
            seed_ngo(ctx, *spec)
        for spec in data.COMPANIES:
            seed_company(ctx, *spec)
        for spec in data.MEDIA:
            seed_media(ctx, *spec)
        seed_special_cases(ctx)
        seed_staff_conduct(ctx)
        seed_youth(ctx)
        seed_self_registrations(congress=congress, reviewers=ctx.staff)
    summary = _summarise(congress)
    summary.created = summary.participants - before
    return summary


def _summarise(congress) -> Summary:
    summary = Summary()
    summary.categories = ParticipantCategory.objects.filter(congress=congress).count()
    delegations = Delegation.objects.filter(congress=congress)
    summary.delegations = delegations.count()
    participants = Participant.objects.filter(congress=congress)
    summary.participants = participants.count()
    summary.organisations = Organisation.objects.count()
    for status in RegistrationStatus:
        count = participants.filter(status=status).count()
        if count:
            summary.statuses[status.value] = count
    for slug in data.REPORTED_FOCAL_POINTS:
        email = f"focal.{slug}@{DEMO_DOMAIN}"
        delegation = delegations.filter(focal_points__email=email).select_related("organisation").first()
        if delegation is not None:
            summary.focal_points.append((email, delegation.organisation.name))
    return summary
