"""API of registrations and delegations (/api/v1/congresses/<slug>/…): the same services and permissions as the
pages, with token authentication for other systems of the secretariat."""

from django.shortcuts import get_object_or_404
from drf_spectacular.utils import OpenApiParameter, extend_schema
from rest_framework import serializers, status
from rest_framework.exceptions import NotFound, PermissionDenied
from rest_framework.pagination import CursorPagination
from rest_framework.response import Response
from rest_framework.views import APIView

from plenaria.common.i18n_content import localize
from plenaria.delegations.enums import DelegationRole
from plenaria.delegations.models import Delegation

from . import selectors
from .disclosure import Audience, disclose, disclose_one
from .enums import ReviewDecision
from .services.nomination import Nominee, nominate_member
from .services.review import decide_registration
from .services.submission import submit_registration


class RegistrationOutput(serializers.Serializer):
    reference = serializers.CharField()
    status = serializers.CharField()
    category = serializers.SerializerMethodField()
    stage = serializers.SerializerMethodField()
    delegation = serializers.SerializerMethodField()
    role = serializers.CharField()
    given_name = serializers.CharField()
    family_name = serializers.CharField()
    name_in_own_script = serializers.CharField()
    email = serializers.EmailField()
    nationality = serializers.CharField(source="nationality.code", allow_null=True)
    submitted_at = serializers.DateTimeField(allow_null=True)
    decided_at = serializers.DateTimeField(allow_null=True)
    name = serializers.CharField(
        read_only=True, help_text="The name to show: a pseudonym, or a notice when the name is withheld."
    )
    identity_withheld = serializers.BooleanField(
        read_only=True,
        help_text="A young person, or someone under a pseudonym: names, title and e-mail are left empty.",
    )
    media_consent = serializers.ChoiceField(
        choices=["none", "internal", "public"],
        read_only=True,
        help_text="How far the person may be photographed, filmed or shown (young people: their media consent).",
    )

    def to_representation(self, instance):
        """The API never names a young person (`registration.disclosure`, public audience)."""
        shown = self.context.get("disclosures", {}).get(instance.pk) or disclose_one(
            instance, audience=Audience.PUBLIC
        )
        data = super().to_representation(instance)
        data.update(name=shown.name, identity_withheld=shown.is_withheld, media_consent=shown.media_level)
        if shown.is_withheld:
            data.update(given_name="", family_name="", name_in_own_script="", email="", nationality=None)
        return data

    def get_category(self, obj) -> str:
        return obj.category.slug

    def get_stage(self, obj) -> str:
        return localize(obj.stage.name).text if obj.stage_id else ""

    def get_delegation(self, obj) -> int | None:
        return obj.delegation_id


class RegistrationPages(CursorPagination):
    """Stable pages over tens of thousands of registrations, however many are added meanwhile."""

    page_size = 100
    page_size_query_param = "page_size"
    max_page_size = 1000
    ordering = "pk"


class RegistrationPage(serializers.Serializer):
    next = serializers.URLField(allow_null=True, help_text="The next page, or null on the last one.")
    previous = serializers.URLField(allow_null=True)
    results = RegistrationOutput(many=True)


def _registration(request, reference):
    participant = (
        selectors.registrations_visible_to(user=request.user, congress=request.congress)
        .filter(reference=reference)
        .first()
    )
    if participant is None:
        raise NotFound()
    return participant


class RegistrationListApi(APIView):
    class RegistrationInputSerializer(serializers.Serializer):
        category = serializers.SlugField()
        email = serializers.EmailField()
        given_name = serializers.CharField(max_length=120)
        family_name = serializers.CharField(max_length=120)
        name_in_own_script = serializers.CharField(max_length=250, required=False, default="")
        organisation_name = serializers.CharField(max_length=250, required=False, default="")
        nationality = serializers.CharField(max_length=2, required=False, default="")
        language = serializers.CharField(max_length=10, required=False, default="en")
        submission_key = serializers.CharField(
            max_length=64, help_text="Repeat it to retry safely: one record."
        )
        accepts_code_of_conduct = serializers.BooleanField()

        def validate_accepts_code_of_conduct(self, value):
            if not value:
                raise serializers.ValidationError("The code of conduct must be accepted.")
            return value

    @extend_schema(
        responses=RegistrationPage,
        summary="Registrations you may see",
        parameters=[
            OpenApiParameter("status", str, description="Only registrations in this status"),
            OpenApiParameter("category", str, description="Only this category (its short name)"),
            OpenApiParameter("cursor", str, description="From a `next` or `previous` link"),
            OpenApiParameter("page_size", int, description="Up to 1,000; 100 by default"),
        ],
    )
    def get(self, request, congress_slug):
        registrations = selectors.registrations_visible_to(user=request.user, congress=request.congress)
        if request.query_params.get("status"):
            registrations = registrations.filter(status=request.query_params["status"])
        if request.query_params.get("category"):
            registrations = registrations.filter(category__slug=request.query_params["category"])
        pages = RegistrationPages()
        page = pages.paginate_queryset(registrations, request, view=self)
        shown = disclose(page, audience=Audience.PUBLIC)
        return pages.get_paginated_response(
            RegistrationOutput(page, many=True, context={"disclosures": shown}).data
        )

    @extend_schema(
        request=RegistrationInputSerializer,
        responses={201: RegistrationOutput},
        summary="Register one person",
    )
    def post(self, request, congress_slug):
        data = self.RegistrationInputSerializer(data=request.data)
        data.is_valid(raise_exception=True)
        values = dict(data.validated_data)
        category = get_object_or_404(
            request.congress.categories.select_related("congress"),
            slug=values.pop("category"),
            is_nominated_by_delegation=False,
        )
        values.pop("accepts_code_of_conduct")
        participant = submit_registration(
            category=category,
            email=values.pop("email"),
            submission_key=values.pop("submission_key"),
            details=values,
            user=request.user,
        )
        return Response(RegistrationOutput(participant).data, status=status.HTTP_201_CREATED)


class RegistrationDetailApi(APIView):
    @extend_schema(responses=RegistrationOutput, summary="One registration")
    def get(self, request, congress_slug, reference):
        return Response(RegistrationOutput(_registration(request, reference)).data)


class RegistrationDecisionApi(APIView):
    class DecisionInputSerializer(serializers.Serializer):
        decision = serializers.ChoiceField(choices=ReviewDecision.choices)
        reason = serializers.CharField(required=False, allow_blank=True, default="")

    @extend_schema(
        request=DecisionInputSerializer, responses=RegistrationOutput, summary="Decide at the current stage"
    )
    def post(self, request, congress_slug, reference):
        participant = _registration(request, reference)
        if not request.user.has_perm("registration.decide_participant", participant):
            raise PermissionDenied()
        data = self.DecisionInputSerializer(data=request.data)
        data.is_valid(raise_exception=True)
        participant = decide_registration(participant=participant, actor=request.user, **data.validated_data)
        participant.refresh_from_db()
        return Response(RegistrationOutput(participant).data)


class DelegationOutput(serializers.Serializer):
    id = serializers.IntegerField()
    organisation = serializers.CharField(source="organisation.name")
    country = serializers.CharField(source="organisation.country.code", allow_null=True)
    quota = serializers.IntegerField()
    seats_used = serializers.IntegerField()
    waitlisted = serializers.IntegerField()


def _delegations_for(request):
    delegations = selectors.delegations_overview(congress=request.congress)
    if request.user.has_perm("registration.manage_accreditation", request.congress):
        return delegations
    return delegations.filter(focal_points__user=request.user, focal_points__accepted_at__isnull=False)


class DelegationListApi(APIView):
    @extend_schema(responses=DelegationOutput(many=True), summary="Delegations you may see")
    def get(self, request, congress_slug):
        return Response(DelegationOutput(_delegations_for(request), many=True).data)


class DelegationMemberApi(APIView):
    class NomineeInputSerializer(serializers.Serializer):
        given_name = serializers.CharField(max_length=120)
        family_name = serializers.CharField(max_length=120)
        email = serializers.EmailField()
        role = serializers.ChoiceField(choices=DelegationRole.choices)
        title = serializers.CharField(max_length=200, required=False, default="")
        name_in_own_script = serializers.CharField(max_length=250, required=False, default="")
        nationality = serializers.CharField(max_length=2, required=False, default="")
        needs_visa_letter = serializers.BooleanField(required=False, default=False)
        language = serializers.CharField(max_length=10, required=False, default="en")

    @extend_schema(
        request=NomineeInputSerializer,
        responses={201: RegistrationOutput},
        summary="Nominate a member (a place if free, else the waiting list)",
    )
    def post(self, request, congress_slug, pk):
        delegation = get_object_or_404(Delegation, congress=request.congress, pk=pk)
        if not request.user.has_perm("registration.nominate_members", delegation):
            raise NotFound()
        data = self.NomineeInputSerializer(data=request.data)
        data.is_valid(raise_exception=True)
        participant = nominate_member(
            delegation=delegation, nominee=Nominee(**data.validated_data), actor=request.user
        )
        return Response(RegistrationOutput(participant).data, status=status.HTTP_201_CREATED)
