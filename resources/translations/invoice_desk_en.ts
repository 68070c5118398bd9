<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="en_GB">
<context>
    <name />
    <message>
        <location filename="../../ui/common/messages.py" line="27" />
        <source>Wrong passphrase. Check Caps Lock and the keyboard layout, then try again.</source>
        <translation type="unfinished" /></message>
    <message>
        <location filename="../../ui/common/messages.py" line="30" />
        <source>This company file is in use by {host}/{pid} since {since}. Close it there first.</source>
        <translation type="unfinished" /></message>
    <message>
        <location filename="../../ui/common/messages.py" line="33" />
        <source>This is not an Invoice Desk company file ({detail}).</source>
        <translation type="unfinished" /></message>
    <message>
        <location filename="../../ui/common/messages.py" line="36" />
        <source>The company file is damaged and cannot be opened safely ({detail}). Restore it from a backup.</source>
        <translation type="unfinished" /></message>
    <message>
        <location filename="../../ui/common/messages.py" line="40" />
        <source>The passphrase cannot be remembered: {detail}</source>
        <translation type="unfinished" /></message>
    <message>
        <location filename="../../ui/common/messages.py" line="47" />
        <source>Unexpected error: {detail}</source>
        <translation type="unfinished" /></message>
</context>
<context>
    <name>AgingBars</name>
    <message>
        <location filename="../../ui/overview/dashboard_page.py" line="36" />
        <source>Aging of receivables</source>
        <translation type="unfinished" /></message>
</context>
<context>
    <name>AgingModel</name>
    <message>
        <location filename="../../ui/receivables/report_models.py" line="44" />
        <source>Customer</source>
        <translation type="unfinished" /></message>
    <message>
        <location filename="../../ui/receivables/report_models.py" line="45" />
        <source>Currency</source>
        <translation type="unfinished" /></message>
    <message>
        <location filename="../../ui/receivables/report_models.py" line="47" />
        <source>Total</source>
        <translation type="unfinished" /></message>
    <message>
        <location filename="../../ui/receivables/report_models.py" line="48" />
        <source>Credit</source>
        <translation type="unfinished" /></message>
    <message>
        <location filename="../../ui/receivables/report_models.py" line="49" />
        <source>Balance</source>
        <translation type="unfinished" /></message>
</context>
<context>
    <name>AppController</name>
    <message>
        <location filename="../../ui/shell/application.py" line="79" />
        <source>Demo company: its passphrase is &lt;b&gt;{p}&lt;/b&gt;</source>
        <translation type="unfinished" /></message>
    <message>
        <location filename="../../ui/shell/application.py" line="84" />
        <source>Creating the demo company…</source>
        <translation type="unfinished" /></message>
    <message>
        <location filename="../../ui/shell/application.py" line="171" />
        <source>The passphrase was changed.</source>
        <translation type="unfinished" /></message>
</context>
<context>
    <name>AuditModel</name>
    <message>
        <location filename="../../ui/overview/audit_page.py" line="55" />
        <source>No.</source>
        <translation type="unfinished" /></message>
    <message>
        <location filename="../../ui/overview/audit_page.py" line="56" />
        <source>Time</source>
        <translation type="unfinished" /></message>
    <message>
        <location filename="../../ui/overview/audit_page.py" line="57" />
        <source>Who</source>
        <translation type="unfinished" /></message>
    <message>
        <location filename="../../ui/overview/audit_page.py" line="58" />
        <source>What</source>
        <translation type="unfinished" /></message>
    <message>
        <location filename="../../ui/overview/audit_page.py" line="59" />
        <source>Concerning</source>
        <translation type="unfinished" /></message>
</context>
<context>
    <name>AuditPage</name>
    <message>
        <location filename="../../ui/overview/audit_page.py" line="117" />
        <source>Audit log</source>
        <translation type="unfinished" /></message>
    <message>
        <location filename="../../ui/overview/audit_page.py" line="125" />
        <source>Entry</source>
        <translation type="unfinished" /></message>
    <message>
        <location filename="../../ui/overview/audit_page.py" line="126" />
        <source>Not verified in this session.</source>
        <translation type="unfinished" /></message>
    <message>
        <location filename="../../ui/overview/audit_page.py" line="128" />
        <source>&amp;Verify chain</source>
        <translation type="unfinished" /></message>
    <message>
        <location filename="../../ui/overview/audit_page.py" line="167" />
        <source>Verifying…</source>
        <translation type="unfinished" /></message>
    <message numerus="yes">
        <location filename="../../ui/overview/audit_page.py" line="177" />
        <source>The chain is intact: %n entries.</source>
        <translation><numerusform>The chain is intact: %n entry.</numerusform><numerusform>The chain is intact: %n entries.</numerusform></translation></message>
    <message>
        <location filename="../../ui/overview/audit_page.py" line="180" />
        <source>BROKEN at entry %1: %2. Entries from there on cannot be trusted.</source>
        <translation type="unfinished" /></message>
</context>
<context>
    <name>BankPage</name>
    <message>
        <location filename="../../ui/opening/setup_wizard.py" line="118" />
        <source>Bank account and contact</source>
        <translation type="unfinished" /></message>
    <message>
        <location filename="../../ui/opening/setup_wizard.py" line="119" />
        <source>Printed on every invoice; the IBAN also makes the payment QR code.</source>
        <translation type="unfinished" /></message>
</context>
<context>
    <name>BatchRunner</name>
    <message>
        <location filename="../../ui/common/batch.py" line="38" />
        <source>Cancel</source>
        <translation type="unfinished" /></message>
</context>
<context>
    <name>BundleDialog</name>
    <message>
        <location filename="../../ui/exports/bundle_dialog.py" line="26" />
        <source>Make an accountant's bundle</source>
        <translation type="unfinished" /></message>
    <message>
        <location filename="../../ui/exports/bundle_dialog.py" line="30" />
        <location filename="../../ui/exports/bundle_dialog.py" line="56" />
        <location filename="../../ui/exports/bundle_dialog.py" line="75" />
        <source>Month</source>
        <translation type="unfinished" /></message>
    <message>
        <location filename="../../ui/exports/bundle_dialog.py" line="30" />
        <location filename="../../ui/exports/bundle_dialog.py" line="75" />
        <source>Quarter</source>
        <translation type="unfinished" /></message>
    <message>
        <location filename="../../ui/exports/bundle_dialog.py" line="30" />
        <location filename="../../ui/exports/bundle_dialog.py" line="55" />
        <source>Year</source>
        <translation type="unfinished" /></message>
    <message>
        <location filename="../../ui/exports/bundle_dialog.py" line="30" />
        <source>Date range</source>
        <translation type="unfinished" /></message>
    <message>
        <location filename="../../ui/exports/bundle_dialog.py" line="43" />
        <source>A correction: supersedes the bundle of this period</source>
        <translation type="unfinished" /></message>
    <message>
        <location filename="../../ui/exports/bundle_dialog.py" line="46" />
        <source>The bundle holds every document issued in the period (the stored PDF and e-invoice), the journal, invoice and payment lists, the ledger and, with DATEV numbers set, the DATEV batch. It is signed, kept and never changed, and queued for every active destination.</source>
        <translation type="unfinished" /></message>
    <message>
        <location filename="../../ui/exports/bundle_dialog.py" line="54" />
        <source>Period</source>
        <translation type="unfinished" /></message>
    <message>
        <location filename="../../ui/exports/bundle_dialog.py" line="58" />
        <source>From</source>
        <translation type="unfinished" /></message>
    <message>
        <location filename="../../ui/exports/bundle_dialog.py" line="59" />
        <source>To</source>
        <translation type="unfinished" /></message>
    <message>
        <location filename="../../ui/exports/bundle_dialog.py" line="65" />
        <source>&amp;Make bundle</source>
        <translation type="unfinished" /></message>
</context>
<context>
    <name>BundlesModel</name>
    <message>
        <location filename="../../ui/exports/exports_models.py" line="71" />
        <source>No.</source>
        <translation type="unfinished" /></message>
    <message>
        <location filename="../../ui/exports/exports_models.py" line="72" />
        <source>Period</source>
        <translation type="unfinished" /></message>
    <message>
        <location filename="../../ui/exports/exports_models.py" line="73" />
        <source>Made</source>
        <translation type="unfinished" /></message>
    <message>
        <location filename="../../ui/exports/exports_models.py" line="74" />
        <source>Documents</source>
        <translation type="unfinished" /></message>
    <message>
        <location filename="../../ui/exports/exports_models.py" line="75" />
        <source>Deliveries</source>
        <translation type="unfinished" /></message>
    <message>
        <location filename="../../ui/exports/exports_models.py" line="82" />
        <source>(correction)</source>
        <translation type="unfinished" /></message>
    <message>
        <location filename="../../ui/exports/exports_models.py" line="89" />
        <source>not sent anywhere</source>
        <translation type="unfinished" /></message>
</context>
<context>
    <name>CompanyPage</name>
    <message>
        <location filename="../../ui/settings/company_page.py" line="68" />
        <source>Company</source>
        <translation type="unfinished" /></message>
    <message>
        <location filename="../../ui/settings/company_page.py" line="70" />
        <source>Name:</source>
        <translation type="unfinished" /></message>
    <message>
        <location filename="../../ui/settings/company_page.py" line="71" />
        <source>Address:</source>
        <translation type="unfinished" /></message>
    <message>
        <location filename="../../ui/settings/company_page.py" line="72" />
        <source>Country:</source>
        <translation type="unfinished" /></message>
    <message>
        <location filename="../../ui/settings/company_page.py" line="73" />
        <source>Accounting currency:</source>
        <translation type="unfinished" /></message>
    <message>
        <location filename="../../ui/settings/company_page.py" line="74" />
        <source>VAT ID:</source>
        <translation type="unfinished" /></message>
    <message>
        <location filename="../../ui/settings/company_page.py" line="78" />
        <source>Company file</source>
        <translation type="unfinished" /></message>
    <message>
        <location filename="../../ui/settings/company_page.py" line="80" />
        <source>Location:</source>
        <translation type="unfinished" /></message>
    <message>
        <location filename="../../ui/settings/company_page.py" line="81" />
        <source>Size:</source>
        <translation type="unfinished" /></message>
    <message>
        <location filename="../../ui/settings/company_page.py" line="82" />
        <source>Schema version:</source>
        <translation type="unfinished" /></message>
    <message>
        <location filename="../../ui/settings/company_page.py" line="83" />
        <source>Key stretching:</source>
        <translation type="unfinished" /></message>
    <message>
        <location filename="../../ui/settings/company_page.py" line="84" />
        <source>Records:</source>
        <translation type="unfinished" /></message>
    <message>
        <location filename="../../ui/settings/company_page.py" line="87" />
        <source>Verify file</source>
        <translation type="unfinished" /></message>
    <message>
        <location filename="../../ui/settings/company_page.py" line="89" />
        <source>Back up…</source>
        <translation type="unfinished" /></message>
    <message>
        <location filename="../../ui/settings/company_page.py" line="120" />
        <location filename="../../ui/settings/company_page.py" line="123" />
        <source>(none)</source>
        <translation type="unfinished" /></message>
    <message>
        <location filename="../../ui/settings/company_page.py" line="125" />
        <source>{kib:,} KiB</source>
        <translation type="unfinished" /></message>
    <message>
        <location filename="../../ui/settings/company_page.py" line="127" />
        <source>Argon2id, {mib} MiB, {t} passes</source>
        <translation type="unfinished" /></message>
    <message>
        <location filename="../../ui/settings/company_page.py" line="137" />
        <source>customers</source>
        <translation type="unfinished" /></message>
    <message>
        <location filename="../../ui/settings/company_page.py" line="138" />
        <source>products</source>
        <translation type="unfinished" /></message>
    <message>
        <location filename="../../ui/settings/company_page.py" line="139" />
        <source>documents</source>
        <translation type="unfinished" /></message>
    <message>
        <location filename="../../ui/settings/company_page.py" line="140" />
        <source>payment entries</source>
        <translation type="unfinished" /></message>
    <message>
        <location filename="../../ui/settings/company_page.py" line="141" />
        <source>audit entries</source>
        <translation type="unfinished" /></message>
    <message>
        <location filename="../../ui/settings/company_page.py" line="150" />
        <source>Verifying every page of the file…</source>
        <translation type="unfinished" /></message>
    <message>
        <location filename="../../ui/settings/company_page.py" line="159" />
        <source>The file is intact: every check passed.</source>
        <translation type="unfinished" /></message>
    <message>
        <location filename="../../ui/settings/company_page.py" line="162" />
        <source>The file is damaged: </source>
        <translation type="unfinished" /></message>
    <message>
        <location filename="../../ui/settings/company_page.py" line="175" />
        <source>Back up to</source>
        <translation type="unfinished" /></message>
    <message>
        <location filename="../../ui/settings/company_page.py" line="182" />
        <source>Writing and checking the backup…</source>
        <translation type="unfinished" /></message>
    <message>
        <location filename="../../ui/settings/company_page.py" line="193" />
        <source>Backup written and verified: {path}</source>
        <translation type="unfinished" /></message>
</context>
<context>
    <name>CompanyTab</name>
    <message>
        <location filename="../../ui/settings/settings_tables.py" line="116" />
        <source>Save the company's details</source>
        <translation type="unfinished" /></message>
    <message>
        <location filename="../../ui/settings/settings_tables.py" line="142" />
        <source>Nothing has changed.</source>
        <translation type="unfinished" /></message>
    <message>
        <location filename="../../ui/settings/settings_tables.py" line="145" />
        <source>Saved.</source>
        <translation type="unfinished" /></message>
</context>
<context>
    <name>CreateCompanyDialog</name>
    <message>
        <location filename="../../ui/opening/create_company_dialog.py" line="67" />
        <source>Invoice Desk — New company</source>
        <translation type="unfinished" /></message>
    <message>
        <location filename="../../ui/opening/create_company_dialog.py" line="90" />
        <source>Choose the country…</source>
        <translation type="unfinished" /></message>
    <message>
        <location filename="../../ui/opening/create_company_dialog.py" line="98" />
        <source>e.g. DE136695976 (optional)</source>
        <translation type="unfinished" /></message>
    <message>
        <location filename="../../ui/opening/create_company_dialog.py" line="101" />
        <source>Choose…</source>
        <translation type="unfinished" /></message>
    <message>
        <location filename="../../ui/opening/create_company_dialog.py" line="111" />
        <source>Remember on this computer</source>
        <translation type="unfinished" /></message>
    <message>
        <location filename="../../ui/opening/create_company_dialog.py" line="113" />
        <source>Company name:</source>
        <translation type="unfinished" /></message>
    <message>
        <location filename="../../ui/opening/create_company_dialog.py" line="114" />
        <source>Country:</source>
        <translation type="unfinished" /></message>
    <message>
        <location filename="../../ui/opening/create_company_dialog.py" line="115" />
        <source>Currency:</source>
        <translation type="unfinished" /></message>
    <message>
        <location filename="../../ui/opening/create_company_dialog.py" line="116" />
        <source>VAT ID:</source>
        <translation type="unfinished" /></message>
    <message>
        <location filename="../../ui/opening/create_company_dialog.py" line="117" />
        <source>Street:</source>
        <translation type="unfinished" /></message>
    <message>
        <location filename="../../ui/opening/create_company_dialog.py" line="118" />
        <source>Postcode:</source>
        <translation type="unfinished" /></message>
    <message>
        <location filename="../../ui/opening/create_company_dialog.py" line="119" />
        <source>City:</source>
        <translation type="unfinished" /></message>
    <message>
        <location filename="../../ui/opening/create_company_dialog.py" line="120" />
        <source>Company file:</source>
        <translation type="unfinished" /></message>
    <message>
        <location filename="../../ui/opening/create_company_dialog.py" line="121" />
        <source>Passphrase:</source>
        <translation type="unfinished" /></message>
    <message>
        <location filename="../../ui/opening/create_company_dialog.py" line="122" />
        <source>Repeat passphrase:</source>
        <translation type="unfinished" /></message>
    <message>
        <location filename="../../ui/opening/create_company_dialog.py" line="128" />
        <source>Create</source>
        <translation type="unfinished" /></message>
    <message>
        <location filename="../../ui/opening/create_company_dialog.py" line="131" />
        <source>Cancel</source>
        <translation type="unfinished" /></message>
    <message>
        <location filename="../../ui/opening/create_company_dialog.py" line="138" />
        <source>&lt;h2&gt;A new company&lt;/h2&gt;</source>
        <translation type="unfinished" /></message>
    <message>
        <location filename="../../ui/opening/create_company_dialog.py" line="144" />
        <source>Company file</source>
        <translation type="unfinished" /></message>
    <message>
        <location filename="../../ui/opening/create_company_dialog.py" line="183" />
        <source>Choose where to keep the company file.</source>
        <translation type="unfinished" /></message>
    <message>
        <location filename="../../ui/opening/create_company_dialog.py" line="186" />
        <source>A file with this name exists already.</source>
        <translation type="unfinished" /></message>
    <message>
        <location filename="../../ui/opening/create_company_dialog.py" line="189" />
        <source>This folder does not exist.</source>
        <translation type="unfinished" /></message>
    <message>
        <location filename="../../ui/opening/create_company_dialog.py" line="194" />
        <source>Use at least {n} characters.</source>
        <translation type="unfinished" /></message>
    <message>
        <location filename="../../ui/opening/create_company_dialog.py" line="198" />
        <source>The two passphrases differ.</source>
        <translation type="unfinished" /></message>
    <message>
        <location filename="../../ui/opening/create_company_dialog.py" line="209" />
        <source>Creating the encrypted company file…</source>
        <translation type="unfinished" /></message>
</context>
<context>
    <name>CustomerPayments</name>
    <message>
        <location filename="../../ui/receivables/customer_payments.py" line="137" />
        <source>Payments of the customer</source>
        <translation type="unfinished" /></message>
    <message>
        <location filename="../../ui/receivables/customer_payments.py" line="143" />
        <source>Re&amp;verse payment…</source>
        <translation type="unfinished" /></message>
    <message>
        <location filename="../../ui/receivables/customer_payments.py" line="145" />
        <source>Re&amp;fund…</source>
        <translation type="unfinished" /></message>
    <message>
        <location filename="../../ui/receivables/customer_payments.py" line="150" />
        <source>Payments:</source>
        <translation type="unfinished" /></message>
    <message>
        <location filename="../../ui/receivables/customer_payments.py" line="187" />
        <source>Choose the payment to reverse.</source>
        <translation type="unfinished" /></message>
    <message>
        <location filename="../../ui/receivables/customer_payments.py" line="190" />
        <source>Reverse payment</source>
        <translation type="unfinished" /></message>
    <message>
        <location filename="../../ui/receivables/customer_payments.py" line="190" />
        <source>Why (e.g. returned by the bank)?</source>
        <translation type="unfinished" /></message>
    <message>
        <location filename="../../ui/receivables/customer_payments.py" line="200" />
        <source>The payment was reversed; its invoices are open again.</source>
        <translation type="unfinished" /></message>
    <message>
        <location filename="../../ui/receivables/customer_payments.py" line="233" />
        <source>Refund recorded.</source>
        <translation type="unfinished" /></message>
</context>
<context>
    <name>CustomersModel</name>
    <message>
        <location filename="../../ui/parties/customers_page.py" line="69" />
        <source>Name</source>
        <translation type="unfinished" /></message>
    <message>
        <location filename="../../ui/parties/customers_page.py" line="69" />
        <source>City</source>
        <translation type="unfinished" /></message>
    <message>
        <location filename="../../ui/parties/customers_page.py" line="69" />
        <source>Country</source>
        <translation type="unfinished" /></message>
    <message>
        <location filename="../../ui/parties/customers_page.py" line="69" />
        <source>VAT ID</source>
        <translation type="unfinished" /></message>
</context>
<context>
    <name>CustomersPage</name>
    <message>
        <location filename="../../ui/parties/customers_page.py" line="128" />
        <source>Search name, VAT ID, email, city</source>
        <translation type="unfinished" /></message>
    <message>
        <location filename="../../ui/parties/customers_page.py" line="129" />
        <source>Search customers</source>
        <translation type="unfinished" /></message>
    <message>
        <location filename="../../ui/parties/customers_page.py" line="137" />
        <source>Customers</source>
        <translation type="unfinished" /></message>
    <message>
        <location filename="../../ui/parties/customers_page.py" line="147" />
        <source>&amp;New customer</source>
        <translation type="unfinished" /></message>
    <message>
        <location filename="../../ui/parties/customers_page.py" line="163" />
        <source>Company default</source>
        <translation type="unfinished" /></message>
    <message>
        <location filename="../../ui/parties/customers_page.py" line="166" />
        <source>E-invoice format:</source>
        <translation type="unfinished" /></message>
    <message>
        <location filename="../../ui/parties/customers_page.py" line="167" />
        <source>&amp;Save</source>
        <translation type="unfinished" /></message>
    <message>
        <location filename="../../ui/parties/customers_page.py" line="171" />
        <source>S&amp;tatement PDF…</source>
        <translation type="unfinished" /></message>
    <message>
        <location filename="../../ui/parties/customers_page.py" line="175" />
        <source>Documents of the customer</source>
        <translation type="unfinished" /></message>
    <message>
        <location filename="../../ui/parties/customers_page.py" line="253" />
        <source>Balance: nothing open</source>
        <translation type="unfinished" /></message>
    <message>
        <location filename="../../ui/parties/customers_page.py" line="256" />
        <source>Balance: %1</source>
        <translation type="unfinished" /></message>
    <message>
        <location filename="../../ui/parties/customers_page.py" line="291" />
        <source>a whole number of days, e.g. 30</source>
        <translation type="unfinished" /></message>
    <message>
        <location filename="../../ui/parties/customers_page.py" line="311" />
        <source>Saved.</source>
        <translation type="unfinished" /></message>
    <message>
        <location filename="../../ui/parties/customers_page.py" line="318" />
        <source>Not saved: see the fields marked in red.</source>
        <translation type="unfinished" /></message>
    <message>
        <location filename="../../ui/parties/customers_page.py" line="335" />
        <source>Save statement</source>
        <translation type="unfinished" /></message>
</context>
<context>
    <name>DashboardPage</name>
    <message>
        <location filename="../../ui/overview/dashboard_page.py" line="99" />
        <source>Open receivables</source>
        <translation type="unfinished" /></message>
    <message>
        <location filename="../../ui/overview/dashboard_page.py" line="100" />
        <source>Overdue</source>
        <translation type="unfinished" /></message>
    <message>
        <location filename="../../ui/overview/dashboard_page.py" line="101" />
        <source>Issued this month</source>
        <translation type="unfinished" /></message>
    <message>
        <location filename="../../ui/overview/dashboard_page.py" line="108" />
        <source>Aging (days past due)</source>
        <translation type="unfinished" /></message>
    <message>
        <location filename="../../ui/overview/dashboard_page.py" line="112" />
        <source>Owing most</source>
        <translation type="unfinished" /></message>
    <message>
        <location filename="../../ui/overview/dashboard_page.py" line="118" />
        <source>State</source>
        <translation type="unfinished" /></message>
    <message>
        <location filename="../../ui/overview/dashboard_page.py" line="120" />
        <source>Audit chain: not checked yet</source>
        <translation type="unfinished" /></message>
    <message>
        <location filename="../../ui/overview/dashboard_page.py" line="121" />
        <source>Accountant's bundle: none sent yet</source>
        <translation type="unfinished" /></message>
    <message>
        <location filename="../../ui/overview/dashboard_page.py" line="122" />
        <source>&amp;Verify audit chain</source>
        <translation type="unfinished" /></message>
    <message numerus="yes">
        <location filename="../../ui/overview/dashboard_page.py" line="148" />
        <location filename="../../ui/overview/dashboard_page.py" line="150" />
        <source>%n document(s)</source>
        <translation><numerusform>%n document</numerusform><numerusform>%n documents</numerusform></translation></message>
    <message>
        <location filename="../../ui/overview/dashboard_page.py" line="152" />
        <source>Nobody owes anything.</source>
        <translation type="unfinished" /></message>
    <message>
        <location filename="../../ui/overview/dashboard_page.py" line="161" />
        <source>Accountant's bundle: none made yet (Exports)</source>
        <translation type="unfinished" /></message>
    <message>
        <location filename="../../ui/overview/dashboard_page.py" line="162" />
        <source>Accountant's bundle {n}: {start} to {end}; delivered {ok}, waiting {wait}</source>
        <translation type="unfinished" /></message>
    <message>
        <location filename="../../ui/overview/dashboard_page.py" line="171" />
        <source>; NEEDS ATTENTION: {n}</source>
        <translation type="unfinished" /></message>
    <message>
        <location filename="../../ui/overview/dashboard_page.py" line="175" />
        <source>Audit chain: verifying…</source>
        <translation type="unfinished" /></message>
    <message numerus="yes">
        <location filename="../../ui/overview/dashboard_page.py" line="182" />
        <source>Audit chain: intact, %n entries</source>
        <translation><numerusform>Audit chain: intact, %n entry</numerusform><numerusform>Audit chain: intact, %n entries</numerusform></translation></message>
    <message>
        <location filename="../../ui/overview/dashboard_page.py" line="184" />
        <source>Audit chain: BROKEN at entry %1: %2</source>
        <translation type="unfinished" /></message>
</context>
<context>
    <name>DestinationDialog</name>
    <message>
        <location filename="../../ui/exports/destination_dialog.py" line="42" />
        <source>Destination</source>
        <translation type="unfinished" /></message>
    <message>
        <location filename="../../ui/exports/destination_dialog.py" line="42" />
        <source>New destination</source>
        <translation type="unfinished" /></message>
    <message>
        <location filename="../../ui/exports/destination_dialog.py" line="45" />
        <source>Name</source>
        <translation type="unfinished" /></message>
    <message>
        <location filename="../../ui/exports/destination_dialog.py" line="49" />
        <source>Kind</source>
        <translation type="unfinished" /></message>
    <message>
        <location filename="../../ui/exports/destination_dialog.py" line="56" />
        <source>Password or shared secret</source>
        <translation type="unfinished" /></message>
    <message>
        <location filename="../../ui/exports/destination_dialog.py" line="78" />
        <source>Choose…</source>
        <translation type="unfinished" /></message>
    <message>
        <location filename="../../ui/exports/destination_dialog.py" line="85" />
        <source>Folder</source>
        <translation type="unfinished" /></message>
    <message>
        <location filename="../../ui/exports/destination_dialog.py" line="97" />
        <source>empty: log in with the password below</source>
        <translation type="unfinished" /></message>
    <message>
        <location filename="../../ui/exports/destination_dialog.py" line="98" />
        <source>Server</source>
        <translation type="unfinished" /></message>
    <message>
        <location filename="../../ui/exports/destination_dialog.py" line="99" />
        <source>Port</source>
        <translation type="unfinished" /></message>
    <message>
        <location filename="../../ui/exports/destination_dialog.py" line="100" />
        <source>User</source>
        <translation type="unfinished" /></message>
    <message>
        <location filename="../../ui/exports/destination_dialog.py" line="101" />
        <source>Folder on the server</source>
        <translation type="unfinished" /></message>
    <message>
        <location filename="../../ui/exports/destination_dialog.py" line="102" />
        <source>Private key file</source>
        <translation type="unfinished" /></message>
    <message>
        <location filename="../../ui/exports/destination_dialog.py" line="111" />
        <source>Receiver URL</source>
        <translation type="unfinished" /></message>
    <message>
        <location filename="../../ui/exports/destination_dialog.py" line="129" />
        <source>Folder for bundles</source>
        <translation type="unfinished" /></message>
    <message>
        <location filename="../../ui/exports/destination_dialog.py" line="139" />
        <source>Password (or the key's passphrase), kept in the system keyring</source>
        <translation type="unfinished" /></message>
    <message>
        <location filename="../../ui/exports/destination_dialog.py" line="141" />
        <source>Shared secret for the signature, kept in the system keyring</source>
        <translation type="unfinished" /></message>
    <message>
        <location filename="../../ui/exports/destination_dialog.py" line="144" />
        <source>unchanged</source>
        <translation type="unfinished" /></message>
</context>
<context>
    <name>DestinationsModel</name>
    <message>
        <location filename="../../ui/exports/exports_models.py" line="131" />
        <source>Name</source>
        <translation type="unfinished" /></message>
    <message>
        <location filename="../../ui/exports/exports_models.py" line="132" />
        <source>Kind</source>
        <translation type="unfinished" /></message>
    <message>
        <location filename="../../ui/exports/exports_models.py" line="133" />
        <source>Where</source>
        <translation type="unfinished" /></message>
    <message>
        <location filename="../../ui/exports/exports_models.py" line="134" />
        <source>Active</source>
        <translation type="unfinished" /></message>
    <message>
        <location filename="../../ui/exports/exports_models.py" line="135" />
        <source>Host key</source>
        <translation type="unfinished" /></message>
    <message>
        <location filename="../../ui/exports/exports_models.py" line="142" />
        <source>not confirmed yet</source>
        <translation type="unfinished" /></message>
    <message>
        <location filename="../../ui/exports/exports_models.py" line="147" />
        <source>yes</source>
        <translation type="unfinished" /></message>
    <message>
        <location filename="../../ui/exports/exports_models.py" line="147" />
        <source>no</source>
        <translation type="unfinished" /></message>
</context>
<context>
    <name>DestinationsPanel</name>
    <message>
        <location filename="../../ui/exports/destinations_panel.py" line="48" />
        <source>Destinations</source>
        <translation type="unfinished" /></message>
    <message>
        <location filename="../../ui/exports/destinations_panel.py" line="58" />
        <source>&amp;Add…</source>
        <translation type="unfinished" /></message>
    <message>
        <location filename="../../ui/exports/destinations_panel.py" line="59" />
        <source>&amp;Edit…</source>
        <translation type="unfinished" /></message>
    <message>
        <location filename="../../ui/exports/destinations_panel.py" line="60" />
        <source>&amp;Test connection</source>
        <translation type="unfinished" /></message>
    <message>
        <location filename="../../ui/exports/destinations_panel.py" line="61" />
        <source>Switch on/&amp;off</source>
        <translation type="unfinished" /></message>
    <message>
        <location filename="../../ui/exports/destinations_panel.py" line="93" />
        <location filename="../../ui/exports/destinations_panel.py" line="142" />
        <source>Choose a destination first.</source>
        <translation type="unfinished" /></message>
    <message>
        <location filename="../../ui/exports/destinations_panel.py" line="117" />
        <source>Saved {name}.</source>
        <translation type="unfinished" /></message>
    <message>
        <location filename="../../ui/exports/destinations_panel.py" line="144" />
        <source>Connecting to {name}…</source>
        <translation type="unfinished" /></message>
    <message>
        <location filename="../../ui/exports/destinations_panel.py" line="148" />
        <source>Connection works: {result}</source>
        <translation type="unfinished" /></message>
    <message>
        <location filename="../../ui/exports/destinations_panel.py" line="154" />
        <source>Connection failed: {error}</source>
        <translation type="unfinished" /></message>
    <message>
        <location filename="../../ui/exports/destinations_panel.py" line="158" />
        <source>Unknown server</source>
        <translation type="unfinished" /></message>
    <message>
        <location filename="../../ui/exports/destinations_panel.py" line="160" />
        <source>The server {host} is not known yet. Its host key fingerprint is

{fp}

Compare it with the one your accountant or the server's administrator gives you. Trust this server from now on?</source>
        <translation type="unfinished" /></message>
    <message>
        <location filename="../../ui/exports/destinations_panel.py" line="166" />
        <source>Not trusted; nothing is sent to this server.</source>
        <translation type="unfinished" /></message>
    <message>
        <location filename="../../ui/exports/destinations_panel.py" line="179" />
        <source>Host key pinned; testing again…</source>
        <translation type="unfinished" /></message>
</context>
<context>
    <name>DocumentActions</name>
    <message>
        <location filename="../../ui/documents/document_actions.py" line="66" />
        <source>Edit draft</source>
        <translation type="unfinished" /></message>
    <message>
        <location filename="../../ui/documents/document_actions.py" line="67" />
        <source>Issue…</source>
        <translation type="unfinished" /></message>
    <message>
        <location filename="../../ui/documents/document_actions.py" line="68" />
        <source>Delete draft…</source>
        <translation type="unfinished" /></message>
    <message>
        <location filename="../../ui/documents/document_actions.py" line="73" />
        <source>Record payment…</source>
        <translation type="unfinished" /></message>
    <message>
        <location filename="../../ui/documents/document_actions.py" line="76" />
        <source>Credit note…</source>
        <translation type="unfinished" /></message>
    <message>
        <location filename="../../ui/documents/document_actions.py" line="77" />
        <source>Dispute…</source>
        <translation type="unfinished" /></message>
    <message>
        <location filename="../../ui/documents/document_actions.py" line="78" />
        <source>Clear dispute</source>
        <translation type="unfinished" /></message>
    <message>
        <location filename="../../ui/documents/document_actions.py" line="81" />
        <source>Print…</source>
        <translation type="unfinished" /></message>
    <message>
        <location filename="../../ui/documents/document_actions.py" line="82" />
        <source>Open PDF</source>
        <translation type="unfinished" /></message>
    <message>
        <location filename="../../ui/documents/document_actions.py" line="83" />
        <source>Email…</source>
        <translation type="unfinished" /></message>
    <message>
        <location filename="../../ui/documents/document_actions.py" line="84" />
        <source>Export e-invoice XML…</source>
        <translation type="unfinished" /></message>
    <message numerus="yes">
        <location filename="../../ui/documents/document_actions.py" line="58" />
        <source>Save %n PDF(s) in a folder…</source>
        <translation><numerusform>Save %n PDF in a folder…</numerusform><numerusform>Save %n PDFs in a folder…</numerusform></translation></message>
    <message>
        <location filename="../../ui/documents/document_actions.py" line="107" />
        <source>Issue the document?</source>
        <translation type="unfinished" /></message>
    <message>
        <location filename="../../ui/documents/document_actions.py" line="109" />
        <source>Issuing gives the document the next number of its series and stores its PDF and e-invoice. An issued document can never be changed or deleted.

Issue it now?</source>
        <translation type="unfinished" /></message>
    <message>
        <location filename="../../ui/documents/document_actions.py" line="119" />
        <source>Issued as {0}.</source>
        <translation type="unfinished" /></message>
    <message>
        <location filename="../../ui/documents/document_actions.py" line="124" />
        <source>Delete the draft?</source>
        <translation type="unfinished" /></message>
    <message>
        <location filename="../../ui/documents/document_actions.py" line="124" />
        <source>The draft is deleted for good.</source>
        <translation type="unfinished" /></message>
    <message>
        <location filename="../../ui/documents/document_actions.py" line="131" />
        <source>Draft deleted.</source>
        <translation type="unfinished" /></message>
    <message>
        <location filename="../../ui/documents/document_actions.py" line="146" />
        <source>Payment recorded.</source>
        <translation type="unfinished" /></message>
    <message>
        <location filename="../../ui/documents/document_actions.py" line="163" />
        <source>Dispute</source>
        <translation type="unfinished" /></message>
    <message>
        <location filename="../../ui/documents/document_actions.py" line="163" />
        <source>What does the customer dispute?</source>
        <translation type="unfinished" /></message>
    <message>
        <location filename="../../ui/documents/document_actions.py" line="172" />
        <source>Dispute cleared.</source>
        <translation type="unfinished" /></message>
    <message>
        <location filename="../../ui/documents/document_actions.py" line="172" />
        <source>Marked as disputed.</source>
        <translation type="unfinished" /></message>
    <message>
        <location filename="../../ui/documents/document_actions.py" line="181" />
        <source>Sent to {0}.</source>
        <translation type="unfinished" /></message>
    <message>
        <location filename="../../ui/documents/document_actions.py" line="190" />
        <source>Save the PDFs in</source>
        <translation type="unfinished" /></message>
    <message>
        <location filename="../../ui/documents/document_actions.py" line="201" />
        <source>Saving PDFs…</source>
        <translation type="unfinished" /></message>
    <message>
        <location filename="../../ui/documents/document_actions.py" line="201" />
        <source>saved</source>
        <translation type="unfinished" /></message>
    <message>
        <location filename="../../ui/documents/document_actions.py" line="212" />
        <source>Every issued document has been sent.</source>
        <translation type="unfinished" /></message>
    <message>
        <location filename="../../ui/documents/document_actions.py" line="217" />
        <source>Send by email?</source>
        <translation type="unfinished" /></message>
    <message numerus="yes">
        <location filename="../../ui/documents/document_actions.py" line="218" />
        <source>Send %n document(s) that were never sent?</source>
        <translation><numerusform>Send %n document that were never sent?</numerusform><numerusform>Send %n documents that were never sent?</numerusform></translation></message>
    <message>
        <location filename="../../ui/documents/document_actions.py" line="225" />
        <source>Sending…</source>
        <translation type="unfinished" /></message>
    <message>
        <location filename="../../ui/documents/document_actions.py" line="226" />
        <source>sent</source>
        <translation type="unfinished" /></message>
    <message>
        <location filename="../../ui/documents/document_actions.py" line="245" />
        <source>Import an e-invoice</source>
        <translation type="unfinished" /></message>
    <message>
        <location filename="../../ui/documents/document_actions.py" line="247" />
        <source>E-invoices (*.xml *.pdf);;All files (*)</source>
        <translation type="unfinished" /></message>
    <message>
        <location filename="../../ui/documents/document_actions.py" line="278" />
        <source>Save e-invoice</source>
        <translation type="unfinished" /></message>
    <message>
        <location filename="../../ui/documents/document_actions.py" line="288" />
        <source>Saved {0}.</source>
        <translation type="unfinished" /></message>
</context>
<context>
    <name>DocumentListModel</name>
    <message>
        <location filename="../../ui/documents/document_list_model.py" line="113" />
        <source>Number</source>
        <translation type="unfinished" /></message>
    <message>
        <location filename="../../ui/documents/document_list_model.py" line="114" />
        <source>Type</source>
        <translation type="unfinished" /></message>
    <message>
        <location filename="../../ui/documents/document_list_model.py" line="115" />
        <source>Status</source>
        <translation type="unfinished" /></message>
    <message>
        <location filename="../../ui/documents/document_list_model.py" line="116" />
        <source>Customer</source>
        <translation type="unfinished" /></message>
    <message>
        <location filename="../../ui/documents/document_list_model.py" line="117" />
        <source>Date</source>
        <translation type="unfinished" /></message>
    <message>
        <location filename="../../ui/documents/document_list_model.py" line="118" />
        <source>Due</source>
        <translation type="unfinished" /></message>
    <message>
        <location filename="../../ui/documents/document_list_model.py" line="119" />
        <source>Currency</source>
        <translation type="unfinished" /></message>
    <message>
        <location filename="../../ui/documents/document_list_model.py" line="120" />
        <source>Total</source>
        <translation type="unfinished" /></message>
    <message>
        <location filename="../../ui/documents/document_list_model.py" line="123" />
        <source>Invoice</source>
        <translation type="unfinished" /></message>
    <message>
        <location filename="../../ui/documents/document_list_model.py" line="124" />
        <source>Credit note</source>
        <translation type="unfinished" /></message>
    <message>
        <location filename="../../ui/documents/document_list_model.py" line="125" />
        <source>Debit note</source>
        <translation type="unfinished" /></message>
    <message>
        <location filename="../../ui/documents/document_list_model.py" line="126" />
        <source>Draft</source>
        <translation type="unfinished" /></message>
    <message>
        <location filename="../../ui/documents/document_list_model.py" line="127" />
        <source>Issued</source>
        <translation type="unfinished" /></message>
    <message>
        <location filename="../../ui/documents/document_list_model.py" line="129" />
        <source>draft %1</source>
        <translation type="unfinished" /></message>
</context>
<context>
    <name>DocumentsPage</name>
    <message>
        <location filename="../../ui/documents/documents_page.py" line="93" />
        <source>Search number, customer, reference, amount, text</source>
        <translation type="unfinished" /></message>
    <message>
        <location filename="../../ui/documents/documents_page.py" line="94" />
        <source>Search documents</source>
        <translation type="unfinished" /></message>
    <message>
        <location filename="../../ui/documents/documents_page.py" line="97" />
        <source>Show</source>
        <translation type="unfinished" /></message>
    <message>
        <location filename="../../ui/documents/documents_page.py" line="99" />
        <source>All documents</source>
        <translation type="unfinished" /></message>
    <message>
        <location filename="../../ui/documents/documents_page.py" line="100" />
        <source>Drafts</source>
        <translation type="unfinished" /></message>
    <message>
        <location filename="../../ui/documents/documents_page.py" line="101" />
        <source>Issued</source>
        <translation type="unfinished" /></message>
    <message>
        <location filename="../../ui/documents/documents_page.py" line="102" />
        <source>Unpaid</source>
        <translation type="unfinished" /></message>
    <message>
        <location filename="../../ui/documents/documents_page.py" line="103" />
        <source>Overdue</source>
        <translation type="unfinished" /></message>
    <message>
        <location filename="../../ui/documents/documents_page.py" line="104" />
        <source>Paid</source>
        <translation type="unfinished" /></message>
    <message>
        <location filename="../../ui/documents/documents_page.py" line="105" />
        <source>Credited</source>
        <translation type="unfinished" /></message>
    <message>
        <location filename="../../ui/documents/documents_page.py" line="106" />
        <source>Disputed</source>
        <translation type="unfinished" /></message>
    <message>
        <location filename="../../ui/documents/documents_page.py" line="282" />
        <source>Documents</source>
        <translation type="unfinished" /></message>
    <message>
        <location filename="../../ui/documents/documents_page.py" line="117" />
        <source>&amp;New invoice</source>
        <translation type="unfinished" /></message>
    <message>
        <location filename="../../ui/documents/documents_page.py" line="119" />
        <source>&amp;Edit draft</source>
        <translation type="unfinished" /></message>
    <message>
        <location filename="../../ui/documents/documents_page.py" line="132" />
        <location filename="../../ui/documents/documents_page.py" line="293" />
        <source>Issued from</source>
        <translation type="unfinished" /></message>
    <message>
        <location filename="../../ui/documents/documents_page.py" line="134" />
        <source>to</source>
        <translation type="unfinished" /></message>
    <message>
        <location filename="../../ui/documents/documents_page.py" line="144" />
        <source>Result</source>
        <translation type="unfinished" /></message>
    <message>
        <location filename="../../ui/documents/documents_page.py" line="146" />
        <source>Sum of the selection</source>
        <translation type="unfinished" /></message>
    <message>
        <location filename="../../ui/documents/documents_page.py" line="154" />
        <source>&amp;Print…</source>
        <translation type="unfinished" /></message>
    <message>
        <location filename="../../ui/documents/documents_page.py" line="155" />
        <source>&amp;Open PDF</source>
        <translation type="unfinished" /></message>
    <message>
        <location filename="../../ui/documents/documents_page.py" line="156" />
        <source>&amp;Refresh</source>
        <translation type="unfinished" /></message>
    <message numerus="yes">
        <location filename="../../ui/documents/documents_page.py" line="194" />
        <source>%n selected</source>
        <translation><numerusform>%n selected</numerusform><numerusform>%n selected</numerusform></translation></message>
    <message>
        <location filename="../../ui/documents/documents_page.py" line="233" />
        <source>Opening the editor…</source>
        <translation type="unfinished" /></message>
    <message>
        <location filename="../../ui/documents/documents_page.py" line="250" />
        <source>Issued as {0}.</source>
        <translation type="unfinished" /></message>
    <message>
        <location filename="../../ui/documents/documents_page.py" line="294" />
        <source>Issued up to</source>
        <translation type="unfinished" /></message>
    <message>
        <location filename="../../ui/documents/documents_page.py" line="298" />
        <source>any day</source>
        <translation type="unfinished" /></message>
    <message>
        <location filename="../../ui/documents/documents_page.py" line="303" />
        <source>Customer</source>
        <translation type="unfinished" /></message>
    <message>
        <location filename="../../ui/documents/documents_page.py" line="304" />
        <location filename="../../ui/documents/documents_page.py" line="320" />
        <source>All customers</source>
        <translation type="unfinished" /></message>
    <message>
        <location filename="../../ui/documents/documents_page.py" line="367" />
        <source>Rendering…</source>
        <translation type="unfinished" /></message>
</context>
<context>
    <name>DraftPreview</name>
    <message>
        <location filename="../../ui/editor/preview.py" line="30" />
        <location filename="../../ui/editor/preview.py" line="53" />
        <source>Preview (DRAFT, no number)</source>
        <translation type="unfinished" /></message>
    <message>
        <location filename="../../ui/editor/preview.py" line="40" />
        <source>The preview appears once a customer is chosen and the lines add up.</source>
        <translation type="unfinished" /></message>
</context>
<context>
    <name>EditorHeader</name>
    <message>
        <location filename="../../ui/editor/header.py" line="77" />
        <source>New…</source>
        <translation type="unfinished" /></message>
    <message>
        <location filename="../../ui/editor/header.py" line="78" />
        <source>New customer</source>
        <translation type="unfinished" /></message>
    <message>
        <location filename="../../ui/editor/header.py" line="85" />
        <location filename="../../ui/editor/header.py" line="86" />
        <source>Customer</source>
        <translation type="unfinished" /></message>
    <message>
        <location filename="../../ui/editor/header.py" line="96" />
        <source>Currency</source>
        <translation type="unfinished" /></message>
    <message>
        <location filename="../../ui/editor/header.py" line="98" />
        <source>units of {0} per 1 {1}</source>
        <translation type="unfinished" /></message>
    <message>
        <location filename="../../ui/editor/header.py" line="102" />
        <source>Exchange rate</source>
        <translation type="unfinished" /></message>
    <message>
        <location filename="../../ui/editor/header.py" line="107" />
        <source>the day of issue</source>
        <translation type="unfinished" /></message>
    <message>
        <location filename="../../ui/editor/header.py" line="108" />
        <source>from the customer's terms</source>
        <translation type="unfinished" /></message>
    <message>
        <location filename="../../ui/editor/header.py" line="109" />
        <source>none</source>
        <translation type="unfinished" /></message>
    <message>
        <location filename="../../ui/editor/header.py" line="112" />
        <source>Issue date</source>
        <translation type="unfinished" /></message>
    <message>
        <location filename="../../ui/editor/header.py" line="113" />
        <source>Due date</source>
        <translation type="unfinished" /></message>
    <message>
        <location filename="../../ui/editor/header.py" line="114" />
        <source>Delivery date</source>
        <translation type="unfinished" /></message>
    <message>
        <location filename="../../ui/editor/header.py" line="131" />
        <source>Buyer reference</source>
        <translation type="unfinished" /></message>
    <message>
        <location filename="../../ui/editor/header.py" line="132" />
        <source>Order number</source>
        <translation type="unfinished" /></message>
    <message>
        <location filename="../../ui/editor/header.py" line="133" />
        <source>Payment terms</source>
        <translation type="unfinished" /></message>
    <message>
        <location filename="../../ui/editor/header.py" line="199" />
        <source>Due on {0}</source>
        <translation type="unfinished" /></message>
</context>
<context>
    <name>EditorToolbar</name>
    <message>
        <location filename="../../ui/editor/actions.py" line="26" />
        <source>Draft</source>
        <translation type="unfinished" /></message>
    <message>
        <location filename="../../ui/editor/actions.py" line="31" />
        <source>Save</source>
        <translation type="unfinished" /></message>
    <message>
        <location filename="../../ui/editor/actions.py" line="32" />
        <source>Issue…</source>
        <translation type="unfinished" /></message>
    <message>
        <location filename="../../ui/editor/actions.py" line="33" />
        <location filename="../../ui/editor/actions.py" line="58" />
        <source>Undo</source>
        <translation type="unfinished" /></message>
    <message>
        <location filename="../../ui/editor/actions.py" line="34" />
        <location filename="../../ui/editor/actions.py" line="58" />
        <source>Redo</source>
        <translation type="unfinished" /></message>
    <message>
        <location filename="../../ui/editor/actions.py" line="35" />
        <location filename="../../ui/editor/actions.py" line="68" />
        <source>Add line</source>
        <translation type="unfinished" /></message>
    <message>
        <location filename="../../ui/editor/actions.py" line="36" />
        <source>Remove line</source>
        <translation type="unfinished" /></message>
    <message>
        <location filename="../../ui/editor/actions.py" line="37" />
        <source>Close</source>
        <translation type="unfinished" /></message>
    <message>
        <location filename="../../ui/editor/actions.py" line="66" />
        <source>Change {0} of line {1}</source>
        <translation type="unfinished" /></message>
    <message>
        <location filename="../../ui/editor/actions.py" line="69" />
        <source>Remove line {0}</source>
        <translation type="unfinished" /></message>
    <message>
        <location filename="../../ui/editor/actions.py" line="70" />
        <source>Choose customer</source>
        <translation type="unfinished" /></message>
    <message>
        <location filename="../../ui/editor/actions.py" line="71" />
        <source>New customer</source>
        <translation type="unfinished" /></message>
    <message>
        <location filename="../../ui/editor/actions.py" line="72" />
        <source>Change currency</source>
        <translation type="unfinished" /></message>
    <message>
        <location filename="../../ui/editor/actions.py" line="73" />
        <source>Change exchange rate</source>
        <translation type="unfinished" /></message>
    <message>
        <location filename="../../ui/editor/actions.py" line="74" />
        <source>Remove exchange rate</source>
        <translation type="unfinished" /></message>
    <message>
        <location filename="../../ui/editor/actions.py" line="75" />
        <source>Change date</source>
        <translation type="unfinished" /></message>
    <message>
        <location filename="../../ui/editor/actions.py" line="76" />
        <source>Change text</source>
        <translation type="unfinished" /></message>
    <message>
        <location filename="../../ui/editor/actions.py" line="77" />
        <source>Change note</source>
        <translation type="unfinished" /></message>
</context>
<context>
    <name>EmailPage</name>
    <message>
        <location filename="../../ui/opening/setup_wizard.py" line="264" />
        <source>Email (optional)</source>
        <translation type="unfinished" /></message>
    <message>
        <location filename="../../ui/opening/setup_wizard.py" line="265" />
        <source>To send invoices from the program. Leave empty to set it up later.</source>
        <translation type="unfinished" /></message>
    <message>
        <location filename="../../ui/opening/setup_wizard.py" line="274" />
        <source>SMTP server</source>
        <translation type="unfinished" /></message>
    <message>
        <location filename="../../ui/opening/setup_wizard.py" line="275" />
        <source>Port</source>
        <translation type="unfinished" /></message>
    <message>
        <location filename="../../ui/opening/setup_wizard.py" line="276" />
        <source>Security</source>
        <translation type="unfinished" /></message>
    <message>
        <location filename="../../ui/opening/setup_wizard.py" line="277" />
        <source>User</source>
        <translation type="unfinished" /></message>
    <message>
        <location filename="../../ui/opening/setup_wizard.py" line="278" />
        <source>Password (kept in the keyring)</source>
        <translation type="unfinished" /></message>
    <message>
        <location filename="../../ui/opening/setup_wizard.py" line="279" />
        <source>Sender address</source>
        <translation type="unfinished" /></message>
</context>
<context>
    <name>ExportsPage</name>
    <message>
        <location filename="../../ui/exports/exports_page.py" line="80" />
        <source>Copy public key</source>
        <translation type="unfinished" /></message>
    <message>
        <location filename="../../ui/exports/exports_page.py" line="86" />
        <location filename="../../ui/exports/exports_page.py" line="112" />
        <source>Bundles</source>
        <translation type="unfinished" /></message>
    <message>
        <location filename="../../ui/exports/exports_page.py" line="89" />
        <source>Destinations</source>
        <translation type="unfinished" /></message>
    <message>
        <location filename="../../ui/exports/exports_page.py" line="115" />
        <source>Files of the bundle</source>
        <translation type="unfinished" /></message>
    <message>
        <location filename="../../ui/exports/exports_page.py" line="116" />
        <source>Deliveries of the bundle</source>
        <translation type="unfinished" /></message>
    <message>
        <location filename="../../ui/exports/exports_page.py" line="118" />
        <source>Deliveries</source>
        <translation type="unfinished" /></message>
    <message>
        <location filename="../../ui/exports/exports_page.py" line="119" />
        <source>Files</source>
        <translation type="unfinished" /></message>
    <message>
        <location filename="../../ui/exports/exports_page.py" line="124" />
        <source>&amp;Make bundle…</source>
        <translation type="unfinished" /></message>
    <message>
        <location filename="../../ui/exports/exports_page.py" line="126" />
        <source>&amp;Deliver now</source>
        <translation type="unfinished" /></message>
    <message>
        <location filename="../../ui/exports/exports_page.py" line="128" />
        <source>&amp;Retry delivery</source>
        <translation type="unfinished" /></message>
    <message>
        <location filename="../../ui/exports/exports_page.py" line="130" />
        <source>&amp;Save a copy…</source>
        <translation type="unfinished" /></message>
    <message>
        <location filename="../../ui/exports/exports_page.py" line="132" />
        <source>&amp;Open folder</source>
        <translation type="unfinished" /></message>
    <message>
        <location filename="../../ui/exports/exports_page.py" line="166" />
        <source>Public key of the company (give it to your accountant): {key}</source>
        <translation type="unfinished" /></message>
    <message>
        <location filename="../../ui/exports/exports_page.py" line="174" />
        <source>Schedule: last month's bundle on day {day} of every month.</source>
        <translation type="unfinished" /></message>
    <message>
        <location filename="../../ui/exports/exports_page.py" line="176" />
        <source>Schedule: last week's bundle every week on weekday {day}.</source>
        <translation type="unfinished" /></message>
    <message>
        <location filename="../../ui/exports/exports_page.py" line="179" />
        <source>Schedule: off (make bundles by hand, or set sync.schedule in Settings).</source>
        <translation type="unfinished" /></message>
    <message>
        <location filename="../../ui/exports/exports_page.py" line="186" />
        <source>Deliveries that need attention: {n}. Select the bundle, read the error under Deliveries, fix the cause and retry.</source>
        <translation type="unfinished" /></message>
    <message>
        <location filename="../../ui/exports/exports_page.py" line="230" />
        <source>Making the bundle {start} to {end}…</source>
        <translation type="unfinished" /></message>
    <message>
        <location filename="../../ui/exports/exports_page.py" line="247" />
        <source>Bundle {n} made: {files} files; queued for {jobs} destination(s).</source>
        <translation type="unfinished" /></message>
    <message>
        <location filename="../../ui/exports/exports_page.py" line="260" />
        <source>A delivery is under way already.</source>
        <translation type="unfinished" /></message>
    <message>
        <location filename="../../ui/exports/exports_page.py" line="264" />
        <source>Delivering…</source>
        <translation type="unfinished" /></message>
    <message>
        <location filename="../../ui/exports/exports_page.py" line="269" />
        <source>Delivered {ok}, failed {failed}, bundles made {made}.</source>
        <translation type="unfinished" /></message>
    <message>
        <location filename="../../ui/exports/exports_page.py" line="288" />
        <source>Nothing to retry: choose a delivery that is not delivered.</source>
        <translation type="unfinished" /></message>
    <message>
        <location filename="../../ui/exports/exports_page.py" line="305" />
        <source>Save a copy of the bundle in</source>
        <translation type="unfinished" /></message>
    <message>
        <location filename="../../ui/exports/exports_page.py" line="311" />
        <source>Saving a copy…</source>
        <translation type="unfinished" /></message>
    <message>
        <location filename="../../ui/exports/exports_page.py" line="314" />
        <source>Saved: {detail}</source>
        <translation type="unfinished" /></message>
    <message>
        <location filename="../../ui/exports/exports_page.py" line="332" />
        <source>Public key copied.</source>
        <translation type="unfinished" /></message>
</context>
<context>
    <name>FilesModel</name>
    <message>
        <location filename="../../ui/exports/exports_models.py" line="96" />
        <source>File</source>
        <translation type="unfinished" /></message>
    <message>
        <location filename="../../ui/exports/exports_models.py" line="96" />
        <source>Bytes</source>
        <translation type="unfinished" /></message>
    <message>
        <location filename="../../ui/exports/exports_models.py" line="96" />
        <source>SHA-256</source>
        <translation type="unfinished" /></message>
</context>
<context>
    <name>InvoiceEditor</name>
    <message>
        <location filename="../../ui/editor/window.py" line="128" />
        <source>Lines</source>
        <translation type="unfinished" /></message>
    <message>
        <location filename="../../ui/editor/window.py" line="141" />
        <source>Note on the document:</source>
        <translation type="unfinished" /></message>
    <message>
        <location filename="../../ui/editor/window.py" line="143" />
        <source>Note on the document</source>
        <translation type="unfinished" /></message>
    <message>
        <location filename="../../ui/editor/window.py" line="166" />
        <source>&amp;Save</source>
        <translation type="unfinished" /></message>
    <message>
        <location filename="../../ui/editor/window.py" line="168" />
        <source>&amp;Issue…</source>
        <translation type="unfinished" /></message>
    <message>
        <location filename="../../ui/editor/window.py" line="207" />
        <source>Ready to issue.</source>
        <translation type="unfinished" /></message>
    <message numerus="yes">
        <location filename="../../ui/editor/window.py" line="209" />
        <source>%n problem(s) stop the issue.</source>
        <translation><numerusform>%n problem stop the issue.</numerusform><numerusform>%n problems stop the issue.</numerusform></translation></message>
    <message>
        <location filename="../../ui/editor/window.py" line="76" />
        <source>entered</source>
        <translation type="unfinished" /></message>
    <message>
        <location filename="../../ui/editor/window.py" line="76" />
        <source>Discount</source>
        <translation type="unfinished" /></message>
    <message>
        <location filename="../../ui/editor/window.py" line="222" />
        <source>Invoice</source>
        <translation type="unfinished" /></message>
    <message>
        <location filename="../../ui/editor/window.py" line="223" />
        <source>Credit note</source>
        <translation type="unfinished" /></message>
    <message>
        <location filename="../../ui/editor/window.py" line="224" />
        <source>Debit note</source>
        <translation type="unfinished" /></message>
    <message>
        <location filename="../../ui/editor/window.py" line="227" />
        <source>new draft</source>
        <translation type="unfinished" /></message>
    <message>
        <location filename="../../ui/editor/window.py" line="229" />
        <source>draft {0}</source>
        <translation type="unfinished" /></message>
    <message>
        <location filename="../../ui/editor/window.py" line="283" />
        <source>Saving…</source>
        <translation type="unfinished" /></message>
    <message>
        <location filename="../../ui/editor/window.py" line="288" />
        <source>Saved.</source>
        <translation type="unfinished" /></message>
    <message>
        <location filename="../../ui/editor/window.py" line="303" />
        <source>Not ready: fix the problems marked in red first.</source>
        <translation type="unfinished" /></message>
    <message>
        <location filename="../../ui/editor/window.py" line="307" />
        <source>Issue the document?</source>
        <translation type="unfinished" /></message>
    <message>
        <location filename="../../ui/editor/window.py" line="309" />
        <source>Issuing gives the document the next number of its series and stores its PDF and e-invoice. An issued document can never be changed or deleted; mistakes are corrected with a credit note.

Issue it now?</source>
        <translation type="unfinished" /></message>
    <message>
        <location filename="../../ui/editor/window.py" line="322" />
        <source>Issuing…</source>
        <translation type="unfinished" /></message>
    <message>
        <location filename="../../ui/editor/window.py" line="332" />
        <source>Issued as {0}.</source>
        <translation type="unfinished" /></message>
    <message>
        <location filename="../../ui/editor/window.py" line="340" />
        <source>Not done: {0}</source>
        <translation type="unfinished" /></message>
    <message>
        <location filename="../../ui/editor/window.py" line="350" />
        <source>Unsaved changes</source>
        <translation type="unfinished" /></message>
    <message>
        <location filename="../../ui/editor/window.py" line="351" />
        <source>Save the changes to this draft before closing?</source>
        <translation type="unfinished" /></message>
</context>
<context>
    <name>JobsModel</name>
    <message>
        <location filename="../../ui/exports/exports_models.py" line="106" />
        <source>Destination</source>
        <translation type="unfinished" /></message>
    <message>
        <location filename="../../ui/exports/exports_models.py" line="107" />
        <source>State</source>
        <translation type="unfinished" /></message>
    <message>
        <location filename="../../ui/exports/exports_models.py" line="108" />
        <source>Attempts</source>
        <translation type="unfinished" /></message>
    <message>
        <location filename="../../ui/exports/exports_models.py" line="109" />
        <source>When</source>
        <translation type="unfinished" /></message>
    <message>
        <location filename="../../ui/exports/exports_models.py" line="110" />
        <source>Last error</source>
        <translation type="unfinished" /></message>
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
        <translation type="unfinished" /></message>
    <message>
        <location filename="../../ui/parties/customers_page.py" line="54" />
        <location filename="../../ui/parties/new_customer_dialog.py" line="32" />
        <location filename="../../ui/settings/settings_tables.py" line="40" />
        <source>Street</source>
        <translation type="unfinished" /></message>
    <message>
        <location filename="../../ui/parties/customers_page.py" line="55" />
        <location filename="../../ui/parties/new_customer_dialog.py" line="33" />
        <location filename="../../ui/settings/settings_tables.py" line="41" />
        <source>Postcode</source>
        <translation type="unfinished" /></message>
    <message>
        <location filename="../../ui/parties/customers_page.py" line="56" />
        <location filename="../../ui/parties/new_customer_dialog.py" line="34" />
        <location filename="../../ui/settings/settings_tables.py" line="42" />
        <source>City</source>
        <translation type="unfinished" /></message>
    <message>
        <location filename="../../ui/parties/customers_page.py" line="57" />
        <location filename="../../ui/parties/new_customer_dialog.py" line="35" />
        <source>Country (ISO code)</source>
        <translation type="unfinished" /></message>
    <message>
        <location filename="../../ui/parties/customers_page.py" line="58" />
        <location filename="../../ui/parties/new_customer_dialog.py" line="36" />
        <location filename="../../ui/settings/settings_tables.py" line="43" />
        <source>VAT ID</source>
        <translation type="unfinished" /></message>
    <message>
        <location filename="../../ui/parties/customers_page.py" line="59" />
        <location filename="../../ui/parties/new_customer_dialog.py" line="37" />
        <source>Invoice email</source>
        <translation type="unfinished" /></message>
    <message>
        <location filename="../../ui/parties/customers_page.py" line="60" />
        <location filename="../../ui/parties/new_customer_dialog.py" line="38" />
        <source>Language of documents</source>
        <translation type="unfinished" /></message>
    <message>
        <location filename="../../ui/parties/customers_page.py" line="61" />
        <source>Payment terms (days)</source>
        <translation type="unfinished" /></message>
    <message>
        <location filename="../../ui/parties/customers_page.py" line="62" />
        <source>Buyer reference / Leitweg-ID</source>
        <translation type="unfinished" /></message>
    <message>
        <location filename="../../ui/common/units.py" line="9" />
        <source>piece</source>
        <translation type="unfinished" /></message>
    <message>
        <location filename="../../ui/common/units.py" line="10" />
        <source>hour</source>
        <translation type="unfinished" /></message>
    <message>
        <location filename="../../ui/common/units.py" line="11" />
        <source>day</source>
        <translation type="unfinished" /></message>
    <message>
        <location filename="../../ui/common/units.py" line="12" />
        <source>month</source>
        <translation type="unfinished" /></message>
    <message>
        <location filename="../../ui/common/units.py" line="13" />
        <source>year</source>
        <translation type="unfinished" /></message>
    <message>
        <location filename="../../ui/common/units.py" line="14" />
        <source>kilogram</source>
        <translation type="unfinished" /></message>
    <message>
        <location filename="../../ui/common/units.py" line="15" />
        <source>metre</source>
        <translation type="unfinished" /></message>
    <message>
        <location filename="../../ui/common/units.py" line="16" />
        <source>square metre</source>
        <translation type="unfinished" /></message>
    <message>
        <location filename="../../ui/common/units.py" line="17" />
        <source>litre</source>
        <translation type="unfinished" /></message>
    <message>
        <location filename="../../ui/common/units.py" line="18" />
        <source>kilometre</source>
        <translation type="unfinished" /></message>
    <message>
        <location filename="../../ui/common/units.py" line="19" />
        <source>set</source>
        <translation type="unfinished" /></message>
    <message>
        <location filename="../../ui/common/units.py" line="20" />
        <source>lump sum</source>
        <translation type="unfinished" /></message>
    <message>
        <location filename="../../ui/settings/settings_page.py" line="43" />
        <source>Documents</source>
        <translation type="unfinished" /></message>
    <message>
        <location filename="../../ui/settings/settings_page.py" line="44" />
        <source>E-invoicing</source>
        <translation type="unfinished" /></message>
    <message>
        <location filename="../../ui/opening/setup_wizard.py" line="109" />
        <location filename="../../ui/settings/settings_page.py" line="45" />
        <location filename="../../ui/settings/settings_tables.py" line="46" />
        <source>Email</source>
        <translation type="unfinished" /></message>
    <message>
        <location filename="../../ui/settings/settings_page.py" line="46" />
        <location filename="../../ui/settings/settings_page.py" line="47" />
        <source>Payments and reminders</source>
        <translation type="unfinished" /></message>
    <message>
        <location filename="../../ui/settings/settings_page.py" line="48" />
        <source>Tax</source>
        <translation type="unfinished" /></message>
    <message>
        <location filename="../../ui/settings/settings_page.py" line="49" />
        <source>Security</source>
        <translation type="unfinished" /></message>
    <message>
        <location filename="../../ui/settings/settings_page.py" line="50" />
        <source>Backups</source>
        <translation type="unfinished" /></message>
    <message>
        <location filename="../../ui/settings/settings_page.py" line="51" />
        <source>Exports</source>
        <translation type="unfinished" /></message>
    <message>
        <location filename="../../ui/settings/settings_page.py" line="52" />
        <source>DATEV</source>
        <translation type="unfinished" /></message>
    <message>
        <location filename="../../ui/settings/settings_tables.py" line="48" />
        <source>Contact person</source>
        <translation type="unfinished" /></message>
    <message>
        <location filename="../../ui/opening/setup_wizard.py" line="106" />
        <location filename="../../ui/settings/settings_tables.py" line="49" />
        <source>IBAN</source>
        <translation type="unfinished" /></message>
    <message>
        <location filename="../../ui/opening/setup_wizard.py" line="107" />
        <location filename="../../ui/settings/settings_tables.py" line="50" />
        <source>BIC</source>
        <translation type="unfinished" /></message>
    <message>
        <location filename="../../ui/opening/setup_wizard.py" line="108" />
        <location filename="../../ui/settings/settings_tables.py" line="51" />
        <source>Bank</source>
        <translation type="unfinished" /></message>
    <message>
        <location filename="../../ui/settings/settings_tables.py" line="52" />
        <source>Electronic address (Peppol)</source>
        <translation type="unfinished" /></message>
    <message>
        <location filename="../../ui/settings/settings_tables.py" line="155" />
        <source>Category</source>
        <translation type="unfinished" /></message>
    <message>
        <location filename="../../ui/settings/settings_tables.py" line="156" />
        <source>Rate</source>
        <translation type="unfinished" /></message>
    <message>
        <location filename="../../ui/settings/settings_tables.py" line="157" />
        <source>Valid from</source>
        <translation type="unfinished" /></message>
    <message>
        <location filename="../../ui/settings/settings_tables.py" line="158" />
        <source>Valid to</source>
        <translation type="unfinished" /></message>
    <message>
        <location filename="../../ui/settings/settings_tables.py" line="159" />
        <source>Exemption</source>
        <translation type="unfinished" /></message>
    <message>
        <location filename="../../ui/settings/settings_tables.py" line="238" />
        <source>Type</source>
        <translation type="unfinished" /></message>
    <message>
        <location filename="../../ui/settings/settings_tables.py" line="239" />
        <source>Pattern</source>
        <translation type="unfinished" /></message>
    <message>
        <location filename="../../ui/settings/settings_tables.py" line="240" />
        <source>Starts again each year</source>
        <translation type="unfinished" /></message>
    <message>
        <location filename="../../ui/settings/settings_tables.py" line="241" />
        <source>Last numbers</source>
        <translation type="unfinished" /></message>
    <message>
        <location filename="../../ui/opening/setup_wizard.py" line="110" />
        <location filename="../../ui/settings/settings_tables.py" line="47" />
        <source>Phone</source>
        <translation type="unfinished" /></message>
    <message>
        <location filename="../../ui/opening/setup_wizard.py" line="111" />
        <location filename="../../ui/settings/settings_tables.py" line="44" />
        <source>Registration (e.g. HRB 12345)</source>
        <translation type="unfinished" /></message>
    <message>
        <location filename="../../ui/opening/setup_wizard.py" line="112" />
        <location filename="../../ui/settings/settings_tables.py" line="45" />
        <source>Legal information (court, directors)</source>
        <translation type="unfinished" /></message>
    <message>
        <location filename="../../ui/exports/exports_models.py" line="17" />
        <source>waiting</source>
        <translation type="unfinished" /></message>
    <message>
        <location filename="../../ui/exports/exports_models.py" line="18" />
        <source>delivered</source>
        <translation type="unfinished" /></message>
    <message>
        <location filename="../../ui/exports/exports_models.py" line="19" />
        <source>needs attention</source>
        <translation type="unfinished" /></message>
    <message>
        <location filename="../../ui/exports/exports_models.py" line="22" />
        <source>Folder</source>
        <translation type="unfinished" /></message>
    <message>
        <location filename="../../ui/exports/exports_models.py" line="23" />
        <source>SFTP server</source>
        <translation type="unfinished" /></message>
    <message>
        <location filename="../../ui/exports/exports_models.py" line="24" />
        <source>HTTP API</source>
        <translation type="unfinished" /></message>
</context>
<context>
    <name>LevelsEditor</name>
    <message>
        <location filename="../../ui/receivables/levels_editor.py" line="29" />
        <source>Days after due</source>
        <translation type="unfinished" /></message>
    <message>
        <location filename="../../ui/receivables/levels_editor.py" line="30" />
        <source>Title of the letter</source>
        <translation type="unfinished" /></message>
    <message>
        <location filename="../../ui/receivables/levels_editor.py" line="31" />
        <source>Fee</source>
        <translation type="unfinished" /></message>
    <message>
        <location filename="../../ui/receivables/levels_editor.py" line="32" />
        <source>Interest % a year</source>
        <translation type="unfinished" /></message>
    <message>
        <location filename="../../ui/receivables/levels_editor.py" line="35" />
        <source>Reminder levels</source>
        <translation type="unfinished" /></message>
    <message>
        <location filename="../../ui/receivables/levels_editor.py" line="40" />
        <source>Add a level</source>
        <translation type="unfinished" /></message>
    <message>
        <location filename="../../ui/receivables/levels_editor.py" line="42" />
        <source>Remove the level</source>
        <translation type="unfinished" /></message>
</context>
<context>
    <name>LinesModel</name>
    <message>
        <location filename="../../ui/editor/line_grid.py" line="71" />
        <source>Description</source>
        <translation type="unfinished" /></message>
    <message>
        <location filename="../../ui/editor/line_grid.py" line="72" />
        <source>Quantity</source>
        <translation type="unfinished" /></message>
    <message>
        <location filename="../../ui/editor/line_grid.py" line="73" />
        <source>Unit</source>
        <translation type="unfinished" /></message>
    <message>
        <location filename="../../ui/editor/line_grid.py" line="74" />
        <source>Unit price</source>
        <translation type="unfinished" /></message>
    <message>
        <location filename="../../ui/editor/line_grid.py" line="75" />
        <source>Discount %</source>
        <translation type="unfinished" /></message>
    <message>
        <location filename="../../ui/editor/line_grid.py" line="76" />
        <source>VAT</source>
        <translation type="unfinished" /></message>
    <message>
        <location filename="../../ui/editor/line_grid.py" line="77" />
        <source>Net amount</source>
        <translation type="unfinished" /></message>
    <message>
        <location filename="../../ui/editor/line_grid.py" line="185" />
        <source>(several)</source>
        <translation type="unfinished" /></message>
</context>
<context>
    <name>LogoPage</name>
    <message>
        <location filename="../../ui/opening/setup_wizard.py" line="231" />
        <location filename="../../ui/opening/setup_wizard.py" line="244" />
        <source>Logo</source>
        <translation type="unfinished" /></message>
    <message>
        <location filename="../../ui/opening/setup_wizard.py" line="232" />
        <source>PNG or JPEG, printed at the top right of documents (optional).</source>
        <translation type="unfinished" /></message>
    <message>
        <location filename="../../ui/opening/setup_wizard.py" line="235" />
        <source>Choose a logo…</source>
        <translation type="unfinished" /></message>
    <message>
        <location filename="../../ui/opening/setup_wizard.py" line="244" />
        <source>Images (*.png *.jpg *.jpeg)</source>
        <translation type="unfinished" /></message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../ui/shell/main_window.py" line="60" />
        <source>Navigation</source>
        <translation type="unfinished" /></message>
    <message>
        <location filename="../../ui/shell/main_window.py" line="95" />
        <source>Dashboard</source>
        <translation type="unfinished" /></message>
    <message>
        <location filename="../../ui/shell/main_window.py" line="97" />
        <source>Company</source>
        <translation type="unfinished" /></message>
    <message>
        <location filename="../../ui/shell/main_window.py" line="99" />
        <source>Customers</source>
        <translation type="unfinished" /></message>
    <message>
        <location filename="../../ui/shell/main_window.py" line="101" />
        <source>Products</source>
        <translation type="unfinished" /></message>
    <message>
        <location filename="../../ui/shell/main_window.py" line="103" />
        <source>Documents</source>
        <translation type="unfinished" /></message>
    <message>
        <location filename="../../ui/shell/main_window.py" line="105" />
        <source>Reports</source>
        <translation type="unfinished" /></message>
    <message>
        <location filename="../../ui/shell/main_window.py" line="109" />
        <source>Exports</source>
        <translation type="unfinished" /></message>
    <message>
        <location filename="../../ui/shell/main_window.py" line="111" />
        <source>Settings</source>
        <translation type="unfinished" /></message>
    <message>
        <location filename="../../ui/shell/main_window.py" line="113" />
        <source>Audit log</source>
        <translation type="unfinished" /></message>
    <message>
        <location filename="../../ui/shell/main_window.py" line="160" />
        <source>&amp;File</source>
        <translation type="unfinished" /></message>
    <message>
        <location filename="../../ui/shell/main_window.py" line="161" />
        <source>&amp;New company…</source>
        <translation type="unfinished" /></message>
    <message>
        <location filename="../../ui/shell/main_window.py" line="162" />
        <source>&amp;Open company…</source>
        <translation type="unfinished" /></message>
    <message>
        <location filename="../../ui/shell/main_window.py" line="164" />
        <source>&amp;Back up…</source>
        <translation type="unfinished" /></message>
    <message>
        <location filename="../../ui/shell/main_window.py" line="166" />
        <source>&amp;Lock</source>
        <translation type="unfinished" /></message>
    <message>
        <location filename="../../ui/shell/main_window.py" line="167" />
        <source>&amp;Quit</source>
        <translation type="unfinished" /></message>
    <message>
        <location filename="../../ui/shell/main_window.py" line="169" />
        <source>&amp;Edit</source>
        <translation type="unfinished" /></message>
    <message>
        <location filename="../../ui/shell/main_window.py" line="170" />
        <source>&amp;Find documents</source>
        <translation type="unfinished" /></message>
    <message>
        <location filename="../../ui/shell/main_window.py" line="172" />
        <source>&amp;View</source>
        <translation type="unfinished" /></message>
    <message>
        <location filename="../../ui/shell/main_window.py" line="173" />
        <source>&amp;Full screen</source>
        <translation type="unfinished" /></message>
    <message>
        <location filename="../../ui/shell/main_window.py" line="177" />
        <source>&amp;Invoice</source>
        <translation type="unfinished" /></message>
    <message>
        <location filename="../../ui/shell/main_window.py" line="178" />
        <source>&amp;New invoice</source>
        <translation type="unfinished" /></message>
    <message>
        <location filename="../../ui/shell/main_window.py" line="179" />
        <source>&amp;Edit draft</source>
        <translation type="unfinished" /></message>
    <message>
        <location filename="../../ui/shell/main_window.py" line="180" />
        <source>&amp;Print…</source>
        <translation type="unfinished" /></message>
    <message>
        <location filename="../../ui/shell/main_window.py" line="181" />
        <source>&amp;Open PDF</source>
        <translation type="unfinished" /></message>
    <message>
        <location filename="../../ui/shell/main_window.py" line="183" />
        <source>&amp;Send unsent documents…</source>
        <translation type="unfinished" /></message>
    <message>
        <location filename="../../ui/shell/main_window.py" line="184" />
        <source>&amp;Import e-invoice…</source>
        <translation type="unfinished" /></message>
    <message>
        <location filename="../../ui/shell/main_window.py" line="186" />
        <source>&amp;Reports</source>
        <translation type="unfinished" /></message>
    <message>
        <location filename="../../ui/shell/main_window.py" line="187" />
        <source>&amp;Aging of receivables</source>
        <translation type="unfinished" /></message>
    <message>
        <location filename="../../ui/shell/main_window.py" line="188" />
        <source>&amp;Reminders due</source>
        <translation type="unfinished" /></message>
    <message>
        <location filename="../../ui/shell/main_window.py" line="190" />
        <source>Accountant's &amp;bundles</source>
        <translation type="unfinished" /></message>
    <message>
        <location filename="../../ui/shell/main_window.py" line="191" />
        <source>Make a &amp;bundle…</source>
        <translation type="unfinished" /></message>
    <message>
        <location filename="../../ui/shell/main_window.py" line="192" />
        <source>&amp;Deliver bundles now</source>
        <translation type="unfinished" /></message>
    <message>
        <location filename="../../ui/shell/main_window.py" line="194" />
        <source>&amp;Help</source>
        <translation type="unfinished" /></message>
    <message>
        <location filename="../../ui/shell/main_window.py" line="195" />
        <source>&amp;About Invoice Desk</source>
        <translation type="unfinished" /></message>
    <message>
        <location filename="../../ui/shell/main_window.py" line="196" />
        <source>About &amp;Qt</source>
        <translation type="unfinished" /></message>
    <message>
        <location filename="../../ui/shell/main_window.py" line="201" />
        <source>Unlocked</source>
        <translation type="unfinished" /></message>
    <message>
        <location filename="../../ui/shell/main_window.py" line="210" />
        <source>The file was upgraded from schema {old}; a verified backup is at {path}</source>
        <translation type="unfinished" /></message>
    <message>
        <location filename="../../ui/shell/main_window.py" line="217" />
        <source>Working…</source>
        <translation type="unfinished" /></message>
    <message>
        <location filename="../../ui/shell/main_window.py" line="261" />
        <source>About Invoice Desk</source>
        <translation type="unfinished" /></message>
    <message>
        <location filename="../../ui/shell/main_window.py" line="263" />
        <source>&lt;h3&gt;Invoice Desk {version}&lt;/h3&gt;&lt;p&gt;Desktop invoicing for small businesses.&lt;/p&gt;&lt;p&gt;Company data stays in one encrypted file on this computer.&lt;/p&gt;</source>
        <translation type="unfinished" /></message>
</context>
<context>
    <name>NewCustomerDialog</name>
    <message>
        <location filename="../../ui/parties/new_customer_dialog.py" line="52" />
        <source>New customer</source>
        <translation type="unfinished" /></message>
</context>
<context>
    <name>NumbersPage</name>
    <message>
        <location filename="../../ui/opening/setup_wizard.py" line="177" />
        <source>Invoice numbers</source>
        <translation type="unfinished" /></message>
    <message>
        <location filename="../../ui/opening/setup_wizard.py" line="179" />
        <source>Gapless, in the order of issue. {year} is the year, {seq:05} the running number with five digits; a series with the year in it starts again at 1 in January.</source>
        <translation type="unfinished" /></message>
    <message>
        <location filename="../../ui/opening/setup_wizard.py" line="185" />
        <source>Invoices</source>
        <translation type="unfinished" /></message>
    <message>
        <location filename="../../ui/opening/setup_wizard.py" line="187" />
        <source>Credit notes</source>
        <translation type="unfinished" /></message>
</context>
<context>
    <name>OpenItemsModel</name>
    <message>
        <location filename="../../ui/receivables/payment_dialog.py" line="49" />
        <source>Number</source>
        <translation type="unfinished" /></message>
    <message>
        <location filename="../../ui/receivables/payment_dialog.py" line="50" />
        <source>Due date</source>
        <translation type="unfinished" /></message>
    <message>
        <location filename="../../ui/receivables/payment_dialog.py" line="51" />
        <source>Amount due</source>
        <translation type="unfinished" /></message>
    <message>
        <location filename="../../ui/receivables/payment_dialog.py" line="52" />
        <source>Discount if paid on the day</source>
        <translation type="unfinished" /></message>
    <message>
        <location filename="../../ui/receivables/payment_dialog.py" line="53" />
        <source>This payment</source>
        <translation type="unfinished" /></message>
</context>
<context>
    <name>PassphraseDialog</name>
    <message>
        <location filename="../../ui/opening/passphrase_dialog.py" line="14" />
        <source>Change the passphrase</source>
        <translation type="unfinished" /></message>
    <message>
        <location filename="../../ui/opening/passphrase_dialog.py" line="18" />
        <source>Current passphrase</source>
        <translation type="unfinished" /></message>
    <message>
        <location filename="../../ui/opening/passphrase_dialog.py" line="19" />
        <source>New passphrase</source>
        <translation type="unfinished" /></message>
    <message>
        <location filename="../../ui/opening/passphrase_dialog.py" line="20" />
        <source>Repeat the new passphrase</source>
        <translation type="unfinished" /></message>
    <message>
        <location filename="../../ui/opening/passphrase_dialog.py" line="26" />
        <source>The file is re-encrypted under the new passphrase (a crash leaves the old or the new file, never a mixture); the window opens again when it is done.</source>
        <translation type="unfinished" /></message>
    <message>
        <location filename="../../ui/opening/passphrase_dialog.py" line="47" />
        <source>Type the current passphrase.</source>
        <translation type="unfinished" /></message>
    <message>
        <location filename="../../ui/opening/passphrase_dialog.py" line="50" />
        <source>Use at least {n} characters.</source>
        <translation type="unfinished" /></message>
    <message>
        <location filename="../../ui/opening/passphrase_dialog.py" line="54" />
        <source>The two passphrases differ.</source>
        <translation type="unfinished" /></message>
</context>
<context>
    <name>PaymentDialog</name>
    <message>
        <location filename="../../ui/receivables/payment_dialog.py" line="101" />
        <source>Record a payment from {0}</source>
        <translation type="unfinished" /></message>
    <message>
        <location filename="../../ui/receivables/payment_dialog.py" line="107" />
        <source>Write off a small difference that is left</source>
        <translation type="unfinished" /></message>
    <message>
        <location filename="../../ui/receivables/payment_dialog.py" line="111" />
        <source>Open invoices</source>
        <translation type="unfinished" /></message>
    <message>
        <location filename="../../ui/receivables/payment_dialog.py" line="118" />
        <source>Select the invoices this payment is for; with none selected it pays the oldest due first.</source>
        <translation type="unfinished" /></message>
    <message>
        <location filename="../../ui/receivables/payment_dialog.py" line="125" />
        <source>Where the payment goes</source>
        <translation type="unfinished" /></message>
    <message>
        <location filename="../../ui/receivables/payment_dialog.py" line="132" />
        <source>Record</source>
        <translation type="unfinished" /></message>
    <message>
        <location filename="../../ui/receivables/payment_dialog.py" line="161" />
        <source>Received on</source>
        <translation type="unfinished" /></message>
    <message>
        <location filename="../../ui/receivables/payment_dialog.py" line="163" />
        <source>Amount received</source>
        <translation type="unfinished" /></message>
    <message>
        <location filename="../../ui/receivables/payment_dialog.py" line="166" />
        <source>Bank transfer</source>
        <translation type="unfinished" /></message>
    <message>
        <location filename="../../ui/receivables/payment_dialog.py" line="167" />
        <source>Card</source>
        <translation type="unfinished" /></message>
    <message>
        <location filename="../../ui/receivables/payment_dialog.py" line="168" />
        <source>Cash</source>
        <translation type="unfinished" /></message>
    <message>
        <location filename="../../ui/receivables/payment_dialog.py" line="169" />
        <source>Cheque</source>
        <translation type="unfinished" /></message>
    <message>
        <location filename="../../ui/receivables/payment_dialog.py" line="170" />
        <source>Other</source>
        <translation type="unfinished" /></message>
    <message>
        <location filename="../../ui/receivables/payment_dialog.py" line="174" />
        <source>Method</source>
        <translation type="unfinished" /></message>
    <message>
        <location filename="../../ui/receivables/payment_dialog.py" line="176" />
        <source>Bank reference</source>
        <translation type="unfinished" /></message>
    <message>
        <location filename="../../ui/receivables/payment_dialog.py" line="198" />
        <source>Nothing is open: the whole amount will be kept as the customer's credit.</source>
        <translation type="unfinished" /></message>
    <message>
        <location filename="../../ui/receivables/payment_dialog.py" line="241" />
        <source>{0} to {1}</source>
        <translation type="unfinished" /></message>
    <message>
        <location filename="../../ui/receivables/payment_dialog.py" line="245" />
        <source>early-payment discount {0} on {1}</source>
        <translation type="unfinished" /></message>
    <message>
        <location filename="../../ui/receivables/payment_dialog.py" line="251" />
        <source>{0} written off on {1}</source>
        <translation type="unfinished" /></message>
    <message>
        <location filename="../../ui/receivables/payment_dialog.py" line="257" />
        <source>{0} is more than is due and stays as the customer's credit</source>
        <translation type="unfinished" /></message>
</context>
<context>
    <name>PaymentsModel</name>
    <message>
        <location filename="../../ui/receivables/customer_payments.py" line="48" />
        <source>Date</source>
        <translation type="unfinished" /></message>
    <message>
        <location filename="../../ui/receivables/customer_payments.py" line="49" />
        <source>Amount</source>
        <translation type="unfinished" /></message>
    <message>
        <location filename="../../ui/receivables/customer_payments.py" line="50" />
        <source>Method</source>
        <translation type="unfinished" /></message>
    <message>
        <location filename="../../ui/receivables/customer_payments.py" line="51" />
        <source>Reference</source>
        <translation type="unfinished" /></message>
    <message>
        <location filename="../../ui/receivables/customer_payments.py" line="52" />
        <source>Paid</source>
        <translation type="unfinished" /></message>
    <message>
        <location filename="../../ui/receivables/customer_payments.py" line="53" />
        <source>Unapplied</source>
        <translation type="unfinished" /></message>
    <message>
        <location filename="../../ui/receivables/customer_payments.py" line="61" />
        <source>Reversed</source>
        <translation type="unfinished" /></message>
    <message>
        <location filename="../../ui/receivables/customer_payments.py" line="68" />
        <source>reversed</source>
        <translation type="unfinished" /></message>
</context>
<context>
    <name>PdfPreview</name>
    <message>
        <location filename="../../ui/common/pdf_view.py" line="84" />
        <source>Document preview</source>
        <translation type="unfinished" /></message>
    <message numerus="yes">
        <location filename="../../ui/common/pdf_view.py" line="103" />
        <source>Page %n</source>
        <translation><numerusform>Page %n</numerusform><numerusform>Page %n</numerusform></translation></message>
</context>
<context>
    <name>ProductsModel</name>
    <message>
        <location filename="../../ui/parties/products_page.py" line="44" />
        <source>Name</source>
        <translation type="unfinished" /></message>
    <message>
        <location filename="../../ui/parties/products_page.py" line="44" />
        <source>Unit</source>
        <translation type="unfinished" /></message>
    <message>
        <location filename="../../ui/parties/products_page.py" line="44" />
        <source>Price</source>
        <translation type="unfinished" /></message>
    <message>
        <location filename="../../ui/parties/products_page.py" line="44" />
        <source>VAT</source>
        <translation type="unfinished" /></message>
</context>
<context>
    <name>ProductsPage</name>
    <message>
        <location filename="../../ui/parties/products_page.py" line="88" />
        <location filename="../../ui/parties/products_page.py" line="89" />
        <source>Search products</source>
        <translation type="unfinished" /></message>
    <message>
        <location filename="../../ui/parties/products_page.py" line="94" />
        <source>Products</source>
        <translation type="unfinished" /></message>
    <message>
        <location filename="../../ui/parties/products_page.py" line="102" />
        <source>&amp;New product</source>
        <translation type="unfinished" /></message>
    <message>
        <location filename="../../ui/parties/products_page.py" line="114" />
        <source>Name</source>
        <translation type="unfinished" /></message>
    <message>
        <location filename="../../ui/parties/products_page.py" line="116" />
        <source>printed on the invoice instead of the name</source>
        <translation type="unfinished" /></message>
    <message>
        <location filename="../../ui/parties/products_page.py" line="117" />
        <source>Description</source>
        <translation type="unfinished" /></message>
    <message>
        <location filename="../../ui/parties/products_page.py" line="122" />
        <source>Unit</source>
        <translation type="unfinished" /></message>
    <message>
        <location filename="../../ui/parties/products_page.py" line="124" />
        <source>Price (net)</source>
        <translation type="unfinished" /></message>
    <message>
        <location filename="../../ui/parties/products_page.py" line="126" />
        <source>VAT rate</source>
        <translation type="unfinished" /></message>
    <message>
        <location filename="../../ui/parties/products_page.py" line="127" />
        <source>&amp;Save</source>
        <translation type="unfinished" /></message>
    <message>
        <location filename="../../ui/parties/products_page.py" line="219" />
        <source>Saved.</source>
        <translation type="unfinished" /></message>
</context>
<context>
    <name>RefundDialog</name>
    <message>
        <location filename="../../ui/receivables/customer_payments.py" line="84" />
        <source>Refund</source>
        <translation type="unfinished" /></message>
    <message>
        <location filename="../../ui/receivables/customer_payments.py" line="90" />
        <source>Amount paid back ({0})</source>
        <translation type="unfinished" /></message>
    <message>
        <location filename="../../ui/receivables/customer_payments.py" line="94" />
        <source>Paid on</source>
        <translation type="unfinished" /></message>
    <message>
        <location filename="../../ui/receivables/customer_payments.py" line="98" />
        <source>Method</source>
        <translation type="unfinished" /></message>
    <message>
        <location filename="../../ui/receivables/customer_payments.py" line="100" />
        <source>Bank reference</source>
        <translation type="unfinished" /></message>
</context>
<context>
    <name>RemindersModel</name>
    <message>
        <location filename="../../ui/receivables/report_models.py" line="88" />
        <source>Invoice</source>
        <translation type="unfinished" /></message>
    <message>
        <location filename="../../ui/receivables/report_models.py" line="89" />
        <source>Customer</source>
        <translation type="unfinished" /></message>
    <message>
        <location filename="../../ui/receivables/report_models.py" line="90" />
        <source>Due date</source>
        <translation type="unfinished" /></message>
    <message>
        <location filename="../../ui/receivables/report_models.py" line="91" />
        <source>Days overdue</source>
        <translation type="unfinished" /></message>
    <message>
        <location filename="../../ui/receivables/report_models.py" line="92" />
        <source>Reminder</source>
        <translation type="unfinished" /></message>
    <message>
        <location filename="../../ui/receivables/report_models.py" line="93" />
        <source>Amount due</source>
        <translation type="unfinished" /></message>
    <message>
        <location filename="../../ui/receivables/report_models.py" line="94" />
        <source>Fee</source>
        <translation type="unfinished" /></message>
</context>
<context>
    <name>ReportsPage</name>
    <message>
        <location filename="../../ui/receivables/reports_page.py" line="58" />
        <source>Aging</source>
        <translation type="unfinished" /></message>
    <message>
        <location filename="../../ui/receivables/reports_page.py" line="59" />
        <location filename="../../ui/receivables/reports_page.py" line="217" />
        <source>Reminders due</source>
        <translation type="unfinished" /></message>
    <message>
        <location filename="../../ui/receivables/reports_page.py" line="73" />
        <source>As of</source>
        <translation type="unfinished" /></message>
    <message>
        <location filename="../../ui/receivables/reports_page.py" line="75" />
        <source>Bucket limits in days</source>
        <translation type="unfinished" /></message>
    <message>
        <location filename="../../ui/receivables/reports_page.py" line="76" />
        <source>&amp;Show</source>
        <translation type="unfinished" /></message>
    <message>
        <location filename="../../ui/receivables/reports_page.py" line="78" />
        <source>Export &amp;CSV…</source>
        <translation type="unfinished" /></message>
    <message>
        <location filename="../../ui/receivables/reports_page.py" line="80" />
        <source>Export &amp;PDF…</source>
        <translation type="unfinished" /></message>
    <message>
        <location filename="../../ui/receivables/reports_page.py" line="84" />
        <location filename="../../ui/receivables/reports_page.py" line="205" />
        <source>As of:</source>
        <translation type="unfinished" /></message>
    <message>
        <location filename="../../ui/receivables/reports_page.py" line="86" />
        <source>Buckets (days):</source>
        <translation type="unfinished" /></message>
    <message>
        <location filename="../../ui/receivables/reports_page.py" line="95" />
        <source>Aging by customer</source>
        <translation type="unfinished" /></message>
    <message>
        <location filename="../../ui/receivables/reports_page.py" line="98" />
        <source>Documents of the customer</source>
        <translation type="unfinished" /></message>
    <message>
        <location filename="../../ui/receivables/reports_page.py" line="152" />
        <source>All customers, in {0}: {1}; total {2}</source>
        <translation type="unfinished" /></message>
    <message>
        <location filename="../../ui/receivables/reports_page.py" line="174" />
        <source>Export aging</source>
        <translation type="unfinished" /></message>
    <message>
        <location filename="../../ui/receivables/reports_page.py" line="191" />
        <source>Saved {0}.</source>
        <translation type="unfinished" /></message>
    <message>
        <location filename="../../ui/receivables/reports_page.py" line="199" />
        <source>Reminders as of</source>
        <translation type="unfinished" /></message>
    <message>
        <location filename="../../ui/receivables/reports_page.py" line="200" />
        <source>S&amp;how due</source>
        <translation type="unfinished" /></message>
    <message>
        <location filename="../../ui/receivables/reports_page.py" line="202" />
        <source>&amp;Issue selected and save letters…</source>
        <translation type="unfinished" /></message>
    <message>
        <location filename="../../ui/receivables/reports_page.py" line="210" />
        <source>and send each letter by &amp;email</source>
        <translation type="unfinished" /></message>
    <message>
        <location filename="../../ui/receivables/reports_page.py" line="212" />
        <source>to the customer's address, with the texts of the email settings</source>
        <translation type="unfinished" /></message>
    <message numerus="yes">
        <location filename="../../ui/receivables/reports_page.py" line="241" />
        <source>%n reminder(s) due.</source>
        <translation><numerusform>%n reminder due.</numerusform><numerusform>%n reminders due.</numerusform></translation></message>
    <message>
        <location filename="../../ui/receivables/reports_page.py" line="243" />
        <source>No reminder is due.</source>
        <translation type="unfinished" /></message>
    <message>
        <location filename="../../ui/receivables/reports_page.py" line="253" />
        <source>Select the reminders to issue.</source>
        <translation type="unfinished" /></message>
    <message>
        <location filename="../../ui/receivables/reports_page.py" line="258" />
        <source>Issue reminders?</source>
        <translation type="unfinished" /></message>
    <message numerus="yes">
        <location filename="../../ui/receivables/reports_page.py" line="260" />
        <source>Issue %n reminder(s)? Their fees are charged to the customers.</source>
        <translation><numerusform>Issue %n reminder? Their fees are charged to the customers.</numerusform><numerusform>Issue %n reminders? Their fees are charged to the customers.</numerusform></translation></message>
    <message>
        <location filename="../../ui/receivables/reports_page.py" line="267" />
        <source>Save the letters in</source>
        <translation type="unfinished" /></message>
    <message numerus="yes">
        <location filename="../../ui/receivables/reports_page.py" line="286" />
        <source>Issued; %n letter(s) saved.</source>
        <translation><numerusform>Issued; %n letter saved.</numerusform><numerusform>Issued; %n letters saved.</numerusform></translation></message>
    <message>
        <location filename="../../ui/receivables/reports_page.py" line="291" />
        <source>By email: sent {sent}, skipped {skipped}, failed {failed}.</source>
        <translation type="unfinished" /></message>
</context>
<context>
    <name>SamplePage</name>
    <message>
        <location filename="../../ui/opening/setup_wizard.py" line="314" />
        <source>Your invoices will look like this</source>
        <translation type="unfinished" /></message>
    <message>
        <location filename="../../ui/opening/setup_wizard.py" line="317" />
        <source>A sample with a made-up customer; nothing is stored. Change the look under Settings &gt; Documents.</source>
        <translation type="unfinished" /></message>
    <message>
        <location filename="../../ui/opening/setup_wizard.py" line="329" />
        <source>Rendering…</source>
        <translation type="unfinished" /></message>
</context>
<context>
    <name>SeriesTab</name>
    <message>
        <location filename="../../ui/settings/settings_tables.py" line="249" />
        <source>Start again at 1 each year</source>
        <translation type="unfinished" /></message>
    <message>
        <location filename="../../ui/settings/settings_tables.py" line="250" />
        <source>Use it for new documents of its type</source>
        <translation type="unfinished" /></message>
    <message>
        <location filename="../../ui/settings/settings_tables.py" line="253" />
        <source>Name</source>
        <translation type="unfinished" /></message>
    <message>
        <location filename="../../ui/settings/settings_tables.py" line="254" />
        <source>Type</source>
        <translation type="unfinished" /></message>
    <message>
        <location filename="../../ui/settings/settings_tables.py" line="255" />
        <source>Pattern</source>
        <translation type="unfinished" /></message>
    <message>
        <location filename="../../ui/settings/settings_tables.py" line="260" />
        <source>Add the series</source>
        <translation type="unfinished" /></message>
    <message>
        <location filename="../../ui/settings/settings_tables.py" line="298" />
        <source>Series added.</source>
        <translation type="unfinished" /></message>
</context>
<context>
    <name>Settings</name>
    <message>
        <location filename="../../ui/settings/setting_texts.py" line="11" />
        <source>largest difference a payment may leave written off</source>
        <translation type="unfinished" /></message>
    <message>
        <location filename="../../ui/settings/setting_texts.py" line="14" />
        <source>reminder levels: days past due, title, fee, yearly interest</source>
        <translation type="unfinished" /></message>
    <message>
        <location filename="../../ui/settings/setting_texts.py" line="17" />
        <source>VAT rounding: once per category and rate (document, EN 16931) or per line (line)</source>
        <translation type="unfinished" /></message>
    <message>
        <location filename="../../ui/settings/setting_texts.py" line="21" />
        <source>lock the window after idle minutes (0 = never)</source>
        <translation type="unfinished" /></message>
    <message>
        <location filename="../../ui/settings/setting_texts.py" line="24" />
        <source>automatic backups kept before schema upgrades</source>
        <translation type="unfinished" /></message>
    <message>
        <location filename="../../ui/settings/setting_texts.py" line="27" />
        <source>e-invoice written and frozen at issue (a customer may override it)</source>
        <translation type="unfinished" /></message>
    <message>
        <location filename="../../ui/settings/setting_texts.py" line="30" />
        <source>paper of printed documents</source>
        <translation type="unfinished" /></message>
    <message>
        <location filename="../../ui/settings/setting_texts.py" line="31" />
        <source>accent colour of printed documents, e.g. #1f4e79</source>
        <translation type="unfinished" /></message>
    <message>
        <location filename="../../ui/settings/setting_texts.py" line="34" />
        <source>a line printed at the foot of every page</source>
        <translation type="unfinished" /></message>
    <message>
        <location filename="../../ui/settings/setting_texts.py" line="35" />
        <source>layout: the address in an envelope window on the left (DIN 5008, US) or the right</source>
        <translation type="unfinished" /></message>
    <message>
        <location filename="../../ui/settings/setting_texts.py" line="39" />
        <source>SMTP server, e.g. smtp.example.org</source>
        <translation type="unfinished" /></message>
    <message>
        <location filename="../../ui/settings/setting_texts.py" line="40" />
        <source>SMTP port (587 for STARTTLS, 465 for TLS)</source>
        <translation type="unfinished" /></message>
    <message>
        <location filename="../../ui/settings/setting_texts.py" line="41" />
        <source>STARTTLS, TLS, or none (local relay)</source>
        <translation type="unfinished" /></message>
    <message>
        <location filename="../../ui/settings/setting_texts.py" line="42" />
        <source>SMTP user name (the password goes to the keyring)</source>
        <translation type="unfinished" /></message>
    <message>
        <location filename="../../ui/settings/setting_texts.py" line="45" />
        <source>sender address of documents sent by email</source>
        <translation type="unfinished" /></message>
    <message>
        <location filename="../../ui/settings/setting_texts.py" line="46" />
        <source>send a copy of every message to the sender</source>
        <translation type="unfinished" /></message>
    <message>
        <location filename="../../ui/settings/setting_texts.py" line="47" />
        <source>attach the e-invoice XML next to the PDF</source>
        <translation type="unfinished" /></message>
    <message>
        <location filename="../../ui/settings/setting_texts.py" line="48" />
        <source>certificate authority file for the SMTP server, if private</source>
        <translation type="unfinished" /></message>
    <message>
        <location filename="../../ui/settings/setting_texts.py" line="51" />
        <source>email subject in en (placeholders: {number}...)</source>
        <translation type="unfinished" /></message>
    <message>
        <location filename="../../ui/settings/setting_texts.py" line="54" />
        <source>email subject in de (placeholders: {number}...)</source>
        <translation type="unfinished" /></message>
    <message>
        <location filename="../../ui/settings/setting_texts.py" line="57" />
        <source>email subject in fr (placeholders: {number}...)</source>
        <translation type="unfinished" /></message>
    <message>
        <location filename="../../ui/settings/setting_texts.py" line="60" />
        <source>email body in en (placeholders: {number}...)</source>
        <translation type="unfinished" /></message>
    <message>
        <location filename="../../ui/settings/setting_texts.py" line="61" />
        <source>email body in de (placeholders: {number}...)</source>
        <translation type="unfinished" /></message>
    <message>
        <location filename="../../ui/settings/setting_texts.py" line="62" />
        <source>email body in fr (placeholders: {number}...)</source>
        <translation type="unfinished" /></message>
    <message>
        <location filename="../../ui/settings/setting_texts.py" line="63" />
        <source>make and deliver the accountant's bundle every month or every week</source>
        <translation type="unfinished" /></message>
    <message>
        <location filename="../../ui/settings/setting_texts.py" line="66" />
        <source>monthly: the day of the month for last month's bundle; weekly: 1 = Monday ... 7</source>
        <translation type="unfinished" /></message>
    <message>
        <location filename="../../ui/settings/setting_texts.py" line="70" />
        <source>DATEV Beraternummer (1001 to 9999999); empty = no DATEV file in the bundle</source>
        <translation type="unfinished" /></message>
    <message>
        <location filename="../../ui/settings/setting_texts.py" line="73" />
        <source>DATEV Mandantennummer (1 to 99999)</source>
        <translation type="unfinished" /></message>
    <message>
        <location filename="../../ui/settings/setting_texts.py" line="74" />
        <source>DATEV chart of accounts (account presets)</source>
        <translation type="unfinished" /></message>
    <message>
        <location filename="../../ui/settings/setting_texts.py" line="75" />
        <source>DATEV file encoding (UTF-8 with a BOM)</source>
        <translation type="unfinished" /></message>
    <message>
        <location filename="../../ui/settings/setting_texts.py" line="76" />
        <source>DATEV accounts over the preset (JSON), e.g. {"bank": "1210", "revenue:S:19": "8400"}</source>
        <translation type="unfinished" /></message>
    <message>
        <location filename="../../ui/settings/setting_texts.py" line="80" />
        <source>check the e-invoice against the official EN 16931 rules before issuing</source>
        <translation type="unfinished" /></message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <location filename="../../ui/settings/settings_page.py" line="100" />
        <source>Company</source>
        <translation type="unfinished" /></message>
    <message>
        <location filename="../../ui/settings/settings_page.py" line="101" />
        <source>Tax rates</source>
        <translation type="unfinished" /></message>
    <message>
        <location filename="../../ui/settings/settings_page.py" line="102" />
        <source>Number series</source>
        <translation type="unfinished" /></message>
    <message>
        <location filename="../../ui/settings/settings_page.py" line="124" />
        <source>Set the SMTP password…</source>
        <translation type="unfinished" /></message>
    <message>
        <location filename="../../ui/settings/settings_page.py" line="129" />
        <source>&amp;Save changes</source>
        <translation type="unfinished" /></message>
    <message>
        <location filename="../../ui/settings/settings_page.py" line="173" />
        <source>Change the passphrase…</source>
        <translation type="unfinished" /></message>
    <message>
        <location filename="../../ui/settings/settings_page.py" line="176" />
        <source>Forget the passphrase remembered on this computer</source>
        <translation type="unfinished" /></message>
    <message>
        <location filename="../../ui/settings/settings_page.py" line="246" />
        <source>Nothing has changed.</source>
        <translation type="unfinished" /></message>
    <message>
        <location filename="../../ui/settings/settings_page.py" line="249" />
        <source>Saving…</source>
        <translation type="unfinished" /></message>
    <message numerus="yes">
        <location filename="../../ui/settings/settings_page.py" line="269" />
        <source>%n setting(s) saved.</source>
        <translation><numerusform>%n setting saved.</numerusform><numerusform>%n settings saved.</numerusform></translation></message>
    <message numerus="yes">
        <location filename="../../ui/settings/settings_page.py" line="271" />
        <source>%n refused: see the fields marked in red.</source>
        <translation><numerusform>%n refused: see the fields marked in red.</numerusform><numerusform>%n refused: see the fields marked in red.</numerusform></translation></message>
    <message>
        <location filename="../../ui/settings/settings_page.py" line="281" />
        <source>SMTP password</source>
        <translation type="unfinished" /></message>
    <message>
        <location filename="../../ui/settings/settings_page.py" line="282" />
        <source>Password of the SMTP user (kept in the system keyring):</source>
        <translation type="unfinished" /></message>
    <message>
        <location filename="../../ui/settings/settings_page.py" line="299" />
        <source>Password kept in the keyring ({0}).</source>
        <translation type="unfinished" /></message>
    <message>
        <location filename="../../ui/settings/settings_page.py" line="310" />
        <source>The remembered passphrase was removed from the keyring.</source>
        <translation type="unfinished" /></message>
    <message>
        <location filename="../../ui/settings/settings_page.py" line="312" />
        <source>No passphrase was remembered for this file.</source>
        <translation type="unfinished" /></message>
</context>
<context>
    <name>SetupWizard</name>
    <message>
        <location filename="../../ui/opening/setup_wizard.py" line="348" />
        <source>Set up the new company</source>
        <translation type="unfinished" /></message>
</context>
<context>
    <name>TaxPage</name>
    <message>
        <location filename="../../ui/opening/setup_wizard.py" line="138" />
        <location filename="../../ui/opening/setup_wizard.py" line="150" />
        <source>Tax rates</source>
        <translation type="unfinished" /></message>
    <message>
        <location filename="../../ui/opening/setup_wizard.py" line="140" />
        <source>Prefilled for the company's country. Products and invoice lines choose one by name; new rates and changed rates take effect from a date (command line: invoice-desk tax-rate add).</source>
        <translation type="unfinished" /></message>
    <message>
        <location filename="../../ui/opening/setup_wizard.py" line="147" />
        <source>Name</source>
        <translation type="unfinished" /></message>
    <message>
        <location filename="../../ui/opening/setup_wizard.py" line="147" />
        <source>Category</source>
        <translation type="unfinished" /></message>
    <message>
        <location filename="../../ui/opening/setup_wizard.py" line="147" />
        <source>Rate</source>
        <translation type="unfinished" /></message>
    <message>
        <location filename="../../ui/opening/setup_wizard.py" line="147" />
        <source>Valid from</source>
        <translation type="unfinished" /></message>
</context>
<context>
    <name>TaxRatesTab</name>
    <message>
        <location filename="../../ui/settings/settings_tables.py" line="180" />
        <source>Name</source>
        <translation type="unfinished" /></message>
    <message>
        <location filename="../../ui/settings/settings_tables.py" line="181" />
        <source>Category</source>
        <translation type="unfinished" /></message>
    <message>
        <location filename="../../ui/settings/settings_tables.py" line="182" />
        <source>Rate (%)</source>
        <translation type="unfinished" /></message>
    <message>
        <location filename="../../ui/settings/settings_tables.py" line="183" />
        <source>Valid from</source>
        <translation type="unfinished" /></message>
    <message>
        <location filename="../../ui/settings/settings_tables.py" line="184" />
        <source>Exemption reason</source>
        <translation type="unfinished" /></message>
    <message>
        <location filename="../../ui/settings/settings_tables.py" line="185" />
        <source>Exemption code (VATEX)</source>
        <translation type="unfinished" /></message>
    <message>
        <location filename="../../ui/settings/settings_tables.py" line="188" />
        <source>Add the rate (or its new version)</source>
        <translation type="unfinished" /></message>
    <message>
        <location filename="../../ui/settings/settings_tables.py" line="228" />
        <source>Rate added.</source>
        <translation type="unfinished" /></message>
</context>
<context>
    <name>TotalsLabel</name>
    <message>
        <location filename="../../ui/editor/totals.py" line="18" />
        <source>Totals</source>
        <translation type="unfinished" /></message>
    <message>
        <location filename="../../ui/editor/totals.py" line="25" />
        <source>&lt;i&gt;Totals appear when every line can be computed.&lt;/i&gt;</source>
        <translation type="unfinished" /></message>
    <message>
        <location filename="../../ui/editor/totals.py" line="38" />
        <source>{category} on {base}</source>
        <translation type="unfinished" /></message>
    <message>
        <location filename="../../ui/editor/totals.py" line="40" />
        <source>VAT {rate} on {base}</source>
        <translation type="unfinished" /></message>
    <message>
        <location filename="../../ui/editor/totals.py" line="44" />
        <source>Total</source>
        <translation type="unfinished" /></message>
    <message>
        <location filename="../../ui/editor/totals.py" line="44" />
        <source>Amount due</source>
        <translation type="unfinished" /></message>
    <message>
        <location filename="../../ui/editor/totals.py" line="46" />
        <source>Sum of lines</source>
        <translation type="unfinished" /></message>
    <message>
        <location filename="../../ui/editor/totals.py" line="47" />
        <source>Allowances</source>
        <translation type="unfinished" /></message>
    <message>
        <location filename="../../ui/editor/totals.py" line="48" />
        <source>Charges</source>
        <translation type="unfinished" /></message>
</context>
<context>
    <name>UnlockDialog</name>
    <message>
        <location filename="../../ui/opening/unlock_dialog.py" line="76" />
        <source>Invoice Desk — Open company</source>
        <translation type="unfinished" /></message>
    <message>
        <location filename="../../ui/opening/unlock_dialog.py" line="82" />
        <source>&lt;h2&gt;Open a company file&lt;/h2&gt;</source>
        <translation type="unfinished" /></message>
    <message>
        <location filename="../../ui/opening/unlock_dialog.py" line="84" />
        <source>Company file</source>
        <translation type="unfinished" /></message>
    <message>
        <location filename="../../ui/opening/unlock_dialog.py" line="86" />
        <source>Browse…</source>
        <translation type="unfinished" /></message>
    <message>
        <location filename="../../ui/opening/unlock_dialog.py" line="93" />
        <source>Passphrase</source>
        <translation type="unfinished" /></message>
    <message>
        <location filename="../../ui/opening/unlock_dialog.py" line="94" />
        <source>Remember on this computer</source>
        <translation type="unfinished" /></message>
    <message>
        <location filename="../../ui/opening/unlock_dialog.py" line="96" />
        <source>Keeps the unlocked key in the system keyring, never the passphrase itself.</source>
        <translation type="unfinished" /></message>
    <message>
        <location filename="../../ui/opening/unlock_dialog.py" line="105" />
        <source>Company file:</source>
        <translation type="unfinished" /></message>
    <message>
        <location filename="../../ui/opening/unlock_dialog.py" line="106" />
        <source>Passphrase:</source>
        <translation type="unfinished" /></message>
    <message>
        <location filename="../../ui/opening/unlock_dialog.py" line="108" />
        <source>Create new company…</source>
        <translation type="unfinished" /></message>
    <message>
        <location filename="../../ui/opening/unlock_dialog.py" line="110" />
        <source>Open</source>
        <translation type="unfinished" /></message>
    <message>
        <location filename="../../ui/opening/unlock_dialog.py" line="113" />
        <source>Quit</source>
        <translation type="unfinished" /></message>
    <message>
        <location filename="../../ui/opening/unlock_dialog.py" line="147" />
        <source>Open company file</source>
        <translation type="unfinished" /></message>
    <message>
        <location filename="../../ui/opening/unlock_dialog.py" line="160" />
        <source>This computer remembers the key of this file: click Open.</source>
        <translation type="unfinished" /></message>
    <message>
        <location filename="../../ui/opening/unlock_dialog.py" line="172" />
        <source>Choose a company file first (Browse…).</source>
        <translation type="unfinished" /></message>
    <message>
        <location filename="../../ui/opening/unlock_dialog.py" line="175" />
        <source>Unlocking…</source>
        <translation type="unfinished" /></message>
</context>
<context>
    <name>problems</name>
    <message>
        <location filename="../../ui/common/problem_texts.py" line="21" />
        <source>must not be empty</source>
        <translation type="unfinished" /></message>
    <message>
        <location filename="../../ui/common/problem_texts.py" line="22" />
        <source>missing</source>
        <translation type="unfinished" /></message>
    <message>
        <location filename="../../ui/common/problem_texts.py" line="23" />
        <source>must not be negative</source>
        <translation type="unfinished" /></message>
    <message>
        <location filename="../../ui/common/problem_texts.py" line="24" />
        <source>must not be zero</source>
        <translation type="unfinished" /></message>
    <message>
        <location filename="../../ui/common/problem_texts.py" line="25" />
        <source>must be greater than zero</source>
        <translation type="unfinished" /></message>
    <message>
        <location filename="../../ui/common/problem_texts.py" line="26" />
        <source>must be between 0 and 100</source>
        <translation type="unfinished" /></message>
    <message>
        <location filename="../../ui/common/problem_texts.py" line="27" />
        <source>must be between {low} and {high}</source>
        <translation type="unfinished" /></message>
    <message>
        <location filename="../../ui/common/problem_texts.py" line="28" />
        <source>must be a string</source>
        <translation type="unfinished" /></message>
    <message>
        <location filename="../../ui/common/problem_texts.py" line="29" />
        <source>unknown field</source>
        <translation type="unfinished" /></message>
    <message>
        <location filename="../../ui/common/problem_texts.py" line="30" />
        <source>must be a list of objects</source>
        <translation type="unfinished" /></message>
    <message>
        <location filename="../../ui/common/problem_texts.py" line="31" />
        <source>{value} is not an id</source>
        <translation type="unfinished" /></message>
    <message>
        <location filename="../../ui/common/problem_texts.py" line="32" />
        <source>{value!r} is not a date like 2026-11-24</source>
        <translation type="unfinished" /></message>
    <message>
        <location filename="../../ui/common/problem_texts.py" line="33" />
        <source>{value!r} is not an email address</source>
        <translation type="unfinished" /></message>
    <message>
        <location filename="../../ui/common/problem_texts.py" line="34" />
        <source>give the number as a string, e.g. "{value}"</source>
        <translation type="unfinished" /></message>
    <message>
        <location filename="../../ui/common/problem_texts.py" line="35" />
        <source>a number written as a string is expected</source>
        <translation type="unfinished" /></message>
    <message>
        <location filename="../../ui/common/problem_texts.py" line="36" />
        <source>{value!r} uses a comma; write the decimal point as in {hint!r}</source>
        <translation type="unfinished" /></message>
    <message>
        <location filename="../../ui/common/problem_texts.py" line="39" />
        <source>{value!r} is not a number</source>
        <translation type="unfinished" /></message>
    <message>
        <location filename="../../ui/common/problem_texts.py" line="40" />
        <source>a JSON object is expected</source>
        <translation type="unfinished" /></message>
    <message>
        <location filename="../../ui/common/problem_texts.py" line="41" />
        <source>missing (e.g. "EUR")</source>
        <translation type="unfinished" /></message>
    <message>
        <location filename="../../ui/common/problem_texts.py" line="42" />
        <source>{value!r} is not an ISO 4217 code</source>
        <translation type="unfinished" /></message>
    <message>
        <location filename="../../ui/common/problem_texts.py" line="43" />
        <source>{value!r} is not an ISO 4217 currency</source>
        <translation type="unfinished" /></message>
    <message>
        <location filename="../../ui/common/problem_texts.py" line="44" />
        <source>missing (e.g. "S")</source>
        <translation type="unfinished" /></message>
    <message>
        <location filename="../../ui/common/problem_texts.py" line="45" />
        <source>{value!r} is not a VAT category code ({codes})</source>
        <translation type="unfinished" /></message>
    <message>
        <location filename="../../ui/common/problem_texts.py" line="48" />
        <source>must be a line number (1, 2, ...)</source>
        <translation type="unfinished" /></message>
    <message>
        <location filename="../../ui/common/problem_texts.py" line="49" />
        <source>must be an object with rate, date and source</source>
        <translation type="unfinished" /></message>
    <message>
        <location filename="../../ui/common/problem_texts.py" line="52" />
        <source>must be an object with percent and days</source>
        <translation type="unfinished" /></message>
    <message>
        <location filename="../../ui/common/problem_texts.py" line="55" />
        <source>a percent between 0 and 100</source>
        <translation type="unfinished" /></message>
    <message>
        <location filename="../../ui/common/problem_texts.py" line="56" />
        <source>a whole number of days, 0 to 365</source>
        <translation type="unfinished" /></message>
    <message>
        <location filename="../../ui/common/problem_texts.py" line="57" />
        <source>give either an amount or a percent</source>
        <translation type="unfinished" /></message>
    <message>
        <location filename="../../ui/common/problem_texts.py" line="58" />
        <source>give a reason or a reason code</source>
        <translation type="unfinished" /></message>
    <message>
        <location filename="../../ui/common/problem_texts.py" line="59" />
        <source>a document allowance or charge needs a VAT category</source>
        <translation type="unfinished" /></message>
    <message>
        <location filename="../../ui/common/problem_texts.py" line="62" />
        <source>category {category} needs an exemption reason</source>
        <translation type="unfinished" /></message>
    <message>
        <location filename="../../ui/common/problem_texts.py" line="65" />
        <source>category {category} needs an exemption reason (text or VATEX code)</source>
        <translation type="unfinished" /></message>
    <message>
        <location filename="../../ui/common/problem_texts.py" line="68" />
        <source>{value!r} is not a UN/ECE Rec 20 unit code such as C62 or HUR</source>
        <translation type="unfinished" /></message>
    <message>
        <location filename="../../ui/common/problem_texts.py" line="71" />
        <source>must not be negative (use a negative quantity or an allowance)</source>
        <translation type="unfinished" /></message>
    <message>
        <location filename="../../ui/common/problem_texts.py" line="74" />
        <source>the document has no lines</source>
        <translation type="unfinished" /></message>
    <message>
        <location filename="../../ui/common/problem_texts.py" line="75" />
        <source>category O (not subject to VAT) cannot be mixed with other categories</source>
        <translation type="unfinished" /></message>
    <message>
        <location filename="../../ui/common/problem_texts.py" line="78" />
        <source>choose a customer</source>
        <translation type="unfinished" /></message>
    <message>
        <location filename="../../ui/common/problem_texts.py" line="79" />
        <source>category {category} needs the company's VAT ID</source>
        <translation type="unfinished" /></message>
    <message>
        <location filename="../../ui/common/problem_texts.py" line="82" />
        <source>category {category} ({wording}) needs the customer's VAT ID</source>
        <translation type="unfinished" /></message>
    <message>
        <location filename="../../ui/common/problem_texts.py" line="85" />
        <source>an invoice not subject to VAT (O) carries no VAT IDs (BR-O-2)</source>
        <translation type="unfinished" /></message>
    <message>
        <location filename="../../ui/common/problem_texts.py" line="88" />
        <source>an intra-Community supply needs the delivery date or period</source>
        <translation type="unfinished" /></message>
    <message>
        <location filename="../../ui/common/problem_texts.py" line="91" />
        <source>the due date is before the issue date</source>
        <translation type="unfinished" /></message>
    <message>
        <location filename="../../ui/common/problem_texts.py" line="92" />
        <source>the period ends before it starts</source>
        <translation type="unfinished" /></message>
    <message>
        <location filename="../../ui/common/problem_texts.py" line="93" />
        <source>an invoice in {currency} needs the exchange rate to {accounting} (rate, date, source)</source>
        <translation type="unfinished" /></message>
    <message>
        <location filename="../../ui/common/problem_texts.py" line="97" />
        <source>a credit or debit note must name the invoice it corrects</source>
        <translation type="unfinished" /></message>
    <message>
        <location filename="../../ui/common/problem_texts.py" line="100" />
        <source>the corrected document is not issued</source>
        <translation type="unfinished" /></message>
    <message>
        <location filename="../../ui/common/problem_texts.py" line="101" />
        <source>must be the customer of {number}</source>
        <translation type="unfinished" /></message>
    <message>
        <location filename="../../ui/common/problem_texts.py" line="102" />
        <source>category O (not subject to VAT) takes no rate</source>
        <translation type="unfinished" /></message>
    <message>
        <location filename="../../ui/common/problem_texts.py" line="105" />
        <source>category {category} needs a rate</source>
        <translation type="unfinished" /></message>
    <message>
        <location filename="../../ui/common/problem_texts.py" line="106" />
        <source>a VAT rate is a percentage between 0 and 100</source>
        <translation type="unfinished" /></message>
    <message>
        <location filename="../../ui/common/problem_texts.py" line="107" />
        <source>category S (standard rate) needs a rate above 0; use Z, E or another category</source>
        <translation type="unfinished" /></message>
    <message>
        <location filename="../../ui/common/problem_texts.py" line="110" />
        <source>category {category} must have rate 0</source>
        <translation type="unfinished" /></message>
    <message>
        <location filename="../../ui/common/problem_texts.py" line="111" />
        <source>a credit note for {number} must be in {currency}</source>
        <translation type="unfinished" /></message>
    <message>
        <location filename="../../ui/common/problem_texts.py" line="114" />
        <source>this credit note ({amount} {currency}) exceeds what is left to credit on {number} ({left} {currency})</source>
        <translation type="unfinished" /></message>
    <message>
        <location filename="../../ui/common/problem_texts.py" line="118" />
        <source>a credit note must credit a positive amount</source>
        <translation type="unfinished" /></message>
    <message>
        <location filename="../../ui/common/problem_texts.py" line="121" />
        <source>{number} has no line {position}</source>
        <translation type="unfinished" /></message>
    <message>
        <location filename="../../ui/common/problem_texts.py" line="122" />
        <source>credits {credited} of line {position}, which invoiced only {invoiced}</source>
        <translation type="unfinished" /></message>
    <message>
        <location filename="../../ui/common/problem_texts.py" line="125" />
        <source>the customer name must not be empty</source>
        <translation type="unfinished" /></message>
    <message>
        <location filename="../../ui/common/problem_texts.py" line="126" />
        <source>the product name must not be empty</source>
        <translation type="unfinished" /></message>
    <message>
        <location filename="../../ui/common/problem_texts.py" line="127" />
        <source>the company name must not be empty</source>
        <translation type="unfinished" /></message>
    <message>
        <location filename="../../ui/common/problem_texts.py" line="128" />
        <source>the company name is longer than {limit} characters</source>
        <translation type="unfinished" /></message>
    <message>
        <location filename="../../ui/common/problem_texts.py" line="131" />
        <source>{value!r} is not a language code such as en, de or fr</source>
        <translation type="unfinished" /></message>
    <message>
        <location filename="../../ui/common/problem_texts.py" line="134" />
        <source>{value!r} is not a 4-digit ISO 6523 code (or EM)</source>
        <translation type="unfinished" /></message>
    <message>
        <location filename="../../ui/common/problem_texts.py" line="137" />
        <source>an electronic address needs its scheme, e.g. 0088</source>
        <translation type="unfinished" /></message>
    <message>
        <location filename="../../ui/common/problem_texts.py" line="140" />
        <source>{value!r} is not an e-invoice format (known: {known})</source>
        <translation type="unfinished" /></message>
    <message>
        <location filename="../../ui/common/problem_texts.py" line="143" />
        <source>give both {field} and {other_field}</source>
        <translation type="unfinished" /></message>
    <message>
        <location filename="../../ui/common/problem_texts.py" line="144" />
        <source>no tax rate named {name!r} (known: {known})</source>
        <translation type="unfinished" /></message>
    <message>
        <location filename="../../ui/common/problem_texts.py" line="147" />
        <source>the country is missing</source>
        <translation type="unfinished" /></message>
    <message>
        <location filename="../../ui/common/problem_texts.py" line="148" />
        <source>{value!r} is not an ISO 3166 country code such as DE or FR</source>
        <translation type="unfinished" /></message>
    <message>
        <location filename="../../ui/common/problem_texts.py" line="151" />
        <source>{value!r} is not an ISO 4217 currency code such as EUR</source>
        <translation type="unfinished" /></message>
    <message>
        <location filename="../../ui/common/problem_texts.py" line="154" />
        <source>{value!r} is not a valid VAT number ({reason})</source>
        <translation type="unfinished" /></message>
    <message>
        <location filename="../../ui/common/problem_texts.py" line="157" />
        <source>a {status} {type_words} cannot be {action_past}</source>
        <translation type="unfinished" /></message>
    <message>
        <location filename="../../ui/common/problem_texts.py" line="160" />
        <source>no tax rate {name!r} valid on {day} (known: {known})</source>
        <translation type="unfinished" /></message>
    <message>
        <location filename="../../ui/common/problem_texts.py" line="163" />
        <source>give the folder as an absolute path</source>
        <translation type="unfinished" /></message>
    <message>
        <location filename="../../ui/common/problem_texts.py" line="166" />
        <source>is required for an SFTP destination</source>
        <translation type="unfinished" /></message>
    <message>
        <location filename="../../ui/common/problem_texts.py" line="169" />
        <source>{value!r} is not a port number</source>
        <translation type="unfinished" /></message>
    <message>
        <location filename="../../ui/common/problem_texts.py" line="170" />
        <source>{value} is not a port number (1 to 65535)</source>
        <translation type="unfinished" /></message>
    <message>
        <location filename="../../ui/common/problem_texts.py" line="173" />
        <source>password or key</source>
        <translation type="unfinished" /></message>
    <message>
        <location filename="../../ui/common/problem_texts.py" line="174" />
        <source>key authentication needs the private key file</source>
        <translation type="unfinished" /></message>
    <message>
        <location filename="../../ui/common/problem_texts.py" line="177" />
        <source>give the receiver's URL, e.g. https://host/bundles</source>
        <translation type="unfinished" /></message>
    <message>
        <location filename="../../ui/common/problem_texts.py" line="180" />
        <source>unknown destination kind {value!r}; one of {known}</source>
        <translation type="unfinished" /></message>
    <message>
        <location filename="../../ui/common/problem_texts.py" line="183" />
        <source>up to 100 letters, digits, spaces and . , ( ) &amp; + ' - _, starting with a letter</source>
        <translation type="unfinished" /></message>
    <message>
        <location filename="../../ui/common/problem_texts.py" line="187" />
        <source>a destination named {name!r} exists already</source>
        <translation type="unfinished" /></message>
    <message>
        <location filename="../../ui/common/problem_texts.py" line="190" />
        <source>no destination named {name!r}</source>
        <translation type="unfinished" /></message>
    <message>
        <location filename="../../ui/common/problem_texts.py" line="191" />
        <source>bundle {sequence} reached {destination} already</source>
        <translation type="unfinished" /></message>
    <message>
        <location filename="../../ui/common/problem_texts.py" line="194" />
        <source>{number} has {due} {currency} due</source>
        <translation type="unfinished" /></message>
    <message>
        <location filename="../../ui/common/problem_texts.py" line="195" />
        <source>the customer has no credit in this currency</source>
        <translation type="unfinished" /></message>
    <message>
        <location filename="../../ui/common/problem_texts.py" line="196" />
        <source>a refund is a positive amount</source>
        <translation type="unfinished" /></message>
    <message>
        <location filename="../../ui/common/problem_texts.py" line="197" />
        <source>{number} is overpaid by {over}</source>
        <translation type="unfinished" /></message>
    <message>
        <location filename="../../ui/common/problem_texts.py" line="198" />
        <source>only {available} {currency} of unapplied payments can be refunded; choose an overpaid invoice ({invoice_field})</source>
        <translation type="unfinished" /></message>
    <message>
        <location filename="../../ui/common/problem_texts.py" line="202" />
        <source>say why the entry is reversed</source>
        <translation type="unfinished" /></message>
    <message>
        <location filename="../../ui/common/problem_texts.py" line="203" />
        <source>there is no ledger entry {id}</source>
        <translation type="unfinished" /></message>
    <message>
        <location filename="../../ui/common/problem_texts.py" line="204" />
        <source>a reversal cannot be reversed; record the entry again</source>
        <translation type="unfinished" /></message>
    <message>
        <location filename="../../ui/common/problem_texts.py" line="207" />
        <source>entry {id} is already reversed</source>
        <translation type="unfinished" /></message>
    <message>
        <location filename="../../ui/common/problem_texts.py" line="208" />
        <source>the entry is dated {day}</source>
        <translation type="unfinished" /></message>
    <message>
        <location filename="../../ui/common/problem_texts.py" line="209" />
        <source>say why the amount is written off</source>
        <translation type="unfinished" /></message>
    <message>
        <location filename="../../ui/common/problem_texts.py" line="210" />
        <source>{number} has {due} due</source>
        <translation type="unfinished" /></message>
    <message>
        <location filename="../../ui/common/problem_texts.py" line="211" />
        <source>{amount} is more than the write-off tolerance {limit}; mark it as a bad debt ({bad_debt_field})</source>
        <translation type="unfinished" /></message>
    <message>
        <location filename="../../ui/common/problem_texts.py" line="215" />
        <source>say what the customer disputes</source>
        <translation type="unfinished" /></message>
    <message>
        <location filename="../../ui/common/problem_texts.py" line="216" />
        <source>{number} is not disputed</source>
        <translation type="unfinished" /></message>
    <message>
        <location filename="../../ui/common/problem_texts.py" line="217" />
        <source>{value} has more decimals than {currency} allows</source>
        <translation type="unfinished" /></message>
    <message>
        <location filename="../../ui/common/problem_texts.py" line="220" />
        <source>{number} is not an issued invoice or debit note</source>
        <translation type="unfinished" /></message>
    <message>
        <location filename="../../ui/common/problem_texts.py" line="223" />
        <source>the invoices of one payment must be of one customer</source>
        <translation type="unfinished" /></message>
    <message>
        <location filename="../../ui/common/problem_texts.py" line="226" />
        <source>the invoices belong to another customer</source>
        <translation type="unfinished" /></message>
    <message>
        <location filename="../../ui/common/problem_texts.py" line="229" />
        <source>choose the invoice(s) paid, or the customer who paid ({customer_field})</source>
        <translation type="unfinished" /></message>
    <message>
        <location filename="../../ui/common/problem_texts.py" line="232" />
        <source>give one amount ({field}) per invoice ({invoice_field}), in the same order</source>
        <translation type="unfinished" /></message>
    <message>
        <location filename="../../ui/common/problem_texts.py" line="235" />
        <source>{number} is in {currency}, the payment in {payment_currency}: give the rate ({currency} per {payment_currency})</source>
        <translation type="unfinished" /></message>
    <message>
        <location filename="../../ui/common/problem_texts.py" line="239" />
        <source>{amount} is more than the {due} {currency} due on {number}</source>
        <translation type="unfinished" /></message>
    <message>
        <location filename="../../ui/common/problem_texts.py" line="242" />
        <source>a payment is a positive amount (record a refund instead)</source>
        <translation type="unfinished" /></message>
    <message>
        <location filename="../../ui/common/problem_texts.py" line="245" />
        <source>{value!r} is not a valid IBAN ({reason})</source>
        <translation type="unfinished" /></message>
    <message>
        <location filename="../../ui/common/problem_texts.py" line="246" />
        <source>{value!r} is not a valid BIC ({reason})</source>
        <translation type="unfinished" /></message>
    <message>
        <location filename="../../ui/common/problem_texts.py" line="247" />
        <source>longer than {limit} characters</source>
        <translation type="unfinished" /></message>
    <message>
        <location filename="../../ui/common/problem_texts.py" line="248" />
        <source>a BIC needs the IBAN of the account</source>
        <translation type="unfinished" /></message>
    <message>
        <location filename="../../ui/common/problem_texts.py" line="249" />
        <source>cannot be changed after the file is created</source>
        <translation type="unfinished" /></message>
    <message>
        <location filename="../../ui/common/problem_texts.py" line="250" />
        <source>the logo must be a PNG or JPEG image</source>
        <translation type="unfinished" /></message>
    <message>
        <location filename="../../ui/common/problem_texts.py" line="251" />
        <source>the logo has {size} bytes; at most 1 MB, please</source>
        <translation type="unfinished" /></message>
    <message>
        <location filename="../../ui/common/problem_texts.py" line="252" />
        <source>give the rate a name, e.g. standard</source>
        <translation type="unfinished" /></message>
    <message>
        <location filename="../../ui/common/problem_texts.py" line="253" />
        <source>ends before it is valid ({other_field})</source>
        <translation type="unfinished" /></message>
    <message>
        <location filename="../../ui/common/problem_texts.py" line="256" />
        <source>{name} already has a version from that day</source>
        <translation type="unfinished" /></message>
    <message>
        <location filename="../../ui/common/problem_texts.py" line="259" />
        <source>the pattern is malformed: {reason}</source>
        <translation type="unfinished" /></message>
    <message>
        <location filename="../../ui/common/problem_texts.py" line="260" />
        <source>unknown placeholder(s) {unknown}; use {{year}}, {{yy}}, {{month}}, {{seq}}</source>
        <translation type="unfinished" /></message>
    <message>
        <location filename="../../ui/common/problem_texts.py" line="263" />
        <source>the pattern needs {{seq}} (e.g. {{seq:05}})</source>
        <translation type="unfinished" /></message>
    <message>
        <location filename="../../ui/common/problem_texts.py" line="264" />
        <source>a series that restarts each year needs {{year}} or {{yy}} in its pattern</source>
        <translation type="unfinished" /></message>
    <message>
        <location filename="../../ui/common/problem_texts.py" line="267" />
        <source>the pattern cannot be filled in: {reason}</source>
        <translation type="unfinished" /></message>
    <message>
        <location filename="../../ui/common/problem_texts.py" line="270" />
        <source>issue date {day} is before {last}, the last issue date of series {series}</source>
        <translation type="unfinished" /></message>
    <message>
        <location filename="../../ui/common/problem_texts.py" line="273" />
        <source>use 1 to 32 letters, digits, - or _</source>
        <translation type="unfinished" /></message>
    <message>
        <location filename="../../ui/common/problem_texts.py" line="274" />
        <source>a series named {name!r} exists already</source>
        <translation type="unfinished" /></message>
    <message>
        <location filename="../../ui/common/problem_texts.py" line="275" />
        <source>numbers would collide with series {series} ({pattern}); give this series its own prefix</source>
        <translation type="unfinished" /></message>
    <message>
        <location filename="../../ui/common/problem_texts.py" line="279" />
        <source>{key!r} was already used for another request</source>
        <translation type="unfinished" /></message>
    <message>
        <location filename="../../ui/common/problem_texts.py" line="282" />
        <source>{value!r} is not one of {known}</source>
        <translation type="unfinished" /></message>
    <message>
        <location filename="../../ui/common/problem_texts.py" line="283" />
        <source>{value!r} is not a whole number from {low} to {high}</source>
        <translation type="unfinished" /></message>
    <message>
        <location filename="../../ui/common/problem_texts.py" line="286" />
        <source>{value!r} is not an amount such as 0.05</source>
        <translation type="unfinished" /></message>
    <message>
        <location filename="../../ui/common/problem_texts.py" line="287" />
        <source>level {level} is not an object with days, title, fee, interest_percent</source>
        <translation type="unfinished" /></message>
    <message>
        <location filename="../../ui/common/problem_texts.py" line="290" />
        <source>level {level}: days {value} is not a whole number of days</source>
        <translation type="unfinished" /></message>
    <message>
        <location filename="../../ui/common/problem_texts.py" line="293" />
        <source>level {level}: {key} {value} is not a number such as {example}</source>
        <translation type="unfinished" /></message>
    <message>
        <location filename="../../ui/common/problem_texts.py" line="296" />
        <source>reminder levels are not JSON ({reason})</source>
        <translation type="unfinished" /></message>
    <message>
        <location filename="../../ui/common/problem_texts.py" line="297" />
        <source>give at least one reminder level</source>
        <translation type="unfinished" /></message>
    <message>
        <location filename="../../ui/common/problem_texts.py" line="298" />
        <source>reminder levels need increasing days after the due date</source>
        <translation type="unfinished" /></message>
    <message>
        <location filename="../../ui/common/problem_texts.py" line="301" />
        <source>not JSON: {reason}</source>
        <translation type="unfinished" /></message>
    <message>
        <location filename="../../ui/common/problem_texts.py" line="302" />
        <source>an object of role to account number, e.g. {{"bank": "1210"}}</source>
        <translation type="unfinished" /></message>
    <message>
        <location filename="../../ui/common/problem_texts.py" line="305" />
        <source>{value!r} is not a colour such as #1f4e79</source>
        <translation type="unfinished" /></message>
    <message>
        <location filename="../../ui/common/problem_texts.py" line="306" />
        <source>unknown setting {key!r}; known: {known}</source>
        <translation type="unfinished" /></message>
    <message>
        <location filename="../../ui/common/problem_texts.py" line="307" />
        <source>{reference} is a draft; issue it first</source>
        <translation type="unfinished" /></message>
    <message>
        <location filename="../../ui/common/problem_texts.py" line="308" />
        <source>{reference} was issued without an e-invoice; name a format</source>
        <translation type="unfinished" /></message>
    <message>
        <location filename="../../ui/common/problem_texts.py" line="311" />
        <source>{reference} is a draft (id {id}); print the draft's preview ({draft_field})</source>
        <translation type="unfinished" /></message>
    <message>
        <location filename="../../ui/common/problem_texts.py" line="314" />
        <source>{id} is issued as {number}</source>
        <translation type="unfinished" /></message>
    <message>
        <location filename="../../ui/common/problem_texts.py" line="315" />
        <source>choose a customer before printing the draft</source>
        <translation type="unfinished" /></message>
    <message>
        <location filename="../../ui/common/problem_texts.py" line="318" />
        <source>cannot compute the totals yet: {reason}</source>
        <translation type="unfinished" /></message>
    <message>
        <location filename="../../ui/common/problem_texts.py" line="319" />
        <source>the template is malformed ({reason})</source>
        <translation type="unfinished" /></message>
    <message>
        <location filename="../../ui/common/problem_texts.py" line="320" />
        <source>unknown placeholder {{{name}}}; known: {known}</source>
        <translation type="unfinished" /></message>
    <message>
        <location filename="../../ui/common/problem_texts.py" line="323" />
        <source>{end} is before {start}</source>
        <translation type="unfinished" /></message>
    <message>
        <location filename="../../ui/common/problem_texts.py" line="324" />
        <source>{value!r} is not a month (2026-11), quarter (2026-Q4) or year</source>
        <translation type="unfinished" /></message>
    <message>
        <location filename="../../ui/common/problem_texts.py" line="327" />
        <source>bundle {sequence} already covers {start} to {end}; make a correction that supersedes it ({correct_field})</source>
        <translation type="unfinished" /></message>
    <message>
        <location filename="../../ui/common/problem_texts.py" line="331" />
        <source>no bundle covers {start} to {end} yet</source>
        <translation type="unfinished" /></message>
    <message>
        <location filename="../../ui/common/problem_texts.py" line="332" />
        <source>no bundle {reference!r} (give its sequence number)</source>
        <translation type="unfinished" /></message>
    <message>
        <location filename="../../ui/common/problem_texts.py" line="335" />
        <source>{name} has no invoice email address; give an address ({field})</source>
        <translation type="unfinished" /></message>
    <message>
        <location filename="../../ui/common/problem_texts.py" line="338" />
        <source>cannot write {path}: {reason}</source>
        <translation type="unfinished" /></message>
    <message>
        <location filename="../../ui/common/problem_texts.py" line="339" />
        <source>{format} e-invoice rule {rule}: {advice} ({text})</source>
        <translation type="unfinished" /></message>
    <message>
        <location filename="../../ui/common/problem_texts.py" line="342" />
        <source>{number} is issued and can no longer be changed</source>
        <translation type="unfinished" /></message>
    <message>
        <location filename="../../ui/common/problem_texts.py" line="345" />
        <source>only credit and debit notes correct another document</source>
        <translation type="unfinished" /></message>
    <message>
        <location filename="../../ui/common/problem_texts.py" line="348" />
        <source>there is no customer with id {id}</source>
        <translation type="unfinished" /></message>
    <message>
        <location filename="../../ui/common/problem_texts.py" line="349" />
        <source>there is no product with id {id}</source>
        <translation type="unfinished" /></message>
    <message>
        <location filename="../../ui/common/problem_texts.py" line="350" />
        <source>there is no document with id {id}</source>
        <translation type="unfinished" /></message>
    <message>
        <location filename="../../ui/common/problem_texts.py" line="351" />
        <source>there is no document with number or id {reference!r}</source>
        <translation type="unfinished" /></message>
    <message>
        <location filename="../../ui/common/problem_texts.py" line="354" />
        <source>draft {id} is gone or was issued meanwhile</source>
        <translation type="unfinished" /></message>
    <message>
        <location filename="../../ui/common/problem_texts.py" line="355" />
        <source>there is no series {name!r} for {type_words}</source>
        <translation type="unfinished" /></message>
    <message>
        <location filename="../../ui/common/problem_texts.py" line="356" />
        <source>there is no default series for {type_words}</source>
        <translation type="unfinished" /></message>
    <message>
        <location filename="../../ui/common/problem_texts.py" line="359" />
        <source>no destination {id}</source>
        <translation type="unfinished" /></message>
    <message>
        <location filename="../../ui/common/problem_texts.py" line="360" />
        <source>no delivery job {id}</source>
        <translation type="unfinished" /></message>
    <message>
        <location filename="../../ui/common/problem_texts.py" line="361" />
        <source>{path} exists already; choose a new file name</source>
        <translation type="unfinished" /></message>
    <message>
        <location filename="../../ui/common/problem_texts.py" line="362" />
        <source>folder {path} does not exist</source>
        <translation type="unfinished" /></message>
    <message>
        <location filename="../../ui/common/problem_texts.py" line="363" />
        <source>the passphrase must not be empty</source>
        <translation type="unfinished" /></message>
    <message>
        <location filename="../../ui/common/problem_texts.py" line="364" />
        <source>another program is reading the company file; close it</source>
        <translation type="unfinished" /></message>
    <message>
        <location filename="../../ui/common/problem_texts.py" line="367" />
        <source>{path} exists; replace it ({force_field})</source>
        <translation type="unfinished" /></message>
    <message>
        <location filename="../../ui/common/problem_texts.py" line="368" />
        <source>{path} exists already; choose a new name</source>
        <translation type="unfinished" /></message>
    <message>
        <location filename="../../ui/common/problem_texts.py" line="369" />
        <source>no company file at {path}</source>
        <translation type="unfinished" /></message>
    <message>
        <location filename="../../ui/common/problem_texts.py" line="370" />
        <source>{path} is not a file</source>
        <translation type="unfinished" /></message>
    <message>
        <location filename="../../ui/common/problem_texts.py" line="371" />
        <source>the document has no {term}; it is mandatory in EN 16931</source>
        <translation type="unfinished" /></message>
    <message>
        <location filename="../../ui/common/problem_texts.py" line="374" />
        <source>the {role} has no name (BT-27/BT-44)</source>
        <translation type="unfinished" /></message>
    <message>
        <location filename="../../ui/common/problem_texts.py" line="375" />
        <source>{term} is not a number: {value!r}</source>
        <translation type="unfinished" /></message>
    <message>
        <location filename="../../ui/common/problem_texts.py" line="376" />
        <source>{term} is not a date in format 102 (YYYYMMDD): {value!r}</source>
        <translation type="unfinished" /></message>
    <message>
        <location filename="../../ui/common/problem_texts.py" line="379" />
        <source>the document has no lines (BG-25); EN 16931 requires at least one</source>
        <translation type="unfinished" /></message>
    <message>
        <location filename="../../ui/common/problem_texts.py" line="382" />
        <source>the document has no totals (BG-22); they are mandatory in EN 16931</source>
        <translation type="unfinished" /></message>
    <message>
        <location filename="../../ui/common/problem_texts.py" line="385" />
        <source>cannot read the PDF: {reason}</source>
        <translation type="unfinished" /></message>
    <message>
        <location filename="../../ui/common/problem_texts.py" line="386" />
        <source>the PDF carries no Factur-X / ZUGFeRD XML</source>
        <translation type="unfinished" /></message>
    <message>
        <location filename="../../ui/common/problem_texts.py" line="389" />
        <source>not well-formed XML: {reason}</source>
        <translation type="unfinished" /></message>
    <message>
        <location filename="../../ui/common/problem_texts.py" line="390" />
        <source>the document declares a DOCTYPE (refused: e-invoices have none)</source>
        <translation type="unfinished" /></message>
    <message>
        <location filename="../../ui/common/problem_texts.py" line="393" />
        <source>the root element is &lt;{name}&gt;: not a UBL Invoice or CreditNote, nor a CII CrossIndustryInvoice</source>
        <translation type="unfinished" /></message>
    <message>
        <location filename="../../ui/common/problem_texts.py" line="397" />
        <source>no DATEV account for {role!r} in the {chart} mapping; add it, e.g. {{"{role}": "8xxx"}}</source>
        <translation type="unfinished" /></message>
    <message>
        <location filename="../../ui/common/problem_texts.py" line="401" />
        <source>a DATEV batch covers one fiscal year; split the period</source>
        <translation type="unfinished" /></message>
    <message>
        <location filename="../../ui/common/problem_texts.py" line="404" />
        <source>{path} is not a folder</source>
        <translation type="unfinished" /></message>
    <message>
        <location filename="../../ui/common/problem_texts.py" line="405" />
        <source>no {manifest} in {path} or its folders</source>
        <translation type="unfinished" /></message>
    <message>
        <location filename="../../ui/common/problem_texts.py" line="406" />
        <source>empty; nothing stored</source>
        <translation type="unfinished" /></message>
    <message>
        <location filename="../../ui/common/problem_texts.py" line="407" />
        <source>cannot read {path}: {reason}</source>
        <translation type="unfinished" /></message>
    <message>
        <location filename="../../ui/common/problem_texts.py" line="408" />
        <source>{path} is not UTF-8 text</source>
        <translation type="unfinished" /></message>
    <message>
        <location filename="../../ui/common/problem_texts.py" line="409" />
        <source>{path} is empty</source>
        <translation type="unfinished" /></message>
    <message>
        <location filename="../../ui/common/problem_texts.py" line="410" />
        <source>{path} is not valid JSON (line {line}, column {column}: {reason})</source>
        <translation type="unfinished" /></message>
    <message>
        <location filename="../../ui/common/problem_texts.py" line="413" />
        <source>name the XML file to validate</source>
        <translation type="unfinished" /></message>
    <message>
        <location filename="../../ui/common/problem_texts.py" line="414" />
        <source>{path} is not an e-invoice: {reason}</source>
        <translation type="unfinished" /></message>
    <message>
        <location filename="../../ui/common/problem_texts.py" line="415" />
        <source>the two passphrases differ</source>
        <translation type="unfinished" /></message>
    <message>
        <location filename="../../ui/common/problem_texts.py" line="416" />
        <source>choose the image ({field}), or remove the logo ({remove_field})</source>
        <translation type="unfinished" /></message>
    <message>
        <location filename="../../ui/common/problem_texts.py" line="419" />
        <source>name an issued document's number ({field}) or a draft ({draft_field})</source>
        <translation type="unfinished" /></message>
    <message>
        <location filename="../../ui/common/problem_texts.py" line="422" />
        <source>the password is empty</source>
        <translation type="unfinished" /></message>
    <message>
        <location filename="../../ui/common/problem_texts.py" line="423" />
        <source>buckets are increasing day counts above 0, e.g. 30,60,90</source>
        <translation type="unfinished" /></message>
    <message>
        <location filename="../../ui/common/problem_texts.py" line="426" />
        <source>set the SMTP server and user first</source>
        <translation type="unfinished" /></message>
    <message>
        <location filename="../../ui/common/problem_texts.py" line="427" />
        <source>this is not the current passphrase</source>
        <translation type="unfinished" /></message>
    <message>
        <location filename="../../ui/common/problem_texts.py" line="428" />
        <source>Type the passphrase of this company file.</source>
        <translation type="unfinished" /></message>
    <message>
        <location filename="../../ui/common/problem_texts.py" line="429" />
        <source>a rounding increment must be positive</source>
        <translation type="unfinished" /></message>
    <message>
        <location filename="../../ui/common/problem_texts.py" line="433" />
        <source>description</source>
        <translation type="unfinished" /></message>
    <message>
        <location filename="../../ui/common/problem_texts.py" line="434" />
        <source>quantity</source>
        <translation type="unfinished" /></message>
    <message>
        <location filename="../../ui/common/problem_texts.py" line="435" />
        <source>unit</source>
        <translation type="unfinished" /></message>
    <message>
        <location filename="../../ui/common/problem_texts.py" line="436" />
        <source>unit price</source>
        <translation type="unfinished" /></message>
    <message>
        <location filename="../../ui/common/problem_texts.py" line="437" />
        <source>price base quantity</source>
        <translation type="unfinished" /></message>
    <message>
        <location filename="../../ui/common/problem_texts.py" line="438" />
        <source>VAT rate</source>
        <translation type="unfinished" /></message>
    <message>
        <location filename="../../ui/common/problem_texts.py" line="439" />
        <location filename="../../ui/common/problem_texts.py" line="479" />
        <source>VAT category</source>
        <translation type="unfinished" /></message>
    <message>
        <location filename="../../ui/common/problem_texts.py" line="440" />
        <source>exemption reason</source>
        <translation type="unfinished" /></message>
    <message>
        <location filename="../../ui/common/problem_texts.py" line="441" />
        <source>product</source>
        <translation type="unfinished" /></message>
    <message>
        <location filename="../../ui/common/problem_texts.py" line="442" />
        <source>corrected line</source>
        <translation type="unfinished" /></message>
    <message>
        <location filename="../../ui/common/problem_texts.py" line="443" />
        <source>customer</source>
        <translation type="unfinished" /></message>
    <message>
        <location filename="../../ui/common/problem_texts.py" line="444" />
        <source>currency</source>
        <translation type="unfinished" /></message>
    <message>
        <location filename="../../ui/common/problem_texts.py" line="445" />
        <source>lines</source>
        <translation type="unfinished" /></message>
    <message>
        <location filename="../../ui/common/problem_texts.py" line="446" />
        <source>issue date</source>
        <translation type="unfinished" /></message>
    <message>
        <location filename="../../ui/common/problem_texts.py" line="447" />
        <source>due date</source>
        <translation type="unfinished" /></message>
    <message>
        <location filename="../../ui/common/problem_texts.py" line="448" />
        <source>delivery date</source>
        <translation type="unfinished" /></message>
    <message>
        <location filename="../../ui/common/problem_texts.py" line="449" />
        <source>end of the period</source>
        <translation type="unfinished" /></message>
    <message>
        <location filename="../../ui/common/problem_texts.py" line="450" />
        <source>prepaid amount</source>
        <translation type="unfinished" /></message>
    <message>
        <location filename="../../ui/common/problem_texts.py" line="451" />
        <source>exchange rate</source>
        <translation type="unfinished" /></message>
    <message>
        <location filename="../../ui/common/problem_texts.py" line="452" />
        <source>corrected invoice</source>
        <translation type="unfinished" /></message>
    <message>
        <location filename="../../ui/common/problem_texts.py" line="453" />
        <source>name</source>
        <translation type="unfinished" /></message>
    <message>
        <location filename="../../ui/common/problem_texts.py" line="454" />
        <source>email</source>
        <translation type="unfinished" /></message>
    <message>
        <location filename="../../ui/common/problem_texts.py" line="455" />
        <source>amount</source>
        <translation type="unfinished" /></message>
    <message>
        <location filename="../../ui/common/problem_texts.py" line="456" />
        <source>date</source>
        <translation type="unfinished" /></message>
    <message>
        <location filename="../../ui/common/problem_texts.py" line="457" />
        <source>invoice</source>
        <translation type="unfinished" /></message>
    <message>
        <location filename="../../ui/common/problem_texts.py" line="458" />
        <source>discount percent</source>
        <translation type="unfinished" /></message>
    <message>
        <location filename="../../ui/common/problem_texts.py" line="459" />
        <source>discount days</source>
        <translation type="unfinished" /></message>
    <message>
        <location filename="../../ui/common/problem_texts.py" line="460" />
        <source>VAT ID</source>
        <translation type="unfinished" /></message>
    <message>
        <location filename="../../ui/common/problem_texts.py" line="461" />
        <source>country</source>
        <translation type="unfinished" /></message>
    <message>
        <location filename="../../ui/common/problem_texts.py" line="462" />
        <source>payment terms (days)</source>
        <translation type="unfinished" /></message>
    <message>
        <location filename="../../ui/common/problem_texts.py" line="463" />
        <source>language</source>
        <translation type="unfinished" /></message>
    <message>
        <location filename="../../ui/common/problem_texts.py" line="464" />
        <source>price</source>
        <translation type="unfinished" /></message>
    <message>
        <location filename="../../ui/common/problem_texts.py" line="465" />
        <source>amount per invoice</source>
        <translation type="unfinished" /></message>
    <message>
        <location filename="../../ui/common/problem_texts.py" line="466" />
        <source>bad debt</source>
        <translation type="unfinished" /></message>
    <message>
        <location filename="../../ui/common/problem_texts.py" line="467" />
        <source>reason</source>
        <translation type="unfinished" /></message>
    <message>
        <location filename="../../ui/common/problem_texts.py" line="468" />
        <source>note</source>
        <translation type="unfinished" /></message>
    <message>
        <location filename="../../ui/common/problem_texts.py" line="469" />
        <source>folder</source>
        <translation type="unfinished" /></message>
    <message>
        <location filename="../../ui/common/problem_texts.py" line="470" />
        <source>server</source>
        <translation type="unfinished" /></message>
    <message>
        <location filename="../../ui/common/problem_texts.py" line="471" />
        <source>port</source>
        <translation type="unfinished" /></message>
    <message>
        <location filename="../../ui/common/problem_texts.py" line="472" />
        <source>user</source>
        <translation type="unfinished" /></message>
    <message>
        <location filename="../../ui/common/problem_texts.py" line="473" />
        <source>receiver URL</source>
        <translation type="unfinished" /></message>
    <message>
        <location filename="../../ui/common/problem_texts.py" line="474" />
        <source>private key file</source>
        <translation type="unfinished" /></message>
    <message>
        <location filename="../../ui/common/problem_texts.py" line="475" />
        <source>authentication</source>
        <translation type="unfinished" /></message>
    <message>
        <location filename="../../ui/common/problem_texts.py" line="476" />
        <source>IBAN</source>
        <translation type="unfinished" /></message>
    <message>
        <location filename="../../ui/common/problem_texts.py" line="477" />
        <source>BIC</source>
        <translation type="unfinished" /></message>
    <message>
        <location filename="../../ui/common/problem_texts.py" line="478" />
        <source>logo</source>
        <translation type="unfinished" /></message>
    <message>
        <location filename="../../ui/common/problem_texts.py" line="480" />
        <source>rate</source>
        <translation type="unfinished" /></message>
    <message>
        <location filename="../../ui/common/problem_texts.py" line="481" />
        <source>valid from</source>
        <translation type="unfinished" /></message>
    <message>
        <location filename="../../ui/common/problem_texts.py" line="482" />
        <source>valid to</source>
        <translation type="unfinished" /></message>
    <message>
        <location filename="../../ui/common/problem_texts.py" line="483" />
        <source>pattern</source>
        <translation type="unfinished" /></message>
    <message>
        <location filename="../../ui/common/problem_texts.py" line="484" />
        <source>scheme of the electronic address</source>
        <translation type="unfinished" /></message>
    <message>
        <location filename="../../ui/common/problem_texts.py" line="485" />
        <source>scheme of the legal ID</source>
        <translation type="unfinished" /></message>
    <message>
        <location filename="../../ui/common/problem_texts.py" line="486" />
        <source>value</source>
        <translation type="unfinished" /></message>
    <message>
        <location filename="../../ui/common/problem_texts.py" line="487" />
        <source>setting</source>
        <translation type="unfinished" /></message>
    <message>
        <location filename="../../ui/common/problem_texts.py" line="488" />
        <source>passphrase</source>
        <translation type="unfinished" /></message>
    <message>
        <location filename="../../ui/common/problem_texts.py" line="489" />
        <source>current passphrase</source>
        <translation type="unfinished" /></message>
    <message>
        <location filename="../../ui/common/problem_texts.py" line="490" />
        <location filename="../../ui/common/problem_texts.py" line="491" />
        <source>file</source>
        <translation type="unfinished" /></message>
    <message>
        <location filename="../../ui/common/problem_texts.py" line="492" />
        <source>recipient</source>
        <translation type="unfinished" /></message>
    <message>
        <location filename="../../ui/common/problem_texts.py" line="493" />
        <source>end date</source>
        <translation type="unfinished" /></message>
    <message>
        <location filename="../../ui/common/problem_texts.py" line="494" />
        <source>period</source>
        <translation type="unfinished" /></message>
    <message>
        <location filename="../../ui/common/problem_texts.py" line="495" />
        <source>correction</source>
        <translation type="unfinished" /></message>
    <message>
        <location filename="../../ui/common/problem_texts.py" line="496" />
        <source>age buckets</source>
        <translation type="unfinished" /></message>
    <message>
        <location filename="../../ui/common/problem_texts.py" line="497" />
        <source>draft</source>
        <translation type="unfinished" /></message>
    <message>
        <location filename="../../ui/common/problem_texts.py" line="498" />
        <source>remove</source>
        <translation type="unfinished" /></message>
    <message>
        <location filename="../../ui/common/problem_texts.py" line="499" />
        <source>replace</source>
        <translation type="unfinished" /></message>
    <message>
        <location filename="../../ui/common/problem_texts.py" line="503" />
        <source>line</source>
        <translation type="unfinished" /></message>
    <message>
        <location filename="../../ui/common/problem_texts.py" line="504" />
        <source>line {number}, {field}</source>
        <translation type="unfinished" /></message>
    <message>
        <location filename="../../ui/common/problem_texts.py" line="505" />
        <source>Company details: {problem} (fix it on the Company page)</source>
        <translation type="unfinished" /></message>
    <message>
        <location filename="../../ui/common/problem_texts.py" line="506" />
        <source>Customer details: {problem} (fix it on the Customers page)</source>
        <translation type="unfinished" /></message>
    <message>
        <location filename="../../ui/common/problem_texts.py" line="507" />
        <source>{field}: {problem}</source>
        <translation type="unfinished" /></message>
</context>
</TS>