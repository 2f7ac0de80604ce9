"""Load (or refresh) the Yokohama 2001 demo congress. Running it again updates the same rows; nothing doubles."""

from allauth.account.models import EmailAddress
from allauth.mfa.models import Authenticator
from allauth.mfa.recovery_codes.internal.auth import RecoveryCodes
from allauth.mfa.totp.internal.auth import TOTP
from django.core.management.base import BaseCommand
from django.db import transaction

from plenaria.accounts.models import User
from plenaria.congresses.models import (
    Congress,
    ContactPoint,
    Event,
    KeyFigure,
    Page,
    ParticipationSection,
    StaffMembership,
    StaffTeam,
)
from plenaria.congresses.public_cache import bump_public_cache
from plenaria.demo.accreditation import seed_accreditation
from plenaria.demo.checkin import seed_checkin
from plenaria.demo.content import yokohama_2001 as data
from plenaria.demo.content.consent_texts_2001 import CONSENT_TEXTS
from plenaria.demo.content.youth_guides_2001 import YOUTH_GUIDES
from plenaria.demo.desk import seed_desk, seed_inquiries
from plenaria.demo.library import seed_library
from plenaria.demo.news import seed_news
from plenaria.helpdesk.models import Inquiry
from plenaria.safeguarding.selectors import current_text
from plenaria.safeguarding.services.texts import publish_consent_text

# A fixed TOTP secret for the demo staff accounts only, so that `make demo` can print it (and anyone can add it to
# an authenticator app). Real staff set up their own secret on first sign-in.
DEMO_TOTP_SECRET = "JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP"  # noqa: S105


class Command(BaseCommand):
    help = "Create or refresh the demo congress (2nd World Congress against CSEC, Yokohama 2001)."

    def add_arguments(self, parser):
        parser.add_argument(
            "--site-only",
            action="store_true",
            help="Only the public site, teams and staff log-ins, without the ~400 registrations (fast, for tests).",
        )

    @transaction.atomic
    def handle(self, *args, **options):
        congress = self._congress()
        teams = self._teams(congress)
        self._events(congress)
        self._pages(congress)
        self._figures(congress)
        self._participation(congress, teams)
        self._contacts(congress, teams)
        users = self._users(teams)
        self._consent_texts(congress)
        seed_desk(congress=congress, teams=teams)
        seed_library(congress=congress)
        seed_news(congress=congress)  # after the library: items link to its documents
        accreditation = None if options["site_only"] else seed_accreditation(congress=congress, teams=teams)
        # After the accreditation: the demo participant's questions are linked to her registration.
        inquiries = None if options["site_only"] else seed_inquiries(congress=congress, teams=teams)
        checkin = None if options["site_only"] else seed_checkin(congress=congress)
        bump_public_cache(congress.pk)
        self._report(users)
        for line in accreditation.lines() if accreditation else []:
            self.stdout.write(line)
        if inquiries is not None:
            total = Inquiry.objects.filter(congress=congress).count()
            self.stdout.write(f"Inquiry desk: {total} inquiries ({inquiries} new this run)")
        if checkin is not None:
            self.stdout.write(checkin)

    def _congress(self) -> Congress:
        values = dict(data.CONGRESS)
        congress, _ = Congress.objects.update_or_create(
            slug=data.SLUG, defaults={**values, "is_published": True, "is_featured": True}
        )
        return congress

    def _teams(self, congress) -> dict[str, StaffTeam]:
        teams = {}
        for spec in data.TEAMS:
            flags = {
                flag: flag in spec["flags"]
                for flag in (
                    "can_change_congress",
                    "can_change_content",
                    "can_edit_documents",
                    "can_manage_teams",
                    "can_view_audit_log",
                    "can_view_outbox",
                    "is_safeguarding_officer",
                    "works_with_youth",
                )
            }
            teams[spec["slug"]], _ = StaffTeam.objects.update_or_create(
                congress=congress,
                slug=spec["slug"],
                defaults={
                    "name": spec["name"],
                    "organisation": spec["organisation"],
                    "description": spec["description"],
                    **flags,
                },
            )
        return teams

    def _events(self, congress) -> None:
        for spec in data.EVENTS:
            Event.objects.update_or_create(
                congress=congress, slug=spec["slug"], defaults={k: v for k, v in spec.items() if k != "slug"}
            )

    def _pages(self, congress) -> None:
        for section, spec in {**data.PAGES, **YOUTH_GUIDES}.items():
            Page.objects.update_or_create(
                congress=congress, section=section, defaults={**spec, "is_published": True}
            )

    def _consent_texts(self, congress) -> None:
        """Version 1 of each consent text and code of conduct, once."""
        for kind, body in CONSENT_TEXTS.items():
            if current_text(kind=kind, congress=congress) is None:
                publish_consent_text(congress=congress, kind=kind, body=body, actor=None)

    def _figures(self, congress) -> None:
        for spec in data.KEY_FIGURES:
            KeyFigure.objects.update_or_create(
                congress=congress,
                position=spec["position"],
                defaults={k: v for k, v in spec.items() if k != "position"},
            )

    def _participation(self, congress, teams) -> None:
        for spec in data.PARTICIPATION:
            values = {k: v for k, v in spec.items() if k not in ("position", "team")}
            ParticipationSection.objects.update_or_create(
                congress=congress,
                position=spec["position"],
                defaults={**values, "reviewing_team": teams[spec["team"]]},
            )

    def _contacts(self, congress, teams) -> None:
        for spec in data.CONTACTS:
            values = {k: v for k, v in spec.items() if k not in ("position", "team")}
            ContactPoint.objects.update_or_create(
                congress=congress, position=spec["position"], defaults={**values, "team": teams[spec["team"]]}
            )

    def _users(self, teams) -> list[tuple[User, list[str]]]:
        users = []
        for spec in data.USERS:
            user = User.objects.filter(email=spec["email"]).first()
            if user is None:
                user = User.objects.create_user(email=spec["email"], password=data.DEMO_PASSWORD)
            user.full_name, user.language = spec["full_name"], spec["language"]
            user.save(update_fields=["full_name", "language"])
            EmailAddress.objects.update_or_create(
                user=user, email=user.email, defaults={"verified": True, "primary": True}
            )
            codes = []
            if spec["team"]:
                StaffMembership.objects.get_or_create(team=teams[spec["team"]], user=user)
                codes = self._two_factor(user)
            users.append((user, codes))
        return users

    @staticmethod
    def _two_factor(user) -> list[str]:
        if not Authenticator.objects.filter(user=user, type=Authenticator.Type.TOTP).exists():
            TOTP.activate(user, DEMO_TOTP_SECRET)
        recovery = Authenticator.objects.filter(user=user, type=Authenticator.Type.RECOVERY_CODES).first()
        wrapped = recovery.wrap() if recovery else RecoveryCodes.activate(user)
        return wrapped.get_unused_codes()[:2]

    def _report(self, users) -> None:
        self.stdout.write(
            self.style.SUCCESS("Demo congress ready: 2nd World Congress against CSEC, Yokohama 2001")
        )
        self.stdout.write(f"Demo log-ins (password for all: {data.DEMO_PASSWORD}):")
        for user, codes in users:
            extra = f"  recovery codes: {', '.join(codes)}" if codes else ""
            self.stdout.write(f"  {user.email:<40} {user.language}{extra}")
        self.stdout.write(f"Staff two-factor (TOTP) secret for authenticator apps: {DEMO_TOTP_SECRET}")
