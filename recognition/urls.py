from django.urls import path

from . import views

app_name = "recognition"
urlpatterns = [
    path(
        "learn/modules/<int:module_id>/commitments/",
        views.commitments_set,
        name="commitments_set",
    ),
    path("learn/commitments/", views.commitments, name="commitments"),
    path(
        "learn/commitments/<int:commitment_id>/follow-up/<int:days>/",
        views.follow_up,
        name="follow_up",
    ),
    path("learn/commitments/<int:commitment_id>/share/", views.share, name="share"),
    path(
        "learn/commitments/from-session/<int:session_id>/",
        views.commitment_from_session,
        name="from_session",
    ),
    path(
        "cohorts/<int:cohort_id>/commitments/",
        views.cohort_commitments,
        name="cohort_commitments",
    ),
    path("learn/plan/", views.development_plan, name="development_plan"),
    path("learn/record/", views.my_record, name="my_record"),
    path("learn/record.csv", views.my_record_csv, name="my_record_csv"),
    path("council/<slug:slug>/learning-records/", views.council_records, name="council_records"),
    path(
        "council/<slug:slug>/learning-records.csv",
        views.council_records_csv,
        name="council_records_csv",
    ),
]
