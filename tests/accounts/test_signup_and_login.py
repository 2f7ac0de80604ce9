import re

import pytest
from allauth.account.models import EmailAddress

from plenaria.accounts.models import User
from plenaria.common.models import OutboundEmail
from tests.factories.accounts import PASSWORD, UserFactory

pytestmark = [pytest.mark.integration, pytest.mark.django_db]

NEW_PASSWORD = "a-brand-new-passphrase-2001"
LOGIN_URL = "/en/accounts/login/"
SIGNUP_URL = "/en/accounts/signup/"
RESET_URL = "/en/accounts/password/reset/"


def _link_in(email: OutboundEmail) -> str:
    """The path of the one link in an e-mail's text (the test client needs no host)."""
    links = re.findall(r"https?://testserver(/\S+)", email.body_text)
    assert len(links) == 1, email.body_text
    return links[0]


def _sign_up(client, email="newcomer@example.org"):
    return client.post(SIGNUP_URL, {"email": email, "password1": PASSWORD, "password2": PASSWORD})


def _log_in(client, email, password=PASSWORD):
    return client.post(LOGIN_URL, {"login": email, "password": password})


def test_signup_new_email_queues_verification_email_and_does_not_sign_in(client):
    response = _sign_up(client)

    mails = list(OutboundEmail.objects.values_list("to", "purpose", "language"))
    assert response.status_code == 302
    assert response["Location"] == "/en/accounts/confirm-email/"
    assert mails == [("newcomer@example.org", "email_confirmation_signup", "en")]
    assert OutboundEmail.objects.get().body_text.startswith("Hello from Plenaria!")
    assert "_auth_user_id" not in client.session
    assert list(EmailAddress.objects.values_list("email", "verified")) == [("newcomer@example.org", False)]


def test_login_unverified_email_is_refused_until_verified(client):
    UserFactory(email="unverified@example.org", verified=False)

    response = _log_in(client, "unverified@example.org")

    assert response.status_code == 302
    assert response["Location"] == "/en/accounts/confirm-email/"
    assert "_auth_user_id" not in client.session


def test_signup_confirmation_link_verifies_email_and_signs_in(client):
    _sign_up(client)
    confirm_path = _link_in(OutboundEmail.objects.get())

    page = client.get(confirm_path)
    response = client.post(confirm_path)

    user = User.objects.get(email="newcomer@example.org")
    assert page.status_code == 200
    assert response.status_code == 302
    assert EmailAddress.objects.get(user=user).verified is True
    assert client.session["_auth_user_id"] == str(user.pk)


def test_signup_confirmation_link_then_login_in_new_session_succeeds(client, django_user_model):
    _sign_up(client)
    client.post(_link_in(OutboundEmail.objects.get()))
    client.logout()

    response = _log_in(client, "newcomer@example.org")

    assert response.status_code == 302
    assert response["Location"] == "/en/accounts/profile/"
    assert client.session["_auth_user_id"] == str(django_user_model.objects.get().pk)


def test_confirmation_link_with_wrong_key_verifies_nothing(client):
    _sign_up(client)

    response = client.post("/en/accounts/confirm-email/not-a-real-key/")

    assert response.status_code == 404
    assert EmailAddress.objects.get().verified is False


def test_login_verified_user_with_email_and_password_signs_in(client):
    user = UserFactory(email="delegate@example.org")

    response = _log_in(client, "Delegate@Example.org")

    assert response.status_code == 302
    assert response["Location"] == "/en/accounts/profile/"
    assert client.session["_auth_user_id"] == str(user.pk)


def test_login_wrong_password_shows_error_and_does_not_sign_in(client):
    UserFactory(email="delegate@example.org")

    response = _log_in(client, "delegate@example.org", password="wrong-password")

    assert response.status_code == 200
    assert response.context["form"].errors == {
        "__all__": ["The email address and/or password you specified are not correct."]
    }
    assert "_auth_user_id" not in client.session


def test_login_repeated_failures_for_one_account_refuses_further_attempts(client):
    UserFactory(email="target@example.org")
    for _attempt in range(5):  # ACCOUNT_RATE_LIMITS login_failed: 5 per 5 minutes per account
        _log_in(client, "target@example.org", password="wrong-password")

    response = _log_in(client, "target@example.org")

    assert response.status_code == 200
    assert response.context["form"].errors == {
        "__all__": ["Too many failed login attempts. Try again later."]
    }
    assert "Too many failed login attempts. Try again later." in response.content.decode()
    assert "_auth_user_id" not in client.session


def test_login_failures_for_one_account_do_not_lock_out_another(client):
    UserFactory(email="target@example.org")
    other = UserFactory(email="other@example.org")
    for _attempt in range(5):
        _log_in(client, "target@example.org", password="wrong-password")

    response = _log_in(client, "other@example.org")

    assert response.status_code == 302
    assert client.session["_auth_user_id"] == str(other.pk)


def test_password_reset_queues_email_whose_link_sets_new_password(client):
    user = UserFactory(email="forgetful@example.org")

    client.post(RESET_URL, {"email": "forgetful@example.org"})
    mail = OutboundEmail.objects.get()
    key_page = client.get(_link_in(mail), follow=True)
    set_password_path = key_page.redirect_chain[-1][0]
    response = client.post(set_password_path, {"password1": NEW_PASSWORD, "password2": NEW_PASSWORD})

    user.refresh_from_db()
    assert (mail.to, mail.purpose) == ("forgetful@example.org", "password_reset_key")
    assert key_page.status_code == 200
    assert response.status_code == 302
    assert response["Location"] == "/en/accounts/password/reset/key/done/"
    assert user.check_password(NEW_PASSWORD) is True
    assert user.check_password(PASSWORD) is False


def test_password_reset_link_used_twice_is_refused(client):
    UserFactory(email="forgetful@example.org")
    client.post(RESET_URL, {"email": "forgetful@example.org"})
    link = _link_in(OutboundEmail.objects.get())
    set_password_path = client.get(link, follow=True).redirect_chain[-1][0]
    client.post(set_password_path, {"password1": NEW_PASSWORD, "password2": NEW_PASSWORD})

    response = client.get(link, follow=True)

    assert response.status_code == 200
    assert response.context["token_fail"] is True


def test_password_reset_then_login_with_new_password_succeeds(client):
    user = UserFactory(email="forgetful@example.org")
    client.post(RESET_URL, {"email": "forgetful@example.org"})
    set_password_path = client.get(_link_in(OutboundEmail.objects.get()), follow=True).redirect_chain[-1][0]
    client.post(set_password_path, {"password1": NEW_PASSWORD, "password2": NEW_PASSWORD})
    client.logout()

    response = _log_in(client, "forgetful@example.org", password=NEW_PASSWORD)

    assert response.status_code == 302
    assert client.session["_auth_user_id"] == str(user.pk)
