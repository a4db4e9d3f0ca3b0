from django import template

from cohorts.constants import FLAG_LABELS

register = template.Library()


@register.filter
def number(value, places=1):
    """A figure for a table: rounded, or a dash when there is none."""
    if value is None or value == "":
        return "–"
    return f"{value:.{places}f}"


@register.filter
def signed(value, places=2):
    """A change with its sign: +0.42, -0.10."""
    if value is None or value == "":
        return "–"
    return f"{value:+.{places}f}"


@register.filter
def percent(value):
    """A share (0-1) as a whole percentage."""
    if value is None or value == "":
        return "–"
    return f"{round(100 * value)}%"


@register.filter
def as_query(value):
    """A query string ready to follow a path: "?a=1", or nothing when there is none."""
    return f"?{value}" if value else ""


@register.filter
def flag_label(value):
    """A figure's flag (a fixed English key kept in the cached figures) in the page's language."""
    return FLAG_LABELS.get(value, value)
