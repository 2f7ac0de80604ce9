"""Every text the check-in app's scripts show, in the request's language. The page carries them (a JSON script
element), so the scripts hold no text of their own and the app speaks the operator's language offline too.

Placeholders are `{name}`, replaced by the scripts. Counts are shown as "label: number", which reads right in every
language without plural forms."""

from django.utils.translation import gettext as _
from django.utils.translation import pgettext

from .enums import Direction, ScanOutcome, ScanReason

# Reasons the device decides by itself, offline, from the list it keeps.
OFFLINE_REASONS = {
    "not_listed": lambda: _("Not on this checkpoint's list. Send the person to the accreditation desk."),
    "no_list": lambda: _(
        "This device has no list yet: it cannot check badges until it has been online once."
    ),
}


def reason_labels() -> dict[str, str]:
    """The label of every reason a scan may have, by code: the server's (whatever codes the server knows) and the
    device's own offline ones."""
    labels = {code: str(label) for code, label in ScanReason.choices}
    labels.update((code, label()) for code, label in OFFLINE_REASONS.items())
    return labels


def ui_strings() -> dict[str, str]:
    return {
        "appName": _("Plenaria check-in"),
        "appShortName": pgettext("app name, short", "Check-in"),
        "admitted": str(ScanOutcome.ADMITTED.label),
        "refused": str(ScanOutcome.REFUSED.label),
        "directionIn": str(Direction.IN.label),
        "directionOut": str(Direction.OUT.label),
        "checkedOffline": _("Checked offline: this scan will be sent when the network is back."),
        "category": _("Category {code}"),
        "noPhoto": _("No photo to compare."),
        "photoOffline": _("Photo not available offline."),
        "photoAlt": _("Photo of {name}"),
        "comparePhoto": _("Compare the photo with the identity document."),
        "unknownPerson": _("Unknown person"),
        "next": _("Next"),
        "close": _("Close"),
        "online": _("Online"),
        "offline": _("Offline"),
        "listCount": _("People on the list: {count}"),
        "listUpdated": _("List updated at {time}"),
        "listMissing": _("No list yet: connect to the network to download it."),
        "queueCount": _("Scans waiting to be sent: {count}"),
        "pairing": _("Checking the device…"),
        "pairFailed": _("The device could not be checked. Connect to the network and try again."),
        "deviceRevoked": _("This device is revoked: it can no longer scan. Its saved list has been deleted."),
        "deviceInvalid": _(
            "This pairing code is not valid. Ask the secretariat for the device's pairing code."
        ),
        "unpairBlocked": _("Scans are still waiting to be sent: connect to the network before unpairing."),
        "unpairConfirm": _("Unpair this device? Its saved list is deleted; it needs the pairing code again."),
        "cameraUnavailable": _("The camera is not available. Type the code or search by name."),
        "cameraDenied": _("The camera was not allowed. Allow it in the browser, or type the code."),
        "searchNone": _("No one on this checkpoint's list matches."),
        "searchMore": _("More people match: type more of the name."),
        "syncHeading": _("Offline scans sent"),
        "syncSent": _("Sent: {count}"),
        "syncDuplicates": _("Already received before: {count}"),
        "syncAdmitted": _("Admitted: {count}"),
        "syncRefused": _("Refused: {count}"),
        "syncConflicts": _("Conflicts: {count}"),
        "syncConflictsHelp": _("Admitted offline but refused by the server: tell a supervisor."),
        "syncRejected": _("Scans the server could not read: {count}"),
        "syncFailed": _("Sending failed: the app will try again."),
        "scanFailed": _("The scan could not be recorded: try again."),
    }
