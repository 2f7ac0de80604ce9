"""The demo delegations of governments and intergovernmental organisations: the focal point is invited (and, but
for the delegations that have not started, has accepted), then nominates the members of the plan (see plans.py),
who are taken to their targets. A delegation that exists already is left as it is."""

import datetime
import random

from allauth.account.models import EmailAddress

from plenaria.accounts.models import User
from plenaria.delegations.enums import OrganisationKind
from plenaria.delegations.models import Delegation, Organisation
from plenaria.delegations.services import accept_focal_point_invitation, create_delegation, invite_focal_point
from plenaria.registration.services.nomination import Nominee, nominate_member

from ..content import accreditation_2001 as data
from ..content import yokohama_2001 as congress_data
from .context import SeedContext
from .people import DEMO_DOMAIN, Person, rng_for
from .plans import IGO_PLANS, PROFILES, RANDOM_PROFILES, ROLES_AFTER_HEAD
from .progress import carry_out


def seed_government(ctx: SeedContext, code: str, name: str, name_local: str, profile: str | None) -> None:
    """One country's government delegation; `profile`: how far it has got (see plans.PROFILES), else drawn."""
    organisation = ctx.organisation(
        kind=OrganisationKind.GOVERNMENT, name=name, country=code, name_local=name_local
    )
    rng = rng_for(f"government/{code}")
    profile = profile or rng.choice(RANDOM_PROFILES)
    _seed_delegation(
        ctx,
        organisation,
        rng,
        kind="government",
        slug=code.lower(),
        country=code,
        quota=data.GOVERNMENT_QUOTA,
        plan=PROFILES[profile](rng),
        accepted=profile != "not_started",
        titles=data.GOVERNMENT_TITLES,
        nationalities=[code],
        domain=f"{code.lower()}.gov.{DEMO_DOMAIN}",
    )


def seed_igo(
    ctx: SeedContext, slug: str, kind: str, name: str, acronym: str, country: str, nationalities: list
) -> None:
    """The delegation of a UN body or intergovernmental organisation, with a plan drawn from plans.IGO_PLANS."""
    organisation = ctx.organisation(
        kind=kind,
        name=name,
        country=country,
        acronym=acronym,
        website=data.ORGANISATION_WEBSITES.get(slug, ""),
    )
    rng = rng_for(f"igo/{slug}")
    plan = rng.choice(IGO_PLANS)
    _seed_delegation(
        ctx,
        organisation,
        rng,
        kind="igo",
        slug=slug,
        country=rng.choice(nationalities),
        quota=data.IGO_QUOTA,
        plan=plan,
        accepted=True,
        titles=data.IGO_TITLES,
        nationalities=nationalities,
        domain=f"{slug}.{DEMO_DOMAIN}",
    )


def _seed_delegation(
    ctx: SeedContext,
    organisation: Organisation,
    rng: random.Random,
    *,
    kind,
    slug,
    country,
    quota,
    plan,
    accepted,
    titles,
    nationalities,
    domain,
) -> None:
    if Delegation.objects.filter(congress=ctx.congress, organisation=organisation).exists():
        return
    delegation = create_delegation(
        congress=ctx.congress, organisation=organisation, quota=quota, actor=ctx.secretariat
    )
    taken = set()
    focal_person = ctx.people.draw(rng, country, taken)
    focal_user = _focal_user(ctx, f"focal.{slug}@{DEMO_DOMAIN}", focal_person)
    focal_point = invite_focal_point(
        delegation=delegation,
        email=focal_user.email,
        actor=ctx.secretariat,
        language=focal_user.language,
    )
    if not accepted:
        return
    accept_focal_point_invitation(focal_point=focal_point, user=focal_user)
    nominees = []
    for index, target in enumerate(plan):
        role = "head" if index == 0 else ROLES_AFTER_HEAD[index - 1]
        if role not in titles:
            role = "delegate"
        participant = nominate_member(
            delegation=delegation,
            nominee=_nominee(ctx, rng, role, titles, nationalities, domain, taken),
            actor=focal_user,
        )
        nominees.append((participant, target))
    for participant, target in nominees:
        if target == "waitlisted":
            continue  # nominated after the places ran out; may have moved up since
        carry_out(
            ctx,
            participant,
            target,
            rng,
            focal_user=focal_user,
            kind=kind,
            replacement=lambda p: _nominee(ctx, rng, p.role, titles, nationalities, domain, taken),
        )


def _nominee(ctx: SeedContext, rng, role, titles, nationalities, domain, taken) -> Nominee:
    person = ctx.people.draw(rng, rng.choice(nationalities), taken)
    choices = titles[role]
    if person.nationality == congress_data.CONGRESS["country"]:  # the host's officials are not "in Tokyo"
        choices = [t for t in choices if "Tokyo" not in t and "Japan" not in t] or [
            "Director, Ministry of Justice"
        ]
    email = ctx.people.email(person, domain)
    return Nominee(
        given_name=person.given_name,
        family_name=person.family_name,
        email=email,
        role=role,
        title=rng.choice(choices),
        name_in_own_script=person.name_in_own_script,
        nationality=person.nationality,
        needs_visa_letter=person.nationality in data.VISA_NEEDED and rng.random() < 0.5,
        language=person.language,
        date_of_birth=_date_of_birth(email),
    )


def _date_of_birth(email: str) -> datetime.date:
    """An adult's date of birth, drawn from the e-mail address: the other draws of the seed stay as they were."""
    own = random.Random(email)  # noqa: S311 -- fictional data
    return datetime.date(own.randint(1940, 1975), own.randint(1, 12), own.randint(1, 28))


def _focal_user(ctx: SeedContext, email: str, person: Person) -> User:
    user = User.objects.filter(email=email).first()
    if user is None:
        user = User.objects.create_user(email=email, full_name=person.full_name, language=person.language)
        user.password = ctx.password
        user.save(update_fields=["password"])
    EmailAddress.objects.update_or_create(
        user=user, email=user.email, defaults={"verified": True, "primary": True}
    )
    return user
