"""The outcomes of the six regional consultations held before the Congress (DOMAIN 1.3). Demo texts: they
paraphrase what the consultations were about and quote no outcome document."""

REGIONAL_OUTCOMES = [
    {
        "symbol": "WC2/2001/RC/1",
        "type": "regional-outcome",
        "event": "bangkok",
        "region": "east-asia-pacific",
        "country": "TH",
        "organisation": "UNICEF, UN ESCAP, ECPAT International, Save the Children Alliance",
        "date": "2001-10-18",
        "access": "public",
        "title": {
            "en": "East Asia and Pacific Regional Commitment and Action Plan",
            "ja": "東アジア・太平洋地域のコミットメントと行動計画",
            "zh-hans": "东亚及太平洋区域承诺和行动计划",
        },
        "summary": {
            "en": "Adopted in Bangkok on 18 October 2001, the first of the six regional consultations.",
            "ja": "2001年10月18日にバンコクで採択。6つの地域協議のうち最初のものです。",
            "zh-hans": "2001年10月18日在曼谷通过，是六次区域磋商中的第一次。",
        },
        "body": {
            "en": [
                "Governments of East Asia and the Pacific, with UN agencies, NGOs and young people, reviewed "
                "what has been done since Stockholm against the commercial sexual exploitation of children.",
                "They commit to national plans of action, to laws that reach offenders abroad, to the "
                "recovery of child victims and to the participation of children in every decision about them.",
            ],
            "ja": [
                "東アジア・太平洋地域の政府は、国連機関、NGO、若者とともに、ストックホルム会議以降の児童の"
                "商業的性的搾取に対する取り組みを振り返りました。",
                "各国は、国内行動計画の策定、国外で罪を犯した者にも及ぶ法律、被害を受けた子どもの回復、"
                "そして子どもの参加を約束します。",
            ],
            "zh-hans": [
                "东亚及太平洋地区各国政府与联合国机构、非政府组织和青年一道，回顾了斯德哥尔摩大会以来"
                "打击商业性性剥削儿童的工作。",
                "各国承诺制定国家行动计划，完善域外管辖法律，帮助受害儿童康复，并保障儿童参与。",
            ],
        },
    },
    {
        "symbol": "WC2/2001/RC/2",
        "type": "regional-outcome",
        "event": "rabat",
        "region": "arab-african",
        "country": "MA",
        "organisation": "Arab-African Forum",
        "date": "2001-10-26",
        "access": "public",
        "title": {
            "en": "Rabat Declaration of the Arab-African Forum",
            "fr": "Déclaration de Rabat du Forum arabo-africain",
            "ar": "إعلان الرباط الصادر عن المنتدى العربي الأفريقي",
        },
        "summary": {
            "en": "More than 250 delegates from 40 Arab and African countries met in Rabat, 24–26 October 2001.",
            "fr": "Plus de 250 délégués de 40 pays arabes et africains réunis à Rabat du 24 au 26 octobre 2001.",
            "ar": "اجتمع أكثر من 250 مندوبا من 40 بلدا عربيا وأفريقيا في الرباط من 24 إلى 26 أكتوبر 2001.",
        },
        "body": {
            "en": [
                "The Forum calls on States to protect children from sexual exploitation, trafficking and "
                "child marriage used as a cover for exploitation, and to punish those who exploit them.",
                "It asks for regional cooperation, for the training of police and judges, and for services "
                "that help child victims return to their families and communities.",
            ],
            "fr": [
                "Le Forum appelle les États à protéger les enfants contre l'exploitation sexuelle, la traite "
                "et le mariage précoce servant de couverture à l'exploitation, et à punir les exploiteurs.",
                "Il demande une coopération régionale, la formation de la police et des juges, et des services "
                "aidant les enfants victimes à retrouver leur famille et leur communauté.",
            ],
            "ar": [
                "يدعو المنتدى الدول إلى حماية الأطفال من الاستغلال الجنسي والاتجار بهم ومعاقبة المستغلين.",
                "ويطالب بالتعاون الإقليمي وتدريب الشرطة والقضاة وتوفير خدمات تساعد الأطفال الضحايا على "
                "العودة إلى أسرهم ومجتمعاتهم.",
            ],
        },
        "formats": {"ar": "txt"},
    },
    {
        "symbol": "WC2/2001/RC/3",
        "type": "regional-outcome",
        "event": "dhaka",
        "region": "south-asia",
        "country": "BD",
        "organisation": "Governments of South Asia",
        "date": "2001-11-06",
        "access": "public",
        "title": {
            "en": "South Asia Regional Strategy",
            "fr": "Stratégie régionale pour l'Asie du Sud",
        },
        "summary": {
            "en": "Agreed in Dhaka, 4–6 November 2001, with 25 children and young adults taking part.",
            "fr": "Adoptée à Dacca du 4 au 6 novembre 2001, avec la participation de 25 enfants et jeunes.",
        },
        "body": {
            "en": [
                "Bangladesh, Bhutan, India, Maldives, Nepal, Pakistan and Sri Lanka agree on a regional "
                "strategy against trafficking and the commercial sexual exploitation of children.",
                "Children and young adults took part in the consultation and presented their own "
                "recommendations on prevention, protection and recovery.",
            ],
            "fr": [
                "Le Bangladesh, le Bhoutan, l'Inde, les Maldives, le Népal, le Pakistan et Sri Lanka "
                "adoptent une stratégie régionale contre la traite et l'exploitation sexuelle des enfants.",
                "Des enfants et des jeunes ont participé à la consultation et présenté leurs propres "
                "recommandations sur la prévention, la protection et la réadaptation.",
            ],
        },
    },
    {
        "symbol": "WC2/2001/RC/4",
        "type": "regional-outcome",
        "event": "montevideo",
        "region": "latin-america-caribbean",
        "country": "UY",
        "organisation": "UNICEF, Inter-American Children's Institute (IIN)",
        "date": "2001-11-09",
        "access": "public",
        "title": {
            "es": "Compromiso de Montevideo",
            "en": "Montevideo Commitment",
        },
        "summary": {
            "es": "Consulta Gubernamental Regional de América Latina y el Caribe, 7–9 de noviembre de 2001.",
            "en": "Regional Governmental Consultation of Latin America and the Caribbean, 7–9 November 2001.",
        },
        "body": {
            "es": [
                "Los gobiernos de la región se comprometen en siete ámbitos: coordinación y cooperación, "
                "prevención, recuperación y reintegración, protección, participación infantil, investigación "
                "e indicadores, y seguimiento.",
                "Piden leyes que castiguen la explotación sexual comercial de niños, niñas y adolescentes y "
                "servicios que acompañen a las víctimas.",
            ],
            "en": [
                "The governments of the region commit themselves in seven areas: coordination and "
                "cooperation, prevention, recovery and reintegration, protection, child participation, "
                "research and indicators, and monitoring.",
                "They call for laws that punish the commercial sexual exploitation of children and "
                "adolescents, and for services that stand by the victims.",
            ],
        },
    },
    {
        "symbol": "WC2/2001/RC/5",
        "type": "regional-outcome",
        "event": "budapest",
        "region": "europe-central-asia",
        "country": "HU",
        "organisation": "Council of Europe, UNICEF, Hungarian National Institute of Criminology",
        "date": "2001-11-21",
        "access": "public",
        "title": {
            "en": "Budapest Commitment and Plan of Action",
            "fr": "Engagement et plan d'action de Budapest",
            "ru": "Будапештское обязательство и план действий",
        },
        "summary": {
            "en": "Europe and Central Asia, Budapest, 20–21 November 2001; the Council of Europe leads the "
            "follow-up.",
            "fr": "Europe et Asie centrale, Budapest, 20–21 novembre 2001 ; le Conseil de l'Europe conduit le "
            "suivi.",
            "ru": "Европа и Центральная Азия, Будапешт, 20–21 ноября 2001 года; последующую работу ведет "
            "Совет Европы.",
        },
        "body": {
            "en": [
                "Fifty-two countries were invited. They commit to act against child pornography on the "
                "Internet, against trafficking across the region and against sex tourism.",
                "The plan of action asks each country to name a body that coordinates its work and reports "
                "on it to the Council of Europe.",
            ],
            "fr": [
                "Cinquante-deux pays étaient invités. Ils s'engagent contre la pornographie enfantine sur "
                "Internet, la traite dans la région et le tourisme sexuel.",
                "Le plan d'action demande à chaque pays de désigner un organe qui coordonne son action et en "
                "rend compte au Conseil de l'Europe.",
            ],
            "ru": [
                "Были приглашены пятьдесят две страны. Они обязуются бороться с детской порнографией в "
                "Интернете, торговлей детьми в регионе и секс-туризмом.",
                "План действий предлагает каждой стране назначить орган, координирующий работу и "
                "отчитывающийся перед Советом Европы.",
            ],
        },
    },
    {
        "symbol": "WC2/2001/RC/6",
        "type": "regional-outcome",
        "event": "philadelphia",
        "region": "north-america",
        "country": "US",
        "organisation": "University of Pennsylvania",
        "date": "2001-12-03",
        "access": "public",
        "title": {
            "en": "North American Regional Consultation: final report",
            "es": "Consulta Regional de América del Norte: informe final",
            "fr": "Consultation régionale pour l'Amérique du Nord : rapport final",
        },
        "summary": {
            "en": "About 100 representatives from the United States, Canada and Mexico, Philadelphia, 2–3 "
            "December 2001.",
            "es": "Unos 100 representantes de los Estados Unidos, el Canadá y México, Filadelfia, 2–3 de "
            "diciembre de 2001.",
            "fr": "Une centaine de représentants des États-Unis, du Canada et du Mexique, Philadelphie, "
            "2–3 décembre 2001.",
        },
        "body": {
            "en": [
                "Governmental and non-governmental representatives reviewed research on children exploited "
                "in the three countries, many of them runaway and homeless young people.",
                "The report recommends shared data, cross-border police cooperation and shelters for "
                "young people leaving exploitation.",
            ],
            "es": [
                "Representantes gubernamentales y no gubernamentales examinaron las investigaciones sobre "
                "niños explotados en los tres países, muchos de ellos jóvenes fugados o sin hogar.",
                "El informe recomienda compartir datos, cooperación policial transfronteriza y albergues.",
            ],
            "fr": [
                "Des représentants gouvernementaux et non gouvernementaux ont examiné les recherches sur les "
                "enfants exploités dans les trois pays, dont beaucoup sont des jeunes fugueurs ou sans abri.",
                "Le rapport recommande le partage des données, la coopération policière et des foyers.",
            ],
        },
        "formats": {"es": "txt"},
    },
]
