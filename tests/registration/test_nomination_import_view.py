import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse
from django.utils import timezone

from plenaria.delegations.enums import DelegationRole
from plenaria.registration.models import Participant
from plenaria.registration.services.nomination import Nominee, nominate_member
from tests.factories.accounts import UserFactory
from tests.factories.registration import FocalPointFactory

pytestmark = [pytest.mark.integration, pytest.mark.django_db]

HEADER = "given_name,family_name,email,role,title,name_in_own_script,nationality,needs_visa_letter"


@pytest.fixture
def focal_client(client_for, delegation):
    user = UserFactory()
    FocalPointFactory(delegation=delegation, email=user.email, user=user, accepted_at=timezone.now())
    return client_for(user)


def test_import_refused_member_is_named_by_row_and_email(focal_client, delegation):
    head = Nominee(given_name="Ana", family_name="Silva", email="ana@mofa.example", role=DelegationRole.HEAD)
    nominate_member(delegation=delegation, nominee=head, actor=None)
    rows = [
        "Lars,Berg,lars@mofa.example,delegate,,,SE,no",
        "",  # a blank row: the row numbers stay those of the spreadsheet
        "Amina,Haddad,amina@mofa.example,head,,,MA,no",
    ]
    file = SimpleUploadedFile("members.csv", "\n".join([HEADER, *rows]).encode(), content_type="text/csv")

    response = focal_client.post(
        reverse("focal_point:member-import", kwargs={"pk": delegation.pk}), {"file": file}
    )

    assert (
        "Nothing was imported: This delegation already has a head of delegation. "
        "The refused member is on row 4 (amina@mofa.example)."
    ) in response.content.decode()
    assert list(Participant.objects.values_list("email", flat=True)) == ["ana@mofa.example"]
