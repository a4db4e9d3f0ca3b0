"""Commitments shown on pages that belong to earlier apps, through their hooks (no imports the
other way): My learning and My journey say how many are done and how many to check in on. A
module quiz passed may complete the programme: then the certificate is issued."""

from django.template.loader import render_to_string
from django.utils.translation import gettext_lazy as _
from wagtail import hooks

from .admin_views import WITHDRAW_LOG_ACTION, CertificateViewSet
from .queries import commitment_summary
from .services import certificates_after_progress


def _summary(request) -> str:
    return render_to_string(
        "recognition/summary.html",
        {"summary": commitment_summary(user=request.user)},
        request=request,
    )


@hooks.register("learn_page_panels")
def learn_commitments_panel(request):
    record = render_to_string("recognition/record_link.html", request=request)
    return _summary(request) + record


@hooks.register("journey_page_panels")
def journey_commitments_panel(request):
    return _summary(request)


@hooks.register("module_quiz_passed")
def issue_certificate_on_completion(*, user, at):
    certificates_after_progress(user=user, at=at)


@hooks.register("register_admin_viewset")
def register_certificate_viewset():
    return CertificateViewSet()


@hooks.register("register_log_actions")
def certificate_log_actions(actions):
    actions.register_action(
        WITHDRAW_LOG_ACTION, _("Withdraw certificate"), _("Certificate withdrawn")
    )
