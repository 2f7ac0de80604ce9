"""API of the document library (/api/v1/congresses/<slug>/documents/…): search and read documents with the same
access as the pages. Anyone may call it; signed-in callers (token or session) also get the documents their
registration or team lets them read. A document the caller may not read is never listed, and its address
answers 404, as for one that does not exist. File addresses go through the download page, which checks again."""

from django.contrib.auth.decorators import login_not_required
from django.urls import reverse
from django.utils.decorators import method_decorator
from django.utils.translation import get_language
from drf_spectacular.utils import OpenApiParameter, extend_schema, extend_schema_field
from rest_framework import serializers, status
from rest_framework.exceptions import NotFound
from rest_framework.permissions import AllowAny
from rest_framework.response import Response
from rest_framework.utils.urls import remove_query_param, replace_query_param
from rest_framework.views import APIView

from plenaria.common.i18n_content import localize
from plenaria.congresses.api import LocalizedField

from .enums import AccessLevel, DocumentStatus, ExtractionStatus, Region, Theme
from .forms_search import LibrarySearchForm
from .search import search_documents
from .selectors import get_visible_document, versions_visible, visible_documents

# --- Output ---------------------------------------------------------------------------------------------------


class DocumentTypeOutput(serializers.Serializer):
    slug = serializers.SlugField()
    name = LocalizedField()


class DocumentOutput(serializers.Serializer):
    id = serializers.IntegerField(source="pk")
    url = serializers.SerializerMethodField(help_text="This document in the API.")
    page_url = serializers.SerializerMethodField(help_text="The document's page on the site.")
    symbol = serializers.CharField()
    title = LocalizedField()
    title_language = serializers.SerializerMethodField(
        help_text="The language of `title`: another one than asked when it is missing in that one."
    )
    type = DocumentTypeOutput(source="document_type")
    document_date = serializers.DateField()
    theme = serializers.ChoiceField(choices=Theme.choices, allow_blank=True)
    region = serializers.ChoiceField(choices=Region.choices, allow_blank=True)
    country = serializers.CharField(source="country.code", allow_blank=True)
    organisation = serializers.CharField()
    access_level = serializers.ChoiceField(choices=AccessLevel.choices)

    def _slug(self) -> str:
        return self.context["congress"].slug

    def get_url(self, document) -> str:
        return self.context["request"].build_absolute_uri(
            reverse("api:document-detail", kwargs={"congress_slug": self._slug(), "pk": document.pk})
        )

    def get_page_url(self, document) -> str:
        return self.context["request"].build_absolute_uri(
            reverse("library:document", kwargs={"congress_slug": self._slug(), "pk": document.pk})
        )

    def get_title_language(self, document) -> str:
        return localize(document.title).language


class DocumentSearchHitOutput(DocumentOutput):
    snippet = serializers.CharField(
        help_text="HTML: a passage where the document matches, matches in <mark>; the rest is escaped."
    )

    def to_representation(self, hit):
        data = DocumentOutput(context=self.context).to_representation(hit.document)
        data["snippet"] = str(hit.snippet)
        return data


class DocumentFacetValueOutput(serializers.Serializer):
    value = serializers.CharField(help_text="Give it as the filter of the same name.")
    label = serializers.CharField()
    count = serializers.IntegerField()


class DocumentFacetsOutput(serializers.Serializer):
    type = DocumentFacetValueOutput(many=True, source="document_type")
    theme = DocumentFacetValueOutput(many=True)
    region = DocumentFacetValueOutput(many=True)
    language = DocumentFacetValueOutput(many=True)
    year = DocumentFacetValueOutput(many=True)


class DocumentSearchOutput(serializers.Serializer):
    count = serializers.IntegerField(source="total", help_text="Documents found, on every page.")
    page = serializers.IntegerField()
    pages = serializers.IntegerField()
    next = serializers.URLField(allow_null=True, help_text="The next page, or null on the last one.")
    previous = serializers.URLField(allow_null=True)
    approximate = serializers.BooleanField(
        help_text="Nothing matched the words as written: these are titles that look like them."
    )
    facets = DocumentFacetsOutput(help_text="Counts of the documents found, by each filter's values.")
    results = DocumentSearchHitOutput(many=True, source="items")


class DocumentFileOutput(serializers.Serializer):
    language = serializers.CharField()
    name = serializers.CharField(source="original_name")
    content_type = serializers.CharField()
    size = serializers.IntegerField(help_text="In bytes.")
    text_searchable = serializers.SerializerMethodField(
        help_text="False when its text could not be read: search does not find it by its text."
    )
    download_url = serializers.SerializerMethodField()

    def get_text_searchable(self, document_file) -> bool:
        return document_file.extraction_status == ExtractionStatus.DONE

    def get_download_url(self, document_file) -> str:
        congress_slug = self.context["congress"].slug
        return self.context["request"].build_absolute_uri(
            reverse("library:download", kwargs={"congress_slug": congress_slug, "pk": document_file.pk})
        )


class DocumentVersionOutput(serializers.Serializer):
    number = serializers.IntegerField()
    label = serializers.CharField()
    version_date = serializers.DateField()
    change_note = serializers.CharField()
    files = DocumentFileOutput(many=True, source="files.all")


class RelatedEventOutput(serializers.Serializer):
    slug = serializers.SlugField()
    name = LocalizedField()


class DocumentDetailOutput(DocumentOutput):
    summary = LocalizedField()
    status = serializers.ChoiceField(choices=[DocumentStatus.PUBLISHED, DocumentStatus.WITHDRAWN])
    published_at = serializers.DateTimeField(allow_null=True)
    withdrawn_at = serializers.DateTimeField(allow_null=True)
    withdrawal_reason = serializers.CharField()
    related_event = RelatedEventOutput(allow_null=True)
    versions = serializers.SerializerMethodField(
        help_text="Newest (current) first; empty once the document is withdrawn."
    )

    @extend_schema_field(DocumentVersionOutput(many=True))
    def get_versions(self, document):
        return DocumentVersionOutput(versions_visible(document), many=True, context=self.context).data


class LibraryErrorOutput(serializers.Serializer):
    code = serializers.CharField(help_text="Stable: for programs.")
    detail = serializers.CharField(help_text="For people, in the request's language.")
    fields = serializers.DictField(child=serializers.ListField(child=serializers.CharField()), required=False)


# --- Views ----------------------------------------------------------------------------------------------------


def _page_link(request, page: int | None) -> str | None:
    if page is None:
        return None
    url = request.build_absolute_uri()
    return remove_query_param(url, "page") if page == 1 else replace_query_param(url, "page", page)


@method_decorator(login_not_required, name="dispatch")
class DocumentListApi(APIView):
    permission_classes = [AllowAny]

    @extend_schema(
        operation_id="documents_search",
        summary="Search the documents",
        description="The published documents you may read, best match first (newest first without `q`), 20 a "
        "page, with the counts of each filter's values among them. Anonymous callers get the public ones.",
        parameters=[
            OpenApiParameter(
                "q", str, description='Words; "a phrase"; -word to leave out; word* for any ending'
            ),
            OpenApiParameter("type", str, description="A document type (its short name)"),
            OpenApiParameter("theme", str, enum=Theme.values),
            OpenApiParameter("region", str, enum=Region.values),
            OpenApiParameter("language", str, description="Documents with a file in this language"),
            OpenApiParameter("year", int, description="Year of the document's date"),
            OpenApiParameter("page", int),
        ],
        responses={200: DocumentSearchOutput, 400: LibraryErrorOutput},
    )
    def get(self, request, congress_slug):
        form = LibrarySearchForm(request.query_params)
        if not form.is_valid():
            errors = {name: [str(message) for message in messages] for name, messages in form.errors.items()}
            detail = form.error_messages()[0]
            return Response(
                {"code": "invalid", "detail": detail, "fields": errors}, status=status.HTTP_400_BAD_REQUEST
            )
        results = search_documents(
            documents=visible_documents(user=request.user, congress=request.congress),
            query=form.query,
            filters=form.filters(),
            language=get_language(),
        )
        results.next = _page_link(request, results.page + 1 if results.has_next else None)
        results.previous = _page_link(request, results.page - 1 if results.has_previous else None)
        context = {"request": request, "congress": request.congress}
        return Response(DocumentSearchOutput(results, context=context).data)


@method_decorator(login_not_required, name="dispatch")
class DocumentDetailApi(APIView):
    permission_classes = [AllowAny]

    @extend_schema(
        operation_id="documents_retrieve",
        summary="One document",
        description="What describes it, and its versions with the addresses of their files (the download "
        "page: files of documents that are not public need a signed-in session). A withdrawn document says when and why, without files. 404 for a document "
        "you may not read.",
        responses={200: DocumentDetailOutput, 404: LibraryErrorOutput},
    )
    def get(self, request, congress_slug, pk):
        document = get_visible_document(user=request.user, congress=request.congress, pk=pk)
        if document is None:
            not_found = NotFound()
            return Response({"code": "not_found", "detail": not_found.detail}, status=not_found.status_code)
        context = {"request": request, "congress": request.congress}
        return Response(DocumentDetailOutput(document, context=context).data)
