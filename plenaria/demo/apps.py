from django.apps import AppConfig


class DemoConfig(AppConfig):
    name = "plenaria.demo"
    label = "demo"
    verbose_name = "Demo data"
