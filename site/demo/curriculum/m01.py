MODULE = {
    "number": 1,
    "slug": "digital-leadership-is-political-leadership",
    "title": "Digital leadership is political leadership",
    "kind": "core",
    "summary": (
        "Digital choices decide who gets a service, how they get it and what it costs, so they "
        "belong to elected members as much as to officers. This module sets out your role, the "
        "evidence on what councillors think, and a personal goal for the programme."
    ),
    "outcomes": [
        (
            "Explain why choices about digital services are political choices about services, "
            "rights and money."
        ),
        (
            "Describe the different digital roles of cabinet members, scrutiny members and ward "
            "councillors."
        ),
        "Recognise the main enthusiast and sceptic positions and the evidence behind them.",
        "Set a personal goal for your own digital leadership during the programme.",
    ],
    "questions_for_officers": [
        (
            "Which decisions in our digital or transformation plans need a member decision, and "
            "which are delegated to officers?"
        ),
        "Who is the lead member for digital, and how are other members told what is changing?",
        (
            "When a service moves online, how do we decide what happens for residents who cannot "
            "or will not use it?"
        ),
        (
            "How much do we spend on technology each year, and how much of that is tied up in "
            "existing contracts?"
        ),
        (
            "What have residents told us about our online services, and what did we change as a "
            "result?"
        ),
        "Where could scrutiny add most value to our digital programme over the next year?",
    ],
    "case_studies": [
        {
            "council": "279 English councils",
            "year": "2017",
            "title": "The Start of the Possible: what councillors think about digital",
            "what_happened": (
                "In April 2017 the LGiU published a survey of about 800 councillors from 279 "
                "English councils, led by Camden councillor Theo Blackwell. Most respondents were "
                "positive about what technology could do for public services, and a smaller group "
                "were sceptical."
            ),
            "figures": [
                "About 800 councillors from 279 English councils took part",
                (
                    "70% expected technology to have a positive impact on public services over ten "
                    "years"
                ),
                "62% saw benefits in automation and 70% favoured using big data",
                "373 enthusiasts and 118 sceptics on three attitude questions",
                "A cabinet member championed digital in 49% of councils",
                (
                    "Top challenges: digital exclusion 57%, service design 47%, connectivity 44%, "
                    "cyber security 38%"
                ),
            ],
            "source_title": "The Start of the Possible (LGiU, 2017)",
            "source_url": "https://www.lgiu.org.uk/report/start-of-the-possible/",
        },
    ],
    "lessons": [
        {
            "slug": "why-digital-choices-are-political",
            "title": "Why digital choices are political choices",
            "minutes": 10,
            "body": [
                (
                    "markdown",
                    (
                        "Many councillors see digital as a technical matter best left to officers. "
                        "That view is understandable. The language is unfamiliar, and nobody wants "
                        "to be caught out in a meeting. But most digital decisions are really "
                        "decisions about three things you were elected to decide.\n\n"
                        "## Services\n\n"
                        "When a council moves a service online, it changes who finds that service "
                        "easy and who finds it hard. Booking a bulky waste collection, applying "
                        "for a parking permit or reporting a broken streetlight can become quicker "
                        "for many residents. For others, it becomes a barrier. Choosing which "
                        "services to change first, and how fast, is a choice about priorities.\n\n"
                        "## Rights\n\n"
                        "Digital services collect and use personal information. Decisions about "
                        "what the council records, who can see it and how long it keeps it affect "
                        "residents' privacy and their trust in the council. Automated tools can "
                        "also shape who is offered help and who is not. These are questions of "
                        "fairness, not only of technology.\n\n"
                        "## Money\n\n"
                        "Technology contracts often run for years and can be hard to leave. A "
                        "decision made today can limit what a future council can afford or change. "
                        "Savings promised in a business case may depend on residents changing how "
                        "they contact the council, which is never guaranteed.\n\n"
                        "## What this means for you\n\n"
                        "You do not need to know how a system works to ask whether it is the right "
                        "thing to do. You need to ask who benefits, who might lose out, what it "
                        "costs over its whole life and how the council will know if it has worked. "
                        "You already ask those questions about housing or planning decisions."
                    ),
                ),
                (
                    "callout",
                    {
                        "kind": "warning",
                        "heading": "Be wary of 'it is just an IT upgrade'",
                        "text": (
                            "When a paper describes a change as purely technical, ask what will be "
                            "different for residents and staff. If the answer is 'nothing', ask "
                            "why the council is paying for it. If the answer is 'quite a lot', it "
                            "needs member attention."
                        ),
                    },
                ),
                (
                    "reflection",
                    {
                        "prompt": (
                            "Think of a service in your ward that has moved online in the last few "
                            "years. Who found it easier afterwards, and who came to you for help "
                            "because it had become harder?"
                        ),
                    },
                ),
                (
                    "takeaways",
                    [
                        "Most digital decisions are decisions about services, rights and money.",
                        (
                            "You do not need technical knowledge to ask who benefits and who loses "
                            "out."
                        ),
                        (
                            "Long contracts and promised savings deserve the same challenge as any "
                            "other spending."
                        ),
                        "Treat 'just an IT upgrade' as a prompt to ask what changes for residents.",
                    ],
                ),
                (
                    "further_reading",
                    [
                        {
                            "title": "Service Manual",
                            "publisher": "GOV.UK",
                            "url": "https://www.gov.uk/service-manual",
                        },
                    ],
                ),
            ],
        },
        {
            "slug": "your-digital-role",
            "title": "Your digital role: cabinet, scrutiny and ward",
            "minutes": 12,
            "body": [
                (
                    "markdown",
                    (
                        "Every councillor has a part to play in digital change, but the part "
                        "depends on your role. Knowing which hat you are wearing helps you ask the "
                        "right question at the right time.\n\n"
                        "## Cabinet and executive members\n\n"
                        "If you hold a portfolio, you set direction. That means agreeing what "
                        "digital change is for in your services, what success looks like and what "
                        "risks the council will accept. It also means making sure someone at the "
                        "top of the council owns the programme. Some councils give a senior member "
                        "a named digital role. In Newcastle, for example, the Deputy Leader took "
                        "on the role of 'Digital Champion'. A named lead makes it clear who "
                        "colleagues and residents can hold to account.\n\n"
                        "## Scrutiny members\n\n"
                        "Scrutiny tests whether decisions are sound and whether they delivered "
                        "what they promised. For digital programmes, that means asking for "
                        "evidence of residents' needs, checking that benefits are measured rather "
                        "than assumed, and looking at ethics, privacy and equality. Scotland's "
                        "Digital Office, working with COSLA and the Improvement Service, built its "
                        "programme for elected members around this kind of governance and "
                        "scrutiny, alongside general awareness and members' own digital "
                        "practice.\n\n"
                        "## Ward councillors\n\n"
                        "As a ward councillor, you see the effects of digital change first. "
                        "Residents bring you the problems that never show up in a report: the "
                        "carer who cannot upload a form, the shopkeeper whose licence renewal "
                        "failed, the tenant who gave up on an online repair request. Collecting "
                        "these stories and passing them on in a structured way is a real "
                        "contribution. It gives officers evidence they may not get any other "
                        "way.\n\n"
                        "## Roles overlap\n\n"
                        "Most councillors hold more than one role. A cabinet member is still a "
                        "ward councillor. A scrutiny chair may also sit on a partnership board. "
                        "The point is not to stay in one lane, but to be clear in each meeting "
                        "which question is yours to ask."
                    ),
                ),
                (
                    "callout",
                    {
                        "kind": "key_fact",
                        "heading": "Who leads on digital?",
                        "text": (
                            "In the 2017 survey of about 800 English councillors, a cabinet member "
                            "championed digital in 49% of councils. Ask whether your council has a "
                            "political lead for digital, and if not, who fills the gap."
                        ),
                    },
                ),
                (
                    "reflection",
                    {
                        "prompt": (
                            "Which of these roles do you hold today? Write down one digital "
                            "question that only someone in your position could ask, and the "
                            "meeting where you will ask it."
                        ),
                    },
                ),
                (
                    "takeaways",
                    [
                        "Cabinet members set direction and own the risks.",
                        "Scrutiny tests evidence, benefits, ethics, privacy and equality.",
                        "Ward councillors bring residents' real experience into the room.",
                        "In each meeting, be clear which question is yours to ask.",
                    ],
                ),
                (
                    "further_reading",
                    [
                        {
                            "title": "Digital political leadership",
                            "publisher": "LGA First",
                            "url": "https://lgafirst.co.uk/features/digital-political-leadership",
                        },
                        {
                            "title": "Digital Leadership - Elected Members",
                            "publisher": "Scotland's Digital Office",
                            "url": "https://www.digitaloffice.scot/digital-leadership/digital-leadership-elected-members-5",
                        },
                    ],
                ),
            ],
        },
        {
            "slug": "enthusiasts-and-sceptics",
            "title": "Enthusiasts, sceptics and the evidence",
            "minutes": 12,
            "body": [
                (
                    "markdown",
                    (
                        "Councils are full of people with strong views on digital change. Some "
                        "want to move faster. Others have seen projects go wrong and want to slow "
                        "down. Both groups have a point, and good leadership takes both "
                        "seriously.\n\n"
                        "## What the survey found\n\n"
                        "A useful source of evidence on what English councillors think is a survey "
                        "published in 2017. Most councillors who took part were positive. A clear "
                        "majority expected technology to improve public services over the next ten "
                        "years, and many saw benefits in automation and in using large sets of "
                        "data. A smaller group were sceptical."
                    ),
                ),
                (
                    "case_study",
                    {
                        "council": "279 English councils",
                        "year": "2017",
                        "title": "The Start of the Possible: what councillors think about digital",
                        "what_happened": (
                            "In April 2017 the LGiU published a survey of about 800 councillors "
                            "from 279 English councils, led by Camden councillor Theo Blackwell. "
                            "Most respondents were positive about what technology could do for "
                            "public services, and a smaller group were sceptical."
                        ),
                        "figures": [
                            "About 800 councillors from 279 English councils took part",
                            (
                                "70% expected technology to have a positive impact on public "
                                "services over ten years"
                            ),
                            "62% saw benefits in automation and 70% favoured using big data",
                            "373 enthusiasts and 118 sceptics on three attitude questions",
                            "A cabinet member championed digital in 49% of councils",
                            (
                                "Top challenges: digital exclusion 57%, service design 47%, "
                                "connectivity 44%, cyber security 38%"
                            ),
                        ],
                        "source_title": "The Start of the Possible (LGiU, 2017)",
                        "source_url": "https://www.lgiu.org.uk/report/start-of-the-possible/",
                    },
                ),
                (
                    "markdown",
                    (
                        "## Read the numbers with care\n\n"
                        "The survey measured opinions, not results. People who choose to answer a "
                        "survey about digital may be keener than those who do not. Views also "
                        "varied. On private companies using public data, enthusiasts were more in "
                        "favour (net +34%) than leaders and cabinet members (net +18%).\n\n"
                        "## What sceptics get right\n\n"
                        "Sceptics often raise fair points. Projects do overrun. Savings are "
                        "sometimes counted before they happen. Some residents are left behind, and "
                        "councillors in the survey named digital exclusion as the biggest "
                        "challenge. A good digital leader welcomes these challenges and answers "
                        "them with evidence.\n\n"
                        "## What enthusiasts often lack\n\n"
                        "The survey's author has argued that sceptics were a minority, often on "
                        "the backbenches. The bigger gap was that positive councillors lacked the "
                        "arguments and the confidence to make their case. Confidence here does not "
                        "mean being uncritical. It means being able to explain what a change is "
                        "for, who it helps, and how the council will protect people it might harm."
                    ),
                ),
                (
                    "reflection",
                    {
                        "prompt": (
                            "Where do you sit between enthusiast and sceptic today? Think of one "
                            "colleague who sees it differently. What is the strongest point they "
                            "would make, and how would you answer it?"
                        ),
                    },
                ),
                (
                    "takeaways",
                    [
                        "Most councillors surveyed in 2017 were positive about digital.",
                        "Sceptics raise real risks, especially exclusion and unproven savings.",
                        "Confidence means being able to make the case and answer objections.",
                        "Treat survey figures as a guide to opinion, not proof of results.",
                    ],
                ),
                (
                    "further_reading",
                    [
                        {
                            "title": "The Start of the Possible",
                            "publisher": "LGiU",
                            "url": "https://www.lgiu.org.uk/report/start-of-the-possible/",
                        },
                        {
                            "title": "Local councillors not digital dinosaurs",
                            "publisher": "UKAuthority",
                            "url": "https://www.ukauthority.com/articles/local-councillors-not-digital-dinosaurs",
                        },
                        {
                            "title": "The frustrations of a digital optimist",
                            "publisher": "UKAuthority",
                            "url": "https://www.ukauthority.com/articles/the-frustrations-of-a-digital-optimist/",
                        },
                    ],
                ),
            ],
        },
        {
            "slug": "setting-your-personal-goal",
            "title": "Setting your personal goal",
            "minutes": 10,
            "body": [
                (
                    "markdown",
                    (
                        "This programme learns from the Scottish Government's Digital Champions "
                        "programme, run by the Scottish Digital Academy since 2013. It brings "
                        "senior leaders from the public and third sectors together in cohorts of "
                        "about 20, for five one-day sessions over several weeks. Its aim is to "
                        "build leaders' confidence in leading in a digital world. In 2022 it was "
                        "renamed Leading in a Digital World, with days on transformation, system "
                        "leadership, culture and digital skills, and service design and agile "
                        "working.\n\n"
                        "The lesson from that programme is that confidence grows through practice "
                        "over time. That is why we ask you to set a personal goal now and come "
                        "back to it at the end.\n\n"
                        "## What makes a good goal\n\n"
                        "A useful goal is about your role, not about technology. It is something "
                        "you can do in the next few months, and something you would notice if you "
                        "achieved it. For example, you might:\n\n"
                        "- ask for evidence of residents' needs before the next paper on moving a "
                        "service online reaches your committee\n"
                        "- raise digital inclusion in a budget discussion, with a specific "
                        "question about offline routes\n"
                        "- use ward data to support a piece of casework or a committee question\n"
                        "- explain a digital change in plain terms to sceptical colleagues\n"
                        "- suggest a scrutiny review of one digital programme\n\n"
                        "## What a weak goal looks like\n\n"
                        "Goals such as 'understand digital better' or 'get more involved' are hard "
                        "to act on and hard to check. So are goals that depend entirely on other "
                        "people, such as 'get the council to modernise'. Narrow your goal until "
                        "you can picture the meeting where it happens.\n\n"
                        "## Your notes are private\n\n"
                        "Your reflections in this programme are private to you. Facilitators and "
                        "council leaders cannot see them. Be honest about where you are starting "
                        "from. Being sceptical today is a perfectly reasonable place to begin."
                    ),
                ),
                (
                    "callout",
                    {
                        "kind": "key_fact",
                        "heading": "The model behind this programme",
                        "text": (
                            "By 2019 Digital Champions had more than 300 alumni, and 80% of "
                            "participants rated it very good or excellent."
                        ),
                    },
                ),
                (
                    "reflection",
                    {
                        "prompt": (
                            "Write one goal for your own digital leadership over the next three "
                            "months. Name the meeting, committee or ward issue where you will act "
                            "on it, and how you will know you have done it."
                        ),
                    },
                ),
                (
                    "takeaways",
                    [
                        "Confidence grows through practice over time, not one-off reading.",
                        "A good goal is about your role, is specific and can be checked.",
                        "Picture the meeting where your goal will happen.",
                        "Your reflections are private, so start from where you really are.",
                    ],
                ),
                (
                    "further_reading",
                    [
                        {
                            "title": "What's next for the Digital Champions programme",
                            "publisher": "Scottish Digital Academy",
                            "url": "https://digitalacademy.gov.scot/whats-next-for-the-digital-champions-programme/",
                        },
                        {
                            "title": "Leading in a Digital World",
                            "publisher": "Scottish Digital Academy",
                            "url": "https://digitalacademy.gov.scot/leading-in-a-digital-world/",
                        },
                    ],
                ),
            ],
        },
    ],
}
