MODULE = {
    "number": 4,
    "slug": "data-for-better-decisions",
    "title": "Data for better decisions and prevention",
    "kind": "core",
    "summary": (
        "Councils hold a great deal of information about places and people. This module shows how "
        "linking it carefully can help the council act earlier, why data quality and the law "
        "matter, and how to read a ward dashboard with confidence."
    ),
    "outcomes": [
        "Explain how linking council records can support earlier help and prevention.",
        "Recognise common data quality problems and ask how they are being managed.",
        (
            "Check that data sharing has a clear legal basis, a written agreement and proper "
            "safeguards."
        ),
        "Read a ward dashboard critically and use it in casework and committee.",
    ],
    "questions_for_officers": [
        (
            "What problem will linking these records help us solve, and how will we know it has "
            "worked?"
        ),
        "How accurate and up to date is this data, and what happens when records conflict?",
        "What is the legal basis for this data sharing, and is there a written sharing agreement?",
        "Has a data protection impact assessment been done, and what risks did it find?",
        "Who can see the linked data, and how do we check that access is appropriate?",
        "What does this dashboard not show, and how often is it updated?",
    ],
    "case_studies": [
        {
            "council": "London Borough of Camden",
            "year": "2013 onwards",
            "title": "Camden Residents Index",
            "what_happened": (
                "Camden brought records about residents from different council systems together in "
                "a single index, so staff could see where information did not match. One use was "
                "checking council homes: the index flagged 752 homes as possibly being illegally "
                "sublet. Savings from acting on this were estimated at about £3.4m. Each flag was "
                "a reason to investigate, not proof of wrongdoing."
            ),
            "figures": [
                "752 homes flagged as possibly illegally sublet",
                "About £3.4m in estimated savings",
            ],
            "source_title": "Camden claims cash wins from Residents Index",
            "source_url": "https://www.ukauthority.com/articles/camden-claims-cash-wins-from-residents-index",
        },
    ],
    "lessons": [
        {
            "slug": "linking-records-for-prevention",
            "title": "How linked records support prevention",
            "minutes": 12,
            "body": [
                (
                    "markdown",
                    (
                        "Most councils hold information about the same residents in many separate "
                        "systems: council tax, housing, benefits, schools, social care, the "
                        "electoral register and more. Each system was built for one job. On its "
                        "own, each gives only part of the picture.\n\n"
                        "## Why linking helps\n\n"
                        "When records are linked carefully, the council can see patterns that no "
                        "single team could spot. For example:\n\n"
                        "- a family that has fallen behind on rent, whose children are missing "
                        "school and who have stopped answering letters may need help before things "
                        "reach a crisis\n"
                        "- an older resident who was recently bereaved and has stopped paying "
                        "council tax might benefit from a call\n"
                        "- a property with many unrelated adults registered at it may be "
                        "overcrowded or unsafe\n\n"
                        "Acting early is usually better for residents and cheaper for the council "
                        "than responding to a crisis. That is the case for prevention."
                    ),
                ),
                (
                    "case_study",
                    {
                        "council": "London Borough of Camden",
                        "year": "2013 onwards",
                        "title": "Camden Residents Index",
                        "what_happened": (
                            "Camden brought records about residents from different council systems "
                            "together in a single index, so staff could see where information did "
                            "not match. One use was checking council homes: the index flagged 752 "
                            "homes as possibly being illegally sublet. Savings from acting on this "
                            "were estimated at about £3.4m. Each flag was a reason to investigate, "
                            "not proof of wrongdoing."
                        ),
                        "figures": [
                            "752 homes flagged as possibly illegally sublet",
                            "About £3.4m in estimated savings",
                        ],
                        "source_title": "Camden claims cash wins from Residents Index",
                        "source_url": "https://www.ukauthority.com/articles/camden-claims-cash-wins-from-residents-index",
                    },
                ),
                (
                    "markdown",
                    (
                        "## The limits\n\n"
                        "Linked data shows where to look. It does not tell you what is happening "
                        "behind the front door. A mismatch may be a data error, a change the "
                        "resident has not reported yet, or something more serious. Good practice "
                        "means a person checks before any action is taken, and residents have a "
                        "fair chance to explain.\n\n"
                        "Linking also raises real concerns about privacy and trust. Residents may "
                        "accept the council using their data to help them, but feel differently if "
                        "it seems to be used mainly to catch them out. How the council explains "
                        "its purpose matters.\n\n"
                        "## Your role\n\n"
                        "You do not need to understand matching software. You need to be clear "
                        "about the purpose, the safeguards and the evidence that it works. Ask "
                        "what happens to a resident who is flagged, and how often flags turn out "
                        "to be wrong."
                    ),
                ),
                (
                    "reflection",
                    {
                        "prompt": (
                            "Think of a family or resident in your ward who reached a crisis that "
                            "several services knew something about. What might have happened if "
                            "those services had shared what they knew earlier, and what would have "
                            "worried you about it?"
                        ),
                    },
                ),
                (
                    "takeaways",
                    [
                        "Linking records can reveal needs earlier than any single team could.",
                        "A flag is a reason to look, not proof of anything.",
                        (
                            "A person should check before action, and residents should be able to "
                            "explain."
                        ),
                        "Be clear about purpose, safeguards and evidence of results.",
                    ],
                ),
            ],
        },
        {
            "slug": "data-quality",
            "title": "Data quality: why it matters and what to ask",
            "minutes": 10,
            "body": [
                (
                    "markdown",
                    (
                        "Decisions based on poor data can be worse than decisions made without "
                        "data, because they look more certain than they are. Data quality is not a "
                        "technical detail. It decides whether a report, a dashboard or a linked "
                        "index can be trusted.\n\n"
                        "## Common problems\n\n"
                        "- **Out of date.** A resident moved months ago, but one system still has "
                        "the old address.\n"
                        "- **Duplicated.** The same person appears twice, with their name spelt "
                        "slightly differently.\n"
                        "- **Incomplete.** Key details, such as date of birth or property "
                        "reference, were never filled in.\n"
                        "- **Inconsistent.** Two systems record the same thing in different ways, "
                        "so they cannot be compared.\n"
                        "- **Skewed.** The data reflects who the council already hears from, not "
                        "everyone in the area. A ward with few complaints may have few problems, "
                        "or residents who have given up complaining.\n\n"
                        "## How problems creep in\n\n"
                        "Most data problems start at the front line. Staff are busy, forms are "
                        "badly designed and systems accept anything typed into a box. Often nobody "
                        "owns the data across the whole council. Fixing these causes is usually "
                        "cheaper than cleaning data later.\n\n"
                        "## What good looks like\n\n"
                        "- Someone is named as responsible for each important set of data.\n"
                        "- Common identifiers, such as a standard property reference number, are "
                        "used so records can be matched.\n"
                        "- Quality is measured and reported, not assumed.\n"
                        "- Residents can check and correct what the council holds about them.\n"
                        "- Reports say clearly what the data does and does not cover.\n\n"
                        "## Warning signs\n\n"
                        "- A report gives precise figures with no mention of gaps or errors.\n"
                        "- Officers cannot say when the data was last updated.\n"
                        "- Different reports give different numbers for the same thing.\n"
                        "- A new system is expected to fix data problems on its own."
                    ),
                ),
                (
                    "callout",
                    {
                        "kind": "tip",
                        "heading": "One question that always helps",
                        "text": (
                            "Whenever data supports a decision, ask: 'How confident are you in "
                            "these figures, and why?' It shows officers that members care about "
                            "getting the data right, not just about the headline."
                        ),
                    },
                ),
                (
                    "reflection",
                    {
                        "prompt": (
                            "Think of a time a resident told you the council had the wrong "
                            "information about them. What went wrong, and what would have stopped "
                            "it happening?"
                        ),
                    },
                ),
                (
                    "takeaways",
                    [
                        "Poor data can look more certain than it is.",
                        (
                            "Watch for data that is out of date, duplicated, incomplete, "
                            "inconsistent or skewed."
                        ),
                        "Most problems start at the front line and need an owner to fix them.",
                        "Ask how confident officers are in the figures, and why.",
                    ],
                ),
            ],
        },
        {
            "slug": "legal-basis-and-sharing",
            "title": "Legal basis and data sharing agreements",
            "minutes": 12,
            "body": [
                (
                    "markdown",
                    (
                        "Councils share data between their own services and with partners such as "
                        "the NHS, the police, schools and other councils. Sharing can help "
                        "residents, but it must be lawful, fair and open. You are not expected to "
                        "be a lawyer. You are expected to check that the right questions have been "
                        "asked.\n\n"
                        "## The legal basis\n\n"
                        "Under data protection law, the council needs a clear legal reason for "
                        "each use of personal information. For councils, this is often that the "
                        "work is part of a public task or a legal duty. Some information, such as "
                        "health records, needs extra protection. The council's data protection "
                        "officer should be able to explain the legal basis in plain words.\n\n"
                        "## Data sharing agreements\n\n"
                        "A data sharing agreement, sometimes called a protocol, sets out who "
                        "shares what, why, how it is kept secure, who can see it, how long it is "
                        "kept and what happens at the end. It turns good intentions into written "
                        "commitments that can be checked.\n\n"
                        "## Impact assessments\n\n"
                        "Before a new or risky use of personal data, the council should assess the "
                        "risks to residents and how to reduce them. This is called a data "
                        "protection impact assessment. Ask whether one has been done, and what it "
                        "found.\n\n"
                        "## Sharing between councils\n\n"
                        "Some problems cross council boundaries. The London Office of Data "
                        "Analytics pilot brought together Nesta, the Greater London Authority and "
                        "12 boroughs to work on houses in multiple occupation, where several "
                        "households share one property. Work across that many organisations needs "
                        "shared agreements and careful design from the start.\n\n"
                        "## Warning signs\n\n"
                        "- Nobody can say what the legal basis is.\n"
                        "- Data is shared 'just in case' it might be useful.\n"
                        "- The agreement was signed years ago and never reviewed.\n"
                        "- Residents are not told, in plain language, how their data is used."
                    ),
                ),
                (
                    "callout",
                    {
                        "kind": "tip",
                        "heading": "Ask for the one-page version",
                        "text": (
                            "For any significant data sharing, ask for a one-page summary: "
                            "purpose, legal basis, data involved, who can see it, safeguards and "
                            "review date. If it cannot fit on a page, it may not be well "
                            "understood."
                        ),
                    },
                ),
                (
                    "reflection",
                    {
                        "prompt": (
                            "Imagine a resident in your ward asks why the council shared their "
                            "information with another organisation. Could you explain how your "
                            "council decides when sharing is right? What would you need to find "
                            "out first?"
                        ),
                    },
                ),
                (
                    "takeaways",
                    [
                        "Every use of personal data needs a clear legal basis.",
                        "Sharing agreements turn good intentions into checkable commitments.",
                        "Ask whether a data protection impact assessment has been done.",
                        "Residents should be told in plain language how their data is used.",
                    ],
                ),
                (
                    "further_reading",
                    [
                        {
                            "title": "Information Commissioner's Office",
                            "publisher": "ICO",
                            "url": "https://ico.org.uk/",
                        },
                        {
                            "title": "Piloting the London Office of Data Analytics",
                            "publisher": "Nesta",
                            "url": "https://www.nesta.org.uk/publications/piloting-london-office-data-analytics",
                        },
                    ],
                ),
            ],
        },
        {
            "slug": "reading-a-ward-dashboard",
            "title": "Reading a ward dashboard",
            "minutes": 12,
            "body": [
                (
                    "markdown",
                    (
                        "Many councils now give members dashboards: screens or reports with "
                        "figures for their ward, such as complaints, repairs, benefit claims, "
                        "fly-tipping reports or school attendance. Used well, they help you spot "
                        "issues, support casework and ask sharper questions. Used badly, they can "
                        "mislead.\n\n"
                        "## Five questions to ask of any chart\n\n"
                        "1. **What exactly is being counted?** 'Fly-tipping' might mean reports "
                        "from residents, incidents confirmed by staff, or loads cleared.\n"
                        "2. **Over what period?** One month can be unusual. Look for trends over a "
                        "year or more.\n"
                        "3. **Compared with what?** A figure means more next to the council "
                        "average, similar wards or the same period last year.\n"
                        "4. **How many cases is it based on?** In a small ward, a handful of extra "
                        "cases can look like a dramatic rise and still be chance.\n"
                        "5. **What is missing?** Dashboards show what the council records. "
                        "Problems that residents do not report, or report elsewhere, will not "
                        "appear.\n\n"
                        "## A worked example\n\n"
                        "Suppose your dashboard shows that reports of missed bin collections in "
                        "your ward rose sharply last quarter. Before raising it at committee, you "
                        "might check:\n\n"
                        "- whether the rise is across the whole area or just your ward\n"
                        "- whether a new online form made reporting easier, so more reports do not "
                        "necessarily mean more missed bins\n"
                        "- whether collection rounds changed\n"
                        "- what residents are telling you directly\n\n"
                        "Your question to officers then becomes specific: reports rose more in my "
                        "ward than in nearby wards, is this linked to the round changes, and what "
                        "is being done?\n\n"
                        "## What a good dashboard does\n\n"
                        "- shows when the data was last updated\n"
                        "- explains each measure in plain words\n"
                        "- shows trends and comparisons, not just single numbers\n"
                        "- never shows details that could identify individual residents\n\n"
                        "## Using it well\n\n"
                        "A dashboard starts a conversation. It does not end one. Combine it with "
                        "what you hear in surgeries and on the doorstep. When the numbers and "
                        "residents' experience disagree, that is often the most useful thing to "
                        "raise."
                    ),
                ),
                (
                    "reflection",
                    {
                        "prompt": (
                            "Think of one issue residents often raise with you. What figure would "
                            "you want to see on a dashboard to understand it better, and what "
                            "would that figure be unable to tell you?"
                        ),
                    },
                ),
                (
                    "takeaways",
                    [
                        "Check what is counted, over what period and compared with what.",
                        "Small numbers can rise or fall by chance.",
                        "More reports may mean easier reporting, not a worse problem.",
                        "Combine dashboards with what residents tell you.",
                    ],
                ),
            ],
        },
    ],
}
