"""Live cohort sessions: scheduling, replies, calendar files and feeds, the register and the
short feedback after a session. Sits after cohorts in the data flow."""
