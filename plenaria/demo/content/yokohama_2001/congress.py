"""The congress itself: its slug, name, place, dates and time zone."""

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
