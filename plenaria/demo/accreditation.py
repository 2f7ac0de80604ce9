"""Accreditation data for the demo congress, created through the real services so that the audit log, the waiting
lists and the e-mails are what a real secretariat would see (data: plenaria.demo.content.accreditation_2001).

Running it again adds nothing: categories are found by slug, organisations by country or name, delegations by
organisation, individual registrations by their fixed submission key. A delegation or registration that exists
already is left as it is (whatever the demo's visitors did to it since).

All the people are fictional (see the content module).
"""

import datetime
import logging
import random
import unicodedata
from contextlib import contextmanager
from dataclasses import dataclass, field

from allauth.account.models import EmailAddress
from django.conf import settings
from django.contrib.auth.hashers import make_password
from django.db import transaction

from plenaria.accounts.models import User
from plenaria.common.audit import snapshot
from plenaria.congresses.models import StaffTeam
from plenaria.delegations.enums import EcosocStatus, OrganisationKind
from plenaria.delegations.models import Delegation, Organisation
from plenaria.delegations.services import (
    accept_focal_point_invitation,
    create_delegation,
    invite_focal_point,
    save_organisation,
)
from plenaria.registration.enums import RegistrationStatus, ReviewDecision, StageKind
from plenaria.registration.models import Participant, ParticipantCategory, ReviewStage
from plenaria.registration.services.configuration import CATEGORY_FIELDS, save_category, save_stage
from plenaria.registration.services.nomination import (
    Nominee,
    nominate_member,
    submit_nomination,
    substitute_member,
    withdraw_participant,
)
from plenaria.registration.services.review import decide_registration
from plenaria.registration.services.submission import submit_registration

from .content import accreditation_2001 as data
from .content import yokohama_2001 as congress_data

DEMO_DOMAIN = "demo.plenaria.example"

# How far a delegation has got. Each function returns the plan for its members, head first: a list of targets
# (see Seeder._carry_out): "approved", "at:<stage>", "info:<stage>", "rejected:<stage>", "nominated",
# "withdrawn", "substituted", "waitlisted" (nominated after the places ran out).


def _accredited(rng: random.Random) -> list[str]:
    members = ["approved"] * rng.randint(3, 5) + ["at:2"]
    if rng.random() < 0.5:
        members.append("nominated")
    return ["approved", *members]


def _reviewing(rng: random.Random) -> list[str]:
    pool = ["at:0", "at:1", "at:2", "info:1", "nominated", "approved", "approved"]
    return [rng.choice(["approved", "at:2"]), *rng.sample(pool, k=rng.randint(4, 7))]


def _full(rng: random.Random) -> list[str]:
    pool = ["approved", "approved", "approved", "at:0", "at:1", "at:2", "info:1", "nominated", "approved"]
    return ["approved", *pool, *["waitlisted"] * rng.randint(2, 3)]


def _full_moving(rng: random.Random) -> list[str]:
    # Ten places taken and three on the waiting list; then one member withdraws and the focal point turns one
    # down: the first two on the waiting list move up.
    seated = ["approved", "approved", "at:1", "at:2", "withdrawn", "approved", "rejected:0", "info:1", "at:0"]
    return ["approved", *seated, "waitlisted", "waitlisted", "waitlisted"]


def _changes(rng: random.Random) -> list[str]:
    pool = ["withdrawn", "rejected:1", "info:1", "at:1", "approved", "approved", "substituted", "at:0"]
    return ["substituted", *rng.sample(pool, k=rng.randint(6, 8))]


def _late(rng: random.Random) -> list[str]:
    return ["nominated", *["nominated"] * rng.randint(0, 2)]


PROFILES = {
    "accredited": _accredited,
    "reviewing": _reviewing,
    "full": _full,
    "full_moving": _full_moving,
    "changes": _changes,
    "late": _late,
    "not_started": lambda rng: [],
}
RANDOM_PROFILES = ["accredited"] * 3 + ["reviewing"] * 4 + ["changes"] * 2 + ["full", "full_moving", "late"]

# Roles of the members after the head, in the order they are nominated.
ROLES_AFTER_HEAD = ["delegate", "delegate", "alternate", "delegate", "adviser", "delegate", "support"]
ROLES_AFTER_HEAD += ["delegate", "adviser"] + ["delegate"] * 4

# Individual registrations: the targets drawn for each category (weights by repetition).
INDIVIDUAL_TARGETS = {
    "ngo": ["approved"] * 5
    + ["at:0", "at:0", "at:1", "at:1", "info:0", "info:1", "rejected:0", "waitlisted:1", "withdrawn"],
    "private_sector": ["approved"] * 3 + ["at:0", "at:0", "info:0", "withdrawn"],
    "media": ["approved"] * 5 + ["at:0", "at:0", "at:0", "info:0", "waitlisted:0", "withdrawn"],
}
DIETS = [""] * 5 + ["Vegetarian", "Halal", "No pork", "Vegan", "No seafood"]
ACCESSIBILITY = [""] * 12 + ["Wheelchair access", "Hearing loop or captions in plenary"]
LANGUAGE_NAMES = {
    "ja": "Japanese",
    "zh": "Chinese",
    "ko": "Korean",
    "th": "Thai",
    "vi": "Vietnamese",
    "km": "Khmer",
    "hi": "Hindi",
    "ne": "Nepali",
    "bn": "Bengali",
    "si": "Sinhala",
    "ur": "Urdu",
    "ar": "Arabic",
    "fa": "Persian",
    "ru": "Russian",
    "hu": "Hungarian",
    "sv": "Swedish",
    "no": "Norwegian",
    "fr": "French",
    "es": "Spanish",
    "pt": "Portuguese",
    "de": "German",
    "it": "Italian",
    "nl": "Dutch",
    "id": "Indonesian",
    "ph": "Filipino",
    "ke": "Swahili",
    "ng": "Yoruba",
    "gh": "Twi",
    "sn": "Wolof",
    "za": "Zulu",
}


@dataclass(frozen=True)
class Person:
    given_name: str
    family_name: str
    name_in_own_script: str
    nationality: str
    language: str
    culture: str

    @property
    def full_name(self) -> str:
        return f"{self.given_name} {self.family_name}"


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
    with _email_to_dummy_backend_at_commit():
        return Seeder(congress, teams).run()


@contextmanager
def _email_to_dummy_backend_at_commit():
    """The services queue an e-mail for every nomination and status change: about a thousand, to fictional people.
    They stay in the outbox, marked sent, as the e-mails of 2001 would be; but at commit they are handed to
    Django's dummy backend, not to the console or an SMTP server, and Celery does not log each one (`make demo`
    would print them all).

    Commit callbacks run in the order they were registered, and an e-mail's own callbacks (nomination
    invitation, then delivery) run inside them; so swapping the backend in a callback registered before the
    seeding, and putting it back in one registered after it, covers exactly the seeding's e-mails."""
    task_log = logging.getLogger("celery.app.trace")
    saved = []

    def swap() -> None:
        saved.append((settings.EMAIL_BACKEND, task_log.level))
        settings.EMAIL_BACKEND = "django.core.mail.backends.dummy.EmailBackend"
        task_log.setLevel(logging.WARNING)

    def restore() -> None:
        if saved:
            settings.EMAIL_BACKEND, level = saved.pop()
            task_log.setLevel(level)

    transaction.on_commit(swap)
    yield
    transaction.on_commit(restore)


def _rng(key: str) -> random.Random:
    """A generator of its own for each delegation and registration: the same data every run, whatever was skipped."""
    return random.Random(f"{data.RANDOM_SEED}/{key}")  # noqa: S311 -- reproducible demo data, not a secret


def _ascii(text: str) -> str:
    plain = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode()
    return "".join(c for c in plain.lower().replace(" ", "-") if c.isalnum() or c == "-").strip("-")


class Seeder:
    def __init__(self, congress, teams):
        self.congress = congress
        # Fresh from the database: the seed's own instances hold plain dicts as names, which the audit log would
        # record as such.
        self.teams = {
            team.slug: team for team in StaffTeam.objects.filter(pk__in=[t.pk for t in teams.values()])
        }
        self.staff = self._staff()
        self.secretariat = self.staff["secretariat"]
        self.password = make_password(congress_data.DEMO_PASSWORD)  # hashed once: 50 users, one slow hash
        self.used_emails = set(Participant.objects.filter(congress=congress).values_list("email", flat=True))

    def run(self) -> Summary:
        before = Participant.objects.filter(congress=self.congress).count()
        self.categories = self._categories()
        for spec in data.GOVERNMENTS:
            self._government(*spec)
        for spec in data.IGOS:
            self._igo(*spec)
        for spec in data.NGOS:
            self._ngo(*spec)
        for spec in data.COMPANIES:
            self._company(*spec)
        for spec in data.MEDIA:
            self._media(*spec)
        self._special_cases()
        summary = self._summarise()
        summary.created = summary.participants - before
        return summary

    # --- Set-up -------------------------------------------------------------------------------------------------

    def _staff(self) -> dict[str, User]:
        by_email = {
            u.email: u for u in User.objects.filter(email__in=[s["email"] for s in congress_data.USERS])
        }
        return {spec["team"]: by_email[spec["email"]] for spec in congress_data.USERS if spec["team"]}

    def _categories(self) -> dict[str, ParticipantCategory]:
        categories = {}
        for position, spec in enumerate(data.CATEGORIES):
            values = {
                "kind": spec["kind"],
                "name": spec["name"],
                "description": spec["description"],
                "opens_at": data.OPENS_AT.astimezone(datetime.UTC),  # as read back: no "change" next run
                "closes_at": None,
                "reviewing_team": self.teams[spec["team"]],
                "required_documents": spec["required_documents"],
                "is_nominated_by_delegation": spec.get("is_nominated_by_delegation", False),
                "default_delegation_quota": spec.get("default_delegation_quota", 10),
                "requires_media_guidelines": spec.get("requires_media_guidelines", False),
                "badge_colour": spec["badge_colour"],
                "badge_code": spec["badge_code"],
                "position": position,
            }
            category = ParticipantCategory.objects.filter(congress=self.congress, slug=spec["slug"]).first()
            if category is None:
                category = save_category(
                    category=ParticipantCategory(congress=self.congress, slug=spec["slug"], **values),
                    before=None,
                    actor=self.secretariat,
                )
            else:
                before = snapshot(category, CATEGORY_FIELDS)
                for name, value in values.items():
                    setattr(category, name, value)
                save_category(category=category, before=before, actor=self.secretariat)
            stages = data.NGO_STAGES if spec["stages"] == "ngo" else spec["stages"]
            for stage_position, stage in enumerate(stages, start=1):
                if not category.stages.filter(position=stage_position).exists():
                    save_stage(
                        stage=ReviewStage(
                            category=category,
                            position=stage_position,
                            kind=stage["kind"],
                            name=stage["name"],
                            team=self.teams[stage["team"]] if stage["team"] else None,
                        ),
                        actor=self.secretariat,
                    )
            categories[spec["slug"]] = category
        return categories

    def _organisation(self, *, kind: str, name: str, country: str, **values) -> Organisation:
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

    # --- People ---------------------------------------------------------------------------------------------------

    def _person(self, rng: random.Random, country: str, taken: set | None = None) -> Person:
        """A fictional person of `country`. `taken`: the names already used in the same delegation; a new family
        name is preferred, and a full name is never repeated."""
        taken = set() if taken is None else taken
        for attempt in range(30):
            person = self._draw_person(rng, country)
            if person.full_name not in taken and (attempt >= 10 or person.family_name not in taken):
                break
        taken |= {person.full_name, person.family_name}
        return person

    def _draw_person(self, rng: random.Random, country: str) -> Person:
        culture, language = data.COUNTRIES.get(country, ("en", "en"))
        names = data.NAMES[culture]
        female = rng.random() < 0.5
        given_pool = names.get("given_female", names["given"]) if female else names["given"]
        family_pool = names.get("family_female", names["family"]) if female else names["family"]
        given, family = rng.choice(given_pool), rng.choice(family_pool)
        if names.get("two_family_names") and rng.random() < 0.6:
            family = f"{family} {rng.choice([f for f in names['family'] if f != family])}"
        if isinstance(given, str):
            return Person(given, family, "", country, language, culture)
        (given_latin, given_own), (family_latin, family_own) = given, family
        own = (
            f"{family_own}{names['space']}{given_own}"
            if names["order"] == "family"
            else f"{given_own}{names['space']}{family_own}"
        )
        if own == f"{given_latin} {family_latin}":
            own = ""
        return Person(given_latin, family_latin, own, country, language, culture)

    def _email(self, person: Person, domain: str) -> str:
        base = f"{_ascii(person.given_name)}.{_ascii(person.family_name)}"
        email, n = f"{base}@{domain}", 2
        while email in self.used_emails:
            email, n = f"{base}{n}@{domain}", n + 1
        self.used_emails.add(email)
        return email

    def _languages_spoken(self, person: Person) -> str:
        own = LANGUAGE_NAMES.get(person.culture)
        spoken = [own] if own else []
        return ", ".join([*spoken, "English"])

    # --- Delegations ----------------------------------------------------------------------------------------------

    def _government(self, code: str, name: str, name_local: str, profile: str | None) -> None:
        organisation = self._organisation(
            kind=OrganisationKind.GOVERNMENT, name=name, country=code, name_local=name_local
        )
        rng = _rng(f"government/{code}")
        profile = profile or rng.choice(RANDOM_PROFILES)
        self._delegation(
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

    def _igo(self, slug: str, kind: str, name: str, acronym: str, country: str, nationalities: list) -> None:
        organisation = self._organisation(
            kind=kind,
            name=name,
            country=country,
            acronym=acronym,
            website=data.ORGANISATION_WEBSITES.get(slug, ""),
        )
        rng = _rng(f"igo/{slug}")
        plan = rng.choice(
            [
                ["approved", "approved"],
                ["approved", "at:0"],
                ["approved", "approved", "waitlisted"],
                ["at:0", "info:0"],
                ["approved", "withdrawn", "waitlisted"],
                ["nominated", "nominated"],
            ]
        )
        self._delegation(
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

    def _delegation(
        self, organisation, rng, *, kind, slug, country, quota, plan, accepted, titles, nationalities, domain
    ) -> None:
        if Delegation.objects.filter(congress=self.congress, organisation=organisation).exists():
            return
        delegation = create_delegation(
            congress=self.congress, organisation=organisation, quota=quota, actor=self.secretariat
        )
        taken = set()
        focal_person = self._person(rng, country, taken)
        focal_user = self._focal_user(f"focal.{slug}@{DEMO_DOMAIN}", focal_person)
        focal_point = invite_focal_point(
            delegation=delegation,
            email=focal_user.email,
            actor=self.secretariat,
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
                nominee=self._nominee(rng, role, titles, nationalities, domain, taken),
                actor=focal_user,
            )
            nominees.append((participant, target))
        for participant, target in nominees:
            if target == "waitlisted":
                continue  # nominated after the places ran out; may have moved up since
            self._carry_out(
                participant,
                target,
                rng,
                focal_user=focal_user,
                kind=kind,
                replacement=lambda p: self._nominee(rng, p.role, titles, nationalities, domain, taken),
            )

    def _nominee(self, rng, role, titles, nationalities, domain, taken) -> Nominee:
        person = self._person(rng, rng.choice(nationalities), taken)
        choices = titles[role]
        if person.nationality == congress_data.CONGRESS["country"]:  # the host's officials are not "in Tokyo"
            choices = [t for t in choices if "Tokyo" not in t and "Japan" not in t] or [
                "Director, Ministry of Justice"
            ]
        return Nominee(
            given_name=person.given_name,
            family_name=person.family_name,
            email=self._email(person, domain),
            role=role,
            title=rng.choice(choices),
            name_in_own_script=person.name_in_own_script,
            nationality=person.nationality,
            needs_visa_letter=person.nationality in data.VISA_NEEDED and rng.random() < 0.5,
            language=person.language,
        )

    def _focal_user(self, email: str, person: Person) -> User:
        user = User.objects.filter(email=email).first()
        if user is None:
            user = User.objects.create_user(email=email, full_name=person.full_name, language=person.language)
            user.password = self.password
            user.save(update_fields=["password"])
        EmailAddress.objects.update_or_create(
            user=user, email=user.email, defaults={"verified": True, "primary": True}
        )
        return user

    # --- Individual registrations -----------------------------------------------------------------------------------

    def _ngo(self, slug, name, acronym, country, ecosoc, nationalities, count) -> None:
        organisation = self._organisation(
            kind=OrganisationKind.NGO,
            name=name,
            country=country,
            acronym=acronym,
            ecosoc_status=ecosoc,
            website=data.ORGANISATION_WEBSITES.get(slug, ""),
        )
        category = self.categories["ngo" if ecosoc == EcosocStatus.NONE else "ngo-ecosoc"]
        self._individuals(organisation, slug, category, "ngo", data.NGO_TITLES, nationalities, count)

    def _company(self, slug, name, acronym, country, nationalities, count) -> None:
        organisation = self._organisation(
            kind=OrganisationKind.PRIVATE_SECTOR,
            name=name,
            country=country,
            acronym=acronym,
            website=data.ORGANISATION_WEBSITES.get(slug, ""),
        )
        category = self.categories["private-sector"]
        self._individuals(
            organisation, slug, category, "private_sector", data.PRIVATE_SECTOR_TITLES, nationalities, count
        )

    def _media(self, slug, name, name_local, country, nationalities, count) -> None:
        organisation = self._organisation(
            kind=OrganisationKind.MEDIA_OUTLET,
            name=name,
            country=country,
            name_local=name_local,
            website=data.ORGANISATION_WEBSITES.get(slug, ""),
        )
        self._individuals(
            organisation, slug, self.categories["media"], "media", data.MEDIA_TITLES, nationalities, count
        )

    def _individuals(self, organisation, slug, category, kind, titles, nationalities, count) -> None:
        taken = set()
        for index in range(count):
            key = f"demo-2001-{slug}-{index + 1}"
            if Participant.objects.filter(submission_key=key).exists():
                continue
            rng = _rng(key)
            person = self._person(rng, rng.choice(nationalities), taken)
            target = rng.choice(INDIVIDUAL_TARGETS[kind])
            participant = self._register(
                category,
                person,
                rng,
                key=key,
                email=self._email(person, f"{slug}.{DEMO_DOMAIN}"),
                title=rng.choice(titles),
                organisation_name=organisation.name,
            )
            self._carry_out(participant, target, rng, focal_user=None, kind=kind)

    def _register(
        self, category, person: Person, rng, *, key, email, title, organisation_name, date_of_birth=None
    ) -> Participant:
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
            "languages_spoken": self._languages_spoken(person),
            "dietary_needs": rng.choice(DIETS),
            "accessibility_needs": rng.choice(ACCESSIBILITY),
        }
        if person.nationality in data.VISA_NEEDED:
            as_in_passport = f"{person.family_name} {person.given_name}"
            details |= {
                "needs_visa_letter": True,
                "passport_full_name": _ascii(as_in_passport).replace("-", " ").upper(),
                "passport_number": f"{rng.choice('ABEGKMNPRT')}{rng.randint(1000000, 9999999)}",
                "passport_expires_on": datetime.date(rng.randint(2003, 2011), rng.randint(1, 12), 1),
                "passport_issuing_country": person.nationality,
            }
        return submit_registration(category=category, email=email, details=details, submission_key=key)

    def _special_cases(self) -> None:
        """Registrations a reviewer has to think about: people registered twice, and a newsletter that is not
        media."""
        # The same person registers twice with the same address (a double submission days apart).
        original = Participant.objects.filter(submission_key="demo-2001-ecpat-1").first()
        if original and not Participant.objects.filter(submission_key="demo-2001-duplicate-1").exists():
            self._register_again(original, key="demo-2001-duplicate-1", email=original.email)
        # A journalist registers again from a personal address: same names, date of birth and nationality.
        original = Participant.objects.filter(submission_key="demo-2001-nhk-1").first()
        if original and not Participant.objects.filter(submission_key="demo-2001-duplicate-2").exists():
            self._register_again(
                original,
                key="demo-2001-duplicate-2",
                email=f"{_ascii(original.given_name)}.home@{DEMO_DOMAIN}",
            )
        # A reviewer already turned one duplicate down.
        original = Participant.objects.filter(submission_key="demo-2001-save-the-children-1").first()
        if original and not Participant.objects.filter(submission_key="demo-2001-duplicate-3").exists():
            duplicate = self._register_again(original, key="demo-2001-duplicate-3", email=original.email)
            decide_registration(
                participant=duplicate,
                decision=ReviewDecision.REJECT,
                actor=self.staff["ecpat"],
                reason=f"Registered twice: your registration {original.reference} stands.",
            )
        key = "demo-2001-newsletter-1"
        if not Participant.objects.filter(submission_key=key).exists():
            rng = _rng(key)
            person = self._person(rng, "PH")
            participant = self._register(
                self.categories["media"],
                person,
                rng,
                key=key,
                email=self._email(person, f"bulletin.{DEMO_DOMAIN}"),
                title="Editor",
                organisation_name="Child Rights Bulletin (newsletter of a local NGO, fictional)",
            )
            decide_registration(
                participant=participant,
                decision=ReviewDecision.REJECT,
                actor=self.staff["communications"],
                reason=data.REASONS["media_rejected"],
            )

    def _register_again(self, original: Participant, *, key: str, email: str) -> Participant:
        rng = _rng(key)
        culture = data.COUNTRIES.get(str(original.nationality), ("en", "en"))[0]
        person = Person(
            original.given_name,
            original.family_name,
            original.name_in_own_script,
            str(original.nationality),
            original.language,
            culture,
        )
        self.used_emails.add(email)
        return self._register(
            original.category,
            person,
            rng,
            key=key,
            email=email,
            title=original.title,
            organisation_name=original.organisation_name,
            date_of_birth=original.date_of_birth,
        )

    # --- Moving a registration along --------------------------------------------------------------------------------

    def _actor_for(self, participant: Participant, focal_user):
        stage = participant.stage
        if stage is not None and stage.kind == StageKind.FOCAL_POINT:
            return focal_user
        team = stage.team if stage is not None and stage.team_id else participant.category.reviewing_team
        return self.staff.get(team.slug, self.secretariat)

    def _decide(self, participant, decision, focal_user, reason="") -> Participant:
        return decide_registration(
            participant=participant,
            decision=decision,
            actor=self._actor_for(participant, focal_user),
            reason=reason,
        )

    def _approve_stages(self, participant, count, focal_user) -> Participant:
        for _ in range(count):
            participant = self._decide(participant, ReviewDecision.APPROVE, focal_user)
        return participant

    def _carry_out(self, participant, target, rng, *, focal_user, kind, replacement=None) -> None:
        """Take one registration to `target`, the way the focal point and the reviewers would have."""
        participant.refresh_from_db()
        if participant.status == RegistrationStatus.NOMINATED and target not in ("nominated", "withdrawn"):
            participant = submit_nomination(participant=participant, actor=focal_user)
        if participant.status not in (RegistrationStatus.NOMINATED, RegistrationStatus.SUBMITTED):
            return  # moved by an earlier step (e.g. promoted from the waiting list)
        stages = participant.category.stages.count()
        action, _, stage = target.partition(":")
        stage = int(stage or 0)
        if action == "approved":
            self._approve_stages(participant, stages, focal_user)
        elif action == "at":
            self._approve_stages(participant, stage, focal_user)
        elif action == "info":
            participant = self._approve_stages(participant, stage, focal_user)
            self._decide(
                participant, ReviewDecision.REQUEST_INFO, focal_user, self._reason(rng, kind, "info")
            )
        elif action == "rejected":
            participant = self._approve_stages(participant, stage, focal_user)
            self._decide(
                participant, ReviewDecision.REJECT, focal_user, self._reason(rng, kind, "rejected", stage)
            )
        elif action == "waitlisted":
            participant = self._approve_stages(participant, stage, focal_user)
            self._decide(
                participant, ReviewDecision.WAITLIST, focal_user, self._reason(rng, kind, "waitlisted")
            )
        elif action == "withdrawn":
            withdraw_participant(
                participant=participant,
                actor=focal_user or self._actor_for(participant, None),
                reason=self._reason(rng, kind, "withdrawn"),
            )
        elif action == "substituted":
            participant = self._approve_stages(participant, 1, focal_user)
            new = substitute_member(
                participant=participant, replacement=replacement(participant), actor=focal_user
            )
            submit_nomination(participant=new, actor=focal_user)

    @staticmethod
    def _reason(rng, kind, action, stage=0) -> str:
        """What the reviewer (or focal point) wrote: data.REASONS["<kind>_<action>"], else the NGO's."""
        reasons = data.REASONS
        if kind == "government" and action == "rejected":
            action = "rejected_focal_point" if stage == 0 else "rejected_secretariat"
        value = reasons.get(f"{kind}_{action}") or reasons[f"ngo_{action}"]
        return rng.choice(value) if isinstance(value, list) else value

    # --- Summary --------------------------------------------------------------------------------------------------

    def _summarise(self) -> Summary:
        summary = Summary()
        summary.categories = ParticipantCategory.objects.filter(congress=self.congress).count()
        delegations = Delegation.objects.filter(congress=self.congress)
        summary.delegations = delegations.count()
        participants = Participant.objects.filter(congress=self.congress)
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
