import factory

from plenaria.helpdesk.enums import InquiryStatus, InquiryTopic, MessageDirection, RequesterType
from plenaria.helpdesk.models import CannedAnswer, FaqEntry, Inquiry, InquiryMessage
from plenaria.helpdesk.services.inquiries import email_digest
from tests.factories.congresses import CongressFactory, StaffTeamFactory


class InquiryFactory(factory.django.DjangoModelFactory):
    """An inquiry in a team's queue, with the requester's first message (`first_message`)."""

    class Meta:
        model = Inquiry
        skip_postgeneration_save = True

    congress = factory.SubFactory(CongressFactory)
    reference = factory.Sequence(lambda n: f"Q-TEST-{n:04d}")
    requester_type = RequesterType.NGO
    topic = InquiryTopic.REGISTRATION
    language = "en"
    requester_name = "Maria Santos"
    requester_email = factory.Sequence(lambda n: f"requester{n}@example.org")
    requester_email_digest = factory.LazyAttribute(lambda inquiry: email_digest(inquiry.requester_email))
    subject = "How many people may our NGO send?"
    status = InquiryStatus.NEW
    team = factory.SubFactory(StaffTeamFactory, congress=factory.SelfAttribute("..congress"))
    follow_up_token = factory.Sequence(lambda n: f"follow-up-token-{n:06d}")

    @factory.post_generation
    def first_message(inquiry, create, extracted, **kwargs):
        if create:
            InquiryMessage.objects.create(
                inquiry=inquiry,
                direction=MessageDirection.FROM_REQUESTER,
                body=extracted
                or "Our NGO would like to send three people. Is there a limit per organisation?",
            )


class InquiryMessageFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = InquiryMessage

    inquiry = factory.SubFactory(InquiryFactory)
    direction = MessageDirection.FROM_REQUESTER
    body = "Thank you. One more question: can an observer attend the workshops?"


class FaqEntryFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = FaqEntry

    congress = factory.SubFactory(CongressFactory)
    topic = InquiryTopic.VISA_AND_TRAVEL
    question = {"en": "Do I need a visa to enter Japan?", "ja": "日本に入国するのにビザは必要ですか？"}
    answer = {
        "en": "Citizens of many countries need a visa. Registered participants can ask for a visa-support letter.",
        "ja": "多くの国の方はビザが必要です。登録済みの参加者はビザ申請用の書簡を依頼できます。",
    }
    keywords = "visa, embassy, entry, ビザ, 査証"
    is_published = True


class CannedAnswerFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = CannedAnswer

    congress = factory.SubFactory(CongressFactory)
    title = "Visa-support letter"
    body = {
        "en": "Once your registration is confirmed, you can download a visa-support letter from your page.",
        "fr": "Une fois votre inscription confirmée, vous pouvez télécharger une lettre d'appui au visa.",
    }
