"""The Yokohama 2001 demo congress, from the announcement and the public record (see shared domain notes).

Every multilingual value is a dict {language: text}. Texts are the announcement's where it has them; the rest
was written for the demo. A language left out falls back to English on the site, visibly marked.
"""

SLUG = "yokohama-2001"

CONGRESS = {
    "name": {
        "en": "2nd World Congress against Commercial Sexual Exploitation of Children",
    },
    "short_name": {"en": "Yokohama 2001"},
    "tagline": {
        "en": "Five years after Stockholm: bringing information up to date, sharing lessons learned and moving "
        "forward with stronger commitment.",
    },
    "summary": {
        "en": "The Government of Japan and its co-organizers, UNICEF, ECPAT and the NGO Group for the Convention "
        "on the Rights of the Child, invite governments, NGOs, inter-governmental players and private sector "
        "representatives, young people and others working to eliminate commercial sexual exploitation of "
        "children, to meet and see what progress has been made.",
    },
    "host": {"en": "Government of Japan"},
    "co_organisers": {"en": "UNICEF, ECPAT, NGO Group for the Convention on the Rights of the Child"},
    "city": {"en": "Yokohama"},
    "country": "JP",
    "starts_on": "2001-12-17",
    "ends_on": "2001-12-20",
    "time_zone": "Asia/Tokyo",
}

EVENTS = [
    {
        "slug": "congress",
        "kind": "main",
        "position": 0,
        "name": {"en": "2nd World Congress against Commercial Sexual Exploitation of Children"},
        "summary": {
            "en": "A working congress: governments, intergovernmental bodies, NGOs, the private sector "
            "and young people share experience since Stockholm and plan action."
        },
        "city": {"en": "Yokohama"},
        "country": "JP",
        "venue": {"en": "The Conference Centre, Pacifico Yokohama"},
        "starts_on": "2001-12-17",
        "ends_on": "2001-12-20",
        "organisers": {"en": "Government of Japan, UNICEF, ECPAT, NGO Group for the CRC"},
        "outcome": {"en": "Yokohama Global Commitment 2001"},
    },
    {
        "slug": "youth-event",
        "kind": "youth",
        "position": 1,
        "name": {"en": "Youth event in Kawasaki"},
        "summary": {
            "en": "About 100 children and young people meet before the Congress to prepare their "
            "contribution to it, with trained adults looking after them at all times."
        },
        "city": {"en": "Kawasaki"},
        "country": "JP",
        "venue": {"en": ""},
        "starts_on": "2001-12-13",
        "ends_on": "2001-12-16",
        "organisers": {"en": "Government of Japan with UNICEF, ECPAT and the NGO Group for the CRC"},
        "outcome": {"en": "Final Appeal of Children and Young People"},
    },
    {
        "slug": "bangkok",
        "kind": "regional",
        "position": 10,
        "name": {"en": "East Asia and Pacific Regional Consultation"},
        "summary": {"en": "One of a series of six regional consultations preparing the Congress."},
        "city": {"en": "Bangkok"},
        "country": "TH",
        "venue": {"en": ""},
        "starts_on": "2001-10-16",
        "ends_on": "2001-10-18",
        "organisers": {
            "en": "UNICEF, UN ESCAP, ECPAT International and the Save the Children Alliance for the "
            "NGO Group, in cooperation with the Government of Japan"
        },
        "outcome": {"en": "East Asia and Pacific Regional Commitment and Action Plan"},
    },
    {
        "slug": "rabat",
        "kind": "regional",
        "position": 11,
        "name": {"en": "Arab-African Forum"},
        "summary": {
            "en": "More than 250 delegates from 40 Arab and African countries, under the honorary "
            "presidency of Princess Lalla Meryem."
        },
        "city": {"en": "Rabat"},
        "country": "MA",
        "venue": {"en": ""},
        "starts_on": "2001-10-24",
        "ends_on": "2001-10-26",
        "organisers": {"en": "Kingdom of Morocco with UNICEF"},
        "outcome": {"en": "Rabat Declaration"},
    },
    {
        "slug": "dhaka",
        "kind": "regional",
        "position": 12,
        "name": {"en": "South Asia Regional Consultation"},
        "summary": {
            "en": "The Governments of Bangladesh, Bhutan, India, Maldives, Nepal, Pakistan and Sri Lanka, "
            "with 25 children and young adults taking part."
        },
        "city": {"en": "Dhaka"},
        "country": "BD",
        "venue": {"en": ""},
        "starts_on": "2001-11-04",
        "ends_on": "2001-11-06",
        "organisers": {"en": "Governments of South Asia with UNICEF"},
        "outcome": {"en": "South Asia Regional Strategy"},
    },
    {
        "slug": "montevideo",
        "kind": "regional",
        "position": 13,
        "name": {"en": "Latin America and Caribbean Regional Governmental Consultation"},
        "summary": {
            "en": "Governments of the region agree on coordination, prevention, protection, recovery, "
            "child participation, research and monitoring."
        },
        "city": {"en": "Montevideo"},
        "country": "UY",
        "venue": {"en": ""},
        "starts_on": "2001-11-07",
        "ends_on": "2001-11-09",
        "organisers": {"en": "UNICEF and the Inter-American Children's Institute (IIN)"},
        "outcome": {"en": "Compromiso de Montevideo"},
    },
    {
        "slug": "budapest",
        "kind": "regional",
        "position": 14,
        "name": {"en": "Europe and Central Asia Regional Consultation"},
        "summary": {"en": "52 countries invited; the Council of Europe leads the European follow-up."},
        "city": {"en": "Budapest"},
        "country": "HU",
        "venue": {"en": ""},
        "starts_on": "2001-11-20",
        "ends_on": "2001-11-21",
        "organisers": {
            "en": "Council of Europe with UNICEF and the Hungarian National Institute of Criminology"
        },
        "outcome": {"en": "Budapest Commitment and Plan of Action"},
    },
    {
        "slug": "philadelphia",
        "kind": "regional",
        "position": 15,
        "name": {"en": "North America Regional Consultation"},
        "summary": {
            "en": "About 100 governmental and non-governmental representatives from the United States, "
            "Canada and Mexico, at the University of Pennsylvania."
        },
        "city": {"en": "Philadelphia"},
        "country": "US",
        "venue": {"en": "University of Pennsylvania"},
        "starts_on": "2001-12-02",
        "ends_on": "2001-12-03",
        "organisers": {"en": "University of Pennsylvania (chair: Prof. Richard Estes)"},
        "outcome": {"en": "Final report of the North America consultation"},
    },
]

KEY_FIGURES = [
    {
        "value": "122",
        "position": 0,
        "label": {"en": "governments committed themselves in Stockholm in 1996"},
        "detail": {"en": "The First World Congress adopted the Declaration and Agenda for Action."},
    },
    {
        "value": "34",
        "position": 1,
        "label": {"en": "countries have developed National Plans of Action"},
        "detail": {
            "en": "Plans against commercial sexual exploitation of children, as the Agenda for Action asks."
        },
    },
    {
        "value": "26",
        "position": 2,
        "label": {"en": "more countries are developing a plan"},
        "detail": {"en": "National Plans of Action in preparation."},
    },
    {
        "value": "21+",
        "position": 3,
        "label": {"en": "countries can apply extraterritorial legislation"},
        "detail": {
            "en": "Nationals who commit offences against children in other countries can be prosecuted."
        },
    },
    {
        "value": "1999",
        "position": 4,
        "label": {"en": "ILO Convention 182 adopted"},
        "detail": {
            "en": "Immediate and effective measures against the worst forms of child labour, including "
            "child prostitution and child pornography."
        },
    },
    {
        "value": "2000",
        "position": 5,
        "label": {"en": "Optional Protocol and Palermo Protocol opened for signature"},
        "detail": {
            "en": "The Optional Protocol to the CRC on the sale of children, child prostitution and child "
            "pornography, and the Protocol on trafficking in persons, especially women and children."
        },
    },
]

TEAMS = [
    {
        "slug": "secretariat",
        "name": {"en": "Yokohama Congress secretariat"},
        "organisation": {"en": "Ministry of Foreign Affairs of Japan"},
        "description": {"en": "Government inquiries and Congress logistics; runs the congress."},
        "flags": [
            "can_change_congress",
            "can_change_content",
            "can_manage_teams",
            "can_view_audit_log",
            "can_view_outbox",
        ],
    },
    {
        "slug": "unicef",
        "name": {"en": "UNICEF team"},
        "organisation": {"en": "UNICEF"},
        "description": {"en": "Inter-governmental agency queries and accreditation."},
        "flags": ["can_view_outbox"],
    },
    {
        "slug": "ecpat",
        "name": {"en": "ECPAT team"},
        "organisation": {"en": "ECPAT"},
        "description": {"en": "Private sector and NGO enquiries."},
        "flags": [],
    },
    {
        "slug": "ngo-group",
        "name": {"en": "NGO Group team"},
        "organisation": {"en": "NGO Group for the Convention on the Rights of the Child"},
        "description": {"en": "NGO enquiries and background documentation."},
        "flags": ["can_change_content"],
    },
    {
        "slug": "communications",
        "name": {"en": "Communications"},
        "organisation": {"en": "Communications Advisor"},
        "description": {"en": "Media queries and accreditation."},
        "flags": [],
    },
]

PARTICIPATION = [
    {
        "position": 0,
        "team": "secretariat",
        "name": {"en": "Government delegations"},
        "description": {"en": "Delegations of States, led by a head of delegation."},
        "how_to_take_part": {
            "en": "The Ministry of Foreign Affairs or the Permanent Mission names a focal point "
            "and sends a note verbale listing the delegation. The focal point then nominates "
            "each member."
        },
    },
    {
        "position": 1,
        "team": "unicef",
        "name": {"en": "United Nations and intergovernmental bodies"},
        "description": {
            "en": "UN agencies, funds and programmes and other relevant intergovernmental bodies."
        },
        "how_to_take_part": {
            "en": "Register with a letter signed by the head of the organisation listing its "
            "participants and their functions."
        },
    },
    {
        "position": 2,
        "team": "ecpat",
        "name": {"en": "Non-governmental organizations"},
        "description": {"en": "NGOs working to eliminate commercial sexual exploitation of children."},
        "how_to_take_part": {
            "en": "NGOs in consultative status with ECOSOC take the short path; others present "
            "their purpose, activities and governance."
        },
    },
    {
        "position": 3,
        "team": "ecpat",
        "name": {"en": "Private sector"},
        "description": {
            "en": "Companies and business associations, for example in tourism, travel and technology."
        },
        "how_to_take_part": {"en": "Register individually; ECPAT reviews private sector applications."},
    },
    {
        "position": 4,
        "team": "communications",
        "name": {"en": "Media"},
        "description": {"en": "Journalists covering the Congress."},
        "how_to_take_part": {
            "en": "Apply with a letter of assignment, a press card and an identity document, and "
            "accept UNICEF's ethical guidelines for reporting on children."
        },
    },
    {
        "position": 5,
        "team": "secretariat",
        "name": {"en": "Children and young people"},
        "description": {
            "en": "Young people take part in the Congress and meet first at the youth event in Kawasaki."
        },
        "how_to_take_part": {
            "en": "Young people are nominated by a government or NGO delegation or a youth "
            "organisation. A parent or guardian gives consent, and a registered adult "
            "accompanies them at all times."
        },
    },
]

CONTACTS = [
    {
        "position": 0,
        "team": "secretariat",
        "topic": {"en": "Government inquiries and Congress logistics"},
        "organisation": {"en": "Ministry of Foreign Affairs, Japan — Yokohama Congress secretariat"},
        "email": "",
        "website": "http://www.mofa.go.jp/mofaj/",
    },
    {
        "position": 1,
        "team": "unicef",
        "topic": {"en": "Inter-governmental agency queries"},
        "organisation": {"en": "UNICEF"},
        "email": "gbalagopal@unicef.org",
        "website": "",
    },
    {
        "position": 2,
        "team": "ecpat",
        "topic": {"en": "Private sector and NGO enquiries"},
        "organisation": {"en": "ECPAT"},
        "email": "ecpatbkk@ksc15.th.com",
        "website": "",
    },
    {
        "position": 3,
        "team": "ngo-group",
        "topic": {"en": "NGO enquiries"},
        "organisation": {"en": "NGO Group for the Convention on the Rights of the Child"},
        "email": "info@focalpointngo.org",
        "website": "http://www.focalpointngo.org",
    },
    {
        "position": 4,
        "team": "communications",
        "topic": {"en": "Media queries"},
        "organisation": {"en": "Communications Advisor"},
        "email": "yokomedia@pleasehelp.co.uk",
        "website": "",
    },
]

PAGES = {
    "home": {
        "title": {"en": "A working congress"},
        "lead": {
            "en": "In this working Congress, the focus will be on bringing information up to date, building "
            "on experiences since Stockholm, sharing lessons learned and moving forward with improved "
            "understanding, more and better ideas for action, new partnerships and even stronger "
            "commitment."
        },
        "body": {
            "en": "In August 1996, 122 governments met in Stockholm, Sweden, to discuss and commit themselves "
            "to act against the commercial sexual exploitation of children. For the first time, "
            "governmental, United Nations and civil society players joined forces as equal partners.\n\n"
            "Now, five years later, the Government of Japan and its co-organizers invite governments, "
            "NGOs, inter-governmental players and private sector representatives, young people and others "
            "working to eliminate commercial sexual exploitation of children, to meet and see what "
            "progress has been made."
        },
    },
    "stockholm-to-yokohama": {
        "title": {"en": "From Stockholm to Yokohama"},
        "lead": {
            "en": "Much has been done since 1996. But we have hardly begun to scratch the surface of the "
            "problem."
        },
        "body": {
            "en": "Action has been taken to remove children from exploitation and aid their recovery and "
            "reintegration into society; campaigns have increased public awareness and targeted specific "
            "groups whose understanding is vital; projects have sought to protect children particularly "
            "vulnerable to exploitation; research has improved understanding of exploiters, mechanisms "
            "and obstacles to overcome.\n\n"
            "National laws have been reviewed and strengthened. Every year, however, millions of children "
            "are still sacrificed to the sexual pleasure and profit-making motives of exploiters. No "
            "country is free of commercial sexual exploitation, no society immune and no child fully "
            "protected."
        },
    },
    "participation": {
        "title": {"en": "Who participates, and how"},
        "lead": {
            "en": "Government delegations, non-governmental organizations, United Nations and other relevant "
            "intergovernmental bodies, private sector representatives and media. Children and young "
            "people also take part."
        },
        "body": {
            "en": "Each category of participant applies in its own way and is reviewed by the co-organiser "
            "responsible for it."
        },
    },
    "youth-event": {
        "title": {"en": "Youth event in Kawasaki"},
        "lead": {
            "en": "Children and young people take part in the Congress and, before it, meet from 13 to 16 "
            "December in Kawasaki for a special youth event."
        },
        "body": {
            "en": "Every young participant is accompanied by a registered adult, and a parent or guardian "
            "gives consent before they travel. Young people decide for themselves whether they may be "
            "photographed or filmed, and can change their mind at any time."
        },
    },
    "regional-consultations": {
        "title": {"en": "Six regional consultations"},
        "lead": {
            "en": "Six regional meetings prepared the Congress. Their outcome documents are presented at "
            "Yokohama and annexed to its outcome."
        },
        "body": {"en": ""},
    },
    "venue-and-travel": {
        "title": {"en": "Venue and travel"},
        "lead": {"en": "The Congress takes place at The Conference Centre in Pacifico Yokohama, Japan."},
        "body": {
            "en": "Pacifico Yokohama is on the waterfront of the Minato Mirai 21 district, about 30 minutes by "
            "train from central Tokyo and 90 minutes from Narita International Airport.\n\n"
            "Participants who need a visa for Japan receive a confirmation of registration and, on "
            "request, a visa-support letter once their registration is approved. The letter does not "
            "guarantee a visa and implies no financial support.\n\n"
            "All times on this site are Japan Standard Time (UTC+9)."
        },
    },
    "contacts": {
        "title": {"en": "Contacts"},
        "lead": {"en": "Each co-organiser answers the questions of its own participants."},
        "body": {"en": "Background documentation and latest news are available from mid-June 2001."},
    },
}

DEMO_PASSWORD = "yokohama-2001"  # noqa: S105 -- demo accounts only, printed by `make demo`

USERS = [
    {
        "email": "secretariat@demo.plenaria.example",
        "full_name": "Keiko Tanabe",
        "language": "ja",
        "team": "secretariat",
    },
    {
        "email": "unicef@demo.plenaria.example",
        "full_name": "Maria Gonzalez",
        "language": "es",
        "team": "unicef",
    },
    {
        "email": "ecpat@demo.plenaria.example",
        "full_name": "Somchai Wongsakul",
        "language": "en",
        "team": "ecpat",
    },
    {
        "email": "ngogroup@demo.plenaria.example",
        "full_name": "Claire Dubois",
        "language": "fr",
        "team": "ngo-group",
    },
    {
        "email": "media@demo.plenaria.example",
        "full_name": "James Okafor",
        "language": "en",
        "team": "communications",
    },
    {
        "email": "participant@demo.plenaria.example",
        "full_name": "Amina Haddad",
        "language": "ar",
        "team": None,
    },
]
