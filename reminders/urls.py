from django.urls import path

from . import views

app_name = "reminders"
urlpatterns = [
    path("notify/callback/", views.notify_callback, name="notify_callback"),
    path("reminders/unsubscribe/<str:token>/", views.unsubscribe, name="unsubscribe"),
    path("account/reminders/", views.reminder_settings, name="settings"),
    path("account/reminders/sent/", views.my_messages, name="my_messages"),
    path("cohorts/<int:cohort_id>/outbox/", views.cohort_outbox, name="cohort_outbox"),
]
