"""Reads about people and their councils."""

from django.db.models import Q

from .models import Council


def councils_to_contact(user) -> list[Council]:
    """The councils whose programme contact this person asks for help: the council they sit on
    and any council they lead. One query; nobody else's council ever appears."""
    if not user.is_authenticated:
        return []
    sits_on = Q(councillors__user=user, councillors__left_at__isnull=True)
    return list(
        Council.objects.filter(sits_on | Q(leaderships__user=user)).distinct().order_by("name")
    )
