"""Who may register and revoke scanning devices and set up zones and checkpoints: the secretariat (teams that may
change the congress). Who may follow the live attendance (counts by zone, category and hour): every team of the
congress. The object is the congress. Devices themselves authenticate with their token (api.py), not with rules.

The names of who is in a zone are for the secretariat, and young people's names only for those who keep the
youth register (`safeguarding.keep_register`, asked with `rules.has_perm`: an administrator is not one)."""

import rules

from plenaria.congresses.rules import can_change_congress, is_congress_staff

can_manage_devices = can_change_congress
can_view_attendance = can_manage_devices | is_congress_staff

rules.add_perm("checkin.manage_devices", can_manage_devices)
rules.add_perm("checkin.view_attendance", can_view_attendance)
