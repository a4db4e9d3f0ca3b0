"""Question bank for module 9: Buying well together: procurement, platforms and collaboration."""

MODULE_SLUG = "buying-well-together"

QUESTIONS = [
    {
        "key": "m09-q01",
        "kind": "single",
        "text": (
            "Officers propose renewing the housing management system contract for ten more years "
            "without going to market, because switching supplier would be too difficult. What "
            "should you ask?"
        ),
        "explanation": (
            "Difficulty in switching is a sign of lock-in. Members should ask what leaving would "
            "take and how the council can keep its options open in future."
        ),
        "options": [
            {
                "text": "Nothing: stability matters most for a system that tenants depend on.",
                "correct": False,
                "feedback": (
                    "Stability matters, but renewing without asking why switching is hard lets "
                    "lock-in grow."
                ),
            },
            {
                "text": (
                    "Whether the supplier would offer a bigger discount in return for a longer "
                    "contract."
                ),
                "correct": False,
                "feedback": (
                    "A discount may help this year but can deepen lock-in over the longer term."
                ),
            },
            {
                "text": (
                    "What switching would take, whether we can get our data out and the exit terms."
                ),
                "correct": True,
                "feedback": (
                    "Right. This tests the lock-in and gives the council options at the next "
                    "renewal."
                ),
            },
            {
                "text": "Whether the council can insist on a different supplier to make a point.",
                "correct": False,
                "feedback": (
                    "Changing supplier for its own sake adds risk. The aim is real choice, not "
                    "change."
                ),
            },
        ],
    },
    {
        "key": "m09-q02",
        "kind": "single",
        "text": (
            "The council is about to sign a contract for a new planning system. Which term would "
            "best protect it against supplier lock-in?"
        ),
        "explanation": (
            "If the council can take all its data out in an open, documented format, with help at "
            "exit, it can move to another supplier later without starting from scratch."
        ),
        "options": [
            {
                "text": "Export of all our data in an open format, with help at exit.",
                "correct": True,
                "feedback": (
                    "Right. Owning usable data is the strongest protection against lock-in."
                ),
            },
            {
                "text": "A fixed price for the full ten years of the contract, with no rises.",
                "correct": False,
                "feedback": (
                    "Price certainty helps budgets, but it does nothing to make leaving easier."
                ),
            },
            {
                "text": "Free training for all staff who use the system each year.",
                "correct": False,
                "feedback": (
                    "Training is useful, but it does not help the council if it needs to leave."
                ),
            },
            {
                "text": "A penalty payment whenever the system is down for over a day.",
                "correct": False,
                "feedback": (
                    "Service levels matter, but they do not reduce dependence on the supplier."
                ),
            },
        ],
    },
    {
        "key": "m09-q03",
        "kind": "single",
        "text": (
            "Three neighbouring councils, including yours, each plan to buy a similar system for "
            "booking bulky waste collections. What is the best step?"
        ),
        "explanation": (
            "Councils buying similar systems at the same time may gain from a shared specification "
            "or platform, but the costs, local needs and governance need weighing first."
        ),
        "options": [
            {
                "text": "Buy our own system quickly, before the other councils slow us down.",
                "correct": False,
                "feedback": (
                    "Speed matters, but going it alone may cost more and miss shared learning."
                ),
            },
            {
                "text": "Ask whether a joint specification or shared platform has been explored.",
                "correct": True,
                "feedback": (
                    "Right. This opens up savings and shared learning while still testing whether "
                    "it fits local needs."
                ),
            },
            {
                "text": "Propose merging the three councils' waste services into one department.",
                "correct": False,
                "feedback": (
                    "Merging services is a much bigger decision than is needed to buy one system "
                    "together."
                ),
            },
            {
                "text": "Wait for central government to build and provide a national system.",
                "correct": False,
                "feedback": (
                    "Waiting may mean years without a solution. Councils can work together now."
                ),
            },
        ],
    },
    {
        "key": "m09-q04",
        "kind": "single",
        "text": (
            "In a group discussion a colleague says that working with other councils on technology "
            "is always cheaper. What is the most balanced response?"
        ),
        "explanation": (
            "Collaboration can cut costs and share learning, but it also takes time to agree "
            "needs, needs joint governance and may mean giving up some local features. Both sides "
            "should be weighed."
        ),
        "options": [
            {
                "text": (
                    "Agree: sharing a system always costs less than each council buying its own."
                ),
                "correct": False,
                "feedback": (
                    "Sharing often saves money, but agreeing needs and running joint governance "
                    "also cost time and money."
                ),
            },
            {
                "text": "Disagree: working with others is always slower and costs more in the end.",
                "correct": False,
                "feedback": (
                    "Collaboration has costs, but many councils have saved money and learned "
                    "faster by working together."
                ),
            },
            {
                "text": "It only works well between councils that are the same type and size.",
                "correct": False,
                "feedback": (
                    "Councils of different types and sizes do work together well when roles and "
                    "costs are clear."
                ),
            },
            {
                "text": "It can save money and effort, but it has costs too, so weigh both.",
                "correct": True,
                "feedback": (
                    "Right. A balanced view helps the council choose where collaboration adds "
                    "value."
                ),
            },
        ],
    },
    {
        "key": "m09-q05",
        "kind": "single",
        "text": (
            "A councillor from outside London asks how London boroughs set up a shared body to "
            "work together on technology. Which statement is accurate?"
        ),
        "explanation": (
            "The London Office of Technology and Innovation (LOTI) was launched in June 2019 by "
            "London Councils, the Greater London Authority and 15 boroughs."
        ),
        "options": [
            {
                "text": (
                    "LOTI was set up by central government in 2010 and all boroughs had to join."
                ),
                "correct": False,
                "feedback": (
                    "LOTI was launched in 2019 by London Councils, the GLA and 15 boroughs, and "
                    "joining was a choice."
                ),
            },
            {
                "text": (
                    "LOTI was launched in June 2019 by London Councils, the GLA and 15 boroughs."
                ),
                "correct": True,
                "feedback": (
                    "Right. It began with a group of willing boroughs rather than all of them."
                ),
            },
            {
                "text": "LOTI was created by a group of technology suppliers to sell to boroughs.",
                "correct": False,
                "feedback": "LOTI was set up by councils and London-wide bodies, not by suppliers.",
            },
            {
                "text": (
                    "LOTI was launched in 2019 by the GLA alone, without any of the boroughs "
                    "involved."
                ),
                "correct": False,
                "feedback": (
                    "London Councils and 15 boroughs were founding partners alongside the GLA."
                ),
            },
        ],
    },
    {
        "key": "m09-q06",
        "kind": "single",
        "text": (
            "Officers propose paying a supplier to build a new app for reporting fly-tipping, "
            "designed just for your council. What should you ask first?"
        ),
        "explanation": (
            "Other councils may already have built something similar. Reuse can save money and "
            "time, and the whole cost over the app's life matters more than the build price."
        ),
        "options": [
            {
                "text": "Whether the app can carry the council's own branding and colour scheme.",
                "correct": False,
                "feedback": (
                    "Branding is a minor detail. First check whether the app needs building at all."
                ),
            },
            {
                "text": "Whether the cheapest quote has been chosen, whatever it includes.",
                "correct": False,
                "feedback": (
                    "The cheapest build can cost more over time. Look at the whole-life cost."
                ),
            },
            {
                "text": "Whether the supplier can decide the app's features to save officer time.",
                "correct": False,
                "feedback": (
                    "Features should follow residents' needs, not what the supplier prefers to "
                    "build."
                ),
            },
            {
                "text": "Whether another council has one we could reuse, and its whole-life cost.",
                "correct": True,
                "feedback": (
                    "Right. Reuse and whole-life cost are the key tests before building new."
                ),
            },
        ],
    },
    {
        "key": "m09-q07",
        "kind": "single",
        "text": (
            "A fund for council digital projects asks bidders to name partner councils and to "
            "share what they build. Officers are unsure whether a joint bid is worth the effort. "
            "What is the strongest argument for it?"
        ),
        "explanation": (
            "Joint work spreads cost and risk, and shared products can be reused by others. The "
            "Local Digital Fund, for example, has supported projects that each involve three or "
            "more partner councils."
        ),
        "options": [
            {
                "text": "A joint bid lets the council hand all of the work to the other partners.",
                "correct": False,
                "feedback": (
                    "Partners share the work. A council that contributes little gains little."
                ),
            },
            {
                "text": "Partners share cost and risk, and what is built can be reused by others.",
                "correct": True,
                "feedback": (
                    "Right. Shared effort and reuse are the main reasons such funds favour "
                    "partnerships."
                ),
            },
            {
                "text": "Joint bids are always approved, so the money is as good as guaranteed.",
                "correct": False,
                "feedback": (
                    "No bid is guaranteed. The case for partnering rests on shared cost and reuse."
                ),
            },
            {
                "text": "It avoids the need for the council to apply its own procurement rules.",
                "correct": False,
                "feedback": (
                    "Each council still has to follow its own rules when spending public money."
                ),
            },
        ],
    },
    {
        "key": "m09-q08",
        "kind": "single",
        "text": (
            "Your council shares a regional platform with four other councils. Residents in your "
            "ward say it lacks a feature the old system had. What is the best approach?"
        ),
        "explanation": (
            "Shared platforms have shared ways of deciding changes. Raising the need through those "
            "routes, and weighing it against the cost of a custom change, keeps the benefits of "
            "sharing."
        ),
        "options": [
            {
                "text": "Raise it through the shared governance and ask how changes are agreed.",
                "correct": True,
                "feedback": (
                    "Right. This gives the need a fair hearing without breaking the shared model."
                ),
            },
            {
                "text": "Pay the supplier to build a custom version of the platform just for us.",
                "correct": False,
                "feedback": (
                    "A separate version adds cost, weakens sharing and can bring back lock-in."
                ),
            },
            {
                "text": "Propose that the council leaves the partnership and buys its own system.",
                "correct": False,
                "feedback": "Leaving over one feature may throw away savings and shared learning.",
            },
            {
                "text": "Tell residents that nothing can be done because the platform is shared.",
                "correct": False,
                "feedback": (
                    "Shared platforms can change. Residents' needs should be raised, not dismissed."
                ),
            },
        ],
    },
    {
        "key": "m09-q09",
        "kind": "multiple",
        "text": (
            "You are reviewing an existing technology contract. Which of these are signs of a "
            "supplier lock-in risk? Select all that apply."
        ),
        "explanation": (
            "Lock-in grows when only the supplier can reach the data, when contracts roll on "
            "automatically and when custom work ties the council to one company."
        ),
        "options": [
            {
                "text": "Only the supplier can extract the council's data, and it charges for this",
                "correct": True,
                "feedback": (
                    "Yes. If the council cannot get its own data out, leaving is hard and costly."
                ),
            },
            {
                "text": "The contract renews itself unless notice is given years in advance",
                "correct": True,
                "feedback": "Yes. Automatic renewal can keep the council tied in by default.",
            },
            {
                "text": "The supplier publishes full documentation for connecting other systems",
                "correct": False,
                "feedback": (
                    "Open documentation makes it easier to work with others and reduces lock-in."
                ),
            },
            {
                "text": "Custom changes have been made that only this supplier can maintain",
                "correct": True,
                "feedback": (
                    "Yes. Bespoke work that others cannot support ties the council to the supplier."
                ),
            },
            {
                "text": "The council keeps a full copy of its data in a standard format",
                "correct": False,
                "feedback": "Holding your own data in a standard format protects against lock-in.",
            },
        ],
    },
    {
        "key": "m09-q10",
        "kind": "multiple",
        "text": (
            "Your council is invited to join a joint procurement with other councils. Before "
            "agreeing, which questions should you ask? Select all that apply."
        ),
        "explanation": (
            "Good joint arrangements are clear about how decisions and costs are shared, what "
            "happens if a partner leaves and whether the shared product meets local needs."
        ),
        "options": [
            {
                "text": "How decisions and costs will be shared between the partners",
                "correct": True,
                "feedback": "Yes. Clear rules on decisions and costs prevent disputes later.",
            },
            {
                "text": "Whether joining means we can skip our own procurement checks",
                "correct": False,
                "feedback": "Joint procurement still has to meet each council's rules and duties.",
            },
            {
                "text": "What happens if one council wants to leave the arrangement",
                "correct": True,
                "feedback": "Yes. Agreeing exit terms at the start protects every partner.",
            },
            {
                "text": "Whether the largest partner will make all decisions to save time",
                "correct": False,
                "feedback": (
                    "Fast decisions help, but every partner needs a voice in shared governance."
                ),
            },
            {
                "text": "Whether the shared specification meets our residents' needs",
                "correct": True,
                "feedback": "Yes. A shared product must still work for people in your area.",
            },
        ],
    },
    {
        "key": "m09-q11",
        "kind": "true_false",
        "text": (
            "True or false: choosing the lowest up-front price is the best way to get value from a "
            "technology contract."
        ),
        "explanation": (
            "Value depends on the whole-life cost, including running, changing and leaving the "
            "system, and on the benefits it delivers. A low price can hide high costs later."
        ),
        "options": [
            {
                "text": "True",
                "correct": False,
                "feedback": (
                    "The cheapest start can lead to high running or exit costs. Look at whole-life "
                    "cost and benefits."
                ),
            },
            {
                "text": "False",
                "correct": True,
                "feedback": (
                    "Right. Whole-life cost and benefits matter more than the opening price."
                ),
            },
        ],
    },
    {
        "key": "m09-q12",
        "kind": "true_false",
        "text": (
            "True or false: sharing a platform with other councils can mean giving up some local "
            "features in return for lower costs and shared learning."
        ),
        "explanation": (
            "Collaboration involves trade-offs. Councils agree common needs and may accept fewer "
            "local variations in return for shared costs and faster learning."
        ),
        "options": [
            {
                "text": "True",
                "correct": True,
                "feedback": (
                    "Right. Knowing the trade-off helps members judge whether sharing is worth it."
                ),
            },
            {
                "text": "False",
                "correct": False,
                "feedback": (
                    "Shared platforms usually involve some compromise. Every partner getting every "
                    "local feature would undo the savings."
                ),
            },
        ],
    },
]
