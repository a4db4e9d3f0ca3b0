from django.template.loader import render_to_string
from django.urls import reverse
from django.utils.translation import gettext_lazy
from wagtail import hooks
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet

from champions.accounts.constants import Role

from .measurement import measurement_state, milestones
from .models import InstrumentItem
from .queries import learn_panel, starting_point_done


class InstrumentItemViewSet(SnippetViewSet):
    model = InstrumentItem
    icon = "list-ol"
    menu_label = gettext_lazy("Self-assessment items")
    add_to_admin_menu = True
    menu_order = 250
    list_display = ["key", "dimension", "text", "reverse_coded", "active"]
    list_filter = ["dimension", "active"]
    search_fields = ["key", "text"]


register_snippet(InstrumentItemViewSet)


@hooks.register("councillor_landing_url")
def baseline_first(request):
    """After sign-in, a councillor who has not finished their starting point lands on its
    task list first."""
    if request.user.has_role(Role.COUNCILLOR) and not starting_point_done(user=request.user):
        return reverse("quizzes:start")  # in the active language: /cy/journey/start/ in Welsh
    return None


@hooks.register("learner_milestones")
def learner_milestones(*, user, overview):
    """The measurement side of courses' one "what next" rule."""
    return milestones(measurement_state(user=user, overview=overview))


@hooks.register("learn_page_panels")
def stage_panel(request):
    return render_to_string(
        "quizzes/learn_panel.html", learn_panel(user=request.user), request=request
    )
