import datetime

import pytest

from plenaria.common.audit import actions_for
from plenaria.registration.enums import RegistrationStatus
from plenaria.safeguarding.enums import ConsentKind
from plenaria.safeguarding.errors import SafeguardingError
from plenaria.safeguarding.services.chaperones import (
    accept_chaperone_code,
    assign_chaperone,
    register_chaperone,
    release_chaperone,
)
from tests.factories.accounts import UserFactory
from tests.factories.safeguarding import (
    AdultParticipantFactory,
    ChaperoneFactory,
    YouthEventRulesFactory,
    YouthParticipantFactory,
    YouthProfileFactory,
)

pytestmark = [pytest.mark.integration, pytest.mark.django_db]


@pytest.fixture
def make_minors(youth_category, youth_event):
    def make(count, events=(youth_event,)):
        return [
            YouthProfileFactory(
                participant=YouthParticipantFactory(category=youth_category), events=list(events)
            )
            for _ in range(count)
        ]

    return make


def test_register_chaperone_then_accept_the_code(adult, texts):
    actor = UserFactory()

    chaperone = register_chaperone(participant=adult, actor=actor)
    assert not chaperone.has_accepted_code
    chaperone = accept_chaperone_code(
        chaperone=chaperone, text=texts[ConsentKind.CHAPERONE_CODE], actor=actor
    )

    assert chaperone.has_accepted_code
    assert chaperone.code_of_conduct.version == 1
    assert [a.action for a in actions_for(chaperone)] == [
        "safeguarding.chaperone.code_accepted",
        "safeguarding.chaperone.registered",
    ]


def test_register_chaperone_who_is_a_minor_is_refused(minor, congress_event):
    with pytest.raises(SafeguardingError) as refused:
        register_chaperone(participant=minor, actor=UserFactory())

    assert refused.value.code == "chaperone_not_adult"


def test_accept_chaperone_code_with_another_text_is_refused(adult, texts):
    chaperone = register_chaperone(participant=adult, actor=UserFactory())

    with pytest.raises(SafeguardingError) as refused:
        accept_chaperone_code(chaperone=chaperone, text=texts[ConsentKind.STAFF_CODE], actor=UserFactory())

    assert refused.value.code == "wrong_text"


def test_assign_chaperone_links_the_minor_and_audits_it(profile, chaperone):
    actor = UserFactory()

    assign_chaperone(minor_profile=profile, chaperone=chaperone, actor=actor)

    profile.refresh_from_db()
    assert profile.chaperone == chaperone
    entry = actions_for(profile).get()
    assert (entry.action, entry.actor, entry.data) == (
        "safeguarding.chaperone_link.assigned",
        actor,
        {"chaperone": chaperone.participant.reference, "previous": None},
    )


def test_assign_chaperone_over_the_ratio_is_refused(make_minors, chaperone):
    minors = make_minors(6)
    actor = UserFactory()
    for minor_profile in minors[:5]:
        assign_chaperone(minor_profile=minor_profile, chaperone=chaperone, actor=actor)

    with pytest.raises(SafeguardingError) as refused:
        assign_chaperone(minor_profile=minors[5], chaperone=chaperone, actor=actor)

    assert refused.value.code == "chaperone_ratio_exceeded"
    assert refused.value.message == "This chaperone already looks after 5 young people at Youth Event."
    assert chaperone.minors.count() == 5


def test_assign_chaperone_follows_the_ratio_of_the_event(make_minors, chaperone, youth_event):
    YouthEventRulesFactory(event=youth_event, minors_per_chaperone=2)
    minors = make_minors(3)
    for minor_profile in minors[:2]:
        assign_chaperone(minor_profile=minor_profile, chaperone=chaperone, actor=UserFactory())

    with pytest.raises(SafeguardingError) as refused:
        assign_chaperone(minor_profile=minors[2], chaperone=chaperone, actor=UserFactory())

    assert refused.value.code == "chaperone_ratio_exceeded"


def test_assign_chaperone_a_withdrawn_minor_frees_a_place(make_minors, chaperone, youth_event):
    YouthEventRulesFactory(event=youth_event, minors_per_chaperone=1)
    first, second = make_minors(2)
    assign_chaperone(minor_profile=first, chaperone=chaperone, actor=UserFactory())
    first.participant.status = RegistrationStatus.WITHDRAWN
    first.participant.save()

    assign_chaperone(minor_profile=second, chaperone=chaperone, actor=UserFactory())

    assert set(chaperone.minors.all()) == {first, second}


def test_assign_chaperone_again_to_the_same_minor_changes_nothing(profile, chaperone):
    assign_chaperone(minor_profile=profile, chaperone=chaperone, actor=UserFactory())

    assign_chaperone(minor_profile=profile, chaperone=chaperone, actor=UserFactory())

    assert actions_for(profile).count() == 1


def test_assign_chaperone_who_is_a_minor_at_the_event_is_refused(profile, adult_category, texts):
    seventeen = AdultParticipantFactory(category=adult_category, date_of_birth=datetime.date(1984, 6, 1))
    young_chaperone = ChaperoneFactory(
        participant=seventeen, code_of_conduct=texts[ConsentKind.CHAPERONE_CODE]
    )

    with pytest.raises(SafeguardingError) as refused:
        assign_chaperone(minor_profile=profile, chaperone=young_chaperone, actor=UserFactory())

    assert refused.value.code == "chaperone_not_adult"
    assert refused.value.message == "A chaperone must be an adult on the first day of Youth Event."


def test_assign_chaperone_without_a_date_of_birth_is_refused(profile, adult_category, texts):
    unknown = AdultParticipantFactory(category=adult_category, date_of_birth=None)
    chaperone = ChaperoneFactory(participant=unknown, code_of_conduct=texts[ConsentKind.CHAPERONE_CODE])

    with pytest.raises(SafeguardingError) as refused:
        assign_chaperone(minor_profile=profile, chaperone=chaperone, actor=UserFactory())

    assert refused.value.code == "chaperone_age_unknown"


def test_assign_chaperone_who_has_not_accepted_the_code_is_refused(profile, adult):
    chaperone = register_chaperone(participant=adult, actor=UserFactory())

    with pytest.raises(SafeguardingError) as refused:
        assign_chaperone(minor_profile=profile, chaperone=chaperone, actor=UserFactory())

    assert refused.value.code == "chaperone_code_not_accepted"


def test_assign_chaperone_withdrawn_is_refused(profile, chaperone):
    chaperone.participant.status = RegistrationStatus.WITHDRAWN
    chaperone.participant.save()

    with pytest.raises(SafeguardingError) as refused:
        assign_chaperone(minor_profile=profile, chaperone=chaperone, actor=UserFactory())

    assert refused.value.code == "chaperone_not_active"


def test_assign_chaperone_of_another_congress_is_refused(profile):
    with pytest.raises(SafeguardingError) as refused:
        assign_chaperone(minor_profile=profile, chaperone=ChaperoneFactory(), actor=UserFactory())

    assert refused.value.code == "wrong_congress"


def test_assign_chaperone_replacing_another_names_both_in_the_audit(
    profile, chaperone, adult_category, texts
):
    other = ChaperoneFactory(
        participant=AdultParticipantFactory(category=adult_category),
        code_of_conduct=texts[ConsentKind.CHAPERONE_CODE],
    )
    assign_chaperone(minor_profile=profile, chaperone=chaperone, actor=UserFactory())

    assign_chaperone(minor_profile=profile, chaperone=other, actor=UserFactory())

    assert actions_for(profile).first().data == {
        "chaperone": other.participant.reference,
        "previous": chaperone.participant.reference,
    }


def test_release_chaperone_removes_the_link_and_audits_it(profile, chaperone):
    assign_chaperone(minor_profile=profile, chaperone=chaperone, actor=UserFactory())

    release_chaperone(minor_profile=profile, actor=UserFactory())

    profile.refresh_from_db()
    assert profile.chaperone is None
    assert actions_for(profile).first().action == "safeguarding.chaperone_link.removed"
