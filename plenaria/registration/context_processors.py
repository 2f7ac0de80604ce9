from django.utils.functional import SimpleLazyObject

from plenaria.delegations.models import FocalPoint


def focal_point(request):
    """Whether to show "My delegations" in the header: one query, only when a signed-in page asks."""

    def is_focal_point() -> bool:
        user = getattr(request, "user", None)
        return bool(
            user
            and user.is_authenticated
            and FocalPoint.objects.filter(user=user, accepted_at__isnull=False).exists()
        )

    return {"is_focal_point": SimpleLazyObject(is_focal_point)}
