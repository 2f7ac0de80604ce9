"""Who may write the news: the permission "news.edit_news" (object: the congress) is registered with the library's
permissions in plenaria/library/rules.py (members of a team allowed to edit the congress's documents); rules'
autodiscovery loads that module at start-up.

Check it with `rules.has_perm`, never `user.has_perm`: Django lets every active superuser pass `user.has_perm`
before any rule is asked, and a platform administrator is not a member of a congress's team."""

import rules

EDIT_NEWS = "news.edit_news"


def may_edit_news(user, congress) -> bool:
    return congress is not None and rules.has_perm(EDIT_NEWS, user, congress)
