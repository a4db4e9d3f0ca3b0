"""Privacy (UK GDPR): a person's copy of their data, deleting an account, the retention
schedule, and the log of staff looking at individual learners' records.

It lives in ``cohorts`` because that is the one app allowed to see every other app's rows. The
models are registered through ``cohorts.models``; views are mounted under ``/account/``.
"""
