"""The authorisation matrix for young people's data: every back-office page of safeguarding and of concerns,
found from the URL configuration (a new page is covered the day it is added), refused to every role but the
congress's own safeguarding officers, by GET and by POST, without a byte of protected data in the answer."""

import pytest
from allauth.mfa.totp.internal.auth import TOTP
from django.urls import get_resolver, reverse

from tests.conftest import TOTP_SECRET
from tests.factories.accounts import UserFactory
from tests.factories.congresses import CongressFactory
from tests.factories.registration import DelegationFactory, FocalPointFactory

pytestmark = [pytest.mark.integration, pytest.mark.django_db]

OFFICERS_NAMESPACES = ("safeguarding", "concerns_manage")

# A value for each URL parameter of those pages. The officer check comes first, so any value does; a page with a
# parameter not listed here fails the test below until the parameter is added.
PARAMETER_VALUES = {
    "congress_slug": None,  # the congress's slug, filled in per test
    "pk": 1,
    "profile_pk": 1,
    "chaperone_pk": 1,
    "reference": "CN-AAAA-BBBB",
    "action": "status",
    "event_slug": "kawasaki",
    "day": "2001-12-13",
    "date": "2001-12-13",
    "collector_pk": 1,
    "user_pk": 1,
    "token": "x" * 40,
}

PROTECTED = ("Peanut", "Keiko Tanaka", "+81 44 000 0000", "Hiroshi Tanaka")


def officers_pages(congress_slug: str) -> list[str]:
    """Every URL of the officers' namespaces, with its parameters filled in."""
    pages = []
    for namespace in OFFICERS_NAMESPACES:
        _, sub_resolver = get_resolver().namespace_dict[namespace]
        for pattern in sub_resolver.url_patterns:
            kwargs = {"congress_slug": congress_slug}
            for parameter in pattern.pattern.converters:
                assert parameter in PARAMETER_VALUES, (
                    f"{namespace}:{pattern.name} takes '{parameter}': add it"
                )
                kwargs[parameter] = PARAMETER_VALUES[parameter]
            pages.append(reverse(f"{namespace}:{pattern.name}", kwargs=kwargs))
    return sorted(set(pages))


def _with_two_factor(user):
    TOTP.activate(user, TOTP_SECRET)
    return user


@pytest.fixture
def roles(congress, make_staff, profile):
    """Everyone but the congress's officers, each with the most they could hold."""
    delegation = DelegationFactory(congress=congress)
    focal_point = UserFactory()
    FocalPointFactory(delegation=delegation, user=focal_point, email=focal_point.email)
    return {
        "secretariat with every other flag": make_staff(
            congress,
            "can_change_congress",
            "can_change_content",
            "can_manage_teams",
            "can_view_audit_log",
            "can_view_outbox",
        ),
        "reviewer": make_staff(congress),
        "platform administrator": _with_two_factor(UserFactory(is_superuser=True, is_staff=True)),
        "officer of another congress": make_staff(CongressFactory(), "is_safeguarding_officer"),
        "focal point": focal_point,
        "the young person's own account": profile.participant.user or UserFactory(),
        "participant": UserFactory(),
    }


def test_every_officers_page_is_found(congress):
    pages = officers_pages(congress.slug)

    assert len(pages) >= 6
    assert reverse("safeguarding:young-people", kwargs={"congress_slug": congress.slug}) in pages


@pytest.mark.parametrize("method", ["get", "post"])
def test_nobody_but_the_congress_officers_opens_any_officers_page(client, congress, roles, profile, method):
    answers = {}
    for role, user in roles.items():
        client.force_login(user)
        for page in officers_pages(congress.slug):
            response = getattr(client, method)(page)
            body = response.content.decode(errors="replace")
            answers[(role, page)] = response.status_code
            assert not any(secret in body for secret in PROTECTED), (role, page)
        client.logout()

    assert set(answers.values()) <= {403, 404}, {
        key: status for key, status in answers.items() if status not in (403, 404)
    }


@pytest.mark.parametrize("method", ["get", "post"])
def test_anonymous_visitors_are_sent_to_sign_in_from_every_officers_page(client, congress, method):
    for page in officers_pages(congress.slug):
        response = getattr(client, method)(page)

        assert response.status_code == 302, page
        assert "/accounts/login/" in response["Location"], page


def test_the_officer_is_let_through_every_officers_page(client_for, officer, congress, profile):
    client = client_for(officer)

    answers = {page: client.get(page) for page in officers_pages(congress.slug)}

    # 404: a page about an object that does not exist (the made-up numbers above); 302 or 405: an action that is
    # only posted. Never refused, never sent to sign in.
    assert all(answer.status_code in (200, 302, 404, 405) for answer in answers.values()), answers
    assert not any("/accounts/" in answer.get("Location", "") for answer in answers.values())
