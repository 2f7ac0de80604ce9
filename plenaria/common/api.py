"""What every API endpoint shares: domain errors mapped to HTTP, and the rules-based permission class."""

from django.core.exceptions import PermissionDenied
from rest_framework import permissions, status
from rest_framework.response import Response
from rest_framework.views import exception_handler

from .errors import DomainError

STATUS_FOR_CODE = {"not_found": status.HTTP_404_NOT_FOUND, "forbidden": status.HTTP_403_FORBIDDEN}


def domain_exception_handler(exc, context):
    """Turn a `DomainError(code=…)` into a response whose body names the code: 409 unless the code says else."""
    if isinstance(exc, DomainError):
        return Response(
            {"code": exc.code, "detail": str(exc.message)},
            status=STATUS_FOR_CODE.get(exc.code, status.HTTP_409_CONFLICT),
        )
    if isinstance(exc, PermissionDenied):
        return Response({"code": "forbidden", "detail": str(exc) or "forbidden"}, status=403)
    return exception_handler(exc, context)


class HasRulesPermission(permissions.BasePermission):
    """Checks `view.permission_required` with django-rules, against the object when there is one."""

    def has_permission(self, request, view):
        perm = getattr(view, "permission_required", None)
        if perm is None:
            return True
        target = view.get_permission_object() if hasattr(view, "get_permission_object") else None
        return request.user.has_perm(perm, target)

    def has_object_permission(self, request, view, obj):
        perm = getattr(view, "permission_required", None)
        return perm is None or request.user.has_perm(perm, obj)
