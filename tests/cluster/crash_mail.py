"""An email backend for the cluster suite that dies like a killed worker: it writes the mail
(to files, as the cluster's file backend does) and then, if the marker file named in
CLUSTER_CRASH_MARKER exists, removes it and SIGKILLs its own process before the task can
record anything more. One crash per marker: the task's next run must then send nothing."""

import os
import signal
from pathlib import Path

from django.core.mail.backends.filebased import EmailBackend as FileEmailBackend


class EmailBackend(FileEmailBackend):
    def send_messages(self, email_messages):
        sent = super().send_messages(email_messages)
        self.close()  # the message is on disk, as if the mail server had accepted it
        marker = os.environ.get("CLUSTER_CRASH_MARKER")
        if marker and Path(marker).exists():
            Path(marker).unlink()
            os.kill(os.getpid(), signal.SIGKILL)
        return sent
