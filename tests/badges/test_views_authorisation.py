"""Only the congress's secretariat (`badges.manage_badges`) opens the badge pages: other staff get 403, the
secretariat of another congress gets 403 here and 404 for this congress's badges and jobs in its own, visitors
are sent to sign in. Nothing changes on a refused request."""

import pytest
from allauth.mfa.totp.internal.auth import TOTP
from django.test import Client
from django.urls import get_resolver, reverse

from plenaria.badges import services_printing
from plenaria.badges.models import Badge
from plenaria.badges.models_printing import PrintJob
from plenaria.common.models import ActionLog
from tests.conftest import TOTP_SECRET
from tests.factories.accounts import UserFactory
from tests.factories.badges import BadgeFactory
from tests.factories.congresses import CongressFactory

pytestmark = [pytest.mark.integration, pytest.mark.django_db]

NAMESPACE = "badges_manage"


@pytest.fixture(autouse=True)
def _private_media(settings, tmp_path):
    settings.PRIVATE_MEDIA_ROOT = tmp_path


@pytest.fixture
def badge(delegate):
    return BadgeFactory(participant=delegate)


@pytest.fixture
def job(congress, clerk, badge, django_capture_on_commit_callbacks):
    """A finished print job of this congress, with its PDF."""
    with django_capture_on_commit_callbacks(execute=True):
        return services_printing.start_print_job(
            congress=congress, filters={}, size="CR80", language="en", actor=clerk
        )


def url(name: str, congress, **kwargs) -> str:
    return reverse(f"{NAMESPACE}:{name}", kwargs={"congress_slug": congress.slug, **kwargs})


def every_page(congress, badge, job) -> list[str]:
    """Every address of the badge pages, found from the URL configuration; `pk` is the participant's, the
    badge's or the job's, as the address is about."""
    _prefix, resolver = get_resolver().namespace_dict[NAMESPACE]
    pages = []
    for pattern in resolver.url_patterns:
        kwargs = {}
        for parameter in pattern.pattern.converters:
            assert parameter == "pk", f"{NAMESPACE}:{pattern.name} takes '{parameter}': add it"
            if pattern.name.startswith("print-job"):
                kwargs["pk"] = job.pk
            elif pattern.name.startswith("participant") or pattern.name == "badge-issue":
                kwargs["pk"] = badge.participant_id
            else:
                kwargs["pk"] = badge.pk
        pages.append(url(pattern.name, congress, **kwargs))
    return pages


def state() -> tuple:
    return (
        sorted(Badge.objects.values_list("pk", "status", "print_count")),
        PrintJob.objects.count(),
        ActionLog.objects.count(),
    )


@pytest.mark.parametrize("method", ["get", "post"])
def test_staff_without_the_permission_are_refused_every_page(
    client_for, congress, make_staff, badge, job, method
):
    client = client_for(
        make_staff(congress, "can_change_content", "can_view_audit_log", "can_edit_documents")
    )
    before = state()

    statuses = {page: getattr(client, method)(page).status_code for page in every_page(congress, badge, job)}

    assert set(statuses.values()) == {403}, statuses
    assert state() == before


@pytest.mark.parametrize("method", ["get", "post"])
def test_visitors_are_sent_to_sign_in_from_every_page(client, congress, badge, job, method):
    for page in every_page(congress, badge, job):
        response = getattr(client, method)(page)

        assert response.status_code == 302, page
        assert "/accounts/login/" in response["Location"], page


@pytest.mark.parametrize("method", ["get", "post"])
def test_secretariat_of_another_congress_sees_nothing_of_this_one(
    client_for, make_staff, congress, badge, job, method
):
    other = CongressFactory()
    client = client_for(make_staff(other, "can_change_congress"))
    before = state()

    here = {page: getattr(client, method)(page).status_code for page in every_page(congress, badge, job)}
    # This congress's participant, badge and job, asked for in the officer's own congress.
    own = {
        page: client.get(page).status_code
        for page in every_page(other, badge, job)
        if f"/{badge.pk}/" in page or f"/{badge.participant_id}/" in page or f"/{job.pk}/" in page
    }

    assert set(here.values()) == {403}, here
    assert set(own.values()) == {404}, own
    assert state() == before


def test_own_congress_lists_show_nothing_of_another_congress(client_for, make_staff, badge, job):
    other = CongressFactory()
    client = client_for(make_staff(other, "can_change_congress"))

    badges = client.get(url("badge-list", other))
    jobs = client.get(url("print-job-list", other))

    assert badges.context["rows"] == []
    assert badges.context["counts"]["total"] == 0
    assert jobs.context["rows"] == []


def test_a_participant_without_a_team_is_refused(client_for, congress, badge, job):
    client = client_for(UserFactory())

    statuses = {page: client.get(page).status_code for page in every_page(congress, badge, job)}

    assert set(statuses.values()) == {403}, statuses


def test_a_platform_administrator_is_let_in_as_by_the_other_back_office_pages(
    client_for, congress, badge, job
):
    administrator = UserFactory(is_superuser=True, is_staff=True)
    TOTP.activate(administrator, TOTP_SECRET)

    response = client_for(administrator).get(url("badge-list", congress))

    assert response.status_code == 200


def test_post_without_csrf_token_is_refused(congress, clerk, badge):
    client = Client(enforce_csrf_checks=True)
    client.force_login(clerk)

    response = client.post(url("badge-revoke", congress, pk=badge.pk), {"reason": "lost"})

    badge.refresh_from_db()
    assert response.status_code == 403
    assert badge.status == "issued"


def test_every_download_of_a_print_job_is_logged(client_for, congress, clerk, job):
    client = client_for(clerk)

    client.get(url("print-job-download", congress, pk=job.pk))
    client.get(url("print-job-download", congress, pk=job.pk))

    downloads = ActionLog.objects.filter(action="badges.print_job.downloaded", object_id=str(job.pk))
    assert [(entry.actor, entry.congress_id) for entry in downloads] == [(clerk, congress.pk)] * 2
