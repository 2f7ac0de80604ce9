"""Who may read which documents of a congress: the access levels a user holds.

The levels are ordered from the widest audience to the narrowest (enums.LEVELS_IN_ORDER), and a user who may read
one level may read every wider one:

- everyone, signed in or not: public;
- a person whose registration for the congress is approved (accredited): + participants;
- a member of a government delegation of the congress: an accredited participant of a government category, or
  the focal point (invitation accepted) of a delegation of a government: + governments;
- the congress's staff whose team may edit documents, or edit the congress (the secretariat), and platform
  administrators: every level, secretariat included.

Another congress's registration, focal point or team counts for nothing here. Staff without either flag read
what their registration (if any) allows them, like everyone else.
"""

from django.contrib.auth.models import AnonymousUser

from plenaria.congresses.enums import TeamPermission
from plenaria.congresses.selectors import staff_permissions_for
from plenaria.delegations.enums import OrganisationKind
from plenaria.delegations.models import FocalPoint
from plenaria.registration.enums import CategoryKind, RegistrationStatus
from plenaria.registration.selectors import live_registration_of

from .enums import LEVELS_IN_ORDER, AccessLevel
from .rules import can_edit_documents

__all__ = ["access_levels_for", "can_edit_documents", "may_read"]

_SEES_EVERYTHING = frozenset({TeamPermission.EDIT_DOCUMENTS, TeamPermission.CHANGE_CONGRESS})
_CACHE_ATTRIBUTE = "_plenaria_library_levels"


def _up_to(level: AccessLevel) -> frozenset[str]:
    return frozenset(str(value) for value in LEVELS_IN_ORDER[: LEVELS_IN_ORDER.index(level) + 1])


def access_levels_for(*, user, congress) -> frozenset[str]:
    """The AccessLevel values `user` may read in `congress` (cached on the user object for the request)."""
    if user is None or not getattr(user, "is_authenticated", False):
        return _up_to(AccessLevel.PUBLIC)
    cache = user.__dict__.setdefault(_CACHE_ATTRIBUTE, {})
    if congress.pk not in cache:
        cache[congress.pk] = _up_to(_widest_level(user=user, congress=congress))
    return cache[congress.pk]


def may_read(*, user, document) -> bool:
    """Whether `user` may read a document of this access level (whatever its status)."""
    return document.access_level in access_levels_for(
        user=user or AnonymousUser(), congress=document.congress
    )


def _widest_level(*, user, congress) -> AccessLevel:
    # At most three queries: the team flags (shared with the rest of the request), the registration, the focal
    # points.
    if staff_permissions_for(user=user, congress=congress) & _SEES_EVERYTHING:
        return AccessLevel.SECRETARIAT
    registration = live_registration_of(user=user, congress=congress)
    is_accredited = registration is not None and registration.status == RegistrationStatus.APPROVED
    if is_accredited and registration.category.kind == CategoryKind.GOVERNMENT:
        return AccessLevel.GOVERNMENTS
    if _is_government_focal_point(user=user, congress=congress):
        return AccessLevel.GOVERNMENTS
    if is_accredited:
        return AccessLevel.PARTICIPANTS
    return AccessLevel.PUBLIC


def _is_government_focal_point(*, user, congress) -> bool:
    return FocalPoint.objects.filter(
        user=user,
        accepted_at__isnull=False,
        delegation__congress=congress,
        delegation__organisation__kind=OrganisationKind.GOVERNMENT,
    ).exists()
