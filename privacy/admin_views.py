"""The access log in the Wagtail admin: platform admins only, read-only, exportable."""

from django.utils.translation import gettext_lazy as _
from wagtail.admin.views.generic import IndexView
from wagtail.admin.viewsets.model import ModelViewSet
from wagtail.permission_policies import ModelPermissionPolicy

from champions.spreadsheets import NeutralisedExportMixin

from .models import AccessLogEntry


class PlatformAdminsMayRead(ModelPermissionPolicy):
    """Nobody may add, change or delete log entries; only platform admins may read them."""

    def user_has_permission(self, user, action):
        return action == "view" and user.is_active and getattr(user, "is_platform_admin", False)

    def user_has_any_permission(self, user, actions):
        return any(self.user_has_permission(user, action) for action in actions)


class AccessLogIndexView(NeutralisedExportMixin, IndexView):
    """Wagtail's list, whose CSV and Excel exports pass the spreadsheet formula guard: an
    actor's name or a path is text someone typed."""


class AccessLogViewSet(ModelViewSet):
    model = AccessLogEntry
    index_view_class = AccessLogIndexView
    icon = "history"
    menu_label = _("Access log")
    add_to_admin_menu = True
    menu_order = 350
    inspect_view_enabled = True
    copy_view_enabled = False
    list_display = ["at", "actor_name", "action", "subject_label", "cohort", "council"]
    list_filter = ["action", "cohort", "council", "at"]
    search_fields = ["actor_name", "path"]
    list_export = ["at", "actor_name", "action", "subject_label", "cohort", "council", "path"]
    export_filename = "access-log"
    inspect_view_fields = ["at", "actor_name", "action", "subject_label", "cohort", "council",
                           "path"]  # fmt: skip
    form_fields = ["actor_name"]  # never used: nobody may add or edit

    @property
    def permission_policy(self):
        return PlatformAdminsMayRead(self.model)
