"""Who may edit a congress's documents and news: the members of a team of the congress holding the "Edit
documents and news" flag. The object is always the congress.

Check them with `rules.has_perm(name, user, congress)`, never `user.has_perm`: Django lets every active superuser
pass `user.has_perm` before any rule is asked. Who may *read* a document is decided by access.py, not here.
"""

import rules

from plenaria.congresses.enums import TeamPermission
from plenaria.congresses.selectors import staff_permissions_for


@rules.predicate
def can_edit_documents(user, congress) -> bool:
    return congress is not None and TeamPermission.EDIT_DOCUMENTS in staff_permissions_for(
        user=user, congress=congress
    )


rules.add_perm("library.edit_documents", can_edit_documents)  # object: the congress
rules.add_perm("news.edit_news", can_edit_documents)  # object: the congress (the news shares the editors)
