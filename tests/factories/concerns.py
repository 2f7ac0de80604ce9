import factory

from plenaria.concerns.enums import ChildInDanger, ReporterRole
from plenaria.concerns.models import Concern
from tests.factories.congresses import CongressFactory


class ConcernFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Concern

    congress = factory.SubFactory(CongressFactory)
    reference = factory.Sequence(lambda n: f"C-TEST-{n:04d}")
    child_in_danger = ChildInDanger.NO
    reporter_role = ReporterRole.PARTICIPANT
    language = "en"
    what_happened = "A man keeps asking the girls of the youth delegation for their room numbers."
    where_and_when = "Hotel lobby, Thursday evening"
    who_is_involved = "A man with a press badge"
    contact_name = "Hanako Suzuki"
    contact_email = "hanako@example.org"
