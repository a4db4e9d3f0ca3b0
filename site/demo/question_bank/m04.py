"""Question bank for module 4: Data for better decisions and prevention."""

MODULE_SLUG = "data-for-better-decisions"

QUESTIONS = [
    {
        "key": "m04-q01",
        "kind": "single",
        "text": (
            "Officers propose linking council tax arrears, rent arrears and changes in benefit "
            "claims to spot households at risk of homelessness earlier. What is the strongest "
            "reason this could help?"
        ),
        "explanation": (
            "Each service may see only one warning sign. Linked together, the signs can show risk "
            "early enough to offer help before a crisis, which is the point of prevention."
        ),
        "options": [
            {
                "text": (
                    "It lets the council collect more of the debts it is owed, and more quickly"
                ),
                "correct": False,
                "feedback": (
                    "Collecting debt is a different aim. The prevention case is about offering "
                    "help earlier."
                ),
            },
            {
                "text": (
                    "It means the council will need far fewer caseworkers to support households"
                ),
                "correct": False,
                "feedback": (
                    "Data can point to who needs help, but people still have to give that help."
                ),
            },
            {
                "text": (
                    "Signs each service sees alone can, together, show risk early enough to offer "
                    "help"
                ),
                "correct": True,
                "feedback": (
                    "Right. Linking records supports earlier help, which is better for residents "
                    "and cheaper."
                ),
            },
            {
                "text": (
                    "It means every household the data flags will certainly become homeless soon"
                ),
                "correct": False,
                "feedback": "Flags show risk, not certainty. Many flagged households will be fine.",
            },
        ],
    },
    {
        "key": "m04-q02",
        "kind": "single",
        "text": (
            "Your ward dashboard shows that reports of fly-tipping have doubled this year. What "
            "should you check first?"
        ),
        "explanation": (
            "A change in a figure can come from a change in how it is collected. Checking whether "
            "reporting became easier, for example through a new app, comes before deciding what "
            "the rise means."
        ),
        "options": [
            {
                "text": "Whether the way reports are made or recorded has changed this year",
                "correct": True,
                "feedback": (
                    "Right. A new reporting route can raise the numbers without more dumping."
                ),
            },
            {
                "text": "How many more enforcement officers the ward needs to deal with it",
                "correct": False,
                "feedback": "This jumps to a solution before you know what the rise means.",
            },
            {
                "text": "How your ward's figure compares with the wards of your opponents",
                "correct": False,
                "feedback": (
                    "Comparisons between wards can help, but not before you know the data is sound."
                ),
            },
            {
                "text": "Whether the dashboard is wrong, since the rise seems far too large",
                "correct": False,
                "feedback": (
                    "A surprising figure may be right. Check how it was collected, do not dismiss "
                    "it."
                ),
            },
        ],
    },
    {
        "key": "m04-q03",
        "kind": "single",
        "text": (
            "Officers want to share information from social care records with a housing "
            "association to target support for tenants. What is the most important question to ask?"
        ),
        "explanation": (
            "Sharing personal data needs a lawful basis and an agreed protocol that sets out what "
            "is shared, with whom, why and for how long. Without these, the sharing may be "
            "unlawful and damage trust."
        ),
        "options": [
            {
                "text": (
                    "Could we share the whole care record, so that nothing important gets missed?"
                ),
                "correct": False,
                "feedback": (
                    "Share only what is needed for the purpose. Sharing everything adds risk."
                ),
            },
            {
                "text": (
                    "Does the housing association have modern enough IT systems to receive the "
                    "data?"
                ),
                "correct": False,
                "feedback": (
                    "Systems matter, but the first question is whether the sharing is lawful and "
                    "fair."
                ),
            },
            {
                "text": (
                    "Can we avoid telling tenants about the sharing, so the project starts sooner?"
                ),
                "correct": False,
                "feedback": (
                    "Residents should know how their data is used. Hiding it damages trust."
                ),
            },
            {
                "text": (
                    "What is the legal basis, and is there an agreed protocol for what is shared "
                    "and why?"
                ),
                "correct": True,
                "feedback": (
                    "Right. A lawful basis and a clear protocol are the foundations of safe "
                    "sharing."
                ),
            },
        ],
    },
    {
        "key": "m04-q04",
        "kind": "single",
        "text": (
            "Your ward dashboard shows 40 reports of damp per 1,000 homes, against 25 for the "
            "council area as a whole. What is the best reading of this?"
        ),
        "explanation": (
            "The ward is clearly above average, which is worth following up. But a dashboard shows "
            "what is happening, not why, so ask about housing types and how reports are made "
            "before deciding on causes."
        ),
        "options": [
            {
                "text": "It proves landlords in the ward maintain their homes worse than elsewhere",
                "correct": False,
                "feedback": (
                    "The figure does not show the cause. Older housing or easier reporting could "
                    "explain it."
                ),
            },
            {
                "text": (
                    "It is well above average, so ask about the housing and how reports are made"
                ),
                "correct": True,
                "feedback": "Right. Treat it as a prompt for questions, not as proof of a cause.",
            },
            {
                "text": (
                    "It means the ward should get the whole of next year's budget for damp work"
                ),
                "correct": False,
                "feedback": (
                    "The data supports asking questions, not a decision of this size on its own."
                ),
            },
            {
                "text": (
                    "It is too small a difference to matter, so there is no need to follow it up"
                ),
                "correct": False,
                "feedback": "Forty against twenty-five is a large gap. It deserves a closer look.",
            },
        ],
    },
    {
        "key": "m04-q05",
        "kind": "single",
        "text": (
            "Camden's Residents Index linked records from different council services. What did it "
            "help the council to find?"
        ),
        "explanation": (
            "By linking records, Camden flagged 752 homes that might be illegally sublet, with "
            "savings of about £3.4m. It shows how joined-up data can support better decisions."
        ),
        "options": [
            {
                "text": "752 homes that might be illegally sublet, saving about £3.4m",
                "correct": True,
                "feedback": "Right. Linked records helped the council target its checks.",
            },
            {
                "text": "752 families needing early help, saving about £361,000",
                "correct": False,
                "feedback": "Not quite. The Index flagged homes that might be illegally sublet.",
            },
            {
                "text": "75 empty homes that could be let again, saving about £340,000",
                "correct": False,
                "feedback": "The numbers are too small. It was 752 homes and about £3.4m.",
            },
            {
                "text": "7,520 parking permits used wrongly, saving about £34m",
                "correct": False,
                "feedback": (
                    "The Index was about housing, and the figures were 752 homes and about £3.4m."
                ),
            },
        ],
    },
    {
        "key": "m04-q06",
        "kind": "single",
        "text": (
            "In a London pilot, 12 boroughs worked with Nesta and the GLA to predict which "
            "properties were likely to be unlicensed houses in multiple occupation. A colleague "
            "asks why your council should join a similar project. What is the best reason?"
        ),
        "explanation": (
            "Pooling data and methods across councils can help target scarce inspection staff at "
            "the properties most likely to be a problem. It supports, not replaces, inspection."
        ),
        "options": [
            {
                "text": (
                    "It would give the council access to residents' private data without the usual "
                    "rules"
                ),
                "correct": False,
                "feedback": (
                    "Data protection rules still apply. Pilots like this must work within the law."
                ),
            },
            {
                "text": (
                    "It would remove the need for inspectors to visit properties in the first place"
                ),
                "correct": False,
                "feedback": (
                    "Predictions point to likely problems; inspectors still need to check them."
                ),
            },
            {
                "text": (
                    "Shared data and methods can help send scarce inspectors where they are needed "
                    "most"
                ),
                "correct": True,
                "feedback": "Right. Better targeting makes limited resources go further.",
            },
            {
                "text": (
                    "It would raise money for the council by selling the combined data to landlords"
                ),
                "correct": False,
                "feedback": "The aim was better targeting of enforcement, not selling data.",
            },
        ],
    },
    {
        "key": "m04-q07",
        "kind": "single",
        "text": (
            "A report to your committee relies on records in which about 30% of addresses are "
            "missing or out of date. What is the best response?"
        ),
        "explanation": (
            "Gaps in data can skew results, often against the people hardest to reach. Asking how "
            "the gaps might affect conclusions, and how quality will improve, comes before relying "
            "on the findings."
        ),
        "options": [
            {
                "text": (
                    "Accept the findings, because 70% of the addresses is enough for a sound answer"
                ),
                "correct": False,
                "feedback": (
                    "The missing 30% may differ from the rest, so the results could be biased."
                ),
            },
            {
                "text": (
                    "Ask how the gaps could skew the results and how data quality will be improved"
                ),
                "correct": True,
                "feedback": "Right. You need to know the limits of the data before you rely on it.",
            },
            {
                "text": (
                    "Reject the report outright and ask officers to stop using this data for good"
                ),
                "correct": False,
                "feedback": (
                    "Imperfect data can still be useful if its limits are understood and improved."
                ),
            },
            {
                "text": (
                    "Ask staff to fill the gaps with their best guesses so the report looks "
                    "complete"
                ),
                "correct": False,
                "feedback": "Guesses would hide the problem and could make the data less reliable.",
            },
        ],
    },
    {
        "key": "m04-q08",
        "kind": "single",
        "text": (
            "A resident asks you why social services knew about her rent arrears when she "
            "contacted them. She is upset. What is the best response?"
        ),
        "explanation": (
            "Residents have a right to know how their data is used. Asking officers what was "
            "shared and on what legal basis supports her and tests whether the council is open "
            "enough."
        ),
        "options": [
            {
                "text": (
                    "Explain that all council departments share everything as a matter of course"
                ),
                "correct": False,
                "feedback": (
                    "This is not how it should work. Sharing needs a lawful basis and a purpose."
                ),
            },
            {
                "text": (
                    "Tell her the sharing was for her own good, so there is nothing to worry about"
                ),
                "correct": False,
                "feedback": (
                    "Good intentions do not replace her right to know and to ask questions."
                ),
            },
            {
                "text": (
                    "Promise her that the council will stop sharing any of her data from now on"
                ),
                "correct": False,
                "feedback": (
                    "You cannot promise this, and some sharing may be lawful and in her interest."
                ),
            },
            {
                "text": (
                    "Take it seriously, and ask officers what was shared, on what basis and how "
                    "she was told"
                ),
                "correct": True,
                "feedback": (
                    "Right. This supports her and checks that the sharing was lawful and open."
                ),
            },
        ],
    },
    {
        "key": "m04-q09",
        "kind": "multiple",
        "text": (
            "Before you agree to a data-sharing project to offer early help to families, which of "
            "these should you expect to see? Select all that apply."
        ),
        "explanation": (
            "A lawful basis with a data protection impact assessment, a clear sharing agreement, "
            "and a plan to tell residents are all signs of safe sharing. Sharing everything, or "
            "letting a supplier reuse the data, are not."
        ),
        "options": [
            {
                "text": "The supplier's agreement that it can reuse the data itself",
                "correct": False,
                "feedback": "Letting the supplier reuse residents' data goes beyond the purpose.",
            },
            {
                "text": "A plan for telling residents how their data will be used",
                "correct": True,
                "feedback": "Right. Openness with residents is key to trust.",
            },
            {
                "text": "A clear legal basis and a data protection impact assessment",
                "correct": True,
                "feedback": "Right. These show the risks have been thought through.",
            },
            {
                "text": "An agreement that sets out the purpose and how long data is kept",
                "correct": True,
                "feedback": "Right. A sharing agreement makes limits clear to all partners.",
            },
            {
                "text": "A promise to share all available data, just to be safe",
                "correct": False,
                "feedback": "Sharing more than is needed adds risk and may be unlawful.",
            },
        ],
    },
    {
        "key": "m04-q10",
        "kind": "multiple",
        "text": (
            "Your ward dashboard shows a rise in missed bin collections. Which of these are "
            "sensible questions to ask? Select all that apply."
        ),
        "explanation": (
            "Good questions check how the data is recorded, compare like with like and look for "
            "where the problem sits. Looking for someone to blame or hiding the figure does not "
            "help residents."
        ),
        "options": [
            {
                "text": "Which crew is at fault, so that they can be disciplined?",
                "correct": False,
                "feedback": "Blame comes before understanding here. The cause may lie elsewhere.",
            },
            {
                "text": "Are a few streets causing most of the rise in misses?",
                "correct": True,
                "feedback": "Right. Finding where the problem sits points to the fix.",
            },
            {
                "text": "Can the figure be left out of the report to the public?",
                "correct": False,
                "feedback": "Hiding data damages trust. Understanding it is the better path.",
            },
            {
                "text": "Has the way missed collections are recorded changed?",
                "correct": True,
                "feedback": "Right. A recording change can explain a rise on its own.",
            },
            {
                "text": "How does this compare with the same months last year?",
                "correct": True,
                "feedback": "Right. Comparing like with like rules out seasonal effects.",
            },
        ],
    },
    {
        "key": "m04-q11",
        "kind": "true_false",
        "text": (
            "True or false: if a data set is large enough, errors in individual records do not "
            "matter."
        ),
        "explanation": (
            "Size does not cancel out errors. If errors fall more on some groups, a large data set "
            "can give confident but wrong answers, and each wrong record can affect a real person."
        ),
        "options": [
            {
                "text": "True",
                "correct": False,
                "feedback": (
                    "Tempting, but errors can be biased, and a big data set can make them look "
                    "reliable."
                ),
            },
            {
                "text": "False",
                "correct": True,
                "feedback": (
                    "Right. Data quality matters at every size, and errors affect real people."
                ),
            },
        ],
    },
    {
        "key": "m04-q12",
        "kind": "true_false",
        "text": (
            "True or false: data protection law can allow a council to share personal data to "
            "protect vulnerable people, as long as there is a lawful basis and proper safeguards."
        ),
        "explanation": (
            "Data protection law is not a ban on sharing. With a lawful basis, a clear purpose and "
            "safeguards, sharing to protect people can be both lawful and right."
        ),
        "options": [
            {
                "text": "True",
                "correct": True,
                "feedback": "Right. The law sets conditions for sharing; it does not forbid it.",
            },
            {
                "text": "False",
                "correct": False,
                "feedback": (
                    "It is true. Fear of the law can stop sharing that is lawful and would protect "
                    "people."
                ),
            },
        ],
    },
]
