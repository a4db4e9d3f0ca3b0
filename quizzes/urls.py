from django.urls import path

from . import views

app_name = "quizzes"
urlpatterns = [
    path("journey/", views.journey, name="journey"),
    path("journey/start/", views.start, name="start"),
    path("journey/self-assessment/<slug:occasion>/", views.self_assessment, name="self_assessment"),
    path("journey/check-in/<int:quiz_id>/", views.pulse, name="pulse"),
    path("quizzes/<int:quiz_id>/start/", views.quiz_start, name="start_quiz"),
    path("quizzes/attempts/<int:attempt_id>/", views.attempt, name="attempt"),
    path("quizzes/attempts/<int:attempt_id>/result/", views.result, name="result"),
]
