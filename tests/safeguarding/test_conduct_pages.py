"""The code of conduct pages: the participant's box and page, the reviewers' status and paper form, each staff
member's staff code page, and the officers' list of staff working with young people with their training."""

import datetime

import pytest
from allauth.mfa.totp.internal.auth import TOTP
from django.contrib.messages import get_messages
from django.urls import reverse

from plenaria.registration.enums import CategoryKind, RegistrationStatus
from plenaria.registration.models import Decision
from plenaria.safeguarding.enums import ConsentKind, ConsentMethod
from plenaria.safeguarding.models import ParticipantCodeAcceptance, SafeguardingTraining, StaffCodeAcceptance
from plenaria.safeguarding.services.conduct import record_safeguarding_training
from tests.conftest import TOTP_SECRET
from tests.factories.accounts import UserFactory
from tests.factories.congresses import CongressFactory, StaffMembershipFactory, StaffTeamFactory
from tests.factories.registration import CategoryFactory, ReviewStageFactory
from tests.factories.safeguarding import AdultParticipantFactory, ConsentTextFactory

pytestmark = [pytest.mark.integration, pytest.mark.django_db]

CODE = {"en": "Respect every child and young person.", "fr": "Respecter chaque enfant et chaque jeune."}
STAFF_CODE = {"en": "Never be alone with one young person.", "ja": "若い人と二人きりにならないこと。"}


def member_of(team, **fields):
    """A member of `team`, with TOTP set up as staff must."""
    user = UserFactory(**fields)
    StaffMembershipFactory(team=team, user=user)
    TOTP.activate(user, TOTP_SECRET)
    return user


def shown_messages(response) -> list[str]:
    return [str(message) for message in get_messages(response.wsgi_request)]


@pytest.fixture
def code(congress):
    return ConsentTextFactory(congress=congress, kind=ConsentKind.PARTICIPANT_CODE, version=1, body=CODE)


@pytest.fixture
def staff_code(congress):
    return ConsentTextFactory(congress=congress, kind=ConsentKind.STAFF_CODE, version=1, body=STAFF_CODE)


@pytest.fixture
def reviewers(congress):
    return StaffTeamFactory(congress=congress, slug="ecpat")


@pytest.fixture
def ngo(congress, reviewers):
    category = CategoryFactory(
        congress=congress, kind=CategoryKind.NGO, reviewing_team=reviewers, is_nominated_by_delegation=False
    )
    ReviewStageFactory(category=category, position=1, team=reviewers)
    return category


@pytest.fixture
def applicant(ngo):
    return AdultParticipantFactory(
        category=ngo, stage=ngo.stages.first(), user=UserFactory(), given_name="Amina", family_name="Haddad"
    )


@pytest.fixture
def reviewer(reviewers):
    return member_of(reviewers, full_name="Rosa Reviewer")


def page_url(participant, language="en") -> str:
    return f"/{language}/registration/{participant.reference}/"


def code_url(participant, language="en") -> str:
    return f"/{language}/registration/{participant.reference}/code-of-conduct/"


# ---- The participant's box and page ---------------------------------------------------------------------------


def test_registration_page_links_to_the_code_until_it_is_accepted(client_for, applicant, code):
    client = client_for(applicant.user)

    before = client.get(page_url(applicant)).content.decode()
    client.post(code_url(applicant), {"accepts": "on"})
    after = client.get(page_url(applicant)).content.decode()

    assert "Read and accept the code of conduct" in before
    assert code_url(applicant) in before
    assert "Read and accept the code of conduct" not in after
    assert "(version 1)" in after


def test_registration_page_shows_no_box_when_the_congress_has_no_code(client_for, applicant):
    body = client_for(applicant.user).get(page_url(applicant)).content.decode()

    assert "code-of-conduct/" not in body
    assert "conduct-title" not in body


def test_code_page_shows_the_text_in_the_readers_language_and_records_that_language(
    client_for, applicant, code
):
    client = client_for(applicant.user)

    page = client.get(code_url(applicant, "fr"))
    response = client.post(code_url(applicant, "fr"), {"accepts": "on"})

    acceptance = ParticipantCodeAcceptance.objects.get(participant=applicant)
    assert CODE["fr"] in page.content.decode()
    assert CODE["en"] not in page.content.decode()
    assert (response.status_code, response["Location"]) == (
        302,
        page_url(applicant, "en").replace("/en/", "/fr/"),
    )
    assert (acceptance.text, acceptance.language, acceptance.method) == (code, "fr", ConsentMethod.ONLINE)


def test_code_page_without_the_box_ticked_says_why_and_records_nothing(client_for, applicant, code):
    response = client_for(applicant.user).post(code_url(applicant), {})

    assert response.status_code == 200
    assert response.context["form"].errors == {"accepts": ["Tick the box to accept the code of conduct."]}
    assert "Tick the box to accept the code of conduct." in response.content.decode()
    assert not ParticipantCodeAcceptance.objects.exists()


def test_a_young_person_sees_only_the_status_and_cannot_accept_here(client_for, profile, code):
    participant = profile.participant
    participant.user = UserFactory()
    participant.save(update_fields=["user"])
    client = client_for(participant.user)

    box = client.get(page_url(participant)).content.decode()
    page = client.get(code_url(participant)).content.decode()
    response = client.post(code_url(participant), {"accepts": "on"})

    assert "Not accepted yet" in box
    assert "Read and accept the code of conduct" not in box
    assert 'name="accepts"' not in page
    assert response.status_code == 302
    assert not profile.consents.exists()
    assert not ParticipantCodeAcceptance.objects.exists()


@pytest.mark.parametrize("method", ["get", "post"])
def test_code_page_is_only_for_the_participant(client, client_for, applicant, code, reviewer, method):
    anonymous = getattr(client, method)(code_url(applicant), {"accepts": "on"})
    someone = getattr(client_for(UserFactory()), method)(code_url(applicant), {"accepts": "on"})
    staff = getattr(client_for(reviewer), method)(code_url(applicant), {"accepts": "on"})

    assert anonymous.status_code == 302
    assert "/accounts/login/" in anonymous["Location"]
    assert (someone.status_code, staff.status_code) == (404, 404)
    assert not ParticipantCodeAcceptance.objects.exists()


# ---- Reviewers: the status, the refusal, the paper form -------------------------------------------------------


def review_url(participant) -> str:
    return reverse(
        "review:participant", kwargs={"congress_slug": participant.congress.slug, "pk": participant.pk}
    )


def paper_url(participant) -> str:
    return reverse(
        "conduct:paper-code", kwargs={"congress_slug": participant.congress.slug, "pk": participant.pk}
    )


def test_review_page_shows_the_code_not_accepted_and_the_paper_form_link(
    client_for, applicant, code, reviewer
):
    body = client_for(reviewer).get(review_url(applicant)).content.decode()

    assert "Not accepted yet" in body
    assert "The registration cannot be approved before the participant accepts the code of conduct." in body
    assert paper_url(applicant) in body


def test_approving_on_the_review_page_without_the_code_shows_why_and_changes_nothing(
    client_for, applicant, code, reviewer
):
    response = client_for(reviewer).post(review_url(applicant), {"decision": "approve"})

    applicant.refresh_from_db()
    assert response.status_code == 200
    assert response.context["decision_form"].non_field_errors() == [
        "This participant has not accepted the code of conduct yet. It must be accepted before the registration "
        "is approved."
    ]
    assert applicant.status == RegistrationStatus.SUBMITTED
    assert not Decision.objects.exists()


def test_bulk_approval_lists_the_registration_without_the_code(client_for, applicant, code, reviewer):
    queue = reverse("review:queue", kwargs={"congress_slug": applicant.congress.slug})

    response = client_for(reviewer).post(queue, {"decision": "approve", "participants": [applicant.pk]})

    applicant.refresh_from_db()
    assert shown_messages(response) == [
        f"{applicant.reference} (Amina HADDAD): This participant has not accepted the code of conduct yet. It "
        "must be accepted before the registration is approved."
    ]
    assert applicant.status == RegistrationStatus.SUBMITTED


def test_paper_form_recorded_by_the_reviewer_then_the_approval_goes_through(
    client_for, applicant, code, reviewer
):
    client = client_for(reviewer)

    form = client.get(paper_url(applicant))
    recorded = client.post(paper_url(applicant), {"language": "fr", "has_signed_form": "on"})
    review = client.get(review_url(applicant)).content.decode()
    client.post(review_url(applicant), {"decision": "approve"})

    acceptance = ParticipantCodeAcceptance.objects.get(participant=applicant)
    applicant.refresh_from_db()
    assert CODE["en"] in form.content.decode()
    assert (recorded.status_code, recorded["Location"]) == (302, review_url(applicant))
    assert (acceptance.method, acceptance.recorded_by, acceptance.language) == (
        ConsentMethod.PAPER,
        reviewer,
        "fr",
    )
    assert "paper form recorded by Rosa Reviewer" in review
    assert applicant.status == RegistrationStatus.APPROVED


def test_paper_form_without_the_signed_form_confirmed_keeps_what_was_chosen(
    client_for, applicant, code, reviewer
):
    response = client_for(reviewer).post(paper_url(applicant), {"language": "ar"})

    assert response.status_code == 200
    assert response.context["form"].errors == {
        "has_signed_form": ["Record a paper acceptance only with the signed form in hand."]
    }
    assert 'value="ar" selected' in response.content.decode()
    assert not ParticipantCodeAcceptance.objects.exists()


def test_who_sees_but_may_not_decide_gets_the_status_without_the_paper_form(
    client_for, make_staff, congress, applicant, code
):
    secretariat = make_staff(
        congress, "can_change_congress"
    )  # oversees every registration, decides none here
    client = client_for(secretariat)

    body = client.get(review_url(applicant)).content.decode()
    paper = client.post(paper_url(applicant), {"language": "en", "has_signed_form": "on"})

    assert "Not accepted yet" in body
    assert paper_url(applicant) not in body
    assert paper.status_code == 403
    assert not ParticipantCodeAcceptance.objects.exists()


@pytest.mark.parametrize("method", ["get", "post"])
def test_paper_form_is_refused_to_others(client, client_for, make_staff, congress, applicant, code, method):
    other_team = make_staff(congress)  # staff, but the registration is not in their queue
    other_officer = make_staff(CongressFactory(), "is_safeguarding_officer")
    data = {"language": "en", "has_signed_form": "on"}

    answers = [
        getattr(client_for(user), method)(paper_url(applicant), data).status_code
        for user in (other_team, other_officer, applicant.user)
    ]
    client.logout()
    anonymous = getattr(client, method)(paper_url(applicant), data)

    assert answers == [404, 403, 403]
    assert "/accounts/login/" in anonymous["Location"]
    assert not ParticipantCodeAcceptance.objects.exists()


# ---- Staff: my code of conduct --------------------------------------------------------------------------------


def staff_code_url(congress) -> str:
    return reverse("conduct:staff-code", kwargs={"congress_slug": congress.slug})


def test_a_member_of_staff_reads_and_accepts_the_staff_code_in_their_language(
    client_for, congress, staff_code, reviewer
):
    client = client_for(reviewer)

    page = client.get(f"/ja/manage/{congress.slug}/safeguarding/staff-code/").content.decode()
    response = client.post(f"/ja/manage/{congress.slug}/safeguarding/staff-code/", {"accepts": "on"})
    after = client.get(staff_code_url(congress)).content.decode()

    acceptance = StaffCodeAcceptance.objects.get(user=reviewer)
    assert STAFF_CODE["ja"] in page
    assert response.status_code == 302
    assert (acceptance.text, acceptance.language) == (staff_code, "ja")
    assert 'name="accepts"' not in after
    assert "（第1版）" in after  # "(version 1)", in Japanese


def test_the_back_office_menu_links_every_member_of_staff_to_their_code(client_for, congress, reviewer):
    body = client_for(reviewer).get(reverse("manage:home", kwargs={"congress_slug": congress.slug}))

    assert staff_code_url(congress) in body.content.decode()
    assert "Staff working with young people" not in body.content.decode()


def test_staff_code_page_says_when_no_staff_code_is_published(client_for, congress, reviewer):
    response = client_for(reviewer).get(staff_code_url(congress))

    assert "The staff code of conduct has not been published yet." in response.content.decode()


@pytest.mark.parametrize("method", ["get", "post"])
def test_staff_code_page_is_refused_to_anyone_outside_the_congress_staff(
    client, client_for, make_staff, congress, staff_code, applicant, method
):
    other_officer = make_staff(CongressFactory(), "is_safeguarding_officer")
    administrator = UserFactory(is_superuser=True, is_staff=True)
    TOTP.activate(administrator, TOTP_SECRET)

    answers = [
        getattr(client_for(user), method)(staff_code_url(congress), {"accepts": "on"}).status_code
        for user in (other_officer, administrator, applicant.user)
    ]
    client.logout()
    anonymous = getattr(client, method)(staff_code_url(congress), {"accepts": "on"})

    assert answers == [403, 403, 403]
    assert "/accounts/login/" in anonymous["Location"]
    assert not StaffCodeAcceptance.objects.exists()


# ---- Officers: staff working with young people ----------------------------------------------------------------


@pytest.fixture
def youth_team(congress):
    return StaffTeamFactory(congress=congress, slug="youth-event", works_with_youth=True)


@pytest.fixture
def youth_worker(youth_team):
    return member_of(youth_team, full_name="Kenji Mori")


def youth_staff_url(congress) -> str:
    return reverse("safeguarding:youth-staff", kwargs={"congress_slug": congress.slug})


def training_url(congress, user) -> str:
    return reverse(
        "safeguarding:training-record", kwargs={"congress_slug": congress.slug, "user_pk": user.pk}
    )


def test_officers_see_youth_teams_and_officers_with_their_code_and_training(
    client_for, congress, officer, youth_worker, reviewer, staff_code
):
    response = client_for(officer).get(youth_staff_url(congress))

    body = response.content.decode()
    listed = {row.user for row, _form in response.context["entries"]}
    assert listed == {officer, youth_worker}  # the reviewer's team does not work with young people
    assert "Kenji Mori" in body
    assert "Rosa Reviewer" not in body
    assert "Not accepted yet" in body
    assert "Staff working with young people" in body  # the menu entry


def test_officer_marks_a_member_trained_and_the_mark_shows_next_to_the_name(
    client_for, congress, officer, youth_worker
):
    client = client_for(officer)

    response = client.post(
        training_url(congress, youth_worker),
        {f"{youth_worker.pk}-trained_on": "2001-11-20", f"{youth_worker.pk}-note": "Kawasaki briefing"},
    )
    body = client.get(youth_staff_url(congress)).content.decode()

    training = SafeguardingTraining.objects.get(user=youth_worker)
    assert response["Location"] == f"{youth_staff_url(congress)}#staff-{youth_worker.pk}"
    assert (training.trained_on, training.note, training.recorded_by) == (
        datetime.date(2001, 11, 20),
        "Kawasaki briefing",
        officer,
    )
    assert 'Kenji Mori</strong> <span class="tag">Safeguarding-trained</span>' in body
    assert "Kawasaki briefing" in body


def test_a_training_date_in_the_future_is_refused_next_to_the_field_and_the_note_kept(
    client_for, congress, officer, youth_worker
):
    later = (datetime.date.today() + datetime.timedelta(days=30)).isoformat()

    response = client_for(officer).post(
        training_url(congress, youth_worker),
        {f"{youth_worker.pk}-trained_on": later, f"{youth_worker.pk}-note": "Online course"},
    )

    forms = {row.user: form for row, form in response.context["entries"]}
    assert response.status_code == 200
    assert forms[youth_worker].errors == {"trained_on": ["The date of the training cannot be in the future."]}
    assert 'value="Online course"' in response.content.decode()
    assert not SafeguardingTraining.objects.exists()


def test_officer_removes_the_mark(client_for, congress, officer, youth_worker):
    training = record_safeguarding_training(
        user=youth_worker, congress=congress, trained_on=datetime.date(2001, 11, 20), actor=officer
    )
    url = reverse("safeguarding:training-remove", kwargs={"congress_slug": congress.slug, "pk": training.pk})

    response = client_for(officer).post(url, follow=True)

    training.refresh_from_db()
    assert training.removed_by == officer
    assert "Kenji Mori is no longer marked safeguarding-trained." in response.content.decode()


@pytest.mark.parametrize("method", ["get", "post"])
def test_staff_page_and_training_are_refused_to_all_but_the_congress_officers(
    client, client_for, make_staff, congress, officer, youth_worker, method
):
    training = record_safeguarding_training(
        user=youth_worker, congress=congress, trained_on=datetime.date(2001, 11, 20), actor=officer
    )
    pages = [
        youth_staff_url(congress),
        training_url(congress, officer),
        reverse("safeguarding:training-remove", kwargs={"congress_slug": congress.slug, "pk": training.pk}),
    ]
    others = {
        "youth worker": youth_worker,
        "secretariat": make_staff(congress, "can_change_congress", "can_manage_teams"),
        "other congress's officer": make_staff(CongressFactory(), "is_safeguarding_officer"),
    }

    answers = {
        (role, page): getattr(client_for(user), method)(
            page, {f"{officer.pk}-trained_on": "2001-11-20"}
        ).status_code
        for role, user in others.items()
        for page in pages
    }
    client.logout()
    anonymous = [getattr(client, method)(page)["Location"] for page in pages]

    assert set(answers.values()) == {403}
    assert all("/accounts/login/" in location for location in anonymous)
    assert list(SafeguardingTraining.objects.values_list("user", "removed_at")) == [(youth_worker.pk, None)]


def test_the_team_form_offers_the_works_with_young_people_flag(client_for, make_staff, congress):
    manager = make_staff(congress, "can_manage_teams")
    team = StaffTeamFactory(congress=congress, slug="youth-event")
    url = reverse("manage:team-edit", kwargs={"congress_slug": congress.slug, "pk": team.pk})
    client = client_for(manager)

    form = client.get(url).content.decode()
    client.post(
        url,
        {"slug": team.slug, "name_0": "Youth event", "organisation_0": "UNICEF", "works_with_youth": "on"},
    )

    team.refresh_from_db()
    assert "This team works with young people" in form
    assert team.works_with_youth is True


def test_trained_youth_staff_who_accepted_the_staff_code_find_and_open_the_sign_in_register(
    client_for, youth_worker, congress, officer, staff_code
):
    client = client_for(youth_worker)
    register_url = reverse("safeguarding:register", kwargs={"congress_slug": congress.slug})
    before = client.get(youth_staff_url(congress).replace("staff/", "register/"))

    client.post(reverse("conduct:staff-code", kwargs={"congress_slug": congress.slug}), {"accepts": "on"})
    record_safeguarding_training(
        user=youth_worker, congress=congress, trained_on=datetime.date(2001, 11, 20), actor=officer
    )
    after = client.get(register_url)

    assert before.status_code == 403
    assert after.status_code == 200
    assert f'href="{register_url}"' in after.content.decode()
    assert "Young participants" not in after.content.decode()  # the officers' pages stay theirs
