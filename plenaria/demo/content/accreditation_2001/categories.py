"""The participant categories (self-registration ones in .self_registration) and the NGO review stages."""

from .common import BLUE, GREEN, PURPLE, RED
from .self_registration import SELF_REGISTRATION_CATEGORIES

# --- Participant categories and their review stages ------------------------------------------------------------

CATEGORIES = [
    {
        "slug": "government",
        "kind": "government",
        "team": "secretariat",
        "badge_colour": RED,
        "badge_code": "D",
        "is_nominated_by_delegation": True,
        "default_delegation_quota": 10,
        "required_documents": ["note_verbale"],
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
            "en": "Members are nominated by the delegation's focal point at the Ministry of Foreign Affairs or "
            "the Permanent Mission, as listed in the note verbale: up to 10 places per delegation. In 2001, "
            "nominations closed on 30 November 2001.",
            "fr": "Les membres sont désignés par le correspondant de la délégation au Ministère des affaires "
            "étrangères ou à la Mission permanente, conformément à la note verbale : 10 places au plus par "
            "délégation. En 2001, les désignations ont été closes le 30 novembre 2001.",
            "es": "Los miembros son propuestos por el coordinador de la delegación en el Ministerio de "
            "Relaciones Exteriores o en la Misión Permanente, según la nota verbal: hasta 10 plazas por "
            "delegación. En 2001, el plazo de propuestas se cerró el 30 de noviembre de 2001.",
            "ar": "تسمّي جهة التنسيق في وزارة الخارجية أو البعثة الدائمة أعضاء الوفد كما ترد أسماؤهم في المذكرة "
            "الشفوية، بحد أقصى 10 أماكن لكل وفد. وفي عام 2001، أُغلق باب التسمية في 30 تشرين الثاني/نوفمبر "
            "2001.",
            "ru": "Членов делегации выдвигает ее координатор в министерстве иностранных дел или постоянном "
            "представительстве в соответствии с вербальной нотой: не более 10 мест на делегацию. В 2001 году "
            "выдвижение завершилось 30 ноября 2001 года.",
            "zh-hans": "代表团成员由外交部或常驻代表团的联络人按照普通照会提名，每个代表团最多10个名额。"
            "2001年的提名截止日期为2001年11月30日。",
            "ja": "団員は、口上書の記載に基づき、外務省または常駐代表部の担当窓口が推薦します。1代表団あたり"
            "最大10名です。2001年の推薦締切は2001年11月30日でした。",
        },
        "stages": [
            {
                "kind": "focal_point",
                "team": None,
                "name": {
                    "en": "Focal point pre-approval",
                    "fr": "Pré-approbation par le correspondant",
                    "es": "Aprobación previa del coordinador",
                    "ar": "الموافقة المسبقة من جهة التنسيق",
                    "ru": "Предварительное одобрение координатором",
                    "zh-hans": "联络人预先核准",
                    "ja": "担当窓口による事前承認",
                },
            },
            {
                "kind": "team",
                "team": "secretariat",
                "name": {
                    "en": "Secretariat (Ministry of Foreign Affairs of Japan)",
                    "fr": "Secrétariat (Ministère des affaires étrangères du Japon)",
                    "es": "Secretaría (Ministerio de Relaciones Exteriores del Japón)",
                    "ar": "الأمانة (وزارة خارجية اليابان)",
                    "ru": "Секретариат (Министерство иностранных дел Японии)",
                    "zh-hans": "秘书处（日本外务省）",
                    "ja": "事務局（外務省）",
                },
            },
            {
                "kind": "team",
                "team": "secretariat",
                "name": {
                    "en": "Security screening",
                    "fr": "Contrôle de sécurité",
                    "es": "Control de seguridad",
                    "ar": "الفحص الأمني",
                    "ru": "Проверка безопасности",
                    "zh-hans": "安全审查",
                    "ja": "セキュリティ審査",
                },
            },
        ],
    },
    {
        "slug": "igo",
        "kind": "igo",
        "team": "unicef",
        "badge_colour": GREEN,
        "badge_code": "I",
        "is_nominated_by_delegation": True,
        "default_delegation_quota": 2,
        "required_documents": ["organisation_letter"],
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
            "en": "Nominated by the organisation's focal point with a letter signed by the head of the "
            "organisation: up to 2 places per organisation. Reviewed by UNICEF. In 2001, nominations closed on "
            "30 November 2001.",
            "fr": "Désignation par le correspondant de l'organisation, avec une lettre signée par son chef : "
            "2 places au plus par organisation. Examen par l'UNICEF. En 2001, les désignations ont été closes "
            "le 30 novembre 2001.",
            "es": "Propuesta del coordinador de la organización, con una carta firmada por su jefe: hasta 2 "
            "plazas por organización. Examen del UNICEF. En 2001, el plazo de propuestas se cerró el 30 de "
            "noviembre de 2001.",
            "ar": "تسمّي جهة التنسيق في المنظمة ممثليها برسالة موقّعة من رئيس المنظمة، بحد أقصى مكانين لكل "
            "منظمة. وتتولى اليونيسف المراجعة. وفي عام 2001، أُغلق باب التسمية في 30 تشرين الثاني/نوفمبر 2001.",
            "ru": "Выдвижение координатором организации с письмом за подписью ее руководителя: не более 2 мест "
            "на организацию. Рассматривает ЮНИСЕФ. В 2001 году выдвижение завершилось 30 ноября 2001 года.",
            "zh-hans": "由组织的联络人提名，并附该组织负责人签署的信函，每个组织最多2个名额。由联合国儿童"
            "基金会审核。2001年的提名截止日期为2001年11月30日。",
            "ja": "機関の担当窓口が、機関の長の署名入り書簡を添えて推薦します。1機関あたり最大2名です。"
            "ユニセフが審査します。2001年の推薦締切は2001年11月30日でした。",
        },
        "stages": [
            {
                "kind": "team",
                "team": "unicef",
                "name": {
                    "en": "UNICEF review",
                    "fr": "Examen par l'UNICEF",
                    "es": "Examen del UNICEF",
                    "ar": "مراجعة اليونيسف",
                    "ru": "Рассмотрение ЮНИСЕФ",
                    "zh-hans": "联合国儿童基金会审核",
                    "ja": "ユニセフによる審査",
                },
            },
        ],
    },
    *SELF_REGISTRATION_CATEGORIES,
    {
        "slug": "youth",
        "kind": "youth",
        "team": "secretariat",
        "badge_colour": PURPLE,
        "badge_code": "Y",
        "is_nominated_by_delegation": True,
        "default_delegation_quota": 2,
        "required_documents": [],
        "name": {
            "en": "Children and young people",
            "fr": "Enfants et jeunes",
            "es": "Niños, niñas y jóvenes",
            "ar": "الأطفال والشباب",
            "ru": "Дети и молодежь",
            "zh-hans": "儿童和青年",
            "ja": "子ども・若者",
        },
        "description": {
            "en": "Young people are nominated by a youth organisation (at most 2 per organisation), with a "
            "parent's or guardian's consent and a registered adult who accompanies them at all times. They "
            "meet first at the youth event in Kawasaki. In 2001, nominations closed on 15 November 2001.",
            "fr": "Les jeunes sont présentés par une organisation de jeunesse (2 au plus par organisation), "
            "avec le consentement d'un parent ou d'un tuteur et un adulte inscrit qui les accompagne en "
            "permanence. Ils se retrouvent d'abord à la rencontre des jeunes à Kawasaki. En 2001, les "
            "candidatures ont été closes le 15 novembre 2001.",
            "es": "Los jóvenes son propuestos por una organización juvenil (hasta 2 por organización), con el "
            "consentimiento de uno de los padres o del tutor y un adulto inscrito que los acompaña en todo "
            "momento. Se reúnen primero en el encuentro juvenil de Kawasaki. En 2001, las propuestas se "
            "cerraron el 15 de noviembre de 2001.",
            "ar": "ترشّح منظمات الشباب الشباب (بحد أقصى اثنين لكل منظمة)، بموافقة أحد الوالدين أو الوصي، "
            "ويرافقهم شخص بالغ مسجَّل في جميع الأوقات. ويلتقون أولًا في لقاء الشباب في كاواساكي. وفي عام 2001، "
            "أُغلق باب الترشيح في 15 تشرين الثاني/نوفمبر 2001.",
            "ru": "Молодых участников выдвигает молодежная организация (не более 2 от организации) с согласия "
            "одного из родителей или опекуна; их постоянно сопровождает зарегистрированный взрослый. Сначала "
            "они встречаются на молодежном мероприятии в Кавасаки. В 2001 году выдвижение завершилось "
            "15 ноября 2001 года.",
            "zh-hans": "青年由青年组织提名（每个组织最多2名），须经父母或监护人同意，并由一名已登记的成年人"
            "全程陪同。他们先在川崎的青年活动中相聚。2001年的提名截止日期为2001年11月15日。",
            "ja": "若者は青少年団体が推薦します（1団体あたり最大2名）。保護者の同意と、常に付き添う登録済みの"
            "大人が必要です。まず川崎の青少年イベントで集います。2001年の推薦締切は2001年11月15日でした。",
        },
        "stages": [
            {
                "kind": "focal_point",
                "team": None,
                "name": {
                    "en": "Pre-approval by the nominating organisation",
                    "fr": "Pré-approbation par l'organisation qui présente la candidature",
                    "es": "Aprobación previa de la organización que propone",
                    "ar": "الموافقة المسبقة من المنظمة المرشِّحة",
                    "ru": "Предварительное одобрение выдвигающей организацией",
                    "zh-hans": "提名组织预先核准",
                    "ja": "推薦団体による事前承認",
                },
            },
            {
                "kind": "team",
                "team": "secretariat",
                "name": {
                    "en": "Safeguarding check",
                    "fr": "Vérification de la protection de l'enfance",
                    "es": "Verificación de protección infantil",
                    "ar": "التحقق من تدابير حماية الطفل",
                    "ru": "Проверка мер по защите детей",
                    "zh-hans": "儿童保护审查",
                    "ja": "子どもの保護に関する確認",
                },
            },
        ],
    },
    {
        "slug": "staff",
        "kind": "staff",
        "team": "secretariat",
        "badge_colour": BLUE,
        "badge_code": "C",
        "required_documents": [],
        "name": {
            "en": "Secretariat and support staff",
            "fr": "Secrétariat et personnel d'appui",
            "es": "Secretaría y personal de apoyo",
            "ar": "الأمانة وموظفو الدعم",
            "ru": "Секретариат и вспомогательный персонал",
            "zh-hans": "秘书处和辅助人员",
            "ja": "事務局・支援スタッフ",
        },
        "description": {
            "en": "Staff of the four co-organisers, interpreters and volunteers working at the Congress.",
            "fr": "Personnel des quatre coorganisateurs, interprètes et bénévoles travaillant au Congrès.",
            "es": "Personal de los cuatro coorganizadores, intérpretes y voluntarios que trabajan en el "
            "Congreso.",
            "ar": "موظفو الجهات الأربع المنظِّمة والمترجمون الشفويون والمتطوعون العاملون في المؤتمر.",
            "ru": "Сотрудники четырех соорганизаторов, устные переводчики и волонтеры, работающие на Конгрессе.",
            "zh-hans": "四个联合主办方的工作人员以及在大会工作的口译员和志愿者。",
            "ja": "共催4者の職員、通訳者、会議で働くボランティア。",
        },
        "stages": [
            {
                "kind": "team",
                "team": "secretariat",
                "name": {
                    "en": "Secretariat",
                    "fr": "Secrétariat",
                    "es": "Secretaría",
                    "ar": "الأمانة",
                    "ru": "Секретариат",
                    "zh-hans": "秘书处",
                    "ja": "事務局",
                },
            },
        ],
    },
]

NGO_STAGES = [
    {
        "kind": "team",
        "team": "ecpat",
        "name": {
            "en": "ECPAT review",
            "fr": "Examen par ECPAT",
            "es": "Examen de ECPAT",
            "ar": "مراجعة ECPAT",
            "ru": "Рассмотрение ECPAT",
            "zh-hans": "ECPAT审核",
            "ja": "ECPATによる審査",
        },
    },
    {
        "kind": "team",
        "team": "ngo-group",
        "name": {
            "en": "NGO Group review",
            "fr": "Examen par le Groupe des ONG",
            "es": "Examen del Grupo de ONG",
            "ar": "مراجعة مجموعة المنظمات غير الحكومية",
            "ru": "Рассмотрение Группой НПО",
            "zh-hans": "非政府组织小组审核",
            "ja": "NGOグループによる審査",
        },
    },
]
