"""The demo congress's news, June to December 2001 (seeded by plenaria.demo.news). Every text was written for
the demonstration. An item is a dict: slug (its key), category, publish_at ("YYYY-MM-DD HH:MM", Japan time),
title, summary and body by language (the same languages), and `related` document symbols (library_2001)."""

from .autumn import AUTUMN
from .december import DECEMBER
from .summer import SUMMER

NEWS = [*SUMMER, *AUTUMN, *DECEMBER]

__all__ = ["NEWS"]
