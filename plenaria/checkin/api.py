"""The scanning devices' API (/api/v1/checkin/…): download the checkpoint's list, redeem a scan, sync the scans made
offline. A device authenticates with its token (`Authorization: Device <token>`); a revoked device gets 401."""

import mimetypes

from django.contrib.auth.decorators import login_not_required
from django.contrib.auth.models import AnonymousUser
from django.http import Http404
from django.utils.decorators import method_decorator
from django.utils.translation import gettext as _
from drf_spectacular.extensions import OpenApiAuthenticationExtension
from drf_spectacular.utils import extend_schema
from rest_framework import HTTP_HEADER_ENCODING, authentication, exceptions, permissions, serializers, status
from rest_framework.negotiation import DefaultContentNegotiation
from rest_framework.parsers import JSONParser
from rest_framework.renderers import JSONRenderer
from rest_framework.response import Response
from rest_framework.views import APIView

from plenaria.common.private_storage import private_file_response
from plenaria.registration.disclosure import Audience, disclose_one
from plenaria.safeguarding.enums import MediaLevel

from .enums import Direction, ScanReason
from .models import Device
from .selectors import badge_secrets_by_id, checkpoint_list, get_device_by_token, photo_badge_for
from .services import MAX_BATCH, redeem_scan, sync_batch

# --- Authentication ---------------------------------------------------------------------------------------------


class DeviceAuthentication(authentication.BaseAuthentication):
    """`Authorization: Device <token>`: the token shown once when the device was registered. The request has no
    user; `request.auth` is the device."""

    keyword = "Device"

    def authenticate(self, request):
        # From META, not DRF's helper: it builds every header of the request for this one (on every scan).
        header = request.META.get("HTTP_AUTHORIZATION", "")
        parts = (header.encode(HTTP_HEADER_ENCODING) if isinstance(header, str) else header).split()
        if not parts or parts[0].lower() != self.keyword.lower().encode():
            return None
        if len(parts) != 2:
            raise exceptions.AuthenticationFailed(_("Invalid device token."), code="device_invalid")
        device = get_device_by_token(token=parts[1].decode(errors="replace"))
        if device is None:
            raise exceptions.AuthenticationFailed(_("Invalid device token."), code="device_invalid")
        if device.is_revoked:
            raise exceptions.AuthenticationFailed(_("This device is revoked."), code="device_revoked")
        return AnonymousUser(), device

    def authenticate_header(self, request) -> str:
        return self.keyword


class DeviceAuthenticationScheme(OpenApiAuthenticationExtension):
    target_class = DeviceAuthentication
    name = "deviceToken"

    def get_security_definition(self, auto_schema):
        return {
            "type": "apiKey",
            "in": "header",
            "name": "Authorization",
            "description": "`Device <token>`: the token shown when the device was registered.",
        }


class IsDevice(permissions.BasePermission):
    def has_permission(self, request, view) -> bool:
        return isinstance(request.auth, Device)


class JsonOnly(DefaultContentNegotiation):
    """The device API answers in JSON whatever the client accepts: nothing to negotiate on every scan (DRF's
    "ignore client content negotiation"). A body that is not JSON is still refused (415)."""

    def select_renderer(self, request, renderers, format_suffix=None):
        return renderers[0], renderers[0].media_type


@method_decorator(login_not_required, name="dispatch")
class DeviceApi(APIView):
    authentication_classes = [DeviceAuthentication]
    permission_classes = [IsDevice]
    parser_classes = [JSONParser]
    renderer_classes = [JSONRenderer]
    content_negotiation_class = JsonOnly

    def handle_exception(self, exc):
        """A refused device is told why by a stable code too (`device_revoked`, `device_invalid`), so that the app
        can say it in the operator's language."""
        response = super().handle_exception(exc)
        if isinstance(exc, exceptions.NotAuthenticated):
            response.data = {"detail": response.data.get("detail"), "code": "device_invalid"}
        elif isinstance(exc, exceptions.AuthenticationFailed):
            response.data = {"detail": response.data.get("detail"), "code": exc.get_codes()}
        return response


# --- Shapes -----------------------------------------------------------------------------------------------------


class ParticipantOutput(serializers.Serializer):
    name = serializers.CharField(help_text="As the badge shows it (a young person's pseudonym where asked).")
    category = serializers.CharField()
    category_code = serializers.CharField(help_text="The badge's letter code.")
    role = serializers.CharField(help_text="In the delegation; empty for others.")
    photo_url = serializers.CharField(allow_null=True, help_text="Null: no photo may be shown.")


class ScanResultOutput(serializers.Serializer):
    scan_id = serializers.UUIDField()
    admitted = serializers.BooleanField()
    reason = serializers.ChoiceField(choices=ScanReason.choices, help_text="Stable: for programs.")
    message = serializers.CharField(help_text="For the operator, in the request's language.")
    participant = ParticipantOutput(allow_null=True)
    flagged = serializers.BooleanField(help_text="A revoked badge: keep it and call a supervisor.")
    conflict = serializers.BooleanField(help_text="Admitted offline by the device, refused by the server.")
    duplicate = serializers.BooleanField(help_text="This scan id was already received: its first result.")


class RedeemInput(serializers.Serializer):
    scan_id = serializers.UUIDField(help_text="Made by the device; sending it again is safe.")
    secret = serializers.CharField(max_length=200, required=False, help_text="The QR code's content.")
    badge_id = serializers.IntegerField(
        min_value=1,
        required=False,
        help_text="Instead of `secret`: a badge the operator found by name in the checkpoint's list.",
    )
    scanned_at = serializers.DateTimeField(help_text="By the device's clock.")
    direction = serializers.ChoiceField(choices=Direction.choices, required=False, default="")

    def validate(self, attrs):
        if ("secret" in attrs) == ("badge_id" in attrs):
            raise serializers.ValidationError({"secret": _("Send the badge code or the badge id.")})
        return attrs


class OfflineScanInput(RedeemInput):
    admitted = serializers.BooleanField(help_text="What the device decided offline.")


class SyncInput(serializers.Serializer):
    scans = OfflineScanInput(many=True, max_length=MAX_BATCH)


class SyncOutput(serializers.Serializer):
    received = serializers.IntegerField()
    recorded = serializers.IntegerField(help_text="New scans stored by this sync.")
    duplicates = serializers.IntegerField(help_text="Scans received before: counted once.")
    admitted = serializers.IntegerField()
    refused = serializers.IntegerField()
    conflicts = serializers.IntegerField()
    results = ScanResultOutput(many=True)


class ListedBadgeOutput(serializers.Serializer):
    secret_hash = serializers.CharField(help_text="SHA-256 (hex) of the QR code's content.")
    badge_id = serializers.IntegerField(help_text="To scan by id a person found by name.")
    name = serializers.CharField()
    name_in_own_script = serializers.CharField(help_text="Blank where the identity is withheld.")
    reference = serializers.CharField(help_text="Registration number; blank where the identity is withheld.")
    category_code = serializers.CharField()
    photo_url = serializers.CharField(allow_null=True)
    sign_out_at_desk = serializers.BooleanField(
        help_text="A young person at a youth area: going out, admit them with the instruction to sign out at the "
        "register desk (`sign_out_at_desk`), as the server does online."
    )


class CheckpointListOutput(serializers.Serializer):
    checkpoint = serializers.CharField()
    zone = serializers.CharField()
    admitted = ListedBadgeOutput(many=True, help_text="The badges this checkpoint admits.")
    revoked_hashes = serializers.ListField(child=serializers.CharField(), help_text="Refuse and flag these.")


# The shapes of a scan, built once: building a serializer deep-copies its fields, which costs more than the
# rest of reading a scan's input. Their validation and output keep no state between calls.
REDEEM_INPUT = RedeemInput()
SCAN_RESULT_OUTPUT = ScanResultOutput()


def _with_secrets(device: Device, scans: list[dict]) -> list[dict]:
    """Scans as the services take them: a scan by badge id gets the badge's secret (blank for a badge the device
    may not scan by id, which is then refused as unknown)."""
    secrets = badge_secrets_by_id(
        device=device, badge_ids=[scan["badge_id"] for scan in scans if "badge_id" in scan]
    )
    resolved = []
    for scan in scans:
        scan = dict(scan)
        if "badge_id" in scan:
            scan["secret"] = secrets.get(scan.pop("badge_id"), "")
        resolved.append(scan)
    return resolved


def _invalid(errors) -> Response:
    return Response(
        {"code": "invalid", "detail": _("A scan needs an id, a badge code and a time."), "fields": errors},
        status=status.HTTP_400_BAD_REQUEST,
    )


# --- Endpoints --------------------------------------------------------------------------------------------------


class CheckpointListApi(DeviceApi):
    @extend_schema(responses=CheckpointListOutput, summary="What the device keeps to scan offline")
    def get(self, request):
        return Response(CheckpointListOutput(checkpoint_list(device=request.auth)).data)


class RedeemScanApi(DeviceApi):
    @extend_schema(request=RedeemInput, responses=ScanResultOutput, summary="Redeem a scan")
    def post(self, request):
        try:
            validated = REDEEM_INPUT.run_validation(request.data)
        except serializers.ValidationError as error:
            return _invalid(error.detail)
        (scan,) = _with_secrets(request.auth, [validated])
        result = redeem_scan(device=request.auth, **scan)
        return Response(SCAN_RESULT_OUTPUT.to_representation(result))


class SyncBatchApi(DeviceApi):
    @extend_schema(request=SyncInput, responses=SyncOutput, summary="Sync the scans made offline")
    def post(self, request):
        serializer = SyncInput(data=request.data)
        if not serializer.is_valid():
            return _invalid(serializer.errors)
        report = sync_batch(
            device=request.auth, scans=_with_secrets(request.auth, serializer.validated_data["scans"])
        )
        return Response(SyncOutput(report).data)


class BadgePhotoApi(DeviceApi):
    @extend_schema(
        responses={(200, "image/*"): bytes}, summary="The photo to compare with the identity document"
    )
    def get(self, request, badge_id: int):
        badge = photo_badge_for(device=request.auth, badge_id=badge_id)
        if badge is None or not badge.participant.photo:
            raise Http404
        if disclose_one(badge.participant, audience=Audience.STAFF).media_level != MediaLevel.PUBLIC:
            raise Http404
        photo = badge.participant.photo
        content_type = mimetypes.guess_type(photo.name)[0] or "application/octet-stream"
        return private_file_response(photo, download_name="photo", content_type=content_type)
