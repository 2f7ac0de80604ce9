"""Questions routed to the Yokohama Congress secretariat (Ministry of Foreign Affairs of Japan): government
inquiries and Congress logistics (visas, travel, hotels), and whatever no other rule routes."""

DOMAIN = "desk.demo.plenaria.example"

SECRETARIAT_INQUIRIES = [
    {
        "key": "gov-delegation-size",
        "asked_at": "2001-09-12 10:05",
        "requester_type": "government",
        "topic": "registration",
        "language": "es",
        "name": "Lucía Fernández Ortiz",
        "email": f"l.fernandez@{DOMAIN}",
        "subject": "Composición de la delegación",
        "message": "Buenos días. La Misión Permanente nos informa de que cada delegación tiene un número "
        "limitado de miembros. ¿Cuántas personas puede incluir nuestra delegación y quién debe enviar la lista? "
        "Queremos incluir a una representante de la sociedad civil.\n\nAtentamente,\nLucía Fernández Ortiz",
        "steps": [
            (22, "assign"),
            (
                23,
                "reply",
                "Estimada Sra. Fernández:\n\nCada delegación gubernamental dispone de hasta 10 plazas. El "
                "Ministerio de Relaciones Exteriores o la Misión Permanente designa a un coordinador y envía una "
                "nota verbal con la composición de la delegación; el coordinador inscribe después a cada miembro "
                "en el sitio del Congreso. Una representante de la sociedad civil puede formar parte de la "
                "delegación si el Gobierno la incluye en la nota verbal.\n\nAtentamente,\nSecretaría del "
                "Congreso de Yokohama",
            ),
            (47, "requester", "Muchas gracias. Enviaremos la nota verbal esta semana."),
            (49, "close"),
        ],
    },
    {
        "key": "security-heads-of-delegation",
        "asked_at": "2001-10-02 15:40",
        "requester_type": "government",
        "topic": "other",
        "language": "en",
        "name": "Ahmed Rahman",
        "email": f"a.rahman@{DOMAIN}",
        "subject": "Security arrangements for heads of delegation",
        "message": "Dear Secretariat,\n\nGiven the tighter security at airports since September, could you tell "
        "us what security arrangements are planned at the venue? Our head of delegation is a minister: is there "
        "a separate entrance, and may an accompanying officer stay with him?\n\nRegards,\nAhmed Rahman",
        "steps": [
            (23, "assign"),
            (
                24,
                "reply",
                "Dear Mr Rahman,\n\nEvery participant passes a security check at the entrance of Pacifico "
                "Yokohama, where badges are checked: please allow extra time on the first morning. Ministers who "
                "head a delegation are met at the VIP entrance if we know their arrival time; one accompanying "
                "officer with a delegation badge may stay with the minister. Please send us the arrival time and "
                "the officer's name by 10 December.\n\nKind regards,\nYokohama Congress secretariat",
            ),
            (48, "requester", "Thank you. We will send the details as soon as the flights are confirmed."),
            (50, "close"),
        ],
    },
    {
        "key": "visa-letter-amina",
        "asked_at": "2001-10-08 11:20",
        "by_demo_participant": True,
        "requester_type": "ngo",
        "topic": "visa_travel",
        "language": "ar",
        "name": "Amina Haddad",
        "email": "participant@demo.plenaria.example",
        "subject": "رسالة دعم طلب التأشيرة",
        "message": "السلام عليكم،\n\nأنا منسقة برامج في جمعية مغربية للدفاع عن حقوق الطفل، وقد سجلت للمشاركة في "
        "المؤتمر. أحتاج إلى تأشيرة لدخول اليابان، وتطلب السفارة اليابانية في الرباط رسالة من منظمي المؤتمر. متى "
        "يمكنني الحصول على هذه الرسالة؟\n\nمع الشكر،\nأمينة حداد",
        "steps": [
            (3, "assign"),
            (
                4,
                "note",
                "Her registration is waiting for the annual report that the reviewers asked for. The letter "
                "comes with the approval: tell her so, and that a French or Arabic report is fine.",
            ),
            (
                5,
                "reply",
                "السيدة أمينة حداد المحترمة،\n\nشكرًا على رسالتك. تصدر رسالة دعم طلب التأشيرة بمجرد الموافقة على "
                "تسجيلك، ويمكنك عندئذ تنزيلها من صفحة تسجيلك. وتسجيلك الآن في انتظار الوثيقة التي طلبها فريق "
                "المراجعة (التقرير السنوي لجمعيتكم)، ويُقبل التقرير باللغة العربية أو الفرنسية. وننصحك بتقديم طلب "
                "التأشيرة قبل السفر بثلاثة أسابيع على الأقل.\n\nمع أطيب التحيات،\nأمانة مؤتمر يوكوهاما",
            ),
        ],
    },
    {
        "key": "hotel-rates-mali",
        "asked_at": "2001-10-15 17:45",
        "requester_type": "government",
        "topic": "hotel_logistics",
        "language": "fr",
        "name": "Mariam Koné",
        "email": f"m.kone@{DOMAIN}",
        "subject": "Hébergement de la délégation",
        "message": "Madame, Monsieur,\n\nLa délégation du Mali comptera quatre personnes. Le secrétariat a-t-il "
        "retenu des chambres à tarif préférentiel à proximité du centre de conférences ? Nous souhaiterions "
        "connaître les tarifs et la procédure de réservation.\n\nVeuillez agréer nos salutations "
        "distinguées.\nMariam Koné",
        "steps": [
            (20, "assign"),
            (
                21,
                "reply",
                "Madame,\n\nDes chambres à tarif préférentiel sont retenues jusqu'au 16 novembre 2001 dans "
                "plusieurs hôtels proches de Pacifico Yokohama. La liste des hôtels et des tarifs figure dans le "
                "dossier d'information adressé aux missions permanentes ; la réservation se fait directement "
                "auprès de l'hôtel, en mentionnant le Congrès. Des navettes relieront ces hôtels au Centre de "
                "conférences matin et soir.\n\nVeuillez agréer, Madame, nos salutations distinguées.\nLe "
                "Secrétariat du Congrès de Yokohama",
            ),
            (70, "requester", "Merci. Les chambres sont réservées à l'hôtel indiqué."),
            (72, "close"),
        ],
    },
    {
        "key": "documents-to-bring",
        "asked_at": "2001-10-22 09:15",
        "requester_type": "other",
        "topic": "other",
        "language": "en",
        "name": "Peter Lindqvist",
        "email": f"p.lindqvist@{DOMAIN}",
        "subject": "Documents to bring to Yokohama",
        "message": "Hello,\n\nI am registered with a Swedish NGO. Besides my passport, what should I bring to "
        "collect my badge? Do I need to print anything?\n\nBest regards,\nPeter Lindqvist",
        "steps": [
            (
                24,
                "reply",
                "Dear Mr Lindqvist,\n\nPlease bring the passport you registered with and the confirmation of "
                "registration that you received by e-mail (printed, or its reference written down). Badges are "
                "handed out at the accreditation desk at Pacifico Yokohama from 16 December, the day before the "
                "Congress opens.\n\nKind regards,\nYokohama Congress secretariat",
            ),
            (30, "requester", "Thank you, that is clear."),
            (31, "close"),
        ],
    },
    {
        "key": "observer-kanagawa",
        "asked_at": "2001-11-05 10:30",
        "requester_type": "other",
        "topic": "programme",
        "language": "ja",
        "name": "佐藤 由美",
        "email": f"y.sato@{DOMAIN}",
        "subject": "会議の傍聴について",
        "message": "神奈川県内で子どもの電話相談のボランティアをしている者です。一般市民として会議を傍聴することは"
        "できますか。できる場合は、申し込みの方法を教えてください。",
        "steps": [
            (48, "assign"),
            (
                48.5,
                "reply",
                "佐藤様\n\nお問い合わせいただき、ありがとうございます（二通目のメールもこちらにまとめました）。本会議"
                "は、政府代表団、国際機関、NGO、民間セクター、報道関係者として登録された方を対象としており、一般の"
                "方の傍聴席は設けておりません。電話相談の団体として参加をご希望の場合は、団体からNGOとして参加登録"
                "をしてください（ECOSOC協議資格のないNGOの申請締切は11月15日です）。\n\n横浜会議事務局",
            ),
        ],
    },
    {
        # The same person asks again the next evening: the secretariat merges it into the first.
        "key": "observer-kanagawa-again",
        "asked_at": "2001-11-06 20:05",
        "requester_type": "other",
        "topic": "programme",
        "language": "ja",
        "name": "佐藤 由美",
        "email": f"y.sato@{DOMAIN}",
        "subject": "傍聴の申し込み（再送）",
        "message": "昨日も同じ質問を送りましたが、届いているか分からないので再送します。一般市民として会議を傍聴"
        "できますか。",
        "steps": [(14, "merge", "observer-kanagawa")],
    },
    {
        "key": "hotel-shuttle",
        "asked_at": "2001-11-20 16:30",
        "requester_type": "government",
        "topic": "hotel_logistics",
        "language": "en",
        "name": "Samuel Mensah",
        "email": f"s.mensah@{DOMAIN}",
        "subject": "Transport between hotels and Pacifico Yokohama",
        "message": "Dear Secretariat,\n\nOur delegation of six will stay at a hotel near Sakuragicho station. "
        "Will there be transport between the hotels and Pacifico Yokohama each morning and evening, or should we "
        "arrange our own? One member of the delegation uses a wheelchair.\n\nKind regards,\nSamuel Mensah",
        "steps": [
            (17, "assign"),
            (
                18,
                "note",
                "Ask the venue team to keep a place on the accessible shuttle (lift) before replying.",
            ),
            (
                20,
                "reply",
                "Dear Mr Mensah,\n\nShuttle buses will run between the Congress hotels and Pacifico Yokohama "
                "every morning and after the last session each evening, from 17 to 20 December. Hotels near "
                "Sakuragicho station are also about 15 minutes' walk from the Conference Centre. One shuttle on "
                "each route has a wheelchair lift: please send us the name of your hotel and the delegation "
                "member's arrival date, and we will keep a place.\n\nKind regards,\nYokohama Congress "
                "secretariat",
            ),
        ],
    },
    {
        "key": "interpretation-russian",
        "asked_at": "2001-11-27 14:00",
        "requester_type": "government",
        "topic": "programme",
        "language": "ru",
        "name": "Ирина Соколова",
        "email": f"i.sokolova@{DOMAIN}",
        "subject": "Устный перевод на семинарах",
        "message": "Уважаемые организаторы!\n\nГлава нашей делегации выступит на пленарном заседании на русском "
        "языке, а двое членов делегации будут участвовать в семинаре о торговле детьми. Будет ли на этом "
        "семинаре перевод на русский язык или следует заранее подготовить выступления на английском?\n\nС "
        "уважением,\nИрина Соколова",
        "steps": [
            (15, "assign"),
            (
                16,
                "note",
                "Plenary is interpreted into Russian. Ask the conference services whether the trafficking "
                "workshop has Russian interpretation before answering.",
            ),
        ],
    },
    {
        "key": "narita-transfer",
        "asked_at": "2001-12-14 21:10",
        "requester_type": "ngo",
        "topic": "visa_travel",
        "language": "zh-hans",
        "name": "王丽华",
        "email": f"wang.lihua@{DOMAIN}",
        "subject": "从成田机场到横滨怎么走？",
        "message": "您好！我们一行三人将于12月15日晚上到达成田机场。请问从机场到横滨太平洋会议中心最方便的交通方式"
        "是什么？大会是否安排接机？谢谢！",
    },
    {
        "key": "arrival-official-cars",
        "asked_at": "2001-12-15 09:00",
        "requester_type": "government",
        "topic": "hotel_logistics",
        "language": "ar",
        "name": "خالد العمري",
        "email": f"k.alomari@{DOMAIN}",
        "subject": "الوصول إلى مركز المؤتمرات يوم 17 كانون الأول/ديسمبر",
        "message": "نرجو إفادتنا بموعد فتح مكتب التسجيل صباح يوم 17 كانون الأول/ديسمبر، وهل يُسمح للسيارات الرسمية "
        "للوفود بالوصول إلى مدخل مركز المؤتمرات؟\n\nمع الشكر،\nخالد العمري",
    },
]
