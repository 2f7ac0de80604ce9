"""FAQ of the demo desk, part 2: the programme, media accreditation, the youth event, and the rest."""

FAQ_PROGRAMME = [
    {
        "topic": "programme",
        "team": "secretariat",
        "keywords": "language, languages, interpretation, translation, langue, idioma, 言語, 通訳, 语言, "
        "перевод, لغة",
        "question": {
            "en": "In which languages is the Congress held?",
            "fr": "Dans quelles langues le Congrès se déroule-t-il ?",
            "es": "¿En qué idiomas se desarrolla el Congreso?",
            "ar": "بأي لغات يُعقد المؤتمر؟",
            "ru": "На каких языках проходит Конгресс?",
            "zh-hans": "大会使用哪些语言？",
            "ja": "会議では何語が使われますか。",
        },
        "answer": {
            "en": "Plenary sessions are interpreted into Arabic, Chinese, English, French, Japanese, Russian and "
            "Spanish. Most workshops are held in English, some with interpretation into French and Spanish: the "
            "programme says which. You can write to the organisers in any of these seven languages.",
            "fr": "Les séances plénières sont interprétées en anglais, arabe, chinois, espagnol, français, "
            "japonais et russe. La plupart des ateliers se tiennent en anglais, certains avec interprétation en "
            "français et en espagnol : le programme l'indique. Vous pouvez écrire aux organisateurs dans "
            "chacune de ces sept langues.",
            "es": "Las sesiones plenarias se interpretan al árabe, chino, español, francés, inglés, japonés y "
            "ruso. La mayoría de los talleres se celebran en inglés, algunos con interpretación al francés y al "
            "español: el programa lo indica. Puede escribir a los organizadores en cualquiera de estos siete "
            "idiomas.",
            "ar": "تُترجم الجلسات العامة ترجمة فورية إلى الإسبانية والإنكليزية والروسية والصينية والعربية "
            "والفرنسية واليابانية. وتُعقد معظم حلقات العمل بالإنكليزية، وبعضها مع ترجمة فورية إلى الفرنسية "
            "والإسبانية، كما هو مبيَّن في البرنامج. ويمكنك مراسلة المنظمين بأي من هذه اللغات السبع.",
            "ru": "На пленарных заседаниях обеспечивается синхронный перевод на английский, арабский, "
            "испанский, китайский, русский, французский и японский языки. Большинство семинаров проходит на "
            "английском языке, некоторые — с переводом на французский и испанский, что указано в программе. "
            "Писать организаторам можно на любом из этих семи языков.",
            "zh-hans": "全体会议提供阿拉伯文、中文、英文、法文、日文、俄文和西班牙文同声传译。大多数研讨会以英文进"
            "行，部分提供法文和西班牙文传译，具体见会议日程。您可以用这七种语言中的任何一种与主办方联系。",
            "ja": "全体会議では、アラビア語、中国語、英語、フランス語、日本語、ロシア語、スペイン語の同時通訳が"
            "あります。分科会の多くは英語で行われ、一部はフランス語とスペイン語の通訳付きです（プログラムに記載"
            "）。主催者へのお問い合わせは、この7言語のいずれでも受け付けます。",
        },
    },
    {
        "topic": "programme",
        "team": "ngo-group",
        "keywords": "documents, background, news, papers, documentation, documentos, 資料, 文件, документы, "
        "وثائق",
        "question": {
            "en": "Where can I find the background documents and the latest news?",
            "fr": "Où trouver la documentation de référence et les dernières nouvelles ?",
            "es": "¿Dónde encuentro la documentación de antecedentes y las últimas noticias?",
            "ar": "أين أجد الوثائق الأساسية وآخر الأخبار؟",
            "ru": "Где найти справочные документы и последние новости?",
            "zh-hans": "在哪里可以找到背景文件和最新消息？",
            "ja": "背景資料や最新のお知らせはどこで見られますか。",
        },
        "answer": {
            "en": "Background documentation and the latest news are available from mid-June 2001 at "
            "www.focalpointngo.org. The outcome documents of the six regional consultations are presented at "
            "Yokohama and annexed to the Congress's outcome.",
            "fr": "La documentation de référence et les dernières nouvelles sont disponibles depuis la mi-juin "
            "2001 sur www.focalpointngo.org. Les documents finals des six consultations régionales sont "
            "présentés à Yokohama et annexés aux conclusions du Congrès.",
            "es": "La documentación de antecedentes y las últimas noticias están disponibles desde mediados de "
            "junio de 2001 en www.focalpointngo.org. Los documentos finales de las seis consultas regionales se "
            "presentan en Yokohama y se adjuntan a los resultados del Congreso.",
            "ar": "الوثائق الأساسية وآخر الأخبار متاحة منذ منتصف حزيران/يونيه 2001 على الموقع "
            "www.focalpointngo.org. وتُعرض الوثائق الختامية للمشاورات الإقليمية الست في يوكوهاما وتُرفق بنتائج "
            "المؤتمر.",
            "ru": "Справочные документы и последние новости доступны с середины июня 2001 года на сайте "
            "www.focalpointngo.org. Итоговые документы шести региональных консультаций представляются в Иокогаме "
            "и прилагаются к итогам Конгресса.",
            "zh-hans": "自2001年6月中旬起，背景文件和最新消息可在 www.focalpointngo.org 查阅。六个区域磋商会议的"
            "成果文件将在横滨介绍，并作为大会成果的附件。",
            "ja": "背景資料と最新のお知らせは、2001年6月中旬から www.focalpointngo.org で公開しています。六つの"
            "地域協議会の成果文書は横浜で報告され、会議の成果文書に添付されます。",
        },
    },
    {
        "topic": "media_accreditation",
        "team": "communications",
        "keywords": "press, media, journalist, accreditation, badge, presse, prensa, periodista, 報道, 取材, "
        "记者, пресса, صحفي",
        "question": {
            "en": "How do journalists get accredited?",
            "fr": "Comment les journalistes obtiennent-ils leur accréditation ?",
            "es": "¿Cómo se acreditan los periodistas?",
            "ar": "كيف يحصل الصحفيون على الاعتماد؟",
            "ru": "Как журналисту получить аккредитацию?",
            "zh-hans": "记者如何办理采访注册？",
            "ja": "報道関係者の取材登録はどのように行いますか。",
        },
        "answer": {
            "en": "Apply in the media category with a letter of assignment signed by your editor, a press card and "
            "an identity document, and accept UNICEF's ethical guidelines for reporting on children. The "
            "Communications Advisor reviews the applications. Badges are collected at the press desk at Pacifico "
            "Yokohama, with the identity document.",
            "fr": "Inscrivez-vous dans la catégorie « Médias » avec une lettre de mission signée par votre "
            "rédacteur en chef, une carte de presse et une pièce d'identité, et acceptez les principes éthiques "
            "de l'UNICEF pour les reportages sur les enfants. Le Conseiller en communication examine les "
            "demandes. Les badges se retirent au bureau de presse de Pacifico Yokohama, sur présentation de la "
            "pièce d'identité.",
            "es": "Inscríbase en la categoría de medios de comunicación con una carta de asignación firmada por su "
            "editor, un carné de prensa y un documento de identidad, y acepte las directrices éticas del UNICEF "
            "para informar sobre la infancia. El Asesor de Comunicaciones examina las solicitudes. Las "
            "credenciales se recogen en el mostrador de prensa de Pacifico Yokohama, con el documento de "
            "identidad.",
            "ar": "قدّم طلبك في فئة وسائط الإعلام مع رسالة تكليف موقّعة من رئيس التحرير وبطاقة صحفية ووثيقة هوية، "
            "ووافق على المبادئ الأخلاقية لليونيسف في التغطية الإعلامية المتعلقة بالأطفال. ويراجع مستشار "
            "الاتصالات الطلبات. وتُستلم الشارات من مكتب الصحافة في باسيفيكو يوكوهاما بتقديم وثيقة الهوية.",
            "ru": "Подайте заявку в категории «СМИ», приложив письмо-задание за подписью редактора, удостоверение "
            "журналиста и документ, удостоверяющий личность, и примите этические принципы ЮНИСЕФ по освещению "
            "вопросов, касающихся детей. Заявки рассматривает советник по связям с общественностью. Бейджи "
            "выдаются на стойке прессы в «Пасифико Иокогама» по предъявлении документа.",
            "zh-hans": "请在“媒体”类别中申请，提交由主编签署的采访任务函、记者证和身份证件，并接受联合国儿童基金会"
            "关于儿童报道的道德准则。申请由传播顾问审核。证件凭身份证件在横滨太平洋会议中心的新闻服务台领取。",
            "ja": "「報道関係者」の区分で、編集責任者の署名入りの取材依頼状、記者証、身分証明書を添えて申請し、"
            "子どもに関する報道についてのユニセフの倫理指針に同意してください。申請は広報アドバイザーが審査しま"
            "す。記者証（バッジ）は、パシフィコ横浜のプレス受付で身分証明書を提示して受け取ってください。",
        },
    },
    {
        "topic": "media_accreditation",
        "team": "communications",
        "keywords": "photo, photograph, film, camera, interview, young, children, photo, foto, 写真, 撮影, "
        "拍照, фото, تصوير",
        "question": {
            "en": "May I photograph, film or interview young participants?",
            "fr": "Puis-je photographier, filmer ou interviewer de jeunes participants ?",
            "es": "¿Puedo fotografiar, filmar o entrevistar a jóvenes participantes?",
            "ja": "若い参加者を撮影したり、インタビューしたりできますか。",
        },
        "answer": {
            "en": "Only with their consent. Each young person decides whether they may be photographed or filmed "
            "and can change their mind at any time; their badge shows it. Never publish a young person's full "
            "name, school or address. Interviews with young participants are arranged through the "
            "communications team.",
            "fr": "Seulement avec leur accord. Chaque jeune décide s'il accepte d'être photographié ou filmé et "
            "peut changer d'avis à tout moment ; son badge l'indique. Ne publiez jamais le nom complet, l'école "
            "ou l'adresse d'un jeune. Les interviews de jeunes participants s'organisent avec l'équipe de la "
            "communication.",
            "es": "Solo con su consentimiento. Cada joven decide si puede ser fotografiado o filmado y puede "
            "cambiar de opinión en cualquier momento; su credencial lo indica. No publique nunca el nombre "
            "completo, la escuela ni la dirección de un joven. Las entrevistas con jóvenes participantes se "
            "organizan con el equipo de comunicaciones.",
            "ja": "本人の同意がある場合に限ります。撮影してよいかどうかは若者一人ひとりが決め、いつでも変更できます。"
            "その内容はバッジに表示されます。若者のフルネーム、学校名、住所は決して公表しないでください。若い参加"
            "者へのインタビューは広報チームを通じて調整します。",
        },
    },
    {
        "topic": "youth_event",
        "team": "unicef",
        "keywords": "youth, young, children, Kawasaki, jeunes, jóvenes, ユース, 若者, 川崎, 青年, молодёжь, "
        "شباب",
        "question": {
            "en": "When and where is the youth event, and who takes part?",
            "fr": "Quand et où la rencontre des jeunes a-t-elle lieu, et qui y participe ?",
            "es": "¿Cuándo y dónde es el encuentro de jóvenes, y quién participa?",
            "ar": "متى وأين يُعقد لقاء الشباب، ومن يشارك فيه؟",
            "ru": "Когда и где проходит молодёжная встреча и кто в ней участвует?",
            "zh-hans": "青年活动何时何地举行？谁可以参加？",
            "ja": "ユースイベントはいつ、どこで開かれ、だれが参加しますか。",
        },
        "answer": {
            "en": "Children and young people meet from 13 to 16 December 2001 in Kawasaki, Japan, before taking "
            "part in the Congress in Yokohama. They are nominated by a government or NGO delegation or a youth "
            "organisation, with a parent's or guardian's consent, and a registered adult accompanies them at all "
            "times.",
            "fr": "Les enfants et les jeunes se réunissent du 13 au 16 décembre 2001 à Kawasaki (Japon), avant de "
            "participer au Congrès à Yokohama. Ils sont présentés par une délégation gouvernementale ou d'ONG ou "
            "par une organisation de jeunesse, avec le consentement d'un parent ou tuteur, et un adulte inscrit "
            "les accompagne en permanence.",
            "es": "Los niños, niñas y jóvenes se reúnen del 13 al 16 de diciembre de 2001 en Kawasaki (Japón), "
            "antes de participar en el Congreso en Yokohama. Los propone una delegación gubernamental o de ONG o "
            "una organización juvenil, con el consentimiento de su madre, padre o tutor, y un adulto inscrito los "
            "acompaña en todo momento.",
            "ar": "يلتقي الأطفال والشباب من 13 إلى 16 كانون الأول/ديسمبر 2001 في كاواساكي باليابان، قبل مشاركتهم "
            "في المؤتمر في يوكوهاما. ويُرشَّحون من وفد حكومي أو وفد منظمة غير حكومية أو منظمة شبابية، بموافقة "
            "أحد الوالدين أو الوصي، ويرافقهم في جميع الأوقات شخص بالغ مسجَّل.",
            "ru": "Дети и молодёжь встречаются с 13 по 16 декабря 2001 года в Кавасаки (Япония), а затем "
            "участвуют в Конгрессе в Иокогаме. Их выдвигает правительственная делегация, делегация НПО или "
            "молодёжная организация с согласия родителя или опекуна, и зарегистрированный взрослый сопровождает "
            "их всё время.",
            "zh-hans": "儿童和青年于2001年12月13日至16日在日本川崎相聚，之后参加在横滨举行的大会。他们由政府代表团、"
            "非政府组织代表团或青年组织推荐，须经父母或监护人同意，并由一名已登记的成年人全程陪同。",
            "ja": "子どもと若者は、2001年12月13日から16日まで川崎に集い、その後横浜の会議に参加します。政府代表団、"
            "NGO代表団または青少年団体が推薦し、保護者の同意を得たうえで、登録された大人が常に付き添います。",
        },
    },
    {
        "topic": "youth_event",
        "team": "unicef",
        "keywords": "parent, guardian, consent, form, permission, parents, consentement, autorización, 保護者, "
        "同意, 监护人, согласие, موافقة",
        "question": {
            "en": "What does a parent or guardian need to do?",
            "fr": "Que doit faire un parent ou un tuteur ?",
            "es": "¿Qué tiene que hacer la madre, el padre o el tutor?",
            "ja": "保護者は何をすればよいですか。",
        },
        "answer": {
            "en": "A parent or guardian gives consent before the young person travels: online, on the consent page "
            "whose link they receive by e-mail, or on a paper form returned through the nominating organisation. "
            "They also give emergency contacts and say whether the young person may be photographed. The young "
            "person gives their own agreement too, and can change their mind about photographs at any time.",
            "fr": "Un parent ou tuteur donne son consentement avant le voyage : en ligne, sur la page de "
            "consentement dont il reçoit le lien par courrier électronique, ou sur un formulaire papier remis à "
            "l'organisation qui présente le jeune. Il indique aussi les personnes à prévenir en cas d'urgence et "
            "si le jeune peut être photographié. Le jeune donne aussi son propre accord, et peut changer d'avis "
            "sur les photos à tout moment.",
            "es": "La madre, el padre o el tutor da su consentimiento antes del viaje: en línea, en la página de "
            "consentimiento cuyo enlace recibe por correo electrónico, o en un formulario en papel que entrega a "
            "la organización que propone al joven. También indica los contactos de emergencia y si el joven puede "
            "ser fotografiado. El joven da además su propio acuerdo y puede cambiar de opinión sobre las fotos en "
            "cualquier momento.",
            "ja": "保護者は、渡航前に同意の手続きをします。電子メールで届くリンクから同意ページでオンラインで行うか、"
            "推薦団体を通じて紙の用紙を提出してください。緊急連絡先と、写真撮影を認めるかどうかもお知らせください。"
            "若者本人も自ら同意し、写真についてはいつでも考えを変えることができます。",
        },
    },
    {
        "topic": "other",
        "team": "secretariat",
        "keywords": "contact, who answers, question, contacter, contacto, 問い合わせ, 联系, контакты, اتصال",
        "question": {
            "en": "Who answers my question?",
            "fr": "Qui répond à ma question ?",
            "es": "¿Quién responde a mi pregunta?",
            "ja": "質問にはだれが答えますか。",
        },
        "answer": {
            "en": "The co-organiser responsible for it: government inquiries and Congress logistics, the Ministry "
            "of Foreign Affairs of Japan (Yokohama Congress secretariat); intergovernmental agencies, UNICEF; the "
            "private sector and NGOs, ECPAT and the NGO Group for the Convention on the Rights of the Child; the "
            "media, the Communications Advisor. If your question reaches the wrong one, they pass it on and tell "
            "you.",
            "fr": "Le coorganisateur qui en est chargé : pour les gouvernements et la logistique du Congrès, le "
            "Ministère des affaires étrangères du Japon (secrétariat du Congrès de Yokohama) ; pour les "
            "organismes intergouvernementaux, l'UNICEF ; pour le secteur privé et les ONG, ECPAT et le Groupe des "
            "ONG pour la Convention relative aux droits de l'enfant ; pour les médias, le Conseiller en "
            "communication. Si votre question arrive au mauvais endroit, elle est transmise et vous en êtes "
            "informé.",
            "es": "El coorganizador responsable: para los gobiernos y la logística del Congreso, el Ministerio de "
            "Relaciones Exteriores del Japón (secretaría del Congreso de Yokohama); para los organismos "
            "intergubernamentales, el UNICEF; para el sector privado y las ONG, ECPAT y el Grupo de ONG para la "
            "Convención sobre los Derechos del Niño; para los medios de comunicación, el Asesor de Comunicaciones. "
            "Si su pregunta llega a quien no corresponde, se la transmiten y se lo comunican.",
            "ja": "担当する共催者が回答します。政府からの問い合わせと会議の運営は外務省（横浜会議事務局）、政府間機関"
            "はユニセフ、民間セクターとNGOはECPATと児童の権利条約NGOグループ、報道関係は広報アドバイザーです。"
            "担当が違う場合は、適切な担当に引き継ぎ、その旨をお知らせします。",
        },
    },
]
