"""The published FAQ of the demo desk, in the order of the public page (each entry: the team that wrote it)."""

FAQ = [
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
    {
        "topic": "programme",
        "team": "secretariat",
        "keywords": "language, languages, interpretation, translation, langue, idioma, 言語, 通訳, 语言, "
        "перевод, لغة",
        "question": {
            "en": "In which languages is the Congress held?",
            "fr": "Dans quelles langues le Congrès se déroule-t-il ?",
            "es": "¿En qué idiomas se desarrolla el Congreso?",
            "ar": "بأي لغات يُعقد المؤتمر؟",
            "ru": "На каких языках проходит Конгресс?",
            "zh-hans": "大会使用哪些语言？",
            "ja": "会議では何語が使われますか。",
        },
        "answer": {
            "en": "Plenary sessions are interpreted into Arabic, Chinese, English, French, Japanese, Russian and "
            "Spanish. Most workshops are held in English, some with interpretation into French and Spanish: the "
            "programme says which. You can write to the organisers in any of these seven languages.",
            "fr": "Les séances plénières sont interprétées en anglais, arabe, chinois, espagnol, français, "
            "japonais et russe. La plupart des ateliers se tiennent en anglais, certains avec interprétation en "
            "français et en espagnol : le programme l'indique. Vous pouvez écrire aux organisateurs dans "
            "chacune de ces sept langues.",
            "es": "Las sesiones plenarias se interpretan al árabe, chino, español, francés, inglés, japonés y "
            "ruso. La mayoría de los talleres se celebran en inglés, algunos con interpretación al francés y al "
            "español: el programa lo indica. Puede escribir a los organizadores en cualquiera de estos siete "
            "idiomas.",
            "ar": "تُترجم الجلسات العامة ترجمة فورية إلى الإسبانية والإنكليزية والروسية والصينية والعربية "
            "والفرنسية واليابانية. وتُعقد معظم حلقات العمل بالإنكليزية، وبعضها مع ترجمة فورية إلى الفرنسية "
            "والإسبانية، كما هو مبيَّن في البرنامج. ويمكنك مراسلة المنظمين بأي من هذه اللغات السبع.",
            "ru": "На пленарных заседаниях обеспечивается синхронный перевод на английский, арабский, "
            "испанский, китайский, русский, французский и японский языки. Большинство семинаров проходит на "
            "английском языке, некоторые — с переводом на французский и испанский, что указано в программе. "
            "Писать организаторам можно на любом из этих семи языков.",
            "zh-hans": "全体会议提供阿拉伯文、中文、英文、法文、日文、俄文和西班牙文同声传译。大多数研讨会以英文进"
            "行，部分提供法文和西班牙文传译，具体见会议日程。您可以用这七种语言中的任何一种与主办方联系。",
            "ja": "全体会議では、アラビア語、中国語、英語、フランス語、日本語、ロシア語、スペイン語の同時通訳が"
            "あります。分科会の多くは英語で行われ、一部はフランス語とスペイン語の通訳付きです（プログラムに記載"
            "）。主催者へのお問い合わせは、この7言語のいずれでも受け付けます。",
        },
    },
    {
        "topic": "programme",
        "team": "ngo-group",
        "keywords": "documents, background, news, papers, documentation, documentos, 資料, 文件, документы, "
        "وثائق",
        "question": {
            "en": "Where can I find the background documents and the latest news?",
            "fr": "Où trouver la documentation de référence et les dernières nouvelles ?",
            "es": "¿Dónde encuentro la documentación de antecedentes y las últimas noticias?",
            "ar": "أين أجد الوثائق الأساسية وآخر الأخبار؟",
            "ru": "Где найти справочные документы и последние новости?",
            "zh-hans": "在哪里可以找到背景文件和最新消息？",
            "ja": "背景資料や最新のお知らせはどこで見られますか。",
        },
        "answer": {
            "en": "Background documentation and the latest news are available from mid-June 2001 at "
            "www.focalpointngo.org. The outcome documents of the six regional consultations are presented at "
            "Yokohama and annexed to the Congress's outcome.",
            "fr": "La documentation de référence et les dernières nouvelles sont disponibles depuis la mi-juin "
            "2001 sur www.focalpointngo.org. Les documents finals des six consultations régionales sont "
            "présentés à Yokohama et annexés aux conclusions du Congrès.",
            "es": "La documentación de antecedentes y las últimas noticias están disponibles desde mediados de "
            "junio de 2001 en www.focalpointngo.org. Los documentos finales de las seis consultas regionales se "
            "presentan en Yokohama y se adjuntan a los resultados del Congreso.",
            "ar": "الوثائق الأساسية وآخر الأخبار متاحة منذ منتصف حزيران/يونيه 2001 على الموقع "
            "www.focalpointngo.org. وتُعرض الوثائق الختامية للمشاورات الإقليمية الست في يوكوهاما وتُرفق بنتائج "
            "المؤتمر.",
            "ru": "Справочные документы и последние новости доступны с середины июня 2001 года на сайте "
            "www.focalpointngo.org. Итоговые документы шести региональных консультаций представляются в Иокогаме "
            "и прилагаются к итогам Конгресса.",
            "zh-hans": "自2001年6月中旬起，背景文件和最新消息可在 www.focalpointngo.org 查阅。六个区域磋商会议的"
            "成果文件将在横滨介绍，并作为大会成果的附件。",
            "ja": "背景資料と最新のお知らせは、2001年6月中旬から www.focalpointngo.org で公開しています。六つの"
            "地域協議会の成果文書は横浜で報告され、会議の成果文書に添付されます。",
        },
    },
    {
        "topic": "media_accreditation",
        "team": "communications",
        "keywords": "press, media, journalist, accreditation, badge, presse, prensa, periodista, 報道, 取材, "
        "记者, пресса, صحفي",
        "question": {
            "en": "How do journalists get accredited?",
            "fr": "Comment les journalistes obtiennent-ils leur accréditation ?",
            "es": "¿Cómo se acreditan los periodistas?",
            "ar": "كيف يحصل الصحفيون على الاعتماد؟",
            "ru": "Как журналисту получить аккредитацию?",
            "zh-hans": "记者如何办理采访注册？",
            "ja": "報道関係者の取材登録はどのように行いますか。",
        },
        "answer": {
            "en": "Apply in the media category with a letter of assignment signed by your editor, a press card and "
            "an identity document, and accept UNICEF's ethical guidelines for reporting on children. The "
            "Communications Advisor reviews the applications. Badges are collected at the press desk at Pacifico "
            "Yokohama, with the identity document.",
            "fr": "Inscrivez-vous dans la catégorie « Médias » avec une lettre de mission signée par votre "
            "rédacteur en chef, une carte de presse et une pièce d'identité, et acceptez les principes éthiques "
            "de l'UNICEF pour les reportages sur les enfants. Le Conseiller en communication examine les "
            "demandes. Les badges se retirent au bureau de presse de Pacifico Yokohama, sur présentation de la "
            "pièce d'identité.",
            "es": "Inscríbase en la categoría de medios de comunicación con una carta de asignación firmada por su "
            "editor, un carné de prensa y un documento de identidad, y acepte las directrices éticas del UNICEF "
            "para informar sobre la infancia. El Asesor de Comunicaciones examina las solicitudes. Las "
            "credenciales se recogen en el mostrador de prensa de Pacifico Yokohama, con el documento de "
            "identidad.",
            "ar": "قدّم طلبك في فئة وسائط الإعلام مع رسالة تكليف موقّعة من رئيس التحرير وبطاقة صحفية ووثيقة هوية، "
            "ووافق على المبادئ الأخلاقية لليونيسف في التغطية الإعلامية المتعلقة بالأطفال. ويراجع مستشار "
            "الاتصالات الطلبات. وتُستلم الشارات من مكتب الصحافة في باسيفيكو يوكوهاما بتقديم وثيقة الهوية.",
            "ru": "Подайте заявку в категории «СМИ», приложив письмо-задание за подписью редактора, удостоверение "
            "журналиста и документ, удостоверяющий личность, и примите этические принципы ЮНИСЕФ по освещению "
            "вопросов, касающихся детей. Заявки рассматривает советник по связям с общественностью. Бейджи "
            "выдаются на стойке прессы в «Пасифико Иокогама» по предъявлении документа.",
            "zh-hans": "请在“媒体”类别中申请，提交由主编签署的采访任务函、记者证和身份证件，并接受联合国儿童基金会"
            "关于儿童报道的道德准则。申请由传播顾问审核。证件凭身份证件在横滨太平洋会议中心的新闻服务台领取。",
            "ja": "「報道関係者」の区分で、編集責任者の署名入りの取材依頼状、記者証、身分証明書を添えて申請し、"
            "子どもに関する報道についてのユニセフの倫理指針に同意してください。申請は広報アドバイザーが審査しま"
            "す。記者証（バッジ）は、パシフィコ横浜のプレス受付で身分証明書を提示して受け取ってください。",
        },
    },
    {
        "topic": "media_accreditation",
        "team": "communications",
        "keywords": "photo, photograph, film, camera, interview, young, children, photo, foto, 写真, 撮影, "
        "拍照, фото, تصوير",
        "question": {
            "en": "May I photograph, film or interview young participants?",
            "fr": "Puis-je photographier, filmer ou interviewer de jeunes participants ?",
            "es": "¿Puedo fotografiar, filmar o entrevistar a jóvenes participantes?",
            "ja": "若い参加者を撮影したり、インタビューしたりできますか。",
        },
        "answer": {
            "en": "Only with their consent. Each young person decides whether they may be photographed or filmed "
            "and can change their mind at any time; their badge shows it. Never publish a young person's full "
            "name, school or address. Interviews with young participants are arranged through the "
            "communications team.",
            "fr": "Seulement avec leur accord. Chaque jeune décide s'il accepte d'être photographié ou filmé et "
            "peut changer d'avis à tout moment ; son badge l'indique. Ne publiez jamais le nom complet, l'école "
            "ou l'adresse d'un jeune. Les interviews de jeunes participants s'organisent avec l'équipe de la "
            "communication.",
            "es": "Solo con su consentimiento. Cada joven decide si puede ser fotografiado o filmado y puede "
            "cambiar de opinión en cualquier momento; su credencial lo indica. No publique nunca el nombre "
            "completo, la escuela ni la dirección de un joven. Las entrevistas con jóvenes participantes se "
            "organizan con el equipo de comunicaciones.",
            "ja": "本人の同意がある場合に限ります。撮影してよいかどうかは若者一人ひとりが決め、いつでも変更できます。"
            "その内容はバッジに表示されます。若者のフルネーム、学校名、住所は決して公表しないでください。若い参加"
            "者へのインタビューは広報チームを通じて調整します。",
        },
    },
    {
        "topic": "youth_event",
        "team": "unicef",
        "keywords": "youth, young, children, Kawasaki, jeunes, jóvenes, ユース, 若者, 川崎, 青年, молодёжь, "
        "شباب",
        "question": {
            "en": "When and where is the youth event, and who takes part?",
            "fr": "Quand et où la rencontre des jeunes a-t-elle lieu, et qui y participe ?",
            "es": "¿Cuándo y dónde es el encuentro de jóvenes, y quién participa?",
            "ar": "متى وأين يُعقد لقاء الشباب، ومن يشارك فيه؟",
            "ru": "Когда и где проходит молодёжная встреча и кто в ней участвует?",
            "zh-hans": "青年活动何时何地举行？谁可以参加？",
            "ja": "ユースイベントはいつ、どこで開かれ、だれが参加しますか。",
        },
        "answer": {
            "en": "Children and young people meet from 13 to 16 December 2001 in Kawasaki, Japan, before taking "
            "part in the Congress in Yokohama. They are nominated by a government or NGO delegation or a youth "
            "organisation, with a parent's or guardian's consent, and a registered adult accompanies them at all "
            "times.",
            "fr": "Les enfants et les jeunes se réunissent du 13 au 16 décembre 2001 à Kawasaki (Japon), avant de "
            "participer au Congrès à Yokohama. Ils sont présentés par une délégation gouvernementale ou d'ONG ou "
            "par une organisation de jeunesse, avec le consentement d'un parent ou tuteur, et un adulte inscrit "
            "les accompagne en permanence.",
            "es": "Los niños, niñas y jóvenes se reúnen del 13 al 16 de diciembre de 2001 en Kawasaki (Japón), "
            "antes de participar en el Congreso en Yokohama. Los propone una delegación gubernamental o de ONG o "
            "una organización juvenil, con el consentimiento de su madre, padre o tutor, y un adulto inscrito los "
            "acompaña en todo momento.",
            "ar": "يلتقي الأطفال والشباب من 13 إلى 16 كانون الأول/ديسمبر 2001 في كاواساكي باليابان، قبل مشاركتهم "
            "في المؤتمر في يوكوهاما. ويُرشَّحون من وفد حكومي أو وفد منظمة غير حكومية أو منظمة شبابية، بموافقة "
            "أحد الوالدين أو الوصي، ويرافقهم في جميع الأوقات شخص بالغ مسجَّل.",
            "ru": "Дети и молодёжь встречаются с 13 по 16 декабря 2001 года в Кавасаки (Япония), а затем "
            "участвуют в Конгрессе в Иокогаме. Их выдвигает правительственная делегация, делегация НПО или "
            "молодёжная организация с согласия родителя или опекуна, и зарегистрированный взрослый сопровождает "
            "их всё время.",
            "zh-hans": "儿童和青年于2001年12月13日至16日在日本川崎相聚，之后参加在横滨举行的大会。他们由政府代表团、"
            "非政府组织代表团或青年组织推荐，须经父母或监护人同意，并由一名已登记的成年人全程陪同。",
            "ja": "子どもと若者は、2001年12月13日から16日まで川崎に集い、その後横浜の会議に参加します。政府代表団、"
            "NGO代表団または青少年団体が推薦し、保護者の同意を得たうえで、登録された大人が常に付き添います。",
        },
    },
    {
        "topic": "youth_event",
        "team": "unicef",
        "keywords": "parent, guardian, consent, form, permission, parents, consentement, autorización, 保護者, "
        "同意, 监护人, согласие, موافقة",
        "question": {
            "en": "What does a parent or guardian need to do?",
            "fr": "Que doit faire un parent ou un tuteur ?",
            "es": "¿Qué tiene que hacer la madre, el padre o el tutor?",
            "ja": "保護者は何をすればよいですか。",
        },
        "answer": {
            "en": "A parent or guardian gives consent before the young person travels: online, on the consent page "
            "whose link they receive by e-mail, or on a paper form returned through the nominating organisation. "
            "They also give emergency contacts and say whether the young person may be photographed. The young "
            "person gives their own agreement too, and can change their mind about photographs at any time.",
            "fr": "Un parent ou tuteur donne son consentement avant le voyage : en ligne, sur la page de "
            "consentement dont il reçoit le lien par courrier électronique, ou sur un formulaire papier remis à "
            "l'organisation qui présente le jeune. Il indique aussi les personnes à prévenir en cas d'urgence et "
            "si le jeune peut être photographié. Le jeune donne aussi son propre accord, et peut changer d'avis "
            "sur les photos à tout moment.",
            "es": "La madre, el padre o el tutor da su consentimiento antes del viaje: en línea, en la página de "
            "consentimiento cuyo enlace recibe por correo electrónico, o en un formulario en papel que entrega a "
            "la organización que propone al joven. También indica los contactos de emergencia y si el joven puede "
            "ser fotografiado. El joven da además su propio acuerdo y puede cambiar de opinión sobre las fotos en "
            "cualquier momento.",
            "ja": "保護者は、渡航前に同意の手続きをします。電子メールで届くリンクから同意ページでオンラインで行うか、"
            "推薦団体を通じて紙の用紙を提出してください。緊急連絡先と、写真撮影を認めるかどうかもお知らせください。"
            "若者本人も自ら同意し、写真についてはいつでも考えを変えることができます。",
        },
    },
    {
        "topic": "other",
        "team": "secretariat",
        "keywords": "contact, who answers, question, contacter, contacto, 問い合わせ, 联系, контакты, اتصال",
        "question": {
            "en": "Who answers my question?",
            "fr": "Qui répond à ma question ?",
            "es": "¿Quién responde a mi pregunta?",
            "ja": "質問にはだれが答えますか。",
        },
        "answer": {
            "en": "The co-organiser responsible for it: government inquiries and Congress logistics, the Ministry "
            "of Foreign Affairs of Japan (Yokohama Congress secretariat); intergovernmental agencies, UNICEF; the "
            "private sector and NGOs, ECPAT and the NGO Group for the Convention on the Rights of the Child; the "
            "media, the Communications Advisor. If your question reaches the wrong one, they pass it on and tell "
            "you.",
            "fr": "Le coorganisateur qui en est chargé : pour les gouvernements et la logistique du Congrès, le "
            "Ministère des affaires étrangères du Japon (secrétariat du Congrès de Yokohama) ; pour les "
            "organismes intergouvernementaux, l'UNICEF ; pour le secteur privé et les ONG, ECPAT et le Groupe des "
            "ONG pour la Convention relative aux droits de l'enfant ; pour les médias, le Conseiller en "
            "communication. Si votre question arrive au mauvais endroit, elle est transmise et vous en êtes "
            "informé.",
            "es": "El coorganizador responsable: para los gobiernos y la logística del Congreso, el Ministerio de "
            "Relaciones Exteriores del Japón (secretaría del Congreso de Yokohama); para los organismos "
            "intergubernamentales, el UNICEF; para el sector privado y las ONG, ECPAT y el Grupo de ONG para la "
            "Convención sobre los Derechos del Niño; para los medios de comunicación, el Asesor de Comunicaciones. "
            "Si su pregunta llega a quien no corresponde, se la transmiten y se lo comunican.",
            "ja": "担当する共催者が回答します。政府からの問い合わせと会議の運営は外務省（横浜会議事務局）、政府間機関"
            "はユニセフ、民間セクターとNGOはECPATと児童の権利条約NGOグループ、報道関係は広報アドバイザーです。"
            "担当が違う場合は、適切な担当に引き継ぎ、その旨をお知らせします。",
        },
    },
]
