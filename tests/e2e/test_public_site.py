"""The public congress site in a real browser: languages, text direction and the language switcher."""

import pytest

pytestmark = [pytest.mark.e2e, pytest.mark.django_db(transaction=True)]

CONGRESS_NAME = "2nd World Congress against Commercial Sexual Exploitation of Children"


def test_home_page_in_english_shows_congress_left_to_right(page, live_server, demo_congress):
    url = f"{live_server.url}/en/yokohama-2001/"

    page.goto(url)

    html = page.locator("html")
    assert page.title() == "Home · Yokohama 2001 · Plenaria"
    assert page.get_by_role("heading", level=1).inner_text() == CONGRESS_NAME
    assert (html.get_attribute("lang"), html.get_attribute("dir")) == ("en", "ltr")


def test_home_page_in_arabic_is_right_to_left(page, live_server, demo_congress):
    url = f"{live_server.url}/ar/yokohama-2001/"

    page.goto(url)

    html = page.locator("html")
    assert (html.get_attribute("lang"), html.get_attribute("dir")) == ("ar", "rtl")
    assert page.locator(".language-switcher [aria-current]").inner_text() == "العربية"


def test_language_switcher_click_french_reopens_same_page_in_french(page, live_server, demo_congress):
    page.goto(f"{live_server.url}/en/yokohama-2001/participation/")

    page.locator(".language-switcher").get_by_role("link", name="Français").click()
    page.wait_for_load_state()

    assert page.url == f"{live_server.url}/fr/yokohama-2001/participation/"
    assert page.locator("html").get_attribute("lang") == "fr"
    assert page.locator(".main-nav a").first.inner_text() == "Accueil"


def test_language_switcher_choice_is_remembered_on_next_visit(page, live_server, demo_congress):
    page.goto(f"{live_server.url}/en/yokohama-2001/")
    page.locator(".language-switcher").get_by_role("link", name="Français").click()
    page.wait_for_load_state()

    page.goto(f"{live_server.url}/")

    assert page.url == f"{live_server.url}/fr/yokohama-2001/"
    assert page.locator("html").get_attribute("lang") == "fr"


@pytest.mark.parametrize(
    "path",
    ["/en/yokohama-2001/", "/ar/yokohama-2001/", "/ja/yokohama-2001/participation/", "/en/accounts/login/"],
)
def test_page_on_phone_width_fits_without_sideways_scroll(page, live_server, demo_congress, path):
    page.set_viewport_size({"width": 390, "height": 844})

    page.goto(f"{live_server.url}{path}")

    language_boxes = [link.bounding_box() for link in page.locator(".language-switcher a").all()]
    assert page.evaluate("document.documentElement.scrollWidth") == 390
    assert len(language_boxes) == 7
    assert [box for box in language_boxes if box["x"] < 0 or box["x"] + box["width"] > 390] == []
