import pytest
from django.conf import settings

from plenaria.common.audit import actions_for
from tests.factories.accounts import UserFactory

pytestmark = [pytest.mark.integration, pytest.mark.django_db]

PROFILE_URL = "/en/accounts/profile/"
COOKIE = settings.LANGUAGE_COOKIE_NAME


def _switch(client, language, next_url):
    return client.get("/i18n/switch/", {"language": language, "next": next_url})


def test_profile_anonymous_redirects_to_login(client):
    response = client.get(PROFILE_URL)

    assert response.status_code == 302
    assert response["Location"] == "/en/accounts/login/?next=/en/accounts/profile/"


def test_profile_get_shows_current_name_and_language(client_for):
    user = UserFactory(full_name="Amina Diallo", language="fr")

    response = client_for(user).get(PROFILE_URL)

    assert response.status_code == 200
    assert response.context["form"].initial == {"full_name": "Amina Diallo", "language": "fr"}


def test_profile_post_saves_name_and_language_and_audits_before_after(client_for):
    user = UserFactory(full_name="Amina Diallo", language="en")
    client = client_for(user)

    response = client.post(PROFILE_URL, {"full_name": "  Amina Diallo-Sow ", "language": "fr"})

    user.refresh_from_db()
    assert response.status_code == 302
    assert response["Location"] == "/fr/accounts/profile/"
    assert response.cookies[COOKIE].value == "fr"
    assert (user.full_name, user.language) == ("Amina Diallo-Sow", "fr")
    assert [(log.action, log.actor, log.data) for log in actions_for(user)] == [
        (
            "accounts.profile.changed",
            user,
            {"changes": {"full_name": ["Amina Diallo", "Amina Diallo-Sow"], "language": ["en", "fr"]}},
        )
    ]


def test_profile_post_without_changes_writes_no_audit_entry(client_for):
    user = UserFactory(full_name="Amina Diallo", language="en")

    client_for(user).post(PROFILE_URL, {"full_name": "Amina Diallo", "language": "en"})

    assert list(actions_for(user)) == []


def test_profile_post_unknown_language_shows_error_and_saves_nothing(client_for):
    user = UserFactory(full_name="Amina Diallo", language="en")

    response = client_for(user).post(PROFILE_URL, {"full_name": "Someone else", "language": "xx"})

    user.refresh_from_db()
    assert response.status_code == 200
    assert response.context["form"].errors == {
        "language": ["Select a valid choice. xx is not one of the available choices."]
    }
    assert (user.full_name, user.language) == ("Amina Diallo", "en")
    assert list(actions_for(user)) == []


def test_switch_language_sets_cookie_and_reopens_same_page_in_new_language(client, congress):
    response = _switch(client, "fr", f"/en/{congress.slug}/contacts/")

    assert response.status_code == 302
    assert response["Location"] == f"/fr/{congress.slug}/contacts/"
    assert response.cookies[COOKIE].value == "fr"


@pytest.mark.parametrize(
    "next_url",
    ["https://evil.example/en/", "//evil.example/en/", "/\\evil.example/en/", "javascript:alert(1)"],
)
def test_switch_language_foreign_next_url_redirects_home_instead(client, next_url):
    response = _switch(client, "fr", next_url)

    assert response.status_code == 302
    assert response["Location"] == "/"
    assert response.cookies[COOKIE].value == "fr"


def test_switch_language_unknown_language_changes_nothing(client):
    response = _switch(client, "xx", "/en/")

    assert response.status_code == 302
    assert response["Location"] == "/en/"
    assert COOKIE not in response.cookies


def test_switch_language_signed_in_user_saves_preference_and_audits_it(client_for):
    user = UserFactory(language="en")

    response = _switch(client_for(user), "ja", "/en/accounts/profile/")

    user.refresh_from_db()
    assert response["Location"] == "/ja/accounts/profile/"
    assert user.language == "ja"
    assert [(log.action, log.data) for log in actions_for(user)] == [
        ("accounts.profile.changed", {"changes": {"language": ["en", "ja"]}})
    ]


def test_root_signed_in_user_goes_to_preferred_language(client_for):
    client = client_for(UserFactory(language="es"))
    client.cookies[COOKIE] = "fr"

    response = client.get("/", headers={"accept-language": "ru"})

    assert response.status_code == 302
    assert response["Location"] == "/es/"


def test_root_anonymous_first_visit_follows_accept_language(client):
    response = client.get("/", headers={"accept-language": "ar,en;q=0.5"})

    assert response.status_code == 302
    assert response["Location"] == "/ar/"


def test_root_anonymous_with_cookie_follows_cookie_over_accept_language(client):
    client.cookies[COOKIE] = "zh-hans"

    response = client.get("/", headers={"accept-language": "ar"})

    assert response["Location"] == "/zh-hans/"


def test_url_prefix_wins_over_preference_cookie_and_accept_language(client_for):
    client = client_for(UserFactory(language="fr"))
    client.cookies[COOKIE] = "es"

    response = client.get(PROFILE_URL, headers={"accept-language": "ru"})

    assert response.status_code == 200
    assert response.context["LANGUAGE_CODE"] == "en"
    assert '<html lang="en"' in response.content.decode()


def test_header_back_office_link_only_for_staff(client_for, congress, make_staff):
    from tests.factories.accounts import UserFactory

    participant_page = client_for(UserFactory()).get("/en/accounts/profile/").content.decode()
    staff_page = (
        client_for(make_staff(congress, "can_change_content")).get("/en/accounts/profile/").content.decode()
    )

    assert 'href="/en/manage/"' not in participant_page
    assert 'href="/en/manage/"' in staff_page
