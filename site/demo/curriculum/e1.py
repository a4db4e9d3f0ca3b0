"""Seed course content: elective E1, The digital councillor."""

MODULE = {
    "number": 11,
    "slug": "the-digital-councillor",
    "title": "The digital councillor",
    "kind": "elective",
    "summary": (
        "Much of a councillor's work now happens online, from casework emails to social media and "
        "video calls. This elective helps you engage residents online without leaving anyone out, "
        "handle abuse, understand the rules on remote meetings and look after yourself."
    ),
    "outcomes": [
        "Plan online engagement with residents that is inclusive and has offline alternatives",
        "Set clear rules of engagement for your online channels and respond safely to abuse",
        "Explain what the law allows for remote and hybrid council meetings since May 2021",
        "Use practical habits that protect your wellbeing and personal information online",
    ],
    "questions_for_officers": [
        (
            "What support does the council offer councillors who receive online abuse or threats, "
            "and who should I contact?"
        ),
        (
            "What guidance do we have on councillors' use of social media, including in the run-up "
            "to elections?"
        ),
        (
            "Which of our meetings can members join remotely, and what does that mean for voting "
            "and the quorum?"
        ),
        (
            "How should I handle residents' personal information that reaches me through social "
            "media or messaging apps?"
        ),
        "What training and equipment do we offer members to use digital tools safely and securely?",
        (
            "How do residents who are not online find out about, and take part in, council "
            "consultations?"
        ),
    ],
    "case_studies": [
        {
            "council": "Hertfordshire County Council",
            "year": "2021",
            "title": "The High Court ruling on remote council meetings",
            "what_happened": (
                "During the pandemic, temporary rules let councils in England hold formal meetings "
                "online. Hertfordshire County Council brought a case against the Secretary of "
                "State for Housing, Communities and Local Government, seeking to keep the option "
                "of remote meetings once those rules ended. The High Court ruled that the law did "
                "not allow it, and fully remote formal meetings ended on 7 May 2021."
            ),
            "figures": [
                "Fully remote formal council meetings ended on 7 May 2021",
                "Case: Hertfordshire CC v SSHCLG [2021] EWHC 1093 (Admin)",
            ],
            "source_title": "High Court ruling: Hertfordshire CC v SSHCLG [2021] EWHC 1093 (Admin)",
            "source_url": "https://www.local.gov.uk/",
        },
    ],
    "lessons": [
        {
            "slug": "engaging-residents-online-inclusively",
            "title": "Engaging residents online, inclusively",
            "minutes": 10,
            "body": [
                (
                    "markdown",
                    (
                        "Online channels let you reach residents who would never come to a "
                        "surgery: shift workers, carers, young people and people who have just "
                        "moved in. They let you share news quickly and hear concerns early. But "
                        "every channel reaches some people and misses others.\n\n"
                        "## Choose channels for your residents, not for you\n\n"
                        "Before you set up a new page or group, think about who you want to reach. "
                        "A ward social media page may reach active residents but miss older "
                        "people, people on low incomes or people who do not read English well. A "
                        "local messaging group may be lively but closed to newcomers.\n\n"
                        "A good mix often includes:\n\n"
                        "- one or two online channels your residents already use\n"
                        "- an email address and phone number that you check regularly\n"
                        "- surgeries, newsletters or noticeboards for people who are not online\n"
                        "- local partners, such as libraries or community groups, who can pass "
                        "information on\n\n"
                        "## Make your posts accessible\n\n"
                        "- Write in plain English, with short sentences.\n"
                        "- Put the most important point first.\n"
                        "- Add a text description to images and captions to videos.\n"
                        "- Do not put key information only inside an image, such as a poster, "
                        "because screen readers cannot read it.\n\n"
                        "## Keep casework private\n\n"
                        "Residents often raise personal problems in public comments. Thank them, "
                        "and move the conversation to a private channel. Do not discuss someone's "
                        "case in public, even if they started it. Ask your council how you should "
                        "store and protect casework information.\n\n"
                        "## Remember who is missing\n\n"
                        "Online feedback is not the view of the whole ward. The loudest voices "
                        "online may not be the people most affected. When you report what "
                        "residents think, say how you heard from them, and who you may not have "
                        "heard from."
                    ),
                ),
                (
                    "callout",
                    {
                        "kind": "key_fact",
                        "heading": "Exclusion is a top concern",
                        "text": (
                            "When about 800 councillors were surveyed for 'The Start of the "
                            "Possible' in 2017, digital exclusion was the challenge they named "
                            "most often (57%)."
                        ),
                    },
                ),
                (
                    "reflection",
                    {
                        "prompt": (
                            "Which groups in your ward do you hear from least online? What is one "
                            "thing you could do in the next month to reach them?"
                        ),
                    },
                ),
                (
                    "takeaways",
                    [
                        "Every channel reaches some people and misses others, so use a mix.",
                        "Make posts accessible and keep casework out of public threads.",
                        "Online feedback is not the whole ward: say who you have not heard from.",
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
                            "title": "Information Commissioner's Office",
                            "publisher": "ICO",
                            "url": "https://ico.org.uk/",
                        },
                    ],
                ),
            ],
        },
        {
            "slug": "rules-of-engagement-and-online-abuse",
            "title": "Rules of engagement and online abuse",
            "minutes": 10,
            "body": [
                (
                    "markdown",
                    (
                        "Debate and challenge are part of public life. Abuse, harassment and "
                        "threats are not. Hostile messages online can wear down experienced "
                        "councillors and put people off standing for election. Deciding your "
                        "approach in advance makes it easier to respond calmly.\n\n"
                        "## Set your rules of engagement\n\n"
                        "Publish a short statement on your page or profile that says:\n\n"
                        "- what the channel is for, and when you will usually reply\n"
                        "- that you welcome debate but will remove abusive, threatening or "
                        "discriminatory posts\n"
                        "- that casework should come to you privately, and how to contact you\n"
                        "- that you may block accounts that repeatedly break these rules\n\n"
                        "Apply the rules in the same way whatever the poster's views. That "
                        "protects you from claims that you are silencing criticism.\n\n"
                        "## Your own conduct\n\n"
                        "Your council's code of conduct can apply to what you post when you are "
                        "acting, or appear to be acting, as a councillor. Before you post, ask "
                        "yourself: would I be comfortable seeing this quoted in the local paper? "
                        "Take extra care with confidential council business, with comments about "
                        "named officers, and with posts in the run-up to elections. If you are "
                        "unsure, ask your monitoring officer.\n\n"
                        "## When abuse happens\n\n"
                        "- **Do not reply in the moment.** A quick, angry reply rarely helps.\n"
                        "- **Keep a record.** Take screenshots showing the date, time and account "
                        "name before anything is deleted.\n"
                        "- **Use the platform's tools.** Mute, block or report content that breaks "
                        "its rules.\n"
                        "- **Tell the council.** Your member services team or monitoring officer "
                        "should know, and may be able to help.\n"
                        "- **Report threats to the police.** Threats of violence and harassment "
                        "can be crimes.\n"
                        "- **Talk to someone.** Other councillors will often have been through the "
                        "same thing."
                    ),
                ),
                (
                    "callout",
                    {
                        "kind": "warning",
                        "heading": "Think before you block",
                        "text": (
                            "Blocking a resident from an account you use as a councillor can look "
                            "like shutting them out of local debate. Block only for clear breaches "
                            "of your published rules, and keep a note of why."
                        ),
                    },
                ),
                (
                    "reflection",
                    {
                        "prompt": (
                            "Think of a hostile online exchange you have seen, or been part of, in "
                            "your area. Looking back, what would a clear set of published rules "
                            "have changed?"
                        ),
                    },
                ),
                (
                    "takeaways",
                    [
                        "Publish simple rules of engagement and apply them to everyone.",
                        "The code of conduct can apply online, so pause before you post.",
                        (
                            "Record abuse, use platform tools, tell the council and report threats "
                            "to the police."
                        ),
                    ],
                ),
                (
                    "further_reading",
                    [
                        {
                            "title": (
                                "Improving digital citizenship: a practical guide for councillors"
                            ),
                            "publisher": "Local Government Association",
                            "url": (
                                "https://www.local.gov.uk/publications/"
                                "improving-digital-citizenship-practical-guide-councillors"
                            ),
                        },
                    ],
                ),
            ],
        },
        {
            "slug": "remote-meetings-and-the-law",
            "title": "Remote and hybrid meetings: what the law allows",
            "minutes": 10,
            "body": [
                (
                    "markdown",
                    (
                        "During the pandemic, councils held formal meetings online. For some "
                        "councillors this made it easier to fit meetings around work and caring. "
                        "For councils in England, that period ended in May 2021."
                    ),
                ),
                (
                    "case_study",
                    {
                        "council": "Hertfordshire County Council",
                        "year": "2021",
                        "title": "The High Court ruling on remote council meetings",
                        "what_happened": (
                            "During the pandemic, temporary rules let councils in England hold "
                            "formal meetings online. Hertfordshire County Council brought a case "
                            "against the Secretary of State for Housing, Communities and Local "
                            "Government, seeking to keep the option of remote meetings once those "
                            "rules ended. The High Court ruled that the law did not allow it, and "
                            "fully remote formal meetings ended on 7 May 2021."
                        ),
                        "figures": [
                            "Fully remote formal council meetings ended on 7 May 2021",
                            "Case: Hertfordshire CC v SSHCLG [2021] EWHC 1093 (Admin)",
                        ],
                        "source_title": (
                            "High Court ruling: Hertfordshire CC v SSHCLG [2021] EWHC 1093 (Admin)"
                        ),
                        "source_url": "https://www.local.gov.uk/",
                    },
                ),
                (
                    "markdown",
                    (
                        "## What this means in practice\n\n"
                        "For councils in England, formal meetings where decisions are taken, such "
                        "as full council, cabinet and committees, need members to be there in "
                        "person. In practice, members need to be in the room to count towards the "
                        "quorum (the minimum number needed for a meeting to go ahead) and to vote. "
                        "Check the details for your own council with your monitoring officer.\n\n"
                        "Other meetings are more flexible. Informal briefings, working groups and "
                        "training can usually be held online or in a hybrid way, with some people "
                        "in the room and some online. Councils can also broadcast formal meetings "
                        "so that residents can watch live.\n\n"
                        "The rules are not the same across the UK. If you are a councillor in "
                        "Scotland, Wales or Northern Ireland, ask your council what applies to "
                        "you.\n\n"
                        "## Running good hybrid meetings\n\n"
                        "If your council holds hybrid meetings, good practice includes:\n\n"
                        "- checking that everyone, including the public, can hear and be heard\n"
                        "- making sure the chair can see online participants who want to speak\n"
                        "- being clear at the start who is formally present and who is "
                        "observing\n\n"
                        "## Using the flexibility you have\n\n"
                        "Even where formal meetings must be in person, online briefings, recorded "
                        "training and online pre-meetings can make the role easier to combine with "
                        "a job or caring. That can widen the range of people willing to stand for "
                        "election."
                    ),
                ),
                (
                    "callout",
                    {
                        "kind": "tip",
                        "heading": "Check before you join online",
                        "text": (
                            "Before you agree to join a meeting by video, check whether it is a "
                            "formal meeting where you need to be in the room to vote."
                        ),
                    },
                ),
                (
                    "reflection",
                    {
                        "prompt": (
                            "Which of the meetings you attend could work well online or hybrid, "
                            "and which need people in the room? What would make it easier for you, "
                            "or for someone thinking of standing in your ward, to take part?"
                        ),
                    },
                ),
                (
                    "takeaways",
                    [
                        "In England, fully remote formal council meetings ended on 7 May 2021.",
                        (
                            "Formal meetings need members in the room to count towards the quorum "
                            "and to vote."
                        ),
                        "Briefings, training and informal meetings can still be online or hybrid.",
                        "The rules differ across the UK, so check with your monitoring officer.",
                    ],
                ),
                (
                    "further_reading",
                    [
                        {
                            "title": "Local Government Association",
                            "publisher": "Local Government Association",
                            "url": "https://www.local.gov.uk/",
                        },
                    ],
                ),
            ],
        },
        {
            "slug": "looking-after-yourself-online",
            "title": "Looking after yourself online",
            "minutes": 10,
            "body": [
                (
                    "markdown",
                    (
                        "Being a councillor online can feel like being on duty all the time. "
                        "Messages arrive at night and at weekends, and some people expect an "
                        "instant reply. A single post can attract a flood of comments. Over time "
                        "this can affect your sleep, your family life and your mental health. "
                        "Looking after yourself is not a luxury. It helps you do the job well for "
                        "longer.\n\n"
                        "## Set boundaries\n\n"
                        "- Tell residents when you usually reply, for example within a few working "
                        "days, and stick to it.\n"
                        "- Turn off notifications outside the hours you choose.\n"
                        "- Use an automatic reply when you are away.\n"
                        "- Keep separate accounts for your council role and your private life, if "
                        "you can.\n\n"
                        "## Protect your personal information\n\n"
                        "- Check what your profiles reveal about your home, family and daily "
                        "routine.\n"
                        "- Think twice before posting where you are in real time.\n"
                        "- Use strong, different passwords and turn on two-step verification, "
                        "which asks for a code as well as your password.\n"
                        "- Ask the council what options there are to keep your home address out of "
                        "published documents.\n\n"
                        "## Notice the warning signs\n\n"
                        "Watch for signs that online pressure is getting too much: checking "
                        "messages compulsively, dreading picking up your phone, losing sleep over "
                        "comments, or feeling angry or low for days after an exchange. These are "
                        "common reactions, not a sign of weakness.\n\n"
                        "## Get support\n\n"
                        "- Talk to fellow councillors. Many have faced the same pressures.\n"
                        "- Ask your council what wellbeing and security support it offers "
                        "members.\n"
                        "- Share the load: agree with ward colleagues who will respond to what, "
                        "and when."
                    ),
                ),
                (
                    "callout",
                    {
                        "kind": "tip",
                        "heading": "Save time with templates",
                        "text": (
                            "Write a few short replies for common questions, such as how to report "
                            "a missed bin. You save time, and you can reply calmly when you are "
                            "tired."
                        ),
                    },
                ),
                (
                    "reflection",
                    {
                        "prompt": (
                            "Think about the last week. When did your online role eat into time "
                            "you wanted for yourself or your family? Which one boundary would help "
                            "most?"
                        ),
                    },
                ),
                (
                    "takeaways",
                    [
                        "Set and publish realistic reply times, and switch off outside them.",
                        "Protect your personal information and secure your accounts.",
                        "Notice the warning signs early and use the support on offer.",
                    ],
                ),
                (
                    "further_reading",
                    [
                        {
                            "title": "National Cyber Security Centre",
                            "publisher": "NCSC",
                            "url": "https://www.ncsc.gov.uk/",
                        },
                        {
                            "title": (
                                "Improving digital citizenship: a practical guide for councillors"
                            ),
                            "publisher": "Local Government Association",
                            "url": (
                                "https://www.local.gov.uk/publications/"
                                "improving-digital-citizenship-practical-guide-councillors"
                            ),
                        },
                    ],
                ),
            ],
        },
    ],
}
