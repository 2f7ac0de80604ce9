"""Questions routed to the NGO Group for the Convention on the Rights of the Child: the NGOs' (registration,
programme, background documentation)."""

DOMAIN = "desk.demo.plenaria.example"

NGO_GROUP_INQUIRIES = [
    {
        "key": "background-documents",
        "asked_at": "2001-09-20 11:30",
        "requester_type": "ngo",
        "topic": "other",
        "language": "ar",
        "name": "ليلى منصور",
        "email": f"l.mansour@{DOMAIN}",
        "subject": "الوثائق الأساسية للمؤتمر",
        "message": "مرحبًا،\n\nنُعدّ ورقة عن وضع الأطفال في منطقتنا لتقديمها في المؤتمر. أين نجد الوثائق الأساسية "
        "وآخر الأخبار؟\n\nمع الشكر،\nليلى منصور",
        "steps": [
            (
                20,
                "reply",
                "السيدة ليلى منصور المحترمة،\n\nالوثائق الأساسية وآخر الأخبار متاحة منذ منتصف حزيران/يونيه 2001 "
                "على الموقع www.focalpointngo.org، وتُضاف إليه الأوراق المواضيعية تباعًا. ونرحب بورقتكم: يُرجى "
                "إرسالها إلينا لنضيفها إلى وثائق المنظمات غير الحكومية.\n\nمع التحية،\nفريق مجموعة المنظمات غير "
                "الحكومية",
            ),
            (22, "close"),
        ],
    },
    {
        "key": "exhibition-space",
        "asked_at": "2001-10-01 10:00",
        "requester_type": "ngo",
        "topic": "programme",
        "language": "en",
        "name": "Ruth Baptiste",
        "email": f"r.baptiste@{DOMAIN}",
        "subject": "Space to display our materials",
        "message": "Dear NGO Group,\n\nOur organisation has produced posters and a short video with young people "
        "on child protection in the Caribbean. Is there a place at the Congress where NGOs can display materials "
        "and hand out publications?\n\nWarm regards,\nRuth Baptiste",
        "steps": [
            (26, "assign"),
            (
                27,
                "reply",
                "Dear Ms Baptiste,\n\nYes: an NGO exhibition area will be set up at Pacifico Yokohama, with tables "
                "allocated on request. Please tell us by 15 November how much space you need (a table, or a table "
                "and a wall panel) and whether you need a video player. Publications can also be left at the "
                "documents counter.\n\nKind regards,\nNGO Group team",
            ),
        ],
    },
    {
        "key": "annual-report-language-amina",
        "asked_at": "2001-10-09 09:30",
        "by_demo_participant": True,
        "requester_type": "ngo",
        "topic": "registration",
        "language": "fr",
        "name": "Amina Haddad",
        "email": "participant@demo.plenaria.example",
        "subject": "Rapport annuel : dans quelle langue ?",
        "message": "Bonjour,\n\nOn me demande d'ajouter le rapport annuel de notre association à mon dossier. Notre "
        "rapport 2000 n'existe qu'en arabe et en français. Est-ce acceptable, ou faut-il une traduction en "
        "anglais ?\n\nMerci,\nAmina Haddad",
        "steps": [
            (24, "assign"),
            (
                25,
                "reply",
                "Madame,\n\nUn rapport en français est tout à fait acceptable, de même qu'une version arabe : il "
                "n'est pas nécessaire de le traduire. Ajoutez-le à votre dossier d'accréditation depuis votre "
                "page d'inscription, puis renvoyez le dossier ; l'examen reprendra alors.\n\nBien "
                "cordialement,\nL'équipe du Groupe des ONG",
            ),
        ],
    },
    {
        "key": "ngo-without-ecosoc",
        "asked_at": "2001-10-12 13:00",
        "requester_type": "ngo",
        "topic": "registration",
        "language": "ru",
        "name": "Ольга Кузнецова",
        "email": f"o.kuznetsova@{DOMAIN}",
        "subject": "Нужен ли статус ЭКОСОС?",
        "message": "Здравствуйте!\n\nНаша организация не имеет консультативного статуса при ЭКОСОС. Можем ли мы "
        "участвовать в Конгрессе? Какие документы нужны?\n\nОльга Кузнецова",
        "steps": [
            (22, "assign"),
            (
                23,
                "reply",
                "Уважаемая г-жа Кузнецова!\n\nДа, НПО без статуса ЭКОСОС могут участвовать. При регистрации "
                "нужно представить досье: цели организации, её деятельность, связанную с темой Конгресса, "
                "последний годовой отчёт и финансовую отчётность, состав руководящего органа и устав. Срок подачи "
                "— 15 ноября 2001 года.\n\nС уважением,\nГруппа НПО по Конвенции о правах ребенка",
            ),
            (40, "requester", "Спасибо, мы подадим документы на этой неделе."),
            (41, "close"),
        ],
    },
    {
        "key": "travel-grant-lome",
        "asked_at": "2001-10-26 08:45",
        "requester_type": "ngo",
        "topic": "other",
        "language": "fr",
        "name": "Koffi Agbodjan",
        "email": f"k.agbodjan@{DOMAIN}",
        "subject": "Aide au voyage pour les ONG",
        "message": "Bonjour,\n\nNotre ONG travaille à Lomé avec des enfants victimes d'exploitation. Nous n'avons "
        "pas les moyens de payer le billet d'avion. Existe-t-il une aide au voyage pour les ONG "
        "africaines ?\n\nKoffi Agbodjan",
        "steps": [
            (27, "assign"),
            (
                28,
                "reply",
                "Monsieur,\n\nQuelques aides au voyage sont prévues pour des ONG de pays en développement, en "
                "nombre très limité. Nous avons transmis votre demande au comité qui les attribue ; il répondra "
                "avant le 15 novembre. Nous ne pouvons malheureusement pas promettre une aide à chaque "
                "organisation.\n\nBien cordialement,\nL'équipe du Groupe des ONG",
            ),
        ],
    },
    {
        "key": "workshop-street-children",
        "asked_at": "2001-11-14 16:20",
        "requester_type": "ngo",
        "topic": "programme",
        "language": "es",
        "name": "Marcela Rojas",
        "email": f"m.rojas@{DOMAIN}",
        "subject": "Propuesta de taller sobre niños en situación de calle",
        "message": "Estimados:\n\nNuestra red de ONG latinoamericanas quiere proponer un taller sobre la "
        "explotación sexual de niños y niñas en situación de calle, con la participación de dos jóvenes. ¿Cuál "
        "es el procedimiento y cuál es la fecha límite?\n\nSaludos,\nMarcela Rojas",
        "steps": [
            (19, "assign"),
            (
                20,
                "note",
                "The workshop programme is closed: offer a slot in the NGO forum instead. Check with UNICEF "
                "whether the two young people are nominated for the youth event.",
            ),
        ],
    },
    {
        "key": "african-ngos-meeting-room",
        "asked_at": "2001-12-14 14:45",
        "requester_type": "ngo",
        "topic": "programme",
        "language": "en",
        "name": "Fatima Bello",
        "email": f"f.bello@{DOMAIN}",
        "subject": "A room for the African NGOs on 17 December",
        "message": "Dear NGO Group,\n\nThe African NGOs attending would like to meet on the evening of 17 "
        "December to prepare a joint statement. Is there a room we could use at Pacifico Yokohama, for about 40 "
        "people?\n\nThank you,\nFatima Bello",
    },
    {
        "key": "no-confirmation-email",
        "asked_at": "2001-12-16 10:30",
        "requester_type": "ngo",
        "topic": "registration",
        "language": "zh-hans",
        "name": "张伟",
        "email": f"zhang.wei@{DOMAIN}",
        "subject": "没有收到登记确认邮件",
        "message": "您好！我于11月28日在网上登记了，但一直没有收到确认邮件。请帮我查一下登记状态。我的组织是一家"
        "关注流动儿童的民间组织。谢谢！",
    },
]
