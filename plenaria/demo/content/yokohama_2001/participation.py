"""The ways to take part in the congress, one section per group of participants."""

PARTICIPATION = [
    {
        "position": 0,
        "team": "secretariat",
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
            "en": "Delegations of States, led by a head of delegation.",
            "fr": "Délégations des États, conduites par un chef de délégation.",
            "es": "Delegaciones de los Estados, encabezadas por un jefe de delegación.",
            "ar": "وفود الدول، ويرأس كلًّا منها رئيس وفد.",
            "ru": "Делегации государств во главе с главой делегации.",
            "zh-hans": "各国代表团，由代表团团长率领。",
            "ja": "各国の代表団で、代表団長が率います。",
        },
        "how_to_take_part": {
            "en": "The Ministry of Foreign Affairs or the Permanent Mission names a focal point "
            "and sends a note verbale listing the delegation. The focal point then nominates "
            "each member.",
            "fr": "Le Ministère des affaires étrangères ou la Mission permanente désigne un correspondant "
            "et adresse une note verbale indiquant la composition de la délégation. Le correspondant "
            "désigne ensuite chacun de ses membres.",
            "es": "El Ministerio de Relaciones Exteriores o la Misión Permanente designa a un coordinador y "
            "envía una nota verbal con la composición de la delegación. A continuación, el coordinador "
            "propone a cada uno de sus miembros.",
            "ar": "تعيِّن وزارة الخارجية أو البعثة الدائمة جهة تنسيق، وترسل مذكرة شفوية تتضمن قائمة بأعضاء "
            "الوفد. ثم تتولى جهة التنسيق تسمية كل عضو من أعضائه.",
            "ru": "Министерство иностранных дел или постоянное представительство назначает координатора и "
            "направляет вербальную ноту со списком членов делегации. Затем координатор выдвигает каждого "
            "члена делегации.",
            "zh-hans": "外交部或常驻代表团指定一名联络人，并发出列明代表团组成的普通照会。"
            "随后由联络人逐一提名各成员。",
            "ja": "外務省または常駐代表部が担当窓口（フォーカルポイント）を指名し、代表団の名簿を記載した口"
            "上書を送付します。その後、担当窓口が各団員を推薦します。",
        },
    },
    {
        "position": 1,
        "team": "unicef",
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
            "en": "UN agencies, funds and programmes and other relevant intergovernmental bodies.",
            "fr": "Institutions, fonds et programmes des Nations Unies et autres organismes "
            "intergouvernementaux concernés.",
            "es": "Organismos, fondos y programas de las Naciones Unidas y otros organismos "
            "intergubernamentales pertinentes.",
            "ar": "وكالات الأمم المتحدة وصناديقها وبرامجها وغيرها من الهيئات الحكومية الدولية المعنية.",
            "ru": "Учреждения, фонды и программы Организации Объединенных Наций и другие соответствующие "
            "межправительственные органы.",
            "zh-hans": "联合国各机构、基金和方案以及其他相关政府间机构。",
            "ja": "国連の専門機関、基金・計画およびその他の関係政府間機関。",
        },
        "how_to_take_part": {
            "en": "Register with a letter signed by the head of the organisation listing its "
            "participants and their functions.",
            "fr": "L'inscription se fait au moyen d'une lettre signée par le chef de l'organisation, "
            "indiquant ses participants et leurs fonctions.",
            "es": "La inscripción se realiza mediante una carta firmada por el jefe de la organización en "
            "la que figuren sus participantes y sus funciones.",
            "ar": "يجري التسجيل برسالة موقعة من رئيس المنظمة تتضمن قائمة بالمشاركين ووظائفهم.",
            "ru": "Регистрация осуществляется на основании письма за подписью руководителя организации с "
            "перечнем участников и их функций.",
            "zh-hans": "凭该组织负责人签署的信函进行登记，信函须列明参会人员及其职务。",
            "ja": "機関の長が署名し、参加者とその職務を記載した書簡により登録します。",
        },
    },
    {
        "position": 2,
        "team": "ecpat",
        "name": {
            "en": "Non-governmental organizations",
            "fr": "Organisations non gouvernementales",
            "es": "Organizaciones no gubernamentales",
            "ar": "المنظمات غير الحكومية",
            "ru": "Неправительственные организации",
            "zh-hans": "非政府组织",
            "ja": "非政府組織（NGO）",
        },
        "description": {
            "en": "NGOs working to eliminate commercial sexual exploitation of children.",
            "fr": "ONG œuvrant à l'élimination de l'exploitation sexuelle des enfants à des fins "
            "commerciales.",
            "es": "ONG que trabajan para eliminar la explotación sexual comercial de los niños.",
            "ar": "المنظمات غير الحكومية العاملة على القضاء على الاستغلال الجنسي التجاري للأطفال.",
            "ru": "НПО, работающие в целях искоренения коммерческой сексуальной эксплуатации детей.",
            "zh-hans": "致力于消除商业性性剥削儿童的非政府组织。",
            "ja": "児童の商業的性的搾取の根絶に取り組むNGO。",
        },
        "how_to_take_part": {
            "en": "NGOs in consultative status with ECOSOC take the short path; others present "
            "their purpose, activities and governance.",
            "fr": "Les ONG dotées du statut consultatif auprès de l'ECOSOC suivent une procédure "
            "simplifiée. Les autres présentent leurs buts, leurs activités et leur mode de gouvernance.",
            "es": "Las ONG reconocidas como entidades consultivas por el ECOSOC siguen un procedimiento "
            "simplificado; las demás presentan sus fines, actividades y estructura de gobierno.",
            "ar": "تتبع المنظمات غير الحكومية ذات المركز الاستشاري لدى المجلس الاقتصادي والاجتماعي إجراءً "
            "مبسطًا، أما غيرها فتقدم بيانًا بأهدافها وأنشطتها وهيكل إدارتها.",
            "ru": "НПО, имеющие консультативный статус при ЭКОСОС, проходят упрощенную процедуру; остальные "
            "представляют сведения о своих целях, деятельности и структуре управления.",
            "zh-hans": "具有经社理事会咨商地位的非政府组织适用简化程序；其他组织须说明其宗旨、"
            "活动和治理结构。",
            "ja": "国連経済社会理事会（ECOSOC）との協議資格を持つNGOは簡易な手続で登録できます。"
            "その他のNGOは、目的、活動および運営体制を提出します。",
        },
    },
    {
        "position": 3,
        "team": "ecpat",
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
            "en": "Companies and business associations, for example in tourism, travel and technology.",
            "fr": "Entreprises et associations professionnelles, par exemple dans les secteurs du tourisme, "
            "des voyages et des technologies.",
            "es": "Empresas y asociaciones empresariales, por ejemplo de los sectores del turismo, los "
            "viajes y la tecnología.",
            "ar": "الشركات ورابطات الأعمال، ومنها على سبيل المثال العاملة في مجالات السياحة والسفر "
            "والتكنولوجيا.",
            "ru": "Компании и деловые ассоциации, например в сфере туризма, путешествий и технологий.",
            "zh-hans": "企业和商业协会，例如旅游、旅行和技术领域的企业和协会。",
            "ja": "観光、旅行、技術などの分野の企業や業界団体。",
        },
        "how_to_take_part": {
            "en": "Register individually; ECPAT reviews private sector applications.",
            "fr": "Les participants s'inscrivent individuellement. ECPAT examine les demandes du secteur "
            "privé.",
            "es": "La inscripción es individual; ECPAT examina las solicitudes del sector privado.",
            "ar": "يسجَّل المشاركون بصفة فردية، وتتولى منظمة ECPAT استعراض طلبات القطاع الخاص.",
            "ru": "Регистрация проводится в индивидуальном порядке; заявки частного сектора рассматривает "
            "ECPAT.",
            "zh-hans": "以个人身份登记；ECPAT负责审核私营部门的申请。",
            "ja": "個人単位で登録します。民間セクターからの申請はECPATが審査します。",
        },
    },
    {
        "position": 4,
        "team": "communications",
        "name": {
            "en": "Media",
            "fr": "Médias",
            "es": "Medios de comunicación",
            "ar": "وسائط الإعلام",
            "ru": "Средства массовой информации",
            "zh-hans": "媒体",
            "ja": "報道関係者",
        },
        "description": {
            "en": "Journalists covering the Congress.",
            "fr": "Journalistes couvrant le Congrès.",
            "es": "Periodistas que cubren el Congreso.",
            "ar": "الصحفيون الذين يغطون أعمال المؤتمر.",
            "ru": "Журналисты, освещающие работу Конгресса.",
            "zh-hans": "报道大会的记者。",
            "ja": "会議を取材するジャーナリスト。",
        },
        "how_to_take_part": {
            "en": "Apply with a letter of assignment, a press card and an identity document, and "
            "accept UNICEF's ethical guidelines for reporting on children.",
            "fr": "La demande est accompagnée d'une lettre d'affectation, d'une carte de presse et d'une "
            "pièce d'identité, et emporte acceptation des principes éthiques de l'UNICEF relatifs aux "
            "reportages sur les enfants.",
            "es": "La solicitud debe ir acompañada de una carta de asignación, un carné de prensa y un "
            "documento de identidad, y supone la aceptación de los principios éticos del UNICEF para "
            "informar sobre la infancia.",
            "ar": "يُقدَّم الطلب مشفوعًا بخطاب تكليف وبطاقة صحفية ووثيقة هوية، مع قبول المبادئ التوجيهية "
            "الأخلاقية لليونيسف بشأن التغطية الإعلامية المتعلقة بالأطفال.",
            "ru": "К заявке прилагаются редакционное задание, журналистское удостоверение и документ, "
            "удостоверяющий личность; заявитель также принимает этические принципы ЮНИСЕФ в отношении "
            "освещения тем, связанных с детьми.",
            "zh-hans": "申请时须提交派遣函、记者证和身份证件，并接受联合国儿童基金会关于儿童问题报道的道德准"
            "则。",
            "ja": "派遣状、記者証および身分証明書を添えて申請し、子どもに関する報道についてのユニセフの倫理"
            "ガイドラインに同意していただきます。",
        },
    },
    {
        "position": 5,
        "team": "secretariat",
        "name": {
            "en": "Children and young people",
            "fr": "Enfants et jeunes",
            "es": "Niños y jóvenes",
            "ar": "الأطفال والشباب",
            "ru": "Дети и молодежь",
            "zh-hans": "儿童和青年",
            "ja": "子どもと若者",
        },
        "description": {
            "en": "Young people take part in the Congress and meet first at the youth event in Kawasaki.",
            "fr": "Les jeunes participent au Congrès et se réunissent au préalable lors de la rencontre des "
            "jeunes à Kawasaki.",
            "es": "Los jóvenes participan en el Congreso y se reúnen previamente en el encuentro juvenil de "
            "Kawasaki.",
            "ar": "يشارك الشباب في المؤتمر، ويلتقون قبله في فعالية الشباب في كاواساكي.",
            "ru": "Молодые люди участвуют в работе Конгресса, а до его начала встречаются на молодежном "
            "мероприятии в Кавасаки.",
            "zh-hans": "青年参加大会，并在会前先参加川崎青年活动。",
            "ja": "若者は会議に参加し、それに先立ち川崎での青少年イベントに集います。",
        },
        "how_to_take_part": {
            "en": "Young people are nominated by a government or NGO delegation or a youth "
            "organisation. A parent or guardian gives consent, and a registered adult "
            "accompanies them at all times.",
            "fr": "Les jeunes sont désignés par une délégation gouvernementale ou d'ONG, ou par une "
            "organisation de jeunesse. Un parent ou un tuteur donne son consentement, et un adulte inscrit "
            "les accompagne en permanence.",
            "es": "Los jóvenes son propuestos por una delegación gubernamental o de una ONG, o por una "
            "organización juvenil. Uno de los padres o el tutor da su consentimiento, y un adulto inscrito "
            "los acompaña en todo momento.",
            "ar": "ترشِّح الشباب الوفود الحكومية أو وفود المنظمات غير الحكومية أو المنظمات الشبابية. ويعطي "
            "أحد الوالدين أو الوصي موافقته، ويرافقهم شخص بالغ مسجَّل في جميع الأوقات.",
            "ru": "Молодых участников выдвигает правительственная делегация, делегация НПО или молодежная "
            "организация. Согласие дает один из родителей или опекун, и зарегистрированный взрослый "
            "постоянно их сопровождает.",
            "zh-hans": "青年由政府代表团、非政府组织代表团或青年组织提名。须经父母或监护人同意，"
            "并由一名已登记的成年人全程陪同。",
            "ja": "若者は、政府代表団、NGO代表団または青少年団体の推薦を受けて参加します。"
            "保護者の同意が必要で、登録された大人が常に付き添います。",
        },
    },
]
