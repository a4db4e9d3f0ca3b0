"""Question bank for module 6: Data ethics, algorithms and public trust."""

MODULE_SLUG = "data-ethics-and-public-trust"

QUESTIONS = [
    {
        "key": "m06-q01",
        "kind": "single",
        "text": (
            "A supplier offers a tool that scores families on their risk of needing children's "
            "services. What is the most important risk to explore?"
        ),
        "explanation": (
            "Scores learn from past data, which may carry past bias, and staff may trust them too "
            "much. Families could then be singled out unfairly or missed."
        ),
        "options": [
            {
                "text": "The tool may take too long to produce a score for each of the families",
                "correct": False,
                "feedback": "Speed matters little if the scores are unfair or wrongly trusted.",
            },
            {
                "text": "Staff may find it hard to remember their passwords for the new system",
                "correct": False,
                "feedback": (
                    "Access problems can be fixed. The bigger risk is to the families scored."
                ),
            },
            {
                "text": "The supplier may put up its licence fee when the contract is renewed",
                "correct": False,
                "feedback": (
                    "Cost matters, but the main risk of a scoring tool is harm to families."
                ),
            },
            {
                "text": "Scores may carry bias from past data and be trusted too much by staff",
                "correct": True,
                "feedback": "Right. Bias and over-reliance are the main risks to families.",
            },
        ],
    },
    {
        "key": "m06-q02",
        "kind": "single",
        "text": (
            "Officers say: 'The algorithm only supports decisions; social workers make the final "
            "call.' What is the best follow-up question?"
        ),
        "explanation": (
            "Human oversight only works if staff feel able to disagree with the tool. Asking how "
            "often they do, and whether they are supported to, tests whether oversight is real."
        ),
        "options": [
            {
                "text": (
                    "Could the tool make the decisions on its own, to save social workers' time?"
                ),
                "correct": False,
                "feedback": (
                    "Removing human judgement raises the risk of unfair decisions about families."
                ),
            },
            {
                "text": (
                    "How often do staff disagree with the score, and are they supported to do so?"
                ),
                "correct": True,
                "feedback": (
                    "Right. This tests whether human judgement is real or just a formality."
                ),
            },
            {
                "text": "Which company makes the tool, and is it one of the best-known AI brands?",
                "correct": False,
                "feedback": "A well-known brand does not tell you whether the tool is used fairly.",
            },
            {
                "text": "Could staff stop recording when they override a score, to save paperwork?",
                "correct": False,
                "feedback": (
                    "Override records show how the tool performs. Dropping them hides problems."
                ),
            },
        ],
    },
    {
        "key": "m06-q03",
        "kind": "single",
        "text": (
            "Your council uses an algorithmic tool to decide the order of housing repair "
            "inspections. A resident asks how these decisions are made. What is the best way to "
            "build trust?"
        ),
        "explanation": (
            "Publishing a plain-English record of what the tool does, what data it uses and who is "
            "accountable, such as a record under the Algorithmic Transparency Recording Standard, "
            "helps residents understand and challenge it."
        ),
        "options": [
            {
                "text": (
                    "Publish a plain-English record of what the tool does, the data it uses and "
                    "who is accountable"
                ),
                "correct": True,
                "feedback": (
                    "Right. Open, readable records help residents understand and challenge "
                    "decisions."
                ),
            },
            {
                "text": (
                    "Keep the details confidential so that residents cannot learn how to game the "
                    "system"
                ),
                "correct": False,
                "feedback": (
                    "Secrecy undermines trust and makes errors harder to spot and put right."
                ),
            },
            {
                "text": (
                    "Explain how the tool works only to residents who make a formal complaint "
                    "about it"
                ),
                "correct": False,
                "feedback": (
                    "Waiting for complaints leaves most residents in the dark about how decisions "
                    "are made."
                ),
            },
            {
                "text": (
                    "Publish the full computer code online without any explanation alongside it"
                ),
                "correct": False,
                "feedback": (
                    "Code alone is not readable for most residents. Plain English is needed."
                ),
            },
        ],
    },
    {
        "key": "m06-q04",
        "kind": "single",
        "text": (
            "A predictive pilot has run for a year, cost more than planned and not shown the "
            "benefits promised. Officers ask for another year 'to give it a fair chance'. What is "
            "the best response?"
        ),
        "explanation": (
            "Money already spent is not a reason to spend more. Ask what evidence was expected by "
            "now and what has been learned, and agree clear stop points before any extension."
        ),
        "options": [
            {
                "text": "Extend it, because stopping now would waste the money already spent on it",
                "correct": False,
                "feedback": (
                    "Money already spent is gone either way. Judge the pilot on what it will "
                    "deliver."
                ),
            },
            {
                "text": (
                    "Stop it at once and ban any similar data projects in the council in future"
                ),
                "correct": False,
                "feedback": (
                    "Stopping may be right, but a blanket ban throws away what was learned."
                ),
            },
            {
                "text": (
                    "Ask what was expected by now, what has been learned, and set stop points first"
                ),
                "correct": True,
                "feedback": "Right. Extensions should rest on evidence and clear conditions.",
            },
            {
                "text": (
                    "Let the supplier decide, as it knows best whether the tool is working or not"
                ),
                "correct": False,
                "feedback": (
                    "The supplier has an interest in the contract. The council must decide."
                ),
            },
        ],
    },
    {
        "key": "m06-q05",
        "kind": "single",
        "text": (
            "Hackney's Early Help Profiling pilot is often mentioned in debates about predictive "
            "tools in councils. What happened to it?"
        ),
        "explanation": (
            "Hackney ended the pilot after spending about £361,400, as it had not delivered the "
            "expected benefits. It shows why pilots need clear measures and stop points."
        ),
        "options": [
            {
                "text": "It was extended across London after early results were good",
                "correct": False,
                "feedback": "Not so. The pilot was ended because it did not deliver.",
            },
            {
                "text": "It ended after about £361,400, without the expected benefits",
                "correct": True,
                "feedback": "Right. The council stopped it when the benefits did not appear.",
            },
            {
                "text": "It was stopped by a court ruling before it could be launched",
                "correct": False,
                "feedback": "It did run. It was ended because the benefits did not appear.",
            },
            {
                "text": "It saved about £3.4m by finding illegally sublet council homes",
                "correct": False,
                "feedback": "That was Camden's Residents Index, a different project.",
            },
        ],
    },
    {
        "key": "m06-q06",
        "kind": "single",
        "text": (
            "Your council wants residents to trust how it uses their data. Which approach is most "
            "likely to help?"
        ),
        "explanation": (
            "Involving residents in setting the rules builds trust that rules written alone "
            "cannot. Camden, for example, developed its Data Charter with a residents' panel."
        ),
        "options": [
            {
                "text": "Publish a privacy notice on the website and consider the matter settled",
                "correct": False,
                "feedback": "A notice is needed, but on its own it does little to build trust.",
            },
            {
                "text": "Ask the technology supplier to write the council's data ethics policy",
                "correct": False,
                "feedback": (
                    "The supplier's interests may differ from residents'. The council must lead."
                ),
            },
            {
                "text": "Use data quietly, without publicity, so as to avoid any controversy",
                "correct": False,
                "feedback": (
                    "Trust is lost quickly when residents find out later. Openness is safer."
                ),
            },
            {
                "text": (
                    "Agree data principles with a residents' panel and report back on their use"
                ),
                "correct": True,
                "feedback": (
                    "Right. Residents who help set the rules are more likely to trust them."
                ),
            },
        ],
    },
    {
        "key": "m06-q07",
        "kind": "single",
        "text": (
            "You are asked to approve a pilot of an algorithmic tool in adult social care. What is "
            "most important to agree before it starts?"
        ),
        "explanation": (
            "A pilot needs clear success measures, checks on fairness and agreed points at which "
            "it will stop if it is not working. Without them, it is hard to judge or end."
        ),
        "options": [
            {
                "text": "The wording of the press release that will announce the pilot publicly",
                "correct": False,
                "feedback": "Communication matters, but not before the pilot has clear measures.",
            },
            {
                "text": "What success looks like, how fairness is checked and when it would stop",
                "correct": True,
                "feedback": "Right. Agreeing these first makes the pilot a real test.",
            },
            {
                "text": "The date for rolling the tool out to the whole council after the pilot",
                "correct": False,
                "feedback": (
                    "Planning a full rollout assumes success before the pilot has shown it."
                ),
            },
            {
                "text": "How to gather as much data about residents as the tool could possibly use",
                "correct": False,
                "feedback": "Use only the data the purpose needs. Gathering more adds risk.",
            },
        ],
    },
    {
        "key": "m06-q08",
        "kind": "single",
        "text": (
            "A resident tells you: 'The council's computer has decided I'm a fraud risk.' What is "
            "the best response as their ward councillor?"
        ),
        "explanation": (
            "Residents should be able to get an explanation and a human review of decisions that "
            "affect them. Helping them ask, and asking officers how flags can be challenged, "
            "protects both the resident and trust."
        ),
        "options": [
            {
                "text": (
                    "Explain that computers are more objective than people, so the flag is likely "
                    "correct"
                ),
                "correct": False,
                "feedback": "Tools can carry bias and errors. A flag is not proof of anything.",
            },
            {
                "text": (
                    "Tell them to contact the company that supplied the software to the council "
                    "directly"
                ),
                "correct": False,
                "feedback": "The council is responsible for its decisions, not the supplier.",
            },
            {
                "text": (
                    "Demand that the whole system is switched off today until it has been "
                    "investigated"
                ),
                "correct": False,
                "feedback": "One case may show a problem, but first find out what happened.",
            },
            {
                "text": (
                    "Help them ask for an explanation and a human review, and ask how flags are "
                    "challenged"
                ),
                "correct": True,
                "feedback": (
                    "Right. You support the resident and test whether there is a fair route to "
                    "challenge."
                ),
            },
        ],
    },
    {
        "key": "m06-q09",
        "kind": "multiple",
        "text": (
            "Which of these are warning signs that an algorithmic pilot should be paused or "
            "stopped? Select all that apply."
        ),
        "explanation": (
            "Missing benefits, staff accepting scores without thought and unexplained differences "
            "between groups are all warning signs. Questions from the press or routine updates are "
            "not, on their own."
        ),
        "options": [
            {
                "text": "A local newspaper has asked the council questions about the tool",
                "correct": False,
                "feedback": (
                    "Questions are a reason to be open, not in themselves a reason to stop."
                ),
            },
            {
                "text": "The model needs updating from time to time with newer data",
                "correct": False,
                "feedback": "Regular updates are normal. They are not a sign of failure.",
            },
            {
                "text": "The benefits promised at the start have not appeared by the review",
                "correct": True,
                "feedback": "Right. A pilot that is not delivering should face a stop decision.",
            },
            {
                "text": "It flags some groups far more often, with no clear explanation",
                "correct": True,
                "feedback": "Right. Unexplained differences may point to bias.",
            },
            {
                "text": "Staff routinely accept the scores without question or challenge",
                "correct": True,
                "feedback": "Right. This means human oversight is not working as intended.",
            },
        ],
    },
    {
        "key": "m06-q10",
        "kind": "multiple",
        "text": (
            "How can residents be given a real role in how the council governs its use of data? "
            "Select all that apply."
        ),
        "explanation": (
            "Real involvement gives residents influence before decisions are made and a way to "
            "keep giving feedback. Late consultation or a single survey question does not."
        ),
        "options": [
            {
                "text": "A consultation held after the supplier contract has been signed",
                "correct": False,
                "feedback": "Asking once the decision is made gives residents no real influence.",
            },
            {
                "text": "One survey question asking whether people trust the council",
                "correct": False,
                "feedback": "This measures trust but gives residents no role in decisions.",
            },
            {
                "text": "A residents' panel that helps set the rules on how data is used",
                "correct": True,
                "feedback": "Right. Residents shape the rules, not just react to them.",
            },
            {
                "text": "Plain-English records of tools, with a clear way to give feedback",
                "correct": True,
                "feedback": "Right. Open records with feedback let residents question and improve.",
            },
        ],
    },
    {
        "key": "m06-q11",
        "kind": "true_false",
        "text": (
            "True or false: if an algorithmic tool is more accurate than staff on average, it is "
            "safe to let it make decisions about individual families without human review."
        ),
        "explanation": (
            "Being right on average can still mean serious errors for some families, and errors "
            "may fall unevenly. Human review and a way to challenge decisions remain essential."
        ),
        "options": [
            {
                "text": "True",
                "correct": False,
                "feedback": (
                    "Tempting, but average accuracy can hide serious errors for some families."
                ),
            },
            {
                "text": "False",
                "correct": True,
                "feedback": (
                    "Right. Decisions about individuals need human review and a route to challenge."
                ),
            },
        ],
    },
    {
        "key": "m06-q12",
        "kind": "true_false",
        "text": (
            "True or false: ending a pilot that is not delivering its expected benefits can be a "
            "sign of good governance rather than failure."
        ),
        "explanation": (
            "Pilots exist to test whether something works. Stopping one that does not, and "
            "learning from it, protects residents and public money."
        ),
        "options": [
            {
                "text": "True",
                "correct": True,
                "feedback": "Right. Stopping on evidence shows the pilot did its job as a test.",
            },
            {
                "text": "False",
                "correct": False,
                "feedback": (
                    "It is true. Carrying on with a failing pilot wastes money and can cause harm."
                ),
            },
        ],
    },
]
