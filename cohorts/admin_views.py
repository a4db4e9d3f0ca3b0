from wagtail.admin.forms import WagtailAdminModelForm
from wagtail.admin.viewsets.model import ModelViewSet

from .models import Cohort, CohortMembership
from .services import cohort_member_add


class CohortMembershipForm(WagtailAdminModelForm):
    """Adding a member in the admin goes through the same service as everywhere else, so the
    councillor is also enrolled on the cohort's programme."""

    class Meta:
        model = CohortMembership
        fields = ["cohort", "user", "joined_at"]

    def save(self, commit=True):
        if self.instance.pk or not commit:
            return super().save(commit=commit)
        return cohort_member_add(
            cohort=self.cleaned_data["cohort"],
            user=self.cleaned_data["user"],
            joined_at=self.cleaned_data["joined_at"],
        )


class CohortViewSet(ModelViewSet):
    model = Cohort
    url_namespace = "cohort_admin"  # "cohorts" is the facilitator pages' namespace
    icon = "group"
    menu_label = "Cohorts"
    add_to_admin_menu = True
    menu_order = 330
    list_display = ["name", "programme", "start_date", "end_date"]
    list_filter = ["councils", "start_date"]
    search_fields = ["name"]
    form_fields = ["name", "programme", "councils", "facilitators", "start_date", "end_date"]


class CohortMembershipViewSet(ModelViewSet):
    model = CohortMembership
    icon = "user"
    menu_label = "Cohort members"
    add_to_admin_menu = True
    menu_order = 340
    list_display = ["user", "cohort", "joined_at"]
    list_filter = ["cohort"]
    search_fields = ["user__email", "user__last_name"]
    form_fields = ["cohort", "user", "joined_at"]

    def get_form_class(self, for_update=False):
        return CohortMembershipForm
