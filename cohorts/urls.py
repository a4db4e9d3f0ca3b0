from django.urls import path

from . import dashboard_views, views

app_name = "cohorts"
urlpatterns = [
    path("cohorts/", views.cohort_list, name="list"),
    path("cohorts/<int:cohort_id>/", dashboard_views.dashboard, name="detail"),
    path(
        "cohorts/<int:cohort_id>/learners/<int:user_id>/",
        dashboard_views.learner,
        name="learner",
    ),
    path("cohorts/<int:cohort_id>/plan/", dashboard_views.plan, name="plan"),
    path(
        "cohorts/<int:cohort_id>/export/<slug:what>.<slug:fmt>",
        dashboard_views.export,
        name="export",
    ),
    path("council/", views.council_uptake, name="council"),
]
