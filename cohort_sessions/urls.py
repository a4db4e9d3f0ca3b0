from django.urls import path

from . import views

app_name = "cohort_sessions"
urlpatterns = [
    path("cohorts/<int:cohort_id>/sessions/", views.session_list, name="list"),
    path("cohorts/<int:cohort_id>/sessions/new/", views.session_new, name="new"),
    path(
        "cohorts/<int:cohort_id>/sessions/<int:session_id>/edit/", views.session_edit, name="edit"
    ),
    path(
        "cohorts/<int:cohort_id>/sessions/<int:session_id>/cancel/",
        views.session_cancel,
        name="cancel",
    ),
    path(
        "cohorts/<int:cohort_id>/sessions/<int:session_id>/register/",
        views.register,
        name="register",
    ),
    path("sessions/<int:session_id>/", views.detail, name="detail"),
    path("sessions/<int:session_id>/calendar.ics", views.session_ics, name="ics"),
    path("account/calendar/", views.feed_settings, name="feed_settings"),
    path("calendar/<str:token>.ics", views.feed, name="feed"),
]
