"""Question bank for the elective module: The digital councillor."""

MODULE_SLUG = "the-digital-councillor"

QUESTIONS = [
    {
        "key": "e1-q01",
        "kind": "single",
        "text": (
            "You want residents' views on plans to redesign a park in your ward, and you plan to "
            "run a poll on your social media page. What would most improve the consultation?"
        ),
        "explanation": (
            "Online polls reach only some residents. Adding offline routes and checking who has "
            "responded helps make sure the views you hear reflect the whole ward."
        ),
        "options": [
            {
                "text": (
                    "Run the poll for longer so that more of your followers have time to take part."
                ),
                "correct": False,
                "feedback": (
                    "A longer poll still reaches the same kind of people. Add other routes too."
                ),
            },
            {
                "text": "Ask friends and supporters to share the poll as widely as they can.",
                "correct": False,
                "feedback": (
                    "Sharing widens reach a little but still misses people who are not online."
                ),
            },
            {
                "text": (
                    "Add offline routes such as a drop-in and paper forms, and check who replied."
                ),
                "correct": True,
                "feedback": (
                    "Right. Several routes and a check on who responded make the results fairer."
                ),
            },
            {
                "text": "Move the poll to a newer platform that younger residents tend to prefer.",
                "correct": False,
                "feedback": (
                    "This may reach younger people but can leave older and offline residents out."
                ),
            },
        ],
    },
    {
        "key": "e1-q02",
        "kind": "single",
        "text": (
            "You receive a string of abusive messages on social media, and one of them contains a "
            "threat to your safety. What should you do?"
        ),
        "explanation": (
            "Threats should be recorded and reported to the police, and the council's member "
            "support or monitoring officer should be told. Platform tools can block and report the "
            "account."
        ),
        "options": [
            {
                "text": (
                    "Reply publicly to challenge the sender and show you will not be intimidated."
                ),
                "correct": False,
                "feedback": (
                    "A public reply can escalate things and will not keep you safe. Record and "
                    "report the threat."
                ),
            },
            {
                "text": "Keep a record, report the threat to the police and tell member support.",
                "correct": True,
                "feedback": (
                    "Right. Evidence and early reporting help protect you and let others act."
                ),
            },
            {
                "text": "Delete your account at once so that the messages stop straight away.",
                "correct": False,
                "feedback": (
                    "You may choose to step back, but first keep evidence and report the threat."
                ),
            },
            {
                "text": "Ignore the messages, since abuse is part of being a public figure.",
                "correct": False,
                "feedback": (
                    "Abuse should not be accepted as part of the job, and threats must be reported."
                ),
            },
        ],
    },
    {
        "key": "e1-q03",
        "kind": "single",
        "text": (
            "You are setting up a public social media page as a councillor. What is the best way "
            "to manage comments?"
        ),
        "explanation": (
            "Clear house rules, applied the same way to everyone whatever their views, let you "
            "remove abuse and personal data while keeping fair debate open."
        ),
        "options": [
            {
                "text": "Publish simple house rules and apply them the same way to everyone.",
                "correct": True,
                "feedback": "Right. Clear, consistent rules are fair and easy to explain.",
            },
            {
                "text": "Remove any comment that criticises you or the council's decisions.",
                "correct": False,
                "feedback": (
                    "Removing fair criticism damages trust. Remove only what breaks clear rules."
                ),
            },
            {
                "text": "Allow every comment to stay up, to protect freedom of speech.",
                "correct": False,
                "feedback": (
                    "Open debate matters, but abuse and other people's personal data should not "
                    "stay up."
                ),
            },
            {
                "text": "Only allow comments from people who live in your ward.",
                "correct": False,
                "feedback": "This is hard to check and may shut out people with a real interest.",
            },
        ],
    },
    {
        "key": "e1-q04",
        "kind": "single",
        "text": (
            "A resident asks why your council in England stopped holding formal committee meetings "
            "fully online in 2021. Which answer is accurate?"
        ),
        "explanation": (
            "The temporary rules allowing remote formal meetings in England ended on 7 May 2021. "
            "The High Court ruled that the existing law did not allow councils to keep holding "
            "them fully online."
        ),
        "options": [
            {
                "text": (
                    "The council chose to return in person because online attendance had dropped."
                ),
                "correct": False,
                "feedback": "The change was driven by the law, not by attendance figures.",
            },
            {
                "text": (
                    "The government banned video platforms for formal council meetings over "
                    "security fears."
                ),
                "correct": False,
                "feedback": (
                    "There was no such ban. The temporary legal power ended and the High Court "
                    "ruled on the law."
                ),
            },
            {
                "text": (
                    "Temporary rules expired on 7 May 2021; the High Court ruled the law did not "
                    "allow them."
                ),
                "correct": True,
                "feedback": (
                    "Right. After the ruling, formal meetings in England returned to in-person "
                    "attendance."
                ),
            },
            {
                "text": (
                    "Fully online formal meetings are still allowed, but the council chose not to."
                ),
                "correct": False,
                "feedback": (
                    "After 7 May 2021 the High Court ruling meant councils in England could not "
                    "hold them fully online."
                ),
            },
        ],
    },
    {
        "key": "e1-q05",
        "kind": "single",
        "text": (
            "Your council live-streams its meetings. A resident says she cannot follow them "
            "because her broadband is too slow. What is the best response?"
        ),
        "explanation": (
            "Streaming is one route among several. Recordings, published papers and a public "
            "gallery help residents who cannot watch live."
        ),
        "options": [
            {
                "text": "Suggest she upgrades her broadband package so that she can watch it live.",
                "correct": False,
                "feedback": "Cost may be the barrier. Offer other ways to follow the meeting.",
            },
            {
                "text": "Point her to recordings and papers, or the option to attend in person.",
                "correct": True,
                "feedback": (
                    "Right. Several routes mean poor connectivity does not shut people out."
                ),
            },
            {
                "text": "Explain that streaming is a bonus, so nothing more can be done.",
                "correct": False,
                "feedback": "Openness matters. There are simple ways to help her follow decisions.",
            },
            {
                "text": "Ask the council to stop streaming, since not everyone can watch.",
                "correct": False,
                "feedback": (
                    "Streaming helps many people. Add other routes rather than removing it."
                ),
            },
        ],
    },
    {
        "key": "e1-q06",
        "kind": "single",
        "text": (
            "You find yourself checking messages from residents late every night and you feel "
            "anxious when you don't. What is a sensible step?"
        ),
        "explanation": (
            "Setting and publishing response times, and turning off notifications outside them, "
            "protects your wellbeing while keeping residents informed about what to expect."
        ),
        "options": [
            {
                "text": "Reply to every message as soon as it arrives to show your commitment.",
                "correct": False,
                "feedback": "Always being on call is hard to keep up and can harm your health.",
            },
            {
                "text": "Close all your online channels so that residents must write or phone.",
                "correct": False,
                "feedback": (
                    "This cuts off residents who prefer online contact. Set limits instead."
                ),
            },
            {
                "text": (
                    "Give residents your personal phone number so that they can reach you faster."
                ),
                "correct": False,
                "feedback": "This blurs the line between public and private life even further.",
            },
            {
                "text": (
                    "Publish when you will reply and silence notifications outside those times."
                ),
                "correct": True,
                "feedback": "Right. Clear boundaries help both you and residents.",
            },
        ],
    },
    {
        "key": "e1-q07",
        "kind": "single",
        "text": (
            "A resident posts details of a housing dispute on your public page, including a "
            "neighbour's name and address. What is the best response?"
        ),
        "explanation": (
            "Casework and other people's personal details belong in private channels. Moving the "
            "conversation and removing the details protects everyone while you take up the case."
        ),
        "options": [
            {
                "text": "Reply publicly with full details to show you are being transparent.",
                "correct": False,
                "feedback": "Transparency does not extend to sharing other people's personal data.",
            },
            {
                "text": (
                    "Move to a private channel, remove the neighbour's details, take up the case."
                ),
                "correct": True,
                "feedback": "Right. This protects privacy and still helps the resident.",
            },
            {
                "text": "Leave the post as it is and let other residents respond to it.",
                "correct": False,
                "feedback": "Leaving personal data up can cause harm and inflame the dispute.",
            },
            {
                "text": (
                    "Share the post on the council's page so that officers will see it more "
                    "quickly."
                ),
                "correct": False,
                "feedback": "This spreads the personal data further. Pass the case on privately.",
            },
        ],
    },
    {
        "key": "e1-q08",
        "kind": "single",
        "text": (
            "A post with a false claim about a council service is spreading in a local online "
            "group. What is the best response?"
        ),
        "explanation": (
            "A short, calm and factual correction with a link to the official source helps readers "
            "and avoids an argument that spreads the claim further."
        ),
        "options": [
            {
                "text": "Post a short, calm correction with a link to the official source.",
                "correct": True,
                "feedback": "Right. Facts delivered calmly are the best counter to false claims.",
            },
            {
                "text": "Demand that the group's administrator removes the post at once.",
                "correct": False,
                "feedback": (
                    "Admins may not agree, and a demand can look heavy-handed. Correct it instead."
                ),
            },
            {
                "text": "Say nothing, since any reply will only draw attention to the claim.",
                "correct": False,
                "feedback": (
                    "Silence can let the claim stand. A brief correction gives people the facts."
                ),
            },
            {
                "text": "Post a strongly worded reply pointing out who is spreading it.",
                "correct": False,
                "feedback": "Attacking the poster tends to spread the claim and harden views.",
            },
        ],
    },
    {
        "key": "e1-q09",
        "kind": "multiple",
        "text": (
            "You want your online engagement with residents to be inclusive. Which of these help? "
            "Select all that apply."
        ),
        "explanation": (
            "Plain English, accessible formats, offline alternatives and a check on who is missing "
            "all widen who can take part."
        ),
        "options": [
            {
                "text": "Using plain English and accessible formats such as captions",
                "correct": True,
                "feedback": "Yes. This helps people with different needs to take part.",
            },
            {
                "text": "Posting only on the platform you personally use the most",
                "correct": False,
                "feedback": "One platform reaches one group. Think about where residents are.",
            },
            {
                "text": "Offering the same chance to respond offline",
                "correct": True,
                "feedback": "Yes. Offline routes include residents who do not use the internet.",
            },
            {
                "text": "Checking who is responding and who is missing",
                "correct": True,
                "feedback": "Yes. Knowing who is missing tells you whom to reach out to.",
            },
            {
                "text": "Treating online responses as the view of the whole ward",
                "correct": False,
                "feedback": "Online responses are rarely representative of everyone.",
            },
        ],
    },
    {
        "key": "e1-q10",
        "kind": "multiple",
        "text": "Which of these steps help protect you from online abuse? Select all that apply.",
        "explanation": (
            "Keeping personal details private, knowing the platforms' safety tools and agreeing in "
            "advance whom to contact all reduce risk and help you act quickly."
        ),
        "options": [
            {
                "text": (
                    "Keeping details such as your home address off public profiles where you can"
                ),
                "correct": True,
                "feedback": (
                    "Yes. Limiting personal details makes it harder for people to target you."
                ),
            },
            {
                "text": "Replying to every hostile comment so nothing goes unanswered",
                "correct": False,
                "feedback": "Engaging with every hostile comment can fuel abuse and wear you down.",
            },
            {
                "text": "Knowing how to block, mute and report on each platform you use",
                "correct": True,
                "feedback": "Yes. Safety tools let you act quickly when abuse starts.",
            },
            {
                "text": "Agreeing with member support whom to contact if you are threatened",
                "correct": True,
                "feedback": "Yes. A plan made in advance saves time when it matters.",
            },
        ],
    },
    {
        "key": "e1-q11",
        "kind": "true_false",
        "text": (
            "True or false: social media lets you reach every resident in your ward, so other ways "
            "of engaging are no longer needed."
        ),
        "explanation": (
            "Many residents do not use social media, or use different platforms. Offline and other "
            "routes are still needed to hear from everyone."
        ),
        "options": [
            {
                "text": "True",
                "correct": False,
                "feedback": (
                    "Social media misses many residents, often those most affected by decisions."
                ),
            },
            {
                "text": "False",
                "correct": True,
                "feedback": "Right. A mix of routes is needed to reach the whole ward.",
            },
        ],
    },
    {
        "key": "e1-q12",
        "kind": "true_false",
        "text": (
            "True or false: it is reasonable for a councillor to tell residents when they will and "
            "will not respond to online messages."
        ),
        "explanation": (
            "Clear response times set fair expectations and protect councillors' wellbeing. "
            "Residents can still be told how to get urgent help."
        ),
        "options": [
            {
                "text": "True",
                "correct": True,
                "feedback": "Right. Setting expectations is fair to residents and to you.",
            },
            {
                "text": "False",
                "correct": False,
                "feedback": (
                    "Councillors are not on call around the clock. Clear limits are reasonable."
                ),
            },
        ],
    },
]
