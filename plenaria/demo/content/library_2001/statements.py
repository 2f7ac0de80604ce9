"""Country statements, progress reports since Stockholm, and a note for the secretariat only. Demo texts: the
governments named here did not write them."""

STATEMENTS = [
    {
        "symbol": "WC2/2001/CS/JP",
        "type": "country-statement",
        "event": "congress",
        "country": "JP",
        "region": "east-asia-pacific",
        "organisation": "Government of Japan",
        "date": "2001-12-17",
        "access": "public",
        "title": {
            "en": "Statement of Japan, host country, at the opening plenary",
            "ja": "開会全体会議における開催国日本の声明",
        },
        "summary": {
            "en": "The host government welcomes the delegations to Yokohama.",
            "ja": "開催国政府が横浜に各国代表団を歓迎します。",
        },
        "body": {
            "en": [
                "Japan welcomes the delegations, the young people who met in Kawasaki, and everyone who works "
                "to end the commercial sexual exploitation of children.",
                "Japan will report the results of this Congress to the United Nations Special Session on "
                "Children.",
            ],
            "ja": [
                "日本は、各国代表団、川崎に集った若者たち、そして児童の商業的性的搾取の根絶に取り組むすべての"
                "人々を歓迎します。",
                "日本は、本会議の成果を国連子ども特別総会に報告します。",
            ],
        },
    },
    {
        "symbol": "WC2/2001/CS/MA",
        "type": "country-statement",
        "event": "congress",
        "country": "MA",
        "region": "arab-african",
        "organisation": "Kingdom of Morocco",
        "date": "2001-12-17",
        "access": "public",
        "title": {
            "fr": "Déclaration du Maroc : présentation des résultats du Forum de Rabat",
            "ar": "بيان المغرب: عرض نتائج منتدى الرباط",
            "en": "Statement of Morocco: presenting the results of the Rabat Forum",
        },
        "summary": {
            "fr": "Présentée en séance plénière le premier jour du Congrès.",
            "ar": "قُدّم في الجلسة العامة في اليوم الأول من المؤتمر.",
            "en": "Presented in plenary on the first day of the Congress.",
        },
        "body": {
            "fr": [
                "Le Maroc présente au Congrès les résultats du Forum arabo-africain réuni à Rabat en octobre "
                "et les engagements pris par les 40 pays participants.",
            ],
            "ar": ["يعرض المغرب على المؤتمر نتائج المنتدى العربي الأفريقي الذي عُقد في الرباط في أكتوبر."],
            "en": [
                "Morocco presents to the Congress the results of the Arab-African Forum held in Rabat in "
                "October and the commitments made by the 40 countries taking part.",
            ],
        },
    },
    {
        "symbol": "WC2/2001/CS/MX",
        "type": "country-statement",
        "event": "congress",
        "country": "MX",
        "region": "latin-america-caribbean",
        "organisation": "Government of Mexico",
        "date": "2001-12-18",
        "access": "participants",
        "title": {
            "es": "Declaración de México",
            "en": "Statement of Mexico",
        },
        "summary": {
            "es": "Sobre la cooperación en América del Norte y el Compromiso de Montevideo.",
            "en": "On cooperation in North America and the Montevideo Commitment.",
        },
        "body": {
            "es": [
                "México participó en las consultas de Montevideo y de Filadelfia y apoya la cooperación "
                "entre los países de origen, tránsito y destino de niños víctimas de trata.",
            ],
            "en": [
                "Mexico took part in the Montevideo and Philadelphia consultations and supports cooperation "
                "between countries of origin, transit and destination of trafficked children.",
            ],
        },
    },
    {
        "symbol": "WC2/2001/PR/TH",
        "type": "progress-report",
        "theme": "coordination",
        "country": "TH",
        "region": "east-asia-pacific",
        "organisation": "Government of Thailand",
        "date": "2001-11-15",
        "access": "participants",
        "title": {"en": "Thailand: progress since Stockholm"},
        "summary": {"en": "The national plan of action, new laws and services for child victims since 1996."},
        "body": {
            "en": [
                "Thailand adopted a national plan of action after Stockholm and has strengthened its laws on "
                "prostitution and trafficking, treating exploited children as victims.",
                "Shelters, hotlines and cooperation with neighbouring countries are described in turn.",
            ],
        },
    },
    {
        "symbol": "WC2/2001/PR/RU",
        "type": "progress-report",
        "theme": "protection",
        "country": "RU",
        "region": "europe-central-asia",
        "organisation": "Government of the Russian Federation",
        "date": "2001-11-20",
        "access": "participants",
        "title": {
            "ru": "Российская Федерация: прогресс после Стокгольма",
            "en": "Russian Federation: progress since Stockholm",
        },
        "summary": {
            "ru": "Законодательство, профилактика и помощь пострадавшим детям.",
            "en": "Laws, prevention and help for child victims.",
        },
        "body": {
            "ru": [
                "Доклад описывает изменения законодательства, меры профилактики и работу служб помощи детям, "
                "пострадавшим от сексуальной эксплуатации.",
            ],
            "en": [
                "The report describes changes in the law, prevention measures and the services that help "
                "children who have suffered sexual exploitation.",
            ],
        },
    },
    {
        "symbol": "WC2/2001/SEC/1",
        "type": "draft-outcome",
        "event": "congress",
        "region": "global",
        "organisation": "Congress secretariat",
        "date": "2001-12-18",
        "access": "secretariat",
        "title": {"en": "Secretariat note: amendments proposed to draft 1 of the Global Commitment"},
        "summary": {
            "en": "Working note of the secretariat for the drafting committee; not for distribution."
        },
        "body": {
            "en": [
                "This note lists the amendments received from delegations on draft 1, grouped by paragraph, "
                "with the drafting committee's suggested handling of each.",
            ],
        },
        "formats": {"en": "txt"},
    },
]
