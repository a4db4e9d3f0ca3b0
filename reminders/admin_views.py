"""Reminders in the Wagtail admin: message templates (lead trainers edit and preview them),
pre-election periods (admins), and the outbox (platform admins read it; nobody edits it)."""

from django.utils.translation import gettext_lazy as _
from wagtail.admin.views.generic import IndexView
from wagtail.admin.viewsets.model import ModelViewSet
from wagtail.permission_policies import ModelPermissionPolicy
from wagtail.snippets.views.snippets import SnippetViewSet

from champions.spreadsheets import NeutralisedExportMixin

from .models import MessageTemplate, OutboxMessage, PreElectionPeriod


class PlatformAdminsMayRead(ModelPermissionPolicy):
    def user_has_permission(self, user, action):
        return action == "view" and user.is_active and getattr(user, "is_platform_admin", False)

    def user_has_any_permission(self, user, actions):
        return any(self.user_has_permission(user, action) for action in actions)


class OutboxIndexView(NeutralisedExportMixin, IndexView):
    """The list's CSV and Excel exports pass the spreadsheet formula guard."""


class OutboxViewSet(ModelViewSet):
    model = OutboxMessage
    index_view_class = OutboxIndexView
    icon = "mail"
    menu_label = _("Outbox")
    add_to_admin_menu = True
    menu_order = 360
    inspect_view_enabled = True
    copy_view_enabled = False
    list_display = ["queued_at", "to_email", "rule", "status", "attempts", "sent_at"]
    list_filter = ["rule", "status", "queued_at"]
    search_fields = ["to_email", "subject"]
    list_export = ["queued_at", "to_email", "rule", "occasion", "template_version", "status",
                   "attempts", "sent_at", "delivered_at", "failed_at", "error"]  # fmt: skip
    export_filename = "outbox"
    inspect_view_fields = ["to_email", "rule", "occasion", "template_version", "subject", "body",
                           "status", "attempts", "provider_id", "error", "queued_at",
                           "sent_at", "delivered_at", "failed_at"]  # fmt: skip
    form_fields = ["status"]  # never used: nobody may add or edit

    @property
    def permission_policy(self):
        return PlatformAdminsMayRead(self.model)


class MessageTemplateViewSet(SnippetViewSet):
    model = MessageTemplate
    icon = "mail"
    menu_label = _("Message templates")
    add_to_admin_menu = True
    menu_order = 260
    list_display = ["rule", "subject", "version", "updated_at"]


class PreElectionPeriodViewSet(SnippetViewSet):
    model = PreElectionPeriod
    icon = "date"
    menu_label = _("Pre-election periods")
    add_to_admin_menu = True
    menu_order = 270
    list_display = ["council", "starts", "ends"]
    list_filter = ["council"]
