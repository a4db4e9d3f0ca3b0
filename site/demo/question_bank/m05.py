"""Question bank for module 5: Open data and private-sector use of public data."""

MODULE_SLUG = "open-data"

QUESTIONS = [
    {
        "key": "m05-q01",
        "kind": "single",
        "text": (
            "Officers ask which of these data sets the council could publish as open data. Which "
            "is suitable?"
        ),
        "explanation": (
            "Open data should hold nothing that identifies a person. Facility locations and "
            "opening times are useful and carry no personal information; the others would expose "
            "residents."
        ),
        "options": [
            {
                "text": "The locations and opening hours of public toilets",
                "correct": True,
                "feedback": "Right. Useful, factual and with no personal information.",
            },
            {
                "text": "The names of residents who are behind on council tax",
                "correct": False,
                "feedback": "This is personal data and could cause real harm if published.",
            },
            {
                "text": "The home addresses of approved foster carers",
                "correct": False,
                "feedback": "This is personal data, and publishing it could put people at risk.",
            },
            {
                "text": "The streets where named residents reported fly-tipping",
                "correct": False,
                "feedback": "Linking names to streets identifies people, so this is personal data.",
            },
        ],
    },
    {
        "key": "m05-q02",
        "kind": "single",
        "text": (
            "A company wants to build a paid app using the council's open data on bin collection "
            "days. A colleague objects that a private firm will profit from public data. What is "
            "the best response?"
        ),
        "explanation": (
            "If the data holds nothing personal, reuse that helps residents is a benefit of open "
            "data, even when a firm profits. An open licence can still set conditions, such as "
            "naming the source."
        ),
        "options": [
            {
                "text": (
                    "Refuse, because public data should never be used by firms to make a profit"
                ),
                "correct": False,
                "feedback": (
                    "Much useful reuse comes from firms. Refusing could deny residents a helpful "
                    "service."
                ),
            },
            {
                "text": (
                    "Charge the company a large fee so that the council recovers its full costs"
                ),
                "correct": False,
                "feedback": (
                    "High fees tend to deter reuse and can cost more to run than they raise."
                ),
            },
            {
                "text": (
                    "Give the company sole rights to the data so that the app is properly looked "
                    "after"
                ),
                "correct": False,
                "feedback": (
                    "Exclusive rights close the data to others and can lock the council in."
                ),
            },
            {
                "text": (
                    "If the data is not personal, reuse that helps residents is a benefit of "
                    "publishing it"
                ),
                "correct": True,
                "feedback": (
                    "Right. The test is whether residents benefit and the data is safe to share."
                ),
            },
        ],
    },
    {
        "key": "m05-q03",
        "kind": "single",
        "text": (
            "The council can only prepare a few data sets for release this year. Which is the "
            "strongest candidate to publish first?"
        ),
        "explanation": (
            "Start with data that people ask for often, that is in good order and that holds no "
            "personal information. Demand and quality show where release will add most value."
        ),
        "options": [
            {
                "text": (
                    "Whatever data the IT team finds quickest to publish, whoever might want to "
                    "use it"
                ),
                "correct": False,
                "feedback": "Quick wins are tempting, but data nobody uses adds little value.",
            },
            {
                "text": (
                    "Data residents and businesses often ask for, in good order, with nothing "
                    "personal"
                ),
                "correct": True,
                "feedback": (
                    "Right. Demand, quality and safety together point to the best first release."
                ),
            },
            {
                "text": (
                    "The data that would make the council look best in the eyes of the local press"
                ),
                "correct": False,
                "feedback": "Publishing to look good is not the aim. Choose data people can use.",
            },
            {
                "text": (
                    "The largest data set the council holds, since more data is always more "
                    "valuable"
                ),
                "correct": False,
                "feedback": "Size is not value. A large data set nobody needs helps no one.",
            },
        ],
    },
    {
        "key": "m05-q04",
        "kind": "single",
        "text": (
            "Officers propose publishing a list of social care visits by postcode and date, with "
            "names removed. What is the main concern?"
        ),
        "explanation": (
            "In small areas, a postcode and a date can be enough to identify someone. Removing "
            "names does not make data anonymous, so this could still be personal data."
        ),
        "options": [
            {
                "text": "Postcode and date could still identify people, so it may be personal data",
                "correct": True,
                "feedback": (
                    "Right. Removing names is not enough when other details can identify people."
                ),
            },
            {
                "text": (
                    "There is no concern, because taking out the names makes it fully anonymous"
                ),
                "correct": False,
                "feedback": (
                    "Other details, such as postcode and date, can still point to a person."
                ),
            },
            {
                "text": (
                    "The data set would be too large for most people to download and use easily"
                ),
                "correct": False,
                "feedback": "Size is not the issue. The risk is that people could be identified.",
            },
            {
                "text": "Private firms might use it, which would be a misuse of the council's data",
                "correct": False,
                "feedback": (
                    "Reuse by firms is not the problem. The risk is to the people in the data."
                ),
            },
        ],
    },
    {
        "key": "m05-q05",
        "kind": "single",
        "text": (
            "Why is Transport for London's open data often given as an example of the value of "
            "releasing public data?"
        ),
        "explanation": (
            "More than 600 apps have been built on TfL's open data, used by about 42% of "
            "Londoners, and its value to London has been put at up to £130m a year."
        ),
        "options": [
            {
                "text": "TfL sells the data to app makers for a large yearly income",
                "correct": False,
                "feedback": "The value came from free reuse, not from selling the data.",
            },
            {
                "text": "A single official TfL app came to be used by every Londoner",
                "correct": False,
                "feedback": "The value came from many different apps built by others.",
            },
            {
                "text": "Over 600 apps were built on it, used by about 42% of Londoners",
                "correct": True,
                "feedback": "Right. Wide reuse by others multiplied the value of the data.",
            },
            {
                "text": "It allowed TfL to close all its customer information services",
                "correct": False,
                "feedback": "That was not the outcome. The value came from reuse by others.",
            },
        ],
    },
    {
        "key": "m05-q06",
        "kind": "single",
        "text": (
            "A colleague asks what conditions the council can still set once data is released "
            "under an open licence. What is the best answer?"
        ),
        "explanation": (
            "An open licence can ask users to credit the source, and the council remains "
            "responsible for checking that what it releases holds nothing personal. It cannot pick "
            "and choose users afterwards."
        ),
        "options": [
            {
                "text": (
                    "None at all, and the council has no duties left once the data is published "
                    "online"
                ),
                "correct": False,
                "feedback": (
                    "The council still has to check the data is safe to release and accurate."
                ),
            },
            {
                "text": (
                    "Users can be asked to credit the source, and the council must check it is not "
                    "personal"
                ),
                "correct": True,
                "feedback": (
                    "Right. Open licences allow light conditions, and checking comes before "
                    "release."
                ),
            },
            {
                "text": (
                    "The council can later block any use of the data that it happens to disagree "
                    "with"
                ),
                "correct": False,
                "feedback": (
                    "Open data cannot be withdrawn from users the council dislikes. Choose data "
                    "with care."
                ),
            },
            {
                "text": (
                    "Every user must pay a fee for each download so the council can track all use"
                ),
                "correct": False,
                "feedback": "Charging per download is not open data, and it puts off useful reuse.",
            },
        ],
    },
    {
        "key": "m05-q07",
        "kind": "single",
        "text": (
            "Officers say preparing open data takes staff time for no obvious return. What is the "
            "best question to ask?"
        ),
        "explanation": (
            "Open data can answer repeated requests, including freedom of information requests, "
            "and can be reused by partners and residents. Asking where that value lies tests the "
            "case."
        ),
        "options": [
            {
                "text": "Could we publish everything at once, to save time on choosing?",
                "correct": False,
                "feedback": "Publishing without checks risks releasing personal or poor data.",
            },
            {
                "text": "Could we stop answering freedom of information requests instead?",
                "correct": False,
                "feedback": "That is not an option; the council has legal duties to answer them.",
            },
            {
                "text": "Should we wait until another council has done it first and copy?",
                "correct": False,
                "feedback": "Learning from others helps, but waiting does not answer the question.",
            },
            {
                "text": "Which repeated requests could it answer, and who could reuse it?",
                "correct": True,
                "feedback": "Right. This finds the savings and benefits that justify the effort.",
            },
        ],
    },
    {
        "key": "m05-q08",
        "kind": "single",
        "text": (
            "A community group tells you it has found errors in the council's published data on "
            "grit bin locations. What is the best response?"
        ),
        "explanation": (
            "Outside scrutiny that finds errors is one of the benefits of open data. Thanking the "
            "group and fixing the data improves quality for everyone."
        ),
        "options": [
            {
                "text": "Ask officers to take the data set down until every error has been removed",
                "correct": False,
                "feedback": "Removing it helps no one. Fixing the errors is the better response.",
            },
            {
                "text": (
                    "Thank them, ask for the data to be fixed, and see this as a benefit of "
                    "openness"
                ),
                "correct": True,
                "feedback": "Right. Others spotting errors helps the council improve its data.",
            },
            {
                "text": (
                    "Tell the group the data is published as it is, so errors are their problem"
                ),
                "correct": False,
                "feedback": "The council should care about accuracy. The feedback is free help.",
            },
            {
                "text": "Limit access to registered users so that fewer people can spot mistakes",
                "correct": False,
                "feedback": "Hiding errors does not fix them and makes the data less useful.",
            },
        ],
    },
    {
        "key": "m05-q09",
        "kind": "multiple",
        "text": (
            "Which of these data sets would generally be suitable to publish as open data? Select "
            "all that apply."
        ),
        "explanation": (
            "Data about places, facilities and council spending is useful and holds nothing "
            "personal. Data about individual residents, such as badge holders or housing "
            "applicants, must not be published."
        ),
        "options": [
            {
                "text": "Locations of public electric vehicle charge points",
                "correct": True,
                "feedback": "Right. Useful to drivers and businesses, with nothing personal.",
            },
            {
                "text": "Names of residents who hold a blue badge",
                "correct": False,
                "feedback": "This is personal data and reveals information about disability.",
            },
            {
                "text": "Car park locations, capacity and charges",
                "correct": True,
                "feedback": "Right. Practical data that app makers and residents can use.",
            },
            {
                "text": "Addresses of people on the housing waiting list",
                "correct": False,
                "feedback": "This is personal data and could put people at risk.",
            },
            {
                "text": "Council spending with suppliers, by category",
                "correct": True,
                "feedback": "Right. This supports openness about public money.",
            },
        ],
    },
    {
        "key": "m05-q10",
        "kind": "multiple",
        "text": (
            "Before a data set is released as open data, which checks are sensible? Select all "
            "that apply."
        ),
        "explanation": (
            "Checks should ask whether anyone could be identified and whether the data is accurate "
            "and explained. Vetting every user, or releasing to look good, are not part of open "
            "data."
        ),
        "options": [
            {
                "text": "Is the data accurate, and are its limits explained for users?",
                "correct": True,
                "feedback": "Right. Clear notes on quality help people use the data well.",
            },
            {
                "text": "Will publishing this data make the council look good this year?",
                "correct": False,
                "feedback": (
                    "Choose data for its usefulness, not for how it reflects on the council."
                ),
            },
            {
                "text": "Could any record identify a person, alone or with other data?",
                "correct": True,
                "feedback": "Right. Combining data sets can reveal people, so check for this.",
            },
            {
                "text": "Has every possible user been approved by the council in advance?",
                "correct": False,
                "feedback": "Open data is open to all, so users are not approved one by one.",
            },
        ],
    },
    {
        "key": "m05-q11",
        "kind": "true_false",
        "text": (
            "True or false: data with names removed can still be personal data if people could be "
            "identified from what is left."
        ),
        "explanation": (
            "Details such as postcode, age or date can identify someone, especially in small "
            "numbers. If a person can be identified, the data is still personal."
        ),
        "options": [
            {
                "text": "True",
                "correct": True,
                "feedback": "Right. Identification can come from details other than names.",
            },
            {
                "text": "False",
                "correct": False,
                "feedback": (
                    "It is true. Removing names is not always enough to make data anonymous."
                ),
            },
        ],
    },
    {
        "key": "m05-q12",
        "kind": "true_false",
        "text": (
            "True or false: open data mainly benefits technology companies, not ordinary residents."
        ),
        "explanation": (
            "Residents benefit when open data is turned into services they use. TfL's data, for "
            "example, powers apps used by about 42% of Londoners."
        ),
        "options": [
            {
                "text": "True",
                "correct": False,
                "feedback": (
                    "Tempting, but residents gain from the apps and services built on open data."
                ),
            },
            {
                "text": "False",
                "correct": True,
                "feedback": (
                    "Right. Many everyday services residents rely on are built on open data."
                ),
            },
        ],
    },
]
