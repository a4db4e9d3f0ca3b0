"""My learning shows "Your next sessions" through the courses app's panel hook, so courses
(before this app in the data flow) never imports it."""

from django.template.loader import render_to_string
from wagtail import hooks

from .queries import upcoming_for


@hooks.register("learn_page_panels")
def next_sessions_panel(request):
    return render_to_string(
        "cohort_sessions/includes/next_sessions.html",
        {"upcoming": upcoming_for(user=request.user)},
        request=request,
    )
