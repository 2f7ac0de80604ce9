"""The news back office: who may reach it, writing, previewing, publishing, scheduling and withdrawing items, and
the audit log of every change shown as the item's history."""

import datetime
import io

import pytest
from django.urls import reverse
from django.utils import timezone
from PIL import Image

from plenaria.common.models import ActionLog
from plenaria.news.enums import NewsStatus
from plenaria.news.models import NewsItem
from tests.factories.news import DraftNewsItemFactory, NewsItemFactory

pytestmark = [pytest.mark.integration, pytest.mark.django_db]

LANGUAGES = ["en", "fr", "es", "ar", "ru", "zh-hans", "ja"]


def url(name: str, congress, **kwargs) -> str:
    return reverse(f"news_manage:{name}", kwargs={"congress_slug": congress.slug, **kwargs})


def item_form(title: dict, body: dict, **fields) -> dict:
    """The form as the page sends it: one box per language for each multilingual field."""
    data = {"category": "congress", "slug": "", **fields}
    for index, language in enumerate(LANGUAGES):
        data[f"title_{index}"] = title.get(language, "")
        data[f"body_{index}"] = body.get(language, "")
        data[f"summary_{index}"] = ""
        data[f"image_alt_{index}"] = fields.get("alt", {}).get(language, "")
    data.pop("alt", None)
    return data


def png(width=800, height=400) -> io.BytesIO:
    buffer = io.BytesIO()
    Image.new("RGB", (width, height), "navy").save(buffer, "PNG")
    buffer.seek(0)
    buffer.name = "photo.png"
    return buffer


def actions(item) -> list[str]:
    return list(
        ActionLog.objects.filter(object_id=str(item.pk), action__startswith="news.")
        .order_by("pk")
        .values_list("action", flat=True)
    )


# --- Who may reach the back office -----------------------------------------------------------------------------


def test_anonymous_visitor_is_sent_to_sign_in(client, congress):
    item = DraftNewsItemFactory(congress=congress)

    responses = [client.get(url("list", congress)), client.get(url("preview", congress, pk=item.pk))]

    assert [r.status_code for r in responses] == [302, 302]
    assert all("/accounts/login/" in r["Location"] for r in responses)


def test_staff_without_news_right_is_refused(client_for, congress, make_staff):
    staff = make_staff(congress, "can_change_content")
    item = DraftNewsItemFactory(congress=congress)
    client = client_for(staff)

    statuses = [
        client.get(url("list", congress)).status_code,
        client.get(url("create", congress)).status_code,
        client.get(url("edit", congress, pk=item.pk)).status_code,
        client.get(url("preview", congress, pk=item.pk)).status_code,
        client.post(url("action", congress, pk=item.pk), {"action": "publish"}).status_code,
    ]

    assert statuses == [403] * 5
    assert NewsItem.objects.get().status == NewsStatus.DRAFT


def test_editor_of_another_congress_cannot_edit(client_for, congress, other_congress, make_staff):
    outsider = make_staff(other_congress, "can_edit_documents")
    item = DraftNewsItemFactory(congress=congress)
    client = client_for(outsider)

    edit = client.get(url("edit", congress, pk=item.pk))
    publish = client.post(url("action", congress, pk=item.pk), {"action": "publish"})
    # Through their own congress's address, the item of the other congress does not exist.
    own = client.get(url("edit", other_congress, pk=item.pk))

    assert (edit.status_code, publish.status_code, own.status_code) == (403, 403, 404)
    assert NewsItem.objects.get().status == NewsStatus.DRAFT


def test_sidebar_shows_news_to_editors_only(client_for, congress, make_staff, editor):
    other = make_staff(congress, "can_change_content")

    for_editor = (
        client_for(editor)
        .get(reverse("manage:home", kwargs={"congress_slug": congress.slug}))
        .content.decode()
    )
    for_other = (
        client_for(other)
        .get(reverse("manage:home", kwargs={"congress_slug": congress.slug}))
        .content.decode()
    )

    assert f'href="{url("list", congress)}"' in for_editor
    assert f'href="{url("list", congress)}"' not in for_other


# --- Writing and publishing ----------------------------------------------------------------------------------


def test_editor_writes_a_draft_with_image_and_it_is_not_public(client_for, client, congress, editor):
    client = client_for(editor)
    data = item_form(
        {"en": "Congress opens", "fr": "Ouverture"}, {"en": "Text.", "fr": "Texte."}, alt={"en": "The hall"}
    )

    response = client.post(url("create", congress), {**data, "image": png()})

    item = NewsItem.objects.get()
    assert response.status_code == 302
    assert (item.status, item.slug, item.image_content_type) == (
        NewsStatus.DRAFT,
        "congress-opens",
        "image/png",
    )
    assert item.created_by == editor
    assert actions(item) == ["news.item.created"]
    client.logout()
    assert client.get(f"/en/{congress.slug}/news/congress-opens/").status_code == 404
    assert client.get(f"/en/{congress.slug}/news/image/{item.pk}/").status_code == 404


def test_image_without_description_is_refused(client_for, congress, editor):
    data = item_form({"en": "Congress opens"}, {"en": "Text."})

    response = client_for(editor).post(url("create", congress), {**data, "image": png()})

    assert "Describe the image for readers who cannot see it." in response.content.decode()
    assert NewsItem.objects.count() == 0


def test_image_too_small_or_not_an_image_is_refused(client_for, congress, editor):
    client = client_for(editor)
    data = item_form({"en": "Congress opens"}, {"en": "Text."}, alt={"en": "The hall"})
    fake = io.BytesIO(b"<html><script>alert(1)</script></html>")
    fake.name = "photo.png"

    small = client.post(url("create", congress), {**data, "image": png(100, 50)}).content.decode()
    html = client.post(url("create", congress), {**data, "image": fake}).content.decode()

    assert "The image is 100×50 pixels; it must be at least 600×300 pixels." in small
    assert "The file type is HTML/XML; accepted types: JPEG, PNG." in html
    assert NewsItem.objects.count() == 0


def test_title_and_text_in_different_languages_are_refused(client_for, congress, editor):
    response = client_for(editor).post(
        url("create", congress), item_form({"en": "Opening", "fr": "Ouverture"}, {"en": "Text."})
    )

    assert "Write the title and the text in the same languages." in response.content.decode()


def test_address_taken_is_refused(client_for, congress, editor):
    NewsItemFactory(congress=congress, slug="opening")

    response = client_for(editor).post(
        url("create", congress), item_form({"en": "Opening"}, {"en": "Text."}, slug="opening")
    )

    assert "Another news item already has this address." in response.content.decode()
    assert NewsItem.objects.count() == 1


def test_preview_shows_an_unpublished_item_marked_preview(client_for, congress, editor):
    item = DraftNewsItemFactory(congress=congress, title={"en": "Not yet out"})

    page = client_for(editor).get(url("preview", congress, pk=item.pk)).content.decode()

    assert "<strong>Preview</strong>" in page
    assert "<h1>Not yet out</h1>" in page


def test_publish_now_puts_item_on_public_pages(client_for, client, congress, editor):
    item = DraftNewsItemFactory(congress=congress, slug="opening")

    client_for(editor).post(url("action", congress, pk=item.pk), {"action": "publish"})
    client.logout()

    item.refresh_from_db()
    assert item.status == NewsStatus.PUBLISHED
    assert item.publish_at <= timezone.now()
    assert client.get(f"/en/{congress.slug}/news/opening/").status_code == 200
    assert actions(item) == ["news.item.published"]


def test_schedule_reads_time_in_congress_time_zone(client_for, congress, editor):
    item = DraftNewsItemFactory(congress=congress)
    tomorrow = (timezone.now() + datetime.timedelta(days=1)).astimezone(
        datetime.timezone(datetime.timedelta(hours=9))
    )

    client_for(editor).post(
        url("action", congress, pk=item.pk),
        {"action": "schedule", "publish_at": tomorrow.strftime("%Y-%m-%dT%H:%M")},
    )

    item.refresh_from_db()
    assert item.is_scheduled
    assert item.publish_at == tomorrow.replace(second=0, microsecond=0)
    assert actions(item) == ["news.item.scheduled"]


def test_schedule_in_the_past_is_refused(client_for, congress, editor):
    item = DraftNewsItemFactory(congress=congress)

    response = client_for(editor).post(
        url("action", congress, pk=item.pk),
        {"action": "schedule", "publish_at": "2001-12-17T10:00"},
        follow=True,
    )

    item.refresh_from_db()
    assert item.status == NewsStatus.DRAFT
    assert "Choose a time in the future, or publish now." in response.content.decode()


def test_withdraw_removes_item_from_public_surfaces(client_for, client, congress, editor):
    item = NewsItemFactory(congress=congress, slug="opening", title={"en": "Opening day"})

    client_for(editor).post(url("action", congress, pk=item.pk), {"action": "withdraw"})
    client.logout()

    item.refresh_from_db()
    assert item.status == NewsStatus.WITHDRAWN
    assert client.get(f"/en/{congress.slug}/news/opening/").status_code == 404
    assert "Opening day" not in client.get(f"/en/{congress.slug}/news/").content.decode()
    assert "Opening day" not in client.get(f"/en/{congress.slug}/").content.decode()
    assert "Opening day" not in client.get(f"/en/{congress.slug}/news/feed/rss/").content.decode()
    assert client.get(f"/api/v1/congresses/{congress.slug}/news/").json()["count"] == 0
    assert actions(item) == ["news.item.withdrawn"]


def test_edit_is_logged_with_what_changed_and_shown_as_history(client_for, congress, editor):
    item = NewsItemFactory(
        congress=congress, slug="opening", title={"en": "Opening"}, body={"en": "Text."}, summary={}
    )
    client = client_for(editor)

    client.post(
        url("edit", congress, pk=item.pk),
        item_form({"en": "Opening ceremony"}, {"en": "Text."}, slug="opening"),
    )
    page = client.get(url("edit", congress, pk=item.pk)).content.decode()

    entry = ActionLog.objects.get(action="news.item.changed")
    assert entry.actor == editor
    assert entry.congress_id == congress.pk
    assert entry.data == {"changes": {"title": [{"en": "Opening"}, {"en": "Opening ceremony"}]}}
    assert "<code>news.item.changed</code>" in page
    assert editor.display_name in page


def test_image_is_shown_to_editors_in_preview_and_to_everyone_once_published(
    client_for, client, congress, editor
):
    data = item_form({"en": "Congress opens"}, {"en": "Text."}, alt={"en": "The hall"})
    editor_client = client_for(editor)
    editor_client.post(url("create", congress), {**data, "image": png()})
    item = NewsItem.objects.get()
    image_url = f"/en/{congress.slug}/news/image/{item.pk}/"

    in_preview = editor_client.get(image_url)
    editor_client.post(url("action", congress, pk=item.pk), {"action": "publish"})
    client.logout()
    public = client.get(image_url)
    page = client.get(f"/en/{congress.slug}/news/{item.slug}/").content.decode()

    assert (in_preview.status_code, in_preview["Cache-Control"]) == (200, "private, no-store")
    assert (public.status_code, public["Content-Type"]) == (200, "image/png")
    assert b"".join(public.streaming_content).startswith(b"\x89PNG")
    assert f'<img class="news-image" src="{image_url}" alt="The hall">' in page
