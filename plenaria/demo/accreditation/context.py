"""What every step of the accreditation seeding shares: the congress, the demo staff who act, the people drawn so
far and the categories."""

from dataclasses import dataclass, field

from django.contrib.auth.hashers import make_password

from plenaria.accounts.models import User
from plenaria.congresses.models import Congress, StaffTeam
from plenaria.delegations.enums import OrganisationKind
from plenaria.delegations.models import Organisation
from plenaria.delegations.services import save_organisation
from plenaria.registration.models import Participant, ParticipantCategory

from ..content import yokohama_2001 as congress_data
from .people import People


@dataclass
class SeedContext:
    congress: Congress
    teams: dict[str, StaffTeam]
    staff: dict[str, User]  # the demo staff member of each team, by team slug
    people: People
    password: str  # the demo password, hashed once: 50 users, one slow hash
    categories: dict[str, ParticipantCategory] = field(default_factory=dict)

    @classmethod
    def load(cls, congress: Congress, teams: dict[str, StaffTeam]) -> "SeedContext":
        # The teams fresh from the database: the seed's own instances hold plain dicts as names, which the audit
        # log would record as such.
        fresh_teams = {
            team.slug: team for team in StaffTeam.objects.filter(pk__in=[t.pk for t in teams.values()])
        }
        by_email = {
            u.email: u for u in User.objects.filter(email__in=[s["email"] for s in congress_data.USERS])
        }
        staff = {spec["team"]: by_email[spec["email"]] for spec in congress_data.USERS if spec["team"]}
        password = make_password(congress_data.DEMO_PASSWORD)
        used_emails = set(Participant.objects.filter(congress=congress).values_list("email", flat=True))
        return cls(congress, fresh_teams, staff, People(used_emails), password)

    @property
    def secretariat(self) -> User:
        return self.staff["secretariat"]

    def organisation(self, *, kind: str, name: str, country: str, **values) -> Organisation:
        """The organisation from the register, added there the first time."""
        if kind == OrganisationKind.GOVERNMENT:  # one government per country, whatever its name
            organisation = Organisation.objects.filter(kind=kind, country=country).first()
        else:
            organisation = Organisation.objects.filter(kind=kind, name=name).first()
        if organisation is None:
            organisation = save_organisation(
                organisation=Organisation(kind=kind, name=name, country=country, **values),
                actor=self.secretariat,
            )
        return organisation
