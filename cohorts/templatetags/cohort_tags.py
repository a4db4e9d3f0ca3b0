from django import template

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
