"""Text for the home page, the accessibility statement and the privacy notice, in our own words.
Sections are (heading, HTML paragraphs)."""

HOME_LEAD = (
    "Short, practical online learning that helps councillors lead digital change in their "
    "council, with confidence and with residents in mind."
)

HOME_SECTIONS = [
    (
        "What this is",
        "<p>Almost every council service now depends on technology: how residents pay, report, "
        "apply and get help. The choices behind that technology are political choices about "
        "services, rights and money. They should be led by elected members, not left to "
        "suppliers or to chance.</p>"
        "<p>This programme is based on the Scottish Government's Digital Champions programme for "
        "senior leaders, adapted for councillors and moved online. You learn with other "
        "councillors in a cohort, at your own pace, with a facilitator.</p>",
    ),
    (
        "Who it is for",
        "<p>Any councillor: leaders and cabinet members, committee chairs, scrutiny members and "
        "ward members. You do not need to be technical, and you do not need to be an enthusiast. "
        "If you have doubts about digital change, your questions are exactly what the programme "
        "is for.</p>",
    ),
    (
        "How it works",
        "<ul><li>Take a short self-assessment at the start, so you can see how far you travel.</li>"
        "<li>Work through ten core modules and an elective, in lessons of about ten minutes.</li>"
        "<li>Each module has real council case studies and questions you can take to officers.</li>"
        "<li>A short quiz at the end of each module checks what you have learned.</li>"
        "<li>Your private notes stay private. Your council sees only whether you are taking part, "
        "never your answers.</li></ul>",
    ),
    (
        "How to start",
        "<p>Your council or your facilitator invites you by email. Sign in with that email "
        "address: we send you a short code, so you do not need another password.</p>",
    ),
]

ACCESSIBILITY_LEAD = (
    "How accessible this website is, what we test, and how to tell us about a problem."
)
ACCESSIBILITY_SECTIONS = [
    (
        "Using this website",
        "<p>We want as many people as possible to be able to use this website. You should be "
        "able to:</p><ul><li>zoom in up to 400% without the text spilling off the screen or "
        "having to scroll sideways (wide tables scroll on their own)</li>"
        "<li>use the whole website with just a keyboard, and always see where you are on the "
        "page</li>"
        "<li>use every page with JavaScript switched off</li>"
        "<li>read every chart as a table of the same figures, which sits beside it</li></ul>"
        "<p>No information is given by colour alone. Every video or audio clip in a lesson has a "
        "full transcript. For your security you are signed out after a time without activity "
        "(30 minutes for staff, 8 hours for councillors); 2 minutes before that, a message "
        "tells you when and lets you stay signed in.</p>",
    ),
    (
        "How we test",
        "<p>Every change to the website is tested automatically in a real web browser "
        "(Chromium), following what each kind of user does:</p><ul>"
        "<li>a councillor signs in with a code sent by email, answers the starting "
        "self-assessment, reads lessons, fails and then passes a module quiz, and sees their "
        "progress and stage change</li>"
        "<li>the same councillor journey using only the keyboard, with JavaScript switched off, "
        "checking after every key press that it is visible where you are on the page</li>"
        "<li>a trainer edits a lesson and a lead trainer approves the change</li>"
        "<li>a facilitator filters their cohort's learners, opens one, confirms who they are "
        "and downloads the list</li>"
        "<li>a council leader uploads a roster with a mistake in it, imports the correct rows, "
        "invites a councillor and opens the uptake dashboard and the printable report</li></ul>"
        "<p>On each of the 59 pages and page states those journeys reach (public pages, "
        "signing in, learning pages, quizzes, error messages, error pages, account pages, "
        "dashboards and reports), with JavaScript on and off, the axe-core tool checks the page "
        "against WCAG 2.0, 2.1 and 2.2 at levels A and AA, and we check that nothing needs "
        "scrolling sideways at 320 pixels wide or at 200% zoom. A single problem fails the "
        "test. On 25 November 2026 every check passed.</p>",
    ),
    (
        "What we know is not yet accessible",
        "<ul><li>With JavaScript switched off, there is no warning before you are signed out "
        "for inactivity, so anything you typed but had not saved is lost. With JavaScript on, "
        "the warning comes 2 minutes before (WCAG 2.2 success criterion 2.2.1, timing "
        "adjustable).</li>"
        "<li>A sign-in code works for 15 minutes. If it runs out you can ask for a new one.</li>"
        "<li>The content editing screens used by trainers come from Wagtail. We test that "
        "trainers can use them, but we have not checked them with axe-core or against WCAG "
        "ourselves; the Wagtail project publishes its own accessibility work.</li>"
        "<li>Downloads of learner lists and question analyses are CSV and Excel files of "
        "figures, for use in a spreadsheet.</li></ul>",
    ),
    (
        "What we have not yet tested",
        "<p>Automated tools find only some kinds of accessibility problem. We have not yet had "
        "an independent accessibility audit, and we have not yet tested the website with people "
        "who use screen readers, screen magnifiers or voice control. We will publish what we "
        "find and fix.</p>",
    ),
    (
        "Reporting a problem",
        "<p>If you find a problem, or need something in a different format, tell your "
        "facilitator or the programme team. We aim to reply within 5 working days. If you are "
        "not happy with our response, contact the Equality Advisory and Support Service "
        "(EASS).</p>",
    ),
    (
        "Compliance status",
        "<p>This website is partially compliant with the Web Content Accessibility Guidelines "
        "version 2.2 AA standard, because of the items under 'What we know is not yet "
        "accessible' and because it has not yet been checked beyond the automated tests.</p>",
    ),
    (
        "Preparation of this statement",
        "<p>This statement was prepared on 25 November 2026 from the results of the tests "
        "described above. It is updated whenever those tests or their results change.</p>",
    ),
]

PRIVACY_LEAD = "What we collect about you, why, who can see it, and how long we keep it."
PRIVACY_SECTIONS = [
    (
        "What we collect",
        "<ul><li>Your name, email address, council, position (for example cabinet member), ward "
        "and the year you were first elected. We never record your political party.</li>"
        "<li>Your progress: which lessons you have read and finished, and when.</li>"
        "<li>Your quiz answers and scores.</li>"
        "<li>Your self-assessment answers about your views on digital change, your confidence and "
        "what you have done as a councillor, and the stage we work out from them.</li>"
        "<li>Private notes you write in lessons.</li></ul>",
    ),
    (
        "Why we collect it",
        "<p>To run the programme for you and your cohort, to show you your own progress and "
        "journey, and to help your facilitator support the group. Your council commissions the "
        "programme as part of its member development, which is our lawful basis (public task).</p>",
    ),
    (
        "Who can see what",
        "<ul><li><strong>You</strong> see everything about yourself, including your notes.</li>"
        "<li><strong>Your facilitator</strong> sees your progress, quiz scores and stage, so they "
        "can support you. They never see your private notes.</li>"
        "<li><strong>Your council</strong> sees only whether you have been invited, started or "
        "finished, and totals for groups of 5 or more councillors. It never sees your answers, "
        "scores or stage.</li>"
        "<li><strong>Trainers</strong> see anonymous statistics about their quiz questions.</li>"
        "<li>We do not share your information with anyone else, and we do not sell it.</li></ul>"
        "<p>We keep a record each time a facilitator or admin opens your page, and each time "
        "anyone downloads a list of learners or councillors: who, what and when. Platform admins "
        "check it, and a copy of your data says who has opened your page.</p>",
    ),
    (
        "How long we keep it",
        "<p>We keep your records while your cohort runs and for 2 years after it ends, so that "
        "follow-up surveys can show lasting change. Then we delete your account and everything "
        "recorded about you; your cohort keeps only a count of members whose records were "
        "removed. A copy of your data that you download is kept for 7 days. The record of staff "
        "looking at your information is kept for 2 years.</p>",
    ),
    (
        "Your rights",
        "<p>You can have a copy of your data at any time: go to <strong>Your account</strong>, "
        "then <strong>Download your data</strong>. You get your profile, progress, quiz attempts "
        "and answers, self-assessments, stages and notes, as a spreadsheet-friendly ZIP of CSV "
        "files and as JSON.</p>"
        "<p>You can delete your account at any time: go to <strong>Your account</strong>, then "
        "<strong>Delete your account</strong>. We delete you and everything recorded about you "
        "straight away. Your facilitator is told that a member left, but not who.</p>"
        "<p>You can also ask us to correct your data. Contact your council's data protection "
        "officer or the programme team. You can complain to the Information Commissioner's "
        "Office (ico.org.uk).</p>",
    ),
]
