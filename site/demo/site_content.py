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
        "able to:</p><ul><li>zoom in up to 400% without the text spilling off the screen</li>"
        "<li>navigate the whole website using just a keyboard</li>"
        "<li>use every page with JavaScript switched off</li>"
        "<li>listen to most of the website using a screen reader</li></ul>"
        "<p>Every chart has a table of the same figures beside it, and no information is given by "
        "colour alone. Every video or audio clip has a full transcript.</p>",
    ),
    (
        "How we test",
        "<p>Pages are built with the GOV.UK Design System's components, which are tested with "
        "assistive technologies. Our automated tests check that every page has one main heading, "
        "labelled form fields, and works without JavaScript. We are adding automated accessibility "
        "checks (axe-core) in a real browser for every page people use, against WCAG 2.2 AA.</p>",
    ),
    (
        "What we know is not yet accessible",
        "<p>We have not yet had an independent accessibility audit. The content editing screens "
        "used by trainers come from Wagtail, whose own accessibility work is published by the "
        "Wagtail project; we have not tested them separately.</p>",
    ),
    (
        "Reporting a problem",
        "<p>If you find a problem, tell your facilitator or the programme team. We aim to reply "
        "within 5 working days. If you are not happy with our response, contact the Equality "
        "Advisory and Support Service (EASS).</p>",
    ),
    (
        "Compliance status",
        "<p>This website aims to meet the Web Content Accessibility Guidelines version 2.2 AA "
        "standard. Until our testing is complete, we describe it as partially compliant.</p>",
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
