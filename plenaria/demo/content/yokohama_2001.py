"""The Yokohama 2001 demo congress, from the announcement and the public record (see shared domain notes).

Every multilingual value is a dict {language: text}. English texts are the announcement's where it has them;
the rest was written for the demo. The French, Spanish, Arabic, Russian, Chinese (zh-hans) and Japanese texts
are translations written for the demo, not texts published by the organisers. They use official names where
these exist (the Congress, UN bodies and instruments, organisations); the "Compromiso de Montevideo" keeps its
Spanish name in every language. A language left out falls back to English on the site, visibly marked.
"""

SLUG = "yokohama-2001"

CONGRESS = {
    "name": {
        "en": "2nd World Congress against Commercial Sexual Exploitation of Children",
        "fr": "Deuxième Congrès mondial contre l'exploitation sexuelle des enfants à des fins commerciales",
        "es": "Segundo Congreso Mundial contra la Explotación Sexual Comercial de los Niños",
        "ar": "المؤتمر العالمي الثاني لمكافحة الاستغلال الجنسي التجاري للأطفال",
        "ru": "Второй Всемирный конгресс против коммерческой сексуальной эксплуатации детей",
        "zh-hans": "第二次反对商业性性剥削儿童世界大会",
        "ja": "第2回児童の商業的性的搾取に反対する世界会議",
    },
    "short_name": {
        "en": "Yokohama 2001",
        "fr": "Yokohama 2001",
        "es": "Yokohama 2001",
        "ar": "يوكوهاما 2001",
        "ru": "Иокогама-2001",
        "zh-hans": "横滨2001",
        "ja": "横浜2001",
    },
    "tagline": {
        "en": "Five years after Stockholm: bringing information up to date, sharing lessons learned and moving "
        "forward with stronger commitment.",
        "fr": "Cinq ans après Stockholm, faire le point, partager les enseignements tirés et aller de "
        "l'avant avec un engagement renforcé.",
        "es": "Cinco años después de Estocolmo: actualizar la información, compartir las lecciones "
        "aprendidas y avanzar con un compromiso más firme.",
        "ar": "بعد خمس سنوات من ستوكهولم: تحديث المعلومات، وتبادل الدروس المستفادة، والمضي قدمًا بالتزام "
        "أقوى.",
        "ru": "Пять лет после Стокгольма: обновление информации, обмен извлеченными уроками и продвижение "
        "вперед на основе более твердой приверженности.",
        "zh-hans": "斯德哥尔摩大会五年之后：更新信息，交流经验教训，以更坚定的承诺继续前进。",
        "ja": "ストックホルムから5年：最新の情報を共有し、教訓を分かち合い、いっそう強い決意をもって前進す"
        "る。",
    },
    "summary": {
        "en": "The Government of Japan and its co-organizers, UNICEF, ECPAT and the NGO Group for the Convention "
        "on the Rights of the Child, invite governments, NGOs, inter-governmental players and private sector "
        "representatives, young people and others working to eliminate commercial sexual exploitation of "
        "children, to meet and see what progress has been made.",
        "fr": "Le Gouvernement du Japon et ses coorganisateurs, l'UNICEF, ECPAT et le Groupe des ONG pour "
        "la Convention relative aux droits de l'enfant, invitent les gouvernements, les ONG, les acteurs "
        "intergouvernementaux, les représentants du secteur privé, les jeunes et tous ceux qui œuvrent à "
        "l'élimination de l'exploitation sexuelle des enfants à des fins commerciales à se réunir pour "
        "faire le bilan des progrès accomplis.",
        "es": "El Gobierno del Japón y sus coorganizadores, el UNICEF, ECPAT y el Grupo de ONG para la "
        "Convención sobre los Derechos del Niño, invitan a los gobiernos, las ONG, los actores "
        "intergubernamentales, los representantes del sector privado, los jóvenes y todas las demás "
        "personas que trabajan para eliminar la explotación sexual comercial de los niños a reunirse y "
        "examinar los progresos realizados.",
        "ar": "تدعو حكومة اليابان والجهات المشاركة معها في تنظيم المؤتمر، وهي اليونيسف ومنظمة ECPAT ومجموعة "
        "المنظمات غير الحكومية المعنية باتفاقية حقوق الطفل، الحكومات والمنظمات غير الحكومية والجهات "
        "الحكومية الدولية وممثلي القطاع الخاص والشباب وسائر العاملين على القضاء على الاستغلال الجنسي "
        "التجاري للأطفال إلى الاجتماع للوقوف على ما أُحرز من تقدم.",
        "ru": "Правительство Японии и его соорганизаторы — ЮНИСЕФ, ECPAT и Группа НПО по Конвенции о правах "
        "ребенка — приглашают правительства, НПО, межправительственные структуры, представителей частного "
        "сектора, молодежь и всех, кто работает над искоренением коммерческой сексуальной эксплуатации "
        "детей, собраться вместе и оценить достигнутый прогресс.",
        "zh-hans": "日本政府及其联合主办方——联合国儿童基金会、ECPAT和《儿童权利公约》"
        "非政府组织小组——邀请各国政府、非政府组织、政府间机构、私营部门代表、青年以及其他致力于消除商业性性"
        "剥削儿童的各方齐聚一堂，审视已取得的进展。",
        "ja": "日本国政府と共催者であるユニセフ、ECPAT、児童の権利条約NGOグループは、政府、NGO、政府間機関、"
        "民間セクターの代表、若者をはじめ、児童の商業的性的搾取の根絶に取り組むすべての人々に対し、"
        "一堂に会してこれまでの進展を確認するよう呼びかけています。",
    },
    "host": {
        "en": "Government of Japan",
        "fr": "Gouvernement du Japon",
        "es": "Gobierno del Japón",
        "ar": "حكومة اليابان",
        "ru": "Правительство Японии",
        "zh-hans": "日本政府",
        "ja": "日本国政府",
    },
    "co_organisers": {
        "en": "UNICEF, ECPAT, NGO Group for the Convention on the Rights of the Child",
        "fr": "UNICEF, ECPAT, Groupe des ONG pour la Convention relative aux droits de l'enfant",
        "es": "UNICEF, ECPAT, Grupo de ONG para la Convención sobre los Derechos del Niño",
        "ar": "اليونيسف ومنظمة ECPAT ومجموعة المنظمات غير الحكومية المعنية باتفاقية حقوق الطفل",
        "ru": "ЮНИСЕФ, ECPAT, Группа НПО по Конвенции о правах ребенка",
        "zh-hans": "联合国儿童基金会、ECPAT、《儿童权利公约》非政府组织小组",
        "ja": "ユニセフ、ECPAT、児童の権利条約NGOグループ",
    },
    "city": {
        "en": "Yokohama",
        "fr": "Yokohama",
        "es": "Yokohama",
        "ar": "يوكوهاما",
        "ru": "Иокогама",
        "zh-hans": "横滨",
        "ja": "横浜",
    },
    "country": "JP",
    "starts_on": "2001-12-17",
    "ends_on": "2001-12-20",
    "time_zone": "Asia/Tokyo",
}


EVENTS = [
    {
        "slug": "congress",
        "kind": "main",
        "position": 0,
        "name": {
            "en": "2nd World Congress against Commercial Sexual Exploitation of Children",
            "fr": "Deuxième Congrès mondial contre l'exploitation sexuelle des enfants à des fins "
            "commerciales",
            "es": "Segundo Congreso Mundial contra la Explotación Sexual Comercial de los Niños",
            "ar": "المؤتمر العالمي الثاني لمكافحة الاستغلال الجنسي التجاري للأطفال",
            "ru": "Второй Всемирный конгресс против коммерческой сексуальной эксплуатации детей",
            "zh-hans": "第二次反对商业性性剥削儿童世界大会",
            "ja": "第2回児童の商業的性的搾取に反対する世界会議",
        },
        "summary": {
            "en": "A working congress: governments, intergovernmental bodies, NGOs, the private sector "
            "and young people share experience since Stockholm and plan action.",
            "fr": "Un congrès de travail où gouvernements, organismes intergouvernementaux, ONG, secteur "
            "privé et jeunes partagent l'expérience acquise depuis Stockholm et planifient l'action à venir.",
            "es": "Un congreso de trabajo: gobiernos, organismos intergubernamentales, ONG, sector privado "
            "y jóvenes comparten la experiencia adquirida desde Estocolmo y planifican la acción.",
            "ar": "مؤتمر عمل يتبادل فيه ممثلو الحكومات والهيئات الحكومية الدولية والمنظمات غير الحكومية "
            "والقطاع الخاص والشباب الخبرات المكتسبة منذ ستوكهولم ويخططون للعمل.",
            "ru": "Рабочий конгресс: правительства, межправительственные органы, НПО, частный сектор и "
            "молодежь обмениваются опытом, накопленным после Стокгольма, и планируют дальнейшие действия.",
            "zh-hans": "这是一次工作性会议：各国政府、政府间机构、非政府组织、私营部门和青年交流斯德哥尔摩大"
            "会以来的经验，并规划下一步行动。",
            "ja": "実務的な会議です。政府、政府間機関、NGO、民間セクター、若者が、ストックホルム以降の経験を"
            "共有し、今後の行動を計画します。",
        },
        "city": {
            "en": "Yokohama",
            "fr": "Yokohama",
            "es": "Yokohama",
            "ar": "يوكوهاما",
            "ru": "Иокогама",
            "zh-hans": "横滨",
            "ja": "横浜",
        },
        "country": "JP",
        "venue": {
            "en": "The Conference Centre, Pacifico Yokohama",
            "fr": "Centre de conférences, Pacifico Yokohama",
            "es": "Centro de Conferencias, Pacifico Yokohama",
            "ar": "مركز المؤتمرات، باسيفيكو يوكوهاما",
            "ru": "Конференц-центр «Пасифико Иокогама»",
            "zh-hans": "PACIFICO横滨会议中心",
            "ja": "パシフィコ横浜 会議センター",
        },
        "starts_on": "2001-12-17",
        "ends_on": "2001-12-20",
        "organisers": {
            "en": "Government of Japan, UNICEF, ECPAT, NGO Group for the CRC",
            "fr": "Gouvernement du Japon, UNICEF, ECPAT, Groupe des ONG pour la Convention relative aux "
            "droits de l'enfant",
            "es": "Gobierno del Japón, UNICEF, ECPAT, Grupo de ONG para la Convención sobre los Derechos "
            "del Niño",
            "ar": "حكومة اليابان واليونيسف ومنظمة ECPAT ومجموعة المنظمات غير الحكومية المعنية باتفاقية حقوق "
            "الطفل",
            "ru": "Правительство Японии, ЮНИСЕФ, ECPAT, Группа НПО по Конвенции о правах ребенка",
            "zh-hans": "日本政府、联合国儿童基金会、ECPAT、《儿童权利公约》非政府组织小组",
            "ja": "日本国政府、ユニセフ、ECPAT、児童の権利条約NGOグループ",
        },
        "outcome": {
            "en": "Yokohama Global Commitment 2001",
            "fr": "Engagement mondial de Yokohama 2001",
            "es": "Compromiso Global de Yokohama 2001",
            "ar": "التزام يوكوهاما العالمي لعام 2001",
            "ru": "Иокогамское глобальное обязательство 2001 года",
            "zh-hans": "2001年横滨全球承诺",
            "ja": "横浜グローバル・コミットメント2001",
        },
    },
    {
        "slug": "youth-event",
        "kind": "youth",
        "position": 1,
        "name": {
            "en": "Youth event in Kawasaki",
            "fr": "Rencontre des jeunes à Kawasaki",
            "es": "Encuentro juvenil en Kawasaki",
            "ar": "فعالية الشباب في كاواساكي",
            "ru": "Молодежное мероприятие в Кавасаки",
            "zh-hans": "川崎青年活动",
            "ja": "川崎での青少年イベント",
        },
        "summary": {
            "en": "About 100 children and young people meet before the Congress to prepare their "
            "contribution to it, with trained adults looking after them at all times.",
            "fr": "Une centaine d'enfants et de jeunes se réunissent avant le Congrès pour préparer leur "
            "contribution, sous la responsabilité constante d'adultes formés à cet effet.",
            "es": "Unos 100 niños y jóvenes se reúnen antes del Congreso para preparar su contribución, "
            "siempre bajo el cuidado de adultos capacitados.",
            "ar": "يجتمع نحو 100 من الأطفال والشباب قبل المؤتمر للإعداد لمساهمتهم فيه، تحت رعاية بالغين "
            "مدرَّبين في جميع الأوقات.",
            "ru": "Около 100 детей и молодых людей встречаются до начала Конгресса, чтобы подготовить свой "
            "вклад в его работу; за ними постоянно присматривают подготовленные взрослые.",
            "zh-hans": "约100名儿童和青年在大会召开前聚会，准备他们对大会的贡献，全程由受过培训的成年人照"
            "看。",
            "ja": "約100人の子どもと若者が会議に先立って集まり、会議への提言を準備します。"
            "研修を受けた大人が常に見守ります。",
        },
        "city": {
            "en": "Kawasaki",
            "fr": "Kawasaki",
            "es": "Kawasaki",
            "ar": "كاواساكي",
            "ru": "Кавасаки",
            "zh-hans": "川崎",
            "ja": "川崎",
        },
        "country": "JP",
        "venue": {"en": "", "fr": "", "es": "", "ar": "", "ru": "", "zh-hans": "", "ja": ""},
        "starts_on": "2001-12-13",
        "ends_on": "2001-12-16",
        "organisers": {
            "en": "Government of Japan with UNICEF, ECPAT and the NGO Group for the CRC",
            "fr": "Gouvernement du Japon, avec l'UNICEF, ECPAT et le Groupe des ONG pour la Convention "
            "relative aux droits de l'enfant",
            "es": "Gobierno del Japón, con el UNICEF, ECPAT y el Grupo de ONG para la Convención sobre los "
            "Derechos del Niño",
            "ar": "حكومة اليابان بالتعاون مع اليونيسف ومنظمة ECPAT ومجموعة المنظمات غير الحكومية المعنية "
            "باتفاقية حقوق الطفل",
            "ru": "Правительство Японии совместно с ЮНИСЕФ, ECPAT и Группой НПО по Конвенции о правах "
            "ребенка",
            "zh-hans": "日本政府，联合国儿童基金会、ECPAT和《儿童权利公约》非政府组织小组协办",
            "ja": "日本国政府（ユニセフ、ECPAT、児童の権利条約NGOグループと共催）",
        },
        "outcome": {
            "en": "Final Appeal of Children and Young People",
            "fr": "Appel final des enfants et des jeunes",
            "es": "Llamamiento Final de los Niños y los Jóvenes",
            "ar": "النداء الختامي للأطفال والشباب",
            "ru": "Итоговое обращение детей и молодежи",
            "zh-hans": "儿童和青年的最后呼吁",
            "ja": "子ども・若者による最終アピール",
        },
    },
    {
        "slug": "bangkok",
        "kind": "regional",
        "position": 10,
        "name": {
            "en": "East Asia and Pacific Regional Consultation",
            "fr": "Consultation régionale pour l'Asie de l'Est et le Pacifique",
            "es": "Consulta Regional de Asia Oriental y el Pacífico",
            "ar": "المشاورة الإقليمية لشرق آسيا والمحيط الهادئ",
            "ru": "Региональная консультация для Восточной Азии и Тихого океана",
            "zh-hans": "东亚及太平洋区域磋商",
            "ja": "東アジア・太平洋地域協議",
        },
        "summary": {
            "en": "One of a series of six regional consultations preparing the Congress.",
            "fr": "L'une des six consultations régionales préparatoires au Congrès.",
            "es": "Una de las seis consultas regionales preparatorias del Congreso.",
            "ar": "إحدى المشاورات الإقليمية الست التحضيرية للمؤتمر.",
            "ru": "Одна из шести региональных консультаций по подготовке Конгресса.",
            "zh-hans": "为筹备大会举行的六次区域磋商之一。",
            "ja": "会議に向けて開催された6つの地域協議の一つです。",
        },
        "city": {
            "en": "Bangkok",
            "fr": "Bangkok",
            "es": "Bangkok",
            "ar": "بانكوك",
            "ru": "Бангкок",
            "zh-hans": "曼谷",
            "ja": "バンコク",
        },
        "country": "TH",
        "venue": {"en": "", "fr": "", "es": "", "ar": "", "ru": "", "zh-hans": "", "ja": ""},
        "starts_on": "2001-10-16",
        "ends_on": "2001-10-18",
        "organisers": {
            "en": "UNICEF, UN ESCAP, ECPAT International and the Save the Children Alliance for the "
            "NGO Group, in cooperation with the Government of Japan",
            "fr": "UNICEF, CESAP, ECPAT International et l'Alliance internationale Save the Children pour "
            "le Groupe des ONG, en coopération avec le Gouvernement du Japon",
            "es": "UNICEF, CESPAP, ECPAT International y la Alianza Internacional Save the Children en "
            "nombre del Grupo de ONG, en cooperación con el Gobierno del Japón",
            "ar": "اليونيسف واللجنة الاقتصادية والاجتماعية لآسيا والمحيط الهادئ ومنظمة ECPAT International "
            "والتحالف الدولي لإنقاذ الطفولة باسم مجموعة المنظمات غير الحكومية، بالتعاون مع حكومة اليابان",
            "ru": "ЮНИСЕФ, ЭСКАТО, ECPAT International и Международный союз «Спасите детей» от имени Группы "
            "НПО в сотрудничестве с правительством Японии",
            "zh-hans": "联合国儿童基金会、联合国亚洲及太平洋经济社会委员会、ECPAT International以及代表非政"
            "府组织小组的救助儿童会国际联盟，与日本政府合作",
            "ja": "ユニセフ、国連アジア太平洋経済社会委員会（ESCAP）、ECPAT International、"
            "NGOグループを代表してセーブ・ザ・チルドレン・アライアンス（日本国政府協力）",
        },
        "outcome": {
            "en": "East Asia and Pacific Regional Commitment and Action Plan",
            "fr": "Engagement régional et plan d'action pour l'Asie de l'Est et le Pacifique",
            "es": "Compromiso Regional y Plan de Acción de Asia Oriental y el Pacífico",
            "ar": "الالتزام الإقليمي وخطة العمل لشرق آسيا والمحيط الهادئ",
            "ru": "Региональное обязательство и план действий для Восточной Азии и Тихого океана",
            "zh-hans": "东亚及太平洋区域承诺和行动计划",
            "ja": "東アジア・太平洋地域コミットメントおよび行動計画",
        },
    },
    {
        "slug": "rabat",
        "kind": "regional",
        "position": 11,
        "name": {
            "en": "Arab-African Forum",
            "fr": "Forum arabo-africain",
            "es": "Foro Árabe-Africano",
            "ar": "المنتدى العربي الأفريقي",
            "ru": "Арабо-африканский форум",
            "zh-hans": "阿拉伯—非洲论坛",
            "ja": "アラブ・アフリカ・フォーラム",
        },
        "summary": {
            "en": "More than 250 delegates from 40 Arab and African countries, under the honorary "
            "presidency of Princess Lalla Meryem.",
            "fr": "Plus de 250 délégués de 40 pays arabes et africains, sous la présidence d'honneur de la "
            "princesse Lalla Meryem.",
            "es": "Más de 250 delegados de 40 países árabes y africanos, bajo la presidencia de honor de la "
            "Princesa Lalla Meryem.",
            "ar": "أكثر من 250 مندوبًا من 40 بلدًا عربيًا وأفريقيًا، تحت الرئاسة الشرفية لصاحبة السمو الملكي "
            "الأميرة للا مريم.",
            "ru": "Более 250 делегатов из 40 арабских и африканских стран под почетным председательством "
            "принцессы Лаллы Мерьем.",
            "zh-hans": "来自40个阿拉伯和非洲国家的250多名代表出席，由拉拉·梅里姆公主担任名誉主席。",
            "ja": "ラッラ・メリエム王女を名誉総裁とし、アラブ・アフリカ40か国から250人を超える代表が参加しま"
            "した。",
        },
        "city": {
            "en": "Rabat",
            "fr": "Rabat",
            "es": "Rabat",
            "ar": "الرباط",
            "ru": "Рабат",
            "zh-hans": "拉巴特",
            "ja": "ラバト",
        },
        "country": "MA",
        "venue": {"en": "", "fr": "", "es": "", "ar": "", "ru": "", "zh-hans": "", "ja": ""},
        "starts_on": "2001-10-24",
        "ends_on": "2001-10-26",
        "organisers": {
            "en": "Kingdom of Morocco with UNICEF",
            "fr": "Royaume du Maroc, avec l'UNICEF",
            "es": "Reino de Marruecos, con el UNICEF",
            "ar": "المملكة المغربية بالتعاون مع اليونيسف",
            "ru": "Королевство Марокко совместно с ЮНИСЕФ",
            "zh-hans": "摩洛哥王国与联合国儿童基金会",
            "ja": "モロッコ王国、ユニセフ",
        },
        "outcome": {
            "en": "Rabat Declaration",
            "fr": "Déclaration de Rabat",
            "es": "Declaración de Rabat",
            "ar": "إعلان الرباط",
            "ru": "Рабатская декларация",
            "zh-hans": "拉巴特宣言",
            "ja": "ラバト宣言",
        },
    },
    {
        "slug": "dhaka",
        "kind": "regional",
        "position": 12,
        "name": {
            "en": "South Asia Regional Consultation",
            "fr": "Consultation régionale pour l'Asie du Sud",
            "es": "Consulta Regional de Asia Meridional",
            "ar": "المشاورة الإقليمية لجنوب آسيا",
            "ru": "Региональная консультация для Южной Азии",
            "zh-hans": "南亚区域磋商",
            "ja": "南アジア地域協議",
        },
        "summary": {
            "en": "The Governments of Bangladesh, Bhutan, India, Maldives, Nepal, Pakistan and Sri Lanka, "
            "with 25 children and young adults taking part.",
            "fr": "Les Gouvernements du Bangladesh, du Bhoutan, de l'Inde, des Maldives, du Népal, du "
            "Pakistan et de Sri Lanka, avec la participation de 25 enfants et jeunes adultes.",
            "es": "Los Gobiernos de Bangladesh, Bhután, la India, Maldivas, Nepal, el Pakistán y Sri Lanka, "
            "con la participación de 25 niños y jóvenes.",
            "ar": "حكومات بنغلاديش وبوتان والهند وملديف ونيبال وباكستان وسري لانكا، بمشاركة 25 من الأطفال "
            "والشباب.",
            "ru": "Правительства Бангладеш, Бутана, Индии, Мальдивских Островов, Непала, Пакистана и "
            "Шри-Ланки при участии 25 детей и молодых людей.",
            "zh-hans": "孟加拉国、不丹、印度、马尔代夫、尼泊尔、巴基斯坦和斯里兰卡政府参加，"
            "另有25名儿童和青年参与。",
            "ja": "バングラデシュ、ブータン、インド、モルディブ、ネパール、パキスタン、"
            "スリランカの各国政府が参加し、25人の子どもと若者も加わりました。",
        },
        "city": {
            "en": "Dhaka",
            "fr": "Dhaka",
            "es": "Dhaka",
            "ar": "دكا",
            "ru": "Дакка",
            "zh-hans": "达卡",
            "ja": "ダッカ",
        },
        "country": "BD",
        "venue": {"en": "", "fr": "", "es": "", "ar": "", "ru": "", "zh-hans": "", "ja": ""},
        "starts_on": "2001-11-04",
        "ends_on": "2001-11-06",
        "organisers": {
            "en": "Governments of South Asia with UNICEF",
            "fr": "Gouvernements d'Asie du Sud, avec l'UNICEF",
            "es": "Gobiernos de Asia Meridional, con el UNICEF",
            "ar": "حكومات جنوب آسيا بالتعاون مع اليونيسف",
            "ru": "Правительства стран Южной Азии совместно с ЮНИСЕФ",
            "zh-hans": "南亚各国政府与联合国儿童基金会",
            "ja": "南アジア各国政府、ユニセフ",
        },
        "outcome": {
            "en": "South Asia Regional Strategy",
            "fr": "Stratégie régionale pour l'Asie du Sud",
            "es": "Estrategia Regional de Asia Meridional",
            "ar": "الاستراتيجية الإقليمية لجنوب آسيا",
            "ru": "Региональная стратегия для Южной Азии",
            "zh-hans": "南亚区域战略",
            "ja": "南アジア地域戦略",
        },
    },
    {
        "slug": "montevideo",
        "kind": "regional",
        "position": 13,
        "name": {
            "en": "Latin America and Caribbean Regional Governmental Consultation",
            "fr": "Consultation gouvernementale régionale pour l'Amérique latine et les Caraïbes",
            "es": "Consulta Gubernamental Regional de América Latina y el Caribe",
            "ar": "المشاورة الحكومية الإقليمية لأمريكا اللاتينية ومنطقة البحر الكاريبي",
            "ru": "Региональная правительственная консультация для Латинской Америки и Карибского бассейна",
            "zh-hans": "拉丁美洲和加勒比区域政府磋商",
            "ja": "ラテンアメリカ・カリブ地域政府協議",
        },
        "summary": {
            "en": "Governments of the region agree on coordination, prevention, protection, recovery, "
            "child participation, research and monitoring.",
            "fr": "Les gouvernements de la région s'accordent sur la coordination, la prévention, la "
            "protection, la réadaptation, la participation des enfants, la recherche et le suivi.",
            "es": "Los gobiernos de la región acuerdan medidas de coordinación, prevención, protección, "
            "recuperación, participación infantil, investigación y seguimiento.",
            "ar": "تتفق حكومات المنطقة على التنسيق والوقاية والحماية والتعافي ومشاركة الأطفال والبحث والرصد.",
            "ru": "Правительства стран региона согласовывают меры в области координации, профилактики, "
            "защиты, реабилитации, участия детей, исследований и мониторинга.",
            "zh-hans": "本区域各国政府就协调、预防、保护、康复、儿童参与、研究和监测达成一致。",
            "ja": "地域の各国政府が、調整、予防、保護、回復、子どもの参加、調査研究およびモニタリングについ"
            "て合意します。",
        },
        "city": {
            "en": "Montevideo",
            "fr": "Montevideo",
            "es": "Montevideo",
            "ar": "مونتيفيديو",
            "ru": "Монтевидео",
            "zh-hans": "蒙得维的亚",
            "ja": "モンテビデオ",
        },
        "country": "UY",
        "venue": {"en": "", "fr": "", "es": "", "ar": "", "ru": "", "zh-hans": "", "ja": ""},
        "starts_on": "2001-11-07",
        "ends_on": "2001-11-09",
        "organisers": {
            "en": "UNICEF and the Inter-American Children's Institute (IIN)",
            "fr": "UNICEF et Institut interaméricain de l'enfance (IIN)",
            "es": "UNICEF e Instituto Interamericano del Niño (IIN)",
            "ar": "اليونيسف ومعهد البلدان الأمريكية للطفل (IIN)",
            "ru": "ЮНИСЕФ и Межамериканский институт по делам детей (IIN)",
            "zh-hans": "联合国儿童基金会和美洲儿童研究所（IIN）",
            "ja": "ユニセフ、米州児童機関（IIN）",
        },
        "outcome": {
            "en": "Compromiso de Montevideo",
            "fr": "Compromiso de Montevideo (Engagement de Montevideo)",
            "es": "Compromiso de Montevideo",
            "ar": "Compromiso de Montevideo (التزام مونتيفيديو)",
            "ru": "Compromiso de Montevideo («Обязательство Монтевидео»)",
            "zh-hans": "Compromiso de Montevideo（《蒙得维的亚承诺》）",
            "ja": "Compromiso de Montevideo（モンテビデオ・コミットメント）",
        },
    },
    {
        "slug": "budapest",
        "kind": "regional",
        "position": 14,
        "name": {
            "en": "Europe and Central Asia Regional Consultation",
            "fr": "Consultation régionale pour l'Europe et l'Asie centrale",
            "es": "Consulta Regional de Europa y Asia Central",
            "ar": "المشاورة الإقليمية لأوروبا وآسيا الوسطى",
            "ru": "Региональная консультация для Европы и Центральной Азии",
            "zh-hans": "欧洲和中亚区域磋商",
            "ja": "欧州・中央アジア地域協議",
        },
        "summary": {
            "en": "52 countries invited; the Council of Europe leads the European follow-up.",
            "fr": "52 pays invités. Le Conseil de l'Europe pilote le suivi à l'échelle européenne.",
            "es": "52 países invitados; el Consejo de Europa dirige el seguimiento en el plano europeo.",
            "ar": "دُعي إليها 52 بلدًا، ويتولى مجلس أوروبا قيادة المتابعة على الصعيد الأوروبي.",
            "ru": "Приглашены 52 страны; последующую деятельность на европейском уровне возглавляет Совет "
            "Европы.",
            "zh-hans": "邀请了52个国家；欧洲委员会牵头开展欧洲层面的后续行动。",
            "ja": "52か国が招待され、欧州評議会が欧州におけるフォローアップを主導します。",
        },
        "city": {
            "en": "Budapest",
            "fr": "Budapest",
            "es": "Budapest",
            "ar": "بودابست",
            "ru": "Будапешт",
            "zh-hans": "布达佩斯",
            "ja": "ブダペスト",
        },
        "country": "HU",
        "venue": {"en": "", "fr": "", "es": "", "ar": "", "ru": "", "zh-hans": "", "ja": ""},
        "starts_on": "2001-11-20",
        "ends_on": "2001-11-21",
        "organisers": {
            "en": "Council of Europe with UNICEF and the Hungarian National Institute of Criminology",
            "fr": "Conseil de l'Europe, avec l'UNICEF et l'Institut national de criminologie de Hongrie",
            "es": "Consejo de Europa, con el UNICEF y el Instituto Nacional de Criminología de Hungría",
            "ar": "مجلس أوروبا بالتعاون مع اليونيسف والمعهد الوطني الهنغاري لعلم الإجرام",
            "ru": "Совет Европы совместно с ЮНИСЕФ и Национальным институтом криминологии Венгрии",
            "zh-hans": "欧洲委员会与联合国儿童基金会和匈牙利国家犯罪学研究所",
            "ja": "欧州評議会、ユニセフ、ハンガリー国立犯罪学研究所",
        },
        "outcome": {
            "en": "Budapest Commitment and Plan of Action",
            "fr": "Engagement et plan d'action de Budapest",
            "es": "Compromiso y Plan de Acción de Budapest",
            "ar": "التزام بودابست وخطة العمل",
            "ru": "Будапештское обязательство и план действий",
            "zh-hans": "布达佩斯承诺和行动计划",
            "ja": "ブダペスト・コミットメントおよび行動計画",
        },
    },
    {
        "slug": "philadelphia",
        "kind": "regional",
        "position": 15,
        "name": {
            "en": "North America Regional Consultation",
            "fr": "Consultation régionale pour l'Amérique du Nord",
            "es": "Consulta Regional de América del Norte",
            "ar": "المشاورة الإقليمية لأمريكا الشمالية",
            "ru": "Региональная консультация для Северной Америки",
            "zh-hans": "北美区域磋商",
            "ja": "北米地域協議",
        },
        "summary": {
            "en": "About 100 governmental and non-governmental representatives from the United States, "
            "Canada and Mexico, at the University of Pennsylvania.",
            "fr": "Une centaine de représentants gouvernementaux et non gouvernementaux des États-Unis, du "
            "Canada et du Mexique, réunis à l'Université de Pennsylvanie.",
            "es": "Unos 100 representantes gubernamentales y no gubernamentales de los Estados Unidos, el "
            "Canadá y México, reunidos en la Universidad de Pensilvania.",
            "ar": "نحو 100 ممثل حكومي وغير حكومي من الولايات المتحدة وكندا والمكسيك، اجتمعوا في جامعة "
            "بنسلفانيا.",
            "ru": "Около 100 представителей правительственных и неправительственных организаций Соединенных "
            "Штатов, Канады и Мексики в Пенсильванском университете.",
            "zh-hans": "来自美国、加拿大和墨西哥的约100名政府和非政府代表在宾夕法尼亚大学会聚。",
            "ja": "米国、カナダ、メキシコの政府および非政府組織の代表約100人がペンシルベニア大学に集まりまし"
            "た。",
        },
        "city": {
            "en": "Philadelphia",
            "fr": "Philadelphie",
            "es": "Filadelfia",
            "ar": "فيلادلفيا",
            "ru": "Филадельфия",
            "zh-hans": "费城",
            "ja": "フィラデルフィア",
        },
        "country": "US",
        "venue": {
            "en": "University of Pennsylvania",
            "fr": "Université de Pennsylvanie",
            "es": "Universidad de Pensilvania",
            "ar": "جامعة بنسلفانيا",
            "ru": "Пенсильванский университет",
            "zh-hans": "宾夕法尼亚大学",
            "ja": "ペンシルベニア大学",
        },
        "starts_on": "2001-12-02",
        "ends_on": "2001-12-03",
        "organisers": {
            "en": "University of Pennsylvania (chair: Prof. Richard Estes)",
            "fr": "Université de Pennsylvanie (présidence assurée par le professeur Richard Estes)",
            "es": "Universidad de Pensilvania (presidida por el profesor Richard Estes)",
            "ar": "جامعة بنسلفانيا (برئاسة الأستاذ ريتشارد إستس)",
            "ru": "Пенсильванский университет (председатель — профессор Ричард Эстес)",
            "zh-hans": "宾夕法尼亚大学（主席：理查德·埃斯蒂斯教授）",
            "ja": "ペンシルベニア大学（議長：リチャード・エステス教授）",
        },
        "outcome": {
            "en": "Final report of the North America consultation",
            "fr": "Rapport final de la consultation pour l'Amérique du Nord",
            "es": "Informe final de la consulta de América del Norte",
            "ar": "التقرير الختامي لمشاورة أمريكا الشمالية",
            "ru": "Итоговый доклад региональной консультации для Северной Америки",
            "zh-hans": "北美磋商最后报告",
            "ja": "北米地域協議最終報告書",
        },
    },
]

KEY_FIGURES = [
    {
        "value": "122",
        "position": 0,
        "label": {
            "en": "governments committed themselves in Stockholm in 1996",
            "fr": "gouvernements se sont engagés à Stockholm en 1996",
            "es": "gobiernos asumieron compromisos en Estocolmo en 1996",
            "ar": "حكومة التزمت بالعمل في ستوكهولم عام 1996",
            "ru": "правительства взяли на себя обязательства в Стокгольме в 1996 году",
            "zh-hans": "国政府于1996年在斯德哥尔摩作出承诺",
            "ja": "か国の政府が1996年にストックホルムで行動を約束",
        },
        "detail": {
            "en": "The First World Congress adopted the Declaration and Agenda for Action.",
            "fr": "Le premier Congrès mondial a adopté la Déclaration et le Programme d'action.",
            "es": "El Primer Congreso Mundial aprobó la Declaración y el Programa de Acción.",
            "ar": "اعتمد المؤتمر العالمي الأول الإعلان وبرنامج العمل.",
            "ru": "Первый Всемирный конгресс принял Декларацию и Программу действий.",
            "zh-hans": "第一次世界大会通过了《宣言和行动议程》。",
            "ja": "第1回世界会議は、宣言および行動計画を採択しました。",
        },
    },
    {
        "value": "34",
        "position": 1,
        "label": {
            "en": "countries have developed National Plans of Action",
            "fr": "pays ont élaboré des plans d'action nationaux",
            "es": "países han elaborado planes de acción nacionales",
            "ar": "بلدًا وضعت خطط عمل وطنية",
            "ru": "страны разработали национальные планы действий",
            "zh-hans": "个国家已制定国家行动计划",
            "ja": "か国が国内行動計画を策定済み",
        },
        "detail": {
            "en": "Plans against commercial sexual exploitation of children, as the Agenda for Action asks.",
            "fr": "Des plans contre l'exploitation sexuelle des enfants à des fins commerciales, comme le "
            "demande le Programme d'action.",
            "es": "Planes contra la explotación sexual comercial de los niños, como pide el Programa de "
            "Acción.",
            "ar": "خطط لمكافحة الاستغلال الجنسي التجاري للأطفال، على نحو ما يدعو إليه برنامج العمل.",
            "ru": "Планы борьбы с коммерческой сексуальной эксплуатацией детей, как того требует Программа "
            "действий.",
            "zh-hans": "按照《行动议程》的要求制定的反对商业性性剥削儿童计划。",
            "ja": "行動計画の求めに応じて策定された、児童の商業的性的搾取に対する計画です。",
        },
    },
    {
        "value": "26",
        "position": 2,
        "label": {
            "en": "more countries are developing a plan",
            "fr": "autres pays élaborent un plan",
            "es": "países más están elaborando un plan",
            "ar": "بلدًا آخر تعمل على وضع خطة",
            "ru": "стран дополнительно разрабатывают такой план",
            "zh-hans": "个其他国家正在制定计划",
            "ja": "か国が計画を策定中",
        },
        "detail": {
            "en": "National Plans of Action in preparation.",
            "fr": "Plans d'action nationaux en cours d'élaboration.",
            "es": "Planes de acción nacionales en preparación.",
            "ar": "خطط عمل وطنية قيد الإعداد.",
            "ru": "Национальные планы действий в стадии подготовки.",
            "zh-hans": "国家行动计划正在编制中。",
            "ja": "国内行動計画を準備中です。",
        },
    },
    {
        "value": "21+",
        "position": 3,
        "label": {
            "en": "countries can apply extraterritorial legislation",
            "fr": "pays peuvent appliquer une législation extraterritoriale",
            "es": "países pueden aplicar legislación extraterritorial",
            "ar": "بلدًا بوسعها تطبيق تشريعات تتجاوز نطاق ولايتها الإقليمية",
            "ru": "государств могут применять экстерриториальное законодательство",
            "zh-hans": "个国家可适用域外立法",
            "ja": "か国が国外犯処罰規定を適用可能",
        },
        "detail": {
            "en": "Nationals who commit offences against children in other countries can be prosecuted.",
            "fr": "Les ressortissants qui commettent des infractions contre des enfants dans d'autres pays "
            "peuvent être poursuivis.",
            "es": "Los nacionales que cometen delitos contra niños en otros países pueden ser enjuiciados.",
            "ar": "يمكن ملاحقة المواطنين الذين يرتكبون جرائم بحق الأطفال في بلدان أخرى قضائيًا.",
            "ru": "Граждане, совершившие преступления против детей в других странах, могут быть привлечены "
            "к уголовной ответственности.",
            "zh-hans": "本国国民在其他国家对儿童犯罪的，可被起诉。",
            "ja": "他国で子どもに対する犯罪を行った自国民を訴追することができます。",
        },
    },
    {
        "value": "1999",
        "position": 4,
        "label": {
            "en": "ILO Convention 182 adopted",
            "fr": "adoption de la Convention nº 182 de l'OIT",
            "es": "aprobación del Convenio núm. 182 de la OIT",
            "ar": "اعتماد اتفاقية منظمة العمل الدولية رقم 182",
            "ru": "принята Конвенция МОТ № 182",
            "zh-hans": "通过国际劳工组织第182号公约",
            "ja": "ILO第182号条約を採択",
        },
        "detail": {
            "en": "Immediate and effective measures against the worst forms of child labour, including "
            "child prostitution and child pornography.",
            "fr": "Des mesures immédiates et efficaces contre les pires formes de travail des enfants, y "
            "compris la prostitution des enfants et la pornographie mettant en scène des enfants.",
            "es": "Medidas inmediatas y eficaces contra las peores formas de trabajo infantil, incluidas la "
            "prostitución infantil y la pornografía infantil.",
            "ar": "تدابير فورية وفعالة لمكافحة أسوأ أشكال عمل الأطفال، بما في ذلك استغلال الأطفال في البغاء "
            "وفي المواد الإباحية.",
            "ru": "Безотлагательные и эффективные меры против наихудших форм детского труда, включая "
            "детскую проституцию и детскую порнографию.",
            "zh-hans": "立即采取有效措施，禁止和消除最恶劣形式的童工劳动，包括儿童卖淫和儿童色情制品。",
            "ja": "児童買春・児童ポルノを含む最悪の形態の児童労働に対する即時かつ効果的な措置を定めていま"
            "す。",
        },
    },
    {
        "value": "2000",
        "position": 5,
        "label": {
            "en": "Optional Protocol and Palermo Protocol opened for signature",
            "fr": "ouverture à la signature du Protocole facultatif et du Protocole de Palerme",
            "es": "apertura a la firma del Protocolo Facultativo y del Protocolo de Palermo",
            "ar": "فتح باب التوقيع على البروتوكول الاختياري وبروتوكول باليرمو",
            "ru": "открыты для подписания Факультативный протокол и Палермский протокол",
            "zh-hans": "《任择议定书》和《巴勒莫议定书》开放供签署",
            "ja": "選択議定書とパレルモ議定書が署名のために開放",
        },
        "detail": {
            "en": "The Optional Protocol to the CRC on the sale of children, child prostitution and child "
            "pornography, and the Protocol on trafficking in persons, especially women and children.",
            "fr": "Le Protocole facultatif à la Convention relative aux droits de l'enfant, concernant la "
            "vente d'enfants, la prostitution des enfants et la pornographie mettant en scène des enfants, "
            "et le Protocole visant à prévenir, réprimer et punir la traite des personnes, en particulier "
            "des femmes et des enfants.",
            "es": "El Protocolo Facultativo de la Convención sobre los Derechos del Niño relativo a la "
            "venta de niños, la prostitución infantil y la utilización de niños en la pornografía, y el "
            "Protocolo para prevenir, reprimir y sancionar la trata de personas, especialmente mujeres y "
            "niños.",
            "ar": "البروتوكول الاختياري لاتفاقية حقوق الطفل بشأن بيع الأطفال واستغلال الأطفال في البغاء وفي "
            "المواد الإباحية، وبروتوكول منع وقمع ومعاقبة الاتجار بالأشخاص، وبخاصة النساء والأطفال.",
            "ru": "Факультативный протокол к Конвенции о правах ребенка, касающийся торговли детьми, "
            "детской проституции и детской порнографии, и Протокол о предупреждении и пресечении торговли "
            "людьми, особенно женщинами и детьми, и наказании за нее.",
            "zh-hans": "《儿童权利公约关于买卖儿童、儿童卖淫和儿童色情制品问题的任择议定书》以及《预防、"
            "禁止和惩治贩运人口特别是妇女和儿童行为的补充议定书》。",
            "ja": "児童の売買、児童買春及び児童ポルノに関する児童の権利に関する条約の選択議定書、"
            "ならびに人（特に女性及び児童）の取引を防止し、抑止し及び処罰するための議定書です。",
        },
    },
]

TEAMS = [
    {
        "slug": "secretariat",
        "name": {
            "en": "Yokohama Congress secretariat",
            "fr": "Secrétariat du Congrès de Yokohama",
            "es": "Secretaría del Congreso de Yokohama",
            "ar": "أمانة مؤتمر يوكوهاما",
            "ru": "Секретариат Иокогамского конгресса",
            "zh-hans": "横滨大会秘书处",
            "ja": "横浜会議事務局",
        },
        "organisation": {
            "en": "Ministry of Foreign Affairs of Japan",
            "fr": "Ministère des affaires étrangères du Japon",
            "es": "Ministerio de Relaciones Exteriores del Japón",
            "ar": "وزارة خارجية اليابان",
            "ru": "Министерство иностранных дел Японии",
            "zh-hans": "日本外务省",
            "ja": "外務省",
        },
        "description": {
            "en": "Government inquiries and Congress logistics; runs the congress.",
            "fr": "Demandes des gouvernements et logistique du Congrès, dont il assure l'organisation.",
            "es": "Consultas de los gobiernos y logística del Congreso; organiza el Congreso.",
            "ar": "استفسارات الحكومات والترتيبات اللوجستية للمؤتمر؛ وتتولى إدارة المؤتمر.",
            "ru": "Запросы правительств и логистика Конгресса; организация работы Конгресса.",
            "zh-hans": "负责政府咨询和大会后勤，并主持大会的组织工作。",
            "ja": "政府からの問い合わせと会議の運営を担当し、会議全体を取りまとめます。",
        },
        "flags": [
            "can_change_congress",
            "can_change_content",
            "can_manage_teams",
            "can_view_audit_log",
            "can_view_outbox",
        ],
    },
    {
        "slug": "unicef",
        "name": {
            "en": "UNICEF team",
            "fr": "Équipe de l'UNICEF",
            "es": "Equipo del UNICEF",
            "ar": "فريق اليونيسف",
            "ru": "Группа ЮНИСЕФ",
            "zh-hans": "联合国儿童基金会团队",
            "ja": "ユニセフ・チーム",
        },
        "organisation": {
            "en": "UNICEF",
            "fr": "UNICEF",
            "es": "UNICEF",
            "ar": "اليونيسف",
            "ru": "ЮНИСЕФ",
            "zh-hans": "联合国儿童基金会",
            "ja": "ユニセフ",
        },
        "description": {
            "en": "Inter-governmental agency queries and accreditation.",
            "fr": "Demandes des organismes intergouvernementaux et accréditation.",
            "es": "Consultas de los organismos intergubernamentales y acreditación.",
            "ar": "استفسارات الوكالات الحكومية الدولية واعتمادها.",
            "ru": "Запросы межправительственных учреждений и аккредитация.",
            "zh-hans": "政府间机构咨询和资格认证。",
            "ja": "政府間機関からの問い合わせと参加資格の認定。",
        },
        "flags": ["can_view_outbox"],
    },
    {
        "slug": "ecpat",
        "name": {
            "en": "ECPAT team",
            "fr": "Équipe d'ECPAT",
            "es": "Equipo de ECPAT",
            "ar": "فريق ECPAT",
            "ru": "Группа ECPAT",
            "zh-hans": "ECPAT团队",
            "ja": "ECPATチーム",
        },
        "organisation": {
            "en": "ECPAT",
            "fr": "ECPAT",
            "es": "ECPAT",
            "ar": "ECPAT",
            "ru": "ECPAT",
            "zh-hans": "ECPAT",
            "ja": "ECPAT",
        },
        "description": {
            "en": "Private sector and NGO enquiries.",
            "fr": "Demandes du secteur privé et des ONG.",
            "es": "Consultas del sector privado y de las ONG.",
            "ar": "استفسارات القطاع الخاص والمنظمات غير الحكومية.",
            "ru": "Запросы частного сектора и НПО.",
            "zh-hans": "私营部门和非政府组织咨询。",
            "ja": "民間セクターおよびNGOからの問い合わせ。",
        },
        "flags": [],
    },
    {
        "slug": "ngo-group",
        "name": {
            "en": "NGO Group team",
            "fr": "Équipe du Groupe des ONG",
            "es": "Equipo del Grupo de ONG",
            "ar": "فريق مجموعة المنظمات غير الحكومية",
            "ru": "Рабочая группа Группы НПО",
            "zh-hans": "非政府组织小组团队",
            "ja": "NGOグループ・チーム",
        },
        "organisation": {
            "en": "NGO Group for the Convention on the Rights of the Child",
            "fr": "Groupe des ONG pour la Convention relative aux droits de l'enfant",
            "es": "Grupo de ONG para la Convención sobre los Derechos del Niño",
            "ar": "مجموعة المنظمات غير الحكومية المعنية باتفاقية حقوق الطفل",
            "ru": "Группа НПО по Конвенции о правах ребенка",
            "zh-hans": "《儿童权利公约》非政府组织小组",
            "ja": "児童の権利条約NGOグループ",
        },
        "description": {
            "en": "NGO enquiries and background documentation.",
            "fr": "Demandes des ONG et documentation de référence.",
            "es": "Consultas de las ONG y documentación de antecedentes.",
            "ar": "استفسارات المنظمات غير الحكومية والوثائق المرجعية.",
            "ru": "Запросы НПО и справочная документация.",
            "zh-hans": "非政府组织咨询和背景文件。",
            "ja": "NGOからの問い合わせと背景資料。",
        },
        "flags": ["can_change_content"],
    },
    {
        "slug": "communications",
        "name": {
            "en": "Communications",
            "fr": "Communication",
            "es": "Comunicaciones",
            "ar": "الاتصالات",
            "ru": "Связи с общественностью",
            "zh-hans": "宣传联络",
            "ja": "広報",
        },
        "organisation": {
            "en": "Communications Advisor",
            "fr": "Conseiller en communication",
            "es": "Asesor de Comunicaciones",
            "ar": "مستشار الاتصالات",
            "ru": "Советник по связям с общественностью",
            "zh-hans": "传播顾问",
            "ja": "広報アドバイザー",
        },
        "description": {
            "en": "Media queries and accreditation.",
            "fr": "Demandes des médias et accréditation.",
            "es": "Consultas de los medios de comunicación y acreditación.",
            "ar": "استفسارات وسائط الإعلام واعتمادها.",
            "ru": "Запросы средств массовой информации и аккредитация.",
            "zh-hans": "媒体咨询和资格认证。",
            "ja": "報道関係者からの問い合わせと取材登録。",
        },
        "flags": [],
    },
    {
        "slug": "safeguarding",
        "name": {
            "en": "Child safeguarding",
            "fr": "Protection de l'enfance",
            "es": "Protección infantil",
            "ar": "حماية الأطفال",
            "ru": "Защита детей",
            "zh-hans": "儿童保护",
            "ja": "子どもの保護",
        },
        "organisation": {
            "en": "Safeguarding officers",
            "fr": "Responsables de la protection de l'enfance",
            "es": "Responsables de protección infantil",
            "ar": "مسؤولو حماية الأطفال",
            "ru": "Сотрудники по защите детей",
            "zh-hans": "儿童保护官员",
            "ja": "子どもの保護担当者",
        },
        "description": {
            "en": "The young participants' protected records, consents and chaperones, and every reported concern.",
            "fr": "Dossiers protégés, consentements et accompagnateurs des jeunes participants, et tous les "
            "signalements de préoccupation.",
            "es": "Expedientes protegidos, consentimientos y acompañantes de los jóvenes participantes, y todas "
            "las preocupaciones comunicadas.",
            "ar": "السجلات المحمية للمشاركين اليافعين وموافقاتهم ومرافقوهم، وكل ما يُبلَّغ عنه من مصادر قلق.",
            "ru": "Защищённые данные, согласия и сопровождающие молодых участников, а также все сообщения о "
            "беспокойстве.",
            "zh-hans": "青少年参加者的受保护档案、同意书和陪同人员，以及所有报告的担忧。",
            "ja": "若い参加者の保護記録、同意、付き添い者、そして寄せられたすべての懸念。",
        },
        "flags": ["is_safeguarding_officer"],
    },
]

PARTICIPATION = [
    {
        "position": 0,
        "team": "secretariat",
        "name": {
            "en": "Government delegations",
            "fr": "Délégations gouvernementales",
            "es": "Delegaciones gubernamentales",
            "ar": "الوفود الحكومية",
            "ru": "Правительственные делегации",
            "zh-hans": "政府代表团",
            "ja": "政府代表団",
        },
        "description": {
            "en": "Delegations of States, led by a head of delegation.",
            "fr": "Délégations des États, conduites par un chef de délégation.",
            "es": "Delegaciones de los Estados, encabezadas por un jefe de delegación.",
            "ar": "وفود الدول، ويرأس كلًّا منها رئيس وفد.",
            "ru": "Делегации государств во главе с главой делегации.",
            "zh-hans": "各国代表团，由代表团团长率领。",
            "ja": "各国の代表団で、代表団長が率います。",
        },
        "how_to_take_part": {
            "en": "The Ministry of Foreign Affairs or the Permanent Mission names a focal point "
            "and sends a note verbale listing the delegation. The focal point then nominates "
            "each member.",
            "fr": "Le Ministère des affaires étrangères ou la Mission permanente désigne un correspondant "
            "et adresse une note verbale indiquant la composition de la délégation. Le correspondant "
            "désigne ensuite chacun de ses membres.",
            "es": "El Ministerio de Relaciones Exteriores o la Misión Permanente designa a un coordinador y "
            "envía una nota verbal con la composición de la delegación. A continuación, el coordinador "
            "propone a cada uno de sus miembros.",
            "ar": "تعيِّن وزارة الخارجية أو البعثة الدائمة جهة تنسيق، وترسل مذكرة شفوية تتضمن قائمة بأعضاء "
            "الوفد. ثم تتولى جهة التنسيق تسمية كل عضو من أعضائه.",
            "ru": "Министерство иностранных дел или постоянное представительство назначает координатора и "
            "направляет вербальную ноту со списком членов делегации. Затем координатор выдвигает каждого "
            "члена делегации.",
            "zh-hans": "外交部或常驻代表团指定一名联络人，并发出列明代表团组成的普通照会。"
            "随后由联络人逐一提名各成员。",
            "ja": "外務省または常駐代表部が担当窓口（フォーカルポイント）を指名し、代表団の名簿を記載した口"
            "上書を送付します。その後、担当窓口が各団員を推薦します。",
        },
    },
    {
        "position": 1,
        "team": "unicef",
        "name": {
            "en": "United Nations and intergovernmental bodies",
            "fr": "Organismes des Nations Unies et organisations intergouvernementales",
            "es": "Naciones Unidas y organismos intergubernamentales",
            "ar": "الأمم المتحدة والهيئات الحكومية الدولية",
            "ru": "Организация Объединенных Наций и межправительственные органы",
            "zh-hans": "联合国和政府间机构",
            "ja": "国連および政府間機関",
        },
        "description": {
            "en": "UN agencies, funds and programmes and other relevant intergovernmental bodies.",
            "fr": "Institutions, fonds et programmes des Nations Unies et autres organismes "
            "intergouvernementaux concernés.",
            "es": "Organismos, fondos y programas de las Naciones Unidas y otros organismos "
            "intergubernamentales pertinentes.",
            "ar": "وكالات الأمم المتحدة وصناديقها وبرامجها وغيرها من الهيئات الحكومية الدولية المعنية.",
            "ru": "Учреждения, фонды и программы Организации Объединенных Наций и другие соответствующие "
            "межправительственные органы.",
            "zh-hans": "联合国各机构、基金和方案以及其他相关政府间机构。",
            "ja": "国連の専門機関、基金・計画およびその他の関係政府間機関。",
        },
        "how_to_take_part": {
            "en": "Register with a letter signed by the head of the organisation listing its "
            "participants and their functions.",
            "fr": "L'inscription se fait au moyen d'une lettre signée par le chef de l'organisation, "
            "indiquant ses participants et leurs fonctions.",
            "es": "La inscripción se realiza mediante una carta firmada por el jefe de la organización en "
            "la que figuren sus participantes y sus funciones.",
            "ar": "يجري التسجيل برسالة موقعة من رئيس المنظمة تتضمن قائمة بالمشاركين ووظائفهم.",
            "ru": "Регистрация осуществляется на основании письма за подписью руководителя организации с "
            "перечнем участников и их функций.",
            "zh-hans": "凭该组织负责人签署的信函进行登记，信函须列明参会人员及其职务。",
            "ja": "機関の長が署名し、参加者とその職務を記載した書簡により登録します。",
        },
    },
    {
        "position": 2,
        "team": "ecpat",
        "name": {
            "en": "Non-governmental organizations",
            "fr": "Organisations non gouvernementales",
            "es": "Organizaciones no gubernamentales",
            "ar": "المنظمات غير الحكومية",
            "ru": "Неправительственные организации",
            "zh-hans": "非政府组织",
            "ja": "非政府組織（NGO）",
        },
        "description": {
            "en": "NGOs working to eliminate commercial sexual exploitation of children.",
            "fr": "ONG œuvrant à l'élimination de l'exploitation sexuelle des enfants à des fins "
            "commerciales.",
            "es": "ONG que trabajan para eliminar la explotación sexual comercial de los niños.",
            "ar": "المنظمات غير الحكومية العاملة على القضاء على الاستغلال الجنسي التجاري للأطفال.",
            "ru": "НПО, работающие в целях искоренения коммерческой сексуальной эксплуатации детей.",
            "zh-hans": "致力于消除商业性性剥削儿童的非政府组织。",
            "ja": "児童の商業的性的搾取の根絶に取り組むNGO。",
        },
        "how_to_take_part": {
            "en": "NGOs in consultative status with ECOSOC take the short path; others present "
            "their purpose, activities and governance.",
            "fr": "Les ONG dotées du statut consultatif auprès de l'ECOSOC suivent une procédure "
            "simplifiée. Les autres présentent leurs buts, leurs activités et leur mode de gouvernance.",
            "es": "Las ONG reconocidas como entidades consultivas por el ECOSOC siguen un procedimiento "
            "simplificado; las demás presentan sus fines, actividades y estructura de gobierno.",
            "ar": "تتبع المنظمات غير الحكومية ذات المركز الاستشاري لدى المجلس الاقتصادي والاجتماعي إجراءً "
            "مبسطًا، أما غيرها فتقدم بيانًا بأهدافها وأنشطتها وهيكل إدارتها.",
            "ru": "НПО, имеющие консультативный статус при ЭКОСОС, проходят упрощенную процедуру; остальные "
            "представляют сведения о своих целях, деятельности и структуре управления.",
            "zh-hans": "具有经社理事会咨商地位的非政府组织适用简化程序；其他组织须说明其宗旨、"
            "活动和治理结构。",
            "ja": "国連経済社会理事会（ECOSOC）との協議資格を持つNGOは簡易な手続で登録できます。"
            "その他のNGOは、目的、活動および運営体制を提出します。",
        },
    },
    {
        "position": 3,
        "team": "ecpat",
        "name": {
            "en": "Private sector",
            "fr": "Secteur privé",
            "es": "Sector privado",
            "ar": "القطاع الخاص",
            "ru": "Частный сектор",
            "zh-hans": "私营部门",
            "ja": "民間セクター",
        },
        "description": {
            "en": "Companies and business associations, for example in tourism, travel and technology.",
            "fr": "Entreprises et associations professionnelles, par exemple dans les secteurs du tourisme, "
            "des voyages et des technologies.",
            "es": "Empresas y asociaciones empresariales, por ejemplo de los sectores del turismo, los "
            "viajes y la tecnología.",
            "ar": "الشركات ورابطات الأعمال، ومنها على سبيل المثال العاملة في مجالات السياحة والسفر "
            "والتكنولوجيا.",
            "ru": "Компании и деловые ассоциации, например в сфере туризма, путешествий и технологий.",
            "zh-hans": "企业和商业协会，例如旅游、旅行和技术领域的企业和协会。",
            "ja": "観光、旅行、技術などの分野の企業や業界団体。",
        },
        "how_to_take_part": {
            "en": "Register individually; ECPAT reviews private sector applications.",
            "fr": "Les participants s'inscrivent individuellement. ECPAT examine les demandes du secteur "
            "privé.",
            "es": "La inscripción es individual; ECPAT examina las solicitudes del sector privado.",
            "ar": "يسجَّل المشاركون بصفة فردية، وتتولى منظمة ECPAT استعراض طلبات القطاع الخاص.",
            "ru": "Регистрация проводится в индивидуальном порядке; заявки частного сектора рассматривает "
            "ECPAT.",
            "zh-hans": "以个人身份登记；ECPAT负责审核私营部门的申请。",
            "ja": "個人単位で登録します。民間セクターからの申請はECPATが審査します。",
        },
    },
    {
        "position": 4,
        "team": "communications",
        "name": {
            "en": "Media",
            "fr": "Médias",
            "es": "Medios de comunicación",
            "ar": "وسائط الإعلام",
            "ru": "Средства массовой информации",
            "zh-hans": "媒体",
            "ja": "報道関係者",
        },
        "description": {
            "en": "Journalists covering the Congress.",
            "fr": "Journalistes couvrant le Congrès.",
            "es": "Periodistas que cubren el Congreso.",
            "ar": "الصحفيون الذين يغطون أعمال المؤتمر.",
            "ru": "Журналисты, освещающие работу Конгресса.",
            "zh-hans": "报道大会的记者。",
            "ja": "会議を取材するジャーナリスト。",
        },
        "how_to_take_part": {
            "en": "Apply with a letter of assignment, a press card and an identity document, and "
            "accept UNICEF's ethical guidelines for reporting on children.",
            "fr": "La demande est accompagnée d'une lettre d'affectation, d'une carte de presse et d'une "
            "pièce d'identité, et emporte acceptation des principes éthiques de l'UNICEF relatifs aux "
            "reportages sur les enfants.",
            "es": "La solicitud debe ir acompañada de una carta de asignación, un carné de prensa y un "
            "documento de identidad, y supone la aceptación de los principios éticos del UNICEF para "
            "informar sobre la infancia.",
            "ar": "يُقدَّم الطلب مشفوعًا بخطاب تكليف وبطاقة صحفية ووثيقة هوية، مع قبول المبادئ التوجيهية "
            "الأخلاقية لليونيسف بشأن التغطية الإعلامية المتعلقة بالأطفال.",
            "ru": "К заявке прилагаются редакционное задание, журналистское удостоверение и документ, "
            "удостоверяющий личность; заявитель также принимает этические принципы ЮНИСЕФ в отношении "
            "освещения тем, связанных с детьми.",
            "zh-hans": "申请时须提交派遣函、记者证和身份证件，并接受联合国儿童基金会关于儿童问题报道的道德准"
            "则。",
            "ja": "派遣状、記者証および身分証明書を添えて申請し、子どもに関する報道についてのユニセフの倫理"
            "ガイドラインに同意していただきます。",
        },
    },
    {
        "position": 5,
        "team": "secretariat",
        "name": {
            "en": "Children and young people",
            "fr": "Enfants et jeunes",
            "es": "Niños y jóvenes",
            "ar": "الأطفال والشباب",
            "ru": "Дети и молодежь",
            "zh-hans": "儿童和青年",
            "ja": "子どもと若者",
        },
        "description": {
            "en": "Young people take part in the Congress and meet first at the youth event in Kawasaki.",
            "fr": "Les jeunes participent au Congrès et se réunissent au préalable lors de la rencontre des "
            "jeunes à Kawasaki.",
            "es": "Los jóvenes participan en el Congreso y se reúnen previamente en el encuentro juvenil de "
            "Kawasaki.",
            "ar": "يشارك الشباب في المؤتمر، ويلتقون قبله في فعالية الشباب في كاواساكي.",
            "ru": "Молодые люди участвуют в работе Конгресса, а до его начала встречаются на молодежном "
            "мероприятии в Кавасаки.",
            "zh-hans": "青年参加大会，并在会前先参加川崎青年活动。",
            "ja": "若者は会議に参加し、それに先立ち川崎での青少年イベントに集います。",
        },
        "how_to_take_part": {
            "en": "Young people are nominated by a government or NGO delegation or a youth "
            "organisation. A parent or guardian gives consent, and a registered adult "
            "accompanies them at all times.",
            "fr": "Les jeunes sont désignés par une délégation gouvernementale ou d'ONG, ou par une "
            "organisation de jeunesse. Un parent ou un tuteur donne son consentement, et un adulte inscrit "
            "les accompagne en permanence.",
            "es": "Los jóvenes son propuestos por una delegación gubernamental o de una ONG, o por una "
            "organización juvenil. Uno de los padres o el tutor da su consentimiento, y un adulto inscrito "
            "los acompaña en todo momento.",
            "ar": "ترشِّح الشباب الوفود الحكومية أو وفود المنظمات غير الحكومية أو المنظمات الشبابية. ويعطي "
            "أحد الوالدين أو الوصي موافقته، ويرافقهم شخص بالغ مسجَّل في جميع الأوقات.",
            "ru": "Молодых участников выдвигает правительственная делегация, делегация НПО или молодежная "
            "организация. Согласие дает один из родителей или опекун, и зарегистрированный взрослый "
            "постоянно их сопровождает.",
            "zh-hans": "青年由政府代表团、非政府组织代表团或青年组织提名。须经父母或监护人同意，"
            "并由一名已登记的成年人全程陪同。",
            "ja": "若者は、政府代表団、NGO代表団または青少年団体の推薦を受けて参加します。"
            "保護者の同意が必要で、登録された大人が常に付き添います。",
        },
    },
]

CONTACTS = [
    {
        "position": 0,
        "team": "secretariat",
        "topic": {
            "en": "Government inquiries and Congress logistics",
            "fr": "Demandes des gouvernements et logistique du Congrès",
            "es": "Consultas de los gobiernos y logística del Congreso",
            "ar": "استفسارات الحكومات والترتيبات اللوجستية للمؤتمر",
            "ru": "Запросы правительств и логистика Конгресса",
            "zh-hans": "政府咨询和大会后勤",
            "ja": "政府からの問い合わせ・会議運営",
        },
        "organisation": {
            "en": "Ministry of Foreign Affairs, Japan — Yokohama Congress secretariat",
            "fr": "Ministère des affaires étrangères du Japon — Secrétariat du Congrès de Yokohama",
            "es": "Ministerio de Relaciones Exteriores del Japón — Secretaría del Congreso de Yokohama",
            "ar": "وزارة خارجية اليابان — أمانة مؤتمر يوكوهاما",
            "ru": "Министерство иностранных дел Японии — секретариат Иокогамского конгресса",
            "zh-hans": "日本外务省——横滨大会秘书处",
            "ja": "外務省 横浜会議事務局",
        },
        "email": "",
        "website": "http://www.mofa.go.jp/mofaj/",
    },
    {
        "position": 1,
        "team": "unicef",
        "topic": {
            "en": "Inter-governmental agency queries",
            "fr": "Demandes des organismes intergouvernementaux",
            "es": "Consultas de los organismos intergubernamentales",
            "ar": "استفسارات الوكالات الحكومية الدولية",
            "ru": "Запросы межправительственных учреждений",
            "zh-hans": "政府间机构咨询",
            "ja": "政府間機関からの問い合わせ",
        },
        "organisation": {
            "en": "UNICEF",
            "fr": "UNICEF",
            "es": "UNICEF",
            "ar": "اليونيسف",
            "ru": "ЮНИСЕФ",
            "zh-hans": "联合国儿童基金会",
            "ja": "ユニセフ",
        },
        "email": "gbalagopal@unicef.org",
        "website": "",
    },
    {
        "position": 2,
        "team": "ecpat",
        "topic": {
            "en": "Private sector and NGO enquiries",
            "fr": "Demandes du secteur privé et des ONG",
            "es": "Consultas del sector privado y de las ONG",
            "ar": "استفسارات القطاع الخاص والمنظمات غير الحكومية",
            "ru": "Запросы частного сектора и НПО",
            "zh-hans": "私营部门和非政府组织咨询",
            "ja": "民間セクター・NGOからの問い合わせ",
        },
        "organisation": {
            "en": "ECPAT",
            "fr": "ECPAT",
            "es": "ECPAT",
            "ar": "ECPAT",
            "ru": "ECPAT",
            "zh-hans": "ECPAT",
            "ja": "ECPAT",
        },
        "email": "ecpatbkk@ksc15.th.com",
        "website": "",
    },
    {
        "position": 3,
        "team": "ngo-group",
        "topic": {
            "en": "NGO enquiries",
            "fr": "Demandes des ONG",
            "es": "Consultas de las ONG",
            "ar": "استفسارات المنظمات غير الحكومية",
            "ru": "Запросы НПО",
            "zh-hans": "非政府组织咨询",
            "ja": "NGOからの問い合わせ",
        },
        "organisation": {
            "en": "NGO Group for the Convention on the Rights of the Child",
            "fr": "Groupe des ONG pour la Convention relative aux droits de l'enfant",
            "es": "Grupo de ONG para la Convención sobre los Derechos del Niño",
            "ar": "مجموعة المنظمات غير الحكومية المعنية باتفاقية حقوق الطفل",
            "ru": "Группа НПО по Конвенции о правах ребенка",
            "zh-hans": "《儿童权利公约》非政府组织小组",
            "ja": "児童の権利条約NGOグループ",
        },
        "email": "info@focalpointngo.org",
        "website": "http://www.focalpointngo.org",
    },
    {
        "position": 4,
        "team": "communications",
        "topic": {
            "en": "Media queries",
            "fr": "Demandes des médias",
            "es": "Consultas de los medios de comunicación",
            "ar": "استفسارات وسائط الإعلام",
            "ru": "Запросы средств массовой информации",
            "zh-hans": "媒体咨询",
            "ja": "報道関係者からの問い合わせ",
        },
        "organisation": {
            "en": "Communications Advisor",
            "fr": "Conseiller en communication",
            "es": "Asesor de Comunicaciones",
            "ar": "مستشار الاتصالات",
            "ru": "Советник по связям с общественностью",
            "zh-hans": "传播顾问",
            "ja": "広報アドバイザー",
        },
        "email": "yokomedia@pleasehelp.co.uk",
        "website": "",
    },
]

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

DEMO_PASSWORD = "yokohama-2001"  # noqa: S105 -- demo accounts only, printed by `make demo`

USERS = [
    {
        "email": "secretariat@demo.plenaria.example",
        "full_name": "Keiko Tanabe",
        "language": "ja",
        "team": "secretariat",
    },
    {
        "email": "unicef@demo.plenaria.example",
        "full_name": "Maria Gonzalez",
        "language": "es",
        "team": "unicef",
    },
    {
        "email": "ecpat@demo.plenaria.example",
        "full_name": "Somchai Wongsakul",
        "language": "en",
        "team": "ecpat",
    },
    {
        "email": "ngogroup@demo.plenaria.example",
        "full_name": "Claire Dubois",
        "language": "fr",
        "team": "ngo-group",
    },
    {
        "email": "media@demo.plenaria.example",
        "full_name": "James Okafor",
        "language": "en",
        "team": "communications",
    },
    {
        "email": "safeguarding@demo.plenaria.example",
        "full_name": "Naomi Ishikawa",
        "language": "en",
        "team": "safeguarding",
    },
    {
        "email": "participant@demo.plenaria.example",
        "full_name": "Amina Haddad",
        "language": "ar",
        "team": None,
    },
]
