from django.urls import reverse

from .constants import Role


def navigation(request):
    """The header links for the signed-in person's roles, and only theirs."""
    user = getattr(request, "user", None)
    if user is None or not user.is_authenticated:
        return {"nav_items": []}
    admin = user.is_platform_admin
    items = []
    if user.has_role(Role.COUNCILLOR):
        items.append(("My learning", reverse("courses:learn")))
        items.append(("My journey", reverse("quizzes:journey")))
    if admin or user.has_role(Role.FACILITATOR):
        items.append(("Cohorts", reverse("cohorts:list")))
    if admin or user.has_role(Role.COUNCIL_LEADER):
        items.append(("Council uptake", reverse("cohorts:council")))
    if admin or user.has_role(Role.TRAINER, Role.LEAD_TRAINER):
        items.append(("Admin", reverse("wagtailadmin_home")))
    path = request.path
    return {
        "nav_items": [
            {
                "text": text,
                "href": href,
                "current": path == href or (href != "/" and path.startswith(href)),
            }
            for text, href in items
        ]
    }
