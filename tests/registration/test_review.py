import pytest

from plenaria.common.models import OutboundEmail
from plenaria.registration.enums import RegistrationStatus, ReviewDecision
from plenaria.registration.errors import RegistrationError
from plenaria.registration.services.review import decide_registration
from plenaria.registration.signals import participant_accredited
from tests.factories.accounts import UserFactory
from tests.factories.registration import ParticipantFactory

pytestmark = [pytest.mark.integration, pytest.mark.django_db]


@pytest.fixture
def submitted(government_category, delegation):
    return ParticipantFactory(
        category=government_category,
        delegation=delegation,
        stage=government_category.stages.first(),
        language="fr",
    )


def test_decide_approve_at_first_stage_moves_to_next_stage(submitted):
    decide_registration(participant=submitted, decision=ReviewDecision.APPROVE, actor=UserFactory())

    submitted.refresh_from_db()
    assert submitted.status == RegistrationStatus.SUBMITTED
    assert str(submitted.stage) == "Security screening"
    assert [(str(d.stage), d.decision) for d in submitted.decisions.all()] == [("Secretariat", "approve")]


def test_decide_approve_at_last_stage_accredits_emails_and_signals(
    submitted, django_capture_on_commit_callbacks
):
    accredited = []
    participant_accredited.connect(
        lambda sender, participant, **kw: accredited.append(participant.pk),
        weak=False,
        dispatch_uid="test-accredited",
    )
    reviewer = UserFactory()
    try:
        with django_capture_on_commit_callbacks(execute=True):
            decide_registration(participant=submitted, decision=ReviewDecision.APPROVE, actor=reviewer)
            decide_registration(participant=submitted, decision=ReviewDecision.APPROVE, actor=reviewer)
    finally:
        participant_accredited.disconnect(dispatch_uid="test-accredited")

    submitted.refresh_from_db()
    assert submitted.status == RegistrationStatus.APPROVED
    assert accredited == [submitted.pk]
    email = OutboundEmail.objects.get(purpose="registration_approved")
    assert email.language == "fr"
    assert submitted.reference in email.subject


@pytest.mark.parametrize("decision", [ReviewDecision.REJECT, ReviewDecision.REQUEST_INFO])
def test_decide_without_reason_is_refused_and_records_nothing(submitted, decision):
    with pytest.raises(RegistrationError) as error:
        decide_registration(participant=submitted, decision=decision, actor=UserFactory(), reason="  ")

    assert error.value.code == "reason_required"
    assert submitted.decisions.count() == 0


def test_decide_request_info_tells_the_participant_what_to_fix(submitted):
    decide_registration(
        participant=submitted,
        decision=ReviewDecision.REQUEST_INFO,
        actor=UserFactory(),
        reason="The note verbale does not list you.",
    )

    submitted.refresh_from_db()
    assert submitted.status == RegistrationStatus.INFO_REQUESTED
    assert submitted.info_request == "The note verbale does not list you."
    assert "The note verbale does not list you." in OutboundEmail.objects.get().body_text


@pytest.mark.parametrize(
    "status",
    [
        RegistrationStatus.APPROVED,
        RegistrationStatus.REJECTED,
        RegistrationStatus.WITHDRAWN,
        RegistrationStatus.NOMINATED,
        RegistrationStatus.INFO_REQUESTED,
    ],
)
def test_decide_on_registration_not_under_review_raises_not_reviewable(government_category, status):
    participant = ParticipantFactory(category=government_category, status=status)

    with pytest.raises(RegistrationError) as error:
        decide_registration(participant=participant, decision=ReviewDecision.APPROVE, actor=UserFactory())

    assert error.value.code == "not_reviewable"


def test_decide_reject_frees_the_place_for_the_waiting_list(government_category, delegation, submitted):
    ParticipantFactory(
        category=government_category, delegation=delegation, status=RegistrationStatus.NOMINATED
    )
    waiting = ParticipantFactory(
        category=government_category, delegation=delegation, status=RegistrationStatus.WAITLISTED
    )

    decide_registration(
        participant=submitted,
        decision=ReviewDecision.REJECT,
        actor=UserFactory(),
        reason="Not on the note verbale.",
    )

    waiting.refresh_from_db()
    assert waiting.status == RegistrationStatus.NOMINATED


def test_decide_approve_waitlisted_without_free_place_raises_quota_exhausted(government_category, delegation):
    for _ in range(2):
        ParticipantFactory(
            category=government_category, delegation=delegation, status=RegistrationStatus.APPROVED
        )
    waiting = ParticipantFactory(
        category=government_category,
        delegation=delegation,
        status=RegistrationStatus.WAITLISTED,
        stage=government_category.stages.first(),
    )

    with pytest.raises(RegistrationError) as error:
        decide_registration(participant=waiting, decision=ReviewDecision.APPROVE, actor=UserFactory())

    assert error.value.code == "quota_exhausted"
