"""What every badge page shares: the congress's secretariat only (`badges.manage_badges`).

Every badge, participant and print job is looked up among the congress's own, so another congress's is a 404 even
to the secretariat of that other congress.
"""

from django.shortcuts import redirect
from django.utils.decorators import method_decorator
from django.views.decorators.cache import never_cache

from plenaria.congresses.views.manage_base import CongressPermissionMixin


@method_decorator(never_cache, name="dispatch")
class BadgesMixin(CongressPermissionMixin):
    """A page of the badges' back office."""

    # Asked through `request.user.has_perm`, which reaches the rule with the real user object: its team flags are
    # read once a request, for the page and its sidebar alike.
    permission_required = "badges.manage_badges"

    def redirect_to(self, name: str, **kwargs):
        return redirect(f"badges_manage:{name}", congress_slug=self.request.congress.slug, **kwargs)
