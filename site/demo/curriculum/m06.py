MODULE = {
    "number": 6,
    "slug": "data-ethics-and-public-trust",
    "title": "Data ethics, algorithms and public trust",
    "kind": "core",
    "summary": (
        "How councils use algorithms to support decisions, what can go wrong, and how you can "
        "keep residents' trust through transparency, resident involvement and a willingness "
        "to stop what is not working."
    ),
    "outcomes": [
        "Explain the main risks when a council uses an algorithm to support decisions about "
        "residents.",
        "Describe what good transparency looks like, including the Algorithmic Transparency "
        "Recording Standard.",
        "Identify ways to involve residents in how the council governs their data.",
        "Decide when a pilot should be paused or stopped, and what evidence to ask for.",
    ],
    "questions_for_officers": [
        "Which decisions about residents does any algorithm, score or automated tool support "
        "today, and who makes the final decision?",
        "What data does each tool use, and have we tested whether its results are less "
        "accurate or less fair for some groups of residents?",
        "Have we completed a data protection impact assessment and an equality impact "
        "assessment for this tool, and when were they last reviewed?",
        "Will we publish a record of this tool using the Algorithmic Transparency Recording "
        "Standard, and if not, why not?",
        "What would tell us this pilot is not working, and who decides to stop it?",
        "How have residents, including those most affected, had a say in how this data is used?",
    ],
    "case_studies": [
        {
            "council": "London Borough of Hackney",
            "year": "2018",
            "title": "An early help profiling pilot that was stopped",
            "what_happened": (
                "Early help means support for families before their problems become serious. "
                "Hackney Council piloted an Early Help Profiling System intended to support "
                "this work. The council ended the pilot after £361,400 had been spent, "
                "because it had not delivered the benefits expected."
            ),
            "figures": [
                "£361,400 spent before the pilot ended",
                "expected benefits not delivered",
            ],
            "source_title": "Hackney Early Help Profiling System (AIAAIC Repository)",
            "source_url": "https://www.aiaaic.org/aiaaic-repository/ai-algorithmic-and-automation-incidents/hackney-early-help-profiling-system",
        },
        {
            "council": "London Borough of Camden",
            "year": "2021-22",
            "title": "A data charter shaped by residents",
            "what_happened": (
                "Camden Council developed a data charter, setting out how the council should "
                "use residents' data. It did this together with a panel of residents, over "
                "2021-22. Residents helped to create the charter, rather than only commenting "
                "on a draft written by officers."
            ),
            "figures": [
                "developed over 2021-22",
                "co-created with a residents' panel",
            ],
            "source_title": "Developing the Data Charter (Camden Council)",
            "source_url": "https://www.camden.gov.uk/developing-the-data-charter",
        },
    ],
    "lessons": [
        {
            "slug": "algorithms-in-council-decisions",
            "title": "Algorithms in council decisions: benefits and risks",
            "minutes": 12,
            "body": [
                (
                    "markdown",
                    "An algorithm is a set of rules, or a statistical model, that turns data "
                    "into an answer: a score, a flag, a ranking or a recommendation. Councils "
                    "already use them, often without calling them that.\n\n"
                    "## Where you might meet them\n\n"
                    "- ranking which roads to repair first, using condition surveys and "
                    "traffic levels\n"
                    "- flagging council tax discounts or benefit claims that may need checking\n"
                    "- predicting which families might benefit from early help\n"
                    "- planning routes for bin lorries or home care visits\n\n"
                    "Some of these are low stakes. Others affect people's lives directly. The "
                    "more a tool affects an individual resident, the more scrutiny it needs.\n\n"
                    "## Support or decision?\n\n"
                    "Most council tools are described as decision support: they produce a "
                    "score and a person decides. That is an important safeguard, but only if "
                    "the person has the time, training and authority to disagree with the "
                    "score. Busy staff may simply follow it. This is sometimes called "
                    "automation bias.\n\n"
                    "Data protection law also gives people rights when decisions with "
                    "significant effects on them are made solely by automated means, with no "
                    "meaningful human involvement.\n\n"
                    "## What can go wrong\n\n"
                    "- **Biased history.** A model learns from past decisions. If those "
                    "decisions were unfair to some groups, the model can repeat the "
                    "unfairness at scale.\n"
                    "- **Poor data.** Errors, gaps and out-of-date records produce wrong "
                    "answers that look precise.\n"
                    "- **False alarms and missed cases.** Flagging a family wrongly can cause "
                    "stigma and distress. Missing a family gives false comfort.\n"
                    "- **Secrecy.** A supplier may say that how its model works is "
                    "commercially confidential, so nobody can check it.\n"
                    "- **Purpose creep.** Data collected for one reason is quietly used for "
                    "another.",
                ),
                (
                    "callout",
                    {
                        "kind": "key_fact",
                        "heading": "The council stays accountable",
                        "text": (
                            "Using an algorithm does not pass responsibility to the supplier "
                            "or the software. The council remains accountable for every "
                            "decision it makes about a resident."
                        ),
                    },
                ),
                (
                    "reflection",
                    {
                        "prompt": (
                            "Think of a decision your council makes about individual "
                            "residents, such as housing priority or school transport. Would "
                            "you know if a score or an algorithm played a part in it?"
                        ),
                    },
                ),
                (
                    "takeaways",
                    [
                        "An algorithm turns data into a score or recommendation; councils "
                        "already use many.",
                        "The closer a tool gets to decisions about individuals, the more "
                        "scrutiny it needs.",
                        "Human review only protects people if staff have the time and "
                        "authority to disagree.",
                        "The council remains accountable, whoever supplied the tool.",
                    ],
                ),
                (
                    "further_reading",
                    [
                        {
                            "title": "Guidance on data protection for organisations",
                            "publisher": "Information Commissioner's Office",
                            "url": "https://ico.org.uk/",
                        },
                    ],
                ),
            ],
        },
        {
            "slug": "transparency-about-algorithms",
            "title": "Transparency: telling residents what the algorithm does",
            "minutes": 10,
            "body": [
                (
                    "markdown",
                    "Residents cannot trust what they cannot see. If a council uses an "
                    "algorithm to help make decisions about people, residents should be able "
                    "to find out that it exists, what it is for and how it is checked.\n\n"
                    "## The Algorithmic Transparency Recording Standard\n\n"
                    "The UK government has developed the Algorithmic Transparency Recording "
                    "Standard. It gives public bodies a standard way to publish information "
                    "about the algorithmic tools they use: what a tool does, why it is used, "
                    "how it fits into decision-making, what data it relies on and what risks "
                    "have been considered.\n\n"
                    "For councillors the value is simple. A completed record is a ready-made "
                    "briefing. If your council will not or cannot complete one for a tool, "
                    "that tells you something too.\n\n"
                    "## What good transparency looks like\n\n"
                    "- a public list of the algorithmic tools the council uses in decisions "
                    "about people\n"
                    "- plain-English explanations written for residents, not only for "
                    "technical staff\n"
                    "- published impact assessments covering data protection and equality\n"
                    "- a clear way for residents to ask how a decision about them was made, "
                    "and to challenge it\n"
                    "- regular reports to a committee on how each tool is performing\n\n"
                    "## Common objections, and how to answer them\n\n"
                    "**'The supplier says it is commercially confidential.'** The council can "
                    "still publish what the tool is for, what data goes in and how the "
                    "results are used. Ask for transparency terms in future contracts.\n\n"
                    "**'It might help people game the system.'** This can be true for fraud "
                    "tools. The answer is to publish at a general level, not to publish "
                    "nothing.\n\n"
                    "**'Nobody will read it.'** Journalists, researchers, campaign groups and "
                    "scrutiny members will. Knowing it will be read also improves the work.",
                ),
                (
                    "callout",
                    {
                        "kind": "tip",
                        "heading": "Ask for a record",
                        "text": (
                            "When a report mentions a new tool that scores, ranks or flags "
                            "residents, ask whether a transparency record has been published, "
                            "or when it will be."
                        ),
                    },
                ),
                (
                    "reflection",
                    {
                        "prompt": (
                            "If a resident in your ward asked whether the council uses "
                            "algorithms to make decisions about them, what could you tell "
                            "them today? Where would you look?"
                        ),
                    },
                ),
                (
                    "takeaways",
                    [
                        "Residents should be able to find out which tools are used, for what, "
                        "and how they are checked.",
                        "The Algorithmic Transparency Recording Standard offers a ready-made "
                        "format.",
                        "Commercial confidentiality may limit the detail; it does not justify "
                        "silence.",
                    ],
                ),
                (
                    "further_reading",
                    [
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
            "slug": "residents-in-data-governance",
            "title": "Giving residents a say in how their data is used",
            "minutes": 12,
            "body": [
                (
                    "markdown",
                    "Transparency tells residents what the council has decided. Involvement "
                    "lets them shape the decision. For data about people, that can make a "
                    "real difference to trust, especially among groups who have reason to be "
                    "wary of the state.",
                ),
                (
                    "case_study",
                    {
                        "council": "London Borough of Camden",
                        "year": "2021-22",
                        "title": "A data charter shaped by residents",
                        "what_happened": (
                            "Camden Council developed a data charter, setting out how the "
                            "council should use residents' data. It did this together with a "
                            "panel of residents, over 2021-22. Residents helped to create the "
                            "charter, rather than only commenting on a draft written by "
                            "officers."
                        ),
                        "figures": [
                            "developed over 2021-22",
                            "co-created with a residents' panel",
                        ],
                        "source_title": "Developing the Data Charter (Camden Council)",
                        "source_url": "https://www.camden.gov.uk/developing-the-data-charter",
                    },
                ),
                (
                    "markdown",
                    "## Ways to involve residents\n\n"
                    "There is no single right method. Options include:\n\n"
                    "- **A residents' panel** that meets several times, learns how data is "
                    "used and makes recommendations, as Camden did.\n"
                    "- **A standing group** that reviews new data projects, a little like an "
                    "ethics committee.\n"
                    "- **Conversations with affected groups**, such as carers, tenants or "
                    "young people, before a tool that affects them is introduced.\n"
                    "- **Published principles** that residents can hold the council to.\n\n"
                    "## What good looks like\n\n"
                    "- residents are recruited to reflect the whole community, not only the "
                    "usual voices\n"
                    "- they get balanced information and time to think, not a short survey\n"
                    "- the council says in advance what it will do with their recommendations\n"
                    "- it reports back on what changed, and on what did not and why\n\n"
                    "## Warning signs\n\n"
                    "- involvement that starts after the decision has been made\n"
                    "- panels used to endorse a project rather than to test it\n"
                    "- no feedback to the people who took part\n\n"
                    "## Your role\n\n"
                    "Councillors are natural champions for this work. You can ask for "
                    "resident involvement to be built into data projects from the start. You "
                    "can also help reach residents who would not normally take part, through "
                    "the groups and networks you already know in your ward.",
                ),
                (
                    "reflection",
                    {
                        "prompt": (
                            "Which groups in your ward would be most affected if the council "
                            "used their data in a new way? How could their views be heard "
                            "before the decision is made?"
                        ),
                    },
                ),
                (
                    "takeaways",
                    [
                        "Involvement lets residents shape decisions; transparency only "
                        "reports them.",
                        "Camden co-created its data charter with a residents' panel.",
                        "Good involvement is early, representative and followed by honest "
                        "feedback.",
                    ],
                ),
                (
                    "further_reading",
                    [
                        {
                            "title": "Developing the Data Charter",
                            "publisher": "Camden Council",
                            "url": "https://www.camden.gov.uk/developing-the-data-charter",
                        },
                    ],
                ),
            ],
        },
        {
            "slug": "when-to-stop-a-pilot",
            "title": "Knowing when to stop a pilot",
            "minutes": 12,
            "body": [
                (
                    "markdown",
                    "Pilots are a sensible way to test new ideas while limiting the risk. But "
                    "a pilot is only useful if the council is prepared to act on what it "
                    "learns, and that includes stopping.",
                ),
                (
                    "case_study",
                    {
                        "council": "London Borough of Hackney",
                        "year": "2018",
                        "title": "An early help profiling pilot that was stopped",
                        "what_happened": (
                            "Early help means support for families before their problems "
                            "become serious. Hackney Council piloted an Early Help Profiling "
                            "System intended to support this work. The council ended the "
                            "pilot after £361,400 had been spent, because it had not "
                            "delivered the benefits expected."
                        ),
                        "figures": [
                            "£361,400 spent before the pilot ended",
                            "expected benefits not delivered",
                        ],
                        "source_title": "Hackney Early Help Profiling System (AIAAIC Repository)",
                        "source_url": "https://www.aiaaic.org/aiaaic-repository/ai-algorithmic-and-automation-incidents/hackney-early-help-profiling-system",
                    },
                ),
                (
                    "markdown",
                    "## Stopping is not failure\n\n"
                    "Ending a pilot that does not work is good governance. The real failure "
                    "is carrying on because stopping feels embarrassing, or because of the "
                    "money already spent. That money is gone whatever you decide next.\n\n"
                    "## Set the rules before you start\n\n"
                    "The time to decide when to stop is before the pilot begins, when nobody "
                    "has a stake in the answer. Ask for:\n\n"
                    "- a clear statement of the problem the pilot is testing\n"
                    "- measures of success, with a baseline showing where things stand today\n"
                    "- review dates, and who will make the decision at each one\n"
                    "- stop criteria, written down in advance\n"
                    "- an ethics, data protection and equality check before any personal data "
                    "is used\n"
                    "- an exit plan, including what happens to any data collected\n\n"
                    "## Warning signs\n\n"
                    "- the measures of success change during the pilot\n"
                    "- 'it needs a bit longer' becomes the answer at every review\n"
                    "- the only evidence of benefit comes from the supplier\n"
                    "- there is no comparison with what happens without the tool\n"
                    "- frontline staff have stopped using the tool, but reports still say it "
                    "is working\n\n"
                    "## Your role\n\n"
                    "Scrutiny and cabinet members can make it normal to ask at every review: "
                    "what would tell us to stop? Asking early makes it easier to stop later "
                    "without blame.",
                ),
                (
                    "reflection",
                    {
                        "prompt": (
                            "Think of a pilot or project in your council that has run for "
                            "longer than planned. Do you know what its stop criteria were, "
                            "and who would decide to end it?"
                        ),
                    },
                ),
                (
                    "takeaways",
                    [
                        "Ending a pilot that is not working is good governance, not failure.",
                        "Agree success measures, review dates and stop criteria before the "
                        "pilot starts.",
                        "Be wary when the goalposts move or the only evidence comes from the "
                        "supplier.",
                    ],
                ),
                (
                    "further_reading",
                    [
                        {
                            "title": "Hackney Early Help Profiling System",
                            "publisher": "AIAAIC Repository",
                            "url": "https://www.aiaaic.org/aiaaic-repository/ai-algorithmic-and-automation-incidents/hackney-early-help-profiling-system",
                        },
                    ],
                ),
            ],
        },
    ],
}
