"""The public news pages: the list (paged, by category, with the press releases), one item, its image, and the
RSS and Atom feeds in each language.

These pages are not cached for anonymous visitors: the documents and press releases they link to depend on who
reads them. The home page's "Latest news" box is cached with the home page (see templatetags/news_public.py)."""

from django.contrib.auth.decorators import login_not_required
from django.contrib.syndication.views import Feed
from django.core.paginator import Paginator
from django.http import FileResponse, Http404
from django.shortcuts import render
from django.urls import reverse
from django.utils.feedgenerator import Atom1Feed, Rss201rev2Feed
from django.utils.translation import gettext as _
from django.views.decorators.http import require_GET

from plenaria.common.i18n_content import localize

from . import rules, selectors
from .forms import CategoryFilterForm
from .models import NewsItem

PAGE_SIZE = 20
FEED_SIZE = 20


def render_item(request, item: NewsItem, *, is_preview: bool = False):
    """The page of one item; the back office's preview shows an unpublished item the same way, marked."""
    context = {
        "item": item,
        "is_preview": is_preview,
        "documents": selectors.related_documents_for(item=item, user=request.user),
    }
    return render(request, "news/public/item.html", context)


@require_GET
@login_not_required
def news_list(request, congress_slug):
    congress = request.congress
    form = CategoryFilterForm(request.GET)
    category = form.cleaned_data["category"] if form.is_valid() else ""
    items = selectors.published_news(congress=congress, category=category)
    page_obj = Paginator(items, PAGE_SIZE).get_page(request.GET.get("page"))
    context = {
        "form": form,
        "category": category,
        "page_obj": page_obj,
        "press_releases": selectors.press_releases_for(user=request.user, congress=congress),
    }
    return render(request, "news/public/list.html", context)


@require_GET
@login_not_required
def news_item(request, congress_slug, slug):
    item = selectors.get_published_item(congress=request.congress, slug=slug)
    if item is None:
        raise Http404("No such news item")
    return render_item(request, item)


@require_GET
@login_not_required
def news_image(request, congress_slug, pk):
    """An item's image, shown inline: to anyone once the item is public, before that to its editors only."""
    item = NewsItem.objects.filter(congress=request.congress, pk=pk).first()
    if item is None or not item.image:
        raise Http404("No such image")
    may_preview = rules.may_edit_news(request.user, request.congress)
    if not item.is_public and not may_preview:
        raise Http404("No such image")
    response = FileResponse(item.image.open("rb"), content_type=item.image_content_type)
    response["X-Content-Type-Options"] = "nosniff"
    response["Cache-Control"] = "public, max-age=600" if item.is_public else "private, no-store"
    return response


class _NewsFeed(Feed):
    """The latest published items of a congress in the language of the address (/<lang>/<slug>/news/feed/…)."""

    def get_object(self, request, congress_slug):
        return request.congress

    def title(self, congress):
        return _("News") + " · " + localize(congress.name).text

    def link(self, congress):
        return reverse("news:list", kwargs={"congress_slug": congress.slug})

    def description(self, congress):
        return localize(congress.name).text

    def items(self, congress):
        return selectors.published_news(congress=congress).select_related("congress")[:FEED_SIZE]

    def item_title(self, item):
        return localize(item.title).text

    def item_description(self, item):
        return localize(item.summary).text or localize(item.body).text

    def item_link(self, item):
        return reverse("news:item", kwargs={"congress_slug": item.congress.slug, "slug": item.slug})

    def item_pubdate(self, item):
        return item.publish_at

    def item_updateddate(self, item):
        return item.updated_at

    def item_categories(self, item):
        return [str(item.get_category_display())]


class RssNewsFeed(_NewsFeed):
    feed_type = Rss201rev2Feed


class AtomNewsFeed(_NewsFeed):
    feed_type = Atom1Feed
    subtitle = _NewsFeed.description


rss_feed = require_GET(login_not_required(RssNewsFeed()))
atom_feed = require_GET(login_not_required(AtomNewsFeed()))
