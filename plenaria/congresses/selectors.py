from django.core.cache import cache
from django.db import transaction
from django.db.models import Model, Prefetch, QuerySet

from plenaria.accounts.models import User

from .enums import EventKind, PageSection, TeamPermission
from .models import (
    Congress,
    ContactPoint,
    Event,
    KeyFigure,
    Page,
    ParticipationSection,
    StaffMembership,
    StaffTeam,
)

# Every page of a congress looks it up by the slug in its address. It is kept in the shared cache; a change to the
# congress drops it (public_cache's receivers), and the short lifetime bounds how long a changed slug still answers.
CONGRESS_BY_SLUG_SECONDS = 60


def congress_by_slug(slug: str) -> Congress | None:
    """The congress at this address, published or not (the caller decides who may see it)."""
    key = _congress_key(slug)
    congress = cache.get(key)
    if congress is None:
        congress = Congress.objects.filter(slug=slug).first()
        if congress is not None:
            cache.set(key, congress, CONGRESS_BY_SLUG_SECONDS)
    return congress


def forget_congress(congress: Congress) -> None:
    """Drop the cached congress now, and again on commit (a request may have cached the old one meanwhile)."""
    key = _congress_key(congress.slug)
    cache.delete(key)
    transaction.on_commit(lambda: cache.delete(key))


def _congress_key(slug: str) -> str:
    return f"congresses:by-slug:{slug}"


def staff_permissions_for(*, user, congress: Congress) -> frozenset[str]:
    """The permission flags `user` holds in `congress` through all their teams (cached on the user object)."""
    if not getattr(user, "is_authenticated", False):
        return frozenset()
    cache = user.__dict__.setdefault("_plenaria_staff_permissions", {})
    if congress.pk not in cache:
        teams = StaffTeam.objects.filter(congress=congress, memberships__user=user)
        flags = set()
        for team in teams:
            flags |= team.permissions
            # Not a permission: a marker for the menu (the safeguarding app decides the rest).
            if team.works_with_youth:
                flags.add("works_with_youth")
        if user.is_superuser:
            flags |= set(TeamPermission.values)
        cache[congress.pk] = frozenset(flags) | ({"member"} if teams or user.is_superuser else frozenset())
    return cache[congress.pk]


def is_staff_anywhere(*, user) -> bool:
    """Whether the user belongs to any congress team (or is a platform administrator): such users need 2FA."""
    if not getattr(user, "is_authenticated", False):
        return False
    cached = getattr(
        user, "_plenaria_is_staff", None
    )  # asked by the 2FA middleware and the page header alike
    if cached is None:
        cached = user._plenaria_is_staff = (
            user.is_staff or user.is_superuser or user.staff_memberships.exists()
        )
    return cached


def published_congresses() -> QuerySet[Congress]:
    return Congress.objects.filter(is_published=True)


def featured_congress() -> Congress | None:
    return published_congresses().filter(is_featured=True).first() or published_congresses().first()


def congresses_managed_by(*, user) -> QuerySet[Congress]:
    if user.is_superuser:
        return Congress.objects.all()
    return Congress.objects.filter(teams__memberships__user=user).distinct()


def get_published_page(*, congress: Congress, section: PageSection) -> Page | None:
    return congress.pages.filter(section=section, is_published=True).first()


def published_pages(*, congress: Congress) -> QuerySet[Page]:
    return congress.pages.filter(is_published=True)


def events_of_kind(*, congress: Congress, kind: EventKind) -> QuerySet[Event]:
    return congress.events.filter(kind=kind).order_by("starts_on", "position")


def main_event(*, congress: Congress) -> Event | None:
    return events_of_kind(congress=congress, kind=EventKind.MAIN).first()


def key_figures(*, congress: Congress) -> QuerySet[KeyFigure]:
    return congress.key_figures.all()


def participation_sections(*, congress: Congress) -> QuerySet[ParticipationSection]:
    return congress.participation_sections.select_related("reviewing_team")


def contact_points(*, congress: Congress) -> QuerySet[ContactPoint]:
    return congress.contact_points.select_related("team")


def content_for_congress(*, congress: Congress, model: type[Model], order: list[str]) -> QuerySet:
    """One kind of site content (events, pages…) of a congress, with the teams etc. it points to in one query."""
    related = [f.name for f in model._meta.concrete_fields if f.many_to_one and f.name != "congress"]
    return model.objects.filter(congress=congress).select_related(*related).order_by(*order)


def get_content(*, congress: Congress, model: type[Model], pk: int) -> Model | None:
    """One piece of site content, only if it belongs to `congress` (ids from another congress find nothing)."""
    return model.objects.filter(congress=congress, pk=pk).first()


def get_membership(*, congress: Congress, pk: int) -> StaffMembership | None:
    """A team membership of `congress`, with its user and team."""
    return (
        StaffMembership.objects.filter(team__congress=congress, pk=pk).select_related("user", "team").first()
    )


def teams_with_members(*, congress: Congress) -> QuerySet[StaffTeam]:
    """The teams of a congress with their members (in the order they joined), for the back-office team list."""
    memberships = StaffMembership.objects.select_related("user").order_by("pk")
    return congress.teams.prefetch_related(Prefetch("memberships", queryset=memberships))


def get_user_by_email(*, email: str) -> User | None:
    return User.objects.filter(email__iexact=email.strip()).first()
