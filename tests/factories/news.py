import datetime

import factory
from django.utils import timezone

from plenaria.news.enums import NewsCategory, NewsStatus
from plenaria.news.models import NewsItem
from tests.factories.congresses import CongressFactory


class NewsItemFactory(factory.django.DjangoModelFactory):
    """A published item, public since an hour ago."""

    class Meta:
        model = NewsItem

    congress = factory.SubFactory(CongressFactory)
    slug = factory.Sequence(lambda n: f"news-{n}")
    title = factory.Sequence(lambda n: {"en": f"Congress news {n}", "fr": f"Nouvelles du congrès {n}"})
    summary = {"en": "In short."}
    body = {"en": "First paragraph.\n\nSecond paragraph.", "fr": "Premier paragraphe."}
    category = NewsCategory.CONGRESS
    status = NewsStatus.PUBLISHED
    publish_at = factory.LazyFunction(lambda: timezone.now() - datetime.timedelta(hours=1))


class DraftNewsItemFactory(NewsItemFactory):
    status = NewsStatus.DRAFT
    publish_at = None
