from django.urls import reverse
from django.utils.translation import gettext as _

from champions.security import idle_limit

from .constants import Role

# The warning before an idle sign-out appears this long before it (GOV.UK services commonly
# warn 2 minutes ahead).
TIMEOUT_WARNING_SECONDS = 120


def navigation(request):
    """The header links for the signed-in person's roles, and only theirs."""
    user = getattr(request, "user", None)
    if user is None or not user.is_authenticated:
        return {"nav_items": [], "show_header_search": False}
    admin = user.is_platform_admin
    items = []
    learner = user.has_role(Role.COUNCILLOR)
    if learner:
        items.append((_("My learning"), reverse("courses:learn")))
        items.append((_("My journey"), reverse("quizzes:journey")))
        items.append((_("My notes"), reverse("courses:notes")))
    if admin or user.has_role(Role.FACILITATOR):
        items.append((_("Cohorts"), reverse("cohorts:list")))
    if admin or user.has_role(Role.COUNCIL_LEADER):
        items.append((_("Council uptake"), reverse("council:home")))
    if admin or user.has_role(Role.TRAINER, Role.LEAD_TRAINER):
        items.append((_("Admin"), reverse("wagtailadmin_home")))
    path = request.path
    return {
        "nav_items": [
            {
                "text": text,
                "href": href,
                "current": path == href or (href != "/" and path.startswith(href)),
            }
            for text, href in items
        ],
        # Learners search the modules from every page (the search page has its own form).
        "show_header_search": learner and path != reverse("courses:search"),
    }


def session_timeout(request):
    """What the warning before an idle sign-out needs (signed-in pages only)."""
    user = getattr(request, "user", None)
    if user is None or not user.is_authenticated:
        return {}
    return {
        "session_timeout": {
            "idle_seconds": idle_limit(user),
            "warn_seconds": TIMEOUT_WARNING_SECONDS,
        }
    }


# The start pages (where after_login sends each role) and the account page: where the question
# "which language should we write to you in?" shows until it is answered. Never a page of its
# own in the way: answering is optional, and every link on the page still works.
LANGUAGE_QUESTION_PAGES = frozenset(
    {
        "courses:learn",
        "quizzes:journey",
        "cohorts:list",
        "cohorts:detail",
        "council:uptake",
        "account_home",
    }
)


def language_question(request):
    user = getattr(request, "user", None)
    match = getattr(request, "resolver_match", None)
    return {
        "ask_language": bool(
            user is not None
            and user.is_authenticated
            and not user.language
            and request.method == "GET"
            and match is not None
            and match.view_name in LANGUAGE_QUESTION_PAGES
        )
    }
