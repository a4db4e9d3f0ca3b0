MODULE = {
    "number": 5,
    "slug": "open-data",
    "title": "Open data and private-sector use of public data",
    "kind": "core",
    "summary": (
        "What open data is, what releasing it can be worth, and how you can judge when it is "
        "safe and worthwhile for others, including businesses, to reuse council data."
    ),
    "outcomes": [
        "Explain the difference between open data and personal data, including the grey zone "
        "of small numbers.",
        "Describe the value that releasing council data can create for residents, businesses "
        "and the council itself.",
        "Set out the conditions a council should attach to the reuse of its data, including "
        "by private companies.",
        "Judge which datasets your council should publish first.",
    ],
    "questions_for_officers": [
        "Which datasets do we publish today, where, and how often is each one updated?",
        "How do we check that a dataset contains no personal data, and cannot identify people "
        "when combined with other data, before we release it?",
        "What licence do we publish under, and does it let businesses and community groups "
        "reuse the data freely?",
        "Which information are we asked for most often under freedom of information law, and "
        "could we publish it routinely instead?",
        "How do we know whether anyone uses what we publish, and what have they done with it?",
        "Do we share any data with private companies outside open data, and is there a public "
        "record of those agreements?",
    ],
    "case_studies": [
        {
            "council": "Transport for London",
            "year": "2017",
            "title": "Open transport data and the London economy",
            "what_happened": (
                "Transport for London publishes its transport data openly, so anyone can "
                "build on it. Developers have used it to create more than 600 apps, and those "
                "apps are used by 42% of Londoners. A report on the benefits put the value to "
                "London at up to £130m a year."
            ),
            "figures": [
                "up to £130m a year of value to London",
                "more than 600 apps built on the data",
                "apps used by 42% of Londoners",
            ],
            "source_title": "TfL open data 'adds £130 million to London economy'",
            "source_url": "https://www.ukauthority.com/articles/tfl-open-data-adds-130-million-to-london-economy/",
        },
    ],
    "lessons": [
        {
            "slug": "open-data-and-personal-data",
            "title": "Open data and personal data: knowing the difference",
            "minutes": 10,
            "body": [
                (
                    "markdown",
                    "Councils hold two very different kinds of data. Before you can judge any "
                    "proposal to publish or share data, you need to keep them apart in your "
                    "head.\n\n"
                    "## Open data\n\n"
                    "Open data is data that anyone can find, use and share, for any purpose, "
                    "usually free of charge. The council publishes it under an open licence, "
                    "such as the Open Government Licence, in a format a computer can read. A "
                    "spreadsheet is open data. A scanned letter is not.\n\n"
                    "Most useful open data describes places, assets, services and money, not "
                    "people. Examples you will recognise from your ward:\n\n"
                    "- bin collection days and recycling centre opening times\n"
                    "- planning applications and where each one has got to\n"
                    "- road works and street closures\n"
                    "- the location of car parks, libraries, public toilets and grit bins\n"
                    "- council spending and contracts\n\n"
                    "## Personal data\n\n"
                    "Personal data is any information about a living person who can be "
                    "identified from it, directly or indirectly. A name or an address is "
                    "obvious. Less obvious is a mix of details: an age, a street and an "
                    "unusual health condition can point to one household. Data protection law "
                    "protects personal data, and it must never be published as open data.\n\n"
                    "## The grey zone\n\n"
                    "The hard cases sit in between. Totals and averages are usually safe, but "
                    "small numbers are not. A table showing that two families on one short "
                    "street receive a particular service can identify them to their "
                    "neighbours. Data that looks harmless on its own can also identify people "
                    "once someone combines it with another dataset.\n\n"
                    "This is why every release needs a check, not just a button. In a "
                    "well-run council, a named officer tests each dataset for personal data, "
                    "removes or rounds small numbers, and records the decision.",
                ),
                (
                    "callout",
                    {
                        "kind": "warning",
                        "heading": "Small numbers can identify people",
                        "text": (
                            "Before data about residents is published, ask how small numbers "
                            "are handled. A count of one or two in a small area can reveal "
                            "who someone is, even with no names attached."
                        ),
                    },
                ),
                (
                    "reflection",
                    {
                        "prompt": (
                            "Think of a question a resident asked you recently about your "
                            "ward: a planning decision, a road closure, a missed bin. Could "
                            "they have found the answer themselves if the council published "
                            "that data openly?"
                        ),
                    },
                ),
                (
                    "takeaways",
                    [
                        "Open data is published for anyone to reuse under an open licence; "
                        "personal data is protected by law.",
                        "The most useful open data describes places, services and money, not "
                        "people.",
                        "Small numbers and combined datasets can identify people, so every "
                        "release needs a check.",
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
            "slug": "what-releasing-data-is-worth",
            "title": "What releasing data is worth",
            "minutes": 12,
            "body": [
                (
                    "markdown",
                    "A fair question from any sceptic is: who actually uses this, and is it "
                    "worth the officer time? The strongest answer is evidence. The best-known "
                    "UK evidence comes from London's transport data.",
                ),
                (
                    "case_study",
                    {
                        "council": "Transport for London",
                        "year": "2017",
                        "title": "Open transport data and the London economy",
                        "what_happened": (
                            "Transport for London publishes its transport data openly, so "
                            "anyone can build on it. Developers have used it to create more "
                            "than 600 apps, and those apps are used by 42% of Londoners. A "
                            "report on the benefits put the value to London at up to £130m a "
                            "year."
                        ),
                        "figures": [
                            "up to £130m a year of value to London",
                            "more than 600 apps built on the data",
                            "apps used by 42% of Londoners",
                        ],
                        "source_title": "TfL open data 'adds £130 million to London economy'",
                        "source_url": "https://www.ukauthority.com/articles/tfl-open-data-adds-130-million-to-london-economy/",
                    },
                ),
                (
                    "markdown",
                    "## What this means for your council\n\n"
                    "Your council is not Transport for London. Be wary of anyone who promises "
                    "London-sized returns from a district council's datasets. The lesson is "
                    "about where the value comes from. TfL did not build those apps itself. "
                    "It made reliable data available and let others meet needs it could not "
                    "meet alone.\n\n"
                    "Value from council data usually shows up in smaller, practical ways:\n\n"
                    "- **Residents** find answers without phoning the council, such as when a "
                    "planning decision is due.\n"
                    "- **Community groups** use data to support funding bids and campaigns.\n"
                    "- **Local businesses** use planning and licensing data to decide where "
                    "to open or expand.\n"
                    "- **The council itself** saves time. Teams find each other's data, and "
                    "repeated freedom of information requests can be answered with a link.\n"
                    "- **Councillors** can check facts about their ward without waiting for "
                    "an officer.\n\n"
                    "## Counting the cost honestly\n\n"
                    "Publishing well is not free. Someone has to clean the data, check it for "
                    "personal information and keep it up to date. A dataset that is a year "
                    "out of date does more harm than good, because people stop trusting the "
                    "rest. Ask for a realistic estimate of officer time, and for a plan to "
                    "keep each dataset current.",
                ),
                (
                    "callout",
                    {
                        "kind": "tip",
                        "heading": "Start with the freedom of information log",
                        "text": (
                            "Ask which questions the council is asked again and again under "
                            "freedom of information law. Publishing those answers routinely "
                            "can save officer time and makes the council more open by default."
                        ),
                    },
                ),
                (
                    "reflection",
                    {
                        "prompt": (
                            "Which piece of information about your ward do you find hardest "
                            "to get hold of? Who else, such as a residents' association or a "
                            "local business, might want the same thing?"
                        ),
                    },
                ),
                (
                    "takeaways",
                    [
                        "TfL's open data shows that value comes from letting others build on "
                        "reliable data.",
                        "For most councils the benefits are practical: fewer repeat enquiries "
                        "and better-informed residents and groups.",
                        "Publishing has real costs, and stale data damages trust.",
                    ],
                ),
                (
                    "further_reading",
                    [
                        {
                            "title": "TfL open data 'adds £130 million to London economy'",
                            "publisher": "UKAuthority",
                            "url": "https://www.ukauthority.com/articles/tfl-open-data-adds-130-million-to-london-economy/",
                        },
                    ],
                ),
            ],
        },
        {
            "slug": "businesses-using-public-data",
            "title": "Businesses using public data: setting the conditions",
            "minutes": 12,
            "body": [
                (
                    "markdown",
                    "Many residents are uneasy when they hear that a company is making money "
                    "from council data. Many councillors share that unease. It deserves a "
                    "serious answer, not a dismissal.\n\n"
                    "'The Start of the Possible', a 2017 survey of about 800 councillors, "
                    "asked about private-sector use of public data. Views were positive on "
                    "balance, but cautious, and more cautious among those with executive "
                    "responsibility.",
                ),
                (
                    "callout",
                    {
                        "kind": "key_fact",
                        "heading": "What councillors told the 2017 survey",
                        "text": (
                            "On private-sector use of public data, councillors who were "
                            "enthusiastic about digital were net +34% in favour. Leaders and "
                            "cabinet members were net +18%."
                        ),
                    },
                ),
                (
                    "markdown",
                    "## Two different things\n\n"
                    "It helps to separate two situations that often get mixed up.\n\n"
                    "**Open data** is published for everyone on the same terms. A business "
                    "can use it, and so can a charity, a student or a competitor. Nobody gets "
                    "special access, so the main questions are quality and whether any "
                    "personal data could slip through.\n\n"
                    "**Data sharing with a named organisation** is different. It may involve "
                    "personal or commercially sensitive data, it happens under a written "
                    "agreement, and it needs a clear legal basis under data protection law.\n\n"
                    "## Conditions worth insisting on\n\n"
                    "For open data:\n\n"
                    "- an open licence that requires users to credit the council as the source\n"
                    "- a check of every release for personal data and small numbers\n"
                    "- a regular publishing timetable, so reusers can rely on it\n\n"
                    "For data shared with a company:\n\n"
                    "- a clear, written purpose that benefits residents\n"
                    "- a legal basis, and a data protection impact assessment: a formal check "
                    "of the risks to people's privacy\n"
                    "- no onward sale, and no reuse for other purposes\n"
                    "- security standards, an end date, and a plan for the data when the "
                    "agreement ends\n"
                    "- a public record that the agreement exists\n\n"
                    "## Warning signs\n\n"
                    "Be cautious about exclusive deals that give one company sole access, "
                    "about 'free' products offered in return for data, and about purposes "
                    "described only in vague terms such as 'insight' or 'innovation'.",
                ),
                (
                    "reflection",
                    {
                        "prompt": (
                            "Suppose a company offered your council a free app for reporting "
                            "street problems in return for the data it collects. What would "
                            "you need to know before you were comfortable with the deal?"
                        ),
                    },
                ),
                (
                    "takeaways",
                    [
                        "Unease about companies using public data is legitimate; answer it "
                        "with clear conditions.",
                        "Open data is the same for everyone; sharing with a named company "
                        "needs a legal basis and an agreement.",
                        "Be wary of exclusive deals, 'free' products paid for with data, and "
                        "vague purposes.",
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
                            "title": "Guidance on data protection for organisations",
                            "publisher": "Information Commissioner's Office",
                            "url": "https://ico.org.uk/",
                        },
                    ],
                ),
            ],
        },
        {
            "slug": "which-datasets-first",
            "title": "Choosing which datasets to publish first",
            "minutes": 10,
            "body": [
                (
                    "markdown",
                    "No council can publish everything at once, and it should not try. A "
                    "short list of well-kept datasets is worth more than a website full of "
                    "abandoned files. As a councillor you can help set priorities that "
                    "reflect what residents actually need.\n\n"
                    "## Five tests for each dataset\n\n"
                    "1. **Demand.** Is it asked for often, through freedom of information "
                    "requests, casework or complaints?\n"
                    "2. **Value.** Would it help residents, community groups or local "
                    "businesses do something useful?\n"
                    "3. **Risk.** Is it free of personal data, or can it easily be made safe?\n"
                    "4. **Upkeep.** Can it be updated automatically from the system that "
                    "holds it, or will it rely on someone remembering?\n"
                    "5. **Priorities.** Does it support something the council has committed "
                    "to, such as a cleaner high street or more new homes?\n\n"
                    "A dataset that does well on all five is a strong first candidate.\n\n"
                    "## Good first candidates\n\n"
                    "Councils often start with planning applications, spending and contracts, "
                    "licensing registers, the locations of public buildings and land, and "
                    "service information such as bin collection days. These are usually low "
                    "risk and widely used.\n\n"
                    "## What good looks like\n\n"
                    "- a named owner for each dataset\n"
                    "- a published update schedule, and data that actually keeps to it\n"
                    "- an easy way for users to report errors or ask for new data\n"
                    "- some record of who uses the data and for what\n\n"
                    "## Warning signs\n\n"
                    "- datasets published once and never updated\n"
                    "- scanned documents that a computer cannot read, which makes reuse hard\n"
                    "- nobody able to say whether anything published is used",
                ),
                (
                    "callout",
                    {
                        "kind": "tip",
                        "heading": "Ask your ward",
                        "text": (
                            "Before the council chooses, ask a residents' association or "
                            "local business group which information they would use. Their "
                            "answer is evidence of demand."
                        ),
                    },
                ),
                (
                    "reflection",
                    {
                        "prompt": (
                            "Pick one dataset you think your council should publish first. "
                            "How does it do against the five tests, and who in your ward "
                            "would use it?"
                        ),
                    },
                ),
                (
                    "takeaways",
                    [
                        "Start small: a few well-kept datasets beat a website of abandoned files.",
                        "Test each dataset for demand, value, risk, upkeep and fit with "
                        "council priorities.",
                        "Every dataset needs a named owner and an update schedule.",
                    ],
                ),
                (
                    "further_reading",
                    [
                        {
                            "title": "Local Digital",
                            "publisher": "Local Digital (UK government and councils)",
                            "url": "https://www.localdigital.gov.uk/",
                        },
                    ],
                ),
            ],
        },
    ],
}
