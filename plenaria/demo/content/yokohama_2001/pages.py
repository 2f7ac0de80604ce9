"""The public pages of the congress site, by page slug."""

PAGES = {
    "home": {
        "title": {
            "en": "A working congress",
            "fr": "Un congrès de travail",
            "es": "Un congreso de trabajo",
            "ar": "مؤتمر عمل",
            "ru": "Рабочий конгресс",
            "zh-hans": "一次工作性会议",
            "ja": "実務のための会議",
        },
        "lead": {
            "en": "In this working Congress, the focus will be on bringing information up to date, building "
            "on experiences since Stockholm, sharing lessons learned and moving forward with improved "
            "understanding, more and better ideas for action, new partnerships and even stronger "
            "commitment.",
            "fr": "Ce congrès de travail aura pour objectifs de faire le point, de tirer parti des "
            "expériences menées depuis Stockholm, de partager les enseignements tirés et d'aller de l'avant "
            "grâce à une meilleure compréhension, à des idées d'action plus nombreuses et plus pertinentes, "
            "à de nouveaux partenariats et à un engagement plus fort encore.",
            "es": "Este congreso de trabajo se centrará en actualizar la información, aprovechar las "
            "experiencias adquiridas desde Estocolmo, compartir las lecciones aprendidas y avanzar con una "
            "mejor comprensión, más y mejores ideas para la acción, nuevas alianzas y un compromiso aún más "
            "firme.",
            "ar": "سينصبّ تركيز مؤتمر العمل هذا على تحديث المعلومات، والبناء على التجارب المكتسبة منذ "
            "ستوكهولم، وتبادل الدروس المستفادة، والمضي قدمًا بفهم أفضل وأفكار أكثر وأجود للعمل وشراكات جديدة "
            "والتزام أقوى.",
            "ru": "В центре внимания этого рабочего конгресса — обновление информации, опора на опыт, "
            "накопленный после Стокгольма, обмен извлеченными уроками и продвижение вперед на основе более "
            "глубокого понимания, новых и более действенных идей, новых партнерств и еще более твердой "
            "приверженности.",
            "zh-hans": "这次工作性大会将侧重于更新信息，借鉴斯德哥尔摩大会以来的经验，交流经验教训，"
            "并以更深入的认识、更多更好的行动构想、新的伙伴关系和更坚定的承诺继续向前迈进。",
            "ja": "この実務的な会議では、最新の情報を共有し、ストックホルム以降の経験を踏まえ、"
            "得られた教訓を分かち合うとともに、理解を深め、より多くの優れた行動のアイデア、"
            "新たなパートナーシップ、そしていっそう強い決意をもって前進することに重点を置きます。",
        },
        "body": {
            "en": "In August 1996, 122 governments met in Stockholm, Sweden, to discuss and commit themselves "
            "to act against the commercial sexual exploitation of children. For the first time, "
            "governmental, United Nations and civil society players joined forces as equal partners.\n\n"
            "Now, five years later, the Government of Japan and its co-organizers invite governments, "
            "NGOs, inter-governmental players and private sector representatives, young people and others "
            "working to eliminate commercial sexual exploitation of children, to meet and see what "
            "progress has been made.",
            "fr": "En août 1996, 122 gouvernements se sont réunis à Stockholm (Suède) pour débattre de "
            "l'exploitation sexuelle des enfants à des fins commerciales et s'engager à la combattre. Pour "
            "la première fois, les acteurs gouvernementaux, les Nations Unies et la société civile "
            "unissaient leurs forces en tant que partenaires égaux.\n\n"
            "Aujourd'hui, cinq ans plus tard, le Gouvernement du Japon et ses coorganisateurs invitent les "
            "gouvernements, les ONG, les acteurs intergouvernementaux, les représentants du secteur privé, "
            "les jeunes et tous ceux qui œuvrent à l'élimination de l'exploitation sexuelle des enfants à "
            "des fins commerciales à se réunir pour faire le bilan des progrès accomplis.",
            "es": "En agosto de 1996, 122 gobiernos se reunieron en Estocolmo (Suecia) para debatir sobre "
            "la explotación sexual comercial de los niños y comprometerse a actuar contra ella. Por primera "
            "vez, los actores gubernamentales, las Naciones Unidas y la sociedad civil unieron sus fuerzas "
            "como asociados en pie de igualdad.\n\n"
            "Ahora, cinco años después, el Gobierno del Japón y sus coorganizadores invitan a los "
            "gobiernos, las ONG, los actores intergubernamentales, los representantes del sector privado, "
            "los jóvenes y todas las demás personas que trabajan para eliminar la explotación sexual "
            "comercial de los niños a reunirse y examinar los progresos realizados.",
            "ar": "في آب/أغسطس 1996، اجتمعت 122 حكومة في ستوكهولم بالسويد لمناقشة الاستغلال الجنسي التجاري "
            "للأطفال والالتزام بالعمل على مكافحته. وللمرة الأولى، تضافرت جهود الجهات الحكومية والأمم "
            "المتحدة والمجتمع المدني بوصفها شركاء على قدم المساواة.\n\n"
            "واليوم، بعد خمس سنوات، تدعو حكومة اليابان والجهات المشاركة معها في تنظيم المؤتمر الحكومات "
            "والمنظمات غير الحكومية والجهات الحكومية الدولية وممثلي القطاع الخاص والشباب وسائر العاملين على "
            "القضاء على الاستغلال الجنسي التجاري للأطفال إلى الاجتماع للوقوف على ما أُحرز من تقدم.",
            "ru": "В августе 1996 года 122 правительства собрались в Стокгольме (Швеция), чтобы обсудить "
            "проблему коммерческой сексуальной эксплуатации детей и взять на себя обязательства по борьбе с "
            "ней. Впервые правительства, Организация Объединенных Наций и гражданское общество объединили "
            "усилия как равноправные партнеры.\n\n"
            "Теперь, пять лет спустя, правительство Японии и его соорганизаторы приглашают правительства, "
            "НПО, межправительственные структуры, представителей частного сектора, молодежь и всех, кто "
            "работает над искоренением коммерческой сексуальной эксплуатации детей, собраться вместе и "
            "оценить достигнутый прогресс.",
            "zh-hans": "1996年8月，122国政府齐聚瑞典斯德哥尔摩，讨论商业性性剥削儿童问题，"
            "并承诺采取行动加以打击。政府、联合国和民间社会各方首次作为平等伙伴携手合作。\n\n"
            "五年后的今天，日本政府及其联合主办方邀请各国政府、非政府组织、政府间机构、私营部门代表、"
            "青年以及其他致力于消除商业性性剥削儿童的各方齐聚一堂，审视已取得的进展。",
            "ja": "1996年8月、122か国の政府がスウェーデンのストックホルムに集まり、児童の商業的性的搾取につ"
            "いて協議し、これに対する行動を約束しました。政府、国連、市民社会の関係者が対等なパートナーとし"
            "て力を合わせたのは、これが初めてでした。\n\n"
            "それから5年、日本国政府と共催者は、政府、NGO、政府間機関、民間セクターの代表、若者をはじめ、"
            "児童の商業的性的搾取の根絶に取り組むすべての人々に対し、一堂に会してこれまでの進展を確認するよ"
            "う呼びかけています。",
        },
    },
    "stockholm-to-yokohama": {
        "title": {
            "en": "From Stockholm to Yokohama",
            "fr": "De Stockholm à Yokohama",
            "es": "De Estocolmo a Yokohama",
            "ar": "من ستوكهولم إلى يوكوهاما",
            "ru": "От Стокгольма до Иокогамы",
            "zh-hans": "从斯德哥尔摩到横滨",
            "ja": "ストックホルムから横浜へ",
        },
        "lead": {
            "en": "Much has been done since 1996. But we have hardly begun to scratch the surface of the "
            "problem.",
            "fr": "Beaucoup a été fait depuis 1996. Mais nous n'avons encore fait qu'effleurer le problème.",
            "es": "Mucho se ha hecho desde 1996. Pero apenas hemos empezado a abordar el problema en "
            "profundidad.",
            "ar": "لقد أُنجز الكثير منذ عام 1996، لكننا بالكاد بدأنا نلامس سطح المشكلة.",
            "ru": "С 1996 года сделано многое. Но мы лишь едва приступили к решению этой проблемы.",
            "zh-hans": "1996年以来，各方做了大量工作。但对于这一问题，我们还只是触及皮毛。",
            "ja": "1996年以来、多くの取組が行われてきました。しかし、私たちは問題の表面に触れ始めたにすぎま"
            "せん。",
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
            "protected.",
            "fr": "Des mesures ont été prises pour soustraire les enfants à l'exploitation et favoriser "
            "leur réadaptation et leur réinsertion dans la société. Des campagnes ont renforcé la "
            "sensibilisation du public et ciblé des groupes dont la compréhension est essentielle. Des "
            "projets ont cherché à protéger les enfants particulièrement exposés à l'exploitation. La "
            "recherche a permis de mieux comprendre les exploiteurs, les mécanismes en jeu et les obstacles "
            "à surmonter.\n\n"
            "Les législations nationales ont été réexaminées et renforcées. Pourtant, chaque année, des "
            "millions d'enfants sont encore sacrifiés au plaisir sexuel et à l'appât du gain des "
            "exploiteurs. Aucun pays n'est épargné par l'exploitation sexuelle à des fins commerciales, "
            "aucune société n'est à l'abri et aucun enfant n'est pleinement protégé.",
            "es": "Se han adoptado medidas para apartar a los niños de la explotación y apoyar su "
            "recuperación y reintegración en la sociedad; las campañas han aumentado la sensibilización del "
            "público y se han dirigido a grupos específicos cuya comprensión es fundamental; diversos "
            "proyectos han procurado proteger a los niños especialmente vulnerables a la explotación; la "
            "investigación ha mejorado el conocimiento de los explotadores, los mecanismos y los obstáculos "
            "que deben superarse.\n\n"
            "Se han revisado y reforzado las leyes nacionales. Sin embargo, cada año millones de niños "
            "siguen siendo sacrificados al placer sexual y al afán de lucro de los explotadores. Ningún "
            "país está libre de la explotación sexual comercial, ninguna sociedad es inmune y ningún niño "
            "está plenamente protegido.",
            "ar": "اتُّخذت إجراءات لانتشال الأطفال من الاستغلال ومساعدتهم على التعافي والاندماج من جديد في "
            "المجتمع؛ وزادت الحملات من وعي الجمهور واستهدفت فئات بعينها يُعدّ فهمها للمشكلة أمرًا حيويًا؛ وسعت "
            "مشاريع إلى حماية الأطفال الأشد عرضة للاستغلال؛ وأسهمت البحوث في تحسين فهم المستغلين والآليات "
            "والعقبات التي يتعين تذليلها.\n\n"
            "وقد رُوجعت القوانين الوطنية وعُزِّزت. ومع ذلك، لا يزال ملايين الأطفال يُضحّى بهم كل عام لإشباع "
            "الرغبات الجنسية للمستغلين وتحقيق مآربهم الربحية. فما من بلد خالٍ من الاستغلال الجنسي التجاري، "
            "وما من مجتمع بمنأى عنه، وما من طفل يتمتع بحماية كاملة.",
            "ru": "Были приняты меры по освобождению детей от эксплуатации и содействию их реабилитации и "
            "реинтеграции в общество; информационные кампании повысили осведомленность общественности и "
            "были направлены на конкретные группы, понимание которых имеет решающее значение; проекты были "
            "нацелены на защиту детей, особенно уязвимых для эксплуатации; исследования позволили лучше "
            "понять эксплуататоров, механизмы эксплуатации и препятствия, которые предстоит преодолеть.\n\n"
            "Национальное законодательство было пересмотрено и усилено. Тем не менее каждый год миллионы "
            "детей по-прежнему приносятся в жертву сексуальным прихотям и корыстным интересам "
            "эксплуататоров. Ни одна страна не свободна от коммерческой сексуальной эксплуатации, ни одно "
            "общество не застраховано от нее и ни один ребенок не защищен полностью.",
            "zh-hans": "各方已采取行动，使儿童摆脱剥削，帮助他们康复并重新融入社会；各种宣传活动提高了公众意"
            "识，并以认识至关重要的特定群体为对象；一些项目致力于保护特别容易遭受剥削的儿童；"
            "研究工作加深了对剥削者、剥削机制和有待克服的障碍的了解。\n\n"
            "各国法律已得到审查和加强。然而，每年仍有数以百万计的儿童沦为剥削者满足性欲和牟取暴利的牺牲品。"
            "没有一个国家不存在商业性性剥削，没有一个社会能够幸免，也没有一个儿童得到充分保护。",
            "ja": "子どもを搾取から救い出し、その回復と社会復帰を支援する取組が行われてきました。"
            "キャンペーンによって社会の意識が高まり、理解が不可欠な特定の集団への働きかけも行われました。"
            "搾取の危険に特にさらされている子どもを守るためのプロジェクトが実施され、調査研究によって、"
            "搾取する者、その仕組み、克服すべき障害についての理解が深まりました。\n\n"
            "各国の法律も見直され、強化されました。しかし、今なお毎年何百万人もの子どもたちが、"
            "搾取する者の性的欲望と利益追求の犠牲となっています。商業的性的搾取と無縁の国はなく、"
            "その影響を免れる社会もなく、完全に守られている子どももいません。",
        },
    },
    "participation": {
        "title": {
            "en": "Who participates, and how",
            "fr": "Qui participe, et comment",
            "es": "Quién participa y cómo",
            "ar": "من يشارك وكيف",
            "ru": "Кто участвует и как",
            "zh-hans": "参加者及参加方式",
            "ja": "参加者と参加方法",
        },
        "lead": {
            "en": "Government delegations, non-governmental organizations, United Nations and other relevant "
            "intergovernmental bodies, private sector representatives and media. Children and young "
            "people also take part.",
            "fr": "Délégations gouvernementales, organisations non gouvernementales, organismes des Nations "
            "Unies et autres organismes intergouvernementaux concernés, représentants du secteur privé et "
            "médias. Des enfants et des jeunes participent également.",
            "es": "Delegaciones gubernamentales, organizaciones no gubernamentales, las Naciones Unidas y "
            "otros organismos intergubernamentales pertinentes, representantes del sector privado y medios "
            "de comunicación. También participan niños y jóvenes.",
            "ar": "الوفود الحكومية، والمنظمات غير الحكومية، والأمم المتحدة وغيرها من الهيئات الحكومية "
            "الدولية المعنية، وممثلو القطاع الخاص، ووسائط الإعلام. ويشارك أيضًا الأطفال والشباب.",
            "ru": "Правительственные делегации, неправительственные организации, Организация Объединенных "
            "Наций и другие соответствующие межправительственные органы, представители частного сектора и "
            "средства массовой информации. В работе также участвуют дети и молодежь.",
            "zh-hans": "政府代表团、非政府组织、联合国及其他相关政府间机构、私营部门代表和媒体。"
            "儿童和青年也将参加。",
            "ja": "政府代表団、非政府組織（NGO）、国連およびその他の関係政府間機関、民間セクターの代表、"
            "報道関係者が参加します。子どもと若者も参加します。",
        },
        "body": {
            "en": "Each category of participant applies in its own way and is reviewed by the co-organiser "
            "responsible for it.",
            "fr": "Chaque catégorie de participants suit sa propre procédure de demande, examinée par le "
            "coorganisateur qui en est responsable.",
            "es": "Cada categoría de participantes presenta su solicitud según su propio procedimiento, y "
            "la examina el coorganizador responsable de ella.",
            "ar": "تتقدم كل فئة من فئات المشاركين بطلباتها وفق إجراءاتها الخاصة، وتتولى استعراضها الجهة "
            "المشاركة في التنظيم المسؤولة عنها.",
            "ru": "Каждая категория участников подает заявки в собственном порядке, а рассматривает их "
            "ответственный за эту категорию соорганизатор.",
            "zh-hans": "各类参加者按各自的程序提出申请，并由负责该类别的联合主办方审核。",
            "ja": "参加者の区分ごとに申請方法が異なり、各区分を担当する共催者が審査します。",
        },
    },
    "youth-event": {
        "title": {
            "en": "Youth event in Kawasaki",
            "fr": "Rencontre des jeunes à Kawasaki",
            "es": "Encuentro juvenil en Kawasaki",
            "ar": "فعالية الشباب في كاواساكي",
            "ru": "Молодежное мероприятие в Кавасаки",
            "zh-hans": "川崎青年活动",
            "ja": "川崎での青少年イベント",
        },
        "lead": {
            "en": "Children and young people take part in the Congress and, before it, meet from 13 to 16 "
            "December in Kawasaki for a special youth event.",
            "fr": "Les enfants et les jeunes participent au Congrès et, auparavant, se réunissent du 13 au "
            "16 décembre à Kawasaki lors d'une rencontre qui leur est spécialement consacrée.",
            "es": "Los niños y jóvenes participan en el Congreso y, antes de este, se reúnen del 13 al 16 "
            "de diciembre en Kawasaki en un encuentro juvenil especial.",
            "ar": "يشارك الأطفال والشباب في المؤتمر، ويلتقون قبله في كاواساكي في الفترة من 13 إلى 16 كانون "
            "الأول/ديسمبر في فعالية خاصة بالشباب.",
            "ru": "Дети и молодежь участвуют в работе Конгресса, а перед его началом, с 13 по 16 декабря, "
            "встречаются в Кавасаки на специальном молодежном мероприятии.",
            "zh-hans": "儿童和青年将参加大会，并于会前12月13日至16日在川崎参加一次特别青年活动。",
            "ja": "子どもと若者は会議に参加し、それに先立ち12月13日から16日まで川崎で開かれる特別な青少年イ"
            "ベントに集います。",
        },
        "body": {
            "en": "Every young participant is accompanied by a registered adult, and a parent or guardian "
            "gives consent before they travel. Young people decide for themselves whether they may be "
            "photographed or filmed, and can change their mind at any time.",
            "fr": "Chaque jeune participant est accompagné d'un adulte inscrit, et un parent ou un tuteur "
            "donne son consentement avant le départ. Les jeunes décident eux-mêmes s'ils acceptent d'être "
            "photographiés ou filmés, et peuvent changer d'avis à tout moment.",
            "es": "Cada joven participante está acompañado por un adulto inscrito, y uno de los padres o el "
            "tutor da su consentimiento antes del viaje. Los jóvenes deciden por sí mismos si aceptan ser "
            "fotografiados o filmados, y pueden cambiar de opinión en cualquier momento.",
            "ar": "يرافق كل مشارك من الشباب شخص بالغ مسجَّل، ويعطي أحد الوالدين أو الوصي موافقته قبل السفر. "
            "ويقرر الشباب بأنفسهم ما إذا كانوا يقبلون التقاط صور لهم أو تصويرهم بالفيديو، ويمكنهم العدول عن "
            "قرارهم في أي وقت.",
            "ru": "Каждого молодого участника сопровождает зарегистрированный взрослый, а перед поездкой "
            "один из родителей или опекун дает свое согласие. Молодые люди сами решают, можно ли их "
            "фотографировать или снимать на видео, и могут изменить свое решение в любой момент.",
            "zh-hans": "每位青年参加者均由一名已登记的成年人陪同，出行前须经父母或监护人同意。"
            "青年可自行决定是否同意被拍照或摄像，并可随时改变决定。",
            "ja": "若い参加者には必ず登録された大人が付き添い、渡航前に保護者の同意を得ます。"
            "写真や映像の撮影に応じるかどうかは若者自身が決め、いつでも考えを変えることができます。",
        },
    },
    "regional-consultations": {
        "title": {
            "en": "Six regional consultations",
            "fr": "Six consultations régionales",
            "es": "Seis consultas regionales",
            "ar": "ست مشاورات إقليمية",
            "ru": "Шесть региональных консультаций",
            "zh-hans": "六次区域磋商",
            "ja": "6つの地域協議",
        },
        "lead": {
            "en": "Six regional meetings prepared the Congress. Their outcome documents are presented at "
            "Yokohama and annexed to its outcome.",
            "fr": "Six réunions régionales ont préparé le Congrès. Leurs documents finals sont présentés à "
            "Yokohama et annexés au document final du Congrès.",
            "es": "Seis reuniones regionales prepararon el Congreso. Sus documentos finales se presentan en "
            "Yokohama y se anexan al documento final del Congreso.",
            "ar": "مهّدت ستة اجتماعات إقليمية للمؤتمر. وتُعرض وثائقها الختامية في يوكوهاما وتُرفق بالوثيقة "
            "الختامية للمؤتمر.",
            "ru": "Подготовка к Конгрессу велась на шести региональных совещаниях. Их итоговые документы "
            "представляются в Иокогаме и прилагаются к итоговому документу Конгресса.",
            "zh-hans": "六次区域会议为大会做了筹备。这些会议的成果文件将在横滨提交，并作为附件列入大会成果文"
            "件。",
            "ja": "6つの地域会合が会議の準備を行いました。その成果文書は横浜で発表され、"
            "会議の成果文書に附属されます。",
        },
        "body": {"en": "", "fr": "", "es": "", "ar": "", "ru": "", "zh-hans": "", "ja": ""},
    },
    "venue-and-travel": {
        "title": {
            "en": "Venue and travel",
            "fr": "Lieu et déplacements",
            "es": "Sede y viaje",
            "ar": "مكان الانعقاد والسفر",
            "ru": "Место проведения и проезд",
            "zh-hans": "会址和交通",
            "ja": "会場・交通",
        },
        "lead": {
            "en": "The Congress takes place at The Conference Centre in Pacifico Yokohama, Japan.",
            "fr": "Le Congrès se tient au Centre de conférences de Pacifico Yokohama (Japon).",
            "es": "El Congreso se celebra en el Centro de Conferencias de Pacifico Yokohama (Japón).",
            "ar": "يُعقد المؤتمر في مركز المؤتمرات في باسيفيكو يوكوهاما باليابان.",
            "ru": "Конгресс проходит в конференц-центре «Пасифико Иокогама» (Япония).",
            "zh-hans": "大会在日本PACIFICO横滨会议中心举行。",
            "ja": "会議は、パシフィコ横浜の会議センターで開催されます。",
        },
        "body": {
            "en": "Pacifico Yokohama is on the waterfront of the Minato Mirai 21 district, about 30 minutes by "
            "train from central Tokyo and 90 minutes from Narita International Airport.\n\n"
            "Participants who need a visa for Japan receive a confirmation of registration and, on "
            "request, a visa-support letter once their registration is approved. The letter does not "
            "guarantee a visa and implies no financial support.\n\n"
            "All times on this site are Japan Standard Time (UTC+9).",
            "fr": "Pacifico Yokohama se trouve en bord de mer, dans le quartier de Minato Mirai 21, à "
            "environ 30 minutes en train du centre de Tokyo et à 90 minutes de l'aéroport international de "
            "Narita.\n\n"
            "Une fois leur inscription approuvée, les participants qui ont besoin d'un visa pour le Japon "
            "reçoivent une confirmation d'inscription et, sur demande, une lettre d'appui à la demande de "
            "visa. Cette lettre ne garantit pas l'obtention d'un visa et n'implique aucun soutien "
            "financier.\n\n"
            "Toutes les heures indiquées sur ce site sont exprimées en heure normale du Japon (UTC+9).",
            "es": "Pacifico Yokohama se encuentra junto al mar, en el distrito de Minato Mirai 21, a unos "
            "30 minutos en tren del centro de Tokio y a 90 minutos del Aeropuerto Internacional de "
            "Narita.\n\n"
            "Una vez aprobada su inscripción, los participantes que necesiten visado para el Japón reciben "
            "una confirmación de inscripción y, si lo solicitan, una carta de apoyo para el visado. La "
            "carta no garantiza la concesión del visado ni implica apoyo financiero alguno.\n\n"
            "Todas las horas indicadas en este sitio corresponden a la hora estándar del Japón (UTC+9).",
            "ar": "يقع باسيفيكو يوكوهاما على الواجهة البحرية لحي ميناتو ميراي 21، على بُعد نحو 30 دقيقة "
            "بالقطار من وسط طوكيو و90 دقيقة من مطار ناريتا الدولي.\n\n"
            "يتلقى المشاركون الذين يحتاجون إلى تأشيرة لدخول اليابان، بعد الموافقة على تسجيلهم، تأكيدًا "
            "للتسجيل، ويتلقون عند الطلب رسالة دعم لطلب التأشيرة. ولا تضمن هذه الرسالة الحصول على التأشيرة "
            "ولا تعني تقديم أي دعم مالي.\n\n"
            "جميع الأوقات الواردة في هذا الموقع بالتوقيت الرسمي لليابان (UTC+9).",
            "ru": "Комплекс «Пасифико Иокогама» расположен на набережной района Минато Мирай 21, примерно в "
            "30 минутах езды на поезде от центра Токио и в 90 минутах от международного аэропорта "
            "Нарита.\n\n"
            "Участники, которым для въезда в Японию необходима виза, после утверждения регистрации получают "
            "подтверждение регистрации и, по запросу, письмо в поддержку визового ходатайства. Письмо не "
            "гарантирует получения визы и не предполагает какой-либо финансовой поддержки.\n\n"
            "Все время на этом сайте указано по японскому стандартному времени (UTC+9).",
            "zh-hans": "PACIFICO横滨位于港未来21地区的海滨，从东京市中心乘电车约需30分钟，"
            "从成田国际机场约需90分钟。\n\n"
            "需要日本签证的参加者在注册获得批准后，将收到注册确认函，并可应要求获得签证协助函。"
            "该函不保证获得签证，也不意味着提供任何资金支持。\n\n"
            "本网站所列时间均为日本标准时间（UTC+9）。",
            "ja": "パシフィコ横浜は、みなとみらい21地区の臨海部にあり、東京都心から電車で約30分、"
            "成田国際空港から約90分です。\n\n"
            "日本への入国に査証（ビザ）が必要な参加者には、登録が承認された後に登録確認書を、"
            "また希望に応じて査証申請のための支援レターを発行します。このレターは査証の発給を保証するもので"
            "はなく、資金援助を意味するものでもありません。\n\n"
            "本サイトの時刻はすべて日本標準時（UTC+9）です。",
        },
    },
    "contacts": {
        "title": {
            "en": "Contacts",
            "fr": "Contacts",
            "es": "Contactos",
            "ar": "جهات الاتصال",
            "ru": "Контакты",
            "zh-hans": "联系方式",
            "ja": "お問い合わせ",
        },
        "lead": {
            "en": "Each co-organiser answers the questions of its own participants.",
            "fr": "Chaque coorganisateur répond aux questions des participants qui relèvent de lui.",
            "es": "Cada coorganizador responde a las preguntas de sus propios participantes.",
            "ar": "تجيب كل جهة من الجهات المشاركة في التنظيم عن أسئلة المشاركين التابعين لها.",
            "ru": "Каждый соорганизатор отвечает на вопросы участников своей категории.",
            "zh-hans": "各联合主办方负责答复其所负责参加者的问题。",
            "ja": "各共催者が、それぞれ担当する参加者からの質問にお答えします。",
        },
        "body": {
            "en": "Background documentation and latest news are available from mid-June 2001.",
            "fr": "La documentation de référence et les dernières informations sont disponibles à partir de "
            "la mi-juin 2001.",
            "es": "La documentación de antecedentes y las últimas noticias están disponibles a partir de "
            "mediados de junio de 2001.",
            "ar": "تتاح الوثائق المرجعية وآخر الأخبار اعتبارًا من منتصف حزيران/يونيه 2001.",
            "ru": "Справочная документация и последние новости доступны с середины июня 2001 года.",
            "zh-hans": "背景文件和最新消息自2001年6月中旬起提供。",
            "ja": "背景資料と最新情報は2001年6月中旬から公開しています。",
        },
    },
}
