"""Registrations a reviewer has to think about: people registered twice, and a newsletter that is not media."""

from plenaria.registration.enums import ReviewDecision
from plenaria.registration.models import Participant
from plenaria.registration.services.review import decide_registration

from ..content import accreditation_2001 as data
from .context import SeedContext
from .individuals import register
from .people import DEMO_DOMAIN, Person, ascii_slug, rng_for


def seed_special_cases(ctx: SeedContext) -> None:
    """Each case is added once, after the registrations it refers to (found by their submission keys)."""
    # The same person registers twice with the same address (a double submission days apart).
    original = Participant.objects.filter(submission_key="demo-2001-ecpat-1").first()
    if original and not Participant.objects.filter(submission_key="demo-2001-duplicate-1").exists():
        _register_again(ctx, original, key="demo-2001-duplicate-1", email=original.email)
    # A journalist registers again from a personal address: same names, date of birth and nationality.
    original = Participant.objects.filter(submission_key="demo-2001-nhk-1").first()
    if original and not Participant.objects.filter(submission_key="demo-2001-duplicate-2").exists():
        _register_again(
            ctx,
            original,
            key="demo-2001-duplicate-2",
            email=f"{ascii_slug(original.given_name)}.home@{DEMO_DOMAIN}",
        )
    # A reviewer already turned one duplicate down.
    original = Participant.objects.filter(submission_key="demo-2001-save-the-children-1").first()
    if original and not Participant.objects.filter(submission_key="demo-2001-duplicate-3").exists():
        duplicate = _register_again(ctx, original, key="demo-2001-duplicate-3", email=original.email)
        decide_registration(
            participant=duplicate,
            decision=ReviewDecision.REJECT,
            actor=ctx.staff["ecpat"],
            reason=f"Registered twice: your registration {original.reference} stands.",
        )
    _seed_newsletter(ctx)


def _seed_newsletter(ctx: SeedContext) -> None:
    key = "demo-2001-newsletter-1"
    if Participant.objects.filter(submission_key=key).exists():
        return
    rng = rng_for(key)
    person = ctx.people.draw(rng, "PH")
    participant = register(
        ctx.categories["media"],
        person,
        rng,
        key=key,
        email=ctx.people.email(person, f"bulletin.{DEMO_DOMAIN}"),
        title="Editor",
        organisation_name="Child Rights Bulletin (newsletter of a local NGO, fictional)",
    )
    decide_registration(
        participant=participant,
        decision=ReviewDecision.REJECT,
        actor=ctx.staff["communications"],
        reason=data.REASONS["media_rejected"],
    )


def _register_again(ctx: SeedContext, original: Participant, *, key: str, email: str) -> Participant:
    rng = rng_for(key)
    culture = data.COUNTRIES.get(str(original.nationality), ("en", "en"))[0]
    person = Person(
        original.given_name,
        original.family_name,
        original.name_in_own_script,
        str(original.nationality),
        original.language,
        culture,
    )
    ctx.people.used_emails.add(email)
    return register(
        original.category,
        person,
        rng,
        key=key,
        email=email,
        title=original.title,
        organisation_name=original.organisation_name,
        date_of_birth=original.date_of_birth,
    )
