"""Question bank for module 1: Digital leadership is political leadership."""

MODULE_SLUG = "digital-leadership-is-political-leadership"

QUESTIONS = [
    {
        "key": "m01-q01",
        "kind": "single",
        "text": (
            "Officers plan to make council tax queries online-only. The report calls it 'a "
            "technical upgrade' that does not need councillors' input. What is the best response?"
        ),
        "explanation": (
            "Changing how residents reach a service affects access, rights and money, so it is a "
            "political choice. Councillors should set the aims and test the impact; officers lead "
            "on how it is delivered."
        ),
        "options": [
            {
                "text": (
                    "Agree, because the choice of technology is an operational matter for officers "
                    "to decide"
                ),
                "correct": False,
                "feedback": (
                    "The tools may be operational, but who can reach the service, and how, is a "
                    "political choice."
                ),
            },
            {
                "text": (
                    "Ask to see the shortlist of software suppliers so you can choose the product "
                    "yourself"
                ),
                "correct": False,
                "feedback": (
                    "Picking the product is officers' work. Your role is to set aims and test "
                    "impact, not to run the procurement."
                ),
            },
            {
                "text": (
                    "Approve it quickly, because moving a service online always saves money and "
                    "helps residents"
                ),
                "correct": False,
                "feedback": (
                    "Online is not always cheaper or better for everyone. Ask for the evidence "
                    "before you approve."
                ),
            },
            {
                "text": (
                    "Say it changes how residents reach a service, so members should agree the "
                    "aims and test the impact"
                ),
                "correct": True,
                "feedback": (
                    "Right. Access, cost and fairness are choices for elected members, even when "
                    "the tools are technical."
                ),
            },
        ],
    },
    {
        "key": "m01-q02",
        "kind": "single",
        "text": (
            "You have just joined the cabinet, and your portfolio now includes digital. Which "
            "description best fits your role?"
        ),
        "explanation": (
            "A cabinet member sets direction and priorities, makes the case to colleagues and is "
            "accountable for results. Officers manage the delivery, and scrutiny holds the cabinet "
            "to account."
        ),
        "options": [
            {
                "text": (
                    "Set the direction and priorities, make the case in cabinet, and answer for "
                    "the results"
                ),
                "correct": True,
                "feedback": (
                    "Right. Political leadership means direction, advocacy and accountability."
                ),
            },
            {
                "text": (
                    "Manage the IT team's daily work so that projects stay on time and within "
                    "budget"
                ),
                "correct": False,
                "feedback": (
                    "Day-to-day management belongs to officers. Getting drawn into it can weaken "
                    "your strategic role."
                ),
            },
            {
                "text": (
                    "Leave digital to the chief executive and step in only when something has gone "
                    "wrong"
                ),
                "correct": False,
                "feedback": (
                    "Waiting for failure leaves the council without political direction on choices "
                    "that affect residents."
                ),
            },
            {
                "text": (
                    "Chair the scrutiny review of your own digital programme to show that you are "
                    "open"
                ),
                "correct": False,
                "feedback": (
                    "Scrutiny must be independent of the executive. You cannot hold your own "
                    "portfolio to account."
                ),
            },
        ],
    },
    {
        "key": "m01-q03",
        "kind": "single",
        "text": (
            "At a scrutiny committee, an officer reports that the digital programme is 'on track'. "
            "What is the most useful question to ask next?"
        ),
        "explanation": (
            "Scrutiny should test outcomes for residents, not only progress against a plan. Asking "
            "what has changed and how it is known brings evidence to the table."
        ),
        "options": [
            {
                "text": "Which programming languages and platforms is the team using?",
                "correct": False,
                "feedback": (
                    "This is rarely where the risk lies for residents, and it does not test "
                    "whether the programme works."
                ),
            },
            {
                "text": "Could the programme take on extra features within the budget?",
                "correct": False,
                "feedback": (
                    "Adding scope before knowing whether it works can increase risk rather than "
                    "value."
                ),
            },
            {
                "text": "What has changed for residents so far, and how do you know?",
                "correct": True,
                "feedback": (
                    "Right. This moves the discussion from activity to outcomes and asks for "
                    "evidence."
                ),
            },
            {
                "text": "Why not pause everything until the technology is more mature?",
                "correct": False,
                "feedback": (
                    "A pause may sometimes be right, but you need evidence first. This question "
                    "assumes the answer."
                ),
            },
        ],
    },
    {
        "key": "m01-q04",
        "kind": "single",
        "text": (
            "A resident in your ward says she cannot book a bulky waste collection since the phone "
            "line closed. What should you do as her ward councillor?"
        ),
        "explanation": (
            "Ward members help the individual and also feed back patterns. One resident's problem "
            "is often evidence of a gap that affects others."
        ),
        "options": [
            {
                "text": (
                    "Make the booking for her on the website yourself and treat the matter as "
                    "closed"
                ),
                "correct": False,
                "feedback": (
                    "Helpful for her, but others in the same position will keep hitting the same "
                    "barrier."
                ),
            },
            {
                "text": (
                    "Explain that service channels are an officer matter and give her the web "
                    "address"
                ),
                "correct": False,
                "feedback": (
                    "Access to services is a proper concern for members, and a web address does "
                    "not help her."
                ),
            },
            {
                "text": (
                    "Help her get the booking made, and report the problem so the service can fix "
                    "the gap"
                ),
                "correct": True,
                "feedback": (
                    "Right. You solve the case and give officers evidence to improve the service "
                    "for others."
                ),
            },
            {
                "text": (
                    "Start a public campaign to reopen the phone line straight away for all "
                    "services"
                ),
                "correct": False,
                "feedback": (
                    "One case may be a sign of a wider problem, but check the evidence before "
                    "calling for a big change."
                ),
            },
        ],
    },
    {
        "key": "m01-q05",
        "kind": "single",
        "text": (
            "In the LGiU's 2017 survey 'The Start of the Possible', about 800 councillors answered "
            "three attitude questions. How did 'enthusiasts' and 'sceptics' compare?"
        ),
        "explanation": (
            "The survey found 373 enthusiasts and 118 sceptics, with the rest in between. Sceptics "
            "were a minority, but a real one."
        ),
        "options": [
            {
                "text": "Enthusiasts outnumbered sceptics by about three to one",
                "correct": True,
                "feedback": (
                    "Right. There were 373 enthusiasts and 118 sceptics; the rest were in between."
                ),
            },
            {
                "text": "The two groups were roughly the same size as each other",
                "correct": False,
                "feedback": "Not so. Enthusiasts clearly outnumbered sceptics.",
            },
            {
                "text": "Sceptics were the largest of all the groups surveyed",
                "correct": False,
                "feedback": "Sceptics were a minority, at about one in seven of those surveyed.",
            },
            {
                "text": "Nearly every councillor surveyed was an enthusiast",
                "correct": False,
                "feedback": (
                    "Many councillors sat between the two positions, and a minority were sceptics."
                ),
            },
        ],
    },
    {
        "key": "m01-q06",
        "kind": "single",
        "text": (
            "A colleague says: 'Digital is just a way to cut jobs and close offices.' Which "
            "response best engages with this sceptical view?"
        ),
        "explanation": (
            "Sceptics often raise real risks. A good response accepts what is fair in the concern, "
            "brings evidence, and asks how this project will protect residents."
        ),
        "options": [
            {
                "text": (
                    "Say that view is out of date, because every modern council now works digitally"
                ),
                "correct": False,
                "feedback": (
                    "Dismissing a concern rarely changes minds, and it skips the question of "
                    "impact."
                ),
            },
            {
                "text": (
                    "Agree, and say the group should oppose digital change until the risks have "
                    "gone"
                ),
                "correct": False,
                "feedback": (
                    "Some risk will always remain. The task is to manage it, not to block all "
                    "change."
                ),
            },
            {
                "text": (
                    "Promise that any savings will go back into services, so there is nothing to "
                    "worry about"
                ),
                "correct": False,
                "feedback": (
                    "Reinvesting savings may help, but it does not answer whether residents keep "
                    "access."
                ),
            },
            {
                "text": (
                    "Accept that the risk is real, then look at the evidence and ask how this "
                    "project protects access"
                ),
                "correct": True,
                "feedback": (
                    "Right. Taking the concern seriously and testing it with evidence is more "
                    "persuasive than dismissing it."
                ),
            },
        ],
    },
    {
        "key": "m01-q07",
        "kind": "single",
        "text": (
            "The programme asks you to set a personal goal for the next few months. Which goal is "
            "most useful?"
        ),
        "explanation": (
            "A good goal is specific, within your role and something you can check you have done. "
            "It should change what you do as a councillor."
        ),
        "options": [
            {
                "text": (
                    "Become much more digital in my work and encourage my colleagues to do the same"
                ),
                "correct": False,
                "feedback": "A fine intention, but too vague to act on or to check.",
            },
            {
                "text": (
                    "Ask for evidence of residents' needs on every digital report that comes to my "
                    "committee"
                ),
                "correct": True,
                "feedback": (
                    "Right. It is specific, fits your role and you can tell whether you did it."
                ),
            },
            {
                "text": (
                    "Learn to write code so that I can understand what the council's developers do"
                ),
                "correct": False,
                "feedback": (
                    "Coding skills are not needed for digital leadership. Focus on your role as a "
                    "councillor."
                ),
            },
            {
                "text": (
                    "Make sure our council becomes the most advanced digital council in the country"
                ),
                "correct": False,
                "feedback": (
                    "This is not in your control and is hard to measure, so it will not guide what "
                    "you do."
                ),
            },
        ],
    },
    {
        "key": "m01-q08",
        "kind": "single",
        "text": (
            "A fellow councillor wants to announce that the council will be 'digital by default' "
            "within a year. Which concern is most important to raise?"
        ),
        "explanation": (
            "Enthusiasm is welcome, but a pledge without a plan for people who cannot or will not "
            "go online could cut residents off from services."
        ),
        "options": [
            {
                "text": (
                    "Without a plan for residents who cannot go online, the pledge could shut them "
                    "out"
                ),
                "correct": True,
                "feedback": (
                    "Right. Inclusion is the biggest risk in a fast move to digital services."
                ),
            },
            {
                "text": (
                    "The pledge is not ambitious enough, because other councils have gone further "
                    "already"
                ),
                "correct": False,
                "feedback": (
                    "Comparing ambition with others misses the risk to residents in your own area."
                ),
            },
            {
                "text": (
                    "Councillors should not make announcements about digital, because it is not "
                    "political"
                ),
                "correct": False,
                "feedback": (
                    "Digital choices are political choices. The concern is the content of the "
                    "pledge, not who makes it."
                ),
            },
            {
                "text": (
                    "The IT department will need many more staff before it can support such a "
                    "pledge"
                ),
                "correct": False,
                "feedback": (
                    "Capacity may matter, but the first question is what happens to residents."
                ),
            },
        ],
    },
    {
        "key": "m01-q09",
        "kind": "multiple",
        "text": (
            "Which of these are political choices for councillors, rather than purely technical "
            "ones? Select all that apply."
        ),
        "explanation": (
            "Choices about who can reach services, how money is spent and how residents' data is "
            "used shape rights and outcomes, so they need political decisions. Software versions "
            "and file naming do not."
        ),
        "options": [
            {
                "text": "Whether to close a phone line once an online form is available",
                "correct": True,
                "feedback": "Right. This decides who can reach a service and how.",
            },
            {
                "text": "Which version of database software the hosting team installs",
                "correct": False,
                "feedback": (
                    "This is a technical matter for officers, within the aims members have set."
                ),
            },
            {
                "text": "Whether residents' data can be shared with partners to target help",
                "correct": True,
                "feedback": "Right. This touches on privacy, trust and fairness.",
            },
            {
                "text": "How the developers name the files and folders in their code",
                "correct": False,
                "feedback": (
                    "This is a technical detail with no direct effect on residents' rights or "
                    "money."
                ),
            },
            {
                "text": "How much to invest in digital compared with frontline staff",
                "correct": True,
                "feedback": "Right. Balancing budgets between priorities is a political choice.",
            },
        ],
    },
    {
        "key": "m01-q10",
        "kind": "multiple",
        "text": (
            "Newcastle made its Deputy Leader the council's 'Digital Champion'. What can a senior "
            "political champion add to a council's digital work? Select all that apply."
        ),
        "explanation": (
            "A senior champion signals that digital matters to the whole council and can make the "
            "case to colleagues. It does not replace scrutiny or officers' technical leadership."
        ),
        "options": [
            {
                "text": "An end to the need for officers to lead the technical work",
                "correct": False,
                "feedback": "Officers still lead delivery. The champion gives political direction.",
            },
            {
                "text": "A clear signal that digital is a priority for the whole council",
                "correct": True,
                "feedback": "Right. Senior backing shows digital is not just an IT matter.",
            },
            {
                "text": "Someone to make the case to colleagues and press for results",
                "correct": True,
                "feedback": (
                    "Right. A champion can argue for change and keep the focus on outcomes."
                ),
            },
            {
                "text": "An end to the need for scrutiny of digital projects",
                "correct": False,
                "feedback": (
                    "Scrutiny stays essential. A champion is part of the executive, so scrutiny "
                    "holds them to account too."
                ),
            },
        ],
    },
    {
        "key": "m01-q11",
        "kind": "true_false",
        "text": (
            "True or false: in 'The Start of the Possible' survey (2017), digital exclusion was "
            "the challenge councillors named most often."
        ),
        "explanation": (
            "Digital exclusion was named by 57% of councillors, ahead of service design (47%), "
            "connectivity (44%) and cyber security (38%)."
        ),
        "options": [
            {
                "text": "True",
                "correct": True,
                "feedback": "Right. 57% named digital exclusion, more than any other challenge.",
            },
            {
                "text": "False",
                "correct": False,
                "feedback": (
                    "It is true. Digital exclusion (57%) came ahead of service design, "
                    "connectivity and cyber security."
                ),
            },
        ],
    },
    {
        "key": "m01-q12",
        "kind": "true_false",
        "text": (
            "True or false: because most councillors are not technical experts, they should leave "
            "decisions about digital services to officers."
        ),
        "explanation": (
            "Councillors do not need technical skills to set aims, ask about impact on residents "
            "and hold programmes to account. These are political tasks."
        ),
        "options": [
            {
                "text": "True",
                "correct": False,
                "feedback": (
                    "Tempting, but the key questions are about residents, money and rights. Those "
                    "need elected members."
                ),
            },
            {
                "text": "False",
                "correct": True,
                "feedback": (
                    "Right. Members lead on purpose and impact; officers lead on technical "
                    "delivery."
                ),
            },
        ],
    },
]
