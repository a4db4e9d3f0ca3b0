from django.apps import AppConfig


class PagesConfig(AppConfig):
    name = "champions.pages"
    label = "pages"
    verbose_name = "Home and standard pages"

    def ready(self):
        # Cache invalidation only: whether any page has a view restriction (see serving.py).
        from django.db.models.signals import post_delete, post_save
        from wagtail.models import PageViewRestriction

        from .serving import view_restriction_deleted, view_restriction_saved

        post_save.connect(
            view_restriction_saved,
            sender=PageViewRestriction,
            dispatch_uid="pages-restriction-saved",
        )
        post_delete.connect(
            view_restriction_deleted,
            sender=PageViewRestriction,
            dispatch_uid="pages-restriction-deleted",
        )
