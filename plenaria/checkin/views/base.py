"""What the check-in pages share: the congress from the URL, a permission on it, and the congress's own zones,
checkpoints and devices (another congress's are a 404)."""

from django.http import Http404
from django.shortcuts import redirect
from django.utils.decorators import method_decorator
from django.views.decorators.cache import never_cache

from plenaria.congresses.views.manage_base import CongressPermissionMixin

# The field of a form that a refusal of the services is about, by its code.
ERROR_FIELDS = {
    "name_required": "name",
    "slug_taken": "slug",
    "zone_slug_taken": "slug",
    "zone_of_another_congress": "zone",
    "checkpoint_of_another_congress": "checkpoint",
    "category_of_another_congress": "categories",
    "event_of_another_congress": "youth_event",
}


@method_decorator(never_cache, name="dispatch")
class CheckinMixin(CongressPermissionMixin):
    """A check-in page: for the secretariat (`checkin.manage_devices`) unless the view says otherwise."""

    permission_required = "checkin.manage_devices"  # checked by CongressPermissionMixin

    def redirect_to(self, name: str, **kwargs):
        return redirect(f"checkin_manage:{name}", congress_slug=self.request.congress.slug, **kwargs)

    def get_context_data(self, **kwargs):
        return super().get_context_data(
            can_manage_devices=self.request.user.has_perm("checkin.manage_devices", self.request.congress),
            **kwargs,
        )


def owned(queryset, pk: int):
    """The object `pk` of `queryset` (already narrowed to the congress), or a 404."""
    found = queryset.filter(pk=pk).first()
    if found is None:
        raise Http404("Not found in this congress")
    return found


def show_error(form, error) -> None:
    """A refusal of the services on the form, next to the field it is about."""
    field = ERROR_FIELDS.get(error.code)
    form.add_error(field if field in form.fields else None, error.message)
