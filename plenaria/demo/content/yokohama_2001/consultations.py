"""The six regional consultations held before the Congress (events of kind "regional")."""

REGIONAL_CONSULTATIONS = [
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
