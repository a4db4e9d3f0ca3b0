"""Question bank for module 2: Designing services around residents."""

MODULE_SLUG = "designing-services-around-residents"

QUESTIONS = [
    {
        "key": "m02-q01",
        "kind": "single",
        "text": (
            "An officer presents a new online form for reporting housing repairs and says "
            "'residents will love it'. What should you ask first?"
        ),
        "explanation": (
            "Good services start from evidence of what residents need. Asking how residents shaped "
            "and tested the form checks that the design rests on evidence, not assumption."
        ),
        "options": [
            {
                "text": (
                    "What research with residents shaped it, and what did testing with them show?"
                ),
                "correct": True,
                "feedback": (
                    "Right. This asks for evidence of user needs rather than taking them on trust."
                ),
            },
            {
                "text": (
                    "How much did the new form cost to build, and who is the software supplier?"
                ),
                "correct": False,
                "feedback": (
                    "Cost matters, but it tells you nothing about whether the form meets "
                    "residents' needs."
                ),
            },
            {
                "text": (
                    "Could the form ask every possible question so we capture as much as we can?"
                ),
                "correct": False,
                "feedback": (
                    "Longer forms usually make services harder to use. Ask only what is needed."
                ),
            },
            {
                "text": "How soon can we switch off the phone line now that the form is available?",
                "correct": False,
                "feedback": (
                    "Closing other routes before knowing whether the form works could shut people "
                    "out."
                ),
            },
        ],
    },
    {
        "key": "m02-q02",
        "kind": "single",
        "text": (
            "Which of these statements describes a resident's need, rather than a solution the "
            "council has already chosen?"
        ),
        "explanation": (
            "A user need says who the person is, what they are trying to do and why. 'We need an "
            "app' is a solution; it may or may not meet the need."
        ),
        "options": [
            {
                "text": "Tenants need a mobile app so they can report repairs at any time",
                "correct": False,
                "feedback": (
                    "This names a solution. An app may not be the best way to meet the need."
                ),
            },
            {
                "text": "Tenants need a chatbot on the housing pages of the council website",
                "correct": False,
                "feedback": (
                    "This is a solution chosen in advance. Start from what tenants are trying to "
                    "do."
                ),
            },
            {
                "text": "As a tenant, I need to report a repair and know when it will be fixed",
                "correct": True,
                "feedback": "Right. It describes who, what and why, and leaves the solution open.",
            },
            {
                "text": "The repairs team needs a new case system to replace the old database",
                "correct": False,
                "feedback": (
                    "This is a need of the council's systems, not of the residents using the "
                    "service."
                ),
            },
        ],
    },
    {
        "key": "m02-q03",
        "kind": "single",
        "text": (
            "Officers want to build a new parking permit service 'in an agile way', releasing a "
            "simple version to a small group first. A colleague fears this means launching "
            "something unfinished. How would you explain it?"
        ),
        "explanation": (
            "Agile means building in small steps and learning from real users as you go. Releasing "
            "a basic working version to a few people early lowers the risk of a costly failure at "
            "full launch."
        ),
        "options": [
            {
                "text": (
                    "Agile means the team does not need a plan or a budget, so it can respond to "
                    "anything"
                ),
                "correct": False,
                "feedback": (
                    "Agile teams still plan and work within budgets. They plan in shorter cycles."
                ),
            },
            {
                "text": (
                    "Agile is a guarantee that the project will be cheaper and faster than the old "
                    "way"
                ),
                "correct": False,
                "feedback": (
                    "No method guarantees this. Agile helps teams find problems sooner, which can "
                    "save money."
                ),
            },
            {
                "text": (
                    "A small early release lets the team learn from real residents and fix "
                    "problems before the full launch"
                ),
                "correct": True,
                "feedback": (
                    "Right. Learning early and in small steps reduces risk rather than adding to "
                    "it."
                ),
            },
            {
                "text": (
                    "Agile is a technical method for developers, so councillors do not need to "
                    "understand it"
                ),
                "correct": False,
                "feedback": (
                    "The approach affects risk, cost and what residents see, so members should "
                    "understand it."
                ),
            },
        ],
    },
    {
        "key": "m02-q04",
        "kind": "single",
        "text": (
            "A report to your committee says: '95% of users are satisfied with the new online "
            "service.' What is the most important thing to ask next?"
        ),
        "explanation": (
            "Satisfaction surveys often reach only people who finished the task. Asking about "
            "those who gave up, or never tried, shows whether the service works for everyone."
        ),
        "options": [
            {
                "text": (
                    "Who was asked, and what do we know about people who gave up or never tried it?"
                ),
                "correct": True,
                "feedback": (
                    "Right. People who could not complete the task are often missing from these "
                    "figures."
                ),
            },
            {
                "text": "Can we publicise this result in the next council newsletter to residents?",
                "correct": False,
                "feedback": (
                    "Good news is worth sharing, but only once you know what the figure really "
                    "shows."
                ),
            },
            {
                "text": (
                    "Why is satisfaction not at 100%, and who is responsible for the shortfall?"
                ),
                "correct": False,
                "feedback": (
                    "95% is unlikely to be the problem. The question is who the survey left out."
                ),
            },
            {
                "text": "How does the figure compare with satisfaction at other councils nearby?",
                "correct": False,
                "feedback": "Comparisons can help, but not before you know who the survey covered.",
            },
        ],
    },
    {
        "key": "m02-q05",
        "kind": "single",
        "text": (
            "You are asked to approve the redesign of the council website. Which evidence would "
            "best show that it has been designed around residents?"
        ),
        "explanation": (
            "Watching real residents, including older and disabled people, try common tasks is the "
            "strongest evidence that a design works for the people who use it."
        ),
        "options": [
            {
                "text": (
                    "A list of the features that the websites of other councils already offer "
                    "residents"
                ),
                "correct": False,
                "feedback": (
                    "Other councils' features show what exists, not what your residents need."
                ),
            },
            {
                "text": (
                    "A count of how many pages the new site has compared with the current website"
                ),
                "correct": False,
                "feedback": (
                    "Page counts say nothing about whether residents can do what they came to do."
                ),
            },
            {
                "text": (
                    "A positive demonstration of the new design given by the supplier to senior "
                    "officers"
                ),
                "correct": False,
                "feedback": (
                    "A demonstration to staff is not a test with residents, so it cannot show user "
                    "needs are met."
                ),
            },
            {
                "text": (
                    "Findings from watching a range of residents, including disabled people, try "
                    "common tasks"
                ),
                "correct": True,
                "feedback": (
                    "Right. Observing real users doing real tasks is strong evidence of what works."
                ),
            },
        ],
    },
    {
        "key": "m02-q06",
        "kind": "single",
        "text": (
            "Your council has signed the Local Digital Declaration. A supplier offers a system "
            "that stores data in its own closed format, with extra fees to export it. What "
            "response best fits the council's commitment?"
        ),
        "explanation": (
            "The Declaration commits councils to move away from inflexible technology that does "
            "not join up. Asking for open standards and easy data export keeps the council free to "
            "change and share."
        ),
        "options": [
            {
                "text": (
                    "Accept the offer, since data formats are a technical matter for the supplier"
                ),
                "correct": False,
                "feedback": (
                    "Formats decide whether the council can change supplier or share data later. "
                    "That matters."
                ),
            },
            {
                "text": (
                    "Ask for open standards and free export of data, so the council is not locked "
                    "in"
                ),
                "correct": True,
                "feedback": (
                    "Right. This keeps the council's options open and supports joining up services."
                ),
            },
            {
                "text": "Reject it and insist the council builds every system itself from scratch",
                "correct": False,
                "feedback": (
                    "Building everything in-house is rarely best value. The issue is openness, not "
                    "who builds it."
                ),
            },
            {
                "text": (
                    "Accept it if the supplier agrees a discount on the first year of the contract"
                ),
                "correct": False,
                "feedback": (
                    "A short-term discount does not remove the long-term cost of being locked in."
                ),
            },
        ],
    },
    {
        "key": "m02-q07",
        "kind": "single",
        "text": (
            "A neighbouring council suggests a joint bid to the Local Digital Fund. Which of these "
            "was a feature of the projects the Fund backed?"
        ),
        "explanation": (
            "The Local Digital Fund gave over £16m to 61 projects, and each project had at least "
            "three partner councils. It was built around councils working together."
        ),
        "options": [
            {
                "text": "Each project involved at least three partner councils",
                "correct": True,
                "feedback": "Right. Working across councils was built into the Fund.",
            },
            {
                "text": "Each project had to be led by a single council alone",
                "correct": False,
                "feedback": "The opposite: projects had three or more partner councils.",
            },
            {
                "text": "Each project needed matching money from a private firm",
                "correct": False,
                "feedback": (
                    "This was not a feature of the Fund. The key feature was partnership between "
                    "councils."
                ),
            },
            {
                "text": "Only county councils in England were allowed to take part",
                "correct": False,
                "feedback": "The Fund was not limited to one type of council.",
            },
        ],
    },
    {
        "key": "m02-q08",
        "kind": "single",
        "text": (
            "A resident tells you the council's online form asked for the same details three times "
            "and she nearly gave up. What is the best response?"
        ),
        "explanation": (
            "Residents' complaints are evidence about the service. Passing them on and asking how "
            "feedback is used helps fix the problem for everyone, not just this resident."
        ),
        "options": [
            {
                "text": (
                    "Explain that the council needs a lot of information, so long forms are normal"
                ),
                "correct": False,
                "feedback": (
                    "Asking for the same details three times is a design problem, not a necessity."
                ),
            },
            {
                "text": "Suggest she phones the council next time instead of using the online form",
                "correct": False,
                "feedback": (
                    "This helps her once but leaves the problem in place for everyone else."
                ),
            },
            {
                "text": (
                    "Pass it on as evidence and ask officers how residents' feedback improves the "
                    "form"
                ),
                "correct": True,
                "feedback": (
                    "Right. You turn a complaint into evidence and check there is a way to act on "
                    "it."
                ),
            },
            {
                "text": (
                    "Demand that the form is taken offline at once until a full review is complete"
                ),
                "correct": False,
                "feedback": (
                    "Removing the form could harm the many people who use it. Fix the problem "
                    "first."
                ),
            },
        ],
    },
    {
        "key": "m02-q09",
        "kind": "multiple",
        "text": (
            "Which of these are signs that a service was designed around residents' needs? Select "
            "all that apply."
        ),
        "explanation": (
            "Services built around residents are tested with a range of users, judged on whether "
            "people can complete their task, and written in plain English. Following the council's "
            "structure or a supplier's product are signs of the opposite."
        ),
        "options": [
            {
                "text": "The wording was checked with users and rewritten in plain English",
                "correct": True,
                "feedback": (
                    "Right. Clear words help everyone, especially people who find forms hard."
                ),
            },
            {
                "text": "The service was shaped mainly to fit the supplier's standard product",
                "correct": False,
                "feedback": (
                    "Fitting the product first puts the supplier's needs ahead of residents'."
                ),
            },
            {
                "text": (
                    "Early versions were tested with residents, including those with low confidence"
                ),
                "correct": True,
                "feedback": "Right. Testing with a range of residents, early, is a core sign.",
            },
            {
                "text": "The team measures whether residents complete their task the first time",
                "correct": True,
                "feedback": "Right. This measures the outcome that matters to residents.",
            },
            {
                "text": "The pages are organised to match the council's department structure",
                "correct": False,
                "feedback": (
                    "Residents do not think in departments. This is designing around the council."
                ),
            },
        ],
    },
    {
        "key": "m02-q10",
        "kind": "multiple",
        "text": (
            "The Local Digital Declaration commits councils to design around residents' needs, fix "
            "inflexible technology, share data safely, lead digital change and build an open "
            "culture. Which proposals fit those commitments? Select all that apply."
        ),
        "explanation": (
            "Redesigning a service from residents' needs, reusing open components and agreeing "
            "safe data sharing all fit the Declaration. Online-only rules and keeping designs "
            "secret do not."
        ),
        "options": [
            {
                "text": "Agree clear, safe rules for sharing data with local health partners",
                "correct": True,
                "feedback": (
                    "Right. Safe, useful data sharing builds trust among partners and residents."
                ),
            },
            {
                "text": "Redesign the council tax service around what residents are trying to do",
                "correct": True,
                "feedback": (
                    "Right. This is designing around the needs of the people using the service."
                ),
            },
            {
                "text": "Reuse an open component another council built, not buy a closed product",
                "correct": True,
                "feedback": (
                    "Right. This moves away from inflexible technology and shares work openly."
                ),
            },
            {
                "text": "Make every council service available online only within two years",
                "correct": False,
                "feedback": (
                    "Online-only rules can shut people out. The Declaration is about needs, not "
                    "one channel."
                ),
            },
            {
                "text": "Keep the council's designs private so other councils cannot copy them",
                "correct": False,
                "feedback": "The Declaration favours an open culture and sharing what works.",
            },
        ],
    },
    {
        "key": "m02-q11",
        "kind": "true_false",
        "text": (
            "True or false: if most residents already use the council website, there is no need to "
            "test a new online service with users before it launches."
        ),
        "explanation": (
            "Even familiar users can struggle with a new service, and the people who struggle most "
            "are easy to miss. Testing before launch is cheaper than fixing problems afterwards."
        ),
        "options": [
            {
                "text": "True",
                "correct": False,
                "feedback": (
                    "Tempting, but being online does not mean a new service will be easy to use. "
                    "Test it first."
                ),
            },
            {
                "text": "False",
                "correct": True,
                "feedback": (
                    "Right. Testing with residents finds problems while they are still cheap to "
                    "fix."
                ),
            },
        ],
    },
    {
        "key": "m02-q12",
        "kind": "true_false",
        "text": (
            "True or false: a resident who moves home may deal with council tax, electoral "
            "registration and waste. A well-designed service lets them tell the council once, even "
            "though three teams are involved."
        ),
        "explanation": (
            "Designing around residents means following their journey, not the council's "
            "structure. Telling the council once is a common aim of good service design."
        ),
        "options": [
            {
                "text": "True",
                "correct": True,
                "feedback": (
                    "Right. The resident's journey, not the council's departments, should shape "
                    "the service."
                ),
            },
            {
                "text": "False",
                "correct": False,
                "feedback": (
                    "It is true. Making residents repeat themselves to each team is a sign of "
                    "designing around the council."
                ),
            },
        ],
    },
]
