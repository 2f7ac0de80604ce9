"""Search across the document library, in every language (see text.py for how texts are read)."""

from .facets import FacetValue
from .indexing import index_document
from .querying import SearchFilters, SearchHit, SearchResults, search_documents

__all__ = ["FacetValue", "SearchFilters", "SearchHit", "SearchResults", "index_document", "search_documents"]
