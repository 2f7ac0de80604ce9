"""Keep the cached categories of each access zone (`selectors.zone_category_ids`) in step with the zone."""

from django.db.models.signals import m2m_changed, post_delete
from django.dispatch import receiver

from plenaria.badges.models import AccessZone

from .selectors import forget_zone_categories


@receiver(m2m_changed, sender=AccessZone.categories.through, dispatch_uid="checkin.forget_zone_categories")
def forget_changed_zone_categories(sender, instance, action, reverse, pk_set, **kwargs):
    if not action.startswith("post_"):
        return
    if not reverse:
        forget_zone_categories([instance.pk])
    elif pk_set:  # a category added to or removed from zones
        forget_zone_categories(pk_set)
    else:  # a category's zones cleared
        forget_zone_categories(
            AccessZone.objects.filter(congress_id=instance.congress_id).values_list("pk", flat=True)
        )


@receiver(post_delete, sender=AccessZone, dispatch_uid="checkin.forget_deleted_zone_categories")
def forget_deleted_zone(sender, instance, **kwargs):
    forget_zone_categories([instance.pk])
