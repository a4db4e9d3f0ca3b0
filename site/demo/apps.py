from django.apps import AppConfig


class DemoConfig(AppConfig):
    name = "champions.demo"
    label = "demo"
    verbose_name = "Demo data"
