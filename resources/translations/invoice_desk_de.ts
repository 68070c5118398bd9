<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="de_DE">
<context>
    <name />
    <message>
        <location filename="../../ui/common/messages.py" line="27" />
        <source>Wrong passphrase. Check Caps Lock and the keyboard layout, then try again.</source>
        <translation>Falsche Passphrase. Prüfen Sie die Feststelltaste und das Tastaturlayout und versuchen Sie es erneut.</translation></message>
    <message>
        <location filename="../../ui/common/messages.py" line="30" />
        <source>This company file is in use by {host}/{pid} since {since}. Close it there first.</source>
        <translation>Diese Firmendatei ist seit {since} von {host}/{pid} geöffnet. Schließen Sie sie dort zuerst.</translation></message>
    <message>
        <location filename="../../ui/common/messages.py" line="33" />
        <source>This is not an Invoice Desk company file ({detail}).</source>
        <translation>Das ist keine Firmendatei von Invoice Desk ({detail}).</translation></message>
    <message>
        <location filename="../../ui/common/messages.py" line="36" />
        <source>The company file is damaged and cannot be opened safely ({detail}). Restore it from a backup.</source>
        <translation>Die Firmendatei ist beschädigt und kann nicht sicher geöffnet werden ({detail}). Stellen Sie sie aus einer Sicherung wieder her.</translation></message>
    <message>
        <location filename="../../ui/common/messages.py" line="40" />
        <source>The passphrase cannot be remembered: {detail}</source>
        <translation>Die Passphrase kann nicht gemerkt werden: {detail}</translation></message>
    <message>
        <location filename="../../ui/common/messages.py" line="47" />
        <source>Unexpected error: {detail}</source>
        <translation>Unerwarteter Fehler: {detail}</translation></message>
</context>
<context>
    <name>AgingBars</name>
    <message>
        <location filename="../../ui/overview/dashboard_page.py" line="36" />
        <source>Aging of receivables</source>
        <translation>Altersstruktur der Forderungen</translation></message>
</context>
<context>
    <name>AgingModel</name>
    <message>
        <location filename="../../ui/receivables/report_models.py" line="44" />
        <source>Customer</source>
        <translation>Kunde</translation></message>
    <message>
        <location filename="../../ui/receivables/report_models.py" line="45" />
        <source>Currency</source>
        <translation>Währung</translation></message>
    <message>
        <location filename="../../ui/receivables/report_models.py" line="47" />
        <source>Total</source>
        <translation>Gesamt</translation></message>
    <message>
        <location filename="../../ui/receivables/report_models.py" line="48" />
        <source>Credit</source>
        <translation>Guthaben</translation></message>
    <message>
        <location filename="../../ui/receivables/report_models.py" line="49" />
        <source>Balance</source>
        <translation>Saldo</translation></message>
</context>
<context>
    <name>AppController</name>
    <message>
        <location filename="../../ui/shell/application.py" line="79" />
        <source>Demo company: its passphrase is &lt;b&gt;{p}&lt;/b&gt;</source>
        <translation>Demo-Firma: die Passphrase lautet &lt;b&gt;{p}&lt;/b&gt;</translation></message>
    <message>
        <location filename="../../ui/shell/application.py" line="84" />
        <source>Creating the demo company…</source>
        <translation>Die Demo-Firma wird angelegt…</translation></message>
    <message>
        <location filename="../../ui/shell/application.py" line="171" />
        <source>The passphrase was changed.</source>
        <translation>Die Passphrase wurde geändert.</translation></message>
</context>
<context>
    <name>AuditModel</name>
    <message>
        <location filename="../../ui/overview/audit_page.py" line="55" />
        <source>No.</source>
        <translation>Nr.</translation></message>
    <message>
        <location filename="../../ui/overview/audit_page.py" line="56" />
        <source>Time</source>
        <translation>Zeit</translation></message>
    <message>
        <location filename="../../ui/overview/audit_page.py" line="57" />
        <source>Who</source>
        <translation>Wer</translation></message>
    <message>
        <location filename="../../ui/overview/audit_page.py" line="58" />
        <source>What</source>
        <translation>Was</translation></message>
    <message>
        <location filename="../../ui/overview/audit_page.py" line="59" />
        <source>Concerning</source>
        <translation>Betrifft</translation></message>
</context>
<context>
    <name>AuditPage</name>
    <message>
        <location filename="../../ui/overview/audit_page.py" line="117" />
        <source>Audit log</source>
        <translation>Protokoll</translation></message>
    <message>
        <location filename="../../ui/overview/audit_page.py" line="125" />
        <source>Entry</source>
        <translation>Eintrag</translation></message>
    <message>
        <location filename="../../ui/overview/audit_page.py" line="126" />
        <source>Not verified in this session.</source>
        <translation>In dieser Sitzung nicht geprüft.</translation></message>
    <message>
        <location filename="../../ui/overview/audit_page.py" line="128" />
        <source>&amp;Verify chain</source>
        <translation>Kette &amp;prüfen</translation></message>
    <message>
        <location filename="../../ui/overview/audit_page.py" line="167" />
        <source>Verifying…</source>
        <translation>Wird geprüft…</translation></message>
    <message numerus="yes">
        <location filename="../../ui/overview/audit_page.py" line="177" />
        <source>The chain is intact: %n entries.</source>
        <translation><numerusform>Die Kette ist intakt: %n Eintrag.</numerusform><numerusform>Die Kette ist intakt: %n Einträge.</numerusform></translation></message>
    <message>
        <location filename="../../ui/overview/audit_page.py" line="180" />
        <source>BROKEN at entry %1: %2. Entries from there on cannot be trusted.</source>
        <translation>GEBROCHEN bei Eintrag %1: %2. Ab dort sind die Einträge nicht vertrauenswürdig.</translation></message>
</context>
<context>
    <name>BankPage</name>
    <message>
        <location filename="../../ui/opening/setup_wizard.py" line="118" />
        <source>Bank account and contact</source>
        <translation>Bankverbindung und Kontakt</translation></message>
    <message>
        <location filename="../../ui/opening/setup_wizard.py" line="119" />
        <source>Printed on every invoice; the IBAN also makes the payment QR code.</source>
        <translation>Wird auf jede Rechnung gedruckt; aus der IBAN entsteht auch der QR-Code zum Bezahlen.</translation></message>
</context>
<context>
    <name>BatchRunner</name>
    <message>
        <location filename="../../ui/common/batch.py" line="38" />
        <source>Cancel</source>
        <translation>Abbrechen</translation></message>
</context>
<context>
    <name>BundleDialog</name>
    <message>
        <location filename="../../ui/exports/bundle_dialog.py" line="26" />
        <source>Make an accountant's bundle</source>
        <translation>Paket für die Steuerkanzlei erstellen</translation></message>
    <message>
        <location filename="../../ui/exports/bundle_dialog.py" line="30" />
        <location filename="../../ui/exports/bundle_dialog.py" line="56" />
        <location filename="../../ui/exports/bundle_dialog.py" line="75" />
        <source>Month</source>
        <translation>Monat</translation></message>
    <message>
        <location filename="../../ui/exports/bundle_dialog.py" line="30" />
        <location filename="../../ui/exports/bundle_dialog.py" line="75" />
        <source>Quarter</source>
        <translation>Quartal</translation></message>
    <message>
        <location filename="../../ui/exports/bundle_dialog.py" line="30" />
        <location filename="../../ui/exports/bundle_dialog.py" line="55" />
        <source>Year</source>
        <translation>Jahr</translation></message>
    <message>
        <location filename="../../ui/exports/bundle_dialog.py" line="30" />
        <source>Date range</source>
        <translation>Zeitraum (von–bis)</translation></message>
    <message>
        <location filename="../../ui/exports/bundle_dialog.py" line="43" />
        <source>A correction: supersedes the bundle of this period</source>
        <translation>Eine Korrektur: ersetzt das Paket dieses Zeitraums</translation></message>
    <message>
        <location filename="../../ui/exports/bundle_dialog.py" line="46" />
        <source>The bundle holds every document issued in the period (the stored PDF and e-invoice), the journal, invoice and payment lists, the ledger and, with DATEV numbers set, the DATEV batch. It is signed, kept and never changed, and queued for every active destination.</source>
        <translation>Das Paket enthält jeden im Zeitraum ausgestellten Beleg (das gespeicherte PDF und die E-Rechnung), das Journal, die Rechnungs- und Zahlungslisten, das Hauptbuch und, wenn DATEV-Nummern eingetragen sind, den DATEV-Buchungsstapel. Es wird signiert, aufbewahrt und nie geändert und an jedes aktive Ziel übermittelt.</translation></message>
    <message>
        <location filename="../../ui/exports/bundle_dialog.py" line="54" />
        <source>Period</source>
        <translation>Zeitraum</translation></message>
    <message>
        <location filename="../../ui/exports/bundle_dialog.py" line="58" />
        <source>From</source>
        <translation>Von</translation></message>
    <message>
        <location filename="../../ui/exports/bundle_dialog.py" line="59" />
        <source>To</source>
        <translation>Bis</translation></message>
    <message>
        <location filename="../../ui/exports/bundle_dialog.py" line="65" />
        <source>&amp;Make bundle</source>
        <translation>Paket &amp;erstellen</translation></message>
</context>
<context>
    <name>BundlesModel</name>
    <message>
        <location filename="../../ui/exports/exports_models.py" line="71" />
        <source>No.</source>
        <translation>Nr.</translation></message>
    <message>
        <location filename="../../ui/exports/exports_models.py" line="72" />
        <source>Period</source>
        <translation>Zeitraum</translation></message>
    <message>
        <location filename="../../ui/exports/exports_models.py" line="73" />
        <source>Made</source>
        <translation>Erstellt</translation></message>
    <message>
        <location filename="../../ui/exports/exports_models.py" line="74" />
        <source>Documents</source>
        <translation>Belege</translation></message>
    <message>
        <location filename="../../ui/exports/exports_models.py" line="75" />
        <source>Deliveries</source>
        <translation>Übermittlungen</translation></message>
    <message>
        <location filename="../../ui/exports/exports_models.py" line="82" />
        <source>(correction)</source>
        <translation>(Korrektur)</translation></message>
    <message>
        <location filename="../../ui/exports/exports_models.py" line="89" />
        <source>not sent anywhere</source>
        <translation>an kein Ziel gesendet</translation></message>
</context>
<context>
    <name>CompanyPage</name>
    <message>
        <location filename="../../ui/settings/company_page.py" line="68" />
        <source>Company</source>
        <translation>Firma</translation></message>
    <message>
        <location filename="../../ui/settings/company_page.py" line="70" />
        <source>Name:</source>
        <translation>Name:</translation></message>
    <message>
        <location filename="../../ui/settings/company_page.py" line="71" />
        <source>Address:</source>
        <translation>Anschrift:</translation></message>
    <message>
        <location filename="../../ui/settings/company_page.py" line="72" />
        <source>Country:</source>
        <translation>Land:</translation></message>
    <message>
        <location filename="../../ui/settings/company_page.py" line="73" />
        <source>Accounting currency:</source>
        <translation>Buchführungswährung:</translation></message>
    <message>
        <location filename="../../ui/settings/company_page.py" line="74" />
        <source>VAT ID:</source>
        <translation>USt-IdNr.:</translation></message>
    <message>
        <location filename="../../ui/settings/company_page.py" line="78" />
        <source>Company file</source>
        <translation>Firmendatei</translation></message>
    <message>
        <location filename="../../ui/settings/company_page.py" line="80" />
        <source>Location:</source>
        <translation>Ort der Datei:</translation></message>
    <message>
        <location filename="../../ui/settings/company_page.py" line="81" />
        <source>Size:</source>
        <translation>Größe:</translation></message>
    <message>
        <location filename="../../ui/settings/company_page.py" line="82" />
        <source>Schema version:</source>
        <translation>Schemaversion:</translation></message>
    <message>
        <location filename="../../ui/settings/company_page.py" line="83" />
        <source>Key stretching:</source>
        <translation>Schlüsselableitung:</translation></message>
    <message>
        <location filename="../../ui/settings/company_page.py" line="84" />
        <source>Records:</source>
        <translation>Datensätze:</translation></message>
    <message>
        <location filename="../../ui/settings/company_page.py" line="87" />
        <source>Verify file</source>
        <translation>Datei prüfen</translation></message>
    <message>
        <location filename="../../ui/settings/company_page.py" line="89" />
        <source>Back up…</source>
        <translation>Sichern…</translation></message>
    <message>
        <location filename="../../ui/settings/company_page.py" line="120" />
        <location filename="../../ui/settings/company_page.py" line="123" />
        <source>(none)</source>
        <translation>(keine)</translation></message>
    <message>
        <location filename="../../ui/settings/company_page.py" line="125" />
        <source>{kib:,} KiB</source>
        <translation>{kib:,} KiB</translation></message>
    <message>
        <location filename="../../ui/settings/company_page.py" line="127" />
        <source>Argon2id, {mib} MiB, {t} passes</source>
        <translation>Argon2id, {mib} MiB, {t} Durchläufe</translation></message>
    <message>
        <location filename="../../ui/settings/company_page.py" line="137" />
        <source>customers</source>
        <translation>Kunden</translation></message>
    <message>
        <location filename="../../ui/settings/company_page.py" line="138" />
        <source>products</source>
        <translation>Artikel</translation></message>
    <message>
        <location filename="../../ui/settings/company_page.py" line="139" />
        <source>documents</source>
        <translation>Belege</translation></message>
    <message>
        <location filename="../../ui/settings/company_page.py" line="140" />
        <source>payment entries</source>
        <translation>Zahlungsbuchungen</translation></message>
    <message>
        <location filename="../../ui/settings/company_page.py" line="141" />
        <source>audit entries</source>
        <translation>Protokolleinträge</translation></message>
    <message>
        <location filename="../../ui/settings/company_page.py" line="150" />
        <source>Verifying every page of the file…</source>
        <translation>Jede Seite der Datei wird geprüft…</translation></message>
    <message>
        <location filename="../../ui/settings/company_page.py" line="159" />
        <source>The file is intact: every check passed.</source>
        <translation>Die Datei ist intakt: jede Prüfung bestanden.</translation></message>
    <message>
        <location filename="../../ui/settings/company_page.py" line="162" />
        <source>The file is damaged: </source>
        <translation>Die Datei ist beschädigt: </translation></message>
    <message>
        <location filename="../../ui/settings/company_page.py" line="175" />
        <source>Back up to</source>
        <translation>Sichern nach</translation></message>
    <message>
        <location filename="../../ui/settings/company_page.py" line="182" />
        <source>Writing and checking the backup…</source>
        <translation>Die Sicherung wird geschrieben und geprüft…</translation></message>
    <message>
        <location filename="../../ui/settings/company_page.py" line="193" />
        <source>Backup written and verified: {path}</source>
        <translation>Sicherung geschrieben und geprüft: {path}</translation></message>
</context>
<context>
    <name>CompanyTab</name>
    <message>
        <location filename="../../ui/settings/settings_tables.py" line="116" />
        <source>Save the company's details</source>
        <translation>Die Firmendaten speichern</translation></message>
    <message>
        <location filename="../../ui/settings/settings_tables.py" line="142" />
        <source>Nothing has changed.</source>
        <translation>Nichts wurde geändert.</translation></message>
    <message>
        <location filename="../../ui/settings/settings_tables.py" line="145" />
        <source>Saved.</source>
        <translation>Gespeichert.</translation></message>
</context>
<context>
    <name>CreateCompanyDialog</name>
    <message>
        <location filename="../../ui/opening/create_company_dialog.py" line="67" />
        <source>Invoice Desk — New company</source>
        <translation>Invoice Desk — Neue Firma</translation></message>
    <message>
        <location filename="../../ui/opening/create_company_dialog.py" line="90" />
        <source>Choose the country…</source>
        <translation>Land wählen…</translation></message>
    <message>
        <location filename="../../ui/opening/create_company_dialog.py" line="98" />
        <source>e.g. DE136695976 (optional)</source>
        <translation>z. B. DE136695976 (optional)</translation></message>
    <message>
        <location filename="../../ui/opening/create_company_dialog.py" line="101" />
        <source>Choose…</source>
        <translation>Wählen…</translation></message>
    <message>
        <location filename="../../ui/opening/create_company_dialog.py" line="111" />
        <source>Remember on this computer</source>
        <translation>Auf diesem Computer merken</translation></message>
    <message>
        <location filename="../../ui/opening/create_company_dialog.py" line="113" />
        <source>Company name:</source>
        <translation>Firmenname:</translation></message>
    <message>
        <location filename="../../ui/opening/create_company_dialog.py" line="114" />
        <source>Country:</source>
        <translation>Land:</translation></message>
    <message>
        <location filename="../../ui/opening/create_company_dialog.py" line="115" />
        <source>Currency:</source>
        <translation>Währung:</translation></message>
    <message>
        <location filename="../../ui/opening/create_company_dialog.py" line="116" />
        <source>VAT ID:</source>
        <translation>USt-IdNr.:</translation></message>
    <message>
        <location filename="../../ui/opening/create_company_dialog.py" line="117" />
        <source>Street:</source>
        <translation>Straße:</translation></message>
    <message>
        <location filename="../../ui/opening/create_company_dialog.py" line="118" />
        <source>Postcode:</source>
        <translation>Postleitzahl:</translation></message>
    <message>
        <location filename="../../ui/opening/create_company_dialog.py" line="119" />
        <source>City:</source>
        <translation>Ort:</translation></message>
    <message>
        <location filename="../../ui/opening/create_company_dialog.py" line="120" />
        <source>Company file:</source>
        <translation>Firmendatei:</translation></message>
    <message>
        <location filename="../../ui/opening/create_company_dialog.py" line="121" />
        <source>Passphrase:</source>
        <translation>Passphrase:</translation></message>
    <message>
        <location filename="../../ui/opening/create_company_dialog.py" line="122" />
        <source>Repeat passphrase:</source>
        <translation>Passphrase wiederholen:</translation></message>
    <message>
        <location filename="../../ui/opening/create_company_dialog.py" line="128" />
        <source>Create</source>
        <translation>Anlegen</translation></message>
    <message>
        <location filename="../../ui/opening/create_company_dialog.py" line="131" />
        <source>Cancel</source>
        <translation>Abbrechen</translation></message>
    <message>
        <location filename="../../ui/opening/create_company_dialog.py" line="138" />
        <source>&lt;h2&gt;A new company&lt;/h2&gt;</source>
        <translation>&lt;h2&gt;Eine neue Firma&lt;/h2&gt;</translation></message>
    <message>
        <location filename="../../ui/opening/create_company_dialog.py" line="144" />
        <source>Company file</source>
        <translation>Firmendatei</translation></message>
    <message>
        <location filename="../../ui/opening/create_company_dialog.py" line="183" />
        <source>Choose where to keep the company file.</source>
        <translation>Wählen Sie, wo die Firmendatei liegen soll.</translation></message>
    <message>
        <location filename="../../ui/opening/create_company_dialog.py" line="186" />
        <source>A file with this name exists already.</source>
        <translation>Eine Datei mit diesem Namen gibt es schon.</translation></message>
    <message>
        <location filename="../../ui/opening/create_company_dialog.py" line="189" />
        <source>This folder does not exist.</source>
        <translation>Diesen Ordner gibt es nicht.</translation></message>
    <message>
        <location filename="../../ui/opening/create_company_dialog.py" line="194" />
        <source>Use at least {n} characters.</source>
        <translation>Mindestens {n} Zeichen verwenden.</translation></message>
    <message>
        <location filename="../../ui/opening/create_company_dialog.py" line="198" />
        <source>The two passphrases differ.</source>
        <translation>Die beiden Passphrasen unterscheiden sich.</translation></message>
    <message>
        <location filename="../../ui/opening/create_company_dialog.py" line="209" />
        <source>Creating the encrypted company file…</source>
        <translation>Die verschlüsselte Firmendatei wird angelegt…</translation></message>
</context>
<context>
    <name>CustomerPayments</name>
    <message>
        <location filename="../../ui/receivables/customer_payments.py" line="137" />
        <source>Payments of the customer</source>
        <translation>Zahlungen des Kunden</translation></message>
    <message>
        <location filename="../../ui/receivables/customer_payments.py" line="143" />
        <source>Re&amp;verse payment…</source>
        <translation>Zahlung &amp;stornieren…</translation></message>
    <message>
        <location filename="../../ui/receivables/customer_payments.py" line="145" />
        <source>Re&amp;fund…</source>
        <translation>&amp;Erstatten…</translation></message>
    <message>
        <location filename="../../ui/receivables/customer_payments.py" line="150" />
        <source>Payments:</source>
        <translation>Zahlungen:</translation></message>
    <message>
        <location filename="../../ui/receivables/customer_payments.py" line="187" />
        <source>Choose the payment to reverse.</source>
        <translation>Wählen Sie die zu stornierende Zahlung.</translation></message>
    <message>
        <location filename="../../ui/receivables/customer_payments.py" line="190" />
        <source>Reverse payment</source>
        <translation>Zahlung stornieren</translation></message>
    <message>
        <location filename="../../ui/receivables/customer_payments.py" line="190" />
        <source>Why (e.g. returned by the bank)?</source>
        <translation>Warum (z. B. von der Bank zurückgegeben)?</translation></message>
    <message>
        <location filename="../../ui/receivables/customer_payments.py" line="200" />
        <source>The payment was reversed; its invoices are open again.</source>
        <translation>Die Zahlung wurde storniert; ihre Rechnungen sind wieder offen.</translation></message>
    <message>
        <location filename="../../ui/receivables/customer_payments.py" line="233" />
        <source>Refund recorded.</source>
        <translation>Erstattung erfasst.</translation></message>
</context>
<context>
    <name>CustomersModel</name>
    <message>
        <location filename="../../ui/parties/customers_page.py" line="69" />
        <source>Name</source>
        <translation>Name</translation></message>
    <message>
        <location filename="../../ui/parties/customers_page.py" line="69" />
        <source>City</source>
        <translation>Ort</translation></message>
    <message>
        <location filename="../../ui/parties/customers_page.py" line="69" />
        <source>Country</source>
        <translation>Land</translation></message>
    <message>
        <location filename="../../ui/parties/customers_page.py" line="69" />
        <source>VAT ID</source>
        <translation>USt-IdNr.</translation></message>
</context>
<context>
    <name>CustomersPage</name>
    <message>
        <location filename="../../ui/parties/customers_page.py" line="128" />
        <source>Search name, VAT ID, email, city</source>
        <translation>Name, USt-IdNr., E-Mail, Ort suchen</translation></message>
    <message>
        <location filename="../../ui/parties/customers_page.py" line="129" />
        <source>Search customers</source>
        <translation>Kunden suchen</translation></message>
    <message>
        <location filename="../../ui/parties/customers_page.py" line="137" />
        <source>Customers</source>
        <translation>Kunden</translation></message>
    <message>
        <location filename="../../ui/parties/customers_page.py" line="147" />
        <source>&amp;New customer</source>
        <translation>&amp;Neuer Kunde</translation></message>
    <message>
        <location filename="../../ui/parties/customers_page.py" line="163" />
        <source>Company default</source>
        <translation>Vorgabe der Firma</translation></message>
    <message>
        <location filename="../../ui/parties/customers_page.py" line="166" />
        <source>E-invoice format:</source>
        <translation>E-Rechnungsformat:</translation></message>
    <message>
        <location filename="../../ui/parties/customers_page.py" line="167" />
        <source>&amp;Save</source>
        <translation>&amp;Speichern</translation></message>
    <message>
        <location filename="../../ui/parties/customers_page.py" line="171" />
        <source>S&amp;tatement PDF…</source>
        <translation>Konto&amp;auszug als PDF…</translation></message>
    <message>
        <location filename="../../ui/parties/customers_page.py" line="175" />
        <source>Documents of the customer</source>
        <translation>Belege des Kunden</translation></message>
    <message>
        <location filename="../../ui/parties/customers_page.py" line="253" />
        <source>Balance: nothing open</source>
        <translation>Saldo: nichts offen</translation></message>
    <message>
        <location filename="../../ui/parties/customers_page.py" line="256" />
        <source>Balance: %1</source>
        <translation>Saldo: %1</translation></message>
    <message>
        <location filename="../../ui/parties/customers_page.py" line="291" />
        <source>a whole number of days, e.g. 30</source>
        <translation>eine ganze Zahl von Tagen, z. B. 30</translation></message>
    <message>
        <location filename="../../ui/parties/customers_page.py" line="311" />
        <source>Saved.</source>
        <translation>Gespeichert.</translation></message>
    <message>
        <location filename="../../ui/parties/customers_page.py" line="318" />
        <source>Not saved: see the fields marked in red.</source>
        <translation>Nicht gespeichert: siehe die rot markierten Felder.</translation></message>
    <message>
        <location filename="../../ui/parties/customers_page.py" line="335" />
        <source>Save statement</source>
        <translation>Kontoauszug speichern</translation></message>
</context>
<context>
    <name>DashboardPage</name>
    <message>
        <location filename="../../ui/overview/dashboard_page.py" line="99" />
        <source>Open receivables</source>
        <translation>Offene Forderungen</translation></message>
    <message>
        <location filename="../../ui/overview/dashboard_page.py" line="100" />
        <source>Overdue</source>
        <translation>Überfällig</translation></message>
    <message>
        <location filename="../../ui/overview/dashboard_page.py" line="101" />
        <source>Issued this month</source>
        <translation>In diesem Monat ausgestellt</translation></message>
    <message>
        <location filename="../../ui/overview/dashboard_page.py" line="108" />
        <source>Aging (days past due)</source>
        <translation>Altersstruktur (Tage nach Fälligkeit)</translation></message>
    <message>
        <location filename="../../ui/overview/dashboard_page.py" line="112" />
        <source>Owing most</source>
        <translation>Höchste offene Beträge</translation></message>
    <message>
        <location filename="../../ui/overview/dashboard_page.py" line="118" />
        <source>State</source>
        <translation>Zustand</translation></message>
    <message>
        <location filename="../../ui/overview/dashboard_page.py" line="120" />
        <source>Audit chain: not checked yet</source>
        <translation>Prüfkette: noch nicht geprüft</translation></message>
    <message>
        <location filename="../../ui/overview/dashboard_page.py" line="121" />
        <source>Accountant's bundle: none sent yet</source>
        <translation>Paket für die Steuerberatung: noch keines gesendet</translation></message>
    <message>
        <location filename="../../ui/overview/dashboard_page.py" line="122" />
        <source>&amp;Verify audit chain</source>
        <translation>Prüfkette &amp;verifizieren</translation></message>
    <message numerus="yes">
        <location filename="../../ui/overview/dashboard_page.py" line="148" />
        <location filename="../../ui/overview/dashboard_page.py" line="150" />
        <source>%n document(s)</source>
        <translation><numerusform>%n Beleg</numerusform><numerusform>%n Belege</numerusform></translation></message>
    <message>
        <location filename="../../ui/overview/dashboard_page.py" line="152" />
        <source>Nobody owes anything.</source>
        <translation>Niemand schuldet etwas.</translation></message>
    <message>
        <location filename="../../ui/overview/dashboard_page.py" line="161" />
        <source>Accountant's bundle: none made yet (Exports)</source>
        <translation>Paket für die Steuerkanzlei: noch keines erstellt (Exporte)</translation></message>
    <message>
        <location filename="../../ui/overview/dashboard_page.py" line="162" />
        <source>Accountant's bundle {n}: {start} to {end}; delivered {ok}, waiting {wait}</source>
        <translation>Paket {n} für die Steuerkanzlei: {start} bis {end}; übermittelt {ok}, wartend {wait}</translation></message>
    <message>
        <location filename="../../ui/overview/dashboard_page.py" line="171" />
        <source>; NEEDS ATTENTION: {n}</source>
        <translation>; BRAUCHT AUFMERKSAMKEIT: {n}</translation></message>
    <message>
        <location filename="../../ui/overview/dashboard_page.py" line="175" />
        <source>Audit chain: verifying…</source>
        <translation>Prüfkette: wird geprüft…</translation></message>
    <message numerus="yes">
        <location filename="../../ui/overview/dashboard_page.py" line="182" />
        <source>Audit chain: intact, %n entries</source>
        <translation><numerusform>Prüfkette: intakt, %n Eintrag</numerusform><numerusform>Prüfkette: intakt, %n Einträge</numerusform></translation></message>
    <message>
        <location filename="../../ui/overview/dashboard_page.py" line="184" />
        <source>Audit chain: BROKEN at entry %1: %2</source>
        <translation>Prüfkette: GEBROCHEN bei Eintrag %1: %2</translation></message>
</context>
<context>
    <name>DestinationDialog</name>
    <message>
        <location filename="../../ui/exports/destination_dialog.py" line="42" />
        <source>Destination</source>
        <translation>Ziel</translation></message>
    <message>
        <location filename="../../ui/exports/destination_dialog.py" line="42" />
        <source>New destination</source>
        <translation>Neues Ziel</translation></message>
    <message>
        <location filename="../../ui/exports/destination_dialog.py" line="45" />
        <source>Name</source>
        <translation>Name</translation></message>
    <message>
        <location filename="../../ui/exports/destination_dialog.py" line="49" />
        <source>Kind</source>
        <translation>Art</translation></message>
    <message>
        <location filename="../../ui/exports/destination_dialog.py" line="56" />
        <source>Password or shared secret</source>
        <translation>Passwort oder gemeinsames Geheimnis</translation></message>
    <message>
        <location filename="../../ui/exports/destination_dialog.py" line="78" />
        <source>Choose…</source>
        <translation>Wählen…</translation></message>
    <message>
        <location filename="../../ui/exports/destination_dialog.py" line="85" />
        <source>Folder</source>
        <translation>Ordner</translation></message>
    <message>
        <location filename="../../ui/exports/destination_dialog.py" line="97" />
        <source>empty: log in with the password below</source>
        <translation>leer: Anmeldung mit dem Passwort unten</translation></message>
    <message>
        <location filename="../../ui/exports/destination_dialog.py" line="98" />
        <source>Server</source>
        <translation>Server</translation></message>
    <message>
        <location filename="../../ui/exports/destination_dialog.py" line="99" />
        <source>Port</source>
        <translation>Port</translation></message>
    <message>
        <location filename="../../ui/exports/destination_dialog.py" line="100" />
        <source>User</source>
        <translation>Benutzer</translation></message>
    <message>
        <location filename="../../ui/exports/destination_dialog.py" line="101" />
        <source>Folder on the server</source>
        <translation>Ordner auf dem Server</translation></message>
    <message>
        <location filename="../../ui/exports/destination_dialog.py" line="102" />
        <source>Private key file</source>
        <translation>Datei des privaten Schlüssels</translation></message>
    <message>
        <location filename="../../ui/exports/destination_dialog.py" line="111" />
        <source>Receiver URL</source>
        <translation>URL des Empfängers</translation></message>
    <message>
        <location filename="../../ui/exports/destination_dialog.py" line="129" />
        <source>Folder for bundles</source>
        <translation>Ordner für Pakete</translation></message>
    <message>
        <location filename="../../ui/exports/destination_dialog.py" line="139" />
        <source>Password (or the key's passphrase), kept in the system keyring</source>
        <translation>Passwort (oder die Passphrase des Schlüssels), im Schlüsselbund des Systems gespeichert</translation></message>
    <message>
        <location filename="../../ui/exports/destination_dialog.py" line="141" />
        <source>Shared secret for the signature, kept in the system keyring</source>
        <translation>Gemeinsames Geheimnis für die Signatur, im Schlüsselbund des Systems gespeichert</translation></message>
    <message>
        <location filename="../../ui/exports/destination_dialog.py" line="144" />
        <source>unchanged</source>
        <translation>unverändert</translation></message>
</context>
<context>
    <name>DestinationsModel</name>
    <message>
        <location filename="../../ui/exports/exports_models.py" line="131" />
        <source>Name</source>
        <translation>Name</translation></message>
    <message>
        <location filename="../../ui/exports/exports_models.py" line="132" />
        <source>Kind</source>
        <translation>Art</translation></message>
    <message>
        <location filename="../../ui/exports/exports_models.py" line="133" />
        <source>Where</source>
        <translation>Wohin</translation></message>
    <message>
        <location filename="../../ui/exports/exports_models.py" line="134" />
        <source>Active</source>
        <translation>Aktiv</translation></message>
    <message>
        <location filename="../../ui/exports/exports_models.py" line="135" />
        <source>Host key</source>
        <translation>Host-Schlüssel</translation></message>
    <message>
        <location filename="../../ui/exports/exports_models.py" line="142" />
        <source>not confirmed yet</source>
        <translation>noch nicht bestätigt</translation></message>
    <message>
        <location filename="../../ui/exports/exports_models.py" line="147" />
        <source>yes</source>
        <translation>ja</translation></message>
    <message>
        <location filename="../../ui/exports/exports_models.py" line="147" />
        <source>no</source>
        <translation>nein</translation></message>
</context>
<context>
    <name>DestinationsPanel</name>
    <message>
        <location filename="../../ui/exports/destinations_panel.py" line="48" />
        <source>Destinations</source>
        <translation>Ziele</translation></message>
    <message>
        <location filename="../../ui/exports/destinations_panel.py" line="58" />
        <source>&amp;Add…</source>
        <translation>&amp;Hinzufügen…</translation></message>
    <message>
        <location filename="../../ui/exports/destinations_panel.py" line="59" />
        <source>&amp;Edit…</source>
        <translation>&amp;Bearbeiten…</translation></message>
    <message>
        <location filename="../../ui/exports/destinations_panel.py" line="60" />
        <source>&amp;Test connection</source>
        <translation>Verbindung &amp;testen</translation></message>
    <message>
        <location filename="../../ui/exports/destinations_panel.py" line="61" />
        <source>Switch on/&amp;off</source>
        <translation>&amp;Ein-/ausschalten</translation></message>
    <message>
        <location filename="../../ui/exports/destinations_panel.py" line="93" />
        <location filename="../../ui/exports/destinations_panel.py" line="142" />
        <source>Choose a destination first.</source>
        <translation>Wählen Sie zuerst ein Ziel.</translation></message>
    <message>
        <location filename="../../ui/exports/destinations_panel.py" line="117" />
        <source>Saved {name}.</source>
        <translation>{name} gespeichert.</translation></message>
    <message>
        <location filename="../../ui/exports/destinations_panel.py" line="144" />
        <source>Connecting to {name}…</source>
        <translation>Verbinde mit {name}…</translation></message>
    <message>
        <location filename="../../ui/exports/destinations_panel.py" line="148" />
        <source>Connection works: {result}</source>
        <translation>Verbindung funktioniert: {result}</translation></message>
    <message>
        <location filename="../../ui/exports/destinations_panel.py" line="154" />
        <source>Connection failed: {error}</source>
        <translation>Verbindung fehlgeschlagen: {error}</translation></message>
    <message>
        <location filename="../../ui/exports/destinations_panel.py" line="158" />
        <source>Unknown server</source>
        <translation>Unbekannter Server</translation></message>
    <message>
        <location filename="../../ui/exports/destinations_panel.py" line="160" />
        <source>The server {host} is not known yet. Its host key fingerprint is

{fp}

Compare it with the one your accountant or the server's administrator gives you. Trust this server from now on?</source>
        <translation>Der Server {host} ist noch nicht bekannt. Der Fingerabdruck seines Host-Schlüssels ist

{fp}

Vergleichen Sie ihn mit dem, den Ihre Steuerkanzlei oder die Administration des Servers Ihnen nennt. Diesem Server ab jetzt vertrauen?</translation></message>
    <message>
        <location filename="../../ui/exports/destinations_panel.py" line="166" />
        <source>Not trusted; nothing is sent to this server.</source>
        <translation>Nicht vertraut; an diesen Server wird nichts gesendet.</translation></message>
    <message>
        <location filename="../../ui/exports/destinations_panel.py" line="179" />
        <source>Host key pinned; testing again…</source>
        <translation>Host-Schlüssel gespeichert; teste erneut…</translation></message>
</context>
<context>
    <name>DocumentActions</name>
    <message>
        <location filename="../../ui/documents/document_actions.py" line="66" />
        <source>Edit draft</source>
        <translation>Entwurf bearbeiten</translation></message>
    <message>
        <location filename="../../ui/documents/document_actions.py" line="67" />
        <source>Issue…</source>
        <translation>Ausstellen…</translation></message>
    <message>
        <location filename="../../ui/documents/document_actions.py" line="68" />
        <source>Delete draft…</source>
        <translation>Entwurf löschen…</translation></message>
    <message>
        <location filename="../../ui/documents/document_actions.py" line="73" />
        <source>Record payment…</source>
        <translation>Zahlung erfassen…</translation></message>
    <message>
        <location filename="../../ui/documents/document_actions.py" line="76" />
        <source>Credit note…</source>
        <translation>Gutschrift…</translation></message>
    <message>
        <location filename="../../ui/documents/document_actions.py" line="77" />
        <source>Dispute…</source>
        <translation>Einwand…</translation></message>
    <message>
        <location filename="../../ui/documents/document_actions.py" line="78" />
        <source>Clear dispute</source>
        <translation>Einwand aufheben</translation></message>
    <message>
        <location filename="../../ui/documents/document_actions.py" line="81" />
        <source>Print…</source>
        <translation>Drucken…</translation></message>
    <message>
        <location filename="../../ui/documents/document_actions.py" line="82" />
        <source>Open PDF</source>
        <translation>PDF öffnen</translation></message>
    <message>
        <location filename="../../ui/documents/document_actions.py" line="83" />
        <source>Email…</source>
        <translation>E-Mail…</translation></message>
    <message>
        <location filename="../../ui/documents/document_actions.py" line="84" />
        <source>Export e-invoice XML…</source>
        <translation>E-Rechnung (XML) exportieren…</translation></message>
    <message numerus="yes">
        <location filename="../../ui/documents/document_actions.py" line="58" />
        <source>Save %n PDF(s) in a folder…</source>
        <translation><numerusform>%n PDF in einem Ordner speichern…</numerusform><numerusform>%n PDFs in einem Ordner speichern…</numerusform></translation></message>
    <message>
        <location filename="../../ui/documents/document_actions.py" line="107" />
        <source>Issue the document?</source>
        <translation>Den Beleg ausstellen?</translation></message>
    <message>
        <location filename="../../ui/documents/document_actions.py" line="109" />
        <source>Issuing gives the document the next number of its series and stores its PDF and e-invoice. An issued document can never be changed or deleted.

Issue it now?</source>
        <translation>Beim Ausstellen erhält der Beleg die nächste Nummer seines Nummernkreises, sein PDF und seine E-Rechnung werden gespeichert. Ein ausgestellter Beleg kann nie mehr geändert oder gelöscht werden.

Jetzt ausstellen?</translation></message>
    <message>
        <location filename="../../ui/documents/document_actions.py" line="119" />
        <source>Issued as {0}.</source>
        <translation>Ausgestellt als {0}.</translation></message>
    <message>
        <location filename="../../ui/documents/document_actions.py" line="124" />
        <source>Delete the draft?</source>
        <translation>Den Entwurf löschen?</translation></message>
    <message>
        <location filename="../../ui/documents/document_actions.py" line="124" />
        <source>The draft is deleted for good.</source>
        <translation>Der Entwurf wird endgültig gelöscht.</translation></message>
    <message>
        <location filename="../../ui/documents/document_actions.py" line="131" />
        <source>Draft deleted.</source>
        <translation>Entwurf gelöscht.</translation></message>
    <message>
        <location filename="../../ui/documents/document_actions.py" line="146" />
        <source>Payment recorded.</source>
        <translation>Zahlung erfasst.</translation></message>
    <message>
        <location filename="../../ui/documents/document_actions.py" line="163" />
        <source>Dispute</source>
        <translation>Einwand</translation></message>
    <message>
        <location filename="../../ui/documents/document_actions.py" line="163" />
        <source>What does the customer dispute?</source>
        <translation>Was beanstandet der Kunde?</translation></message>
    <message>
        <location filename="../../ui/documents/document_actions.py" line="172" />
        <source>Dispute cleared.</source>
        <translation>Einwand aufgehoben.</translation></message>
    <message>
        <location filename="../../ui/documents/document_actions.py" line="172" />
        <source>Marked as disputed.</source>
        <translation>Als beanstandet markiert.</translation></message>
    <message>
        <location filename="../../ui/documents/document_actions.py" line="181" />
        <source>Sent to {0}.</source>
        <translation>Gesendet an {0}.</translation></message>
    <message>
        <location filename="../../ui/documents/document_actions.py" line="190" />
        <source>Save the PDFs in</source>
        <translation>Die PDFs speichern in</translation></message>
    <message>
        <location filename="../../ui/documents/document_actions.py" line="201" />
        <source>Saving PDFs…</source>
        <translation>PDFs werden gespeichert…</translation></message>
    <message>
        <location filename="../../ui/documents/document_actions.py" line="201" />
        <source>saved</source>
        <translation>gespeichert</translation></message>
    <message>
        <location filename="../../ui/documents/document_actions.py" line="212" />
        <source>Every issued document has been sent.</source>
        <translation>Jeder ausgestellte Beleg wurde gesendet.</translation></message>
    <message>
        <location filename="../../ui/documents/document_actions.py" line="217" />
        <source>Send by email?</source>
        <translation>Per E-Mail senden?</translation></message>
    <message numerus="yes">
        <location filename="../../ui/documents/document_actions.py" line="218" />
        <source>Send %n document(s) that were never sent?</source>
        <translation><numerusform>%n noch nie gesendeten Beleg senden?</numerusform><numerusform>%n noch nie gesendete Belege senden?</numerusform></translation></message>
    <message>
        <location filename="../../ui/documents/document_actions.py" line="225" />
        <source>Sending…</source>
        <translation>Wird gesendet…</translation></message>
    <message>
        <location filename="../../ui/documents/document_actions.py" line="226" />
        <source>sent</source>
        <translation>gesendet</translation></message>
    <message>
        <location filename="../../ui/documents/document_actions.py" line="245" />
        <source>Import an e-invoice</source>
        <translation>Eine E-Rechnung importieren</translation></message>
    <message>
        <location filename="../../ui/documents/document_actions.py" line="247" />
        <source>E-invoices (*.xml *.pdf);;All files (*)</source>
        <translation>E-Rechnungen (*.xml *.pdf);;Alle Dateien (*)</translation></message>
    <message>
        <location filename="../../ui/documents/document_actions.py" line="278" />
        <source>Save e-invoice</source>
        <translation>E-Rechnung speichern</translation></message>
    <message>
        <location filename="../../ui/documents/document_actions.py" line="288" />
        <source>Saved {0}.</source>
        <translation>{0} gespeichert.</translation></message>
</context>
<context>
    <name>DocumentListModel</name>
    <message>
        <location filename="../../ui/documents/document_list_model.py" line="113" />
        <source>Number</source>
        <translation>Nummer</translation></message>
    <message>
        <location filename="../../ui/documents/document_list_model.py" line="114" />
        <source>Type</source>
        <translation>Art</translation></message>
    <message>
        <location filename="../../ui/documents/document_list_model.py" line="115" />
        <source>Status</source>
        <translation>Status</translation></message>
    <message>
        <location filename="../../ui/documents/document_list_model.py" line="116" />
        <source>Customer</source>
        <translation>Kunde</translation></message>
    <message>
        <location filename="../../ui/documents/document_list_model.py" line="117" />
        <source>Date</source>
        <translation>Datum</translation></message>
    <message>
        <location filename="../../ui/documents/document_list_model.py" line="118" />
        <source>Due</source>
        <translation>Fällig</translation></message>
    <message>
        <location filename="../../ui/documents/document_list_model.py" line="119" />
        <source>Currency</source>
        <translation>Währung</translation></message>
    <message>
        <location filename="../../ui/documents/document_list_model.py" line="120" />
        <source>Total</source>
        <translation>Gesamt</translation></message>
    <message>
        <location filename="../../ui/documents/document_list_model.py" line="123" />
        <source>Invoice</source>
        <translation>Rechnung</translation></message>
    <message>
        <location filename="../../ui/documents/document_list_model.py" line="124" />
        <source>Credit note</source>
        <translation>Gutschrift</translation></message>
    <message>
        <location filename="../../ui/documents/document_list_model.py" line="125" />
        <source>Debit note</source>
        <translation>Belastungsanzeige</translation></message>
    <message>
        <location filename="../../ui/documents/document_list_model.py" line="126" />
        <source>Draft</source>
        <translation>Entwurf</translation></message>
    <message>
        <location filename="../../ui/documents/document_list_model.py" line="127" />
        <source>Issued</source>
        <translation>Ausgestellt</translation></message>
    <message>
        <location filename="../../ui/documents/document_list_model.py" line="129" />
        <source>draft %1</source>
        <translation>Entwurf %1</translation></message>
</context>
<context>
    <name>DocumentsPage</name>
    <message>
        <location filename="../../ui/documents/documents_page.py" line="93" />
        <source>Search number, customer, reference, amount, text</source>
        <translation>Nummer, Kunde, Referenz, Betrag, Text suchen</translation></message>
    <message>
        <location filename="../../ui/documents/documents_page.py" line="94" />
        <source>Search documents</source>
        <translation>Belege suchen</translation></message>
    <message>
        <location filename="../../ui/documents/documents_page.py" line="97" />
        <source>Show</source>
        <translation>Anzeigen</translation></message>
    <message>
        <location filename="../../ui/documents/documents_page.py" line="99" />
        <source>All documents</source>
        <translation>Alle Belege</translation></message>
    <message>
        <location filename="../../ui/documents/documents_page.py" line="100" />
        <source>Drafts</source>
        <translation>Entwürfe</translation></message>
    <message>
        <location filename="../../ui/documents/documents_page.py" line="101" />
        <source>Issued</source>
        <translation>Ausgestellt</translation></message>
    <message>
        <location filename="../../ui/documents/documents_page.py" line="102" />
        <source>Unpaid</source>
        <translation>Unbezahlt</translation></message>
    <message>
        <location filename="../../ui/documents/documents_page.py" line="103" />
        <source>Overdue</source>
        <translation>Überfällig</translation></message>
    <message>
        <location filename="../../ui/documents/documents_page.py" line="104" />
        <source>Paid</source>
        <translation>Bezahlt</translation></message>
    <message>
        <location filename="../../ui/documents/documents_page.py" line="105" />
        <source>Credited</source>
        <translation>Gutgeschrieben</translation></message>
    <message>
        <location filename="../../ui/documents/documents_page.py" line="106" />
        <source>Disputed</source>
        <translation>Beanstandet</translation></message>
    <message>
        <location filename="../../ui/documents/documents_page.py" line="282" />
        <source>Documents</source>
        <translation>Belege</translation></message>
    <message>
        <location filename="../../ui/documents/documents_page.py" line="117" />
        <source>&amp;New invoice</source>
        <translation>&amp;Neue Rechnung</translation></message>
    <message>
        <location filename="../../ui/documents/documents_page.py" line="119" />
        <source>&amp;Edit draft</source>
        <translation>Entwurf &amp;bearbeiten</translation></message>
    <message>
        <location filename="../../ui/documents/documents_page.py" line="132" />
        <location filename="../../ui/documents/documents_page.py" line="293" />
        <source>Issued from</source>
        <translation>Ausgestellt vom</translation></message>
    <message>
        <location filename="../../ui/documents/documents_page.py" line="134" />
        <source>to</source>
        <translation>bis</translation></message>
    <message>
        <location filename="../../ui/documents/documents_page.py" line="144" />
        <source>Result</source>
        <translation>Ergebnis</translation></message>
    <message>
        <location filename="../../ui/documents/documents_page.py" line="146" />
        <source>Sum of the selection</source>
        <translation>Summe der Auswahl</translation></message>
    <message>
        <location filename="../../ui/documents/documents_page.py" line="154" />
        <source>&amp;Print…</source>
        <translation>&amp;Drucken…</translation></message>
    <message>
        <location filename="../../ui/documents/documents_page.py" line="155" />
        <source>&amp;Open PDF</source>
        <translation>PDF ö&amp;ffnen</translation></message>
    <message>
        <location filename="../../ui/documents/documents_page.py" line="156" />
        <source>&amp;Refresh</source>
        <translation>&amp;Aktualisieren</translation></message>
    <message numerus="yes">
        <location filename="../../ui/documents/documents_page.py" line="194" />
        <source>%n selected</source>
        <translation><numerusform>%n ausgewählt</numerusform><numerusform>%n ausgewählt</numerusform></translation></message>
    <message>
        <location filename="../../ui/documents/documents_page.py" line="233" />
        <source>Opening the editor…</source>
        <translation>Der Editor wird geöffnet…</translation></message>
    <message>
        <location filename="../../ui/documents/documents_page.py" line="250" />
        <source>Issued as {0}.</source>
        <translation>Ausgestellt als {0}.</translation></message>
    <message>
        <location filename="../../ui/documents/documents_page.py" line="294" />
        <source>Issued up to</source>
        <translation>Ausgestellt bis</translation></message>
    <message>
        <location filename="../../ui/documents/documents_page.py" line="298" />
        <source>any day</source>
        <translation>beliebig</translation></message>
    <message>
        <location filename="../../ui/documents/documents_page.py" line="303" />
        <source>Customer</source>
        <translation>Kunde</translation></message>
    <message>
        <location filename="../../ui/documents/documents_page.py" line="304" />
        <location filename="../../ui/documents/documents_page.py" line="320" />
        <source>All customers</source>
        <translation>Alle Kunden</translation></message>
    <message>
        <location filename="../../ui/documents/documents_page.py" line="367" />
        <source>Rendering…</source>
        <translation>Wird gerendert…</translation></message>
</context>
<context>
    <name>DraftPreview</name>
    <message>
        <location filename="../../ui/editor/preview.py" line="30" />
        <location filename="../../ui/editor/preview.py" line="53" />
        <source>Preview (DRAFT, no number)</source>
        <translation>Vorschau (ENTWURF, ohne Nummer)</translation></message>
    <message>
        <location filename="../../ui/editor/preview.py" line="40" />
        <source>The preview appears once a customer is chosen and the lines add up.</source>
        <translation>Die Vorschau erscheint, sobald ein Kunde gewählt ist und die Positionen sich berechnen lassen.</translation></message>
</context>
<context>
    <name>EditorHeader</name>
    <message>
        <location filename="../../ui/editor/header.py" line="77" />
        <source>New…</source>
        <translation>Neu…</translation></message>
    <message>
        <location filename="../../ui/editor/header.py" line="78" />
        <source>New customer</source>
        <translation>Neuer Kunde</translation></message>
    <message>
        <location filename="../../ui/editor/header.py" line="85" />
        <location filename="../../ui/editor/header.py" line="86" />
        <source>Customer</source>
        <translation>Kunde</translation></message>
    <message>
        <location filename="../../ui/editor/header.py" line="96" />
        <source>Currency</source>
        <translation>Währung</translation></message>
    <message>
        <location filename="../../ui/editor/header.py" line="98" />
        <source>units of {0} per 1 {1}</source>
        <translation>Einheiten {0} je 1 {1}</translation></message>
    <message>
        <location filename="../../ui/editor/header.py" line="102" />
        <source>Exchange rate</source>
        <translation>Wechselkurs</translation></message>
    <message>
        <location filename="../../ui/editor/header.py" line="107" />
        <source>the day of issue</source>
        <translation>der Tag der Ausstellung</translation></message>
    <message>
        <location filename="../../ui/editor/header.py" line="108" />
        <source>from the customer's terms</source>
        <translation>aus den Konditionen des Kunden</translation></message>
    <message>
        <location filename="../../ui/editor/header.py" line="109" />
        <source>none</source>
        <translation>keines</translation></message>
    <message>
        <location filename="../../ui/editor/header.py" line="112" />
        <source>Issue date</source>
        <translation>Rechnungsdatum</translation></message>
    <message>
        <location filename="../../ui/editor/header.py" line="113" />
        <source>Due date</source>
        <translation>Fälligkeitsdatum</translation></message>
    <message>
        <location filename="../../ui/editor/header.py" line="114" />
        <source>Delivery date</source>
        <translation>Lieferdatum</translation></message>
    <message>
        <location filename="../../ui/editor/header.py" line="131" />
        <source>Buyer reference</source>
        <translation>Käuferreferenz</translation></message>
    <message>
        <location filename="../../ui/editor/header.py" line="132" />
        <source>Order number</source>
        <translation>Bestellnummer</translation></message>
    <message>
        <location filename="../../ui/editor/header.py" line="133" />
        <source>Payment terms</source>
        <translation>Zahlungsbedingungen</translation></message>
    <message>
        <location filename="../../ui/editor/header.py" line="199" />
        <source>Due on {0}</source>
        <translation>Fällig am {0}</translation></message>
</context>
<context>
    <name>EditorToolbar</name>
    <message>
        <location filename="../../ui/editor/actions.py" line="26" />
        <source>Draft</source>
        <translation>Entwurf</translation></message>
    <message>
        <location filename="../../ui/editor/actions.py" line="31" />
        <source>Save</source>
        <translation>Speichern</translation></message>
    <message>
        <location filename="../../ui/editor/actions.py" line="32" />
        <source>Issue…</source>
        <translation>Ausstellen…</translation></message>
    <message>
        <location filename="../../ui/editor/actions.py" line="33" />
        <location filename="../../ui/editor/actions.py" line="58" />
        <source>Undo</source>
        <translation>Rückgängig</translation></message>
    <message>
        <location filename="../../ui/editor/actions.py" line="34" />
        <location filename="../../ui/editor/actions.py" line="58" />
        <source>Redo</source>
        <translation>Wiederholen</translation></message>
    <message>
        <location filename="../../ui/editor/actions.py" line="35" />
        <location filename="../../ui/editor/actions.py" line="68" />
        <source>Add line</source>
        <translation>Position hinzufügen</translation></message>
    <message>
        <location filename="../../ui/editor/actions.py" line="36" />
        <source>Remove line</source>
        <translation>Position entfernen</translation></message>
    <message>
        <location filename="../../ui/editor/actions.py" line="37" />
        <source>Close</source>
        <translation>Schließen</translation></message>
    <message>
        <location filename="../../ui/editor/actions.py" line="66" />
        <source>Change {0} of line {1}</source>
        <translation>{0} in Position {1} ändern</translation></message>
    <message>
        <location filename="../../ui/editor/actions.py" line="69" />
        <source>Remove line {0}</source>
        <translation>Position {0} entfernen</translation></message>
    <message>
        <location filename="../../ui/editor/actions.py" line="70" />
        <source>Choose customer</source>
        <translation>Kunden wählen</translation></message>
    <message>
        <location filename="../../ui/editor/actions.py" line="71" />
        <source>New customer</source>
        <translation>Neuer Kunde</translation></message>
    <message>
        <location filename="../../ui/editor/actions.py" line="72" />
        <source>Change currency</source>
        <translation>Währung ändern</translation></message>
    <message>
        <location filename="../../ui/editor/actions.py" line="73" />
        <source>Change exchange rate</source>
        <translation>Wechselkurs ändern</translation></message>
    <message>
        <location filename="../../ui/editor/actions.py" line="74" />
        <source>Remove exchange rate</source>
        <translation>Wechselkurs entfernen</translation></message>
    <message>
        <location filename="../../ui/editor/actions.py" line="75" />
        <source>Change date</source>
        <translation>Datum ändern</translation></message>
    <message>
        <location filename="../../ui/editor/actions.py" line="76" />
        <source>Change text</source>
        <translation>Text ändern</translation></message>
    <message>
        <location filename="../../ui/editor/actions.py" line="77" />
        <source>Change note</source>
        <translation>Hinweis ändern</translation></message>
</context>
<context>
    <name>EmailPage</name>
    <message>
        <location filename="../../ui/opening/setup_wizard.py" line="264" />
        <source>Email (optional)</source>
        <translation>E-Mail (optional)</translation></message>
    <message>
        <location filename="../../ui/opening/setup_wizard.py" line="265" />
        <source>To send invoices from the program. Leave empty to set it up later.</source>
        <translation>Um Rechnungen aus dem Programm zu senden. Leer lassen, um es später einzurichten.</translation></message>
    <message>
        <location filename="../../ui/opening/setup_wizard.py" line="274" />
        <source>SMTP server</source>
        <translation>SMTP-Server</translation></message>
    <message>
        <location filename="../../ui/opening/setup_wizard.py" line="275" />
        <source>Port</source>
        <translation>Port</translation></message>
    <message>
        <location filename="../../ui/opening/setup_wizard.py" line="276" />
        <source>Security</source>
        <translation>Sicherheit</translation></message>
    <message>
        <location filename="../../ui/opening/setup_wizard.py" line="277" />
        <source>User</source>
        <translation>Benutzer</translation></message>
    <message>
        <location filename="../../ui/opening/setup_wizard.py" line="278" />
        <source>Password (kept in the keyring)</source>
        <translation>Passwort (wird im Schlüsselbund abgelegt)</translation></message>
    <message>
        <location filename="../../ui/opening/setup_wizard.py" line="279" />
        <source>Sender address</source>
        <translation>Absenderadresse</translation></message>
</context>
<context>
    <name>ExportsPage</name>
    <message>
        <location filename="../../ui/exports/exports_page.py" line="80" />
        <source>Copy public key</source>
        <translation>Öffentlichen Schlüssel kopieren</translation></message>
    <message>
        <location filename="../../ui/exports/exports_page.py" line="86" />
        <location filename="../../ui/exports/exports_page.py" line="112" />
        <source>Bundles</source>
        <translation>Pakete</translation></message>
    <message>
        <location filename="../../ui/exports/exports_page.py" line="89" />
        <source>Destinations</source>
        <translation>Ziele</translation></message>
    <message>
        <location filename="../../ui/exports/exports_page.py" line="115" />
        <source>Files of the bundle</source>
        <translation>Dateien des Pakets</translation></message>
    <message>
        <location filename="../../ui/exports/exports_page.py" line="116" />
        <source>Deliveries of the bundle</source>
        <translation>Übermittlungen des Pakets</translation></message>
    <message>
        <location filename="../../ui/exports/exports_page.py" line="118" />
        <source>Deliveries</source>
        <translation>Übermittlungen</translation></message>
    <message>
        <location filename="../../ui/exports/exports_page.py" line="119" />
        <source>Files</source>
        <translation>Dateien</translation></message>
    <message>
        <location filename="../../ui/exports/exports_page.py" line="124" />
        <source>&amp;Make bundle…</source>
        <translation>Paket &amp;erstellen…</translation></message>
    <message>
        <location filename="../../ui/exports/exports_page.py" line="126" />
        <source>&amp;Deliver now</source>
        <translation>Jetzt ü&amp;bermitteln</translation></message>
    <message>
        <location filename="../../ui/exports/exports_page.py" line="128" />
        <source>&amp;Retry delivery</source>
        <translation>Übermittlung &amp;wiederholen</translation></message>
    <message>
        <location filename="../../ui/exports/exports_page.py" line="130" />
        <source>&amp;Save a copy…</source>
        <translation>Kopie &amp;speichern…</translation></message>
    <message>
        <location filename="../../ui/exports/exports_page.py" line="132" />
        <source>&amp;Open folder</source>
        <translation>Ordner ö&amp;ffnen</translation></message>
    <message>
        <location filename="../../ui/exports/exports_page.py" line="166" />
        <source>Public key of the company (give it to your accountant): {key}</source>
        <translation>Öffentlicher Schlüssel des Unternehmens (für Ihre Steuerkanzlei): {key}</translation></message>
    <message>
        <location filename="../../ui/exports/exports_page.py" line="174" />
        <source>Schedule: last month's bundle on day {day} of every month.</source>
        <translation>Zeitplan: das Paket des Vormonats am {day}. jedes Monats.</translation></message>
    <message>
        <location filename="../../ui/exports/exports_page.py" line="176" />
        <source>Schedule: last week's bundle every week on weekday {day}.</source>
        <translation>Zeitplan: das Paket der Vorwoche jede Woche am Wochentag {day}.</translation></message>
    <message>
        <location filename="../../ui/exports/exports_page.py" line="179" />
        <source>Schedule: off (make bundles by hand, or set sync.schedule in Settings).</source>
        <translation>Zeitplan: aus (Pakete von Hand erstellen oder sync.schedule in den Einstellungen setzen).</translation></message>
    <message>
        <location filename="../../ui/exports/exports_page.py" line="186" />
        <source>Deliveries that need attention: {n}. Select the bundle, read the error under Deliveries, fix the cause and retry.</source>
        <translation>Übermittlungen, die Aufmerksamkeit brauchen: {n}. Wählen Sie das Paket, lesen Sie den Fehler unter Übermittlungen, beheben Sie die Ursache und wiederholen Sie.</translation></message>
    <message>
        <location filename="../../ui/exports/exports_page.py" line="230" />
        <source>Making the bundle {start} to {end}…</source>
        <translation>Erstelle das Paket {start} bis {end}…</translation></message>
    <message>
        <location filename="../../ui/exports/exports_page.py" line="247" />
        <source>Bundle {n} made: {files} files; queued for {jobs} destination(s).</source>
        <translation>Paket {n} erstellt: {files} Dateien; für {jobs} Ziel(e) eingereiht.</translation></message>
    <message>
        <location filename="../../ui/exports/exports_page.py" line="260" />
        <source>A delivery is under way already.</source>
        <translation>Eine Übermittlung läuft bereits.</translation></message>
    <message>
        <location filename="../../ui/exports/exports_page.py" line="264" />
        <source>Delivering…</source>
        <translation>Übermittle…</translation></message>
    <message>
        <location filename="../../ui/exports/exports_page.py" line="269" />
        <source>Delivered {ok}, failed {failed}, bundles made {made}.</source>
        <translation>Übermittelt {ok}, fehlgeschlagen {failed}, Pakete erstellt {made}.</translation></message>
    <message>
        <location filename="../../ui/exports/exports_page.py" line="288" />
        <source>Nothing to retry: choose a delivery that is not delivered.</source>
        <translation>Nichts zu wiederholen: wählen Sie eine noch nicht übermittelte Übermittlung.</translation></message>
    <message>
        <location filename="../../ui/exports/exports_page.py" line="305" />
        <source>Save a copy of the bundle in</source>
        <translation>Kopie des Pakets speichern in</translation></message>
    <message>
        <location filename="../../ui/exports/exports_page.py" line="311" />
        <source>Saving a copy…</source>
        <translation>Speichere eine Kopie…</translation></message>
    <message>
        <location filename="../../ui/exports/exports_page.py" line="314" />
        <source>Saved: {detail}</source>
        <translation>Gespeichert: {detail}</translation></message>
    <message>
        <location filename="../../ui/exports/exports_page.py" line="332" />
        <source>Public key copied.</source>
        <translation>Öffentlicher Schlüssel kopiert.</translation></message>
</context>
<context>
    <name>FilesModel</name>
    <message>
        <location filename="../../ui/exports/exports_models.py" line="96" />
        <source>File</source>
        <translation>Datei</translation></message>
    <message>
        <location filename="../../ui/exports/exports_models.py" line="96" />
        <source>Bytes</source>
        <translation>Bytes</translation></message>
    <message>
        <location filename="../../ui/exports/exports_models.py" line="96" />
        <source>SHA-256</source>
        <translation>SHA-256</translation></message>
</context>
<context>
    <name>InvoiceEditor</name>
    <message>
        <location filename="../../ui/editor/window.py" line="128" />
        <source>Lines</source>
        <translation>Positionen</translation></message>
    <message>
        <location filename="../../ui/editor/window.py" line="141" />
        <source>Note on the document:</source>
        <translation>Hinweis auf dem Beleg:</translation></message>
    <message>
        <location filename="../../ui/editor/window.py" line="143" />
        <source>Note on the document</source>
        <translation>Hinweis auf dem Beleg</translation></message>
    <message>
        <location filename="../../ui/editor/window.py" line="166" />
        <source>&amp;Save</source>
        <translation>&amp;Speichern</translation></message>
    <message>
        <location filename="../../ui/editor/window.py" line="168" />
        <source>&amp;Issue…</source>
        <translation>&amp;Ausstellen…</translation></message>
    <message>
        <location filename="../../ui/editor/window.py" line="207" />
        <source>Ready to issue.</source>
        <translation>Bereit zum Ausstellen.</translation></message>
    <message numerus="yes">
        <location filename="../../ui/editor/window.py" line="209" />
        <source>%n problem(s) stop the issue.</source>
        <translation><numerusform>%n Problem verhindert die Ausstellung.</numerusform><numerusform>%n Probleme verhindern die Ausstellung.</numerusform></translation></message>
    <message>
        <location filename="../../ui/editor/window.py" line="76" />
        <source>entered</source>
        <translation>eingegeben</translation></message>
    <message>
        <location filename="../../ui/editor/window.py" line="76" />
        <source>Discount</source>
        <translation>Rabatt</translation></message>
    <message>
        <location filename="../../ui/editor/window.py" line="222" />
        <source>Invoice</source>
        <translation>Rechnung</translation></message>
    <message>
        <location filename="../../ui/editor/window.py" line="223" />
        <source>Credit note</source>
        <translation>Gutschrift</translation></message>
    <message>
        <location filename="../../ui/editor/window.py" line="224" />
        <source>Debit note</source>
        <translation>Belastungsanzeige</translation></message>
    <message>
        <location filename="../../ui/editor/window.py" line="227" />
        <source>new draft</source>
        <translation>neuer Entwurf</translation></message>
    <message>
        <location filename="../../ui/editor/window.py" line="229" />
        <source>draft {0}</source>
        <translation>Entwurf {0}</translation></message>
    <message>
        <location filename="../../ui/editor/window.py" line="283" />
        <source>Saving…</source>
        <translation>Wird gespeichert…</translation></message>
    <message>
        <location filename="../../ui/editor/window.py" line="288" />
        <source>Saved.</source>
        <translation>Gespeichert.</translation></message>
    <message>
        <location filename="../../ui/editor/window.py" line="303" />
        <source>Not ready: fix the problems marked in red first.</source>
        <translation>Noch nicht bereit: zuerst die rot markierten Probleme beheben.</translation></message>
    <message>
        <location filename="../../ui/editor/window.py" line="307" />
        <source>Issue the document?</source>
        <translation>Den Beleg ausstellen?</translation></message>
    <message>
        <location filename="../../ui/editor/window.py" line="309" />
        <source>Issuing gives the document the next number of its series and stores its PDF and e-invoice. An issued document can never be changed or deleted; mistakes are corrected with a credit note.

Issue it now?</source>
        <translation>Beim Ausstellen erhält der Beleg die nächste Nummer seines Nummernkreises, sein PDF und seine E-Rechnung werden gespeichert. Ein ausgestellter Beleg kann nie mehr geändert oder gelöscht werden; Fehler werden mit einer Gutschrift korrigiert.

Jetzt ausstellen?</translation></message>
    <message>
        <location filename="../../ui/editor/window.py" line="322" />
        <source>Issuing…</source>
        <translation>Wird ausgestellt…</translation></message>
    <message>
        <location filename="../../ui/editor/window.py" line="332" />
        <source>Issued as {0}.</source>
        <translation>Ausgestellt als {0}.</translation></message>
    <message>
        <location filename="../../ui/editor/window.py" line="340" />
        <source>Not done: {0}</source>
        <translation>Nicht ausgeführt: {0}</translation></message>
    <message>
        <location filename="../../ui/editor/window.py" line="350" />
        <source>Unsaved changes</source>
        <translation>Ungespeicherte Änderungen</translation></message>
    <message>
        <location filename="../../ui/editor/window.py" line="351" />
        <source>Save the changes to this draft before closing?</source>
        <translation>Die Änderungen an diesem Entwurf vor dem Schließen speichern?</translation></message>
</context>
<context>
    <name>JobsModel</name>
    <message>
        <location filename="../../ui/exports/exports_models.py" line="106" />
        <source>Destination</source>
        <translation>Ziel</translation></message>
    <message>
        <location filename="../../ui/exports/exports_models.py" line="107" />
        <source>State</source>
        <translation>Zustand</translation></message>
    <message>
        <location filename="../../ui/exports/exports_models.py" line="108" />
        <source>Attempts</source>
        <translation>Versuche</translation></message>
    <message>
        <location filename="../../ui/exports/exports_models.py" line="109" />
        <source>When</source>
        <translation>Wann</translation></message>
    <message>
        <location filename="../../ui/exports/exports_models.py" line="110" />
        <source>Last error</source>
        <translation>Letzter Fehler</translation></message>
</context>
<context>
    <name>Labels</name>
    <message>
        <location filename="../../ui/parties/customers_page.py" line="53" />
        <location filename="../../ui/parties/new_customer_dialog.py" line="31" />
        <location filename="../../ui/settings/settings_tables.py" line="39" />
        <location filename="../../ui/settings/settings_tables.py" line="154" />
        <location filename="../../ui/settings/settings_tables.py" line="237" />
        <source>Name</source>
        <translation>Name</translation></message>
    <message>
        <location filename="../../ui/parties/customers_page.py" line="54" />
        <location filename="../../ui/parties/new_customer_dialog.py" line="32" />
        <location filename="../../ui/settings/settings_tables.py" line="40" />
        <source>Street</source>
        <translation>Straße</translation></message>
    <message>
        <location filename="../../ui/parties/customers_page.py" line="55" />
        <location filename="../../ui/parties/new_customer_dialog.py" line="33" />
        <location filename="../../ui/settings/settings_tables.py" line="41" />
        <source>Postcode</source>
        <translation>Postleitzahl</translation></message>
    <message>
        <location filename="../../ui/parties/customers_page.py" line="56" />
        <location filename="../../ui/parties/new_customer_dialog.py" line="34" />
        <location filename="../../ui/settings/settings_tables.py" line="42" />
        <source>City</source>
        <translation>Ort</translation></message>
    <message>
        <location filename="../../ui/parties/customers_page.py" line="57" />
        <location filename="../../ui/parties/new_customer_dialog.py" line="35" />
        <source>Country (ISO code)</source>
        <translation>Land (ISO-Code)</translation></message>
    <message>
        <location filename="../../ui/parties/customers_page.py" line="58" />
        <location filename="../../ui/parties/new_customer_dialog.py" line="36" />
        <location filename="../../ui/settings/settings_tables.py" line="43" />
        <source>VAT ID</source>
        <translation>USt-IdNr.</translation></message>
    <message>
        <location filename="../../ui/parties/customers_page.py" line="59" />
        <location filename="../../ui/parties/new_customer_dialog.py" line="37" />
        <source>Invoice email</source>
        <translation>E-Mail für Rechnungen</translation></message>
    <message>
        <location filename="../../ui/parties/customers_page.py" line="60" />
        <location filename="../../ui/parties/new_customer_dialog.py" line="38" />
        <source>Language of documents</source>
        <translation>Sprache der Belege</translation></message>
    <message>
        <location filename="../../ui/parties/customers_page.py" line="61" />
        <source>Payment terms (days)</source>
        <translation>Zahlungsziel (Tage)</translation></message>
    <message>
        <location filename="../../ui/parties/customers_page.py" line="62" />
        <source>Buyer reference / Leitweg-ID</source>
        <translation>Käuferreferenz / Leitweg-ID</translation></message>
    <message>
        <location filename="../../ui/common/units.py" line="9" />
        <source>piece</source>
        <translation>Stück</translation></message>
    <message>
        <location filename="../../ui/common/units.py" line="10" />
        <source>hour</source>
        <translation>Stunde</translation></message>
    <message>
        <location filename="../../ui/common/units.py" line="11" />
        <source>day</source>
        <translation>Tag</translation></message>
    <message>
        <location filename="../../ui/common/units.py" line="12" />
        <source>month</source>
        <translation>Monat</translation></message>
    <message>
        <location filename="../../ui/common/units.py" line="13" />
        <source>year</source>
        <translation>Jahr</translation></message>
    <message>
        <location filename="../../ui/common/units.py" line="14" />
        <source>kilogram</source>
        <translation>Kilogramm</translation></message>
    <message>
        <location filename="../../ui/common/units.py" line="15" />
        <source>metre</source>
        <translation>Meter</translation></message>
    <message>
        <location filename="../../ui/common/units.py" line="16" />
        <source>square metre</source>
        <translation>Quadratmeter</translation></message>
    <message>
        <location filename="../../ui/common/units.py" line="17" />
        <source>litre</source>
        <translation>Liter</translation></message>
    <message>
        <location filename="../../ui/common/units.py" line="18" />
        <source>kilometre</source>
        <translation>Kilometer</translation></message>
    <message>
        <location filename="../../ui/common/units.py" line="19" />
        <source>set</source>
        <translation>Satz</translation></message>
    <message>
        <location filename="../../ui/common/units.py" line="20" />
        <source>lump sum</source>
        <translation>pauschal</translation></message>
    <message>
        <location filename="../../ui/settings/settings_page.py" line="43" />
        <source>Documents</source>
        <translation>Belege</translation></message>
    <message>
        <location filename="../../ui/settings/settings_page.py" line="44" />
        <source>E-invoicing</source>
        <translation>E-Rechnung</translation></message>
    <message>
        <location filename="../../ui/opening/setup_wizard.py" line="109" />
        <location filename="../../ui/settings/settings_page.py" line="45" />
        <location filename="../../ui/settings/settings_tables.py" line="46" />
        <source>Email</source>
        <translation>E-Mail</translation></message>
    <message>
        <location filename="../../ui/settings/settings_page.py" line="46" />
        <location filename="../../ui/settings/settings_page.py" line="47" />
        <source>Payments and reminders</source>
        <translation>Zahlungen und Mahnungen</translation></message>
    <message>
        <location filename="../../ui/settings/settings_page.py" line="48" />
        <source>Tax</source>
        <translation>Steuer</translation></message>
    <message>
        <location filename="../../ui/settings/settings_page.py" line="49" />
        <source>Security</source>
        <translation>Sicherheit</translation></message>
    <message>
        <location filename="../../ui/settings/settings_page.py" line="50" />
        <source>Backups</source>
        <translation>Sicherungen</translation></message>
    <message>
        <location filename="../../ui/settings/settings_page.py" line="51" />
        <source>Exports</source>
        <translation>Exporte</translation></message>
    <message>
        <location filename="../../ui/settings/settings_page.py" line="52" />
        <source>DATEV</source>
        <translation>DATEV</translation></message>
    <message>
        <location filename="../../ui/settings/settings_tables.py" line="48" />
        <source>Contact person</source>
        <translation>Ansprechpartner</translation></message>
    <message>
        <location filename="../../ui/opening/setup_wizard.py" line="106" />
        <location filename="../../ui/settings/settings_tables.py" line="49" />
        <source>IBAN</source>
        <translation>IBAN</translation></message>
    <message>
        <location filename="../../ui/opening/setup_wizard.py" line="107" />
        <location filename="../../ui/settings/settings_tables.py" line="50" />
        <source>BIC</source>
        <translation>BIC</translation></message>
    <message>
        <location filename="../../ui/opening/setup_wizard.py" line="108" />
        <location filename="../../ui/settings/settings_tables.py" line="51" />
        <source>Bank</source>
        <translation>Bank</translation></message>
    <message>
        <location filename="../../ui/settings/settings_tables.py" line="52" />
        <source>Electronic address (Peppol)</source>
        <translation>Elektronische Adresse (Peppol)</translation></message>
    <message>
        <location filename="../../ui/settings/settings_tables.py" line="155" />
        <source>Category</source>
        <translation>Kategorie</translation></message>
    <message>
        <location filename="../../ui/settings/settings_tables.py" line="156" />
        <source>Rate</source>
        <translation>Satz</translation></message>
    <message>
        <location filename="../../ui/settings/settings_tables.py" line="157" />
        <source>Valid from</source>
        <translation>Gültig ab</translation></message>
    <message>
        <location filename="../../ui/settings/settings_tables.py" line="158" />
        <source>Valid to</source>
        <translation>Gültig bis</translation></message>
    <message>
        <location filename="../../ui/settings/settings_tables.py" line="159" />
        <source>Exemption</source>
        <translation>Befreiung</translation></message>
    <message>
        <location filename="../../ui/settings/settings_tables.py" line="238" />
        <source>Type</source>
        <translation>Art</translation></message>
    <message>
        <location filename="../../ui/settings/settings_tables.py" line="239" />
        <source>Pattern</source>
        <translation>Muster</translation></message>
    <message>
        <location filename="../../ui/settings/settings_tables.py" line="240" />
        <source>Starts again each year</source>
        <translation>Beginnt jedes Jahr neu</translation></message>
    <message>
        <location filename="../../ui/settings/settings_tables.py" line="241" />
        <source>Last numbers</source>
        <translation>Letzte Nummern</translation></message>
    <message>
        <location filename="../../ui/opening/setup_wizard.py" line="110" />
        <location filename="../../ui/settings/settings_tables.py" line="47" />
        <source>Phone</source>
        <translation>Telefon</translation></message>
    <message>
        <location filename="../../ui/opening/setup_wizard.py" line="111" />
        <location filename="../../ui/settings/settings_tables.py" line="44" />
        <source>Registration (e.g. HRB 12345)</source>
        <translation>Registereintrag (z. B. HRB 12345)</translation></message>
    <message>
        <location filename="../../ui/opening/setup_wizard.py" line="112" />
        <location filename="../../ui/settings/settings_tables.py" line="45" />
        <source>Legal information (court, directors)</source>
        <translation>Rechtliche Angaben (Gericht, Geschäftsführung)</translation></message>
    <message>
        <location filename="../../ui/exports/exports_models.py" line="17" />
        <source>waiting</source>
        <translation>wartet</translation></message>
    <message>
        <location filename="../../ui/exports/exports_models.py" line="18" />
        <source>delivered</source>
        <translation>übermittelt</translation></message>
    <message>
        <location filename="../../ui/exports/exports_models.py" line="19" />
        <source>needs attention</source>
        <translation>braucht Aufmerksamkeit</translation></message>
    <message>
        <location filename="../../ui/exports/exports_models.py" line="22" />
        <source>Folder</source>
        <translation>Ordner</translation></message>
    <message>
        <location filename="../../ui/exports/exports_models.py" line="23" />
        <source>SFTP server</source>
        <translation>SFTP-Server</translation></message>
    <message>
        <location filename="../../ui/exports/exports_models.py" line="24" />
        <source>HTTP API</source>
        <translation>HTTP-API</translation></message>
</context>
<context>
    <name>LevelsEditor</name>
    <message>
        <location filename="../../ui/receivables/levels_editor.py" line="29" />
        <source>Days after due</source>
        <translation>Tage nach Fälligkeit</translation></message>
    <message>
        <location filename="../../ui/receivables/levels_editor.py" line="30" />
        <source>Title of the letter</source>
        <translation>Titel des Schreibens</translation></message>
    <message>
        <location filename="../../ui/receivables/levels_editor.py" line="31" />
        <source>Fee</source>
        <translation>Gebühr</translation></message>
    <message>
        <location filename="../../ui/receivables/levels_editor.py" line="32" />
        <source>Interest % a year</source>
        <translation>Zinsen % im Jahr</translation></message>
    <message>
        <location filename="../../ui/receivables/levels_editor.py" line="35" />
        <source>Reminder levels</source>
        <translation>Mahnstufen</translation></message>
    <message>
        <location filename="../../ui/receivables/levels_editor.py" line="40" />
        <source>Add a level</source>
        <translation>Stufe hinzufügen</translation></message>
    <message>
        <location filename="../../ui/receivables/levels_editor.py" line="42" />
        <source>Remove the level</source>
        <translation>Stufe entfernen</translation></message>
</context>
<context>
    <name>LinesModel</name>
    <message>
        <location filename="../../ui/editor/line_grid.py" line="71" />
        <source>Description</source>
        <translation>Bezeichnung</translation></message>
    <message>
        <location filename="../../ui/editor/line_grid.py" line="72" />
        <source>Quantity</source>
        <translation>Menge</translation></message>
    <message>
        <location filename="../../ui/editor/line_grid.py" line="73" />
        <source>Unit</source>
        <translation>Einheit</translation></message>
    <message>
        <location filename="../../ui/editor/line_grid.py" line="74" />
        <source>Unit price</source>
        <translation>Einzelpreis</translation></message>
    <message>
        <location filename="../../ui/editor/line_grid.py" line="75" />
        <source>Discount %</source>
        <translation>Rabatt %</translation></message>
    <message>
        <location filename="../../ui/editor/line_grid.py" line="76" />
        <source>VAT</source>
        <translation>USt.</translation></message>
    <message>
        <location filename="../../ui/editor/line_grid.py" line="77" />
        <source>Net amount</source>
        <translation>Nettobetrag</translation></message>
    <message>
        <location filename="../../ui/editor/line_grid.py" line="185" />
        <source>(several)</source>
        <translation>(mehrere)</translation></message>
</context>
<context>
    <name>LogoPage</name>
    <message>
        <location filename="../../ui/opening/setup_wizard.py" line="231" />
        <location filename="../../ui/opening/setup_wizard.py" line="244" />
        <source>Logo</source>
        <translation>Logo</translation></message>
    <message>
        <location filename="../../ui/opening/setup_wizard.py" line="232" />
        <source>PNG or JPEG, printed at the top right of documents (optional).</source>
        <translation>PNG oder JPEG, oben rechts auf die Belege gedruckt (optional).</translation></message>
    <message>
        <location filename="../../ui/opening/setup_wizard.py" line="235" />
        <source>Choose a logo…</source>
        <translation>Logo wählen…</translation></message>
    <message>
        <location filename="../../ui/opening/setup_wizard.py" line="244" />
        <source>Images (*.png *.jpg *.jpeg)</source>
        <translation>Bilder (*.png *.jpg *.jpeg)</translation></message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../ui/shell/main_window.py" line="60" />
        <source>Navigation</source>
        <translation>Navigation</translation></message>
    <message>
        <location filename="../../ui/shell/main_window.py" line="95" />
        <source>Dashboard</source>
        <translation>Übersicht</translation></message>
    <message>
        <location filename="../../ui/shell/main_window.py" line="97" />
        <source>Company</source>
        <translation>Firma</translation></message>
    <message>
        <location filename="../../ui/shell/main_window.py" line="99" />
        <source>Customers</source>
        <translation>Kunden</translation></message>
    <message>
        <location filename="../../ui/shell/main_window.py" line="101" />
        <source>Products</source>
        <translation>Artikel</translation></message>
    <message>
        <location filename="../../ui/shell/main_window.py" line="103" />
        <source>Documents</source>
        <translation>Belege</translation></message>
    <message>
        <location filename="../../ui/shell/main_window.py" line="105" />
        <source>Reports</source>
        <translation>Berichte</translation></message>
    <message>
        <location filename="../../ui/shell/main_window.py" line="109" />
        <source>Exports</source>
        <translation>Exporte</translation></message>
    <message>
        <location filename="../../ui/shell/main_window.py" line="111" />
        <source>Settings</source>
        <translation>Einstellungen</translation></message>
    <message>
        <location filename="../../ui/shell/main_window.py" line="113" />
        <source>Audit log</source>
        <translation>Protokoll</translation></message>
    <message>
        <location filename="../../ui/shell/main_window.py" line="160" />
        <source>&amp;File</source>
        <translation>&amp;Datei</translation></message>
    <message>
        <location filename="../../ui/shell/main_window.py" line="161" />
        <source>&amp;New company…</source>
        <translation>&amp;Neue Firma…</translation></message>
    <message>
        <location filename="../../ui/shell/main_window.py" line="162" />
        <source>&amp;Open company…</source>
        <translation>Firma ö&amp;ffnen…</translation></message>
    <message>
        <location filename="../../ui/shell/main_window.py" line="164" />
        <source>&amp;Back up…</source>
        <translation>&amp;Sichern…</translation></message>
    <message>
        <location filename="../../ui/shell/main_window.py" line="166" />
        <source>&amp;Lock</source>
        <translation>&amp;Sperren</translation></message>
    <message>
        <location filename="../../ui/shell/main_window.py" line="167" />
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation></message>
    <message>
        <location filename="../../ui/shell/main_window.py" line="169" />
        <source>&amp;Edit</source>
        <translation>&amp;Bearbeiten</translation></message>
    <message>
        <location filename="../../ui/shell/main_window.py" line="170" />
        <source>&amp;Find documents</source>
        <translation>Belege &amp;suchen</translation></message>
    <message>
        <location filename="../../ui/shell/main_window.py" line="172" />
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation></message>
    <message>
        <location filename="../../ui/shell/main_window.py" line="173" />
        <source>&amp;Full screen</source>
        <translation>&amp;Vollbild</translation></message>
    <message>
        <location filename="../../ui/shell/main_window.py" line="177" />
        <source>&amp;Invoice</source>
        <translation>&amp;Rechnung</translation></message>
    <message>
        <location filename="../../ui/shell/main_window.py" line="178" />
        <source>&amp;New invoice</source>
        <translation>&amp;Neue Rechnung</translation></message>
    <message>
        <location filename="../../ui/shell/main_window.py" line="179" />
        <source>&amp;Edit draft</source>
        <translation>Entwurf &amp;bearbeiten</translation></message>
    <message>
        <location filename="../../ui/shell/main_window.py" line="180" />
        <source>&amp;Print…</source>
        <translation>&amp;Drucken…</translation></message>
    <message>
        <location filename="../../ui/shell/main_window.py" line="181" />
        <source>&amp;Open PDF</source>
        <translation>PDF ö&amp;ffnen</translation></message>
    <message>
        <location filename="../../ui/shell/main_window.py" line="183" />
        <source>&amp;Send unsent documents…</source>
        <translation>Ungesendete Belege &amp;senden…</translation></message>
    <message>
        <location filename="../../ui/shell/main_window.py" line="184" />
        <source>&amp;Import e-invoice…</source>
        <translation>E-Rechnung &amp;importieren…</translation></message>
    <message>
        <location filename="../../ui/shell/main_window.py" line="186" />
        <source>&amp;Reports</source>
        <translation>&amp;Berichte</translation></message>
    <message>
        <location filename="../../ui/shell/main_window.py" line="187" />
        <source>&amp;Aging of receivables</source>
        <translation>&amp;Altersstruktur der Forderungen</translation></message>
    <message>
        <location filename="../../ui/shell/main_window.py" line="188" />
        <source>&amp;Reminders due</source>
        <translation>&amp;Fällige Mahnungen</translation></message>
    <message>
        <location filename="../../ui/shell/main_window.py" line="190" />
        <source>Accountant's &amp;bundles</source>
        <translation>&amp;Pakete für die Steuerkanzlei</translation></message>
    <message>
        <location filename="../../ui/shell/main_window.py" line="191" />
        <source>Make a &amp;bundle…</source>
        <translation>&amp;Paket erstellen…</translation></message>
    <message>
        <location filename="../../ui/shell/main_window.py" line="192" />
        <source>&amp;Deliver bundles now</source>
        <translation>Pakete jetzt ü&amp;bermitteln</translation></message>
    <message>
        <location filename="../../ui/shell/main_window.py" line="194" />
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation></message>
    <message>
        <location filename="../../ui/shell/main_window.py" line="195" />
        <source>&amp;About Invoice Desk</source>
        <translation>Ü&amp;ber Invoice Desk</translation></message>
    <message>
        <location filename="../../ui/shell/main_window.py" line="196" />
        <source>About &amp;Qt</source>
        <translation>Über &amp;Qt</translation></message>
    <message>
        <location filename="../../ui/shell/main_window.py" line="201" />
        <source>Unlocked</source>
        <translation>Entsperrt</translation></message>
    <message>
        <location filename="../../ui/shell/main_window.py" line="210" />
        <source>The file was upgraded from schema {old}; a verified backup is at {path}</source>
        <translation>Die Datei wurde von Schema {old} aktualisiert; eine geprüfte Sicherung liegt unter {path}</translation></message>
    <message>
        <location filename="../../ui/shell/main_window.py" line="217" />
        <source>Working…</source>
        <translation>In Arbeit…</translation></message>
    <message>
        <location filename="../../ui/shell/main_window.py" line="261" />
        <source>About Invoice Desk</source>
        <translation>Über Invoice Desk</translation></message>
    <message>
        <location filename="../../ui/shell/main_window.py" line="263" />
        <source>&lt;h3&gt;Invoice Desk {version}&lt;/h3&gt;&lt;p&gt;Desktop invoicing for small businesses.&lt;/p&gt;&lt;p&gt;Company data stays in one encrypted file on this computer.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Invoice Desk {version}&lt;/h3&gt;&lt;p&gt;Rechnungen schreiben am eigenen Rechner, für kleine Unternehmen.&lt;/p&gt;&lt;p&gt;Die Firmendaten bleiben in einer verschlüsselten Datei auf diesem Computer.&lt;/p&gt;</translation></message>
</context>
<context>
    <name>NewCustomerDialog</name>
    <message>
        <location filename="../../ui/parties/new_customer_dialog.py" line="52" />
        <source>New customer</source>
        <translation>Neuer Kunde</translation></message>
</context>
<context>
    <name>NumbersPage</name>
    <message>
        <location filename="../../ui/opening/setup_wizard.py" line="177" />
        <source>Invoice numbers</source>
        <translation>Rechnungsnummern</translation></message>
    <message>
        <location filename="../../ui/opening/setup_wizard.py" line="179" />
        <source>Gapless, in the order of issue. {year} is the year, {seq:05} the running number with five digits; a series with the year in it starts again at 1 in January.</source>
        <translation>Lückenlos, in der Reihenfolge der Ausstellung. {year} ist das Jahr, {seq:05} die laufende Nummer mit fünf Stellen; ein Nummernkreis mit dem Jahr beginnt im Januar wieder bei 1.</translation></message>
    <message>
        <location filename="../../ui/opening/setup_wizard.py" line="185" />
        <source>Invoices</source>
        <translation>Rechnungen</translation></message>
    <message>
        <location filename="../../ui/opening/setup_wizard.py" line="187" />
        <source>Credit notes</source>
        <translation>Gutschriften</translation></message>
</context>
<context>
    <name>OpenItemsModel</name>
    <message>
        <location filename="../../ui/receivables/payment_dialog.py" line="49" />
        <source>Number</source>
        <translation>Nummer</translation></message>
    <message>
        <location filename="../../ui/receivables/payment_dialog.py" line="50" />
        <source>Due date</source>
        <translation>Fälligkeitsdatum</translation></message>
    <message>
        <location filename="../../ui/receivables/payment_dialog.py" line="51" />
        <source>Amount due</source>
        <translation>Zu zahlen</translation></message>
    <message>
        <location filename="../../ui/receivables/payment_dialog.py" line="52" />
        <source>Discount if paid on the day</source>
        <translation>Skonto bei Zahlung an dem Tag</translation></message>
    <message>
        <location filename="../../ui/receivables/payment_dialog.py" line="53" />
        <source>This payment</source>
        <translation>Diese Zahlung</translation></message>
</context>
<context>
    <name>PassphraseDialog</name>
    <message>
        <location filename="../../ui/opening/passphrase_dialog.py" line="14" />
        <source>Change the passphrase</source>
        <translation>Die Passphrase ändern</translation></message>
    <message>
        <location filename="../../ui/opening/passphrase_dialog.py" line="18" />
        <source>Current passphrase</source>
        <translation>Bisherige Passphrase</translation></message>
    <message>
        <location filename="../../ui/opening/passphrase_dialog.py" line="19" />
        <source>New passphrase</source>
        <translation>Neue Passphrase</translation></message>
    <message>
        <location filename="../../ui/opening/passphrase_dialog.py" line="20" />
        <source>Repeat the new passphrase</source>
        <translation>Die neue Passphrase wiederholen</translation></message>
    <message>
        <location filename="../../ui/opening/passphrase_dialog.py" line="26" />
        <source>The file is re-encrypted under the new passphrase (a crash leaves the old or the new file, never a mixture); the window opens again when it is done.</source>
        <translation>Die Datei wird mit der neuen Passphrase neu verschlüsselt (ein Absturz hinterlässt die alte oder die neue Datei, nie ein Gemisch); danach öffnet sich das Fenster wieder.</translation></message>
    <message>
        <location filename="../../ui/opening/passphrase_dialog.py" line="47" />
        <source>Type the current passphrase.</source>
        <translation>Geben Sie die bisherige Passphrase ein.</translation></message>
    <message>
        <location filename="../../ui/opening/passphrase_dialog.py" line="50" />
        <source>Use at least {n} characters.</source>
        <translation>Mindestens {n} Zeichen verwenden.</translation></message>
    <message>
        <location filename="../../ui/opening/passphrase_dialog.py" line="54" />
        <source>The two passphrases differ.</source>
        <translation>Die beiden Passphrasen unterscheiden sich.</translation></message>
</context>
<context>
    <name>PaymentDialog</name>
    <message>
        <location filename="../../ui/receivables/payment_dialog.py" line="101" />
        <source>Record a payment from {0}</source>
        <translation>Zahlung von {0} erfassen</translation></message>
    <message>
        <location filename="../../ui/receivables/payment_dialog.py" line="107" />
        <source>Write off a small difference that is left</source>
        <translation>Eine kleine Restdifferenz ausbuchen</translation></message>
    <message>
        <location filename="../../ui/receivables/payment_dialog.py" line="111" />
        <source>Open invoices</source>
        <translation>Offene Rechnungen</translation></message>
    <message>
        <location filename="../../ui/receivables/payment_dialog.py" line="118" />
        <source>Select the invoices this payment is for; with none selected it pays the oldest due first.</source>
        <translation>Wählen Sie die Rechnungen, die diese Zahlung begleicht; ohne Auswahl wird die am längsten fällige zuerst bezahlt.</translation></message>
    <message>
        <location filename="../../ui/receivables/payment_dialog.py" line="125" />
        <source>Where the payment goes</source>
        <translation>Wohin die Zahlung geht</translation></message>
    <message>
        <location filename="../../ui/receivables/payment_dialog.py" line="132" />
        <source>Record</source>
        <translation>Erfassen</translation></message>
    <message>
        <location filename="../../ui/receivables/payment_dialog.py" line="161" />
        <source>Received on</source>
        <translation>Eingegangen am</translation></message>
    <message>
        <location filename="../../ui/receivables/payment_dialog.py" line="163" />
        <source>Amount received</source>
        <translation>Erhaltener Betrag</translation></message>
    <message>
        <location filename="../../ui/receivables/payment_dialog.py" line="166" />
        <source>Bank transfer</source>
        <translation>Überweisung</translation></message>
    <message>
        <location filename="../../ui/receivables/payment_dialog.py" line="167" />
        <source>Card</source>
        <translation>Karte</translation></message>
    <message>
        <location filename="../../ui/receivables/payment_dialog.py" line="168" />
        <source>Cash</source>
        <translation>Bar</translation></message>
    <message>
        <location filename="../../ui/receivables/payment_dialog.py" line="169" />
        <source>Cheque</source>
        <translation>Scheck</translation></message>
    <message>
        <location filename="../../ui/receivables/payment_dialog.py" line="170" />
        <source>Other</source>
        <translation>Andere</translation></message>
    <message>
        <location filename="../../ui/receivables/payment_dialog.py" line="174" />
        <source>Method</source>
        <translation>Zahlungsart</translation></message>
    <message>
        <location filename="../../ui/receivables/payment_dialog.py" line="176" />
        <source>Bank reference</source>
        <translation>Bankreferenz</translation></message>
    <message>
        <location filename="../../ui/receivables/payment_dialog.py" line="198" />
        <source>Nothing is open: the whole amount will be kept as the customer's credit.</source>
        <translation>Nichts ist offen: der ganze Betrag bleibt als Guthaben des Kunden stehen.</translation></message>
    <message>
        <location filename="../../ui/receivables/payment_dialog.py" line="241" />
        <source>{0} to {1}</source>
        <translation>{0} auf {1}</translation></message>
    <message>
        <location filename="../../ui/receivables/payment_dialog.py" line="245" />
        <source>early-payment discount {0} on {1}</source>
        <translation>Skonto {0} auf {1}</translation></message>
    <message>
        <location filename="../../ui/receivables/payment_dialog.py" line="251" />
        <source>{0} written off on {1}</source>
        <translation>{0} auf {1} ausgebucht</translation></message>
    <message>
        <location filename="../../ui/receivables/payment_dialog.py" line="257" />
        <source>{0} is more than is due and stays as the customer's credit</source>
        <translation>{0} ist mehr als fällig und bleibt als Guthaben des Kunden stehen</translation></message>
</context>
<context>
    <name>PaymentsModel</name>
    <message>
        <location filename="../../ui/receivables/customer_payments.py" line="48" />
        <source>Date</source>
        <translation>Datum</translation></message>
    <message>
        <location filename="../../ui/receivables/customer_payments.py" line="49" />
        <source>Amount</source>
        <translation>Betrag</translation></message>
    <message>
        <location filename="../../ui/receivables/customer_payments.py" line="50" />
        <source>Method</source>
        <translation>Zahlungsart</translation></message>
    <message>
        <location filename="../../ui/receivables/customer_payments.py" line="51" />
        <source>Reference</source>
        <translation>Referenz</translation></message>
    <message>
        <location filename="../../ui/receivables/customer_payments.py" line="52" />
        <source>Paid</source>
        <translation>Bezahlt</translation></message>
    <message>
        <location filename="../../ui/receivables/customer_payments.py" line="53" />
        <source>Unapplied</source>
        <translation>Nicht zugeordnet</translation></message>
    <message>
        <location filename="../../ui/receivables/customer_payments.py" line="61" />
        <source>Reversed</source>
        <translation>Storniert</translation></message>
    <message>
        <location filename="../../ui/receivables/customer_payments.py" line="68" />
        <source>reversed</source>
        <translation>storniert</translation></message>
</context>
<context>
    <name>PdfPreview</name>
    <message>
        <location filename="../../ui/common/pdf_view.py" line="84" />
        <source>Document preview</source>
        <translation>Belegvorschau</translation></message>
    <message numerus="yes">
        <location filename="../../ui/common/pdf_view.py" line="103" />
        <source>Page %n</source>
        <translation><numerusform>Seite %n</numerusform><numerusform>Seite %n</numerusform></translation></message>
</context>
<context>
    <name>ProductsModel</name>
    <message>
        <location filename="../../ui/parties/products_page.py" line="44" />
        <source>Name</source>
        <translation>Name</translation></message>
    <message>
        <location filename="../../ui/parties/products_page.py" line="44" />
        <source>Unit</source>
        <translation>Einheit</translation></message>
    <message>
        <location filename="../../ui/parties/products_page.py" line="44" />
        <source>Price</source>
        <translation>Preis</translation></message>
    <message>
        <location filename="../../ui/parties/products_page.py" line="44" />
        <source>VAT</source>
        <translation>USt.</translation></message>
</context>
<context>
    <name>ProductsPage</name>
    <message>
        <location filename="../../ui/parties/products_page.py" line="88" />
        <location filename="../../ui/parties/products_page.py" line="89" />
        <source>Search products</source>
        <translation>Artikel suchen</translation></message>
    <message>
        <location filename="../../ui/parties/products_page.py" line="94" />
        <source>Products</source>
        <translation>Artikel</translation></message>
    <message>
        <location filename="../../ui/parties/products_page.py" line="102" />
        <source>&amp;New product</source>
        <translation>&amp;Neuer Artikel</translation></message>
    <message>
        <location filename="../../ui/parties/products_page.py" line="114" />
        <source>Name</source>
        <translation>Name</translation></message>
    <message>
        <location filename="../../ui/parties/products_page.py" line="116" />
        <source>printed on the invoice instead of the name</source>
        <translation>wird auf der Rechnung statt des Namens gedruckt</translation></message>
    <message>
        <location filename="../../ui/parties/products_page.py" line="117" />
        <source>Description</source>
        <translation>Bezeichnung</translation></message>
    <message>
        <location filename="../../ui/parties/products_page.py" line="122" />
        <source>Unit</source>
        <translation>Einheit</translation></message>
    <message>
        <location filename="../../ui/parties/products_page.py" line="124" />
        <source>Price (net)</source>
        <translation>Preis (netto)</translation></message>
    <message>
        <location filename="../../ui/parties/products_page.py" line="126" />
        <source>VAT rate</source>
        <translation>USt.-Satz</translation></message>
    <message>
        <location filename="../../ui/parties/products_page.py" line="127" />
        <source>&amp;Save</source>
        <translation>&amp;Speichern</translation></message>
    <message>
        <location filename="../../ui/parties/products_page.py" line="219" />
        <source>Saved.</source>
        <translation>Gespeichert.</translation></message>
</context>
<context>
    <name>RefundDialog</name>
    <message>
        <location filename="../../ui/receivables/customer_payments.py" line="84" />
        <source>Refund</source>
        <translation>Erstattung</translation></message>
    <message>
        <location filename="../../ui/receivables/customer_payments.py" line="90" />
        <source>Amount paid back ({0})</source>
        <translation>Erstatteter Betrag ({0})</translation></message>
    <message>
        <location filename="../../ui/receivables/customer_payments.py" line="94" />
        <source>Paid on</source>
        <translation>Bezahlt am</translation></message>
    <message>
        <location filename="../../ui/receivables/customer_payments.py" line="98" />
        <source>Method</source>
        <translation>Zahlungsart</translation></message>
    <message>
        <location filename="../../ui/receivables/customer_payments.py" line="100" />
        <source>Bank reference</source>
        <translation>Bankreferenz</translation></message>
</context>
<context>
    <name>RemindersModel</name>
    <message>
        <location filename="../../ui/receivables/report_models.py" line="88" />
        <source>Invoice</source>
        <translation>Rechnung</translation></message>
    <message>
        <location filename="../../ui/receivables/report_models.py" line="89" />
        <source>Customer</source>
        <translation>Kunde</translation></message>
    <message>
        <location filename="../../ui/receivables/report_models.py" line="90" />
        <source>Due date</source>
        <translation>Fälligkeitsdatum</translation></message>
    <message>
        <location filename="../../ui/receivables/report_models.py" line="91" />
        <source>Days overdue</source>
        <translation>Tage überfällig</translation></message>
    <message>
        <location filename="../../ui/receivables/report_models.py" line="92" />
        <source>Reminder</source>
        <translation>Mahnung</translation></message>
    <message>
        <location filename="../../ui/receivables/report_models.py" line="93" />
        <source>Amount due</source>
        <translation>Zu zahlen</translation></message>
    <message>
        <location filename="../../ui/receivables/report_models.py" line="94" />
        <source>Fee</source>
        <translation>Gebühr</translation></message>
</context>
<context>
    <name>ReportsPage</name>
    <message>
        <location filename="../../ui/receivables/reports_page.py" line="58" />
        <source>Aging</source>
        <translation>Altersstruktur</translation></message>
    <message>
        <location filename="../../ui/receivables/reports_page.py" line="59" />
        <location filename="../../ui/receivables/reports_page.py" line="217" />
        <source>Reminders due</source>
        <translation>Fällige Mahnungen</translation></message>
    <message>
        <location filename="../../ui/receivables/reports_page.py" line="73" />
        <source>As of</source>
        <translation>Stichtag</translation></message>
    <message>
        <location filename="../../ui/receivables/reports_page.py" line="75" />
        <source>Bucket limits in days</source>
        <translation>Grenzen der Zeiträume in Tagen</translation></message>
    <message>
        <location filename="../../ui/receivables/reports_page.py" line="76" />
        <source>&amp;Show</source>
        <translation>&amp;Anzeigen</translation></message>
    <message>
        <location filename="../../ui/receivables/reports_page.py" line="78" />
        <source>Export &amp;CSV…</source>
        <translation>&amp;CSV exportieren…</translation></message>
    <message>
        <location filename="../../ui/receivables/reports_page.py" line="80" />
        <source>Export &amp;PDF…</source>
        <translation>&amp;PDF exportieren…</translation></message>
    <message>
        <location filename="../../ui/receivables/reports_page.py" line="84" />
        <location filename="../../ui/receivables/reports_page.py" line="205" />
        <source>As of:</source>
        <translation>Stichtag:</translation></message>
    <message>
        <location filename="../../ui/receivables/reports_page.py" line="86" />
        <source>Buckets (days):</source>
        <translation>Zeiträume (Tage):</translation></message>
    <message>
        <location filename="../../ui/receivables/reports_page.py" line="95" />
        <source>Aging by customer</source>
        <translation>Altersstruktur nach Kunden</translation></message>
    <message>
        <location filename="../../ui/receivables/reports_page.py" line="98" />
        <source>Documents of the customer</source>
        <translation>Belege des Kunden</translation></message>
    <message>
        <location filename="../../ui/receivables/reports_page.py" line="152" />
        <source>All customers, in {0}: {1}; total {2}</source>
        <translation>Alle Kunden, in {0}: {1}; gesamt {2}</translation></message>
    <message>
        <location filename="../../ui/receivables/reports_page.py" line="174" />
        <source>Export aging</source>
        <translation>Altersstruktur exportieren</translation></message>
    <message>
        <location filename="../../ui/receivables/reports_page.py" line="191" />
        <source>Saved {0}.</source>
        <translation>{0} gespeichert.</translation></message>
    <message>
        <location filename="../../ui/receivables/reports_page.py" line="199" />
        <source>Reminders as of</source>
        <translation>Mahnungen zum Stichtag</translation></message>
    <message>
        <location filename="../../ui/receivables/reports_page.py" line="200" />
        <source>S&amp;how due</source>
        <translation>Fällige an&amp;zeigen</translation></message>
    <message>
        <location filename="../../ui/receivables/reports_page.py" line="202" />
        <source>&amp;Issue selected and save letters…</source>
        <translation>Auswahl &amp;ausstellen und Briefe speichern…</translation></message>
    <message>
        <location filename="../../ui/receivables/reports_page.py" line="210" />
        <source>and send each letter by &amp;email</source>
        <translation>und jedes Schreiben per &amp;E-Mail senden</translation></message>
    <message>
        <location filename="../../ui/receivables/reports_page.py" line="212" />
        <source>to the customer's address, with the texts of the email settings</source>
        <translation>an die Adresse des Kunden, mit den Texten der E-Mail-Einstellungen</translation></message>
    <message numerus="yes">
        <location filename="../../ui/receivables/reports_page.py" line="241" />
        <source>%n reminder(s) due.</source>
        <translation><numerusform>%n Mahnung fällig.</numerusform><numerusform>%n Mahnungen fällig.</numerusform></translation></message>
    <message>
        <location filename="../../ui/receivables/reports_page.py" line="243" />
        <source>No reminder is due.</source>
        <translation>Keine Mahnung ist fällig.</translation></message>
    <message>
        <location filename="../../ui/receivables/reports_page.py" line="253" />
        <source>Select the reminders to issue.</source>
        <translation>Wählen Sie die auszustellenden Mahnungen.</translation></message>
    <message>
        <location filename="../../ui/receivables/reports_page.py" line="258" />
        <source>Issue reminders?</source>
        <translation>Mahnungen ausstellen?</translation></message>
    <message numerus="yes">
        <location filename="../../ui/receivables/reports_page.py" line="260" />
        <source>Issue %n reminder(s)? Their fees are charged to the customers.</source>
        <translation><numerusform>%n Mahnung ausstellen? Die Gebühren werden den Kunden berechnet.</numerusform><numerusform>%n Mahnungen ausstellen? Die Gebühren werden den Kunden berechnet.</numerusform></translation></message>
    <message>
        <location filename="../../ui/receivables/reports_page.py" line="267" />
        <source>Save the letters in</source>
        <translation>Die Briefe speichern in</translation></message>
    <message numerus="yes">
        <location filename="../../ui/receivables/reports_page.py" line="286" />
        <source>Issued; %n letter(s) saved.</source>
        <translation><numerusform>Ausgestellt; %n Brief gespeichert.</numerusform><numerusform>Ausgestellt; %n Briefe gespeichert.</numerusform></translation></message>
    <message>
        <location filename="../../ui/receivables/reports_page.py" line="291" />
        <source>By email: sent {sent}, skipped {skipped}, failed {failed}.</source>
        <translation>Per E-Mail: gesendet {sent}, übersprungen {skipped}, fehlgeschlagen {failed}.</translation></message>
</context>
<context>
    <name>SamplePage</name>
    <message>
        <location filename="../../ui/opening/setup_wizard.py" line="314" />
        <source>Your invoices will look like this</source>
        <translation>So werden Ihre Rechnungen aussehen</translation></message>
    <message>
        <location filename="../../ui/opening/setup_wizard.py" line="317" />
        <source>A sample with a made-up customer; nothing is stored. Change the look under Settings &gt; Documents.</source>
        <translation>Ein Muster mit einem erfundenen Kunden; nichts wird gespeichert. Das Aussehen ändern Sie unter Einstellungen &gt; Belege.</translation></message>
    <message>
        <location filename="../../ui/opening/setup_wizard.py" line="329" />
        <source>Rendering…</source>
        <translation>Wird gerendert…</translation></message>
</context>
<context>
    <name>SeriesTab</name>
    <message>
        <location filename="../../ui/settings/settings_tables.py" line="249" />
        <source>Start again at 1 each year</source>
        <translation>Jedes Jahr wieder bei 1 beginnen</translation></message>
    <message>
        <location filename="../../ui/settings/settings_tables.py" line="250" />
        <source>Use it for new documents of its type</source>
        <translation>Für neue Belege dieser Art verwenden</translation></message>
    <message>
        <location filename="../../ui/settings/settings_tables.py" line="253" />
        <source>Name</source>
        <translation>Name</translation></message>
    <message>
        <location filename="../../ui/settings/settings_tables.py" line="254" />
        <source>Type</source>
        <translation>Art</translation></message>
    <message>
        <location filename="../../ui/settings/settings_tables.py" line="255" />
        <source>Pattern</source>
        <translation>Muster</translation></message>
    <message>
        <location filename="../../ui/settings/settings_tables.py" line="260" />
        <source>Add the series</source>
        <translation>Den Nummernkreis hinzufügen</translation></message>
    <message>
        <location filename="../../ui/settings/settings_tables.py" line="298" />
        <source>Series added.</source>
        <translation>Nummernkreis hinzugefügt.</translation></message>
</context>
<context>
    <name>Settings</name>
    <message>
        <location filename="../../ui/settings/setting_texts.py" line="11" />
        <source>largest difference a payment may leave written off</source>
        <translation>größte Differenz, die eine Zahlung ausgebucht zurücklassen darf</translation></message>
    <message>
        <location filename="../../ui/settings/setting_texts.py" line="14" />
        <source>reminder levels: days past due, title, fee, yearly interest</source>
        <translation>Mahnstufen: Tage nach Fälligkeit, Titel, Gebühr, Jahreszins</translation></message>
    <message>
        <location filename="../../ui/settings/setting_texts.py" line="17" />
        <source>VAT rounding: once per category and rate (document, EN 16931) or per line (line)</source>
        <translation>USt-Rundung: einmal je Kategorie und Satz (document, EN 16931) oder je Position (line)</translation></message>
    <message>
        <location filename="../../ui/settings/setting_texts.py" line="21" />
        <source>lock the window after idle minutes (0 = never)</source>
        <translation>das Fenster nach so vielen untätigen Minuten sperren (0 = nie)</translation></message>
    <message>
        <location filename="../../ui/settings/setting_texts.py" line="24" />
        <source>automatic backups kept before schema upgrades</source>
        <translation>aufbewahrte automatische Sicherungen vor Schema-Aktualisierungen</translation></message>
    <message>
        <location filename="../../ui/settings/setting_texts.py" line="27" />
        <source>e-invoice written and frozen at issue (a customer may override it)</source>
        <translation>beim Ausstellen geschriebene und eingefrorene E-Rechnung (ein Kunde kann sie überschreiben)</translation></message>
    <message>
        <location filename="../../ui/settings/setting_texts.py" line="30" />
        <source>paper of printed documents</source>
        <translation>Papierformat gedruckter Belege</translation></message>
    <message>
        <location filename="../../ui/settings/setting_texts.py" line="31" />
        <source>accent colour of printed documents, e.g. #1f4e79</source>
        <translation>Akzentfarbe gedruckter Belege, z. B. #1f4e79</translation></message>
    <message>
        <location filename="../../ui/settings/setting_texts.py" line="34" />
        <source>a line printed at the foot of every page</source>
        <translation>eine Zeile am Fuß jeder Seite</translation></message>
    <message>
        <location filename="../../ui/settings/setting_texts.py" line="35" />
        <source>layout: the address in an envelope window on the left (DIN 5008, US) or the right</source>
        <translation>Layout: die Anschrift im Fensterumschlag links (DIN 5008, US) oder rechts</translation></message>
    <message>
        <location filename="../../ui/settings/setting_texts.py" line="39" />
        <source>SMTP server, e.g. smtp.example.org</source>
        <translation>SMTP-Server, z. B. smtp.example.org</translation></message>
    <message>
        <location filename="../../ui/settings/setting_texts.py" line="40" />
        <source>SMTP port (587 for STARTTLS, 465 for TLS)</source>
        <translation>SMTP-Port (587 für STARTTLS, 465 für TLS)</translation></message>
    <message>
        <location filename="../../ui/settings/setting_texts.py" line="41" />
        <source>STARTTLS, TLS, or none (local relay)</source>
        <translation>STARTTLS, TLS oder keine (lokales Relay)</translation></message>
    <message>
        <location filename="../../ui/settings/setting_texts.py" line="42" />
        <source>SMTP user name (the password goes to the keyring)</source>
        <translation>SMTP-Benutzername (das Passwort kommt in den Schlüsselbund)</translation></message>
    <message>
        <location filename="../../ui/settings/setting_texts.py" line="45" />
        <source>sender address of documents sent by email</source>
        <translation>Absenderadresse per E-Mail versandter Belege</translation></message>
    <message>
        <location filename="../../ui/settings/setting_texts.py" line="46" />
        <source>send a copy of every message to the sender</source>
        <translation>eine Kopie jeder Nachricht an den Absender senden</translation></message>
    <message>
        <location filename="../../ui/settings/setting_texts.py" line="47" />
        <source>attach the e-invoice XML next to the PDF</source>
        <translation>das E-Rechnungs-XML neben dem PDF anhängen</translation></message>
    <message>
        <location filename="../../ui/settings/setting_texts.py" line="48" />
        <source>certificate authority file for the SMTP server, if private</source>
        <translation>Zertifizierungsstellen-Datei für den SMTP-Server, falls privat</translation></message>
    <message>
        <location filename="../../ui/settings/setting_texts.py" line="51" />
        <source>email subject in en (placeholders: {number}...)</source>
        <translation>E-Mail-Betreff auf Englisch (Platzhalter: {number}...)</translation></message>
    <message>
        <location filename="../../ui/settings/setting_texts.py" line="54" />
        <source>email subject in de (placeholders: {number}...)</source>
        <translation>E-Mail-Betreff auf Deutsch (Platzhalter: {number}...)</translation></message>
    <message>
        <location filename="../../ui/settings/setting_texts.py" line="57" />
        <source>email subject in fr (placeholders: {number}...)</source>
        <translation>E-Mail-Betreff auf Französisch (Platzhalter: {number}...)</translation></message>
    <message>
        <location filename="../../ui/settings/setting_texts.py" line="60" />
        <source>email body in en (placeholders: {number}...)</source>
        <translation>E-Mail-Text auf Englisch (Platzhalter: {number}...)</translation></message>
    <message>
        <location filename="../../ui/settings/setting_texts.py" line="61" />
        <source>email body in de (placeholders: {number}...)</source>
        <translation>E-Mail-Text auf Deutsch (Platzhalter: {number}...)</translation></message>
    <message>
        <location filename="../../ui/settings/setting_texts.py" line="62" />
        <source>email body in fr (placeholders: {number}...)</source>
        <translation>E-Mail-Text auf Französisch (Platzhalter: {number}...)</translation></message>
    <message>
        <location filename="../../ui/settings/setting_texts.py" line="63" />
        <source>make and deliver the accountant's bundle every month or every week</source>
        <translation>das Paket für die Steuerkanzlei jeden Monat oder jede Woche erstellen und übermitteln</translation></message>
    <message>
        <location filename="../../ui/settings/setting_texts.py" line="66" />
        <source>monthly: the day of the month for last month's bundle; weekly: 1 = Monday ... 7</source>
        <translation>monatlich: der Tag im Monat für das Paket des Vormonats; wöchentlich: 1 = Montag ... 7</translation></message>
    <message>
        <location filename="../../ui/settings/setting_texts.py" line="70" />
        <source>DATEV Beraternummer (1001 to 9999999); empty = no DATEV file in the bundle</source>
        <translation>DATEV-Beraternummer (1001 bis 9999999); leer = keine DATEV-Datei im Paket</translation></message>
    <message>
        <location filename="../../ui/settings/setting_texts.py" line="73" />
        <source>DATEV Mandantennummer (1 to 99999)</source>
        <translation>DATEV-Mandantennummer (1 bis 99999)</translation></message>
    <message>
        <location filename="../../ui/settings/setting_texts.py" line="74" />
        <source>DATEV chart of accounts (account presets)</source>
        <translation>DATEV-Kontenrahmen (Kontenvorgaben)</translation></message>
    <message>
        <location filename="../../ui/settings/setting_texts.py" line="75" />
        <source>DATEV file encoding (UTF-8 with a BOM)</source>
        <translation>Zeichenkodierung der DATEV-Datei (UTF-8 mit BOM)</translation></message>
    <message>
        <location filename="../../ui/settings/setting_texts.py" line="76" />
        <source>DATEV accounts over the preset (JSON), e.g. {"bank": "1210", "revenue:S:19": "8400"}</source>
        <translation>DATEV-Konten abweichend von der Vorgabe (JSON), z. B. {"bank": "1210", "revenue:S:19": "8400"}</translation></message>
    <message>
        <location filename="../../ui/settings/setting_texts.py" line="80" />
        <source>check the e-invoice against the official EN 16931 rules before issuing</source>
        <translation>die E-Rechnung vor dem Ausstellen gegen die offiziellen EN-16931-Regeln prüfen</translation></message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <location filename="../../ui/settings/settings_page.py" line="100" />
        <source>Company</source>
        <translation>Firma</translation></message>
    <message>
        <location filename="../../ui/settings/settings_page.py" line="101" />
        <source>Tax rates</source>
        <translation>Steuersätze</translation></message>
    <message>
        <location filename="../../ui/settings/settings_page.py" line="102" />
        <source>Number series</source>
        <translation>Nummernkreise</translation></message>
    <message>
        <location filename="../../ui/settings/settings_page.py" line="124" />
        <source>Set the SMTP password…</source>
        <translation>SMTP-Passwort festlegen…</translation></message>
    <message>
        <location filename="../../ui/settings/settings_page.py" line="129" />
        <source>&amp;Save changes</source>
        <translation>Änderungen &amp;speichern</translation></message>
    <message>
        <location filename="../../ui/settings/settings_page.py" line="173" />
        <source>Change the passphrase…</source>
        <translation>Die Passphrase ändern…</translation></message>
    <message>
        <location filename="../../ui/settings/settings_page.py" line="176" />
        <source>Forget the passphrase remembered on this computer</source>
        <translation>Die auf diesem Computer gemerkte Passphrase vergessen</translation></message>
    <message>
        <location filename="../../ui/settings/settings_page.py" line="246" />
        <source>Nothing has changed.</source>
        <translation>Nichts wurde geändert.</translation></message>
    <message>
        <location filename="../../ui/settings/settings_page.py" line="249" />
        <source>Saving…</source>
        <translation>Wird gespeichert…</translation></message>
    <message numerus="yes">
        <location filename="../../ui/settings/settings_page.py" line="269" />
        <source>%n setting(s) saved.</source>
        <translation><numerusform>%n Einstellung gespeichert.</numerusform><numerusform>%n Einstellungen gespeichert.</numerusform></translation></message>
    <message numerus="yes">
        <location filename="../../ui/settings/settings_page.py" line="271" />
        <source>%n refused: see the fields marked in red.</source>
        <translation><numerusform>%n abgelehnt: siehe die rot markierten Felder.</numerusform><numerusform>%n abgelehnt: siehe die rot markierten Felder.</numerusform></translation></message>
    <message>
        <location filename="../../ui/settings/settings_page.py" line="281" />
        <source>SMTP password</source>
        <translation>SMTP-Passwort</translation></message>
    <message>
        <location filename="../../ui/settings/settings_page.py" line="282" />
        <source>Password of the SMTP user (kept in the system keyring):</source>
        <translation>Passwort des SMTP-Benutzers (wird im Schlüsselbund des Systems abgelegt):</translation></message>
    <message>
        <location filename="../../ui/settings/settings_page.py" line="299" />
        <source>Password kept in the keyring ({0}).</source>
        <translation>Passwort im Schlüsselbund abgelegt ({0}).</translation></message>
    <message>
        <location filename="../../ui/settings/settings_page.py" line="310" />
        <source>The remembered passphrase was removed from the keyring.</source>
        <translation>Die gemerkte Passphrase wurde aus dem Schlüsselbund entfernt.</translation></message>
    <message>
        <location filename="../../ui/settings/settings_page.py" line="312" />
        <source>No passphrase was remembered for this file.</source>
        <translation>Für diese Datei war keine Passphrase gemerkt.</translation></message>
</context>
<context>
    <name>SetupWizard</name>
    <message>
        <location filename="../../ui/opening/setup_wizard.py" line="348" />
        <source>Set up the new company</source>
        <translation>Die neue Firma einrichten</translation></message>
</context>
<context>
    <name>TaxPage</name>
    <message>
        <location filename="../../ui/opening/setup_wizard.py" line="138" />
        <location filename="../../ui/opening/setup_wizard.py" line="150" />
        <source>Tax rates</source>
        <translation>Steuersätze</translation></message>
    <message>
        <location filename="../../ui/opening/setup_wizard.py" line="140" />
        <source>Prefilled for the company's country. Products and invoice lines choose one by name; new rates and changed rates take effect from a date (command line: invoice-desk tax-rate add).</source>
        <translation>Für das Land der Firma vorbelegt. Artikel und Rechnungspositionen wählen einen Satz nach Namen; neue und geänderte Sätze gelten ab einem Datum (Befehlszeile: invoice-desk tax-rate add).</translation></message>
    <message>
        <location filename="../../ui/opening/setup_wizard.py" line="147" />
        <source>Name</source>
        <translation>Name</translation></message>
    <message>
        <location filename="../../ui/opening/setup_wizard.py" line="147" />
        <source>Category</source>
        <translation>Kategorie</translation></message>
    <message>
        <location filename="../../ui/opening/setup_wizard.py" line="147" />
        <source>Rate</source>
        <translation>Satz</translation></message>
    <message>
        <location filename="../../ui/opening/setup_wizard.py" line="147" />
        <source>Valid from</source>
        <translation>Gültig ab</translation></message>
</context>
<context>
    <name>TaxRatesTab</name>
    <message>
        <location filename="../../ui/settings/settings_tables.py" line="180" />
        <source>Name</source>
        <translation>Name</translation></message>
    <message>
        <location filename="../../ui/settings/settings_tables.py" line="181" />
        <source>Category</source>
        <translation>Kategorie</translation></message>
    <message>
        <location filename="../../ui/settings/settings_tables.py" line="182" />
        <source>Rate (%)</source>
        <translation>Satz (%)</translation></message>
    <message>
        <location filename="../../ui/settings/settings_tables.py" line="183" />
        <source>Valid from</source>
        <translation>Gültig ab</translation></message>
    <message>
        <location filename="../../ui/settings/settings_tables.py" line="184" />
        <source>Exemption reason</source>
        <translation>Befreiungsgrund</translation></message>
    <message>
        <location filename="../../ui/settings/settings_tables.py" line="185" />
        <source>Exemption code (VATEX)</source>
        <translation>Befreiungscode (VATEX)</translation></message>
    <message>
        <location filename="../../ui/settings/settings_tables.py" line="188" />
        <source>Add the rate (or its new version)</source>
        <translation>Den Satz (oder seine neue Fassung) hinzufügen</translation></message>
    <message>
        <location filename="../../ui/settings/settings_tables.py" line="228" />
        <source>Rate added.</source>
        <translation>Satz hinzugefügt.</translation></message>
</context>
<context>
    <name>TotalsLabel</name>
    <message>
        <location filename="../../ui/editor/totals.py" line="18" />
        <source>Totals</source>
        <translation>Summen</translation></message>
    <message>
        <location filename="../../ui/editor/totals.py" line="25" />
        <source>&lt;i&gt;Totals appear when every line can be computed.&lt;/i&gt;</source>
        <translation>&lt;i&gt;Die Summen erscheinen, sobald jede Position berechnet werden kann.&lt;/i&gt;</translation></message>
    <message>
        <location filename="../../ui/editor/totals.py" line="38" />
        <source>{category} on {base}</source>
        <translation>{category} auf {base}</translation></message>
    <message>
        <location filename="../../ui/editor/totals.py" line="40" />
        <source>VAT {rate} on {base}</source>
        <translation>USt. {rate} auf {base}</translation></message>
    <message>
        <location filename="../../ui/editor/totals.py" line="44" />
        <source>Total</source>
        <translation>Gesamt</translation></message>
    <message>
        <location filename="../../ui/editor/totals.py" line="44" />
        <source>Amount due</source>
        <translation>Zu zahlen</translation></message>
    <message>
        <location filename="../../ui/editor/totals.py" line="46" />
        <source>Sum of lines</source>
        <translation>Summe der Positionen</translation></message>
    <message>
        <location filename="../../ui/editor/totals.py" line="47" />
        <source>Allowances</source>
        <translation>Nachlässe</translation></message>
    <message>
        <location filename="../../ui/editor/totals.py" line="48" />
        <source>Charges</source>
        <translation>Zuschläge</translation></message>
</context>
<context>
    <name>UnlockDialog</name>
    <message>
        <location filename="../../ui/opening/unlock_dialog.py" line="76" />
        <source>Invoice Desk — Open company</source>
        <translation>Invoice Desk — Firma öffnen</translation></message>
    <message>
        <location filename="../../ui/opening/unlock_dialog.py" line="82" />
        <source>&lt;h2&gt;Open a company file&lt;/h2&gt;</source>
        <translation>&lt;h2&gt;Eine Firmendatei öffnen&lt;/h2&gt;</translation></message>
    <message>
        <location filename="../../ui/opening/unlock_dialog.py" line="84" />
        <source>Company file</source>
        <translation>Firmendatei</translation></message>
    <message>
        <location filename="../../ui/opening/unlock_dialog.py" line="86" />
        <source>Browse…</source>
        <translation>Durchsuchen…</translation></message>
    <message>
        <location filename="../../ui/opening/unlock_dialog.py" line="93" />
        <source>Passphrase</source>
        <translation>Passphrase</translation></message>
    <message>
        <location filename="../../ui/opening/unlock_dialog.py" line="94" />
        <source>Remember on this computer</source>
        <translation>Auf diesem Computer merken</translation></message>
    <message>
        <location filename="../../ui/opening/unlock_dialog.py" line="96" />
        <source>Keeps the unlocked key in the system keyring, never the passphrase itself.</source>
        <translation>Bewahrt den entsperrten Schlüssel im Schlüsselbund des Systems auf, nie die Passphrase selbst.</translation></message>
    <message>
        <location filename="../../ui/opening/unlock_dialog.py" line="105" />
        <source>Company file:</source>
        <translation>Firmendatei:</translation></message>
    <message>
        <location filename="../../ui/opening/unlock_dialog.py" line="106" />
        <source>Passphrase:</source>
        <translation>Passphrase:</translation></message>
    <message>
        <location filename="../../ui/opening/unlock_dialog.py" line="108" />
        <source>Create new company…</source>
        <translation>Neue Firma anlegen…</translation></message>
    <message>
        <location filename="../../ui/opening/unlock_dialog.py" line="110" />
        <source>Open</source>
        <translation>Öffnen</translation></message>
    <message>
        <location filename="../../ui/opening/unlock_dialog.py" line="113" />
        <source>Quit</source>
        <translation>Beenden</translation></message>
    <message>
        <location filename="../../ui/opening/unlock_dialog.py" line="147" />
        <source>Open company file</source>
        <translation>Firmendatei öffnen</translation></message>
    <message>
        <location filename="../../ui/opening/unlock_dialog.py" line="160" />
        <source>This computer remembers the key of this file: click Open.</source>
        <translation>Dieser Computer kennt den Schlüssel dieser Datei: klicken Sie auf Öffnen.</translation></message>
    <message>
        <location filename="../../ui/opening/unlock_dialog.py" line="172" />
        <source>Choose a company file first (Browse…).</source>
        <translation>Zuerst eine Firmendatei wählen (Durchsuchen…).</translation></message>
    <message>
        <location filename="../../ui/opening/unlock_dialog.py" line="175" />
        <source>Unlocking…</source>
        <translation>Wird entsperrt…</translation></message>
</context>
<context>
    <name>problems</name>
    <message>
        <location filename="../../ui/common/problem_texts.py" line="21" />
        <source>must not be empty</source>
        <translation>darf nicht leer sein</translation></message>
    <message>
        <location filename="../../ui/common/problem_texts.py" line="22" />
        <source>missing</source>
        <translation>fehlt</translation></message>
    <message>
        <location filename="../../ui/common/problem_texts.py" line="23" />
        <source>must not be negative</source>
        <translation>darf nicht negativ sein</translation></message>
    <message>
        <location filename="../../ui/common/problem_texts.py" line="24" />
        <source>must not be zero</source>
        <translation>darf nicht null sein</translation></message>
    <message>
        <location filename="../../ui/common/problem_texts.py" line="25" />
        <source>must be greater than zero</source>
        <translation>muss größer als null sein</translation></message>
    <message>
        <location filename="../../ui/common/problem_texts.py" line="26" />
        <source>must be between 0 and 100</source>
        <translation>muss zwischen 0 und 100 liegen</translation></message>
    <message>
        <location filename="../../ui/common/problem_texts.py" line="27" />
        <source>must be between {low} and {high}</source>
        <translation>muss zwischen {low} und {high} liegen</translation></message>
    <message>
        <location filename="../../ui/common/problem_texts.py" line="28" />
        <source>must be a string</source>
        <translation>muss ein Text sein</translation></message>
    <message>
        <location filename="../../ui/common/problem_texts.py" line="29" />
        <source>unknown field</source>
        <translation>unbekanntes Feld</translation></message>
    <message>
        <location filename="../../ui/common/problem_texts.py" line="30" />
        <source>must be a list of objects</source>
        <translation>muss eine Liste von Objekten sein</translation></message>
    <message>
        <location filename="../../ui/common/problem_texts.py" line="31" />
        <source>{value} is not an id</source>
        <translation>{value} ist keine ID</translation></message>
    <message>
        <location filename="../../ui/common/problem_texts.py" line="32" />
        <source>{value!r} is not a date like 2026-11-24</source>
        <translation>{value!r} ist kein Datum wie 2026-11-24</translation></message>
    <message>
        <location filename="../../ui/common/problem_texts.py" line="33" />
        <source>{value!r} is not an email address</source>
        <translation>{value!r} ist keine E-Mail-Adresse</translation></message>
    <message>
        <location filename="../../ui/common/problem_texts.py" line="34" />
        <source>give the number as a string, e.g. "{value}"</source>
        <translation>Geben Sie die Zahl als Text an, z. B. "{value}"</translation></message>
    <message>
        <location filename="../../ui/common/problem_texts.py" line="35" />
        <source>a number written as a string is expected</source>
        <translation>eine als Text geschriebene Zahl wird erwartet</translation></message>
    <message>
        <location filename="../../ui/common/problem_texts.py" line="36" />
        <source>{value!r} uses a comma; write the decimal point as in {hint!r}</source>
        <translation>{value!r} hat ein Komma; schreiben Sie den Dezimalpunkt wie in {hint!r}</translation></message>
    <message>
        <location filename="../../ui/common/problem_texts.py" line="39" />
        <source>{value!r} is not a number</source>
        <translation>{value!r} ist keine Zahl</translation></message>
    <message>
        <location filename="../../ui/common/problem_texts.py" line="40" />
        <source>a JSON object is expected</source>
        <translation>ein JSON-Objekt wird erwartet</translation></message>
    <message>
        <location filename="../../ui/common/problem_texts.py" line="41" />
        <source>missing (e.g. "EUR")</source>
        <translation>fehlt (z. B. "EUR")</translation></message>
    <message>
        <location filename="../../ui/common/problem_texts.py" line="42" />
        <source>{value!r} is not an ISO 4217 code</source>
        <translation>{value!r} ist kein ISO-4217-Code</translation></message>
    <message>
        <location filename="../../ui/common/problem_texts.py" line="43" />
        <source>{value!r} is not an ISO 4217 currency</source>
        <translation>{value!r} ist keine ISO-4217-Währung</translation></message>
    <message>
        <location filename="../../ui/common/problem_texts.py" line="44" />
        <source>missing (e.g. "S")</source>
        <translation>fehlt (z. B. "S")</translation></message>
    <message>
        <location filename="../../ui/common/problem_texts.py" line="45" />
        <source>{value!r} is not a VAT category code ({codes})</source>
        <translation>{value!r} ist kein Code einer USt.-Kategorie ({codes})</translation></message>
    <message>
        <location filename="../../ui/common/problem_texts.py" line="48" />
        <source>must be a line number (1, 2, ...)</source>
        <translation>muss eine Positionsnummer sein (1, 2, …)</translation></message>
    <message>
        <location filename="../../ui/common/problem_texts.py" line="49" />
        <source>must be an object with rate, date and source</source>
        <translation>muss ein Objekt mit Kurs, Datum und Quelle sein</translation></message>
    <message>
        <location filename="../../ui/common/problem_texts.py" line="52" />
        <source>must be an object with percent and days</source>
        <translation>muss ein Objekt mit Prozentsatz und Tagen sein</translation></message>
    <message>
        <location filename="../../ui/common/problem_texts.py" line="55" />
        <source>a percent between 0 and 100</source>
        <translation>ein Prozentsatz zwischen 0 und 100</translation></message>
    <message>
        <location filename="../../ui/common/problem_texts.py" line="56" />
        <source>a whole number of days, 0 to 365</source>
        <translation>eine ganze Zahl von Tagen, 0 bis 365</translation></message>
    <message>
        <location filename="../../ui/common/problem_texts.py" line="57" />
        <source>give either an amount or a percent</source>
        <translation>Geben Sie entweder einen Betrag oder einen Prozentsatz an</translation></message>
    <message>
        <location filename="../../ui/common/problem_texts.py" line="58" />
        <source>give a reason or a reason code</source>
        <translation>Geben Sie einen Grund oder einen Grundcode an</translation></message>
    <message>
        <location filename="../../ui/common/problem_texts.py" line="59" />
        <source>a document allowance or charge needs a VAT category</source>
        <translation>ein Nachlass oder Zuschlag auf den Beleg braucht eine USt.-Kategorie</translation></message>
    <message>
        <location filename="../../ui/common/problem_texts.py" line="62" />
        <source>category {category} needs an exemption reason</source>
        <translation>Kategorie {category} braucht einen Befreiungsgrund</translation></message>
    <message>
        <location filename="../../ui/common/problem_texts.py" line="65" />
        <source>category {category} needs an exemption reason (text or VATEX code)</source>
        <translation>Kategorie {category} braucht einen Befreiungsgrund (Text oder VATEX-Code)</translation></message>
    <message>
        <location filename="../../ui/common/problem_texts.py" line="68" />
        <source>{value!r} is not a UN/ECE Rec 20 unit code such as C62 or HUR</source>
        <translation>{value!r} ist kein Einheitencode nach UN/ECE Rec 20 wie C62 oder HUR</translation></message>
    <message>
        <location filename="../../ui/common/problem_texts.py" line="71" />
        <source>must not be negative (use a negative quantity or an allowance)</source>
        <translation>darf nicht negativ sein (verwenden Sie eine negative Menge oder einen Nachlass)</translation></message>
    <message>
        <location filename="../../ui/common/problem_texts.py" line="74" />
        <source>the document has no lines</source>
        <translation>der Beleg hat keine Positionen</translation></message>
    <message>
        <location filename="../../ui/common/problem_texts.py" line="75" />
        <source>category O (not subject to VAT) cannot be mixed with other categories</source>
        <translation>Kategorie O (nicht steuerbar) kann nicht mit anderen Kategorien gemischt werden</translation></message>
    <message>
        <location filename="../../ui/common/problem_texts.py" line="78" />
        <source>choose a customer</source>
        <translation>Wählen Sie einen Kunden</translation></message>
    <message>
        <location filename="../../ui/common/problem_texts.py" line="79" />
        <source>category {category} needs the company's VAT ID</source>
        <translation>Kategorie {category} braucht die USt-IdNr. der Firma</translation></message>
    <message>
        <location filename="../../ui/common/problem_texts.py" line="82" />
        <source>category {category} ({wording}) needs the customer's VAT ID</source>
        <translation>Kategorie {category} braucht die USt-IdNr. des Kunden</translation></message>
    <message>
        <location filename="../../ui/common/problem_texts.py" line="85" />
        <source>an invoice not subject to VAT (O) carries no VAT IDs (BR-O-2)</source>
        <translation>eine nicht steuerbare Rechnung (O) trägt keine USt-IdNr. (BR-O-2)</translation></message>
    <message>
        <location filename="../../ui/common/problem_texts.py" line="88" />
        <source>an intra-Community supply needs the delivery date or period</source>
        <translation>eine innergemeinschaftliche Lieferung braucht das Lieferdatum oder den Leistungszeitraum</translation></message>
    <message>
        <location filename="../../ui/common/problem_texts.py" line="91" />
        <source>the due date is before the issue date</source>
        <translation>das Fälligkeitsdatum liegt vor dem Rechnungsdatum</translation></message>
    <message>
        <location filename="../../ui/common/problem_texts.py" line="92" />
        <source>the period ends before it starts</source>
        <translation>der Zeitraum endet, bevor er beginnt</translation></message>
    <message>
        <location filename="../../ui/common/problem_texts.py" line="93" />
        <source>an invoice in {currency} needs the exchange rate to {accounting} (rate, date, source)</source>
        <translation>eine Rechnung in {currency} braucht den Wechselkurs zu {accounting} (Kurs, Datum, Quelle)</translation></message>
    <message>
        <location filename="../../ui/common/problem_texts.py" line="97" />
        <source>a credit or debit note must name the invoice it corrects</source>
        <translation>eine Gutschrift oder Belastungsanzeige muss die Rechnung nennen, die sie berichtigt</translation></message>
    <message>
        <location filename="../../ui/common/problem_texts.py" line="100" />
        <source>the corrected document is not issued</source>
        <translation>der berichtigte Beleg ist nicht ausgestellt</translation></message>
    <message>
        <location filename="../../ui/common/problem_texts.py" line="101" />
        <source>must be the customer of {number}</source>
        <translation>muss der Kunde von {number} sein</translation></message>
    <message>
        <location filename="../../ui/common/problem_texts.py" line="102" />
        <source>category O (not subject to VAT) takes no rate</source>
        <translation>Kategorie O (nicht steuerbar) hat keinen Satz</translation></message>
    <message>
        <location filename="../../ui/common/problem_texts.py" line="105" />
        <source>category {category} needs a rate</source>
        <translation>Kategorie {category} braucht einen Satz</translation></message>
    <message>
        <location filename="../../ui/common/problem_texts.py" line="106" />
        <source>a VAT rate is a percentage between 0 and 100</source>
        <translation>ein USt.-Satz ist ein Prozentsatz zwischen 0 und 100</translation></message>
    <message>
        <location filename="../../ui/common/problem_texts.py" line="107" />
        <source>category S (standard rate) needs a rate above 0; use Z, E or another category</source>
        <translation>Kategorie S (Normalsatz) braucht einen Satz über 0; verwenden Sie Z, E oder eine andere Kategorie</translation></message>
    <message>
        <location filename="../../ui/common/problem_texts.py" line="110" />
        <source>category {category} must have rate 0</source>
        <translation>Kategorie {category} muss den Satz 0 haben</translation></message>
    <message>
        <location filename="../../ui/common/problem_texts.py" line="111" />
        <source>a credit note for {number} must be in {currency}</source>
        <translation>eine Gutschrift zu {number} muss in {currency} sein</translation></message>
    <message>
        <location filename="../../ui/common/problem_texts.py" line="114" />
        <source>this credit note ({amount} {currency}) exceeds what is left to credit on {number} ({left} {currency})</source>
        <translation>diese Gutschrift ({amount} {currency}) übersteigt, was auf {number} noch gutgeschrieben werden kann ({left} {currency})</translation></message>
    <message>
        <location filename="../../ui/common/problem_texts.py" line="118" />
        <source>a credit note must credit a positive amount</source>
        <translation>eine Gutschrift muss einen positiven Betrag gutschreiben</translation></message>
    <message>
        <location filename="../../ui/common/problem_texts.py" line="121" />
        <source>{number} has no line {position}</source>
        <translation>{number} hat keine Position {position}</translation></message>
    <message>
        <location filename="../../ui/common/problem_texts.py" line="122" />
        <source>credits {credited} of line {position}, which invoiced only {invoiced}</source>
        <translation>schreibt {credited} von Position {position} gut, die nur {invoiced} berechnet hat</translation></message>
    <message>
        <location filename="../../ui/common/problem_texts.py" line="125" />
        <source>the customer name must not be empty</source>
        <translation>der Name des Kunden darf nicht leer sein</translation></message>
    <message>
        <location filename="../../ui/common/problem_texts.py" line="126" />
        <source>the product name must not be empty</source>
        <translation>der Name des Artikels darf nicht leer sein</translation></message>
    <message>
        <location filename="../../ui/common/problem_texts.py" line="127" />
        <source>the company name must not be empty</source>
        <translation>der Name der Firma darf nicht leer sein</translation></message>
    <message>
        <location filename="../../ui/common/problem_texts.py" line="128" />
        <source>the company name is longer than {limit} characters</source>
        <translation>der Name der Firma ist länger als {limit} Zeichen</translation></message>
    <message>
        <location filename="../../ui/common/problem_texts.py" line="131" />
        <source>{value!r} is not a language code such as en, de or fr</source>
        <translation>{value!r} ist kein Sprachcode wie en, de oder fr</translation></message>
    <message>
        <location filename="../../ui/common/problem_texts.py" line="134" />
        <source>{value!r} is not a 4-digit ISO 6523 code (or EM)</source>
        <translation>{value!r} ist kein vierstelliger ISO-6523-Code (oder EM)</translation></message>
    <message>
        <location filename="../../ui/common/problem_texts.py" line="137" />
        <source>an electronic address needs its scheme, e.g. 0088</source>
        <translation>eine elektronische Adresse braucht ihr Schema, z. B. 0088</translation></message>
    <message>
        <location filename="../../ui/common/problem_texts.py" line="140" />
        <source>{value!r} is not an e-invoice format (known: {known})</source>
        <translation>{value!r} ist kein E-Rechnungsformat (bekannt: {known})</translation></message>
    <message>
        <location filename="../../ui/common/problem_texts.py" line="143" />
        <source>give both {field} and {other_field}</source>
        <translation>Geben Sie {field} und {other_field} an</translation></message>
    <message>
        <location filename="../../ui/common/problem_texts.py" line="144" />
        <source>no tax rate named {name!r} (known: {known})</source>
        <translation>kein Steuersatz namens {name!r} (bekannt: {known})</translation></message>
    <message>
        <location filename="../../ui/common/problem_texts.py" line="147" />
        <source>the country is missing</source>
        <translation>das Land fehlt</translation></message>
    <message>
        <location filename="../../ui/common/problem_texts.py" line="148" />
        <source>{value!r} is not an ISO 3166 country code such as DE or FR</source>
        <translation>{value!r} ist kein ISO-3166-Ländercode wie DE oder FR</translation></message>
    <message>
        <location filename="../../ui/common/problem_texts.py" line="151" />
        <source>{value!r} is not an ISO 4217 currency code such as EUR</source>
        <translation>{value!r} ist kein ISO-4217-Währungscode wie EUR</translation></message>
    <message>
        <location filename="../../ui/common/problem_texts.py" line="154" />
        <source>{value!r} is not a valid VAT number ({reason})</source>
        <translation>{value!r} ist keine gültige USt-IdNr. ({reason})</translation></message>
    <message>
        <location filename="../../ui/common/problem_texts.py" line="157" />
        <source>a {status} {type_words} cannot be {action_past}</source>
        <translation>ein Beleg im Zustand {status} lässt das nicht zu</translation></message>
    <message>
        <location filename="../../ui/common/problem_texts.py" line="160" />
        <source>no tax rate {name!r} valid on {day} (known: {known})</source>
        <translation>kein Steuersatz {name!r} gültig am {day} (bekannt: {known})</translation></message>
    <message>
        <location filename="../../ui/common/problem_texts.py" line="163" />
        <source>give the folder as an absolute path</source>
        <translation>geben Sie den Ordner als absoluten Pfad an</translation></message>
    <message>
        <location filename="../../ui/common/problem_texts.py" line="166" />
        <source>is required for an SFTP destination</source>
        <translation>ist für ein SFTP-Ziel erforderlich</translation></message>
    <message>
        <location filename="../../ui/common/problem_texts.py" line="169" />
        <source>{value!r} is not a port number</source>
        <translation>{value!r} ist keine Portnummer</translation></message>
    <message>
        <location filename="../../ui/common/problem_texts.py" line="170" />
        <source>{value} is not a port number (1 to 65535)</source>
        <translation>{value} ist keine Portnummer (1 bis 65535)</translation></message>
    <message>
        <location filename="../../ui/common/problem_texts.py" line="173" />
        <source>password or key</source>
        <translation>Passwort oder Schlüssel</translation></message>
    <message>
        <location filename="../../ui/common/problem_texts.py" line="174" />
        <source>key authentication needs the private key file</source>
        <translation>die Anmeldung mit Schlüssel braucht die Datei des privaten Schlüssels</translation></message>
    <message>
        <location filename="../../ui/common/problem_texts.py" line="177" />
        <source>give the receiver's URL, e.g. https://host/bundles</source>
        <translation>geben Sie die URL des Empfängers an, z. B. https://host/bundles</translation></message>
    <message>
        <location filename="../../ui/common/problem_texts.py" line="180" />
        <source>unknown destination kind {value!r}; one of {known}</source>
        <translation>unbekannte Art von Ziel {value!r}; eine von {known}</translation></message>
    <message>
        <location filename="../../ui/common/problem_texts.py" line="183" />
        <source>up to 100 letters, digits, spaces and . , ( ) &amp; + ' - _, starting with a letter</source>
        <translation>bis zu 100 Buchstaben, Ziffern, Leerzeichen und . , ( ) &amp; + ' - _, beginnend mit einem Buchstaben</translation></message>
    <message>
        <location filename="../../ui/common/problem_texts.py" line="187" />
        <source>a destination named {name!r} exists already</source>
        <translation>ein Ziel namens {name!r} gibt es schon</translation></message>
    <message>
        <location filename="../../ui/common/problem_texts.py" line="190" />
        <source>no destination named {name!r}</source>
        <translation>kein Ziel namens {name!r}</translation></message>
    <message>
        <location filename="../../ui/common/problem_texts.py" line="191" />
        <source>bundle {sequence} reached {destination} already</source>
        <translation>Paket {sequence} hat {destination} schon erreicht</translation></message>
    <message>
        <location filename="../../ui/common/problem_texts.py" line="194" />
        <source>{number} has {due} {currency} due</source>
        <translation>auf {number} sind {due} {currency} offen</translation></message>
    <message>
        <location filename="../../ui/common/problem_texts.py" line="195" />
        <source>the customer has no credit in this currency</source>
        <translation>der Kunde hat in dieser Währung kein Guthaben</translation></message>
    <message>
        <location filename="../../ui/common/problem_texts.py" line="196" />
        <source>a refund is a positive amount</source>
        <translation>eine Erstattung ist ein positiver Betrag</translation></message>
    <message>
        <location filename="../../ui/common/problem_texts.py" line="197" />
        <source>{number} is overpaid by {over}</source>
        <translation>{number} ist um {over} überzahlt</translation></message>
    <message>
        <location filename="../../ui/common/problem_texts.py" line="198" />
        <source>only {available} {currency} of unapplied payments can be refunded; choose an overpaid invoice ({invoice_field})</source>
        <translation>nur {available} {currency} nicht zugeordneter Zahlungen können erstattet werden; nennen Sie eine überzahlte Rechnung unter {invoice_field}</translation></message>
    <message>
        <location filename="../../ui/common/problem_texts.py" line="202" />
        <source>say why the entry is reversed</source>
        <translation>sagen Sie, warum die Buchung storniert wird</translation></message>
    <message>
        <location filename="../../ui/common/problem_texts.py" line="203" />
        <source>there is no ledger entry {id}</source>
        <translation>es gibt keine Buchung {id}</translation></message>
    <message>
        <location filename="../../ui/common/problem_texts.py" line="204" />
        <source>a reversal cannot be reversed; record the entry again</source>
        <translation>eine Stornierung kann nicht storniert werden; erfassen Sie die Buchung neu</translation></message>
    <message>
        <location filename="../../ui/common/problem_texts.py" line="207" />
        <source>entry {id} is already reversed</source>
        <translation>Buchung {id} ist schon storniert</translation></message>
    <message>
        <location filename="../../ui/common/problem_texts.py" line="208" />
        <source>the entry is dated {day}</source>
        <translation>die Buchung ist vom {day}</translation></message>
    <message>
        <location filename="../../ui/common/problem_texts.py" line="209" />
        <source>say why the amount is written off</source>
        <translation>sagen Sie, warum der Betrag abgeschrieben wird</translation></message>
    <message>
        <location filename="../../ui/common/problem_texts.py" line="210" />
        <source>{number} has {due} due</source>
        <translation>auf {number} sind {due} offen</translation></message>
    <message>
        <location filename="../../ui/common/problem_texts.py" line="211" />
        <source>{amount} is more than the write-off tolerance {limit}; mark it as a bad debt ({bad_debt_field})</source>
        <translation>{amount} ist mehr als die Abschreibungstoleranz {limit}; ein Forderungsausfall braucht {bad_debt_field}</translation></message>
    <message>
        <location filename="../../ui/common/problem_texts.py" line="215" />
        <source>say what the customer disputes</source>
        <translation>sagen Sie, was der Kunde bestreitet</translation></message>
    <message>
        <location filename="../../ui/common/problem_texts.py" line="216" />
        <source>{number} is not disputed</source>
        <translation>{number} ist nicht bestritten</translation></message>
    <message>
        <location filename="../../ui/common/problem_texts.py" line="217" />
        <source>{value} has more decimals than {currency} allows</source>
        <translation>{value} hat mehr Nachkommastellen, als {currency} erlaubt</translation></message>
    <message>
        <location filename="../../ui/common/problem_texts.py" line="220" />
        <source>{number} is not an issued invoice or debit note</source>
        <translation>{number} ist keine ausgestellte Rechnung oder Belastungsanzeige</translation></message>
    <message>
        <location filename="../../ui/common/problem_texts.py" line="223" />
        <source>the invoices of one payment must be of one customer</source>
        <translation>die Rechnungen einer Zahlung müssen von einem Kunden sein</translation></message>
    <message>
        <location filename="../../ui/common/problem_texts.py" line="226" />
        <source>the invoices belong to another customer</source>
        <translation>die Rechnungen gehören zu einem anderen Kunden</translation></message>
    <message>
        <location filename="../../ui/common/problem_texts.py" line="229" />
        <source>choose the invoice(s) paid, or the customer who paid ({customer_field})</source>
        <translation>nennen Sie die bezahlte(n) Rechnung(en) oder den zahlenden Kunden ({customer_field})</translation></message>
    <message>
        <location filename="../../ui/common/problem_texts.py" line="232" />
        <source>give one amount ({field}) per invoice ({invoice_field}), in the same order</source>
        <translation>geben Sie einen {field} je {invoice_field} an, in derselben Reihenfolge</translation></message>
    <message>
        <location filename="../../ui/common/problem_texts.py" line="235" />
        <source>{number} is in {currency}, the payment in {payment_currency}: give the rate ({currency} per {payment_currency})</source>
        <translation>{number} ist in {currency}, die Zahlung in {payment_currency}: geben Sie den Kurs an ({currency} je {payment_currency})</translation></message>
    <message>
        <location filename="../../ui/common/problem_texts.py" line="239" />
        <source>{amount} is more than the {due} {currency} due on {number}</source>
        <translation>{amount} ist mehr als die auf {number} offenen {due} {currency}</translation></message>
    <message>
        <location filename="../../ui/common/problem_texts.py" line="242" />
        <source>a payment is a positive amount (record a refund instead)</source>
        <translation>eine Zahlung ist ein positiver Betrag (Erstattungen: als Erstattung erfassen)</translation></message>
    <message>
        <location filename="../../ui/common/problem_texts.py" line="245" />
        <source>{value!r} is not a valid IBAN ({reason})</source>
        <translation>{value!r} ist keine gültige IBAN ({reason})</translation></message>
    <message>
        <location filename="../../ui/common/problem_texts.py" line="246" />
        <source>{value!r} is not a valid BIC ({reason})</source>
        <translation>{value!r} ist keine gültige BIC ({reason})</translation></message>
    <message>
        <location filename="../../ui/common/problem_texts.py" line="247" />
        <source>longer than {limit} characters</source>
        <translation>länger als {limit} Zeichen</translation></message>
    <message>
        <location filename="../../ui/common/problem_texts.py" line="248" />
        <source>a BIC needs the IBAN of the account</source>
        <translation>eine BIC braucht die IBAN des Kontos</translation></message>
    <message>
        <location filename="../../ui/common/problem_texts.py" line="249" />
        <source>cannot be changed after the file is created</source>
        <translation>kann nach dem Anlegen der Datei nicht mehr geändert werden</translation></message>
    <message>
        <location filename="../../ui/common/problem_texts.py" line="250" />
        <source>the logo must be a PNG or JPEG image</source>
        <translation>das Logo muss ein PNG- oder JPEG-Bild sein</translation></message>
    <message>
        <location filename="../../ui/common/problem_texts.py" line="251" />
        <source>the logo has {size} bytes; at most 1 MB, please</source>
        <translation>das Logo hat {size} Bytes; bitte höchstens 1 MB</translation></message>
    <message>
        <location filename="../../ui/common/problem_texts.py" line="252" />
        <source>give the rate a name, e.g. standard</source>
        <translation>geben Sie dem Satz einen Namen, z. B. standard</translation></message>
    <message>
        <location filename="../../ui/common/problem_texts.py" line="253" />
        <source>ends before it is valid ({other_field})</source>
        <translation>endet vor {other_field}</translation></message>
    <message>
        <location filename="../../ui/common/problem_texts.py" line="256" />
        <source>{name} already has a version from that day</source>
        <translation>{name} hat schon eine Fassung ab diesem Tag</translation></message>
    <message>
        <location filename="../../ui/common/problem_texts.py" line="259" />
        <source>the pattern is malformed: {reason}</source>
        <translation>das Muster ist fehlerhaft: {reason}</translation></message>
    <message>
        <location filename="../../ui/common/problem_texts.py" line="260" />
        <source>unknown placeholder(s) {unknown}; use {{year}}, {{yy}}, {{month}}, {{seq}}</source>
        <translation>unbekannte Platzhalter {unknown}; verwenden Sie {{year}}, {{yy}}, {{month}}, {{seq}}</translation></message>
    <message>
        <location filename="../../ui/common/problem_texts.py" line="263" />
        <source>the pattern needs {{seq}} (e.g. {{seq:05}})</source>
        <translation>das Muster braucht {{seq}} (z. B. {{seq:05}})</translation></message>
    <message>
        <location filename="../../ui/common/problem_texts.py" line="264" />
        <source>a series that restarts each year needs {{year}} or {{yy}} in its pattern</source>
        <translation>ein Nummernkreis, der jedes Jahr neu beginnt, braucht {{year}} oder {{yy}} in seinem Muster</translation></message>
    <message>
        <location filename="../../ui/common/problem_texts.py" line="267" />
        <source>the pattern cannot be filled in: {reason}</source>
        <translation>das Muster lässt sich nicht ausfüllen: {reason}</translation></message>
    <message>
        <location filename="../../ui/common/problem_texts.py" line="270" />
        <source>issue date {day} is before {last}, the last issue date of series {series}</source>
        <translation>das Ausstellungsdatum {day} liegt vor dem {last}, dem letzten Ausstellungsdatum des Nummernkreises {series}</translation></message>
    <message>
        <location filename="../../ui/common/problem_texts.py" line="273" />
        <source>use 1 to 32 letters, digits, - or _</source>
        <translation>verwenden Sie 1 bis 32 Buchstaben, Ziffern, - oder _</translation></message>
    <message>
        <location filename="../../ui/common/problem_texts.py" line="274" />
        <source>a series named {name!r} exists already</source>
        <translation>einen Nummernkreis namens {name!r} gibt es schon</translation></message>
    <message>
        <location filename="../../ui/common/problem_texts.py" line="275" />
        <source>numbers would collide with series {series} ({pattern}); give this series its own prefix</source>
        <translation>die Nummern würden mit dem Nummernkreis {series} ({pattern}) zusammenstoßen; geben Sie diesem Nummernkreis ein eigenes Präfix</translation></message>
    <message>
        <location filename="../../ui/common/problem_texts.py" line="279" />
        <source>{key!r} was already used for another request</source>
        <translation>{key!r} wurde schon für eine andere Anfrage verwendet</translation></message>
    <message>
        <location filename="../../ui/common/problem_texts.py" line="282" />
        <source>{value!r} is not one of {known}</source>
        <translation>{value!r} ist keins von {known}</translation></message>
    <message>
        <location filename="../../ui/common/problem_texts.py" line="283" />
        <source>{value!r} is not a whole number from {low} to {high}</source>
        <translation>{value!r} ist keine ganze Zahl von {low} bis {high}</translation></message>
    <message>
        <location filename="../../ui/common/problem_texts.py" line="286" />
        <source>{value!r} is not an amount such as 0.05</source>
        <translation>{value!r} ist kein Betrag wie 0.05</translation></message>
    <message>
        <location filename="../../ui/common/problem_texts.py" line="287" />
        <source>level {level} is not an object with days, title, fee, interest_percent</source>
        <translation>Stufe {level} ist kein Objekt mit days, title, fee, interest_percent</translation></message>
    <message>
        <location filename="../../ui/common/problem_texts.py" line="290" />
        <source>level {level}: days {value} is not a whole number of days</source>
        <translation>Stufe {level}: days {value} ist keine ganze Zahl von Tagen</translation></message>
    <message>
        <location filename="../../ui/common/problem_texts.py" line="293" />
        <source>level {level}: {key} {value} is not a number such as {example}</source>
        <translation>Stufe {level}: {key} {value} ist keine Zahl wie {example}</translation></message>
    <message>
        <location filename="../../ui/common/problem_texts.py" line="296" />
        <source>reminder levels are not JSON ({reason})</source>
        <translation>die Mahnstufen sind kein JSON ({reason})</translation></message>
    <message>
        <location filename="../../ui/common/problem_texts.py" line="297" />
        <source>give at least one reminder level</source>
        <translation>geben Sie mindestens eine Mahnstufe an</translation></message>
    <message>
        <location filename="../../ui/common/problem_texts.py" line="298" />
        <source>reminder levels need increasing days after the due date</source>
        <translation>Mahnstufen brauchen steigende Tage nach der Fälligkeit</translation></message>
    <message>
        <location filename="../../ui/common/problem_texts.py" line="301" />
        <source>not JSON: {reason}</source>
        <translation>kein JSON: {reason}</translation></message>
    <message>
        <location filename="../../ui/common/problem_texts.py" line="302" />
        <source>an object of role to account number, e.g. {{"bank": "1210"}}</source>
        <translation>ein Objekt von Rolle zu Kontonummer, z. B. {{"bank": "1210"}}</translation></message>
    <message>
        <location filename="../../ui/common/problem_texts.py" line="305" />
        <source>{value!r} is not a colour such as #1f4e79</source>
        <translation>{value!r} ist keine Farbe wie #1f4e79</translation></message>
    <message>
        <location filename="../../ui/common/problem_texts.py" line="306" />
        <source>unknown setting {key!r}; known: {known}</source>
        <translation>unbekannte Einstellung {key!r}; bekannt: {known}</translation></message>
    <message>
        <location filename="../../ui/common/problem_texts.py" line="307" />
        <source>{reference} is a draft; issue it first</source>
        <translation>{reference} ist ein Entwurf; stellen Sie ihn zuerst aus</translation></message>
    <message>
        <location filename="../../ui/common/problem_texts.py" line="308" />
        <source>{reference} was issued without an e-invoice; name a format</source>
        <translation>{reference} wurde ohne E-Rechnung ausgestellt; nennen Sie ein Format</translation></message>
    <message>
        <location filename="../../ui/common/problem_texts.py" line="311" />
        <source>{reference} is a draft (id {id}); print the draft's preview ({draft_field})</source>
        <translation>{reference} ist ein Entwurf (Nummer {id}); drucken Sie die Vorschau des Entwurfs ({draft_field})</translation></message>
    <message>
        <location filename="../../ui/common/problem_texts.py" line="314" />
        <source>{id} is issued as {number}</source>
        <translation>{id} ist als {number} ausgestellt</translation></message>
    <message>
        <location filename="../../ui/common/problem_texts.py" line="315" />
        <source>choose a customer before printing the draft</source>
        <translation>wählen Sie einen Kunden, bevor Sie den Entwurf drucken</translation></message>
    <message>
        <location filename="../../ui/common/problem_texts.py" line="318" />
        <source>cannot compute the totals yet: {reason}</source>
        <translation>die Summen lassen sich noch nicht berechnen: {reason}</translation></message>
    <message>
        <location filename="../../ui/common/problem_texts.py" line="319" />
        <source>the template is malformed ({reason})</source>
        <translation>die Vorlage ist fehlerhaft ({reason})</translation></message>
    <message>
        <location filename="../../ui/common/problem_texts.py" line="320" />
        <source>unknown placeholder {{{name}}}; known: {known}</source>
        <translation>unbekannter Platzhalter {{{name}}}; bekannt: {known}</translation></message>
    <message>
        <location filename="../../ui/common/problem_texts.py" line="323" />
        <source>{end} is before {start}</source>
        <translation>{end} liegt vor {start}</translation></message>
    <message>
        <location filename="../../ui/common/problem_texts.py" line="324" />
        <source>{value!r} is not a month (2026-11), quarter (2026-Q4) or year</source>
        <translation>{value!r} ist kein Monat (2026-11), Quartal (2026-Q4) oder Jahr</translation></message>
    <message>
        <location filename="../../ui/common/problem_texts.py" line="327" />
        <source>bundle {sequence} already covers {start} to {end}; make a correction that supersedes it ({correct_field})</source>
        <translation>Paket {sequence} deckt {start} bis {end} schon ab; mit {correct_field} entsteht eine Korrektur, die es ersetzt</translation></message>
    <message>
        <location filename="../../ui/common/problem_texts.py" line="331" />
        <source>no bundle covers {start} to {end} yet</source>
        <translation>noch kein Paket deckt {start} bis {end} ab</translation></message>
    <message>
        <location filename="../../ui/common/problem_texts.py" line="332" />
        <source>no bundle {reference!r} (give its sequence number)</source>
        <translation>kein Paket {reference!r} (geben Sie seine laufende Nummer an)</translation></message>
    <message>
        <location filename="../../ui/common/problem_texts.py" line="335" />
        <source>{name} has no invoice email address; give an address ({field})</source>
        <translation>{name} hat keine E-Mail-Adresse für Rechnungen; geben Sie eine Adresse an ({field})</translation></message>
    <message>
        <location filename="../../ui/common/problem_texts.py" line="338" />
        <source>cannot write {path}: {reason}</source>
        <translation>{path} lässt sich nicht schreiben: {reason}</translation></message>
    <message>
        <location filename="../../ui/common/problem_texts.py" line="339" />
        <source>{format} e-invoice rule {rule}: {advice} ({text})</source>
        <translation>{format}-Regel {rule} der E-Rechnung: {advice} ({text})</translation></message>
    <message>
        <location filename="../../ui/common/problem_texts.py" line="342" />
        <source>{number} is issued and can no longer be changed</source>
        <translation>{number} ist ausgestellt und kann nicht mehr geändert werden</translation></message>
    <message>
        <location filename="../../ui/common/problem_texts.py" line="345" />
        <source>only credit and debit notes correct another document</source>
        <translation>nur Gutschriften und Belastungsanzeigen korrigieren einen anderen Beleg</translation></message>
    <message>
        <location filename="../../ui/common/problem_texts.py" line="348" />
        <source>there is no customer with id {id}</source>
        <translation>es gibt keinen Kunden mit der Nummer {id}</translation></message>
    <message>
        <location filename="../../ui/common/problem_texts.py" line="349" />
        <source>there is no product with id {id}</source>
        <translation>es gibt kein Produkt mit der Nummer {id}</translation></message>
    <message>
        <location filename="../../ui/common/problem_texts.py" line="350" />
        <source>there is no document with id {id}</source>
        <translation>es gibt keinen Beleg mit der Nummer {id}</translation></message>
    <message>
        <location filename="../../ui/common/problem_texts.py" line="351" />
        <source>there is no document with number or id {reference!r}</source>
        <translation>es gibt keinen Beleg mit der Nummer oder Kennung {reference!r}</translation></message>
    <message>
        <location filename="../../ui/common/problem_texts.py" line="354" />
        <source>draft {id} is gone or was issued meanwhile</source>
        <translation>Entwurf {id} ist weg oder wurde inzwischen ausgestellt</translation></message>
    <message>
        <location filename="../../ui/common/problem_texts.py" line="355" />
        <source>there is no series {name!r} for {type_words}</source>
        <translation>es gibt keinen Nummernkreis {name!r} für diese Belegart ({type_words})</translation></message>
    <message>
        <location filename="../../ui/common/problem_texts.py" line="356" />
        <source>there is no default series for {type_words}</source>
        <translation>es gibt keinen Standard-Nummernkreis für diese Belegart ({type_words})</translation></message>
    <message>
        <location filename="../../ui/common/problem_texts.py" line="359" />
        <source>no destination {id}</source>
        <translation>kein Ziel {id}</translation></message>
    <message>
        <location filename="../../ui/common/problem_texts.py" line="360" />
        <source>no delivery job {id}</source>
        <translation>kein Versandauftrag {id}</translation></message>
    <message>
        <location filename="../../ui/common/problem_texts.py" line="361" />
        <source>{path} exists already; choose a new file name</source>
        <translation>{path} gibt es schon; wählen Sie einen neuen Dateinamen</translation></message>
    <message>
        <location filename="../../ui/common/problem_texts.py" line="362" />
        <source>folder {path} does not exist</source>
        <translation>den Ordner {path} gibt es nicht</translation></message>
    <message>
        <location filename="../../ui/common/problem_texts.py" line="363" />
        <source>the passphrase must not be empty</source>
        <translation>die Passphrase darf nicht leer sein</translation></message>
    <message>
        <location filename="../../ui/common/problem_texts.py" line="364" />
        <source>another program is reading the company file; close it</source>
        <translation>ein anderes Programm liest die Firmendatei; schließen Sie es</translation></message>
    <message>
        <location filename="../../ui/common/problem_texts.py" line="367" />
        <source>{path} exists; replace it ({force_field})</source>
        <translation>{path} gibt es schon; mit {force_field} wird sie ersetzt</translation></message>
    <message>
        <location filename="../../ui/common/problem_texts.py" line="368" />
        <source>{path} exists already; choose a new name</source>
        <translation>{path} gibt es schon; wählen Sie einen neuen Namen</translation></message>
    <message>
        <location filename="../../ui/common/problem_texts.py" line="369" />
        <source>no company file at {path}</source>
        <translation>keine Firmendatei unter {path}</translation></message>
    <message>
        <location filename="../../ui/common/problem_texts.py" line="370" />
        <source>{path} is not a file</source>
        <translation>{path} ist keine Datei</translation></message>
    <message>
        <location filename="../../ui/common/problem_texts.py" line="371" />
        <source>the document has no {term}; it is mandatory in EN 16931</source>
        <translation>das Dokument hat kein(e) {term}; das ist in EN 16931 Pflicht</translation></message>
    <message>
        <location filename="../../ui/common/problem_texts.py" line="374" />
        <source>the {role} has no name (BT-27/BT-44)</source>
        <translation>{role} hat keinen Namen (BT-27/BT-44)</translation></message>
    <message>
        <location filename="../../ui/common/problem_texts.py" line="375" />
        <source>{term} is not a number: {value!r}</source>
        <translation>{term} ist keine Zahl: {value!r}</translation></message>
    <message>
        <location filename="../../ui/common/problem_texts.py" line="376" />
        <source>{term} is not a date in format 102 (YYYYMMDD): {value!r}</source>
        <translation>{term} ist kein Datum im Format 102 (JJJJMMTT): {value!r}</translation></message>
    <message>
        <location filename="../../ui/common/problem_texts.py" line="379" />
        <source>the document has no lines (BG-25); EN 16931 requires at least one</source>
        <translation>das Dokument hat keine Positionen (BG-25); EN 16931 verlangt mindestens eine</translation></message>
    <message>
        <location filename="../../ui/common/problem_texts.py" line="382" />
        <source>the document has no totals (BG-22); they are mandatory in EN 16931</source>
        <translation>das Dokument hat keine Summen (BG-22); sie sind in EN 16931 Pflicht</translation></message>
    <message>
        <location filename="../../ui/common/problem_texts.py" line="385" />
        <source>cannot read the PDF: {reason}</source>
        <translation>das PDF lässt sich nicht lesen: {reason}</translation></message>
    <message>
        <location filename="../../ui/common/problem_texts.py" line="386" />
        <source>the PDF carries no Factur-X / ZUGFeRD XML</source>
        <translation>das PDF enthält kein Factur-X-/ZUGFeRD-XML</translation></message>
    <message>
        <location filename="../../ui/common/problem_texts.py" line="389" />
        <source>not well-formed XML: {reason}</source>
        <translation>kein wohlgeformtes XML: {reason}</translation></message>
    <message>
        <location filename="../../ui/common/problem_texts.py" line="390" />
        <source>the document declares a DOCTYPE (refused: e-invoices have none)</source>
        <translation>das Dokument deklariert einen DOCTYPE (abgelehnt: E-Rechnungen haben keinen)</translation></message>
    <message>
        <location filename="../../ui/common/problem_texts.py" line="393" />
        <source>the root element is &lt;{name}&gt;: not a UBL Invoice or CreditNote, nor a CII CrossIndustryInvoice</source>
        <translation>das Wurzelelement ist &lt;{name}&gt;: weder eine UBL-Invoice oder -CreditNote noch eine CII-CrossIndustryInvoice</translation></message>
    <message>
        <location filename="../../ui/common/problem_texts.py" line="397" />
        <source>no DATEV account for {role!r} in the {chart} mapping; add it, e.g. {{"{role}": "8xxx"}}</source>
        <translation>kein DATEV-Konto für {role!r} in der Zuordnung {chart}; ergänzen Sie es, z. B. {{"{role}": "8xxx"}}</translation></message>
    <message>
        <location filename="../../ui/common/problem_texts.py" line="401" />
        <source>a DATEV batch covers one fiscal year; split the period</source>
        <translation>ein DATEV-Stapel umfasst ein Geschäftsjahr; teilen Sie den Zeitraum</translation></message>
    <message>
        <location filename="../../ui/common/problem_texts.py" line="404" />
        <source>{path} is not a folder</source>
        <translation>{path} ist kein Ordner</translation></message>
    <message>
        <location filename="../../ui/common/problem_texts.py" line="405" />
        <source>no {manifest} in {path} or its folders</source>
        <translation>kein {manifest} in {path} oder seinen Ordnern</translation></message>
    <message>
        <location filename="../../ui/common/problem_texts.py" line="406" />
        <source>empty; nothing stored</source>
        <translation>leer; nichts gespeichert</translation></message>
    <message>
        <location filename="../../ui/common/problem_texts.py" line="407" />
        <source>cannot read {path}: {reason}</source>
        <translation>{path} lässt sich nicht lesen: {reason}</translation></message>
    <message>
        <location filename="../../ui/common/problem_texts.py" line="408" />
        <source>{path} is not UTF-8 text</source>
        <translation>{path} ist kein UTF-8-Text</translation></message>
    <message>
        <location filename="../../ui/common/problem_texts.py" line="409" />
        <source>{path} is empty</source>
        <translation>{path} ist leer</translation></message>
    <message>
        <location filename="../../ui/common/problem_texts.py" line="410" />
        <source>{path} is not valid JSON (line {line}, column {column}: {reason})</source>
        <translation>{path} ist kein gültiges JSON (Zeile {line}, Spalte {column}: {reason})</translation></message>
    <message>
        <location filename="../../ui/common/problem_texts.py" line="413" />
        <source>name the XML file to validate</source>
        <translation>nennen Sie die zu prüfende XML-Datei</translation></message>
    <message>
        <location filename="../../ui/common/problem_texts.py" line="414" />
        <source>{path} is not an e-invoice: {reason}</source>
        <translation>{path} ist keine E-Rechnung: {reason}</translation></message>
    <message>
        <location filename="../../ui/common/problem_texts.py" line="415" />
        <source>the two passphrases differ</source>
        <translation>die beiden Passphrasen unterscheiden sich</translation></message>
    <message>
        <location filename="../../ui/common/problem_texts.py" line="416" />
        <source>choose the image ({field}), or remove the logo ({remove_field})</source>
        <translation>geben Sie das Bild an ({field}) oder entfernen Sie das Logo ({remove_field})</translation></message>
    <message>
        <location filename="../../ui/common/problem_texts.py" line="419" />
        <source>name an issued document's number ({field}) or a draft ({draft_field})</source>
        <translation>nennen Sie die Nummer eines ausgestellten Belegs ({field}) oder einen Entwurf ({draft_field})</translation></message>
    <message>
        <location filename="../../ui/common/problem_texts.py" line="422" />
        <source>the password is empty</source>
        <translation>das Passwort ist leer</translation></message>
    <message>
        <location filename="../../ui/common/problem_texts.py" line="423" />
        <source>buckets are increasing day counts above 0, e.g. 30,60,90</source>
        <translation>Altersstufen sind steigende Tageszahlen über 0, z. B. 30,60,90</translation></message>
    <message>
        <location filename="../../ui/common/problem_texts.py" line="426" />
        <source>set the SMTP server and user first</source>
        <translation>legen Sie zuerst email.host und email.user fest</translation></message>
    <message>
        <location filename="../../ui/common/problem_texts.py" line="427" />
        <source>this is not the current passphrase</source>
        <translation>das ist nicht die bisherige Passphrase</translation></message>
    <message>
        <location filename="../../ui/common/problem_texts.py" line="428" />
        <source>Type the passphrase of this company file.</source>
        <translation>Geben Sie die Passphrase dieser Firmendatei ein.</translation></message>
    <message>
        <location filename="../../ui/common/problem_texts.py" line="429" />
        <source>a rounding increment must be positive</source>
        <translation>eine Rundungsstufe muss positiv sein</translation></message>
    <message>
        <location filename="../../ui/common/problem_texts.py" line="433" />
        <source>description</source>
        <translation>Bezeichnung</translation></message>
    <message>
        <location filename="../../ui/common/problem_texts.py" line="434" />
        <source>quantity</source>
        <translation>Menge</translation></message>
    <message>
        <location filename="../../ui/common/problem_texts.py" line="435" />
        <source>unit</source>
        <translation>Einheit</translation></message>
    <message>
        <location filename="../../ui/common/problem_texts.py" line="436" />
        <source>unit price</source>
        <translation>Einzelpreis</translation></message>
    <message>
        <location filename="../../ui/common/problem_texts.py" line="437" />
        <source>price base quantity</source>
        <translation>Preisbasismenge</translation></message>
    <message>
        <location filename="../../ui/common/problem_texts.py" line="438" />
        <source>VAT rate</source>
        <translation>USt.-Satz</translation></message>
    <message>
        <location filename="../../ui/common/problem_texts.py" line="439" />
        <location filename="../../ui/common/problem_texts.py" line="479" />
        <source>VAT category</source>
        <translation>USt.-Kategorie</translation></message>
    <message>
        <location filename="../../ui/common/problem_texts.py" line="440" />
        <source>exemption reason</source>
        <translation>Befreiungsgrund</translation></message>
    <message>
        <location filename="../../ui/common/problem_texts.py" line="441" />
        <source>product</source>
        <translation>Artikel</translation></message>
    <message>
        <location filename="../../ui/common/problem_texts.py" line="442" />
        <source>corrected line</source>
        <translation>berichtigte Position</translation></message>
    <message>
        <location filename="../../ui/common/problem_texts.py" line="443" />
        <source>customer</source>
        <translation>Kunde</translation></message>
    <message>
        <location filename="../../ui/common/problem_texts.py" line="444" />
        <source>currency</source>
        <translation>Währung</translation></message>
    <message>
        <location filename="../../ui/common/problem_texts.py" line="445" />
        <source>lines</source>
        <translation>Positionen</translation></message>
    <message>
        <location filename="../../ui/common/problem_texts.py" line="446" />
        <source>issue date</source>
        <translation>Rechnungsdatum</translation></message>
    <message>
        <location filename="../../ui/common/problem_texts.py" line="447" />
        <source>due date</source>
        <translation>Fälligkeitsdatum</translation></message>
    <message>
        <location filename="../../ui/common/problem_texts.py" line="448" />
        <source>delivery date</source>
        <translation>Lieferdatum</translation></message>
    <message>
        <location filename="../../ui/common/problem_texts.py" line="449" />
        <source>end of the period</source>
        <translation>Ende des Zeitraums</translation></message>
    <message>
        <location filename="../../ui/common/problem_texts.py" line="450" />
        <source>prepaid amount</source>
        <translation>vorausbezahlter Betrag</translation></message>
    <message>
        <location filename="../../ui/common/problem_texts.py" line="451" />
        <source>exchange rate</source>
        <translation>Wechselkurs</translation></message>
    <message>
        <location filename="../../ui/common/problem_texts.py" line="452" />
        <source>corrected invoice</source>
        <translation>berichtigte Rechnung</translation></message>
    <message>
        <location filename="../../ui/common/problem_texts.py" line="453" />
        <source>name</source>
        <translation>Name</translation></message>
    <message>
        <location filename="../../ui/common/problem_texts.py" line="454" />
        <source>email</source>
        <translation>E-Mail</translation></message>
    <message>
        <location filename="../../ui/common/problem_texts.py" line="455" />
        <source>amount</source>
        <translation>Betrag</translation></message>
    <message>
        <location filename="../../ui/common/problem_texts.py" line="456" />
        <source>date</source>
        <translation>Datum</translation></message>
    <message>
        <location filename="../../ui/common/problem_texts.py" line="457" />
        <source>invoice</source>
        <translation>Rechnung</translation></message>
    <message>
        <location filename="../../ui/common/problem_texts.py" line="458" />
        <source>discount percent</source>
        <translation>Skonto in Prozent</translation></message>
    <message>
        <location filename="../../ui/common/problem_texts.py" line="459" />
        <source>discount days</source>
        <translation>Skontotage</translation></message>
    <message>
        <location filename="../../ui/common/problem_texts.py" line="460" />
        <source>VAT ID</source>
        <translation>USt-IdNr.</translation></message>
    <message>
        <location filename="../../ui/common/problem_texts.py" line="461" />
        <source>country</source>
        <translation>Land</translation></message>
    <message>
        <location filename="../../ui/common/problem_texts.py" line="462" />
        <source>payment terms (days)</source>
        <translation>Zahlungsziel (Tage)</translation></message>
    <message>
        <location filename="../../ui/common/problem_texts.py" line="463" />
        <source>language</source>
        <translation>Sprache</translation></message>
    <message>
        <location filename="../../ui/common/problem_texts.py" line="464" />
        <source>price</source>
        <translation>Preis</translation></message>
    <message>
        <location filename="../../ui/common/problem_texts.py" line="465" />
        <source>amount per invoice</source>
        <translation>Betrag je Rechnung</translation></message>
    <message>
        <location filename="../../ui/common/problem_texts.py" line="466" />
        <source>bad debt</source>
        <translation>Forderungsausfall</translation></message>
    <message>
        <location filename="../../ui/common/problem_texts.py" line="467" />
        <source>reason</source>
        <translation>Grund</translation></message>
    <message>
        <location filename="../../ui/common/problem_texts.py" line="468" />
        <source>note</source>
        <translation>Notiz</translation></message>
    <message>
        <location filename="../../ui/common/problem_texts.py" line="469" />
        <source>folder</source>
        <translation>Ordner</translation></message>
    <message>
        <location filename="../../ui/common/problem_texts.py" line="470" />
        <source>server</source>
        <translation>Server</translation></message>
    <message>
        <location filename="../../ui/common/problem_texts.py" line="471" />
        <source>port</source>
        <translation>Port</translation></message>
    <message>
        <location filename="../../ui/common/problem_texts.py" line="472" />
        <source>user</source>
        <translation>Benutzer</translation></message>
    <message>
        <location filename="../../ui/common/problem_texts.py" line="473" />
        <source>receiver URL</source>
        <translation>Empfänger-URL</translation></message>
    <message>
        <location filename="../../ui/common/problem_texts.py" line="474" />
        <source>private key file</source>
        <translation>Datei des privaten Schlüssels</translation></message>
    <message>
        <location filename="../../ui/common/problem_texts.py" line="475" />
        <source>authentication</source>
        <translation>Anmeldung</translation></message>
    <message>
        <location filename="../../ui/common/problem_texts.py" line="476" />
        <source>IBAN</source>
        <translation>IBAN</translation></message>
    <message>
        <location filename="../../ui/common/problem_texts.py" line="477" />
        <source>BIC</source>
        <translation>BIC</translation></message>
    <message>
        <location filename="../../ui/common/problem_texts.py" line="478" />
        <source>logo</source>
        <translation>Logo</translation></message>
    <message>
        <location filename="../../ui/common/problem_texts.py" line="480" />
        <source>rate</source>
        <translation>Satz</translation></message>
    <message>
        <location filename="../../ui/common/problem_texts.py" line="481" />
        <source>valid from</source>
        <translation>gültig ab</translation></message>
    <message>
        <location filename="../../ui/common/problem_texts.py" line="482" />
        <source>valid to</source>
        <translation>gültig bis</translation></message>
    <message>
        <location filename="../../ui/common/problem_texts.py" line="483" />
        <source>pattern</source>
        <translation>Muster</translation></message>
    <message>
        <location filename="../../ui/common/problem_texts.py" line="484" />
        <source>scheme of the electronic address</source>
        <translation>Schema der elektronischen Adresse</translation></message>
    <message>
        <location filename="../../ui/common/problem_texts.py" line="485" />
        <source>scheme of the legal ID</source>
        <translation>Schema der Registernummer</translation></message>
    <message>
        <location filename="../../ui/common/problem_texts.py" line="486" />
        <source>value</source>
        <translation>Wert</translation></message>
    <message>
        <location filename="../../ui/common/problem_texts.py" line="487" />
        <source>setting</source>
        <translation>Einstellung</translation></message>
    <message>
        <location filename="../../ui/common/problem_texts.py" line="488" />
        <source>passphrase</source>
        <translation>Passphrase</translation></message>
    <message>
        <location filename="../../ui/common/problem_texts.py" line="489" />
        <source>current passphrase</source>
        <translation>bisherige Passphrase</translation></message>
    <message>
        <location filename="../../ui/common/problem_texts.py" line="490" />
        <location filename="../../ui/common/problem_texts.py" line="491" />
        <source>file</source>
        <translation>Datei</translation></message>
    <message>
        <location filename="../../ui/common/problem_texts.py" line="492" />
        <source>recipient</source>
        <translation>Empfänger</translation></message>
    <message>
        <location filename="../../ui/common/problem_texts.py" line="493" />
        <source>end date</source>
        <translation>Enddatum</translation></message>
    <message>
        <location filename="../../ui/common/problem_texts.py" line="494" />
        <source>period</source>
        <translation>Zeitraum</translation></message>
    <message>
        <location filename="../../ui/common/problem_texts.py" line="495" />
        <source>correction</source>
        <translation>Korrektur</translation></message>
    <message>
        <location filename="../../ui/common/problem_texts.py" line="496" />
        <source>age buckets</source>
        <translation>Altersstufen</translation></message>
    <message>
        <location filename="../../ui/common/problem_texts.py" line="497" />
        <source>draft</source>
        <translation>Entwurf</translation></message>
    <message>
        <location filename="../../ui/common/problem_texts.py" line="498" />
        <source>remove</source>
        <translation>entfernen</translation></message>
    <message>
        <location filename="../../ui/common/problem_texts.py" line="499" />
        <source>replace</source>
        <translation>ersetzen</translation></message>
    <message>
        <location filename="../../ui/common/problem_texts.py" line="503" />
        <source>line</source>
        <translation>Position</translation></message>
    <message>
        <location filename="../../ui/common/problem_texts.py" line="504" />
        <source>line {number}, {field}</source>
        <translation>Position {number}, {field}</translation></message>
    <message>
        <location filename="../../ui/common/problem_texts.py" line="505" />
        <source>Company details: {problem} (fix it on the Company page)</source>
        <translation>Firmendaten: {problem} (auf der Seite Firma zu ändern)</translation></message>
    <message>
        <location filename="../../ui/common/problem_texts.py" line="506" />
        <source>Customer details: {problem} (fix it on the Customers page)</source>
        <translation>Kundendaten: {problem} (auf der Seite Kunden zu ändern)</translation></message>
    <message>
        <location filename="../../ui/common/problem_texts.py" line="507" />
        <source>{field}: {problem}</source>
        <translation>{field}: {problem}</translation></message>
</context>
</TS>