"""FAQ of the demo desk, part 1: the congress, registration, visas and travel, hotels (each entry: the team that
wrote it)."""

FAQ_PRACTICAL = [
    {
        "topic": "hotel_logistics",
        "team": "secretariat",
        "keywords": "date, dates, where, venue, place, Pacifico, Yokohama, lieu, fecha, lugar, 会場, 日程, 地点, "
        "место, مكان",
        "question": {
            "en": "When and where is the Congress?",
            "fr": "Quand et où le Congrès a-t-il lieu ?",
            "es": "¿Cuándo y dónde se celebra el Congreso?",
            "ar": "متى وأين يُعقد المؤتمر؟",
            "ru": "Когда и где проходит Конгресс?",
            "zh-hans": "大会何时何地举行？",
            "ja": "会議はいつ、どこで開かれますか。",
        },
        "answer": {
            "en": "From 17 to 20 December 2001 at The Conference Centre, Pacifico Yokohama, Japan. All times on "
            "this site are Japan Standard Time (UTC+9).",
            "fr": "Du 17 au 20 décembre 2001, au Centre de conférences de Pacifico Yokohama (Japon). Toutes les "
            "heures indiquées sur ce site sont à l'heure normale du Japon (UTC+9).",
            "es": "Del 17 al 20 de diciembre de 2001, en el Centro de Conferencias de Pacifico Yokohama (Japón). "
            "Todas las horas de este sitio corresponden a la hora estándar del Japón (UTC+9).",
            "ar": "من 17 إلى 20 كانون الأول/ديسمبر 2001 في مركز المؤتمرات، باسيفيكو يوكوهاما، اليابان. جميع "
            "المواعيد في هذا الموقع بتوقيت اليابان الرسمي (التوقيت العالمي +9).",
            "ru": "С 17 по 20 декабря 2001 года в Конференц-центре «Пасифико Иокогама» (Япония). Всё время на "
            "этом сайте указано по японскому стандартному времени (UTC+9).",
            "zh-hans": "2001年12月17日至20日，在日本横滨太平洋会议中心举行。本网站所列时间均为日本标准时间"
            "（UTC+9）。",
            "ja": "2001年12月17日から20日まで、パシフィコ横浜の会議センターで開かれます。このサイトの時刻はすべて"
            "日本標準時（UTC+9）です。",
        },
    },
    {
        "topic": "registration",
        "team": "secretariat",
        "keywords": "who, participate, attend, participants, qui, quién, 参加, 参加者, 谁, участники, المشاركة",
        "question": {
            "en": "Who can take part in the Congress?",
            "fr": "Qui peut participer au Congrès ?",
            "es": "¿Quién puede participar en el Congreso?",
            "ar": "من يمكنه المشاركة في المؤتمر؟",
            "ru": "Кто может участвовать в Конгрессе?",
            "zh-hans": "哪些人可以参加大会？",
            "ja": "会議にはだれが参加できますか。",
        },
        "answer": {
            "en": "Government delegations, non-governmental organizations (NGOs), United Nations and other relevant "
            "intergovernmental bodies, private sector representatives and media. Children and young people also "
            "take part and, before the Congress, meet from 13 to 16 December in Kawasaki for a special youth "
            "event. Each category registers in its own way: see “Who participates, and how”.",
            "fr": "Les délégations gouvernementales, les organisations non gouvernementales (ONG), les organismes "
            "des Nations Unies et les autres organismes intergouvernementaux concernés, les représentants du "
            "secteur privé et les médias. Des enfants et des jeunes participent aussi et se réunissent auparavant, "
            "du 13 au 16 décembre, à Kawasaki pour une rencontre qui leur est consacrée. Chaque catégorie "
            "s'inscrit à sa manière : voir « Qui participe, et comment ».",
            "es": "Las delegaciones gubernamentales, las organizaciones no gubernamentales (ONG), las Naciones "
            "Unidas y otros organismos intergubernamentales pertinentes, los representantes del sector privado y "
            "los medios de comunicación. También participan niños, niñas y jóvenes, que antes del Congreso se "
            "reúnen del 13 al 16 de diciembre en Kawasaki en un encuentro especial. Cada categoría se inscribe a "
            "su manera: véase «Quién participa y cómo».",
            "ar": "الوفود الحكومية، والمنظمات غير الحكومية، والأمم المتحدة وسائر الهيئات الحكومية الدولية المعنية، "
            "وممثلو القطاع الخاص، ووسائط الإعلام. ويشارك أيضًا الأطفال والشباب، ويلتقون قبل المؤتمر من 13 إلى 16 "
            "كانون الأول/ديسمبر في كاواساكي في لقاء خاص بهم. ولكل فئة طريقتها في التسجيل.",
            "ru": "Правительственные делегации, неправительственные организации (НПО), Организация Объединённых "
            "Наций и другие соответствующие межправительственные органы, представители частного сектора и "
            "средства массовой информации. В Конгрессе участвуют также дети и молодёжь, которые перед ним, с 13 "
            "по 16 декабря, собираются в Кавасаки на специальную молодёжную встречу. Каждая категория "
            "регистрируется по-своему.",
            "zh-hans": "各国政府代表团、非政府组织、联合国及其他相关政府间机构、私营部门代表和媒体。儿童和青年也"
            "参加大会，并在大会之前于12月13日至16日在川崎参加专门的青年活动。各类参加者的登记方式各不相同。",
            "ja": "政府代表団、非政府組織（NGO）、国連およびその他の関係政府間機関、民間セクターの代表、報道関係者"
            "です。子どもと若者も参加し、会議に先立って12月13日から16日まで川崎で特別なユースイベントに集います。"
            "参加の手続きは区分ごとに異なります。",
        },
    },
    {
        "topic": "registration",
        "team": "secretariat",
        "keywords": "deadline, closing date, late, date limite, plazo, 締切, 締め切り, 截止, срок, موعد",
        "question": {
            "en": "What are the registration deadlines?",
            "fr": "Quelles sont les dates limites d'inscription ?",
            "es": "¿Cuáles son los plazos de inscripción?",
            "ja": "参加登録の締切はいつですか。",
        },
        "answer": {
            "en": "Government delegations and intergovernmental organisations: nominations by 30 November 2001. "
            "NGOs in consultative status with ECOSOC and the private sector: registration by 30 November 2001. "
            "Other NGOs, with an accreditation dossier: by 15 November 2001. Young people: nominations by 15 "
            "November 2001. Media: accreditation by 10 December 2001.",
            "fr": "Délégations gouvernementales et organisations intergouvernementales : désignations jusqu'au "
            "30 novembre 2001. ONG dotées du statut consultatif auprès de l'ECOSOC et secteur privé : "
            "inscriptions jusqu'au 30 novembre 2001. Autres ONG, avec un dossier d'accréditation : jusqu'au "
            "15 novembre 2001. Jeunes : désignations jusqu'au 15 novembre 2001. Médias : accréditation jusqu'au "
            "10 décembre 2001.",
            "es": "Delegaciones gubernamentales y organizaciones intergubernamentales: propuestas hasta el 30 de "
            "noviembre de 2001. ONG reconocidas como entidades consultivas por el ECOSOC y sector privado: "
            "inscripción hasta el 30 de noviembre de 2001. Otras ONG, con un expediente de acreditación: hasta el "
            "15 de noviembre de 2001. Jóvenes: propuestas hasta el 15 de noviembre de 2001. Medios de "
            "comunicación: acreditación hasta el 10 de diciembre de 2001.",
            "ja": "政府代表団と政府間機関：推薦は2001年11月30日まで。ECOSOC協議資格を持つNGOと民間セクター：登録は"
            "2001年11月30日まで。その他のNGO（書類一式を提出）：2001年11月15日まで。若者：推薦は2001年11月15日"
            "まで。報道関係者：取材登録は2001年12月10日まで。",
        },
    },
    {
        "topic": "registration",
        "team": "secretariat",
        "keywords": "government, delegation, focal point, note verbale, gouvernement, gobierno, 政府, 代表団, "
        "政府代表团, делегация, وفد",
        "question": {
            "en": "How is a government delegation registered?",
            "fr": "Comment une délégation gouvernementale est-elle inscrite ?",
            "es": "¿Cómo se inscribe una delegación gubernamental?",
            "ja": "政府代表団はどのように登録しますか。",
        },
        "answer": {
            "en": "The Ministry of Foreign Affairs or the Permanent Mission names a focal point and sends a note "
            "verbale listing the delegation. The focal point then nominates each member on this site: up to 10 "
            "places per delegation. The secretariat confirms each registration by e-mail.",
            "fr": "Le Ministère des affaires étrangères ou la Mission permanente désigne un correspondant et "
            "envoie une note verbale indiquant la composition de la délégation. Le correspondant désigne ensuite "
            "chaque membre sur ce site : 10 places au plus par délégation. Le secrétariat confirme chaque "
            "inscription par courrier électronique.",
            "es": "El Ministerio de Relaciones Exteriores o la Misión Permanente designa a un coordinador y envía "
            "una nota verbal con la composición de la delegación. El coordinador inscribe después a cada miembro "
            "en este sitio: hasta 10 plazas por delegación. La secretaría confirma cada inscripción por correo "
            "electrónico.",
            "ja": "外務省または政府代表部が窓口担当者を指名し、代表団の構成を記した口上書を送付します。その後、"
            "窓口担当者がこのサイトで各メンバーを推薦します（1代表団あたり最大10名）。事務局が登録をそれぞれ"
            "電子メールで確認します。",
        },
    },
    {
        "topic": "registration",
        "team": "ngo-group",
        "keywords": "NGO, ECOSOC, dossier, consultative status, ONG, 協議資格, 非政府组织, НПО, منظمة غير حكومية",
        "question": {
            "en": "Can an NGO without ECOSOC consultative status take part?",
            "fr": "Une ONG sans statut consultatif auprès de l'ECOSOC peut-elle participer ?",
            "es": "¿Puede participar una ONG que no es entidad consultiva del ECOSOC?",
            "ja": "ECOSOCの協議資格を持たないNGOも参加できますか。",
        },
        "answer": {
            "en": "Yes. NGOs working to eliminate commercial sexual exploitation of children apply with an "
            "accreditation dossier: their purpose, activities relevant to the Congress, latest annual report and "
            "financial statement, governing body and constitution. ECPAT reviews the registrations, then the NGO "
            "Group for the Convention on the Rights of the Child.",
            "fr": "Oui. Les ONG qui œuvrent à l'élimination de l'exploitation sexuelle des enfants à des fins "
            "commerciales présentent un dossier d'accréditation : objet, activités en rapport avec le Congrès, "
            "dernier rapport annuel et états financiers, organe directeur et statuts. ECPAT examine les "
            "inscriptions, puis le Groupe des ONG pour la Convention relative aux droits de l'enfant.",
            "es": "Sí. Las ONG que trabajan para eliminar la explotación sexual comercial de los niños presentan "
            "un expediente de acreditación: objeto, actividades relacionadas con el Congreso, último informe "
            "anual y estados financieros, órgano de gobierno y estatutos. ECPAT examina las inscripciones y, "
            "luego, el Grupo de ONG para la Convención sobre los Derechos del Niño.",
            "ja": "はい。児童の商業的性的搾取の根絶に取り組むNGOは、団体の目的、会議に関連する活動、最新の年次報告"
            "書と財務諸表、理事会などの運営機関、定款をまとめた書類一式を提出して申請します。ECPATが審査し、次に"
            "児童の権利条約NGOグループが審査します。",
        },
    },
    {
        "topic": "visa_travel",
        "team": "secretariat",
        "keywords": "visa, embassy, consulate, letter, invitation, visado, ビザ, 査証, 招へい状, 签证, виза, "
        "تأشيرة",
        "question": {
            "en": "Do I need a visa to travel to Japan?",
            "fr": "Ai-je besoin d'un visa pour me rendre au Japon ?",
            "es": "¿Necesito un visado para viajar al Japón?",
            "ar": "هل أحتاج إلى تأشيرة للسفر إلى اليابان؟",
            "ru": "Нужна ли мне виза для поездки в Японию?",
            "zh-hans": "去日本需要签证吗？",
            "ja": "日本に入国するのにビザは必要ですか。",
        },
        "answer": {
            "en": "It depends on your nationality: ask the Embassy or Consulate of Japan in your country. "
            "Participants who need a visa can ask for a visa-support letter when they register, and download it "
            "from their registration page once the registration is approved. The letter does not guarantee a "
            "visa and implies no financial support. Apply early: allow at least three weeks.",
            "fr": "Cela dépend de votre nationalité : renseignez-vous auprès de l'ambassade ou du consulat du "
            "Japon dans votre pays. Les participants qui ont besoin d'un visa peuvent demander une lettre d'appui "
            "lors de leur inscription et la télécharger depuis leur page d'inscription une fois celle-ci "
            "approuvée. La lettre ne garantit pas l'obtention du visa et n'implique aucune prise en charge "
            "financière. Faites la demande tôt : comptez au moins trois semaines.",
            "es": "Depende de su nacionalidad: consulte a la Embajada o el Consulado del Japón en su país. Los "
            "participantes que necesitan visado pueden pedir una carta de apoyo al inscribirse y descargarla de su "
            "página de inscripción cuando esta haya sido aprobada. La carta no garantiza el visado ni implica "
            "apoyo financiero. Solicítelo con tiempo: cuente al menos tres semanas.",
            "ar": "يتوقف ذلك على جنسيتك: استفسر لدى سفارة اليابان أو قنصليتها في بلدك. ويمكن للمشاركين الذين "
            "يحتاجون إلى تأشيرة أن يطلبوا رسالة دعم لطلب التأشيرة عند التسجيل، ثم تنزيلها من صفحة تسجيلهم بعد "
            "الموافقة على التسجيل. ولا تضمن الرسالة الحصول على التأشيرة ولا تعني أي دعم مالي. قدّم طلبك مبكرًا: "
            "ثلاثة أسابيع على الأقل.",
            "ru": "Это зависит от вашего гражданства: обратитесь в посольство или консульство Японии в вашей "
            "стране. Участники, которым нужна виза, могут при регистрации запросить письмо в поддержку визы и "
            "скачать его со своей страницы регистрации после её утверждения. Письмо не гарантирует получение визы "
            "и не означает финансовой поддержки. Подавайте документы заранее, не менее чем за три недели.",
            "zh-hans": "这取决于您的国籍，请向日本驻贵国大使馆或领事馆咨询。需要签证的参加者可在登记时申请签证支持"
            "函，登记获批后即可在本人登记页面下载。该函件不保证获得签证，也不意味着提供任何资助。请尽早申请，"
            "至少预留三周时间。",
            "ja": "国籍によって異なりますので、お住まいの国の日本大使館・総領事館にお問い合わせください。ビザが必要"
            "な参加者は、登録の際にビザ申請用の書簡を依頼でき、登録が承認されると登録ページからダウンロードでき"
            "ます。書簡はビザの発給を保証するものではなく、費用の負担を意味するものでもありません。少なくとも3週間"
            "の余裕をもって申請してください。",
        },
    },
    {
        "topic": "visa_travel",
        "team": "secretariat",
        "keywords": "airport, Narita, Haneda, train, bus, transport, aéroport, aeropuerto, 成田, 空港, 机场, "
        "аэропорт, مطار",
        "question": {
            "en": "How do I get from the airport to Pacifico Yokohama?",
            "fr": "Comment aller de l'aéroport à Pacifico Yokohama ?",
            "es": "¿Cómo llego del aeropuerto a Pacifico Yokohama?",
            "ar": "كيف أصل من المطار إلى باسيفيكو يوكوهاما؟",
            "ru": "Как добраться из аэропорта до «Пасифико Иокогама»?",
            "zh-hans": "如何从机场前往横滨太平洋会议中心？",
            "ja": "空港からパシフィコ横浜まではどう行けばよいですか。",
        },
        "answer": {
            "en": "Narita International Airport is about 90 minutes from Yokohama by train or airport limousine "
            "bus. Pacifico Yokohama is on the waterfront of the Minato Mirai 21 district, about 30 minutes by "
            "train from central Tokyo; the nearest station is Sakuragicho, a 15-minute walk away. The "
            "organisers do not meet participants at the airport.",
            "fr": "L'aéroport international de Narita est à environ 90 minutes de Yokohama en train ou en "
            "autocar (« limousine bus »). Pacifico Yokohama se trouve au bord de l'eau, dans le quartier de "
            "Minato Mirai 21, à une trentaine de minutes en train du centre de Tokyo ; la gare la plus proche "
            "est Sakuragicho, à 15 minutes à pied. Les organisateurs n'accueillent pas les participants à "
            "l'aéroport.",
            "es": "El Aeropuerto Internacional de Narita está a unos 90 minutos de Yokohama en tren o en autobús "
            "(«limousine bus»). Pacifico Yokohama está junto al mar, en el barrio de Minato Mirai 21, a unos 30 "
            "minutos en tren del centro de Tokio; la estación más cercana es Sakuragicho, a 15 minutos a pie. "
            "Los organizadores no reciben a los participantes en el aeropuerto.",
            "ar": "يبعد مطار ناريتا الدولي نحو 90 دقيقة عن يوكوهاما بالقطار أو بحافلة المطار. ويقع باسيفيكو "
            "يوكوهاما على الواجهة البحرية لحي ميناتو ميراي 21، على بعد نحو 30 دقيقة بالقطار من وسط طوكيو؛ وأقرب "
            "محطة هي ساكوراغيتشو، على بعد 15 دقيقة سيرًا على الأقدام. ولا يستقبل المنظمون المشاركين في المطار.",
            "ru": "Международный аэропорт Нарита находится примерно в 90 минутах от Иокогамы на поезде или "
            "автобусе-лимузине. «Пасифико Иокогама» расположен на набережной района Минато-Мирай 21, примерно в "
            "30 минутах на поезде от центра Токио; ближайшая станция — Сакурагитё, в 15 минутах ходьбы. "
            "Организаторы не встречают участников в аэропорту.",
            "zh-hans": "成田国际机场距横滨乘火车或机场大巴约90分钟。横滨太平洋会议中心位于港未来21区的海滨，距东京"
            "市中心乘火车约30分钟；最近的车站是樱木町站，步行约15分钟。主办方不安排接机。",
            "ja": "成田国際空港から横浜までは、電車またはリムジンバスで約90分です。パシフィコ横浜はみなとみらい21"
            "地区の海沿いにあり、東京都心から電車で約30分、最寄りの桜木町駅から徒歩約15分です。空港での出迎えは"
            "行っておりません。",
        },
    },
    {
        "topic": "hotel_logistics",
        "team": "secretariat",
        "keywords": "hotel, room, accommodation, shuttle, hôtel, hotel, 宿泊, ホテル, 酒店, гостиница, فندق",
        "question": {
            "en": "Does the Congress book hotel rooms for participants?",
            "fr": "Le Congrès réserve-t-il des chambres d'hôtel pour les participants ?",
            "es": "¿El Congreso reserva habitaciones de hotel para los participantes?",
            "ja": "会議事務局がホテルを予約してくれますか。",
        },
        "answer": {
            "en": "No: participants book their own rooms. Rooms at preferential rates are held until 16 November "
            "2001 in several hotels near Pacifico Yokohama: mention the Congress when you book. Shuttle buses run "
            "between these hotels and the Conference Centre in the morning and the evening from 17 to 20 "
            "December.",
            "fr": "Non : les participants réservent eux-mêmes leur chambre. Des chambres à tarif préférentiel "
            "sont retenues jusqu'au 16 novembre 2001 dans plusieurs hôtels proches de Pacifico Yokohama : "
            "mentionnez le Congrès lors de la réservation. Des navettes relient ces hôtels au Centre de "
            "conférences le matin et le soir, du 17 au 20 décembre.",
            "es": "No: cada participante reserva su habitación. Hasta el 16 de noviembre de 2001 hay habitaciones "
            "a tarifa preferente en varios hoteles cercanos a Pacifico Yokohama: mencione el Congreso al "
            "reservar. Del 17 al 20 de diciembre, autobuses lanzadera unen esos hoteles con el Centro de "
            "Conferencias por la mañana y por la tarde.",
            "ja": "いいえ、宿泊は各自でご予約ください。パシフィコ横浜周辺の複数のホテルで、2001年11月16日まで特別"
            "料金の客室を確保しています。予約の際に会議参加者である旨をお伝えください。12月17日から20日まで、"
            "朝と夕方にこれらのホテルと会議センターを結ぶシャトルバスを運行します。",
        },
    },
]
