"""Background tasks (django-tasks): a councillor's development plan emailed to their council's
programme contact. Each share is claimed before sending, so it goes at most once."""

from django.core import mail
from django.utils import timezone
from django.utils.translation import gettext_lazy
from django_tasks import task

from champions.languages import contact_languages, render_message
from quizzes.constants import LEARNER_STAGE_LABELS

from .models import DevelopmentPlanShare
from .queries import latest_stage, plan_sharing


def plan_email(share: DevelopmentPlanShare) -> mail.EmailMessage:
    """The plan as saved, with the stage only when the councillor chose to include it; never
    a score. Replies go to the councillor. The contact is not a user with a language of their
    own: Welsh then English when the council is in Wales, English otherwise."""
    user = share.user
    sharing = plan_sharing(user=user)
    stage = latest_stage(user=user) if share.include_stage else None
    context = {
        "name": user.get_full_name() or user.email,
        "email": user.email,
        "council": sharing.council_name,
        "contact_name": sharing.contact_name,
        "plan": sharing.plan,
        "include_stage": share.include_stage,
        "stage": stage,
        # Worded in each copy's language.
        "stage_label": gettext_lazy(LEARNER_STAGE_LABELS[stage]) if stage else "",
    }
    message = render_message(
        contact_languages(sharing.council_nation),
        subject="recognition/email/plan_subject.txt",
        text="recognition/email/plan_body.txt",
        context=context,
    )
    return mail.EmailMessage(
        subject=message.subject, body=message.text, to=[share.sent_to], reply_to=[user.email]
    )


@task()
def send_plan_share(*, share_id: int) -> int:
    from .services import plan_share_claim, plan_share_release

    claimed_at = timezone.now()
    if not plan_share_claim(share_id=share_id, at=claimed_at):
        return 0
    share = DevelopmentPlanShare.objects.select_related("user").get(pk=share_id)
    try:
        plan_email(share).send()
    except Exception:
        plan_share_release(share_id=share_id, claimed_at=claimed_at)
        raise
    return 1
