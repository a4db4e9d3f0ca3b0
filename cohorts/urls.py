from django.urls import path

from . import views

app_name = "cohorts"
urlpatterns = [
    path("cohorts/", views.cohort_list, name="list"),
    path("cohorts/<int:cohort_id>/", views.cohort_detail, name="detail"),
    path("council/", views.council_uptake, name="council"),
]
