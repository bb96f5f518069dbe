"""Texts of the directory and partners pages, the partners and two waiting applications."""

DIRECTORY = {
    "de": {
        "title": "Organisationen",
        "slug": "organisationen",
        "intro": "Migrantenorganisationen in den zehn Städten des Kreises Mettmann: Finden Sie Vereine nach Stadt, Tätigkeitsfeld, Community oder Sprache.",
    },
    "en": {
        "title": "Organisations",
        "slug": "organisations",
        "intro": "Migrant organisations in the ten towns of the district of Mettmann: find associations by town, field of activity, community or language.",
    },
    "tr": {
        "title": "Kuruluşlar",
        "slug": "kuruluslar",
        "intro": "Mettmann ilçesinin on şehrindeki göçmen kuruluşları: dernekleri şehre, faaliyet alanına, topluluğa veya dile göre bulun.",
    },
    "ar": {
        "title": "المنظمات",
        "slug": "almunazzamat",
        "intro": "منظمات المهاجرين في مدن مقاطعة ميتمان العشر: ابحث عن الجمعيات حسب المدينة أو مجال النشاط أو الجالية أو اللغة.",
    },
    "fa": {
        "title": "سازمان‌ها",
        "slug": "sazmanha",
        "intro": "سازمان‌های مهاجران در ده شهر بخش متمان: انجمن‌ها را بر اساس شهر، زمینهٔ فعالیت، جامعه یا زبان پیدا کنید.",
    },
    "pl": {
        "title": "Organizacje",
        "slug": "organizacje",
        "intro": "Organizacje migrantów w dziesięciu miastach powiatu Mettmann: znajdź stowarzyszenia według miasta, dziedziny działalności, społeczności lub języka.",
    },
    "ru": {
        "title": "Организации",
        "slug": "organizatsii",
        "intro": "Организации мигрантов в десяти городах района Меттман: ищите объединения по городу, сфере деятельности, общине или языку.",
    },
    "uk": {
        "title": "Організації",
        "slug": "orhanizatsii",
        "intro": "Організації мігрантів у десяти містах району Меттман: шукайте об'єднання за містом, сферою діяльності, громадою або мовою.",
    },
    "el": {
        "title": "Οργανώσεις",
        "slug": "organoseis",
        "intro": "Οργανώσεις μεταναστών στις δέκα πόλεις της περιφέρειας του Μέτμαν: βρείτε συλλόγους ανά πόλη, πεδίο δράσης, κοινότητα ή γλώσσα.",
    },
    "it": {
        "title": "Organizzazioni",
        "slug": "organizzazioni",
        "intro": "Organizzazioni di migranti nelle dieci città del distretto di Mettmann: cerca le associazioni per città, settore di attività, comunità o lingua.",
    },
    "kmr": {
        "title": "Rêxistin",
        "slug": "rexistin",
        "intro": "Rêxistinên koçberan li deh bajarên navçeya Mettmannê: komeleyan li gorî bajar, qada çalakiyê, civak an ziman bibînin.",
    },
}

PARTNERS_PAGE = {
    "de": {
        "title": "Partner",
        "slug": "partner",
        "intro": "Mit diesen Partnern arbeiten die Migrantenorganisationen und das Sachgebiet Integration zusammen.",
    },
    "en": {
        "title": "Partners",
        "slug": "partners",
        "intro": "The migrant organisations and the integration office work together with these partners.",
    },
    "tr": {
        "title": "Ortaklar",
        "slug": "ortaklar",
        "intro": "Göçmen kuruluşları ve uyum birimi bu ortaklarla birlikte çalışıyor.",
    },
    "ar": {
        "title": "الشركاء",
        "slug": "alshuraka",
        "intro": "تتعاون منظمات المهاجرين ومكتب الاندماج مع هؤلاء الشركاء.",
    },
    "fa": {
        "title": "همکاران",
        "slug": "hamkaran",
        "intro": "سازمان‌های مهاجران و دفتر ادغام با این همکاران کار می‌کنند.",
    },
    "pl": {
        "title": "Partnerzy",
        "slug": "partnerzy",
        "intro": "Organizacje migrantów i referat ds. integracji współpracują z tymi partnerami.",
    },
    "ru": {
        "title": "Партнёры",
        "slug": "partnery",
        "intro": "Организации мигрантов и отдел интеграции работают вместе с этими партнёрами.",
    },
    "uk": {
        "title": "Партнери",
        "slug": "partnery",
        "intro": "Організації мігрантів і відділ інтеграції співпрацюють із цими партнерами.",
    },
    "el": {
        "title": "Εταίροι",
        "slug": "etairoi",
        "intro": "Οι οργανώσεις μεταναστών και το γραφείο ένταξης συνεργάζονται με αυτούς τους εταίρους.",
    },
    "it": {
        "title": "Partner",
        "slug": "partner",
        "intro": "Le organizzazioni di migranti e l'ufficio per l'integrazione collaborano con questi partner.",
    },
    "kmr": {
        "title": "Hevkar",
        "slug": "hevkar",
        "intro": "Rêxistinên koçberan û beşa entegrasyonê bi van hevkaran re dixebitin.",
    },
}

# (name, kind, website, description)
PARTNERS = [
    ("Stadt Erkrath", "town", "https://www.erkrath.de", "Integrationsarbeit der Stadt Erkrath."),
    ("Stadt Haan", "town", "https://www.haan.de", "Integrationsarbeit der Stadt Haan."),
    (
        "Stadt Heiligenhaus",
        "town",
        "https://www.heiligenhaus.de",
        "Integrationsarbeit der Stadt Heiligenhaus.",
    ),
    ("Stadt Hilden", "town", "https://www.hilden.de", "Integrationsarbeit der Stadt Hilden."),
    ("Stadt Langenfeld", "town", "https://www.langenfeld.de", "Integrationsarbeit der Stadt Langenfeld."),
    ("Kreisstadt Mettmann", "town", "https://www.mettmann.de", "Integrationsarbeit der Kreisstadt Mettmann."),
    (
        "Stadt Monheim am Rhein",
        "town",
        "https://www.monheim.de",
        "Integrationsarbeit der Stadt Monheim am Rhein.",
    ),
    ("Stadt Ratingen", "town", "https://www.ratingen.de", "Integrationsarbeit der Stadt Ratingen."),
    ("Stadt Velbert", "town", "https://www.velbert.de", "Integrationsarbeit der Stadt Velbert."),
    ("Stadt Wülfrath", "town", "https://www.wuelfrath.de", "Integrationsarbeit der Stadt Wülfrath."),
    (
        "Caritasverband für den Kreis Mettmann",
        "welfare",
        "",
        "Migrationsberatung, Integrationskurse und Begleitung von Ehrenamtlichen.",
    ),
    (
        "Der Paritätische – Kreisgruppe Mettmann",
        "welfare",
        "",
        "Dachverband vieler Vereine, berät Migrantenorganisationen bei Gründung und Förderung.",
    ),
    (
        "Integrationsräte der Städte im Kreis Mettmann",
        "council",
        "",
        "Die gewählten Vertretungen der Menschen mit Einwanderungsgeschichte in den Städten.",
    ),
    (
        "Kommunales Integrationszentrum Kreis Mettmann",
        "centre",
        "https://www.kreis-mettmann.de",
        "Koordiniert die Integrationsarbeit im Kreis und fördert die Vernetzung der Migrantenorganisationen.",
    ),
]

APPLICATIONS = [
    {
        "name": "Verein der Freundinnen und Freunde Kameruns Velbert e.V.",
        "contact_name": "Vorstand des Vereins",
        "email": "vorstand@kamerun-velbert.example",
        "town": "velbert",
        "communities": ["west-african"],
        "fields": ["culture", "youth"],
        "description": "Wir sind ein junger Verein von Menschen aus Kamerun und ihren Freundinnen und Freunden. Wir organisieren Kulturabende, Hausaufgabenhilfe und einmal im Jahr ein Sommerfest.",
        "language": "de",
    },
    {
        "name": "Cercle culturel francophone Ratingen",
        "contact_name": "Comité du cercle",
        "email": "contact@francophone-ratingen.example",
        "town": "ratingen",
        "communities": ["international", "west-african"],
        "fields": ["culture", "language-courses"],
        "description": "Französischsprachige Familien aus Afrika, Europa und Kanada treffen sich zu Lesekreis, Sprachtandem und Festen.",
        "language": "en",
    },
]
