import pytest
from django.urls import reverse

from plenaria.congresses.enums import EventKind, PageSection
from plenaria.congresses.services import content_snapshot, update_content
from tests.factories.congresses import ContactPointFactory, EventFactory, KeyFigureFactory, PageFactory

pytestmark = [pytest.mark.integration, pytest.mark.django_db]

SECTIONS = [
    ("congresses:stockholm", PageSection.STOCKHOLM),
    ("congresses:participation", PageSection.PARTICIPATION),
    ("congresses:youth", PageSection.YOUTH),
    ("congresses:consultations", PageSection.CONSULTATIONS),
    ("congresses:venue", PageSection.VENUE),
    ("congresses:contacts", PageSection.CONTACTS),
]


def test_root_redirects_to_featured_congress_home(client, congress):
    congress.is_featured = True
    congress.save()

    response = client.get("/en/")

    assert response.status_code == 302
    assert response["Location"] == "/en/yokohama-2001/"


def test_home_shows_congress_name_dates_and_figures(client, congress):
    PageFactory(congress=congress, section=PageSection.HOME)
    KeyFigureFactory(congress=congress, value="34")

    response = client.get(reverse("congresses:home", kwargs={"congress_slug": congress.slug}))

    html = response.content.decode()
    assert response.status_code == 200
    assert "World Congress" in html
    assert "17 December 2001" in html
    assert "countries have developed National Plans of Action" in html


@pytest.mark.parametrize(("url_name", "section"), SECTIONS)
def test_section_page_shows_its_editable_title(client, congress, url_name, section):
    PageFactory(congress=congress, section=section, title={"en": f"Title of {section}"})

    response = client.get(reverse(url_name, kwargs={"congress_slug": congress.slug}))

    assert response.status_code == 200
    assert f"Title of {section}" in response.content.decode()


def test_unpublished_section_is_not_found(client, congress):
    PageFactory(congress=congress, section=PageSection.VENUE, is_published=False)

    response = client.get(reverse("congresses:venue", kwargs={"congress_slug": congress.slug}))

    assert response.status_code == 404


def test_unpublished_congress_is_not_found_for_visitors(client, congress):
    congress.is_published = False
    congress.save()

    response = client.get(reverse("congresses:home", kwargs={"congress_slug": congress.slug}))

    assert response.status_code == 404


def test_consultations_page_lists_regional_events_in_date_order(client, congress):
    PageFactory(congress=congress, section=PageSection.CONSULTATIONS)
    EventFactory(congress=congress, name={"en": "Rabat forum"}, starts_on="2001-10-24", ends_on="2001-10-26")
    EventFactory(
        congress=congress, name={"en": "Bangkok meeting"}, starts_on="2001-10-16", ends_on="2001-10-18"
    )
    EventFactory(congress=congress, kind=EventKind.YOUTH, name={"en": "Youth event"})

    html = client.get(
        reverse("congresses:consultations", kwargs={"congress_slug": congress.slug})
    ).content.decode()

    assert html.index("Bangkok meeting") < html.index("Rabat forum")
    assert "Youth event</h2>" not in html


def test_contacts_page_names_who_answers_which_question(client, congress):
    PageFactory(congress=congress, section=PageSection.CONTACTS)
    ContactPointFactory(congress=congress, topic={"en": "Media queries"}, email="yokomedia@example.org")

    html = client.get(
        reverse("congresses:contacts", kwargs={"congress_slug": congress.slug})
    ).content.decode()

    assert "Media queries" in html
    assert 'href="mailto:yokomedia@example.org"' in html


def test_content_missing_in_french_falls_back_to_english_visibly_marked(client, congress):
    PageFactory(congress=congress, section=PageSection.VENUE, title={"en": "Venue and travel"})

    html = client.get(f"/fr/{congress.slug}/venue-and-travel/").content.decode()

    assert '<span class="fallback" lang="en" dir="ltr">Venue and travel' in html


def test_content_present_in_french_is_shown_in_french(client, congress):
    PageFactory(congress=congress, section=PageSection.VENUE, title={"en": "Venue", "fr": "Lieu et voyage"})

    html = client.get(f"/fr/{congress.slug}/venue-and-travel/").content.decode()

    assert "Lieu et voyage" in html
    assert 'class="fallback"' not in html.split("<main")[1].split("</h1>")[0]


def test_cached_public_page_is_refreshed_when_content_is_edited(client, congress, make_staff):
    page = PageFactory(congress=congress, section=PageSection.VENUE, title={"en": "Old title"})
    url = f"/en/{congress.slug}/venue-and-travel/"
    assert "Old title" in client.get(url).content.decode()

    before = content_snapshot(page)
    page.title = {"en": "New title"}
    update_content(instance=page, before=before, actor=make_staff(congress, "can_change_content"))

    assert "New title" in client.get(url).content.decode()


def test_public_page_shows_dates_in_the_readers_locale(client, congress):
    PageFactory(congress=congress, section=PageSection.HOME)

    html = client.get(f"/ja/{congress.slug}/").content.decode()

    assert "2001年12月17日" in html


def test_unknown_page_shows_the_sites_not_found_page_in_the_readers_language(client, congress):
    response = client.get(f"/fr/{congress.slug}/no-such-page/")

    assert response.status_code == 404
    assert "Page introuvable" in response.content.decode()
    assert 'lang="fr"' in response.content.decode()


@pytest.mark.parametrize(("language", "separator"), [("en", ", "), ("ar", "، "), ("ja", "、")])
def test_event_place_is_joined_with_the_readers_list_separator(client, congress, language, separator):
    PageFactory(congress=congress, section=PageSection.CONSULTATIONS)
    same_in_every_language = dict.fromkeys(("en", "ar", "ja"), "UNCC")
    EventFactory(
        congress=congress, venue=same_in_every_language, city=dict.fromkeys(("en", "ar", "ja"), "Bangkok")
    )

    html = client.get(f"/{language}/{congress.slug}/regional-consultations/").content.decode()

    assert f"UNCC{separator}Bangkok{separator}" in html
