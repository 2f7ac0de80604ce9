"""Background papers, one per area of the Stockholm Agenda for Action (DOMAIN 1.5). Demo texts."""

BACKGROUND_PAPERS = [
    {
        "symbol": "WC2/2001/BP/1",
        "type": "background-paper",
        "theme": "coordination",
        "region": "global",
        "organisation": "NGO Group for the Convention on the Rights of the Child",
        "date": "2001-09-14",
        "access": "public",
        "title": {
            "en": "Coordination and cooperation: five years after Stockholm",
            "fr": "Coordination et coopération : cinq ans après Stockholm",
        },
        "summary": {
            "en": "How governments, UN agencies and NGOs have worked together since 1996.",
            "fr": "Comment gouvernements, agences des Nations Unies et ONG ont travaillé ensemble depuis 1996.",
        },
        "body": {
            "en": [
                "In 1996, 122 governments adopted the Stockholm Declaration and Agenda for Action. Thirty-four "
                "countries now have national plans of action, and 26 more are preparing one.",
                "This paper looks at how plans are coordinated, who leads them, and how countries cooperate "
                "across borders against trafficking and sex tourism.",
            ],
            "fr": [
                "En 1996, 122 gouvernements ont adopté la Déclaration et le Programme d'action de Stockholm. "
                "Trente-quatre pays disposent d'un plan d'action national et 26 autres en préparent un.",
            ],
        },
    },
    {
        "symbol": "WC2/2001/BP/2",
        "type": "background-paper",
        "theme": "prevention",
        "region": "global",
        "organisation": "ECPAT International",
        "date": "2001-09-28",
        "access": "public",
        "title": {
            "en": "Prevention: demand, supply and the role of the private sector",
            "es": "Prevención: demanda, oferta y el papel del sector privado",
        },
        "summary": {
            "en": "Why prevention must address those who exploit, not only children at risk.",
            "es": "Por qué la prevención debe dirigirse a los explotadores y no solo a los niños en riesgo.",
        },
        "body": {
            "en": [
                "Demand is driven by paedophiles and by other abusers; supply by poverty, family breakdown, "
                "recruiters and organised networks. Prevention has to address both sides.",
                "Tourism companies, Internet service providers and hotels can refuse to facilitate "
                "exploitation; several codes of conduct adopted since 1996 show how.",
            ],
            "es": [
                "La demanda proviene de pedófilos y de otros abusadores; la oferta, de la pobreza, las redes "
                "de reclutamiento y el crimen organizado. La prevención debe abordar ambos lados.",
            ],
        },
    },
    {
        "symbol": "WC2/2001/BP/3",
        "type": "background-paper",
        "theme": "protection",
        "region": "global",
        "organisation": "UNICEF",
        "date": "2001-10-05",
        "access": "public",
        "title": {
            "en": "Protection: laws, extraterritorial jurisdiction and new international instruments",
            "fr": "Protection : lois, compétence extraterritoriale et nouveaux instruments internationaux",
            "ru": "Защита: законы, экстерриториальная юрисдикция и новые международные документы",
        },
        "summary": {
            "en": "The Optional Protocol, ILO Convention 182 and the Palermo Protocol, and national laws.",
            "fr": "Le Protocole facultatif, la Convention 182 de l'OIT, le Protocole de Palerme et les lois.",
            "ru": "Факультативный протокол, Конвенция МОТ 182, Палермский протокол и национальные законы.",
        },
        "body": {
            "en": [
                "More than 21 countries can now prosecute their nationals for offences against children "
                "committed abroad. The Optional Protocol on the sale of children, child prostitution and "
                "child pornography is open for signature.",
                "Early ratification of these instruments, and laws that treat children as victims rather "
                "than offenders, are the core of effective protection.",
            ],
            "fr": [
                "Plus de 21 pays peuvent désormais poursuivre leurs ressortissants pour des infractions "
                "commises contre des enfants à l'étranger. Le Protocole facultatif est ouvert à la signature.",
            ],
            "ru": [
                "Более 21 страны могут преследовать своих граждан за преступления против детей, совершенные "
                "за рубежом. Факультативный протокол открыт для подписания.",
            ],
        },
    },
    {
        "symbol": "WC2/2001/BP/4",
        "type": "background-paper",
        "theme": "recovery",
        "region": "global",
        "organisation": "Save the Children Alliance",
        "date": "2001-10-12",
        "access": "public",
        "title": {
            "en": "Recovery and reintegration of child victims",
            "ja": "被害を受けた子どもの回復と社会復帰",
        },
        "summary": {
            "en": "What helps children leave exploitation behind, from shelters to schooling.",
            "ja": "シェルターから就学まで、子どもが搾取から抜け出すために役立つこと。",
        },
        "body": {
            "en": [
                "Children leaving exploitation need safety first, then health care, counselling, schooling "
                "or training, and in time a return to a family or community that accepts them.",
                "Programmes that work involve the children themselves and last long enough to matter.",
            ],
            "ja": [
                "搾取から抜け出す子どもには、まず安全が必要です。そして医療、カウンセリング、教育や職業訓練、"
                "さらに子どもを受け入れる家族や地域社会への復帰が必要です。",
            ],
        },
    },
    {
        "symbol": "WC2/2001/BP/5",
        "type": "background-paper",
        "theme": "participation",
        "region": "global",
        "organisation": "NGO Group for the Convention on the Rights of the Child",
        "date": "2001-10-19",
        "access": "public",
        "title": {
            "en": "Child participation: young people as agents of change",
            "es": "Participación infantil: los jóvenes como agentes de cambio",
            "zh-hans": "儿童参与：青年作为变革的推动者",
        },
        "summary": {
            "en": "Forty-seven young people took part in Stockholm; about 100 meet in Kawasaki in 2001.",
            "es": "Cuarenta y siete jóvenes participaron en Estocolmo; unos 100 se reúnen en Kawasaki en 2001.",
            "zh-hans": "47名青年参加了斯德哥尔摩大会；2001年约100名青年在川崎聚会。",
        },
        "body": {
            "en": [
                "Children and young people who have survived exploitation, and their peers, know what "
                "protects them. Their participation must be voluntary, safe and more than a token.",
                "This paper draws on the regional consultations, several of which heard young people's "
                "own recommendations.",
            ],
            "es": [
                "Los niños y jóvenes que han sobrevivido a la explotación saben qué los protege. Su "
                "participación debe ser voluntaria, segura y no meramente simbólica.",
            ],
            "zh-hans": [
                "经历过剥削的儿童和青年最清楚什么能保护他们。他们的参与必须是自愿的、安全的，而不是形式上的。",
            ],
        },
    },
]
