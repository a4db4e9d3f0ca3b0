MODULE = {
    "number": 8,
    "slug": "scrutinising-digital",
    "title": "Scrutinising digital: governance, business cases and benefits",
    "kind": "core",
    "summary": (
        "How to scrutinise a digital programme with confidence: what to check in its "
        "governance and business case, how to test benefits beyond savings, and how to design "
        "a scrutiny review."
    ),
    "outcomes": [
        "Apply a member checklist to a digital programme in your council.",
        "Test the options, costs and assumptions in a digital business case.",
        "Test the benefits a programme claims, not only its savings.",
        "Design a focused scrutiny review of a digital programme.",
    ],
    "questions_for_officers": [
        "Which named senior officer and which cabinet member are accountable for this "
        "programme, and how often do they report to members?",
        "What problem for residents is this programme solving, and what evidence of their "
        "needs is it based on?",
        "What options did we consider, including sharing with other councils, and why did we "
        "choose this one?",
        "What is the full cost over the life of the system, including running costs after launch?",
        "For each benefit we claim, what are the baseline, the target, the owner and the measure?",
        "How will we know whether residents who do not go online are better or worse off?",
    ],
    "case_studies": [
        {
            "council": "Councils in Scotland (Accounts Commission)",
            "year": "2021",
            "title": "An audit view of digital progress, with a checklist for councillors",
            "what_happened": (
                "In January 2021 the Accounts Commission, which oversees the audit of "
                "councils in Scotland, published a report called 'Digital progress in local "
                "government'. Alongside the report it provided a checklist to help "
                "councillors scrutinise their council's digital work. It is a useful model "
                "for members anywhere in the UK."
            ),
            "figures": [
                "published in January 2021",
                "includes a checklist for councillors",
            ],
            "source_title": "Digital progress in local government (Accounts Commission)",
            "source_url": "https://www.audit-scotland.gov.uk/publications/digital-progress-in-local-government",
        },
    ],
    "lessons": [
        {
            "slug": "a-checklist-for-members",
            "title": "A checklist for scrutinising a digital programme",
            "minutes": 12,
            "body": [
                (
                    "markdown",
                    "Digital programmes can be hard to scrutinise. Reports are full of "
                    "technical terms, timescales are long and the benefits are often promised "
                    "for later. A checklist helps you ask the same sound questions every "
                    "time, whatever the technology.",
                ),
                (
                    "case_study",
                    {
                        "council": "Councils in Scotland (Accounts Commission)",
                        "year": "2021",
                        "title": (
                            "An audit view of digital progress, with a checklist for councillors"
                        ),
                        "what_happened": (
                            "In January 2021 the Accounts Commission, which oversees the "
                            "audit of councils in Scotland, published a report called "
                            "'Digital progress in local government'. Alongside the report it "
                            "provided a checklist to help councillors scrutinise their "
                            "council's digital work. It is a useful model for members "
                            "anywhere in the UK."
                        ),
                        "figures": [
                            "published in January 2021",
                            "includes a checklist for councillors",
                        ],
                        "source_title": (
                            "Digital progress in local government (Accounts Commission)"
                        ),
                        "source_url": "https://www.audit-scotland.gov.uk/publications/digital-progress-in-local-government",
                    },
                ),
                (
                    "markdown",
                    "## A checklist you can use\n\n"
                    "The questions below are written for this course. Use them alongside the "
                    "Accounts Commission checklist.\n\n"
                    "### Purpose\n\n"
                    "- What problem for residents or staff is this programme solving?\n"
                    "- What evidence of residents' needs is it based on?\n\n"
                    "### Leadership and governance\n\n"
                    "- Which named senior officer is accountable, and which cabinet member?\n"
                    "- How often do members receive progress reports, and are they honest "
                    "about problems?\n\n"
                    "### Money\n\n"
                    "- What is the total cost, including running costs after launch?\n"
                    "- What has been spent so far, and what has it delivered?\n\n"
                    "### Benefits\n\n"
                    "- What will be better, for whom, and by when? How will it be measured?\n\n"
                    "### People and inclusion\n\n"
                    "- How will residents who cannot, or prefer not to, go online be served?\n"
                    "- Do staff have the skills and time to make the change work?\n\n"
                    "### Risk\n\n"
                    "- What are the biggest risks, including data protection and cyber "
                    "security?\n"
                    "- Could the council get locked in to one supplier, so that switching "
                    "later would be costly or difficult?\n\n"
                    "## Using it well\n\n"
                    "Do not try to ask everything at once. Pick the sections that matter most "
                    "for the programme in front of you. Ask for written answers before the "
                    "meeting where you can. Then come back to the same questions at the next "
                    "report and see what has changed.",
                ),
                (
                    "reflection",
                    {
                        "prompt": (
                            "Think of one digital or technology programme in your council. "
                            "Which section of this checklist would you find hardest to answer "
                            "today, and why?"
                        ),
                    },
                ),
                (
                    "takeaways",
                    [
                        "A checklist helps you ask sound questions, whatever the technology.",
                        "The Accounts Commission published a checklist for councillors in "
                        "January 2021.",
                        "Cover purpose, governance, money, benefits, inclusion and risk.",
                        "Return to the same questions at each report to track progress.",
                    ],
                ),
                (
                    "further_reading",
                    [
                        {
                            "title": "Digital progress in local government",
                            "publisher": "Accounts Commission and Audit Scotland",
                            "url": "https://www.audit-scotland.gov.uk/publications/digital-progress-in-local-government",
                        },
                    ],
                ),
            ],
        },
        {
            "slug": "reading-a-business-case",
            "title": "Reading a digital business case",
            "minutes": 12,
            "body": [
                (
                    "markdown",
                    "A business case is the document that sets out why the council should "
                    "spend money on something, what the options are, and what it expects to "
                    "get in return. For a digital project it is often the one moment when "
                    "members can shape the decision before money is committed.\n\n"
                    "## What a good business case contains\n\n"
                    "- **The problem.** A clear account of what is wrong now, with evidence "
                    "from residents and staff, not only from a supplier.\n"
                    "- **Options.** Real alternatives, including doing nothing, improving "
                    "what exists, sharing with other councils and buying something new.\n"
                    "- **Costs.** The full cost over the life of the system, including "
                    "licences, support, staff time and eventual replacement, not only the "
                    "purchase price.\n"
                    "- **Benefits.** What will improve, for whom, and how it will be measured.\n"
                    "- **Risks.** What could go wrong, and what will be done about it.\n"
                    "- **Delivery.** Who will do the work, the timetable, and how progress "
                    "will be reported.\n\n"
                    "## Questions that test it\n\n"
                    "- Why was this option chosen over the others?\n"
                    "- What evidence shows that residents need this?\n"
                    "- What assumptions does the case rest on, such as how many residents "
                    "will switch to online services? Where do those numbers come from?\n"
                    "- What happens if those assumptions turn out to be wrong?\n"
                    "- Have other councils done this, and what did they learn?\n"
                    "- Could we build on something that already exists, or share with "
                    "neighbouring councils?\n\n"
                    "## Warning signs\n\n"
                    "- only one option is seriously considered\n"
                    "- the case is built around a particular product before the problem is "
                    "understood\n"
                    "- running costs are missing or vague\n"
                    "- the timetable is driven by a funding deadline rather than by readiness\n"
                    "- the case assumes large numbers of residents will move online, with no "
                    "plan for those who will not",
                ),
                (
                    "callout",
                    {
                        "kind": "tip",
                        "heading": "Ask for the options appraisal",
                        "text": (
                            "If a report to members shows only the recommended option, ask to "
                            "see the other options that were considered and why they were "
                            "rejected."
                        ),
                    },
                ),
                (
                    "reflection",
                    {
                        "prompt": (
                            "Think of the last business case you saw for a technology "
                            "project. Were you shown real alternatives? What would you have "
                            "wanted to know before the decision?"
                        ),
                    },
                ),
                (
                    "takeaways",
                    [
                        "A business case is often your best chance to shape a digital decision.",
                        "Look for real options, full lifetime costs and evidence of "
                        "residents' needs.",
                        "Test the assumptions, especially about how many residents will move "
                        "online.",
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
                        {
                            "title": "Local Digital",
                            "publisher": "Local Digital (UK government and councils)",
                            "url": "https://www.localdigital.gov.uk/",
                        },
                    ],
                ),
            ],
        },
        {
            "slug": "testing-benefits",
            "title": "Testing benefits, not only savings",
            "minutes": 12,
            "body": [
                (
                    "markdown",
                    "Many digital programmes are approved on the promise of savings. Savings "
                    "matter, especially when budgets are tight. But a programme judged only "
                    "on savings can succeed on paper while residents get a worse service.\n\n"
                    "## Kinds of benefit\n\n"
                    "- **For residents:** less time spent getting things done, quicker "
                    "decisions, fewer repeat contacts, and services available at times that "
                    "suit them.\n"
                    "- **For staff:** less typing the same information twice, better "
                    "information at the point of contact, and more time for complex cases.\n"
                    "- **For quality and prevention:** fewer errors, problems spotted "
                    "earlier, and better data for planning.\n"
                    "- **For money:** savings, which may be cashable or non-cashable.\n\n"
                    "## Testing a benefit\n\n"
                    "For each benefit the programme claims, ask:\n\n"
                    "1. What is the baseline: where are we now, measured the same way?\n"
                    "2. What is the target, and by when?\n"
                    "3. Who owns it, meaning who is responsible for making sure it happens?\n"
                    "4. How will it be measured, and how often will members see the results?\n"
                    "5. What else could cause the change, so that we do not claim credit "
                    "wrongly?\n\n"
                    "## Warning signs\n\n"
                    "- benefits with no baseline\n"
                    "- benefits due after the programme team has disbanded, with no one left "
                    "to track them\n"
                    "- the same saving claimed by two different programmes\n"
                    "- savings that depend on cutting posts, described only as efficiency, "
                    "with no assessment of the effect on the service\n"
                    "- no measures of resident experience or inclusion at all\n\n"
                    "## What good looks like\n\n"
                    "Members see a benefits plan at the start, and regular reports against it "
                    "after launch. The plan covers resident experience and inclusion "
                    "alongside money. And it is honest when a benefit is not arriving.",
                ),
                (
                    "callout",
                    {
                        "kind": "key_fact",
                        "heading": "Cashable and non-cashable savings",
                        "text": (
                            "A cashable saving can be taken out of a budget. A non-cashable "
                            "saving, such as staff time freed up, is real value, but it only "
                            "becomes money if the council decides to spend less. Non-cashable "
                            "savings are often counted as if they were cashable."
                        ),
                    },
                ),
                (
                    "reflection",
                    {
                        "prompt": (
                            "Think of a service in your ward that was changed to save money. "
                            "How would you know whether residents are better or worse off as "
                            "a result?"
                        ),
                    },
                ),
                (
                    "takeaways",
                    [
                        "Judge digital programmes on benefits for residents, not only on savings.",
                        "Every benefit needs a baseline, a target, an owner and a measure.",
                        "Check whether savings are cashable, and that none is counted twice.",
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
            "slug": "designing-a-scrutiny-review",
            "title": "Designing a scrutiny review of a digital programme",
            "minutes": 12,
            "body": [
                (
                    "markdown",
                    "Asking questions at a committee meeting is useful. A focused scrutiny "
                    "review can go further. It gathers evidence over several sessions, hears "
                    "from people who use a service and makes recommendations the executive "
                    "must respond to. Digital programmes suit this approach. Ealing Council, "
                    "for example, set up a scrutiny panel on 'Future Ealing' in 2017/18.\n\n"
                    "## Step 1: choose the right topic\n\n"
                    "Good topics matter to residents, are within the council's power to "
                    "change, and are at a stage where scrutiny can still make a difference. A "
                    "programme about to choose a supplier is often a better choice than one "
                    "that has just finished.\n\n"
                    "## Step 2: ask one clear question\n\n"
                    "Keep the scope tight. 'Is our move to online housing repairs working for "
                    "all tenants?' is a better question than 'Review digital transformation'.\n\n"
                    "## Step 3: plan the evidence\n\n"
                    "- reports and data from officers, including the business case and "
                    "benefits plan\n"
                    "- frontline staff, who often know what is really happening\n"
                    "- residents who use the service, including those who struggle with it or "
                    "avoid the online route\n"
                    "- voluntary and community groups that support residents who are not "
                    "online\n"
                    "- other councils that have made a similar change\n\n"
                    "## Step 4: see it for yourself\n\n"
                    "Try the service as a resident would, on a phone as well as a computer. "
                    "Sit with staff who handle calls. Watch someone who is not confident "
                    "online try to use it.\n\n"
                    "## Step 5: make recommendations that can be acted on\n\n"
                    "Each recommendation should say what should change, who should do it and "
                    "by when. Fewer, clearer recommendations are more likely to be accepted.\n\n"
                    "## Step 6: follow up\n\n"
                    "Agree a date to check progress. Without follow-up, even good reviews are "
                    "soon forgotten.",
                ),
                (
                    "reflection",
                    {
                        "prompt": (
                            "If you could lead one scrutiny review of a digital change in "
                            "your council next year, what would your one clear question be, "
                            "and whose voice would you most want to hear?"
                        ),
                    },
                ),
                (
                    "takeaways",
                    [
                        "A focused review with one clear question achieves more than a broad one.",
                        "Hear from residents who struggle and from frontline staff, not only "
                        "from reports.",
                        "Try the service yourself, and follow up recommendations months later.",
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
                        {
                            "title": "Local Government Association",
                            "publisher": "Local Government Association",
                            "url": "https://www.local.gov.uk/",
                        },
                    ],
                ),
            ],
        },
    ],
}
