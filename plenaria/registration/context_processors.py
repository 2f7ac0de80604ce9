from django.contrib.auth import get_user_model
from django.db.models import Exists, OuterRef
from django.utils.functional import SimpleLazyObject

from plenaria.delegations.models import FocalPoint

from .models import Participant


def focal_point(request):
    """Whether to show "My delegations" and "My registrations" in the header: one query for both, only when a
    signed-in page asks."""

    def roles() -> dict:
        user = getattr(request, "user", None)
        if not (user and user.is_authenticated):
            return {"is_focal_point": False, "has_registrations": False}
        return (
            get_user_model()
            .objects.filter(pk=user.pk)
            .values(
                is_focal_point=Exists(
                    FocalPoint.objects.filter(user=OuterRef("pk"), accepted_at__isnull=False)
                ),
                has_registrations=Exists(Participant.objects.filter(user=OuterRef("pk"))),
            )
            .first()
            or {}
        )

    found = SimpleLazyObject(roles)
    return {
        "is_focal_point": SimpleLazyObject(lambda: bool(found.get("is_focal_point"))),
        "has_registrations": SimpleLazyObject(lambda: bool(found.get("has_registrations"))),
    }
