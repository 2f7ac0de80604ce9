"""Questions routed to ECPAT: the private sector's (companies, business associations; ECPAT works with the travel
and tourism industry). One more reaches ECPAT by transfer from UNICEF (see unicef.py)."""

DOMAIN = "desk.demo.plenaria.example"

ECPAT_INQUIRIES = [
    {
        "key": "isp-registration",
        "asked_at": "2001-10-04 09:30",
        "requester_type": "private_sector",
        "topic": "registration",
        "language": "en",
        "name": "Naledi Dlamini",
        "email": f"n.dlamini@{DOMAIN}",
        "subject": "Registering two staff of an internet service provider",
        "message": "Hello,\n\nI work for an internet service provider in Johannesburg. We would like two of our "
        "staff to attend: our head of legal affairs and the manager of our abuse desk. Does each of them "
        "register individually, or can the company register both?\n\nThank you,\nNaledi Dlamini",
        "steps": [
            (28, "assign"),
            (
                29,
                "reply",
                "Dear Ms Dlamini,\n\nEach person registers individually on the Congress site, in the private "
                "sector category, with the name of your company. ECPAT reviews private sector registrations, and "
                "each of them will receive a confirmation by e-mail. Your abuse-desk manager may be interested in "
                "the workshop on child pornography on the Internet.\n\nKind regards,\nECPAT team",
            ),
            (52, "requester", "Thank you, both have registered now."),
            (53, "close"),
        ],
    },
    {
        "key": "code-of-conduct-travel-agency",
        "asked_at": "2001-10-18 14:10",
        "requester_type": "private_sector",
        "topic": "other",
        "language": "fr",
        "name": "Philippe Garnier",
        "email": f"p.garnier@{DOMAIN}",
        "subject": "Adhésion au code de conduite du tourisme",
        "message": "Bonjour,\n\nNotre agence de voyages, à Lyon, souhaite adhérer au code de conduite pour la "
        "protection des enfants contre l'exploitation sexuelle dans le tourisme. Peut-on en parler au Congrès, "
        "et que faut-il faire pour le signer ?\n\nCordialement,\nPhilippe Garnier",
        "steps": [
            (20, "assign"),
            (
                22,
                "reply",
                "Monsieur,\n\nMerci de votre intérêt. Le code de conduite engage les entreprises à adopter une "
                "politique éthique, à former leur personnel, à introduire une clause dans leurs contrats avec les "
                "fournisseurs, à informer les voyageurs et les acteurs locaux, et à rendre compte chaque année. "
                "Pour y adhérer, le mieux est de prendre contact avec le groupe ECPAT de votre pays, qui "
                "accompagne les entreprises signataires. Au Congrès, un atelier est consacré au rôle du secteur "
                "privé : nous pouvons vous y présenter des entreprises qui appliquent déjà le code.\n\n"
                "Cordialement,\nL'équipe d'ECPAT",
            ),
        ],
    },
    {
        "key": "hotel-association-training",
        "asked_at": "2001-10-25 16:00",
        "requester_type": "private_sector",
        "topic": "other",
        "language": "zh-hans",
        "name": "黄美玲",
        "email": f"huang.meiling@{DOMAIN}",
        "subject": "酒店员工培训材料",
        "message": "您好！我们是一家酒店行业协会，希望为会员酒店的前台员工提供预防儿童性剥削的培训。请问是否有可以"
        "参考的培训材料？",
        "steps": [
            (19, "assign"),
            (
                21,
                "reply",
                "黄女士您好：\n\n感谢您的来信。ECPAT为旅游业员工编写了培训材料，目前主要有英文版。我们将通过电子邮件"
                "把英文材料发给您，并为您介绍在您所在地区开展工作的伙伴组织。大会期间的私营部门研讨会也会介绍酒店业"
                "的经验。\n\n此致\nECPAT团队",
            ),
            (45, "requester", "收到，非常感谢！"),
            (46, "close"),
        ],
    },
    {
        "key": "airline-inflight-video",
        "asked_at": "2001-11-12 11:45",
        "requester_type": "private_sector",
        "topic": "programme",
        "language": "ja",
        "name": "高橋 誠",
        "email": f"m.takahashi@{DOMAIN}",
        "subject": "機内啓発ビデオの紹介について",
        "message": "航空会社で社会貢献を担当しております。子どもの性的搾取に反対する機内上映用の啓発ビデオを制作して"
        "おり、会議の場で紹介したいと考えています。展示や発表の機会はありますか。",
        "steps": [
            (22, "assign"),
            (
                23,
                "note",
                "Good case for the private-sector workshop. Ask the programme team whether a five-minute slot is "
                "still free; if not, offer a table in the exhibition area.",
            ),
        ],
    },
    {
        "key": "late-registration-tourism-chamber",
        "asked_at": "2001-11-22 12:00",
        "requester_type": "private_sector",
        "topic": "registration",
        "language": "es",
        "name": "Carolina Méndez",
        "email": f"c.mendez@{DOMAIN}",
        "subject": "¿Todavía podemos inscribirnos?",
        "message": "Buenos días. Represento a la cámara de turismo de nuestra provincia y acabamos de saber del "
        "Congreso. El plazo para el sector privado vence el 30 de noviembre, pero nuestra junta directiva se "
        "reúne el 3 de diciembre para decidir quién viaja. ¿Qué podemos hacer?\n\nSaludos,\nCarolina Méndez",
        "steps": [
            (21, "assign"),
            (
                22,
                "reply",
                "Estimada Sra. Méndez:\n\nLe recomendamos que se inscriba usted misma ahora, a título individual, "
                "en la categoría del sector privado, antes del 30 de noviembre. Si la junta directiva decide "
                "después enviar a otra persona, escríbanos y veremos cómo cambiar el nombre.\n\nSaludos "
                "cordiales,\nEquipo de ECPAT",
            ),
            (
                30,
                "requester",
                "Gracias, ya me inscribí. ¿Podremos cambiar el nombre después del 3 de diciembre aunque la "
                "inscripción esté cerrada?",
            ),
        ],
    },
    {
        "key": "filtering-software-demo",
        "asked_at": "2001-12-13 08:20",
        "requester_type": "private_sector",
        "topic": "programme",
        "language": "en",
        "name": "Marcus Feld",
        "email": f"m.feld@{DOMAIN}",
        "subject": "Demonstrating our software to delegates",
        "message": "Dear ECPAT team,\n\nOur company develops software that helps internet service providers "
        "detect and report images of child abuse. Could we demonstrate it to interested delegates during the "
        "Congress? We would need a table and a power outlet.\n\nBest regards,\nMarcus Feld",
    },
]
