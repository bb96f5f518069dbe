"""The directory's reference data: the ten towns, fields of activity, communities, languages.

Seeded by migration 0002 and re-seeded by `seed_taxonomy()` wherever a flushed
database needs it again (transactional tests); updating it is idempotent.
"""

LANGS = ("de", "en", "tr", "ar", "fa", "pl", "ru", "uk", "el", "it", "kmr")

# slug: names in de, en, tr, ar, fa, pl, ru, uk, el, it, kmr ("" = German is used)
TOWNS = {
    "erkrath": ("Erkrath", "", "", "إركرات", "ارکرات", "", "Эркрат", "Еркрат", "Έρκρατ", "", ""),
    "haan": ("Haan", "", "", "هان", "هان", "", "Хан", "Ган", "Χάαν", "", ""),
    "heiligenhaus": ("Heiligenhaus", "", "", "هايليغنهاوس", "هایلیگن‌هاوس", "", "Хайлигенхаус", "Гайлігенгаус", "Χάιλιγκενχαους", "", ""),
    "hilden": ("Hilden", "", "", "هيلدن", "هیلدن", "", "Хильден", "Гільден", "Χίλντεν", "", ""),
    "langenfeld": ("Langenfeld", "", "", "لانغنفيلد", "لانگن‌فلد", "", "Лангенфельд", "Лангенфельд", "Λάνγκενφελντ", "", ""),
    "mettmann": ("Mettmann", "", "", "ميتمان", "متمان", "", "Меттман", "Меттман", "Μέτμαν", "", ""),
    "monheim-am-rhein": ("Monheim am Rhein", "", "", "مونهايم أم راين", "مونهایم آم راین", "", "Монхайм-на-Рейне", "Монгайм-на-Рейні", "Μόνχαϊμ αμ Ράιν", "", ""),
    "ratingen": ("Ratingen", "", "", "راتينغن", "راتینگن", "", "Ратинген", "Ратінген", "Ράτινγκεν", "", ""),
    "velbert": ("Velbert", "", "", "فيلبرت", "فلبرت", "", "Фельберт", "Фельберт", "Φέλμπερτ", "", ""),
    "wuelfrath": ("Wülfrath", "", "", "فولفرات", "وولفرات", "", "Вюльфрат", "Вюльфрат", "Βίλφρατ", "", ""),
}

FIELDS = {
    "culture": ("Kultur", "Culture", "Kültür", "الثقافة", "فرهنگ", "Kultura", "Культура", "Культура", "Πολιτισμός", "Cultura", "Çand"),
    "education": ("Bildung", "Education", "Eğitim", "التعليم", "آموزش", "Edukacja", "Образование", "Освіта", "Εκπαίδευση", "Istruzione", "Perwerde"),
    "language-courses": ("Sprachkurse", "Language courses", "Dil kursları", "دورات اللغة", "کلاس‌های زبان", "Kursy językowe", "Языковые курсы", "Мовні курси", "Μαθήματα γλώσσας", "Corsi di lingua", "Kursên ziman"),
    "sport": ("Sport", "Sport", "Spor", "الرياضة", "ورزش", "Sport", "Спорт", "Спорт", "Αθλητισμός", "Sport", "Werziş"),
    "religion": ("Religion", "Religion", "Din", "الدين", "دین", "Religia", "Религия", "Релігія", "Θρησκεία", "Religione", "Ol"),
    "counselling": ("Beratung", "Counselling", "Danışmanlık", "الاستشارة", "مشاوره", "Doradztwo", "Консультации", "Консультації", "Συμβουλευτική", "Consulenza", "Şêwirmendî"),
    "youth": ("Jugend", "Youth", "Gençlik", "الشباب", "جوانان", "Młodzież", "Молодёжь", "Молодь", "Νεολαία", "Giovani", "Ciwan"),
    "women": ("Frauen", "Women", "Kadınlar", "النساء", "زنان", "Kobiety", "Женщины", "Жінки", "Γυναίκες", "Donne", "Jin"),
    "parents": ("Eltern und Familie", "Parents and family", "Ebeveynler ve aile", "الآباء والأسرة", "والدین و خانواده", "Rodzice i rodzina", "Родители и семья", "Батьки та сім'я", "Γονείς και οικογένεια", "Genitori e famiglia", "Dêûbav û malbat"),
    "seniors": ("Senioren", "Older people", "Yaşlılar", "كبار السن", "سالمندان", "Seniorzy", "Пожилые люди", "Літні люди", "Ηλικιωμένοι", "Anziani", "Kal û pîr"),
    "refugee-support": ("Hilfe für Geflüchtete", "Support for refugees", "Mültecilere destek", "مساعدة اللاجئين", "کمک به پناهجویان", "Pomoc uchodźcom", "Помощь беженцам", "Допомога біженцям", "Στήριξη προσφύγων", "Aiuto ai rifugiati", "Alîkariya penaberan"),
    "music-dance": ("Musik und Tanz", "Music and dance", "Müzik ve dans", "الموسيقى والرقص", "موسیقی و رقص", "Muzyka i taniec", "Музыка и танцы", "Музика і танці", "Μουσική και χορός", "Musica e danza", "Muzîk û dans"),
    "health": ("Gesundheit", "Health", "Sağlık", "الصحة", "سلامت", "Zdrowie", "Здоровье", "Здоров'я", "Υγεία", "Salute", "Tenduristî"),
    "work": ("Arbeit und Beruf", "Work and jobs", "İş ve meslek", "العمل والمهنة", "کار و شغل", "Praca i zawód", "Работа и профессия", "Робота і професія", "Εργασία και επάγγελμα", "Lavoro e professione", "Kar û pîşe"),
}

COMMUNITIES = {
    "turkish": ("Türkeistämmig", "Turkish", "Türkiye kökenli", "تركية", "ترک‌تبار", "Turecka", "Турецкая", "Турецька", "Τουρκική", "Turca", "Tirk"),
    "kurdish": ("Kurdisch", "Kurdish", "Kürt", "كردية", "کرد", "Kurdyjska", "Курдская", "Курдська", "Κουρδική", "Curda", "Kurd"),
    "arab": ("Arabisch", "Arab", "Arap", "عربية", "عرب", "Arabska", "Арабская", "Арабська", "Αραβική", "Araba", "Ereb"),
    "syrian": ("Syrisch", "Syrian", "Suriyeli", "سورية", "سوری", "Syryjska", "Сирийская", "Сирійська", "Συριακή", "Siriana", "Sûrî"),
    "moroccan": ("Marokkanisch", "Moroccan", "Faslı", "مغربية", "مراکشی", "Marokańska", "Марокканская", "Марокканська", "Μαροκινή", "Marocchina", "Fasî"),
    "afghan": ("Afghanisch", "Afghan", "Afgan", "أفغانية", "افغان", "Afgańska", "Афганская", "Афганська", "Αφγανική", "Afghana", "Efxanî"),
    "iranian": ("Iranisch", "Iranian", "İranlı", "إيرانية", "ایرانی", "Irańska", "Иранская", "Іранська", "Ιρανική", "Iraniana", "Îranî"),
    "polish": ("Polnisch", "Polish", "Polonyalı", "بولندية", "لهستانی", "Polska", "Польская", "Польська", "Πολωνική", "Polacca", "Polonî"),
    "russian-speaking": ("Russischsprachig", "Russian-speaking", "Rusça konuşan", "ناطقة بالروسية", "روسی‌زبان", "Rosyjskojęzyczna", "Русскоязычная", "Російськомовна", "Ρωσόφωνη", "Russofona", "Rûsîaxêv"),
    "ukrainian": ("Ukrainisch", "Ukrainian", "Ukraynalı", "أوكرانية", "اوکراینی", "Ukraińska", "Украинская", "Українська", "Ουκρανική", "Ucraina", "Ûkraynî"),
    "greek": ("Griechisch", "Greek", "Yunan", "يونانية", "یونانی", "Grecka", "Греческая", "Грецька", "Ελληνική", "Greca", "Yewnanî"),
    "italian": ("Italienisch", "Italian", "İtalyan", "إيطالية", "ایتالیایی", "Włoska", "Итальянская", "Італійська", "Ιταλική", "Italiana", "Îtalî"),
    "spanish-latin-american": ("Spanisch und lateinamerikanisch", "Spanish and Latin American", "İspanyol ve Latin Amerikalı", "إسبانية وأمريكية لاتينية", "اسپانیایی و آمریکای لاتین", "Hiszpańska i latynoamerykańska", "Испанская и латиноамериканская", "Іспанська та латиноамериканська", "Ισπανική και λατινοαμερικανική", "Spagnola e latinoamericana", "Spanî û Amerîkaya Latîn"),
    "balkan": ("Balkan", "Balkan", "Balkan", "البلقان", "بالکان", "Bałkańska", "Балканская", "Балканська", "Βαλκανική", "Balcanica", "Balkan"),
    "west-african": ("Westafrikanisch", "West African", "Batı Afrikalı", "غرب أفريقية", "غرب آفریقا", "Zachodnioafrykańska", "Западноафриканская", "Західноафриканська", "Δυτικοαφρικανική", "Dell'Africa occidentale", "Afrîkaya Rojava"),
    "eritrean": ("Eritreisch", "Eritrean", "Eritreli", "إريترية", "اریتره‌ای", "Erytrejska", "Эритрейская", "Еритрейська", "Ερυθραϊκή", "Eritrea", "Erîtreyî"),
    "international": ("International", "International", "Uluslararası", "دولية", "بین‌المللی", "Międzynarodowa", "Международная", "Міжнародна", "Διεθνής", "Internazionale", "Navneteweyî"),
}

# code: (name in itself, names in de, en, tr, ar, fa, pl, ru, uk, el, it, kmr)
SPOKEN = {
    "de": ("Deutsch", "Deutsch", "German", "Almanca", "الألمانية", "آلمانی", "niemiecki", "немецкий", "німецька", "Γερμανικά", "tedesco", "Almanî"),
    "en": ("English", "Englisch", "English", "İngilizce", "الإنجليزية", "انگلیسی", "angielski", "английский", "англійська", "Αγγλικά", "inglese", "Îngilîzî"),
    "tr": ("Türkçe", "Türkisch", "Turkish", "Türkçe", "التركية", "ترکی", "turecki", "турецкий", "турецька", "Τουρκικά", "turco", "Tirkî"),
    "ar": ("العربية", "Arabisch", "Arabic", "Arapça", "العربية", "عربی", "arabski", "арабский", "арабська", "Αραβικά", "arabo", "Erebî"),
    "fa": ("فارسی", "Persisch", "Persian", "Farsça", "الفارسية", "فارسی", "perski", "персидский", "перська", "Περσικά", "persiano", "Farisî"),
    "pl": ("Polski", "Polnisch", "Polish", "Lehçe", "البولندية", "لهستانی", "polski", "польский", "польська", "Πολωνικά", "polacco", "Polonî"),
    "ru": ("Русский", "Russisch", "Russian", "Rusça", "الروسية", "روسی", "rosyjski", "русский", "російська", "Ρωσικά", "russo", "Rûsî"),
    "uk": ("Українська", "Ukrainisch", "Ukrainian", "Ukraynaca", "الأوكرانية", "اوکراینی", "ukraiński", "украинский", "українська", "Ουκρανικά", "ucraino", "Ûkraynî"),
    "el": ("Ελληνικά", "Griechisch", "Greek", "Yunanca", "اليونانية", "یونانی", "grecki", "греческий", "грецька", "Ελληνικά", "greco", "Yewnanî"),
    "it": ("Italiano", "Italienisch", "Italian", "İtalyanca", "الإيطالية", "ایتالیایی", "włoski", "итальянский", "італійська", "Ιταλικά", "italiano", "Îtalî"),
    "kmr": ("Kurmancî", "Kurdisch (Kurmancî)", "Kurdish (Kurmanji)", "Kürtçe (Kurmancî)", "الكردية (الكرمانجية)", "کردی (کرمانجی)", "kurdyjski (kurmandżi)", "курдский (курманджи)", "курдська (курманджі)", "Κουρδικά (Κουρμαντζί)", "curdo (kurmanji)", "Kurdî (Kurmancî)"),
    "ckb": ("کوردیی ناوەندی", "Kurdisch (Sorani)", "Kurdish (Sorani)", "Kürtçe (Soranî)", "الكردية (السورانية)", "کردی (سورانی)", "kurdyjski (sorani)", "курдский (сорани)", "курдська (сорані)", "Κουρδικά (Σοράνι)", "curdo (sorani)", "Kurdî (Soranî)"),
    "prs": ("دری", "Dari", "Dari", "Darice", "الدارية", "دری", "dari", "дари", "дарі", "Ντάρι", "dari", "Derî"),
    "ti": ("ትግርኛ", "Tigrinya", "Tigrinya", "Tigrinya", "التغرينية", "تیگرینیا", "tigrinia", "тигринья", "тигринья", "Τιγκρίνια", "tigrino", "Tigrînyayî"),
    "sq": ("Shqip", "Albanisch", "Albanian", "Arnavutça", "الألبانية", "آلبانیایی", "albański", "албанский", "албанська", "Αλβανικά", "albanese", "Albanî"),
    "bs": ("Bosanski", "Bosnisch", "Bosnian", "Boşnakça", "البوسنية", "بوسنیایی", "bośniacki", "боснийский", "боснійська", "Βοσνιακά", "bosniaco", "Bosnî"),
    "es": ("Español", "Spanisch", "Spanish", "İspanyolca", "الإسبانية", "اسپانیایی", "hiszpański", "испанский", "іспанська", "Ισπανικά", "spagnolo", "Spanî"),
    "fr": ("Français", "Französisch", "French", "Fransızca", "الفرنسية", "فرانسوی", "francuski", "французский", "французька", "Γαλλικά", "francese", "Fransî"),
    "ro": ("Română", "Rumänisch", "Romanian", "Rumence", "الرومانية", "رومانیایی", "rumuński", "румынский", "румунська", "Ρουμανικά", "rumeno", "Romanî"),
}


def names(values):
    return {f"name_{code}": value or None for code, value in zip(LANGS, values, strict=True)}


def seed_taxonomy(Town, FieldOfActivity, Community, SpokenLanguage):  # noqa: N803 - model classes
    """Creates or updates the reference rows; takes the (possibly historical) model classes."""
    for slug, values in TOWNS.items():
        Town.objects.update_or_create(slug=slug, defaults={"name": values[0], **names(values)})
    for order, (slug, values) in enumerate(FIELDS.items()):
        FieldOfActivity.objects.update_or_create(
            slug=slug, defaults={"name": values[0], "sort_order": order * 10, **names(values)}
        )
    for slug, values in COMMUNITIES.items():
        Community.objects.update_or_create(slug=slug, defaults={"name": values[0], **names(values)})
    for code, (local, *values) in SPOKEN.items():
        SpokenLanguage.objects.update_or_create(
            code=code, defaults={"name": values[0], "name_local": local, **names(values)}
        )
