"""The register of organisations: governments, IGOs, NGOs, companies and media outlets, and their quotas."""

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
