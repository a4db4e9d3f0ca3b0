MODULE = {
    "number": 7,
    "slug": "cyber-security-and-resilience",
    "title": "Cyber security and resilience for decision-makers",
    "kind": "core",
    "summary": (
        "Why cyber attacks are a risk to the whole council, not only to IT, and how you can "
        "ask the right questions before, during and after an incident."
    ),
    "outcomes": [
        "Explain why cyber risk is a whole-council issue that elected members share "
        "responsibility for.",
        "Use the LGA's 10 questions on cyber security to test your council's readiness.",
        "Describe the impact a ransomware attack can have on services, residents and budgets.",
        "Check that your council's recovery plans have been tested, not only written.",
    ],
    "questions_for_officers": [
        "Where does cyber risk sit on our corporate risk register, and when did members last "
        "discuss it?",
        "When did we last restore a key system from backup in a test, and how long did it take?",
        "Which services would stop first if our systems went down tomorrow, and how would "
        "they keep running without them?",
        "Do councillors and staff receive regular cyber awareness training, and how many have "
        "completed it?",
        "How do we check the security of our suppliers and of any systems we share with other "
        "organisations?",
        "What is our plan for keeping residents and councillors informed during a cyber "
        "incident, including if email is down?",
    ],
    "case_studies": [
        {
            "council": "London Borough of Hackney",
            "year": "2020",
            "title": "The long tail of a cyber attack",
            "what_happened": (
                "Hackney Council was hit by a cyber attack in October 2020. The costs did not "
                "end when the immediate crisis passed. For the 2021/22 financial year, well "
                "after the attack, the council's related costs were reported as £12.2m."
            ),
            "figures": [
                "cyber attack in October 2020",
                "£12.2m of related costs reported for 2021/22",
            ],
            "source_title": "Cyber attack recovery effort cost Hackney Council over £12m last year",
            "source_url": "https://www.hackneycitizen.co.uk/2022/10/13/cyber-attack-recovery-hackney-council-12m/",
        },
    ],
    "lessons": [
        {
            "slug": "cyber-risk-is-a-council-risk",
            "title": "Cyber risk is a whole-council risk",
            "minutes": 10,
            "body": [
                (
                    "markdown",
                    "It is tempting to treat cyber security as a technical matter for the IT "
                    "team. It is not. A serious attack can stop services, expose residents' "
                    "personal data, cost millions and damage trust in the council for years. "
                    "That makes it a risk for the whole council, and for its elected members.\n\n"
                    "Many councillors already see this. In 'The Start of the Possible', a "
                    "2017 survey of about 800 councillors, 38% named cyber security as one of "
                    "the main challenges for their council.\n\n"
                    "## Why councils are targets\n\n"
                    "- They hold a great deal of sensitive personal data, from social care "
                    "records to council tax accounts.\n"
                    "- They run services people depend on every day, so there is pressure to "
                    "restore systems quickly.\n"
                    "- They use many systems from many suppliers, which creates many possible "
                    "ways in.\n"
                    "- Money to replace old systems is often tight, and older systems can be "
                    "harder to protect.\n\n"
                    "## What members are responsible for\n\n"
                    "You do not need to understand the technology. You do need to make sure "
                    "the council takes the risk seriously. In practice that means checking "
                    "that:\n\n"
                    "- cyber risk is on the corporate risk register, and members discuss it "
                    "regularly\n"
                    "- a senior leader owns the risk, not only the head of IT\n"
                    "- there is enough money to keep systems supported and up to date\n"
                    "- the council has plans to keep services running if systems go down\n\n"
                    "## Your own accounts\n\n"
                    "Councillors are targets too. Attackers may try to reach council systems "
                    "through your email, your phone or your social media accounts. Simple "
                    "habits help:\n\n"
                    "- use a different strong password for each account, and turn on two-step "
                    "verification, where a code or app confirms it is really you\n"
                    "- install updates when your devices ask\n"
                    "- be suspicious of unexpected messages asking you to click, pay or log "
                    "in, even if they seem to come from someone you know\n"
                    "- keep council and casework information in council systems, not in "
                    "personal email",
                ),
                (
                    "callout",
                    {
                        "kind": "tip",
                        "heading": "Report it, do not hide it",
                        "text": (
                            "If you think you have clicked on something suspicious, tell the "
                            "council's IT service straight away. Reporting quickly limits the "
                            "damage, and nobody should be blamed for reporting."
                        ),
                    },
                ),
                (
                    "reflection",
                    {
                        "prompt": (
                            "How would your casework for residents carry on if you lost "
                            "access to your council email and files for a month? What would "
                            "you do on the first day?"
                        ),
                    },
                ),
                (
                    "takeaways",
                    [
                        "Cyber attacks hit services, residents and budgets, so the risk "
                        "belongs to the whole council.",
                        "Members should see cyber risk on the risk register and discuss it "
                        "regularly.",
                        "Your own accounts and habits are part of the council's defences.",
                    ],
                ),
                (
                    "further_reading",
                    [
                        {
                            "title": "Advice and guidance on cyber security",
                            "publisher": "National Cyber Security Centre",
                            "url": "https://www.ncsc.gov.uk/",
                        },
                    ],
                ),
            ],
        },
        {
            "slug": "what-an-attack-does",
            "title": "What a cyber attack does to a council",
            "minutes": 12,
            "body": [
                (
                    "markdown",
                    "Ransomware is a type of attack in which criminals lock an organisation's "
                    "computer systems, often after stealing copies of its data. They then "
                    "demand payment to unlock the systems, or to not publish the data. For a "
                    "council, the effects can last far longer than the attack itself.",
                ),
                (
                    "case_study",
                    {
                        "council": "London Borough of Hackney",
                        "year": "2020",
                        "title": "The long tail of a cyber attack",
                        "what_happened": (
                            "Hackney Council was hit by a cyber attack in October 2020. The "
                            "costs did not end when the immediate crisis passed. For the "
                            "2021/22 financial year, well after the attack, the council's "
                            "related costs were reported as £12.2m."
                        ),
                        "figures": [
                            "cyber attack in October 2020",
                            "£12.2m of related costs reported for 2021/22",
                        ],
                        "source_title": (
                            "Cyber attack recovery effort cost Hackney Council over £12m last year"
                        ),
                        "source_url": "https://www.hackneycitizen.co.uk/2022/10/13/cyber-attack-recovery-hackney-council-12m/",
                    },
                ),
                (
                    "markdown",
                    "Hackney is not alone. Redcar and Cleveland Borough Council, also "
                    "attacked in 2020, put its costs at about £10.4m.\n\n"
                    "## What an attack looks like from your ward\n\n"
                    "In the days and weeks after a serious attack, you may find that:\n\n"
                    "- residents cannot apply for some services, or their payments are delayed\n"
                    "- staff fall back on paper forms and phone calls, and backlogs build up\n"
                    "- house sales slow down because property searches cannot be done\n"
                    "- your own email and casework records are unavailable\n"
                    "- residents worry that their personal data has been stolen, and ask you "
                    "what to do\n\n"
                    "Recovery often takes many months. Some systems may need to be rebuilt "
                    "rather than restored, and backlogs take time to clear.\n\n"
                    "## Paying a ransom\n\n"
                    "Paying does not guarantee that systems will be unlocked or that stolen "
                    "data will stay private. It also funds crime. This is why the council's "
                    "position should be settled calmly and in advance, not in the middle of a "
                    "crisis.\n\n"
                    "## What members can do\n\n"
                    "Before an attack, make sure the council has planned for one. During an "
                    "attack, support officers, follow the agreed communications plan and give "
                    "residents accurate information rather than rumour. After an attack, use "
                    "scrutiny to learn lessons rather than to find someone to blame.",
                ),
                (
                    "callout",
                    {
                        "kind": "tip",
                        "heading": "Agree your holding message now",
                        "text": (
                            "Agree with officers, before anything happens, what councillors "
                            "should tell residents during an incident and where residents can "
                            "find updates. Accurate, consistent messages reduce worry and "
                            "stop rumours spreading."
                        ),
                    },
                ),
                (
                    "reflection",
                    {
                        "prompt": (
                            "Which three services would residents in your ward miss most if "
                            "the council's systems went down for a month? Do you know how "
                            "each would keep running?"
                        ),
                    },
                ),
                (
                    "takeaways",
                    [
                        "Ransomware locks systems and often steals data; recovery can take "
                        "many months.",
                        "Hackney reported £12.2m of related costs for 2021/22 after its "
                        "October 2020 attack.",
                        "Settle the council's position on ransom payments in advance, not "
                        "during a crisis.",
                        "During an incident, give residents accurate information from the "
                        "agreed plan.",
                    ],
                ),
                (
                    "further_reading",
                    [
                        {
                            "title": (
                                "Cyber attack recovery effort cost Hackney Council over £12m "
                                "last year"
                            ),
                            "publisher": "Hackney Citizen",
                            "url": "https://www.hackneycitizen.co.uk/2022/10/13/cyber-attack-recovery-hackney-council-12m/",
                        },
                        {
                            "title": "Advice and guidance on cyber security",
                            "publisher": "National Cyber Security Centre",
                            "url": "https://www.ncsc.gov.uk/",
                        },
                    ],
                ),
            ],
        },
        {
            "slug": "asking-the-right-questions",
            "title": "Asking the right questions about cyber security",
            "minutes": 10,
            "body": [
                (
                    "markdown",
                    "You do not need technical knowledge to scrutinise cyber security well. "
                    "You need good questions, the confidence to ask them, and the patience to "
                    "follow up when the answers are vague.\n\n"
                    "## The LGA's 10 questions\n\n"
                    "The Local Government Association has published 10 questions on cyber "
                    "security for councillors to put to their council. They give you a "
                    "structured starting point, so you do not have to design your own "
                    "checklist. Read them before a meeting that covers risk, audit or IT, and "
                    "pick two or three to ask. Over a year, you can work through them all.\n\n"
                    "## Good answers and weak answers\n\n"
                    "A good answer is specific and backed by evidence. It says what was "
                    "tested, when, what the result was and what is being fixed.\n\n"
                    "A weak answer is general reassurance, such as a statement that security "
                    "is taken very seriously, with nothing to show how anyone knows. When you "
                    "hear one, follow up:\n\n"
                    "- How do you know?\n"
                    "- When was that last tested?\n"
                    "- Who checked it, and what did they find?\n"
                    "- What is not yet good enough, and when will it be fixed?\n\n"
                    "## Where to ask\n\n"
                    "- **Audit and governance committees** usually receive reports on risk "
                    "and internal audit. Ask for cyber security to be covered regularly.\n"
                    "- **Scrutiny** can review the council's resilience as a topic in its own "
                    "right.\n"
                    "- **Cabinet members** responsible for resources or digital should "
                    "receive regular briefings.\n"
                    "- **Member development** sessions can cover cyber awareness for all "
                    "councillors.\n\n"
                    "## Respect what cannot be said in public\n\n"
                    "Some details, such as specific weaknesses, should not be discussed in a "
                    "public meeting, because they could help attackers. That is a reason to "
                    "use a private session, not a reason to avoid the question.",
                ),
                (
                    "callout",
                    {
                        "kind": "tip",
                        "heading": "Look behind the green rating",
                        "text": (
                            "Risk reports often give each risk a colour. Ask what would turn "
                            "a green cyber rating amber, and when that judgement was last "
                            "checked."
                        ),
                    },
                ),
                (
                    "reflection",
                    {
                        "prompt": (
                            "When did you last hear cyber security discussed at a meeting you "
                            "attended? If you could ask one question at your next audit or "
                            "scrutiny meeting, what would it be?"
                        ),
                    },
                ),
                (
                    "takeaways",
                    [
                        "Use the LGA's 10 questions as a ready-made checklist.",
                        "Good answers are specific and backed by tests; follow up general "
                        "reassurance.",
                        "Sensitive detail belongs in a private session, but the question "
                        "still needs asking.",
                    ],
                ),
                (
                    "further_reading",
                    [
                        {
                            "title": "10 questions on cyber security",
                            "publisher": "Local Government Association",
                            "url": "https://www.local.gov.uk/publications/10-questions-cyber-security",
                        },
                    ],
                ),
            ],
        },
        {
            "slug": "tested-recovery-plans",
            "title": "Recovery plans that have been tested",
            "minutes": 12,
            "body": [
                (
                    "markdown",
                    "Every council has plans for emergencies. The question that matters is "
                    "whether those plans work. A plan that has never been tested is a hope, "
                    "not a plan.\n\n"
                    "## What a recovery plan should cover\n\n"
                    "- **Priorities.** Which services must come back first, such as those "
                    "that protect vulnerable people, and how long each can safely manage "
                    "without its systems.\n"
                    "- **Backups.** Copies of data and systems kept apart from the main "
                    "network, so an attacker cannot lock or delete them too.\n"
                    "- **Restoring.** Proof that backups can be used to rebuild systems, and "
                    "how long it takes.\n"
                    "- **Working without systems.** Paper forms, phone lists and manual steps "
                    "that let essential services continue.\n"
                    "- **Decisions.** Who is in charge during an incident, who can approve "
                    "emergency spending, and when members are told.\n"
                    "- **Communications.** How residents, staff, partners and councillors "
                    "will be kept informed, including if email is down.\n\n"
                    "## How plans are tested\n\n"
                    "The most useful tests are exercises. Officers, and ideally members, walk "
                    "through a realistic scenario step by step. What happens on a Monday "
                    "morning when nobody can log in? Who do you call? What do you tell "
                    "residents? Exercises reveal gaps cheaply, before a real attack reveals "
                    "them expensively.\n\n"
                    "Technical tests matter too. Restoring a system from backup, in full, is "
                    "the only reliable way to know that the backups work.\n\n"
                    "## What good looks like\n\n"
                    "- regular exercises, with members taking part\n"
                    "- a written record of lessons and actions, reported to a committee\n"
                    "- actions followed up and closed\n"
                    "- backups restored in tests, with timings recorded\n\n"
                    "## Warning signs\n\n"
                    "- 'the plan is with IT' is the only answer\n"
                    "- plans last updated years ago, or naming staff who have left\n"
                    "- backups that have never been restored in a test\n"
                    "- exercises that always go perfectly",
                ),
                (
                    "callout",
                    {
                        "kind": "warning",
                        "heading": "A plan that lives on the network",
                        "text": (
                            "If the only copy of the recovery plan is stored on the council's "
                            "network, the same attack may lock it. Ask where the offline "
                            "copies are kept."
                        ),
                    },
                ),
                (
                    "reflection",
                    {
                        "prompt": (
                            "If your council's systems went down tomorrow, what would your "
                            "role be as a councillor, and who would tell you? Would you know "
                            "what to say to a worried resident?"
                        ),
                    },
                ),
                (
                    "takeaways",
                    [
                        "A plan can only be trusted once it has been tested.",
                        "Exercises reveal gaps cheaply; a real attack reveals them expensively.",
                        "Ask when backups were last restored in a test, and how long it took.",
                        "Members should take part in exercises and see the lessons learned.",
                    ],
                ),
                (
                    "further_reading",
                    [
                        {
                            "title": "Advice and guidance on cyber security",
                            "publisher": "National Cyber Security Centre",
                            "url": "https://www.ncsc.gov.uk/",
                        },
                        {
                            "title": "10 questions on cyber security",
                            "publisher": "Local Government Association",
                            "url": "https://www.local.gov.uk/publications/10-questions-cyber-security",
                        },
                    ],
                ),
            ],
        },
    ],
}
