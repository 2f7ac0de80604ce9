"""News of October and November 2001: the regional consultations. Demo texts."""

AUTUMN = [
    {
        "slug": "bangkok-consultation",
        "category": "consultations",
        "publish_at": "2001-10-18 18:00",
        "title": {
            "en": "East Asia and the Pacific adopt their commitment in Bangkok",
            "ja": "東アジア・太平洋地域、バンコクでコミットメントを採択",
            "zh-hans": "东亚及太平洋地区在曼谷通过区域承诺",
        },
        "summary": {
            "en": "The first of six regional consultations ends with a plan of action.",
            "ja": "6つの地域協議の最初の会合が行動計画を採択して閉幕しました。",
            "zh-hans": "六次区域磋商中的第一次以通过行动计划结束。",
        },
        "body": {
            "en": "Governments, UN agencies, NGOs and young people agreed on the East Asia and Pacific "
            "Regional Commitment and Action Plan.",
            "ja": "政府、国連機関、NGO、若者が東アジア・太平洋地域のコミットメントと行動計画に合意しました。",
            "zh-hans": "各国政府、联合国机构、非政府组织和青年就东亚及太平洋区域承诺和行动计划达成一致。",
        },
        "related": ["WC2/2001/RC/1"],
    },
    {
        "slug": "rabat-forum",
        "category": "consultations",
        "publish_at": "2001-10-26 18:00",
        "title": {
            "en": "Arab-African Forum adopts the Rabat Declaration",
            "fr": "Le Forum arabo-africain adopte la Déclaration de Rabat",
            "ar": "المنتدى العربي الأفريقي يعتمد إعلان الرباط",
        },
        "summary": {
            "en": "More than 250 delegates from 40 countries.",
            "fr": "Plus de 250 délégués de 40 pays.",
            "ar": "أكثر من 250 مندوبا من 40 بلدا.",
        },
        "body": {
            "en": "The Forum met under the honorary presidency of Princess Lalla Meryem.",
            "fr": "Le Forum s'est réuni sous la présidence d'honneur de la Princesse Lalla Meryem.",
            "ar": "انعقد المنتدى تحت الرئاسة الشرفية للأميرة للا مريم.",
        },
        "related": ["WC2/2001/RC/2"],
    },
    {
        "slug": "dhaka-young-people",
        "category": "youth",
        "publish_at": "2001-11-06 18:00",
        "title": {"en": "Young people shape the South Asia strategy in Dhaka"},
        "summary": {"en": "Twenty-five children and young adults took part in the consultation."},
        "body": {
            "en": "Seven governments of South Asia agreed on a regional strategy, after hearing the "
            "recommendations of the young participants."
        },
        "related": ["WC2/2001/RC/3"],
    },
    {
        "slug": "compromiso-de-montevideo",
        "category": "consultations",
        "publish_at": "2001-11-09 18:00",
        "title": {
            "es": "América Latina y el Caribe firman el Compromiso de Montevideo",
            "en": "Latin America and the Caribbean sign the Montevideo Commitment",
        },
        "summary": {
            "es": "Siete ámbitos de acción, de la prevención al seguimiento.",
            "en": "Seven areas of action, from prevention to monitoring.",
        },
        "body": {
            "es": "La Consulta Gubernamental Regional, organizada por UNICEF y el Instituto Interamericano del "
            "Niño, aprobó el Compromiso de Montevideo.",
            "en": "The Regional Governmental Consultation, organised by UNICEF and the Inter-American "
            "Children's Institute, adopted the Montevideo Commitment.",
        },
        "related": ["WC2/2001/RC/4"],
    },
    {
        "slug": "budapest-consultation",
        "category": "consultations",
        "publish_at": "2001-11-21 18:00",
        "title": {
            "en": "Budapest Commitment for Europe and Central Asia",
            "fr": "Engagement de Budapest pour l'Europe et l'Asie centrale",
            "ru": "Будапештское обязательство для Европы и Центральной Азии",
        },
        "summary": {
            "en": "The Council of Europe will lead the follow-up.",
            "fr": "Le Conseil de l'Europe conduira le suivi.",
            "ru": "Последующую работу возглавит Совет Европы.",
        },
        "body": {
            "en": "Fifty-two countries were invited to the consultation, held with UNICEF and the Hungarian "
            "National Institute of Criminology.",
            "fr": "Cinquante-deux pays étaient invités à la consultation, tenue avec l'UNICEF et l'Institut "
            "national hongrois de criminologie.",
            "ru": "На консультацию, проведенную совместно с ЮНИСЕФ и Национальным институтом криминологии "
            "Венгрии, были приглашены 52 страны.",
        },
        "related": ["WC2/2001/RC/5", "WC2/2001/PRESS/1"],
    },
    {
        "slug": "hotels-and-shuttles",
        "category": "congress",
        "publish_at": "2001-11-26 10:00",
        "title": {
            "en": "Hotels and shuttles for participants",
            "ja": "参加者向けのホテルとシャトルバス",
            "zh-hans": "与会者的酒店和班车",
        },
        "summary": {
            "en": "Shuttles will run between the main hotels and Pacifico Yokohama.",
            "ja": "主要ホテルとパシフィコ横浜の間でシャトルバスを運行します。",
            "zh-hans": "主要酒店与PACIFICO横滨之间将开通班车。",
        },
        "body": {
            "en": "Participants are asked to book their hotel early. Shuttles run every morning and evening.",
            "ja": "参加者はお早めにホテルを予約してください。シャトルバスは毎朝夕運行します。",
            "zh-hans": "请与会者尽早预订酒店。班车每天早晚运行。",
        },
    },
]
