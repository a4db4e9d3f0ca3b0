from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class PagesConfig(AppConfig):
    name = "champions.pages"
    label = "pages"
    verbose_name = _("Home and standard pages")

    def ready(self):
        # Cache invalidation only (see serving.py): the site and its root page, and whether any
        # page has a view restriction.
        from django.db.models.signals import post_delete, post_save
        from wagtail.models import PageViewRestriction

        from .serving import site_changed, view_restriction_deleted, view_restriction_saved

        # The cached site and root page (see serving.py): a site, or any page at the top of
        # the tree, saved or deleted. Pages are connected without a sender, since each page
        # type sends its own signal.
        for name, signal in (("saved", post_save), ("deleted", post_delete)):
            signal.connect(site_changed, dispatch_uid=f"pages-site-or-top-page-{name}")

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
