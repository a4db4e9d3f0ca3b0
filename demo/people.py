"""Fictional councils and councillors for the demo. Any resemblance to real people is chance."""

# Example addresses only (example.org never delivers).
SERVICE_CONTACTS = {
    "programme_team_email": "programme-team@example.org",
    "programme_team_phone": "020 7946 0000",
    "data_protection_email": "data-protection@example.org",
    "accessibility_email": "accessibility@example.org",
}

COUNCILS = [
    # slug, name, type, nation, region
    (
        "riverside",
        "Riverside Metropolitan Borough Council",
        "metropolitan",
        "england",
        "North West",
    ),
    ("northmoor", "Northmoor County Council", "county", "england", "North West"),
    ("eastbrook", "Eastbrook District Council", "district", "england", "East of England"),
    ("glenard", "Glenard Council", "scottish", "scotland", "Highlands and Islands"),
    ("aberwen", "Aberwen County Borough Council", "welsh", "wales", "South Wales"),
]

FIRST_NAMES = [
    "Aisha", "Ben", "Carys", "Declan", "Eleanor", "Farid", "Gwen", "Harpreet", "Imogen", "Jamal",
    "Kirsty", "Liam", "Morag", "Nadia", "Owen", "Priya", "Rhys", "Sian", "Tomasz", "Una",
    "Victor", "Wendy", "Yusuf", "Zara", "Alun", "Bridget", "Callum", "Deepa", "Euan", "Fiona",
    "Graham", "Hannah", "Isaac", "Joanne", "Kwame", "Lorna", "Marcus", "Niamh", "Oliver", "Pauline",
]  # fmt: skip
LAST_NAMES = [
    "Ahmed", "Baxter", "Campbell", "Davies", "Evans", "Fraser", "Griffiths", "Hussain", "Irving",
    "Jones", "Kaur", "Lloyd", "MacLeod", "Nowak", "Okafor", "Patel", "Quinn", "Robertson", "Shah",
    "Thomas", "Usman", "Vaughan", "Walsh", "Young", "Morgan", "Hughes", "Kerr", "Mensah", "Byrne",
    "Clarke", "Doyle", "Ellis", "Foster", "Grant", "Hall", "Iqbal", "Jenkins", "Khan", "Lewis", "Moss",
]  # fmt: skip
WARDS = [
    "Canal Side", "Hillcrest", "Old Town", "Mill Lane", "Parkfield", "Station", "Westgate",
    "Brookside", "Church End", "Harbour", "Meadowbank", "North Heath",
]  # fmt: skip
