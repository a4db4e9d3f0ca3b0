from django import forms
from django.utils import timezone
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from wagtail.admin.forms import WagtailAdminModelForm
from wagtail.admin.viewsets.model import ModelViewSet

from champions.accounts.models import User

from .models import Cohort, CohortMembership
from .queries import councillor_profiles
from .services import cohort_member_add


class CouncillorChoiceField(forms.ModelChoiceField):
    def label_from_instance(self, user):
        profile = getattr(user, "councillor_profile", None)
        council = profile.council.name if profile else _("no council")
        return f"{user.get_full_name() or user.email} ({user.email}, {council})"


class CohortMembershipForm(WagtailAdminModelForm):
    """Adding a member in the admin goes through the same service as everywhere else, so the
    councillor is also enrolled on the cohort's programme. Only current councillors are
    offered (never staff accounts), each with their email and council, since two councillors
    can share a name."""

    class Meta:
        model = CohortMembership
        fields = ["cohort", "user", "joined_at"]

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        councillors = User.objects.filter(
            pk__in=councillor_profiles().values("user_id")
        ).select_related("councillor_profile__council")
        if self.instance.pk:  # keep the current member choosable even if they have left
            councillors = councillors | User.objects.filter(pk=self.instance.user_id)
        self.fields["user"] = CouncillorChoiceField(
            queryset=councillors.order_by("last_name", "first_name", "email"),
            label=_("Councillor"),
            help_text=_(
                "Councillors on a council's current roster. Staff accounts are not listed."
            ),
        )
        self.fields["joined_at"].initial = timezone.now
        self.fields["joined_at"].required = False
        self.fields["joined_at"].help_text = _("Leave as it is for now.")

    def save(self, commit=True):
        if self.instance.pk or not commit:
            return super().save(commit=commit)
        return cohort_member_add(
            cohort=self.cleaned_data["cohort"],
            user=self.cleaned_data["user"],
            joined_at=self.cleaned_data["joined_at"] or timezone.now(),
        )


class CohortViewSet(ModelViewSet):
    model = Cohort
    url_namespace = "cohort_admin"  # "cohorts" is the facilitator pages' namespace
    icon = "group"
    menu_label = gettext_lazy("Cohorts")
    add_to_admin_menu = True
    menu_order = 330
    list_display = ["name", "programme", "start_date", "end_date"]
    list_filter = ["councils", "start_date"]
    search_fields = ["name"]
    form_fields = ["name", "programme", "councils", "facilitators", "start_date", "end_date"]


class CohortMembershipViewSet(ModelViewSet):
    model = CohortMembership
    icon = "user"
    menu_label = gettext_lazy("Cohort members")
    add_to_admin_menu = True
    menu_order = 340
    list_display = ["user", "cohort", "joined_at"]
    list_filter = ["cohort"]
    search_fields = ["user__email", "user__last_name"]
    form_fields = ["cohort", "user", "joined_at"]

    def get_form_class(self, for_update=False):
        return CohortMembershipForm
