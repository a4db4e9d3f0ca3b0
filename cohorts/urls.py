from django.urls import path

from . import member_views, views

app_name = "cohorts"
urlpatterns = [
    path("cohorts/", views.cohort_list, name="list"),
    path("cohorts/<int:cohort_id>/", views.dashboard, name="detail"),
    path("cohorts/<int:cohort_id>/learners/", views.learners, name="learners"),
    path("cohorts/<int:cohort_id>/journey/", views.journey, name="journey"),
    path("cohorts/<int:cohort_id>/questions/", views.questions, name="questions"),
    path("cohorts/<int:cohort_id>/quality/", views.quality, name="quality"),
    path("cohorts/<int:cohort_id>/learners/<int:user_id>/", views.learner, name="learner"),
    path("cohorts/<int:cohort_id>/plan/", views.plan, name="plan"),
    path("cohorts/<int:cohort_id>/export/<slug:what>.<slug:fmt>", views.export, name="export"),
    path("cohorts/<int:cohort_id>/members/", member_views.members, name="members"),
    path("cohorts/<int:cohort_id>/members/add/", member_views.members_add, name="members_add"),
    path(
        "cohorts/<int:cohort_id>/members/<int:user_id>/remove/",
        member_views.member_remove,
        name="member_remove",
    ),
    path("cohorts/<int:cohort_id>/join-link/", member_views.join_link, name="join_link"),
    path("cohorts/join/<str:token>/", member_views.join, name="join"),
]
