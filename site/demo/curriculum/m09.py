"""Seed course content: module 9, Buying well together."""

MODULE = {
    "number": 9,
    "slug": "buying-well-together",
    "title": "Buying well together: procurement, platforms and collaboration",
    "kind": "core",
    "summary": (
        "Most council technology is bought, not built. This module helps you judge whether your "
        "council buys in a way that keeps it in control, and when working with other councils "
        "gives residents better value."
    ),
    "outcomes": [
        (
            "Explain what supplier lock-in is, why it costs residents money and how to spot the "
            "warning signs"
        ),
        "Describe how joint procurement and shared platforms work, and when they suit your council",
        "Weigh the real costs and benefits of working with other councils on digital",
        "Question how digital change is paid for, including whole-life costs, savings and funding",
    ],
    "questions_for_officers": [
        (
            "If we wanted to leave this supplier at the end of the contract, how would we get our "
            "data out, in what format, and what would it cost?"
        ),
        (
            "Which of our main systems come up for renewal in the next few years, and what are we "
            "doing now to keep our options open?"
        ),
        (
            "Have we checked whether other councils already buy or use something similar that we "
            "could share or reuse?"
        ),
        (
            "What is the whole-life cost of this system, including licences, support, linking to "
            "other systems, training and exit, not just the purchase price?"
        ),
        (
            "Who will own the designs, code and data created under this contract: the council or "
            "the supplier?"
        ),
        (
            "If we join this partnership, what will we put in, what will we get back, and how will "
            "we know if it is not working?"
        ),
    ],
    "case_studies": [
        {
            "council": "London Councils, the Greater London Authority and 15 London boroughs",
            "year": "2019",
            "title": "Setting up the London Office of Technology and Innovation (LOTI)",
            "what_happened": (
                "In June 2019, London Councils, the Greater London Authority (GLA) and 15 London "
                "boroughs launched the London Office of Technology and Innovation (LOTI). It gave "
                "those boroughs a standing way to work together on technology and innovation, "
                "rather than relying on one-off projects."
            ),
            "figures": [
                "Launched in June 2019",
                "Founded by London Councils, the GLA and 15 boroughs",
            ],
            "source_title": "London Councils press release on the launch of LOTI",
            "source_url": (
                "https://www.londoncouncils.gov.uk/who-we-are/"
                "london-office-technology-and-innovation-loti/press-release"
            ),
        },
        {
            "council": "Many councils and public-sector partners",
            "year": "2018",
            "title": "The Local Digital Declaration and the Local Digital Fund",
            "what_happened": (
                "The Local Digital Declaration was published in July 2018 by 45 co-publishers. "
                "Councils and other public bodies then signed up to it, and by 2022 it had 288 "
                "signatories. Alongside it, the Local Digital Fund has put over £16m into 61 "
                "projects. Every one of those projects has at least three partner councils, so no "
                "council tackles a funded problem alone."
            ),
            "figures": [
                "Published in July 2018 by 45 co-publishers",
                "288 signatories by 2022",
                "Over £16m from the Local Digital Fund to 61 projects",
                "At least 3 partner councils on each funded project",
            ],
            "source_title": "Local Digital: what is the Local Digital Declaration?",
            "source_url": "https://localdigital.gov.uk/what-is-the-declaration/",
        },
    ],
    "lessons": [
        {
            "slug": "supplier-lock-in",
            "title": "Supplier lock-in: what it is and why it matters",
            "minutes": 10,
            "body": [
                (
                    "markdown",
                    (
                        "Most of the technology your council uses is bought from suppliers. That "
                        "is normal and often sensible. The risk is not in buying. It is in buying "
                        "in a way that leaves the council unable to change course.\n\n"
                        "Supplier lock-in happens when moving away from a product would cost so "
                        "much, or be so hard, that the council stays put even when the service is "
                        "poor or the price keeps rising.\n\n"
                        "## How lock-in builds up\n\n"
                        "Lock-in rarely comes from one bad decision. It builds up over years "
                        "through choices like these:\n\n"
                        "- **Data in closed formats.** Records can only be read by the supplier's "
                        "own system, so moving them means a costly conversion.\n"
                        "- **Long contracts that renew automatically.** The renewal date passes "
                        "before anyone has looked at the alternatives.\n"
                        "- **Custom changes.** The council pays for features that only its own "
                        "version has, which makes upgrades and moves harder.\n"
                        "- **A charge for every change.** Small fixes, such as a new question on "
                        "an online form, need a paid change request.\n"
                        "- **Knowledge in one place.** Only the supplier, or one officer, "
                        "understands how the system really works.\n\n"
                        "## What it looks like in your ward\n\n"
                        "You will rarely hear the words 'supplier lock-in' in casework. You will "
                        "hear the effects. A resident reports a broken street light online, but "
                        "staff have to retype the report into another system, so it gets lost. A "
                        "housing repairs form cannot be improved because every change costs money. "
                        "A service looks dated next to a neighbouring council's, but nobody can "
                        "say when it will change.\n\n"
                        "## What good looks like\n\n"
                        "Good buying keeps the council in control. Look for contracts that:\n\n"
                        "- say the council owns its data and can take a full copy in a standard, "
                        "open format at any time\n"
                        "- include an exit plan, agreed before signing\n"
                        "- are long enough to give value, but not so long that better options pass "
                        "the council by\n"
                        "- favour products that connect to other systems through open, documented "
                        "links (often called APIs: ways for one system to pass information to "
                        "another)"
                    ),
                ),
                (
                    "callout",
                    {
                        "kind": "warning",
                        "heading": "Warning signs",
                        "text": (
                            "Be wary when you hear that a change is impossible 'because of the "
                            "system', when a renewal is presented as the only option, or when "
                            "nobody can tell you what it would cost to leave."
                        ),
                    },
                ),
                (
                    "reflection",
                    {
                        "prompt": (
                            "Think of a service in your ward that residents often complain about. "
                            "Do you know which system sits behind it, when its contract ends, and "
                            "whether anyone has looked at the alternatives?"
                        ),
                    },
                ),
                (
                    "takeaways",
                    [
                        (
                            "Lock-in builds up slowly through data formats, contract terms, custom "
                            "changes and scarce knowledge."
                        ),
                        (
                            "The council should own its data and be able to take it out in a "
                            "standard format."
                        ),
                        "Ask for an exit plan before signing, not when the contract is ending.",
                        (
                            "Renewal dates are the best time to ask questions, so find out when "
                            "they are."
                        ),
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
            "slug": "joint-procurement-and-shared-platforms",
            "title": "Buying together: joint procurement and shared platforms",
            "minutes": 10,
            "body": [
                (
                    "markdown",
                    (
                        "Every council runs many of the same services, such as waste collection, "
                        "council tax and planning. Each needs online forms, case systems and web "
                        "pages. When every council buys and adapts its own version, councils pay "
                        "many times over for much the same thing.\n\n"
                        "## Joint procurement\n\n"
                        "In joint procurement, several councils buy together. They agree one "
                        "specification, run one tender and share the result. Councils can also buy "
                        "through frameworks. A framework is a pre-agreed list of suppliers and "
                        "terms that eligible public bodies can use, so each council does not have "
                        "to run its own full tender.\n\n"
                        "Buying together can bring:\n\n"
                        "- better prices, because a supplier wins more business at once\n"
                        "- stronger terms, such as data ownership and exit rights, that a small "
                        "council might not win alone\n\n"
                        "## Shared platforms\n\n"
                        "A shared platform goes further. Instead of each council running its own "
                        "copy, councils use one service, or reuse something another council has "
                        "already built. Forms, booking systems and open code are common "
                        "examples.\n\n"
                        "Sharing works best for the parts of a service that are the same "
                        "everywhere. It works less well where local policy, local data or local "
                        "needs really do differ. Local difference is a fair reason to go it alone, "
                        "but it should be a reason someone can explain, not a habit.\n\n"
                        "## Working together at national scale\n\n"
                        "The Local Digital Declaration shows joint working on a national scale. "
                        "Module 2 looks at its principles."
                    ),
                ),
                (
                    "case_study",
                    {
                        "council": "Many councils and public-sector partners",
                        "year": "2018",
                        "title": "The Local Digital Declaration and the Local Digital Fund",
                        "what_happened": (
                            "The Local Digital Declaration was published in July 2018 by 45 "
                            "co-publishers. Councils and other public bodies then signed up to it, "
                            "and by 2022 it had 288 signatories. Alongside it, the Local Digital "
                            "Fund has put over £16m into 61 projects. Every one of those projects "
                            "has at least three partner councils, so no council tackles a funded "
                            "problem alone."
                        ),
                        "figures": [
                            "Published in July 2018 by 45 co-publishers",
                            "288 signatories by 2022",
                            "Over £16m from the Local Digital Fund to 61 projects",
                            "At least 3 partner councils on each funded project",
                        ],
                        "source_title": "Local Digital: what is the Local Digital Declaration?",
                        "source_url": "https://localdigital.gov.uk/what-is-the-declaration/",
                    },
                ),
                (
                    "callout",
                    {
                        "kind": "tip",
                        "heading": "Ask who has solved it already",
                        "text": (
                            "Before a big purchase, ask whether a neighbouring council, or a group "
                            "of councils, already uses something that works. Reusing a proven "
                            "product is often cheaper and less risky than starting again."
                        ),
                    },
                ),
                (
                    "reflection",
                    {
                        "prompt": (
                            "Think of one service your council runs in much the same way as its "
                            "neighbours, such as reporting a missed bin. Do you know whether your "
                            "council buys it alone or with others, and why?"
                        ),
                    },
                ),
                (
                    "takeaways",
                    [
                        (
                            "Joint procurement and frameworks can bring better prices and stronger "
                            "terms."
                        ),
                        "Shared platforms suit the parts of services that are the same everywhere.",
                        (
                            "Ask whether someone has already solved the problem before paying to "
                            "solve it again."
                        ),
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
        {
            "slug": "costs-and-benefits-of-collaboration",
            "title": "Collaboration: honest costs and real benefits",
            "minutes": 10,
            "body": [
                (
                    "markdown",
                    (
                        "Collaboration is easy to praise and hard to do. You will be asked to "
                        "support partnerships, shared services and joint programmes. Your job is "
                        "to test whether they will deliver for residents, not to assume that "
                        "working together is always good.\n\n"
                        "## The benefits\n\n"
                        "When collaboration works, councils can:\n\n"
                        "- share the cost of skilled staff that no single council could afford\n"
                        "- learn from each other's mistakes instead of repeating them\n"
                        "- agree common standards, so that systems and data join up across "
                        "boundaries\n"
                        "- tackle problems that cross boundaries, such as housing, transport and "
                        "the local economy\n\n"
                        "## The costs\n\n"
                        "The costs are real, even when they do not appear in a budget line:\n\n"
                        "- **Time.** Agreeing things with several partners takes longer than "
                        "deciding alone.\n"
                        "- **Compromise.** A shared approach may not fit your council's policies "
                        "or local needs exactly.\n"
                        "- **Accountability.** When many bodies are involved, it can be unclear "
                        "who answers for problems.\n"
                        "- **Dependence.** If a key partner leaves, or funding ends, a shared "
                        "service can be left exposed.\n\n"
                        "## Collaboration across a city\n\n"
                        "London gives two examples. The first is a standing office that boroughs "
                        "can use to work together on technology."
                    ),
                ),
                (
                    "case_study",
                    {
                        "council": (
                            "London Councils, the Greater London Authority and 15 London boroughs"
                        ),
                        "year": "2019",
                        "title": "Setting up the London Office of Technology and Innovation (LOTI)",
                        "what_happened": (
                            "In June 2019, London Councils, the Greater London Authority (GLA) and "
                            "15 London boroughs launched the London Office of Technology and "
                            "Innovation (LOTI). It gave those boroughs a standing way to work "
                            "together on technology and innovation, rather than relying on one-off "
                            "projects."
                        ),
                        "figures": [
                            "Launched in June 2019",
                            "Founded by London Councils, the GLA and 15 boroughs",
                        ],
                        "source_title": "London Councils press release on the launch of LOTI",
                        "source_url": (
                            "https://www.londoncouncils.gov.uk/who-we-are/"
                            "london-office-technology-and-innovation-loti/press-release"
                        ),
                    },
                ),
                (
                    "markdown",
                    (
                        "Starting with willing partners, as LOTI did, is a practical approach: "
                        "others can see what a partnership delivers before they decide to join.\n\n"
                        "The second example used data. The London Office of Data Analytics pilot, "
                        "run with Nesta and the GLA, brought 12 boroughs together to look at "
                        "houses in multiple occupation (HMOs): homes shared by several households. "
                        "Landlords and tenants do not stop at borough boundaries, so pooling "
                        "information made sense."
                    ),
                ),
                (
                    "callout",
                    {
                        "kind": "tip",
                        "heading": "Get the deal in writing",
                        "text": (
                            "Ask for a short agreement that sets out what each partner puts in, "
                            "what it gets back, how decisions are made, how members can scrutinise "
                            "the work and how a partner can leave."
                        ),
                    },
                ),
                (
                    "reflection",
                    {
                        "prompt": (
                            "Which neighbouring councils does your council already work with? If "
                            "you were asked tomorrow to support a new digital partnership with "
                            "them, what would you need to know before saying yes?"
                        ),
                    },
                ),
                (
                    "takeaways",
                    [
                        (
                            "Collaboration can share scarce skills, cut duplicated effort and "
                            "solve cross-boundary problems."
                        ),
                        (
                            "Its costs are time, compromise, blurred accountability and dependence "
                            "on partners."
                        ),
                        (
                            "Starting with willing partners and a clear written agreement reduces "
                            "the risks."
                        ),
                    ],
                ),
                (
                    "further_reading",
                    [
                        {
                            "title": "Launch of the London Office of Technology and Innovation",
                            "publisher": "London Councils",
                            "url": (
                                "https://www.londoncouncils.gov.uk/who-we-are/"
                                "london-office-technology-and-innovation-loti/press-release"
                            ),
                        },
                        {
                            "title": "Piloting the London Office of Data Analytics",
                            "publisher": "Nesta",
                            "url": (
                                "https://www.nesta.org.uk/publications/"
                                "piloting-london-office-data-analytics"
                            ),
                        },
                    ],
                ),
            ],
        },
        {
            "slug": "paying-for-digital-change",
            "title": "Paying for digital change",
            "minutes": 10,
            "body": [
                (
                    "markdown",
                    (
                        "Digital change needs money, and the way it is paid for shapes what the "
                        "council gets. Councillors set budgets, so you have a direct say here.\n\n"
                        "## Whole-life cost, not purchase price\n\n"
                        "The price in a report is often only the start. Ask about the whole-life "
                        "cost of a system, including:\n\n"
                        "- licences or subscriptions, and how they rise each year\n"
                        "- setting it up, moving data across and linking it to other systems\n"
                        "- staff time, training and support\n"
                        "- the cost of leaving at the end of the contract\n\n"
                        "Many products are now sold as subscriptions rather than bought once. That "
                        "can lower the upfront cost, but it turns a one-off spend into a cost that "
                        "comes back every year in the revenue budget. That matters when budgets "
                        "are tight.\n\n"
                        "## Savings and benefits\n\n"
                        "A business case should say what will get better for residents and staff, "
                        "not only what money will be saved. Savings are often promised from less "
                        "staff time or fewer phone calls. Ask how those savings will be measured, "
                        "who will count them and when. If the savings depend on residents moving "
                        "online, ask what happens for those who cannot or will not. Module 8 "
                        "covers testing benefits in more depth.\n\n"
                        "## Funding that rewards working together\n\n"
                        "Some funding favours councils that work together. Every project backed by "
                        "the Local Digital Fund has at least three partner councils. Working with "
                        "others can open the door to funding, and spreads the risk if something "
                        "does not work.\n\n"
                        "## Spend to save\n\n"
                        "Spending now to save later is a fair argument, but it needs evidence. Be "
                        "wary of a business case where all the costs are certain and all the "
                        "benefits are hopeful."
                    ),
                ),
                (
                    "callout",
                    {
                        "kind": "warning",
                        "heading": "Warning signs in a funding report",
                        "text": (
                            "Be cautious if a report shows only the first year's cost, counts "
                            "savings that no budget will actually lose, or relies on a grant with "
                            "no plan for when it ends."
                        ),
                    },
                ),
                (
                    "reflection",
                    {
                        "prompt": (
                            "Think about the last digital or IT item at a meeting you attended. "
                            "Did you know its whole-life cost, what would happen when any grant "
                            "ran out, and how the promised savings would be tracked?"
                        ),
                    },
                ),
                (
                    "takeaways",
                    [
                        "Ask for the whole-life cost, including the cost of leaving.",
                        (
                            "Subscriptions lower upfront costs but create a cost that comes back "
                            "every year."
                        ),
                        (
                            "Test benefits for residents, not only savings, and ask how they will "
                            "be measured."
                        ),
                        "Working with other councils can unlock funding and share risk.",
                    ],
                ),
                (
                    "further_reading",
                    [
                        {
                            "title": "Local Digital",
                            "publisher": "Local Digital",
                            "url": "https://www.localdigital.gov.uk/",
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
