"""Who may read and handle concerns: only the safeguarding officers of the congress. The object is the congress;
a concern is always looked up within `request.congress`.

The officer flag is read by `safeguarding.rules.is_safeguarding_officer`, which does not let a platform
administrator through. Check these permissions with `rules.has_perm(name, user, obj)`, never `user.has_perm`:
Django lets every active superuser pass `user.has_perm` before any rule is asked.
"""

import rules

from plenaria.congresses.enums import TeamPermission
from plenaria.congresses.selectors import staff_permissions_for
from plenaria.safeguarding.rules import is_safeguarding_officer


@rules.predicate
def has_officer_flag(user, congress) -> bool:
    """The officer flag among the user's team flags, as loaded once per request for the back-office menu. Grants
    nothing by itself (a superuser's flags include every flag): only for showing the menu entry."""
    return congress is not None and TeamPermission.SAFEGUARDING_OFFICER in staff_permissions_for(
        user=user, congress=congress
    )


rules.add_perm("concerns.view_concerns", is_safeguarding_officer)  # object: the congress
rules.add_perm("concerns.see_concerns_in_menu", has_officer_flag)  # object: the congress
