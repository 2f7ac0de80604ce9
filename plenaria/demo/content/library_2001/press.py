"""Press releases and the press kit of the communications team. Demo texts."""

PRESS = [
    {
        "symbol": "WC2/2001/PRESS/1",
        "type": "press-release",
        "region": "global",
        "organisation": "Communications Advisor",
        "date": "2001-11-13",
        "access": "public",
        "title": {
            "en": "Europe and Central Asia meet in Budapest ahead of the Yokohama Congress",
            "fr": "L'Europe et l'Asie centrale se réunissent à Budapest avant le Congrès de Yokohama",
            "ru": "Европа и Центральная Азия встречаются в Будапеште накануне Иокогамского конгресса",
        },
        "summary": {
            "en": "Fifty-two countries invited by the Council of Europe, UNICEF and Hungary.",
            "fr": "Cinquante-deux pays invités par le Conseil de l'Europe, l'UNICEF et la Hongrie.",
            "ru": "Пятьдесят две страны приглашены Советом Европы, ЮНИСЕФ и Венгрией.",
        },
        "body": {
            "en": ["The fifth of six regional consultations opens in Budapest on 20 November."],
            "fr": ["La cinquième des six consultations régionales s'ouvre à Budapest le 20 novembre."],
            "ru": ["Пятая из шести региональных консультаций открывается в Будапеште 20 ноября."],
        },
    },
    {
        "symbol": "WC2/2001/PRESS/2",
        "type": "press-release",
        "event": "congress",
        "region": "global",
        "organisation": "Communications Advisor",
        "date": "2001-12-17",
        "access": "public",
        "title": {
            "en": "Second World Congress opens in Yokohama",
            "fr": "Ouverture du deuxième Congrès mondial à Yokohama",
            "es": "Se inaugura en Yokohama el Segundo Congreso Mundial",
            "ja": "第2回世界会議が横浜で開幕",
        },
        "summary": {
            "en": "Governments, NGOs and young people take stock five years after Stockholm.",
            "fr": "Gouvernements, ONG et jeunes font le point cinq ans après Stockholm.",
            "es": "Gobiernos, ONG y jóvenes hacen balance cinco años después de Estocolmo.",
            "ja": "ストックホルムから5年、政府、NGO、若者が成果を振り返ります。",
        },
        "body": {
            "en": [
                "Delegations from more than 130 countries gather at Pacifico Yokohama from 17 to 20 December "
                "2001. About 90 young people take part after their own meeting in Kawasaki.",
            ],
            "fr": ["Des délégations de plus de 130 pays se réunissent à Yokohama du 17 au 20 décembre 2001."],
            "es": [
                "Delegaciones de más de 130 países se reúnen en Yokohama del 17 al 20 de diciembre de 2001."
            ],
            "ja": ["130以上の国の代表団が2001年12月17日から20日までパシフィコ横浜に集まります。"],
        },
    },
    {
        "symbol": "WC2/2001/PRESS/3",
        "type": "press-release",
        "event": "congress",
        "region": "global",
        "organisation": "Communications Advisor",
        "date": "2001-12-20",
        "access": "public",
        "title": {
            "en": "Congress adopts the Yokohama Global Commitment",
            "fr": "Le Congrès adopte l'Engagement mondial de Yokohama",
            "es": "El Congreso aprueba el Compromiso Global de Yokohama",
            "ar": "المؤتمر يعتمد التزام يوكوهاما العالمي",
            "ru": "Конгресс принимает Иокогамское глобальное обязательство",
            "zh-hans": "大会通过《横滨全球承诺》",
            "ja": "会議が横浜グローバル・コミットメントを採択",
        },
        "summary": {
            "en": "Adopted by consensus; young people read their Final Appeal.",
            "fr": "Adopté par consensus ; les jeunes ont lu leur Appel final.",
            "es": "Aprobado por consenso; los jóvenes leyeron su Llamamiento Final.",
            "ar": "اعتُمد بتوافق الآراء، وقرأ الشباب نداءهم الختامي.",
            "ru": "Принято консенсусом; молодежь зачитала свое Заключительное обращение.",
            "zh-hans": "以协商一致方式通过；青年宣读了他们的最后呼吁。",
            "ja": "全会一致で採択され、若者たちが最終アピールを読み上げました。",
        },
        "body": {
            "en": ["Governments adopted the Yokohama Global Commitment 2001 by consensus on 20 December."],
            "fr": [
                "Les gouvernements ont adopté l'Engagement mondial de Yokohama par consensus le 20 décembre."
            ],
            "es": [
                "Los gobiernos aprobaron por consenso el Compromiso Global de Yokohama el 20 de diciembre."
            ],
            "ar": ["اعتمدت الحكومات التزام يوكوهاما العالمي لعام 2001 بتوافق الآراء في 20 ديسمبر."],
            "ru": ["20 декабря правительства консенсусом приняли Иокогамское глобальное обязательство."],
            "zh-hans": ["12月20日，各国政府以协商一致方式通过了《2001年横滨全球承诺》。"],
            "ja": ["12月20日、各国政府は横浜グローバル・コミットメント2001を全会一致で採択しました。"],
        },
        "formats": {"ar": "txt"},
    },
    {
        "symbol": "WC2/2001/KIT/1",
        "type": "press-kit",
        "event": "congress",
        "region": "global",
        "organisation": "Communications Advisor",
        "date": "2001-12-10",
        "access": "public",
        "title": {
            "en": "Press kit: 2nd World Congress, Yokohama",
            "ja": "プレスキット：第2回世界会議（横浜）",
        },
        "summary": {
            "en": "Facts and figures, the programme, contacts, and guidance on reporting on children.",
            "ja": "概要と数字、プログラム、連絡先、子どもに関する報道のガイドライン。",
        },
        "body": {
            "en": [
                "Stockholm 1996: 122 governments. Yokohama 2001: 17–20 December, Pacifico Yokohama.",
                "Reporting on children: ask the child and the guardian for permission, and never publish a "
                "story or image that could put a child at risk. Change names and hide identities.",
            ],
            "ja": [
                "子どもに関する報道：子どもと保護者の許可を得てください。子どもを危険にさらす記事や画像は"
                "掲載しないでください。",
            ],
        },
        "formats": {"en": "txt", "ja": "txt"},
    },
]
