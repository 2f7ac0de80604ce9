"""The key figures of the congress: numbers with their label and detail."""

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
