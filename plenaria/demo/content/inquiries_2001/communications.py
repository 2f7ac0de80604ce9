"""Questions routed to the Communications Advisor: media accreditation and the media's other questions."""

DOMAIN = "desk.demo.plenaria.example"

COMMUNICATIONS_INQUIRIES = [
    {
        "key": "press-reporter-photographer",
        "asked_at": "2001-11-06 09:00",
        "requester_type": "media",
        "topic": "media_accreditation",
        "language": "en",
        "name": "Helen Carter",
        "email": f"h.carter@{DOMAIN}",
        "subject": "Accreditation for a reporter and a photographer",
        "message": "Hello,\n\nOur newspaper would like to accredit a reporter and a photographer for the "
        "Congress. What do we need to send?\n\nHelen Carter, foreign desk",
        "steps": [
            (7, "assign"),
            (
                8,
                "reply",
                "Dear Ms Carter,\n\nEach journalist applies on the Congress site in the media category, with a "
                "letter of assignment signed by the editor, a press card and an identity document, and accepts "
                "UNICEF's ethical guidelines for reporting on children. Media accreditation closes on 10 "
                "December. Badges are collected at the press desk at Pacifico Yokohama, with the identity "
                "document.\n\nKind regards,\nCommunications",
            ),
            (30, "requester", "Thanks, both applications are in."),
            (31, "close"),
        ],
    },
    {
        "key": "filming-young-participants",
        "asked_at": "2001-11-19 15:30",
        "requester_type": "media",
        "topic": "media_accreditation",
        "language": "fr",
        "name": "Sophie Lambert",
        "email": f"s.lambert@{DOMAIN}",
        "subject": "Tournage avec de jeunes participants",
        "message": "Bonjour,\n\nNotre équipe de télévision souhaite filmer la cérémonie d'ouverture et quelques "
        "moments de la rencontre des jeunes. Quelles règles s'appliquent pour filmer des mineurs ?\n\nSophie "
        "Lambert",
        "steps": [
            (6, "assign"),
            (
                7,
                "reply",
                "Madame,\n\nLes journalistes accrédités s'engagent à respecter les principes éthiques de l'UNICEF "
                "pour les reportages sur les enfants. Chaque jeune décide lui-même s'il accepte d'être filmé, et "
                "peut changer d'avis : son badge l'indique. Ne filmez de près que les jeunes dont le badge le "
                "permet, ne donnez jamais leur nom complet, leur école ou leur adresse, et passez par notre équipe "
                "pour toute interview. La rencontre de Kawasaki n'est ouverte à la presse qu'aux moments annoncés "
                "dans le programme.\n\nCordialement,\nCommunication",
            ),
        ],
    },
    {
        "key": "broadcast-positions",
        "asked_at": "2001-11-26 10:15",
        "requester_type": "media",
        "topic": "media_accreditation",
        "language": "ja",
        "name": "中村 大輔",
        "email": f"d.nakamura@{DOMAIN}",
        "subject": "中継カメラの設置場所について",
        "message": "テレビ局の報道部です。開会式を中継する予定で、カメラ3台と中継車が必要です。カメラの設置場所と"
        "中継車の駐車について相談させてください。",
        "steps": [
            (4, "assign"),
            (
                5,
                "note",
                "Broadcast positions: ask Pacifico for the plan of the plenary hall and the outside-broadcast "
                "parking, then answer.",
            ),
        ],
    },
    {
        "key": "freelance-accreditation",
        "asked_at": "2001-11-30 17:00",
        "requester_type": "media",
        "topic": "media_accreditation",
        "language": "ru",
        "name": "Дмитрий Волков",
        "email": f"d.volkov@{DOMAIN}",
        "subject": "Аккредитация внештатного журналиста",
        "message": "Здравствуйте!\n\nЯ внештатный журналист и пишу для нескольких изданий, постоянного редактора у "
        "меня нет. Как мне получить аккредитацию?\n\nДмитрий Волков",
        "steps": [
            (15, "assign"),
            (
                16,
                "reply",
                "Уважаемый г-н Волков!\n\nВнештатные журналисты аккредитуются так же, как штатные, но вместо "
                "письма своей редакции прилагают письмо-задание от издания, которое опубликует ваши материалы о "
                "Конгрессе, а также удостоверение журналиста и документ, удостоверяющий личность. Заявки "
                "принимаются до 10 декабря.\n\nС уважением,\nгруппа по связям с общественностью",
            ),
            (40, "requester", "Спасибо, письмо от журнала получил, заявку отправил."),
            (41, "close"),
        ],
    },
    {
        "key": "radio-interview-request",
        "asked_at": "2001-12-05 11:00",
        "requester_type": "media",
        "topic": "programme",
        "language": "es",
        "name": "Javier Morales",
        "email": f"j.morales@{DOMAIN}",
        "subject": "Entrevista con la jefa de una delegación",
        "message": "Buenos días. Soy periodista de una radio mexicana, acreditado para el Congreso. Quisiera "
        "entrevistar a la jefa de la delegación de México. ¿Pueden ayudarme a contactarla?\n\nJavier Morales",
        "steps": [
            (5, "assign"),
            (
                6,
                "reply",
                "Estimado Sr. Morales:\n\nNo podemos dar los datos de contacto de los delegados, pero hemos "
                "transmitido su solicitud a la delegación, que le responderá directamente. Durante el Congreso, el "
                "centro de prensa dispone de una sala para entrevistas que puede reservar en el mostrador de "
                "prensa.\n\nSaludos cordiales,\nComunicaciones",
            ),
        ],
    },
    {
        "key": "press-centre-hours",
        "asked_at": "2001-12-16 08:30",
        "requester_type": "media",
        "topic": "other",
        "language": "ar",
        "name": "سامر خوري",
        "email": f"s.khoury@{DOMAIN}",
        "subject": "ساعات عمل المركز الصحفي",
        "message": "صباح الخير،\n\nأنا مراسل لصحيفة عربية وحصلت على الاعتماد. ما هي ساعات عمل المركز الصحفي، وهل "
        "تتوفر فيه خطوط هاتفية لإرسال المقالات عبر الإنترنت؟\n\nسامر خوري",
    },
]
