"""Questions routed to UNICEF: inter-governmental agency queries, and the youth event and young people's
questions (the demo has no youth team: UNICEF, which co-organised the Kawasaki youth event, stands in)."""

DOMAIN = "desk.demo.plenaria.example"

UNICEF_INQUIRIES = [
    {
        "key": "igo-third-place",
        "asked_at": "2001-09-25 15:20",
        "requester_type": "intergovernmental",
        "topic": "registration",
        "language": "en",
        "name": "Henrik Aalto",
        "email": f"h.aalto@{DOMAIN}",
        "subject": "A third place for our organisation",
        "message": "Dear colleagues,\n\nOur regional intergovernmental organisation would like to send three "
        "people: the Secretary General's representative, a legal adviser and a programme officer who works on "
        "trafficking. The registration page mentions two places per organisation. Is a third place "
        "possible?\n\nBest regards,\nHenrik Aalto",
        "steps": [
            (20, "assign"),
            (
                21,
                "reply",
                "Dear Mr Aalto,\n\nEach intergovernmental organisation has two places, so that all of them can be "
                "represented in the Conference Centre. Please nominate two participants with the letter signed by "
                "the head of your organisation; a third person can be put on the waiting list, and we will tell "
                "you in late November whether a place has become free.\n\nKind regards,\nUNICEF team",
            ),
            (
                26,
                "requester",
                "Understood, thank you. We will nominate two and put our programme officer on the waiting list.",
            ),
            (27, "close"),
        ],
    },
    {
        "key": "tourism-code-youth-event",
        "asked_at": "2001-10-11 13:30",
        "requester_type": "private_sector",
        "topic": "youth_event",
        "language": "en",
        "name": "Daniel Whitfield",
        "email": f"d.whitfield@{DOMAIN}",
        "subject": "Supporting the youth event and the tourism code of conduct",
        "message": "Dear organisers,\n\nOur association of tour operators would like to support the youth event "
        "in Kawasaki, and to present to the Congress how our members apply the Code of Conduct for the "
        "protection of children from sexual exploitation in travel and tourism. Whom should we talk "
        "to?\n\nYours sincerely,\nDaniel Whitfield",
        "steps": [
            (20, "assign"),
            (
                21,
                "transfer",
                "ecpat",
                "Their real question is the tourism Code of Conduct, which ECPAT leads: transferring to ECPAT. "
                "Offers to support the youth event go through the youth programme committee; ECPAT may mention "
                "it in the reply.",
            ),
            (40, "assign"),
            (
                42,
                "reply",
                "Dear Mr Whitfield,\n\nThank you for your message, which UNICEF passed on to us: ECPAT "
                "coordinates the Code of Conduct for the Protection of Children from Sexual Exploitation in Travel "
                "and Tourism. A workshop of the Congress looks at the role of the private sector, and we would "
                "welcome a short written contribution on how your members apply the Code (two pages, by 30 "
                "November), which we will share with its participants. Offers of support for the youth event are "
                "considered by the youth programme committee: we have passed yours on.\n\nKind regards,\nECPAT "
                "team",
            ),
        ],
    },
    {
        "key": "parent-consent-form",
        "asked_at": "2001-10-30 19:40",
        "requester_type": "young_person",
        "topic": "youth_event",
        "language": "es",
        "name": "Rosa Quispe Mamani",
        "email": f"r.quispe@{DOMAIN}",
        "subject": "Autorización para mi hijo",
        "message": "Buenas tardes. Mi hijo de 16 años ha sido propuesto por su organización juvenil para el "
        "encuentro de jóvenes en Kawasaki. ¿Qué documento tengo que firmar como madre y cómo lo envío? No "
        "tenemos escáner en casa.\n\nGracias,\nRosa Quispe",
        "steps": [
            (14, "assign"),
            (
                15,
                "reply",
                "Estimada Sra. Quispe:\n\nGracias por escribirnos. Cuando la organización de su hijo confirme la "
                "candidatura, usted recibirá un correo con un enlace a la página de consentimiento, donde puede "
                "dar su autorización en línea, sin necesidad de escáner. Si lo prefiere, la organización juvenil "
                "puede darle un formulario en papel, que usted firma y ellos nos envían. En la misma página indica "
                "los contactos de emergencia y si su hijo puede ser fotografiado; su hijo también da su propio "
                "acuerdo. Un adulto inscrito lo acompañará en todo momento.\n\nSaludos cordiales,\nEquipo del "
                "UNICEF",
            ),
        ],
    },
    {
        "key": "igo-regional-outcome",
        "asked_at": "2001-11-02 10:10",
        "requester_type": "intergovernmental",
        "topic": "programme",
        "language": "zh-hans",
        "name": "陈志明",
        "email": f"chen.zhiming@{DOMAIN}",
        "subject": "关于区域磋商会议成果的介绍",
        "message": "您好！我们机构参加了东亚及太平洋区域磋商会议。请问大会期间是否安排时间介绍区域磋商的成果？"
        "发言需要提前提交书面材料吗？谢谢。",
        "steps": [
            (23, "assign"),
            (
                25,
                "reply",
                "陈先生您好：\n\n感谢来信。六个区域磋商会议的成果文件将在大会上介绍，并作为大会成果的附件。每个区域"
                "的介绍由该区域磋商会议的主办方统一安排；如贵机构希望补充书面意见，请在11月30日前将材料（不超过两页）"
                "发给我们，我们将转交大会秘书处。\n\n此致\n联合国儿童基金会团队",
            ),
        ],
    },
    {
        "key": "chaperone-two-organisations",
        "asked_at": "2001-11-08 11:00",
        "requester_type": "ngo",
        "topic": "youth_event",
        "language": "fr",
        "name": "Jean-Baptiste Ndayishimiye",
        "email": f"jb.ndayishimiye@{DOMAIN}",
        "subject": "Accompagnateur pour deux jeunes",
        "message": "Bonjour,\n\nNotre association emmène deux jeunes (15 et 17 ans) à la rencontre de Kawasaki, "
        "et je serai leur accompagnateur. Dois-je m'inscrire moi-même comme participant et suivre une "
        "formation ? Puis-je aussi accompagner une jeune d'une autre association si son accompagnatrice ne peut "
        "pas venir ?\n\nCordialement,\nJean-Baptiste Ndayishimiye",
        "steps": [
            (18, "assign"),
            (
                19,
                "note",
                "Before answering: ask the safeguarding officers whether one adult may accompany three young "
                "people from two organisations, and whether the other association's guardian must agree.",
            ),
        ],
    },
    {
        "key": "photos-refuse",
        "asked_at": "2001-11-15 20:15",
        "requester_type": "young_person",
        "topic": "youth_event",
        "language": "ru",
        "name": "Анна Петрова",
        "email": f"anna.p@{DOMAIN}",
        "subject": "Можно ли отказаться от фотографий?",
        "message": "Здравствуйте! Я еду на молодёжную встречу в Кавасаки. Я не хочу, чтобы мои фотографии "
        "появились в газетах или в интернете. Можно ли отказаться, даже если мама уже подписала согласие?",
        "steps": [
            (13, "assign"),
            (
                14,
                "reply",
                "Здравствуйте, Анна!\n\nДа, можно. Ты сама решаешь, можно ли тебя фотографировать и снимать, и "
                "можешь изменить решение в любой момент, даже после согласия мамы. Скажи об этом на своей "
                "странице участника или своему сопровождающему: на твоём бейдже будет отмечено, что тебя нельзя "
                "фотографировать, и журналисты обязаны это соблюдать.\n\nС уважением,\nгруппа ЮНИСЕФ",
            ),
            (30, "requester", "Спасибо большое!"),
            (31, "close"),
        ],
    },
    {
        # A concern about a child's safety is never kept at the desk: it goes to the safeguarding officers.
        "key": "stranger-phoned-daughter",
        "asked_at": "2001-11-28 22:40",
        "requester_type": "young_person",
        "topic": "youth_event",
        "language": "en",
        "name": "Grace Achieng",
        "email": f"g.achieng@{DOMAIN}",
        "subject": "A man phoned my daughter about the youth event",
        "message": "Good evening.\n\nMy daughter (15) has been nominated for the youth event. Today a man phoned "
        "her at home, said he was a volunteer of the congress and asked her to meet him alone before the trip to "
        "'prepare her speech'. He told her not to tell us. Is he someone from the organisers? I am "
        "worried.\n\nGrace Achieng",
        "steps": [
            (
                9,
                "concern",
                "Not a question for the desk: an adult asked a nominated 15-year-old to meet him alone and to keep "
                "it secret. Handed to the safeguarding officers this morning; the mother is told that they will "
                "contact her.",
            ),
        ],
    },
    {
        "key": "journalist-youth-interviews",
        "asked_at": "2001-12-10 15:00",
        "requester_type": "media",
        "topic": "youth_event",
        "language": "zh-hans",
        "name": "刘洋",
        "email": f"liu.yang@{DOMAIN}",
        "subject": "采访参加青年活动的青少年",
        "message": "您好，我是一家报社的记者，已获大会媒体注册。我们希望在川崎青年活动期间采访两三位来自亚洲的"
        "青少年参加者。请问如何安排？",
        "steps": [
            (6, "assign"),
            (
                8,
                "note",
                "Interviews with young participants: only those whose own media consent allows it, arranged "
                "through the youth programme staff. Tell Communications.",
            ),
            (
                9,
                "reply",
                "刘先生您好：\n\n感谢您的来信。青年活动期间，只能采访本人及其监护人同意接受媒体采访的青少年，并由"
                "青年活动工作人员陪同安排。请在12月12日前告诉我们采访的主题和希望的时间，我们将询问愿意接受采访的"
                "青少年。请遵守联合国儿童基金会关于儿童报道的道德准则：不得公开青少年的全名、学校或住址。\n\n此致\n"
                "联合国儿童基金会团队",
            ),
        ],
    },
    {
        "key": "youth-allergy",
        "asked_at": "2001-12-12 18:30",
        "requester_type": "young_person",
        "topic": "hotel_logistics",
        "language": "ja",
        "name": "山本 健太",
        "email": f"k.yamamoto@{DOMAIN}",
        "subject": "食事のアレルギーについて",
        "message": "川崎のユースイベントに参加する高校生です。そばとピーナッツのアレルギーがあります。イベント中の"
        "食事で対応してもらえますか。どこに伝えればいいですか。",
    },
]
