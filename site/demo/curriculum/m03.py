MODULE = {
    "number": 3,
    "slug": "digital-inclusion",
    "title": "Digital inclusion: no one left behind",
    "kind": "core",
    "summary": (
        "Moving services online can leave some residents behind. This module explains who is "
        "digitally excluded and why, what basic digital skills are, and how you can make sure "
        "offline routes and local support stay in place."
    ),
    "outcomes": [
        "Explain who is digitally excluded and why, including access, skills, confidence and cost.",
        "Describe the essential digital skills residents need and where they can get help.",
        "Require a suitable offline route for every service that moves online.",
        "Identify local partners who can help residents get online and stay safe.",
    ],
    "questions_for_officers": [
        "Who in our area is least likely to be online, and how do we know?",
        "For this service, what is the offline route, and how will residents find out about it?",
        (
            "Has an equality impact assessment been done, and did it consider residents who are "
            "not online?"
        ),
        (
            "What help is there for residents who want to build their digital skills, and who "
            "provides it?"
        ),
        (
            "How do our libraries, housing teams and voluntary groups work together on digital "
            "inclusion?"
        ),
        (
            "What do we measure to check that moving a service online has not made things worse "
            "for anyone?"
        ),
    ],
    "case_studies": [
        {
            "council": "London Borough of Croydon and London Borough of Lewisham",
            "year": "2015-2017",
            "title": "Go ON Croydon and Go ON Lewisham",
            "what_happened": (
                "Croydon launched a local programme to build residents' basic digital skills in "
                "November 2015, when about 85,000 adults in the borough lacked them. Lewisham "
                "followed in February 2016, where about 30% of residents lacked basic digital "
                "skills. By February 2017 the two programmes had reached more than 7,500 people, "
                "and basic digital skills had risen in both boroughs."
            ),
            "figures": [
                "About 85,000 adults in Croydon lacked basic digital skills at the start",
                "About 30% of residents in Lewisham lacked basic digital skills at the start",
                "More than 7,500 people reached across both boroughs by February 2017",
                "Basic digital skills up 9% in Croydon and 10% in Lewisham",
            ],
            "source_title": "Digital communities: what worked well",
            "source_url": "http://projects.doteveryone.org.uk/digitalcommunities/pages/worked-well.html",
        },
    ],
    "lessons": [
        {
            "slug": "who-is-excluded-and-why",
            "title": "Who is excluded and why",
            "minutes": 12,
            "body": [
                (
                    "markdown",
                    (
                        "Digital exclusion means not being able to use the internet in the ways "
                        "everyday life now expects. It is not one problem but several, and a "
                        "resident may face more than one at the same time.\n\n"
                        "## Four barriers\n\n"
                        "- **Access.** No device, an old phone, no home broadband or a weak mobile "
                        "signal. Some residents rely on a library computer that is only available "
                        "a few days a week.\n"
                        "- **Skills.** Not knowing how to fill in a form, attach a document or set "
                        "up an email account.\n"
                        "- **Confidence.** Fear of making a mistake, being scammed or losing a "
                        "benefit because of a wrong click. This is often the hardest barrier to "
                        "see.\n"
                        "- **Cost.** Data, broadband and devices cost money. When money is tight, "
                        "broadband may be the first thing a household gives up.\n\n"
                        "## Who is most likely to be affected\n\n"
                        "Exclusion tends to be more common among some older residents, some "
                        "disabled people, people on low incomes, people with low literacy or "
                        "little English, and people in insecure housing. But avoid stereotypes. "
                        "Many older residents are confident online. Many young people use social "
                        "media easily but struggle to complete a council form on a small phone "
                        "screen.\n\n"
                        "Exclusion can also be temporary. A bereavement, a job loss, a broken "
                        "phone or a move into temporary accommodation can cut someone off for a "
                        "while.\n\n"
                        "## Why it matters to councillors\n\n"
                        "Raising exclusion is not being anti-digital. It is part of getting "
                        "digital change right, and many of your colleagues share the concern.\n\n"
                        "## In your ward\n\n"
                        "Ward councillors often know which streets have poor signal, which blocks "
                        "lack broadband and which residents bring printed letters to surgeries "
                        "because they cannot act on them online. That local knowledge is evidence. "
                        "Share it with officers when a service is being redesigned."
                    ),
                ),
                (
                    "callout",
                    {
                        "kind": "key_fact",
                        "heading": "Councillors' top concern",
                        "text": (
                            "In a 2017 survey of about 800 English councillors, digital exclusion "
                            "was the most often named challenge for digital public services, "
                            "chosen by 57%."
                        ),
                    },
                ),
                (
                    "reflection",
                    {
                        "prompt": (
                            "Think of two residents who have come to you for help with an online "
                            "council service. Which of the four barriers did each of them face: "
                            "access, skills, confidence or cost?"
                        ),
                    },
                ),
                (
                    "takeaways",
                    [
                        "Exclusion has four main barriers: access, skills, confidence and cost.",
                        "It can affect anyone, and it can be temporary.",
                        "Councillors surveyed in 2017 named exclusion as their top challenge.",
                        "Your ward knowledge is evidence, so share it.",
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
                    ],
                ),
            ],
        },
        {
            "slug": "essential-digital-skills",
            "title": "Essential digital skills and where to get help",
            "minutes": 12,
            "body": [
                (
                    "markdown",
                    (
                        "Essential digital skills are the everyday skills a person needs to use "
                        "the internet safely and with confidence. England has a national Essential "
                        "Digital Skills framework that sets them out. You do not need to know it "
                        "in detail, but it helps to know what it covers.\n\n"
                        "## What the skills cover\n\n"
                        "In broad terms, the framework covers:\n\n"
                        "- the basics: using a device, connecting to the internet and keeping "
                        "passwords safe\n"
                        "- communicating: sending messages and joining video calls\n"
                        "- handling information: searching for and finding reliable information\n"
                        "- transacting: buying things, paying bills and using online public "
                        "services\n"
                        "- being safe and legal online: spotting scams and protecting personal "
                        "information\n"
                        "- problem solving: finding help when something goes wrong\n\n"
                        "## Skills alone are not enough\n\n"
                        "A resident may have the skills but still lack confidence, a device or "
                        "affordable data. Training works best alongside help with access and cost, "
                        "and with patient support from someone the resident trusts."
                    ),
                ),
                (
                    "case_study",
                    {
                        "council": "London Borough of Croydon and London Borough of Lewisham",
                        "year": "2015-2017",
                        "title": "Go ON Croydon and Go ON Lewisham",
                        "what_happened": (
                            "Croydon launched a local programme to build residents' basic digital "
                            "skills in November 2015, when about 85,000 adults in the borough "
                            "lacked them. Lewisham followed in February 2016, where about 30% of "
                            "residents lacked basic digital skills. By February 2017 the two "
                            "programmes had reached more than 7,500 people, and basic digital "
                            "skills had risen in both boroughs."
                        ),
                        "figures": [
                            (
                                "About 85,000 adults in Croydon lacked basic digital skills at the "
                                "start"
                            ),
                            (
                                "About 30% of residents in Lewisham lacked basic digital skills at "
                                "the start"
                            ),
                            "More than 7,500 people reached across both boroughs by February 2017",
                            "Basic digital skills up 9% in Croydon and 10% in Lewisham",
                        ],
                        "source_title": "Digital communities: what worked well",
                        "source_url": "http://projects.doteveryone.org.uk/digitalcommunities/pages/worked-well.html",
                    },
                ),
                (
                    "markdown",
                    (
                        "## What this means for you\n\n"
                        "You can help residents build skills without becoming a trainer. Know "
                        "where local help is available, such as libraries, adult learning services "
                        "and voluntary groups. When a resident brings you an online problem, you "
                        "can solve it for them, but you can also point them to help that will let "
                        "them solve it themselves next time. Both matter.\n\n"
                        "Be careful not to push anyone. Some residents will choose not to go "
                        "online, and they still have a right to the council's services."
                    ),
                ),
                (
                    "reflection",
                    {
                        "prompt": (
                            "If a resident at your next surgery said they wanted to learn to use "
                            "council services online, where would you send them? Do you know the "
                            "name, place and opening times of that help?"
                        ),
                    },
                ),
                (
                    "takeaways",
                    [
                        (
                            "Essential digital skills cover everyday tasks, from messages to "
                            "staying safe."
                        ),
                        (
                            "Skills help most when combined with support for access, cost and "
                            "confidence."
                        ),
                        "Local programmes in Croydon and Lewisham reached thousands of people.",
                        "Know where to signpost residents who want to learn.",
                    ],
                ),
                (
                    "further_reading",
                    [
                        {
                            "title": "Go ON Lewisham",
                            "publisher": "Doteveryone",
                            "url": "http://projects.doteveryone.org.uk/digitalcommunities/places/lewisham.html",
                        },
                    ],
                ),
            ],
        },
        {
            "slug": "keeping-offline-routes",
            "title": "Keeping offline routes open",
            "minutes": 12,
            "body": [
                (
                    "markdown",
                    (
                        "When a service moves online, the council usually hopes most residents "
                        "will use the new route. That can free up staff time for people who need "
                        "it most. But some residents will never be able to use an online service, "
                        "and others can only use it some of the time. Every digital change needs "
                        "an offline route that works.\n\n"
                        "## What a good offline route looks like\n\n"
                        "- **It exists.** Residents can use the service by phone, in person or by "
                        "post, and get the same outcome.\n"
                        "- **It is easy to find.** Letters, leaflets and phone messages explain "
                        "how to get help without going online.\n"
                        "- **It is not second class.** People who use it do not wait much longer, "
                        "pay more or miss out on offers that online users get.\n"
                        "- **It is supported.** Staff on phones and counters are trained and have "
                        "time to help.\n"
                        "- **Help is available.** Someone can sit with a resident and complete the "
                        "online form with them.\n\n"
                        "## Warning signs\n\n"
                        "- The offline route is called temporary, with no plan for people who "
                        "still need it.\n"
                        "- Phone lines are cut before the online service has been tested with "
                        "residents.\n"
                        "- Residents are told to 'go to the library', but the library was not "
                        "consulted.\n"
                        "- An online-only discount means excluded residents pay more.\n"
                        "- The equality impact assessment was completed after the decision was "
                        "made.\n\n"
                        "## Asking the right questions\n\n"
                        "Offline routes cost money, and officers may be under pressure to close "
                        "them. Your role is to make sure the council understands who would be "
                        "affected and what it would mean for them. Ask for evidence, not "
                        "reassurance. If an offline route is to be reduced, ask how the council "
                        "will spot residents who fall through the gap, and who will act if they "
                        "do.\n\n"
                        "## A ward example\n\n"
                        "Imagine your council plans to make parking permit applications online "
                        "only. A resident in sheltered housing needs a visitor permit for her "
                        "carer's car. She has no internet at home. What would she do? Walk through "
                        "her journey with officers, step by step. If the answer is unclear, the "
                        "plan is not ready."
                    ),
                ),
                (
                    "reflection",
                    {
                        "prompt": (
                            "Think of a service your residents use that is now mostly online. If a "
                            "resident without the internet needed it tomorrow, how would they use "
                            "it, and how would they find out how?"
                        ),
                    },
                ),
                (
                    "takeaways",
                    [
                        "Every digital change needs an offline route that really works.",
                        "Offline routes should be easy to find and not second class.",
                        "Watch for online-only discounts and early cuts to phone lines.",
                        "Test plans by walking through one real resident's journey.",
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
            "slug": "working-with-local-partners",
            "title": "Working with local partners",
            "minutes": 10,
            "body": [
                (
                    "markdown",
                    (
                        "The council cannot close the digital divide alone. Residents learn best "
                        "from people and places they already trust. As a councillor, you are well "
                        "placed to connect local partners and to make sure the council backs "
                        "them.\n\n"
                        "## Who the partners are\n\n"
                        "- **Libraries** offer free computers, wifi and often drop-in help.\n"
                        "- **Housing associations and council housing teams** know their tenants "
                        "and can reach people at home.\n"
                        "- **Voluntary and community groups**, including faith groups, older "
                        "people's groups and disability organisations, are trusted by people the "
                        "council rarely hears from.\n"
                        "- **Adult learning services and colleges** run courses for people who "
                        "want structured learning.\n"
                        "- **Local businesses** may offer space, volunteers or refurbished "
                        "devices.\n"
                        "- **Health services** increasingly ask patients to book and manage care "
                        "online, so they share the council's interest.\n\n"
                        "## What you can do\n\n"
                        "- Map who offers digital help in your ward, and keep the list up to "
                        "date.\n"
                        "- Signpost residents to that help, and check later whether it worked.\n"
                        "- Use ward budgets or community grants, where you have them, to support "
                        "local help.\n"
                        "- Bring partners together. A librarian and a housing officer may never "
                        "have met.\n"
                        "- Ask the council to involve partners when it plans a service change, not "
                        "after.\n\n"
                        "## Making it last\n\n"
                        "Short projects can do a lot of good, but residents need help after the "
                        "funding ends. Ask who will keep a scheme running, and whether local "
                        "groups were asked what they need rather than told what to deliver."
                    ),
                ),
                (
                    "callout",
                    {
                        "kind": "key_fact",
                        "heading": "Partnership at borough scale",
                        "text": (
                            "Local programmes in Croydon and Lewisham reached more than 7,500 "
                            "people between November 2015 and February 2017. Basic digital skills "
                            "rose by 9% in Croydon and 10% in Lewisham. Their published "
                            "reflections are worth reading before your council plans its own "
                            "approach."
                        ),
                    },
                ),
                (
                    "reflection",
                    {
                        "prompt": (
                            "List the organisations in your ward that help people get online. "
                            "Which one could you contact in the next month, and what would you ask "
                            "them?"
                        ),
                    },
                ),
                (
                    "takeaways",
                    [
                        "Residents learn best from people and places they already trust.",
                        "Map local digital help in your ward and signpost residents to it.",
                        "Involve partners when the council plans a change, not after.",
                        "Ask how help will continue after short-term funding ends.",
                    ],
                ),
                (
                    "further_reading",
                    [
                        {
                            "title": "Digital communities: what worked well",
                            "publisher": "Doteveryone",
                            "url": "http://projects.doteveryone.org.uk/digitalcommunities/pages/worked-well.html",
                        },
                        {
                            "title": "Local Government Association",
                            "publisher": "LGA",
                            "url": "https://www.local.gov.uk/",
                        },
                    ],
                ),
            ],
        },
    ],
}
