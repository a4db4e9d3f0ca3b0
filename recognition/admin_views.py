"""Certificates in the Wagtail admin: platform admins and lead trainers find a certificate and
withdraw it (asked why, and to confirm), through the same service as
``manage.py revoke_certificate``. Nobody adds, edits or deletes one here: a certificate is issued
by completing the programme and stays on record once withdrawn."""

from django.contrib import messages
from django.core.exceptions import ValidationError
from django.shortcuts import get_object_or_404, redirect
from django.urls import path, reverse
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from django.views.generic import FormView
from wagtail.admin.views.generic import IndexView
from wagtail.admin.views.generic.base import WagtailAdminTemplateMixin
from wagtail.admin.views.generic.permissions import PermissionCheckedMixin
from wagtail.admin.viewsets.model import ModelViewSet
from wagtail.admin.widgets.button import MenuItem
from wagtail.log_actions import log
from wagtail.permission_policies import ModelPermissionPolicy

from champions.accounts.constants import Role

from .forms import WithdrawCertificateForm
from .models import Certificate
from .services import certificate_revoke

WITHDRAW = "withdraw"
WITHDRAW_LOG_ACTION = "recognition.withdraw"


def may_withdraw(user) -> bool:
    """Platform admins (superusers among them) and lead trainers."""
    return bool(
        user.is_active
        and (getattr(user, "is_platform_admin", False) or user.has_role(Role.LEAD_TRAINER))
    )


class WithdrawersOnly(ModelPermissionPolicy):
    """They may list, inspect and withdraw certificates; nobody may add, edit or delete one."""

    def user_has_permission(self, user, action):
        return action in ("view", WITHDRAW) and may_withdraw(user)

    def user_has_any_permission(self, user, actions):
        return any(self.user_has_permission(user, action) for action in actions)


class CertificateIndexView(IndexView):
    def get_list_more_buttons(self, instance):
        buttons = super().get_list_more_buttons(instance)
        if instance.revoked_at is None and may_withdraw(self.request.user):
            buttons.append(
                MenuItem(
                    "Withdraw",
                    url=reverse("recognition_certificates:withdraw", args=[instance.pk]),
                    icon_name="warning",
                    priority=30,
                )
            )
        return buttons


class WithdrawView(PermissionCheckedMixin, WagtailAdminTemplateMixin, FormView):
    """Asks why and for a tick, then withdraws. A certificate already withdrawn shows when and
    why, and withdrawing it again (a second tab, a double submit) changes nothing."""

    permission_required = WITHDRAW
    form_class = WithdrawCertificateForm
    template_name = "recognition/admin/withdraw.html"
    header_icon = "warning"
    permission_policy = None  # set by the viewset
    index_url_name = ""

    def setup(self, request, *args, **kwargs):
        super().setup(request, *args, **kwargs)
        self.certificate = get_object_or_404(
            Certificate.objects.select_related("user"), pk=kwargs["pk"]
        )

    def get_page_title(self):
        return _("Withdraw certificate")

    def get_page_subtitle(self):
        return str(self.certificate)

    def get_breadcrumbs_items(self):
        return self.breadcrumbs_items + [
            {"url": reverse(self.index_url_name), "label": _("Certificates")},
            {"url": "", "label": _("Withdraw certificate")},
        ]

    def get_context_data(self, **kwargs):
        return super().get_context_data(
            certificate=self.certificate,
            holder=self.certificate.user.get_full_name() or self.certificate.user.email,
            index_url=reverse(self.index_url_name),
            **kwargs,
        )

    def form_valid(self, form):
        if self.certificate.revoked_at is None:
            try:
                certificate_revoke(
                    public_id=self.certificate.public_id, reason=form.cleaned_data["reason"]
                )
            except ValidationError as exc:
                form.add_error("reason", exc.messages[0])
                return self.form_invalid(form)
            # Who withdrew it, in Wagtail's own audit log (Reports > Site history).
            log(instance=self.certificate, action=WITHDRAW_LOG_ACTION, user=self.request.user)
            messages.success(
                self.request,
                _(
                    "Certificate %(id)s is withdrawn. Its verification page and the status list "
                    "now say so."
                )
                % {"id": self.certificate.public_id},
            )
        return redirect(self.index_url_name)


class CertificateViewSet(ModelViewSet):
    model = Certificate
    icon = "doc-full"
    menu_label = gettext_lazy("Certificates")
    add_to_admin_menu = True
    menu_order = 380
    url_prefix = "certificates"
    name = "recognition_certificates"
    index_view_class = CertificateIndexView
    inspect_view_enabled = True
    copy_view_enabled = False
    list_display = ["public_id", "user", "programme_title", "issued_at", "revoked_at"]
    list_filter = ["revoked_at"]
    search_fields = ["public_id", "user__email", "user__last_name", "programme_title"]
    inspect_view_fields = ["public_id", "user", "programme_title", "issued_at",
                           "status_index", "revoked_at", "revoked_reason"]  # fmt: skip
    form_fields = ["revoked_reason"]  # never used: nobody may add or edit

    @property
    def permission_policy(self):
        return WithdrawersOnly(self.model)

    def withdraw_view(self, request, pk):
        return WithdrawView.as_view(
            permission_policy=self.permission_policy,
            index_url_name=self.get_url_name("index"),
        )(request, pk=pk)

    def get_urlpatterns(self):
        return super().get_urlpatterns() + [
            path("withdraw/<int:pk>/", self.withdraw_view, name="withdraw"),
        ]
