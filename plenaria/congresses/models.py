from django.conf import settings
from django.core.exceptions import ValidationError
from django.db import models
from django.utils.translation import gettext_lazy as _
from django_countries.fields import CountryField
from i18nfield.fields import I18nCharField, I18nTextField

from plenaria.common.models import TimeStampedModel

from .enums import EventKind, PageSection, TeamPermission
from .validators import validate_not_reserved_slug, validate_time_zone


class Congress(TimeStampedModel):
    """The tenant root: one congress, with its child events, site content and staff teams."""

    slug = models.SlugField(_("short address"), unique=True, validators=[validate_not_reserved_slug])
    name = I18nCharField(_("name"))
    short_name = I18nCharField(_("short name"), blank=True)
    tagline = I18nCharField(_("tagline"), blank=True)
    summary = I18nTextField(_("summary"), blank=True)
    host = I18nCharField(_("host"), blank=True, help_text=_("e.g. the Government of Japan"))
    co_organisers = I18nCharField(_("co-organisers"), blank=True)
    city = I18nCharField(_("city"))
    country = CountryField(_("country"))
    starts_on = models.DateField(_("first day"))
    ends_on = models.DateField(_("last day"))
    time_zone = models.CharField(
        _("time zone"), max_length=64, default="UTC", validators=[validate_time_zone]
    )
    letter_signatory_name = models.CharField(_("letters signed by"), max_length=200, blank=True)
    letter_signatory_title = I18nCharField(_("title of the signatory"), blank=True)
    is_published = models.BooleanField(_("published"), default=False)
    is_featured = models.BooleanField(
        _("featured"),
        default=False,
        help_text=_("The congress that opens when a visitor comes to the platform."),
    )

    class Meta:
        ordering = ["-starts_on"]
        verbose_name = _("congress")
        verbose_name_plural = _("congresses")
        constraints = [
            models.CheckConstraint(
                condition=models.Q(ends_on__gte=models.F("starts_on")), name="congress_ends_after_start"
            )
        ]

    def __str__(self) -> str:
        return str(self.name)

    def clean(self):
        if self.starts_on and self.ends_on and self.ends_on < self.starts_on:
            raise ValidationError({"ends_on": _("The last day cannot be before the first day.")})


class Event(TimeStampedModel):
    """A part of the congress with its own dates and place: the main congress, the youth event, a regional
    consultation, a side event. Participants keep one identity across them."""

    congress = models.ForeignKey(Congress, on_delete=models.CASCADE, related_name="events")
    kind = models.CharField(_("kind"), max_length=16, choices=EventKind)
    slug = models.SlugField(_("short address"))
    name = I18nCharField(_("name"))
    summary = I18nTextField(_("summary"), blank=True)
    city = I18nCharField(_("city"))
    country = CountryField(_("country"))
    venue = I18nCharField(_("venue"), blank=True)
    starts_on = models.DateField(_("first day"))
    ends_on = models.DateField(_("last day"))
    organisers = I18nTextField(_("organisers"), blank=True)
    outcome = I18nCharField(_("outcome document"), blank=True)
    position = models.PositiveSmallIntegerField(_("position"), default=0)

    class Meta:
        ordering = ["position", "starts_on"]
        verbose_name = _("event")
        verbose_name_plural = _("events")
        constraints = [
            models.UniqueConstraint(fields=["congress", "slug"], name="event_slug_unique_in_congress"),
            models.CheckConstraint(
                condition=models.Q(ends_on__gte=models.F("starts_on")), name="event_ends_after_start"
            ),
        ]

    def __str__(self) -> str:
        return str(self.name)

    def clean(self):
        if self.starts_on and self.ends_on and self.ends_on < self.starts_on:
            raise ValidationError({"ends_on": _("The last day cannot be before the first day.")})


class Page(TimeStampedModel):
    """The editable text of one section of the public site."""

    congress = models.ForeignKey(Congress, on_delete=models.CASCADE, related_name="pages")
    section = models.CharField(_("section"), max_length=32, choices=PageSection)
    title = I18nCharField(_("title"))
    lead = I18nTextField(_("introduction"), blank=True)
    body = I18nTextField(_("text"), blank=True)
    is_published = models.BooleanField(_("published"), default=True)

    class Meta:
        verbose_name = _("page")
        verbose_name_plural = _("pages")
        constraints = [models.UniqueConstraint(fields=["congress", "section"], name="page_once_per_section")]

    def __str__(self) -> str:
        return str(self.title)


class KeyFigure(TimeStampedModel):
    """A figure of progress since Stockholm (e.g. "34" National Plans of Action)."""

    congress = models.ForeignKey(Congress, on_delete=models.CASCADE, related_name="key_figures")
    value = models.CharField(_("figure"), max_length=20)
    label = I18nCharField(_("what it counts"))
    detail = I18nTextField(_("detail"), blank=True)
    position = models.PositiveSmallIntegerField(_("position"), default=0)

    class Meta:
        ordering = ["position", "pk"]
        verbose_name = _("key figure")
        verbose_name_plural = _("key figures")

    def __str__(self) -> str:
        return f"{self.value} {self.label}"


class StaffTeam(TimeStampedModel):
    """A team of one organising body (the host's secretariat, or a co-organiser) with its permission flags."""

    congress = models.ForeignKey(Congress, on_delete=models.CASCADE, related_name="teams")
    slug = models.SlugField(_("short name"))
    name = I18nCharField(_("name"))
    organisation = I18nCharField(_("organisation"))
    description = I18nTextField(_("what the team does"), blank=True)
    can_change_congress = models.BooleanField(TeamPermission.CHANGE_CONGRESS.label, default=False)
    can_change_content = models.BooleanField(TeamPermission.CHANGE_CONTENT.label, default=False)
    can_manage_teams = models.BooleanField(TeamPermission.MANAGE_TEAMS.label, default=False)
    can_view_audit_log = models.BooleanField(TeamPermission.VIEW_AUDIT_LOG.label, default=False)
    can_view_outbox = models.BooleanField(TeamPermission.VIEW_OUTBOX.label, default=False)
    can_edit_documents = models.BooleanField(TeamPermission.EDIT_DOCUMENTS.label, default=False)
    is_safeguarding_officer = models.BooleanField(TeamPermission.SAFEGUARDING_OFFICER.label, default=False)
    # Not a permission: its members need the staff code of conduct and safeguarding training (safeguarding app).
    works_with_youth = models.BooleanField(_("This team works with young people"), default=False)
    members = models.ManyToManyField(
        settings.AUTH_USER_MODEL, through="StaffMembership", related_name="staff_teams"
    )

    class Meta:
        ordering = ["pk"]
        verbose_name = _("staff team")
        verbose_name_plural = _("staff teams")
        constraints = [
            models.UniqueConstraint(fields=["congress", "slug"], name="team_slug_unique_in_congress")
        ]

    def __str__(self) -> str:
        return str(self.name)

    @property
    def permissions(self) -> set[str]:
        return {flag for flag in TeamPermission.values if getattr(self, flag)}

    @property
    def permission_labels(self) -> list[str]:
        """The team's permissions as translated labels, in a fixed order (for the back office)."""
        return [permission.label for permission in TeamPermission if getattr(self, permission.value)]


class StaffMembership(TimeStampedModel):
    team = models.ForeignKey(StaffTeam, on_delete=models.CASCADE, related_name="memberships")
    user = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="staff_memberships"
    )

    class Meta:
        verbose_name = _("team membership")
        verbose_name_plural = _("team memberships")
        constraints = [models.UniqueConstraint(fields=["team", "user"], name="membership_once_per_team")]

    def __str__(self) -> str:
        return f"{self.user} in {self.team}"


class ParticipationSection(TimeStampedModel):
    """One participant category as the public site explains it, with the team that reviews its applications."""

    congress = models.ForeignKey(Congress, on_delete=models.CASCADE, related_name="participation_sections")
    name = I18nCharField(_("participant category"))
    description = I18nTextField(_("who it is for"), blank=True)
    how_to_take_part = I18nTextField(_("how to take part"), blank=True)
    reviewing_team = models.ForeignKey(
        StaffTeam,
        verbose_name=_("reviewed by"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    position = models.PositiveSmallIntegerField(_("position"), default=0)

    class Meta:
        ordering = ["position", "pk"]
        verbose_name = _("participation section")
        verbose_name_plural = _("participation sections")

    def __str__(self) -> str:
        return str(self.name)


class ContactPoint(TimeStampedModel):
    """Who answers which kind of question, as in the announcement."""

    congress = models.ForeignKey(Congress, on_delete=models.CASCADE, related_name="contact_points")
    topic = I18nCharField(_("questions about"))
    organisation = I18nCharField(_("answered by"))
    team = models.ForeignKey(
        StaffTeam, verbose_name=_("team"), null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    email = models.EmailField(_("e-mail"), blank=True)
    website = models.URLField(_("website"), blank=True)
    position = models.PositiveSmallIntegerField(_("position"), default=0)

    class Meta:
        ordering = ["position", "pk"]
        verbose_name = _("contact point")
        verbose_name_plural = _("contact points")

    def __str__(self) -> str:
        return str(self.topic)
