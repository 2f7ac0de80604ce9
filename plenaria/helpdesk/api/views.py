"""API of the inquiry desk (/api/v1/congresses/<slug>/inquiries/…): ask the organisers, and read inquiries with the
same permissions as the pages. Anyone may ask; a co-organiser's team reads its own queue (the secretariat also
the unrouted inquiries), a signed-in requester their own inquiries, without the teams' internal notes."""

import secrets

import rules
from allauth.account.adapter import get_adapter
from django.conf import settings
from django.contrib.auth.decorators import login_not_required
from django.core.exceptions import PermissionDenied as DjangoPermissionDenied
from django.db.models import Q, QuerySet
from django.utils import translation
from django.utils.crypto import salted_hmac
from django.utils.decorators import method_decorator
from django.utils.translation import gettext as _
from drf_spectacular.utils import OpenApiParameter, PolymorphicProxySerializer, extend_schema
from rest_framework import status
from rest_framework.pagination import CursorPagination
from rest_framework.permissions import AllowAny, IsAuthenticated
from rest_framework.response import Response
from rest_framework.views import APIView

from plenaria.common import throttle

from ..enums import InquiryStatus, InquiryTopic
from ..errors import HelpdeskError
from ..models import Inquiry
from ..selectors import conversation, desk_team_ids_of, get_inquiry, is_secretariat_desk_member
from ..services.inquiries import InquiryRequest, submit_inquiry
from .serializers import (
    NO_ATTACHMENTS,
    ErrorOutput,
    HandlerInquiryOutput,
    InquiryCreatedOutput,
    InquiryFilterInput,
    InquiryInput,
    InquiryOutput,
    InquiryPage,
    RequesterInquiryOutput,
    invalid_response,
)

# (submissions, seconds) per IP address and per e-mail address. Generous per address: a delegation's office, or a
# whole venue, may share one public address. Override with PLENARIA_INQUIRY_API_RATE_LIMITS in the settings.
DEFAULT_RATE_LIMITS = {"ip": (30, 3600), "email": (10, 3600)}


def _queue_for(user, congress) -> QuerySet[Inquiry]:
    """The inquiries a desk member works: those of their teams' queues, and for the secretariat also those that no
    rule routed (the `helpdesk.handle_inquiry` rule, as one query)."""
    in_queue = Q(team_id__in=desk_team_ids_of(user=user, congress=congress))
    if is_secretariat_desk_member(user=user, congress=congress):
        in_queue |= Q(team__isnull=True)
    return Inquiry.objects.filter(in_queue, congress=congress)


def _visible_to(user, congress) -> QuerySet[Inquiry]:
    """A desk member's queues; anyone else's own inquiries."""
    if rules.has_perm("helpdesk.use_desk", user, congress):
        inquiries = _queue_for(user, congress)
    else:
        inquiries = Inquiry.objects.filter(congress=congress, user=user)
    return inquiries.select_related("team", "merged_into")


def _with_messages(inquiry: Inquiry, *, as_handler: bool) -> Inquiry:
    if as_handler and inquiry.moved_to_concern_id is not None:
        # The officers' from now on: the desk's teams no longer read what the requester wrote.
        inquiry.shown_messages = []
    else:
        inquiry.shown_messages = conversation(inquiry=inquiry, include_notes=as_handler)
    return inquiry


class InquiryPages(CursorPagination):
    page_size = 50
    page_size_query_param = "page_size"
    max_page_size = 500
    ordering = ("-created_at", "-pk")


# --- Views ----------------------------------------------------------------------------------------------------


def _client_ip(request) -> str:
    # allauth's reading of the address, so that its trusted-proxy settings apply here as to the sign-in limits.
    try:
        return get_adapter(request).get_client_ip(request)
    except DjangoPermissionDenied:
        return "unknown"


def _is_throttled(request, email: str) -> bool:
    """Counts this submission against the limits of the caller's IP address and (if given) e-mail address."""
    limits = {**DEFAULT_RATE_LIMITS, **getattr(settings, "PLENARIA_INQUIRY_API_RATE_LIMITS", {})}
    identities = [("ip", _client_ip(request))] + ([("email", email.strip().lower())] if email else [])
    allowed = [
        throttle.allow(
            scope=f"inquiry-api-{scope}",
            identity=identity,
            limit=limits[scope][0],
            window_seconds=limits[scope][1],
        )
        for scope, identity in identities
    ]
    return not all(allowed)


def _rate_limited() -> Response:
    detail = _(
        "Many questions were sent from here in a short time, so we could not take this one. Please wait a few "
        "minutes and send it again."
    )
    return Response({"code": "rate_limited", "detail": detail}, status=status.HTTP_429_TOO_MANY_REQUESTS)


def _submission_key(congress, values: dict) -> str:
    """The key the service stores. A client's key is not secret (it may be "1"), and a repeated key returns the
    first inquiry with its private follow-up link: so the stored key also depends on the e-mail address and the
    message, and only a true retry of the same request finds the first inquiry."""
    key = values["submission_key"]
    if not key:
        return secrets.token_hex(24)
    material = "\n".join([str(congress.pk), values["email"].strip().lower(), values["message"], key])
    return (
        "api:"
        + salted_hmac("plenaria.helpdesk.api_submission", material, algorithm="sha256").hexdigest()[:56]
    )


def _request_from(values: dict, user) -> InquiryRequest:
    signed_in = getattr(user, "is_authenticated", False)
    return InquiryRequest(
        requester_type=values["requester_type"],
        topic=values["topic"],
        language=values.get("language") or _request_language(),
        name=values["name"] or (user.display_name if signed_in else ""),
        email=values["email"] or (user.email if signed_in else ""),
        subject=values["subject"],
        message=values["message"],
    )


def _request_language() -> str:
    language = translation.get_language() or settings.LANGUAGE_CODE
    return language if language in dict(settings.LANGUAGES) else settings.LANGUAGE_CODE


@method_decorator(login_not_required, name="dispatch")
class InquiryListApi(APIView):
    def get_permissions(self):
        # Anyone may ask; only a signed-in user may read.
        if self.request.method == "POST":
            return [AllowAny()]
        return [IsAuthenticated()]

    @extend_schema(
        operation_id="inquiries_list",
        summary="Inquiries you may see",
        description="A co-organiser's team: the inquiries of its queue (the secretariat also those that no rule "
        "routed). Anyone else signed in: their own inquiries.",
        parameters=[
            OpenApiParameter("status", str, enum=InquiryStatus.values, description="Only in this status"),
            OpenApiParameter("topic", str, enum=InquiryTopic.values, description="Only on this topic"),
            OpenApiParameter("team", str, description="Only in this team's queue (its short name)"),
            OpenApiParameter("cursor", str, description="From a `next` or `previous` link"),
            OpenApiParameter("page_size", int, description="Up to 500; 50 by default"),
        ],
        responses={200: InquiryPage, 400: ErrorOutput},
    )
    def get(self, request, congress_slug):
        filters = InquiryFilterInput(data=request.query_params)
        if not filters.is_valid():
            return invalid_response(filters)
        inquiries = _visible_to(request.user, request.congress)
        for name in ("status", "topic"):
            if name in filters.validated_data:
                inquiries = inquiries.filter(**{name: filters.validated_data[name]})
        if "team" in filters.validated_data:
            inquiries = inquiries.filter(team__slug=filters.validated_data["team"])
        pages = InquiryPages()
        page = pages.paginate_queryset(inquiries, request, view=self)
        return pages.get_paginated_response(InquiryOutput(page, many=True).data)

    @extend_schema(
        operation_id="inquiries_create",
        summary="Ask the organisers",
        description="Sends a question to the co-organiser that answers it (by the congress's routing rules) and a "
        "confirmation with the private follow-up link to the requester's e-mail address. Signed in (token or "
        "session) or not; a signed-in participant's registration is linked, so the team sees it. "
        + NO_ATTACHMENTS,
        request=InquiryInput,
        responses={
            201: InquiryCreatedOutput,
            200: InquiryCreatedOutput,
            400: ErrorOutput,
            429: ErrorOutput,
        },
    )
    def post(self, request, congress_slug):
        data = InquiryInput(data=request.data)
        if not data.is_valid():
            return invalid_response(data)
        inquiry_request = _request_from(data.validated_data, request.user)
        if _is_throttled(request, inquiry_request.email):
            return _rate_limited()
        key = _submission_key(request.congress, {**data.validated_data, "email": inquiry_request.email})
        repeated = Inquiry.objects.filter(submission_key=key).exists()
        try:
            inquiry = submit_inquiry(
                congress=request.congress, request=inquiry_request, submission_key=key, user=request.user
            )
        except HelpdeskError as error:
            return Response(
                {"code": error.code, "detail": str(error.message)}, status=status.HTTP_400_BAD_REQUEST
            )
        return Response(
            InquiryCreatedOutput(inquiry).data,
            status=status.HTTP_200_OK if repeated else status.HTTP_201_CREATED,
        )


class InquiryDetailApi(APIView):
    @extend_schema(
        operation_id="inquiries_retrieve",
        summary="One inquiry",
        description="The team that holds it sees the requester's contact details and the internal notes; the "
        "requester (signed in) sees the conversation without them. Anyone else: 404.",
        responses={
            200: PolymorphicProxySerializer(
                component_name="InquiryDetail",
                serializers=[HandlerInquiryOutput, RequesterInquiryOutput],
                resource_type_field_name=None,  # the shape depends on who asks, not on a field
            ),
            404: ErrorOutput,
        },
    )
    def get(self, request, congress_slug, reference):
        inquiry = get_inquiry(congress=request.congress, reference=reference)
        if inquiry is None:
            raise HelpdeskError("not_found")
        if rules.has_perm("helpdesk.handle_inquiry", request.user, inquiry):
            return Response(HandlerInquiryOutput(_with_messages(inquiry, as_handler=True)).data)
        if inquiry.user_id is not None and inquiry.user_id == request.user.pk:
            return Response(RequesterInquiryOutput(_with_messages(inquiry, as_handler=False)).data)
        raise HelpdeskError("not_found")
