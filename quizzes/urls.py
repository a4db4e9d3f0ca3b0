from django.urls import path

from . import views

app_name = "quizzes"
urlpatterns = [
    path("journey/", views.journey, name="journey"),
]
