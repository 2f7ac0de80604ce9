"""News of June to September 2001: the announcement, registration, the background papers. Demo texts."""

SUMMER = [
    {
        "slug": "congress-announced",
        "category": "congress",
        "publish_at": "2001-06-15 10:00",
        "title": {
            "en": "Yokohama to host the Second World Congress in December",
            "fr": "Yokohama accueillera le deuxième Congrès mondial en décembre",
            "es": "Yokohama acogerá el Segundo Congreso Mundial en diciembre",
            "ja": "第2回世界会議、12月に横浜で開催",
        },
        "summary": {
            "en": "Five years after Stockholm, the Government of Japan invites the world to take stock.",
            "fr": "Cinq ans après Stockholm, le Gouvernement du Japon invite le monde à faire le point.",
            "es": "Cinco años después de Estocolmo, el Gobierno del Japón invita al mundo a hacer balance.",
            "ja": "ストックホルムから5年、日本政府が世界に成果の確認を呼びかけます。",
        },
        "body": {
            "en": "The 2nd World Congress against Commercial Sexual Exploitation of Children will be held in "
            "Yokohama from 17 to 20 December 2001, hosted by the Government of Japan with UNICEF, ECPAT and "
            "the NGO Group for the Convention on the Rights of the Child.\n\nIt will be a working congress: "
            "bringing information up to date, sharing lessons learned and moving forward.",
            "fr": "Le deuxième Congrès mondial se tiendra à Yokohama du 17 au 20 décembre 2001, accueilli par "
            "le Gouvernement du Japon avec l'UNICEF, ECPAT et le Groupe des ONG.",
            "es": "El Segundo Congreso Mundial se celebrará en Yokohama del 17 al 20 de diciembre de 2001, "
            "organizado por el Gobierno del Japón con UNICEF, ECPAT y el Grupo de ONG.",
            "ja": "第2回児童の商業的性的搾取に反対する世界会議は、2001年12月17日から20日まで横浜で開催され"
            "ます。日本政府がユニセフ、ECPAT、NGOグループと共催します。",
        },
    },
    {
        "slug": "six-regional-consultations",
        "category": "consultations",
        "publish_at": "2001-07-02 10:00",
        "title": {
            "en": "Six regional consultations will prepare the Congress",
            "fr": "Six consultations régionales prépareront le Congrès",
        },
        "summary": {
            "en": "Bangkok, Rabat, Dhaka, Montevideo, Budapest and Philadelphia, from October to December.",
            "fr": "Bangkok, Rabat, Dacca, Montevideo, Budapest et Philadelphie, d'octobre à décembre.",
        },
        "body": {
            "en": "Each region will meet before the Congress and bring its own commitment to Yokohama. The "
            "outcomes will be annexed to the Congress's outcome document.",
            "fr": "Chaque région se réunira avant le Congrès et apportera son propre engagement à Yokohama.",
        },
    },
    {
        "slug": "youth-event-kawasaki",
        "category": "youth",
        "publish_at": "2001-07-20 10:00",
        "title": {
            "en": "Young people will meet in Kawasaki before the Congress",
            "ja": "会議に先立ち、若者たちが川崎に集まります",
            "es": "Los jóvenes se reunirán en Kawasaki antes del Congreso",
        },
        "summary": {
            "en": "About 100 young people, 13–16 December, with trained adults at their side.",
            "ja": "12月13日から16日、約100人の若者が研修を受けた大人とともに集まります。",
            "es": "Unos 100 jóvenes, del 13 al 16 de diciembre, acompañados por adultos capacitados.",
        },
        "body": {
            "en": "Children and young people will prepare their contribution to the Congress in Kawasaki. "
            "Delegations may nominate young participants; their safety comes first.",
            "ja": "子どもと若者は川崎で会議への提言を準備します。参加者の安全を最優先します。",
            "es": "Los niños y jóvenes prepararán su aporte al Congreso en Kawasaki. Su seguridad es lo primero.",
        },
    },
    {
        "slug": "registration-opens",
        "category": "congress",
        "publish_at": "2001-08-01 10:00",
        "title": {
            "en": "Registration for the Congress is open",
            "fr": "Les inscriptions au Congrès sont ouvertes",
            "es": "Abiertas las inscripciones para el Congreso",
            "ar": "فتح باب التسجيل في المؤتمر",
            "ru": "Открыта регистрация на Конгресс",
            "zh-hans": "大会开始报名",
            "ja": "会議の参加登録を開始しました",
        },
        "summary": {
            "en": "Governments, organisations and media can now register their participants.",
            "fr": "Gouvernements, organisations et médias peuvent inscrire leurs participants.",
            "es": "Gobiernos, organizaciones y medios ya pueden inscribir a sus participantes.",
            "ar": "يمكن للحكومات والمنظمات ووسائل الإعلام الآن تسجيل مشاركيها.",
            "ru": "Правительства, организации и СМИ могут зарегистрировать своих участников.",
            "zh-hans": "各国政府、组织和媒体现在可以为其与会者报名。",
            "ja": "政府、団体、報道機関は参加者の登録ができるようになりました。",
        },
        "body": {
            "en": "Each participant registers on the Congress site; government delegations are confirmed by "
            "an official letter.",
            "fr": "Chaque participant s'inscrit sur le site du Congrès ; les délégations gouvernementales sont "
            "confirmées par une lettre officielle.",
            "es": "Cada participante se inscribe en el sitio del Congreso; las delegaciones gubernamentales se "
            "confirman mediante una carta oficial.",
            "ar": "يسجّل كل مشارك على موقع المؤتمر، وتُؤكَّد الوفود الحكومية برسالة رسمية.",
            "ru": "Каждый участник регистрируется на сайте Конгресса; правительственные делегации "
            "подтверждаются официальным письмом.",
            "zh-hans": "每位与会者在大会网站上报名；政府代表团须以正式信函确认。",
            "ja": "参加者は各自会議サイトで登録します。政府代表団は公式書簡で確認されます。",
        },
    },
    {
        "slug": "background-papers-published",
        "category": "congress",
        "publish_at": "2001-09-17 10:00",
        "title": {
            "en": "First background papers published",
            "fr": "Publication des premiers documents de référence",
        },
        "summary": {
            "en": "Papers on coordination and prevention open the library.",
            "fr": "Des documents sur la coordination et la prévention ouvrent la bibliothèque.",
        },
        "body": {
            "en": "The papers review five years of work since Stockholm, theme by theme. More will follow.",
            "fr": "Les documents passent en revue cinq ans de travail depuis Stockholm, thème par thème.",
        },
        "related": ["WC2/2001/BP/1", "WC2/2001/BP/2"],
    },
    {
        "slug": "media-accreditation-open",
        "category": "media",
        "publish_at": "2001-09-25 10:00",
        "title": {
            "en": "Media accreditation is open",
            "fr": "L'accréditation des médias est ouverte",
            "ja": "報道関係者の登録受付を開始",
        },
        "summary": {
            "en": "Journalists apply with a letter from their editor.",
            "fr": "Les journalistes joignent une lettre de leur rédaction.",
            "ja": "記者の方は編集者の書簡を添えて申請してください。",
        },
        "body": {
            "en": "Media representatives apply online with a letter of assignment from their editor. The "
            "Communications Advisor answers media queries.",
            "fr": "Les représentants des médias s'inscrivent en ligne avec une lettre de mission de leur "
            "rédaction.",
            "ja": "報道関係者は、編集者の派遣状を添えてオンラインで申請してください。",
        },
    },
]
