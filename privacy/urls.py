"""Mounted under /account/ by the project's root URLs."""

from django.urls import path

from . import views

app_name = "privacy"
urlpatterns = [
    path("data/", views.data_home, name="data"),
    path("data/<int:export_id>/your-data.<slug:fmt>", views.data_download, name="data_download"),
    path("delete/", views.delete_account, name="delete"),
    path("deleted/", views.account_deleted, name="deleted"),
]
