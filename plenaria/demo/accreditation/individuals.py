"""Individual registrations (NGOs, the private sector, the media), submitted through the public registration
service and taken to a target drawn for each (plans.INDIVIDUAL_TARGETS). A registration is found again by its
fixed submission key, so running the seed again adds nothing."""

import datetime
import random

from plenaria.delegations.enums import EcosocStatus, OrganisationKind
from plenaria.registration.models import Participant, ParticipantCategory
from plenaria.registration.services.submission import submit_registration

from ..content import accreditation_2001 as data
from .context import SeedContext
from .people import DEMO_DOMAIN, Person, ascii_slug, languages_spoken, rng_for
from .plans import INDIVIDUAL_TARGETS
from .progress import carry_out

DIETS = [""] * 5 + ["Vegetarian", "Halal", "No pork", "Vegan", "No seafood"]
ACCESSIBILITY = [""] * 12 + ["Wheelchair access", "Hearing loop or captions in plenary"]


def seed_ngo(ctx: SeedContext, slug, name, acronym, country, ecosoc, nationalities, count) -> None:
    organisation = ctx.organisation(
        kind=OrganisationKind.NGO,
        name=name,
        country=country,
        acronym=acronym,
        ecosoc_status=ecosoc,
        website=data.ORGANISATION_WEBSITES.get(slug, ""),
    )
    category = ctx.categories["ngo" if ecosoc == EcosocStatus.NONE else "ngo-ecosoc"]
    _seed_individuals(ctx, organisation, slug, category, "ngo", data.NGO_TITLES, nationalities, count)


def seed_company(ctx: SeedContext, slug, name, acronym, country, nationalities, count) -> None:
    organisation = ctx.organisation(
        kind=OrganisationKind.PRIVATE_SECTOR,
        name=name,
        country=country,
        acronym=acronym,
        website=data.ORGANISATION_WEBSITES.get(slug, ""),
    )
    category = ctx.categories["private-sector"]
    _seed_individuals(
        ctx, organisation, slug, category, "private_sector", data.PRIVATE_SECTOR_TITLES, nationalities, count
    )


def seed_media(ctx: SeedContext, slug, name, name_local, country, nationalities, count) -> None:
    organisation = ctx.organisation(
        kind=OrganisationKind.MEDIA_OUTLET,
        name=name,
        country=country,
        name_local=name_local,
        website=data.ORGANISATION_WEBSITES.get(slug, ""),
    )
    category = ctx.categories["media"]
    _seed_individuals(ctx, organisation, slug, category, "media", data.MEDIA_TITLES, nationalities, count)


def _seed_individuals(
    ctx: SeedContext, organisation, slug, category, kind, titles, nationalities, count
) -> None:
    taken = set()
    for index in range(count):
        key = f"demo-2001-{slug}-{index + 1}"
        if Participant.objects.filter(submission_key=key).exists():
            continue
        rng = rng_for(key)
        person = ctx.people.draw(rng, rng.choice(nationalities), taken)
        target = rng.choice(INDIVIDUAL_TARGETS[kind])
        participant = register(
            category,
            person,
            rng,
            key=key,
            email=ctx.people.email(person, f"{slug}.{DEMO_DOMAIN}"),
            title=rng.choice(titles),
            organisation_name=organisation.name,
        )
        carry_out(ctx, participant, target, rng, focal_user=None, kind=kind)


def register(
    category: ParticipantCategory,
    person: Person,
    rng: random.Random,
    *,
    key: str,
    email: str,
    title: str,
    organisation_name: str,
    date_of_birth: datetime.date | None = None,
) -> Participant:
    """Submit `person`'s registration as they would have on the public form; `key`: its submission key."""
    date_of_birth = date_of_birth or datetime.date(
        rng.randint(1942, 1978), rng.randint(1, 12), rng.randint(1, 28)
    )
    details = {
        "given_name": person.given_name,
        "family_name": person.family_name,
        "name_in_own_script": person.name_in_own_script,
        "title": title,
        "organisation_name": organisation_name,
        "date_of_birth": date_of_birth,
        "nationality": person.nationality,
        "language": person.language,
        "languages_spoken": languages_spoken(person),
        "dietary_needs": rng.choice(DIETS),
        "accessibility_needs": rng.choice(ACCESSIBILITY),
    }
    if person.nationality in data.VISA_NEEDED:
        as_in_passport = f"{person.family_name} {person.given_name}"
        details |= {
            "needs_visa_letter": True,
            "passport_full_name": ascii_slug(as_in_passport).replace("-", " ").upper(),
            "passport_number": f"{rng.choice('ABEGKMNPRT')}{rng.randint(1000000, 9999999)}",
            "passport_expires_on": datetime.date(rng.randint(2003, 2011), rng.randint(1, 12), 1),
            "passport_issuing_country": person.nationality,
        }
    return submit_registration(category=category, email=email, details=details, submission_key=key)
