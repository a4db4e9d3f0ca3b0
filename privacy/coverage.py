"""Every reference to a person in the database (a foreign key or many-to-many to the user
model, in our apps and the libraries') and where "download my data" (``privacy.queries``) shows
it, or why it does not. tests/privacy/test_export_coverage.py fails when a new one is in
neither list."""

EXPORTED = {
    "accounts.CouncillorProfile.user": "profile",
    "accounts.CouncilLeadership.user": "profile (roles)",
    "account.EmailAddress.user": "email_addresses",
    "mfa.Authenticator.user": "profile (two_step_sign_in)",
    "usersessions.UserSession.user": "sign_in_sessions",
    "socialaccount.SocialAccount.user": "single_sign_on",
    "cohorts.Cohort.members": "cohorts",
    "cohorts.CohortMembership.user": "cohorts",
    "courses.Enrolment.user": "enrolments",
    "courses.LessonProgress.user": "lesson_progress",
    "courses.Reflection.user": "reflections",
    "recognition.Commitment.user": "commitments (and commitment_follow_ups)",
    "recognition.DevelopmentPlan.user": "development_plan",
    "recognition.DevelopmentPlanShare.user": "development_plan_shares",
    "recognition.Certificate.user": "certificates",
    "courses.AssessmentPass.user": "quizzes_passed",
    "quizzes.QuizAttempt.user": "quiz_attempts",
    "quizzes.SelfAssessment.user": "self_assessments",
    "quizzes.StageSnapshot.user": "stages",
    "councils.Invitation.user": "invitations",
    "cohort_sessions.Reply.user": "session_replies",
    "cohort_sessions.Attendance.user": "session_attendance",
    "cohort_sessions.SessionFeedback.user": "session_feedback",
    "cohort_sessions.CalendarFeed.user": "calendar_feed",
    "reminders.ReminderPreference.user": "reminders",
    "reminders.OutboxMessage.user": "messages_sent",
    "councils.Invitation.invited_by": "invitations (invited_by, for the person invited)",
    "privacy.AccessLogEntry.subject": "access_log",
    "wagtailcore.PageLogEntry.user": "admin_activity",
    "wagtailcore.ModelLogEntry.user": "admin_activity",
    "wagtailcore.Comment.user": "admin_comments",
    "wagtailcore.CommentReply.user": "admin_comments",
}
NOT_EXPORTED = {
    "cohorts.Cohort.facilitators": "the cohorts a facilitator runs are their job, not data "
    "about them; the access log shows what they looked at",
    "privacy.DataExport.user": "the copies of this very download",
    "cohort_sessions.Attendance.recorded_by": "the facilitator taking a register: their job; "
    "the mark is in the copy of the person it is about",
    "privacy.AccessLogEntry.actor": "the log of what staff did at work; it is in the copy of "
    "each person whose records they opened",
    "councils.RosterUpload.uploaded_by": "a leader's upload of the council's roster: the "
    "council's own record, emptied within 7 days",
    "councils.RosterUpload.imported_by": "as uploaded_by",
    "wagtailcore.Page.owner": "who created a page: in admin_activity",
    "wagtailcore.Page.locked_by": "a lock held while editing: in admin_activity",
    "wagtailcore.Revision.user": "each saved revision is also an entry in admin_activity",
    "wagtailcore.WorkflowState.requested_by": "a submission for approval: in admin_activity",
    "wagtailcore.TaskState.finished_by": "an approval or rejection: in admin_activity",
    "wagtailcore.Comment.resolved_by": "resolving a comment: the comment is in its author's copy",
    "wagtail_localize.StringTranslation.last_translated_by": "which editor last translated a "
    "piece of content into Welsh: their job; emptied if the account goes",
    "wagtail_localize.SegmentOverride.last_translated_by": "as StringTranslation",
    "wagtailcore.PageSubscription.user": "whether to email about comments on a page: an "
    "editor setting",
    "wagtailcore.UploadedFile.uploaded_by_user": "a file in the middle of being uploaded, "
    "removed once it is saved",
    "wagtailadmin.EditingSession.user": "who has a page open in the editor now; kept minutes",
    "wagtailadmin.FormState.user": "how the editor's panels were left open or closed",
    "wagtailusers.UserProfile.user": "the editor's display settings (language, time zone, theme)",
    "wagtaildocs.Document.uploaded_by_user": "documents are published content; in admin_activity",
    "wagtailimages.Image.uploaded_by_user": "images are published content; in admin_activity",
}
