"""Question bank for module 7: Cyber security and resilience for decision-makers."""

MODULE_SLUG = "cyber-security-and-resilience"

QUESTIONS = [
    {
        "key": "m07-q01",
        "kind": "single",
        "text": (
            "At audit committee the head of IT describes cyber security as a technical matter that "
            "the IT team has fully under control. What is the most useful thing to ask next?"
        ),
        "explanation": (
            "An attack can stop services across the whole council, so cyber risk belongs on the "
            "corporate risk register with a named senior owner and regular reports to members."
        ),
        "options": [
            {
                "text": (
                    "Which firewall and antivirus products the council uses, and their versions."
                ),
                "correct": False,
                "feedback": (
                    "Product detail rarely tells members how well the council is protected. Ask "
                    "who owns the risk and how it is managed across the council."
                ),
            },
            {
                "text": (
                    "Whether the committee should commission its own penetration test straight "
                    "away."
                ),
                "correct": False,
                "feedback": (
                    "Members do not need to run technical tests themselves. First find out how the "
                    "risk is owned, managed and reported."
                ),
            },
            {
                "text": (
                    "Who at senior level owns cyber risk, and how it is shown on the risk register."
                ),
                "correct": True,
                "feedback": (
                    "Right. This treats cyber as a risk to the whole council, not just to IT, and "
                    "makes someone accountable for it."
                ),
            },
            {
                "text": (
                    "Nothing more: technical matters are best left to the professional IT team."
                ),
                "correct": False,
                "feedback": (
                    "Officers manage the detail, but an attack would hit every service. Members "
                    "should know how the risk is owned and reported."
                ),
            },
        ],
    },
    {
        "key": "m07-q02",
        "kind": "single",
        "text": (
            "A resident at your surgery asks why a cyber attack on the council's computers should "
            "worry them. Which answer best explains the impact of ransomware?"
        ),
        "explanation": (
            "Ransomware can lock the systems that run everyday services for weeks or months and "
            "may expose personal data, so residents feel the effects directly."
        ),
        "options": [
            {
                "text": (
                    "It mostly affects staff email and internal systems, so residents are unlikely "
                    "to notice."
                ),
                "correct": False,
                "feedback": (
                    "Ransomware can lock the systems behind benefits, housing, planning and "
                    "payments, not just email."
                ),
            },
            {
                "text": (
                    "Benefits, repairs and payments can stop for months, and personal data may be "
                    "exposed."
                ),
                "correct": True,
                "feedback": (
                    "Right. The harm falls on residents who rely on council services and trust the "
                    "council with their data."
                ),
            },
            {
                "text": (
                    "It only matters to residents if their bank details were held on the systems."
                ),
                "correct": False,
                "feedback": (
                    "Bank details are one risk, but disruption to services and exposure of other "
                    "personal data can be just as harmful."
                ),
            },
            {
                "text": "The council's insurance covers the costs, so services carry on as normal.",
                "correct": False,
                "feedback": (
                    "Insurance may cover some costs, but it cannot restore services quickly or "
                    "undo a data breach."
                ),
            },
        ],
    },
    {
        "key": "m07-q03",
        "kind": "single",
        "text": (
            "An officer tells scrutiny that the council has a disaster recovery plan, signed off "
            "three years ago. What should you ask next?"
        ),
        "explanation": (
            "A plan that has never been exercised is unproven. Testing, including restoring data "
            "from backups, shows whether the council could really recover and how long it would "
            "take."
        ),
        "options": [
            {
                "text": (
                    "Who wrote the plan, and whether any outside consultants were involved in "
                    "drafting it."
                ),
                "correct": False,
                "feedback": (
                    "Authorship matters less than whether the plan works. Ask when it was last "
                    "tested."
                ),
            },
            {
                "text": "Whether the chief executive personally signed the plan off at the time.",
                "correct": False,
                "feedback": (
                    "Senior sign-off is useful, but it does not prove the plan would work in a "
                    "real incident."
                ),
            },
            {
                "text": "Whether the plan could be rewritten to cover the very latest technology.",
                "correct": False,
                "feedback": (
                    "Keeping a plan current matters, but the first test is whether it has been "
                    "rehearsed and works."
                ),
            },
            {
                "text": (
                    "When it was last tested, including a restore from backups, and what that "
                    "showed."
                ),
                "correct": True,
                "feedback": (
                    "Right. Only a tested plan gives members real assurance that services can be "
                    "restored."
                ),
            },
        ],
    },
    {
        "key": "m07-q04",
        "kind": "single",
        "text": (
            "At budget scrutiny a colleague says cyber security spending is a luxury because "
            "attacks on councils are rare and cheap to fix. You want to give a real example. Which "
            "is accurate?"
        ),
        "explanation": (
            "Hackney reported about £12.2m of costs for 2021/22 related to its October 2020 "
            "attack. Redcar and Cleveland's 2020 attack cost about £10.4m."
        ),
        "options": [
            {
                "text": (
                    "Hackney reported about £12.2m of costs in 2021/22 linked to its 2020 attack."
                ),
                "correct": True,
                "feedback": (
                    "Right. Real cases show that recovery costs can run into millions, on top of "
                    "the harm to residents."
                ),
            },
            {
                "text": (
                    "Hackney spent under £100,000, because backups restored everything within a "
                    "week."
                ),
                "correct": False,
                "feedback": (
                    "Hackney's recovery took far longer and cost far more: about £12.2m in related "
                    "costs was reported for 2021/22."
                ),
            },
            {
                "text": (
                    "Redcar and Cleveland's 2020 attack cost the council only about £1m in total."
                ),
                "correct": False,
                "feedback": (
                    "Redcar and Cleveland's costs were estimated at about £10.4m, ten times this "
                    "figure."
                ),
            },
            {
                "text": (
                    "No council in England has yet reported costs above £1m from a single attack."
                ),
                "correct": False,
                "feedback": (
                    "Both Hackney and Redcar and Cleveland reported costs of more than £10m."
                ),
            },
        ],
    },
    {
        "key": "m07-q05",
        "kind": "single",
        "text": (
            "You have just joined the audit committee and come across the LGA's 10 questions on "
            "cyber security. What is the best way to use them?"
        ),
        "explanation": (
            "The questions are a tool for members to seek assurance over time. Asking officers to "
            "report against a few of them regularly turns them into ongoing scrutiny, not a "
            "one-off exercise."
        ),
        "options": [
            {
                "text": (
                    "Take some of them to meetings and ask officers to report on them regularly."
                ),
                "correct": True,
                "feedback": (
                    "Right. Regular reporting lets the committee see whether the council's "
                    "position is improving."
                ),
            },
            {
                "text": (
                    "Use them to rate individual IT officers' performance at their annual review."
                ),
                "correct": False,
                "feedback": (
                    "The questions help members seek assurance about the council, not appraise "
                    "individual staff."
                ),
            },
            {
                "text": (
                    "Keep them on file for use after an attack, when they become most relevant."
                ),
                "correct": False,
                "feedback": (
                    "They are most useful before an incident, to find and fix weaknesses while "
                    "there is still time."
                ),
            },
            {
                "text": "Send all ten to officers once, file the written answers and move on.",
                "correct": False,
                "feedback": (
                    "A single return is soon out of date. The value comes from returning to the "
                    "questions over time."
                ),
            },
        ],
    },
    {
        "key": "m07-q06",
        "kind": "single",
        "text": (
            "You receive an email that appears to come from the chief executive, asking you to log "
            "in through a link urgently to approve a document. What should you do?"
        ),
        "explanation": (
            "Councillors are targets for phishing. Checking through a known route and reporting "
            "the email protects you and lets the security team warn others."
        ),
        "options": [
            {
                "text": "Open the link to see what it is, but stop before typing in your password.",
                "correct": False,
                "feedback": (
                    "Just opening a malicious link can be enough to cause harm. Check first "
                    "through a route you trust."
                ),
            },
            {
                "text": (
                    "Forward the email to other councillors so that they know to watch out for it."
                ),
                "correct": False,
                "feedback": (
                    "Forwarding spreads the link further. Report it to the security team, who can "
                    "warn people safely."
                ),
            },
            {
                "text": "Don't click; check with the chief executive's office and report it to IT.",
                "correct": True,
                "feedback": (
                    "Right. Verifying through a known route and reporting it is the safe and "
                    "helpful response."
                ),
            },
            {
                "text": "Delete the email and say nothing, as there is no harm if you don't click.",
                "correct": False,
                "feedback": (
                    "Deleting protects you, but reporting it helps the council protect colleagues "
                    "who may be less careful."
                ),
            },
        ],
    },
    {
        "key": "m07-q07",
        "kind": "single",
        "text": (
            "During a ransomware attack, a cabinet member suggests paying the ransom to get "
            "services back quickly. What is the strongest point to raise?"
        ),
        "explanation": (
            "Paying does not guarantee that data is returned or that attackers are gone, and it "
            "may encourage further attacks. Any decision needs expert, legal and law enforcement "
            "advice."
        ),
        "options": [
            {
                "text": (
                    "Paying is the quickest way to restore services, so the council should pay now."
                ),
                "correct": False,
                "feedback": (
                    "Payment gives no guarantee of recovery and may mark the council as willing to "
                    "pay again."
                ),
            },
            {
                "text": (
                    "Payment guarantees nothing, may invite more attacks and needs expert advice."
                ),
                "correct": True,
                "feedback": (
                    "Right. This keeps the focus on recovery plans and expert advice rather than a "
                    "rushed deal with criminals."
                ),
            },
            {
                "text": "The decision is purely operational, so members should not comment on it.",
                "correct": False,
                "feedback": (
                    "A decision with this level of financial, legal and reputational risk is one "
                    "members should be briefed on."
                ),
            },
            {
                "text": (
                    "The ransom should be paid only if it costs less than rebuilding the systems."
                ),
                "correct": False,
                "feedback": (
                    "Comparing costs ignores that paying may not work, may be unlawful in some "
                    "cases and may invite repeat attacks."
                ),
            },
        ],
    },
    {
        "key": "m07-q08",
        "kind": "single",
        "text": (
            "A budget proposal would save £40,000 by stopping annual cyber security training for "
            "staff and councillors. What should you ask?"
        ),
        "explanation": (
            "Most attacks exploit people as well as systems. Members should weigh a modest saving "
            "against the added risk and the cost of a serious incident."
        ),
        "options": [
            {
                "text": (
                    "Whether staff could simply pick up what they need to know on the job instead."
                ),
                "correct": False,
                "feedback": (
                    "Informal learning is patchy, and attackers' methods keep changing. Ask what "
                    "risk the cut adds."
                ),
            },
            {
                "text": (
                    "Whether the training could be kept for IT staff only, to save most of the "
                    "money."
                ),
                "correct": False,
                "feedback": (
                    "Phishing targets everyone, including councillors. Limiting training to IT "
                    "staff leaves the biggest gap open."
                ),
            },
            {
                "text": (
                    "What risk the cut adds, and how the saving compares with the cost of an "
                    "attack."
                ),
                "correct": True,
                "feedback": (
                    "Right. This is a fair test of value for money that takes the risk seriously."
                ),
            },
            {
                "text": (
                    "Nothing: the council should refuse any cut to technology budgets on principle."
                ),
                "correct": False,
                "feedback": (
                    "Budgets need scrutiny, not blanket protection. The question is whether this "
                    "cut is worth the risk."
                ),
            },
        ],
    },
    {
        "key": "m07-q09",
        "kind": "multiple",
        "text": (
            "You want to judge whether your council could recover from a ransomware attack. Which "
            "questions would help? Select all that apply."
        ),
        "explanation": (
            "Recovery depends on backups that attackers cannot reach, an agreed order for "
            "restoring services and a plan that people have practised."
        ),
        "options": [
            {
                "text": "Are backups kept separate from the main network, and are restores tested?",
                "correct": True,
                "feedback": (
                    "Yes. Attackers often target backups, and an untested restore may fail when it "
                    "is needed."
                ),
            },
            {
                "text": "Which brand of antivirus software does the council currently use?",
                "correct": False,
                "feedback": (
                    "The product name tells you little about whether the council could recover."
                ),
            },
            {
                "text": "Which services would be restored first, and is that order agreed?",
                "correct": True,
                "feedback": (
                    "Yes. Agreeing priorities in advance avoids delay and conflict in a crisis."
                ),
            },
            {
                "text": "How many spam emails does the council's filter block each month?",
                "correct": False,
                "feedback": (
                    "A large blocked count sounds reassuring but says nothing about recovery."
                ),
            },
            {
                "text": "Has the plan been rehearsed with senior officers and members?",
                "correct": True,
                "feedback": (
                    "Yes. An exercise shows who does what and exposes gaps before a real attack."
                ),
            },
        ],
    },
    {
        "key": "m07-q10",
        "kind": "multiple",
        "text": (
            "Your council is reviewing its cyber security policy. Whose actions should the policy "
            "cover? Select all that apply."
        ),
        "explanation": (
            "Cyber risk is a whole-council issue. Councillors, staff in every service and "
            "suppliers who handle council data can all open the door to an attack."
        ),
        "options": [
            {
                "text": "Councillors using council accounts and devices",
                "correct": True,
                "feedback": (
                    "Yes. Councillors hold sensitive information and are targeted by attackers."
                ),
            },
            {
                "text": "The IT team only, as they run the council's systems",
                "correct": False,
                "feedback": (
                    "IT plays a big part, but most attacks start with people elsewhere in the "
                    "organisation."
                ),
            },
            {
                "text": "Staff in every service, not only in IT",
                "correct": True,
                "feedback": "Yes. A single click in any service can let an attacker in.",
            },
            {
                "text": "Suppliers that hold or process council data",
                "correct": True,
                "feedback": (
                    "Yes. Weak security at a supplier can expose the council's data and systems."
                ),
            },
        ],
    },
    {
        "key": "m07-q11",
        "kind": "true_false",
        "text": (
            "True or false: if the council's IT is run by an outside supplier, cyber risk becomes "
            "the supplier's problem and councillors no longer need to scrutinise it."
        ),
        "explanation": (
            "The council stays accountable for its services and residents' data, whoever runs the "
            "systems. Members should check how the supplier manages the risk."
        ),
        "options": [
            {
                "text": "True",
                "correct": False,
                "feedback": (
                    "Outsourcing moves the work, not the accountability. An attack on the supplier "
                    "would still hit council services."
                ),
            },
            {
                "text": "False",
                "correct": True,
                "feedback": (
                    "Right. The council remains responsible, so members should seek assurance "
                    "about the supplier's security."
                ),
            },
        ],
    },
    {
        "key": "m07-q12",
        "kind": "true_false",
        "text": (
            "True or false: a recovery plan that has been formally approved but never tested "
            "should be treated as unproven."
        ),
        "explanation": (
            "Approval shows that a plan exists, not that it works. Only an exercise or a real "
            "restore shows whether services could be recovered in time."
        ),
        "options": [
            {
                "text": "True",
                "correct": True,
                "feedback": (
                    "Right. Members should ask when the plan will be tested and what the test "
                    "shows."
                ),
            },
            {
                "text": "False",
                "correct": False,
                "feedback": (
                    "Formal approval does not prove a plan works. Untested plans often fail in "
                    "practice."
                ),
            },
        ],
    },
]
