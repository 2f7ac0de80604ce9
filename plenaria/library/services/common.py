"""What every write of the library does after its change: the audit entry, the search entry, the public pages."""

from plenaria.common.audit import log_action
from plenaria.congresses.public_cache import bump_public_cache

from ..models import Document


def record(document: Document, action: str, *, actor, data: dict | None = None) -> None:
    """Write the audit entry of `action` on `document`, then refresh what depends on the document."""
    log_action(document, action, actor=actor, congress_id=document.congress_id, data=data or {})
    _reindex(document)
    bump_public_cache(document.congress_id)


def _reindex(document: Document) -> None:
    # Imported here: search reads the models and the services' results, never the other way round.
    from plenaria.library.search import index_document

    index_document(document)
