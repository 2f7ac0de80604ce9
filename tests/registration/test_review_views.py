import datetime

import pytest
from allauth.mfa.totp.internal.auth import TOTP
from django.contrib.messages import get_messages
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse

from plenaria.registration.enums import CategoryKind, DocumentKind, RegistrationStatus
from plenaria.registration.models import Decision, Participant, ParticipantDocument
from tests.conftest import TOTP_SECRET
from tests.factories.accounts import UserFactory
from tests.factories.congresses import StaffMembershipFactory, StaffTeamFactory
from tests.factories.registration import (
    CategoryFactory,
    DelegationFactory,
    ParticipantFactory,
    ReviewStageFactory,
)

pytestmark = [pytest.mark.integration, pytest.mark.django_db]


# ---- Local fixtures: two reviewing teams (ECPAT reviews NGOs, UNICEF young people) and their reviewers -------


def at(day: str) -> datetime.datetime:
    return datetime.datetime.fromisoformat(f"{day}T03:00:00+00:00")  # noon in Yokohama: same date everywhere


@pytest.fixture(autouse=True)
def _private_media(settings, tmp_path):
    settings.PRIVATE_MEDIA_ROOT = tmp_path


@pytest.fixture
def teams(congress):
    return {
        "unicef": StaffTeamFactory(congress=congress, slug="unicef"),
        "ecpat": StaffTeamFactory(congress=congress, slug="ecpat"),
    }


@pytest.fixture
def ngo(congress, teams):
    category = CategoryFactory(
        congress=congress,
        slug="ngo",
        name={"en": "NGOs"},
        kind=CategoryKind.NGO,
        reviewing_team=teams["ecpat"],
        is_nominated_by_delegation=False,
    )
    ReviewStageFactory(category=category, position=1, team=teams["ecpat"], name={"en": "ECPAT review"})
    return category


@pytest.fixture
def youth(congress, teams):
    category = CategoryFactory(
        congress=congress,
        slug="youth",
        name={"en": "Young people"},
        kind=CategoryKind.YOUTH,
        reviewing_team=teams["unicef"],
        is_nominated_by_delegation=False,
    )
    ReviewStageFactory(category=category, position=1, team=teams["unicef"], name={"en": "UNICEF review"})
    return category


@pytest.fixture
def registration(ngo):
    return ParticipantFactory(
        category=ngo,
        stage=ngo.stages.first(),
        given_name="Amina",
        family_name="Haddad",
        email="amina@ngo.example",
        nationality="MA",
        submitted_at=at("2001-10-01"),
    )


@pytest.fixture
def reviewer(client_for):
    """Signs in a new member of `team` (with TOTP set up, as staff must) and returns the client."""

    def sign_in(team):
        user = UserFactory()
        StaffMembershipFactory(team=team, user=user)
        TOTP.activate(user, TOTP_SECRET)
        return client_for(user)

    return sign_in


@pytest.fixture
def document(registration):
    return ParticipantDocument.objects.create(
        participant=registration,
        kind=DocumentKind.NGO_DOSSIER,
        file=SimpleUploadedFile("dossier.pdf", b"%PDF-1.4 dossier", content_type="application/pdf"),
        original_name="dossier.pdf",
        content_type="application/pdf",
        size=16,
    )


def queue_url(congress) -> str:
    return reverse("review:queue", kwargs={"congress_slug": congress.slug})


def detail_url(participant) -> str:
    return reverse(
        "review:participant", kwargs={"congress_slug": participant.congress.slug, "pk": participant.pk}
    )


def document_url(document) -> str:
    participant = document.participant
    return reverse(
        "review:document",
        kwargs={"congress_slug": participant.congress.slug, "pk": participant.pk, "document_pk": document.pk},
    )


def listed(response) -> list[str]:
    return [participant.reference for participant in response.context["page_obj"]]


def texts(response) -> list[str]:
    return [str(message) for message in get_messages(response.wsgi_request)]


# ---- Who sees what ----------------------------------------------------------------------------------------


def test_queue_team_sees_only_the_registrations_it_reviews(reviewer, congress, teams, youth, registration):
    young = ParticipantFactory(category=youth, stage=youth.stages.first())

    ecpat = reviewer(teams["ecpat"]).get(queue_url(congress))

    assert listed(ecpat) == [registration.reference]
    assert young.reference not in ecpat.content.decode()


def test_queue_team_sees_a_registration_at_a_stage_it_reviews(reviewer, congress, teams, ngo):
    screening = ReviewStageFactory(category=ngo, position=2, team=teams["unicef"], name={"en": "Screening"})
    at_screening = ParticipantFactory(category=ngo, stage=screening)

    response = reviewer(teams["unicef"]).get(queue_url(congress))

    assert listed(response) == [at_screening.reference]


def test_other_team_cannot_see_or_act_on_the_registration(reviewer, congress, teams, registration, document):
    client = reviewer(teams["unicef"])

    listing = client.get(queue_url(congress))
    detail = client.get(detail_url(registration))
    decide = client.post(detail_url(registration), {"decision": "approve"})
    bulk = client.post(queue_url(congress), {"decision": "approve", "participants": [registration.pk]})
    download = client.get(document_url(document))

    registration.refresh_from_db()
    assert listed(listing) == []
    assert (detail.status_code, decide.status_code, download.status_code) == (404, 404, 404)
    assert bulk.context["bulk_form"].errors == {
        "participants": ["One of the selected registrations is not in your queue."]
    }
    assert registration.status == RegistrationStatus.SUBMITTED
    assert Decision.objects.count() == 0
    assert b"dossier" not in download.content


@pytest.mark.parametrize("name", ["review:queue", "review:participant", "review:document"])
def test_review_pages_anonymous_is_sent_to_log_in(client, congress, document, name):
    kwargs = {
        "review:queue": {},
        "review:participant": {"pk": document.participant.pk},
        "review:document": {"pk": document.participant.pk, "document_pk": document.pk},
    }[name]

    response = client.get(reverse(name, kwargs={"congress_slug": congress.slug, **kwargs}))

    assert response.status_code == 302
    assert response["Location"].startswith(reverse("account_login"))


def test_queue_staff_without_a_reviewing_team_sees_nothing(client_for, make_staff, congress, registration):
    response = client_for(make_staff(congress)).get(queue_url(congress))

    assert listed(response) == []


def test_queue_secretariat_sees_every_registration(client_for, make_staff, congress, youth, registration):
    young = ParticipantFactory(category=youth, stage=youth.stages.first(), submitted_at=at("2001-09-01"))

    response = client_for(make_staff(congress, "can_change_congress")).get(queue_url(congress))

    assert listed(response) == [registration.reference, young.reference]


def test_detail_secretariat_opens_any_registration_but_decides_only_where_it_reviews(
    client_for, make_staff, congress, registration
):
    client = client_for(make_staff(congress, "can_change_congress"))

    page = client.get(detail_url(registration))
    decide = client.post(detail_url(registration), {"decision": "approve"})

    assert page.status_code == 200
    assert "No decision is expected from you at this stage." in page.content.decode()
    assert decide.status_code == 403
    assert Decision.objects.count() == 0


def test_bulk_secretariat_cannot_decide_where_it_does_not_review(
    client_for, make_staff, congress, registration
):
    client = client_for(make_staff(congress, "can_change_congress"))

    response = client.post(
        queue_url(congress), {"decision": "approve", "participants": [registration.pk]}, follow=True
    )

    registration.refresh_from_db()
    assert registration.status == RegistrationStatus.SUBMITTED
    assert texts(response) == [
        f"{registration.reference} (Amina HADDAD): You may not decide on this registration."
    ]


# ---- The queue: filters, order, queries ---------------------------------------------------------------------


@pytest.fixture
def rows(congress, teams, ngo, registration):
    """Three more NGO registrations besides Amina HADDAD (MA, submitted 1 October, first stage)."""
    screening = ReviewStageFactory(category=ngo, position=2, team=teams["ecpat"], name={"en": "Screening"})
    delegation = DelegationFactory(congress=congress, quota=5)
    return {
        "amina": registration,
        "kenji": ParticipantFactory(
            category=ngo,
            stage=screening,
            delegation=delegation,
            given_name="Kenji",
            family_name="Sato",
            name_in_own_script="佐藤健二",
            nationality="JP",
            status=RegistrationStatus.WAITLISTED,
            submitted_at=at("2001-11-15"),
        ),
        "somchai": ParticipantFactory(
            category=ngo,
            stage=ngo.stages.first(),
            given_name="Somchai",
            family_name="Boonmee",
            nationality="TH",
            status=RegistrationStatus.REJECTED,
            submitted_at=at("2001-09-01"),
        ),
        "lucia": ParticipantFactory(
            category=ngo,
            stage=ngo.stages.first(),
            given_name="Lucía",
            family_name="Ramos",
            email="lucia@infancia.example",
            nationality="MA",
            submitted_at=at("2001-10-20"),
        ),
    }


FILTERS = [
    ({}, ["kenji", "lucia", "amina"]),  # by default: waiting for a decision, newest first
    ({"status": "all"}, ["kenji", "lucia", "amina", "somchai"]),
    ({"status": "rejected"}, ["somchai"]),
    ({"status": "waitlisted"}, ["kenji"]),
    ({"nationality": "MA"}, ["lucia", "amina"]),
    ({"delegation": "kenji.delegation"}, ["kenji"]),
    ({"stage": "kenji.stage"}, ["kenji"]),
    ({"category": "amina.category", "status": "all"}, ["kenji", "lucia", "amina", "somchai"]),
    ({"submitted_from": "2001-10-01", "submitted_to": "2001-10-20"}, ["lucia", "amina"]),
    ({"submitted_from": "2001-10-02", "status": "all"}, ["kenji", "lucia"]),
    ({"submitted_to": "2001-09-30", "status": "all"}, ["somchai"]),
    ({"q": "HADD"}, ["amina"]),
    ({"q": "佐藤"}, ["kenji"]),
    ({"q": "infancia.example"}, ["lucia"]),
    ({"q": "reference:amina"}, ["amina"]),
    ({"q": "nobody"}, []),
    ({"sort": "submitted", "status": "all"}, ["somchai", "amina", "lucia", "kenji"]),
    ({"submitted_from": "not a date"}, ["kenji", "lucia", "amina"]),  # a bad filter drops only itself
]


@pytest.mark.parametrize(("query", "expected"), FILTERS)
def test_queue_filters_return_exactly_the_matching_rows(reviewer, congress, teams, rows, query, expected):
    def value(text):  # "kenji.delegation" → the pk of Kenji's delegation; "reference:amina" → her reference
        if text.startswith("reference:"):
            return rows[text.split(":")[1]].reference
        who, _dot, attribute = text.partition(".")
        return getattr(rows[who], attribute).pk if who in rows and attribute else text

    response = reviewer(teams["ecpat"]).get(queue_url(congress), {k: value(v) for k, v in query.items()})

    assert listed(response) == [rows[name].reference for name in expected]


def test_queue_marks_likely_duplicates(reviewer, congress, teams, ngo, registration):
    ParticipantFactory(category=ngo, stage=ngo.stages.first(), likely_duplicate_of=registration)

    html = reviewer(teams["ecpat"]).get(queue_url(congress)).content.decode()

    assert html.count("likely duplicate</span>") == 1


def test_queue_pages_keep_the_filters(reviewer, congress, teams, ngo):
    for _ in range(51):
        ParticipantFactory(category=ngo, stage=ngo.stages.first(), nationality="MA")

    response = reviewer(teams["ecpat"]).get(queue_url(congress), {"nationality": "MA", "page": 2})

    assert len(listed(response)) == 1
    assert "?nationality=MA&amp;page=1" in response.content.decode()


@pytest.mark.parametrize("count", [1, 3])
def test_queue_query_count_does_not_grow_with_rows(
    reviewer, congress, teams, ngo, count, django_assert_num_queries
):
    delegation = DelegationFactory(congress=congress)
    first = ParticipantFactory(category=ngo, stage=ngo.stages.first(), delegation=delegation)
    for _ in range(count - 1):
        ParticipantFactory(
            category=ngo, stage=ngo.stages.first(), delegation=delegation, likely_duplicate_of=first
        )
    client = reviewer(teams["ecpat"])

    with django_assert_num_queries(15):  # 2 of them: which names safeguarding lets staff see
        response = client.get(queue_url(congress))

    assert len(listed(response)) == count


# ---- Bulk decisions -----------------------------------------------------------------------------------------


def test_bulk_approve_reports_the_one_that_finds_no_place(reviewer, congress, teams, ngo):
    delegation = DelegationFactory(congress=congress, quota=1)
    holder = ParticipantFactory(
        category=ngo, stage=ngo.stages.first(), delegation=delegation, given_name="Ana", family_name="Silva"
    )
    waiting = ParticipantFactory(
        category=ngo,
        stage=ngo.stages.first(),
        delegation=delegation,
        status=RegistrationStatus.WAITLISTED,
        given_name="Bo",
        family_name="Chen",
    )

    response = reviewer(teams["ecpat"]).post(
        queue_url(congress), {"decision": "approve", "participants": [holder.pk, waiting.pk]}, follow=True
    )

    statuses = dict(Participant.objects.values_list("pk", "status"))
    assert texts(response) == [
        "1 decision recorded.",
        f"{waiting.reference} (Bo CHEN): All places of this delegation are taken.",
    ]
    assert statuses == {holder.pk: RegistrationStatus.APPROVED, waiting.pk: RegistrationStatus.WAITLISTED}
    assert list(Decision.objects.values_list("participant_id", flat=True)) == [holder.pk]


@pytest.mark.parametrize("decision", ["reject", "request_info"])
def test_bulk_decision_needing_a_reason_without_one_changes_nothing(
    reviewer, congress, teams, registration, decision
):
    response = reviewer(teams["ecpat"]).post(
        queue_url(congress), {"decision": decision, "reason": " ", "participants": [registration.pk]}
    )

    registration.refresh_from_db()
    assert response.context["bulk_form"].errors == {
        "reason": ["Give a reason: the participant will read it."]
    }
    assert f'value="{registration.pk}" id="select-{registration.pk}" checked' in response.content.decode()
    assert registration.status == RegistrationStatus.SUBMITTED
    assert Decision.objects.count() == 0


def test_bulk_without_selection_asks_for_one(reviewer, congress, teams, registration):
    response = reviewer(teams["ecpat"]).post(queue_url(congress), {"decision": "waitlist"})

    assert response.context["bulk_form"].errors == {"participants": ["Select at least one registration."]}


def test_bulk_waitlist_records_each_decision(reviewer, congress, teams, ngo, registration):
    other = ParticipantFactory(category=ngo, stage=ngo.stages.first())

    response = reviewer(teams["ecpat"]).post(
        queue_url(congress) + "?nationality=MA",
        {"decision": "waitlist", "participants": [registration.pk, other.pk]},
    )

    assert response["Location"] == queue_url(congress) + "?nationality=MA"
    assert set(Participant.objects.values_list("status", flat=True)) == {RegistrationStatus.WAITLISTED}
    assert Decision.objects.count() == 2


# ---- One registration --------------------------------------------------------------------------------------


def test_detail_shows_details_documents_history_and_masked_passport(
    reviewer, teams, ngo, registration, document
):
    registration.needs_visa_letter = True
    registration.passport_number = "MA1234567"
    registration.likely_duplicate_of = ParticipantFactory(category=ngo, reference="YK-DUPLICATE")
    registration.save()
    Decision.objects.create(
        participant=registration, stage=registration.stage, decision="request_info", reason="Dossier?"
    )

    response = reviewer(teams["ecpat"]).get(detail_url(registration))

    html = response.content.decode()
    assert "••••••567" in html
    assert "MA1234567" not in html
    assert document_url(document) in html
    assert "YK-DUPLICATE" in html
    assert "Ask for more information</strong> · ECPAT review" in html
    assert "Dossier?" in html


def test_document_download_is_an_uncached_attachment(reviewer, teams, document):
    response = reviewer(teams["ecpat"]).get(document_url(document))

    assert response.status_code == 200
    assert b"".join(response.streaming_content) == b"%PDF-1.4 dossier"
    assert response["Content-Disposition"] == 'attachment; filename="dossier.pdf"'
    assert (response["X-Content-Type-Options"], response["Cache-Control"]) == ("nosniff", "private, no-store")


def test_document_of_another_registration_is_not_found(reviewer, teams, ngo, document):
    other = ParticipantFactory(category=ngo, stage=ngo.stages.first())
    url = reverse(
        "review:document",
        kwargs={"congress_slug": other.congress.slug, "pk": other.pk, "document_pk": document.pk},
    )

    assert reviewer(teams["ecpat"]).get(url).status_code == 404


@pytest.mark.parametrize("htmx", [False, True])
def test_decision_without_reason_reshows_the_form_and_records_nothing(reviewer, teams, registration, htmx):
    headers = {"HX-Request": "true"} if htmx else {}

    response = reviewer(teams["ecpat"]).post(
        detail_url(registration), {"decision": "reject", "reason": ""}, headers=headers
    )

    html = response.content.decode()
    registration.refresh_from_db()
    assert response.status_code == 200
    assert response.context["decision_form"].errors == {
        "reason": ["Give a reason: the participant will read it."]
    }
    assert 'value="reject" required id="id_decision_1" checked' in html
    assert html.lstrip().startswith('<section class="panel" id="decision-panel"') is htmx
    assert registration.status == RegistrationStatus.SUBMITTED
    assert Decision.objects.count() == 0


def test_decision_by_htmx_returns_the_decision_panel(reviewer, teams, registration):
    response = reviewer(teams["ecpat"]).post(
        detail_url(registration), {"decision": "approve"}, headers={"HX-Request": "true"}
    )

    html = response.content.decode()
    registration.refresh_from_db()
    assert registration.status == RegistrationStatus.APPROVED
    assert html.lstrip().startswith('<section class="panel" id="decision-panel"')
    assert "The decision has been recorded." in html
    assert "This registration is not waiting for a decision." in html


def test_decision_without_javascript_redirects_to_the_registration(reviewer, teams, registration):
    response = reviewer(teams["ecpat"]).post(
        detail_url(registration), {"decision": "request_info", "reason": "Your organisation's dossier"}
    )

    registration.refresh_from_db()
    assert response["Location"] == detail_url(registration)
    assert (registration.status, registration.info_request) == (
        RegistrationStatus.INFO_REQUESTED,
        "Your organisation's dossier",
    )
    assert list(registration.decisions.values_list("decision", "reason")) == [
        ("request_info", "Your organisation's dossier")
    ]


def test_decision_on_a_registration_already_decided_says_so(reviewer, teams, registration):
    registration.status = RegistrationStatus.APPROVED
    registration.save()

    response = reviewer(teams["ecpat"]).post(detail_url(registration), {"decision": "approve"})

    assert response.context["decision_form"].non_field_errors() == [
        "This registration is not waiting for a decision."
    ]
    assert Decision.objects.count() == 0


@pytest.mark.parametrize("htmx", [False, True])
def test_decision_passing_the_registration_to_another_team_returns_to_the_queue(
    reviewer, congress, teams, htmx
):
    category = CategoryFactory(congress=congress, is_nominated_by_delegation=False)
    ReviewStageFactory(category=category, position=1, team=teams["ecpat"], name={"en": "ECPAT review"})
    ReviewStageFactory(category=category, position=2, team=teams["unicef"], name={"en": "UNICEF review"})
    registration = ParticipantFactory(category=category, stage=category.stages.first())
    headers = {"HX-Request": "true"} if htmx else {}

    response = reviewer(teams["ecpat"]).post(
        detail_url(registration), {"decision": "approve"}, headers=headers
    )

    registration.refresh_from_db()
    assert registration.stage.position == 2
    location = response["HX-Redirect"] if htmx else response["Location"]
    assert location == queue_url(congress)


def test_category_team_sees_but_cannot_decide_at_another_teams_stage(reviewer, teams, ngo):
    screening = ReviewStageFactory(category=ngo, position=2, team=teams["unicef"], name={"en": "Screening"})
    at_screening = ParticipantFactory(category=ngo, stage=screening, status=RegistrationStatus.SUBMITTED)
    ecpat = reviewer(teams["ecpat"])

    detail = ecpat.get(detail_url(at_screening))
    decide = ecpat.post(detail_url(at_screening), {"decision": "approve"})

    at_screening.refresh_from_db()
    assert detail.status_code == 200
    assert detail.context["can_decide"] is False
    assert decide.status_code == 403
    assert at_screening.status == RegistrationStatus.SUBMITTED
