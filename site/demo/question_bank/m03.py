"""Question bank for module 3: Digital inclusion: no one left behind."""

MODULE_SLUG = "digital-inclusion"

QUESTIONS = [
    {
        "key": "m03-q01",
        "kind": "single",
        "text": (
            "A resident in her seventies has a smartphone but will not pay her rent online because "
            "she is afraid of scams. Which barrier is she mainly facing?"
        ),
        "explanation": (
            "She has the device and a connection, so access is not the main issue. Her barrier is "
            "confidence and trust, which support with safe use and reassurance can address."
        ),
        "options": [
            {
                "text": (
                    "Access, so the council should help her get a new device and a home broadband "
                    "line"
                ),
                "correct": False,
                "feedback": (
                    "She already has a smartphone. A new device will not remove her fear of scams."
                ),
            },
            {
                "text": (
                    "Cost, so she needs a cheaper mobile data deal before she can pay her rent "
                    "online"
                ),
                "correct": False,
                "feedback": "Nothing suggests cost is stopping her. Her worry is about safety.",
            },
            {
                "text": (
                    "Confidence and trust, so help with staying safe online would make most "
                    "difference"
                ),
                "correct": True,
                "feedback": (
                    "Right. She has the means; what she lacks is confidence that it is safe."
                ),
            },
            {
                "text": (
                    "Lack of interest, so there is little the council can do until she changes her "
                    "mind"
                ),
                "correct": False,
                "feedback": (
                    "Fear is not the same as lack of interest. The right support can change this."
                ),
            },
        ],
    },
    {
        "key": "m03-q02",
        "kind": "single",
        "text": (
            "A family shares one phone on pay-as-you-go data and often runs out before the end of "
            "the month. Which response fits their main barrier?"
        ),
        "explanation": (
            "Their barrier is the cost of getting online. Free wifi in public places, data schemes "
            "and services that work on low data help most."
        ),
        "options": [
            {
                "text": (
                    "Book them on a basic computer skills course at the local adult learning centre"
                ),
                "correct": False,
                "feedback": (
                    "Nothing suggests they lack skills. Running out of data is a cost problem."
                ),
            },
            {
                "text": (
                    "Explain the benefits of being online so that they become more motivated to "
                    "use it"
                ),
                "correct": False,
                "feedback": (
                    "They already use the internet. Motivation is not what is stopping them."
                ),
            },
            {
                "text": (
                    "Point them to free wifi and data schemes, and make forms work well on low data"
                ),
                "correct": True,
                "feedback": (
                    "Right. This tackles the cost of being online, which is their real barrier."
                ),
            },
            {
                "text": (
                    "Ask the council to redesign its website so that it looks more modern and "
                    "attractive"
                ),
                "correct": False,
                "feedback": (
                    "A new look will not help if they cannot afford the data to load the pages."
                ),
            },
        ],
    },
    {
        "key": "m03-q03",
        "kind": "single",
        "text": (
            "Officers propose closing the face-to-face counter for housing benefit because 85% of "
            "claims are now made online. What is the best response?"
        ),
        "explanation": (
            "A high online share can hide the people most in need of help. Asking who the other "
            "15% are, and requiring a route that works for them, protects access before a decision."
        ),
        "options": [
            {
                "text": (
                    "Ask who the other 15% are and require a route that works for them before "
                    "agreeing"
                ),
                "correct": True,
                "feedback": (
                    "Right. The people still using the counter may be the ones with fewest "
                    "alternatives."
                ),
            },
            {
                "text": (
                    "Agree, because 85% is high enough to show the online service works for "
                    "residents"
                ),
                "correct": False,
                "feedback": (
                    "Most people managing online does not mean the rest can. They may be the most "
                    "vulnerable."
                ),
            },
            {
                "text": (
                    "Oppose any change to the counter, since face-to-face help must always stay "
                    "the same"
                ),
                "correct": False,
                "feedback": (
                    "Services can change safely. The condition is a route that works for everyone."
                ),
            },
            {
                "text": (
                    "Ask officers to wait until 100% of claims are made online before closing the "
                    "counter"
                ),
                "correct": False,
                "feedback": (
                    "That point may never come, and it still says nothing about who is left behind."
                ),
            },
        ],
    },
    {
        "key": "m03-q04",
        "kind": "single",
        "text": (
            "The equality impact assessment for moving a service online says 'no impact "
            "identified'. What should you ask?"
        ),
        "explanation": (
            "Inclusion risks often fall on older, disabled and low-income residents and people "
            "without home internet. Asking what evidence covered these groups tests whether the "
            "assessment is sound."
        ),
        "options": [
            {
                "text": "Could we skip the assessment for small changes like this one in future?",
                "correct": False,
                "feedback": (
                    "Small changes can still shut people out. The assessment is a safeguard."
                ),
            },
            {
                "text": "Will the new online system be quicker for staff to use than the old one?",
                "correct": False,
                "feedback": (
                    "Staff benefits matter, but they do not answer the question of impact on "
                    "residents."
                ),
            },
            {
                "text": "How many other councils have already moved this service fully online?",
                "correct": False,
                "feedback": "Other councils' choices do not show the effect on your own residents.",
            },
            {
                "text": "What evidence did you use about older, disabled and low-income residents?",
                "correct": True,
                "feedback": (
                    "Right. 'No impact' needs evidence about the groups most likely to be affected."
                ),
            },
        ],
    },
    {
        "key": "m03-q05",
        "kind": "single",
        "text": (
            "You want to help more residents in your ward get online. What is the most effective "
            "place to start?"
        ),
        "explanation": (
            "Excluded residents are often best reached through people and places they already "
            "trust. Local partners such as libraries, housing providers and community groups can "
            "give patient, face-to-face help."
        ),
        "options": [
            {
                "text": "Launch a council app that explains step by step how to get online",
                "correct": False,
                "feedback": "People who are not online are unlikely to find or use an app.",
            },
            {
                "text": "Work with trusted local groups that already know excluded residents",
                "correct": True,
                "feedback": (
                    "Right. Trusted partners can reach people the council struggles to reach."
                ),
            },
            {
                "text": "Send every household a leaflet listing useful council web addresses",
                "correct": False,
                "feedback": (
                    "A list of links does not help people who lack access, skills or confidence."
                ),
            },
            {
                "text": "Wait for a national scheme so the council does not duplicate effort",
                "correct": False,
                "feedback": (
                    "National schemes can help, but local partners reach people in ways they "
                    "cannot."
                ),
            },
        ],
    },
    {
        "key": "m03-q06",
        "kind": "single",
        "text": (
            "Go ON Croydon and Go ON Lewisham brought many local organisations together and had "
            "reached more than 7,500 people by February 2017. What is the main lesson for your "
            "council?"
        ),
        "explanation": (
            "Both places saw basic digital skills rise after local partnerships worked together. A "
            "place-based approach with many partners, and measured results, can make a real "
            "difference."
        ),
        "options": [
            {
                "text": (
                    "Local partnerships drawing on many organisations can make a measurable "
                    "difference"
                ),
                "correct": True,
                "feedback": (
                    "Right. Basic skills rose in both places when partners worked together."
                ),
            },
            {
                "text": (
                    "Digital skills are best left to national government, not to councils and "
                    "partners"
                ),
                "correct": False,
                "feedback": "These were local partnerships, and they showed local action can work.",
            },
            {
                "text": (
                    "Only large London boroughs have enough resources to run this kind of programme"
                ),
                "correct": False,
                "feedback": (
                    "The lesson is about partnership, which any council can build in its own area."
                ),
            },
            {
                "text": (
                    "Skills programmes can succeed without anyone measuring what they actually "
                    "achieve"
                ),
                "correct": False,
                "feedback": (
                    "The opposite: these programmes measured reach and skills, which shows their "
                    "value."
                ),
            },
        ],
    },
    {
        "key": "m03-q07",
        "kind": "single",
        "text": (
            "When Go ON Lewisham began in 2016, roughly what share of adults in Lewisham were "
            "thought to lack basic digital skills?"
        ),
        "explanation": (
            "About 30% of adults in Lewisham were thought to lack basic digital skills. Exclusion "
            "on that scale is a mainstream issue, not a small minority."
        ),
        "options": [
            {
                "text": "About 3%",
                "correct": False,
                "feedback": "Far too low. The estimate was about 30%.",
            },
            {
                "text": "About 10%",
                "correct": False,
                "feedback": "Too low. The estimate was about 30%, nearly a third of adults.",
            },
            {
                "text": "About 30%",
                "correct": True,
                "feedback": "Right. Nearly a third of adults, so this affected many residents.",
            },
            {
                "text": "About 60%",
                "correct": False,
                "feedback": "Too high. The estimate was about 30%.",
            },
        ],
    },
    {
        "key": "m03-q08",
        "kind": "single",
        "text": (
            "Officers propose to judge a digital skills scheme by the number of laptops handed "
            "out. What would be a better measure?"
        ),
        "explanation": (
            "Handing out devices is an activity, not a result. A better measure checks whether "
            "people can now do everyday things online, such as those set out in the Essential "
            "Digital Skills framework."
        ),
        "options": [
            {
                "text": "How many laptops were handed out and how quickly they were delivered",
                "correct": False,
                "feedback": (
                    "Devices help, but counting them does not show whether anyone can use them."
                ),
            },
            {
                "text": "Whether people can now do everyday tasks online, such as paying safely",
                "correct": True,
                "feedback": "Right. This measures the skills people gain, which is the real aim.",
            },
            {
                "text": "How many residents visited the council website in the following year",
                "correct": False,
                "feedback": (
                    "Website visits rise and fall for many reasons and do not show new skills."
                ),
            },
            {
                "text": "How many staff hours the council spent running the scheme each month",
                "correct": False,
                "feedback": "This measures effort, not what residents gained from the scheme.",
            },
        ],
    },
    {
        "key": "m03-q09",
        "kind": "multiple",
        "text": (
            "Officers are designing a new online service for school admissions. Which conditions "
            "should you ask for to protect residents at risk of exclusion? Select all that apply."
        ),
        "explanation": (
            "An offline route on equal terms, help for people who need it and testing with "
            "residents who find digital hard all protect inclusion. Putting offline applicants "
            "last or requiring email would shut people out."
        ),
        "options": [
            {
                "text": "A phone or face-to-face route with the same deadlines and outcomes",
                "correct": True,
                "feedback": "Right. An offline route should be equal, not second best.",
            },
            {
                "text": "A rule that every applicant must have their own email address",
                "correct": False,
                "feedback": (
                    "Not everyone has an email address, so this would exclude some families."
                ),
            },
            {
                "text": "Paper applications processed only after all online ones are done",
                "correct": False,
                "feedback": "This would disadvantage families who cannot apply online.",
            },
            {
                "text": "Help to apply online at libraries or by phone for those who need it",
                "correct": True,
                "feedback": "Right. Assisted support helps people build confidence as they go.",
            },
            {
                "text": "Testing with parents who have low skills or use assistive technology",
                "correct": True,
                "feedback": "Right. Testing with these users finds barriers before launch.",
            },
        ],
    },
    {
        "key": "m03-q10",
        "kind": "multiple",
        "text": (
            "A year after a service moved online, which of these would be good signs that the "
            "council's inclusion plan is working? Select all that apply."
        ),
        "explanation": (
            "Good signs show that excluded residents are getting what they need: people gaining "
            "independence and fewer complaints about access. More website visits or fewer calls "
            "can hide people who have given up."
        ),
        "options": [
            {
                "text": "The number of visits to the council website has gone up this year",
                "correct": False,
                "feedback": (
                    "Visits can rise for many reasons and say nothing about excluded residents."
                ),
            },
            {
                "text": "Phone calls fell sharply straight after the phone hours were cut",
                "correct": False,
                "feedback": "A fall may mean people have given up, not that their needs are met.",
            },
            {
                "text": "People who used assisted help later complete the task on their own",
                "correct": True,
                "feedback": "Right. This shows support is building skills and confidence.",
            },
            {
                "text": "The face-to-face counter closed on schedule, as the plan intended",
                "correct": False,
                "feedback": "Meeting a timetable does not show that residents can still get help.",
            },
            {
                "text": "Complaints from people unable to reach the service have gone down",
                "correct": True,
                "feedback": "Right. This is direct evidence that fewer people are being shut out.",
            },
        ],
    },
    {
        "key": "m03-q11",
        "kind": "true_false",
        "text": (
            "True or false: once most residents are online, an offline route becomes an "
            "unnecessary cost that the council can safely drop."
        ),
        "explanation": (
            "The residents who still need an offline route are often those with the fewest other "
            "options. Dropping it can shut them out of services they rely on."
        ),
        "options": [
            {
                "text": "True",
                "correct": False,
                "feedback": (
                    "Tempting on cost grounds, but the people left are often the most in need. "
                    "Keep a route for them."
                ),
            },
            {
                "text": "False",
                "correct": True,
                "feedback": (
                    "Right. An offline or assisted route protects residents who cannot go online."
                ),
            },
        ],
    },
    {
        "key": "m03-q12",
        "kind": "true_false",
        "text": (
            "True or false: someone who uses social media every day may still lack the skills to "
            "apply for a council service safely online."
        ),
        "explanation": (
            "Digital skills are not all or nothing. Using social media is different from filling "
            "in forms, uploading documents or paying safely."
        ),
        "options": [
            {
                "text": "True",
                "correct": True,
                "feedback": (
                    "Right. Being online for some things does not mean being confident with all of "
                    "them."
                ),
            },
            {
                "text": "False",
                "correct": False,
                "feedback": (
                    "It is true. Social media skills do not always carry over to forms and "
                    "payments."
                ),
            },
        ],
    },
]
