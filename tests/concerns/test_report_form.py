"""The public "Report a concern" form: anonymity, the honeypot, rate limits, size limits and languages."""

import pytest
from django.db import connection
from django.urls import reverse

from plenaria.common.models import ActionLog, OutboundEmail
from plenaria.concerns.enums import ConcernActionKind, ConcernStatus
from plenaria.concerns.models import Concern
from tests.factories.accounts import UserFactory
from tests.factories.congresses import CongressFactory

pytestmark = [pytest.mark.integration, pytest.mark.django_db]


def raw_columns(concern, *columns) -> dict:
    """The values as stored in the database, before any decryption."""
    with connection.cursor() as cursor:
        cursor.execute(f"SELECT {', '.join(columns)} FROM concerns_concern WHERE id = %s", [concern.pk])  # noqa: S608
        return dict(zip(columns, cursor.fetchone(), strict=True))


def test_report_form_page_speaks_plainly_shows_emergency_numbers_and_is_never_cached(client, report_url):
    response = client.get(report_url)

    html = response.content.decode()
    assert response.status_code == 200
    assert "Is something worrying you? Tell us." in html
    assert 'href="tel:110"' in html
    assert 'href="tel:119"' in html
    assert "no-store" in response["Cache-Control"]


def test_report_form_anonymous_report_stores_no_contact_data(client, report_url, form_data):
    response = client.post(report_url, {**form_data, "is_anonymous": "on"}, follow=True)

    concern = Concern.objects.get()
    assert concern.is_anonymous is True
    assert (concern.contact_name, concern.contact_email, concern.contact_phone) == (None, None, None)
    assert raw_columns(concern, "contact_name", "contact_email", "contact_phone") == {
        "contact_name": None,
        "contact_email": None,
        "contact_phone": None,
    }
    html = response.content.decode()
    assert concern.reference in html
    assert "so we cannot answer you" in html


def test_report_form_signed_in_reporter_who_stays_anonymous_is_not_recorded_anywhere(
    client_for, report_url, form_data
):
    reporter = UserFactory(email="aiko.sato@example.org")

    client_for(reporter).post(report_url, {**form_data, "is_anonymous": "on"})

    concern = Concern.objects.get()
    assert [entry.actor for entry in concern.actions.all()] == [None]
    assert list(ActionLog.objects.filter(action__startswith="concerns.").values_list("actor", flat=True)) == [
        None
    ]
    assert reporter.email not in str(Concern.objects.values().get())


def test_report_form_keeps_texts_and_contact_details_encrypted_at_rest(client, report_url, form_data):
    client.post(report_url, form_data)

    concern = Concern.objects.get()
    stored = raw_columns(concern, "what_happened", "who_is_involved", "contact_email", "contact_phone")
    assert concern.what_happened == form_data["what_happened"]
    assert concern.contact_email == "aiko@example.org"
    assert "room" not in stored["what_happened"]
    assert "grey suit" not in stored["who_is_involved"]
    assert "aiko" not in stored["contact_email"]
    assert "1234" not in stored["contact_phone"]


def test_report_form_valid_report_starts_the_incident_log_and_shows_the_reference(
    client, report_url, form_data
):
    response = client.post(report_url, form_data)
    page = client.get(response["Location"])

    concern = Concern.objects.get()
    assert response["Location"] == reverse("concerns:concern-sent", kwargs={"congress_slug": "yokohama-2001"})
    assert concern.status == ConcernStatus.NEW
    assert [(a.kind, a.actor) for a in concern.actions.all()] == [(ConcernActionKind.REPORTED, None)]
    html = page.content.decode()
    assert concern.reference in html
    assert "Only the safeguarding officers of the congress" in html
    assert "A safeguarding officer may contact you" in html
    assert "no-store" in page["Cache-Control"]
    assert concern.reference not in page.request["PATH_INFO"]


def test_report_form_sent_page_when_a_child_may_be_in_danger_repeats_what_to_do_now(
    client, report_url, form_data
):
    sent = client.post(report_url, {**form_data, "child_in_danger": "yes"}, follow=True)
    calm = client.post(report_url, {**form_data, "child_in_danger": "no"}, follow=True)

    assert 'href="tel:110"' in sent.content.decode()
    assert 'href="tel:110"' not in calm.content.decode()


def test_report_form_sent_page_without_a_report_goes_back_to_the_form(client, report_url, congress):
    response = client.get(reverse("concerns:concern-sent", kwargs={"congress_slug": congress.slug}))

    assert (response.status_code, response["Location"]) == (302, report_url)


def test_report_form_honeypot_filled_stores_nothing_and_keeps_the_text(client, report_url, form_data):
    response = client.post(report_url, {**form_data, "homepage": "https://spam.example"})

    html = response.content.decode()
    assert response.status_code == 200
    assert Concern.objects.count() == 0
    assert OutboundEmail.objects.count() == 0
    assert "we could not send this" in html
    assert form_data["what_happened"] in html
    assert "spam.example" not in html


def test_report_form_rate_limit_per_ip_refuses_and_keeps_the_text(client, report_url, form_data, settings):
    settings.PLENARIA_CONCERN_RATE_LIMITS = {"ip": (2, 3600)}

    statuses = [client.post(report_url, {**form_data, "contact_email": ""}).status_code for _ in range(2)]
    refused = client.post(report_url, {**form_data, "contact_email": ""})

    assert statuses == [302, 302]
    assert refused.status_code == 200
    assert Concern.objects.count() == 2
    assert "Many reports were sent from here in a short time" in refused.content.decode()
    assert form_data["what_happened"] in refused.content.decode()


def test_report_form_rate_limit_per_email_counts_across_addresses(client, report_url, form_data, settings):
    settings.PLENARIA_CONCERN_RATE_LIMITS = {"email": (1, 3600)}

    first = client.post(report_url, form_data, REMOTE_ADDR="192.0.2.1")
    second = client.post(
        report_url, {**form_data, "contact_email": "AIKO@example.org"}, REMOTE_ADDR="192.0.2.2"
    )
    other = client.post(
        report_url, {**form_data, "contact_email": "ken@example.org"}, REMOTE_ADDR="192.0.2.3"
    )

    assert (first.status_code, second.status_code, other.status_code) == (302, 200, 302)
    assert Concern.objects.count() == 2


def test_report_form_too_long_text_is_refused_with_what_was_typed(client, report_url, form_data):
    response = client.post(report_url, {**form_data, "what_happened": "x" * 5001})

    html = response.content.decode()
    assert Concern.objects.count() == 0
    assert "Ensure this value has at most 5000 characters (it has 5001)." in html
    assert "x" * 5001 in html


def test_report_form_invalid_email_is_refused_unless_anonymous(client, report_url, form_data):
    refused = client.post(report_url, {**form_data, "contact_email": "aiko-at-example"})
    anonymous = client.post(
        report_url, {**form_data, "contact_email": "aiko-at-example", "is_anonymous": "on"}
    )

    assert "Enter a valid email address." in refused.content.decode()
    assert anonymous.status_code == 302
    assert Concern.objects.get().contact_email is None


def test_report_form_in_french_shows_french_errors(client, congress):
    response = client.post(
        f"/fr/{congress.slug}/report-a-concern/", {"child_in_danger": "no", "reporter_role": "other"}
    )

    html = response.content.decode()
    assert response.status_code == 200
    assert '<html lang="fr"' in html
    assert "Ce champ est obligatoire." in html
    assert Concern.objects.count() == 0


def test_report_form_works_for_a_signed_in_participant(client_for, report_url, form_data):
    response = client_for(UserFactory()).post(report_url, form_data)

    assert response.status_code == 302
    assert Concern.objects.get().contact_name == "Aiko"


def test_report_start_without_a_congress_in_the_address_opens_the_featured_congress_form(client, congress):
    response = client.get(reverse("concerns:concern-start"))

    assert response["Location"] == reverse("concerns:concern-report", kwargs={"congress_slug": congress.slug})


def test_report_start_without_any_published_congress_still_says_what_to_do(client, db):
    CongressFactory(is_published=False)

    response = client.get(reverse("concerns:concern-start"))

    assert response.status_code == 200
    assert "Tell the nearest member of staff or a chaperone" in response.content.decode()
