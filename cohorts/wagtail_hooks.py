from wagtail import hooks

from .admin_views import CohortMembershipViewSet, CohortViewSet


@hooks.register("register_admin_viewset")
def register_cohort_viewsets():
    return [CohortViewSet("cohorts"), CohortMembershipViewSet("cohort_members")]
