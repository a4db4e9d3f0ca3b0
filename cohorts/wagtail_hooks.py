from wagtail import hooks

from .admin_views import CohortMembershipViewSet, CohortViewSet
from .privacy.admin_views import AccessLogViewSet


@hooks.register("register_admin_viewset")
def register_cohort_viewsets():
    return [
        CohortViewSet("cohorts"),
        CohortMembershipViewSet("cohort_members"),
        AccessLogViewSet("access_log"),
    ]
