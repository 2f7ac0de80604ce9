"""Generic titles of the people registered, by kind of organisation and role in the delegation."""

# --- Titles, by role in the delegation --------------------------------------------------------------------------

GOVERNMENT_TITLES = {
    "head": [
        "Minister of Social Welfare",
        "Vice-Minister of Justice",
        "State Secretary for Children and Family Affairs",
        "Ambassador to Japan",
        "Minister for Women's Affairs and Child Development",
        "Director-General, Ministry of Foreign Affairs",
        "Permanent Representative to the United Nations Office at Geneva",
    ],
    "delegate": [
        "Director, Child Protection Department, Ministry of Social Welfare",
        "Counsellor, Embassy in Tokyo",
        "Senior Prosecutor, Ministry of Justice",
        "Chief Inspector, Anti-Trafficking Unit, National Police",
        "First Secretary, Permanent Mission to the United Nations",
        "Deputy Director, Ministry of Labour",
        "Head of Unit, Ministry of Tourism",
        "Member of Parliament",
        "Director, Department of Education",
    ],
    "alternate": [
        "Deputy Director-General, Ministry of Foreign Affairs",
        "Minister-Counsellor, Embassy in Tokyo",
    ],
    "adviser": [
        "Adviser, National Commission for Children",
        "Legal Adviser, Ministry of Justice",
        "Adviser on Children's Rights, Ministry of Foreign Affairs",
    ],
    "support": ["Interpreter", "Secretary to the Head of Delegation", "Liaison Officer, Embassy in Tokyo"],
}

IGO_TITLES = {
    "head": ["Deputy Executive Director", "Regional Director", "Director, Division of Child Protection"],
    "delegate": ["Senior Programme Officer", "Child Protection Specialist", "Legal Officer"],
}

NGO_TITLES = [
    "Executive Director",
    "Programme Coordinator",
    "Advocacy Officer",
    "Board Member",
    "Youth Programme Officer",
    "Researcher",
    "Legal Counsel",
    "Regional Representative",
]
PRIVATE_SECTOR_TITLES = [
    "Director of Corporate Responsibility",
    "Head of Legal Affairs",
    "Secretary-General",
    "Policy Manager",
    "Chief Executive Officer",
]
MEDIA_TITLES = [
    "Correspondent",
    "Tokyo Bureau Chief",
    "Reporter",
    "Photographer",
    "Producer",
    "Camera Operator",
]
