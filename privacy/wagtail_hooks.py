from wagtail import hooks

from .admin_views import AccessLogViewSet


@hooks.register("register_admin_viewset")
def register_access_log():
    return AccessLogViewSet("access_log")
