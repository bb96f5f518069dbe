"""Short news of the portal and of the organisations (demo); dates are days before loading."""

NEWS = [
    {
        "days_ago": 1,
        "organisation": "deutsch-tuerkischer-kulturverein-hilden",
        "title": {
            "de": "Unsere Theatergruppe probt ein neues Stück",
            "tr": "Tiyatro grubumuz yeni oyununu çalışıyor",
        },
        "slug": {
            "de": "theatergruppe-probt-neues-stueck",
            "tr": "tiyatro-grubu-yeni-oyun",
        },
        "teaser": {
            "de": "Drei Generationen auf einer Bühne: Unsere Theatergruppe arbeitet an einer Komödie über eine Familie, die zwischen Hilden und Izmir pendelt. Premiere ist im Frühjahr.",
            "tr": "Üç kuşak aynı sahnede: Tiyatro grubumuz, Hilden ile İzmir arasında gidip gelen bir aileyi anlatan bir komedi üzerinde çalışıyor. Prömiyer ilkbaharda.",
        },
        "body": {
            "de": [
                (
                    "paragraph",
                    "<p>Gespielt wird auf Deutsch und Türkisch, oft im selben Satz – so, wie in vielen Familien eben gesprochen wird. Die Texte haben die Mitglieder der Gruppe gemeinsam geschrieben, aus eigenen Erlebnissen und mit viel Humor.</p>",
                ),
                (
                    "paragraph",
                    "<p>Für Bühnenbild und Kostüme suchen wir noch helfende Hände. Wer Lust hat, kommt dienstags ab 18 Uhr in unser Vereinsheim an der Benrather Straße.</p>",
                ),
            ],
            "tr": [
                (
                    "paragraph",
                    "<p>Oyun Almanca ve Türkçe oynanıyor, çoğu zaman aynı cümlede – tıpkı pek çok ailede konuşulduğu gibi. Metinleri grup üyeleri kendi yaşadıklarından yola çıkarak ve bolca mizahla birlikte yazdı.</p>",
                ),
                (
                    "paragraph",
                    "<p>Dekor ve kostümler için hâlâ yardım edecek gönüllüler arıyoruz. İlgilenenler salı günleri saat 18.00'den itibaren Benrather Straße'deki dernek lokalimize gelebilir.</p>",
                ),
            ],
        },
    },
    {
        "days_ago": 2,
        "organisation": None,
        "title": {"de": "Netzwerktreffen der Migrantenorganisationen: Jetzt anmelden"},
        "slug": {"de": "netzwerktreffen-migrantenorganisationen-anmeldung"},
        "teaser": {
            "de": "Einmal im Jahr kommen die Migrantenorganisationen aus allen zehn Städten zusammen. Das Sachgebiet Integration freut sich auf Ihre Anmeldung – neue Vereine sind besonders willkommen.",
        },
        "body": {
            "de": [
                (
                    "paragraph",
                    "<p>Beim Netzwerktreffen geht es um das, was Vereine im Alltag beschäftigt: fehlende Räume, Förderanträge, die Suche nach Nachwuchs für den Vorstand. Vor allem aber bleibt Zeit für Gespräche – denn oft hat der Verein aus der Nachbarstadt genau die Lösung, nach der man selbst sucht.</p>",
                ),
                (
                    "paragraph",
                    "<p>Das Treffen findet an einem Samstag im Kreishaus in Mettmann statt, mit Mittagessen und Kinderbetreuung. Bitte melden Sie sich mit bis zu drei Personen pro Verein beim Sachgebiet Integration an.</p>",
                ),
            ],
        },
    },
    {
        "days_ago": 4,
        "organisation": "gesundheitslotsen-hilden",
        "title": {
            "de": "Infoabend: Welche Vorsorge bezahlt die Krankenkasse?",
            "tr": "Bilgilendirme akşamı: Sağlık sigortası hangi koruyucu muayeneleri karşılıyor?",
            "ar": "أمسية معلومات: ما الفحوص الوقائية التي يدفعها التأمين الصحي؟",
            "ru": "Информационный вечер: какие профилактические обследования оплачивает больничная касса?",
        },
        "slug": {
            "de": "infoabend-vorsorge-krankenkasse",
            "tr": "koruyucu-muayeneler-bilgi-aksami",
            "ar": "umsiyat-maalumat-al-fuhus-al-wiqaiya",
            "ru": "informatsionnyy-vecher-profilaktika",
        },
        "teaser": {
            "de": "Gesundheits-Check, Krebsfrüherkennung, Impfungen, U-Untersuchungen für Kinder: Vieles davon ist kostenlos und wird trotzdem selten genutzt. Unsere Lotsinnen und Lotsen erklären, was Ihnen zusteht – in vier Sprachen.",
            "tr": "Check-up, kanser taramaları, aşılar, çocuklar için U muayeneleri: Bunların çoğu ücretsiz, yine de pek az kullanılıyor. Sağlık rehberlerimiz hangi hizmetlerden yararlanabileceğinizi dört dilde anlatıyor.",
            "ar": "الفحص الصحي الشامل، والكشف المبكر عن السرطان، والتطعيمات، وفحوص U للأطفال: كثير منها مجاني، ومع ذلك قلّما يُستفاد منه. يشرح مرشدونا ومرشداتنا الصحيون ما يحق لكم، بأربع لغات.",
            "ru": "Чекап, ранняя диагностика рака, прививки, осмотры U для детей: многое из этого бесплатно, но используется редко. Наши медицинские проводники расскажут, на что вы имеете право, – на четырёх языках.",
        },
        "body": {
            "de": [
                (
                    "paragraph",
                    "<p>Der Infoabend findet am Dienstag um 18 Uhr in unseren Vereinsräumen statt. Unsere Lotsinnen und Lotsen sprechen Deutsch, Türkisch, Arabisch und Russisch; nach einer kurzen Einführung teilen wir uns in Sprachgruppen auf. Bringen Sie gern Ihre Fragen und das gelbe Untersuchungsheft Ihres Kindes mit.</p>",
                ),
                ("paragraph", "<p>Der Eintritt ist frei, eine Anmeldung ist nicht nötig.</p>"),
            ],
            "tr": [
                (
                    "paragraph",
                    "<p>Bilgilendirme akşamı salı günü saat 18.00'de dernek salonumuzda yapılacak. Sağlık rehberlerimiz Almanca, Türkçe, Arapça ve Rusça konuşuyor; kısa bir girişten sonra dil gruplarına ayrılıyoruz. Sorularınızı ve çocuğunuzun sarı muayene defterini yanınızda getirebilirsiniz.</p>",
                ),
                ("paragraph", "<p>Giriş ücretsiz, kayıt gerekmiyor.</p>"),
            ],
            "ar": [
                (
                    "paragraph",
                    "<p>تُقام الأمسية يوم الثلاثاء الساعة السادسة مساءً في مقر جمعيتنا. يتحدث مرشدونا الألمانية والتركية والعربية والروسية، وبعد مقدمة قصيرة نتوزع في مجموعات حسب اللغة. أحضروا معكم أسئلتكم ودفتر الفحوص الأصفر الخاص بطفلكم.</p>",
                ),
                ("paragraph", "<p>الدخول مجاني ولا حاجة إلى التسجيل.</p>"),
            ],
            "ru": [
                (
                    "paragraph",
                    "<p>Вечер состоится во вторник в 18:00 в помещении нашего объединения. Наши проводники говорят по-немецки, по-турецки, по-арабски и по-русски; после короткого вступления мы разделимся на языковые группы. Приносите свои вопросы и жёлтую книжку детских осмотров.</p>",
                ),
                ("paragraph", "<p>Вход свободный, записываться не нужно.</p>"),
            ],
        },
    },
    {
        "days_ago": 6,
        "organisation": None,
        "title": {"de": "Termine im eigenen Kalender: Veranstaltungen jetzt abonnieren"},
        "slug": {"de": "veranstaltungen-im-kalender-abonnieren"},
        "teaser": {
            "de": "Wer keinen Termin verpassen möchte, kann den Veranstaltungskalender von mokme in die Kalender-App auf dem Handy oder am Computer übernehmen.",
        },
        "body": {
            "de": [
                (
                    "paragraph",
                    "<p>Beim Veranstaltungskalender finden Sie einen Link zum Abonnieren. Fügen Sie ihn in Ihre Kalender-App ein, etwa in Google Kalender, Outlook oder den Kalender Ihres Smartphones. Neue und geänderte Termine erscheinen dann von selbst.</p>",
                ),
                (
                    "paragraph",
                    "<p>Vereine, die ihre Termine bereits in einem eigenen Onlinekalender pflegen, können diesen umgekehrt auch in mokme einbinden. Das Sachgebiet Integration hilft gern beim Einrichten.</p>",
                ),
            ],
        },
    },
    {
        "days_ago": 8,
        "organisation": "sprachbruecke-wuelfrath",
        "title": {"de": "Lernpatinnen und Lernpaten gesucht"},
        "slug": {"de": "lernpatinnen-und-lernpaten-gesucht"},
        "teaser": {
            "de": "Eine Stunde pro Woche kann viel verändern: Für unsere Hausaufgabenhilfe und die Deutsch-Tandems suchen wir Menschen, die Freude daran haben, anderen beim Lernen zu helfen.",
        },
        "body": {
            "de": [
                (
                    "paragraph",
                    "<p>Sie müssen weder Lehrerin noch Lehrer sein. Wichtig sind Geduld, Verlässlichkeit und ein offenes Ohr. Wir bereiten Sie mit einer kurzen Einführung vor, und bei Fragen ist immer jemand aus dem Team für Sie da.</p>",
                ),
                (
                    "paragraph",
                    "<p>Besonders dringend brauchen wir Unterstützung in Mathematik für die Klassen 5 bis 7. Kommen Sie einfach montags bis donnerstags zwischen 15 und 17.30 Uhr vorbei und schauen Sie sich um.</p>",
                ),
            ],
        },
    },
    {
        "days_ago": 11,
        "organisation": "seniorenclub-rodnik-velbert",
        "title": {
            "de": "Smartphone-Sprechstunde jetzt jeden Mittwoch",
            "ru": "Помощь со смартфоном теперь каждую среду",
        },
        "slug": {
            "de": "smartphone-sprechstunde-mittwochs",
            "ru": "pomoshch-so-smartfonom",
        },
        "teaser": {
            "de": "Videoanruf mit den Enkeln, ein Termin beim Bürgerbüro, das Deutschlandticket auf dem Handy: Weil so viele Fragen kommen, bieten wir die Smartphone-Hilfe jetzt jede Woche an.",
            "ru": "Видеозвонок внукам, запись в бюро обслуживания граждан, «Дойчландтикет» в телефоне: вопросов так много, что теперь мы помогаем со смартфоном каждую неделю.",
        },
        "body": {
            "de": [
                (
                    "paragraph",
                    "<p>Jeden Mittwoch von 11 bis 13 Uhr helfen junge Ehrenamtliche geduldig weiter, auf Russisch oder auf Deutsch. Bringen Sie Ihr Gerät voll aufgeladen mit – und, ganz wichtig, Ihre Passwörter.</p>",
                ),
                (
                    "paragraph",
                    "<p>Die Sprechstunde ist kostenlos und auch für alle offen, die nicht Mitglied im Club sind.</p>",
                ),
            ],
            "ru": [
                (
                    "paragraph",
                    "<p>Каждую среду с 11 до 13 часов молодые волонтёры терпеливо помогают на русском или немецком языке. Приносите своё устройство полностью заряженным – и, это очень важно, не забудьте свои пароли.</p>",
                ),
                (
                    "paragraph",
                    "<p>Консультация бесплатная и открыта также для тех, кто не состоит в нашем клубе.</p>",
                ),
            ],
        },
    },
    {
        "days_ago": 13,
        "organisation": None,
        "title": {"de": "Offene Sprechstunde: Hilfe bei der eigenen Vereinsseite"},
        "slug": {"de": "sprechstunde-vereinsseite"},
        "teaser": {
            "de": "Sie möchten neue Fotos hochladen, einen Termin eintragen oder Ihre Seite auch auf Türkisch veröffentlichen? In der offenen Sprechstunde zeigen wir Ihnen, wie es geht.",
        },
        "body": {
            "de": [
                (
                    "paragraph",
                    "<p>Jeden ersten Mittwoch im Monat von 16 bis 18 Uhr beantwortet das Team des Sachgebiets Integration Fragen rund um mokme – per Video oder persönlich im Kreishaus. Bringen Sie gern Ihren Laptop mit, dann üben wir direkt an Ihrer eigenen Vereinsseite.</p>",
                ),
                (
                    "paragraph",
                    "<p>Eine Anmeldung ist nicht nötig. Wer lieber einen festen Termin hätte, schreibt uns einfach eine E-Mail.</p>",
                ),
            ],
        },
    },
    {
        "days_ago": 15,
        "organisation": "circolo-italiano-heiligenhaus",
        "title": {
            "de": "Boccia-Turnier: Jeder darf mitspielen",
            "it": "Torneo di bocce: tutti possono giocare",
        },
        "slug": {
            "de": "boccia-turnier-fuer-alle",
            "it": "torneo-di-bocce-per-tutti",
        },
        "teaser": {
            "de": "Boccia ist einfacher, als es aussieht – und geselliger, als man denkt. Zu unserem offenen Turnier sind alle Heiligenhauserinnen und Heiligenhauser eingeladen, mit oder ohne Erfahrung.",
            "it": "Le bocce sono più facili di quanto sembri – e più conviviali di quanto si pensi. Al nostro torneo aperto sono invitati tutti gli abitanti di Heiligenhaus, esperti e principianti.",
        },
        "body": {
            "de": [
                (
                    "paragraph",
                    "<p>Gespielt wird am Sonntag ab 14 Uhr auf der Bahn hinter dem Circolo, in gemischten Zweierteams. Wer die Regeln nicht kennt, bekommt sie von unseren erfahrensten Spielern erklärt – manche von ihnen werfen seit über fünfzig Jahren.</p>",
                ),
                (
                    "paragraph",
                    "<p>Für Espresso, Panini und selbst gebackene Crostata ist gesorgt. Anmeldung vor Ort, die Teilnahme ist kostenlos.</p>",
                ),
            ],
            "it": [
                (
                    "paragraph",
                    "<p>Si gioca domenica dalle 14 sul campo dietro al Circolo, in coppie miste. Chi non conosce le regole se le farà spiegare dai nostri giocatori più esperti – alcuni di loro tirano bocce da più di cinquant'anni.</p>",
                ),
                (
                    "paragraph",
                    "<p>Non mancheranno espresso, panini e crostata fatta in casa. Iscrizioni sul posto, la partecipazione è gratuita.</p>",
                ),
            ],
        },
    },
    {
        "days_ago": 19,
        "organisation": "ukrainisches-hilfsnetzwerk-kreis-mettmann",
        "title": {
            "de": "Samstagsschule: Anmeldung für das neue Schuljahr",
            "uk": "Суботня школа: запис на новий навчальний рік",
            "en": "Saturday school: registration for the new school year",
        },
        "slug": {
            "de": "samstagsschule-anmeldung",
            "uk": "subotnia-shkola-zapys",
            "en": "saturday-school-registration",
        },
        "teaser": {
            "de": "In unserer Samstagsschule lernen Kinder Ukrainisch, Literatur und Geschichte nach ukrainischen Lehrplänen. Für das neue Schuljahr sind noch Plätze frei, vor allem in der ersten Klasse.",
            "uk": "У нашій суботній школі діти вивчають українську мову, літературу та історію за українськими програмами. На новий навчальний рік ще є вільні місця, особливо в першому класі.",
            "en": "At our Saturday school, children learn Ukrainian, literature and history following Ukrainian curricula. There are still places for the new school year, especially in the first grade.",
        },
        "body": {
            "de": [
                (
                    "paragraph",
                    "<p>Der Unterricht findet jeden Samstag von 10 bis 13 Uhr statt. Unsere Lehrerinnen haben in der Ukraine unterrichtet und kennen die Anforderungen, falls Familien zurückkehren oder ukrainische Zeugnisse brauchen. Gleichzeitig achten wir darauf, dass die Samstagsschule den Besuch der deutschen Schule ergänzt und die Kinder nicht überfordert.</p>",
                ),
                (
                    "paragraph",
                    "<p>Anmeldungen nehmen wir dienstags und donnerstags in unserer Beratungsstelle entgegen. Bitte bringen Sie das letzte Zeugnis Ihres Kindes mit.</p>",
                ),
            ],
            "uk": [
                (
                    "paragraph",
                    "<p>Заняття проходять щосуботи з 10:00 до 13:00. Наші вчительки викладали в Україні та знають вимоги на випадок, якщо родини повертаються додому або потребують українських документів про освіту. Водночас ми дбаємо про те, щоб суботня школа доповнювала навчання в німецькій школі, а не перевантажувала дітей.</p>",
                ),
                (
                    "paragraph",
                    "<p>Записатися можна по вівторках і четвергах у нашому консультаційному пункті. Будь ласка, візьміть із собою останній табель дитини.</p>",
                ),
            ],
            "en": [
                (
                    "paragraph",
                    "<p>Lessons take place every Saturday from 10 am to 1 pm. Our teachers taught in Ukraine and know what is required if families return home or need Ukrainian school reports. At the same time, we make sure that Saturday school complements German school rather than overloading the children.</p>",
                ),
                (
                    "paragraph",
                    "<p>You can register on Tuesdays and Thursdays at our advice centre. Please bring your child's latest school report.</p>",
                ),
            ],
        },
    },
    {
        "days_ago": 22,
        "organisation": "junge-vielfalt-mettmann",
        "title": {"de": "Neue Podcastfolge: Mein erster Tag in der Ausbildung"},
        "slug": {"de": "podcast-erster-tag-in-der-ausbildung"},
        "teaser": {
            "de": "Zu früh da, die falschen Schuhe, keine Ahnung, wo die Kantine ist: In unserer neuen Podcastfolge erzählen drei Azubis von ihrem ersten Arbeitstag – ehrlich und ziemlich lustig.",
        },
        "body": {
            "de": [
                (
                    "paragraph",
                    "<p>Zu Gast sind eine angehende Kfz-Mechatronikerin, ein Azubi in der Pflege und eine junge Frau, die Bankkauffrau wird. Sie erzählen, was sie sich vorher nicht zu fragen getraut haben, wie sie mit Vorurteilen umgehen und welchen Tipp sie ihrem jüngeren Ich geben würden.</p>",
                ),
                (
                    "paragraph",
                    "<p>Die Folge gibt es überall, wo es Podcasts gibt. Ihr habt eine Idee für die nächste Folge? Kommt freitags in unseren Jugendtreff.</p>",
                ),
            ],
        },
    },
    {
        "days_ago": 24,
        "organisation": None,
        "title": {"de": "Kleinprojektförderung: Noch drei Wochen bis zum Antragsschluss"},
        "slug": {"de": "kleinprojektfoerderung-antragsschluss"},
        "teaser": {
            "de": "Ein Fest, ein Workshop, ein Ausflug: Wer für ein kleines Projekt Geld braucht, sollte seinen Antrag jetzt stellen. Die Förderung beträgt bis zu 1.500 Euro.",
        },
        "body": {
            "de": [
                (
                    "paragraph",
                    "<p>Das Antragsformular umfasst nur zwei Seiten und ist beim Sachgebiet Integration erhältlich. Wichtig sind eine kurze Beschreibung der Idee, ein einfacher Kostenplan und eine Ansprechperson im Verein.</p>",
                ),
                (
                    "paragraph",
                    "<p>Unsicher, ob Ihr Vorhaben passt? Rufen Sie uns an – lieber einmal zu viel gefragt, als eine gute Idee liegen gelassen.</p>",
                ),
            ],
        },
    },
    {
        "days_ago": 28,
        "organisation": "afghanischer-kulturverein-erkrath",
        "title": {
            "de": "Deutschkurs für Frauen: Eine neue Gruppe startet",
            "fa": "کلاس آلمانی برای زنان: گروه تازه‌ای شروع می‌شود",
        },
        "slug": {
            "de": "deutschkurs-frauen-neue-gruppe",
            "fa": "kelas-almani-zanan-goruh-tazeh",
        },
        "teaser": {
            "de": "Lernen in entspannter Runde, während die Kinder nebenan betreut werden: Im neuen Deutschkurs für Frauen sind noch einige Plätze frei. Vorkenntnisse sind nicht nötig.",
            "fa": "یادگیری در فضایی آرام، در حالی که از کودکان در اتاق کناری نگهداری می‌شود: در کلاس تازهٔ آلمانی برای زنان هنوز چند جای خالی هست. به دانش قبلی نیازی نیست.",
        },
        "body": {
            "de": [
                (
                    "paragraph",
                    "<p>Der Kurs findet zweimal pro Woche vormittags in unseren Vereinsräumen statt. Unsere Kursleiterin spricht Dari und Deutsch und erklärt die Grammatik so, dass sie im Alltag hilft: beim Arzt, beim Elternabend, beim Einkaufen.</p>",
                ),
                (
                    "paragraph",
                    "<p>Anmeldung freitags zwischen 15 und 18 Uhr bei uns im Verein oder telefonisch. Der Kurs ist kostenlos.</p>",
                ),
            ],
            "fa": [
                (
                    "paragraph",
                    "<p>کلاس هفته‌ای دو بار، صبح‌ها، در محل انجمن ما برگزار می‌شود. مربی ما به دری و آلمانی صحبت می‌کند و دستور زبان را طوری توضیح می‌دهد که در زندگی روزمره به کار بیاید: نزد پزشک، در جلسهٔ اولیا و مربیان، هنگام خرید.</p>",
                ),
                (
                    "paragraph",
                    "<p>ثبت‌نام جمعه‌ها از ساعت ۱۵ تا ۱۸ در انجمن یا از طریق تلفن. شرکت در کلاس رایگان است.</p>",
                ),
            ],
        },
    },
    {
        "days_ago": 33,
        "organisation": "arabischer-elternverein-ratingen",
        "title": {"de": "Infoabend: Wie geht es nach der Grundschule weiter?"},
        "slug": {"de": "infoabend-nach-der-grundschule"},
        "teaser": {
            "de": "Gymnasium, Realschule, Gesamtschule? Für viele Eltern ist die Wahl der weiterführenden Schule ein Rätsel. Wir erklären das Schulsystem in Nordrhein-Westfalen auf Arabisch und Deutsch.",
        },
        "body": {
            "de": [
                (
                    "paragraph",
                    "<p>Eine Lehrerin einer Ratinger Gesamtschule und zwei Mütter, deren Kinder den Wechsel schon hinter sich haben, berichten aus erster Hand. Es geht um die Empfehlung der Grundschule, um Anmeldefristen und darum, wie Eltern ihr Kind in dieser Zeit gut begleiten können.</p>",
                ),
                (
                    "paragraph",
                    "<p>Der Infoabend beginnt am Mittwoch um 18 Uhr, direkt im Anschluss an unsere Elternsprechstunde. Für Kinderbetreuung ist gesorgt.</p>",
                ),
            ],
        },
    },
    {
        "days_ago": 38,
        "organisation": None,
        "title": {"de": "Interkulturelle Woche: Tragen Sie Ihre Termine ein"},
        "slug": {"de": "interkulturelle-woche-termine-eintragen"},
        "teaser": {
            "de": "Auch in diesem Jahr erscheint das Programm der Interkulturellen Woche im Veranstaltungskalender von mokme. Vereine können ihre Veranstaltungen ab sofort selbst eintragen.",
        },
        "body": {
            "de": [
                (
                    "paragraph",
                    "<p>Bitte erwähnen Sie die Interkulturelle Woche im Titel oder in der Beschreibung Ihrer Veranstaltung, damit Gäste sie leicht finden. Ein aussagekräftiges Foto und ein paar Sätze in einfacher Sprache helfen allen, die Ihren Verein noch nicht kennen.</p>",
                ),
                (
                    "paragraph",
                    "<p>Für das gedruckte Programmheft gilt ein früherer Redaktionsschluss: Termine, die in den nächsten zwei Wochen eingetragen werden, kommen auch ins Heft.</p>",
                ),
            ],
        },
    },
    {
        "days_ago": 41,
        "organisation": "kurdisches-kulturhaus-velbert",
        "title": {
            "de": "Dengbêj-Abend: Geschichten, die gesungen werden",
            "kmr": "Şeva dengbêjan: çîrokên ku bi stranan têne gotin",
        },
        "slug": {
            "de": "dengbej-abend",
            "kmr": "seva-dengbejan",
        },
        "teaser": {
            "de": "Dengbêj sind Sängerinnen und Sänger, die Geschichten ohne Instrumente vortragen – von Liebe, Abschied und Heldentaten. An unserem Abend hören Sie alte Lieder und erfahren auf Deutsch, wovon sie erzählen.",
            "kmr": "Dengbêj ew stranbêj in ku bê amûr çîrokan dibêjin – yên evînê, xatirxwestinê û mêrxasiyê. Di şeva me de hûn ê guhdariya stranên kevn bikin û bi almanî jî hîn bibin ka ew behsa çi dikin.",
        },
        "body": {
            "de": [
                (
                    "paragraph",
                    "<p>Drei Dengbêj aus Velbert und Umgebung sind zu Gast, darunter eine Sängerin, die diese Kunst von ihrer Großmutter gelernt hat. Zwischen den Liedern erzählen Jugendliche aus unserem Kurmancî-Unterricht auf Deutsch, wovon die Verse handeln.</p>",
                ),
                (
                    "paragraph",
                    "<p>Der Abend beginnt am Sonntag um 16 Uhr im Kulturhaus. Es gibt Tee und Gebäck, der Eintritt ist frei.</p>",
                ),
            ],
            "kmr": [
                (
                    "paragraph",
                    "<p>Sê dengbêj ji Velbertê û derdora wê mêvanên me ne, di nav wan de stranbêjeke ku ev huner ji dapîra xwe hîn bûye. Di navbera stranan de ciwanên ji dersên me yên Kurmancî bi almanî vedibêjin ka malik behsa çi dikin.</p>",
                ),
                (
                    "paragraph",
                    "<p>Şev roja yekşemê saet 16:00 li mala çandê dest pê dike. Çay û şîranî hene, têketin belaş e.</p>",
                ),
            ],
        },
    },
    {
        "days_ago": 47,
        "organisation": "polnischer-kirchenchor-gaudium-haan",
        "title": {
            "de": "Tenöre und Bässe gesucht",
            "pl": "Szukamy tenorów i basów",
        },
        "slug": {
            "de": "tenoere-und-baesse-gesucht",
            "pl": "szukamy-tenorow-i-basow",
        },
        "teaser": {
            "de": "Sopran und Alt sind gut besetzt, bei den Männerstimmen wird es dagegen dünn. Wer gern singt, ist herzlich zu einer Schnupperprobe eingeladen – Notenkenntnisse sind kein Muss.",
            "pl": "Soprany i alty mamy w komplecie, za to głosów męskich zaczyna brakować. Każdy, kto lubi śpiewać, jest serdecznie zaproszony na próbę – znajomość nut nie jest konieczna.",
        },
        "body": {
            "de": [
                (
                    "paragraph",
                    "<p>Wir proben donnerstags von 19.30 bis 21.30 Uhr im Pfarrheim. Unser Repertoire reicht von polnischen Kirchenliedern über Werke von Moniuszko bis zum Gospel. Gesungen wird auf Polnisch, Latein und Deutsch; wer kein Polnisch spricht, bekommt Hilfe bei der Aussprache.</p>",
                ),
                (
                    "paragraph",
                    "<p>Gerade mit Blick auf die Weihnachtskonzerte freuen wir uns über jede zusätzliche Stimme. Kommen Sie einfach vorbei!</p>",
                ),
            ],
            "pl": [
                (
                    "paragraph",
                    "<p>Próby odbywają się w czwartki od 19:30 do 21:30 w salce parafialnej. Nasz repertuar obejmuje polskie pieśni kościelne, utwory Moniuszki i gospel. Śpiewamy po polsku, po łacinie i po niemiecku; kto nie mówi po polsku, otrzyma pomoc w wymowie.</p>",
                ),
                (
                    "paragraph",
                    "<p>Szczególnie przed koncertami bożonarodzeniowymi cieszy nas każdy dodatkowy głos. Po prostu przyjdź!</p>",
                ),
            ],
        },
    },
    {
        "days_ago": 52,
        "organisation": None,
        "title": {"de": "Gute Fotos für die Vereinsseite – mit Einverständnis"},
        "slug": {"de": "gute-fotos-fuer-die-vereinsseite"},
        "teaser": {
            "de": "Bilder sagen oft mehr als lange Texte. Ein paar Tipps, wie Ihre Vereinsseite lebendig wird, ohne dass jemand ungefragt im Internet landet.",
        },
        "body": {
            "de": [
                (
                    "paragraph",
                    "<p>Ein gutes Foto zeigt, wie es bei Ihnen wirklich zugeht. Dafür braucht es keine teure Kamera, das Smartphone reicht völlig.</p>",
                ),
                (
                    "paragraph",
                    "<ul><li>Fotografieren Sie bei Tageslicht und lieber eine kleine Gruppe in Aktion als eine lange Reihe vor der Wand.</li><li>Fragen Sie vorher, ob die Abgebildeten einverstanden sind – bei Kindern die Eltern. Eine Vorlage für die Einwilligung gibt es in mehreren Sprachen beim Sachgebiet Integration.</li><li>Schreiben Sie zu jedem Bild einen kurzen Alternativtext. So erfahren auch Menschen, die das Bild nicht sehen können, was darauf zu sehen ist.</li></ul>",
                ),
            ],
        },
    },
    {
        "days_ago": 56,
        "organisation": "fk-balkan-velbert",
        "title": {"de": "Neue Trikots für unsere Jüngsten"},
        "slug": {"de": "neue-trikots-fuer-die-juengsten"},
        "teaser": {
            "de": "Unsere F- und E-Jugend läuft ab sofort in neuen Trikots auf. Möglich gemacht haben das eine Bäckerei, ein Autohaus und ein Friseursalon aus der Nachbarschaft.",
        },
        "body": {
            "de": [
                (
                    "paragraph",
                    "<p>Mehr als 40 Kinder spielen in unseren jüngsten Mannschaften, viele von ihnen zum ersten Mal in einem Verein. Für manche Familien wären eigene Trikots und Trainingsanzüge eine echte Belastung gewesen. Umso mehr freuen wir uns über die Unterstützung aus der Nachbarschaft – danke!</p>",
                ),
                (
                    "paragraph",
                    "<p>Neue Spielerinnen und Spieler sind immer willkommen. Schaut einfach beim Training vorbei – Fußballschuhe haben wir zur Not auch noch im Schrank.</p>",
                ),
            ],
        },
    },
    {
        "days_ago": 63,
        "organisation": "internationales-frauencafe-haan",
        "title": {
            "de": "Ausflug an den Rhein: Das Frauencafé ist unterwegs",
            "ar": "رحلة إلى نهر الراين: مقهى النساء في نزهة",
            "tr": "Ren kıyısına gezi: Kadın kafesi yollarda",
        },
        "slug": {
            "de": "ausflug-an-den-rhein",
            "ar": "rihla-ila-nahr-al-rayn",
            "tr": "ren-kiyisina-gezi",
        },
        "teaser": {
            "de": "Statt Kaffee in unseren Räumen gibt es diesmal ein Picknick am Wasser: Das Frauencafé fährt gemeinsam mit Bus und Bahn an den Rhein. Kinder sind herzlich willkommen.",
            "ar": "بدلاً من القهوة في مقرنا، نقيم هذه المرة نزهة على ضفة الماء: يتوجه مقهى النساء معاً بالحافلة والقطار إلى نهر الراين. الأطفال مرحَّب بهم.",
            "tr": "Bu kez lokalimizde kahve yerine su kenarında piknik var: Kadın kafesi otobüs ve trenle birlikte Ren kıyısına gidiyor. Çocuklar da davetli.",
        },
        "body": {
            "de": [
                (
                    "paragraph",
                    "<p>Wir treffen uns am Donnerstag um 9.30 Uhr wie gewohnt vor dem Frauencafé und fahren gemeinsam los. Jede bringt eine Kleinigkeit für das Picknick mit – Börek, Obst, Fladenbrot, Kuchen, was immer Sie mögen. Um die Gruppentickets kümmern wir uns.</p>",
                ),
                (
                    "paragraph",
                    "<p>Bitte sagen Sie bis Montag Bescheid, ob Sie mitkommen und wie viele Kinder dabei sind. Bei Regen treffen wir uns im Frauencafé.</p>",
                ),
            ],
            "ar": [
                (
                    "paragraph",
                    "<p>نلتقي يوم الخميس الساعة التاسعة والنصف صباحاً كالعادة أمام مقهى النساء، ثم ننطلق معاً. تحضر كل واحدة شيئاً صغيراً للنزهة: بوريك أو فاكهة أو خبزاً أو كعكاً، أو ما تحبينه. ونحن نتكفل بتذاكر المجموعة.</p>",
                ),
                (
                    "paragraph",
                    "<p>يرجى إخبارنا حتى يوم الاثنين إن كنتِ ستأتين وكم طفلاً سيرافقك. في حال المطر نلتقي في مقهى النساء.</p>",
                ),
            ],
            "tr": [
                (
                    "paragraph",
                    "<p>Perşembe günü saat 9.30'da her zamanki gibi kadın kafesinin önünde buluşup birlikte yola çıkıyoruz. Herkes piknik için küçük bir şey getiriyor: börek, meyve, pide, kek – ne isterseniz. Grup biletlerini biz ayarlıyoruz.</p>",
                ),
                (
                    "paragraph",
                    "<p>Lütfen pazartesiye kadar gelip gelmeyeceğinizi ve kaç çocukla geleceğinizi bize bildirin. Yağmur yağarsa kadın kafesinde buluşuyoruz.</p>",
                ),
            ],
        },
    },
    {
        "days_ago": 67,
        "organisation": None,
        "title": {"de": "Eine Vereinsseite, viele Sprachen"},
        "slug": {"de": "eine-vereinsseite-viele-sprachen"},
        "teaser": {
            "de": "mokme spricht elf Sprachen – und Ihr Verein kann das auch. So veröffentlichen Sie Ihre Texte zusätzlich auf Türkisch, Arabisch, Ukrainisch oder in einer anderen Sprache Ihrer Community.",
        },
        "body": {
            "de": [
                (
                    "paragraph",
                    "<p>Neben Deutsch können Vereine ihre Seiten in den Sprachen veröffentlichen, die ihre Mitglieder und Gäste sprechen. Die deutsche Fassung bleibt immer die Grundlage; die Übersetzungen schreiben Sie selbst oder mit Unterstützung aus Ihrem Verein.</p>",
                ),
                (
                    "paragraph",
                    "<p>Unser Tipp: Lieber wenige Seiten gut übersetzen als alle halb. Für die meisten Gäste sind Angebote, Zeiten und Kontaktdaten am wichtigsten.</p>",
                ),
            ],
        },
    },
    {
        "days_ago": 72,
        "organisation": "bruecke-syrische-selbsthilfe-mettmann",
        "title": {"de": "Beratung jetzt auch am Freitagvormittag"},
        "slug": {"de": "beratung-auch-freitagvormittags"},
        "teaser": {
            "de": "Weil viele Ratsuchende nachmittags arbeiten oder im Sprachkurs sitzen, öffnen wir unsere Beratung zusätzlich freitags von 9 bis 12 Uhr.",
        },
        "body": {
            "de": [
                (
                    "paragraph",
                    "<p>Wie immer helfen wir bei Briefen von Jobcenter, Ausländerbehörde und Familienkasse, bei der Wohnungssuche und bei Bewerbungen – auf Arabisch, Kurdisch, Englisch und Deutsch. Unsere Beraterinnen und Berater wissen aus eigener Erfahrung, wie es ist, neu anzukommen.</p>",
                ),
                (
                    "paragraph",
                    "<p>Bitte bringen Sie alle Unterlagen mit, um die es geht. Montags und mittwochs von 15 bis 18 Uhr sind wir weiterhin für Sie da.</p>",
                ),
            ],
        },
    },
    {
        "days_ago": 80,
        "organisation": "griechische-gemeinde-langenfeld",
        "title": {
            "de": "Unsere Tanzgruppe sucht Nachwuchs",
            "el": "Ο χορευτικός μας όμιλος ψάχνει νέα μέλη",
        },
        "slug": {
            "de": "tanzgruppe-sucht-nachwuchs",
            "el": "o-choreftikos-psachnei-nea-meli",
        },
        "teaser": {
            "de": "Sirtaki kennt jeder – aber wie tanzt man einen Kalamatianos oder einen Pentozali? Unsere Kindergruppe freut sich über neue Tänzerinnen und Tänzer ab sechs Jahren, griechische Wurzeln sind keine Voraussetzung.",
            "el": "Το συρτάκι το ξέρουν όλοι – αλλά πώς χορεύεται ο καλαματιανός ή ο πεντοζάλης; Η παιδική μας ομάδα περιμένει νέους χορευτές και χορεύτριες από έξι ετών· η ελληνική καταγωγή δεν είναι προϋπόθεση.",
        },
        "body": {
            "de": [
                (
                    "paragraph",
                    "<p>Geprobt wird mittwochs von 17 bis 18 Uhr im Gemeindezentrum. Die Kinder lernen Tänze aus verschiedenen Regionen Griechenlands und erfahren dabei auch etwas über die Geschichten und Bräuche dahinter. Höhepunkt des Jahres ist der Auftritt bei unserem Sommerfest.</p>",
                ),
                (
                    "paragraph",
                    "<p>Kommen Sie mit Ihrem Kind einfach zu einer Probestunde vorbei. Bequeme Kleidung und Turnschuhe genügen.</p>",
                ),
            ],
            "el": [
                (
                    "paragraph",
                    "<p>Οι πρόβες γίνονται κάθε Τετάρτη από τις 17:00 έως τις 18:00 στο κοινοτικό κέντρο. Τα παιδιά μαθαίνουν χορούς από διάφορες περιοχές της Ελλάδας και γνωρίζουν τις ιστορίες και τα έθιμα πίσω από αυτούς. Η κορυφαία στιγμή της χρονιάς είναι η εμφάνιση στη θερινή μας γιορτή.</p>",
                ),
                (
                    "paragraph",
                    "<p>Ελάτε απλώς με το παιδί σας σε ένα δοκιμαστικό μάθημα. Αρκούν άνετα ρούχα και αθλητικά παπούτσια.</p>",
                ),
            ],
        },
    },
    {
        "days_ago": 85,
        "organisation": None,
        "title": {"de": "Neuigkeiten per RSS-Feed verfolgen"},
        "slug": {"de": "neuigkeiten-per-rss-feed"},
        "teaser": {
            "de": "Für alle, die lieber einen Feedreader nutzen, als regelmäßig vorbeizuschauen: Neuigkeiten, kommende Veranstaltungen und Pressemitteilungen gibt es auch als Feed.",
        },
        "body": {
            "de": [
                (
                    "paragraph",
                    "<p>Die Links zu den Feeds finden Sie auf den Seiten für Neuigkeiten, Veranstaltungen und Pressemitteilungen. Kopieren Sie die Adresse in Ihren Feedreader – neue Beiträge erscheinen dort, sobald sie veröffentlicht sind.</p>",
                ),
                (
                    "paragraph",
                    "<p>Auch Lokalredaktionen und Beratungsstellen nutzen die Feeds, um keine Mitteilung aus den Vereinen und dem Sachgebiet Integration zu verpassen.</p>",
                ),
            ],
        },
    },
    {
        "days_ago": 91,
        "organisation": "alevitische-gemeinde-heiligenhaus",
        "title": {"de": "Aşure für die Nachbarschaft"},
        "slug": {"de": "asure-fuer-die-nachbarschaft"},
        "teaser": {
            "de": "Zum Ende der Muharrem-Fastenzeit kochen wir in großen Töpfen Aşure – eine süße Speise aus Weizen, Hülsenfrüchten, Trockenobst und Nüssen. Wie jedes Jahr teilen wir sie mit unseren Nachbarinnen und Nachbarn.",
        },
        "body": {
            "de": [
                (
                    "paragraph",
                    "<p>Nach alevitischer Tradition wird Aşure nicht für sich allein gekocht, sondern verschenkt. Am Sonntag ab 12 Uhr verteilen wir Schalen im Cemevi und in der Nachbarschaft. Wer mag, bleibt auf einen Tee und erfährt mehr über die Bedeutung des Muharrem.</p>",
                ),
                (
                    "paragraph",
                    "<p>Beim Kochen am Samstag sind helfende Hände willkommen – Schälen, Rühren und Abfüllen geht gemeinsam schneller.</p>",
                ),
            ],
        },
    },
    {
        "days_ago": 99,
        "organisation": "westafrikanische-gemeinschaft-monheim",
        "title": {"de": "Afrika-Tag: Helferinnen und Helfer gesucht"},
        "slug": {"de": "afrika-tag-helfer-gesucht"},
        "teaser": {
            "de": "Der Afrika-Tag ist unser größtes Fest des Jahres – mit Trommeln, Tanz, Modenschau und Essen aus Ghana, Nigeria, Togo, Senegal und Guinea. Damit alles klappt, brauchen wir Ihre Unterstützung.",
        },
        "body": {
            "de": [
                (
                    "paragraph",
                    "<p>Wir suchen Helferinnen und Helfer für den Auf- und Abbau, den Getränkestand und das Kinderprogramm. Schon zwei Stunden helfen uns sehr. Als Dankeschön gibt es ein Fest-T-Shirt und einen Teller Jollof-Reis.</p>",
                ),
                (
                    "paragraph",
                    "<p>Ein Vorbereitungstreffen findet am Sonntag um 15 Uhr in unseren Räumen statt. Alle, die mitmachen möchten, sind willkommen – mit oder ohne afrikanische Wurzeln.</p>",
                ),
            ],
        },
    },
    {
        "days_ago": 104,
        "organisation": None,
        "title": {"de": "Deutsch üben in der Nachbarschaft: Sprachcafés im Kalender"},
        "slug": {"de": "sprachcafes-im-kalender"},
        "teaser": {
            "de": "Wo kann ich in meiner Stadt Deutsch sprechen, ohne mich für einen Kurs anzumelden? Die Sprachcafés im Kreis Mettmann stehen jetzt mit allen Terminen im Veranstaltungskalender.",
        },
        "body": {
            "de": [
                (
                    "paragraph",
                    "<p>In allen zehn Städten gibt es mindestens ein Sprachcafé, in manchen auch mehrere. Die Treffen sind kostenlos, eine Anmeldung ist nicht nötig. Suchen Sie im Kalender einfach nach „Sprachcafé“ und wählen Sie Ihre Stadt.</p>",
                ),
                (
                    "paragraph",
                    "<p>Sie möchten selbst mithelfen? Viele Sprachcafés freuen sich über neue Ehrenamtliche, die Zeit und Geduld für Gespräche mitbringen.</p>",
                ),
            ],
        },
    },
    {
        "days_ago": 117,
        "organisation": "musikverein-raices-erkrath",
        "title": {"de": "Percussion-Workshop für Kinder in den Herbstferien"},
        "slug": {"de": "percussion-workshop-fuer-kinder"},
        "teaser": {
            "de": "Cajón, Congas, Maracas und Güiro: In den Herbstferien können Kinder von acht bis zwölf Jahren bei uns drei Tage lang trommeln, rasseln und Rhythmen aus Lateinamerika entdecken.",
        },
        "body": {
            "de": [
                (
                    "paragraph",
                    "<p>Unsere Percussionisten zeigen, wie man aus einer Holzkiste einen Groove zaubert und warum Salsa ohne Clave nicht funktioniert. Zum Abschluss des Workshops geben die Kinder ein kleines Konzert für ihre Familien.</p>",
                ),
                (
                    "paragraph",
                    "<p>Die Teilnahme kostet 15 Euro inklusive Mittagessen; für Familien mit geringem Einkommen ist sie kostenlos. Instrumente werden gestellt. Anmeldung per E-Mail.</p>",
                ),
            ],
        },
    },
    {
        "days_ago": 126,
        "organisation": "islamische-gemeinde-langenfeld",
        "title": {"de": "Schulklassen zu Gast in der Moschee"},
        "slug": {"de": "schulklassen-zu-gast-in-der-moschee"},
        "teaser": {
            "de": "Warum zieht man in der Moschee die Schuhe aus? Was bedeuten die Schriftzeichen an der Wand? Mehrere Langenfelder Schulklassen haben uns in den letzten Wochen besucht – und viele kluge Fragen gestellt.",
        },
        "body": {
            "de": [
                (
                    "paragraph",
                    "<p>Bei unseren Führungen erklären Jugendliche aus der Gemeinde gemeinsam mit unserem Imam, wie das Gebet abläuft, was im Ramadan geschieht und wie das Gemeindeleben aussieht. Die Schülerinnen und Schüler dürfen alles fragen – und tun das auch.</p>",
                ),
                (
                    "paragraph",
                    "<p>Lehrkräfte, die mit ihrer Klasse kommen möchten, vereinbaren einen Termin über unser Büro, montags bis freitags von 10 bis 13 Uhr.</p>",
                ),
            ],
        },
    },
    {
        "days_ago": 131,
        "organisation": None,
        "title": {"de": "Ehrenamtspreis Integration: Wen schlagen Sie vor?"},
        "slug": {"de": "ehrenamtspreis-vorschlaege"},
        "teaser": {
            "de": "Kennen Sie jemanden, der seit Jahren Hausaufgabenhilfe gibt, Nachbarn zum Amt begleitet oder den Vereinsvorstand zusammenhält? Dann schlagen Sie diese Person oder Gruppe für den Ehrenamtspreis Integration vor.",
        },
        "body": {
            "de": [
                (
                    "paragraph",
                    "<p>Vorschlagen können alle, die im Kreis Mettmann leben – Einzelpersonen, Vereine, Schulen oder Kirchengemeinden. Ein formloses Schreiben genügt: Wer soll ausgezeichnet werden, und warum? Die Vorschläge nimmt das Sachgebiet Integration noch sechs Wochen lang entgegen.</p>",
                ),
                (
                    "paragraph",
                    "<p>Über die Preisträgerinnen und Preisträger entscheidet eine Jury, der auch Vertreterinnen und Vertreter von Migrantenorganisationen angehören. Die Preise verleiht der Landrat im Herbst.</p>",
                ),
            ],
        },
    },
    {
        "days_ago": 142,
        "organisation": "eritreische-gemeinschaft-ratingen",
        "title": {"de": "Gemeinsam lernen für die Abschlussprüfung"},
        "slug": {"de": "gemeinsam-lernen-fuer-die-abschlusspruefung"},
        "teaser": {
            "de": "Fachbegriffe, Rechenaufgaben, Prüfungsangst: Vor den Abschlussprüfungen treffen sich unsere Auszubildenden jeden Samstag zum gemeinsamen Lernen. Ehrenamtliche aus Ratingen helfen dabei.",
        },
        "body": {
            "de": [
                (
                    "paragraph",
                    "<p>Viele unserer jungen Mitglieder machen eine Ausbildung in der Pflege, im Handwerk oder in der Logistik. Im Betrieb kommen sie gut zurecht, doch die Prüfungssprache ist oft eine Hürde. In kleinen Gruppen gehen wir alte Prüfungsaufgaben durch und üben, Fachtexte zu verstehen.</p>",
                ),
                (
                    "paragraph",
                    "<p>Wir suchen weitere Ehrenamtliche, besonders mit Erfahrung in der Pflege oder der Elektrotechnik. Meldet euch gern samstags zwischen 14 und 17 Uhr bei uns.</p>",
                ),
            ],
        },
    },
    {
        "days_ago": 163,
        "organisation": None,
        "title": {"de": "Datenschutz im Verein: Leitfaden in einfacher Sprache"},
        "slug": {"de": "leitfaden-datenschutz-einfache-sprache"},
        "teaser": {
            "de": "Was gehört in die Mitgliederliste, was nicht? Darf der Vorstand eine Messenger-Gruppe gründen? Ein neuer Leitfaden beantwortet die häufigsten Fragen auf zwölf Seiten.",
        },
        "body": {
            "de": [
                (
                    "paragraph",
                    "<p>Der Leitfaden ist aus den Fragen entstanden, die Vereine in unseren Schulungen gestellt haben. Er erklärt die wichtigsten Regeln in einfacher Sprache und enthält Vorlagen für Einwilligungen, ein Muster für das Mitgliederverzeichnis und eine Checkliste für die Vereinswebsite.</p>",
                ),
                (
                    "paragraph",
                    "<p>Den Leitfaden gibt es kostenlos beim Sachgebiet Integration, auf Wunsch auch gedruckt.</p>",
                ),
            ],
        },
    },
    {
        "days_ago": 176,
        "organisation": "frauenverein-nour-monheim",
        "title": {"de": "Nähkurs: Aus alten Stoffen werden Taschen"},
        "slug": {"de": "naehkurs-taschen-aus-alten-stoffen"},
        "teaser": {
            "de": "Aus einem ausgedienten Kaftan wird eine Einkaufstasche, aus einer alten Tischdecke ein Kissenbezug: Unser Nähkurs verbindet Handarbeit, Gespräche und ein bisschen Umweltschutz.",
        },
        "body": {
            "de": [
                (
                    "paragraph",
                    "<p>Der Kurs läuft sechs Wochen lang, jeweils mittwochs im Anschluss an unser Frauenfrühstück. Nähmaschinen sind vorhanden, Stoffreste bringen die Teilnehmerinnen selbst mit. Vorkenntnisse braucht niemand – zwei erfahrene Schneiderinnen aus dem Verein zeigen jeden Handgriff.</p>",
                ),
                (
                    "paragraph",
                    "<p>Einige der Taschen verkaufen wir anschließend beim Stadtfest und spenden den Erlös an die Hausaufgabenhilfe in unserem Viertel.</p>",
                ),
            ],
        },
    },
    {
        "days_ago": 198,
        "organisation": None,
        "title": {"de": "Frauennetzwerk: Neue Mitstreiterinnen willkommen"},
        "slug": {"de": "frauennetzwerk-neue-mitstreiterinnen"},
        "teaser": {
            "de": "Das Frauennetzwerk der Migrantinnenorganisationen trifft sich viermal im Jahr, jedes Mal in einer anderen Stadt. Beim nächsten Treffen geht es um Vereinsfinanzen – und um Kuchen.",
        },
        "body": {
            "de": [
                (
                    "paragraph",
                    "<p>Im Netzwerk tauschen sich Frauen aus Frauenvereinen, Elterninitiativen und gemischten Vereinen aus. Sie planen gemeinsame Fortbildungen, geben Tipps weiter und unterstützen sich gegenseitig, wenn es im eigenen Verein einmal schwierig wird.</p>",
                ),
                (
                    "paragraph",
                    "<p>Neue Frauen und Gruppen sind jederzeit willkommen. Ort und Termin des nächsten Treffens erfahren Sie beim Sachgebiet Integration.</p>",
                ),
            ],
        },
    },
    {
        "days_ago": 215,
        "organisation": "iranischer-kulturkreis-ratingen",
        "title": {"de": "Filmabend: Iranisches Kino mit deutschen Untertiteln"},
        "slug": {"de": "filmabend-iranisches-kino"},
        "teaser": {
            "de": "Zum Auftakt unserer neuen Filmreihe zeigen wir ein vielfach ausgezeichnetes Familiendrama aus Teheran. Im Anschluss laden wir zum Gespräch bei Tee und Gebäck ein.",
        },
        "body": {
            "de": [
                (
                    "paragraph",
                    "<p>Das iranische Kino erzählt oft mit wenigen Mitteln große Geschichten – über Familie, Gerechtigkeit und die kleinen Entscheidungen des Alltags. In unserer Reihe stellen wir alle zwei Monate einen Film vor, jeweils im Original mit deutschen Untertiteln.</p>",
                ),
                (
                    "paragraph",
                    "<p>Der Eintritt ist frei, um eine Spende für die Filmrechte wird gebeten. Ort und Uhrzeit schicken wir Ihnen gern per E-Mail.</p>",
                ),
            ],
        },
    },
    {
        "days_ago": 240,
        "organisation": None,
        "title": {"de": "Pressemitteilungen des Kreises jetzt auf mokme"},
        "slug": {"de": "pressemitteilungen-auf-mokme"},
        "teaser": {
            "de": "Die Pressestelle des Kreises Mettmann veröffentlicht ihre Mitteilungen zu Integration und Migrantenorganisationen ab sofort auch hier – manche davon in mehreren Sprachen.",
        },
        "body": {
            "de": [
                (
                    "paragraph",
                    "<p>Im Pressearchiv finden Sie Mitteilungen zu Förderprogrammen, Veranstaltungen und Beratungsangeboten, sortiert nach Jahren und Themen. Zu jeder Mitteilung sind die Ansprechpersonen der Pressestelle und des Sachgebiets Integration angegeben.</p>",
                ),
                (
                    "paragraph",
                    "<p>Journalistinnen und Journalisten erreichen die Pressestelle wie gewohnt per Telefon und E-Mail.</p>",
                ),
            ],
        },
    },
    {
        "days_ago": 258,
        "organisation": "albanischer-kulturverein-illyria-hilden",
        "title": {"de": "Samstagsschule: Neue Gruppe für die Kleinsten"},
        "slug": {"de": "samstagsschule-neue-gruppe"},
        "teaser": {
            "de": "In unserer Samstagsschule lernen Kinder Albanisch lesen und schreiben. Jetzt startet eine neue Gruppe für Fünf- bis Siebenjährige – spielerisch, mit Liedern und Bilderbüchern.",
        },
        "body": {
            "de": [
                (
                    "paragraph",
                    "<p>Viele Kinder in unseren Familien verstehen Albanisch, sprechen es aber kaum, und das Schreiben ist ihnen fremd. In der neuen Gruppe lernen sie mit Reimen, Liedern und Geschichten aus Albanien, dem Kosovo und Nordmazedonien – und haben dabei jede Menge Spaß.</p>",
                ),
                (
                    "paragraph",
                    "<p>Der Unterricht findet samstags von 10 bis 11.30 Uhr statt. Eltern können ihre Kinder direkt vor Ort anmelden.</p>",
                ),
            ],
        },
    },
    {
        "days_ago": 289,
        "organisation": None,
        "title": {"de": "Wartungsarbeiten: mokme am Samstagmorgen kurz nicht erreichbar"},
        "slug": {"de": "wartungsarbeiten-samstagmorgen"},
        "teaser": {
            "de": "Wegen technischer Arbeiten ist das Portal am kommenden Samstag zwischen 7 und 9 Uhr voraussichtlich nicht erreichbar.",
        },
        "body": {
            "de": [
                (
                    "paragraph",
                    "<p>In dieser Zeit spielen wir Sicherheitsupdates ein. Bitte speichern Sie Änderungen an Ihrer Vereinsseite vorher. Danach ist alles wie gewohnt für Sie da. Danke für Ihr Verständnis!</p>",
                ),
            ],
        },
    },
    {
        "days_ago": 310,
        "organisation": "deutsch-tuerkischer-kulturverein-hilden",
        "title": {"de": "Hausaufgabenhilfe sucht Verstärkung"},
        "slug": {"de": "hausaufgabenhilfe-sucht-verstaerkung"},
        "teaser": {
            "de": "Immer mehr Kinder kommen nachmittags zu uns, um ihre Hausaufgaben zu machen. Damit alle gut betreut werden, suchen wir weitere Helferinnen und Helfer – Schülerinnen, Schüler und Studierende sind besonders willkommen.",
        },
        "body": {
            "de": [
                (
                    "paragraph",
                    "<p>Die Hausaufgabenhilfe findet dienstags und donnerstags von 17 bis 18.30 Uhr statt. Die Kinder besuchen überwiegend die Grundschule und die unteren Klassen der weiterführenden Schulen. Türkischkenntnisse sind hilfreich, aber kein Muss.</p>",
                ),
                (
                    "paragraph",
                    "<p>Älteren Schülerinnen und Schülern stellen wir gern eine Bescheinigung über ihr Engagement aus – ein Pluspunkt für jede Bewerbung.</p>",
                ),
            ],
        },
    },
    {
        "days_ago": 356,
        "organisation": None,
        "title": {"de": "Ihr Verein fehlt noch? Machen Sie mit!"},
        "slug": {"de": "ihr-verein-fehlt-noch"},
        "teaser": {
            "de": "Mehr als 60 Migrantenorganisationen sind im Kreis Mettmann aktiv, aber längst nicht alle haben schon eine Seite auf mokme. Neue Vereine sind herzlich willkommen.",
        },
        "body": {
            "de": [
                (
                    "paragraph",
                    "<p>Eine eigene Vereinsseite kostet nichts und ist schnell eingerichtet. Dort können Sie Ihre Angebote vorstellen, Termine veröffentlichen und Neuigkeiten teilen – in Ihren eigenen Worten und auf Wunsch in mehreren Sprachen.</p>",
                ),
                (
                    "paragraph",
                    "<p>Schreiben Sie uns, wer Sie sind und was Ihr Verein macht. Das Sachgebiet Integration meldet sich bei Ihnen und hilft beim Start.</p>",
                ),
            ],
        },
    },
    {
        "days_ago": 377,
        "organisation": "junge-vielfalt-mettmann",
        "title": {"de": "Streetball-Turnier: Jetzt Teams anmelden"},
        "slug": {"de": "streetball-turnier-anmeldung"},
        "teaser": {
            "de": "Drei gegen drei, ein Korb, viel Musik: Unser Streetball-Turnier geht in die nächste Runde. Anmelden können sich Teams von 14 bis 25 Jahren – gemischte Teams ausdrücklich erwünscht.",
        },
        "body": {
            "de": [
                (
                    "paragraph",
                    "<p>Gespielt wird auf einem Schulhof in der Mettmanner Innenstadt, von mittags bis zum Sonnenuntergang. Zwischendurch gibt es einen DJ, einen Wurfwettbewerb und Essen vom Grill, auch halal und vegetarisch.</p>",
                ),
                (
                    "paragraph",
                    "<p>Meldet euer Team freitags in unserem Jugendtreff oder per Direktnachricht an. Die Teilnahme ist kostenlos, und jedes Team bekommt ein Turnier-Shirt.</p>",
                ),
            ],
        },
    },
]
