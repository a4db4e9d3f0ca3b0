MODULE = {
    "number": 2,
    "slug": "designing-services-around-residents",
    "title": "Designing services around residents",
    "kind": "core",
    "summary": (
        "Good services start from what residents need, not from what a system can do. This module "
        "explains user needs and agile working in plain terms, shows you how to ask for evidence, "
        "and introduces the Local Digital Declaration."
    ),
    "outcomes": [
        "Explain user needs and agile working in plain terms.",
        "Ask for, and judge, evidence of what residents need from a service.",
        (
            "Describe the five principles of the Local Digital Declaration and what they mean for "
            "your council."
        ),
        (
            "Recognise the warning signs that a service is designed around the council rather than "
            "around residents."
        ),
    ],
    "questions_for_officers": [
        (
            "What research have we done with residents who use this service, including those who "
            "find it hardest?"
        ),
        "What problem are we trying to solve, and how did we find out it was a problem?",
        "How will we test the new service with real residents before we roll it out fully?",
        (
            "What will we measure to know whether the service works better for residents, not just "
            "for the council?"
        ),
        (
            "Has our council signed the Local Digital Declaration, and what have we done "
            "differently since?"
        ),
        (
            "Could we reuse something another council has already built or tested, rather than "
            "starting from scratch?"
        ),
    ],
    "case_studies": [
        {
            "council": "Local Digital Declaration signatories",
            "year": "2018",
            "title": "The Local Digital Declaration",
            "what_happened": (
                "In July 2018, 45 organisations co-published the Local Digital Declaration, a "
                "shared statement of how local public services should be designed and run in the "
                "internet age. Councils and other organisations can sign it, and by 2022 it had "
                "288 signatories. Signing is a public commitment rather than proof of change, so "
                "the useful question is what a council has done differently since."
            ),
            "figures": [
                "Published in July 2018",
                "45 co-publishers",
                "288 signatories by 2022",
            ],
            "source_title": "What is the Local Digital Declaration?",
            "source_url": "https://localdigital.gov.uk/what-is-the-declaration/",
        },
    ],
    "lessons": [
        {
            "slug": "starting-from-residents-needs",
            "title": "Starting from residents' needs",
            "minutes": 10,
            "body": [
                (
                    "markdown",
                    (
                        "A 'user need' is simply what a person is trying to get done, in their own "
                        "words. A resident does not want to 'submit an online form'. They want "
                        "their bins collected, a school place near home, or a repair done before "
                        "the damp spreads. Designing around residents means starting from that "
                        "need and working back to the service.\n\n"
                        "## Why this matters\n\n"
                        "Many council services grew up around departments, legal duties and old "
                        "systems. Each part may make sense on its own, but residents experience "
                        "the whole thing. A family moving house may have to give the council the "
                        "same details several times: for council tax, school places, parking and "
                        "the electoral register. Each team has designed its own process. Nobody "
                        "has designed the experience of moving house.\n\n"
                        "## Needs, not solutions\n\n"
                        "A need is different from what people ask for. A resident might ask for an "
                        "app. What they need might be to know which day their bins are collected, "
                        "which a clear web page or a text reminder could meet more cheaply. "
                        "Officers should be able to show you what residents are trying to do, what "
                        "gets in their way, and who struggles most.\n\n"
                        "## What good looks like\n\n"
                        "- Officers have watched or talked to real residents using the service, "
                        "including people who find it hard.\n"
                        "- The need is written in plain language, from the resident's point of "
                        "view.\n"
                        "- There is a clear link between the need and the design being proposed.\n"
                        "- Staff who deliver the service were involved, because they see the "
                        "problems every day.\n\n"
                        "## Warning signs\n\n"
                        "- The paper describes the system, the supplier or the savings, but never "
                        "the resident.\n"
                        "- 'Users' means council staff only.\n"
                        "- The only research was a survey sent to people who already use the "
                        "service online.\n"
                        "- The main evidence is that another council has bought the same product."
                    ),
                ),
                (
                    "callout",
                    {
                        "kind": "tip",
                        "heading": "A simple test",
                        "text": (
                            "Ask officers to describe the service from the resident's first step "
                            "to the last, in plain words. If nobody can, the service has probably "
                            "not been designed around residents yet."
                        ),
                    },
                ),
                (
                    "reflection",
                    {
                        "prompt": (
                            "Think of the last three pieces of casework where a resident struggled "
                            "with a council service. What was each resident actually trying to get "
                            "done, and where did the service get in their way?"
                        ),
                    },
                ),
                (
                    "takeaways",
                    [
                        "A user need is what a resident is trying to get done, in their words.",
                        "Residents experience the whole journey, not one department's process.",
                        "Ask for evidence from real residents, including those who struggle.",
                        "Be wary of papers that describe systems and savings but never residents.",
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
            "slug": "agile-in-plain-terms",
            "title": "Agile working without the jargon",
            "minutes": 10,
            "body": [
                (
                    "markdown",
                    (
                        "'Agile' is a way of building services in small steps, testing each step "
                        "with real users and changing course as you learn. It is the opposite of "
                        "writing a long specification, buying a large system and finding out years "
                        "later whether it works.\n\n"
                        "## The basic idea\n\n"
                        "An agile team starts by understanding the problem before choosing a "
                        "solution. It builds a rough version, tries it with a small group of "
                        "residents and improves it. Only when it works does the team roll it out "
                        "more widely. The service keeps improving after launch, because residents' "
                        "needs change.\n\n"
                        "Government teams often describe this in stages: discovery (understand the "
                        "problem), alpha (try out ideas cheaply), beta (build a real service and "
                        "test it with real users) and live (run it and keep improving it). You do "
                        "not need to use these words, but knowing them helps you follow officers' "
                        "reports.\n\n"
                        "## Why it matters for members\n\n"
                        "Agile changes how you oversee a project. You will not get a fixed list of "
                        "everything the service will do on day one. Instead, you should get "
                        "regular evidence of what the team has learned, what it has built and what "
                        "it has decided to stop. This can feel less certain than a traditional "
                        "plan. In practice it often gives you more control, because problems "
                        "surface early, when they are cheaper to fix.\n\n"
                        "## Good signs\n\n"
                        "- The team shows working versions, not only slides.\n"
                        "- Residents tested the service before full launch.\n"
                        "- The team can name something it changed because of what residents said.\n"
                        "- Someone from the service area, not just IT, leads the work.\n\n"
                        "## Warning signs\n\n"
                        "- 'Agile' is used to avoid saying what the project will deliver, or "
                        "when.\n"
                        "- There is a rapid build but no research with residents.\n"
                        "- The plan has no point at which the council could stop or change "
                        "direction.\n"
                        "- Every decision was made once, at the start, and never revisited."
                    ),
                ),
                (
                    "callout",
                    {
                        "kind": "tip",
                        "heading": "Ask to see it, not hear about it",
                        "text": (
                            "At your next briefing on a digital project, ask the team to show you "
                            "what they have built so far and what residents said about it. A short "
                            "demonstration often tells you more than a long report."
                        ),
                    },
                ),
                (
                    "reflection",
                    {
                        "prompt": (
                            "Think of a council project you have seen go wrong or run late. At "
                            "what point could residents have tested it, and what might they have "
                            "told the council in time?"
                        ),
                    },
                ),
                (
                    "takeaways",
                    [
                        "Agile means building in small steps and testing with real users.",
                        "Expect regular evidence of learning, not a fixed specification.",
                        "Early testing makes problems cheaper to fix.",
                        "Challenge 'agile' used as a reason not to say what will be delivered.",
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
            "slug": "asking-for-evidence-of-needs",
            "title": "Asking for evidence of residents' needs",
            "minutes": 12,
            "body": [
                (
                    "markdown",
                    (
                        "You will often be asked to approve or comment on changes to services. One "
                        "simple habit makes a big difference: before you judge the solution, ask "
                        "for the evidence about the need.\n\n"
                        "## Kinds of evidence\n\n"
                        "Good evidence comes from several sources. No single one is enough.\n\n"
                        "- **Talking to residents.** Interviews and watching people use a service "
                        "show what they actually do, not just what they say in a survey.\n"
                        "- **Service data.** Call volumes, repeat contacts, complaints and forms "
                        "that people start but never finish show where they struggle.\n"
                        "- **Frontline staff.** Contact centre staff, librarians and housing "
                        "officers hear the same problems every day.\n"
                        "- **Casework.** Your own ward casework is evidence too, especially about "
                        "people the council rarely hears from.\n\n"
                        "## Who is missing?\n\n"
                        "The residents who find a service hardest are often the least likely to "
                        "take part in research. Ask who was included and who was not. Were older "
                        "residents, disabled people, carers, people who speak little English and "
                        "people without reliable internet involved? If not, how will the council "
                        "find out what they need?\n\n"
                        "## Repeat contact is a useful clue\n\n"
                        "When residents contact the council several times about the same thing, it "
                        "usually means the first contact failed. Officers sometimes call this "
                        "'failure demand'. It costs money and frustrates residents. Asking how "
                        "much repeat contact a service gets is a quick way to see where it is not "
                        "meeting needs.\n\n"
                        "## Putting it into practice\n\n"
                        "Suppose a paper proposes that garden waste subscriptions should only be "
                        "available online. Useful questions would be:\n\n"
                        "- Who currently subscribes by phone or in person, and why?\n"
                        "- What did residents say when the online form was tested?\n"
                        "- What happens for someone who cannot use it?\n"
                        "- How will we know in six months whether the change has worked?\n\n"
                        "You are not asking officers to prove the change is perfect. You are "
                        "checking that it rests on evidence about real people."
                    ),
                ),
                (
                    "reflection",
                    {
                        "prompt": (
                            "Pick one service change due to come to a meeting you attend. What "
                            "evidence about residents' needs would you want to see before you "
                            "could support it?"
                        ),
                    },
                ),
                (
                    "takeaways",
                    [
                        "Ask for evidence about the need before judging the solution.",
                        "Combine resident research, service data, staff insight and casework.",
                        "Always ask who was left out of the research.",
                        "Repeat contact is a quick clue that a service is failing residents.",
                    ],
                ),
            ],
        },
        {
            "slug": "the-local-digital-declaration",
            "title": "The Local Digital Declaration",
            "minutes": 12,
            "body": [
                (
                    "markdown",
                    (
                        "The Local Digital Declaration is a shared statement about how local "
                        "public services should be designed and run in the internet age. It is a "
                        "useful checklist for members, because it describes good practice in plain "
                        "terms."
                    ),
                ),
                (
                    "case_study",
                    {
                        "council": "Local Digital Declaration signatories",
                        "year": "2018",
                        "title": "The Local Digital Declaration",
                        "what_happened": (
                            "In July 2018, 45 organisations co-published the Local Digital "
                            "Declaration, a shared statement of how local public services should "
                            "be designed and run in the internet age. Councils and other "
                            "organisations can sign it, and by 2022 it had 288 signatories. "
                            "Signing is a public commitment rather than proof of change, so the "
                            "useful question is what a council has done differently since."
                        ),
                        "figures": [
                            "Published in July 2018",
                            "45 co-publishers",
                            "288 signatories by 2022",
                        ],
                        "source_title": "What is the Local Digital Declaration?",
                        "source_url": "https://localdigital.gov.uk/what-is-the-declaration/",
                    },
                ),
                (
                    "markdown",
                    (
                        "## The five principles in plain English\n\n"
                        "The declaration sets out five commitments. In our own words, they are:\n\n"
                        "1. **Redesign services around the people who use them.** Put residents' "
                        "needs ahead of the way departments, professions or systems happen to be "
                        "organised.\n"
                        "2. **Fix the plumbing.** Reduce dependence on expensive, inflexible "
                        "technology that does not join up. Prefer smaller parts that work "
                        "together, and open standards (shared, published rules for how data is set "
                        "out).\n"
                        "3. **Share information safely and usefully.** Build trust with partners "
                        "and residents, so the council can better support vulnerable people and "
                        "target its resources.\n"
                        "4. **Show digital leadership.** Create the conditions for real change "
                        "inside the organisation, and encourage partners to sign up too.\n"
                        "5. **Build an open culture.** Expect and reward digital ways of working "
                        "from all staff.\n\n"
                        "## What this means for you\n\n"
                        "The fourth principle is about people like you. Leadership here means "
                        "asking for evidence of needs, backing teams that test and learn, and "
                        "being willing to stop things that are not working.\n\n"
                        "Signing the declaration is easy. Living up to it is harder. If your "
                        "council has signed, ask what has changed since. If it has not, ask why "
                        "not, and what it would take."
                    ),
                ),
                (
                    "callout",
                    {
                        "kind": "key_fact",
                        "heading": "Working together is funded",
                        "text": (
                            "The Local Digital Fund has given more than £16m to 61 projects. Each "
                            "project involved three or more partner councils working together."
                        ),
                    },
                ),
                (
                    "reflection",
                    {
                        "prompt": (
                            "Which of the five principles is your council strongest on, and which "
                            "is it weakest on? Think of one example from your own ward for each."
                        ),
                    },
                ),
                (
                    "takeaways",
                    [
                        "The declaration describes good practice in five plain principles.",
                        "Digital leadership, including by members, is one of the principles.",
                        "Signing is a commitment: ask what has changed since.",
                        "Funding has backed councils working together on shared projects.",
                    ],
                ),
                (
                    "further_reading",
                    [
                        {
                            "title": "What is the Local Digital Declaration?",
                            "publisher": "Local Digital",
                            "url": "https://localdigital.gov.uk/what-is-the-declaration/",
                        },
                        {
                            "title": "Local Digital Fund",
                            "publisher": "Local Digital",
                            "url": "https://www.localdigital.gov.uk/fund/",
                        },
                    ],
                ),
            ],
        },
    ],
}
