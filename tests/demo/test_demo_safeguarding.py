from io import StringIO

import pytest
from django.core.management import call_command

from plenaria.accounts.models import User
from plenaria.congresses.models import Congress
from plenaria.safeguarding.enums import ConsentKind
from plenaria.safeguarding.models import ConsentText
from plenaria.safeguarding.rules import is_safeguarding_officer

pytestmark = [pytest.mark.integration, pytest.mark.django_db]


def test_demo_has_a_safeguarding_officer_and_every_text_published_once_in_seven_languages():
    call_command("seed_demo_congress", "--site-only", stdout=StringIO())
    call_command("seed_demo_congress", "--site-only", stdout=StringIO())

    congress = Congress.objects.get(slug="yokohama-2001")
    officer = User.objects.get(email="safeguarding@demo.plenaria.example")
    texts = ConsentText.objects.filter(congress=congress)
    assert is_safeguarding_officer(officer, congress)
    assert sorted(texts.values_list("kind", flat=True)) == sorted(ConsentKind.values)
    assert {text.version for text in texts} == {1}
    assert all(len([v for v in text.body.data.values() if v]) == 7 for text in texts)
