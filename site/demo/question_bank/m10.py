"""Question bank for module 10: Digital devolution, connectivity and place leadership."""

MODULE_SLUG = "digital-devolution-and-place"

QUESTIONS = [
    {
        "key": "m10-q01",
        "kind": "single",
        "text": (
            "Your council's draft digital strategy lists projects such as a new website and a new "
            "customer system, but says nothing about the council's plan for the area. What should "
            "you ask?"
        ),
        "explanation": (
            "Digital is a means, not an end. A strategy should show how projects help the outcomes "
            "the council has agreed for the place, and how progress will be measured."
        ),
        "options": [
            {
                "text": (
                    "Whether the projects could be delivered faster by adding more staff to the "
                    "team."
                ),
                "correct": False,
                "feedback": "Speed matters less than purpose. First ask what the projects are for.",
            },
            {
                "text": (
                    "How the projects serve our agreed outcomes for the area, and how we'll know."
                ),
                "correct": True,
                "feedback": (
                    "Right. This links digital work to place outcomes such as jobs, skills and "
                    "health."
                ),
            },
            {
                "text": "Whether the list could be made longer to show more ambition.",
                "correct": False,
                "feedback": (
                    "More projects do not make a better strategy if none link to local outcomes."
                ),
            },
            {
                "text": "Nothing: a digital strategy is about technology, not the wider area.",
                "correct": False,
                "feedback": (
                    "Technology choices shape services and the local economy, so they should link "
                    "to the place."
                ),
            },
        ],
    },
    {
        "key": "m10-q02",
        "kind": "single",
        "text": (
            "Residents in a rural part of your ward complain about very slow broadband. The "
            "council does not build networks itself. What can it usefully do?"
        ),
        "explanation": (
            "Councils can make it easier and cheaper for providers to build, for example through "
            "their land, buildings, planning and street works roles, and can gather evidence of "
            "demand and join wider programmes."
        ),
        "options": [
            {
                "text": (
                    "Nothing: broadband is a matter for private companies and national government."
                ),
                "correct": False,
                "feedback": (
                    "The council cannot build the network, but it has real levers that can help "
                    "providers and residents."
                ),
            },
            {
                "text": "Set up its own broadband company to connect the area as soon as possible.",
                "correct": False,
                "feedback": (
                    "That is costly and risky, and it is not the first step. Use existing levers "
                    "first."
                ),
            },
            {
                "text": "Use its assets and planning roles to help providers, and gather evidence.",
                "correct": True,
                "feedback": (
                    "Right. These levers can lower the cost of building and make the case for "
                    "investment."
                ),
            },
            {
                "text": "Advise residents to rely on mobile data until the market sorts it out.",
                "correct": False,
                "feedback": (
                    "Mobile data may be poor in the same areas, and this leaves residents without "
                    "support."
                ),
            },
        ],
    },
    {
        "key": "m10-q03",
        "kind": "single",
        "text": (
            "Your combined authority proposes a regional chief digital officer. A colleague "
            "worries the council will lose control of its own services. What is the best response?"
        ),
        "explanation": (
            "A regional role can do things councils struggle to do alone, such as common "
            "standards, joint buying and connectivity bids. Members should ask what the role adds "
            "and how councils will steer it."
        ),
        "options": [
            {
                "text": (
                    "Ask what it would add that councils can't do alone, and how they'd steer it."
                ),
                "correct": True,
                "feedback": (
                    "Right. This tests the added value and addresses the concern about control."
                ),
            },
            {
                "text": "Oppose the post, since any regional role reduces councils' independence.",
                "correct": False,
                "feedback": (
                    "A regional role can add value. Ask what it will do and how councils steer it "
                    "before deciding."
                ),
            },
            {
                "text": (
                    "Support the post fully, because regional leadership is always more effective."
                ),
                "correct": False,
                "feedback": (
                    "Regional roles can help, but support should rest on what the role will add."
                ),
            },
            {
                "text": (
                    "Suggest that the new officer takes over running every council's IT service."
                ),
                "correct": False,
                "feedback": (
                    "That would be a far bigger change than proposed and would raise the very "
                    "concern about control."
                ),
            },
        ],
    },
    {
        "key": "m10-q04",
        "kind": "single",
        "text": (
            "You want an example of a city region that involved the public in shaping its digital "
            "plans. Which statement is accurate?"
        ),
        "explanation": (
            "Greater Manchester crowdsourced ideas for its digital strategy in 2017 and later "
            "published its Digital Blueprint in 2020. London appointed its first Chief Digital "
            "Officer in 2017."
        ),
        "options": [
            {
                "text": "London wrote its digital strategy entirely through a public vote in 2010.",
                "correct": False,
                "feedback": (
                    "This is not accurate. London's first Chief Digital Officer was appointed in "
                    "2017."
                ),
            },
            {
                "text": (
                    "Greater Manchester published its Digital Blueprint in 2017 with no public "
                    "input."
                ),
                "correct": False,
                "feedback": (
                    "The 2017 work was a crowdsourced strategy; the Digital Blueprint followed in "
                    "2020."
                ),
            },
            {
                "text": (
                    "Greater Manchester crowdsourced its 2017 digital strategy, then a 2020 "
                    "Blueprint."
                ),
                "correct": True,
                "feedback": (
                    "Right. Greater Manchester asked people to help shape its digital strategy."
                ),
            },
            {
                "text": (
                    "No city region in England has yet asked its residents to help shape a digital "
                    "strategy."
                ),
                "correct": False,
                "feedback": (
                    "Greater Manchester did so in 2017, when it crowdsourced its digital strategy."
                ),
            },
        ],
    },
    {
        "key": "m10-q05",
        "kind": "single",
        "text": (
            "A regional digital plan focuses on faster connections for businesses. At a briefing, "
            "what question would best keep residents in view?"
        ),
        "explanation": (
            "Connectivity only helps people who can afford and use it. Plans should pair "
            "infrastructure with skills, devices and affordable access so residents share the "
            "benefits."
        ),
        "options": [
            {
                "text": "Whether the connection speeds could be made even faster for businesses.",
                "correct": False,
                "feedback": (
                    "Faster speeds help some users, but they do not reach residents who are "
                    "excluded."
                ),
            },
            {
                "text": "Which providers will build the network and where their offices are based.",
                "correct": False,
                "feedback": "Provider details matter less than who benefits from the investment.",
            },
            {
                "text": "Whether residents' broadband should wait until businesses are connected.",
                "correct": False,
                "feedback": (
                    "Residents and businesses both need good connections. The question is how "
                    "residents share the benefits."
                ),
            },
            {
                "text": "How residents who can't afford or use it will share in the benefits.",
                "correct": True,
                "feedback": "Right. This links connectivity to digital inclusion across the place.",
            },
        ],
    },
    {
        "key": "m10-q06",
        "kind": "single",
        "text": (
            "Councils in your region are asked to adopt common digital standards, such as shared "
            "ways of publishing data. Some changes will cost money. What is the best way to weigh "
            "the proposal?"
        ),
        "explanation": (
            "People's lives cross council boundaries. Common standards can make services and data "
            "work better across the region, but the benefits need setting against the cost of "
            "change."
        ),
        "options": [
            {
                "text": (
                    "Weigh the benefits for residents across boundaries against the cost of change."
                ),
                "correct": True,
                "feedback": (
                    "Right. This is a fair test that considers both the benefits and the cost."
                ),
            },
            {
                "text": "Reject it, as each council knows best how to run its own systems.",
                "correct": False,
                "feedback": (
                    "Local knowledge matters, but shared standards can help residents whose lives "
                    "cross boundaries."
                ),
            },
            {
                "text": "Adopt it at once, since standards are always worth whatever they cost.",
                "correct": False,
                "feedback": (
                    "Standards can be valuable, but the cost and timing still need weighing."
                ),
            },
            {
                "text": (
                    "Leave the decision to the largest council in the region to make on behalf of "
                    "all."
                ),
                "correct": False,
                "feedback": (
                    "Each council should take part in a decision that affects its own services."
                ),
            },
        ],
    },
    {
        "key": "m10-q07",
        "kind": "single",
        "text": (
            "A local business group asks the council to do something about young people's digital "
            "skills. What is the most useful role for the council?"
        ),
        "explanation": (
            "Councils are well placed to bring partners together. Convening colleges, employers "
            "and voluntary groups, and linking the work to the local economic plan, can achieve "
            "more than the council acting alone."
        ),
        "options": [
            {
                "text": "Set up and run its own coding academy, staffed by council officers.",
                "correct": False,
                "feedback": (
                    "That may duplicate what colleges and others already do. Bring partners "
                    "together first."
                ),
            },
            {
                "text": (
                    "Explain that skills are not the council's job and refer the group elsewhere."
                ),
                "correct": False,
                "feedback": (
                    "Skills affect the local economy. The council can lead by bringing partners "
                    "together."
                ),
            },
            {
                "text": "Bring colleges, employers and voluntary groups together to agree roles.",
                "correct": True,
                "feedback": "Right. Convening partners is a strong form of place leadership.",
            },
            {
                "text": "Ask national government to launch a new programme for the area.",
                "correct": False,
                "feedback": "National programmes may help, but local partners can act now.",
            },
        ],
    },
    {
        "key": "m10-q08",
        "kind": "single",
        "text": (
            "An officer reports that 98% of premises in the area can now get fast broadband. What "
            "is the best follow-up question?"
        ),
        "explanation": (
            "Availability is not the same as use or benefit. Members should ask about take-up, the "
            "places still left out and what difference connection makes to local outcomes."
        ),
        "options": [
            {
                "text": "Whether the target could be raised to an even faster speed next year.",
                "correct": False,
                "feedback": (
                    "Faster speeds may help later, but first ask who is actually benefiting."
                ),
            },
            {
                "text": "How many actually use it, which areas are left out, and what has changed.",
                "correct": True,
                "feedback": "Right. This moves from coverage to real benefits and remaining gaps.",
            },
            {
                "text": "Which supplier built most of the network and how much it was paid.",
                "correct": False,
                "feedback": (
                    "Cost matters, but it does not tell you whether residents are better off."
                ),
            },
            {
                "text": "None: 98% coverage shows the job is done, so the council can now move on.",
                "correct": False,
                "feedback": (
                    "The remaining 2% may be the hardest to reach, and coverage is not take-up."
                ),
            },
        ],
    },
    {
        "key": "m10-q09",
        "kind": "multiple",
        "text": (
            "Which of these are realistic ways a council can help improve connectivity in its "
            "area? Select all that apply."
        ),
        "explanation": (
            "Councils cannot direct private providers, but they can open up their own assets, work "
            "with neighbours and build evidence of where service is poor."
        ),
        "options": [
            {
                "text": (
                    "Making council land, buildings and street furniture easier for providers to "
                    "use"
                ),
                "correct": True,
                "feedback": "Yes. Easier access to council assets can lower the cost of building.",
            },
            {
                "text": "Instructing private providers which streets they must connect first",
                "correct": False,
                "feedback": (
                    "Councils do not have the power to direct private providers in this way."
                ),
            },
            {
                "text": "Working with neighbouring councils on joint plans and bids",
                "correct": True,
                "feedback": (
                    "Yes. A joint approach can attract more investment than one council alone."
                ),
            },
            {
                "text": "Setting the prices that providers charge residents for broadband",
                "correct": False,
                "feedback": "Councils do not set broadband prices.",
            },
            {
                "text": "Gathering evidence of poorly served areas to share with providers",
                "correct": True,
                "feedback": "Yes. Good local evidence helps make the case for investment.",
            },
        ],
    },
    {
        "key": "m10-q10",
        "kind": "multiple",
        "text": (
            "Your council is considering joining a regional digital office shared with "
            "neighbouring councils. Which of these are realistic benefits? Select all that apply."
        ),
        "explanation": (
            "A shared office can pool scarce skills, give councils a stronger joint voice and "
            "create common standards. It does not remove the need for local scrutiny or guarantee "
            "quick savings."
        ),
        "options": [
            {
                "text": "Access to specialist skills that one council struggles to recruit",
                "correct": True,
                "feedback": "Yes. Pooling scarce skills is a common reason for shared offices.",
            },
            {
                "text": "No further need for councillors to scrutinise digital locally",
                "correct": False,
                "feedback": "Local services still need local scrutiny, even with a shared office.",
            },
            {
                "text": "A stronger joint voice with government and providers",
                "correct": True,
                "feedback": "Yes. Councils speaking together can carry more weight.",
            },
            {
                "text": "Guaranteed savings for every council in the first year",
                "correct": False,
                "feedback": "Savings may come, but they are rarely guaranteed or immediate.",
            },
            {
                "text": "Common standards that make it easier to share services",
                "correct": True,
                "feedback": "Yes. Shared standards make joint working simpler.",
            },
        ],
    },
    {
        "key": "m10-q11",
        "kind": "true_false",
        "text": (
            "True or false: because broadband is provided by private companies, a council has no "
            "useful role in improving connectivity in its area."
        ),
        "explanation": (
            "Councils can help through their assets, planning and street works roles, joint "
            "working and local evidence, even though they do not build networks themselves."
        ),
        "options": [
            {
                "text": "True",
                "correct": False,
                "feedback": (
                    "Councils have real levers, such as their land, buildings and convening power."
                ),
            },
            {
                "text": "False",
                "correct": True,
                "feedback": (
                    "Right. Councils can make it easier for providers to build and help residents "
                    "benefit."
                ),
            },
        ],
    },
    {
        "key": "m10-q12",
        "kind": "true_false",
        "text": (
            "True or false: a digital strategy for a place should be judged by what it changes for "
            "residents and businesses, not only by the technology it delivers."
        ),
        "explanation": (
            "Technology is a means to better outcomes for the place. Judging the strategy by its "
            "effects keeps the focus on people."
        ),
        "options": [
            {
                "text": "True",
                "correct": True,
                "feedback": (
                    "Right. Outcomes for people are the real test of a place's digital strategy."
                ),
            },
            {
                "text": "False",
                "correct": False,
                "feedback": (
                    "Delivering technology is not enough on its own. The test is what it changes."
                ),
            },
        ],
    },
]
