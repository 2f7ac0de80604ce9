"""The Yokohama Global Commitment 2001 in its three versions, what was attached to it, and the General
Rapporteur's report (DOMAIN 1.1, 1.2, 1.4). Demo texts: they follow the structure of the real documents and
quote none of them."""

# The adopted text, in every language of the Congress.
FINAL_TEXT = {
    "en": [
        "I. Our follow-up. We, representatives from governments, intergovernmental organisations, "
        "NGOs, the private sector and members of civil society, reaffirm the Stockholm "
        "Declaration and Agenda for Action.",
        "II. Our commitment. We call for the early ratification of the Optional Protocol on the "
        "sale of children, ILO Convention 182 and the Palermo Protocol; we will address poverty, "
        "inequality and discrimination, and aim sanctions at the exploiters.",
    ],
    "fr": [
        "I. Notre suivi. Nous réaffirmons la Déclaration et le Programme d'action de Stockholm.",
        "II. Notre engagement. Nous appelons à la ratification rapide du Protocole facultatif, de "
        "la Convention 182 de l'OIT et du Protocole de Palerme.",
    ],
    "es": [
        "I. Nuestro seguimiento. Reafirmamos la Declaración y el Programa de Acción de Estocolmo.",
        "II. Nuestro compromiso. Pedimos la pronta ratificación del Protocolo Facultativo, del "
        "Convenio 182 de la OIT y del Protocolo de Palermo.",
    ],
    "ar": [
        "أولا: متابعتنا. نحن ممثلي الحكومات والمنظمات الحكومية الدولية والمنظمات غير الحكومية "
        "والقطاع الخاص والمجتمع المدني، نؤكد من جديد إعلان ستوكهولم وبرنامج العمل.",
    ],
    "ru": [
        "I. Наши последующие действия. Мы вновь подтверждаем Стокгольмскую декларацию и Программу действий.",
    ],
    "zh-hans": [
        "一、我们的后续行动。我们重申《斯德哥尔摩宣言和行动议程》，并呼吁尽早批准相关国际文书。",
    ],
    "ja": [
        "一　私たちのフォローアップ。私たちはストックホルム宣言と行動計画を再確認し、"
        "関連する国際文書の早期批准を呼びかけます。",
    ],
}

_TITLE = {
    "en": "Yokohama Global Commitment 2001",
    "fr": "Engagement mondial de Yokohama 2001",
    "es": "Compromiso Global de Yokohama 2001",
    "ar": "التزام يوكوهاما العالمي لعام 2001",
    "ru": "Иокогамское глобальное обязательство 2001 года",
    "zh-hans": "2001年横滨全球承诺",
    "ja": "横浜グローバル・コミットメント2001",
}

# Access is decided per document: the negotiation (draft 1, draft 2, then the adopted text) is for government
# delegations; the adopted text is also published on its own for everyone.
GLOBAL_COMMITMENT_DRAFTS = {
    "symbol": "WC2/2001/GC/DRAFT",
    "type": "draft-outcome",
    "event": "congress",
    "region": "global",
    "organisation": "Governments participating in the Congress",
    "date": "2001-12-20",
    "access": "governments",
    "title": {
        "en": "Yokohama Global Commitment 2001: negotiation drafts",
        "fr": "Engagement mondial de Yokohama 2001 : projets de négociation",
        "es": "Compromiso Global de Yokohama 2001: proyectos de negociación",
    },
    "summary": {
        "en": "The drafts negotiated by governments during the week, up to the adopted text.",
        "fr": "Les projets négociés par les gouvernements pendant la semaine, jusqu'au texte adopté.",
        "es": "Los proyectos negociados por los gobiernos durante la semana, hasta el texto aprobado.",
    },
    "versions": [
        {
            "label": "Draft 1",
            "date": "2001-11-30",
            "note": "First draft, sent to governments before the Congress.",
            "body": {
                "en": [
                    "I. Our follow-up. We, representatives from governments, intergovernmental organisations, "
                    "NGOs, the private sector and civil society, reaffirm the Stockholm Declaration.",
                    "We welcome the progress made since 1996 and call for the early ratification of the "
                    "relevant international instruments.",
                ],
                "fr": [
                    "I. Notre suivi. Nous, représentants des gouvernements, des organisations "
                    "intergouvernementales, des ONG, du secteur privé et de la société civile, réaffirmons la "
                    "Déclaration de Stockholm.",
                ],
            },
        },
        {
            "label": "Draft 2",
            "date": "2001-12-18",
            "note": "Revised during the Congress after the first reading by governments.",
            "body": {
                "en": [
                    "I. Our follow-up. We reaffirm the Stockholm Declaration and Agenda for Action and welcome "
                    "the new laws, including extraterritorial provisions, adopted since 1996.",
                    "II. Our commitment. We will address poverty, inequality and discrimination, and aim "
                    "sanctions at those who exploit children, not at the children.",
                ],
                "es": [
                    "I. Nuestro seguimiento. Reafirmamos la Declaración y el Programa de Acción de Estocolmo y "
                    "acogemos con satisfacción las nuevas leyes, incluidas las disposiciones extraterritoriales.",
                ],
            },
        },
        {
            "label": "Final",
            "date": "2001-12-20",
            "note": "Adopted by consensus on 20 December 2001.",
            "body": FINAL_TEXT,
        },
    ],
}


GLOBAL_COMMITMENT = {
    "symbol": "WC2/2001/GC",
    "type": "draft-outcome",
    "event": "congress",
    "region": "global",
    "organisation": "Governments participating in the Congress",
    "date": "2001-12-20",
    "access": "public",
    "title": _TITLE,
    "summary": {
        "en": "The outcome document of the Congress, adopted by consensus on 20 December 2001.",
        "fr": "Le document final du Congrès, adopté par consensus le 20 décembre 2001.",
        "es": "El documento final del Congreso, aprobado por consenso el 20 de diciembre de 2001.",
        "ar": "الوثيقة الختامية للمؤتمر، اعتُمدت بتوافق الآراء في 20 ديسمبر 2001.",
        "ru": "Итоговый документ Конгресса, принятый консенсусом 20 декабря 2001 года.",
        "zh-hans": "大会成果文件，于2001年12月20日以协商一致方式通过。",
        "ja": "2001年12月20日に全会一致で採択された会議の成果文書です。",
    },
    "body": FINAL_TEXT,
}

# Governments adopting the outcome document attached explanatory statements to it (DOMAIN 1.2).
EXPLANATORY_STATEMENTS = [
    {
        "symbol": "WC2/2001/ES/1",
        "type": "explanatory-statement",
        "event": "congress",
        "region": "europe-central-asia",
        "organisation": "European Union",
        "date": "2001-12-20",
        "access": "public",
        "title": {
            "en": "Explanatory statement of the European Union on the Yokohama Global Commitment",
            "fr": "Déclaration explicative de l'Union européenne sur l'Engagement mondial de Yokohama",
        },
        "summary": {
            "en": "Attached to the Yokohama Global Commitment on its adoption.",
            "fr": "Jointe à l'Engagement mondial de Yokohama lors de son adoption.",
        },
        "body": {
            "en": [
                "The European Union joins the consensus on the Yokohama Global Commitment and states how it "
                "reads the paragraphs on the age of the child and on international cooperation.",
            ],
            "fr": [
                "L'Union européenne se joint au consensus sur l'Engagement mondial de Yokohama et précise "
                "comment elle lit les paragraphes sur l'âge de l'enfant et la coopération internationale.",
            ],
        },
    },
    {
        "symbol": "WC2/2001/ES/2",
        "type": "explanatory-statement",
        "event": "congress",
        "region": "arab-african",
        "organisation": "Group of Arab and African States",
        "date": "2001-12-20",
        "access": "public",
        "title": {
            "en": "Explanatory statement of the Group of Arab and African States",
            "ar": "البيان التفسيري لمجموعة الدول العربية والأفريقية",
            "fr": "Déclaration explicative du Groupe des États arabes et africains",
        },
        "summary": {
            "en": "Attached to the Yokohama Global Commitment on its adoption.",
            "ar": "أُرفق بالتزام يوكوهاما العالمي عند اعتماده.",
            "fr": "Jointe à l'Engagement mondial de Yokohama lors de son adoption.",
        },
        "body": {
            "en": [
                "The Group joins the consensus and recalls the Rabat Declaration of the Arab-African Forum, "
                "annexed to the Commitment.",
            ],
            "ar": ["تنضم المجموعة إلى توافق الآراء وتذكّر بإعلان الرباط الصادر عن المنتدى العربي الأفريقي."],
            "fr": [
                "Le Groupe se joint au consensus et rappelle la Déclaration de Rabat du Forum arabo-africain."
            ],
        },
    },
]

RAPPORTEUR_REPORT = {
    "symbol": "WC2/2001/GR/1",
    "type": "rapporteur-report",
    "event": "congress",
    "region": "global",
    "organisation": "General Rapporteur",
    "date": "2001-12-20",
    "access": "public",
    "title": {
        "en": "Report of the General Rapporteur",
        "fr": "Rapport du Rapporteur général",
        "es": "Informe del Relator General",
    },
    "summary": {
        "en": "From the changing nature of exploitation to the orientations for the years ahead.",
        "fr": "De l'évolution de l'exploitation aux orientations pour les années à venir.",
        "es": "De la naturaleza cambiante de la explotación a las orientaciones para los próximos años.",
    },
    "body": {
        "en": [
            "The report follows the Congress: the changing nature of commercial sexual exploitation, "
            "protecting rights effectively, a global phenomenon, demand and supply, multi-faceted measures, "
            "and the child as victim, survivor and agent of change.",
            "Lessons learned cover cooperation and coordination, the participation of children, prevention, "
            "protection, recovery and reintegration, and information, research and monitoring.",
        ],
        "fr": [
            "Le rapport suit le Congrès : l'évolution de l'exploitation sexuelle commerciale, la protection "
            "effective des droits, la demande et l'offre, et l'enfant victime, survivant et acteur du changement.",
        ],
        "es": [
            "El informe recorre el Congreso: la naturaleza cambiante de la explotación sexual comercial, la "
            "demanda y la oferta, y el niño como víctima, sobreviviente y agente de cambio.",
        ],
    },
    "formats": {"en": "docx"},
}
