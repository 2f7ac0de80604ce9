"""The Celery application. Without a broker configured, tasks run eagerly in the web process."""

import os

from celery import Celery

os.environ.setdefault("DJANGO_SETTINGS_MODULE", "plenaria.config.settings")

app = Celery("plenaria")
app.config_from_object("django.conf:settings", namespace="CELERY")
app.autodiscover_tasks()
