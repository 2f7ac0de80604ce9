"""The document types of the demo congress, in the order the library lists them (a configurable list)."""

DOCUMENT_TYPES = [
    {
        "slug": "background-paper",
        "name": {
            "en": "Background paper",
            "fr": "Document de référence",
            "es": "Documento de antecedentes",
            "ar": "ورقة معلومات أساسية",
            "ru": "Справочный документ",
            "zh-hans": "背景文件",
            "ja": "背景文書",
        },
    },
    {
        "slug": "regional-outcome",
        "name": {
            "en": "Regional consultation outcome",
            "fr": "Résultat de consultation régionale",
            "es": "Resultado de consulta regional",
            "ar": "نتائج المشاورة الإقليمية",
            "ru": "Итоговый документ региональной консультации",
            "zh-hans": "区域磋商成果文件",
            "ja": "地域協議の成果文書",
        },
    },
    {
        "slug": "country-statement",
        "name": {
            "en": "Country statement",
            "fr": "Déclaration de pays",
            "es": "Declaración de país",
            "ar": "بيان قُطري",
            "ru": "Заявление страны",
            "zh-hans": "国家发言",
            "ja": "国別声明",
        },
    },
    {
        "slug": "progress-report",
        "name": {
            "en": "Progress report",
            "fr": "Rapport d'avancement",
            "es": "Informe de avance",
            "ar": "تقرير مرحلي",
            "ru": "Доклад о ходе работы",
            "zh-hans": "进展报告",
            "ja": "進捗報告",
        },
    },
    {
        "slug": "draft-outcome",
        "name": {
            "en": "Draft outcome document",
            "fr": "Projet de document final",
            "es": "Proyecto de documento final",
            "ar": "مشروع الوثيقة الختامية",
            "ru": "Проект итогового документа",
            "zh-hans": "成果文件草案",
            "ja": "成果文書案",
        },
    },
    {
        "slug": "explanatory-statement",
        "name": {
            "en": "Explanatory statement",
            "fr": "Déclaration explicative",
            "es": "Declaración explicativa",
            "ar": "بيان تفسيري",
            "ru": "Пояснительное заявление",
            "zh-hans": "解释性声明",
            "ja": "解釈声明",
        },
    },
    {
        "slug": "press-release",
        "is_press_release": True,
        "name": {
            "en": "Press release",
            "fr": "Communiqué de presse",
            "es": "Comunicado de prensa",
            "ar": "بيان صحفي",
            "ru": "Пресс-релиз",
            "zh-hans": "新闻稿",
            "ja": "プレスリリース",
        },
    },
    {
        "slug": "press-kit",
        "is_press_release": True,  # with the press releases, in the news page's corner for the media
        "name": {
            "en": "Press kit",
            "fr": "Dossier de presse",
            "es": "Carpeta de prensa",
            "ar": "ملف صحفي",
            "ru": "Пресс-кит",
            "zh-hans": "媒体资料袋",
            "ja": "プレスキット",
        },
    },
    {
        "slug": "rapporteur-report",
        "name": {
            "en": "General Rapporteur's report",
            "fr": "Rapport du Rapporteur général",
            "es": "Informe del Relator General",
            "ar": "تقرير المقرر العام",
            "ru": "Доклад Генерального докладчика",
            "zh-hans": "总报告员的报告",
            "ja": "総括報告者の報告",
        },
    },
]
