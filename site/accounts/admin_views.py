"""Councils and councillor profiles in the Wagtail admin, for platform admins."""

from django.utils.translation import gettext_lazy as _
from wagtail.admin.viewsets.model import ModelViewSet

from .models import Council, CouncilLeadership, CouncillorProfile


class CouncilViewSet(ModelViewSet):
    model = Council
    icon = "site"
    menu_label = _("Councils")
    add_to_admin_menu = True
    menu_order = 300
    list_display = ["name", "type", "nation", "region"]
    list_filter = ["type", "nation"]
    search_fields = ["name", "region"]
    form_fields = ["name", "slug", "type", "nation", "region",
                   "contact_name", "contact_email", "contact_phone"]  # fmt: skip


class CouncillorProfileViewSet(ModelViewSet):
    model = CouncillorProfile
    icon = "user"
    menu_label = _("Councillors")
    add_to_admin_menu = True
    menu_order = 310
    list_display = ["user", "council", "position", "ward", "year_first_elected"]
    list_filter = ["council", "position"]
    search_fields = ["user__email", "user__first_name", "user__last_name", "ward"]
    form_fields = ["user", "council", "position", "ward", "year_first_elected"]


class CouncilLeadershipViewSet(ModelViewSet):
    model = CouncilLeadership
    icon = "crosshairs"
    menu_label = _("Council leaders")
    add_to_admin_menu = True
    menu_order = 320
    list_display = ["user", "council"]
    list_filter = ["council"]
    form_fields = ["user", "council"]
