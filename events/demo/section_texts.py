"""Texts of the calendar, news and press archive pages in every language."""

CALENDAR = {
    "de": {
        "title": "Veranstaltungen",
        "slug": "veranstaltungen",
        "intro": "Sprachcafés, Feste, Beratung und Treffen der Migrantenorganisationen im ganzen Kreis Mettmann.",
    },
    "en": {
        "title": "Events",
        "slug": "events",
        "intro": "Language cafés, festivals, counselling and meetings of the migrant organisations across the district of Mettmann.",
    },
    "tr": {
        "title": "Etkinlikler",
        "slug": "etkinlikler",
        "intro": "Mettmann ilçesi genelinde göçmen kuruluşlarının dil kafeleri, şenlikleri, danışmanlıkları ve buluşmaları.",
    },
    "ar": {
        "title": "الفعاليات",
        "slug": "alfaaliyat",
        "intro": "مقاهي اللغة والمهرجانات والاستشارات ولقاءات منظمات المهاجرين في جميع أنحاء مقاطعة ميتمان.",
    },
    "fa": {
        "title": "رویدادها",
        "slug": "rouydadha",
        "intro": "کافه‌های زبان، جشن‌ها، مشاوره‌ها و دیدارهای سازمان‌های مهاجران در سراسر بخش متمان.",
    },
    "pl": {
        "title": "Wydarzenia",
        "slug": "wydarzenia",
        "intro": "Kawiarenki językowe, festyny, doradztwo i spotkania organizacji migrantów w całym powiecie Mettmann.",
    },
    "ru": {
        "title": "Мероприятия",
        "slug": "meropriyatiya",
        "intro": "Языковые кафе, праздники, консультации и встречи организаций мигрантов во всём районе Меттман.",
    },
    "uk": {
        "title": "Заходи",
        "slug": "zakhody",
        "intro": "Мовні кафе, свята, консультації та зустрічі організацій мігрантів у всьому районі Меттман.",
    },
    "el": {
        "title": "Εκδηλώσεις",
        "slug": "ekdiloseis",
        "intro": "Καφέ γλωσσών, γιορτές, συμβουλευτική και συναντήσεις των οργανώσεων μεταναστών σε όλη την περιφέρεια του Μέτμαν.",
    },
    "it": {
        "title": "Eventi",
        "slug": "eventi",
        "intro": "Caffè linguistici, feste, consulenze e incontri delle organizzazioni di migranti in tutto il distretto di Mettmann.",
    },
    "kmr": {
        "title": "Çalakî",
        "slug": "calaki",
        "intro": "Kafeyên ziman, şahî, şêwirmendî û hevdîtinên rêxistinên koçberan li seranserê navçeya Mettmannê.",
    },
}

NEWS_INDEX = {
    "de": {
        "title": "Aktuelles",
        "slug": "aktuelles",
        "intro": "Neuigkeiten aus dem Sachgebiet Integration und von den Migrantenorganisationen.",
    },
    "en": {
        "title": "News",
        "slug": "news",
        "intro": "News from the integration office and from the migrant organisations.",
    },
    "tr": {
        "title": "Haberler",
        "slug": "haberler",
        "intro": "Uyum biriminden ve göçmen kuruluşlarından haberler.",
    },
    "ar": {"title": "الأخبار", "slug": "alakhbar", "intro": "أخبار من مكتب الاندماج ومن منظمات المهاجرين."},
    "fa": {"title": "اخبار", "slug": "akhbar", "intro": "خبرهایی از دفتر ادغام و از سازمان‌های مهاجران."},
    "pl": {
        "title": "Aktualności",
        "slug": "aktualnosci",
        "intro": "Wiadomości z referatu ds. integracji i od organizacji migrantów.",
    },
    "ru": {
        "title": "Новости",
        "slug": "novosti",
        "intro": "Новости отдела интеграции и организаций мигрантов.",
    },
    "uk": {
        "title": "Новини",
        "slug": "novyny",
        "intro": "Новини відділу інтеграції та організацій мігрантів.",
    },
    "el": {
        "title": "Νέα",
        "slug": "nea",
        "intro": "Νέα από το γραφείο ένταξης και από τις οργανώσεις μεταναστών.",
    },
    "it": {
        "title": "Notizie",
        "slug": "notizie",
        "intro": "Notizie dall'ufficio per l'integrazione e dalle organizzazioni di migranti.",
    },
    "kmr": {
        "title": "Nûçe",
        "slug": "nuce",
        "intro": "Nûçeyên ji beşa entegrasyonê û ji rêxistinên koçberan.",
    },
}

PRESS_ARCHIVE = {
    "de": {
        "title": "Presse",
        "slug": "presse",
        "intro": "Pressemitteilungen des Kreises Mettmann zur Integrationsarbeit – durchsuchbar und als Feed.",
    },
    "en": {
        "title": "Press",
        "slug": "press",
        "intro": "Press releases of the district of Mettmann on integration work – searchable and as a feed.",
    },
    "tr": {
        "title": "Basın",
        "slug": "basin",
        "intro": "Mettmann ilçesinin uyum çalışmalarına ilişkin basın bültenleri – aranabilir ve akış olarak.",
    },
    "ar": {
        "title": "الصحافة",
        "slug": "alsahafa",
        "intro": "البيانات الصحفية لمقاطعة ميتمان حول عمل الاندماج – قابلة للبحث ومتاحة كخلاصة.",
    },
    "fa": {
        "title": "مطبوعات",
        "slug": "matbuat",
        "intro": "اطلاعیه‌های مطبوعاتی بخش متمان دربارهٔ کار ادغام – قابل جست‌وجو و به‌صورت خوراک.",
    },
    "pl": {
        "title": "Prasa",
        "slug": "prasa",
        "intro": "Komunikaty prasowe powiatu Mettmann o pracy integracyjnej – z wyszukiwarką i kanałem.",
    },
    "ru": {
        "title": "Пресса",
        "slug": "pressa",
        "intro": "Пресс-релизы района Меттман об интеграционной работе – с поиском и лентой.",
    },
    "uk": {
        "title": "Преса",
        "slug": "presa",
        "intro": "Пресрелізи району Меттман про інтеграційну роботу – з пошуком і стрічкою.",
    },
    "el": {
        "title": "Τύπος",
        "slug": "typos",
        "intro": "Δελτία τύπου της περιφέρειας του Μέτμαν για το έργο ένταξης – με αναζήτηση και ροή.",
    },
    "it": {
        "title": "Stampa",
        "slug": "stampa",
        "intro": "Comunicati stampa del distretto di Mettmann sul lavoro di integrazione – con ricerca e feed.",
    },
    "kmr": {
        "title": "Çapemenî",
        "slug": "capemeni",
        "intro": "Daxuyaniyên çapemeniyê yên navçeya Mettmannê li ser karê entegrasyonê – lêgerîn û weşan.",
    },
}
