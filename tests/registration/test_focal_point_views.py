import datetime
import io

import openpyxl
import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse
from django.utils import timezone

from plenaria.common.models import OutboundEmail
from plenaria.delegations.enums import DelegationRole
from plenaria.registration.enums import RegistrationStatus
from plenaria.registration.models import Participant
from plenaria.registration.nominee_import import parse_nominees
from plenaria.registration.services.nomination import Nominee, nominate_member
from tests.factories.accounts import UserFactory
from tests.factories.registration import DelegationFactory, FocalPointFactory

pytestmark = [pytest.mark.integration, pytest.mark.django_db]

PDF = b"%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n"


@pytest.fixture(autouse=True)
def _private_media(settings, tmp_path):
    settings.PRIVATE_MEDIA_ROOT = tmp_path


def url(name, delegation, **kwargs):
    return reverse(f"focal_point:{name}", kwargs={"pk": delegation.pk, **kwargs})


def make_focal_point(delegation, user=None):
    user = user or UserFactory()
    FocalPointFactory(delegation=delegation, email=user.email, user=user, accepted_at=timezone.now())
    return user


@pytest.fixture
def focal_user(delegation):
    return make_focal_point(delegation)


@pytest.fixture
def focal_client(client_for, focal_user):
    return client_for(focal_user)


def nominee(n: int, role=DelegationRole.DELEGATE) -> Nominee:
    return Nominee(given_name=f"Given{n}", family_name=f"Family{n}", email=f"m{n}@mofa.example", role=role)


def add_member(delegation, n: int, role=DelegationRole.DELEGATE) -> Participant:
    return nominate_member(delegation=delegation, nominee=nominee(n, role), actor=None)


def nominee_form(n: int, **changes) -> dict:
    return {
        "given_name": f"Given{n}",
        "family_name": f"Family{n}",
        "email": f"m{n}@mofa.example",
        "role": DelegationRole.DELEGATE,
        "title": "Counsellor",
        "name_in_own_script": "",
        "nationality": "SE",
        "language": "fr",
        **changes,
    }


def csv_file(rows: list[str], name="members.csv") -> SimpleUploadedFile:
    header = "given_name,family_name,email,role,title,name_in_own_script,nationality,needs_visa_letter"
    return SimpleUploadedFile(name, "\n".join([header, *rows]).encode(), content_type="text/csv")


# --- Invitation ------------------------------------------------------------------------------------------------


def test_invitation_anonymous_offers_sign_in_and_sign_up_with_the_invited_address(client, delegation):
    invitation = FocalPointFactory(delegation=delegation, email="focal@mofa.se", token="tok-1")

    response = client.get(reverse("focal_point:invitation", kwargs={"token": "tok-1"}))

    html = response.content.decode()
    assert response.status_code == 200
    assert delegation.organisation.name in html
    assert "/en/accounts/login/?next=%2Fen%2Fdelegations%2Finvitation%2Ftok-1%2F" in html
    assert (
        "/en/accounts/signup/?email=focal%40mofa.se&amp;next=%2Fen%2Fdelegations%2Finvitation%2Ftok-1%2F"
        in html
    )
    assert invitation.email in html


def test_invitation_accept_with_invited_address_makes_focal_point_and_opens_the_delegation(
    client_for, delegation
):
    user = UserFactory(email="focal@mofa.se")
    invitation = FocalPointFactory(delegation=delegation, email="focal@mofa.se", token="tok-1")
    client = client_for(user)

    response = client.post(reverse("focal_point:invitation", kwargs={"token": "tok-1"}))

    invitation.refresh_from_db()
    assert response.status_code == 302
    assert response["Location"] == url("delegation", delegation)
    assert (invitation.user, invitation.accepted_at is not None) == (user, True)
    assert client.get(url("delegation", delegation)).status_code == 200


def test_invitation_signed_in_with_other_address_shows_the_error_and_accepts_nothing(client_for, delegation):
    invitation = FocalPointFactory(delegation=delegation, email="focal@mofa.se", token="tok-1")
    client = client_for(UserFactory(email="someone@else.example"))
    page = reverse("focal_point:invitation", kwargs={"token": "tok-1"})

    shown = client.get(page)
    response = client.post(page, follow=True)

    invitation.refresh_from_db()
    message = "This invitation was sent to another e-mail address. Sign in with that address."
    assert message in shown.content.decode()
    assert "Accept the invitation" not in shown.content.decode()
    assert message in response.content.decode()
    assert invitation.accepted_at is None


def test_invitation_already_used_by_someone_else_shows_the_error(client_for, delegation):
    FocalPointFactory(
        delegation=delegation,
        email="focal@mofa.se",
        token="tok-1",
        user=UserFactory(),
        accepted_at=timezone.now(),
    )
    client = client_for(UserFactory(email="focal2@mofa.se"))

    response = client.get(reverse("focal_point:invitation", kwargs={"token": "tok-1"}))

    assert "This invitation has already been accepted." in response.content.decode()


def test_invitation_unknown_token_is_not_found_with_an_explanation(client):
    response = client.get(reverse("focal_point:invitation", kwargs={"token": "nope"}))

    assert response.status_code == 404
    assert "This invitation link is not valid." in response.content.decode()


# --- Who may see what ------------------------------------------------------------------------------------------


def test_delegation_page_anonymous_is_sent_to_sign_in(client, delegation):
    response = client.get(url("delegation", delegation))

    assert response.status_code == 302
    assert response["Location"].startswith(reverse("account_login"))


@pytest.mark.parametrize(
    ("name", "method"),
    [
        ("delegation", "get"),
        ("note-verbale", "get"),
        ("note-verbale", "post"),
        ("member-create", "get"),
        ("member-create", "post"),
        ("member-import", "post"),
    ],
)
def test_delegation_urls_focal_point_of_another_delegation_get_404(
    client_for, congress, delegation, name, method
):
    other_focal_user = make_focal_point(DelegationFactory(congress=congress))
    client = client_for(other_focal_user)

    response = getattr(client, method)(url(name, delegation))

    assert response.status_code == 404


def test_delegation_page_staff_without_focal_point_role_gets_404(
    client_for, make_staff, congress, delegation
):
    client = client_for(make_staff(congress, "can_change_congress"))

    response = client.get(url("delegation", delegation))

    assert response.status_code == 404


@pytest.mark.parametrize(
    ("name", "method"),
    [
        ("member-details", "get"),
        ("member-details", "post"),
        ("member-withdraw", "post"),
        ("member-substitute", "get"),
        ("member-substitute", "post"),
    ],
)
def test_member_urls_with_member_of_another_delegation_get_404(
    focal_client, congress, delegation, government_category, name, method
):
    other = DelegationFactory(congress=congress)
    stranger = add_member(other, 1)

    response = getattr(focal_client, method)(url(name, delegation, member_pk=stranger.pk))

    stranger.refresh_from_db()
    assert response.status_code == 404
    assert stranger.status == RegistrationStatus.NOMINATED


def test_my_delegations_lists_only_mine(focal_client, congress, delegation):
    other = DelegationFactory(congress=congress)

    html = focal_client.get(reverse("focal_point:delegations")).content.decode()

    assert delegation.organisation.name in html
    assert other.organisation.name not in html


@pytest.mark.parametrize("rows", [1, 3])
def test_my_delegations_query_count_does_not_grow_with_rows(
    client_for, congress, government_category, django_assert_num_queries, rows
):
    user = UserFactory()
    for _ in range(rows):
        make_focal_point(DelegationFactory(congress=congress), user)
    client = client_for(user)

    with django_assert_num_queries(5):
        client.get(reverse("focal_point:delegations"))


# --- Nominating ------------------------------------------------------------------------------------------------


def test_delegation_page_shows_members_head_first_places_and_completion(focal_client, delegation):
    add_member(delegation, 1)
    add_member(delegation, 2, DelegationRole.HEAD)

    response = focal_client.get(url("delegation", delegation))

    html = response.content.decode()
    assert response.status_code == 200
    assert "2 of 2 places used" in html
    assert html.index("Given2 FAMILY2") < html.index("Given1 FAMILY1")
    assert "Head of delegation" in html
    assert "Not completed yet" in html


def test_nominate_within_quota_takes_a_place_and_emails_the_nominee(
    focal_client, delegation, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        response = focal_client.post(url("member-create", delegation), nominee_form(1))

    member = Participant.objects.get(delegation=delegation)
    assert response.status_code == 302
    assert (member.status, member.email, member.language, member.title) == (
        RegistrationStatus.NOMINATED,
        "m1@mofa.example",
        "fr",
        "Counsellor",
    )
    assert list(OutboundEmail.objects.values_list("to", flat=True)) == ["m1@mofa.example"]


def test_nominate_over_quota_goes_to_the_waiting_list_shown_on_the_page(focal_client, delegation):
    add_member(delegation, 1)
    add_member(delegation, 2)

    response = focal_client.post(url("member-create", delegation), nominee_form(3), follow=True)

    html = response.content.decode()
    assert Participant.objects.get(email="m3@mofa.example").status == RegistrationStatus.WAITLISTED
    assert "All places are taken: Given3 FAMILY3 is on the waiting list" in html
    waiting_section = html[html.index('id="waiting-title"') :]
    assert "Given3 FAMILY3" in waiting_section


def test_nominate_missing_names_reshows_the_form_with_the_values(focal_client, delegation):
    response = focal_client.post(url("member-create", delegation), nominee_form(1, given_name=""))

    html = response.content.decode()
    assert response.status_code == 200
    assert "This field is required." in html
    assert 'value="Family1"' in html
    assert Participant.objects.count() == 0


def test_nominate_second_head_is_refused_with_the_reason(focal_client, delegation):
    add_member(delegation, 1, DelegationRole.HEAD)

    response = focal_client.post(url("member-create", delegation), nominee_form(2, role=DelegationRole.HEAD))

    assert response.status_code == 200
    assert "This delegation already has a head of delegation." in response.content.decode()
    assert Participant.objects.count() == 1


def test_nominate_after_the_deadline_is_refused(focal_client, delegation):
    delegation.nomination_deadline = timezone.now() - datetime.timedelta(hours=1)
    delegation.save()

    response = focal_client.post(url("member-create", delegation), nominee_form(1))

    assert "Nominations for this delegation are closed." in response.content.decode()
    assert Participant.objects.count() == 0


def _xlsx(rows) -> bytes:
    workbook = openpyxl.Workbook()
    for row in rows:
        workbook.active.append(row)
    body = io.BytesIO()
    workbook.save(body)
    return body.getvalue()


# --- Import ----------------------------------------------------------------------------------------------------


def test_import_valid_csv_nominates_everyone_and_waitlists_beyond_the_quota(focal_client, delegation):
    file = csv_file(
        [
            "Amina,Haddad,amina@mofa.example,head,Minister,أمينة حداد,MA,yes",
            "Lars,Berg,lars@mofa.example,delegate,,,SE,no",
            "Eva,Lind,eva@mofa.example,adviser,,,SE,",
        ]
    )

    response = focal_client.post(url("member-import", delegation), {"file": file}, follow=True)

    members = Participant.objects.filter(delegation=delegation).order_by("pk")
    assert [(m.email, m.role, m.status) for m in members] == [
        ("amina@mofa.example", DelegationRole.HEAD, RegistrationStatus.NOMINATED),
        ("lars@mofa.example", DelegationRole.DELEGATE, RegistrationStatus.NOMINATED),
        ("eva@mofa.example", DelegationRole.ADVISER, RegistrationStatus.WAITLISTED),
    ]
    assert members[0].needs_visa_letter is True
    assert "3 members have been nominated. 1 of them is on the waiting list." in response.content.decode()


def test_import_valid_xlsx_nominates_the_members(focal_client, delegation):
    body = _xlsx(
        [
            ["Prénom", "Nom", "Courriel", "Rôle"],
            ["Amina", "Haddad", "amina@mofa.example", "chef de délégation"],
        ]
    )
    file = SimpleUploadedFile("membres.xlsx", body)

    focal_client.post(url("member-import", delegation), {"file": file})

    assert list(Participant.objects.values_list("email", "role", "status")) == [
        ("amina@mofa.example", DelegationRole.HEAD, RegistrationStatus.NOMINATED)
    ]


def test_import_invalid_rows_imports_nothing_and_lists_the_rows(focal_client, delegation):
    file = csv_file(
        [
            "Amina,Haddad,amina@mofa.example,head,,,MA,no",
            "Lars,,not-an-address,delegate,,,SE,no",
        ]
    )

    response = focal_client.post(url("member-import", delegation), {"file": file})

    html = response.content.decode()
    assert response.status_code == 200
    assert Participant.objects.count() == 0
    assert "Nothing was imported" in html
    assert "<td>3</td>" in html  # the second member is on row 3 of the file, after the header


def test_import_refused_by_a_rule_imports_nothing(focal_client, delegation):
    add_member(delegation, 1, DelegationRole.HEAD)
    file = csv_file(
        ["Lars,Berg,lars@mofa.example,delegate,,,SE,no", "Amina,Haddad,amina@mofa.example,head,,,MA,no"]
    )

    response = focal_client.post(url("member-import", delegation), {"file": file})

    html = response.content.decode()
    assert "Nothing was imported: This delegation already has a head of delegation." in html
    assert list(Participant.objects.values_list("email", flat=True)) == ["m1@mofa.example"]


def test_import_file_that_is_not_a_spreadsheet_is_refused(focal_client, delegation):
    file = SimpleUploadedFile("members.csv", PDF, content_type="text/csv")

    response = focal_client.post(url("member-import", delegation), {"file": file})

    assert "The file type is PDF; accepted types: Excel (XLSX), CSV." in response.content.decode()
    assert Participant.objects.count() == 0


@pytest.mark.parametrize("file_format", ["csv", "xlsx"])
def test_import_template_downloaded_reads_back_without_errors(focal_client, delegation, file_format):
    response = focal_client.get(url("member-import-template", delegation, file_format=file_format))

    result = parse_nominees(response.content, filename_hint=f"template.{file_format}")
    assert response.status_code == 200
    assert (result.is_valid, len(result.rows)) == (True, 1)


# --- Note verbale ----------------------------------------------------------------------------------------------


def test_note_verbale_upload_pdf_is_kept_and_downloadable_by_the_focal_point(focal_client, delegation):
    file = SimpleUploadedFile("NV 2001-123.pdf", PDF, content_type="application/pdf")

    response = focal_client.post(url("note-verbale", delegation), {"file": file})
    download = focal_client.get(url("note-verbale", delegation))

    delegation.refresh_from_db()
    assert response.status_code == 302
    assert delegation.note_verbale_name == "NV 2001-123.pdf"
    assert download["Content-Type"] == "application/pdf"
    assert download["Content-Disposition"].startswith("attachment")
    assert b"".join(download.streaming_content) == PDF


def test_note_verbale_upload_html_named_pdf_is_refused_by_content(focal_client, delegation):
    file = SimpleUploadedFile(
        "note.pdf", b"<html><script>alert(1)</script></html>", content_type="application/pdf"
    )

    response = focal_client.post(url("note-verbale", delegation), {"file": file})

    delegation.refresh_from_db()
    assert response.status_code == 400
    assert "The file type is HTML/XML; accepted types: PDF, JPEG, PNG." in response.content.decode()
    assert not delegation.note_verbale


def test_note_verbale_download_before_upload_is_not_found(focal_client, delegation):
    assert focal_client.get(url("note-verbale", delegation)).status_code == 404


# --- Withdraw, substitute, complete ------------------------------------------------------------------------------


def test_withdraw_frees_the_place_for_the_first_on_the_waiting_list(focal_client, delegation):
    first, _second, waiting = (add_member(delegation, n) for n in (1, 2, 3))

    response = focal_client.post(
        url("member-withdraw", delegation, member_pk=first.pk), {"reason": "Changed post"}, follow=True
    )

    first.refresh_from_db()
    waiting.refresh_from_db()
    html = response.content.decode()
    assert (first.status, waiting.status) == (RegistrationStatus.WITHDRAWN, RegistrationStatus.NOMINATED)
    assert "Given3 FAMILY3 has moved up from the waiting list." in html
    assert "Nobody is waiting for a place." in html


def test_withdraw_already_withdrawn_member_is_refused_with_the_reason(focal_client, delegation):
    member = add_member(delegation, 1)
    focal_client.post(url("member-withdraw", delegation, member_pk=member.pk), {})

    response = focal_client.post(url("member-withdraw", delegation, member_pk=member.pk), {}, follow=True)

    assert "the registration’s status is “Withdrawn”" in response.content.decode()


def test_substitute_replacement_takes_the_place_and_keeps_the_waiting_list(focal_client, delegation):
    first, _second, waiting = (add_member(delegation, n) for n in (1, 2, 3))

    response = focal_client.post(url("member-substitute", delegation, member_pk=first.pk), nominee_form(9))

    first.refresh_from_db()
    waiting.refresh_from_db()
    replacement = Participant.objects.get(email="m9@mofa.example")
    assert response.status_code == 302
    assert (first.status, replacement.status, waiting.status) == (
        RegistrationStatus.WITHDRAWN,
        RegistrationStatus.NOMINATED,
        RegistrationStatus.WAITLISTED,
    )


def test_substitute_waitlisted_member_is_refused(focal_client, delegation):
    _first, _second, waiting = (add_member(delegation, n) for n in (1, 2, 3))

    response = focal_client.post(
        url("member-substitute", delegation, member_pk=waiting.pk), nominee_form(9), follow=True
    )

    assert "the registration’s status is “On the waiting list”" in response.content.decode()
    assert not Participant.objects.filter(email="m9@mofa.example").exists()


def test_complete_details_on_behalf_sends_the_registration_for_review(focal_client, focal_user, delegation):
    member = add_member(delegation, 1)
    details = {
        "given_name": "Given1",
        "family_name": "Family1",
        "nationality": "SE",
        "date_of_birth": "1960-05-01",
        "language": "en",
        "accepts_code_of_conduct": "on",
    }

    response = focal_client.post(url("member-details", delegation, member_pk=member.pk), details)

    member.refresh_from_db()
    assert response.status_code == 302
    assert member.status == RegistrationStatus.SUBMITTED
    assert str(member.stage) == "Secretariat"
    assert member.date_of_birth == datetime.date(1960, 5, 1)
    assert member.code_of_conduct_accepted_at is not None


def test_complete_details_page_shows_what_is_missing(focal_client, delegation):
    member = add_member(delegation, 1)

    html = focal_client.get(url("member-details", delegation, member_pk=member.pk)).content.decode()

    assert "The member has read and accepts the code of conduct" in html
    assert "Photo for the badge" in html
    assert "The delegation&#x27;s note verbale (the focal point uploads it)" in html
