"""Who may register and revoke scanning devices and set up checkpoints: the secretariat (teams that may change the
congress). The object is the congress. Devices themselves authenticate with their token (api.py), not with rules."""

import rules

from plenaria.congresses.rules import can_change_congress

can_manage_devices = can_change_congress

rules.add_perm("checkin.manage_devices", can_manage_devices)
