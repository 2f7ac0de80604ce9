"""The events of the congress: the Congress, the youth event, then the regional consultations."""

from .consultations import REGIONAL_CONSULTATIONS

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
    *REGIONAL_CONSULTATIONS,
]
