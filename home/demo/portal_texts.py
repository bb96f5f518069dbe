"""Texts of the demo portal: the home and about pages in every language.

Written for the demo; the integration office replaces them in the admin.
"""

HOME = {
    "de": {
        "title": "Startseite",
        "hero_heading": "Migrantenorganisationen im Kreis Mettmann",
        "hero_text": "Vereine, Angebote und Termine der Migrantenorganisationen aus zehn Städten – in Ihrer Sprache.",
        "intro": "<p>Im Kreis Mettmann engagieren sich mehr als 60 Migrantenorganisationen für Bildung, Kultur, Sport, Beratung und Begegnung. Auf diesem Portal stellen sie sich vor, laden zu Veranstaltungen ein und berichten aus ihrer Arbeit. Das Sachgebiet Integration des Kreises begleitet sie dabei.</p>",
    },
    "en": {
        "title": "Home",
        "hero_heading": "Migrant organisations in the district of Mettmann",
        "hero_text": "Associations, services and events of the migrant organisations in ten towns – in your language.",
        "intro": "<p>More than 60 migrant organisations in the district of Mettmann work for education, culture, sport, counselling and encounter. On this portal they present themselves, invite you to events and report on their work. The district's integration office supports them.</p>",
    },
    "tr": {
        "title": "Ana sayfa",
        "hero_heading": "Mettmann ilçesindeki göçmen kuruluşları",
        "hero_text": "On şehirdeki göçmen derneklerinin kuruluşları, hizmetleri ve etkinlikleri – sizin dilinizde.",
        "intro": "<p>Mettmann ilçesinde 60'tan fazla göçmen kuruluşu eğitim, kültür, spor, danışmanlık ve buluşma için çalışıyor. Bu portalda kendilerini tanıtıyor, etkinliklere davet ediyor ve çalışmalarını anlatıyorlar. İlçenin uyum birimi onlara destek oluyor.</p>",
    },
    "ar": {
        "title": "الصفحة الرئيسية",
        "hero_heading": "منظمات المهاجرين في مقاطعة ميتمان",
        "hero_text": "جمعيات منظمات المهاجرين وخدماتها وفعالياتها في عشر مدن – بلغتك.",
        "intro": "<p>تعمل أكثر من 60 منظمة من منظمات المهاجرين في مقاطعة ميتمان في مجالات التعليم والثقافة والرياضة والاستشارة واللقاء. تعرّف هذه المنظمات بنفسها على هذه البوابة، وتدعوك إلى فعالياتها وتحدثك عن عملها. ويرافقها مكتب الاندماج في المقاطعة.</p>",
    },
    "fa": {
        "title": "صفحهٔ اصلی",
        "hero_heading": "سازمان‌های مهاجران در بخش متمان",
        "hero_text": "انجمن‌ها، خدمات و رویدادهای سازمان‌های مهاجران در ده شهر – به زبان شما.",
        "intro": "<p>بیش از ۶۰ سازمان مهاجران در بخش متمان در زمینهٔ آموزش، فرهنگ، ورزش، مشاوره و دیدار فعالیت می‌کنند. آن‌ها در این درگاه خود را معرفی می‌کنند، شما را به رویدادها دعوت می‌کنند و از کارشان گزارش می‌دهند. دفتر ادغام بخش از آن‌ها پشتیبانی می‌کند.</p>",
    },
    "pl": {
        "title": "Strona główna",
        "hero_heading": "Organizacje migrantów w powiecie Mettmann",
        "hero_text": "Stowarzyszenia, oferty i wydarzenia organizacji migrantów z dziesięciu miast – w Twoim języku.",
        "intro": "<p>W powiecie Mettmann ponad 60 organizacji migrantów działa na rzecz edukacji, kultury, sportu, doradztwa i spotkań. Na tym portalu przedstawiają się, zapraszają na wydarzenia i opowiadają o swojej pracy. Wspiera je referat ds. integracji powiatu.</p>",
    },
    "ru": {
        "title": "Главная",
        "hero_heading": "Организации мигрантов в районе Меттман",
        "hero_text": "Объединения, предложения и мероприятия организаций мигрантов из десяти городов – на вашем языке.",
        "intro": "<p>В районе Меттман более 60 организаций мигрантов работают в сфере образования, культуры, спорта, консультирования и общения. На этом портале они рассказывают о себе, приглашают на мероприятия и сообщают о своей работе. Их поддерживает отдел интеграции района.</p>",
    },
    "uk": {
        "title": "Головна",
        "hero_heading": "Організації мігрантів у районі Меттман",
        "hero_text": "Об'єднання, пропозиції та заходи організацій мігрантів із десяти міст – вашою мовою.",
        "intro": "<p>У районі Меттман понад 60 організацій мігрантів працюють у сфері освіти, культури, спорту, консультування та зустрічей. На цьому порталі вони розповідають про себе, запрошують на заходи та діляться своєю роботою. Їх підтримує відділ інтеграції району.</p>",
    },
    "el": {
        "title": "Αρχική σελίδα",
        "hero_heading": "Οργανώσεις μεταναστών στην περιφέρεια του Μέτμαν",
        "hero_text": "Σύλλογοι, υπηρεσίες και εκδηλώσεις των οργανώσεων μεταναστών σε δέκα πόλεις – στη γλώσσα σας.",
        "intro": "<p>Στην περιφέρεια του Μέτμαν περισσότερες από 60 οργανώσεις μεταναστών δραστηριοποιούνται στην εκπαίδευση, τον πολιτισμό, τον αθλητισμό, τη συμβουλευτική και τη συνάντηση. Σε αυτή την πύλη παρουσιάζονται, σας προσκαλούν σε εκδηλώσεις και μιλούν για το έργο τους. Τις υποστηρίζει το γραφείο ένταξης της περιφέρειας.</p>",
    },
    "it": {
        "title": "Pagina iniziale",
        "hero_heading": "Organizzazioni di migranti nel distretto di Mettmann",
        "hero_text": "Associazioni, servizi ed eventi delle organizzazioni di migranti in dieci città – nella tua lingua.",
        "intro": "<p>Nel distretto di Mettmann più di 60 organizzazioni di migranti si impegnano per l'istruzione, la cultura, lo sport, la consulenza e l'incontro. Su questo portale si presentano, invitano ai loro eventi e raccontano il loro lavoro. L'ufficio per l'integrazione del distretto le accompagna.</p>",
    },
    "kmr": {
        "title": "Rûpela destpêkê",
        "hero_heading": "Rêxistinên koçberan li navçeya Mettmannê",
        "hero_text": "Komele, pêşkêşî û çalakiyên rêxistinên koçberan li deh bajaran – bi zimanê we.",
        "intro": "<p>Li navçeya Mettmannê zêdetirî 60 rêxistinên koçberan ji bo perwerde, çand, werziş, şêwirmendî û hevdîtinê dixebitin. Li ser vê portalê ew xwe didin nasîn, we vedixwînin çalakiyan û ji karê xwe re dibêjin. Beşa entegrasyonê ya navçeyê wan piştgirî dike.</p>",
    },
}

ABOUT = {
    "de": {
        "title": "Über das Portal",
        "slug": "ueber-das-portal",
        "intro": "Das Portal macht die Arbeit der Migrantenorganisationen im Kreis Mettmann sichtbar.",
        "body": [
            (
                "paragraph",
                "<p>Auf mokme stellen sich Vereine und Initiativen von Menschen mit Einwanderungsgeschichte vor. Jede Organisation pflegt ihre eigenen Seiten, Neuigkeiten und Termine selbst – auf Deutsch und in den Sprachen ihrer Mitglieder.</p>",
            ),
            ("heading", "Wer steht dahinter?"),
            (
                "paragraph",
                "<p>Das Portal ist aus dem Projekt „Migrantenorganisationen als Bündnispartner im Kreis Mettmann“ hervorgegangen. Betrieben wird es vom Sachgebiet Integration des Kreises Mettmann, das die Organisationen berät und miteinander, mit den Städten und mit den Wohlfahrtsverbänden vernetzt.</p>",
            ),
            ("heading", "Mitmachen"),
            (
                "paragraph",
                "<p>Ihr Verein ist im Kreis Mettmann aktiv und möchte sich hier vorstellen? Melden Sie sich beim Sachgebiet Integration – die Teilnahme ist kostenlos.</p>",
            ),
        ],
    },
    "en": {
        "title": "About the portal",
        "slug": "about-the-portal",
        "intro": "The portal makes the work of the migrant organisations in the district of Mettmann visible.",
        "body": [
            (
                "paragraph",
                "<p>On mokme, associations and initiatives of people with a migration background present themselves. Each organisation keeps its own pages, news and events – in German and in the languages of its members.</p>",
            ),
            ("heading", "Who is behind it?"),
            (
                "paragraph",
                "<p>The portal grew out of the project “Migrant organisations as partners in the district of Mettmann”. It is run by the district's integration office, which advises the organisations and connects them with each other, with the towns and with the welfare associations.</p>",
            ),
            ("heading", "Take part"),
            (
                "paragraph",
                "<p>Is your association active in the district of Mettmann and would like to present itself here? Contact the integration office – taking part is free of charge.</p>",
            ),
        ],
    },
    "tr": {
        "title": "Portal hakkında",
        "slug": "portal-hakkinda",
        "intro": "Portal, Mettmann ilçesindeki göçmen kuruluşlarının çalışmalarını görünür kılıyor.",
        "body": [
            (
                "paragraph",
                "<p>mokme'de göç geçmişi olan insanların dernek ve girişimleri kendilerini tanıtıyor. Her kuruluş kendi sayfalarını, haberlerini ve etkinliklerini kendisi yönetiyor – Almanca ve üyelerinin dillerinde.</p>",
            ),
            ("heading", "Arkasında kim var?"),
            (
                "paragraph",
                "<p>Portal, „Mettmann ilçesinde ittifak ortağı olarak göçmen kuruluşları“ projesinden doğdu. Kuruluşlara danışmanlık yapan ve onları birbirleriyle, şehirlerle ve refah kuruluşlarıyla buluşturan ilçenin uyum birimi tarafından işletiliyor.</p>",
            ),
            ("heading", "Katılın"),
            (
                "paragraph",
                "<p>Derneğiniz Mettmann ilçesinde faaliyet gösteriyor ve burada kendini tanıtmak mı istiyor? Uyum birimiyle iletişime geçin – katılım ücretsizdir.</p>",
            ),
        ],
    },
    "ar": {
        "title": "عن البوابة",
        "slug": "an-albawaba",
        "intro": "تُبرز البوابة عمل منظمات المهاجرين في مقاطعة ميتمان.",
        "body": [
            (
                "paragraph",
                "<p>على بوابة mokme تعرّف جمعيات ومبادرات الأشخاص ذوي الخلفية المهاجرة بنفسها. وتدير كل منظمة صفحاتها وأخبارها ومواعيدها بنفسها – بالألمانية وبلغات أعضائها.</p>",
            ),
            ("heading", "من يقف وراءها؟"),
            (
                "paragraph",
                "<p>نشأت البوابة من مشروع „منظمات المهاجرين شريكةً في التحالف في مقاطعة ميتمان“. ويديرها مكتب الاندماج في مقاطعة ميتمان، الذي يقدم المشورة للمنظمات ويربطها ببعضها وبالمدن وبجمعيات الرعاية الاجتماعية.</p>",
            ),
            ("heading", "شارك معنا"),
            (
                "paragraph",
                "<p>هل تنشط جمعيتك في مقاطعة ميتمان وتريد أن تعرّف بنفسها هنا؟ تواصل مع مكتب الاندماج – المشاركة مجانية.</p>",
            ),
        ],
    },
    "fa": {
        "title": "دربارهٔ درگاه",
        "slug": "darbare-dargah",
        "intro": "این درگاه کار سازمان‌های مهاجران در بخش متمان را نمایان می‌کند.",
        "body": [
            (
                "paragraph",
                "<p>در mokme انجمن‌ها و ابتکارهای افرادی با پیشینهٔ مهاجرت خود را معرفی می‌کنند. هر سازمان صفحه‌ها، خبرها و رویدادهای خود را خودش به‌روز می‌کند – به آلمانی و به زبان‌های اعضایش.</p>",
            ),
            ("heading", "چه کسی پشت آن است؟"),
            (
                "paragraph",
                "<p>این درگاه از پروژهٔ «سازمان‌های مهاجران به‌عنوان شریک در بخش متمان» پدید آمده است. گردانندهٔ آن دفتر ادغام بخش متمان است که به سازمان‌ها مشاوره می‌دهد و آن‌ها را با یکدیگر، با شهرها و با انجمن‌های رفاهی پیوند می‌دهد.</p>",
            ),
            ("heading", "همراه شوید"),
            (
                "paragraph",
                "<p>انجمن شما در بخش متمان فعال است و می‌خواهد خود را اینجا معرفی کند؟ با دفتر ادغام تماس بگیرید – شرکت رایگان است.</p>",
            ),
        ],
    },
    "pl": {
        "title": "O portalu",
        "slug": "o-portalu",
        "intro": "Portal pokazuje pracę organizacji migrantów w powiecie Mettmann.",
        "body": [
            (
                "paragraph",
                "<p>Na mokme przedstawiają się stowarzyszenia i inicjatywy osób z doświadczeniem migracji. Każda organizacja sama prowadzi swoje strony, aktualności i terminy – po niemiecku i w językach swoich członków.</p>",
            ),
            ("heading", "Kto za tym stoi?"),
            (
                "paragraph",
                "<p>Portal powstał w ramach projektu „Organizacje migrantów jako partnerzy w powiecie Mettmann”. Prowadzi go referat ds. integracji powiatu Mettmann, który doradza organizacjom i łączy je ze sobą, z miastami i z organizacjami społecznymi.</p>",
            ),
            ("heading", "Dołącz"),
            (
                "paragraph",
                "<p>Twoje stowarzyszenie działa w powiecie Mettmann i chce się tu przedstawić? Skontaktuj się z referatem ds. integracji – udział jest bezpłatny.</p>",
            ),
        ],
    },
    "ru": {
        "title": "О портале",
        "slug": "o-portale",
        "intro": "Портал делает видимой работу организаций мигрантов в районе Меттман.",
        "body": [
            (
                "paragraph",
                "<p>На mokme представляют себя объединения и инициативы людей с миграционной историей. Каждая организация сама ведёт свои страницы, новости и мероприятия – на немецком и на языках своих участников.</p>",
            ),
            ("heading", "Кто за этим стоит?"),
            (
                "paragraph",
                "<p>Портал вырос из проекта «Организации мигрантов как партнёры в районе Меттман». Его ведёт отдел интеграции района Меттман, который консультирует организации и связывает их друг с другом, с городами и с благотворительными союзами.</p>",
            ),
            ("heading", "Присоединяйтесь"),
            (
                "paragraph",
                "<p>Ваше объединение работает в районе Меттман и хочет представить себя здесь? Свяжитесь с отделом интеграции – участие бесплатное.</p>",
            ),
        ],
    },
    "uk": {
        "title": "Про портал",
        "slug": "pro-portal",
        "intro": "Портал робить видимою роботу організацій мігрантів у районі Меттман.",
        "body": [
            (
                "paragraph",
                "<p>На mokme представляють себе об'єднання та ініціативи людей з міграційною історією. Кожна організація сама веде свої сторінки, новини та заходи – німецькою та мовами своїх учасників.</p>",
            ),
            ("heading", "Хто за цим стоїть?"),
            (
                "paragraph",
                "<p>Портал виріс із проєкту «Організації мігрантів як партнери в районі Меттман». Його веде відділ інтеграції району Меттман, який консультує організації та поєднує їх між собою, з містами й добродійними спілками.</p>",
            ),
            ("heading", "Долучайтеся"),
            (
                "paragraph",
                "<p>Ваше об'єднання діє в районі Меттман і хоче представити себе тут? Зверніться до відділу інтеграції – участь безкоштовна.</p>",
            ),
        ],
    },
    "el": {
        "title": "Σχετικά με την πύλη",
        "slug": "schetika-me-tin-pyli",
        "intro": "Η πύλη κάνει ορατό το έργο των οργανώσεων μεταναστών στην περιφέρεια του Μέτμαν.",
        "body": [
            (
                "paragraph",
                "<p>Στο mokme παρουσιάζονται σύλλογοι και πρωτοβουλίες ανθρώπων με ιστορία μετανάστευσης. Κάθε οργάνωση διαχειρίζεται μόνη της τις σελίδες, τα νέα και τις εκδηλώσεις της – στα γερμανικά και στις γλώσσες των μελών της.</p>",
            ),
            ("heading", "Ποιος βρίσκεται πίσω από αυτήν;"),
            (
                "paragraph",
                "<p>Η πύλη προέκυψε από το έργο «Οργανώσεις μεταναστών ως εταίροι στην περιφέρεια του Μέτμαν». Τη λειτουργεί το γραφείο ένταξης της περιφέρειας, που συμβουλεύει τις οργανώσεις και τις φέρνει σε επαφή μεταξύ τους, με τις πόλεις και με τους φορείς κοινωνικής πρόνοιας.</p>",
            ),
            ("heading", "Συμμετέχετε"),
            (
                "paragraph",
                "<p>Ο σύλλογός σας δραστηριοποιείται στην περιφέρεια του Μέτμαν και θέλει να παρουσιαστεί εδώ; Επικοινωνήστε με το γραφείο ένταξης – η συμμετοχή είναι δωρεάν.</p>",
            ),
        ],
    },
    "it": {
        "title": "Il portale",
        "slug": "il-portale",
        "intro": "Il portale rende visibile il lavoro delle organizzazioni di migranti nel distretto di Mettmann.",
        "body": [
            (
                "paragraph",
                "<p>Su mokme si presentano associazioni e iniziative di persone con una storia di migrazione. Ogni organizzazione cura da sé le proprie pagine, notizie e appuntamenti – in tedesco e nelle lingue dei suoi membri.</p>",
            ),
            ("heading", "Chi c'è dietro?"),
            (
                "paragraph",
                "<p>Il portale è nato dal progetto «Organizzazioni di migranti come partner nel distretto di Mettmann». È gestito dall'ufficio per l'integrazione del distretto, che consiglia le organizzazioni e le mette in rete tra loro, con le città e con le associazioni assistenziali.</p>",
            ),
            ("heading", "Partecipa"),
            (
                "paragraph",
                "<p>La tua associazione è attiva nel distretto di Mettmann e vuole presentarsi qui? Contatta l'ufficio per l'integrazione – la partecipazione è gratuita.</p>",
            ),
        ],
    },
    "kmr": {
        "title": "Derbarê portalê de",
        "slug": "derbare-portale-de",
        "intro": "Portal karê rêxistinên koçberan li navçeya Mettmannê xuya dike.",
        "body": [
            (
                "paragraph",
                "<p>Li ser mokme komele û înîsiyatîfên mirovên bi dîroka koçberiyê xwe didin nasîn. Her rêxistin rûpel, nûçe û dîrokên xwe bi xwe birêve dibe – bi almanî û bi zimanên endamên xwe.</p>",
            ),
            ("heading", "Kî li pişt wê ye?"),
            (
                "paragraph",
                "<p>Portal ji projeya „Rêxistinên koçberan wek hevalbendên li navçeya Mettmannê“ derketiye. Beşa entegrasyonê ya navçeya Mettmannê wê dimeşîne, ku şêwirê dide rêxistinan û wan bi hev re, bi bajaran re û bi komeleyên xêrxwaziyê re girê dide.</p>",
            ),
            ("heading", "Beşdar bibin"),
            (
                "paragraph",
                "<p>Komeleya we li navçeya Mettmannê çalak e û dixwaze xwe li vir bide nasîn? Bi beşa entegrasyonê re têkilî daynin – beşdarbûn belaş e.</p>",
            ),
        ],
    },
}
