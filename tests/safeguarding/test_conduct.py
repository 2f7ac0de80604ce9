"""Codes of conduct: the participant code accepted before accreditation (the gate in the review), the staff code,
and the "safeguarding-trained" mark of staff who work with young people."""

import datetime

import pytest
import rules
from django.db.models import RestrictedError
from django.utils import translation
from rest_framework.authtoken.models import Token
from rest_framework.test import APIClient

from plenaria.common.models import ActionLog
from plenaria.registration.enums import CategoryKind, RegistrationStatus, ReviewDecision
from plenaria.registration.models import Decision
from plenaria.registration.services.review import decide_registration
from plenaria.registration.services.submission import submit_registration
from plenaria.safeguarding.enums import ConsentKind, ConsentMethod, ConsentSigner
from plenaria.safeguarding.errors import SafeguardingError
from plenaria.safeguarding.models import (
    Consent,
    ParticipantCodeAcceptance,
    SafeguardingTraining,
    StaffCodeAcceptance,
)
from plenaria.safeguarding.selectors_conduct import (
    has_accepted_participant_code,
    participant_code_status,
    staff_working_with_youth,
)
from plenaria.safeguarding.services.conduct import (
    accept_participant_code,
    accept_staff_code,
    record_safeguarding_training,
    remove_safeguarding_training,
)
from plenaria.safeguarding.services.texts import publish_consent_text
from tests.factories.accounts import UserFactory
from tests.factories.congresses import CongressFactory, StaffMembershipFactory, StaffTeamFactory
from tests.factories.registration import CategoryFactory, ParticipantFactory, ReviewStageFactory
from tests.factories.safeguarding import AdultParticipantFactory, ConsentTextFactory

pytestmark = [pytest.mark.integration, pytest.mark.django_db]

TRAINED_ON = datetime.date(2001, 11, 20)


def actions(name: str) -> list[ActionLog]:
    return list(ActionLog.objects.filter(action=name))


@pytest.fixture
def reviewers(congress):
    return StaffTeamFactory(congress=congress, slug="ecpat")


@pytest.fixture
def reviewer(reviewers):
    user = UserFactory()
    StaffMembershipFactory(team=reviewers, user=user)
    return user


@pytest.fixture
def ngo(congress, reviewers):
    """NGOs, reviewed in one stage by ECPAT."""
    category = CategoryFactory(
        congress=congress,
        slug="ngo-reviewed",
        kind=CategoryKind.NGO,
        reviewing_team=reviewers,
        is_nominated_by_delegation=False,
    )
    ReviewStageFactory(category=category, position=1, team=reviewers)
    return category


@pytest.fixture
def applicant(ngo):
    """An adult NGO participant with an account, waiting for the reviewers' decision."""
    return AdultParticipantFactory(
        category=ngo, stage=ngo.stages.first(), user=UserFactory(), given_name="Amina", family_name="Haddad"
    )


@pytest.fixture
def code(texts):
    return texts[ConsentKind.PARTICIPANT_CODE]


def approve(participant, actor):
    return decide_registration(participant=participant, decision=ReviewDecision.APPROVE, actor=actor)


# ---- Accepting the participant code ---------------------------------------------------------------------------


def test_accept_participant_code_online_records_the_version_the_language_shown_and_an_audit_entry(
    applicant, code
):
    acceptance = accept_participant_code(
        participant=applicant, text=code, language="fr", actor=applicant.user
    )

    assert isinstance(acceptance, ParticipantCodeAcceptance)
    assert (acceptance.text, acceptance.language, acceptance.method, acceptance.recorded_by) == (
        code,
        "en",  # the code has no French text: the reader was shown the English one
        ConsentMethod.ONLINE,
        None,
    )
    [entry] = actions("safeguarding.participant_code.accepted")
    assert (entry.actor, entry.congress_id, entry.data) == (
        applicant.user,
        applicant.congress_id,
        {"version": 1, "language": "en", "method": "online"},
    )


def test_accept_participant_code_twice_keeps_one_acceptance_and_one_audit_entry(applicant, code):
    first = accept_participant_code(participant=applicant, text=code, language="en", actor=applicant.user)
    second = accept_participant_code(participant=applicant, text=code, language="en", actor=applicant.user)

    assert first == second
    assert ParticipantCodeAcceptance.objects.filter(participant=applicant).count() == 1
    assert len(actions("safeguarding.participant_code.accepted")) == 1


def test_accept_participant_code_online_for_someone_else_is_refused(applicant, code):
    with pytest.raises(SafeguardingError) as error:
        accept_participant_code(participant=applicant, text=code, language="en", actor=UserFactory())

    assert error.value.code == "not_the_participant"
    assert not ParticipantCodeAcceptance.objects.exists()


def test_accept_participant_code_on_paper_records_who_recorded_the_form(applicant, code, reviewer):
    acceptance = accept_participant_code(
        participant=applicant, text=code, language="en", actor=reviewer, method=ConsentMethod.PAPER
    )

    assert (acceptance.method, acceptance.recorded_by) == (ConsentMethod.PAPER, reviewer)
    assert actions("safeguarding.participant_code.accepted")[0].actor == reviewer


def test_accept_participant_code_on_paper_without_a_member_of_staff_is_refused(applicant, code):
    with pytest.raises(SafeguardingError) as error:
        accept_participant_code(
            participant=applicant, text=code, language="en", actor=None, method=ConsentMethod.PAPER
        )

    assert error.value.code == "recorder_required"


@pytest.mark.parametrize("which", ["other kind", "draft", "other congress"])
def test_accept_participant_code_refuses_anything_but_a_published_participant_code_of_the_congress(
    applicant, texts, which
):
    text = {
        "other kind": texts[ConsentKind.STAFF_CODE],
        "draft": ConsentTextFactory(
            congress=applicant.congress, kind=ConsentKind.PARTICIPANT_CODE, version=2, published_at=None
        ),
        "other congress": ConsentTextFactory(kind=ConsentKind.PARTICIPANT_CODE),
    }[which]

    with pytest.raises(SafeguardingError) as error:
        accept_participant_code(participant=applicant, text=text, language="en", actor=applicant.user)

    assert error.value.code == "wrong_text"


def test_a_young_persons_paper_acceptance_is_a_participant_code_consent_on_their_profile(
    profile, code, reviewer
):
    accept_participant_code(
        participant=profile.participant, text=code, language="ja", actor=reviewer, method=ConsentMethod.PAPER
    )

    [consent] = Consent.objects.filter(profile=profile)
    assert (consent.kind, consent.text, consent.given_by, consent.method, consent.recorded_by) == (
        ConsentKind.PARTICIPANT_CODE,
        code,
        ConsentSigner.STAFF,
        ConsentMethod.PAPER,
        reviewer,
    )
    assert consent.signer_name == "Aiko Sato"
    assert not ParticipantCodeAcceptance.objects.exists()
    assert [entry.data["kind"] for entry in actions("safeguarding.consent.recorded")] == ["participant_code"]


def test_participant_code_status_shows_an_earlier_version_when_a_new_one_is_published(applicant, code):
    accept_participant_code(participant=applicant, text=code, language="en", actor=applicant.user)

    publish_consent_text(
        congress=applicant.congress, kind=ConsentKind.PARTICIPANT_CODE, body={"en": "Version 2."}, actor=None
    )
    status = participant_code_status(participant=applicant)

    assert (status.code.version, status.is_accepted, status.earlier.version) == (2, False, 1)
    assert has_accepted_participant_code(participant=applicant, code=status.code) is False


def test_a_code_someone_accepted_cannot_be_deleted(applicant, youth_worker, congress, code, texts):
    accept_participant_code(participant=applicant, text=code, language="en", actor=applicant.user)
    accept_staff_code(user=youth_worker, congress=congress, text=texts[ConsentKind.STAFF_CODE], language="en")

    for text in (code, texts[ConsentKind.STAFF_CODE]):
        with pytest.raises(RestrictedError):
            text.delete()

    assert (ParticipantCodeAcceptance.objects.count(), StaffCodeAcceptance.objects.count()) == (1, 1)


# ---- The gate before accreditation ----------------------------------------------------------------------------


def test_approval_without_the_participant_code_accepted_is_refused_and_nothing_is_recorded(
    applicant, code, reviewer
):
    with pytest.raises(SafeguardingError) as error:
        approve(applicant, reviewer)

    applicant.refresh_from_db()
    assert error.value.code == "code_of_conduct_not_accepted"
    assert (applicant.status, applicant.decided_at) == (RegistrationStatus.SUBMITTED, None)
    assert not Decision.objects.filter(participant=applicant).exists()
    assert not actions("registration.participant.approved")


def test_approval_after_the_participant_accepted_the_code_goes_through(applicant, code, reviewer):
    accept_participant_code(participant=applicant, text=code, language="en", actor=applicant.user)

    approve(applicant, reviewer)

    applicant.refresh_from_db()
    assert applicant.status == RegistrationStatus.APPROVED


def test_approval_after_a_paper_acceptance_goes_through(applicant, code, reviewer):
    accept_participant_code(
        participant=applicant, text=code, language="en", actor=reviewer, method=ConsentMethod.PAPER
    )

    approve(applicant, reviewer)

    applicant.refresh_from_db()
    assert applicant.status == RegistrationStatus.APPROVED


def test_an_earlier_version_accepted_does_not_open_the_gate(applicant, code, reviewer):
    accept_participant_code(participant=applicant, text=code, language="en", actor=applicant.user)
    publish_consent_text(
        congress=applicant.congress, kind=ConsentKind.PARTICIPANT_CODE, body={"en": "Version 2."}, actor=None
    )

    with pytest.raises(SafeguardingError) as error:
        approve(applicant, reviewer)

    assert error.value.code == "code_of_conduct_not_accepted"


def test_only_the_last_stage_asks_for_the_code(congress, reviewers, reviewer, code):
    category = CategoryFactory(congress=congress, kind=CategoryKind.NGO, reviewing_team=reviewers)
    first = ReviewStageFactory(category=category, position=1, team=reviewers)
    second = ReviewStageFactory(category=category, position=2, team=reviewers)
    participant = AdultParticipantFactory(category=category, stage=first)

    approve(participant, reviewer)

    participant.refresh_from_db()
    assert (participant.status, participant.stage) == (RegistrationStatus.SUBMITTED, second)


def test_a_minor_passes_the_gate_with_their_participant_code_consent(profile, give_consent, reviewer):
    participant = profile.participant
    with pytest.raises(SafeguardingError):
        approve(participant, reviewer)

    give_consent(profile, ConsentKind.PARTICIPANT_CODE)
    approve(participant, reviewer)

    participant.refresh_from_db()
    assert participant.status == RegistrationStatus.APPROVED


def test_a_congress_without_a_participant_code_approves_as_before(congress, reviewer):
    participant = ParticipantFactory(category=CategoryFactory(congress=congress, kind=CategoryKind.NGO))
    ConsentTextFactory(congress=congress, kind=ConsentKind.STAFF_CODE)  # other codes change nothing
    ConsentTextFactory(
        congress=congress, kind=ConsentKind.PARTICIPANT_CODE, published_at=None
    )  # nor does a draft

    approve(participant, UserFactory(is_superuser=True))

    participant.refresh_from_db()
    assert participant.status == RegistrationStatus.APPROVED


def test_ticking_the_code_on_the_registration_form_records_the_version_in_force_and_opens_the_gate(
    ngo, code, reviewer
):
    with translation.override("fr"):
        participant = submit_registration(
            category=ngo,
            email="amina@example.org",
            details={
                "given_name": "Amina",
                "family_name": "Haddad",
                "date_of_birth": datetime.date(1970, 1, 2),
            },
            submission_key="form-1",
        )

    acceptance = ParticipantCodeAcceptance.objects.get(participant=participant)
    assert (acceptance.text, acceptance.method) == (code, ConsentMethod.ONLINE)
    assert acceptance.language == "en"  # the code has no French text: English was shown
    approve(participant, reviewer)
    participant.refresh_from_db()
    assert participant.status == RegistrationStatus.APPROVED


def test_ticking_the_code_on_a_form_records_nothing_when_the_congress_publishes_no_code(ngo):
    participant = submit_registration(
        category=ngo, email="amina@example.org", details={"given_name": "Amina"}, submission_key="form-2"
    )

    assert participant.code_of_conduct_accepted_at is not None
    assert not ParticipantCodeAcceptance.objects.exists()


def test_the_api_answers_a_refused_approval_with_409_and_its_code(applicant, code, reviewer, congress):
    client = APIClient()
    client.credentials(HTTP_AUTHORIZATION=f"Token {Token.objects.create(user=reviewer).key}")
    url = f"/api/v1/congresses/{congress.slug}/registrations/{applicant.reference}/decisions/"

    response = client.post(url, {"decision": "approve"}, format="json")

    applicant.refresh_from_db()
    assert (response.status_code, response.json()["code"]) == (409, "code_of_conduct_not_accepted")
    assert applicant.status == RegistrationStatus.SUBMITTED
    assert not Decision.objects.filter(participant=applicant).exists()


# ---- Staff code and safeguarding training ---------------------------------------------------------------------


@pytest.fixture
def youth_team(congress):
    return StaffTeamFactory(congress=congress, slug="youth-event", works_with_youth=True)


@pytest.fixture
def youth_worker(youth_team):
    user = UserFactory(full_name="Kenji Mori")
    StaffMembershipFactory(team=youth_team, user=user)
    return user


def test_accept_staff_code_records_the_version_and_an_audit_entry(youth_worker, congress, texts):
    acceptance = accept_staff_code(
        user=youth_worker, congress=congress, text=texts[ConsentKind.STAFF_CODE], language="ja"
    )

    assert (acceptance.text.version, acceptance.language) == (1, "en")
    [entry] = actions("safeguarding.staff_code.accepted")
    assert (entry.actor, entry.congress_id, entry.data) == (
        youth_worker,
        congress.pk,
        {"version": 1, "language": "en"},
    )


def test_accept_staff_code_refuses_someone_outside_the_congress_staff(congress, texts):
    other_congress_staff = UserFactory()
    StaffMembershipFactory(team=StaffTeamFactory(congress=CongressFactory()), user=other_congress_staff)

    with pytest.raises(SafeguardingError) as error:
        accept_staff_code(
            user=other_congress_staff, congress=congress, text=texts[ConsentKind.STAFF_CODE], language="en"
        )

    assert error.value.code == "not_congress_staff"


def test_accept_staff_code_refuses_the_participant_code(youth_worker, congress, code):
    with pytest.raises(SafeguardingError) as error:
        accept_staff_code(user=youth_worker, congress=congress, text=code, language="en")

    assert error.value.code == "wrong_text"


def test_record_training_marks_the_person_and_is_audited(youth_worker, congress, officer):
    training = record_safeguarding_training(
        user=youth_worker, congress=congress, trained_on=TRAINED_ON, note=" Kawasaki briefing ", actor=officer
    )

    assert (training.trained_on, training.note, training.recorded_by, training.is_in_force) == (
        TRAINED_ON,
        "Kawasaki briefing",
        officer,
        True,
    )
    [entry] = actions("safeguarding.training.recorded")
    assert (entry.actor, entry.data) == (officer, {"user_id": youth_worker.pk, "trained_on": "2001-11-20"})


def test_record_training_refuses_a_second_mark_a_future_date_and_someone_outside_the_staff(
    youth_worker, congress, officer
):
    record_safeguarding_training(user=youth_worker, congress=congress, trained_on=TRAINED_ON, actor=officer)
    tomorrow = datetime.date.today() + datetime.timedelta(days=2)
    refusals = []
    for user, day in ((youth_worker, TRAINED_ON), (UserFactory(), TRAINED_ON), (youth_worker, tomorrow)):
        with pytest.raises(SafeguardingError) as error:
            record_safeguarding_training(user=user, congress=congress, trained_on=day, actor=officer)
        refusals.append(error.value.code)

    assert refusals == ["already_trained", "not_congress_staff", "training_in_future"]
    assert SafeguardingTraining.objects.count() == 1


def test_remove_training_keeps_the_record_and_a_new_mark_can_follow(youth_worker, congress, officer):
    training = record_safeguarding_training(
        user=youth_worker, congress=congress, trained_on=TRAINED_ON, actor=officer
    )

    remove_safeguarding_training(training=training, actor=officer)
    remove_safeguarding_training(training=training, actor=officer)  # twice: nothing more
    again = record_safeguarding_training(
        user=youth_worker, congress=congress, trained_on=datetime.date(2001, 12, 1), actor=officer
    )

    training.refresh_from_db()
    assert (training.is_in_force, training.removed_by, again.is_in_force) == (False, officer, True)
    assert len(actions("safeguarding.training.removed")) == 1


def test_staff_working_with_youth_lists_youth_teams_and_officers_with_their_code_and_training(
    congress, youth_worker, officer, texts
):
    StaffMembershipFactory(team=StaffTeamFactory(congress=congress), user=UserFactory())  # another team
    accept_staff_code(user=youth_worker, congress=congress, text=texts[ConsentKind.STAFF_CODE], language="en")
    record_safeguarding_training(user=youth_worker, congress=congress, trained_on=TRAINED_ON, actor=officer)

    rows = {row.user: row for row in staff_working_with_youth(congress=congress)}

    assert set(rows) == {youth_worker, officer}
    assert (rows[youth_worker].is_cleared, rows[officer].is_cleared) == (True, False)
    assert rows[youth_worker].acceptance.text.version == 1


@pytest.mark.parametrize("count", [1, 3])
def test_staff_working_with_youth_reads_in_four_queries(
    congress, youth_team, officer, texts, count, django_assert_num_queries
):
    for _ in range(count):
        user = UserFactory()
        StaffMembershipFactory(team=youth_team, user=user)
        accept_staff_code(user=user, congress=congress, text=texts[ConsentKind.STAFF_CODE], language="en")
        record_safeguarding_training(user=user, congress=congress, trained_on=TRAINED_ON, actor=officer)

    with django_assert_num_queries(4):
        rows = staff_working_with_youth(congress=congress)
        cleared = [row.is_cleared for row in rows]

    assert cleared.count(True) == count


# ---- Who keeps the sign-in register ---------------------------------------------------------------------------


def keeps_register(user, congress) -> bool:
    return rules.has_perm("safeguarding.keep_register", user, congress)


def test_trained_staff_of_a_youth_team_who_accepted_the_staff_code_keep_the_register(
    youth_worker, congress, officer, texts
):
    assert keeps_register(youth_worker, congress) is False
    accept_staff_code(user=youth_worker, congress=congress, text=texts[ConsentKind.STAFF_CODE], language="en")
    assert keeps_register(youth_worker, congress) is False  # not trained yet

    training = record_safeguarding_training(
        user=youth_worker, congress=congress, trained_on=TRAINED_ON, actor=officer
    )
    assert keeps_register(youth_worker, congress) is True
    assert keeps_register(youth_worker, CongressFactory()) is False

    remove_safeguarding_training(training=training, actor=officer)
    assert keeps_register(youth_worker, congress) is False


def test_a_new_staff_code_version_must_be_accepted_again_to_keep_the_register(
    youth_worker, congress, officer, texts
):
    accept_staff_code(user=youth_worker, congress=congress, text=texts[ConsentKind.STAFF_CODE], language="en")
    record_safeguarding_training(user=youth_worker, congress=congress, trained_on=TRAINED_ON, actor=officer)

    publish_consent_text(
        congress=congress, kind=ConsentKind.STAFF_CODE, body={"en": "Version 2."}, actor=None
    )

    assert keeps_register(youth_worker, congress) is False


def test_trained_staff_outside_youth_teams_do_not_keep_the_register(congress, officer, texts):
    secretariat = UserFactory()
    StaffMembershipFactory(
        team=StaffTeamFactory(congress=congress, can_change_congress=True), user=secretariat
    )
    accept_staff_code(user=secretariat, congress=congress, text=texts[ConsentKind.STAFF_CODE], language="en")
    record_safeguarding_training(user=secretariat, congress=congress, trained_on=TRAINED_ON, actor=officer)

    assert keeps_register(secretariat, congress) is False
    assert keeps_register(officer, congress) is True  # the officers, as before
