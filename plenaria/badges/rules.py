"""Who may issue, reprint, revoke and print badges: the secretariat (teams that may change the congress).

The object is the congress. Check with `rules.has_perm(name, user, congress)`: `user.has_perm` lets every
superuser through before any rule is asked."""

import rules

from plenaria.congresses.rules import can_change_congress

can_manage_badges = can_change_congress

rules.add_perm("badges.manage_badges", can_manage_badges)
