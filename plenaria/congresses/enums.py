from django.db import models
from django.utils.translation import gettext_lazy as _
from django.utils.translation import pgettext_lazy


class EventKind(models.TextChoices):
    MAIN = "main", pgettext_lazy("event kind", "Congress")
    YOUTH = "youth", _("Youth event")
    REGIONAL_CONSULTATION = "regional", _("Regional consultation")
    SIDE_EVENT = "side", _("Side event")


class PageSection(models.TextChoices):
    """The fixed sections of a congress's public site; each has one editable page."""

    HOME = "home", pgettext_lazy("site section", "Home")
    STOCKHOLM = "stockholm-to-yokohama", _("From Stockholm to Yokohama")
    PARTICIPATION = "participation", _("Who participates")
    YOUTH = "youth-event", _("Youth event")
    FOR_YOUNG_PEOPLE = "for-young-people", _("For young people")
    FOR_GUARDIANS = "for-parents-and-guardians", _("For parents and guardians")
    CONSULTATIONS = "regional-consultations", _("Regional consultations")
    VENUE = "venue-and-travel", _("Venue and travel")
    CONTACTS = "contacts", _("Contacts")


class TeamPermission(models.TextChoices):
    """Permission flags a staff team can hold (pretix-style); rules predicates read them."""

    CHANGE_CONGRESS = "can_change_congress", _("Edit the congress and its events")
    CHANGE_CONTENT = "can_change_content", _("Edit the public site content")
    MANAGE_TEAMS = "can_manage_teams", _("Manage teams and their members")
    VIEW_AUDIT_LOG = "can_view_audit_log", _("See the audit log")
    VIEW_OUTBOX = "can_view_outbox", _("See the e-mail outbox")
    EDIT_DOCUMENTS = "can_edit_documents", _("Edit documents and news")
    SAFEGUARDING_OFFICER = (
        "is_safeguarding_officer",
        _("Safeguarding officer: sees minors' protected records"),
    )


RESERVED_SLUGS = frozenset(
    {"manage", "accounts", "api", "admin", "static", "media", "i18n", "healthz", "verify"}
)
