from wagtail import hooks
from wagtail.snippets.models import register_snippet

from .admin_views import MessageTemplateViewSet, OutboxViewSet, PreElectionPeriodViewSet

register_snippet(MessageTemplateViewSet)
register_snippet(PreElectionPeriodViewSet)


@hooks.register("register_admin_viewset")
def register_outbox():
    return OutboxViewSet("outbox")
