"""Press releases of the Pressestelle and the Sachgebiet Integration of the Kreis Mettmann (demo)."""

PRESS_CONTACTS = {
    "presse": {
        "name": "Pressesprecherin des Kreises",
        "unit": "Pressestelle",
        "phone": "02104 99-1000",
        "email": "presse@mokme.example",
    },
    "integration": {
        "name": "Leitung Sachgebiet Integration",
        "unit": "Sachgebiet Integration",
        "phone": "02104 99-2000",
        "email": "integration@mokme.example",
    },
    "ki": {
        "name": "Koordination Migrantenorganisationen",
        "unit": "Kommunales Integrationszentrum",
        "phone": "02104 99-2010",
        "email": "ki@mokme.example",
    },
}

PRESS_TOPICS = {
    "integration": {
        "de": "Integration",
        "en": "Integration",
        "tr": "Uyum",
        "ar": "الاندماج",
        "fa": "ادغام اجتماعی",
        "pl": "Integracja",
        "ru": "Интеграция",
        "uk": "Інтеграція",
        "el": "Ένταξη",
        "it": "Integrazione",
        "kmr": "Entegrasyon",
    },
    "ehrenamt": {
        "de": "Ehrenamt",
        "en": "Volunteering",
        "tr": "Gönüllülük",
        "ar": "العمل التطوعي",
        "fa": "کار داوطلبانه",
        "pl": "Wolontariat",
        "ru": "Волонтёрство",
        "uk": "Волонтерство",
        "el": "Εθελοντισμός",
        "it": "Volontariato",
        "kmr": "Xebata dilxwazî",
    },
    "bildung": {
        "de": "Bildung",
        "en": "Education",
        "tr": "Eğitim",
        "ar": "التعليم",
        "fa": "آموزش",
        "pl": "Edukacja",
        "ru": "Образование",
        "uk": "Освіта",
        "el": "Εκπαίδευση",
        "it": "Istruzione",
        "kmr": "Perwerde",
    },
    "sprache": {
        "de": "Sprache",
        "en": "Language",
        "tr": "Dil",
        "ar": "اللغة",
        "fa": "زبان",
        "pl": "Język",
        "ru": "Язык",
        "uk": "Мова",
        "el": "Γλώσσα",
        "it": "Lingua",
        "kmr": "Ziman",
    },
    "gefluechtete": {
        "de": "Geflüchtete",
        "en": "Refugees",
        "tr": "Mülteciler",
        "ar": "اللاجئون",
        "fa": "پناهجویان",
        "pl": "Uchodźcy",
        "ru": "Беженцы",
        "uk": "Біженці",
        "el": "Πρόσφυγες",
        "it": "Rifugiati",
        "kmr": "Penaber",
    },
    "kultur": {
        "de": "Kultur",
        "en": "Culture",
        "tr": "Kültür",
        "ar": "الثقافة",
        "fa": "فرهنگ",
        "pl": "Kultura",
        "ru": "Культура",
        "uk": "Культура",
        "el": "Πολιτισμός",
        "it": "Cultura",
        "kmr": "Çand",
    },
    "arbeit": {
        "de": "Arbeit",
        "en": "Work",
        "tr": "Çalışma hayatı",
        "ar": "العمل",
        "fa": "کار و اشتغال",
        "pl": "Praca",
        "ru": "Работа",
        "uk": "Робота",
        "el": "Εργασία",
        "it": "Lavoro",
        "kmr": "Kar û xebat",
    },
    "gesundheit": {
        "de": "Gesundheit",
        "en": "Health",
        "tr": "Sağlık",
        "ar": "الصحة",
        "fa": "سلامت",
        "pl": "Zdrowie",
        "ru": "Здоровье",
        "uk": "Здоров’я",
        "el": "Υγεία",
        "it": "Salute",
        "kmr": "Tenduristî",
    },
    "foerderung": {
        "de": "Förderung",
        "en": "Funding",
        "tr": "Hibe ve destekler",
        "ar": "التمويل والدعم",
        "fa": "حمایت مالی",
        "pl": "Dofinansowanie",
        "ru": "Финансирование",
        "uk": "Фінансування",
        "el": "Χρηματοδότηση",
        "it": "Finanziamenti",
        "kmr": "Piştgiriya darayî",
    },
    "veranstaltungen": {
        "de": "Veranstaltungen",
        "en": "Events",
        "tr": "Etkinlikler",
        "ar": "الفعاليات",
        "fa": "رویدادها",
        "pl": "Wydarzenia",
        "ru": "Мероприятия",
        "uk": "Заходи",
        "el": "Εκδηλώσεις",
        "it": "Eventi",
        "kmr": "Çalakî",
    },
}

PRESS_RELEASES = [
    {
        "date": "2022-01-24",
        "dateline": "mettmann",
        "title": {"de": "Sprachcafés im Kreis Mettmann rücken zusammen"},
        "slug": {"de": "sprachcafes-im-kreis-ruecken-zusammen"},
        "subtitle": {"de": "Erstes Netzwerktreffen für Ehrenamtliche und Träger"},
        "teaser": {
            "de": "In Gemeindehäusern, Bibliotheken und Vereinsheimen treffen sich im ganzen Kreis Menschen, um miteinander Deutsch zu sprechen. Das Sachgebiet Integration lädt alle, die ein Sprachcafé organisieren, zu einem ersten gemeinsamen Austausch ein.",
        },
        "body": {
            "de": [
                (
                    "paragraph",
                    "<p>Sprachcafés gehören zu den einfachsten und zugleich wirksamsten Angeboten der Integrationsarbeit: Wer vorbeikommt, braucht weder Anmeldung noch Lehrbuch, nur ein wenig Mut und Lust auf ein Gespräch. Getragen werden die Treffen fast überall von Ehrenamtlichen – in Kirchengemeinden, Familienzentren, Stadtbibliotheken und Migrantenorganisationen.</p>",
                ),
                ("heading", "Voneinander lernen"),
                (
                    "paragraph",
                    "<p>Bisher arbeiten die meisten Sprachcafés für sich. Beim ersten Netzwerktreffen sollen sie sich kennenlernen und ganz praktische Fragen besprechen: Wie finden neue Gäste den Weg ins Café? Welche Gesprächsthemen und Materialien haben sich bewährt? Und wie lassen sich neue Ehrenamtliche gewinnen, ohne die bewährten zu überlasten?</p>",
                ),
                (
                    "paragraph",
                    "<p>Das Treffen findet wegen der Pandemie als Videokonferenz statt. Die Zugangsdaten verschickt das Sachgebiet Integration nach einer kurzen Anmeldung per E-Mail. Willkommen sind auch alle, die erst darüber nachdenken, ein Sprachcafé zu gründen.</p>",
                ),
                ("heading", "Eine Übersicht für alle"),
                (
                    "paragraph",
                    "<p>Ziel ist eine gemeinsame Übersicht aller Sprachcafés im Kreis mit Ort, Uhrzeit und Ansprechperson. So sollen Neuzugewanderte, Beratungsstellen und Sprachkursträger schneller ein passendes Angebot in der Nähe finden.</p>",
                ),
            ],
        },
        "topics": ["sprache", "ehrenamt"],
        "contacts": ["integration"],
        "correction": None,
    },
    {
        "date": "2022-03-09",
        "dateline": "mettmann",
        "title": {
            "de": "Infotelefon für Menschen aus der Ukraine und ihre Gastgeber",
            "en": "Information line for people from Ukraine and their hosts",
            "uk": "Інформаційна лінія для людей з України та тих, хто їх прихистив",
            "ru": "Информационная линия для людей из Украины и тех, кто их принял",
        },
        "slug": {
            "de": "infotelefon-ukraine",
            "en": "information-line-ukraine",
            "uk": "informatsiina-liniia-ukraina",
            "ru": "informatsionnaya-liniya-ukraina",
        },
        "teaser": {
            "de": "Viele Menschen, die vor dem Krieg in der Ukraine fliehen, kommen zurzeit bei Verwandten, Freunden oder hilfsbereiten Familien im Kreis Mettmann unter. Ein Infotelefon beantwortet ab sofort ihre Fragen – auf Deutsch, Ukrainisch und Russisch.",
            "en": "Many people fleeing the war in Ukraine are currently staying with relatives, friends or kind-hearted families in the district of Mettmann. From today, an information line answers their questions – in German, Ukrainian and Russian.",
            "uk": "Багато людей, які рятуються від війни в Україні, зараз живуть у родичів, друзів або небайдужих сімей у районі Меттман. Відтепер на їхні запитання відповідає інформаційна лінія – німецькою, українською та російською мовами.",
            "ru": "Многие люди, спасающиеся от войны в Украине, сейчас живут у родственников, друзей или отзывчивых семей в районе Меттман. Теперь на их вопросы отвечает информационная линия – на немецком, украинском и русском языках.",
        },
        "body": {
            "de": [
                (
                    "paragraph",
                    "<p>Seit Beginn des Krieges erreichen die Rathäuser und die Kreisverwaltung täglich dieselben Fragen: Wo muss ich mich anmelden? Wer hilft bei der Krankenversicherung? Bekommen die Kinder einen Platz in Kita und Schule? Damit niemand lange suchen muss, bündelt der Kreis Mettmann die Auskünfte jetzt an einer Stelle.</p>",
                ),
                ("heading", "So erreichen Sie das Infotelefon"),
                (
                    "paragraph",
                    "<p>Das Infotelefon ist montags bis freitags von 8 bis 16 Uhr unter 02104 99-2000 erreichbar. Mitarbeitende des Sachgebiets Integration und Kolleginnen mit ukrainischen und russischen Sprachkenntnissen geben Auskunft und vermitteln an die zuständigen Stellen in den Städten. Auch Gastgeberinnen und Gastgeber, die Menschen aus der Ukraine bei sich aufgenommen haben, können sich mit ihren Fragen melden.</p>",
                ),
                (
                    "paragraph",
                    "<p>Der Landrat dankt allen, die in diesen Tagen ihre Türen öffnen: „Was Nachbarschaften, Kirchengemeinden und Vereine gerade leisten, ist überwältigend. Besonders die Migrantenorganisationen, deren Mitglieder selbst Ukrainisch oder Russisch sprechen, sind jetzt eine unschätzbare Brücke.“</p>",
                ),
                ("heading", "Wer helfen möchte"),
                (
                    "paragraph",
                    "<p>Wer Wohnraum zur Verfügung stellen kann, wendet sich bitte an die Stadtverwaltung seines Wohnorts. Sachspenden nehmen die Städte derzeit nur nach Absprache an, damit Lager und Helfende nicht überlastet werden.</p>",
                ),
            ],
            "en": [
                (
                    "paragraph",
                    "<p>Since the war began, town halls and the district administration have been receiving the same questions every day: Where do I have to register? Who can help with health insurance? Will my children get a place at nursery and school? So that nobody has to search for long, the district of Mettmann is now bringing all this information together in one place.</p>",
                ),
                ("heading", "How to reach the information line"),
                (
                    "paragraph",
                    "<p>The information line is open Monday to Friday from 8 am to 4 pm on 02104 99-2000. Staff of the integration office and colleagues who speak Ukrainian and Russian answer questions and put callers in touch with the right office in their town. Hosts who have taken in people from Ukraine are also welcome to call.</p>",
                ),
                (
                    "paragraph",
                    "<p>Anyone who can offer accommodation should contact the town hall where they live. At the moment, the towns only accept donations in kind by prior arrangement.</p>",
                ),
            ],
            "uk": [
                (
                    "paragraph",
                    "<p>Від початку війни до ратуш і адміністрації району щодня надходять ті самі запитання: де мені зареєструватися? Хто допоможе з медичним страхуванням? Чи отримають діти місце в дитсадку та школі? Щоб нікому не доводилося довго шукати, район Меттман зібрав усю інформацію в одному місці.</p>",
                ),
                ("heading", "Як зв’язатися з інформаційною лінією"),
                (
                    "paragraph",
                    "<p>Інформаційна лінія працює з понеділка по п’ятницю з 8:00 до 16:00 за номером 02104 99-2000. Працівники відділу інтеграції та колеги, які володіють українською й російською, відповідають на запитання та підкажуть, до якої установи у вашому місті звернутися. Телефонувати можуть і ті, хто прихистив у себе людей з України.</p>",
                ),
                (
                    "paragraph",
                    "<p>Хто може запропонувати житло, звертайтеся, будь ласка, до міської адміністрації за місцем проживання.</p>",
                ),
            ],
            "ru": [
                (
                    "paragraph",
                    "<p>С начала войны в ратуши и администрацию района каждый день поступают одни и те же вопросы: где мне зарегистрироваться? Кто поможет с медицинской страховкой? Получат ли дети место в детском саду и школе? Чтобы никому не приходилось долго искать, район Меттман собрал всю информацию в одном месте.</p>",
                ),
                ("heading", "Как связаться с информационной линией"),
                (
                    "paragraph",
                    "<p>Информационная линия работает с понедельника по пятницу с 8:00 до 16:00 по номеру 02104 99-2000. Сотрудники отдела интеграции и коллеги, говорящие по-украински и по-русски, ответят на вопросы и подскажут, в какое учреждение вашего города обратиться. Звонить могут и те, кто принял у себя людей из Украины.</p>",
                ),
                (
                    "paragraph",
                    "<p>Если вы можете предоставить жильё, пожалуйста, обращайтесь в городскую администрацию по месту жительства.</p>",
                ),
            ],
        },
        "topics": ["gefluechtete", "integration"],
        "contacts": ["presse", "integration"],
        "correction": None,
    },
    {
        "date": "2022-04-27",
        "dateline": "mettmann",
        "title": {"de": "Kleine Projekte, große Wirkung: Förderaufruf für Migrantenorganisationen"},
        "slug": {"de": "foerderaufruf-kleinprojekte-2022"},
        "subtitle": {"de": "Bis zu 1.500 Euro für Ideen aus den Vereinen"},
        "teaser": {
            "de": "Ein Nachbarschaftsfest, ein Elternabend mit Dolmetscherin, ein Wochenendworkshop für die Jugendgruppe: Der Kreis Mettmann unterstützt Migrantenorganisationen bei solchen Vorhaben mit bis zu 1.500 Euro. Anträge sind bis Ende Juni möglich.",
        },
        "body": {
            "de": [
                (
                    "paragraph",
                    "<p>Oft sind es die kleinen Vorhaben, die in einer Stadt am meisten bewegen. Genau dafür gibt es die Kleinprojektförderung des Kreises Mettmann: Sie richtet sich an Migrantenorganisationen und Initiativen, die mit überschaubarem Aufwand etwas für das Zusammenleben tun wollen.</p>",
                ),
                ("heading", "Wer kann einen Antrag stellen?"),
                (
                    "paragraph",
                    "<p>Antragsberechtigt sind eingetragene Vereine und nicht eingetragene Initiativen aus den zehn Städten des Kreises. Gefördert werden zum Beispiel Honorare für Referentinnen und Referenten, Raummieten, Material und Fahrtkosten. Besonders willkommen sind Projekte, die mehrere Vereine gemeinsam planen oder die neue Zielgruppen erreichen.</p>",
                ),
                ("heading", "Einfach beantragen"),
                (
                    "paragraph",
                    "<p>Ein zweiseitiges Antragsformular genügt. Es steht auf der Internetseite des Kreises bereit und kann bis zum 30. Juni 2022 per E-Mail an das Sachgebiet Integration geschickt werden. Wer beim Ausfüllen Unterstützung braucht, kann einen Beratungstermin vereinbaren – auf Wunsch auch abends oder am Samstag.</p>",
                ),
            ],
        },
        "topics": ["foerderung", "ehrenamt"],
        "contacts": ["integration"],
        "correction": {
            "note": {
                "de": "Korrigiert: Die Antragsfrist endet am 30. Juni 2022. In der ersten Fassung dieser Mitteilung war versehentlich der 15. Juni genannt."
            },
            "at": "2022-04-28T09:40",
        },
    },
    {
        "date": "2022-06-15",
        "dateline": "ratingen",
        "title": {"de": "Zuhören, nachfragen, ermutigen: Fortbildung für Ehrenamtliche in Sprachcafés"},
        "slug": {"de": "fortbildung-ehrenamtliche-sprachcafes"},
        "teaser": {
            "de": "Wie lenke ich ein Gespräch, wenn die Gruppe sehr gemischt ist? Und wie korrigiere ich, ohne zu entmutigen? Eine eintägige Fortbildung in Ratingen gibt Ehrenamtlichen aus Sprachcafés Antworten und neue Ideen.",
        },
        "body": {
            "de": [
                (
                    "paragraph",
                    "<p>Seit dem ersten Netzwerktreffen im Winter tauschen sich die Sprachcafés im Kreis Mettmann regelmäßig aus. Ein Wunsch wurde dabei immer wieder genannt: mehr Handwerkszeug für die Gesprächsleitung. Das Sachgebiet Integration und das Kommunale Integrationszentrum bieten deshalb am Samstag, 2. Juli, eine kostenlose Fortbildung an.</p>",
                ),
                ("heading", "Was auf dem Programm steht"),
                (
                    "paragraph",
                    "<ul><li>Gesprächsanlässe, wenn Anfängerinnen und Fortgeschrittene an einem Tisch sitzen</li><li>Fehler freundlich aufgreifen, statt ständig zu verbessern</li><li>Mit Bildern, Alltagsgegenständen und Spielen arbeiten</li><li>Die eigenen Grenzen kennen: Wann verweise ich an eine Beratungsstelle?</li></ul>",
                ),
                (
                    "paragraph",
                    "<p>Die Fortbildung findet von 10 bis 16 Uhr in Ratingen statt; für Mittagessen und Getränke ist gesorgt. Die Zahl der Plätze ist auf 20 begrenzt. Anmeldungen nimmt das Kommunale Integrationszentrum entgegen.</p>",
                ),
            ],
        },
        "topics": ["sprache", "ehrenamt", "bildung"],
        "contacts": ["ki"],
        "correction": None,
    },
    {
        "date": "2022-09-12",
        "dateline": "velbert",
        "title": {"de": "Interkulturelle Woche 2022: Ein Programm so vielfältig wie der Kreis"},
        "slug": {"de": "interkulturelle-woche-2022"},
        "subtitle": {"de": "Auftakt mit einem Familienfest in Velbert"},
        "teaser": {
            "de": "Mit Konzerten, Lesungen, offenen Moscheen, Kochabenden und Gesprächsrunden beteiligen sich Vereine, Kirchengemeinden und Städte an der bundesweiten Interkulturellen Woche. Den Auftakt im Kreis Mettmann macht ein Familienfest in Velbert.",
        },
        "body": {
            "de": [
                (
                    "paragraph",
                    "<p>Ende September lädt die Interkulturelle Woche wieder bundesweit dazu ein, Nachbarinnen und Nachbarn kennenzulernen, die man im Alltag vielleicht nur vom Grüßen kennt. Im Kreis Mettmann haben Migrantenorganisationen, Kirchengemeinden, Schulen und Stadtverwaltungen mehr als 40 Veranstaltungen auf die Beine gestellt.</p>",
                ),
                ("heading", "Familienfest zum Auftakt"),
                (
                    "paragraph",
                    "<p>Eröffnet wird die Woche mit einem Familienfest in Velbert. Auf der Bühne wechseln sich Chöre, Tanzgruppen und Bands aus verschiedenen Vereinen ab, an den Ständen gibt es Spezialitäten aus vielen Küchen und für die Kinder ein Mitmachprogramm mit Spielen aus aller Welt. Der Landrat eröffnet das Fest gemeinsam mit der Stadtspitze.</p>",
                ),
                ("heading", "Das ganze Programm"),
                (
                    "paragraph",
                    "<p>Das vollständige Programm mit allen Terminen liegt in den Rathäusern und Stadtbibliotheken aus und steht auf der Internetseite des Kreises. Die meisten Angebote sind kostenlos und ohne Anmeldung zugänglich.</p>",
                ),
            ],
        },
        "topics": ["veranstaltungen", "kultur"],
        "contacts": ["presse", "ki"],
        "correction": None,
    },
    {
        "date": "2022-11-08",
        "dateline": "mettmann",
        "title": {"de": "Ehrenamtspreis Integration: Landrat ehrt drei Initiativen"},
        "slug": {"de": "ehrenamtspreis-integration-2022"},
        "teaser": {
            "de": "Lernpatenschaften in Wülfrath, Elternarbeit in Ratingen und eine Jugendinitiative aus Mettmann: Der Ehrenamtspreis Integration des Kreises Mettmann geht in diesem Jahr an drei Gruppen, die zeigen, wie Zusammenhalt im Alltag entsteht.",
        },
        "body": {
            "de": [
                (
                    "paragraph",
                    "<p>Im Kreishaus in Mettmann hat der Landrat am Montagabend den Ehrenamtspreis Integration verliehen. Ausgezeichnet werden Menschen, die sich in ihrer Freizeit dafür einsetzen, dass Zugewanderte und Alteingesessene im Kreis Mettmann zusammenfinden. Der Preis ist mit jeweils 500 Euro dotiert.</p>",
                ),
                ("heading", "Die Preisträgerinnen und Preisträger"),
                (
                    "paragraph",
                    "<p>Die <b>Sprachbrücke Wülfrath</b> begleitet mit ehrenamtlichen Lernpatinnen und Lernpaten Schulkinder und Erwachsene beim Deutschlernen. Der <b>Arabische Elternverein Ratingen</b> übersetzt bei Elternabenden und erklärt Familien, wie Kita und Schule in Deutschland funktionieren. Und <b>Junge Vielfalt Mettmann</b> bringt Jugendliche zusammen, die anderen Jugendlichen auf dem Weg in die Ausbildung helfen.</p>",
                ),
                (
                    "paragraph",
                    "<p>„Diese Menschen warten nicht darauf, dass jemand anderes etwas tut“, sagte der Landrat in seiner Ansprache. „Sie sehen, wo es hakt, und packen an. Dafür gebührt ihnen unser aller Dank.“</p>",
                ),
                (
                    "paragraph",
                    "<p>Vorschläge für den nächsten Ehrenamtspreis können ab dem Frühjahr wieder beim Sachgebiet Integration eingereicht werden.</p>",
                ),
            ],
        },
        "topics": ["ehrenamt", "integration"],
        "contacts": ["presse"],
        "correction": None,
    },
    {
        "date": "2023-01-30",
        "dateline": "langenfeld",
        "title": {"de": "Gesehen werden: Workshopreihe zur Öffentlichkeitsarbeit für Vereine"},
        "slug": {"de": "workshopreihe-oeffentlichkeitsarbeit-vereine"},
        "subtitle": {"de": "Vier Abende in Langenfeld, kostenlos und praxisnah"},
        "teaser": {
            "de": "Viele Migrantenorganisationen leisten großartige Arbeit, doch außerhalb der eigenen Gemeinschaft weiß kaum jemand davon. Eine Workshopreihe des Kommunalen Integrationszentrums zeigt, wie Vereine mit wenig Aufwand sichtbarer werden.",
        },
        "body": {
            "de": [
                (
                    "paragraph",
                    "<p>Ein Flyer, der niemanden anspricht, eine Facebook-Seite, die seit Monaten schläft, eine Pressemitteilung, die nie erscheint: Viele Vereine kennen solche Erfahrungen. Dabei braucht gute Öffentlichkeitsarbeit weder ein großes Budget noch Profis – wohl aber ein paar Grundregeln und etwas Übung.</p>",
                ),
                ("heading", "Vier Abende, vier Themen"),
                (
                    "paragraph",
                    "<ul><li>Die eigene Geschichte erzählen: Was macht unseren Verein besonders?</li><li>Texte für Lokalzeitung und Gemeindeblatt schreiben</li><li>Fotos und kurze Videos mit dem Smartphone</li><li>Soziale Medien planen, ohne sich zu verzetteln</li></ul>",
                ),
                (
                    "paragraph",
                    "<p>Die Workshops finden ab Mitte Februar an vier Dienstagabenden in Langenfeld statt. Sie bauen aufeinander auf, können aber auch einzeln besucht werden. Jeder Verein kann bis zu zwei Personen anmelden; die Teilnahme ist kostenlos.</p>",
                ),
            ],
        },
        "topics": ["bildung", "ehrenamt"],
        "contacts": ["ki"],
        "correction": None,
    },
    {
        "date": "2023-03-08",
        "dateline": "monheim-am-rhein",
        "title": {
            "de": "Frauen stärken Frauen: Netzwerk der Migrantinnen gegründet",
            "ar": "النساء يدعمن النساء: تأسيس شبكة للنساء المهاجرات",
            "tr": "Kadınlar kadınları güçlendiriyor: Göçmen kadınlar ağı kuruldu",
        },
        "slug": {
            "de": "netzwerk-der-migrantinnen-gegruendet",
            "ar": "shabakat-al-nisaa-al-muhajirat",
            "tr": "gocmen-kadinlar-agi-kuruldu",
        },
        "teaser": {
            "de": "Zum Internationalen Frauentag haben sich in Monheim am Rhein Frauenvereine und Fraueninitiativen aus dem ganzen Kreis zu einem Netzwerk zusammengeschlossen. Sie wollen Erfahrungen teilen, sich gegenseitig unterstützen und gemeinsam mehr Gehör finden.",
            "ar": "بمناسبة اليوم العالمي للمرأة، اجتمعت جمعيات ومبادرات نسائية من جميع أنحاء مقاطعة ميتمان في مونهايم على نهر الراين وأسّست شبكة مشتركة. تريد النساء تبادل الخبرات ودعم بعضهن بعضاً وإيصال أصواتهن معاً.",
            "tr": "Dünya Kadınlar Günü'nde Monheim am Rhein'da, ilçenin dört bir yanından kadın dernekleri ve girişimleri bir ağ çatısı altında birleşti. Deneyimlerini paylaşmak, birbirlerine destek olmak ve seslerini birlikte daha güçlü duyurmak istiyorlar.",
        },
        "body": {
            "de": [
                (
                    "paragraph",
                    "<p>Rund 60 Frauen aus mehr als 15 Vereinen und Initiativen kamen am Internationalen Frauentag in Monheim am Rhein zusammen. Vertreten waren Frauencafés, Elternvereine, Moscheegemeinden, Kulturvereine und Selbsthilfegruppen – und mit ihnen Sprachen von Arabisch über Farsi und Tigrinya bis Ukrainisch.</p>",
                ),
                ("heading", "Was das Netzwerk vorhat"),
                (
                    "paragraph",
                    "<p>Die Frauen wollen sich künftig viermal im Jahr treffen, reihum in verschiedenen Städten. Auf der Wunschliste stehen gemeinsame Fortbildungen, etwa zu Vereinsfinanzen und Öffentlichkeitsarbeit, aber auch ein Austausch darüber, wie Mütter kleiner Kinder überhaupt an Sprachkursen und Vereinsarbeit teilnehmen können.</p>",
                ),
                (
                    "paragraph",
                    "<p>„Viele von uns machen seit Jahren Frauenarbeit, jede in ihrer Stadt und in ihrer Sprache“, sagte eine der Initiatorinnen. „Heute haben wir gemerkt, wie viel wir gemeinsam haben.“ Die Leiterin des Sachgebiets Integration sagte dem Netzwerk die Unterstützung des Kreises zu.</p>",
                ),
                (
                    "paragraph",
                    "<p>Weitere Frauenvereine und Initiativen sind herzlich eingeladen, sich anzuschließen. Den Kontakt vermittelt das Sachgebiet Integration.</p>",
                ),
            ],
            "ar": [
                (
                    "paragraph",
                    "<p>اجتمعت نحو 60 امرأة من أكثر من 15 جمعية ومبادرة في مونهايم على نهر الراين بمناسبة اليوم العالمي للمرأة. حضرت مقاهٍ نسائية وجمعيات أولياء أمور وجماعات مساجد وجمعيات ثقافية ومجموعات للمساعدة الذاتية، ومعها لغات كثيرة من العربية والفارسية إلى التغرينية والأوكرانية.</p>",
                ),
                ("heading", "ماذا تخطط الشبكة؟"),
                (
                    "paragraph",
                    "<p>تريد النساء أن يلتقين أربع مرات في السنة، في مدينة مختلفة كل مرة. ومن بين الأمنيات دورات تدريبية مشتركة، مثلاً حول مالية الجمعيات والعمل الإعلامي، وتبادل الأفكار حول كيفية مشاركة الأمهات اللواتي لديهن أطفال صغار في دورات اللغة وفي عمل الجمعيات.</p>",
                ),
                (
                    "paragraph",
                    "<p>الجمعيات والمبادرات النسائية الأخرى مدعوة بكل سرور للانضمام. للتواصل يمكن التوجه إلى مكتب الاندماج في مقاطعة ميتمان.</p>",
                ),
            ],
            "tr": [
                (
                    "paragraph",
                    "<p>Dünya Kadınlar Günü'nde Monheim am Rhein'da 15'ten fazla dernek ve girişimden yaklaşık 60 kadın bir araya geldi. Kadın kafeleri, veli dernekleri, cami cemaatleri, kültür dernekleri ve dayanışma grupları oradaydı – ve onlarla birlikte Arapçadan Farsçaya, Tigrinyadan Ukraynacaya pek çok dil.</p>",
                ),
                ("heading", "Ağın planları"),
                (
                    "paragraph",
                    "<p>Kadınlar bundan sonra yılda dört kez, her seferinde farklı bir şehirde buluşmak istiyor. İstek listesinde dernek maliyesi ve halkla ilişkiler gibi konularda ortak eğitimler var; ayrıca küçük çocuklu annelerin dil kurslarına ve dernek çalışmalarına nasıl katılabileceği üzerine fikir alışverişi.</p>",
                ),
                (
                    "paragraph",
                    "<p>Diğer kadın dernekleri ve girişimleri de ağa katılmaya davetli. İletişim için Mettmann ilçesi Uyum Birimi'ne başvurabilirsiniz.</p>",
                ),
            ],
        },
        "topics": ["integration", "ehrenamt"],
        "contacts": ["integration"],
        "correction": None,
    },
    {
        "date": "2023-05-10",
        "dateline": "hilden",
        "title": {
            "de": "Mitgliederliste, Fotos, Messenger-Gruppe: Datenschutz im Verein verständlich erklärt"
        },
        "slug": {"de": "datenschutz-im-verein-verstaendlich-erklaert"},
        "teaser": {
            "de": "Darf ich das Foto vom Sommerfest online stellen? Wo bewahren wir die Mitgliederliste auf? Eine Schulung in Hilden beantwortet die Datenschutzfragen, die Vereinsvorstände am häufigsten stellen – ohne Juristendeutsch.",
        },
        "body": {
            "de": [
                (
                    "paragraph",
                    "<p>Die Datenschutz-Grundverordnung gilt seit Jahren, und noch immer verunsichert sie viele Ehrenamtliche. Manche Vereine verzichten aus Sorge vor Fehlern ganz auf Fotos, andere wissen gar nicht, dass sie etwas beachten müssen. Beides muss nicht sein.</p>",
                ),
                ("heading", "Praxis statt Paragrafen"),
                (
                    "paragraph",
                    "<p>Die Schulung richtet sich an Vorstände und Aktive von Migrantenorganisationen. Ein in der Vereinsberatung erfahrener Referent erklärt anhand von Beispielen aus dem Vereinsalltag, welche Regeln gelten, und stellt einfache Vorlagen vor: für Einwilligungen zu Fotos, für das Mitgliederverzeichnis und für Gruppen in Messenger-Diensten.</p>",
                ),
                (
                    "paragraph",
                    "<p>Bei Bedarf wird ins Arabische, Türkische und Russische gedolmetscht; bitte bei der Anmeldung angeben. Die Teilnahme ist kostenlos, die Plätze sind begrenzt.</p>",
                ),
            ],
        },
        "topics": ["bildung", "ehrenamt"],
        "contacts": ["ki"],
        "correction": None,
    },
    {
        "date": "2023-06-19",
        "dateline": "haan",
        "title": {
            "de": "Sportfest der Kulturen: Ein Samstag voller Bewegung in Haan",
            "en": "Festival of Sport and Cultures: A Saturday full of action in Haan",
        },
        "slug": {
            "de": "sportfest-der-kulturen-2023",
            "en": "festival-of-sport-and-cultures-2023",
        },
        "teaser": {
            "de": "Fußball, Cricket, Tischtennis und Volkstänze zum Mitmachen: Beim Sportfest der Kulturen treten Vereine aus dem ganzen Kreis nicht gegeneinander an, sondern miteinander. Alle Generationen sind eingeladen.",
            "en": "Football, cricket, table tennis and folk dances to join in: at the Festival of Sport and Cultures, clubs from all over the district play with each other rather than against each other. All generations are welcome.",
        },
        "body": {
            "de": [
                (
                    "paragraph",
                    "<p>Am Samstag, 1. Juli, wird eine Sportanlage in Haan zum großen Treffpunkt. Migrantenorganisationen, Sportvereine und Jugendgruppen aus dem ganzen Kreis Mettmann laden zum Sportfest der Kulturen ein. Gespielt wird in gemischten Teams – wer allein kommt, findet schnell eine Mannschaft.</p>",
                ),
                ("heading", "Für Groß und Klein"),
                (
                    "paragraph",
                    "<p>Auf dem Programm stehen ein Fußballturnier für Kinder und Erwachsene, Schnupperstunden in Cricket und Capoeira, ein Tischtennis-Rundlauf und Tänze zum Mitmachen. Für das leibliche Wohl sorgen die Vereine mit Gerichten aus ihrer Heimat. Der Eintritt ist frei.</p>",
                ),
                (
                    "paragraph",
                    "<p>Das Sportfest beginnt um 11 Uhr und endet gegen 18 Uhr mit einer gemeinsamen Siegerehrung, bei der jede Mannschaft eine Urkunde bekommt. Teams können sich noch bis zum 23. Juni beim Sachgebiet Integration anmelden.</p>",
                ),
            ],
            "en": [
                (
                    "paragraph",
                    "<p>On Saturday, 1 July, a sports ground in Haan becomes one big meeting place. Migrant organisations, sports clubs and youth groups from across the district of Mettmann invite everyone to the Festival of Sport and Cultures. All teams are mixed – if you come on your own, you will quickly find one to join.</p>",
                ),
                ("heading", "Something for everyone"),
                (
                    "paragraph",
                    "<p>The programme includes a football tournament for children and adults, taster sessions in cricket and capoeira, round-the-table table tennis and dances to join in. The clubs will serve dishes from their home countries. Admission is free.</p>",
                ),
                (
                    "paragraph",
                    "<p>The festival starts at 11 am and ends at around 6 pm with a joint award ceremony at which every team receives a certificate. Teams can register with the district's integration office until 23 June.</p>",
                ),
            ],
        },
        "topics": ["veranstaltungen", "kultur"],
        "contacts": ["presse", "integration"],
        "correction": None,
    },
    {
        "date": "2023-08-28",
        "dateline": "mettmann",
        "title": {
            "de": "Neuer Zuschuss: Geld für Stühle, Laptop und Beamer im Vereinsheim",
            "tr": "Yeni destek: Dernek lokali için sandalye, dizüstü bilgisayar ve projeksiyon cihazı",
            "ar": "دعم جديد: أموال للكراسي والحاسوب المحمول وجهاز العرض في مقر الجمعية",
        },
        "slug": {
            "de": "zuschuss-ausstattung-vereinsraeume",
            "tr": "dernek-donanimi-icin-destek",
            "ar": "daam-tajhiz-maqarr-al-jamiya",
        },
        "subtitle": {
            "de": "Anträge für 2024 bis zum 31. Oktober möglich",
            "tr": "2024 yılı için başvurular 31 Ekim'e kadar yapılabilir",
            "ar": "يمكن تقديم طلبات عام 2024 حتى 31 أكتوبر",
        },
        "teaser": {
            "de": "Viele Migrantenorganisationen arbeiten mit geliehenen Tischen und privaten Laptops. Ab 2024 gibt der Kreis Mettmann Vereinen einen Zuschuss von bis zu 2.000 Euro für die Ausstattung ihrer Räume.",
            "tr": "Pek çok göçmen derneği ödünç masalarla ve üyelerin kendi bilgisayarlarıyla çalışıyor. Mettmann ilçesi 2024'ten itibaren derneklere, mekânlarının donanımı için 2.000 Euro'ya kadar destek veriyor.",
            "ar": "تعمل كثير من جمعيات المهاجرين بطاولات مستعارة وحواسيب خاصة بأعضائها. ابتداءً من عام 2024 تقدّم مقاطعة ميتمان للجمعيات دعماً يصل إلى 2000 يورو لتجهيز مقراتها.",
        },
        "body": {
            "de": [
                (
                    "paragraph",
                    "<p>Ob Hausaufgabenhilfe, Sprachkurs oder Vorstandssitzung: Gute Vereinsarbeit braucht einen Ort, an dem man sich wohlfühlt, und ein Mindestmaß an Technik. Genau hier setzt der neue Ausstattungszuschuss des Kreises Mettmann an.</p>",
                ),
                ("heading", "Was gefördert wird"),
                (
                    "paragraph",
                    "<p>Gefördert werden Anschaffungen, die der Vereinsarbeit dauerhaft dienen – zum Beispiel Tische und Stühle, Regale, Laptops, Beamer, Lautsprecher sowie Spiel- und Lernmaterial für Kinder. Der Zuschuss beträgt bis zu 2.000 Euro je Verein. Erwartet wird ein Eigenanteil von zehn Prozent, der auch durch ehrenamtliche Arbeit erbracht werden kann.</p>",
                ),
                ("heading", "So stellen Sie den Antrag"),
                (
                    "paragraph",
                    "<p>Antragsberechtigt sind gemeinnützige Migrantenorganisationen mit Sitz im Kreis Mettmann. Anträge für das Jahr 2024 können bis zum 31. Oktober 2023 beim Sachgebiet Integration eingereicht werden. Das Formular gibt es auf Deutsch, Türkisch und Arabisch.</p>",
                ),
            ],
            "tr": [
                (
                    "paragraph",
                    "<p>Ödev yardımı, dil kursu ya da yönetim kurulu toplantısı: İyi bir dernek çalışması, insanların kendini rahat hissettiği bir mekâna ve asgari düzeyde teknik donanıma ihtiyaç duyar. Mettmann ilçesinin yeni donanım desteği tam da burada devreye giriyor.</p>",
                ),
                ("heading", "Neler destekleniyor?"),
                (
                    "paragraph",
                    "<p>Dernek çalışmasına uzun süre hizmet edecek alımlar destekleniyor: örneğin masa ve sandalyeler, raflar, dizüstü bilgisayarlar, projeksiyon cihazları, hoparlörler ve çocuklar için oyun ve eğitim malzemeleri. Destek dernek başına 2.000 Euro'ya kadar çıkıyor. Yüzde onluk bir katkı payı bekleniyor; bu pay gönüllü çalışmayla da karşılanabilir.</p>",
                ),
                (
                    "paragraph",
                    "<p>Mettmann ilçesinde kayıtlı, kamu yararına çalışan göçmen dernekleri başvurabilir. 2024 yılı için başvurular 31 Ekim 2023'e kadar Uyum Birimi'ne yapılabilir. Başvuru formu Almanca, Türkçe ve Arapça olarak mevcut.</p>",
                ),
            ],
            "ar": [
                (
                    "paragraph",
                    "<p>سواء تعلق الأمر بالمساعدة في الواجبات المدرسية أو بدورة لغة أو باجتماع مجلس الإدارة: يحتاج العمل الجيد في الجمعية إلى مكان مريح وإلى حد أدنى من التجهيزات التقنية. وهنا بالذات يأتي دعم التجهيز الجديد من مقاطعة ميتمان.</p>",
                ),
                ("heading", "ما الذي يُدعم؟"),
                (
                    "paragraph",
                    "<p>يُدعم شراء ما يخدم عمل الجمعية على المدى الطويل، مثل الطاولات والكراسي والرفوف والحواسيب المحمولة وأجهزة العرض ومكبرات الصوت ومواد اللعب والتعلم للأطفال. يصل الدعم إلى 2000 يورو لكل جمعية، ويُنتظر أن تساهم الجمعية بعشرة في المئة من التكاليف، ويمكن أن تكون هذه المساهمة على شكل عمل تطوعي.</p>",
                ),
                (
                    "paragraph",
                    "<p>يحق التقديم لجمعيات المهاجرين ذات النفع العام التي يقع مقرها في مقاطعة ميتمان. يمكن تقديم طلبات عام 2024 حتى 31 أكتوبر 2023 لدى مكتب الاندماج. استمارة الطلب متوفرة بالألمانية والتركية والعربية.</p>",
                ),
            ],
        },
        "topics": ["foerderung"],
        "contacts": ["integration"],
        "correction": None,
    },
    {
        "date": "2023-09-18",
        "dateline": "erkrath",
        "title": {"de": "Interkulturelle Woche 2023 beginnt mit einem Fest in Erkrath"},
        "slug": {"de": "interkulturelle-woche-2023"},
        "teaser": {
            "de": "Musik, Tanz, Gespräche und ein gedeckter Tisch für alle: Mit einem Fest in Erkrath startet im Kreis Mettmann die Interkulturelle Woche. Bis Anfang Oktober folgen rund 50 Veranstaltungen in allen zehn Städten.",
        },
        "body": {
            "de": [
                (
                    "paragraph",
                    "<p>Die Interkulturelle Woche ist längst ein fester Termin im Kalender vieler Vereine. In diesem Jahr laden rund 50 Veranstaltungen dazu ein, Neues zu entdecken und miteinander ins Gespräch zu kommen.</p>",
                ),
                ("heading", "Ein Tisch für alle"),
                (
                    "paragraph",
                    "<p>Zum Auftakt stellen Erkrather Vereine eine lange Tafel auf, an der jede und jeder Platz nehmen kann. Die Gäste sind eingeladen, eine Kleinigkeit zu essen mitzubringen und zu teilen. Dazu spielen Musikgruppen aus dem Kreis, darunter ein lateinamerikanisches und ein afghanisches Ensemble.</p>",
                ),
                ("heading", "Höhepunkte der Woche"),
                (
                    "paragraph",
                    "<ul><li>Offene Türen in Moscheen, Kirchen und einem Cemevi</li><li>Eine Lesung mit persischer Dichtung auf Deutsch und Farsi in Ratingen</li><li>Ein Kochabend, bei dem Geflüchtete ihre Lieblingsrezepte zeigen</li><li>Ein Erzählcafé für Seniorinnen und Senioren zum Thema „Ankommen damals und heute“</li></ul>",
                ),
                (
                    "paragraph",
                    "<p>Alle Termine stehen im Programmheft, das in den Rathäusern ausliegt und auf der Internetseite des Kreises abrufbar ist.</p>",
                ),
            ],
        },
        "topics": ["veranstaltungen", "kultur", "integration"],
        "contacts": ["presse", "ki"],
        "correction": None,
    },
    {
        "date": "2023-11-14",
        "dateline": "heiligenhaus",
        "title": {
            "de": "Ehrenamtspreis Integration 2023: Auszeichnung für Brückenbauerinnen und Brückenbauer"
        },
        "slug": {"de": "ehrenamtspreis-integration-2023"},
        "teaser": {
            "de": "Gesundheitslotsinnen aus Hilden, ein Seniorenclub aus Velbert und ein Netzwerk ukrainischer Helferinnen: In Heiligenhaus hat der Landrat den diesjährigen Ehrenamtspreis Integration verliehen.",
        },
        "body": {
            "de": [
                (
                    "paragraph",
                    "<p>Zum zweiten Mal würdigt der Kreis Mettmann mit dem Ehrenamtspreis Integration Menschen, die sich unentgeltlich für ein gutes Miteinander einsetzen. Die Feierstunde fand in diesem Jahr in Heiligenhaus statt, musikalisch begleitet von einer Bağlama-Gruppe aus der Stadt.</p>",
                ),
                ("heading", "Die Ausgezeichneten"),
                (
                    "paragraph",
                    "<p>Die <b>Gesundheitslotsen Hilden</b> erklären Zugewanderten in vielen Sprachen, wie Arztpraxen, Vorsorge und Pflege in Deutschland funktionieren. Der <b>Seniorenclub Rodnik</b> in Velbert sorgt dafür, dass ältere russischsprachige Menschen nicht vereinsamen. Und das <b>Ukrainische Hilfsnetzwerk Kreis Mettmann</b> hat seit dem Frühjahr 2022 unzähligen Familien beim Ankommen geholfen.</p>",
                ),
                (
                    "paragraph",
                    "<p>Die Leiterin des Sachgebiets Integration dankte auch allen, die Vorschläge eingereicht hatten: „Jeder einzelne Vorschlag erzählt von Menschen, die anderen den Weg leichter machen. Die Entscheidung ist der Jury wirklich schwergefallen.“</p>",
                ),
            ],
        },
        "topics": ["ehrenamt", "integration"],
        "contacts": ["presse", "integration"],
        "correction": None,
    },
    {
        "date": "2024-01-22",
        "dateline": "velbert",
        "title": {
            "de": "Beratung für Geflüchtete aus der Ukraine jetzt auch vor Ort in den Städten",
            "uk": "Консультації для біженців з України тепер і на місцях, у містах району",
            "ru": "Консультации для беженцев из Украины теперь и на местах, в городах района",
        },
        "slug": {
            "de": "ukraine-beratung-vor-ort",
            "uk": "konsultatsii-na-mistsiakh",
            "ru": "konsultatsii-na-mestakh",
        },
        "teaser": {
            "de": "Fast zwei Jahre nach Kriegsbeginn haben sich die Fragen verändert: Es geht um Arbeit, die Anerkennung von Abschlüssen und Wohnungen. Ab Februar bietet das Sachgebiet Integration deshalb Sprechstunden direkt in den Städten an – den Anfang macht Velbert.",
            "uk": "Майже через два роки після початку війни запитання змінилися: тепер ідеться про роботу, визнання дипломів і житло. Тому з лютого відділ інтеграції проводить консультації безпосередньо в містах – першим буде Фельберт.",
            "ru": "Почти через два года после начала войны вопросы изменились: теперь речь идёт о работе, признании дипломов и жилье. Поэтому с февраля отдел интеграции проводит консультации прямо в городах – первым будет Фельберт.",
        },
        "body": {
            "de": [
                (
                    "paragraph",
                    "<p>Im Frühjahr 2022 ging es vor allem um das Nötigste: ein Dach über dem Kopf, die Anmeldung, einen Schulplatz. Heute wollen viele Menschen aus der Ukraine im Kreis Mettmann beruflich Fuß fassen, suchen eine eigene Wohnung oder möchten wissen, wie es mit ihrem Aufenthalt weitergeht.</p>",
                ),
                ("heading", "Sprechstunden im Wechsel"),
                (
                    "paragraph",
                    "<p>Die Beraterinnen des Sachgebiets Integration sind deshalb ab Februar regelmäßig in den Städten unterwegs. Die Sprechstunden finden in Räumen der Stadtverwaltungen und von Vereinen statt. Beraten wird auf Deutsch, Ukrainisch und Russisch, eine Anmeldung ist nicht nötig.</p>",
                ),
                (
                    "paragraph",
                    "<p>Eng zusammengearbeitet wird mit den ukrainischen Initiativen im Kreis, die seit zwei Jahren ehrenamtlich beraten und begleiten. „Sie kennen die Sorgen der Familien aus erster Hand“, sagt die Leiterin des Sachgebiets Integration. „Gemeinsam können wir schneller und gezielter helfen.“</p>",
                ),
                (
                    "paragraph",
                    "<p>Der Terminplan für alle Städte liegt in den Rathäusern aus und ist beim Sachgebiet Integration erhältlich.</p>",
                ),
            ],
            "uk": [
                (
                    "paragraph",
                    "<p>Навесні 2022 року йшлося насамперед про найнеобхідніше: дах над головою, реєстрацію, місце в школі. Сьогодні багато людей з України в районі Меттман хочуть закріпитися на ринку праці, шукають власне житло або хочуть знати, що буде з їхнім правом на перебування.</p>",
                ),
                ("heading", "Консультації за графіком"),
                (
                    "paragraph",
                    "<p>Тому з лютого консультантки відділу інтеграції регулярно приїжджають до міст. Консультації проходять у приміщеннях міських адміністрацій та громадських організацій. Консультують німецькою, українською та російською мовами, попередній запис не потрібен.</p>",
                ),
                ("paragraph", "<p>Графік для всіх міст можна отримати в ратушах і у відділі інтеграції.</p>"),
            ],
            "ru": [
                (
                    "paragraph",
                    "<p>Весной 2022 года речь шла прежде всего о самом необходимом: крыше над головой, регистрации, месте в школе. Сегодня многие люди из Украины в районе Меттман хотят найти работу по профессии, ищут собственное жильё или хотят знать, что будет с их правом на пребывание.</p>",
                ),
                ("heading", "Консультации по графику"),
                (
                    "paragraph",
                    "<p>Поэтому с февраля консультанты отдела интеграции регулярно выезжают в города. Консультации проходят в помещениях городских администраций и общественных организаций. Консультируют на немецком, украинском и русском языках, предварительная запись не нужна.</p>",
                ),
                (
                    "paragraph",
                    "<p>График для всех городов можно получить в ратушах и в отделе интеграции.</p>",
                ),
            ],
        },
        "topics": ["gefluechtete", "arbeit"],
        "contacts": ["integration"],
        "correction": None,
    },
    {
        "date": "2024-03-11",
        "dateline": "wuelfrath",
        "title": {
            "de": "Jetzt in allen zehn Städten: Neues Sprachcafé in Wülfrath schließt die Lücke",
            "ar": "الآن في جميع المدن العشر: مقهى لغة جديد في فولفراث يكمل الشبكة",
            "uk": "Тепер у всіх десяти містах: нове мовне кафе у Вюльфраті доповнює мережу",
        },
        "slug": {
            "de": "sprachcafes-in-allen-zehn-staedten",
            "ar": "maqahi-al-lugha-fi-kull-al-mudun",
            "uk": "movni-kafe-u-vsikh-mistakh",
        },
        "teaser": {
            "de": "Mit einem neuen Treffpunkt in Wülfrath gibt es nun in jeder Stadt des Kreises Mettmann mindestens ein Sprachcafé. Wer Deutsch üben möchte, findet damit ganz in der Nähe eine offene Runde.",
            "ar": "مع افتتاح مكان لقاء جديد في فولفراث، أصبح في كل مدينة من مدن مقاطعة ميتمان مقهى لغة واحد على الأقل. من يريد التدرب على الألمانية يجد الآن مجموعة مفتوحة قريبة منه.",
            "uk": "З новим місцем зустрічей у Вюльфраті тепер у кожному місті району Меттман є щонайменше одне мовне кафе. Хто хоче практикувати німецьку, знайде відкриту групу зовсім поруч.",
        },
        "body": {
            "de": [
                (
                    "paragraph",
                    "<p>Als sich die Sprachcafés im Januar 2022 zum ersten Mal zusammensetzten, gab es in einigen Städten noch kein regelmäßiges Angebot. Zwei Jahre später ist die Lücke geschlossen: In Wülfrath öffnet ein neues Sprachcafé, getragen von ehrenamtlichen Lernpatinnen und Lernpaten.</p>",
                ),
                ("heading", "Wie ein Sprachcafé funktioniert"),
                (
                    "paragraph",
                    "<p>Man setzt sich an einen Tisch, bekommt einen Tee oder Kaffee und spricht – über das Wetter, die Familie, den letzten Behördenbrief oder das Lieblingsgericht. Ehrenamtliche achten darauf, dass alle zu Wort kommen, und helfen, wenn ein Wort fehlt. Anmelden muss sich niemand, Kosten entstehen keine.</p>",
                ),
                (
                    "paragraph",
                    "<p>Das Sachgebiet Integration dankt allen Ehrenamtlichen, die die Sprachcafés Woche für Woche möglich machen. Eine Übersicht mit Orten und Zeiten ist beim Sachgebiet Integration erhältlich.</p>",
                ),
            ],
            "ar": [
                (
                    "paragraph",
                    "<p>عندما اجتمعت مقاهي اللغة لأول مرة في يناير 2022، لم يكن في بعض المدن بعدُ أي لقاء منتظم. وبعد عامين اكتملت الصورة: يفتح في فولفراث مقهى لغة جديد يديره متطوعون ومتطوعات يرافقون المتعلمين في تعلّمهم.</p>",
                ),
                ("heading", "كيف يعمل مقهى اللغة؟"),
                (
                    "paragraph",
                    "<p>تجلس إلى طاولة، وتشرب شاياً أو قهوة، وتتحدث: عن الطقس، عن العائلة، عن آخر رسالة من الدوائر الرسمية أو عن طبقك المفضل. يحرص المتطوعون على أن يشارك الجميع في الحديث، ويساعدون عندما تغيب كلمة. لا حاجة إلى التسجيل، والمشاركة مجانية.</p>",
                ),
                (
                    "paragraph",
                    "<p>يمكن الحصول على قائمة بالأماكن والمواعيد من مكتب الاندماج في مقاطعة ميتمان.</p>",
                ),
            ],
            "uk": [
                (
                    "paragraph",
                    "<p>Коли в січні 2022 року мовні кафе вперше зібралися разом, у деяких містах ще не було регулярних зустрічей. Через два роки цю прогалину закрито: у Вюльфраті відкривається нове мовне кафе, яке ведуть волонтери – наставниці й наставники з навчання.</p>",
                ),
                ("heading", "Як працює мовне кафе"),
                (
                    "paragraph",
                    "<p>Ви сідаєте за стіл, отримуєте чай чи каву й розмовляєте – про погоду, родину, останній лист від установи чи улюблену страву. Волонтери стежать, щоб кожен мав змогу висловитися, і допомагають, коли бракує слова. Реєстрація не потрібна, участь безкоштовна.</p>",
                ),
                ("paragraph", "<p>Перелік місць і часу зустрічей можна отримати у відділі інтеграції.</p>"),
            ],
        },
        "topics": ["sprache", "ehrenamt"],
        "contacts": ["integration"],
        "correction": None,
    },
    {
        "date": "2024-04-29",
        "dateline": "ratingen",
        "title": {"de": "Gesundheit verstehen: Fachtag zu mehrsprachiger Gesundheitsinformation"},
        "slug": {"de": "fachtag-mehrsprachige-gesundheitsinformation"},
        "subtitle": {"de": "Arztpraxen, Pflege und Migrantenorganisationen an einem Tisch"},
        "teaser": {
            "de": "Wer den Beipackzettel nicht versteht oder nicht weiß, wozu eine Vorsorgeuntersuchung gut ist, lebt gefährlicher. Ein Fachtag in Ratingen fragt, wie Gesundheitsinformationen alle Menschen im Kreis erreichen.",
        },
        "body": {
            "de": [
                (
                    "paragraph",
                    "<p>Sprachbarrieren im Gesundheitswesen kosten Zeit, Geld und manchmal Gesundheit. Hausarztpraxen berichten von Gesprächen mit Händen und Füßen, Familien von Kindern, die beim Arzt für ihre Eltern übersetzen müssen. Der Fachtag des Kommunalen Integrationszentrums bringt deshalb die Menschen zusammen, die an beiden Enden dieser Gespräche stehen.</p>",
                ),
                ("heading", "Aus der Praxis für die Praxis"),
                (
                    "paragraph",
                    "<p>Eingeladen sind Beschäftigte aus Arztpraxen, Pflegediensten und Krankenhäusern, aus dem Gesundheitsamt und aus Beratungsstellen – und Migrantenorganisationen, die längst selbst Gesundheitsarbeit leisten. Gesundheitslotsinnen und -lotsen berichten, wie sie Landsleuten das deutsche Gesundheitssystem erklären. In Workshops geht es um Dolmetschen im Behandlungszimmer, um Informationen in leichter Sprache und um Vorsorge für Frauen.</p>",
                ),
                (
                    "paragraph",
                    "<p>Der Fachtag findet am 5. Juni von 9.30 bis 15 Uhr in Ratingen statt. Die Teilnahme ist kostenlos, eine Anmeldung beim Kommunalen Integrationszentrum ist erforderlich.</p>",
                ),
            ],
        },
        "topics": ["gesundheit", "integration"],
        "contacts": ["ki"],
        "correction": None,
    },
    {
        "date": "2024-06-05",
        "dateline": "langenfeld",
        "title": {
            "de": "Mein Abschluss zählt: Infobörse zur Anerkennung ausländischer Berufsabschlüsse",
            "en": "My qualification counts: Information fair on the recognition of foreign qualifications",
        },
        "slug": {
            "de": "infoboerse-anerkennung-berufsabschluesse",
            "en": "information-fair-recognition-of-qualifications",
        },
        "teaser": {
            "de": "Eine Pflegefachkraft aus Syrien, ein Elektriker aus Bosnien, eine Lehrerin aus der Ukraine: Viele Fachkräfte im Kreis Mettmann arbeiten unter ihrer Qualifikation. Eine Infobörse in Langenfeld zeigt Wege zur Anerkennung.",
            "en": "A nurse from Syria, an electrician from Bosnia, a teacher from Ukraine: many skilled workers in the district of Mettmann are working below their qualifications. An information fair in Langenfeld shows the way to recognition.",
        },
        "body": {
            "de": [
                (
                    "paragraph",
                    "<p>Wer im Ausland einen Beruf gelernt oder studiert hat, muss in Deutschland oft erst nachweisen, dass der Abschluss gleichwertig ist. Der Weg dorthin wirkt kompliziert: Welche Stelle ist zuständig? Welche Unterlagen brauche ich, und wer übersetzt sie? Was kostet das Verfahren, und gibt es Zuschüsse?</p>",
                ),
                ("heading", "Alle Ansprechpartner unter einem Dach"),
                (
                    "paragraph",
                    "<p>Bei der Infobörse stehen Beratungsstellen zur Anerkennung, die Kammern, die Agentur für Arbeit, das Jobcenter und Bildungsträger für Gespräche bereit. Migrantenorganisationen berichten, wie ihre Mitglieder den Weg geschafft haben, und helfen bei der Verständigung. Wer mag, bringt seine Zeugnisse mit und bekommt eine erste Einschätzung.</p>",
                ),
                (
                    "paragraph",
                    "<p>Die Infobörse findet am Mittwoch, 19. Juni, von 14 bis 18 Uhr in Langenfeld statt. Eintritt und Beratung sind kostenlos, eine Anmeldung ist nicht nötig.</p>",
                ),
            ],
            "en": [
                (
                    "paragraph",
                    "<p>Anyone who trained or studied for a profession abroad often has to prove in Germany that their qualification is equivalent. The way there can seem complicated: Which office is responsible? Which documents do I need, and who will translate them? How much does the procedure cost, and is there financial support?</p>",
                ),
                ("heading", "All the right contacts under one roof"),
                (
                    "paragraph",
                    "<p>At the information fair, recognition advice centres, the chambers, the employment agency, the job centre and training providers will be on hand for a chat. Migrant organisations will share how their members found their way and help with interpreting. If you like, bring your certificates along and get a first assessment.</p>",
                ),
                (
                    "paragraph",
                    "<p>The information fair takes place on Wednesday, 19 June, from 2 pm to 6 pm in Langenfeld. Admission and advice are free, and there is no need to register.</p>",
                ),
            ],
        },
        "topics": ["arbeit", "bildung"],
        "contacts": ["integration"],
        "correction": None,
    },
    {
        "date": "2024-08-19",
        "dateline": "monheim-am-rhein",
        "title": {"de": "Auf dem Rad ein Stück Freiheit: Fahrradkurse für Frauen in Monheim am Rhein"},
        "slug": {"de": "fahrradkurse-fuer-frauen"},
        "teaser": {
            "de": "Viele Frauen, die als Erwachsene nach Deutschland gekommen sind, haben nie Rad fahren gelernt. Ein Kurs in Monheim am Rhein ändert das – in geschütztem Rahmen, mit Trainerinnen und viel Geduld.",
        },
        "body": {
            "de": [
                (
                    "paragraph",
                    "<p>Zur Arbeit, zum Sprachkurs, zum Einkaufen: Wer Rad fahren kann, ist unabhängiger und spart Geld. Für viele Frauen, die in ihrem Herkunftsland nie die Gelegenheit hatten, es zu lernen, kostet der erste Versuch trotzdem viel Überwindung.</p>",
                ),
                ("heading", "Schritt für Schritt aufs Rad"),
                (
                    "paragraph",
                    "<p>Der Kurs beginnt auf einem abgesperrten Schulhof: erst das Gleichgewicht halten, dann bremsen, lenken, Kurven fahren. Später kommen Verkehrsregeln und eine erste gemeinsame Ausfahrt hinzu. Räder und Helme werden gestellt, die Trainerinnen sprechen neben Deutsch auch Arabisch und Türkisch. Für die Kinder gibt es eine Betreuung.</p>",
                ),
                (
                    "paragraph",
                    "<p>Der Kurs umfasst acht Termine und startet Anfang September. Er wird gemeinsam mit dem Frauennetzwerk der Migrantinnenorganisationen angeboten und ist kostenlos. Anmeldungen nimmt das Sachgebiet Integration entgegen.</p>",
                ),
            ],
        },
        "topics": ["gesundheit", "integration"],
        "contacts": ["integration"],
        "correction": None,
    },
    {
        "date": "2024-09-16",
        "dateline": "hilden",
        "title": {"de": "Interkulturelle Woche 2024: Eröffnung mit Musik und Gesprächen in Hilden"},
        "slug": {"de": "interkulturelle-woche-2024"},
        "teaser": {
            "de": "Vom Saz-Konzert bis zur Nachbarschaftstafel: Die Interkulturelle Woche im Kreis Mettmann wird in diesem Jahr in Hilden eröffnet. Vereine aus allen zehn Städten haben ein Programm mit rund 50 Veranstaltungen zusammengestellt.",
        },
        "body": {
            "de": [
                (
                    "paragraph",
                    "<p>Zur Eröffnung am Sonntag, 22. September, laden die Stadt Hilden, der Kreis Mettmann und Hildener Vereine ab 17 Uhr in die Innenstadt ein. Auf dem Programm stehen Musik, kurze Grußworte und viel Zeit zum Kennenlernen.</p>",
                ),
                ("heading", "Zuhören und mitreden"),
                (
                    "paragraph",
                    "<p>Neu ist in diesem Jahr ein Gesprächsformat: An mehreren Tischen erzählen Menschen, die im Kreis Mettmann eine neue Heimat gefunden haben, von ihrem Ankommen – und hören zu, was Alteingesessene über ihre Stadt zu erzählen haben. Die Tische werden von Ehrenamtlichen moderiert.</p>",
                ),
                ("heading", "Das Programm"),
                (
                    "paragraph",
                    "<p>Die Veranstaltungen reichen von Moscheeführungen über Tanzworkshops bis zu einem Filmabend. Das Programmheft liegt in den Rathäusern, Stadtbibliotheken und Bürgerbüros aus.</p>",
                ),
            ],
        },
        "topics": ["veranstaltungen", "kultur"],
        "contacts": ["presse", "ki"],
        "correction": {
            "note": {
                "de": "Korrigiert: Die Eröffnung beginnt um 17 Uhr und nicht, wie zunächst angegeben, um 15 Uhr."
            },
            "at": "2024-09-16T14:05",
        },
    },
    {
        "date": "2024-11-25",
        "dateline": "mettmann",
        "title": {"de": "Integrationskonferenz: Migrantenorganisationen bestimmen die Themen mit"},
        "slug": {"de": "integrationskonferenz-2024"},
        "teaser": {
            "de": "Wohnen, Arbeit, Schule und Sprache: Bei der Integrationskonferenz des Kreises Mettmann haben Vereine, Verwaltung und Wohlfahrtsverbände gemeinsam beraten, wo es im Alltag am meisten hakt – und was sich ändern soll.",
        },
        "body": {
            "de": [
                (
                    "paragraph",
                    "<p>Rund 120 Gäste kamen zur Integrationskonferenz ins Kreishaus nach Mettmann. Anders als bei früheren Konferenzen standen diesmal nicht Vorträge im Mittelpunkt, sondern Arbeitsgruppen, die Vertreterinnen und Vertreter der Migrantenorganisationen gemeinsam mit Fachleuten aus der Verwaltung leiteten.</p>",
                ),
                ("heading", "Was auf den Tisch kam"),
                (
                    "paragraph",
                    "<p>Besonders häufig genannt wurden lange Wartezeiten bei Integrationskursen, fehlende Räume für die Vereinsarbeit und die Schwierigkeit, als Familie mit mehreren Kindern eine bezahlbare Wohnung zu finden. Gelobt wurden dagegen die Sprachcafés und die Beratung vor Ort in den Städten.</p>",
                ),
                (
                    "paragraph",
                    "<p>Der Landrat sagte zu, die Ergebnisse in die Fachausschüsse des Kreistags einzubringen: „Wer wissen will, wo Integration gelingt und wo nicht, muss die Menschen fragen, die sie jeden Tag leben.“ Eine Dokumentation der Konferenz stellt das Kommunale Integrationszentrum Anfang des kommenden Jahres bereit.</p>",
                ),
            ],
        },
        "topics": ["integration"],
        "contacts": ["presse", "ki"],
        "correction": None,
    },
    {
        "date": "2025-01-27",
        "dateline": "mettmann",
        "title": {"de": "Förderaufruf 2025: Ideen für ein gutes Miteinander gesucht"},
        "slug": {"de": "foerderaufruf-kleinprojekte-2025"},
        "subtitle": {"de": "Bis zu 1.500 Euro für Projekte von Migrantenorganisationen"},
        "teaser": {
            "de": "Auch in diesem Jahr unterstützt der Kreis Mettmann kleine Projekte von Migrantenorganisationen und Initiativen. Anträge können bis zum 31. März gestellt werden; neu ist eine offene Sprechstunde für alle, die zum ersten Mal einen Antrag schreiben.",
        },
        "body": {
            "de": [
                (
                    "paragraph",
                    "<p>Für viele Vereine ist die Kleinprojektförderung der erste Schritt zu einem eigenen Projekt. Aus ihr sind Elterncafés, Hausaufgabengruppen, Tanzworkshops und Nachbarschaftsfeste hervorgegangen, von denen manche heute ganz selbstverständlich zum Stadtleben gehören.</p>",
                ),
                ("heading", "Was gefördert wird"),
                (
                    "paragraph",
                    "<p>Gefördert werden Projekte mit bis zu 1.500 Euro, etwa für Honorare, Raummieten, Material, Verpflegung bei Veranstaltungen und Fahrtkosten. Vorrang haben Vorhaben, die Menschen unterschiedlicher Herkunft zusammenbringen, Kinder und Jugendliche stärken oder die Zusammenarbeit mehrerer Vereine fördern.</p>",
                ),
                ("heading", "Hilfe beim Antrag"),
                (
                    "paragraph",
                    "<p>Wer noch nie einen Förderantrag geschrieben hat, ist in der offenen Sprechstunde des Sachgebiets Integration richtig: Jeden Donnerstag im Februar und März von 16 bis 18 Uhr beantworten Mitarbeitende Fragen und gehen das Formular gemeinsam mit den Vereinen durch. Eine Terminvereinbarung ist nicht nötig.</p>",
                ),
            ],
        },
        "topics": ["foerderung", "ehrenamt"],
        "contacts": ["integration"],
        "correction": None,
    },
    {
        "date": "2025-03-17",
        "dateline": "haan",
        "title": {"de": "Sichtbar und sicher: Schulungsreihe zu Social Media und Datenschutz für Vereine"},
        "slug": {"de": "schulungsreihe-social-media-und-datenschutz"},
        "teaser": {
            "de": "Wie erfahren mehr Menschen von unserem Fest? Und was müssen wir beachten, wenn wir Fotos von Kindern zeigen? Eine Schulungsreihe in Haan verbindet Öffentlichkeitsarbeit und Datenschutz – weil beides zusammengehört.",
        },
        "body": {
            "de": [
                (
                    "paragraph",
                    "<p>Vereine, die ihre Arbeit zeigen, gewinnen neue Mitglieder, Ehrenamtliche und Unterstützer. Zugleich tragen sie Verantwortung für die Daten und Bilder der Menschen, die bei ihnen mitmachen. In den bisherigen Workshops des Kommunalen Integrationszentrums kamen beide Themen immer wieder gemeinsam auf – nun gibt es dafür eine eigene Reihe.</p>",
                ),
                ("heading", "Drei Module"),
                (
                    "paragraph",
                    "<ul><li><b>Posten mit Plan:</b> ein einfacher Redaktionsplan für Instagram, Facebook und Messenger-Kanäle</li><li><b>Bilder mit Einverständnis:</b> Fotos bei Veranstaltungen, Einwilligungen, Bilder von Kindern</li><li><b>Die eigene Website:</b> Impressum, Datenschutzerklärung und was auf eine gute Vereinsseite gehört</li></ul>",
                ),
                (
                    "paragraph",
                    "<p>Die Module finden im April und Mai jeweils samstags in Haan statt. Die Teilnehmenden bekommen Vorlagen für Einwilligungserklärungen in mehreren Sprachen mit nach Hause. Die Teilnahme ist kostenlos; Anmeldung beim Kommunalen Integrationszentrum.</p>",
                ),
            ],
        },
        "topics": ["bildung", "ehrenamt"],
        "contacts": ["ki"],
        "correction": None,
    },
    {
        "date": "2025-05-12",
        "dateline": "mettmann",
        "title": {
            "de": "Integrationsratswahl am 14. September: Mitbestimmen, kandidieren, wählen gehen",
            "tr": "14 Eylül'de Uyum Meclisi seçimi: Söz sahibi olun, aday olun, sandığa gidin",
            "ar": "انتخابات مجلس الاندماج في 14 سبتمبر: شاركوا في القرار، ترشحوا، صوّتوا",
            "ru": "Выборы в советы по интеграции 14 сентября: участвуйте, выдвигайтесь, голосуйте",
        },
        "slug": {
            "de": "integrationsratswahl-2025",
            "tr": "uyum-meclisi-secimi-2025",
            "ar": "intikhabat-majlis-al-indimaj-2025",
            "ru": "vybory-v-sovety-po-integratsii-2025",
        },
        "teaser": {
            "de": "Am 14. September 2025 werden in Nordrhein-Westfalen nicht nur die Stadträte gewählt, sondern vielerorts auch die Integrationsräte. Der Kreis Mettmann ruft Migrantinnen und Migranten auf, sich zu beteiligen – als Wählende und als Kandidierende.",
            "tr": "14 Eylül 2025'te Kuzey Ren-Vestfalya'da yalnızca belediye meclisleri değil, birçok yerde Uyum Meclisleri de seçiliyor. Mettmann ilçesi göçmenleri hem seçmen hem de aday olarak seçime katılmaya çağırıyor.",
            "ar": "في 14 سبتمبر 2025 لا تُنتخب في ولاية شمال الراين-وستفاليا المجالس البلدية فحسب، بل تُنتخب في أماكن كثيرة مجالس الاندماج أيضاً. تدعو مقاطعة ميتمان المهاجرات والمهاجرين إلى المشاركة، ناخبين ومرشحين.",
            "ru": "14 сентября 2025 года в Северном Рейне – Вестфалии выбирают не только городские советы, но во многих городах и советы по интеграции. Район Меттман призывает мигрантов участвовать – и как избиратели, и как кандидаты.",
        },
        "body": {
            "de": [
                (
                    "paragraph",
                    "<p>Integrationsräte sind die gewählte Stimme der Menschen mit Einwanderungsgeschichte in den Städten. Sie beraten Rat und Verwaltung in allen Fragen, die das Zusammenleben betreffen – von Kita-Plätzen über Sprachangebote bis zu Festen und Gedenktagen. Je mehr Menschen wählen gehen, desto mehr Gewicht hat ihre Stimme.</p>",
                ),
                ("heading", "Wer darf wählen?"),
                (
                    "paragraph",
                    "<p>Wahlberechtigt sind in der Regel Menschen ab 16 Jahren, die eine ausländische Staatsangehörigkeit haben, eingebürgert wurden oder die deutsche Staatsangehörigkeit als Kind zugewanderter Eltern erworben haben. Wer eingebürgert wurde, muss sich meist bis zu einem Stichtag selbst beim Wahlamt melden, um ins Wählerverzeichnis zu kommen. Die genauen Regeln und Fristen nennen die Wahlämter der Städte.</p>",
                ),
                ("heading", "Kandidieren lohnt sich"),
                (
                    "paragraph",
                    "<p>Wer selbst kandidieren möchte, kann sich auf einer Liste oder als Einzelbewerberin beziehungsweise Einzelbewerber aufstellen lassen. Die Fristen für Wahlvorschläge laufen schon im Frühsommer ab. Das Kommunale Integrationszentrum bietet Informationsabende an, bei denen erfahrene Integrationsratsmitglieder von ihrer Arbeit erzählen.</p>",
                ),
                (
                    "paragraph",
                    "<p>„Im Integrationsrat werden ganz konkrete Dinge beraten, die Familien in unseren Städten jeden Tag betreffen“, sagt der Landrat. „Ich wünsche mir eine hohe Wahlbeteiligung und viele neue Gesichter.“</p>",
                ),
            ],
            "tr": [
                (
                    "paragraph",
                    "<p>Uyum Meclisleri, şehirlerde göç geçmişine sahip insanların seçilmiş sesidir. Kreş yerlerinden dil kurslarına, şenliklerden anma günlerine kadar birlikte yaşamı ilgilendiren tüm konularda belediye meclisine ve yönetime danışmanlık yaparlar. Ne kadar çok insan oy verirse, sesleri o kadar güçlü çıkar.</p>",
                ),
                ("heading", "Kimler oy kullanabilir?"),
                (
                    "paragraph",
                    "<p>Genel olarak 16 yaşını doldurmuş, yabancı uyruklu olan, Alman vatandaşlığına geçmiş ya da göçmen bir ailenin çocuğu olarak Alman vatandaşlığı kazanmış kişiler oy kullanabilir. Vatandaşlığa geçenler çoğu zaman belirli bir tarihe kadar seçim dairesine kendileri başvurmalıdır. Aday olmak isteyenler için süreler de erken doluyor. Ayrıntılı bilgiyi şehirlerin seçim daireleri veriyor.</p>",
                ),
            ],
            "ar": [
                (
                    "paragraph",
                    "<p>مجالس الاندماج هي الصوت المنتخب للأشخاص ذوي الخلفية المهاجرة في المدن. وهي تقدّم المشورة للمجلس البلدي والإدارة في كل ما يتعلق بالعيش المشترك، من أماكن رياض الأطفال ودورات اللغة إلى الاحتفالات وأيام الذكرى. وكلما زاد عدد المصوّتين، زاد وزن صوتهم.</p>",
                ),
                ("heading", "من يحق له التصويت؟"),
                (
                    "paragraph",
                    "<p>يحق التصويت عادةً لمن بلغ السادسة عشرة ويحمل جنسية أجنبية، أو حصل على الجنسية الألمانية بالتجنس، أو اكتسبها بالولادة لأبوين مهاجرين. وعلى من تجنّس في الغالب أن يسجّل نفسه بنفسه لدى مكتب الانتخابات قبل موعد محدد. كما تنتهي مهلة تقديم الترشيحات مبكراً. وتقدّم مكاتب الانتخابات في المدن المعلومات التفصيلية.</p>",
                ),
            ],
            "ru": [
                (
                    "paragraph",
                    "<p>Советы по интеграции – это избранный голос людей с историей миграции в городах. Они консультируют городской совет и администрацию по всем вопросам совместной жизни – от мест в детских садах и языковых курсов до праздников и памятных дат. Чем больше людей придут на выборы, тем весомее их голос.</p>",
                ),
                ("heading", "Кто может голосовать?"),
                (
                    "paragraph",
                    "<p>Как правило, голосовать могут люди с 16 лет, у которых есть иностранное гражданство, а также те, кто получил немецкое гражданство путём натурализации или по рождению как ребёнок мигрантов. Натурализованным гражданам обычно нужно самим заранее обратиться в избирательное ведомство. Сроки подачи кандидатур тоже истекают рано. Подробности сообщают избирательные ведомства городов.</p>",
                ),
            ],
        },
        "topics": ["integration"],
        "contacts": ["presse", "integration"],
        "correction": None,
    },
    {
        "date": "2025-06-26",
        "dateline": "mettmann",
        "title": {
            "de": "Bündnispartner mit Zukunft: Projekt der Migrantenorganisationen feiert seinen Abschluss",
            "en": "Partners with a future: Project of the migrant organisations celebrates its conclusion",
            "tr": "Geleceği olan ortaklar: Göçmen örgütleri projesi kapanış etkinliğiyle tamamlandı",
        },
        "slug": {
            "de": "abschluss-migrantenorganisationen-als-buendnispartner",
            "en": "closing-event-migrant-organisations-as-partners",
            "tr": "gocmen-orgutleri-projesi-kapanis",
        },
        "subtitle": {
            "de": "„Migrantenorganisationen als Bündnispartner im Kreis Mettmann“ zieht Bilanz",
            "en": "“Migrantenorganisationen als Bündnispartner im Kreis Mettmann” takes stock",
            "tr": "„Migrantenorganisationen als Bündnispartner im Kreis Mettmann“ projesinin bilançosu",
        },
        "teaser": {
            "de": "Mit einer Abschlussveranstaltung endet das Projekt „Migrantenorganisationen als Bündnispartner im Kreis Mettmann“. 23 Vereine haben sich vernetzt, sind sichtbarer geworden und stellen sich heute auf einer gemeinsamen Internetplattform vor.",
            "en": "The project “Migrantenorganisationen als Bündnispartner im Kreis Mettmann” has come to an end with a closing event. 23 associations have built networks, become more visible and now present themselves on a shared online platform.",
            "tr": "„Migrantenorganisationen als Bündnispartner im Kreis Mettmann“ projesi bir kapanış etkinliğiyle sona erdi. 23 dernek birbiriyle ağ kurdu, daha görünür hale geldi ve bugün ortak bir internet platformunda kendini tanıtıyor.",
        },
        "body": {
            "de": [
                (
                    "paragraph",
                    "<p>Mehr als 60 Migrantenorganisationen sind im Kreis Mettmann aktiv. Sie geben Sprachunterricht und Hausaufgabenhilfe, beraten, feiern Feste und halten Traditionen lebendig – oft ganz ohne hauptamtliche Unterstützung. Das Projekt „Migrantenorganisationen als Bündnispartner im Kreis Mettmann“ wollte diese Arbeit stärken und sichtbarer machen. Gefördert wurde es vom Land Nordrhein-Westfalen aus dem Programm KOMM-IN, mit dem das Land die kommunale Integrationsarbeit unterstützt.</p>",
                ),
                ("heading", "Vernetzt in alle Richtungen"),
                (
                    "paragraph",
                    "<p>Im Mittelpunkt stand die Vernetzung: Die Vereine lernten einander kennen, kamen mit den Städten ins Gespräch und knüpften Kontakte zu Wohlfahrtsverbänden wie der Caritas und dem Paritätischen. Außerdem erhielten sie Unterstützung bei ihrer Öffentlichkeitsarbeit. Beteiligt haben sich 23 Organisationen unterschiedlicher Nationalitäten und Kulturen.</p>",
                ),
                ("heading", "Eine Plattform für die Vereine"),
                (
                    "paragraph",
                    "<p>Ein sichtbares Ergebnis ist eine Internetplattform, auf der die Organisationen ihre eigenen Internetauftritte veröffentlichen. Dort stellen sie sich und ihre Arbeit in eigenen Worten vor.</p>",
                ),
                (
                    "paragraph",
                    "<p>Mit dem Ende des Projekts ist das Bündnis nicht zu Ende: Interessierte Vereine können sich auch weiterhin anschließen. Weitere Informationen gibt das Sachgebiet Integration des Kreises Mettmann.</p>",
                ),
            ],
            "en": [
                (
                    "paragraph",
                    "<p>More than 60 migrant organisations are active in the district of Mettmann. They teach languages, help children with their homework, give advice, celebrate festivals and keep traditions alive – often without any paid staff. The project “Migrantenorganisationen als Bündnispartner im Kreis Mettmann” (migrant organisations as partners in the district of Mettmann) set out to strengthen this work and make it more visible. It was funded by the state of North Rhine-Westphalia through KOMM-IN, the state's programme supporting municipal integration work.</p>",
                ),
                ("heading", "Connected in every direction"),
                (
                    "paragraph",
                    "<p>Networking was at the heart of the project: the organisations got to know one another, entered into dialogue with the towns and made contacts with welfare associations such as Caritas and Der Paritätische. They also received support with their public relations. 23 organisations of different nationalities and cultures took part.</p>",
                ),
                ("heading", "A platform for the associations"),
                (
                    "paragraph",
                    "<p>One visible result is an online platform on which the organisations publish their own web presence, presenting themselves and their work in their own words.</p>",
                ),
                (
                    "paragraph",
                    "<p>The end of the project is not the end of the alliance: interested associations can still join. Further information is available from the integration office (Sachgebiet Integration) of the district of Mettmann.</p>",
                ),
            ],
            "tr": [
                (
                    "paragraph",
                    "<p>Mettmann ilçesinde 60'tan fazla göçmen örgütü faaliyet gösteriyor. Dil dersi veriyor, ödevlere yardım ediyor, danışmanlık yapıyor, şenlikler düzenliyor ve gelenekleri yaşatıyorlar – çoğu zaman hiçbir ücretli çalışan olmadan. „Migrantenorganisationen als Bündnispartner im Kreis Mettmann“ (Mettmann ilçesinde ortak olarak göçmen örgütleri) projesi bu çalışmayı güçlendirmeyi ve daha görünür kılmayı amaçladı. Proje, Kuzey Ren-Vestfalya eyaletinin belediyelerin uyum çalışmalarını destekleyen KOMM-IN programı tarafından finanse edildi.</p>",
                ),
                ("heading", "Her yöne uzanan bağlar"),
                (
                    "paragraph",
                    "<p>Projenin merkezinde ağ kurmak vardı: Dernekler birbirini tanıdı, şehirlerle diyaloğa girdi ve Caritas ile Der Paritätische gibi sosyal yardım kuruluşlarıyla bağlantılar kurdu. Ayrıca halkla ilişkiler çalışmalarında destek aldılar. Projeye farklı milliyet ve kültürlerden 23 örgüt katıldı.</p>",
                ),
                ("heading", "Dernekler için bir platform"),
                (
                    "paragraph",
                    "<p>Görünür sonuçlardan biri, örgütlerin kendi internet sayfalarını yayımladığı bir internet platformu. Dernekler burada kendilerini ve çalışmalarını kendi sözleriyle tanıtıyor.</p>",
                ),
                (
                    "paragraph",
                    "<p>Projenin bitmesi birlikteliğin sonu değil: İlgilenen dernekler hâlâ katılabilir. Daha fazla bilgi için Mettmann ilçesi Uyum Birimi'ne (Sachgebiet Integration) başvurabilirsiniz.</p>",
                ),
            ],
        },
        "topics": ["integration", "ehrenamt", "foerderung"],
        "contacts": ["integration", "presse"],
        "correction": None,
    },
    {
        "date": "2025-09-15",
        "dateline": "velbert",
        "title": {"de": "Interkulturelle Woche 2025: Velbert lädt zum Auftakt ein"},
        "slug": {"de": "interkulturelle-woche-2025"},
        "teaser": {
            "de": "Ein Chorkonzert in vielen Sprachen, ein Kinderfest und offene Vereinsheime: Die Interkulturelle Woche im Kreis Mettmann beginnt am Sonntag in Velbert. Alle Termine stehen erstmals auch im Veranstaltungskalender auf mokme.",
        },
        "body": {
            "de": [
                (
                    "paragraph",
                    "<p>Zum Auftakt der Interkulturellen Woche am Sonntag, 21. September, singen Chöre aus dem ganzen Kreis gemeinsam – auf Deutsch, Polnisch, Russisch, Griechisch und Kurdisch. Im Anschluss laden Velberter Vereine zu einem Kinderfest mit Spielen, Musik und einem bunten Buffet ein.</p>",
                ),
                ("heading", "Vereine öffnen ihre Türen"),
                (
                    "paragraph",
                    "<p>Während der Woche öffnen zahlreiche Migrantenorganisationen ihre Vereinsheime für Besucherinnen und Besucher. Wer schon immer wissen wollte, was in einem Cemevi geschieht, wie eine eritreische Kaffeezeremonie abläuft oder wie man Boccia spielt, hat jetzt die Gelegenheit dazu.</p>",
                ),
                (
                    "paragraph",
                    "<p>Alle Termine sind im Veranstaltungskalender auf mokme zu finden, in den die Vereine ihre Angebote selbst eintragen. Das gedruckte Programmheft liegt wie gewohnt in den Rathäusern aus.</p>",
                ),
            ],
        },
        "topics": ["veranstaltungen", "kultur"],
        "contacts": ["presse", "ki"],
        "correction": None,
    },
    {
        "date": "2025-10-20",
        "dateline": "erkrath",
        "title": {"de": "Neu gewählte Integrationsräte: Kreis lädt zum Kennenlernen und Austausch ein"},
        "slug": {"de": "neue-integrationsraete-kennenlernen"},
        "teaser": {
            "de": "Nach der Wahl im September nehmen die Integrationsräte in den Städten ihre Arbeit auf. Ein erstes kreisweites Treffen in Erkrath soll den neuen Mitgliedern den Einstieg erleichtern.",
        },
        "body": {
            "de": [
                (
                    "paragraph",
                    "<p>Viele der Frauen und Männer, die im September in die Integrationsräte gewählt wurden, sitzen zum ersten Mal in einem kommunalen Gremium. Wie läuft eine Sitzung ab? Wie bringt man einen Antrag ein? Und wer in der Verwaltung ist für welche Frage zuständig?</p>",
                ),
                ("heading", "Voneinander lernen"),
                (
                    "paragraph",
                    "<p>Beim Treffen in Erkrath berichten erfahrene Mitglieder aus der vergangenen Wahlperiode, was sich bewährt hat und was sie heute anders machen würden. Das Kommunale Integrationszentrum stellt seine Unterstützungsangebote vor, darunter eine Einführung in die Gemeindeordnung und eine Schulung zur Sitzungsleitung.</p>",
                ),
                (
                    "paragraph",
                    "<p>„Die Integrationsräte sind für uns wichtige Partner“, sagt die Leiterin des Sachgebiets Integration. „Wir wollen, dass sie von Anfang an gut vernetzt sind – untereinander, mit den Migrantenorganisationen und mit der Verwaltung.“</p>",
                ),
            ],
        },
        "topics": ["integration"],
        "contacts": ["integration", "ki"],
        "correction": None,
    },
    {
        "date": "2026-02-09",
        "dateline": "monheim-am-rhein",
        "title": {
            "de": "Frauen begleiten Frauen: Mentoringprogramm für den Weg in den Beruf",
            "ar": "نساء يرافقن نساء: برنامج إرشاد على طريق العمل",
        },
        "slug": {
            "de": "mentoringprogramm-frauen-beruf",
            "ar": "barnamaj-irshad-lil-nisaa",
        },
        "teaser": {
            "de": "Berufstätige Frauen, die selbst eingewandert sind, begleiten andere Frauen beim Einstieg in Ausbildung und Arbeit. Das Frauennetzwerk der Migrantinnenorganisationen startet dazu ein Mentoringprogramm mit Unterstützung des Kreises.",
            "ar": "نساء عاملات هاجرن بأنفسهن إلى ألمانيا يرافقن نساء أخريات في خطواتهن الأولى نحو التدريب المهني والعمل. ولهذا الغرض تطلق شبكة منظمات النساء المهاجرات برنامج إرشاد بدعم من مقاطعة ميتمان.",
        },
        "body": {
            "de": [
                (
                    "paragraph",
                    "<p>Viele Frauen bringen Berufserfahrung, Abschlüsse und Ehrgeiz mit – und stehen trotzdem vor verschlossenen Türen. Oft fehlen Kontakte, manchmal das Wissen um die ungeschriebenen Regeln des Arbeitsmarkts, manchmal schlicht der Mut. Genau hier setzt das Mentoringprogramm an, das das Frauennetzwerk der Migrantinnenorganisationen drei Jahre nach seiner Gründung ins Leben ruft.</p>",
                ),
                ("heading", "Ein Jahr im Tandem"),
                (
                    "paragraph",
                    "<p>Jeweils eine erfahrene Mentorin und eine Mentee treffen sich ein Jahr lang regelmäßig. Sie sprechen über Bewerbungen und Vorstellungsgespräche, über die Vereinbarkeit von Familie und Beruf und über Wege zur Anerkennung von Abschlüssen. Begleitend gibt es gemeinsame Workshops und Betriebsbesuche.</p>",
                ),
                (
                    "paragraph",
                    "<p>Gesucht werden sowohl Mentees als auch Mentorinnen. Die Auftaktveranstaltung findet im März in Monheim am Rhein statt; Anmeldungen nimmt das Sachgebiet Integration entgegen.</p>",
                ),
            ],
            "ar": [
                (
                    "paragraph",
                    "<p>تحمل نساء كثيرات معهن خبرة مهنية وشهادات وطموحاً كبيراً، ومع ذلك يجدن الأبواب مغلقة أمامهن. فغالباً ما تنقصهن العلاقات، وأحياناً المعرفة بالقواعد غير المكتوبة لسوق العمل، وأحياناً الشجاعة ببساطة. وهنا بالذات يأتي برنامج الإرشاد الذي تطلقه شبكة منظمات النساء المهاجرات بعد ثلاث سنوات من تأسيسها.</p>",
                ),
                ("heading", "عام كامل معاً"),
                (
                    "paragraph",
                    "<p>تلتقي مرشدة ذات خبرة بانتظام لمدة عام مع امرأة في بداية طريقها المهني. تتحدثان عن طلبات العمل ومقابلات التوظيف، وعن التوفيق بين الأسرة والعمل، وعن طرق الاعتراف بالشهادات. وترافق ذلك ورش عمل مشتركة وزيارات إلى الشركات.</p>",
                ),
                (
                    "paragraph",
                    "<p>نبحث عن مشاركات وعن مرشدات على حد سواء. يُقام لقاء الانطلاق في مارس في مونهايم على نهر الراين، ويمكن التسجيل لدى مكتب الاندماج.</p>",
                ),
            ],
        },
        "topics": ["arbeit", "integration"],
        "contacts": ["integration"],
        "correction": None,
    },
    {
        "date": "2026-05-18",
        "dateline": "langenfeld",
        "title": {"de": "Sportfest der Kulturen 2026: Diesmal in Langenfeld"},
        "slug": {"de": "sportfest-der-kulturen-2026"},
        "teaser": {
            "de": "Das Sportfest der Kulturen kommt nach Langenfeld. Neben Fußball und Tanz gibt es diesmal einen Staffellauf für Familien und Rollstuhlbasketball zum Ausprobieren.",
        },
        "body": {
            "de": [
                (
                    "paragraph",
                    "<p>Beim Sportfest der Kulturen zählt nicht, wer gewinnt, sondern mit wem man spielt. Die Mannschaften werden gemischt, damit sich Menschen begegnen, die sich sonst vielleicht nie kennengelernt hätten. Eingeladen sind Migrantenorganisationen, Sportvereine, Schulen und Jugendgruppen aus dem ganzen Kreis Mettmann.</p>",
                ),
                ("heading", "Neu im Programm"),
                (
                    "paragraph",
                    "<p>Neu sind ein Staffellauf, bei dem Kinder, Eltern und Großeltern gemeinsam antreten, und Rollstuhlbasketball zum Ausprobieren, angeleitet von einem örtlichen Sportverein. Bewährtes bleibt: das Fußballturnier, Volkstänze zum Mitmachen und ein Buffet mit Gerichten aus vielen Ländern.</p>",
                ),
                (
                    "paragraph",
                    "<p>Das Sportfest findet am Samstag, 27. Juni, von 11 bis 18 Uhr statt. Teams und Vereine, die mit einem Stand oder einer Mitmachaktion dabei sein möchten, melden sich bis zum 5. Juni beim Sachgebiet Integration.</p>",
                ),
            ],
        },
        "topics": ["veranstaltungen", "gesundheit", "kultur"],
        "contacts": ["presse", "integration"],
        "correction": None,
    },
    {
        "date": "2026-09-07",
        "dateline": "ratingen",
        "title": {"de": "Interkulturelle Woche 2026: Geschichten vom Ankommen im Mittelpunkt"},
        "slug": {"de": "interkulturelle-woche-2026"},
        "teaser": {
            "de": "Zur Interkulturellen Woche erzählen Menschen aus dem Kreis Mettmann, wie sie hier angekommen sind – in einer Ausstellung in Ratingen, in Erzählcafés und in einem Podcast von Jugendlichen. Das Programm steht jetzt im Veranstaltungskalender.",
        },
        "body": {
            "de": [
                (
                    "paragraph",
                    "<p>Ein Koffer, ein Foto, ein Rezept: Für die Ausstellung „Angekommen“ haben Menschen aus allen zehn Städten des Kreises Gegenstände ausgeliehen, die für ihren Neuanfang stehen. Zu jedem Stück gibt es eine kurze Geschichte, aufgeschrieben in der Sprache der Erzählenden und auf Deutsch. Die Ausstellung wird zum Auftakt der Interkulturellen Woche in Ratingen eröffnet.</p>",
                ),
                ("heading", "Zuhören, nachfragen, mitreden"),
                (
                    "paragraph",
                    "<p>In mehreren Städten laden Vereine zu Erzählcafés ein, bei denen Ältere und Jüngere von früher und heute berichten. Eine Jugendinitiative aus Mettmann hat außerdem eine Podcastreihe produziert, in der junge Menschen ihre Eltern und Großeltern interviewen.</p>",
                ),
                (
                    "paragraph",
                    "<p>Alle Termine sind im Veranstaltungskalender auf mokme zu finden. Der Landrat lädt ausdrücklich auch alle ein, die noch nie bei der Interkulturellen Woche waren: „Kommen Sie vorbei und hören Sie zu – Sie werden Ihre Nachbarschaft neu kennenlernen.“</p>",
                ),
            ],
        },
        "topics": ["veranstaltungen", "kultur"],
        "contacts": ["presse", "ki"],
        "correction": None,
    },
    {
        "date": "2026-11-16",
        "dateline": "wuelfrath",
        "title": {"de": "Ehrenamtspreis Integration 2026: Verleihung in Wülfrath"},
        "slug": {"de": "ehrenamtspreis-integration-2026"},
        "teaser": {
            "de": "Ein Kinderchor, ein Fußballverein und ein Frauencafé, das Neuankommende bis zum Arzttermin begleitet: Der Landrat hat in Wülfrath den Ehrenamtspreis Integration verliehen. Erstmals gab es zusätzlich einen Jugendpreis.",
        },
        "body": {
            "de": [
                (
                    "paragraph",
                    "<p>Zum fünften Mal hat der Kreis Mettmann den Ehrenamtspreis Integration vergeben. Bei der Feierstunde in Wülfrath wurden drei Initiativen ausgezeichnet, die auf ganz unterschiedliche Weise Menschen zusammenbringen.</p>",
                ),
                ("heading", "Die Preisträger"),
                (
                    "paragraph",
                    "<p>Im Kinderchor des <b>Lateinamerikanischen Musikvereins Raíces</b> in Erkrath singen Kinder aus mehr als zehn Ländern zusammen. Beim <b>FK Balkan Velbert</b> spielen Kinder und Erwachsene unterschiedlichster Herkunft in einer Mannschaft, und der Verein kümmert sich auch abseits des Platzes um seine Spielerinnen und Spieler. Das <b>Internationale Frauencafé Haan</b> ist seit Jahren Anlaufstelle für Frauen, die neu in der Stadt sind, und begleitet sie bei Bedarf auch zu Terminen.</p>",
                ),
                ("heading", "Erstmals ein Jugendpreis"),
                (
                    "paragraph",
                    "<p>Den neuen Jugendpreis erhielt die Jugendgruppe der <b>Alevitischen Gemeinde Heiligenhaus</b>, die Nachhilfe für Jüngere organisiert und bei Festen in der Stadt regelmäßig mit anpackt. „Wer so früh Verantwortung übernimmt, macht uns allen Mut“, sagte der Landrat.</p>",
                ),
            ],
        },
        "topics": ["ehrenamt", "integration"],
        "contacts": ["presse", "integration"],
        "correction": None,
    },
]
