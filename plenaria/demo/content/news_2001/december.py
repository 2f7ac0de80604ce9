"""News of December 2001: Philadelphia, Kawasaki, the Congress week and its outcome. Demo texts."""

DECEMBER = [
    {
        "slug": "philadelphia-consultation",
        "category": "consultations",
        "publish_at": "2001-12-03 18:00",
        "title": {
            "en": "North America meets in Philadelphia",
            "es": "América del Norte se reúne en Filadelfia",
            "fr": "L'Amérique du Nord se réunit à Philadelphie",
        },
        "summary": {
            "en": "The last of the six regional consultations.",
            "es": "La última de las seis consultas regionales.",
            "fr": "La dernière des six consultations régionales.",
        },
        "body": {
            "en": "About 100 representatives from the United States, Canada and Mexico met at the University "
            "of Pennsylvania.",
            "es": "Unos 100 representantes de los Estados Unidos, el Canadá y México se reunieron en la "
            "Universidad de Pensilvania.",
            "fr": "Une centaine de représentants des États-Unis, du Canada et du Mexique se sont réunis à "
            "l'Université de Pennsylvanie.",
        },
        "related": ["WC2/2001/RC/6"],
    },
    {
        "slug": "press-kit-available",
        "category": "media",
        "publish_at": "2001-12-10 10:00",
        "title": {"en": "Press kit available", "ja": "プレスキットを公開しました"},
        "summary": {
            "en": "Facts, programme, contacts and guidance on reporting on children.",
            "ja": "概要、プログラム、連絡先、子どもに関する報道のガイドライン。",
        },
        "body": {
            "en": "Journalists covering the Congress will find the press kit in the document library. Please "
            "read the guidance on interviewing and photographing children.",
            "ja": "会議を取材する記者の方は、文書ライブラリーでプレスキットをご覧いただけます。",
        },
        "related": ["WC2/2001/KIT/1"],
    },
    {
        "slug": "youth-event-opens",
        "category": "youth",
        "publish_at": "2001-12-13 18:00",
        "title": {
            "en": "Youth event opens in Kawasaki",
            "ja": "川崎で青少年イベントが開幕",
            "fr": "La rencontre des jeunes s'ouvre à Kawasaki",
        },
        "summary": {
            "en": "Young people prepare their appeal to the Congress.",
            "ja": "若者たちが会議へのアピールを準備します。",
            "fr": "Les jeunes préparent leur appel au Congrès.",
        },
        "body": {
            "en": "For four days, young people from many countries work together on what they will say in "
            "Yokohama.",
            "ja": "4日間、さまざまな国の若者が横浜で伝えることを一緒に考えます。",
            "fr": "Pendant quatre jours, des jeunes de nombreux pays préparent ensemble leur message.",
        },
    },
    {
        "slug": "congress-opens",
        "category": "congress",
        "publish_at": "2001-12-17 12:00",
        "title": {
            "en": "The Congress opens in Yokohama",
            "fr": "Le Congrès s'ouvre à Yokohama",
            "es": "Se abre el Congreso en Yokohama",
            "ja": "横浜で会議が開幕",
        },
        "summary": {
            "en": "The regional outcomes are presented in the afternoon plenary.",
            "fr": "Les résultats régionaux sont présentés en plénière l'après-midi.",
            "es": "Los resultados regionales se presentan en el plenario de la tarde.",
            "ja": "午後の全体会議で地域協議の成果が報告されます。",
        },
        "body": {
            "en": "Delegations read their statements and the six regions present their outcomes.",
            "fr": "Les délégations lisent leurs déclarations et les six régions présentent leurs résultats.",
            "es": "Las delegaciones leen sus declaraciones y las seis regiones presentan sus resultados.",
            "ja": "各代表団が声明を読み上げ、6つの地域が成果を報告します。",
        },
        "related": ["WC2/2001/PRESS/2", "WC2/2001/CS/JP", "WC2/2001/CS/MA"],
    },
    {
        "slug": "media-briefing-schedule",
        "category": "media",
        "publish_at": "2001-12-18 09:00",
        "title": {"en": "Daily media briefings", "fr": "Points de presse quotidiens"},
        "summary": {
            "en": "Every day at 13:00 in the media centre.",
            "fr": "Chaque jour à 13 h au centre de presse.",
        },
        "body": {
            "en": "The communications team holds a briefing every day at 13:00. The closing press conference "
            "follows the adoption of the outcome document.",
            "fr": "L'équipe de communication tient un point de presse chaque jour à 13 h.",
        },
    },
    {
        "slug": "global-commitment-adopted",
        "category": "congress",
        "publish_at": "2001-12-20 18:00",
        "title": {
            "en": "Yokohama Global Commitment adopted",
            "fr": "L'Engagement mondial de Yokohama est adopté",
            "es": "Aprobado el Compromiso Global de Yokohama",
            "ar": "اعتماد التزام يوكوهاما العالمي",
            "ru": "Принято Иокогамское глобальное обязательство",
            "zh-hans": "《横滨全球承诺》获得通过",
            "ja": "横浜グローバル・コミットメントを採択",
        },
        "summary": {
            "en": "Adopted by consensus; explanatory statements attached.",
            "fr": "Adopté par consensus ; des déclarations explicatives y sont jointes.",
            "es": "Aprobado por consenso; se adjuntan declaraciones explicativas.",
            "ar": "اعتُمد بتوافق الآراء وأُرفقت به بيانات تفسيرية.",
            "ru": "Принято консенсусом; к нему приложены пояснительные заявления.",
            "zh-hans": "以协商一致方式通过，并附有解释性声明。",
            "ja": "全会一致で採択され、解釈声明が添付されました。",
        },
        "body": {
            "en": "Governments adopted the Yokohama Global Commitment 2001. The regional outcomes and the "
            "Stockholm Declaration are annexed to it.",
            "fr": "Les gouvernements ont adopté l'Engagement mondial de Yokohama 2001.",
            "es": "Los gobiernos aprobaron el Compromiso Global de Yokohama 2001.",
            "ar": "اعتمدت الحكومات التزام يوكوهاما العالمي لعام 2001.",
            "ru": "Правительства приняли Иокогамское глобальное обязательство 2001 года.",
            "zh-hans": "各国政府通过了《2001年横滨全球承诺》。",
            "ja": "各国政府は横浜グローバル・コミットメント2001を採択しました。",
        },
        "related": ["WC2/2001/GC", "WC2/2001/ES/1", "WC2/2001/ES/2", "WC2/2001/PRESS/3"],
    },
    {
        "slug": "final-appeal-young-people",
        "category": "youth",
        "publish_at": "2001-12-20 19:00",
        "title": {"en": "Young people read their Final Appeal", "ja": "若者たちが最終アピールを読み上げ"},
        "summary": {
            "en": "About 90 young representatives speak to the closing plenary.",
            "ja": "約90人の若者代表が閉会全体会議で発言しました。",
        },
        "body": {
            "en": "The children and young people's Final Appeal was read at the closing of the Congress.",
            "ja": "子どもと若者の最終アピールが会議の閉会にあたり読み上げられました。",
        },
    },
    {
        "slug": "rapporteur-report",
        "category": "congress",
        "publish_at": "2001-12-20 20:00",
        "title": {"en": "The General Rapporteur's report", "es": "El informe del Relator General"},
        "summary": {"en": "Lessons learned and orientations.", "es": "Lecciones aprendidas y orientaciones."},
        "body": {
            "en": "The General Rapporteur's report sums up the Congress and is available in the library.",
            "es": "El informe del Relator General resume el Congreso y está disponible en la biblioteca.",
        },
        "related": ["WC2/2001/GR/1"],
    },
]
