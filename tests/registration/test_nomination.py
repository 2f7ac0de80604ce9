import pytest

from plenaria.common.audit import actions_for
from plenaria.common.models import OutboundEmail
from plenaria.delegations.enums import DelegationRole
from plenaria.registration.enums import RegistrationStatus
from plenaria.registration.errors import RegistrationError
from plenaria.registration.services.nomination import (
    Nominee,
    NomineeRefusedError,
    nominate_member,
    nominate_members,
    submit_nomination,
    substitute_member,
    withdraw_participant,
)
from tests.factories.accounts import UserFactory

pytestmark = [pytest.mark.integration, pytest.mark.django_db]


def nominee(n: int, role=DelegationRole.DELEGATE) -> Nominee:
    return Nominee(
        given_name=f"Given{n}", family_name=f"Family{n}", email=f"member{n}@mofa.example", role=role
    )


def test_nominate_member_within_quota_takes_a_place_and_emails_the_nominee(
    delegation, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        member = nominate_member(
            delegation=delegation, nominee=nominee(1, DelegationRole.HEAD), actor=UserFactory()
        )

    assert member.status == RegistrationStatus.NOMINATED
    assert member.role == DelegationRole.HEAD
    assert member.category.slug == "government"
    assert list(OutboundEmail.objects.values_list("to", "purpose")) == [
        ("member1@mofa.example", "registration_nominated")
    ]
    assert f"/registration/complete/{member.completion_token}/" in OutboundEmail.objects.get().body_text


def test_nominate_member_over_quota_goes_to_the_waiting_list(delegation):
    actor = UserFactory()
    first, second = (nominate_member(delegation=delegation, nominee=nominee(n), actor=actor) for n in (1, 2))

    third = nominate_member(delegation=delegation, nominee=nominee(3), actor=actor)

    assert [first.status, second.status, third.status] == [
        RegistrationStatus.NOMINATED,
        RegistrationStatus.NOMINATED,
        RegistrationStatus.WAITLISTED,
    ]


def test_nominate_member_second_head_is_refused(delegation):
    nominate_member(delegation=delegation, nominee=nominee(1, DelegationRole.HEAD), actor=UserFactory())

    with pytest.raises(RegistrationError) as error:
        nominate_member(delegation=delegation, nominee=nominee(2, DelegationRole.HEAD), actor=UserFactory())

    assert error.value.code == "head_exists"


def test_nominate_members_all_accepted_nominates_them_in_order(delegation):
    members = nominate_members(
        delegation=delegation, nominees=[nominee(1, DelegationRole.HEAD), nominee(2)], actor=UserFactory()
    )

    assert [(m.email, m.role) for m in members] == [
        ("member1@mofa.example", DelegationRole.HEAD),
        ("member2@mofa.example", DelegationRole.DELEGATE),
    ]


def test_nominate_members_refused_nominee_is_named_and_nobody_is_nominated(delegation):
    nominate_member(delegation=delegation, nominee=nominee(1, DelegationRole.HEAD), actor=UserFactory())
    nominees = [nominee(2), nominee(3), nominee(4, DelegationRole.HEAD)]

    with pytest.raises(NomineeRefusedError) as error:
        nominate_members(delegation=delegation, nominees=nominees, actor=UserFactory())

    assert (error.value.index, error.value.email, error.value.code) == (
        2,
        "member4@mofa.example",
        "head_exists",
    )
    assert error.value.message == "This delegation already has a head of delegation."
    assert isinstance(error.value, RegistrationError)  # callers that catch any refusal still do
    assert list(delegation.participants.values_list("email", flat=True)) == ["member1@mofa.example"]


def test_withdraw_participant_moves_the_first_waitlisted_member_up(delegation):
    actor = UserFactory()
    first, _second, third, fourth = (
        nominate_member(delegation=delegation, nominee=nominee(n), actor=actor) for n in range(1, 5)
    )

    withdraw_participant(participant=first, actor=actor)

    third.refresh_from_db()
    fourth.refresh_from_db()
    assert third.status == RegistrationStatus.NOMINATED
    assert fourth.status == RegistrationStatus.WAITLISTED
    third_log = actions_for(third).order_by("pk")
    assert [(entry.action, entry.data.get("status") or entry.data.get("to")) for entry in third_log] == [
        ("registration.participant.created", RegistrationStatus.WAITLISTED),
        ("registration.participant.nominated", RegistrationStatus.NOMINATED),
    ]


def test_substitute_member_replacement_takes_the_place_even_with_a_waiting_list(delegation):
    actor = UserFactory()
    first, _second, waiting = (
        nominate_member(delegation=delegation, nominee=nominee(n), actor=actor) for n in range(1, 4)
    )

    replacement = substitute_member(participant=first, replacement=nominee(9), actor=actor)

    first.refresh_from_db()
    waiting.refresh_from_db()
    assert first.status == RegistrationStatus.WITHDRAWN
    assert replacement.status == RegistrationStatus.NOMINATED
    assert waiting.status == RegistrationStatus.WAITLISTED


def test_submit_nomination_sends_the_registration_to_the_first_review_stage(delegation):
    member = nominate_member(delegation=delegation, nominee=nominee(1), actor=UserFactory())

    submitted = submit_nomination(participant=member, actor=UserFactory())

    assert submitted.status == RegistrationStatus.SUBMITTED
    assert str(submitted.stage) == "Secretariat"
    assert submitted.submitted_at is not None
