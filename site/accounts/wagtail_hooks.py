from wagtail import hooks

from .admin_views import CouncilLeadershipViewSet, CouncillorProfileViewSet, CouncilViewSet


@hooks.register("register_admin_viewset")
def register_account_viewsets():
    return [
        CouncilViewSet("councils"),
        CouncillorProfileViewSet("councillors"),
        CouncilLeadershipViewSet("council_leaders"),
    ]
