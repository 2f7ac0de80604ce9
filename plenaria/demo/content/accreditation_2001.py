"""Accreditation data for the Yokohama 2001 demo congress: participant categories, the register of organisations,
delegations and registrations (read by plenaria.demo.accreditation).

ALL PEOPLE ARE FICTIONAL. Every person's name is put together at random (fixed seed) from common given and family
names of their country; the titles are generic. Any likeness to a real person is a coincidence.

The organisations are real (governments, UN and intergovernmental bodies, NGOs, media outlets) except those marked
"fictional" below; that they registered, who they sent and what happened to the registrations is invented. ECOSOC
consultative statuses are given as we understand them for 2001; the ones marked UNVERIFIED are not confirmed.
The 2001 registration deadlines in the category descriptions are demo choices, not dates from the sources; the
categories themselves stay open, so that the demo's forms work today.
"""

import datetime
from zoneinfo import ZoneInfo

TOKYO = ZoneInfo("Asia/Tokyo")

# Registration opened on 3 September 2001 (demo choice); the categories never close in the demo.
OPENS_AT = datetime.datetime(2001, 9, 3, 9, 0, tzinfo=TOKYO)

# The seed's random choices (names, statuses, titles) are made with this seed, per delegation and registration,
# so that every run produces the same people.
RANDOM_SEED = "yokohama-2001"

# --- Participant categories and their review stages ------------------------------------------------------------
# Badge colours and letter codes follow the ESCAP-type scheme (DOMAIN 2.5): red D (head of delegation E, shown by
# the badge), green U/I/N, yellow P, blue M and C. They are configuration: the secretariat can change them.

RED, GREEN, YELLOW, BLUE, PURPLE = "#c8102e", "#00843d", "#f2c500", "#0b3d6e", "#6f2c91"

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
    {
        "slug": "ngo-ecosoc",
        "is_self_registration": True,
        "required_fields": ["organisation_name"],
        "kind": "ngo",
        "team": "ecpat",
        "badge_colour": GREEN,
        "badge_code": "N",
        "required_documents": [],
        "name": {
            "en": "NGOs in consultative status with ECOSOC",
            "fr": "ONG dotées du statut consultatif auprès de l'ECOSOC",
            "es": "ONG reconocidas como entidades consultivas por el ECOSOC",
            "ar": "المنظمات غير الحكومية ذات المركز الاستشاري لدى المجلس الاقتصادي والاجتماعي",
            "ru": "НПО с консультативным статусом при ЭКОСОС",
            "zh-hans": "具有经社理事会咨商地位的非政府组织",
            "ja": "国連経済社会理事会（ECOSOC）との協議資格を持つNGO",
        },
        "description": {
            "en": "Representatives of NGOs in general or special consultative status with the Economic and "
            "Social Council, or on its Roster: the short path, no dossier needed. Reviewed by ECPAT, then by the "
            "NGO Group for the Convention on the Rights of the Child. In 2001, registration closed on 30 "
            "November 2001.",
            "fr": "Représentants d'ONG dotées du statut consultatif général ou spécial auprès du Conseil "
            "économique et social, ou inscrites sur sa Liste : procédure simplifiée, sans dossier. Examen par "
            "ECPAT, puis par le Groupe des ONG pour la Convention relative aux droits de l'enfant. En 2001, les "
            "inscriptions ont été closes le 30 novembre 2001.",
            "es": "Representantes de ONG reconocidas como entidades consultivas de carácter general o especial "
            "por el Consejo Económico y Social, o incluidas en su Lista: procedimiento simplificado, sin "
            "expediente. Examen de ECPAT y, luego, del Grupo de ONG para la Convención sobre los Derechos del "
            "Niño. En 2001, las inscripciones se cerraron el 30 de noviembre de 2001.",
            "ar": "ممثلو المنظمات غير الحكومية ذات المركز الاستشاري العام أو الخاص لدى المجلس الاقتصادي "
            "والاجتماعي أو المدرجة في قائمته: إجراء مبسّط دون ملف. تراجعها ECPAT ثم مجموعة المنظمات غير "
            "الحكومية المعنية باتفاقية حقوق الطفل. وفي عام 2001، أُغلق باب التسجيل في 30 تشرين الثاني/نوفمبر "
            "2001.",
            "ru": "Представители НПО с общим или специальным консультативным статусом при Экономическом и "
            "Социальном Совете или включенных в его Реестр: упрощенная процедура без досье. Рассматривают ECPAT, "
            "затем Группа НПО по Конвенции о правах ребенка. В 2001 году регистрация завершилась 30 ноября "
            "2001 года.",
            "zh-hans": "具有经济及社会理事会全面或专门咨商地位、或列入其名册的非政府组织的代表：简化程序，"
            "无需提交材料。先由ECPAT审核，再由《儿童权利公约》非政府组织小组审核。2001年的登记截止日期为"
            "2001年11月30日。",
            "ja": "経済社会理事会の総合・特別協議資格を持つか、ロスターに登録されたNGOの代表者：簡易手続きで、"
            "書類一式は不要です。ECPATが審査し、次に児童の権利条約NGOグループが審査します。2001年の登録締切は"
            "2001年11月30日でした。",
        },
        "stages": "ngo",
    },
    {
        "slug": "ngo",
        "is_self_registration": True,
        "required_fields": ["organisation_name"],
        "kind": "ngo",
        "team": "ecpat",
        "badge_colour": GREEN,
        "badge_code": "N",
        "required_documents": ["ngo_dossier"],
        "name": {
            "en": "Other non-governmental organisations",
            "fr": "Autres organisations non gouvernementales",
            "es": "Otras organizaciones no gubernamentales",
            "ar": "المنظمات غير الحكومية الأخرى",
            "ru": "Другие неправительственные организации",
            "zh-hans": "其他非政府组织",
            "ja": "その他の非政府組織（NGO）",
        },
        "description": {
            "en": "NGOs without ECOSOC status apply with an accreditation dossier: purpose, activities relevant "
            "to the Congress, latest annual report and financial statement, governing body, constitution. "
            "Reviewed by ECPAT, then by the NGO Group for the Convention on the Rights of the Child. In 2001, "
            "applications closed on 15 November 2001.",
            "fr": "Les ONG sans statut auprès de l'ECOSOC présentent un dossier d'accréditation : buts, "
            "activités en rapport avec le Congrès, dernier rapport annuel et état financier, organe directeur, "
            "statuts. Examen par ECPAT, puis par le Groupe des ONG pour la Convention relative aux droits de "
            "l'enfant. En 2001, les demandes ont été closes le 15 novembre 2001.",
            "es": "Las ONG sin estatus ante el ECOSOC presentan un expediente de acreditación: fines, "
            "actividades relacionadas con el Congreso, último informe anual y estado financiero, órgano de "
            "gobierno y estatutos. Examen de ECPAT y, luego, del Grupo de ONG para la Convención sobre los "
            "Derechos del Niño. En 2001, las solicitudes se cerraron el 15 de noviembre de 2001.",
            "ar": "تقدّم المنظمات غير الحكومية التي ليس لها مركز لدى المجلس الاقتصادي والاجتماعي ملف اعتماد "
            "يتضمن أهدافها وأنشطتها ذات الصلة بالمؤتمر وآخر تقرير سنوي وبيان مالي وهيئتها الإدارية ونظامها "
            "الأساسي. تراجعها ECPAT ثم مجموعة المنظمات غير الحكومية المعنية باتفاقية حقوق الطفل. وفي عام 2001، "
            "أُغلق باب الطلبات في 15 تشرين الثاني/نوفمبر 2001.",
            "ru": "НПО без статуса при ЭКОСОС подают досье для аккредитации: цели, деятельность, связанная с "
            "Конгрессом, последний годовой отчет и финансовая отчетность, руководящий орган, устав. "
            "Рассматривают ECPAT, затем Группа НПО по Конвенции о правах ребенка. В 2001 году прием заявок "
            "завершился 15 ноября 2001 года.",
            "zh-hans": "无经社理事会咨商地位的非政府组织须提交认证材料：宗旨、与大会相关的活动、最新年度"
            "报告和财务报表、管理机构及章程。先由ECPAT审核，再由《儿童权利公约》非政府组织小组审核。2001年"
            "的申请截止日期为2001年11月15日。",
            "ja": "ECOSOCの協議資格を持たないNGOは、目的、会議に関係する活動、最新の年次報告書と財務諸表、"
            "運営機関、定款をまとめた認定申請書類を提出します。ECPATが審査し、次に児童の権利条約NGOグループが"
            "審査します。2001年の申請締切は2001年11月15日でした。",
        },
        "stages": "ngo",
    },
    {
        "slug": "private-sector",
        "is_self_registration": True,
        "required_fields": ["organisation_name", "title"],
        "kind": "private_sector",
        "team": "ecpat",
        "badge_colour": BLUE,
        "badge_code": "M",
        "required_documents": [],
        "name": {
            "en": "Private sector",
            "fr": "Secteur privé",
            "es": "Sector privado",
            "ar": "القطاع الخاص",
            "ru": "Частный сектор",
            "zh-hans": "私营部门",
            "ja": "民間セクター",
        },
        "description": {
            "en": "Companies and business associations, for example in travel and tourism or internet "
            "services. Reviewed by ECPAT. In 2001, registration closed on 30 November 2001.",
            "fr": "Entreprises et associations professionnelles, par exemple du tourisme et des voyages ou des "
            "services internet. Examen par ECPAT. En 2001, les inscriptions ont été closes le 30 novembre 2001.",
            "es": "Empresas y asociaciones empresariales, por ejemplo de viajes y turismo o de servicios de "
            "internet. Examen de ECPAT. En 2001, las inscripciones se cerraron el 30 de noviembre de 2001.",
            "ar": "الشركات ورابطات الأعمال، ومنها مثلًا شركات السفر والسياحة وخدمات الإنترنت. تراجعها ECPAT. "
            "وفي عام 2001، أُغلق باب التسجيل في 30 تشرين الثاني/نوفمبر 2001.",
            "ru": "Компании и деловые ассоциации, например в сфере путешествий и туризма или интернет-услуг. "
            "Рассматривает ECPAT. В 2001 году регистрация завершилась 30 ноября 2001 года.",
            "zh-hans": "企业和商业协会，例如旅游业或互联网服务业。由ECPAT审核。2001年的登记截止日期为"
            "2001年11月30日。",
            "ja": "旅行・観光業やインターネットサービスなどの企業および業界団体。ECPATが審査します。2001年の"
            "登録締切は2001年11月30日でした。",
        },
        "stages": [
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
        ],
    },
    {
        "slug": "media",
        "is_self_registration": True,
        "required_fields": ["organisation_name", "title"],
        "kind": "media",
        "team": "communications",
        "badge_colour": YELLOW,
        "badge_code": "P",
        "required_documents": ["assignment_letter", "press_card", "identity_document"],
        "requires_media_guidelines": True,
        "name": {
            "en": "Media",
            "fr": "Médias",
            "es": "Medios de comunicación",
            "ar": "وسائل الإعلام",
            "ru": "Средства массовой информации",
            "zh-hans": "媒体",
            "ja": "報道関係者",
        },
        "description": {
            "en": "Journalists on assignment: a letter of assignment signed by the editor, a press card and an "
            "identity document. Applicants accept UNICEF's ethical guidelines for reporting on children. "
            "Reviewed by the communications advisor. In 2001, media accreditation closed on 10 December 2001.",
            "fr": "Journalistes en mission : lettre de mission signée par le rédacteur en chef, carte de presse "
            "et pièce d'identité. Les candidats acceptent les principes éthiques de l'UNICEF relatifs aux "
            "reportages sur les enfants. Examen par le conseiller en communication. En 2001, l'accréditation "
            "des médias a été close le 10 décembre 2001.",
            "es": "Periodistas en misión: carta de asignación firmada por el director, carné de prensa y "
            "documento de identidad. Los solicitantes aceptan los principios éticos del UNICEF para informar "
            "sobre la infancia. Examen del asesor de comunicaciones. En 2001, la acreditación de prensa se "
            "cerró el 10 de diciembre de 2001.",
            "ar": "الصحفيون المكلفون بمهمة: رسالة تكليف موقّعة من رئيس التحرير، وبطاقة صحفية، ووثيقة هوية. "
            "ويقبل المتقدمون المبادئ الأخلاقية لليونيسف بشأن التغطية الإعلامية المتعلقة بالأطفال. يراجعها "
            "مستشار الاتصالات. وفي عام 2001، أُغلق باب اعتماد وسائل الإعلام في 10 كانون الأول/ديسمبر 2001.",
            "ru": "Журналисты по редакционному заданию: письмо редакции за подписью главного редактора, "
            "удостоверение журналиста и документ, удостоверяющий личность. Заявители принимают этические "
            "принципы ЮНИСЕФ в отношении освещения тем, связанных с детьми. Рассматривает советник по "
            "коммуникациям. В 2001 году аккредитация СМИ завершилась 10 декабря 2001 года.",
            "zh-hans": "执行采访任务的记者：须提交由总编辑签署的派遣函、记者证和身份证件。申请人须接受联合"
            "国儿童基金会关于儿童报道的道德准则。由传播顾问审核。2001年的媒体注册截止日期为2001年12月10日。",
            "ja": "取材のために派遣される記者：編集責任者の署名入り派遣状、記者証、身分証明書が必要です。申請者"
            "は、子どもに関する報道についてのユニセフの倫理ガイドラインに同意します。広報担当が審査します。"
            "2001年の報道登録締切は2001年12月10日でした。",
        },
        "stages": [
            {
                "kind": "team",
                "team": "communications",
                "name": {
                    "en": "Communications advisor",
                    "fr": "Conseiller en communication",
                    "es": "Asesor de comunicaciones",
                    "ar": "مستشار الاتصالات",
                    "ru": "Советник по коммуникациям",
                    "zh-hans": "传播顾问",
                    "ja": "広報担当",
                },
            },
        ],
    },
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

# --- Countries: how their people's names are written, and the site language their e-mails use ------------------
# culture: a key of NAMES; language: one of the site's languages.

COUNTRIES = {
    "JP": ("ja", "ja"),
    "CN": ("zh", "zh-hans"),
    "KR": ("ko", "en"),
    "TH": ("th", "en"),
    "PH": ("ph", "en"),
    "VN": ("vi", "en"),
    "KH": ("km", "fr"),
    "ID": ("id", "en"),
    "AU": ("en", "en"),
    "NZ": ("en", "en"),
    "IN": ("hi", "en"),
    "NP": ("ne", "en"),
    "BD": ("bn", "en"),
    "LK": ("si", "en"),
    "PK": ("ur", "en"),
    "MA": ("ar", "fr"),
    "EG": ("ar", "ar"),
    "JO": ("ar", "ar"),
    "TN": ("ar", "fr"),
    "IR": ("fa", "en"),
    "KE": ("ke", "en"),
    "NG": ("ng", "en"),
    "GH": ("gh", "en"),
    "SN": ("sn", "fr"),
    "ZA": ("za", "en"),
    "SE": ("sv", "en"),
    "NO": ("no", "en"),
    "HU": ("hu", "en"),
    "FR": ("fr", "fr"),
    "ES": ("es", "es"),
    "RU": ("ru", "ru"),
    "DE": ("de", "en"),
    "GB": ("en", "en"),
    "IT": ("it", "en"),
    "NL": ("nl", "en"),
    "CH": ("fr", "fr"),
    "US": ("en", "en"),
    "CA": ("en", "en"),
    "MX": ("es", "es"),
    "BR": ("pt", "es"),
    "UY": ("es", "es"),
    "AR": ("es", "es"),
    "CO": ("es", "es"),
    "CR": ("es", "es"),
}

# Nationalities whose holders needed a visa for Japan in 2001 in this demo (a demo choice, not a legal statement).
VISA_NEEDED = {
    "CN",
    "TH",
    "PH",
    "VN",
    "KH",
    "ID",
    "IN",
    "NP",
    "BD",
    "LK",
    "PK",
    "MA",
    "EG",
    "JO",
    "TN",
    "IR",
    "KE",
    "NG",
    "GH",
    "SN",
    "ZA",
    "RU",
    "BR",
    "CO",
}

# --- Names ------------------------------------------------------------------------------------------------------
# Per culture: given names and family names as (Latin, own script); own script "" when the name is written in
# Latin letters anyway. "order" is how the full name is written in its own script: "family" puts the family name
# first (East Asia, Hungary, Viet Nam, Cambodia). Cultures with gendered family names list them as (m, f) pairs in
# "family_female".

NAMES = {
    "ja": {
        "order": "family",
        "space": " ",
        "given": [
            ("Keiko", "恵子"),
            ("Hiroshi", "博"),
            ("Yuko", "裕子"),
            ("Takashi", "隆"),
            ("Naoko", "直子"),
            ("Kenji", "健二"),
            ("Akiko", "明子"),
            ("Satoshi", "聡"),
            ("Tomoko", "智子"),
            ("Masato", "正人"),
            ("Emi", "恵美"),
            ("Daisuke", "大輔"),
            ("Mariko", "真理子"),
            ("Shinichi", "真一"),
        ],
        "family": [
            ("Sato", "佐藤"),
            ("Suzuki", "鈴木"),
            ("Takahashi", "高橋"),
            ("Watanabe", "渡辺"),
            ("Ito", "伊藤"),
            ("Yamamoto", "山本"),
            ("Nakamura", "中村"),
            ("Kobayashi", "小林"),
            ("Kato", "加藤"),
            ("Yoshida", "吉田"),
            ("Yamada", "山田"),
            ("Matsumoto", "松本"),
            ("Inoue", "井上"),
            ("Kimura", "木村"),
        ],
    },
    "zh": {
        "order": "family",
        "space": "",
        "given": [
            ("Lihua", "丽华"),
            ("Wei", "伟"),
            ("Min", "敏"),
            ("Jian", "建"),
            ("Xiaoming", "晓明"),
            ("Hong", "红"),
            ("Jun", "军"),
            ("Yan", "燕"),
            ("Hao", "浩"),
            ("Jing", "静"),
            ("Lei", "磊"),
            ("Fang", "芳"),
        ],
        "family": [
            ("Wang", "王"),
            ("Li", "李"),
            ("Zhang", "张"),
            ("Liu", "刘"),
            ("Chen", "陈"),
            ("Yang", "杨"),
            ("Zhao", "赵"),
            ("Huang", "黄"),
            ("Zhou", "周"),
            ("Wu", "吴"),
        ],
    },
    "ko": {
        "order": "family",
        "space": "",
        "given": [
            ("Min-jun", "민준"),
            ("Ji-yeon", "지연"),
            ("Seo-yeon", "서연"),
            ("Hyun-woo", "현우"),
            ("Eun-ji", "은지"),
            ("Sung-ho", "성호"),
            ("Mi-kyung", "미경"),
            ("Jae-won", "재원"),
            ("Young-hee", "영희"),
        ],
        "family": [
            ("Kim", "김"),
            ("Lee", "이"),
            ("Park", "박"),
            ("Choi", "최"),
            ("Jung", "정"),
            ("Kang", "강"),
            ("Cho", "조"),
            ("Yoon", "윤"),
        ],
    },
    "th": {
        "order": "given",
        "space": " ",
        "given": [
            ("Somchai", "สมชาย"),
            ("Somsri", "สมศรี"),
            ("Malee", "มาลี"),
            ("Prasert", "ประเสริฐ"),
            ("Wanida", "วนิดา"),
            ("Anan", "อนันต์"),
            ("Kanya", "กันยา"),
            ("Suda", "สุดา"),
            ("Narong", "ณรงค์"),
            ("Pranee", "ปราณี"),
        ],
        "family": [
            ("Jaidee", "ใจดี"),
            ("Srisuk", "ศรีสุข"),
            ("Thongchai", "ทองชัย"),
            ("Saetang", "แซ่ตั้ง"),
            ("Boonmee", "บุญมี"),
            ("Chaiyaporn", "ชัยพร"),
            ("Rattanakorn", "รัตนากร"),
            ("Kaewkla", "แก้วกล้า"),
            ("Phromma", "พรหมมา"),
        ],
    },
    "vi": {
        "order": "family",
        "space": " ",
        "given": [
            ("Thi Lan", "Thị Lan"),
            ("Van Minh", "Văn Minh"),
            ("Thi Hoa", "Thị Hoa"),
            ("Duc Anh", "Đức Anh"),
            ("Thu Trang", "Thu Trang"),
            ("Quoc Bao", "Quốc Bảo"),
            ("Thi Mai", "Thị Mai"),
        ],
        "family": [
            ("Nguyen", "Nguyễn"),
            ("Tran", "Trần"),
            ("Le", "Lê"),
            ("Pham", "Phạm"),
            ("Hoang", "Hoàng"),
            ("Vu", "Vũ"),
        ],
    },
    "km": {
        "order": "family",
        "space": " ",
        "given": [
            ("Sokha", "សុខា"),
            ("Dara", "ដារ៉ា"),
            ("Chantha", "ចន្ថា"),
            ("Vannak", "វណ្ណៈ"),
            ("Sophea", "សុភា"),
            ("Rithy", "រិទ្ធី"),
        ],
        "family": [
            ("Chan", "ចាន់"),
            ("Sok", "សុខ"),
            ("Keo", "កែវ"),
            ("Heng", "ហេង"),
            ("Chea", "ជា"),
            ("Ly", "លី"),
        ],
    },
    "hi": {
        "order": "given",
        "space": " ",
        "given": [
            ("Priya", "प्रिया"),
            ("Rajesh", "राजेश"),
            ("Anita", "अनीता"),
            ("Sunil", "सुनील"),
            ("Kavita", "कविता"),
            ("Amit", "अमित"),
            ("Meena", "मीना"),
            ("Vikram", "विक्रम"),
            ("Sunita", "सुनीता"),
            ("Arun", "अरुण"),
        ],
        "family": [
            ("Sharma", "शर्मा"),
            ("Verma", "वर्मा"),
            ("Gupta", "गुप्ता"),
            ("Singh", "सिंह"),
            ("Joshi", "जोशी"),
            ("Mehta", "मेहता"),
            ("Rao", "राव"),
            ("Patel", "पटेल"),
        ],
    },
    "ne": {
        "order": "given",
        "space": " ",
        "given": [
            ("Sita", "सीता"),
            ("Binod", "बिनोद"),
            ("Sarita", "सरिता"),
            ("Ramesh", "रमेश"),
            ("Kamala", "कमला"),
            ("Dipak", "दीपक"),
        ],
        "family": [
            ("Shrestha", "श्रेष्ठ"),
            ("Thapa", "थापा"),
            ("Gurung", "गुरुङ"),
            ("Adhikari", "अधिकारी"),
            ("Karki", "कार्की"),
        ],
    },
    "bn": {
        "order": "given",
        "space": " ",
        "given": [
            ("Rahim", "রহিম"),
            ("Fatema", "ফাতেমা"),
            ("Karim", "করিম"),
            ("Nasrin", "নাসরিন"),
            ("Shafiq", "শফিক"),
            ("Rokeya", "রোকেয়া"),
            ("Anwar", "আনোয়ার"),
            ("Salma", "সালমা"),
        ],
        "family": [
            ("Hossain", "হোসেন"),
            ("Rahman", "রহমান"),
            ("Chowdhury", "চৌধুরী"),
            ("Ahmed", "আহমেদ"),
            ("Islam", "ইসলাম"),
        ],
    },
    "si": {
        "order": "given",
        "space": " ",
        "given": [("Nimal", "නිමල්"), ("Kumari", "කුමාරි"), ("Chaminda", "චමින්ද"), ("Dilani", "දිලානි")],
        "family": [
            ("Perera", "පෙරේරා"),
            ("Silva", "සිල්වා"),
            ("Jayasinghe", "ජයසිංහ"),
            ("Bandara", "බණ්ඩාර"),
            ("Dissanayake", "දිසානායක"),
        ],
    },
    "ur": {
        "order": "given",
        "space": " ",
        "given": [
            ("Ayesha", "عائشہ"),
            ("Imran", "عمران"),
            ("Saima", "صائمہ"),
            ("Tariq", "طارق"),
            ("Nadia", "نادیہ"),
        ],
        "family": [
            ("Khan", "خان"),
            ("Qureshi", "قریشی"),
            ("Malik", "ملک"),
            ("Butt", "بٹ"),
            ("Siddiqui", "صدیقی"),
        ],
    },
    "ar": {
        "order": "given",
        "space": " ",
        "given": [
            ("Fatima", "فاطمة"),
            ("Ahmed", "أحمد"),
            ("Mohamed", "محمد"),
            ("Khadija", "خديجة"),
            ("Youssef", "يوسف"),
            ("Nadia", "نادية"),
            ("Karim", "كريم"),
            ("Leila", "ليلى"),
            ("Hassan", "حسن"),
            ("Samira", "سميرة"),
            ("Omar", "عمر"),
            ("Rania", "رانيا"),
        ],
        "family": [
            ("Benali", "بن علي"),
            ("El Amrani", "العمراني"),
            ("Mansour", "منصور"),
            ("Saleh", "صالح"),
            ("Farouk", "فاروق"),
            ("Nasser", "ناصر"),
            ("Khalil", "خليل"),
            ("Abdelrahman", "عبد الرحمن"),
            ("Bennani", "بناني"),
            ("Hamdi", "حمدي"),
        ],
    },
    "fa": {
        "order": "given",
        "space": " ",
        "given": [
            ("Maryam", "مریم"),
            ("Ali", "علی"),
            ("Zahra", "زهرا"),
            ("Reza", "رضا"),
            ("Hossein", "حسین"),
        ],
        "family": [
            ("Hosseini", "حسینی"),
            ("Mohammadi", "محمدی"),
            ("Karimi", "کریمی"),
            ("Rahimi", "رحیمی"),
            ("Ahmadi", "احمدی"),
        ],
    },
    "ru": {
        "order": "given",
        "space": " ",
        "given": [
            ("Sergei", "Сергей"),
            ("Dmitry", "Дмитрий"),
            ("Alexei", "Алексей"),
            ("Igor", "Игорь"),
            ("Andrei", "Андрей"),
        ],
        "given_female": [
            ("Olga", "Ольга"),
            ("Elena", "Елена"),
            ("Natalia", "Наталья"),
            ("Irina", "Ирина"),
            ("Tatiana", "Татьяна"),
        ],
        "family": [
            ("Ivanov", "Иванов"),
            ("Petrov", "Петров"),
            ("Smirnov", "Смирнов"),
            ("Kuznetsov", "Кузнецов"),
            ("Volkov", "Волков"),
            ("Sokolov", "Соколов"),
            ("Morozov", "Морозов"),
            ("Lebedev", "Лебедев"),
        ],
        "family_female": [
            ("Ivanova", "Иванова"),
            ("Petrova", "Петрова"),
            ("Smirnova", "Смирнова"),
            ("Kuznetsova", "Кузнецова"),
            ("Volkova", "Волкова"),
            ("Sokolova", "Соколова"),
            ("Morozova", "Морозова"),
            ("Lebedeva", "Лебедева"),
        ],
    },
    "hu": {
        "order": "family",
        "space": " ",
        "given": [
            ("Éva", "Éva"),
            ("László", "László"),
            ("Katalin", "Katalin"),
            ("Zoltán", "Zoltán"),
            ("Judit", "Judit"),
            ("Gábor", "Gábor"),
            ("Ildikó", "Ildikó"),
            ("Péter", "Péter"),
        ],
        "family": [
            ("Kovács", "Kovács"),
            ("Szabó", "Szabó"),
            ("Tóth", "Tóth"),
            ("Horváth", "Horváth"),
            ("Nagy", "Nagy"),
            ("Varga", "Varga"),
            ("Kiss", "Kiss"),
            ("Molnár", "Molnár"),
        ],
    },
    "sv": {
        "given": ["Anna", "Erik", "Karin", "Lars", "Ingrid", "Johan", "Åsa", "Magnus", "Eva", "Per", "Maria"],
        "family": [
            "Andersson",
            "Johansson",
            "Lindström",
            "Karlsson",
            "Nilsson",
            "Eriksson",
            "Berg",
            "Lindqvist",
            "Sjöberg",
            "Holm",
        ],
    },
    "no": {
        "given": ["Ingrid", "Ole", "Kari", "Bjørn", "Silje", "Hans", "Marit"],
        "family": ["Hansen", "Johansen", "Olsen", "Larsen", "Haugen", "Bakke", "Solberg"],
    },
    "en": {
        "given": [
            "Sarah",
            "Michael",
            "Jennifer",
            "David",
            "Emily",
            "Robert",
            "Karen",
            "Peter",
            "Susan",
            "Thomas",
            "Linda",
            "Andrew",
            "Catherine",
            "Paul",
        ],
        "family": [
            "Smith",
            "Johnson",
            "Williams",
            "Brown",
            "Miller",
            "Wilson",
            "Taylor",
            "Anderson",
            "Thompson",
            "Clark",
            "Walker",
            "Wright",
            "Campbell",
            "Mitchell",
        ],
    },
    "fr": {
        "given": [
            "Marie",
            "Jean",
            "Sophie",
            "Pierre",
            "Isabelle",
            "François",
            "Catherine",
            "Philippe",
            "Nathalie",
            "Luc",
            "Hélène",
        ],
        "family": [
            "Martin",
            "Bernard",
            "Dubois",
            "Moreau",
            "Laurent",
            "Lefèvre",
            "Girard",
            "Bonnet",
            "Rousseau",
            "Fontaine",
        ],
    },
    "es": {
        "given": [
            "María",
            "José",
            "Carmen",
            "Juan",
            "Laura",
            "Carlos",
            "Ana",
            "Javier",
            "Lucía",
            "Diego",
            "Patricia",
            "Fernando",
        ],
        "family": [
            "García",
            "Rodríguez",
            "Martínez",
            "López",
            "González",
            "Pérez",
            "Sánchez",
            "Fernández",
            "Gómez",
            "Díaz",
            "Álvarez",
            "Romero",
        ],
        "two_family_names": True,
    },
    "pt": {
        "given": [
            "Ana",
            "João",
            "Mariana",
            "Paulo",
            "Fernanda",
            "Ricardo",
            "Beatriz",
            "Luiz",
            "Cláudia",
            "Marcos",
        ],
        "family": [
            "Silva",
            "Santos",
            "Oliveira",
            "Souza",
            "Costa",
            "Ferreira",
            "Almeida",
            "Carvalho",
            "Ribeiro",
            "Pereira",
        ],
    },
    "de": {
        "given": ["Katrin", "Thomas", "Sabine", "Michael", "Petra", "Andreas", "Birgit", "Stefan"],
        "family": ["Müller", "Schmidt", "Schneider", "Fischer", "Weber", "Becker", "Wagner", "Hoffmann"],
    },
    "it": {
        "given": ["Giulia", "Marco", "Francesca", "Luca", "Paola", "Giorgio"],
        "family": ["Rossi", "Bianchi", "Romano", "Colombo", "Ricci", "Marino"],
    },
    "nl": {
        "given": ["Anke", "Pieter", "Marieke", "Jan", "Ingrid", "Willem"],
        "family": ["de Vries", "Jansen", "van Dijk", "Bakker", "Visser", "Smit"],
    },
    "id": {
        "given": ["Siti", "Budi", "Dewi", "Agus", "Rina", "Hendra", "Wulan", "Joko"],
        "family": ["Santoso", "Wijaya", "Kusuma", "Hidayat", "Pratama", "Susanto", "Nugroho", "Lestari"],
    },
    "ph": {
        "given": ["Maria Luisa", "Jose", "Ana Marie", "Ramon", "Cristina", "Eduardo", "Rosario", "Antonio"],
        "family": ["Santos", "Reyes", "Cruz", "Bautista", "Mendoza", "Ramos", "Aquino", "Villanueva"],
    },
    "ke": {
        "given": ["Wanjiru", "Otieno", "Achieng", "Kamau", "Njeri", "Mwangi", "Akinyi", "Kiprono"],
        "family": ["Odhiambo", "Wanjiku", "Mutua", "Kariuki", "Ochieng", "Njoroge", "Kiplagat", "Mwangi"],
    },
    "ng": {
        "given": ["Adebayo", "Chinwe", "Oluwaseun", "Ngozi", "Emeka", "Funmilayo", "Ibrahim", "Aisha"],
        "family": ["Adeyemi", "Eze", "Balogun", "Okonkwo", "Nwosu", "Bello", "Okeke"],
    },
    "gh": {
        "given": ["Kwame", "Ama", "Kofi", "Akosua", "Yaw", "Efua"],
        "family": ["Mensah", "Owusu", "Boateng", "Asante", "Osei", "Appiah"],
    },
    "sn": {
        "given": ["Aminata", "Moussa", "Fatou", "Ousmane", "Awa", "Mamadou"],
        "family": ["Diop", "Ndiaye", "Fall", "Sarr", "Diallo", "Sow"],
    },
    "za": {
        "given": ["Thandiwe", "Sipho", "Nomvula", "Themba", "Lerato", "Johan"],
        "family": ["Dlamini", "Nkosi", "Mokoena", "Naidoo", "van der Merwe", "Khumalo"],
    },
}

# --- Titles, by role in the delegation --------------------------------------------------------------------------

GOVERNMENT_TITLES = {
    "head": [
        "Minister of Social Welfare",
        "Vice-Minister of Justice",
        "State Secretary for Children and Family Affairs",
        "Ambassador to Japan",
        "Minister for Women's Affairs and Child Development",
        "Director-General, Ministry of Foreign Affairs",
        "Permanent Representative to the United Nations Office at Geneva",
    ],
    "delegate": [
        "Director, Child Protection Department, Ministry of Social Welfare",
        "Counsellor, Embassy in Tokyo",
        "Senior Prosecutor, Ministry of Justice",
        "Chief Inspector, Anti-Trafficking Unit, National Police",
        "First Secretary, Permanent Mission to the United Nations",
        "Deputy Director, Ministry of Labour",
        "Head of Unit, Ministry of Tourism",
        "Member of Parliament",
        "Director, Department of Education",
    ],
    "alternate": [
        "Deputy Director-General, Ministry of Foreign Affairs",
        "Minister-Counsellor, Embassy in Tokyo",
    ],
    "adviser": [
        "Adviser, National Commission for Children",
        "Legal Adviser, Ministry of Justice",
        "Adviser on Children's Rights, Ministry of Foreign Affairs",
    ],
    "support": ["Interpreter", "Secretary to the Head of Delegation", "Liaison Officer, Embassy in Tokyo"],
}

IGO_TITLES = {
    "head": ["Deputy Executive Director", "Regional Director", "Director, Division of Child Protection"],
    "delegate": ["Senior Programme Officer", "Child Protection Specialist", "Legal Officer"],
}

NGO_TITLES = [
    "Executive Director",
    "Programme Coordinator",
    "Advocacy Officer",
    "Board Member",
    "Youth Programme Officer",
    "Researcher",
    "Legal Counsel",
    "Regional Representative",
]
PRIVATE_SECTOR_TITLES = [
    "Director of Corporate Responsibility",
    "Head of Legal Affairs",
    "Secretary-General",
    "Policy Manager",
    "Chief Executive Officer",
]
MEDIA_TITLES = [
    "Correspondent",
    "Tokyo Bureau Chief",
    "Reporter",
    "Photographer",
    "Producer",
    "Camera Operator",
]

# --- Organisations ----------------------------------------------------------------------------------------------
# Governments: (ISO code, English name, name in an official language). All get a delegation with 10 places.
# "profile" (optional) fixes how far their accreditation has got; the others get one at random (fixed seed).

GOVERNMENTS = [
    # East Asia and Pacific
    ("JP", "Government of Japan", "日本国政府", "full"),
    ("CN", "Government of the People's Republic of China", "中华人民共和国政府", None),
    ("KR", "Government of the Republic of Korea", "대한민국 정부", None),
    ("TH", "Government of Thailand", "รัฐบาลไทย", "changes"),
    ("PH", "Government of the Philippines", "Pamahalaan ng Pilipinas", "full_moving"),
    ("VN", "Government of Viet Nam", "Chính phủ Việt Nam", None),
    ("KH", "Royal Government of Cambodia", "រាជរដ្ឋាភិបាលកម្ពុជា", None),
    ("ID", "Government of the Republic of Indonesia", "Pemerintah Republik Indonesia", None),
    ("AU", "Government of Australia", "", None),
    ("NZ", "Government of New Zealand", "", "not_started"),
    # South Asia
    ("IN", "Government of India", "भारत सरकार", None),
    ("BD", "Government of the People's Republic of Bangladesh", "গণপ্রজাতন্ত্রী বাংলাদেশ সরকার", None),
    ("NP", "Government of Nepal", "नेपाल सरकार", None),
    ("LK", "Government of Sri Lanka", "", None),
    ("PK", "Government of Pakistan", "حکومتِ پاکستان", "late"),
    # Arab and African states
    ("MA", "Government of the Kingdom of Morocco", "حكومة المملكة المغربية", "reviewing"),
    ("EG", "Government of the Arab Republic of Egypt", "حكومة جمهورية مصر العربية", None),
    ("JO", "Government of the Hashemite Kingdom of Jordan", "حكومة المملكة الأردنية الهاشمية", None),
    ("TN", "Government of Tunisia", "الحكومة التونسية", None),
    ("IR", "Government of the Islamic Republic of Iran", "دولت جمهوری اسلامی ایران", None),
    ("KE", "Government of the Republic of Kenya", "", None),
    ("NG", "Government of the Federal Republic of Nigeria", "", None),
    ("GH", "Government of Ghana", "", None),
    ("SN", "Government of Senegal", "Gouvernement du Sénégal", "late"),
    ("ZA", "Government of the Republic of South Africa", "", None),
    # Europe and Central Asia
    ("SE", "Government of Sweden", "Sveriges regering", "accredited"),
    ("NO", "Government of Norway", "Regjeringen", None),
    ("HU", "Government of the Republic of Hungary", "A Magyar Köztársaság Kormánya", "reviewing"),
    ("FR", "Government of France", "Gouvernement de la République française", None),
    ("ES", "Government of Spain", "Gobierno de España", None),
    ("RU", "Government of the Russian Federation", "Правительство Российской Федерации", None),
    ("DE", "Government of the Federal Republic of Germany", "Bundesregierung", None),
    ("GB", "Government of the United Kingdom", "", None),
    ("IT", "Government of Italy", "Governo italiano", None),
    ("NL", "Government of the Netherlands", "Nederlandse regering", "not_started"),
    # North America
    ("US", "Government of the United States of America", "", "full"),
    ("CA", "Government of Canada", "Gouvernement du Canada", None),
    ("MX", "Government of Mexico", "Gobierno de los Estados Unidos Mexicanos", None),
    # Latin America and the Caribbean
    ("BR", "Government of Brazil", "Governo da República Federativa do Brasil", None),
    ("UY", "Government of Uruguay", "Gobierno de la República Oriental del Uruguay", "accredited"),
    ("AR", "Government of Argentina", "Gobierno de la República Argentina", None),
    ("CO", "Government of Colombia", "Gobierno de la República de Colombia", None),
    ("CR", "Government of Costa Rica", "Gobierno de la República de Costa Rica", None),
]

GOVERNMENT_QUOTA = 10
IGO_QUOTA = 2

# UN bodies and other intergovernmental organisations: all get a delegation with 2 places.
# (slug for the focal point's e-mail, kind, name, acronym, country of headquarters, nationality pool)
IGOS = [
    ("unicef", "un_body", "United Nations Children's Fund", "UNICEF", "US", ["US", "JP", "TH", "KE", "SE"]),
    ("ilo", "un_body", "International Labour Organization", "ILO", "CH", ["FR", "IN", "BR", "DE"]),
    (
        "unhcr",
        "un_body",
        "Office of the United Nations High Commissioner for Refugees",
        "UNHCR",
        "CH",
        ["NO", "KE", "PK", "IT"],
    ),
    (
        "ohchr",
        "un_body",
        "Office of the United Nations High Commissioner for Human Rights",
        "OHCHR",
        "CH",
        ["FR", "MX", "EG", "GB"],
    ),
    (
        "escap",
        "un_body",
        "United Nations Economic and Social Commission for Asia and the Pacific",
        "ESCAP",
        "TH",
        ["TH", "PH", "IN", "AU"],
    ),
    ("coe", "igo", "Council of Europe", "", "FR", ["FR", "HU", "DE", "ES"]),
    ("iom", "igo", "International Organization for Migration", "IOM", "CH", ["IT", "PH", "CO", "NL"]),
    ("iin", "igo", "Inter-American Children's Institute", "IIN", "UY", ["UY", "AR", "MX", "CR"]),
    (
        "interpol",
        "igo",
        "International Criminal Police Organization",
        "INTERPOL",
        "FR",
        ["FR", "GB", "NG", "AU"],
    ),
]

# NGOs: (slug, name, acronym, country, ECOSOC status, nationality pool, registrations).
NGOS = [
    ("ecpat", "ECPAT International", "ECPAT", "TH", "special", ["TH", "PH", "SE", "GB", "NP", "US"], 7),
    (
        "save-the-children",
        "International Save the Children Alliance",
        "",
        "GB",
        "general",
        ["GB", "SE", "NO", "BD", "ZA"],
        5,
    ),
    (
        "terre-des-hommes",
        "Terre des hommes International Federation",
        "TdH",
        "CH",
        "special",
        ["CH", "DE", "NL", "IN", "CO"],
        4,
    ),
    ("world-vision", "World Vision International", "WVI", "US", "general", ["US", "KH", "KE", "AU"], 4),
    # Plan was granted consultative status later, as we read it; in 2001 the demo sends it down the dossier path.
    # UNVERIFIED.
    ("plan", "Plan International", "", "GB", "none", ["GB", "NL", "PH", "SN"], 3),
    ("dci", "Defence for Children International", "DCI", "CH", "special", ["CH", "CR", "NL", "GH"], 3),
    ("anti-slavery", "Anti-Slavery International", "", "GB", "special", ["GB", "IN", "BR"], 2),
    # Local NGOs: fictional.
    ("kanagawa-network", "Kanagawa Children's Rights Network (fictional)", "", "JP", "none", ["JP"], 4),
    ("nina-segura", "Asociación Niñez Segura (fictional)", "", "UY", "none", ["UY", "AR"], 3),
    ("mekong-shelter", "Mekong Youth Shelter Network (fictional)", "", "KH", "none", ["KH", "VN", "TH"], 3),
    ("dhaka-street", "Dhaka Street Children Support Centre (fictional)", "", "BD", "none", ["BD"], 3),
    ("nairobi-alliance", "Nairobi Child Protection Alliance (fictional)", "", "KE", "none", ["KE"], 2),
    ("rabat-enfance", "Association Enfance et Dignité, Rabat (fictional)", "", "MA", "none", ["MA", "TN"], 3),
    ("moscow-centre", "Moscow Centre for Children at Risk (fictional)", "", "RU", "none", ["RU"], 2),
]

# Companies and business associations: (slug, name, acronym, country, nationality pool, registrations).
COMPANIES = [
    ("jata", "Japan Association of Travel Agents", "JATA", "JP", ["JP"], 3),
    ("uftaa", "Universal Federation of Travel Agents' Associations", "UFTAA", "MC", ["FR", "IT", "TH"], 2),
    ("euroispa", "European Internet Services Providers Association", "EuroISPA", "BE", ["DE", "NL", "GB"], 2),
    (
        "kanagawa-net",
        "Kanagawa Net Communications (fictional internet service provider)",
        "",
        "JP",
        ["JP"],
        2,
    ),
]

# Media outlets: (slug, name, name in its own language, country, nationality pool, registrations).
MEDIA = [
    ("japan-times", "The Japan Times", "ジャパンタイムズ", "JP", ["JP", "GB", "US"], 3),
    ("nhk", "NHK (Japan Broadcasting Corporation)", "日本放送協会", "JP", ["JP"], 4),
    ("kyodo", "Kyodo News", "共同通信社", "JP", ["JP"], 2),
    ("le-monde", "Le Monde", "Le Monde", "FR", ["FR"], 2),
    ("el-pais", "El País", "El País", "ES", ["ES"], 2),
    ("al-ahram", "Al-Ahram", "الأهرام", "EG", ["EG"], 2),
    ("xinhua", "Xinhua News Agency", "新华通讯社", "CN", ["CN"], 3),
    ("voa", "Voice of America", "", "US", ["US", "TH"], 2),
    ("bbc", "BBC", "", "GB", ["GB", "IN"], 3),
]

ORGANISATION_WEBSITES = {
    "unicef": "https://www.unicef.org/",
    "ilo": "https://www.ilo.org/",
    "unhcr": "https://www.unhcr.org/",
    "ohchr": "https://www.ohchr.org/",
    "escap": "https://www.unescap.org/",
    "coe": "https://www.coe.int/",
    "iom": "https://www.iom.int/",
    "iin": "https://www.iin.oea.org/",
    "interpol": "https://www.interpol.int/",
    "ecpat": "https://ecpat.org/",
    "save-the-children": "https://www.savethechildren.net/",
    "terre-des-hommes": "https://www.terredeshommes.org/",
    "world-vision": "https://www.wvi.org/",
    "plan": "https://plan-international.org/",
    "dci": "https://defenceforchildren.org/",
    "anti-slavery": "https://www.antislavery.org/",
    "jata": "https://www.jata-net.or.jp/",
    "euroispa": "https://www.euroispa.org/",
    "japan-times": "https://www.japantimes.co.jp/",
    "nhk": "https://www.nhk.or.jp/",
    "kyodo": "https://www.kyodonews.jp/",
    "le-monde": "https://www.lemonde.fr/",
    "el-pais": "https://elpais.com/",
    "al-ahram": "https://www.ahram.org.eg/",
    "xinhua": "https://www.news.cn/",
    "voa": "https://www.voanews.com/",
    "bbc": "https://www.bbc.co.uk/",
}

# Focal points whose log-ins the seed report prints.
REPORTED_FOCAL_POINTS = ["se", "th", "unicef"]

# --- What reviewers and focal points wrote ---------------------------------------------------------------------

REASONS = {
    "government_info": [
        "The note verbale does not list this person. Please upload an updated note verbale from the Ministry.",
        "Please give the title and ministry exactly as they appear in the note verbale.",
        "The passport expires before 20 December 2001: please give the details of the new passport for the "
        "visa-support letter.",
    ],
    "government_rejected_focal_point": "Not part of the official delegation: the Ministry did not nominate this "
    "person.",
    "government_rejected_secretariat": "Registered twice: this person is already a member of the delegation "
    "under another registration.",
    "government_withdrawn": [
        "Cannot travel to Yokohama: change of schedule at the Ministry.",
        "Withdrawn at the Ministry's request.",
    ],
    "igo_info": "Please upload the letter signed by the head of the organisation listing this person.",
    "igo_withdrawn": "Withdrawn at the organisation's request.",
    "ngo_info": [
        "Please send the accreditation dossier: constitution, latest annual report and financial statement.",
        "Please tell us the year your organisation was granted consultative status with ECOSOC.",
    ],
    "ngo_rejected": "The organisation's work is not related to the rights of the child; the Congress cannot "
    "accredit it.",
    "ngo_waitlisted": "The places reserved for NGO participants in the plenary hall are taken; you are on the "
    "waiting list and we will write to you if a place frees up.",
    "ngo_withdrawn": "At the participant's request, by e-mail.",
    "private_sector_info": "Please tell us which of your company's policies or activities concern the "
    "protection of children (for example a code of conduct for staff or suppliers).",
    "media_info": "The letter of assignment is not signed by the editor: please upload a signed and dated "
    "letter on the outlet's letterhead.",
    "media_rejected": "An NGO newsletter is not accredited as media. Please register as an NGO participant.",
    "media_waitlisted": "The media centre is at capacity; you are on the waiting list.",
}
