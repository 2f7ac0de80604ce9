from django.db import models
from django.utils.translation import gettext_lazy as _
from django.utils.translation import pgettext_lazy


class RequesterType(models.TextChoices):
    """Who asks: the first half of the routing key."""

    GOVERNMENT = "government", pgettext_lazy("requester type", "Government")
    INTERGOVERNMENTAL = "intergovernmental", pgettext_lazy("requester type", "UN or intergovernmental body")
    NGO = "ngo", pgettext_lazy("requester type", "NGO")
    PRIVATE_SECTOR = "private_sector", pgettext_lazy("requester type", "Private sector")
    MEDIA = "media", pgettext_lazy("requester type", "Media")
    YOUNG_PERSON_OR_PARENT = "young_person", pgettext_lazy("requester type", "Young person or parent")
    OTHER = "other", pgettext_lazy("requester type", "Other")


class InquiryTopic(models.TextChoices):
    """What the question is about: the second half of the routing key."""

    REGISTRATION = "registration", pgettext_lazy("inquiry topic", "Registration and accreditation")
    VISA_AND_TRAVEL = "visa_travel", pgettext_lazy("inquiry topic", "Visa and travel")
    HOTEL_AND_LOGISTICS = "hotel_logistics", pgettext_lazy("inquiry topic", "Hotel and logistics")
    PROGRAMME = "programme", pgettext_lazy("inquiry topic", "Programme")
    MEDIA_ACCREDITATION = "media_accreditation", pgettext_lazy("inquiry topic", "Media accreditation")
    YOUTH_EVENT = "youth_event", pgettext_lazy("inquiry topic", "Youth event")
    OTHER = "other", pgettext_lazy("inquiry topic", "Other")


class InquiryStatus(models.TextChoices):
    NEW = "new", pgettext_lazy("inquiry status", "New")
    OPEN = "open", pgettext_lazy("inquiry status", "Open")
    WAITING = "waiting", pgettext_lazy("inquiry status", "Waiting for the requester")
    CLOSED = "closed", pgettext_lazy("inquiry status", "Closed")


class MessageDirection(models.TextChoices):
    """One message of an inquiry's conversation. Internal notes are never shown or sent to the requester."""

    FROM_REQUESTER = "in", pgettext_lazy("inquiry message", "From the requester")
    REPLY = "reply", pgettext_lazy("inquiry message", "Reply")
    NOTE = "note", pgettext_lazy("inquiry message", "Internal note")


class HelpdeskRole(models.TextChoices):
    """The part a co-organiser's team plays at the desk (the announcement's "For further information" list).

    Rules name the team that works a queue; the role says why that team was chosen, so the defaults can be
    installed for any congress from a role → team mapping, whatever the teams' slugs."""

    SECRETARIAT = "secretariat", _("Host secretariat: government inquiries and congress logistics")
    INTERGOVERNMENTAL = "intergovernmental", _("Inter-governmental agency queries")
    NGO = "ngo", _("NGO enquiries")
    PRIVATE_SECTOR = "private_sector", _("Private sector enquiries")
    MEDIA = "media", _("Media queries")
    YOUTH = "youth", _("Youth event and young people")
