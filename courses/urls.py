from django.urls import path

from . import views

app_name = "courses"
urlpatterns = [
    path("learn/", views.learn, name="learn"),
    path("learn/notes/", views.notes, name="notes"),
    path("learn/search/", views.search, name="search"),
    path("learn/lessons/<int:lesson_id>/complete/", views.lesson_complete, name="lesson_complete"),
    path(
        "learn/lessons/<int:lesson_id>/reflections/<slug:block_id>/",
        views.reflection_save,
        name="reflection_save",
    ),
]
