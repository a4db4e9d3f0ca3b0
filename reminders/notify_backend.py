"""A Django email backend that sends through GOV.UK Notify (``notifications-python-client``).

Notify sends from templates, so the service has one generic email template whose subject is
``((subject))`` and whose body is ``((body))``; each message fills both (docs/operators.md).
The one-click unsubscribe link a message carries in its ``List-Unsubscribe`` header is passed
to Notify, which sets the headers itself.

Errors are raised (as Django's SMTP backend does unless ``fail_silently``) as one of two kinds,
so the caller can decide: ``NotifyTemporaryError`` (rate limit 429, a server error, no answer)
is worth trying again later; ``NotifyPermanentError`` (400 bad address or template, 403 bad
key) is not. After a send, each message has ``notify_id``: Notify's id for it."""

from django.conf import settings
from django.core.mail.backends.base import BaseEmailBackend
from notifications_python_client.errors import APIError
from notifications_python_client.notifications import NotificationsAPIClient


class NotifyError(Exception):
    def __init__(self, status_code: int, message: str):
        super().__init__(f"{status_code}: {message}"[:300])
        self.status_code = status_code


class NotifyTemporaryError(NotifyError):
    pass


class NotifyPermanentError(NotifyError):
    pass


def is_temporary(status_code: int) -> bool:
    return status_code == 429 or status_code >= 500


class NotifyEmailBackend(BaseEmailBackend):
    def __init__(self, fail_silently=False, **kwargs):
        super().__init__(fail_silently=fail_silently, **kwargs)
        self.client = None

    def open(self):
        if self.client is None:
            self.client = NotificationsAPIClient(
                settings.NOTIFY_API_KEY, base_url=settings.NOTIFY_BASE_URL, timeout=20
            )
        return True

    def close(self):
        self.client = None

    def send_messages(self, email_messages):
        if not email_messages:
            return 0
        self.open()
        sent = 0
        for message in email_messages:
            try:
                self._send(message)
            except NotifyError:
                if not self.fail_silently:
                    raise
            else:
                sent += 1
        return sent

    def accepted_id(self, reference: str) -> str | None:
        """Notify's id for a message it already accepted with this reference, if any: asked
        before sending again a message whose worker died mid-send, so it never goes twice."""
        self.open()
        try:
            found = self.client.get_all_notifications(reference=reference, template_type="email")
        except APIError as exc:
            raise NotifyTemporaryError(exc.status_code, str(exc.message)) from exc
        notifications = found.get("notifications") or []
        return str(notifications[0]["id"]) if notifications else None

    def _send(self, message) -> None:
        unsubscribe = message.extra_headers.get("List-Unsubscribe", "").strip("<>") or None
        for address in message.recipients():
            try:
                answer = self.client.send_email_notification(
                    email_address=address,
                    template_id=settings.NOTIFY_TEMPLATE_ID,
                    personalisation={"subject": message.subject, "body": message.body},
                    reference=message.extra_headers.get("X-Reference") or None,
                    one_click_unsubscribe_url=unsubscribe,
                )
            except APIError as exc:
                kind = (
                    NotifyTemporaryError
                    if is_temporary(exc.status_code)
                    else (NotifyPermanentError)
                )
                raise kind(exc.status_code, str(exc.message)) from exc
            message.notify_id = str(answer.get("id", ""))
