"""Public, read-only API of a congress's news (/api/v1/congresses/<slug>/news/…): published items only, in the
language asked for (`language`, default English), falling back like the pages do."""

from django.conf import settings
from django.contrib.auth.decorators import login_not_required
from django.utils import translation
from django.utils.decorators import method_decorator
from drf_spectacular.types import OpenApiTypes
from drf_spectacular.utils import OpenApiParameter, extend_schema, extend_schema_field
from rest_framework import serializers
from rest_framework.exceptions import NotFound
from rest_framework.pagination import PageNumberPagination
from rest_framework.permissions import AllowAny
from rest_framework.response import Response
from rest_framework.views import APIView

from plenaria.common.i18n_content import localize

from . import selectors
from .enums import NewsCategory
from .errors import NewsError


class LocalizedOutput(serializers.Serializer):
    text = serializers.CharField()
    language = serializers.CharField()
    is_fallback = serializers.BooleanField()


@extend_schema_field(LocalizedOutput)
class LocalizedField(serializers.Field):
    """A multilingual field in the asked language, saying which language it really is in."""

    def to_representation(self, value):
        localized = localize(value)
        return {"text": localized.text, "language": localized.language, "is_fallback": localized.is_fallback}


class NewsItemOutput(serializers.Serializer):
    slug = serializers.SlugField()
    category = serializers.CharField()
    title = LocalizedField()
    summary = LocalizedField()
    publish_at = serializers.DateTimeField()


class NewsItemDetailOutput(NewsItemOutput):
    body = LocalizedField()


class NewsQueryInput(serializers.Serializer):
    category = serializers.ChoiceField(choices=NewsCategory.choices, required=False)
    language = serializers.ChoiceField(choices=settings.LANGUAGES, required=False, default="en")


class NewsPages(PageNumberPagination):
    page_size = 20


LANGUAGE_PARAMETER = OpenApiParameter(
    "language", OpenApiTypes.STR, enum=[code for code, _ in settings.LANGUAGES]
)


class _PublicNewsApi(APIView):
    permission_classes = [AllowAny]
    authentication_classes: list = []  # public: no credentials asked or checked

    def query(self, request) -> dict:
        query = NewsQueryInput(data=request.query_params)
        query.is_valid(raise_exception=True)
        return query.validated_data


@method_decorator(login_not_required, name="dispatch")
class NewsListApi(_PublicNewsApi):
    @extend_schema(
        summary="Published news items of a congress, newest first",
        parameters=[
            OpenApiParameter("category", OpenApiTypes.STR, enum=NewsCategory.values),
            LANGUAGE_PARAMETER,
            OpenApiParameter("page", OpenApiTypes.INT),
        ],
        responses=NewsItemOutput(many=True),
    )
    def get(self, request, congress_slug):
        query = self.query(request)
        items = selectors.published_news(congress=request.congress, category=query.get("category", ""))
        paginator = NewsPages()
        page = paginator.paginate_queryset(items, request, view=self)
        with translation.override(query["language"]):
            return paginator.get_paginated_response(NewsItemOutput(page, many=True).data)


@method_decorator(login_not_required, name="dispatch")
class NewsItemApi(_PublicNewsApi):
    @extend_schema(
        summary="One published news item", parameters=[LANGUAGE_PARAMETER], responses=NewsItemDetailOutput
    )
    def get(self, request, congress_slug, slug):
        query = self.query(request)
        item = selectors.get_published_item(congress=request.congress, slug=slug)
        if item is None:
            raise NotFound(NewsError.messages["not_found"])
        with translation.override(query["language"]):
            return Response(NewsItemDetailOutput(item).data)
