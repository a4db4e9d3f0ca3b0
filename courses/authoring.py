"""Who may edit a programme and how changes are approved: Wagtail's own page permissions and
workflows, set up once per programme. Trainers edit and submit; lead trainers approve."""

from django.contrib.auth.models import Group, Permission
from django.contrib.contenttypes.models import ContentType
from django.db import transaction
from wagtail.models import (
    GroupApprovalTask,
    GroupPagePermission,
    Workflow,
    WorkflowContentType,
    WorkflowPage,
    WorkflowTask,
)

from champions.accounts.constants import ROLE_GROUPS, Role

from .models import ProgrammePage

TRAINER_PERMISSIONS = ["add_page", "change_page"]
LEAD_TRAINER_PERMISSIONS = ["add_page", "change_page", "publish_page", "lock_page", "unlock_page"]
WORKFLOW_NAME = "Lead trainer approval"


@transaction.atomic
def programme_authoring_setup(*, programme: ProgrammePage) -> Workflow:
    trainers = Group.objects.get(name=ROLE_GROUPS[Role.TRAINER])
    leads = Group.objects.get(name=ROLE_GROUPS[Role.LEAD_TRAINER])
    for group, codenames in ((trainers, TRAINER_PERMISSIONS), (leads, LEAD_TRAINER_PERMISSIONS)):
        for permission in Permission.objects.filter(
            content_type__app_label="wagtailcore", codename__in=codenames
        ):
            GroupPagePermission.objects.get_or_create(
                group=group, page=programme, permission=permission
            )

    workflow, _ = Workflow.objects.get_or_create(name=WORKFLOW_NAME, defaults={"active": True})
    task, created = GroupApprovalTask.objects.get_or_create(name="Lead trainer review")
    if created or not task.groups.exists():
        task.groups.set([leads])
    WorkflowTask.objects.get_or_create(workflow=workflow, task=task, defaults={"sort_order": 0})
    WorkflowPage.objects.update_or_create(page=programme, defaults={"workflow": workflow})
    # The self-assessment items (quizzes' snippets) go through the same approval: named by
    # content type, as this app comes before quizzes.
    items = ContentType.objects.get_by_natural_key(*APPROVED_SNIPPETS)
    WorkflowContentType.objects.update_or_create(
        content_type=items, defaults={"workflow": workflow}
    )
    return workflow


APPROVED_SNIPPETS = ("quizzes", "instrumentitem")
