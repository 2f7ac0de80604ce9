"""The categories people register in themselves: NGOs (with or without ECOSOC status), companies, media."""

from .common import BLUE, GREEN, YELLOW

SELF_REGISTRATION_CATEGORIES = [
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
]
