import pytest

from plenaria.common.audit import actions_for
from plenaria.common.models import OutboundEmail
from plenaria.delegations.services import (
    DelegationError,
    accept_focal_point_invitation,
    change_quota,
    invite_focal_point,
)
from tests.factories.accounts import UserFactory
from tests.factories.registration import DelegationFactory

pytestmark = [pytest.mark.integration, pytest.mark.django_db]


def test_invite_focal_point_emails_a_link_in_the_chosen_language(
    congress, django_capture_on_commit_callbacks
):
    delegation = DelegationFactory(congress=congress)

    with django_capture_on_commit_callbacks(execute=True):
        focal_point = invite_focal_point(
            delegation=delegation, email="Focal@MOFA.example", actor=UserFactory(), language="fr"
        )

    email = OutboundEmail.objects.get()
    assert (email.to, email.language) == ("focal@mofa.example", "fr")
    assert f"/fr/delegations/invitation/{focal_point.token}/" in email.body_text


def test_invite_focal_point_twice_raises_already_invited(congress):
    delegation = DelegationFactory(congress=congress)
    invite_focal_point(delegation=delegation, email="f@mofa.example", actor=UserFactory(), language="en")

    with pytest.raises(DelegationError) as error:
        invite_focal_point(delegation=delegation, email="F@mofa.example", actor=UserFactory(), language="en")

    assert error.value.code == "already_invited"


def test_accept_invitation_with_the_invited_address_makes_the_user_focal_point(congress):
    delegation = DelegationFactory(congress=congress)
    focal_point = invite_focal_point(
        delegation=delegation, email="f@mofa.example", actor=UserFactory(), language="en"
    )
    user = UserFactory(email="f@mofa.example")

    accepted = accept_focal_point_invitation(focal_point=focal_point, user=user)

    assert accepted.user == user
    assert accepted.accepted_at is not None


@pytest.mark.parametrize("code", ["invitation_other_email", "invitation_used"])
def test_accept_invitation_by_someone_else_is_refused(congress, code):
    delegation = DelegationFactory(congress=congress)
    focal_point = invite_focal_point(
        delegation=delegation, email="f@mofa.example", actor=UserFactory(), language="en"
    )
    if code == "invitation_used":
        accept_focal_point_invitation(focal_point=focal_point, user=UserFactory(email="f@mofa.example"))

    with pytest.raises(DelegationError) as error:
        accept_focal_point_invitation(focal_point=focal_point, user=UserFactory(email="intruder@example.org"))

    assert error.value.code == code


def test_change_quota_is_audited_with_before_and_after(congress):
    delegation = DelegationFactory(congress=congress, quota=10)

    change_quota(delegation=delegation, quota=12, actor=UserFactory())

    entry = delegation.__class__.objects.get(pk=delegation.pk)
    assert entry.quota == 12
    assert actions_for(delegation).get().data == {"changes": {"quota": [10, 12]}}
