"""What every back-office view shares: the congress from the URL and a permission on it."""

from django.core.exceptions import PermissionDenied

from .. import services


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


class ObjectFormMixin:
    """For a form view that edits one object (`get_object()` returns it, unsaved when new).

    The object is looked up after the permission check and before the form and the page need it; `self.before`
    is its snapshot for the audit log, or None for a new object.
    """

    def get(self, request, *args, **kwargs):
        self._load_object()
        return super().get(request, *args, **kwargs)

    def post(self, request, *args, **kwargs):
        self._load_object()
        return super().post(request, *args, **kwargs)

    def _load_object(self) -> None:
        self.object = self.get_object()
        self.before = services.content_snapshot(self.object) if self.object.pk else None
