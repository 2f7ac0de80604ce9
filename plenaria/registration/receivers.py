"""Reactions to events from other parts of the platform."""

from django.contrib.auth.signals import user_logged_in
from django.dispatch import receiver

from .services.self_registration import link_registrations_to_account


@receiver(user_logged_in, dispatch_uid="registration.link_registrations_on_login")
def link_registrations_on_login(sender, request, user, **kwargs):
    link_registrations_to_account(user=user)
