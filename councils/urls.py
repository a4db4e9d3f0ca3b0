from django.urls import path

from . import views

app_name = "council"
urlpatterns = [
    path("council/", views.council_home, name="home"),
    path("council/<slug:slug>/", views.council_dashboard, name="uptake"),
    path("council/<slug:slug>/report/", views.council_report, name="report"),
    path("council/<slug:slug>/report.pdf", views.council_report_pdf, name="report_pdf"),
    path("council/<slug:slug>/export.csv", views.council_export, name="export"),
    path("council/<slug:slug>/roster/", views.roster, name="roster"),
    path("council/<slug:slug>/contact/", views.contact, name="contact"),
    path("council/<slug:slug>/pre-election/", views.pre_election, name="pre_election"),
    path(
        "council/<slug:slug>/pre-election/<int:period_id>/delete/",
        views.pre_election_delete,
        name="pre_election_delete",
    ),
    path("council/<slug:slug>/roster/template.csv", views.roster_template, name="roster_template"),
    path("council/<slug:slug>/roster/upload/", views.roster_upload, name="roster_upload"),
    path(
        "council/<slug:slug>/roster/preview/<int:upload_id>/",
        views.roster_preview,
        name="roster_preview",
    ),
    path("council/<slug:slug>/roster/invite/", views.roster_invite, name="roster_invite"),
    path(
        "council/<slug:slug>/roster/<int:user_id>/language/",
        views.roster_member_language,
        name="roster_language",
    ),
]
