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
    path("learn/plan/share/", views.development_plan_share, name="development_plan_share"),
    path("learn/record/", views.my_record, name="my_record"),
    path("learn/record.csv", views.my_record_csv, name="my_record_csv"),
    path("learn/record.pdf", views.my_record_pdf, name="my_record_pdf"),
    path("council/<slug:slug>/learning-records/", views.council_records, name="council_records"),
    path(
        "council/<slug:slug>/learning-records.csv",
        views.council_records_csv,
        name="council_records_csv",
    ),
    path(
        "council/<slug:slug>/learning-records.pdf",
        views.council_records_pdf,
        name="council_records_pdf",
    ),
]

# Certificates: the councillor's own, then the public verification, keys and status list.
urlpatterns += [
    path("learn/certificates/<str:public_id>/", views.certificate, name="certificate"),
    path(
        "learn/certificates/<str:public_id>/certificate.pdf",
        views.certificate_pdf,
        name="certificate_pdf",
    ),
    path(
        "learn/certificates/<str:public_id>/credential.jwt",
        views.credential_jwt,
        name="credential_jwt",
    ),
    path(
        "learn/certificates/<str:public_id>/credential.json",
        views.credential_json,
        name="credential_json",
    ),
    path("credentials/keys.json", views.public_keys, name="public_keys"),
    path("credentials/status/<int:number>", views.status_list, name="status_list"),
    path("credentials/<str:public_id>/", views.verify, name="verify"),
]
