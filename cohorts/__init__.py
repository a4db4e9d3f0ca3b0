"""For facilitators: cohorts and their members, the cohort dashboard and its statistics."""
