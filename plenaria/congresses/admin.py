from django.contrib import admin

from .models import (
    Congress,
    ContactPoint,
    Event,
    KeyFigure,
    Page,
    ParticipationSection,
    StaffMembership,
    StaffTeam,
)

for model in (
    Congress,
    Event,
    Page,
    KeyFigure,
    ParticipationSection,
    ContactPoint,
    StaffTeam,
    StaffMembership,
):
    admin.site.register(model)
