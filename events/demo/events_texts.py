"""Kinds of demo events: titles, teasers and places, with translations for some of them."""

# key: (field slugs, language codes, titles by language, teaser by language, is_free, price)
EVENT_KINDS = {
    "language-cafe": {
        "fields": ["language-courses", "culture"],
        "languages": ["de"],
        "title": {
            "de": "Sprachcafé",
            "en": "Language café",
            "tr": "Dil kafesi",
            "ar": "مقهى اللغة",
            "uk": "Мовне кафе",
            "fa": "کافه زبان",
            "ru": "Языковое кафе",
        },
        "teaser": {
            "de": "Deutsch üben bei Tee und Gebäck – für alle Niveaus, ohne Anmeldung.",
            "en": "Practise German over tea and biscuits – all levels, no registration.",
            "tr": "Çay ve kurabiye eşliğinde Almanca pratiği – her seviyeye açık, kayıt gerekmez.",
            "ar": "تدرّبوا على الألمانية مع الشاي والحلويات – لجميع المستويات ودون تسجيل.",
            "uk": "Практикуйте німецьку за чаєм і печивом – для всіх рівнів, без реєстрації.",
        },
        "free": True,
    },
    "homework-help": {
        "fields": ["education", "youth"],
        "languages": ["de"],
        "title": {
            "de": "Hausaufgabenhilfe",
            "en": "Homework help",
            "tr": "Ödev yardımı",
            "ar": "مساعدة في الواجبات المدرسية",
            "uk": "Допомога з домашніми завданнями",
        },
        "teaser": {
            "de": "Ehrenamtliche helfen Schulkindern bei Hausaufgaben und beim Lernen für Arbeiten.",
            "tr": "Gönüllüler okul çocuklarına ödevlerinde ve sınavlara hazırlıkta yardım ediyor.",
            "ar": "متطوعون يساعدون تلاميذ المدارس في الواجبات والتحضير للاختبارات.",
        },
        "free": True,
    },
    "counselling": {
        "fields": ["counselling"],
        "languages": ["de"],
        "title": {
            "de": "Offene Beratungssprechstunde",
            "en": "Open counselling hour",
            "tr": "Açık danışma saati",
            "ar": "ساعة استشارة مفتوحة",
            "uk": "Відкрита консультаційна година",
            "fa": "ساعت مشاورهٔ آزاد",
        },
        "teaser": {
            "de": "Hilfe bei Briefen von Ämtern, Anträgen und Terminen – vertraulich und kostenlos.",
            "uk": "Допомога з листами від установ, заявами та записами – конфіденційно й безкоштовно.",
            "ar": "مساعدة في رسائل الدوائر الرسمية والطلبات والمواعيد – بسرية ومجانًا.",
            "fa": "کمک در نامه‌های اداری، درخواست‌ها و وقت‌ها – محرمانه و رایگان.",
        },
        "free": True,
    },
    "women-breakfast": {
        "fields": ["women"],
        "languages": ["de"],
        "title": {
            "de": "Frauenfrühstück",
            "en": "Women's breakfast",
            "tr": "Kadınlar kahvaltısı",
            "ar": "فطور النساء",
            "fa": "صبحانهٔ زنان",
        },
        "teaser": {
            "de": "Gemeinsam frühstücken, erzählen und Neues erfahren – Kinderbetreuung ist organisiert."
        },
        "free": True,
    },
    "parents-cafe": {
        "fields": ["parents", "education"],
        "languages": ["de"],
        "title": {
            "de": "Elterncafé",
            "en": "Parents' café",
            "tr": "Veli kafesi",
            "ar": "مقهى الآباء والأمهات",
        },
        "teaser": {
            "de": "Austausch über Schule, Kita und Erziehung – mit wechselnden Gästen aus der Praxis."
        },
        "free": True,
    },
    "seniors": {
        "fields": ["seniors"],
        "languages": ["de"],
        "title": {
            "de": "Seniorennachmittag",
            "en": "Afternoon for older people",
            "ru": "Встреча для пожилых людей",
            "tr": "Yaşlılar buluşması",
        },
        "teaser": {"de": "Kaffee, Gespräche, Gymnastik und Hilfe beim Smartphone."},
        "free": True,
    },
    "football": {
        "fields": ["sport", "youth"],
        "languages": ["de"],
        "title": {
            "de": "Fußballtraining für Jugendliche",
            "en": "Football training for young people",
            "tr": "Gençler için futbol antrenmanı",
        },
        "teaser": {"de": "Für Jugendliche von 12 bis 17 Jahren, Schuhe und Trinkflasche mitbringen."},
        "free": True,
    },
    "dance": {
        "fields": ["music-dance", "culture"],
        "languages": ["de"],
        "title": {
            "de": "Tanzgruppe: offene Probe",
            "en": "Dance group: open rehearsal",
            "el": "Χορευτικός όμιλος: ανοιχτή πρόβα",
            "tr": "Dans grubu: açık prova",
        },
        "teaser": {"de": "Traditionelle Tänze zum Mitmachen – Vorkenntnisse sind nicht nötig."},
        "free": True,
    },
    "culture-evening": {
        "fields": ["culture", "music-dance"],
        "languages": ["de"],
        "title": {
            "de": "Kulturabend mit Musik und Lesung",
            "en": "Cultural evening with music and readings",
            "fa": "شب فرهنگی با موسیقی و شعرخوانی",
            "ar": "أمسية ثقافية مع موسيقى وقراءات",
        },
        "teaser": {"de": "Gedichte, Lieder und Geschichten aus vielen Ländern – zweisprachig vorgetragen."},
        "free": False,
        "price": {"de": "5 €, ermäßigt 3 €", "en": "€5, reduced €3"},
    },
    "workshop-pr": {
        "fields": ["education", "work"],
        "languages": ["de"],
        "title": {
            "de": "Workshop: Öffentlichkeitsarbeit für Vereine",
            "en": "Workshop: public relations for associations",
        },
        "teaser": {
            "de": "Wie Vereine ihre Angebote bekannt machen: Pressetexte, Fotos, soziale Medien und das Portal."
        },
        "free": True,
    },
    "festival": {
        "fields": ["culture", "music-dance", "parents"],
        "languages": ["de"],
        "title": {
            "de": "Interkulturelles Straßenfest",
            "en": "Intercultural street festival",
            "tr": "Kültürlerarası sokak şenliği",
            "ar": "مهرجان الشارع بين الثقافات",
            "uk": "Міжкультурне вуличне свято",
        },
        "teaser": {"de": "Zwei Tage Musik, Tanz und Essen aus aller Welt mit den Vereinen der Stadt."},
        "free": True,
    },
    "open-day": {
        "fields": ["culture", "education"],
        "languages": ["de"],
        "title": {
            "de": "Tag der offenen Tür",
            "en": "Open day",
            "tr": "Açık kapı günü",
            "ar": "يوم الأبواب المفتوحة",
        },
        "teaser": {
            "de": "Den ganzen Tag: Räume ansehen, Angebote kennenlernen, mit dem Vorstand ins Gespräch kommen."
        },
        "free": True,
    },
    "health-talk": {
        "fields": ["health", "counselling"],
        "languages": ["de"],
        "title": {
            "de": "Gesundheitsvortrag in einfacher Sprache",
            "en": "Health talk in plain language",
            "ar": "محاضرة صحية بلغة بسيطة",
            "tr": "Sade dille sağlık semineri",
        },
        "teaser": {
            "de": "Ärztinnen und Gesundheitslotsen erklären Vorsorge, Impfungen und das Gesundheitssystem."
        },
        "free": True,
    },
    "online-info": {
        "fields": ["counselling", "work"],
        "languages": ["de"],
        "title": {
            "de": "Online-Infoabend: Anerkennung ausländischer Abschlüsse",
            "en": "Online information evening: recognition of foreign qualifications",
            "uk": "Онлайн-вечір: визнання іноземних дипломів",
        },
        "teaser": {"de": "Wie Berufs- und Studienabschlüsse anerkannt werden – mit Fragen und Antworten."},
        "free": True,
        "online": True,
    },
}

VENUES = [
    ("Bürgerhaus", "Marktplatz 3"),
    ("Vereinsheim", "Bahnhofstraße 14"),
    ("Stadtbibliothek", "Kirchstraße 2"),
    ("Begegnungszentrum", "Lindenallee 21"),
    ("Jugendzentrum", "Schulstraße 7"),
    ("Gemeindesaal", "Gartenstraße 9"),
]

ACCESSIBILITY = {
    "de": "Stufenloser Zugang, barrierefreie Toilette.",
    "en": "Step-free access, accessible toilet.",
    "tr": "Basamaksız giriş, engelli tuvaleti.",
    "ar": "مدخل بلا درج، ودورة مياه لذوي الإعاقة.",
    "uk": "Вхід без сходинок, доступний туалет.",
}

CANCELLATION_NOTE = {
    "de": "Fällt wegen der Ferien aus.",
    "en": "Cancelled because of the holidays.",
    "tr": "Tatil nedeniyle yapılmayacak.",
}
MOVED_NOTE = {
    "de": "Ausnahmsweise einen Tag später.",
    "en": "Exceptionally one day later.",
    "tr": "İstisnai olarak bir gün sonra.",
}
