"""Programme-wide knowledge tests: a baseline pre-test and a parallel-form post-test.

Question i of PRE_TEST and question i of POST_TEST test the same learning outcome with a
different scenario and similar difficulty.
"""

PRE_TEST = [
    # Pair 1. Outcome: Module 1: explain why digital choices are political choices about services,
    # rights and money.
    {
        "key": "pre-q01",
        "kind": "single",
        "text": (
            "Cabinet is asked to close the phone line for parking permits and move the service "
            "fully online. A colleague says this is an operational IT matter for officers. What is "
            "the best response?"
        ),
        "explanation": (
            "Changing how residents reach a service affects who can use it and how money is spent. "
            "That makes it a political choice that members should weigh."
        ),
        "options": [
            {
                "text": (
                    "Agree: how a service is delivered is a matter for officers, not elected "
                    "members."
                ),
                "correct": False,
                "feedback": (
                    "Officers advise and deliver, but choices about access and fairness are for "
                    "members."
                ),
            },
            {
                "text": (
                    "It is political: it changes who can reach the service and how money is spent."
                ),
                "correct": True,
                "feedback": (
                    "Right. Digital choices shape access, rights and budgets, so members should "
                    "own them."
                ),
            },
            {
                "text": "It only becomes political if the savings are above a set threshold.",
                "correct": False,
                "feedback": (
                    "Even small changes can exclude residents. The effect on people matters, not "
                    "just the sum."
                ),
            },
            {
                "text": "It is mainly for the supplier, who knows what the system can do.",
                "correct": False,
                "feedback": (
                    "Suppliers know their systems, but the council decides how residents are "
                    "served."
                ),
            },
        ],
    },
    # Pair 2. Outcome: Module 2: ask for evidence of residents' needs before a service is designed
    # or changed.
    {
        "key": "pre-q02",
        "kind": "single",
        "text": (
            "Officers show committee a new online form for reporting missed bin collections, "
            "designed with the supplier. What is the most useful question to ask?"
        ),
        "explanation": (
            "Services work best when they are designed around what residents need. Members should "
            "ask what users said and how the form was tested with them."
        ),
        "options": [
            {
                "text": (
                    "How quickly the supplier built it, and whether it came in under the set "
                    "budget."
                ),
                "correct": False,
                "feedback": (
                    "Speed and cost matter, but they do not show that the form works for residents."
                ),
            },
            {
                "text": (
                    "What residents who report missed bins said, and how it was tested with them."
                ),
                "correct": True,
                "feedback": "Right. Evidence from real users is the best test of a new service.",
            },
            {
                "text": "Whether the form can carry the council's new logo and colour scheme.",
                "correct": False,
                "feedback": (
                    "Branding is a detail. The key question is whether it meets residents' needs."
                ),
            },
            {
                "text": "Whether it can go live next week, since residents are waiting for it.",
                "correct": False,
                "feedback": (
                    "Launching fast is tempting, but an untested form may cause more calls and "
                    "complaints."
                ),
            },
        ],
    },
    # Pair 3. Outcome: Module 3: require offline routes so that no one is left behind by a digital
    # change.
    {
        "key": "pre-q03",
        "kind": "single",
        "text": (
            "A report proposes that Blue Badge renewals should be online only from next year. What "
            "should you require before supporting it?"
        ),
        "explanation": (
            "Some residents cannot go online because of access, skills, confidence or cost. A "
            "clear, supported offline route and a check on who is affected keep the service open "
            "to all."
        ),
        "options": [
            {
                "text": "A promise that the online form will be easy enough for everyone to use.",
                "correct": False,
                "feedback": (
                    "Even a good form will not reach people without access, skills or confidence."
                ),
            },
            {
                "text": "A supported offline route, and a check on who would be affected.",
                "correct": True,
                "feedback": (
                    "Right. This keeps the service open to everyone while most people move online."
                ),
            },
            {
                "text": "A delay of several years until everyone in the area is online.",
                "correct": False,
                "feedback": (
                    "Waiting for everyone to be online could take years. An offline route solves "
                    "the problem now."
                ),
            },
            {
                "text": "Nothing extra, since relatives can usually apply on people's behalf.",
                "correct": False,
                "feedback": (
                    "Not everyone has someone to help, and relying on others can undermine "
                    "independence."
                ),
            },
        ],
    },
    # Pair 4. Outcome: Module 4: check the legal basis and sharing protocols before records are
    # linked.
    {
        "key": "pre-q04",
        "kind": "single",
        "text": (
            "Officers propose linking council tax and housing records to spot residents at risk of "
            "eviction earlier. What is the best question to ask?"
        ),
        "explanation": (
            "Linking records can support prevention, but only with a clear legal basis, a sharing "
            "agreement and controls on accuracy and access."
        ),
        "options": [
            {
                "text": "What the legal basis is, and how the sharing agreement controls access.",
                "correct": True,
                "feedback": (
                    "Right. A legal basis and a clear protocol protect residents and the council."
                ),
            },
            {
                "text": "Whether the data can also be used later for other purposes that come up.",
                "correct": False,
                "feedback": (
                    "Data shared for one purpose should not be reused for others without a proper "
                    "basis."
                ),
            },
            {
                "text": "Whether it can start at once, since preventing eviction is so important.",
                "correct": False,
                "feedback": (
                    "The aim is good, but skipping the legal checks puts residents and the project "
                    "at risk."
                ),
            },
            {
                "text": "Whether it should be refused, since linking records is always too risky.",
                "correct": False,
                "feedback": (
                    "Linked records can help people earlier. With safeguards, the benefits can "
                    "outweigh the risks."
                ),
            },
        ],
    },
    # Pair 5. Outcome: Module 6: know when to stop an algorithmic pilot that is not delivering its
    # expected benefits.
    {
        "key": "pre-q05",
        "kind": "single",
        "text": (
            "A year into a pilot, a tool that predicts which families may need support has cost "
            "more than planned. Officers cannot show it has found anyone that social workers did "
            "not already know about. What should you do?"
        ),
        "explanation": (
            "Pilots should be judged against the success measures agreed at the start. If the "
            "benefits cannot be shown, stopping is a responsible outcome, not a failure."
        ),
        "options": [
            {
                "text": (
                    "Ask for an evaluation against the original measures, and be ready to stop."
                ),
                "correct": True,
                "feedback": (
                    "Right. Clear evidence, not momentum, should decide whether a pilot continues."
                ),
            },
            {
                "text": (
                    "Extend the pilot for another year, as the tool may improve with more data."
                ),
                "correct": False,
                "feedback": (
                    "More time can be right, but only if the evidence suggests it will work."
                ),
            },
            {
                "text": "Roll it out more widely, so there is more data to judge it on.",
                "correct": False,
                "feedback": "Scaling up an unproven tool spreads the cost and the risk.",
            },
            {
                "text": "Leave the decision to the supplier, who understands the tool best.",
                "correct": False,
                "feedback": (
                    "The supplier has an interest in continuing. The council should decide."
                ),
            },
        ],
    },
    # Pair 6. Outcome: Module 7: ask whether recovery plans for a cyber attack have been tested.
    {
        "key": "pre-q06",
        "kind": "single",
        "text": (
            "At audit committee an officer says the council has backups of all its key systems. "
            "What is the best question to ask next?"
        ),
        "explanation": (
            "Backups only help if they can be restored. A test restore shows whether services "
            "could be recovered and how long it would take."
        ),
        "options": [
            {
                "text": "How much storage the backups take up, and what it costs each year.",
                "correct": False,
                "feedback": "Cost matters, but it does not show whether the backups would work.",
            },
            {
                "text": "Which company supplies the backup software the council uses.",
                "correct": False,
                "feedback": (
                    "The supplier's name tells you little about whether recovery would work."
                ),
            },
            {
                "text": (
                    "Whether the backups could be taken more often, such as every hour of the day."
                ),
                "correct": False,
                "feedback": (
                    "More frequent backups may help, but first check that they can be restored."
                ),
            },
            {
                "text": (
                    "When a key service was last restored from backup in a test, and how it went."
                ),
                "correct": True,
                "feedback": (
                    "Right. A tested restore is the best evidence that the council could recover."
                ),
            },
        ],
    },
    # Pair 7. Outcome: Module 8: test the benefits of a digital change, not only the savings.
    {
        "key": "pre-q07",
        "kind": "single",
        "text": (
            "A report says the new online planning portal has saved £200,000 a year. What is the "
            "best follow-up question?"
        ),
        "explanation": (
            "Savings are only part of the picture. Members should ask what has changed for "
            "applicants and whether anyone has lost out."
        ),
        "options": [
            {
                "text": "Whether the savings could be doubled by closing the planning help desk.",
                "correct": False,
                "feedback": (
                    "This looks for more savings without asking how applicants are affected."
                ),
            },
            {
                "text": (
                    "What has changed for applicants, such as speed and errors, and who lost out."
                ),
                "correct": True,
                "feedback": "Right. This tests benefits for residents as well as savings.",
            },
            {
                "text": "Which budget line the savings have been moved to this year.",
                "correct": False,
                "feedback": "Tracking money matters, but it does not test the service's benefits.",
            },
            {
                "text": "None: a saving of that size shows the project has succeeded.",
                "correct": False,
                "feedback": "A project can save money and still make the service worse.",
            },
        ],
    },
    # Pair 8. Outcome: Module 9: recognise and reduce the risk of supplier lock-in.
    {
        "key": "pre-q08",
        "kind": "single",
        "text": (
            "The supplier of the social care case system offers a large discount if the council "
            "signs a 12-year renewal. What is the best question to ask?"
        ),
        "explanation": (
            "Long contracts can deepen dependence on one supplier. Members should ask whether the "
            "council can get its data out and what leaving would cost."
        ),
        "options": [
            {
                "text": "Whether the discount could be even larger for a 15-year contract.",
                "correct": False,
                "feedback": "A longer deal deepens lock-in. Check the exit terms first.",
            },
            {
                "text": "Can we get our data out in a usable format, and what would leaving cost?",
                "correct": True,
                "feedback": "Right. These questions test lock-in before the council commits.",
            },
            {
                "text": "Whether the supplier will add new features during the contract.",
                "correct": False,
                "feedback": "New features are welcome, but they do not reduce dependence.",
            },
            {
                "text": "Whether other councils have signed similar long contracts.",
                "correct": False,
                "feedback": "Others' choices do not tell you whether this deal is wise for you.",
            },
        ],
    },
]

POST_TEST = [
    # Pair 1. Outcome: Module 1: explain why digital choices are political choices about services,
    # rights and money.
    {
        "key": "post-q01",
        "kind": "single",
        "text": (
            "Officers plan to use an automated system to decide the order in which housing repairs "
            "are carried out. A colleague says this is a technical detail, not a matter for "
            "members. What is the best response?"
        ),
        "explanation": (
            "Deciding who is served first is a choice about fairness and resources. Members should "
            "set the priorities and check the effect on residents."
        ),
        "options": [
            {
                "text": "Agree: the order of repairs is an operational detail for officers to set.",
                "correct": False,
                "feedback": (
                    "Officers run the service, but the rules that decide who waits longest are a "
                    "matter for members."
                ),
            },
            {
                "text": "It only matters to members if the system costs more than a set amount.",
                "correct": False,
                "feedback": (
                    "Cost is one factor, but fairness to tenants matters whatever the price."
                ),
            },
            {
                "text": "It is mainly for the supplier, who understands how the system works.",
                "correct": False,
                "feedback": (
                    "Suppliers build the tool, but the council decides how tenants are treated."
                ),
            },
            {
                "text": "It is political: it decides who is served first and how fairly.",
                "correct": True,
                "feedback": (
                    "Right. Automated priorities are choices about fairness that members should "
                    "set and check."
                ),
            },
        ],
    },
    # Pair 2. Outcome: Module 2: ask for evidence of residents' needs before a service is designed
    # or changed.
    {
        "key": "post-q02",
        "kind": "single",
        "text": (
            "Officers present a new web page for parents applying for school transport. What is "
            "the most useful question to ask?"
        ),
        "explanation": (
            "Designing around users means finding out what parents need and testing the page with "
            "them before launch."
        ),
        "options": [
            {
                "text": "Whether the page can be launched before the next school term begins.",
                "correct": False,
                "feedback": (
                    "Timing matters, but launching an untested page may create more problems."
                ),
            },
            {
                "text": "How many pages the new site has compared with the old one.",
                "correct": False,
                "feedback": "Page counts say nothing about whether parents can apply easily.",
            },
            {
                "text": "What evidence there is of parents' needs, and whether parents tested it.",
                "correct": True,
                "feedback": "Right. Evidence from real users shows whether the page will work.",
            },
            {
                "text": "Whether the supplier's other clients are happy with similar pages.",
                "correct": False,
                "feedback": "Other clients' views do not tell you what parents here need.",
            },
        ],
    },
    # Pair 3. Outcome: Module 3: require offline routes so that no one is left behind by a digital
    # change.
    {
        "key": "post-q03",
        "kind": "single",
        "text": (
            "Officers propose that bookings for community rooms in libraries should be made online "
            "only. What should you require before supporting it?"
        ),
        "explanation": (
            "Some residents cannot book online. Keeping a way to book in person or by phone, and "
            "telling people about it, means no group is shut out."
        ),
        "options": [
            {
                "text": "Nothing extra, since library staff will help anyone who asks in person.",
                "correct": False,
                "feedback": (
                    "Informal help is not the same as a clear, publicised route that people know "
                    "about."
                ),
            },
            {
                "text": (
                    "A promise that the booking page will be simple enough for anyone at all to "
                    "use."
                ),
                "correct": False,
                "feedback": "Simplicity helps, but some people cannot get online at all.",
            },
            {
                "text": "Keeping bookings paper-only until every user is confident online.",
                "correct": False,
                "feedback": "This holds back people who prefer online. Offer both routes instead.",
            },
            {
                "text": "A way to book in person or by phone, publicised so people know about it.",
                "correct": True,
                "feedback": "Right. A publicised offline route keeps the service open to everyone.",
            },
        ],
    },
    # Pair 4. Outcome: Module 4: check the legal basis and sharing protocols before records are
    # linked.
    {
        "key": "post-q04",
        "kind": "single",
        "text": (
            "Officers propose linking school attendance and housing records to find families who "
            "may need early help. What is the best question to ask?"
        ),
        "explanation": (
            "Linked data can help families sooner, but members should check the legal basis, the "
            "sharing agreement and who can see the results."
        ),
        "options": [
            {
                "text": (
                    "Whether it should be refused, since families' data is far too sensitive to "
                    "use."
                ),
                "correct": False,
                "feedback": (
                    "The data is sensitive, but with safeguards it can help families earlier."
                ),
            },
            {
                "text": "Whether it can start straight away, since the families need help now.",
                "correct": False,
                "feedback": (
                    "Urgency does not remove the need for a lawful, well-governed approach."
                ),
            },
            {
                "text": (
                    "Which law allows it, and who can see the results under the sharing agreement."
                ),
                "correct": True,
                "feedback": (
                    "Right. These questions make sure the sharing is lawful and controlled."
                ),
            },
            {
                "text": (
                    "Whether the linked data could also be sold to help cover the project's cost."
                ),
                "correct": False,
                "feedback": (
                    "Selling personal data would break residents' trust and the purpose of the "
                    "sharing."
                ),
            },
        ],
    },
    # Pair 5. Outcome: Module 6: know when to stop an algorithmic pilot that is not delivering its
    # expected benefits.
    {
        "key": "post-q05",
        "kind": "single",
        "text": (
            "An algorithm used to choose which benefit claims to check for fraud has finished its "
            "agreed trial. Its picks were no more accurate than random checks, and officers ask "
            "for another year. What should you do?"
        ),
        "explanation": (
            "A pilot should be judged against the criteria agreed at the start. If it has not met "
            "them, members should expect it to be stopped or redesigned, not extended by default."
        ),
        "options": [
            {
                "text": "Agree to the extra year, since the tool may get better with more time.",
                "correct": False,
                "feedback": "Extending without evidence that it will improve adds cost and risk.",
            },
            {
                "text": "Use it for all claims, so there is more data to judge it properly.",
                "correct": False,
                "feedback": "Scaling up an unproven tool could treat many claimants unfairly.",
            },
            {
                "text": "Check the results against the agreed criteria, and stop or redesign it.",
                "correct": True,
                "feedback": "Right. The agreed criteria, not the wish to continue, should decide.",
            },
            {
                "text": "Let the supplier decide, since it knows how the algorithm works.",
                "correct": False,
                "feedback": (
                    "The supplier benefits from continuing. The decision belongs to the council."
                ),
            },
        ],
    },
    # Pair 6. Outcome: Module 7: ask whether recovery plans for a cyber attack have been tested.
    {
        "key": "post-q06",
        "kind": "single",
        "text": (
            "A report says the revenues and benefits service has a continuity plan that covers a "
            "cyber attack. What is the best question to ask next?"
        ),
        "explanation": (
            "A plan is only proven once it has been rehearsed. An exercise shows whether people "
            "know their roles and where the gaps are."
        ),
        "options": [
            {
                "text": "Has it been rehearsed in an exercise, and what did the exercise show?",
                "correct": True,
                "feedback": "Right. Rehearsal is the best evidence that the plan would work.",
            },
            {
                "text": "How many pages the plan runs to, and who has a copy of it.",
                "correct": False,
                "feedback": "Length and circulation say little about whether the plan works.",
            },
            {
                "text": "Whether the plan was approved by the cabinet member this year.",
                "correct": False,
                "feedback": "Approval is useful, but it does not show the plan has been tested.",
            },
            {
                "text": "Whether the plan could also cover floods and power cuts.",
                "correct": False,
                "feedback": "Wider cover may be useful, but first ask if it has been tested.",
            },
        ],
    },
    # Pair 7. Outcome: Module 8: test the benefits of a digital change, not only the savings.
    {
        "key": "post-q07",
        "kind": "single",
        "text": (
            "A report says the new automated payments system has cut staff costs by 10%. What is "
            "the best follow-up question?"
        ),
        "explanation": (
            "Cost savings do not show whether residents are better off. Members should also ask "
            "about errors, complaints and anyone who has been left worse off."
        ),
        "options": [
            {
                "text": (
                    "Whether staff costs could be cut further by automating more of the service."
                ),
                "correct": False,
                "feedback": "This chases savings without checking the effect on residents.",
            },
            {
                "text": "None: a 10% cut in costs shows the system is working as intended.",
                "correct": False,
                "feedback": "Lower costs alone do not show the service has improved.",
            },
            {
                "text": "Which team the savings will be used to fund from next year.",
                "correct": False,
                "feedback": "Useful to know, but it does not test the benefits to residents.",
            },
            {
                "text": "Has it cut errors and complaints, and are any residents worse off?",
                "correct": True,
                "feedback": "Right. This tests the benefits as well as the savings.",
            },
        ],
    },
    # Pair 8. Outcome: Module 9: recognise and reduce the risk of supplier lock-in.
    {
        "key": "post-q08",
        "kind": "single",
        "text": (
            "A supplier of a new cloud system says exporting the council's data will cost extra "
            "and will come in the supplier's own format. What is the best response?"
        ),
        "explanation": (
            "Paid, closed data export is a sign of lock-in. The council should agree open export "
            "and exit support before it signs."
        ),
        "options": [
            {
                "text": "Accept it, since most suppliers charge for exporting data these days.",
                "correct": False,
                "feedback": (
                    "Common practice is not a reason to accept lock-in. Negotiate before signing."
                ),
            },
            {
                "text": "Ask the supplier to cut its price elsewhere to make up for the charge.",
                "correct": False,
                "feedback": "A discount does not fix the problem of getting data out later.",
            },
            {
                "text": "Treat it as a lock-in risk and agree open export terms before signing.",
                "correct": True,
                "feedback": "Right. Open export and exit support keep the council's options open.",
            },
            {
                "text": "Sign now and deal with data export when the contract comes to an end.",
                "correct": False,
                "feedback": "By then the council has little leverage. Agree terms up front.",
            },
        ],
    },
]
