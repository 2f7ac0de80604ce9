"""The chaperone pages: the officers' list, making a participant a chaperone (who is e-mailed their link),
assigning and releasing a young person's chaperone; and the chaperone's own page, from that secret link."""

import re
from urllib.parse import urlsplit

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse

from plenaria.common.audit import actions_for
from plenaria.common.models import OutboundEmail
from plenaria.registration.enums import RegistrationStatus
from plenaria.safeguarding.enums import ConsentKind
from plenaria.safeguarding.models import Chaperone
from plenaria.safeguarding.selectors import chaperone_page_url, chaperone_token
from plenaria.safeguarding.services.chaperones import assign_chaperone
from tests.factories.accounts import UserFactory
from tests.factories.congresses import CongressFactory
from tests.factories.registration import CategoryFactory, DelegationFactory, OrganisationFactory
from tests.factories.safeguarding import (
    AdultParticipantFactory,
    ChaperoneFactory,
    ConsentTextFactory,
    YouthEventRulesFactory,
    YouthParticipantFactory,
    YouthProfileFactory,
)

pytestmark = [pytest.mark.integration, pytest.mark.django_db]


def manage_url(congress, name: str, **kwargs) -> str:
    return reverse(f"safeguarding:{name}", kwargs={"congress_slug": congress.slug, **kwargs})


def page_path(chaperone) -> str:
    """The path of the chaperone's page, in the language of their link."""
    return urlsplit(chaperone_page_url(chaperone=chaperone)).path


@pytest.fixture
def kenji(adult_category):
    """An approved adult of an NGO, not yet a chaperone, who reads his e-mails in French."""
    return AdultParticipantFactory(
        category=adult_category,
        status=RegistrationStatus.APPROVED,
        given_name="Kenji",
        family_name="Mori",
        email="kenji.mori@example.org",
        organisation_name="ECPAT Japan",
        language="fr",
    )


@pytest.fixture
def new_chaperone(kenji):
    """Kenji, made chaperone, who has not accepted the code yet."""
    return Chaperone.objects.create(participant=kenji)


# The officers' list


def test_list_shows_each_chaperone_with_the_code_accepted_and_the_load_per_event(
    client_for, officer, congress, chaperone, profile, new_chaperone
):
    assign_chaperone(minor_profile=profile, chaperone=chaperone, actor=officer)
    participant = chaperone.participant

    html = client_for(officer).get(manage_url(congress, "chaperones")).content.decode()

    assert participant.display_name in html
    assert "Kenji MORI" in html
    assert "ECPAT Japan" in html
    assert "Accepted version 1 on" in html
    assert "Not accepted yet" in html
    assert '<span title="Youth Event">Kawasaki</span>: <strong>1 / 5</strong>' in html
    assert '<span title="Second World Congress">Yokohama</span>: <strong>1 / 5</strong>' in html
    assert "Aiko SATO" in html
    assert "withdrawn or rejected" not in html


def test_list_warns_about_a_withdrawn_chaperone_who_still_has_young_people(
    client_for, officer, congress, chaperone, profile
):
    assign_chaperone(minor_profile=profile, chaperone=chaperone, actor=officer)
    chaperone.participant.status = RegistrationStatus.WITHDRAWN
    chaperone.participant.save()

    html = client_for(officer).get(manage_url(congress, "chaperones")).content.decode()

    assert "The registration of 1 chaperone is withdrawn or rejected" in html
    assert "Still has young people: give them another chaperone" in html


def test_list_shows_the_ratio_of_the_event(client_for, officer, congress, chaperone, profile, youth_event):
    YouthEventRulesFactory(event=youth_event, minors_per_chaperone=1)
    assign_chaperone(minor_profile=profile, chaperone=chaperone, actor=officer)

    html = client_for(officer).get(manage_url(congress, "chaperones")).content.decode()

    assert (
        '<span title="Youth Event">Kawasaki</span>: <strong>1 / 1</strong> <span class="tag">full</span>'
        in html
    )


def test_list_queries_do_not_grow_with_the_chaperones(
    client_for, officer, congress, texts, adult_category, youth_category, youth_event
):
    client = client_for(officer)
    url = manage_url(congress, "chaperones")

    def add_chaperone_with_a_young_person():
        chaperone = ChaperoneFactory(
            participant=AdultParticipantFactory(category=adult_category, status=RegistrationStatus.APPROVED),
            code_of_conduct=texts[ConsentKind.CHAPERONE_CODE],
        )
        profile = YouthProfileFactory(
            participant=YouthParticipantFactory(category=youth_category), events=[youth_event]
        )
        assign_chaperone(minor_profile=profile, chaperone=chaperone, actor=officer)

    add_chaperone_with_a_young_person()
    client.get(url)  # warms the caches (the congress, the user's teams)
    with CaptureQueriesContext(connection) as one:
        client.get(url)
    add_chaperone_with_a_young_person()
    add_chaperone_with_a_young_person()
    with CaptureQueriesContext(connection) as three:
        response = client.get(url)

    assert response.content.decode().count('id="chaperone-') == 3
    assert len(three) == len(one)


# Making a participant a chaperone


def test_search_finds_registered_participants_by_name_email_or_reference(
    client_for, officer, congress, kenji
):
    client = client_for(officer)
    url = manage_url(congress, "chaperone-add")

    found = [
        "Kenji MORI" in client.get(url, {"q": query}).content.decode()
        for query in ("kenji mori", "MORI", "kenji.mori@", kenji.reference.lower(), "nobody")
    ]

    assert found == [True, True, True, True, False]


def test_search_leaves_out_other_congresses_and_drafts(client_for, officer, congress, adult_category):
    AdultParticipantFactory(category=CategoryFactory(), given_name="Kenji", family_name="Elsewhere")
    AdultParticipantFactory(
        category=adult_category, given_name="Kenji", family_name="Draft", status=RegistrationStatus.DRAFT
    )

    html = client_for(officer).get(manage_url(congress, "chaperone-add"), {"q": "Kenji"}).content.decode()

    assert "ELSEWHERE" not in html
    assert "DRAFT" not in html
    assert "Nobody found." in html


def test_making_a_chaperone_emails_the_link_in_their_language(client_for, officer, congress, kenji):
    response = client_for(officer).post(
        manage_url(congress, "chaperone-add"), {"participant": kenji.pk, "q": "Kenji"}, follow=True
    )

    chaperone = Chaperone.objects.get(participant=kenji)
    email = OutboundEmail.objects.get(purpose="safeguarding_chaperone_invitation")
    assert "Kenji MORI is now a chaperone." in response.content.decode()
    assert (email.to, email.language) == ("kenji.mori@example.org", "fr")
    assert congress.name["fr"] in email.body_text  # rendered in French
    assert "Ce lien est personnel" in email.body_text
    assert page_path(chaperone).startswith("/fr/yokohama-2001/chaperone/")
    assert page_path(chaperone) in email.body_text
    assert [log.action for log in actions_for(chaperone)] == [
        "safeguarding.chaperone.invited",
        "safeguarding.chaperone.registered",
    ]
    assert actions_for(chaperone).first().data == {"language": "fr"}


def test_making_a_minor_a_chaperone_is_refused_with_the_reason(client_for, officer, congress, minor, profile):
    minor.status = RegistrationStatus.APPROVED
    minor.save()

    response = client_for(officer).post(
        manage_url(congress, "chaperone-add"), {"participant": minor.pk, "q": "Aiko"}
    )

    html = response.content.decode()
    assert response.status_code == 200
    assert "Aiko SATO cannot be a chaperone: A chaperone must be an adult on the first day of" in html
    assert 'name="q" value="Aiko"' in html  # the search is kept
    assert Chaperone.objects.count() == 0
    assert OutboundEmail.objects.count() == 0


def test_making_a_chaperone_without_a_date_of_birth_is_refused(client_for, officer, congress, kenji):
    kenji.date_of_birth = None
    kenji.save()

    html = client_for(officer).post(manage_url(congress, "chaperone-add"), {"participant": kenji.pk}).content

    assert "The chaperone&#x27;s date of birth is needed to check their age." in html.decode()
    assert Chaperone.objects.count() == 0


def test_making_a_participant_of_another_congress_a_chaperone_is_not_found(client_for, officer, congress):
    stranger = AdultParticipantFactory(category=CategoryFactory(), status=RegistrationStatus.APPROVED)

    response = client_for(officer).post(manage_url(congress, "chaperone-add"), {"participant": stranger.pk})

    assert response.status_code == 404
    assert Chaperone.objects.count() == 0


def test_sending_the_link_again_queues_another_email(client_for, officer, congress, new_chaperone):
    client_for(officer).post(manage_url(congress, "chaperone-invite", pk=new_chaperone.pk))

    assert OutboundEmail.objects.filter(to="kenji.mori@example.org").count() == 1
    assert actions_for(new_chaperone).first().action == "safeguarding.chaperone.invited"


# The chaperone's page


def test_chaperone_page_shows_the_code_in_the_readers_language(client, congress, new_chaperone):
    ConsentTextFactory(
        congress=congress,
        kind=ConsentKind.CHAPERONE_CODE,
        version=2,
        body={"en": "Never alone with one child.", "fr": "Jamais seul avec un enfant."},
    )

    response = client.get(page_path(new_chaperone))

    html = response.content.decode()
    assert response.status_code == 200
    assert "no-store" in response["Cache-Control"]
    assert "Jamais seul avec un enfant." in html
    assert "J&#x27;ai lu le code de conduite des accompagnateurs et je l&#x27;accepte" in html
    assert "Never alone with one child." not in html


def test_accepting_the_code_records_the_version_and_the_audit_entry(client, texts, new_chaperone):
    response = client.post(page_path(new_chaperone), {"accept": "on"}, follow=True)

    new_chaperone.refresh_from_db()
    html = response.content.decode()
    assert new_chaperone.code_of_conduct == texts[ConsentKind.CHAPERONE_CODE]
    assert new_chaperone.code_accepted_at is not None
    assert "Vous avez accepté la version 1 du code le" in html
    assert 'name="accept"' not in html
    entry = actions_for(new_chaperone).get()
    assert (entry.action, entry.data, entry.actor) == (
        "safeguarding.chaperone.code_accepted",
        {"version": 1},
        None,
    )


def test_the_code_is_not_accepted_without_the_box_ticked(client, texts, new_chaperone):
    response = client.post(page_path(new_chaperone), {})

    new_chaperone.refresh_from_db()
    assert response.status_code == 200
    assert "Cochez la case pour accepter le code de conduite." in response.content.decode()
    assert not new_chaperone.has_accepted_code


def test_chaperone_page_without_a_published_code_says_to_come_back(client, new_chaperone):
    html = client.get(page_path(new_chaperone)).content.decode()

    assert "Le code de conduite n'est pas encore prêt." in html
    assert 'name="accept"' not in html


def test_chaperone_page_lists_the_young_people_by_first_name_and_delegation(
    client, officer, chaperone, profile, youth_category, youth_event
):
    delegation = DelegationFactory(
        congress=chaperone.participant.congress, organisation=OrganisationFactory(name="Government of Japan")
    )
    profile.participant.delegation = delegation
    profile.participant.save()
    assign_chaperone(minor_profile=profile, chaperone=chaperone, actor=officer)
    hidden = YouthProfileFactory(
        participant=YouthParticipantFactory(category=youth_category, given_name="Mai", family_name="Ito"),
        events=[youth_event],
        pseudonym="Hana",
        use_pseudonym=True,
    )
    assign_chaperone(minor_profile=hidden, chaperone=chaperone, actor=officer)

    html = client.get(page_path(chaperone)).content.decode()

    assert '<strong dir="auto">Aiko</strong> · Government of Japan' in html
    assert '<strong dir="auto">Hana</strong>' in html
    assert re.findall(r"\b(?:Sato|Mai|Ito)\b", html, flags=re.IGNORECASE) == []
    assert "Peanut" not in html


def test_chaperone_page_names_the_safeguarding_officers(client, congress, make_staff, chaperone):
    make_staff(congress, "is_safeguarding_officer", full_name="Yuko Hayashi")

    html = client.get(page_path(chaperone)).content.decode()

    assert "talk at once to the congress's safeguarding officer: Yuko Hayashi." in html


def test_chaperone_page_of_a_withdrawn_chaperone_shows_no_young_people(client, officer, chaperone, profile):
    assign_chaperone(minor_profile=profile, chaperone=chaperone, actor=officer)
    chaperone.participant.status = RegistrationStatus.WITHDRAWN
    chaperone.participant.save()

    html = client.get(page_path(chaperone)).content.decode()

    assert "you are no longer a chaperone" in html
    assert "Aiko" not in html


@pytest.mark.parametrize("token", ["not-a-token", "1.1:forged", "{good}x"])
def test_chaperone_page_with_a_wrong_token_is_not_found(client, congress, new_chaperone, token):
    token = token.format(good=chaperone_token(chaperone=new_chaperone))

    response = client.get(
        reverse("youth_consent:chaperone", kwargs={"congress_slug": congress.slug, "token": token})
    )

    assert response.status_code == 404
    assert "Kenji" not in response.content.decode()


def test_chaperone_page_under_another_congress_is_not_found(client, new_chaperone):
    other = CongressFactory()
    token = chaperone_token(chaperone=new_chaperone)

    response = client.get(
        reverse("youth_consent:chaperone", kwargs={"congress_slug": other.slug, "token": token})
    )

    assert response.status_code == 404


# A young person's chaperone


def test_assign_page_offers_only_chaperones_who_accepted_the_code_with_their_load(
    client_for, officer, congress, chaperone, new_chaperone, profile
):
    html = (
        client_for(officer)
        .get(manage_url(congress, "young-person-chaperone", pk=profile.pk))
        .content.decode()
    )

    assert f'value="{chaperone.pk}"' in html
    assert f'value="{new_chaperone.pk}"' not in html
    assert '<span title="Youth Event">Kawasaki</span>: <strong>0 / 5</strong>' in html
    assert "1 more chaperone has not accepted the code of conduct yet" in html


def test_assigning_a_chaperone_links_them_and_is_audited(client_for, officer, congress, chaperone, profile):
    response = client_for(officer).post(
        manage_url(congress, "young-person-chaperone", pk=profile.pk),
        {"chaperone": chaperone.pk},
        follow=True,
    )

    profile.refresh_from_db()
    assert profile.chaperone == chaperone
    assert f"{chaperone.participant.display_name} now looks after Aiko SATO." in response.content.decode()
    entry = actions_for(profile).first()
    assert (entry.action, entry.actor) == ("safeguarding.chaperone_link.assigned", officer)


def test_assigning_a_full_chaperone_shows_the_refusal_and_keeps_the_chaperone_saved(
    client_for, officer, congress, chaperone, profile, adult_category, texts, youth_category, youth_event
):
    YouthEventRulesFactory(event=youth_event, minors_per_chaperone=1)
    full = ChaperoneFactory(
        participant=AdultParticipantFactory(category=adult_category, status=RegistrationStatus.APPROVED),
        code_of_conduct=texts[ConsentKind.CHAPERONE_CODE],
    )
    other = YouthProfileFactory(
        participant=YouthParticipantFactory(category=youth_category), events=[youth_event]
    )
    assign_chaperone(minor_profile=other, chaperone=full, actor=officer)
    assign_chaperone(minor_profile=profile, chaperone=chaperone, actor=officer)

    response = client_for(officer).post(
        manage_url(congress, "young-person-chaperone", pk=profile.pk), {"chaperone": full.pk}
    )

    html = response.content.decode()
    profile.refresh_from_db()
    assert response.status_code == 200
    assert "This chaperone already looks after 1 young people at Youth Event." in html
    assert f'value="{full.pk}" checked' in html  # the choice is kept on the page
    assert profile.chaperone == chaperone


def test_assigning_a_chaperone_who_has_not_accepted_the_code_is_refused(
    client_for, officer, congress, new_chaperone, profile
):
    response = client_for(officer).post(
        manage_url(congress, "young-person-chaperone", pk=profile.pk), {"chaperone": new_chaperone.pk}
    )

    profile.refresh_from_db()
    assert "The chaperone has not accepted the chaperone code of conduct." in response.content.decode()
    assert profile.chaperone is None


def test_releasing_the_chaperone_removes_the_link(client_for, officer, congress, chaperone, profile):
    assign_chaperone(minor_profile=profile, chaperone=chaperone, actor=officer)

    response = client_for(officer).post(
        manage_url(congress, "young-person-chaperone-release", pk=profile.pk), follow=True
    )

    profile.refresh_from_db()
    assert profile.chaperone is None
    assert "Aiko SATO has no chaperone now." in response.content.decode()
    assert actions_for(profile).first().action == "safeguarding.chaperone_link.removed"


def test_young_participants_list_links_to_the_chaperone_page(client_for, officer, congress, profile):
    html = client_for(officer).get(manage_url(congress, "young-people")).content.decode()

    assert manage_url(congress, "young-person-chaperone", pk=profile.pk) in html
    assert "Assign a chaperone" in html


# Authorisation


@pytest.fixture
def other_congress_chaperone(texts):
    other = CongressFactory()
    return ChaperoneFactory(
        participant=AdultParticipantFactory(
            category=CategoryFactory(congress=other),
            status=RegistrationStatus.APPROVED,
            given_name="Outsider",
        ),
        code_of_conduct=ConsentTextFactory(congress=other, kind=ConsentKind.CHAPERONE_CODE),
    )


def test_officer_cannot_assign_a_chaperone_of_another_congress(
    client_for, officer, congress, profile, other_congress_chaperone
):
    response = client_for(officer).post(
        manage_url(congress, "young-person-chaperone", pk=profile.pk),
        {"chaperone": other_congress_chaperone.pk},
    )

    profile.refresh_from_db()
    assert "Choose one of the chaperones listed." in response.content.decode()
    assert profile.chaperone is None


def test_officer_does_not_see_the_chaperones_of_another_congress(
    client_for, officer, congress, chaperone, profile, other_congress_chaperone
):
    client = client_for(officer)

    listed = client.get(manage_url(congress, "chaperones")).content.decode()
    offered = client.get(manage_url(congress, "young-person-chaperone", pk=profile.pk)).content.decode()
    resent = client.post(manage_url(congress, "chaperone-invite", pk=other_congress_chaperone.pk))

    assert "Outsider" not in listed + offered
    assert chaperone.participant.display_name in listed
    assert resent.status_code == 404
    assert OutboundEmail.objects.count() == 0


@pytest.mark.parametrize("who", ["secretariat", "other_officer", "participant"])
def test_only_the_congress_officers_use_the_chaperone_pages(
    client_for, congress, make_staff, chaperone, profile, who
):
    users = {
        "secretariat": lambda: make_staff(congress, "can_change_congress", "can_view_audit_log"),
        "other_officer": lambda: make_staff(CongressFactory(), "is_safeguarding_officer"),
        "participant": lambda: UserFactory(),
    }
    client = client_for(users[who]())

    pages = [client.get(manage_url(congress, name)).status_code for name in ("chaperones", "chaperone-add")]
    assign = client.post(
        manage_url(congress, "young-person-chaperone", pk=profile.pk), {"chaperone": chaperone.pk}
    )
    invite = client.post(manage_url(congress, "chaperone-invite", pk=chaperone.pk))

    profile.refresh_from_db()
    assert pages == [403, 403]
    assert (assign.status_code, invite.status_code) == (403, 403)
    assert profile.chaperone is None
    assert OutboundEmail.objects.count() == 0


def test_anonymous_visitors_are_sent_to_sign_in(client, congress, chaperone, profile):
    answers = [
        client.get(manage_url(congress, "chaperones")),
        client.get(manage_url(congress, "chaperone-add")),
        client.post(
            manage_url(congress, "young-person-chaperone", pk=profile.pk), {"chaperone": chaperone.pk}
        ),
        client.post(manage_url(congress, "young-person-chaperone-release", pk=profile.pk)),
    ]

    assert [answer.status_code for answer in answers] == [302] * 4
    assert all("/accounts/login/" in answer["Location"] for answer in answers)


def test_officers_find_the_chaperones_in_the_back_office_menu(client_for, congress, officer, make_staff):
    home = reverse("manage:home", kwargs={"congress_slug": congress.slug})
    link = manage_url(congress, "chaperones")

    as_officer = client_for(officer).get(home).content.decode()
    as_secretariat = client_for(make_staff(congress, "can_change_congress")).get(home).content.decode()

    assert link in as_officer
    assert manage_url(congress, "register") in as_officer
    assert link not in as_secretariat
