"""Fictional organisations of the demo portal."""

ORGANISATIONS = [
    {
        "name": "Deutsch-Türkischer Kulturverein Hilden e.V.",
        "slug": "deutsch-tuerkischer-kulturverein-hilden",
        "town": "hilden",
        "towns_served": ["hilden", "haan"],
        "street": "Benrather Straße 48",
        "postcode": "40721",
        "founded": 1987,
        "email": "kontakt@dtkv-hilden.example",
        "phone": "02103 5550123",
        "website": "https://dtkv-hilden.example",
        "social": [
            ("facebook", "https://facebook.example/dtkv-hilden"),
            ("instagram", "https://instagram.example/dtkv.hilden"),
        ],
        "fields": ["culture", "education", "youth"],
        "communities": ["turkish"],
        "spoken_languages": ["de", "tr"],
        "publication_languages": ["tr"],
        "trusted": True,
        "short_description": {
            "de": "Seit 1987 ein Treffpunkt für Familien aus der Türkei und alle Nachbarinnen und Nachbarn in Hilden: mit Hausaufgabenhilfe, Saz-Kurs, Theatergruppe und großem Kinderfest am 23. April.",
            "tr": "1987'den beri Hilden'de Türkiye kökenli aileler ve tüm komşular için bir buluşma yeri: ödev yardımı, saz kursu, tiyatro grubu ve 23 Nisan'da büyük çocuk şenliği.",
        },
        "office_hours": {
            "de": "Dienstag und Donnerstag 17–20 Uhr, Samstag 11–14 Uhr",
            "tr": "Salı ve perşembe 17.00–20.00, cumartesi 11.00–14.00",
        },
        "body": {
            "de": [
                ("heading", "Wer wir sind"),
                (
                    "paragraph",
                    "<p>Der Deutsch-Türkische Kulturverein wurde 1987 von Familien gegründet, die in Hilden heimisch geworden sind. Heute kommen drei Generationen in unser Vereinsheim an der Benrather Straße – zum Tee, zum Lernen und zum Musizieren.</p>",
                ),
                ("heading", "Was uns wichtig ist"),
                (
                    "paragraph",
                    "<p>Wir wollen, dass Kinder zweisprachig und selbstbewusst aufwachsen. Deshalb verbinden wir <b>Bildung</b> und <b>Kultur</b>: Hausaufgabenhilfe und Lesestunden gehören bei uns genauso dazu wie Volkstanz und Theater.</p>",
                ),
            ],
            "tr": [
                ("heading", "Biz kimiz"),
                (
                    "paragraph",
                    "<p>Alman-Türk Kültür Derneği, 1987 yılında Hilden'i yurt edinmiş aileler tarafından kuruldu. Bugün Benrather Straße'deki dernek lokalimize üç kuşak birlikte geliyor – çay içmek, öğrenmek ve müzik yapmak için.</p>",
                ),
                ("heading", "Bizim için önemli olan"),
                (
                    "paragraph",
                    "<p>Çocukların iki dilli ve özgüvenli yetişmesini istiyoruz. Bu yüzden <b>eğitimi</b> ve <b>kültürü</b> bir araya getiriyoruz: ödev yardımı ve okuma saatleri, halk oyunları ve tiyatro kadar çalışmalarımızın bir parçası.</p>",
                ),
            ],
        },
        "pages": [
            {
                "title": {"de": "Angebote", "tr": "Etkinliklerimiz"},
                "slug": {"de": "angebote", "tr": "etkinliklerimiz"},
                "intro": {
                    "de": "Was bei uns jede Woche los ist.",
                    "tr": "Her hafta derneğimizde neler oluyor?",
                },
                "body": {
                    "de": [
                        (
                            "paragraph",
                            "<ul><li><b>Hausaufgabenhilfe</b> für die Klassen 1 bis 10: Montag bis Donnerstag 15–17 Uhr</li><li><b>Saz-Kurs</b> für Anfänger und Fortgeschrittene: Mittwoch 18 Uhr</li><li><b>Theatergruppe</b> für Jugendliche: Freitag 17 Uhr</li><li><b>Frauenfrühstück</b>: jeden ersten Sonntag im Monat</li></ul>",
                        ),
                    ],
                    "tr": [
                        (
                            "paragraph",
                            "<ul><li>1–10. sınıflar için <b>ödev yardımı</b>: pazartesi–perşembe 15.00–17.00</li><li>Başlangıç ve ileri seviye için <b>saz kursu</b>: çarşamba 18.00</li><li>Gençler için <b>tiyatro grubu</b>: cuma 17.00</li><li><b>Kadın kahvaltısı</b>: her ayın ilk pazar günü</li></ul>",
                        ),
                    ],
                },
            },
            {
                "title": {"de": "Jugendgruppe", "tr": "Gençlik grubu"},
                "slug": {"de": "jugendgruppe", "tr": "genclik-grubu"},
                "intro": {
                    "de": "Für alle zwischen 13 und 21 Jahren.",
                    "tr": "13 ile 21 yaş arasındaki herkes için.",
                },
                "body": {
                    "de": [
                        (
                            "paragraph",
                            "<p>Die Jugendgruppe plant ihr Programm selbst: Theaterstücke, Fußballturniere, Ausflüge in die Umgebung und jedes Jahr das <b>Kinderfest am 23. April</b>, das die Jugendlichen für die Kleinen organisieren.</p>",
                        ),
                    ],
                    "tr": [
                        (
                            "paragraph",
                            "<p>Gençlik grubu programını kendisi hazırlıyor: tiyatro oyunları, futbol turnuvaları, yakın çevreye geziler ve her yıl gençlerin küçükler için düzenlediği <b>23 Nisan çocuk şenliği</b>.</p>",
                        ),
                    ],
                },
            },
            {
                "title": {"de": "Mitglied werden", "tr": "Üye olun"},
                "slug": {"de": "mitglied-werden", "tr": "uye-olun"},
                "intro": {
                    "de": "So werden Sie Teil des Vereins.",
                    "tr": "Derneğimize nasıl katılabilirsiniz?",
                },
                "body": {
                    "de": [
                        (
                            "paragraph",
                            "<p>Der Jahresbeitrag beträgt 36 Euro für Erwachsene, Kinder und Jugendliche sind beitragsfrei. Den Aufnahmeantrag erhalten Sie während der Öffnungszeiten im Vereinsheim.</p>",
                        ),
                    ],
                    "tr": [
                        (
                            "paragraph",
                            "<p>Yıllık aidat yetişkinler için 36 avro; çocuklar ve gençler aidattan muaftır. Üyelik başvuru formunu açık olduğumuz saatlerde dernek lokalinden alabilirsiniz.</p>",
                        ),
                    ],
                },
            },
        ],
    },
    {
        "name": "Kurdisches Kulturhaus Velbert e.V.",
        "slug": "kurdisches-kulturhaus-velbert",
        "town": "velbert",
        "towns_served": ["velbert", "heiligenhaus", "wuelfrath"],
        "street": "Friedrichstraße 201",
        "postcode": "42551",
        "founded": 1994,
        "email": "info@kulturhaus-velbert.example",
        "phone": "02051 5550187",
        "website": "https://kulturhaus-velbert.example",
        "social": [
            ("facebook", "https://facebook.example/kulturhaus.velbert"),
            ("youtube", "https://youtube.example/@kulturhaus-velbert"),
        ],
        "fields": ["culture", "music-dance", "language-courses"],
        "communities": ["kurdish"],
        "spoken_languages": ["de", "kmr", "tr"],
        "publication_languages": ["kmr"],
        "trusted": False,
        "short_description": {
            "de": "Kurdische Sprache, Musik und Gastfreundschaft in Velbert: Kurmancî-Unterricht für Kinder, Dengbêj-Abende, eine Folkloregruppe und das große Newroz-Fest im März.",
            "kmr": "Li Velbertê ziman, muzîk û mêvanperweriya kurdî: dersên Kurmancî ji bo zarokan, şevên dengbêjan, koma folklorê û cejna Newrozê ya mezin di meha Adarê de.",
        },
        "office_hours": {
            "de": "Mittwoch 16–19 Uhr, Sonntag 12–16 Uhr",
            "kmr": "Çarşem 16:00–19:00, Yekşem 12:00–16:00",
        },
        "body": {
            "de": [
                ("heading", "Ein Haus für alle"),
                (
                    "paragraph",
                    "<p>Seit 1994 treffen sich im Kulturhaus kurdische Familien aus Velbert und den Nachbarstädten. Wir pflegen die kurdische Sprache und Musik und öffnen unsere Türen für alle, die neugierig sind.</p>",
                ),
                (
                    "paragraph",
                    "<p>Sonntags gibt es Tee und Gespräche, am Nachmittag üben Kinder und Jugendliche in der Folkloregruppe. Zu <b>Newroz</b> feiern wir mit Musik, Tanz und einem Feuer im Garten.</p>",
                ),
            ],
            "kmr": [
                ("heading", "Malek ji bo hemûyan"),
                (
                    "paragraph",
                    "<p>Ji sala 1994an ve malbatên kurd ên ji Velbertê û bajarên derdorê li Mala Çandê li hev dicivin. Em ziman û muzîka kurdî diparêzin û deriyên xwe ji bo hemû kesên meraqdar vedikin.</p>",
                ),
                (
                    "paragraph",
                    "<p>Rojên Yekşemê çay û sohbet heye, piştî nîvro zarok û ciwan di koma folklorê de xebatê dikin. Di <b>Newrozê</b> de em bi muzîk, govend û agirê li baxçe cejnê pîroz dikin.</p>",
                ),
            ],
        },
        "pages": [
            {
                "title": {"de": "Kurmancî-Unterricht", "kmr": "Dersên Kurmancî"},
                "slug": {"de": "kurmanci-unterricht", "kmr": "dersen-kurmanci"},
                "intro": {
                    "de": "Muttersprachlicher Unterricht für Kinder von 6 bis 14 Jahren.",
                    "kmr": "Perwerdeya bi zimanê dayikê ji bo zarokên 6 heta 14 salî.",
                },
                "body": {
                    "de": [
                        (
                            "paragraph",
                            "<p>Samstags lernen Kinder in zwei Altersgruppen Lesen und Schreiben auf Kurmancî – mit Liedern, Märchen und Spielen. Der Unterricht ist kostenlos, eine Anmeldung im Büro genügt.</p>",
                        ),
                    ],
                    "kmr": [
                        (
                            "paragraph",
                            "<p>Rojên Şemiyê zarok di du komên temenî de bi Kurmancî xwendin û nivîsandinê hîn dibin – bi stran, çîrok û lîstikan. Ders belaş in, qeydkirina li nivîsgehê bes e.</p>",
                        ),
                    ],
                },
            },
            {
                "title": {"de": "Musik und Tanz", "kmr": "Muzîk û govend"},
                "slug": {"de": "musik-und-tanz", "kmr": "muzik-u-govend"},
                "intro": {
                    "de": "Folkloregruppe und Dengbêj-Abende.",
                    "kmr": "Koma folklorê û şevên dengbêjan.",
                },
                "body": {
                    "de": [
                        (
                            "paragraph",
                            "<p>Unsere Folkloregruppe probt dienstags ab 18 Uhr und tritt bei Stadtfesten im ganzen Kreis auf. Einmal im Monat laden wir zum Dengbêj-Abend ein, an dem erzählende Gesänge vorgetragen werden.</p>",
                        ),
                    ],
                    "kmr": [
                        (
                            "paragraph",
                            "<p>Koma me ya folklorê rojên Sêşemê ji saet 18:00 ve xebatê dike û di şahiyên bajaran de li seranserê herêmê derdikeve ser dikê. Mehê carekê em we vedixwînin şeva dengbêjan, ku tê de stranên çîrokî tên gotin.</p>",
                        ),
                    ],
                },
            },
        ],
    },
    {
        "name": "Islamische Gemeinde Langenfeld e.V.",
        "slug": "islamische-gemeinde-langenfeld",
        "town": "langenfeld",
        "towns_served": ["langenfeld", "monheim-am-rhein"],
        "street": "Industriestraße 31",
        "postcode": "40764",
        "founded": 1979,
        "email": "info@igl-langenfeld.example",
        "phone": "02173 5550346",
        "website": "https://igl-langenfeld.example",
        "social": [
            ("facebook", "https://facebook.example/igl.langenfeld"),
            ("instagram", "https://instagram.example/igl_langenfeld"),
            ("whatsapp", "https://whatsapp.example/channel/igl-langenfeld"),
        ],
        "fields": ["religion", "education", "youth", "counselling"],
        "communities": ["turkish"],
        "spoken_languages": ["de", "tr", "ar"],
        "publication_languages": ["tr"],
        "trusted": True,
        "short_description": {
            "de": "Moscheegemeinde in Langenfeld mit täglichem Gebet, Koranunterricht für Kinder, Jugendtreff und offenen Türen: Schulklassen und Nachbarn sind zu Führungen herzlich eingeladen.",
            "tr": "Langenfeld'de günlük namaz, çocuklar için Kuran kursu, gençlik buluşması ve herkese açık kapılarıyla bir cami cemaati: okul sınıfları ve komşular cami gezilerine davetlidir.",
        },
        "office_hours": {
            "de": "Büro: Montag bis Freitag 10–13 Uhr; Moscheeführungen nach Vereinbarung",
            "tr": "Büro: pazartesi–cuma 10.00–13.00; cami gezileri randevu ile",
        },
        "body": {
            "de": [
                ("heading", "Unsere Gemeinde"),
                (
                    "paragraph",
                    "<p>Die Gemeinde wurde 1979 von Arbeiterfamilien gegründet, die in einem Hinterhof den ersten Gebetsraum einrichteten. Heute ist die Moschee an der Industriestraße ein Ort des Gebets, des Lernens und der Begegnung für rund 400 Familien.</p>",
                ),
                (
                    "paragraph",
                    "<p>Im Ramadan laden wir jedes Jahr zum <b>offenen Fastenbrechen</b> ein – Nachbarn, Kirchengemeinden und Gäste aus der Stadtverwaltung sitzen dann mit uns am Tisch. Am Tag der offenen Moschee am 3. Oktober zeigen wir unsere Räume.</p>",
                ),
            ],
        },
        "pages": [
            {
                "title": {"de": "Angebote", "tr": "Hizmetlerimiz"},
                "slug": {"de": "angebote", "tr": "hizmetlerimiz"},
                "intro": {"de": "Gebet, Unterricht und Gemeinschaft.", "tr": "Namaz, eğitim ve birliktelik."},
                "body": {
                    "de": [
                        (
                            "paragraph",
                            "<ul><li>Fünf tägliche Gebete, Freitagsgebet mit Predigt auf Türkisch und Deutsch</li><li>Koran- und Religionsunterricht für Kinder am Wochenende</li><li>Jugendtreff mit Tischtennis und Ausflügen</li><li>Sprechstunde für Familien: Hilfe bei Anträgen und Behördenpost</li></ul>",
                        ),
                    ],
                    "tr": [
                        (
                            "paragraph",
                            "<ul><li>Günlük beş vakit namaz, Türkçe ve Almanca hutbeli cuma namazı</li><li>Hafta sonları çocuklar için Kuran ve din dersleri</li><li>Masa tenisi ve gezilerle gençlik buluşması</li><li>Aileler için danışma saati: başvurularda ve resmi yazışmalarda yardım</li></ul>",
                        ),
                    ],
                },
            },
            {
                "title": {"de": "Moscheeführungen"},
                "slug": {"de": "moscheefuehrungen"},
                "intro": {"de": "Für Schulklassen, Gruppen und alle Interessierten."},
                "body": {
                    "de": [
                        (
                            "paragraph",
                            "<p>Wir führen gern durch unsere Moschee und beantworten Fragen zum Islam und zum Gemeindeleben. Bitte melden Sie Gruppen zwei Wochen vorher per E-Mail an. Eine Führung dauert etwa eine Stunde – Tee inklusive.</p>",
                        ),
                    ],
                },
            },
        ],
    },
    {
        "name": "Arabischer Elternverein Ratingen e.V.",
        "slug": "arabischer-elternverein-ratingen",
        "town": "ratingen",
        "towns_served": ["ratingen", "mettmann"],
        "street": "Düsseldorfer Straße 112",
        "postcode": "40878",
        "founded": 2009,
        "email": "vorstand@elternverein-ratingen.example",
        "phone": "02102 5550421",
        "website": "",
        "social": [
            ("facebook", "https://facebook.example/elternverein.ratingen"),
            ("whatsapp", "https://whatsapp.example/channel/elternverein-ratingen"),
        ],
        "fields": ["parents", "education", "counselling"],
        "communities": ["arab", "syrian"],
        "spoken_languages": ["de", "ar", "en"],
        "publication_languages": ["ar"],
        "trusted": False,
        "short_description": {
            "de": "Eltern für Eltern: Wir begleiten arabischsprachige Familien durch Kita und Schule, übersetzen bei Elternabenden und bieten Arabischunterricht für Kinder an.",
            "ar": "من الأهل إلى الأهل: نرافق العائلات الناطقة بالعربية في مرحلتي الروضة والمدرسة، ونترجم في اجتماعات أولياء الأمور، ونقدّم دروساً في اللغة العربية للأطفال.",
        },
        "office_hours": {
            "de": "Elternsprechstunde: Mittwoch 16–18 Uhr",
            "ar": "ساعة استشارة الأهل: الأربعاء من الساعة 16 حتى 18",
        },
        "body": {
            "de": [
                ("heading", "Über uns"),
                (
                    "paragraph",
                    "<p>Der Elternverein wurde 2009 von Müttern und Vätern gegründet, die sich im deutschen Schulsystem oft allein gelassen fühlten. Heute helfen erfahrene Eltern neu angekommenen Familien, sich zurechtzufinden.</p>",
                ),
                ("heading", "Wie wir helfen"),
                (
                    "paragraph",
                    "<ul><li>Infoabende zu Einschulung, Schulwechsel und Ausbildung</li><li>Begleitung zu Elterngesprächen – auf Wunsch mit Übersetzung</li><li>Arabischunterricht für Kinder am Samstagvormittag</li></ul>",
                ),
            ],
            "ar": [
                ("heading", "من نحن"),
                (
                    "paragraph",
                    "<p>أسّس آباء وأمهات جمعية الأهل عام 2009، بعد أن شعروا مراراً بأنهم وحدهم في مواجهة النظام المدرسي الألماني. واليوم يساعد أهلٌ ذوو خبرة العائلاتِ الوافدة حديثاً على إيجاد طريقها.</p>",
                ),
                ("heading", "كيف نساعد"),
                (
                    "paragraph",
                    "<ul><li>أمسيات إعلامية حول دخول المدرسة وتغيير المدرسة والتدريب المهني</li><li>مرافقة إلى لقاءات المعلمين – مع الترجمة عند الطلب</li><li>دروس اللغة العربية للأطفال صباح يوم السبت</li></ul>",
                ),
            ],
        },
        "pages": [
            {
                "title": {"de": "Beratung", "ar": "الاستشارة"},
                "slug": {"de": "beratung", "ar": "istishara"},
                "intro": {
                    "de": "Fragen zu Kita, Schule oder Ausbildung? Kommen Sie vorbei.",
                    "ar": "هل لديكم أسئلة حول الروضة أو المدرسة أو التدريب المهني؟ تفضلوا بزيارتنا.",
                },
                "body": {
                    "de": [
                        (
                            "paragraph",
                            "<p>In unserer Sprechstunde beantworten geschulte Elternbegleiterinnen Fragen zu Zeugnissen, Förderunterricht und Schulempfehlungen. Wir helfen auch beim Ausfüllen der Anträge für das Bildungs- und Teilhabepaket.</p>",
                        ),
                    ],
                    "ar": [
                        (
                            "paragraph",
                            "<p>في ساعة الاستشارة تجيب مرافِقات أهلٍ مدرَّبات عن الأسئلة المتعلقة بالشهادات المدرسية ودروس الدعم وتوصيات المدارس. ونساعد أيضاً في تعبئة طلبات حزمة التعليم والمشاركة.</p>",
                        ),
                    ],
                },
            },
            {
                "title": {"de": "Arabischunterricht", "ar": "دروس اللغة العربية"},
                "slug": {"de": "arabischunterricht", "ar": "duroos-al-arabiya"},
                "intro": {"de": "Für Kinder von 6 bis 12 Jahren.", "ar": "للأطفال من سن 6 إلى 12 سنة."},
                "body": {
                    "de": [
                        (
                            "paragraph",
                            "<p>Jeden Samstag von 10 bis 12 Uhr lernen Kinder in einer Grundschule in Ratingen-Mitte Lesen und Schreiben auf Arabisch. Die Gruppen sind nach Alter und Vorkenntnissen eingeteilt.</p>",
                        ),
                    ],
                    "ar": [
                        (
                            "paragraph",
                            "<p>كل يوم سبت من الساعة 10 حتى 12 يتعلم الأطفال القراءة والكتابة بالعربية في مدرسة ابتدائية في وسط مدينة راتينغن. والمجموعات مقسّمة حسب العمر والمستوى.</p>",
                        ),
                    ],
                },
            },
            {
                "title": {"de": "Mitglied werden"},
                "slug": {"de": "mitglied-werden"},
                "intro": {"de": "Jede Familie ist willkommen."},
                "body": {
                    "de": [
                        (
                            "paragraph",
                            "<p>Die Mitgliedschaft kostet 24 Euro im Jahr pro Familie. Wer mitmachen möchte, aber den Beitrag nicht zahlen kann, spricht den Vorstand einfach an – niemand wird abgewiesen.</p>",
                        ),
                    ],
                },
            },
        ],
    },
    {
        "name": "Brücke – Syrische Selbsthilfe Mettmann e.V.",
        "slug": "bruecke-syrische-selbsthilfe-mettmann",
        "town": "mettmann",
        "towns_served": ["mettmann", "erkrath", "wuelfrath"],
        "street": "Bahnstraße 19",
        "postcode": "40822",
        "founded": 2016,
        "email": "kontakt@bruecke-mettmann.example",
        "phone": "02104 5550278",
        "website": "https://bruecke-mettmann.example",
        "social": [
            ("instagram", "https://instagram.example/bruecke.mettmann"),
            ("telegram", "https://telegram.example/bruecke_mettmann"),
        ],
        "fields": ["refugee-support", "counselling", "work"],
        "communities": ["syrian", "arab"],
        "spoken_languages": ["de", "ar", "en", "kmr"],
        "publication_languages": ["ar", "en"],
        "trusted": False,
        "short_description": {
            "de": "Geflüchtete aus Syrien helfen Neuankommenden: bei Behördenpost, Wohnungssuche und dem Weg in Ausbildung und Arbeit – aus eigener Erfahrung.",
            "ar": "لاجئون من سوريا يساعدون القادمين الجدد: في رسائل الدوائر الرسمية والبحث عن سكن والطريق إلى التدريب المهني والعمل – انطلاقاً من تجربتهم الشخصية.",
            "en": "Refugees from Syria helping newcomers with official letters, finding a flat and getting into training and work – drawing on their own experience.",
        },
        "office_hours": {
            "de": "Montag und Mittwoch 15–18 Uhr",
            "ar": "الاثنين والأربعاء من الساعة 15 حتى 18",
            "en": "Monday and Wednesday 3–6 pm",
        },
        "body": {
            "de": [
                ("heading", "Aus eigener Erfahrung"),
                (
                    "paragraph",
                    "<p>Wir sind selbst als Geflüchtete nach Mettmann gekommen und wissen, wie schwer die ersten Monate sind. Heute arbeiten viele von uns in der Pflege oder im Handwerk, andere studieren – und alle geben weiter, was sie gelernt haben.</p>",
                ),
                (
                    "paragraph",
                    "<p>Unsere Ehrenamtlichen sprechen Arabisch, Kurdisch, Englisch und Deutsch. Wir ersetzen keine Rechtsberatung, aber wir wissen, wo man sie findet, und gehen auf Wunsch mit.</p>",
                ),
            ],
        },
        "pages": [
            {
                "title": {"de": "Beratung", "ar": "الاستشارة", "en": "Counselling"},
                "slug": {"de": "beratung", "ar": "istishara", "en": "counselling"},
                "intro": {
                    "de": "Hilfe bei Briefen, Anträgen und Terminen.",
                    "ar": "مساعدة في الرسائل والطلبات والمواعيد.",
                    "en": "Help with letters, applications and appointments.",
                },
                "body": {
                    "de": [
                        (
                            "paragraph",
                            "<p>Bringen Sie Ihre Post mit: Wir erklären, was drinsteht, helfen beim Antworten und begleiten Sie auf Wunsch zum Jobcenter, zur Ausländerbehörde oder zum Vermieter. Bei rechtlichen Fragen vermitteln wir an die Migrationsberatung.</p>",
                        ),
                    ],
                    "ar": [
                        (
                            "paragraph",
                            "<p>أحضروا رسائلكم معكم: نشرح لكم مضمونها ونساعدكم في الرد عليها، ونرافقكم عند الطلب إلى مركز العمل (جوب سنتر) أو دائرة الأجانب أو إلى المؤجر. أما الأسئلة القانونية فنحيلها إلى خدمة استشارة المهاجرين.</p>",
                        ),
                    ],
                    "en": [
                        (
                            "paragraph",
                            "<p>Bring your letters: we explain what they say, help you reply and, if you wish, go with you to the job centre, the immigration office or your landlord. For legal questions we refer you to the migration advice service.</p>",
                        ),
                    ],
                },
            },
            {
                "title": {"de": "Arbeit und Ausbildung"},
                "slug": {"de": "arbeit-und-ausbildung"},
                "intro": {"de": "Der Weg in den Beruf."},
                "body": {
                    "de": [
                        (
                            "paragraph",
                            "<p>Gemeinsam mit Betrieben aus dem Kreis organisieren wir Praktikumsbörsen und Bewerbungstrainings. Wer in Syrien einen Beruf gelernt hat, bekommt bei uns Hilfe bei der Anerkennung des Abschlusses.</p>",
                        ),
                    ],
                },
            },
        ],
    },
    {
        "name": "Afghanischer Kultur- und Hilfsverein Erkrath e.V.",
        "slug": "afghanischer-kulturverein-erkrath",
        "town": "erkrath",
        "towns_served": ["erkrath", "hilden"],
        "street": "Schlüterstraße 6",
        "postcode": "40699",
        "founded": 2015,
        "email": "info@akhv-erkrath.example",
        "phone": "0211 5550619",
        "website": "",
        "social": [
            ("facebook", "https://facebook.example/akhv.erkrath"),
            ("whatsapp", "https://whatsapp.example/channel/akhv-erkrath"),
        ],
        "fields": ["refugee-support", "culture", "language-courses"],
        "communities": ["afghan"],
        "spoken_languages": ["de", "prs", "fa", "en"],
        "publication_languages": ["fa"],
        "trusted": False,
        "short_description": {
            "de": "Afghanische Familien in Erkrath: Deutschkurse für Frauen mit Kinderbetreuung, Begleitung zu Ämtern und gemeinsame Feste zu Nowruz und zum Fastenbrechen.",
            "fa": "خانواده‌های افغان در ارکرات: کلاس‌های زبان آلمانی برای زنان همراه با نگهداری از کودکان، همراهی در مراجعه به ادارات و جشن‌های مشترک نوروز و عید فطر.",
        },
        "office_hours": {
            "de": "Freitag 15–18 Uhr",
            "fa": "جمعه‌ها از ساعت ۱۵ تا ۱۸",
        },
        "body": {
            "de": [
                ("heading", "Ankommen und dazugehören"),
                (
                    "paragraph",
                    "<p>Der Verein wurde 2015 von afghanischen Familien gegründet, die schon lange in Erkrath leben, um neu Ankommenden zur Seite zu stehen. Heute engagieren sich bei uns auch viele, die selbst erst vor wenigen Jahren geflohen sind.</p>",
                ),
                (
                    "paragraph",
                    "<p>Neben der Hilfe im Alltag pflegen wir die afghanische Kultur: mit Dichtungsabenden, Musik, Drachenbauen für Kinder und einem großen Fest zu <b>Nowruz</b>.</p>",
                ),
            ],
        },
        "pages": [
            {
                "title": {"de": "Deutschkurs für Frauen", "fa": "کلاس آلمانی برای زنان"},
                "slug": {"de": "deutschkurs-fuer-frauen", "fa": "kelas-almani-baraye-zanan"},
                "intro": {
                    "de": "Lernen in vertrauter Runde, die Kinder werden betreut.",
                    "fa": "یادگیری در جمعی صمیمی؛ از کودکان نگهداری می‌شود.",
                },
                "body": {
                    "de": [
                        (
                            "paragraph",
                            "<p>Dienstags und donnerstags von 9:30 bis 11:30 Uhr treffen sich Frauen im Gemeindezentrum zum Deutschlernen. Eine ehrenamtliche Lehrerin leitet den Kurs, im Nebenraum spielen die Kinder mit zwei Betreuerinnen.</p>",
                        ),
                    ],
                    "fa": [
                        (
                            "paragraph",
                            "<p>سه‌شنبه‌ها و پنجشنبه‌ها از ساعت ۹:۳۰ تا ۱۱:۳۰ زنان برای یادگیری زبان آلمانی در مرکز محله گرد هم می‌آیند. یک معلم داوطلب کلاس را اداره می‌کند و در اتاق کناری کودکان با دو مربی بازی می‌کنند.</p>",
                        ),
                    ],
                },
            },
            {
                "title": {"de": "Termine und Treffpunkt"},
                "slug": {"de": "termine-und-treffpunkt"},
                "intro": {"de": "Wo Sie uns finden."},
                "body": {
                    "de": [
                        (
                            "paragraph",
                            "<p>Unsere Sprechstunde findet freitags im Vereinsraum an der Schlüterstraße statt. Zum Fastenbrechen im Ramadan und zu Nowruz laden wir ins Bürgerhaus Hochdahl ein – die Termine stehen rechtzeitig auf dieser Seite.</p>",
                        ),
                    ],
                },
            },
        ],
    },
    {
        "name": "Iranischer Kulturkreis Ratingen e.V.",
        "slug": "iranischer-kulturkreis-ratingen",
        "town": "ratingen",
        "towns_served": ["ratingen"],
        "street": "Lintorfer Straße 27",
        "postcode": "40878",
        "founded": 1998,
        "email": "info@ikk-ratingen.example",
        "phone": "02102 5550733",
        "website": "https://ikk-ratingen.example",
        "social": [
            ("instagram", "https://instagram.example/ikk.ratingen"),
            ("youtube", "https://youtube.example/@ikk-ratingen"),
            ("mastodon", "https://mastodon.example/@ikk_ratingen"),
        ],
        "fields": ["culture", "music-dance", "education"],
        "communities": ["iranian"],
        "spoken_languages": ["de", "fa", "en"],
        "publication_languages": ["fa", "en"],
        "trusted": False,
        "short_description": {
            "de": "Persische Dichtung, Musik und Film in Ratingen: Lesungen mit Versen von Hafis und Rumi, ein Setar-Ensemble, Filmabende und das Nowruz-Fest, zu dem jedes Jahr über 300 Gäste kommen.",
            "fa": "شعر، موسیقی و سینمای ایران در راتینگن: شب‌های شعرخوانی از حافظ و مولانا، گروه سه‌تار، شب‌های فیلم و جشن نوروز که هر سال بیش از ۳۰۰ مهمان دارد.",
            "en": "Persian poetry, music and film in Ratingen: readings of Hafez and Rumi, a setar ensemble, film nights and a Nowruz celebration that draws more than 300 guests every year.",
        },
        "office_hours": {
            "de": "Nach Vereinbarung per E-Mail",
            "fa": "با هماهنگی قبلی از طریق ایمیل",
            "en": "By appointment via email",
        },
        "body": {
            "de": [
                ("heading", "Kultur verbindet"),
                (
                    "paragraph",
                    "<p>Der Iranische Kulturkreis wurde 1998 gegründet, um die reiche Kultur Irans in Ratingen sichtbar zu machen – für Menschen aus Iran ebenso wie für alle, die sie kennenlernen möchten. Unsere Veranstaltungen sind zweisprachig.</p>",
                ),
                ("heading", "Nowruz"),
                (
                    "paragraph",
                    "<p>Zum persischen Neujahr im März decken wir gemeinsam den <b>Haft-Sin-Tisch</b>. Es gibt Musik, Tanz und ein Buffet, zu dem alle etwas mitbringen. Karten gibt es ab Februar.</p>",
                ),
            ],
            "fa": [
                ("heading", "فرهنگ پیوند می‌دهد"),
                (
                    "paragraph",
                    "<p>کانون فرهنگی ایرانیان در سال ۱۹۹۸ تأسیس شد تا فرهنگ غنی ایران را در راتینگن دیده‌شدنی کند – هم برای ایرانیان و هم برای همهٔ کسانی که می‌خواهند با آن آشنا شوند. برنامه‌های ما دوزبانه است.</p>",
                ),
                ("heading", "نوروز"),
                (
                    "paragraph",
                    "<p>در آستانهٔ سال نو، با هم <b>سفرهٔ هفت‌سین</b> می‌چینیم. موسیقی و رقص داریم و سفره‌ای که هر کس چیزی برایش می‌آورد. بلیت‌ها از ماه فوریه عرضه می‌شود.</p>",
                ),
            ],
        },
        "pages": [
            {
                "title": {"de": "Termine", "fa": "برنامه‌ها", "en": "Events"},
                "slug": {"de": "termine", "fa": "barnameha", "en": "events"},
                "intro": {
                    "de": "Was im Kulturkreis ansteht.",
                    "fa": "برنامه‌های پیش روی کانون.",
                    "en": "What is coming up at the circle.",
                },
                "body": {
                    "de": [
                        (
                            "paragraph",
                            "<ul><li><b>Literaturabend</b>: jeden zweiten Freitag im Monat, 19 Uhr</li><li><b>Filmabend</b> mit deutschen Untertiteln: letzter Samstag im Monat</li><li><b>Yalda-Nacht</b> am 21. Dezember mit Granatäpfeln, Gedichten und Musik</li></ul>",
                        ),
                    ],
                    "fa": [
                        (
                            "paragraph",
                            "<ul><li><b>شب ادبی</b>: دومین جمعهٔ هر ماه، ساعت ۱۹</li><li><b>شب فیلم</b> با زیرنویس آلمانی: آخرین شنبهٔ هر ماه</li><li><b>شب یلدا</b> در ۲۱ دسامبر با انار، شعر و موسیقی</li></ul>",
                        ),
                    ],
                    "en": [
                        (
                            "paragraph",
                            "<ul><li><b>Literature evening</b>: second Friday of every month, 7 pm</li><li><b>Film night</b> with German subtitles: last Saturday of the month</li><li><b>Yalda night</b> on 21 December with pomegranates, poetry and music</li></ul>",
                        ),
                    ],
                },
            },
            {
                "title": {"de": "Setar-Ensemble", "fa": "گروه سه‌تار"},
                "slug": {"de": "setar-ensemble", "fa": "goruh-setar"},
                "intro": {
                    "de": "Klassische persische Musik zum Mitmachen.",
                    "fa": "موسیقی کلاسیک ایرانی برای همه.",
                },
                "body": {
                    "de": [
                        (
                            "paragraph",
                            "<p>Das Ensemble probt mittwochs ab 19 Uhr. Anfängerinnen und Anfänger sind willkommen, einige Instrumente können ausgeliehen werden.</p>",
                        ),
                    ],
                    "fa": [
                        (
                            "paragraph",
                            "<p>گروه چهارشنبه‌ها از ساعت ۱۹ تمرین می‌کند. نوآموزان هم خوش آمده‌اند و چند ساز برای امانت در اختیار داریم.</p>",
                        ),
                    ],
                },
            },
        ],
    },
    {
        "name": "Polnischer Kirchenchor Gaudium Haan e.V.",
        "slug": "polnischer-kirchenchor-gaudium-haan",
        "town": "haan",
        "towns_served": ["haan", "hilden", "erkrath"],
        "street": "Dieker Straße 15",
        "postcode": "42781",
        "founded": 1991,
        "email": "chor@gaudium-haan.example",
        "phone": "02129 5550845",
        "website": "https://gaudium-haan.example",
        "social": [
            ("facebook", "https://facebook.example/gaudium.haan"),
            ("youtube", "https://youtube.example/@gaudium-haan"),
        ],
        "fields": ["religion", "music-dance", "culture"],
        "communities": ["polish"],
        "spoken_languages": ["de", "pl"],
        "publication_languages": ["pl"],
        "trusted": True,
        "short_description": {
            "de": "Der Chor der polnischsprachigen katholischen Gemeinde singt seit 1991 in Haan und Umgebung – in Gottesdiensten, bei Konzerten und beim traditionellen Weihnachtsliedersingen.",
            "pl": "Chór polskojęzycznej wspólnoty katolickiej śpiewa od 1991 roku w Haan i okolicach – podczas mszy, na koncertach i na tradycyjnym wspólnym kolędowaniu.",
        },
        "office_hours": {
            "de": "Chorprobe: Donnerstag 19:30–21:30 Uhr im Pfarrheim",
            "pl": "Próba chóru: czwartek 19:30–21:30 w domu parafialnym",
        },
        "body": {
            "de": [
                ("heading", "Singen verbindet"),
                (
                    "paragraph",
                    "<p>Unser Chor begleitet die polnischsprachigen Sonntagsmessen und gestaltet Hochzeiten, Erstkommunionen und ökumenische Feiern in Haan, Hilden und Erkrath. Wir singen polnische Kirchenlieder, klassische Werke und neue geistliche Musik.</p>",
                ),
                ("heading", "Kolędy und Opłatek"),
                (
                    "paragraph",
                    "<p>Höhepunkt des Jahres ist das <b>Weihnachtsliedersingen</b> im Januar: Wir teilen die Oblate, singen Kolędy und laden die ganze Nachbarschaft ein.</p>",
                ),
            ],
            "pl": [
                ("heading", "Śpiew łączy"),
                (
                    "paragraph",
                    "<p>Nasz chór uświetnia niedzielne msze w języku polskim, a także śluby, pierwsze komunie i nabożeństwa ekumeniczne w Haan, Hilden i Erkrath. Śpiewamy polskie pieśni kościelne, utwory klasyczne i współczesną muzykę religijną.</p>",
                ),
                ("heading", "Kolędy i opłatek"),
                (
                    "paragraph",
                    "<p>Najważniejszym wydarzeniem roku jest <b>kolędowanie</b> w styczniu: dzielimy się opłatkiem, śpiewamy kolędy i zapraszamy całe sąsiedztwo.</p>",
                ),
            ],
        },
        "pages": [
            {
                "title": {"de": "Mitsingen", "pl": "Dołącz do nas"},
                "slug": {"de": "mitsingen", "pl": "dolacz-do-nas"},
                "intro": {
                    "de": "Neue Stimmen sind jederzeit willkommen.",
                    "pl": "Nowe głosy są zawsze mile widziane.",
                },
                "body": {
                    "de": [
                        (
                            "paragraph",
                            "<p>Notenkenntnisse sind nicht nötig – Freude am Singen reicht. Besonders suchen wir Tenöre und Bässe. Kommen Sie einfach donnerstags zur Probe ins Pfarrheim.</p>",
                        ),
                    ],
                    "pl": [
                        (
                            "paragraph",
                            "<p>Znajomość nut nie jest konieczna – wystarczy radość ze śpiewania. Szczególnie szukamy tenorów i basów. Wystarczy przyjść w czwartek na próbę do domu parafialnego.</p>",
                        ),
                    ],
                },
            },
            {
                "title": {"de": "Termine", "pl": "Terminy"},
                "slug": {"de": "termine", "pl": "terminy"},
                "intro": {"de": "Gottesdienste und Konzerte.", "pl": "Msze i koncerty."},
                "body": {
                    "de": [
                        (
                            "paragraph",
                            "<ul><li>Polnischsprachige Messe: jeden Sonntag um 12 Uhr</li><li>Osterkonzert am Palmsonntag</li><li>Kolędowanie: zweiter Samstag im Januar</li></ul>",
                        ),
                    ],
                    "pl": [
                        (
                            "paragraph",
                            "<ul><li>Msza w języku polskim: w każdą niedzielę o 12:00</li><li>Koncert wielkanocny w Niedzielę Palmową</li><li>Kolędowanie: druga sobota stycznia</li></ul>",
                        ),
                    ],
                },
            },
        ],
    },
    {
        "name": "Russischsprachiger Seniorenclub Rodnik Velbert e.V.",
        "slug": "seniorenclub-rodnik-velbert",
        "town": "velbert",
        "towns_served": ["velbert", "heiligenhaus"],
        "street": "Oststraße 58",
        "postcode": "42551",
        "founded": 2003,
        "email": "rodnik@seniorenclub-velbert.example",
        "phone": "02051 5550962",
        "website": "",
        "social": [
            ("telegram", "https://telegram.example/rodnik_velbert"),
        ],
        "fields": ["seniors", "culture", "health"],
        "communities": ["russian-speaking"],
        "spoken_languages": ["de", "ru"],
        "publication_languages": ["ru"],
        "trusted": False,
        "short_description": {
            "de": "Ein Treffpunkt für ältere russischsprachige Menschen in Velbert: Gymnastik, Gedächtnistraining, Schach, Chorgesang und Hilfe beim Umgang mit Smartphone und Behördenpost.",
            "ru": "Место встреч для пожилых русскоязычных людей в Фельберте: гимнастика, тренировка памяти, шахматы, хоровое пение и помощь со смартфоном и письмами из ведомств.",
        },
        "office_hours": {
            "de": "Montag, Mittwoch und Freitag 10–14 Uhr",
            "ru": "Понедельник, среда и пятница с 10 до 14 часов",
        },
        "body": {
            "de": [
                ("heading", "Unser Club"),
                (
                    "paragraph",
                    "<p>Unser Club heißt „Rodnik“ – die Quelle. Seit 2003 treffen sich hier Spätaussiedlerinnen und Spätaussiedler, jüdische Zugewanderte und alle anderen, die Russisch sprechen, um gemeinsam aktiv zu bleiben.</p>",
                ),
                (
                    "paragraph",
                    "<p>Jeden Vormittag gibt es ein Programm: Seniorengymnastik, Gedächtnistraining, Schachturniere und Chorproben. Danach trinken wir Tee und reden – über die Enkel, die Gesundheit und die alte Heimat.</p>",
                ),
            ],
            "ru": [
                ("heading", "Наш клуб"),
                (
                    "paragraph",
                    "<p>Наш клуб называется «Родник». С 2003 года здесь встречаются поздние переселенцы, еврейские иммигранты и все, кто говорит по-русски, чтобы вместе оставаться активными.</p>",
                ),
                (
                    "paragraph",
                    "<p>Каждое утро у нас есть программа: гимнастика для пожилых, тренировка памяти, шахматные турниры и репетиции хора. После этого мы пьём чай и беседуем – о внуках, о здоровье и о старой родине.</p>",
                ),
            ],
        },
        "pages": [
            {
                "title": {"de": "Programm", "ru": "Программа"},
                "slug": {"de": "programm", "ru": "programma"},
                "intro": {"de": "Unser Wochenplan.", "ru": "Наше расписание на неделю."},
                "body": {
                    "de": [
                        (
                            "paragraph",
                            "<ul><li>Montag: Seniorengymnastik und Tee</li><li>Mittwoch: Gedächtnistraining, danach Schach</li><li>Freitag: Chorprobe und Smartphone-Sprechstunde</li></ul>",
                        ),
                    ],
                    "ru": [
                        (
                            "paragraph",
                            "<ul><li>Понедельник: гимнастика и чаепитие</li><li>Среда: тренировка памяти, затем шахматы</li><li>Пятница: репетиция хора и консультация по смартфонам</li></ul>",
                        ),
                    ],
                },
            },
            {
                "title": {"de": "Gesundheit im Alter", "ru": "Здоровье в пожилом возрасте"},
                "slug": {"de": "gesundheit-im-alter", "ru": "zdorovye"},
                "intro": {
                    "de": "Vorträge und Hilfe rund um Pflege und Gesundheit.",
                    "ru": "Лекции и помощь по вопросам ухода и здоровья.",
                },
                "body": {
                    "de": [
                        (
                            "paragraph",
                            "<p>Einmal im Monat kommen Fachleute vom Pflegestützpunkt, aus der Apotheke oder von der Verbraucherzentrale zu uns. Wir übersetzen die Vorträge ins Russische und helfen danach bei Fragen zu Pflegegrad und Hilfsmitteln.</p>",
                        ),
                    ],
                    "ru": [
                        (
                            "paragraph",
                            "<p>Раз в месяц к нам приходят специалисты из консультационного пункта по уходу, аптеки или центра защиты прав потребителей. Мы переводим доклады на русский язык, а потом помогаем с вопросами о степени ухода и вспомогательных средствах.</p>",
                        ),
                    ],
                },
            },
        ],
    },
    {
        "name": "Ukrainisches Hilfsnetzwerk Kreis Mettmann e.V.",
        "slug": "ukrainisches-hilfsnetzwerk-kreis-mettmann",
        "town": "mettmann",
        "towns_served": ["mettmann", "wuelfrath", "erkrath"],
        "street": "Freiheitstraße 5",
        "postcode": "40822",
        "founded": 2022,
        "email": "hilfe@ukraine-netzwerk-me.example",
        "phone": "02104 5551022",
        "website": "https://ukraine-netzwerk-me.example",
        "social": [
            ("telegram", "https://telegram.example/ukraine_netzwerk_me"),
            ("instagram", "https://instagram.example/ukraine.netzwerk.me"),
            ("facebook", "https://facebook.example/ukraine.netzwerk.me"),
        ],
        "fields": ["refugee-support", "counselling", "education"],
        "communities": ["ukrainian"],
        "spoken_languages": ["de", "uk", "ru", "en"],
        "publication_languages": ["uk", "en"],
        "trusted": True,
        "short_description": {
            "de": "Im März 2022 aus spontaner Nachbarschaftshilfe entstanden: Wir beraten Geflüchtete aus der Ukraine, vermitteln Deutschkurse und organisieren Treffen für Familien und Kinder.",
            "uk": "Ми виникли в березні 2022 року зі спонтанної сусідської допомоги: консультуємо біженців з України, допомагаємо знайти курси німецької та організовуємо зустрічі для родин і дітей.",
            "en": "Born out of spontaneous neighbourly help in March 2022: we advise refugees from Ukraine, help them find German courses and organise meetings for families and children.",
        },
        "office_hours": {
            "de": "Dienstag 10–13 Uhr und Donnerstag 15–18 Uhr",
            "uk": "Вівторок 10:00–13:00 і четвер 15:00–18:00",
            "en": "Tuesday 10 am–1 pm and Thursday 3–6 pm",
        },
        "body": {
            "de": [
                ("heading", "Wie alles begann"),
                (
                    "paragraph",
                    "<p>Als im Frühjahr 2022 die ersten Familien aus der Ukraine in Mettmann ankamen, organisierten Ukrainerinnen, die schon lange hier leben, gemeinsam mit Nachbarn Betten, Dolmetscher und Schulplätze. Daraus ist unser Verein geworden.</p>",
                ),
                ("heading", "Was wir heute tun"),
                (
                    "paragraph",
                    "<ul><li>Beratung zu Aufenthalt, Jobcenter, Schule und Anerkennung von Abschlüssen</li><li>Vermittlung in Deutsch- und Integrationskurse</li><li>Samstagsschule mit ukrainischem Unterricht für Kinder</li><li>Elterncafé und Ausflüge für Familien</li></ul>",
                ),
            ],
            "uk": [
                ("heading", "Як усе почалося"),
                (
                    "paragraph",
                    "<p>Коли навесні 2022 року до Меттмана прибули перші родини з України, українки, які давно тут живуть, разом із сусідами організували ліжка, перекладачів і місця в школах. Так з'явилася наша організація.</p>",
                ),
                ("heading", "Що ми робимо сьогодні"),
                (
                    "paragraph",
                    "<ul><li>Консультації щодо перебування, джобцентру, школи та визнання дипломів</li><li>Допомога із записом на курси німецької та інтеграційні курси</li><li>Суботня школа з українськими уроками для дітей</li><li>Батьківське кафе та екскурсії для родин</li></ul>",
                ),
            ],
        },
        "pages": [
            {
                "title": {"de": "Beratung", "uk": "Консультації", "en": "Counselling"},
                "slug": {"de": "beratung", "uk": "konsultatsii", "en": "counselling"},
                "intro": {
                    "de": "Kostenlos, vertraulich und auf Ukrainisch.",
                    "uk": "Безкоштовно, конфіденційно й українською.",
                    "en": "Free, confidential and in Ukrainian.",
                },
                "body": {
                    "de": [
                        (
                            "paragraph",
                            "<p>Unsere Beraterinnen helfen bei Briefen vom Jobcenter und von der Ausländerbehörde, bei der Suche nach Kita- und Schulplätzen und bei der Anerkennung ukrainischer Abschlüsse. Bitte bringen Sie Ihre Unterlagen mit.</p>",
                        ),
                    ],
                    "uk": [
                        (
                            "paragraph",
                            "<p>Наші консультантки допомагають із листами від джобцентру та відомства у справах іноземців, із пошуком місць у дитсадках і школах, а також із визнанням українських дипломів. Будь ласка, беріть із собою документи.</p>",
                        ),
                    ],
                    "en": [
                        (
                            "paragraph",
                            "<p>Our advisers help with letters from the job centre and the immigration office, with finding places in day care and school, and with the recognition of Ukrainian qualifications. Please bring your documents.</p>",
                        ),
                    ],
                },
            },
            {
                "title": {"de": "Samstagsschule", "uk": "Суботня школа"},
                "slug": {"de": "samstagsschule", "uk": "subotnia-shkola"},
                "intro": {
                    "de": "Ukrainisch, Mathematik und Landeskunde für Kinder.",
                    "uk": "Українська мова, математика та українознавство для дітей.",
                },
                "body": {
                    "de": [
                        (
                            "paragraph",
                            "<p>Jeden Samstag lernen rund 60 Kinder in vier Klassen. Die Lehrerinnen haben in der Ukraine unterrichtet und arbeiten mit ukrainischen Lehrplänen, damit die Kinder den Anschluss an ihre Schule zu Hause nicht verlieren.</p>",
                        ),
                    ],
                    "uk": [
                        (
                            "paragraph",
                            "<p>Щосуботи близько 60 дітей навчаються в чотирьох класах. Вчительки викладали в Україні й працюють за українськими програмами, щоб діти не відставали від своєї школи вдома.</p>",
                        ),
                    ],
                },
            },
            {
                "title": {"de": "Mitmachen"},
                "slug": {"de": "mitmachen"},
                "intro": {"de": "Helfende Hände gesucht."},
                "body": {
                    "de": [
                        (
                            "paragraph",
                            "<p>Wir suchen Menschen, die zu Behördenterminen begleiten, mit Erwachsenen Deutsch üben oder beim Elterncafé mit anpacken. Auch wer nur zwei Stunden im Monat Zeit hat, hilft uns sehr.</p>",
                        ),
                    ],
                },
            },
        ],
    },
    {
        "name": "Griechische Gemeinde Langenfeld e.V.",
        "slug": "griechische-gemeinde-langenfeld",
        "town": "langenfeld",
        "towns_served": ["langenfeld", "monheim-am-rhein", "hilden"],
        "street": "Hauptstraße 98",
        "postcode": "40764",
        "founded": 1972,
        "email": "info@griechische-gemeinde-langenfeld.example",
        "phone": "02173 5551134",
        "website": "https://griechische-gemeinde-langenfeld.example",
        "social": [
            ("facebook", "https://facebook.example/griechische.gemeinde.langenfeld"),
            ("instagram", "https://instagram.example/gg_langenfeld"),
        ],
        "fields": ["culture", "music-dance", "education"],
        "communities": ["greek"],
        "spoken_languages": ["de", "el"],
        "publication_languages": ["el"],
        "trusted": True,
        "short_description": {
            "de": "Seit 1972 Heimat der Griechinnen und Griechen in Langenfeld: mit Griechischschule, Tanzgruppe für alle Altersstufen, Osterfest und einem Sommerfest, das die halbe Stadt kennt.",
            "el": "Από το 1972 σπίτι των Ελλήνων και των Ελληνίδων του Λάνγκενφελντ: με ελληνικό σχολείο, χορευτικό όμιλο για όλες τις ηλικίες, πασχαλινή γιορτή και ένα καλοκαιρινό πανηγύρι που το ξέρει η μισή πόλη.",
        },
        "office_hours": {
            "de": "Mittwoch 18–20 Uhr, Sonntag nach der Liturgie",
            "el": "Τετάρτη 18:00–20:00, Κυριακή μετά τη Θεία Λειτουργία",
        },
        "body": {
            "de": [
                ("heading", "Unsere Geschichte"),
                (
                    "paragraph",
                    "<p>Die ersten Mitglieder kamen Ende der 1960er-Jahre als Arbeiter in die Betriebe am Rhein. 1972 gründeten sie die Gemeinde, um Sprache, Glauben und Bräuche weiterzugeben. Heute engagiert sich bereits die dritte Generation.</p>",
                ),
                ("heading", "Feste im Jahreslauf"),
                (
                    "paragraph",
                    "<p>Wir schneiden die <b>Vasilopita</b> im Januar an, feiern das griechische Osterfest mit Lamm vom Spieß und roten Eiern und laden im August zu unserem <b>Sommerfest</b> mit Live-Musik, Souvlaki und Tanz bis in die Nacht.</p>",
                ),
            ],
            "el": [
                ("heading", "Η ιστορία μας"),
                (
                    "paragraph",
                    "<p>Τα πρώτα μέλη ήρθαν στα τέλη της δεκαετίας του 1960 για να δουλέψουν στα εργοστάσια κοντά στον Ρήνο. Το 1972 ίδρυσαν την κοινότητα για να μεταδώσουν τη γλώσσα, την πίστη και τα έθιμά τους. Σήμερα δραστηριοποιείται ήδη η τρίτη γενιά.</p>",
                ),
                ("heading", "Γιορτές του χρόνου"),
                (
                    "paragraph",
                    "<p>Κόβουμε τη <b>βασιλόπιτα</b> τον Ιανουάριο, γιορτάζουμε το ελληνικό Πάσχα με αρνί στη σούβλα και κόκκινα αυγά και τον Αύγουστο σας προσκαλούμε στο <b>καλοκαιρινό μας πανηγύρι</b> με ζωντανή μουσική, σουβλάκια και χορό ως αργά τη νύχτα.</p>",
                ),
            ],
        },
        "pages": [
            {
                "title": {"de": "Tanzgruppe", "el": "Χορευτικός όμιλος"},
                "slug": {"de": "tanzgruppe", "el": "choreftikos-omilos"},
                "intro": {
                    "de": "Griechische Volkstänze für Kinder, Jugendliche und Erwachsene.",
                    "el": "Ελληνικοί παραδοσιακοί χοροί για παιδιά, εφήβους και ενήλικες.",
                },
                "body": {
                    "de": [
                        (
                            "paragraph",
                            "<p>Unsere Tanzgruppe probt in drei Altersgruppen – vom Syrtos und Kalamatianos bis zu Tänzen aus Pontos und Kreta. Einen Teil der Trachten nähen die Mitglieder selbst. Wir treten bei Stadtfesten und Hochzeiten im ganzen Rheinland auf.</p>",
                        ),
                        (
                            "paragraph",
                            "<ul><li>Kinder (6–11 Jahre): Freitag 17 Uhr</li><li>Jugendliche: Freitag 18:30 Uhr</li><li>Erwachsene: Sonntag 18 Uhr</li></ul>",
                        ),
                    ],
                    "el": [
                        (
                            "paragraph",
                            "<p>Ο χορευτικός μας όμιλος κάνει πρόβες σε τρεις ηλικιακές ομάδες – από συρτό και καλαματιανό έως χορούς του Πόντου και της Κρήτης. Μέρος των φορεσιών το ράβουν τα ίδια τα μέλη. Εμφανιζόμαστε σε γιορτές πόλεων και σε γάμους σε όλη τη Ρηνανία.</p>",
                        ),
                        (
                            "paragraph",
                            "<ul><li>Παιδιά (6–11 ετών): Παρασκευή 17:00</li><li>Έφηβοι: Παρασκευή 18:30</li><li>Ενήλικες: Κυριακή 18:00</li></ul>",
                        ),
                    ],
                },
            },
            {
                "title": {"de": "Griechischschule", "el": "Ελληνικό σχολείο"},
                "slug": {"de": "griechischschule", "el": "elliniko-scholeio"},
                "intro": {
                    "de": "Muttersprachlicher Unterricht am Nachmittag.",
                    "el": "Μαθήματα μητρικής γλώσσας το απόγευμα.",
                },
                "body": {
                    "de": [
                        (
                            "paragraph",
                            "<p>Zweimal pro Woche lernen Kinder von der ersten bis zur zehnten Klasse Griechisch, Geschichte und Landeskunde. Der Unterricht findet in Räumen einer Langenfelder Gesamtschule statt.</p>",
                        ),
                    ],
                    "el": [
                        (
                            "paragraph",
                            "<p>Δύο φορές την εβδομάδα παιδιά από την πρώτη έως τη δέκατη τάξη μαθαίνουν ελληνικά, ιστορία και πολιτισμό. Τα μαθήματα γίνονται σε αίθουσες ενός σχολείου του Λάνγκενφελντ.</p>",
                        ),
                    ],
                },
            },
            {
                "title": {"de": "Über uns"},
                "slug": {"de": "ueber-uns"},
                "intro": {"de": "Vorstand, Satzung und Vereinsheim."},
                "body": {
                    "de": [
                        (
                            "paragraph",
                            "<p>Der Vorstand wird alle zwei Jahre von der Mitgliederversammlung gewählt. Unser Vereinsheim an der Hauptstraße können Mitglieder für Familienfeiern mieten.</p>",
                        ),
                    ],
                },
            },
        ],
    },
    {
        "name": "Circolo Italiano Heiligenhaus e.V.",
        "slug": "circolo-italiano-heiligenhaus",
        "town": "heiligenhaus",
        "towns_served": ["heiligenhaus", "velbert", "ratingen"],
        "street": "Hauptstraße 155",
        "postcode": "42579",
        "founded": 1969,
        "email": "circolo@circolo-heiligenhaus.example",
        "phone": "02056 5551249",
        "website": "",
        "social": [
            ("facebook", "https://facebook.example/circolo.heiligenhaus"),
        ],
        "fields": ["culture", "seniors", "language-courses"],
        "communities": ["italian"],
        "spoken_languages": ["de", "it"],
        "publication_languages": ["it"],
        "trusted": True,
        "short_description": {
            "de": "Der älteste Migrantenverein der Stadt: Seit 1969 treffen sich im Circolo italienische Familien zu Boccia, Kartenspiel, Italienischkursen und der legendären Festa d'estate.",
            "it": "L'associazione di migranti più antica della città: dal 1969 le famiglie italiane si ritrovano al Circolo per le bocce, le carte, i corsi d'italiano e la leggendaria festa d'estate.",
        },
        "office_hours": {
            "de": "Dienstag bis Sonntag ab 16 Uhr",
            "it": "Da martedì a domenica dalle 16",
        },
        "body": {
            "de": [
                ("heading", "Benvenuti!"),
                (
                    "paragraph",
                    "<p>Als die ersten italienischen Arbeiter in die Schlossfabriken von Heiligenhaus kamen, fehlte ihnen vor allem eins: ein Ort zum Zusammensitzen. 1969 gründeten sie den Circolo. Heute spielen hier die Großväter Briscola, während die Enkel Italienisch lernen.</p>",
                ),
                (
                    "paragraph",
                    "<p>Unser Vereinslokal ist ein offener Treffpunkt – mit Espresso, Boccia auf der Bahn im Hof und gemeinsamen Abendessen, zu denen jede Familie etwas mitbringt.</p>",
                ),
            ],
            "it": [
                ("heading", "Benvenuti!"),
                (
                    "paragraph",
                    "<p>Quando i primi operai italiani arrivarono nelle fabbriche di serrature di Heiligenhaus, mancava loro soprattutto una cosa: un posto dove stare insieme. Nel 1969 fondarono il Circolo. Oggi qui i nonni giocano a briscola mentre i nipoti imparano l'italiano.</p>",
                ),
                (
                    "paragraph",
                    "<p>La nostra sede è un punto d'incontro aperto a tutti – con l'espresso, le bocce sul campo in cortile e le cene insieme, a cui ogni famiglia porta qualcosa.</p>",
                ),
            ],
        },
        "pages": [
            {
                "title": {"de": "Italienischkurse", "it": "Corsi d'italiano"},
                "slug": {"de": "italienischkurse", "it": "corsi-di-italiano"},
                "intro": {
                    "de": "Für Kinder der zweiten und dritten Generation und für Erwachsene.",
                    "it": "Per i bambini della seconda e terza generazione e per gli adulti.",
                },
                "body": {
                    "de": [
                        (
                            "paragraph",
                            "<p>Samstags lernen Kinder spielerisch Italienisch. Für Erwachsene gibt es einen Anfängerkurs am Montagabend und eine Gesprächsrunde für alle, die ihr Italienisch auffrischen möchten.</p>",
                        ),
                    ],
                    "it": [
                        (
                            "paragraph",
                            "<p>Il sabato i bambini imparano l'italiano giocando. Per gli adulti c'è un corso per principianti il lunedì sera e un gruppo di conversazione per chi vuole rinfrescare il proprio italiano.</p>",
                        ),
                    ],
                },
            },
            {
                "title": {"de": "Seniorentreff", "it": "Incontro anziani"},
                "slug": {"de": "seniorentreff", "it": "incontro-anziani"},
                "intro": {"de": "Jeden Donnerstagnachmittag.", "it": "Ogni giovedì pomeriggio."},
                "body": {
                    "de": [
                        (
                            "paragraph",
                            "<p>Beim Seniorentreff gibt es Kaffee, Kuchen und Gesellschaft. Einmal im Monat beantwortet eine Beraterin des Patronato Fragen zur italienischen und deutschen Rente.</p>",
                        ),
                    ],
                    "it": [
                        (
                            "paragraph",
                            "<p>All'incontro anziani ci sono caffè, dolci e compagnia. Una volta al mese una consulente del patronato risponde alle domande sulla pensione italiana e tedesca.</p>",
                        ),
                    ],
                },
            },
        ],
    },
    {
        "name": "Marokkanischer Frauenverein Nour Monheim e.V.",
        "slug": "frauenverein-nour-monheim",
        "town": "monheim-am-rhein",
        "towns_served": ["monheim-am-rhein", "langenfeld"],
        "street": "Krischerstraße 64",
        "postcode": "40789",
        "founded": 2006,
        "email": "nour@frauenverein-monheim.example",
        "phone": "02173 5551367",
        "website": "https://frauenverein-nour.example",
        "social": [
            ("instagram", "https://instagram.example/nour.monheim"),
            ("whatsapp", "https://whatsapp.example/channel/nour-monheim"),
        ],
        "fields": ["women", "parents", "counselling"],
        "communities": ["moroccan"],
        "spoken_languages": ["de", "ar", "fr"],
        "publication_languages": ["ar"],
        "trusted": False,
        "short_description": {
            "de": "Nour heißt Licht: Marokkanische Frauen in Monheim treffen sich zum Frühstück, zu Deutsch- und Nähkursen und zu Vorträgen über Gesundheit und Erziehung – und stärken sich gegenseitig.",
            "ar": "نور تعني الضوء: نساء مغربيات في مونهايم يلتقين على الفطور وفي دروس الألمانية والخياطة ومحاضرات عن الصحة والتربية – ويشدّ بعضهن أزر بعض.",
        },
        "office_hours": {
            "de": "Frauenfrühstück: Mittwoch 9:30–12 Uhr",
            "ar": "فطور النساء: الأربعاء من الساعة 9:30 حتى 12",
        },
        "body": {
            "de": [
                ("heading", "Von Frauen für Frauen"),
                (
                    "paragraph",
                    "<p>2006 haben sich einige Mütter zusammengetan, weil ihnen ein Ort fehlte, an dem sie Fragen stellen und Neues lernen konnten. Heute erreicht Nour mehr als hundert Frauen – viele aus Marokko, aber auch aus Algerien, Tunesien und darüber hinaus.</p>",
                ),
                (
                    "paragraph",
                    "<p>Zu allen Treffen gibt es Kinderbetreuung, damit wirklich jede teilnehmen kann. Zum Ende des Ramadan backen wir zusammen Gebäck und feiern ein Fest mit der ganzen Familie.</p>",
                ),
            ],
        },
        "pages": [
            {
                "title": {"de": "Angebote", "ar": "أنشطتنا"},
                "slug": {"de": "angebote", "ar": "anshitatuna"},
                "intro": {"de": "Kurse und Treffen für Frauen.", "ar": "دورات ولقاءات للنساء."},
                "body": {
                    "de": [
                        (
                            "paragraph",
                            "<ul><li>Frauenfrühstück mit wechselnden Themen</li><li>Deutschkurs mit Kinderbetreuung: Montag und Donnerstag vormittags</li><li>Nähkurs: Dienstagabend</li><li>Vorträge mit Ärztinnen, Hebammen und Erziehungsberaterinnen</li></ul>",
                        ),
                    ],
                    "ar": [
                        (
                            "paragraph",
                            "<ul><li>فطور النساء بمواضيع متجددة</li><li>دورة لغة ألمانية مع رعاية الأطفال: صباح الاثنين والخميس</li><li>دورة خياطة: مساء الثلاثاء</li><li>محاضرات مع طبيبات وقابلات ومستشارات تربويات</li></ul>",
                        ),
                    ],
                },
            },
            {
                "title": {"de": "Beratung"},
                "slug": {"de": "beratung"},
                "intro": {"de": "Vertraulich und auf Arabisch, Darija oder Französisch."},
                "body": {
                    "de": [
                        (
                            "paragraph",
                            "<p>Unsere Beraterinnen hören zu und helfen weiter – bei Fragen zu Schule, Gesundheit, Trennung oder Behördenpost. Wenn nötig, vermitteln wir an Fachstellen und begleiten Sie dorthin.</p>",
                        ),
                    ],
                },
            },
        ],
    },
    {
        "name": "Lateinamerikanischer Musikverein Raíces Erkrath e.V.",
        "slug": "musikverein-raices-erkrath",
        "town": "erkrath",
        "towns_served": ["erkrath", "hilden"],
        "street": "Sedentaler Straße 17",
        "postcode": "40699",
        "founded": 2011,
        "email": "hola@raices-erkrath.example",
        "phone": "0211 5551478",
        "website": "https://raices-erkrath.example",
        "social": [
            ("instagram", "https://instagram.example/raices.erkrath"),
            ("youtube", "https://youtube.example/@raices-erkrath"),
            ("tiktok", "https://tiktok.example/@raices.erkrath"),
        ],
        "fields": ["music-dance", "culture", "youth"],
        "communities": ["spanish-latin-american"],
        "spoken_languages": ["de", "es", "en"],
        "publication_languages": ["en"],
        "trusted": False,
        "short_description": {
            "de": "Cumbia, Son, Andenmusik und Salsa: Raíces bringt lateinamerikanische Musik nach Erkrath – mit einer Band, einem Kinderchor, Percussion-Workshops und offenen Tanzabenden.",
        },
        "office_hours": {"de": ""},
        "body": {
            "de": [
                ("heading", "Wurzeln und Rhythmus"),
                (
                    "paragraph",
                    "<p>Raíces heißt Wurzeln. Musikerinnen und Musiker aus Kolumbien, Peru, Chile, Venezuela und Mexiko haben den Verein 2011 gegründet, um die Musik ihrer Länder zu spielen und weiterzugeben.</p>",
                ),
                (
                    "paragraph",
                    "<p>Unsere Band spielt auf Stadtfesten, Hochzeiten und Benefizkonzerten. Kinder können im Kinderchor und bei den Percussion-Workshops mitmachen – die Instrumente stellen wir.</p>",
                ),
            ],
        },
        "pages": [
            {
                "title": {"de": "Tanzabende", "en": "Dance nights"},
                "slug": {"de": "tanzabende", "en": "dance-nights"},
                "intro": {"de": "Jeden ersten Freitag im Monat.", "en": "Every first Friday of the month."},
                "body": {
                    "de": [
                        (
                            "paragraph",
                            "<p>Der Tanzabend im Bürgerhaus Hochdahl beginnt um 19 Uhr mit einem Schnupperkurs, danach spielt unsere Band. Der Eintritt ist frei, Spenden für die Kinderarbeit sind willkommen.</p>",
                        ),
                    ],
                    "en": [
                        (
                            "paragraph",
                            "<p>Our dance night at the Bürgerhaus Hochdahl starts at 7 pm with a taster class, then our band takes the stage. Admission is free; donations for our work with children are welcome.</p>",
                        ),
                    ],
                },
            },
            {
                "title": {"de": "Kinderchor"},
                "slug": {"de": "kinderchor"},
                "intro": {"de": "Singen auf Spanisch und Deutsch für Kinder von 5 bis 12 Jahren."},
                "body": {
                    "de": [
                        (
                            "paragraph",
                            "<p>Der Kinderchor probt samstags um 11 Uhr. Wir singen Lieder aus ganz Lateinamerika, lernen Rhythmen und treten zweimal im Jahr auf.</p>",
                        ),
                    ],
                },
            },
        ],
    },
    {
        "name": "FK Balkan Velbert 1989 e.V.",
        "slug": "fk-balkan-velbert",
        "town": "velbert",
        "towns_served": ["velbert"],
        "street": "Sportplatzweg 4",
        "postcode": "42551",
        "founded": 1989,
        "email": "info@fk-balkan-velbert.example",
        "phone": "02051 5551589",
        "website": "https://fk-balkan-velbert.example",
        "social": [
            ("instagram", "https://instagram.example/fkbalkanvelbert"),
            ("facebook", "https://facebook.example/fkbalkanvelbert"),
            ("tiktok", "https://tiktok.example/@fkbalkanvelbert"),
        ],
        "fields": ["sport", "youth"],
        "communities": ["balkan"],
        "spoken_languages": ["de", "bs", "sq"],
        "publication_languages": [],
        "trusted": False,
        "short_description": {
            "de": "Fußball verbindet: Beim FK Balkan spielen Kinder und Erwachsene mit Wurzeln in Bosnien, Serbien, Kroatien, Kosovo und Albanien – und alle anderen, die Lust auf Fußball haben.",
        },
        "office_hours": {"de": ""},
        "body": {
            "de": [
                ("heading", "Unser Verein"),
                (
                    "paragraph",
                    "<p>Der FK Balkan wurde 1989 von Gastarbeitern aus dem damaligen Jugoslawien gegründet. Heute spielen bei uns eine erste Mannschaft in der Kreisliga, eine Alte-Herren-Truppe und sechs Jugendteams.</p>",
                ),
                (
                    "paragraph",
                    "<p>Bei uns zählt der Teamgeist, nicht die Herkunft. Unsere Trainer haben eine Lizenz, und für Kinder aus Familien mit wenig Geld übernimmt der Verein den Beitrag.</p>",
                ),
            ],
        },
        "pages": [
            {
                "title": {"de": "Training"},
                "slug": {"de": "training"},
                "intro": {"de": "Zeiten und Plätze."},
                "body": {
                    "de": [
                        (
                            "paragraph",
                            "<ul><li>Bambini und F-Jugend: Dienstag und Donnerstag 16:30 Uhr</li><li>E- bis C-Jugend: Montag und Mittwoch 17:30 Uhr</li><li>Erste Mannschaft: Dienstag und Freitag 19:30 Uhr</li><li>Alte Herren: Mittwoch 19 Uhr</li></ul>",
                        ),
                    ],
                },
            },
            {
                "title": {"de": "Mitglied werden"},
                "slug": {"de": "mitglied-werden"},
                "intro": {"de": "Probetraining jederzeit möglich."},
                "body": {
                    "de": [
                        (
                            "paragraph",
                            "<p>Komm einfach zum Training und bring Sportschuhe mit. Nach drei Probetrainings kannst du Mitglied werden – der Beitrag für Kinder beträgt 8 Euro im Monat.</p>",
                        ),
                    ],
                },
            },
        ],
    },
    {
        "name": "Westafrikanische Gemeinschaft Monheim e.V.",
        "slug": "westafrikanische-gemeinschaft-monheim",
        "town": "monheim-am-rhein",
        "towns_served": ["monheim-am-rhein", "langenfeld", "hilden"],
        "street": "Opladener Straße 18",
        "postcode": "40789",
        "founded": 2008,
        "email": "info@wag-monheim.example",
        "phone": "02173 5551698",
        "website": "",
        "social": [
            ("facebook", "https://facebook.example/wag.monheim"),
            ("whatsapp", "https://whatsapp.example/channel/wag-monheim"),
        ],
        "fields": ["culture", "counselling", "parents"],
        "communities": ["west-african"],
        "spoken_languages": ["de", "fr", "en"],
        "publication_languages": ["en"],
        "trusted": False,
        "short_description": {
            "de": "Familien aus Ghana, Nigeria, Togo, Senegal und Guinea finden bei uns Rat, Gemeinschaft und Musik – vom Elternstammtisch bis zum großen Afrika-Tag im Sommer.",
            "en": "Families from Ghana, Nigeria, Togo, Senegal and Guinea find advice, community and music with us – from the parents' get-together to our big Africa Day in summer.",
        },
        "office_hours": {
            "de": "Sonntag 14–17 Uhr",
            "en": "Sunday 2–5 pm",
        },
        "body": {
            "de": [
                ("heading", "Gemeinsam stark"),
                (
                    "paragraph",
                    "<p>Wir sind eine Gemeinschaft von Familien aus verschiedenen westafrikanischen Ländern, die in Monheim, Langenfeld und Hilden leben. Wir sprechen Französisch, Englisch, Twi, Yoruba, Ewe und Wolof – und natürlich Deutsch.</p>",
                ),
                ("heading", "Was wir tun"),
                (
                    "paragraph",
                    "<ul><li>Monatlicher Elternstammtisch zu Schule, Ausbildung und Erziehung</li><li>Begleitung bei Behördengängen und Wohnungssuche</li><li>Trommel- und Tanzgruppe für Kinder</li><li>Afrika-Tag mit Essen, Musik und Modenschau im Juli</li></ul>",
                ),
            ],
        },
        "pages": [
            {
                "title": {"de": "Afrika-Tag", "en": "Africa Day"},
                "slug": {"de": "afrika-tag", "en": "africa-day"},
                "intro": {
                    "de": "Unser großes Sommerfest am Rheinufer.",
                    "en": "Our big summer festival on the banks of the Rhine.",
                },
                "body": {
                    "de": [
                        (
                            "paragraph",
                            "<p>Jedes Jahr im Juli feiern wir mit Jollof-Reis, Kochbananen und Suya, mit Trommeln, Tanz und einer Modenschau in farbenfrohen Wax-Prints. Alle Monheimerinnen und Monheimer sind eingeladen.</p>",
                        ),
                    ],
                    "en": [
                        (
                            "paragraph",
                            "<p>Every July we celebrate with jollof rice, plantains and suya, with drumming, dancing and a fashion show in colourful wax prints. Everyone in Monheim is invited.</p>",
                        ),
                    ],
                },
            },
            {
                "title": {"de": "Elternstammtisch"},
                "slug": {"de": "elternstammtisch"},
                "intro": {"de": "Austausch unter Eltern, jeden dritten Sonntag im Monat."},
                "body": {
                    "de": [
                        (
                            "paragraph",
                            "<p>Beim Stammtisch sprechen wir über Schulnoten, Ausbildung, Mediennutzung und Erziehung zwischen zwei Kulturen. Manchmal laden wir Gäste von Schulen oder von der Erziehungsberatung ein.</p>",
                        ),
                    ],
                },
            },
        ],
    },
    {
        "name": "Eritreische Gemeinschaft Ratingen e.V.",
        "slug": "eritreische-gemeinschaft-ratingen",
        "town": "ratingen",
        "towns_served": ["ratingen", "heiligenhaus"],
        "street": "Mülheimer Straße 33",
        "postcode": "40878",
        "founded": 2017,
        "email": "kontakt@eritrea-ratingen.example",
        "phone": "02102 5551702",
        "website": "",
        "social": [
            ("facebook", "https://facebook.example/eritrea.ratingen"),
        ],
        "fields": ["refugee-support", "culture", "youth"],
        "communities": ["eritrean"],
        "spoken_languages": ["de", "ti", "en"],
        "publication_languages": ["en"],
        "trusted": False,
        "short_description": {
            "de": "Junge Eritreerinnen und Eritreer in Ratingen unterstützen sich gegenseitig beim Deutschlernen, in der Ausbildung und im Alltag – und feiern gemeinsam, mit Kaffeezeremonie und Musik.",
            "en": "Young Eritreans in Ratingen support each other with learning German, in vocational training and in everyday life – and celebrate together with a coffee ceremony and music.",
        },
        "office_hours": {
            "de": "Samstag 14–17 Uhr",
            "en": "Saturday 2–5 pm",
        },
        "body": {
            "de": [
                ("heading", "Über uns"),
                (
                    "paragraph",
                    "<p>Die meisten von uns sind als junge Erwachsene nach Deutschland gekommen. 2017 haben wir die Gemeinschaft gegründet, damit niemand allein bleibt. Heute sind wir rund 80 Mitglieder, viele in Ausbildung in Pflege, Handwerk und Logistik.</p>",
                ),
                (
                    "paragraph",
                    "<p>Samstags treffen wir uns zur Lernhilfe für die Berufsschule, danach gibt es die traditionelle <b>Kaffeezeremonie</b> – Gäste sind herzlich willkommen.</p>",
                ),
            ],
        },
        "pages": [
            {
                "title": {"de": "Lernhilfe", "en": "Study support"},
                "slug": {"de": "lernhilfe", "en": "study-support"},
                "intro": {
                    "de": "Unterstützung für Berufsschule und Sprachprüfungen.",
                    "en": "Help with vocational school and language exams.",
                },
                "body": {
                    "de": [
                        (
                            "paragraph",
                            "<p>Ehrenamtliche Lernpatinnen und Lernpaten üben mit uns Fachbegriffe, bereiten Prüfungen vor und helfen bei Bewerbungen. Die Lernhilfe findet in einem Raum der evangelischen Kirchengemeinde statt.</p>",
                        ),
                    ],
                    "en": [
                        (
                            "paragraph",
                            "<p>Volunteer tutors practise technical vocabulary with us, help us prepare for exams and support job applications. Study support takes place in a room provided by the Protestant parish.</p>",
                        ),
                    ],
                },
            },
            {
                "title": {"de": "Termine und Treffpunkt"},
                "slug": {"de": "termine-und-treffpunkt"},
                "intro": {"de": "Wo und wann wir uns treffen."},
                "body": {
                    "de": [
                        (
                            "paragraph",
                            "<p>Wir treffen uns jeden Samstag ab 14 Uhr. Im September feiern wir gemeinsam das Kreuzfest Meskel, und zum Jahresende gibt es ein Familienfest mit Injera und eritreischer Musik.</p>",
                        ),
                    ],
                },
            },
        ],
    },
    {
        "name": "Internationales Frauencafé Haan e.V.",
        "slug": "internationales-frauencafe-haan",
        "town": "haan",
        "towns_served": ["haan", "hilden"],
        "street": "Kaiserstraße 21",
        "postcode": "42781",
        "founded": 2014,
        "email": "frauencafe@frauencafe-haan.example",
        "phone": "02129 5551816",
        "website": "https://frauencafe-haan.example",
        "social": [
            ("instagram", "https://instagram.example/frauencafe.haan"),
        ],
        "fields": ["women", "language-courses", "parents"],
        "communities": ["international"],
        "spoken_languages": ["de", "en", "ar", "tr", "fa", "uk"],
        "publication_languages": ["en", "ar", "tr"],
        "trusted": True,
        "short_description": {
            "de": "Jeden Donnerstag treffen sich Frauen aus über 20 Ländern zu Kaffee, Gesprächen und Deutschübungen. Die Kinder spielen nebenan – und aus Fremden werden Freundinnen.",
            "en": "Every Thursday, women from more than 20 countries meet for coffee, conversation and German practice. The children play next door – and strangers become friends.",
            "ar": "كل يوم خميس تلتقي نساء من أكثر من 20 بلداً لشرب القهوة والحديث والتمرّن على اللغة الألمانية. يلعب الأطفال في الغرفة المجاورة – وتصبح الغريبات صديقات.",
            "tr": "Her perşembe 20'den fazla ülkeden kadınlar kahve, sohbet ve Almanca pratiği için bir araya geliyor. Çocuklar yan odada oynuyor – ve yabancılar dost oluyor.",
        },
        "office_hours": {
            "de": "Donnerstag 9:30–12 Uhr",
            "en": "Thursday 9:30 am–12 noon",
            "ar": "الخميس من الساعة 9:30 حتى 12",
            "tr": "Perşembe 9.30–12.00",
        },
        "body": {
            "de": [
                ("heading", "Ein Tisch für alle"),
                (
                    "paragraph",
                    "<p>Das Frauencafé begann 2014 mit fünf Frauen an einem Küchentisch. Heute kommen jede Woche 30 bis 40 Frauen ins Gemeindezentrum – Neuangekommene und Alteingesessene, junge Mütter und Großmütter.</p>",
                ),
                (
                    "paragraph",
                    "<p>Wir üben Deutsch im Gespräch, tauschen Rezepte und Tipps aus und laden Fachfrauen ein, etwa zu Gesundheit, Kita und Berufseinstieg. <b>Die Teilnahme ist kostenlos</b>, eine Anmeldung ist nicht nötig.</p>",
                ),
            ],
        },
        "pages": [
            {
                "title": {"de": "Sprachcafé", "en": "Language café", "ar": "مقهى اللغة", "tr": "Dil kafesi"},
                "slug": {
                    "de": "sprachcafe",
                    "en": "language-cafe",
                    "ar": "maqha-al-lugha",
                    "tr": "dil-kafesi",
                },
                "intro": {
                    "de": "Deutsch sprechen ohne Leistungsdruck.",
                    "en": "Speaking German without pressure.",
                    "ar": "التحدث بالألمانية دون ضغط.",
                    "tr": "Baskı hissetmeden Almanca konuşmak.",
                },
                "body": {
                    "de": [
                        (
                            "paragraph",
                            "<p>An kleinen Tischen sprechen wir über Alltagsthemen: Einkaufen, Arzttermine, Elterngespräche. Ehrenamtliche Sprachbegleiterinnen helfen, wenn ein Wort fehlt.</p>",
                        ),
                    ],
                    "en": [
                        (
                            "paragraph",
                            "<p>At small tables we talk about everyday topics: shopping, doctor's appointments, meetings with teachers. Volunteer language companions help out when a word is missing.</p>",
                        ),
                    ],
                },
            },
            {
                "title": {"de": "Kinderbetreuung"},
                "slug": {"de": "kinderbetreuung"},
                "intro": {"de": "Damit Mütter in Ruhe lernen können."},
                "body": {
                    "de": [
                        (
                            "paragraph",
                            "<p>Während des Cafés betreuen zwei erfahrene Erzieherinnen die Kinder im Spielzimmer nebenan. Babys dürfen natürlich mit an den Tisch.</p>",
                        ),
                    ],
                },
            },
        ],
    },
    {
        "name": "Junge Vielfalt Mettmann e.V.",
        "slug": "junge-vielfalt-mettmann",
        "town": "mettmann",
        "towns_served": ["mettmann", "wuelfrath", "erkrath"],
        "street": "Neanderstraße 12",
        "postcode": "40822",
        "founded": 2019,
        "email": "hallo@junge-vielfalt.example",
        "phone": "02104 5551923",
        "website": "https://junge-vielfalt.example",
        "social": [
            ("instagram", "https://instagram.example/jungevielfalt"),
            ("tiktok", "https://tiktok.example/@jungevielfalt"),
            ("youtube", "https://youtube.example/@jungevielfalt"),
        ],
        "fields": ["youth", "education", "sport"],
        "communities": ["international"],
        "spoken_languages": ["de", "en", "tr", "ar"],
        "publication_languages": ["en", "tr", "ar"],
        "trusted": False,
        "short_description": {
            "de": "Ein Verein von Jugendlichen für Jugendliche: Wir organisieren Bewerbungstrainings, Streetball-Turniere, einen Podcast und Debattierabende – und zeigen, dass junge Migrantinnen und Migranten mitreden.",
            "en": "An association run by young people for young people: we organise application training, streetball tournaments, a podcast and debate nights – and show that young migrants have a say.",
            "tr": "Gençlerin gençler için kurduğu bir dernek: başvuru eğitimleri, sokak basketbolu turnuvaları, bir podcast ve münazara akşamları düzenliyor, genç göçmenlerin de söz sahibi olduğunu gösteriyoruz.",
            "ar": "جمعية يديرها الشباب من أجل الشباب: ننظّم تدريبات على التقديم للعمل وبطولات لكرة السلة في الشوارع وبودكاست وأمسيات نقاش – ونُظهر أن للشباب المهاجرين صوتاً مسموعاً.",
        },
        "office_hours": {
            "de": "Jugendtreff: Freitag 16–21 Uhr",
            "en": "Youth club: Friday 4–9 pm",
            "tr": "Gençlik buluşması: cuma 16.00–21.00",
            "ar": "ملتقى الشباب: الجمعة من الساعة 16 حتى 21",
        },
        "body": {
            "de": [
                ("heading", "Wer wir sind"),
                (
                    "paragraph",
                    "<p>Junge Vielfalt wurde 2019 von Schülerinnen und Schülern gegründet, die es leid waren, dass immer nur über sie geredet wird. Heute sind wir über 70 Mitglieder zwischen 14 und 27 Jahren, mit Wurzeln in mehr als 15 Ländern.</p>",
                ),
                ("heading", "Was wir machen"),
                (
                    "paragraph",
                    "<ul><li><b>Fit für die Ausbildung</b>: Bewerbungstraining mit Azubis und Personalerinnen</li><li><b>Streetball</b> im Sommer auf dem Schulhof, im Winter in der Halle</li><li><b>Podcast</b> „Zwischen den Stühlen“ über Identität, Rassismus und Zukunft</li><li><b>Debattierabende</b> vor Wahlen mit Kandidatinnen und Kandidaten</li></ul>",
                ),
            ],
        },
        "pages": [
            {
                "title": {
                    "de": "Jugendgruppe",
                    "en": "Youth group",
                    "tr": "Gençlik grubu",
                    "ar": "مجموعة الشباب",
                },
                "slug": {
                    "de": "jugendgruppe",
                    "en": "youth-group",
                    "tr": "genclik-grubu",
                    "ar": "majmouat-al-shabab",
                },
                "intro": {
                    "de": "Komm vorbei und bring deine Freunde mit.",
                    "en": "Drop by and bring your friends.",
                    "tr": "Uğra, arkadaşlarını da getir.",
                    "ar": "تعال وأحضر أصدقاءك معك.",
                },
                "body": {
                    "de": [
                        (
                            "paragraph",
                            "<p>Freitags ist unser Treff im Jugendzentrum geöffnet: mit Kicker, Musik, Hausaufgabenecke und Pizza. Einmal im Monat planen wir gemeinsam die nächsten Projekte – jede Stimme zählt.</p>",
                        ),
                    ],
                    "en": [
                        (
                            "paragraph",
                            "<p>On Fridays our club at the youth centre is open, with table football, music, a homework corner and pizza. Once a month we plan the next projects together – every voice counts.</p>",
                        ),
                    ],
                    "tr": [
                        (
                            "paragraph",
                            "<p>Cuma günleri gençlik merkezindeki buluşma yerimiz açık: langırt, müzik, ödev köşesi ve pizza ile. Ayda bir kez sonraki projeleri birlikte planlıyoruz – her ses önemli.</p>",
                        ),
                    ],
                    "ar": [
                        (
                            "paragraph",
                            "<p>أيام الجمعة يفتح ملتقانا في مركز الشباب أبوابه: مع لعبة الفوسبول والموسيقى وركن للواجبات المدرسية والبيتزا. ومرة في الشهر نخطط معاً للمشاريع القادمة – فكل صوت مهم.</p>",
                        ),
                    ],
                },
            },
            {
                "title": {"de": "Bewerbungstraining"},
                "slug": {"de": "bewerbungstraining"},
                "intro": {"de": "Vom Lebenslauf bis zum Vorstellungsgespräch."},
                "body": {
                    "de": [
                        (
                            "paragraph",
                            "<p>In kleinen Gruppen schreiben wir Lebensläufe, üben Vorstellungsgespräche vor der Kamera und besuchen Betriebe im Kreis. Azubis erzählen, wie sie ihren Ausbildungsplatz gefunden haben.</p>",
                        ),
                    ],
                },
            },
            {
                "title": {"de": "Mitmachen"},
                "slug": {"de": "mitmachen"},
                "intro": {"de": "Mitglied werden ist kostenlos."},
                "body": {
                    "de": [
                        (
                            "paragraph",
                            "<p>Alle zwischen 14 und 27 Jahren können mitmachen. Schreib uns auf Instagram oder komm freitags in den Treff.</p>",
                        ),
                    ],
                },
            },
        ],
    },
    {
        "name": "Sprachbrücke Wülfrath e.V.",
        "slug": "sprachbruecke-wuelfrath",
        "town": "wuelfrath",
        "towns_served": ["wuelfrath", "velbert"],
        "street": "Wilhelmstraße 38",
        "postcode": "42489",
        "founded": 2016,
        "email": "lernen@sprachbruecke-wuelfrath.example",
        "phone": "02058 5552034",
        "website": "https://sprachbruecke-wuelfrath.example",
        "social": [
            ("facebook", "https://facebook.example/sprachbruecke.wuelfrath"),
            ("instagram", "https://instagram.example/sprachbruecke.wuelfrath"),
        ],
        "fields": ["language-courses", "education", "refugee-support"],
        "communities": ["international"],
        "spoken_languages": ["de", "en", "ar", "uk", "fa"],
        "publication_languages": ["en", "uk", "ar"],
        "trusted": False,
        "short_description": {
            "de": "Ehrenamtliche Lernpatinnen und Lernpaten in Wülfrath: Hausaufgabenhilfe für Schulkinder, Deutsch-Tandems für Erwachsene und Vorbereitung auf Sprachprüfungen.",
            "en": "Volunteer tutors in Wülfrath: homework help for schoolchildren, German tandems for adults and preparation for language exams.",
            "uk": "Волонтери-наставники у Вюльфраті: допомога з домашніми завданнями для школярів, мовні тандеми з німецької для дорослих і підготовка до мовних іспитів.",
            "ar": "متطوعون ومتطوعات للدعم الدراسي في فولفرات: مساعدة في الواجبات المدرسية للتلاميذ، وشراكات لغوية في الألمانية للكبار، وتحضير لامتحانات اللغة.",
        },
        "office_hours": {
            "de": "Hausaufgabenhilfe: Montag bis Donnerstag 15–17:30 Uhr",
            "en": "Homework help: Monday to Thursday 3–5:30 pm",
        },
        "body": {
            "de": [
                ("heading", "Lernen im Tandem"),
                (
                    "paragraph",
                    "<p>Die Sprachbrücke entstand 2016, als viele Geflüchtete nach Wülfrath kamen und die Deutschkurse voll waren. Seitdem haben über 200 Tandems zusammengefunden – und daraus sind viele Freundschaften entstanden.</p>",
                ),
                (
                    "paragraph",
                    "<p>Unsere Lernpatinnen und Lernpaten sind Studierende, Berufstätige und Menschen im Ruhestand. Sie bringen Zeit und Geduld mit, wir sorgen für Material, Räume und Fortbildungen.</p>",
                ),
            ],
        },
        "pages": [
            {
                "title": {
                    "de": "Hausaufgabenhilfe",
                    "en": "Homework help",
                    "uk": "Допомога з домашніми завданнями",
                    "ar": "المساعدة في الواجبات المدرسية",
                },
                "slug": {
                    "de": "hausaufgabenhilfe",
                    "en": "homework-help",
                    "uk": "dopomoha-z-domashnimy-zavdanniamy",
                    "ar": "musaadat-al-wajibat",
                },
                "intro": {
                    "de": "Für Kinder der Klassen 1 bis 10.",
                    "en": "For children in years 1 to 10.",
                    "uk": "Для дітей 1–10 класів.",
                    "ar": "للأطفال من الصف الأول حتى الصف العاشر.",
                },
                "body": {
                    "de": [
                        (
                            "paragraph",
                            "<p>Von Montag bis Donnerstag helfen Lernpaten in der Stadtbücherei bei Hausaufgaben, Referaten und der Vorbereitung auf Klassenarbeiten. Eine Anmeldung ist nicht nötig – kommt einfach vorbei.</p>",
                        ),
                    ],
                    "en": [
                        (
                            "paragraph",
                            "<p>From Monday to Thursday, volunteer tutors at the town library help with homework, presentations and preparing for tests. No registration needed – just come along.</p>",
                        ),
                    ],
                    "uk": [
                        (
                            "paragraph",
                            "<p>З понеділка по четвер волонтери в міській бібліотеці допомагають із домашніми завданнями, доповідями та підготовкою до контрольних робіт. Реєстрація не потрібна – просто приходьте.</p>",
                        ),
                    ],
                    "ar": [
                        (
                            "paragraph",
                            "<p>من الاثنين إلى الخميس يساعد المتطوعون في مكتبة المدينة في الواجبات المدرسية والعروض التقديمية والتحضير للاختبارات. لا حاجة إلى التسجيل – تعالوا ببساطة.</p>",
                        ),
                    ],
                },
            },
            {
                "title": {"de": "Deutsch-Tandem", "en": "German tandem"},
                "slug": {"de": "deutsch-tandem", "en": "german-tandem"},
                "intro": {"de": "Eine Stunde pro Woche, zu zweit.", "en": "One hour a week, in pairs."},
                "body": {
                    "de": [
                        (
                            "paragraph",
                            "<p>Wir bringen Menschen zusammen, die Deutsch lernen, und Menschen, die gern Deutsch mit ihnen sprechen. Wann und wo Sie sich treffen, entscheiden Sie selbst.</p>",
                        ),
                    ],
                    "en": [
                        (
                            "paragraph",
                            "<p>We bring together people who are learning German and people who enjoy speaking German with them. You decide for yourselves when and where to meet.</p>",
                        ),
                    ],
                },
            },
            {
                "title": {"de": "Lernpate werden"},
                "slug": {"de": "lernpate-werden"},
                "intro": {"de": "Wir freuen uns über Unterstützung."},
                "body": {
                    "de": [
                        (
                            "paragraph",
                            "<p>Sie brauchen keine pädagogische Ausbildung. Wir bereiten Sie an einem Einführungsabend vor und treffen uns regelmäßig zum Austausch. Für die Arbeit mit Kindern ist ein erweitertes Führungszeugnis erforderlich.</p>",
                        ),
                    ],
                },
            },
        ],
    },
    {
        "name": "Alevitische Gemeinde Heiligenhaus e.V.",
        "slug": "alevitische-gemeinde-heiligenhaus",
        "town": "heiligenhaus",
        "towns_served": ["heiligenhaus", "velbert", "ratingen"],
        "street": "Ratinger Straße 60",
        "postcode": "42579",
        "founded": 1992,
        "email": "cemevi@alevi-heiligenhaus.example",
        "phone": "02056 5552145",
        "website": "https://alevi-heiligenhaus.example",
        "social": [
            ("facebook", "https://facebook.example/alevi.heiligenhaus"),
            ("youtube", "https://youtube.example/@alevi-heiligenhaus"),
        ],
        "fields": ["religion", "culture", "music-dance", "youth"],
        "communities": ["turkish", "kurdish"],
        "spoken_languages": ["de", "tr", "kmr"],
        "publication_languages": ["tr"],
        "trusted": False,
        "short_description": {
            "de": "Unser Cemevi in Heiligenhaus ist ein Ort für Glauben, Musik und Gemeinschaft: mit Cem-Gottesdiensten, Bağlama- und Semah-Unterricht, Jugendarbeit und gemeinsam gekochtem Aşure im Muharrem.",
            "tr": "Heiligenhaus'taki cemevimiz inancın, müziğin ve birlikteliğin yeri: cem törenleri, bağlama ve semah dersleri, gençlik çalışmaları ve Muharrem'de birlikte pişirilen aşure ile.",
        },
        "office_hours": {
            "de": "Freitag 17–21 Uhr, Sonntag 11–15 Uhr",
            "tr": "Cuma 17.00–21.00, pazar 11.00–15.00",
        },
        "body": {
            "de": [
                ("heading", "Über unsere Gemeinde"),
                (
                    "paragraph",
                    "<p>1992 gründeten alevitische Familien aus Heiligenhaus, Velbert und Ratingen ihre Gemeinde. Im Cemevi feiern wir Gottesdienste, trauern gemeinsam und feiern Feste – Frauen und Männer gleichberechtigt.</p>",
                ),
                (
                    "paragraph",
                    "<p>Die Musik spielt bei uns eine zentrale Rolle: Kinder und Erwachsene lernen die <b>Bağlama</b> (Saz) und den rituellen Tanz <b>Semah</b>. Im Muharrem kochen wir zusammen Aşure und teilen sie mit der Nachbarschaft.</p>",
                ),
            ],
        },
        "pages": [
            {
                "title": {"de": "Bağlama und Semah", "tr": "Bağlama ve semah"},
                "slug": {"de": "baglama-und-semah", "tr": "baglama-ve-semah"},
                "intro": {
                    "de": "Unterricht für alle Altersgruppen.",
                    "tr": "Her yaştan herkes için dersler.",
                },
                "body": {
                    "de": [
                        (
                            "paragraph",
                            "<p>Bağlama-Unterricht gibt es freitags in drei Gruppen für Anfänger und Fortgeschrittene. Die Semah-Gruppe probt sonntags und tritt bei Cem-Gottesdiensten und Kulturfesten auf.</p>",
                        ),
                    ],
                    "tr": [
                        (
                            "paragraph",
                            "<p>Bağlama dersleri cuma günleri başlangıç ve ileri seviye için üç grupta yapılıyor. Semah ekibi pazar günleri çalışıyor; cem törenlerinde ve kültür şenliklerinde sahneye çıkıyor.</p>",
                        ),
                    ],
                },
            },
            {
                "title": {"de": "Jugendgruppe"},
                "slug": {"de": "jugendgruppe"},
                "intro": {"de": "Für Jugendliche ab 13 Jahren."},
                "body": {
                    "de": [
                        (
                            "paragraph",
                            "<p>Unsere Jugendgruppe trifft sich freitags, organisiert Ausflüge und Seminare zur alevitischen Geschichte und gestaltet jedes Jahr einen Kulturabend. Die Jugendlichen wählen ihren eigenen Jugendvorstand.</p>",
                        ),
                    ],
                },
            },
        ],
    },
    {
        "name": "Gesundheitslotsen Hilden – Migranten für Migranten e.V.",
        "slug": "gesundheitslotsen-hilden",
        "town": "hilden",
        "towns_served": ["hilden", "haan", "langenfeld"],
        "street": "Mittelstraße 59",
        "postcode": "40721",
        "founded": 2012,
        "email": "lotsen@gesundheitslotsen-hilden.example",
        "phone": "02103 5552256",
        "website": "https://gesundheitslotsen-hilden.example",
        "social": [],
        "fields": ["health", "counselling", "seniors"],
        "communities": ["international"],
        "spoken_languages": ["de", "tr", "ar", "ru", "pl", "en", "fa"],
        "publication_languages": ["tr", "ar", "ru"],
        "trusted": True,
        "short_description": {
            "de": "Geschulte Gesundheitslotsinnen und -lotsen erklären in sieben Sprachen, wie das deutsche Gesundheitssystem funktioniert – von der Hausarztpraxis über Vorsorge bis zur Pflege.",
            "tr": "Eğitimli sağlık rehberlerimiz Alman sağlık sisteminin nasıl işlediğini yedi dilde anlatıyor – aile hekiminden koruyucu muayenelere ve bakıma kadar.",
            "ar": "يشرح مرشدونا الصحيون المدرَّبون بسبع لغات كيف يعمل النظام الصحي الألماني – من عيادة طبيب الأسرة إلى الفحوص الوقائية وحتى الرعاية.",
            "ru": "Обученные медицинские проводники на семи языках объясняют, как устроена система здравоохранения Германии – от семейного врача и профилактики до ухода.",
        },
        "office_hours": {
            "de": "Telefonsprechstunde: Dienstag 14–16 Uhr",
        },
        "body": {
            "de": [
                ("heading", "Gesundheit verstehen"),
                (
                    "paragraph",
                    "<p>Wann gehe ich zur Hausärztin, wann in die Notaufnahme? Was bezahlt die Krankenkasse? Wie beantrage ich einen Pflegegrad? Unsere Lotsinnen und Lotsen haben selbst eine Migrationsgeschichte und wurden in einer Schulung auf ihre Aufgabe vorbereitet.</p>",
                ),
                (
                    "paragraph",
                    "<p>Wir kommen zu Vereinen, Moscheegemeinden, Frauengruppen und Sprachkursen und halten dort Infoveranstaltungen – in der Sprache der Teilnehmenden. Die Veranstaltungen sind kostenlos.</p>",
                ),
            ],
        },
        "pages": [
            {
                "title": {
                    "de": "Infoveranstaltungen",
                    "tr": "Bilgilendirme toplantıları",
                    "ar": "جلسات توعية",
                    "ru": "Информационные встречи",
                },
                "slug": {
                    "de": "infoveranstaltungen",
                    "tr": "bilgilendirme-toplantilari",
                    "ar": "jalasat-tawiya",
                    "ru": "informatsionnye-vstrechi",
                },
                "intro": {
                    "de": "Themen, die wir anbieten.",
                    "tr": "Sunduğumuz konular.",
                    "ar": "المواضيع التي نقدّمها.",
                    "ru": "Темы, которые мы предлагаем.",
                },
                "body": {
                    "de": [
                        (
                            "paragraph",
                            "<ul><li>Das Gesundheitssystem in Deutschland</li><li>Vorsorge und Impfungen für Kinder und Erwachsene</li><li>Diabetes und Ernährung</li><li>Pflege im Alter: Pflegegrad, Pflegedienste, Entlastung für Angehörige</li><li>Seelische Gesundheit</li></ul>",
                        ),
                    ],
                    "tr": [
                        (
                            "paragraph",
                            "<ul><li>Almanya'da sağlık sistemi</li><li>Çocuklar ve yetişkinler için koruyucu muayeneler ve aşılar</li><li>Diyabet ve beslenme</li><li>Yaşlılıkta bakım: bakım derecesi, bakım hizmetleri, yakınlar için destek</li><li>Ruh sağlığı</li></ul>",
                        ),
                    ],
                    "ar": [
                        (
                            "paragraph",
                            "<ul><li>النظام الصحي في ألمانيا</li><li>الفحوص الوقائية واللقاحات للأطفال والكبار</li><li>السكري والتغذية</li><li>الرعاية في الشيخوخة: درجة الرعاية، وخدمات الرعاية، ودعم ذوي المرضى</li><li>الصحة النفسية</li></ul>",
                        ),
                    ],
                    "ru": [
                        (
                            "paragraph",
                            "<ul><li>Система здравоохранения в Германии</li><li>Профилактические осмотры и прививки для детей и взрослых</li><li>Диабет и питание</li><li>Уход в пожилом возрасте: степень ухода, службы ухода, поддержка родственников</li><li>Психическое здоровье</li></ul>",
                        ),
                    ],
                },
            },
            {
                "title": {"de": "Veranstaltung anfragen"},
                "slug": {"de": "veranstaltung-anfragen"},
                "intro": {"de": "Für Vereine, Gemeinden und Kursträger."},
                "body": {
                    "de": [
                        (
                            "paragraph",
                            "<p>Sie möchten eine Infoveranstaltung für Ihre Gruppe? Schreiben Sie uns, welches Thema und welche Sprache Sie sich wünschen. Wir melden uns innerhalb einer Woche mit einem Terminvorschlag.</p>",
                        ),
                    ],
                },
            },
        ],
    },
    {
        "name": "Albanischer Kulturverein Illyria Hilden e.V.",
        "slug": "albanischer-kulturverein-illyria-hilden",
        "town": "hilden",
        "towns_served": ["hilden", "langenfeld"],
        "street": "Gerresheimer Straße 140",
        "postcode": "40721",
        "founded": 2001,
        "email": "info@illyria-hilden.example",
        "phone": "02103 5552367",
        "website": "",
        "social": [
            ("instagram", "https://instagram.example/illyria.hilden"),
            ("facebook", "https://facebook.example/illyria.hilden"),
        ],
        "fields": ["culture", "youth", "language-courses"],
        "communities": ["balkan"],
        "spoken_languages": ["de", "sq"],
        "publication_languages": [],
        "trusted": False,
        "short_description": {
            "de": "Albanische Sprache, Lieder und Tänze für Familien aus Albanien, dem Kosovo und Nordmazedonien – mit Samstagsschule, Tanzgruppe und einem Fest zum Flaggentag im November.",
        },
        "office_hours": {"de": ""},
        "body": {
            "de": [
                ("heading", "Wer wir sind"),
                (
                    "paragraph",
                    "<p>Illyria wurde 2001 von albanischsprachigen Familien gegründet, die wollten, dass ihre Kinder die Sprache der Großeltern sprechen. Heute lernen bei uns jeden Samstag rund 50 Kinder Albanisch.</p>",
                ),
                (
                    "paragraph",
                    "<p>Unsere Tanzgruppe zeigt Tänze aus allen albanischen Regionen. Am 28. November feiern wir den Flaggentag mit Musik, Gedichten und einem großen gemeinsamen Essen.</p>",
                ),
            ],
        },
        "pages": [
            {
                "title": {"de": "Samstagsschule"},
                "slug": {"de": "samstagsschule"},
                "intro": {"de": "Albanischunterricht für Kinder von 6 bis 14 Jahren."},
                "body": {
                    "de": [
                        (
                            "paragraph",
                            "<p>Der Unterricht findet samstags von 10 bis 12:30 Uhr in einer Hildener Grundschule statt. Wir lernen Lesen und Schreiben, Geschichte und Lieder. Der Beitrag beträgt 10 Euro im Monat, Geschwister zahlen die Hälfte.</p>",
                        ),
                    ],
                },
            },
            {
                "title": {"de": "Tanzgruppe"},
                "slug": {"de": "tanzgruppe"},
                "intro": {"de": "Probe jeden Sonntag."},
                "body": {
                    "de": [
                        (
                            "paragraph",
                            "<p>Die Tanzgruppe probt sonntags ab 15 Uhr und freut sich über neue Tänzerinnen und Tänzer ab acht Jahren. Die Trachten stellt der Verein.</p>",
                        ),
                    ],
                },
            },
        ],
    },
]
