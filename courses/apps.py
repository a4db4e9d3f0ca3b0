from django.apps import AppConfig
from django.utils.translation import gettext_lazy


class CoursesConfig(AppConfig):
    name = "courses"
    verbose_name = gettext_lazy("Courses: programmes, modules and lessons")

    def ready(self):
        # Cache invalidation only (the programme structure behind My learning): no domain flow.
        from django.db.models.signals import post_delete
        from wagtail.signals import (
            page_published,
            page_slug_changed,
            page_unpublished,
            post_page_move,
        )

        from .queries import structure_changed

        page_published.connect(structure_changed, dispatch_uid="courses-structure-published")
        page_unpublished.connect(structure_changed, dispatch_uid="courses-structure-unpublished")
        post_page_move.connect(structure_changed, dispatch_uid="courses-structure-moved")
        page_slug_changed.connect(structure_changed, dispatch_uid="courses-structure-slug")
        post_delete.connect(_page_deleted, dispatch_uid="courses-structure-deleted")


def _page_deleted(sender, instance, **kwargs):
    from wagtail.models import Page

    from .queries import structure_changed

    if isinstance(instance, Page):
        structure_changed()
