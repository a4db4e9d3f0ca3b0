"""Question bank for module 8: Scrutinising digital: governance, business cases and benefits."""

MODULE_SLUG = "scrutinising-digital"

QUESTIONS = [
    {
        "key": "m08-q01",
        "kind": "single",
        "text": (
            "Cabinet is asked to approve a new online customer portal. The business case says it "
            "will save £1.2m over five years. What should scrutiny ask first?"
        ),
        "explanation": (
            "Savings figures rest on assumptions, such as how many residents switch to the new "
            "channel. Members should test those assumptions and know who will track whether the "
            "savings are real."
        ),
        "options": [
            {
                "text": (
                    "Nothing more: the savings are larger than the cost, so it should go ahead."
                ),
                "correct": False,
                "feedback": (
                    "A headline figure is only as good as its assumptions. Test how it was worked "
                    "out before relying on it."
                ),
            },
            {
                "text": (
                    "Which other councils the supplier has worked for, and whether they were happy."
                ),
                "correct": False,
                "feedback": (
                    "References can help, but they do not test whether this business case adds up."
                ),
            },
            {
                "text": (
                    "How the savings were worked out, what they depend on and who will track them."
                ),
                "correct": True,
                "feedback": (
                    "Right. This tests the assumptions and makes sure someone is accountable for "
                    "delivering the savings."
                ),
            },
            {
                "text": (
                    "Whether it should be rejected, since portal projects often run over budget."
                ),
                "correct": False,
                "feedback": (
                    "Some projects do overrun, but rejecting by default skips the scrutiny that "
                    "would show whether this one is sound."
                ),
            },
        ],
    },
    {
        "key": "m08-q02",
        "kind": "single",
        "text": (
            "An officer reports that the new housing repairs system was delivered on time and on "
            "budget. What is the best follow-up question?"
        ),
        "explanation": (
            "Time and budget measure delivery, not results. Scrutiny should ask what has changed "
            "for tenants compared with before."
        ),
        "options": [
            {
                "text": "What has changed for tenants, such as waiting times and first-time fixes?",
                "correct": True,
                "feedback": (
                    "Right. This tests the benefits residents actually receive, not just whether "
                    "the project ran smoothly."
                ),
            },
            {
                "text": (
                    "How much overtime staff worked to get the system ready for its launch date?"
                ),
                "correct": False,
                "feedback": (
                    "Staff pressure is worth knowing about, but it does not show whether tenants "
                    "are better off."
                ),
            },
            {
                "text": (
                    "Whether the same system can now be rolled out to other services straight away."
                ),
                "correct": False,
                "feedback": (
                    "Expanding before the benefits are shown risks repeating any problems on a "
                    "larger scale."
                ),
            },
            {
                "text": "None: on time and on budget is the best test of a successful project.",
                "correct": False,
                "feedback": (
                    "A project can hit time and budget and still fail to improve the service."
                ),
            },
        ],
    },
    {
        "key": "m08-q03",
        "kind": "single",
        "text": (
            "Your scrutiny committee agrees to review the council's digital programme. What is the "
            "best first step?"
        ),
        "explanation": (
            "A focused scope and clear questions keep a review manageable. Hearing from residents "
            "and frontline staff gives evidence that officers' reports alone may miss."
        ),
        "options": [
            {
                "text": (
                    "Agree a focused scope and plan to hear from residents and frontline staff."
                ),
                "correct": True,
                "feedback": (
                    "Right. A clear scope and a range of witnesses make for a review that can "
                    "reach useful conclusions."
                ),
            },
            {
                "text": "Examine every technology contract the council holds in full detail.",
                "correct": False,
                "feedback": (
                    "Trying to cover everything spreads the review too thin. Agree a focused scope "
                    "first."
                ),
            },
            {
                "text": (
                    "Invite the council's main technology supplier to present on its work so far."
                ),
                "correct": False,
                "feedback": (
                    "Suppliers can be useful witnesses, but they should not be the main source of "
                    "evidence about their own work."
                ),
            },
            {
                "text": "Ask officers for a progress report and note it at the next meeting.",
                "correct": False,
                "feedback": (
                    "Noting a report is not a review. Members need their own questions and a wider "
                    "range of evidence."
                ),
            },
        ],
    },
    {
        "key": "m08-q04",
        "kind": "single",
        "text": (
            "You learn that a large digital programme has no named senior owner and its board has "
            "not met for four months. What does this suggest, and what should you ask?"
        ),
        "explanation": (
            "Without a clear owner and active oversight, decisions and risks can drift. Members "
            "should ask who is accountable and how decisions are being made."
        ),
        "options": [
            {
                "text": "It is normal for agile projects, which do not need formal oversight.",
                "correct": False,
                "feedback": (
                    "Agile teams work in short cycles, but they still need clear ownership and "
                    "someone who holds the risks."
                ),
            },
            {
                "text": "It shows the programme is running smoothly and does not need meetings.",
                "correct": False,
                "feedback": (
                    "Fewer meetings may look efficient, but no owner and no oversight is a warning "
                    "sign."
                ),
            },
            {
                "text": "It suggests the IT department should take over the programme's decisions.",
                "correct": False,
                "feedback": (
                    "Handing it to IT does not fix accountability. The council needs a senior "
                    "owner for the business change."
                ),
            },
            {
                "text": "Governance may be weak: ask who is accountable and how risks are managed.",
                "correct": True,
                "feedback": (
                    "Right. Clear ownership and active oversight are basic conditions for a "
                    "programme to succeed."
                ),
            },
        ],
    },
    {
        "key": "m08-q05",
        "kind": "single",
        "text": (
            "A colleague wants an independent checklist to help councillors scrutinise a council's "
            "digital progress. Which source would you point them to?"
        ),
        "explanation": (
            "In January 2021 the Accounts Commission published 'Digital progress in local "
            "government', which includes a checklist of questions for councillors."
        ),
        "options": [
            {
                "text": "The LGA's 10 questions on cyber security, which cover digital programmes.",
                "correct": False,
                "feedback": (
                    "Those questions are useful, but they focus on cyber security rather than on a "
                    "whole digital programme."
                ),
            },
            {
                "text": "The main supplier's guidance on getting the most from its products.",
                "correct": False,
                "feedback": (
                    "A supplier's guidance is not independent and will not test the council's "
                    "overall progress."
                ),
            },
            {
                "text": "The Local Digital Declaration, which sets out a checklist for scrutiny.",
                "correct": False,
                "feedback": (
                    "The Declaration sets out shared principles for councils to sign up to; it is "
                    "not a scrutiny checklist."
                ),
            },
            {
                "text": "The Accounts Commission's 'Digital progress in local government' (2021).",
                "correct": True,
                "feedback": (
                    "Right. Its councillor checklist gives members independent questions to ask."
                ),
            },
        ],
    },
    {
        "key": "m08-q06",
        "kind": "single",
        "text": (
            "Your council has a checklist of questions for members to ask about digital "
            "programmes. How should scrutiny use it?"
        ),
        "explanation": (
            "A checklist works best as a structure for regular questioning, with officers asked "
            "for evidence, rather than as a one-off tick-box return."
        ),
        "options": [
            {
                "text": (
                    "Ask officers to answer yes or no to each item once, then file the completed "
                    "return."
                ),
                "correct": False,
                "feedback": (
                    "A yes or no answer without evidence gives little assurance, and it is soon "
                    "out of date."
                ),
            },
            {
                "text": "Keep it for reviewing projects that have already failed or overspent.",
                "correct": False,
                "feedback": "It is most useful before problems grow, as part of regular scrutiny.",
            },
            {
                "text": (
                    "Use it to structure regular scrutiny, asking for evidence against each item."
                ),
                "correct": True,
                "feedback": (
                    "Right. Evidence and repetition turn the checklist into real assurance."
                ),
            },
            {
                "text": "Send it to the supplier and ask them to complete it for the committee.",
                "correct": False,
                "feedback": (
                    "The council, not the supplier, should account for its own digital programme."
                ),
            },
        ],
    },
    {
        "key": "m08-q07",
        "kind": "single",
        "text": (
            "A business case for replacing the council's social care system compares only two "
            "options: buy the preferred system or do nothing. All the figures are single best "
            "estimates. What should you ask for?"
        ),
        "explanation": (
            "Good options appraisal includes realistic alternatives and shows risks and ranges, so "
            "members can see what happens if things do not go to plan."
        ),
        "options": [
            {
                "text": "Realistic alternatives, such as a phased option, with risks and ranges.",
                "correct": True,
                "feedback": (
                    "Right. Alternatives and ranges show whether the preferred option really is "
                    "the best choice."
                ),
            },
            {
                "text": (
                    "A shorter summary of the business case so that members can read it quickly."
                ),
                "correct": False,
                "feedback": (
                    "A summary helps, but it will not fix a case that lacks options and risk."
                ),
            },
            {
                "text": "Approval now, since delaying a decision on a care system is itself risky.",
                "correct": False,
                "feedback": (
                    "Delay has risks, but approving a weak case can cost more in the long run."
                ),
            },
            {
                "text": "A promise from officers that the best estimates will definitely be met.",
                "correct": False,
                "feedback": (
                    "No one can promise that. Ranges and risks are a more honest basis for a "
                    "decision."
                ),
            },
        ],
    },
    {
        "key": "m08-q08",
        "kind": "single",
        "text": (
            "Eighteen months after a digital project was approved, no one has reported on whether "
            "its promised benefits have been achieved. What should scrutiny do?"
        ),
        "explanation": (
            "Benefits need owners and tracking after approval. A report comparing planned with "
            "actual benefits, added to the work programme, keeps the project accountable."
        ),
        "options": [
            {
                "text": "Assume the benefits were delivered, since there have been no complaints.",
                "correct": False,
                "feedback": (
                    "No complaints is not evidence of benefits. Ask for a report against the "
                    "original plan."
                ),
            },
            {
                "text": (
                    "Call for the project to be scrapped, since it has not yet shown any results."
                ),
                "correct": False,
                "feedback": (
                    "The benefits may be there but unreported. Ask for evidence before reaching a "
                    "view."
                ),
            },
            {
                "text": "Ask internal audit to investigate the officers who ran the project.",
                "correct": False,
                "feedback": (
                    "The aim is to learn what has been delivered, not to blame individuals."
                ),
            },
            {
                "text": "Ask for a report of planned against actual benefits, each with an owner.",
                "correct": True,
                "feedback": (
                    "Right. This makes benefits tracking routine and holds someone to account for "
                    "each one."
                ),
            },
        ],
    },
    {
        "key": "m08-q09",
        "kind": "multiple",
        "text": (
            "The council has launched an online council tax account. Which of these are benefits "
            "that scrutiny could ask to see evidence of? Select all that apply."
        ),
        "explanation": (
            "Benefits are changes for residents and the service, not activity or spending. Good "
            "measures include fewer chasing calls, faster resolution and a good service for people "
            "who still use other channels."
        ),
        "options": [
            {
                "text": "Fewer residents needing to phone to chase a query",
                "correct": True,
                "feedback": "Yes. This shows the online account is meeting people's needs.",
            },
            {
                "text": "The number of pages on the new website",
                "correct": False,
                "feedback": "Page counts measure activity, not whether residents are better off.",
            },
            {
                "text": "Queries resolved faster than before the change",
                "correct": True,
                "feedback": "Yes. Faster resolution is a clear benefit to residents.",
            },
            {
                "text": "The total value of the supplier's contract",
                "correct": False,
                "feedback": "Contract value is a cost, not a benefit.",
            },
            {
                "text": "Residents who use the phone are served as well as before",
                "correct": True,
                "feedback": "Yes. A change should not leave people who cannot go online worse off.",
            },
        ],
    },
    {
        "key": "m08-q10",
        "kind": "multiple",
        "text": (
            "You are reading a progress update on a digital programme. Which of these are warning "
            "signs worth questioning? Select all that apply."
        ),
        "explanation": (
            "Unchanged benefit figures, no recent user research and risks left green without "
            "evidence all suggest the programme is not being managed against reality. Frequent "
            "releases and honest reporting of problems are healthy signs."
        ),
        "options": [
            {
                "text": (
                    "Benefit figures unchanged since the business case, despite changes in scope"
                ),
                "correct": True,
                "feedback": "Yes. If scope changes, the benefits should be looked at again.",
            },
            {
                "text": "The team releases small improvements every two weeks",
                "correct": False,
                "feedback": "Frequent small releases are a healthy sign of agile delivery.",
            },
            {
                "text": "No research with residents since the service went live",
                "correct": True,
                "feedback": (
                    "Yes. Without user research the team cannot know if the service meets needs."
                ),
            },
            {
                "text": "Every key risk rated green for a year, with no evidence given",
                "correct": True,
                "feedback": (
                    "Yes. Ratings that never change without evidence may not reflect reality."
                ),
            },
            {
                "text": "The update describes problems found during testing",
                "correct": False,
                "feedback": (
                    "Reporting problems openly is a good sign. It shows testing is working."
                ),
            },
        ],
    },
    {
        "key": "m08-q11",
        "kind": "true_false",
        "text": (
            "True or false: if a digital project is delivered on time and within budget, scrutiny "
            "can conclude that it has succeeded."
        ),
        "explanation": (
            "Time and budget show how well a project was delivered, not whether it achieved its "
            "purpose. Scrutiny should also test the benefits for residents."
        ),
        "options": [
            {
                "text": "True",
                "correct": False,
                "feedback": (
                    "A project can be on time and on budget and still fail to improve the service."
                ),
            },
            {
                "text": "False",
                "correct": True,
                "feedback": "Right. Success also means delivering the intended benefits.",
            },
        ],
    },
    {
        "key": "m08-q12",
        "kind": "true_false",
        "text": (
            "True or false: a scrutiny review of a new system can hear directly from residents and "
            "frontline staff who use it, not only from the officers who run the project."
        ),
        "explanation": (
            "Residents and frontline staff see how a system works in practice. Their evidence "
            "balances the view of those responsible for the project."
        ),
        "options": [
            {
                "text": "True",
                "correct": True,
                "feedback": "Right. A range of witnesses gives a fuller picture.",
            },
            {
                "text": "False",
                "correct": False,
                "feedback": (
                    "Scrutiny can gather evidence widely. Hearing only from project officers gives "
                    "a partial view."
                ),
            },
        ],
    },
]
