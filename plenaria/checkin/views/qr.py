"""The QR code of a device's pairing address, drawn on the server as an SVG (reportlab's encoder, as on badges):
no JavaScript and no image request, so the token goes nowhere but into the page."""

from django.utils.html import format_html
from django.utils.safestring import SafeString

from plenaria.badges.qr import QR_QUIET_ZONE, qr_dark_runs

QUIET_ZONE = QR_QUIET_ZONE


def qr_svg(payload: str, *, label: str) -> SafeString:
    """An `<svg>` of the QR code of `payload`, one unit per module, with `label` for screen readers."""
    count, runs = qr_dark_runs(payload)
    side = count + 2 * QUIET_ZONE
    path = "".join(
        f"M{column + QUIET_ZONE} {row + QUIET_ZONE}h{length}v1h-{length}z" for row, column, length in runs
    )
    return format_html(
        '<svg class="qr-code" xmlns="http://www.w3.org/2000/svg" viewBox="0 0 {side} {side}" role="img" '
        'aria-label="{label}" shape-rendering="crispEdges"><rect width="{side}" height="{side}" fill="#fff"/>'
        '<path fill="#000" d="{path}"/></svg>',
        side=side,
        label=label,
        path=path,
    )
