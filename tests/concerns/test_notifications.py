"""Each new concern e-mails the congress's safeguarding officers, in their language, without any of its content."""

import pytest

from plenaria.common.models import OutboundEmail
from plenaria.concerns.models import Concern
from tests.factories.congresses import CongressFactory

pytestmark = [pytest.mark.integration, pytest.mark.django_db]


def test_new_concern_emails_each_officer_in_their_language_without_content(
    client, congress, make_staff, report_url, form_data, mailoutbox, django_capture_on_commit_callbacks
):
    english = make_staff(congress, "is_safeguarding_officer", email="keiko@unicef.example", language="en")
    french = make_staff(congress, "is_safeguarding_officer", email="claire@ecpat.example", language="fr")
    make_staff(congress, "can_change_congress", email="secretariat@mofa.example")
    make_staff(CongressFactory(), "is_safeguarding_officer", email="elsewhere@example.org")

    with django_capture_on_commit_callbacks(execute=True):
        client.post(report_url, form_data)

    concern = Concern.objects.get()
    emails = {email.to: email for email in OutboundEmail.objects.all()}
    assert set(emails) == {english.email, french.email}
    assert sorted(message.to[0] for message in mailoutbox) == sorted(emails)
    assert (emails[english.email].language, emails[french.email].language) == ("en", "fr")
    assert f"/en/manage/{congress.slug}/concerns/{concern.reference}/" in emails[english.email].body_text
    assert f"/fr/manage/{congress.slug}/concerns/{concern.reference}/" in emails[french.email].body_text
    for email in emails.values():
        sent = email.subject + email.body_text + email.body_html
        assert concern.reference in email.subject
        for typed in ("room", "lift", "grey suit", "Aiko", "aiko@example.org", "1234", "young person"):
            assert typed not in sent, typed


def test_new_concern_without_any_officer_is_still_stored(client, report_url, form_data):
    response = client.post(report_url, form_data)

    assert response.status_code == 302
    assert Concern.objects.count() == 1
    assert OutboundEmail.objects.count() == 0
