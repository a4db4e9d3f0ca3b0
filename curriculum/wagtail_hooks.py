"""The trainers' "Welsh content" report (Reports menu): every English page and instrument item,
with whether its Welsh is missing, out of date or up to date. wagtail-localize's own
Translations report lists the translations that exist; this one also lists what has none."""

from django.contrib.auth.decorators import permission_required
from django.shortcuts import render
from django.urls import path, reverse
from wagtail import hooks
from wagtail.admin.menu import MenuItem
from wagtail.models import Locale, Page

from quizzes.models import InstrumentItem

from .welsh import MISSING, OUT_OF_DATE, STATE_LABELS, welsh_locale, welsh_state

ORDER = {MISSING: 0, OUT_OF_DATE: 1}


def welsh_rows() -> list[dict]:
    english = Locale.get_default()
    welsh = welsh_locale()
    rows = []
    pages = Page.objects.filter(locale=english, depth__gte=2).live().order_by("path").specific()
    for page in pages:
        translated = page.get_translation_or_none(welsh)
        rows.append(
            {
                "kind": page.specific_class._meta.verbose_name,
                "title": page.title,
                "where": page.url_path,
                "state": welsh_state(page),
                "edit_english": reverse("wagtailadmin_pages:edit", args=[page.pk]),
                "edit_welsh": translated
                and reverse("wagtailadmin_pages:edit", args=[translated.pk]),
                "translate": reverse("wagtail_localize:submit_page_translation", args=[page.pk]),
            }
        )
    for item in InstrumentItem.objects.originals().order_by("sort_order", "key"):
        translated = item.get_translation_or_none(welsh)
        edit = "wagtailsnippets_quizzes_instrumentitem:edit"
        rows.append(
            {
                "kind": "Self-assessment item",
                "title": str(item),
                "where": item.key,
                "state": welsh_state(item),
                "edit_english": reverse(edit, args=[item.pk]),
                "edit_welsh": translated and reverse(edit, args=[translated.pk]),
                "translate": reverse(
                    "wagtail_localize:submit_snippet_translation",
                    args=["quizzes", "instrumentitem", item.pk],
                ),
            }
        )
    for row in rows:
        row["label"] = STATE_LABELS[row["state"]]
    rows.sort(key=lambda row: ORDER.get(row["state"], 2))  # stable: tree order within a state
    return rows


@permission_required("wagtailadmin.access_admin", raise_exception=True)
def welsh_report(request):
    rows = welsh_rows()
    counts = {label: sum(1 for r in rows if r["label"] == label) for label in STATE_LABELS.values()}
    return render(request, "curriculum/welsh_report.html", {"rows": rows, "counts": counts})


@hooks.register("register_admin_urls")
def welsh_report_urls():
    return [path("reports/welsh/", welsh_report, name="curriculum_welsh_report")]


@hooks.register("register_reports_menu_item")
def welsh_report_menu_item():
    return MenuItem(
        "Welsh content", reverse("curriculum_welsh_report"), icon_name="site", order=710
    )
