from django.db.models import QuerySet

from .models import Delegation, FocalPoint


def delegations_of_focal_point(*, user, congress) -> QuerySet[Delegation]:
    """The delegations this user nominates (accepted invitations only)."""
    return Delegation.objects.filter(
        congress=congress, focal_points__user=user, focal_points__accepted_at__isnull=False
    ).select_related("organisation")


def is_focal_point_of(*, user, delegation: Delegation) -> bool:
    if not getattr(user, "is_authenticated", False):
        return False
    return FocalPoint.objects.filter(delegation=delegation, user=user, accepted_at__isnull=False).exists()


def get_invitation(*, token: str) -> FocalPoint | None:
    return (
        FocalPoint.objects.select_related("delegation__congress", "delegation__organisation")
        .filter(token=token)
        .first()
    )
