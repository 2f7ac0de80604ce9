"""Public, read-only API of published congresses and their events."""

from django.contrib.auth.decorators import login_not_required
from django.shortcuts import get_object_or_404
from django.utils.decorators import method_decorator
from drf_spectacular.types import OpenApiTypes
from drf_spectacular.utils import extend_schema, extend_schema_field
from rest_framework import serializers
from rest_framework.permissions import AllowAny
from rest_framework.response import Response
from rest_framework.views import APIView

from plenaria.common.i18n_content import localize

from . import selectors


@extend_schema_field(OpenApiTypes.STR)
class LocalizedField(serializers.Field):
    """A multilingual field, given in the request's language (English when missing)."""

    def to_representation(self, value):
        return localize(value).text


class EventOutput(serializers.Serializer):
    slug = serializers.SlugField()
    kind = serializers.CharField()
    name = LocalizedField()
    city = LocalizedField()
    country = serializers.CharField(source="country.code")
    starts_on = serializers.DateField()
    ends_on = serializers.DateField()


class CongressOutput(serializers.Serializer):
    slug = serializers.SlugField()
    name = LocalizedField()
    city = LocalizedField()
    country = serializers.CharField(source="country.code")
    starts_on = serializers.DateField()
    ends_on = serializers.DateField()
    time_zone = serializers.CharField()


class CongressDetailOutput(CongressOutput):
    events = EventOutput(many=True, source="events.all")


@method_decorator(login_not_required, name="dispatch")
class CongressListApi(APIView):
    permission_classes = [AllowAny]
    authentication_classes: list = []  # public: no credentials asked or checked

    @extend_schema(responses=CongressOutput(many=True), summary="Published congresses")
    def get(self, request):
        return Response(CongressOutput(selectors.published_congresses(), many=True).data)


@method_decorator(login_not_required, name="dispatch")
class CongressDetailApi(APIView):
    permission_classes = [AllowAny]
    authentication_classes: list = []  # public: no credentials asked or checked

    @extend_schema(responses=CongressDetailOutput, summary="One published congress with its events")
    def get(self, request, slug):
        congress = get_object_or_404(selectors.published_congresses().prefetch_related("events"), slug=slug)
        return Response(CongressDetailOutput(congress).data)
