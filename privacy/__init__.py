"""Privacy (UK GDPR): a person's copy of their data, deleting an account, the retention
schedule, and the log of staff looking at individual learners' records. It reads every other
app's rows, so it sits at the end of the flow; views are mounted under ``/account/``."""
