from django.shortcuts import render
from django.views.decorators.http import require_GET

from champions.accounts.constants import Role
from champions.accounts.permissions import role_required


@require_GET
@role_required(Role.COUNCILLOR, allow_admin=False)
def journey(request):
    return render(request, "quizzes/journey.html", {})
