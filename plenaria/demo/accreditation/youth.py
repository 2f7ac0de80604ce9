"""The demo's young participants, the way they would have come: the youth rules of both events; chaperones who
register as NGO participants and accept the chaperone code; young people nominated by their government's focal
point, taken to their state by their guardian's and their own answers on the consent pages, approved by the
secretariat once they have said yes, and signed in and out on the first day of the youth event."""

from plenaria.congresses.models import Event
from plenaria.delegations.enums import OrganisationKind
from plenaria.delegations.models import Delegation
from plenaria.registration.models import Participant
from plenaria.safeguarding.enums import ConsentKind, ConsentMethod, ConsentSigner
from plenaria.safeguarding.models import Chaperone, YouthEventRules, YouthProfile
from plenaria.safeguarding.selectors import clearance_for, current_text
from plenaria.safeguarding.services.chaperones import (
    accept_chaperone_code,
    assign_chaperone,
    register_chaperone,
)
from plenaria.safeguarding.services.conduct import accept_participant_code
from plenaria.safeguarding.services.consents import record_consent, withdraw_media_consent
from plenaria.safeguarding.services.guardians import GuardianAnswers, give_guardian_consents
from plenaria.safeguarding.services.nomination import YoungPersonDetails, nominate_young_person
from plenaria.safeguarding.services.register import (
    CollectorDetails,
    add_authorised_collector,
    sign_in_young_person,
    sign_out_young_person,
)

from ..content import youth_participants_2001 as data
from .context import SeedContext
from .individuals import register
from .people import DEMO_DOMAIN, Person, rng_for
from .progress import carry_out

GUARDIAN_ANSWERED = {"cleared", "media_withdrawn", "pseudonym", "waiting_for_assent", "no_chaperone"}
ASSENTED = GUARDIAN_ANSWERED - {"waiting_for_assent"}


def seed_youth(ctx: SeedContext) -> None:
    """Once: a congress that has young participants already is left as it is."""
    if YouthProfile.objects.filter(participant__congress=ctx.congress).exists():
        return
    events = {event.slug: event for event in Event.objects.filter(congress=ctx.congress)}
    for slug in data.YOUTH_EVENTS:
        YouthEventRules.objects.update_or_create(event=events[slug], defaults=data.YOUTH_RULES)
    chaperones = {spec["key"]: _chaperone(ctx, spec) for spec in data.CHAPERONES}
    for spec in data.YOUNG_PEOPLE:
        _young_person(ctx, spec, [events[slug] for slug in spec["events"]], chaperones)


def _chaperone(ctx: SeedContext, spec: dict) -> Chaperone:
    key = f"demo-2001-chaperone-{spec['key']}"
    person = Person(
        spec["given_name"],
        spec["family_name"],
        spec["name_in_own_script"],
        spec["nationality"],
        spec["language"],
        "",
    )
    participant = register(
        ctx.categories["ngo-ecosoc"],
        person,
        rng_for(key),
        key=key,
        email=ctx.people.email(person, f"chaperones.{DEMO_DOMAIN}"),
        title="Youth programme officer",
        organisation_name=spec["organisation"],
        date_of_birth=spec["date_of_birth"],
    )
    carry_out(ctx, participant, "approved", rng_for(key), focal_user=None, kind="ngo")
    chaperone = register_chaperone(participant=participant, actor=ctx.staff["safeguarding"])
    if spec["accepted"]:
        text = current_text(kind=ConsentKind.CHAPERONE_CODE, congress=ctx.congress)
        chaperone = accept_chaperone_code(chaperone=chaperone, text=text, actor=None)
    return chaperone


def _young_person(ctx: SeedContext, spec: dict, events: list[Event], chaperones: dict) -> None:
    delegation = Delegation.objects.get(
        congress=ctx.congress,
        organisation__kind=OrganisationKind.GOVERNMENT,
        organisation__country=spec["delegation"],
    )
    focal_user = delegation.focal_points.filter(accepted_at__isnull=False).first().user
    guardian_name, guardian_language, guardian_phone = spec["guardian"]
    profile = nominate_young_person(
        delegation=delegation,
        details=YoungPersonDetails(
            given_name=spec["given_name"],
            family_name=spec["family_name"],
            date_of_birth=spec["date_of_birth"],
            nationality=spec["delegation"],
            language=spec["language"],
            email="",
            guardian_name=guardian_name,
            guardian_email=ctx.people.email(
                Person(*guardian_name.split(" ", 1), "", spec["delegation"], guardian_language, ""),
                f"families.{DEMO_DOMAIN}",
            ),
            guardian_phone=guardian_phone,
            guardian_language=guardian_language,
            events=tuple(events),
            pseudonym=spec.get("pseudonym", ""),
        ),
        actor=focal_user,
    )
    participant = profile.participant
    _answer_consents(ctx, profile, spec)
    # The secretariat approves once the young person has said yes; until then they wait at its stage.
    target = "approved" if spec["state"] in ASSENTED else "at:1"
    carry_out(ctx, participant, target, rng_for(participant.reference), focal_user=focal_user, kind="ngo")
    if spec["chaperone"] and spec["state"] != "no_chaperone":
        assign_chaperone(
            minor_profile=profile, chaperone=chaperones[spec["chaperone"]], actor=ctx.staff["safeguarding"]
        )
    if spec["state"] == "media_withdrawn":
        withdraw_media_consent(profile=profile, by=ConsentSigner.YOUNG_PERSON)
    if spec.get("collector"):
        add_authorised_collector(
            profile=profile, details=CollectorDetails(*spec["collector"]), method=ConsentMethod.ONLINE
        )
    _first_day_at_the_youth_event(ctx, profile, events)


def _first_day_at_the_youth_event(ctx: SeedContext, profile: YouthProfile, events: list[Event]) -> None:
    """The register of 13 December 2001: the cleared young people signed in in the morning by the officer, and
    taken back in the evening by their chaperone, or by the adult their guardian named."""
    youth_event = next((event for event in events if event.slug == data.YOUTH_EVENTS[0]), None)
    if youth_event is None or not clearance_for(participant=profile.participant, event=youth_event).cleared:
        return
    officer = ctx.staff["safeguarding"]
    profile = YouthProfile.objects.select_related("chaperone").get(
        pk=profile.pk
    )  # with the chaperone given since
    record = sign_in_young_person(profile=profile, event=youth_event, actor=officer, at=data.SIGNED_IN_AT)
    collector = profile.authorised_collectors.first() or profile.chaperone
    sign_out_young_person(record=record, collected_by=collector, actor=officer, at=data.SIGNED_OUT_AT)


def _answer_consents(ctx: SeedContext, profile: YouthProfile, spec: dict) -> None:
    """The guardian's answers on their consent page, then the young person's assent (their code of conduct is
    accepted before their approval: conduct.accept_code_before_approval)."""
    if spec["state"] in GUARDIAN_ANSWERED:
        give_guardian_consents(
            profile=profile,
            answers=GuardianAnswers(
                signer_name=spec["guardian"][0],
                language=spec["guardian"][1],
                participation=True,
                medical=True,
                emergency_contacts=f"{spec['guardian'][0]} {spec['guardian'][2]}",
                medical_notes="",
                media_level=spec["media"],
            ),
        )
    if spec["state"] in ASSENTED:
        record_consent(
            profile=profile,
            kind=ConsentKind.YOUTH_ASSENT,
            text=current_text(kind=ConsentKind.YOUTH_ASSENT, congress=ctx.congress),
            language=spec["language"],
            given_by=ConsentSigner.YOUNG_PERSON,
            signer_name=f"{spec['given_name']} {spec['family_name']}",
            method=ConsentMethod.ONLINE,
        )
        accept_participant_code(
            participant=profile.participant,
            text=current_text(kind=ConsentKind.PARTICIPANT_CODE, congress=ctx.congress),
            language=spec["language"],
            actor=None,
        )


def young_participants(congress) -> int:
    return Participant.objects.filter(congress=congress, youth_profile__isnull=False).count()
