from django.urls import path

from . import views

app_name = "cohorts"
urlpatterns = [
    path("cohorts/", views.cohort_list, name="list"),
    path("cohorts/<int:cohort_id>/", views.dashboard, name="detail"),
    path("cohorts/<int:cohort_id>/learners/<int:user_id>/", views.learner, name="learner"),
    path("cohorts/<int:cohort_id>/plan/", views.plan, name="plan"),
    path("cohorts/<int:cohort_id>/export/<slug:what>.<slug:fmt>", views.export, name="export"),
]
