"""Self-assessment instrument: attitude, inclusion concern, confidence and behaviour.

Items are written for this programme from the draft themes in DOMAIN.md section 3.
Scales: A and IC agree 1-5 ("don't know" is missing); C 0-10; B 0 never, 1 once,
2 two or three times, 3 monthly or more, in the last 3 months.
"""

ITEMS = [
    # Attitude (A): is digital worthwhile? Agree 1-5. Reverse-coded items score 6 - x.
    {
        "key": "A1",
        "dimension": "A",
        "text": "Digital services help my council serve residents better.",
        "reverse": False,
    },
    {
        "key": "A2",
        "dimension": "A",
        "text": "Using data well helps the council support vulnerable residents sooner.",
        "reverse": False,
    },
    {
        "key": "A3",
        "dimension": "A",
        "text": "Council technology projects usually cause more problems than they solve.",
        "reverse": True,
    },
    {
        "key": "A4",
        "dimension": "A",
        "text": "Residents benefit when others can reuse the data the council publishes.",
        "reverse": False,
    },
    {
        "key": "A5",
        "dimension": "A",
        "text": "Sharing data between services is worth doing when strong safeguards are in place.",
        "reverse": False,
    },
    {
        "key": "A6",
        "dimension": "A",
        "text": "Decisions about technology are best left to council officers.",
        "reverse": True,
    },
    {
        "key": "A7",
        "dimension": "A",
        "text": "Over the next ten years, technology will make local services better.",
        "reverse": False,
    },
    {
        "key": "A8",
        "dimension": "A",
        "text": "Digital change in councils is mainly about cutting costs.",
        "reverse": True,
    },
    # Inclusion concern (IC): agree 1-5. Reported only; never reversed or held against
    # anyone.
    {
        "key": "IC1",
        "dimension": "IC",
        "text": "Moving services online risks leaving some residents behind.",
        "reverse": False,
    },
    {
        "key": "IC2",
        "dimension": "IC",
        "text": "Every service that moves online should keep a route for people who are offline.",
        "reverse": False,
    },
    # Confidence (C): 0-10. retro_text is the end-of-programme 'thinking back' rating.
    {
        "key": "C1",
        "dimension": "C",
        "text": (
            "How confident are you that you can explain to residents why a service is moving "
            "online?"
        ),
        "retro_text": (
            "Thinking back to before the programme, how confident were you that you could explain "
            "to residents why a service was moving online?"
        ),
        "reverse": False,
    },
    {
        "key": "C2",
        "dimension": "C",
        "text": (
            "How confident are you that you can question the costs and benefits in a business case "
            "for a digital project?"
        ),
        "retro_text": (
            "Thinking back to before the programme, how confident were you that you could question "
            "the costs and benefits in a business case for a digital project?"
        ),
        "reverse": False,
    },
    {
        "key": "C3",
        "dimension": "C",
        "text": (
            "How confident are you that you can judge whether a data-sharing proposal needs "
            "stronger safeguards?"
        ),
        "retro_text": (
            "Thinking back to before the programme, how confident were you that you could judge "
            "whether a data-sharing proposal needed stronger safeguards?"
        ),
        "reverse": False,
    },
    {
        "key": "C4",
        "dimension": "C",
        "text": (
            "How confident are you that you can ask officers useful questions about the council's "
            "readiness for a cyber attack?"
        ),
        "retro_text": (
            "Thinking back to before the programme, how confident were you that you could ask "
            "officers useful questions about the council's readiness for a cyber attack?"
        ),
        "reverse": False,
    },
    {
        "key": "C5",
        "dimension": "C",
        "text": (
            "How confident are you that you can spot when the council risks being locked in to a "
            "single technology supplier?"
        ),
        "retro_text": (
            "Thinking back to before the programme, how confident were you that you could spot "
            "when the council risked being locked in to a single technology supplier?"
        ),
        "reverse": False,
    },
    {
        "key": "C6",
        "dimension": "C",
        "text": "How confident are you that you can use data to understand an issue in your ward?",
        "retro_text": (
            "Thinking back to before the programme, how confident were you that you could use data "
            "to understand an issue in your ward?"
        ),
        "reverse": False,
    },
    {
        "key": "C7",
        "dimension": "C",
        "text": (
            "How confident are you that you can make the case for a digital change to sceptical "
            "colleagues?"
        ),
        "retro_text": (
            "Thinking back to before the programme, how confident were you that you could make the "
            "case for a digital change to sceptical colleagues?"
        ),
        "reverse": False,
    },
    {
        "key": "C8",
        "dimension": "C",
        "text": (
            "How confident are you that you can make the case for working with other councils on "
            "digital services?"
        ),
        "retro_text": (
            "Thinking back to before the programme, how confident were you that you could make the "
            "case for working with other councils on digital services?"
        ),
        "reverse": False,
    },
    # Behaviour (B): how often in the last 3 months, 0 never to 3 monthly or more.
    {
        "key": "B1",
        "dimension": "B",
        "text": (
            "In the last 3 months, how often have you asked officers for evidence of what "
            "residents need?"
        ),
        "reverse": False,
    },
    {
        "key": "B2",
        "dimension": "B",
        "text": (
            "In the last 3 months, how often have you raised digital inclusion when a decision was "
            "being made?"
        ),
        "reverse": False,
    },
    {
        "key": "B3",
        "dimension": "B",
        "text": (
            "In the last 3 months, how often have you used data in your casework or at a committee "
            "meeting?"
        ),
        "reverse": False,
    },
    {
        "key": "B4",
        "dimension": "B",
        "text": (
            "In the last 3 months, how often have you asked about cyber security or data "
            "protection?"
        ),
        "reverse": False,
    },
    {
        "key": "B5",
        "dimension": "B",
        "text": (
            "In the last 3 months, how often have you encouraged working with other councils or "
            "reusing what others have built?"
        ),
        "reverse": False,
    },
    {
        "key": "B6",
        "dimension": "B",
        "text": (
            "In the last 3 months, how often have you pointed a resident towards help with digital "
            "skills?"
        ),
        "reverse": False,
    },
    {
        "key": "B7",
        "dimension": "B",
        "text": (
            "In the last 3 months, how often have you championed a digital proposal in a group "
            "meeting, at cabinet or in committee?"
        ),
        "reverse": False,
    },
    {
        "key": "B8",
        "dimension": "B",
        "text": (
            "In the last 3 months, how often have you used a digital channel to engage with "
            "residents?"
        ),
        "reverse": False,
    },
]
