"""The pages a German public-sector site must have, in German.

The Datenschutzerklärung describes what the portal really does: no tracking,
no request to another origin, a language cookie, a CSRF cookie where a form
needs one, and a session cookie only for people who log in to edit.
"""

IMPRINT = {
    "title": "Impressum",
    "slug": "impressum",
    "intro": "Angaben gemäß § 5 Digitale-Dienste-Gesetz und § 18 Medienstaatsvertrag.",
    "body": [
        ("heading", "Anbieter"),
        (
            "paragraph",
            "<p>Kreis Mettmann<br>Der Landrat<br>Sachgebiet Integration<br>Düsseldorfer Straße 26<br>40822 Mettmann</p><p>Der Kreis Mettmann ist eine Körperschaft des öffentlichen Rechts. Er wird vertreten durch den Landrat.</p>",
        ),
        ("heading", "Kontakt"),
        ("paragraph", "<p>E-Mail: integration@mokme.example</p>"),
        ("heading", "Verantwortlich für den Inhalt"),
        (
            "paragraph",
            "<p>Für die Portalseiten: die Leitung des Sachgebiets Integration, Anschrift wie oben.</p><p>Für die Seiten der Organisationen: die jeweilige Organisation. Ihre Kontaktdaten stehen auf ihren Seiten.</p>",
        ),
        ("heading", "Haftung für Links"),
        (
            "paragraph",
            "<p>Das Portal verweist auf Angebote anderer Anbieter. Für deren Inhalte sind allein die jeweiligen Anbieter verantwortlich. Bei Bekanntwerden von Rechtsverletzungen entfernen wir solche Links umgehend.</p>",
        ),
    ],
}

PRIVACY = {
    "title": "Datenschutzerklärung",
    "slug": "datenschutz",
    "intro": "Wie das Portal mit Ihren Daten umgeht – kurz gesagt: so sparsam wie möglich.",
    "body": [
        ("heading", "Verantwortliche Stelle"),
        (
            "paragraph",
            "<p>Kreis Mettmann, Der Landrat, Düsseldorfer Straße 26, 40822 Mettmann. Die behördliche Datenschutzbeauftragte erreichen Sie unter derselben Anschrift mit dem Zusatz „Datenschutz“.</p>",
        ),
        ("heading", "Keine Verfolgung, keine fremden Server"),
        (
            "paragraph",
            "<p>Das Portal setzt keine Analyse- oder Werbewerkzeuge ein. Beim Besuch lädt Ihr Browser nichts von anderen Servern: Schriften, Bilder und Programme kommen vom Portal selbst. Videos oder Karten anderer Anbieter werden erst geladen, wenn Sie ausdrücklich auf „Laden“ klicken; erst dann erfährt der jeweilige Anbieter Ihre IP-Adresse.</p>",
        ),
        ("heading", "Cookies"),
        (
            "paragraph",
            "<ul><li><b>mokme_language</b>: speichert die Sprache, die Sie im Sprachwähler gewählt haben, damit das Portal Sie beim nächsten Besuch in dieser Sprache begrüßt. Gültig ein Jahr. Es wird erst gesetzt, wenn Sie eine Sprache wählen.</li><li><b>csrftoken</b>: wird nur auf Seiten mit einem Formular (zum Beispiel Kontaktformular, Barriere melden) gesetzt und schützt das Formular vor Missbrauch durch fremde Websites. Gültig ein Jahr.</li><li><b>sessionid</b>: nur für Redakteurinnen und Redakteure, die sich anmelden, um Inhalte zu bearbeiten.</li></ul><p>Alle Cookies sind technisch notwendig (§ 25 Abs. 2 TDDDG); eine Einwilligung ist dafür nicht erforderlich.</p>",
        ),
        ("heading", "Server-Protokolle"),
        (
            "paragraph",
            "<p>Der Webserver verarbeitet bei jedem Abruf technisch notwendige Daten (IP-Adresse, Zeitpunkt, aufgerufene Adresse, Browserkennung), um die Seite auszuliefern und Angriffe abzuwehren. Diese Protokolle werden nach sieben Tagen gelöscht. Schlägt eine Anmeldung im Redaktionsbereich fehl, speichert das Portal den eingegebenen Benutzernamen und die IP-Adresse, um nach fünf Fehlversuchen weitere Versuche von dieser Adresse für 15 Minuten zu sperren; diese Einträge werden nach 24 Stunden gelöscht. Um Formulare vor massenhaftem Missbrauch zu schützen, merkt sich das Portal für höchstens eine Stunde einen nicht umkehrbaren Hashwert Ihrer IP-Adresse.</p>",
        ),
        ("heading", "Suchanfragen ohne Ergebnis"),
        (
            "paragraph",
            "<p>Findet die Suche des Portals nichts, zählt das Portal den Suchbegriff, damit die Redaktion erfährt, welche Inhalte fehlen. Gespeichert werden nur der Suchbegriff in Kleinbuchstaben (höchstens 100 Zeichen), die Sprache der Seite, der Tag und wie oft er an diesem Tag gesucht wurde – keine IP-Adresse, keine Uhrzeit, keine Browserkennung, nichts, was Sie als Person erkennbar macht. Suchbegriffe, die wie eine E-Mail-Adresse oder Telefonnummer aussehen, werden nicht gespeichert; Suchmaschinen und andere Programme werden nicht gezählt. Die Zählungen werden nach einem Jahr gelöscht.</p>",
        ),
        ("heading", "Formulare"),
        (
            "paragraph",
            "<p>Was Sie in ein Formular eintragen, wird gespeichert und an die zuständige Stelle weitergeleitet: Nachrichten an eine Organisation an diese Organisation, Barrieremeldungen und Anmeldungen neuer Organisationen an das Sachgebiet Integration. Rechtsgrundlage ist Art. 6 Abs. 1 lit. e DSGVO in Verbindung mit § 3 DSG NRW, bei Anmeldungen Ihre Einwilligung. Die Daten werden gelöscht, sobald die Anfrage erledigt ist, spätestens nach einem Jahr.</p>",
        ),
        ("heading", "Anmeldungen zu Veranstaltungen"),
        (
            "paragraph",
            "<p>Melden Sie sich über das Portal zu einer Veranstaltung an, speichert das Portal nur, was die Veranstalter brauchen: Ihren Namen, Ihre E-Mail-Adresse oder Telefonnummer, die Zahl der Personen, Ihren freiwilligen Hinweis und die Sprache, in der Sie uns geschrieben haben. Sehen können die Liste nur die Redakteurinnen und Redakteure der veranstaltenden Organisation; das Sachgebiet Integration sieht nur die Zahl der Anmeldungen. Eine E-Mail-Adresse, die nicht innerhalb von 24 Stunden bestätigt wird, wird mit der Anmeldung gelöscht. Alle Anmeldungen werden 30 Tage nach dem Termin automatisch gelöscht, bei einer Anmeldung für eine ganze Reihe 30 Tage nach ihrem letzten Termin; wenn Sie sich abmelden, sofort. Rechtsgrundlage ist Ihre Einwilligung (Art. 6 Abs. 1 lit. a DSGVO).</p>",
        ),
        ("heading", "Ihre Rechte"),
        (
            "paragraph",
            "<p>Sie haben das Recht auf Auskunft, Berichtigung, Löschung und Einschränkung der Verarbeitung sowie auf Widerspruch. Beschwerden können Sie an die Landesbeauftragte für Datenschutz und Informationsfreiheit Nordrhein-Westfalen richten.</p>",
        ),
    ],
}

ACCESSIBILITY = {
    "title": "Erklärung zur Barrierefreiheit",
    "slug": "barrierefreiheit",
    "intro": "Der Kreis Mettmann ist bemüht, dieses Portal im Einklang mit der Barrierefreien-Informationstechnik-Verordnung NRW barrierefrei zugänglich zu machen.",
    "body": [
        ("heading", "Stand der Vereinbarkeit"),
        (
            "paragraph",
            "<p>Das Portal ist weitgehend mit den Anforderungen der WCAG 2.1 auf Stufe AA vereinbar. Es wird bei jeder Änderung automatisch mit axe-core geprüft und lässt sich vollständig mit der Tastatur bedienen. Arabische und persische Seiten werden von rechts nach links dargestellt.</p>",
        ),
        ("heading", "Nicht barrierefreie Inhalte"),
        (
            "paragraph",
            "<p>Einige ältere PDF-Dokumente der Organisationen sind noch nicht barrierefrei. Auf Anfrage senden wir Ihnen den Inhalt in einer zugänglichen Form. Nicht alle Seiten sind in jede Sprache übersetzt; fehlende Übersetzungen werden auf Deutsch angezeigt und als solche gekennzeichnet.</p>",
        ),
        ("heading", "Barriere melden"),
        (
            "paragraph",
            "<p>Sie sind auf eine Barriere gestoßen? Teilen Sie sie uns mit, wir kümmern uns darum und antworten Ihnen innerhalb von zwei Wochen.</p>",
        ),
        ("barrier_report_link", "Barriere melden"),
        ("heading", "Schlichtungsverfahren"),
        (
            "paragraph",
            "<p>Wenn Sie mit unserer Antwort nicht zufrieden sind, können Sie sich an die Ombudsstelle für barrierefreie Informationstechnik des Landes Nordrhein-Westfalen bei der Landesbeauftragten für Menschen mit Behinderung wenden.</p>",
        ),
        ("heading", "Erstellung dieser Erklärung"),
        (
            "paragraph",
            "<p>Diese Erklärung beruht auf einer Selbstbewertung und wird mit jeder größeren Änderung des Portals überprüft.</p>",
        ),
    ],
}

EASY_LANGUAGE = {
    "title": "Leichte Sprache",
    "slug": "leichte-sprache",
    "intro": "Hier erklären wir das Portal in Leichter Sprache.",
    "body": [
        ("heading", "Was ist mokme?"),
        (
            "paragraph",
            "<p>mokme ist eine Internet-Seite.</p><p>Auf der Seite stellen sich Vereine vor.</p><p>In den Vereinen sind Menschen aus vielen Ländern.</p><p>Die Vereine sind im Kreis Mettmann.</p>",
        ),
        ("heading", "Was finden Sie hier?"),
        (
            "paragraph",
            "<ul><li>Sie finden Vereine in Ihrer Nähe.</li><li>Sie finden Termine. Zum Beispiel: ein Sprach-Café oder ein Fest.</li><li>Sie finden Nachrichten vom Kreis Mettmann.</li></ul>",
        ),
        ("heading", "Welche Sprachen gibt es?"),
        (
            "paragraph",
            "<p>Die Seite gibt es in vielen Sprachen.</p><p>Oben auf der Seite können Sie die Sprache wählen.</p><p>Manche Texte gibt es nur auf Deutsch.</p><p>Dann steht dort ein Hinweis.</p>",
        ),
        ("heading", "Wer macht die Seite?"),
        (
            "paragraph",
            "<p>Die Seite macht der Kreis Mettmann.</p><p>Genauer: das Sachgebiet Integration.</p><p>Sie haben eine Frage?</p><p>Dann schreiben Sie eine E-Mail an: integration@mokme.example</p>",
        ),
    ],
}
