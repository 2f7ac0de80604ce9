"""What every back-office view shares: the congress from the URL and a permission on it."""

from django.core.exceptions import PermissionDenied


class CongressPermissionMixin:
    """Checks `permission_required` (a rules permission) against `request.congress`."""

    permission_required: str = "congresses.view_backoffice"

    def dispatch(self, request, *args, **kwargs):
        if not request.user.has_perm(self.permission_required, request.congress):
            raise PermissionDenied
        return super().dispatch(request, *args, **kwargs)

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        user, congress = self.request.user, self.request.congress
        context["manage_permissions"] = {
            name: user.has_perm(f"congresses.{name}", congress)
            for name in ("change_congress", "change_content", "manage_teams", "view_auditlog", "view_outbox")
        }
        return context
