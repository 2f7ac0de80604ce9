import pytest
from django.urls import reverse


@pytest.fixture
def officer(congress, make_staff):
    return make_staff(congress, "is_safeguarding_officer", full_name="Keiko Officer")


@pytest.fixture
def report_url(congress):
    return reverse("concerns:concern-report", kwargs={"congress_slug": congress.slug})


@pytest.fixture
def form_data():
    """What a young person types: a concern with contact details."""
    return {
        "what_happened": "A man from the hotel keeps asking me where my room is.",
        "where_and_when": "In the lift, this morning",
        "who_is_involved": "A man in a grey suit",
        "child_in_danger": "unsure",
        "reporter_role": "young_person",
        "contact_name": "Aiko",
        "contact_email": "aiko@example.org",
        "contact_phone": "+81 90 1234 5678",
        "homepage": "",
    }
