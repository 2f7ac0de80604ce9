"""Reactions to changes made anywhere: a changed routing rule (or team) drops the cached routing table."""

from django.db.models.signals import post_delete, post_save
from django.dispatch import receiver

from plenaria.congresses.models import StaffTeam

from .models import RoutingRule
from .selectors import forget_routing_table


@receiver(post_save, sender=RoutingRule, dispatch_uid="helpdesk.routing_rule_saved")
@receiver(post_delete, sender=RoutingRule, dispatch_uid="helpdesk.routing_rule_deleted")
@receiver(post_save, sender=StaffTeam, dispatch_uid="helpdesk.team_saved")
@receiver(post_delete, sender=StaffTeam, dispatch_uid="helpdesk.team_deleted")
def forget_routing_of_changed_congress(sender, instance, **kwargs):
    forget_routing_table(congress_id=instance.congress_id)
