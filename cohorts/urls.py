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
    path("council/", views.council_home, name="council"),
    path("council/<slug:slug>/", views.council_dashboard, name="council_dashboard"),
    path("council/<slug:slug>/report/", views.council_report, name="council_report"),
    path("council/<slug:slug>/export.csv", views.council_export, name="council_export"),
    path("council/<slug:slug>/roster/", views.roster, name="roster"),
    path("council/<slug:slug>/roster/template.csv", views.roster_template, name="roster_template"),
    path("council/<slug:slug>/roster/upload/", views.roster_upload, name="roster_upload"),
    path(
        "council/<slug:slug>/roster/preview/<int:upload_id>/",
        views.roster_preview,
        name="roster_preview",
    ),
    path("council/<slug:slug>/roster/invite/", views.roster_invite, name="roster_invite"),
]
