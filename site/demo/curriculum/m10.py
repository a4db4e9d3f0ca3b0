"""Seed course content: module 10, Digital devolution, connectivity and place leadership."""

MODULE = {
    "number": 10,
    "slug": "digital-devolution-and-place",
    "title": "Digital devolution, connectivity and place leadership",
    "kind": "core",
    "summary": (
        "Digital change now happens across whole places, not just inside one council. This module "
        "explains regional digital roles, the council's part in getting homes and businesses "
        "connected, and how to link digital work to the outcomes your area cares about."
    ),
    "outcomes": [
        (
            "Describe what regional chief digital officers and digital offices do, and how your "
            "council can work with them"
        ),
        "Explain the practical levers a council has to improve broadband and mobile coverage",
        "Link digital proposals to place outcomes such as jobs, transport, housing and care",
        "Represent your ward's digital needs in local and regional plans",
    ],
    "questions_for_officers": [
        "Which parts of our area have poor broadband or mobile signal, and how do we know?",
        (
            "How does our digital strategy link to our plans for the economy, housing, transport "
            "and care?"
        ),
        (
            "What do we gain from the regional or national digital bodies we belong to, and what "
            "do we put in?"
        ),
        "How do our planning, highways and property teams help or hold back better connectivity?",
        "Which place outcomes will this digital project improve, and how will we measure them?",
        "How were residents and local businesses involved in shaping our digital plans?",
    ],
    "case_studies": [
        {
            "council": "London (a city-wide role)",
            "year": "2017",
            "title": "London's first Chief Digital Officer",
            "what_happened": (
                "In 2017 London appointed its first Chief Digital Officer (CDO), a role covering "
                "the whole city rather than a single council. In an interview that year, the new "
                "CDO described the main challenge as getting London to collaborate better."
            ),
            "figures": [
                "2017: London's first Chief Digital Officer appointed",
            ],
            "source_title": "PublicTechnology interview with London's first Chief Digital Officer",
            "source_url": (
                "https://www.publictechnology.net/2017/10/23/science-technology-and-research/"
                "main-challenge-how-we-get-london-collaborate-better-citys-first-cdo-blackwell/"
            ),
        },
    ],
    "lessons": [
        {
            "slug": "regional-digital-leaders-and-offices",
            "title": "Digital beyond one council: regional leaders and digital offices",
            "minutes": 10,
            "body": [
                (
                    "markdown",
                    (
                        "Residents do not live their lives inside council boundaries. They may "
                        "work in one area, see a GP in another and use transport run across a "
                        "whole region. Much digital work is the same. Data, connectivity and "
                        "common services often make most sense across a wider place.\n\n"
                        "This is why some city regions and nations have created shared digital "
                        "roles and teams.\n\n"
                        "## Regional chief digital officers\n\n"
                        "A chief digital officer (CDO) leads digital work across an organisation. "
                        "Some places have created CDO roles that cover a whole city or region. "
                        "These roles often work by bringing partners together rather than by "
                        "giving orders: councils, transport bodies, the NHS, universities and "
                        "businesses."
                    ),
                ),
                (
                    "case_study",
                    {
                        "council": "London (a city-wide role)",
                        "year": "2017",
                        "title": "London's first Chief Digital Officer",
                        "what_happened": (
                            "In 2017 London appointed its first Chief Digital Officer (CDO), a "
                            "role covering the whole city rather than a single council. In an "
                            "interview that year, the new CDO described the main challenge as "
                            "getting London to collaborate better."
                        ),
                        "figures": [
                            "2017: London's first Chief Digital Officer appointed",
                        ],
                        "source_title": (
                            "PublicTechnology interview with London's first Chief Digital Officer"
                        ),
                        "source_url": (
                            "https://www.publictechnology.net/2017/10/23/"
                            "science-technology-and-research/main-challenge-how-we-get-london-"
                            "collaborate-better-citys-first-cdo-blackwell/"
                        ),
                    },
                ),
                (
                    "markdown",
                    (
                        "A city-wide role like this depends on many partners choosing to work "
                        "together. It cannot simply direct them.\n\n"
                        "Two years later, in June 2019, London Councils, the Greater London "
                        "Authority and 15 boroughs launched the London Office of Technology and "
                        "Innovation (LOTI). Module 9 looks at it in more detail.\n\n"
                        "## Digital offices\n\n"
                        "A digital office is a shared team that helps a group of councils plan and "
                        "deliver digital work together. In Scotland, the Digital Office worked "
                        "with COSLA (which represents Scottish councils) and the Improvement "
                        "Service on a digital leadership programme for elected members. It covered "
                        "awareness of digital, governance and scrutiny, and councillors' own "
                        "digital practice.\n\n"
                        "## Strategies built with the public\n\n"
                        "Greater Manchester crowdsourced its digital strategy in 2017, inviting "
                        "people to help shape it, and followed it with a Digital Blueprint in "
                        "2020. A regional strategy can be built with residents and businesses, not "
                        "just for them.\n\n"
                        "## What it means for you\n\n"
                        "Even if your council is not part of a city region, regional and national "
                        "bodies will shape its digital choices. Your role is to understand what "
                        "your council gains, what it gives, and how members can hold joint work to "
                        "account."
                    ),
                ),
                (
                    "reflection",
                    {
                        "prompt": (
                            "Which regional or national bodies does your council work with on "
                            "digital? Could you explain to a resident what your council gets from "
                            "them, and how you could question that work?"
                        ),
                    },
                ),
                (
                    "takeaways",
                    [
                        (
                            "Many digital issues make more sense across a whole place than inside "
                            "one council."
                        ),
                        "Regional digital roles depend on partners choosing to work together.",
                        "Digital offices help councils share skills, plans and learning.",
                        (
                            "Your role is to know what your council gains and how joint work is "
                            "held to account."
                        ),
                    ],
                ),
                (
                    "further_reading",
                    [
                        {
                            "title": "Digital Leadership: Elected Members",
                            "publisher": "Scotland's Digital Office",
                            "url": (
                                "https://www.digitaloffice.scot/digital-leadership/"
                                "digital-leadership-elected-members-5"
                            ),
                        },
                    ],
                ),
            ],
        },
        {
            "slug": "the-councils-role-in-connectivity",
            "title": "Connectivity: what the council can do",
            "minutes": 10,
            "body": [
                (
                    "markdown",
                    (
                        "Good broadband and mobile signal are now part of daily life. Residents "
                        "need them to work, learn, see a doctor online, manage benefits and run a "
                        "business. Councils do not usually build networks themselves, but they "
                        "have more influence than many councillors realise."
                    ),
                ),
                (
                    "callout",
                    {
                        "kind": "key_fact",
                        "heading": "What councillors said",
                        "text": (
                            "In 'The Start of the Possible', a 2017 survey of about 800 "
                            "councillors from 279 English councils, the top challenges named were "
                            "digital exclusion (57%), service design (47%), connectivity (44%) and "
                            "cyber security (38%)."
                        ),
                    },
                ),
                (
                    "markdown",
                    (
                        "## The council's levers\n\n"
                        "Councils can help or hinder better connectivity through:\n\n"
                        "- **Planning.** Decisions on masts and street cabinets balance coverage "
                        "against local concerns about how they look. Clear, consistent advice "
                        "helps everyone.\n"
                        "- **Highways and street works.** Roads and pavements are dug up to lay "
                        "cable. Good coordination cuts disruption and delay.\n"
                        "- **Council land and buildings.** Rooftops, lamp posts and ducts can host "
                        "equipment. Clear, fair terms make them easier for providers to use.\n"
                        "- **Council housing.** Councils and housing associations can agree access "
                        "with providers so that tenants are not left out.\n"
                        "- **Public buildings.** Libraries and community centres can offer free "
                        "wifi and devices for people without access at home.\n"
                        "- **Bringing people together.** The council can convene providers, "
                        "businesses and community groups, and share what it knows about gaps.\n\n"
                        "## Know your ward\n\n"
                        "You often hear about gaps first: the street with no mobile signal, the "
                        "hamlet with slow broadband, the estate where a family shares one phone "
                        "for homework. Record these in your casework. Patterns reported by several "
                        "councillors give officers evidence they can act on.\n\n"
                        "## Connectivity and inclusion\n\n"
                        "A connection is not enough if people cannot afford it, lack a device, or "
                        "lack the skills and confidence to use it. That is why connectivity plans "
                        "should sit alongside digital inclusion work, which module 3 covers."
                    ),
                ),
                (
                    "reflection",
                    {
                        "prompt": (
                            "Where in your ward do residents struggle with broadband or mobile "
                            "signal? What do you know about why, and who at the council would you "
                            "tell?"
                        ),
                    },
                ),
                (
                    "takeaways",
                    [
                        (
                            "Councils rarely build networks, but planning, highways, property and "
                            "housing decisions all affect connectivity."
                        ),
                        "Councillors are well placed to spot and record local gaps in coverage.",
                        (
                            "A connection only helps if people can afford it and have the device, "
                            "skills and confidence to use it."
                        ),
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
            "slug": "linking-digital-to-place-outcomes",
            "title": "Linking digital to place outcomes",
            "minutes": 10,
            "body": [
                (
                    "markdown",
                    (
                        "A digital strategy that only talks about systems will struggle to win "
                        "support. Residents and colleagues care about outcomes: jobs, safer "
                        "streets, better housing, easier travel, and care that helps people stay "
                        "independent. Good place leadership starts with those outcomes and asks "
                        "how digital can help.\n\n"
                        "## Start from the outcome\n\n"
                        "Compare two ways of describing the same project:\n\n"
                        "- 'We will replace the housing management system.'\n"
                        "- 'Tenants will be able to report and track repairs at any time, and we "
                        "will spot damp problems sooner.'\n\n"
                        "The second tells you what success looks like and how to test it.\n\n"
                        "## Examples across a place\n\n"
                        "- **Transport.** Transport for London's open data shows what a place can "
                        "gain when public data is released.\n"
                        "- **Housing.** Shared data can help councils find homes that may be "
                        "unsafe or unlicensed. Twelve London boroughs tested pooling data on "
                        "houses in multiple occupation in a pilot with Nesta and the GLA.\n"
                        "- **Skills.** Go ON Croydon and Go ON Lewisham brought local partners "
                        "together to build basic digital skills. Between them they reached more "
                        "than 7,500 people by February 2017.\n"
                        "- **Care.** Digital tools can help people stay safe and independent at "
                        "home, but only when they are designed around the person and backed by "
                        "human support."
                    ),
                ),
                (
                    "callout",
                    {
                        "kind": "key_fact",
                        "heading": "The value of open transport data",
                        "text": (
                            "TfL's open data has been valued at up to £130m a year for London. "
                            "More than 600 apps use it, and they are used by 42% of Londoners."
                        ),
                    },
                ),
                (
                    "markdown",
                    (
                        "## Test proposals against the place\n\n"
                        "When a digital proposal comes to you, ask:\n\n"
                        "- Which outcome for residents or the area will this improve?\n"
                        "- Does it fit with what our partners are doing, or work against it?\n"
                        "- Who could be left behind, and what is the offline route?\n"
                        "- How will we know whether the outcome improved, not just whether the "
                        "system went live?"
                    ),
                ),
                (
                    "reflection",
                    {
                        "prompt": (
                            "Pick one priority for your ward, such as a struggling high street or "
                            "poor bus links. What data or digital service, if it worked well, "
                            "would make the biggest difference to it?"
                        ),
                    },
                ),
                (
                    "takeaways",
                    [
                        (
                            "Describe digital projects by the outcomes they improve, not the "
                            "systems they replace."
                        ),
                        "Open data, shared data and skills work can all support place outcomes.",
                        (
                            "Test every proposal for fit with partners, inclusion and measurable "
                            "results."
                        ),
                    ],
                ),
                (
                    "further_reading",
                    [
                        {
                            "title": "TfL open data and the London economy",
                            "publisher": "UKAuthority",
                            "url": (
                                "https://www.ukauthority.com/articles/"
                                "tfl-open-data-adds-130-million-to-london-economy/"
                            ),
                        },
                        {
                            "title": "Digital communities: what worked well",
                            "publisher": "Doteveryone",
                            "url": (
                                "http://projects.doteveryone.org.uk/digitalcommunities/pages/"
                                "worked-well.html"
                            ),
                        },
                    ],
                ),
            ],
        },
        {
            "slug": "your-role-in-a-digital-place",
            "title": "Your role: representing your ward in a digital place",
            "minutes": 10,
            "body": [
                (
                    "markdown",
                    (
                        "Place leadership is not only for council leaders and cabinet members. "
                        "Ward councillors hold knowledge that regional plans often lack: which "
                        "streets have poor signal, which groups struggle to get online, and which "
                        "local organisations people trust.\n\n"
                        "## Three roles you can play\n\n"
                        "### Eyes and ears\n\n"
                        "Bring ward evidence into the council. Keep a note of digital issues that "
                        "come up in casework and surgeries, and share patterns with officers and "
                        "colleagues. One complaint is an anecdote. The same problem raised by "
                        "several councillors is evidence.\n\n"
                        "### Connector\n\n"
                        "You know local businesses, community groups, schools, libraries and faith "
                        "groups. Many can help by hosting digital skills sessions, telling the "
                        "council about gaps, or lending their trusted voice when a service "
                        "changes. Introduce them to officers.\n\n"
                        "### Scrutiniser\n\n"
                        "When your council signs up to a regional strategy or joint programme, ask "
                        "how it will benefit your area and how members can follow progress. Joint "
                        "work can blur accountability. Make sure there is a route for members to "
                        "ask questions and get answers.\n\n"
                        "## Making the case to sceptical colleagues\n\n"
                        "Some colleagues will doubt that regional digital work matters to their "
                        "ward. Respect that. Concerns about cost, control and residents being left "
                        "behind are fair questions. Answer them with local evidence and specific "
                        "outcomes, not general promises. Where there is a real risk, say so, and "
                        "ask what would reduce it."
                    ),
                ),
                (
                    "callout",
                    {
                        "kind": "tip",
                        "heading": "Prepare your arguments",
                        "text": (
                            "Theo Blackwell, the councillor who wrote 'The Start of the Possible', "
                            "found that councillors who are positive about digital often lack the "
                            "arguments and the confidence to make the case. Prepare two or three "
                            "local examples, each with the outcome it would improve, before the "
                            "debate starts."
                        ),
                    },
                ),
                (
                    "reflection",
                    {
                        "prompt": (
                            "Which local organisation in your ward could help residents get online "
                            "or connected? Have you introduced it to the council, and if not, what "
                            "is stopping you?"
                        ),
                    },
                ),
                (
                    "takeaways",
                    [
                        "Ward councillors bring local evidence that regional plans need.",
                        "You can act as eyes and ears, as a connector and as a scrutiniser.",
                        "Answer scepticism with local evidence and clear outcomes, not promises.",
                    ],
                ),
                (
                    "further_reading",
                    [
                        {
                            "title": "The frustrations of a digital optimist",
                            "publisher": "UKAuthority",
                            "url": (
                                "https://www.ukauthority.com/articles/"
                                "the-frustrations-of-a-digital-optimist/"
                            ),
                        },
                        {
                            "title": "The Start of the Possible",
                            "publisher": "LGiU",
                            "url": "https://www.lgiu.org.uk/report/start-of-the-possible/",
                        },
                    ],
                ),
            ],
        },
    ],
}
