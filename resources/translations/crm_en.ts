<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_EN">
<context>
    <name />
    <message>
        <location filename="../../desktop/dialogs/error_dialog.py" line="26" />
        <source>Unexpected error</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/dialogs/error_dialog.py" line="28" />
        <source>Something went wrong: %1
The error was written to the log file; you can go on working.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>Activities</name>
    <message>
        <location filename="../../desktop/views/activities/sessions.py" line="352" />
        <source>Send through Microsoft Exchange; a copy stays in Sent Items</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>ActivityDetail</name>
    <message>
        <location filename="../../desktop/views/activities/sessions.py" line="361" />
        <source>(new)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/views/activities/sessions.py" line="400" />
        <source>Cannot send</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/views/activities/sessions.py" line="421" />
        <source>Not sent</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/views/activities/sessions.py" line="422" />
        <source>The e-mail was not sent and stays a draft: %1</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>ActivityOverview</name>
    <message>
        <location filename="../../desktop/views/activities/sessions.py" line="180" />
        <source>Drop e-mails</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/views/activities/sessions.py" line="181" />
        <source>Outlook did not hand over the contents of %1: save the message as a file from Outlook (Save as) and drop that file here instead.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>AdminHelp</name>
    <message>
        <location filename="../../desktop/views/exchange/sign_in.py" line="161" />
        <source>1. Register the application</source>
        <extracomment>what an administrator sets up (sections of a title and paragraphs); the README says the same</extracomment>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/views/exchange/sign_in.py" line="162" />
        <source>In the Microsoft Entra admin center, App registrations &gt; New registration: accounts in this organizational directory only. Copy the Application (client) ID and the Directory (tenant) ID into the synchronization settings.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/views/exchange/sign_in.py" line="166" />
        <source>2. Permissions, by sign-in</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/views/exchange/sign_in.py" line="167" />
        <source>Application (secret or certificate), one synchronization for the company: Microsoft Graph application permissions Calendars.ReadWrite, Tasks.ReadWrite.All (leave it out and untick Synchronize tasks to synchronize calendars only) and Mail.Send (only to send e-mails from the CRM), then Grant admin consent. Add a client secret, or upload the certificate and give the CRM its PEM file with the private key.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/views/exchange/sign_in.py" line="174" />
        <source>Own mailbox (each salesperson signs in): delegated permissions Calendars.ReadWrite, Tasks.ReadWrite and Mail.Send; grant admin consent so that nobody is asked. Under Authentication, set Allow public client flows to Yes (the device code), and add the platform Mobile and desktop applications with the redirect address http://localhost (the browser sign-in).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/views/exchange/sign_in.py" line="180" />
        <source>3. Limit the application to the sync users' mailboxes</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/views/exchange/sign_in.py" line="181" />
        <source>Application permissions reach every mailbox of the tenant until they are scoped. In Exchange Online PowerShell, put the sync users in a mail-enabled security group and run New-ApplicationAccessPolicy -AppId &lt;client id&gt; -PolicyScopeGroupId &lt;group&gt; -AccessRight RestrictAccess (check it with Test-ApplicationAccessPolicy), or use RBAC for Applications (New-ManagementScope, New-ManagementRoleAssignment with the role Application Calendars.ReadWrite). A mailbox left out waits alone: the status bar names it and the permission to grant; the others go on.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/views/exchange/sign_in.py" line="190" />
        <source>4. Other clouds</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/views/exchange/sign_in.py" line="191" />
        <source>For Microsoft 365 US Government or operated by 21Vianet, enter that cloud's Graph address and sign-in authority (for example https://graph.microsoft.us/v1.0 and https://login.microsoftonline.us).</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>AgendaSession</name>
    <message>
        <location filename="../../desktop/views/activities/agenda.py" line="68" />
        <source>Week</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/views/activities/agenda.py" line="69" />
        <source>Day</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/views/activities/agenda.py" line="76" />
        <source>Today</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <location filename="../../desktop/views/activities/agenda.py" line="137" />
        <source>%n activities</source>
        <translation><numerusform>%n activity</numerusform><numerusform>%n activities</numerusform></translation>
    </message>
</context>
<context>
    <name>AttachmentsTab</name>
    <message>
        <location filename="../../desktop/views/activities/tabs.py" line="131" />
        <location filename="../../desktop/views/activities/tabs.py" line="138" />
        <source>Attach a file</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>BackgroundTask</name>
    <message>
        <location filename="../../desktop/views/ops/background.py" line="123" />
        <source>Cancel</source>
        <extracomment>whether a file another program holds may be retried: the work wrote nothing for good</extracomment>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>CalendarExport</name>
    <message>
        <location filename="../../desktop/views/activities/calendar_export.py" line="20" />
        <source>Export to calendar (.ics)…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/views/activities/calendar_export.py" line="36" />
        <location filename="../../desktop/views/activities/calendar_export.py" line="74" />
        <source>Export to calendar</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/views/activities/calendar_export.py" line="37" />
        <source>iCalendar files (*.ics)</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>ChangedBar</name>
    <message>
        <location filename="../../desktop/views/shapes/detail.py" line="435" />
        <source>Changed by %1 at %2. Your edits are not saved yet.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/views/shapes/detail.py" line="437" />
        <source>Reload</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/views/shapes/detail.py" line="438" />
        <source>Keep mine</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>Customer360</name>
    <message numerus="yes">
        <location filename="../../desktop/views/customer360/figures.py" line="138" />
        <source>%n open</source>
        <translation><numerusform>%n open</numerusform><numerusform>%n open</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/views/customer360/figures.py" line="142" />
        <source>%n won</source>
        <translation><numerusform>%n won</numerusform><numerusform>%n won</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/views/customer360/figures.py" line="144" />
        <source>%n lost</source>
        <translation><numerusform>%n lost</numerusform><numerusform>%n lost</numerusform></translation>
    </message>
    <message>
        <location filename="../../desktop/views/customer360/session.py" line="142" />
        <source>Choose a customer in the list.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/views/customer360/words.py" line="7" />
        <source>primary</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/views/customer360/words.py" line="9" />
        <source>Open pipeline by phase</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/views/customer360/words.py" line="10" />
        <source>Won revenue by month</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/views/customer360/words.py" line="11" />
        <source>Activities by month</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/views/customer360/words.py" line="12" />
        <source>Nothing yet</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/views/customer360/words.py" line="13" />
        <source>No phase</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/views/customer360/words.py" line="14" />
        <source>Expected revenue</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/views/customer360/words.py" line="15" />
        <source>Won opportunities</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/views/customer360/words.py" line="16" />
        <source>Processed quotations</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/views/customer360/words.py" line="18" />
        <source>Contact</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/views/customer360/words.py" line="19" />
        <source>E-mail</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/views/customer360/words.py" line="20" />
        <source>Do not call</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/views/customer360/words.py" line="21" />
        <source>Office phone</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/views/customer360/words.py" line="22" />
        <source>Mobile phone</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/views/customer360/words.py" line="23" />
        <source>No contact yet</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/views/customer360/words.py" line="24" />
        <source>Yes</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/views/customer360/words.py" line="25" />
        <source>No</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/views/customer360/words.py" line="27" />
        <source>Credit limit</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/views/customer360/words.py" line="28" />
        <source>Open balance</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/views/customer360/words.py" line="29" />
        <source>Overdue amount</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/views/customer360/words.py" line="30" />
        <source>Available credit</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/views/customer360/words.py" line="31" />
        <source>Open quotations</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/views/customer360/words.py" line="32" />
        <source>Won this year</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/views/customer360/words.py" line="34" />
        <source>Open pipeline</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/views/customer360/words.py" line="35" />
        <source>Weighted pipeline</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/views/customer360/words.py" line="36" />
        <source>Lost this year</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/views/customer360/words.py" line="37" />
        <source>Win rate</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/views/customer360/words.py" line="38" />
        <source>Days since the last activity</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/views/customer360/words.py" line="39" />
        <source>Next planned activity</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/views/customer360/words.py" line="40" />
        <source>None planned</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/views/customer360/words.py" line="41" />
        <source>CRM</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/views/customer360/words.py" line="42" />
        <source>Sales</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/views/customer360/words.py" line="43" />
        <source>Execution</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/views/customer360/words.py" line="44" />
        <source>After Sales</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/views/customer360/words.py" line="45" />
        <source>Activities</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/views/customer360/words.py" line="46" />
        <source>Opportunities</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/views/customer360/words.py" line="47" />
        <source>Contacts</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/views/customer360/words.py" line="48" />
        <source>Notes</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/views/customer360/words.py" line="49" />
        <source>Attributes</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/views/customer360/words.py" line="50" />
        <source>Quotations</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/views/customer360/words.py" line="51" />
        <source>Sales orders</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/views/customer360/words.py" line="52" />
        <source>Sales contracts</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/views/customer360/words.py" line="53" />
        <source>Shipments</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/views/customer360/words.py" line="54" />
        <source>Service calls</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/views/customer360/words.py" line="55" />
        <source>Service contracts</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/views/customer360/words.py" line="57" />
        <source>Not held in this CRM</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/views/customer360/words.py" line="58" />
        <source>n/a</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/views/customer360/words.py" line="59" />
        <source>Open</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/views/customer360/words.py" line="60" />
        <source>Create the first one</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/views/customer360/words.py" line="61" />
        <source>New call</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/views/customer360/words.py" line="62" />
        <source>New appointment</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/views/customer360/words.py" line="63" />
        <source>New task</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/views/customer360/words.py" line="64" />
        <source>New opportunity</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/views/customer360/words.py" line="65" />
        <source>Letter</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/views/customer360/words.py" line="67" />
        <source>Show more</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/views/customer360/words.py" line="68" />
        <source>Nothing yet: start with a call or an appointment.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>DetailSession</name>
    <message>
        <location filename="../../desktop/views/shapes/detail.py" line="138" />
        <source>Save</source>
        <extracomment>how the records are read and written (functions of the feature's ops module) the values a new record starts with: ``new_defaults_op(session, employee_id)`` read when the window opens (None: the columns' defaults only)</extracomment>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/views/shapes/detail.py" line="139" />
        <source>Revert</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/views/shapes/detail.py" line="283" />
        <source>(new)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/views/shapes/detail.py" line="309" />
        <location filename="../../desktop/views/shapes/detail.py" line="316" />
        <location filename="../../desktop/views/shapes/detail.py" line="343" />
        <source>Cannot save</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/views/shapes/detail.py" line="348" />
        <source>Changed by someone else</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/views/shapes/detail.py" line="350" />
        <source>Reload</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/views/shapes/detail.py" line="351" />
        <source>Keep my changes on screen</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/views/shapes/detail.py" line="393" />
        <source>Unsaved changes</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/views/shapes/detail.py" line="394" />
        <source>%1 has unsaved changes. Save them?</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>DraftItemsTab</name>
    <message>
        <location filename="../../desktop/views/opportunities/draft_items.py" line="74" />
        <source>New</source>
        <extracomment>the lines changed (the detail marks itself edited) the total of the lines, once priced</extracomment>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/views/opportunities/draft_items.py" line="75" />
        <source>Delete</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/views/opportunities/draft_items.py" line="77" />
        <source>The items are saved with the opportunity.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>DuplicatesSession</name>
    <message>
        <location filename="../../desktop/views/partners/duplicates.py" line="83" />
        <source>Names alike from</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/views/partners/duplicates.py" line="84" />
        <source>Find duplicates</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/views/partners/duplicates.py" line="85" />
        <source>Cancel</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/views/partners/duplicates.py" line="86" />
        <source>Merge…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/views/partners/duplicates.py" line="91" />
        <source>Searching…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/views/partners/duplicates.py" line="112" />
        <source>Cancelled.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/views/partners/duplicates.py" line="116" />
        <source>Score</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/views/partners/duplicates.py" line="116" />
        <source>Alike by</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/views/partners/duplicates.py" line="116" />
        <location filename="../../desktop/views/partners/duplicates.py" line="117" />
        <source>Code</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/views/partners/duplicates.py" line="116" />
        <location filename="../../desktop/views/partners/duplicates.py" line="117" />
        <source>Name</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <location filename="../../desktop/views/partners/duplicates.py" line="124" />
        <source>%n pair(s) that may be one record. Select one and Merge… (or double-click it).</source>
        <translation><numerusform>%n pair that may be one record. Select it and Merge… (or double-click it).</numerusform><numerusform>%n pairs that may be one record. Select one and Merge… (or double-click it).</numerusform></translation>
    </message>
</context>
<context>
    <name>ExchangeSettingsSession</name>
    <message>
        <location filename="../../desktop/views/exchange/sessions.py" line="108" />
        <source>Choose the certificate file</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/views/exchange/sessions.py" line="111" />
        <source>Sign in…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/views/exchange/sessions.py" line="115" />
        <source>Test connection</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/views/exchange/sessions.py" line="117" />
        <source>Users</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/views/exchange/sessions.py" line="158" />
        <source>Certificate of the application</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/views/exchange/sessions.py" line="160" />
        <source>Certificates (*.pem *.crt *.cer);;All files (*)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/views/exchange/sessions.py" line="176" />
        <source>Signed in as %1: save the settings to synchronize this mailbox.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/views/exchange/sessions.py" line="197" />
        <source>Password not saved</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/views/exchange/sessions.py" line="198" />
        <source>The system keyring refused the password: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/views/exchange/sessions.py" line="211" />
        <source>Testing the connection…</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <location filename="../../desktop/views/exchange/sessions.py" line="223" />
        <source>Connected: the calendar of %1 holds %n item(s).</source>
        <translation><numerusform>Connected: the calendar of %1 holds %n item.</numerusform><numerusform>Connected: the calendar of %1 holds %n items.</numerusform></translation>
    </message>
    <message>
        <location filename="../../desktop/views/exchange/sessions.py" line="226" />
        <source>The connection failed: %1</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>FieldPicker</name>
    <message>
        <location filename="../../desktop/widgets/letter_editor/dialogs.py" line="30" />
        <source>Insert merge field</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/widgets/letter_editor/dialogs.py" line="31" />
        <source>Choose a field</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/widgets/letter_editor/dialogs.py" line="34" />
        <source>Search fields, attributes and variables</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/widgets/letter_editor/dialogs.py" line="38" />
        <source>As it is</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/widgets/letter_editor/dialogs.py" line="39" />
        <source>At a fixed position (#)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/widgets/letter_editor/dialogs.py" line="40" />
        <source>At a fixed width (%)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/widgets/letter_editor/dialogs.py" line="52" />
        <source>Placement</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>FlexiblePrintingSession</name>
    <message>
        <location filename="../../desktop/views/reports/printing_session.py" line="156" />
        <location filename="../../desktop/views/reports/printing_session.py" line="227" />
        <source>Nothing was printed.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/views/reports/printing_session.py" line="206" />
        <source>Printing…</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <location filename="../../desktop/views/reports/printing_session.py" line="215" />
        <source>%n record(s) printed</source>
        <translation><numerusform>%n record printed</numerusform><numerusform>%n records printed</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/views/reports/printing_session.py" line="218" />
        <source>on %n page(s)</source>
        <translation><numerusform>on %n page</numerusform><numerusform>on %n pages</numerusform></translation>
    </message>
    <message>
        <location filename="../../desktop/views/reports/printing_session.py" line="221" />
        <source>to %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/views/reports/printing_session.py" line="230" />
        <source>Cancelled: no file was written.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/views/reports/printing_session.py" line="235" />
        <source>The report could not be printed: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="declared_strings.py" line="5" />
        <source>Cancel</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="declared_strings.py" line="6" />
        <source>Print</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>HomePage</name>
    <message>
        <location filename="../../desktop/views/home/page.py" line="33" />
        <source>Overdue</source>
        <extracomment>section key -&gt; (title, icon, where it sits in the grid)</extracomment>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/views/home/page.py" line="34" />
        <source>Today</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/views/home/page.py" line="35" />
        <source>Tomorrow</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/views/home/page.py" line="36" />
        <source>Tasks due</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/views/home/page.py" line="37" />
        <source>My opportunities closing this month</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/views/home/page.py" line="39" />
        <source>Reminders</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/views/home/page.py" line="42" />
        <source>Nothing overdue.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/views/home/page.py" line="43" />
        <source>No appointment or call today.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/views/home/page.py" line="44" />
        <source>No appointment or call tomorrow.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/views/home/page.py" line="45" />
        <source>No task due today or tomorrow.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/views/home/page.py" line="46" />
        <source>No opportunity of yours closes this month.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/views/home/page.py" line="47" />
        <source>No reminder due.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/views/home/page.py" line="121" />
        <source>weighted %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/views/home/page.py" line="172" />
        <source>Hello %1 — %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/views/home/page.py" line="174" />
        <source>Refresh</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>ImportSession</name>
    <message>
        <location filename="../../desktop/views/partners/importing.py" line="113" />
        <source>Back</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/views/partners/importing.py" line="114" />
        <source>Cancel</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/views/partners/importing.py" line="128" />
        <source>Next</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/views/partners/importing.py" line="128" />
        <source>Simulate</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/views/partners/importing.py" line="129" />
        <location filename="../../desktop/views/partners/importing.py" line="312" />
        <source>Import</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/views/partners/importing.py" line="129" />
        <source>New import</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/views/partners/importing.py" line="159" />
        <source>Reading %1…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/views/partners/importing.py" line="218" />
        <source>Importing…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/views/partners/importing.py" line="234" />
        <source>Cancelled: nothing was imported.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/views/partners/importing.py" line="236" />
        <source>The import failed and nothing was imported: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/views/partners/importing.py" line="245" />
        <source>Simulation</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/views/partners/importing.py" line="247" />
        <source>Decide for each duplicate below (select several to decide at once), then Import. An update leaves the values the file does not give.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/views/partners/importing.py" line="249" />
        <source>No duplicates found.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/views/partners/importing.py" line="251" />
        <location filename="../../desktop/views/partners/importing.py" line="320" />
        <source>Line</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/views/partners/importing.py" line="251" />
        <source>In the file</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/views/partners/importing.py" line="251" />
        <source>Found</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/views/partners/importing.py" line="252" />
        <source>Alike by</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/views/partners/importing.py" line="252" />
        <source>Score</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/views/partners/importing.py" line="252" />
        <source>Decision</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/views/partners/importing.py" line="300" />
        <source>Field</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/views/partners/importing.py" line="300" />
        <source>In the file (line %1)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/views/partners/importing.py" line="301" />
        <source>Existing record %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/views/partners/importing.py" line="314" />
        <source>Nothing was written: a row has an error, and you chose to import nothing in that case.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/views/partners/importing.py" line="320" />
        <source>Result</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/views/partners/importing.py" line="320" />
        <source>Code</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/views/partners/importing.py" line="321" />
        <source>Column</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/views/partners/importing.py" line="321" />
        <source>Reason</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/views/partners/importing.py" line="330" />
        <source>Duplicate of %1 %2 (%3)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/views/partners/importing.py" line="338" />
        <source>%1: %2 created, %3 updated, %4 skipped, %5 not imported.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>ImportWizard</name>
    <message>
        <location filename="../../desktop/views/partners/import_pages.py" line="45" />
        <source>VAT number</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/views/partners/import_pages.py" line="46" />
        <source>e-mail</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/views/partners/import_pages.py" line="47" />
        <source>phone</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/views/partners/import_pages.py" line="48" />
        <source>name</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/views/partners/duplicates.py" line="81" />
        <location filename="../../desktop/views/partners/import_pages.py" line="106" />
        <source>Business partners</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/views/partners/duplicates.py" line="82" />
        <location filename="../../desktop/views/partners/import_pages.py" line="107" />
        <source>Contacts</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/views/partners/import_pages.py" line="40" />
        <source>Skip the row</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/views/partners/import_pages.py" line="41" />
        <source>Update the existing record</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/views/partners/import_pages.py" line="42" />
        <source>Create it anyway</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/views/partners/import_pages.py" line="108" />
        <source>Choose a file…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/views/partners/import_pages.py" line="109" />
        <source>Import</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/views/partners/import_pages.py" line="110" />
        <source>File</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <location filename="../../desktop/views/partners/import_pages.py" line="119" />
        <source>%n row(s) under the header line.</source>
        <translation><numerusform>%n row under the header line.</numerusform><numerusform>%n rows under the header line.</numerusform></translation>
    </message>
    <message>
        <location filename="../../desktop/views/partners/import_pages.py" line="121" />
        <source>tab</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/views/partners/import_pages.py" line="123" />
        <source>Encoding %1, delimiter %2.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/views/partners/import_pages.py" line="126" />
        <source>First sheet of the workbook.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/views/partners/import_pages.py" line="158" />
        <source>Dates</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/views/partners/import_pages.py" line="159" />
        <source>Decimal comma</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/views/partners/import_pages.py" line="160" />
        <source>Country of phone numbers</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/views/partners/import_pages.py" line="162" />
        <source>A duplicate found</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/views/partners/import_pages.py" line="163" />
        <source>Names alike from</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/views/partners/import_pages.py" line="164" />
        <source>Errors</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/views/partners/import_pages.py" line="180" />
        <source>Column</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/views/partners/import_pages.py" line="181" />
        <source>First values</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/views/partners/import_pages.py" line="182" />
        <source>Field</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/views/partners/import_pages.py" line="183" />
        <source>Reading the cells</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/views/partners/import_pages.py" line="184" />
        <source>Duplicates and errors</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/views/partners/import_pages.py" line="187" />
        <source>1 234,56 (else 1,234.56)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/views/partners/import_pages.py" line="188" />
        <source>Import nothing if a row has an error</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/views/partners/import_pages.py" line="190" />
        <source>Day/month/year</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/views/partners/import_pages.py" line="191" />
        <source>Month/day/year</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/views/partners/import_pages.py" line="198" />
        <source>(not imported)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/views/partners/import_pages.py" line="285" />
        <source>Only rows not imported</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/views/partners/importing.py" line="53" />
        <source>Spreadsheets (*.csv *.txt *.xlsx *.xlsm)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/views/partners/importing.py" line="54" />
        <source>1. File</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/views/partners/importing.py" line="55" />
        <source>2. Columns</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/views/partners/importing.py" line="56" />
        <source>3. Duplicates</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/views/partners/importing.py" line="57" />
        <source>4. Result</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/views/partners/importing.py" line="58" />
        <source>Created</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/views/partners/importing.py" line="59" />
        <source>Updated</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/views/partners/importing.py" line="60" />
        <source>Skipped</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/views/partners/importing.py" line="61" />
        <source>Not imported</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>ItemsTab</name>
    <message>
        <location filename="../../desktop/views/opportunities/draft_items.py" line="124" />
        <location filename="../../desktop/views/opportunities/tabs.py" line="110" />
        <source>Total of selected items (item revenue): %1</source>
        <extracomment>the total of the selected items, each time it is read</extracomment>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>LetterEditor</name>
    <message>
        <location filename="../../desktop/widgets/letter_editor/editor.py" line="140" />
        <source>Undo</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/widgets/letter_editor/editor.py" line="142" />
        <source>Redo</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/widgets/letter_editor/editor.py" line="145" />
        <source>Insert field</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/widgets/letter_editor/editor.py" line="149" />
        <source>Insert table</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/widgets/letter_editor/editor.py" line="151" />
        <source>Add row</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/widgets/letter_editor/editor.py" line="153" />
        <source>Add column</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/widgets/letter_editor/editor.py" line="154" />
        <source>Remove row</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/widgets/letter_editor/editor.py" line="157" />
        <source>Remove column</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/widgets/letter_editor/editor.py" line="158" />
        <location filename="../../desktop/widgets/letter_editor/editor.py" line="413" />
        <location filename="../../desktop/widgets/letter_editor/editor.py" line="420" />
        <source>Insert picture</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/widgets/letter_editor/editor.py" line="160" />
        <location filename="../../desktop/widgets/letter_editor/editor.py" line="389" />
        <source>Link</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/widgets/letter_editor/editor.py" line="161" />
        <source>Page setup</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/widgets/letter_editor/editor.py" line="183" />
        <source>Bold</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/widgets/letter_editor/editor.py" line="185" />
        <source>Italic</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/widgets/letter_editor/editor.py" line="188" />
        <source>Underline</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/widgets/letter_editor/editor.py" line="191" />
        <location filename="../../desktop/widgets/letter_editor/editor.py" line="255" />
        <source>Text colour</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/widgets/letter_editor/editor.py" line="196" />
        <source>Align left</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/widgets/letter_editor/editor.py" line="197" />
        <source>Centre</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/widgets/letter_editor/editor.py" line="198" />
        <source>Align right</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/widgets/letter_editor/editor.py" line="199" />
        <source>Justify</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/widgets/letter_editor/editor.py" line="205" />
        <source>Bulleted list</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/widgets/letter_editor/editor.py" line="207" />
        <source>Numbered list</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/widgets/letter_editor/editor.py" line="209" />
        <source>Decrease indent</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/widgets/letter_editor/editor.py" line="211" />
        <source>Increase indent</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/widgets/letter_editor/editor.py" line="390" />
        <source>Address of the link (empty: no link):</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/widgets/letter_editor/editor.py" line="414" />
        <source>Pictures (*.png *.jpg *.jpeg *.gif *.bmp)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/widgets/letter_editor/editor.py" line="421" />
        <source>This file is not a picture the letter can hold: choose a PNG, JPEG, GIF or BMP file.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>LetterTextEdit</name>
    <message>
        <location filename="../../desktop/widgets/letter_editor/text_edit.py" line="135" />
        <source>(no suggestion)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/widgets/letter_editor/text_edit.py" line="138" />
        <source>Add to dictionary</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>LookupField</name>
    <message>
        <location filename="../../desktop/widgets/lookup.py" line="65" />
        <source>Select %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/widgets/lookup.py" line="70" />
        <source>Search code or name</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/widgets/lookup.py" line="72" />
        <source>Code</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/widgets/lookup.py" line="72" />
        <source>Name</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/widgets/lookup.py" line="96" />
        <source>The records of this context come first.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/widgets/lookup.py" line="143" />
        <source>One of this context's records</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/widgets/lookup.py" line="213" />
        <source>Select from a list (F2)</source>
        <extracomment>the value changed: a text was resolved, a suggestion or a list row picked, or cleared the user typed (the form has unsaved edits); the value follows once resolved</extracomment>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/widgets/lookup.py" line="230" />
        <source>cannot be checked now: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/widgets/lookup.py" line="304" />
        <source>%1 matches several records: press F2 to choose</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/widgets/lookup.py" line="307" />
        <source>%1 does not exist</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/widgets/lookup.py" line="336" />
        <source>%1 is still being checked</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/widgets/lookup.py" line="357" />
        <location filename="../../desktop/widgets/lookup.py" line="386" />
        <source>%1 is not one of the choices here</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>MailMergeSession</name>
    <message>
        <location filename="../../desktop/views/campaigns/mail_merge.py" line="112" />
        <source>Nothing was printed.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../desktop/views/shell/main_window.py" line="120" />
        <source>Opening the database…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/views/shell/main_window.py" line="165" />
        <source>Quit</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/views/shell/main_window.py" line="172" />
        <source>Run session…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/views/shell/main_window.py" line="176" />
        <source>Synchronize now</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/views/shell/main_window.py" line="180" />
        <source>Settings…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/views/shell/main_window.py" line="184" />
        <location filename="../../desktop/views/shell/main_window.py" line="312" />
        <source>About CRM desktop</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/views/shell/main_window.py" line="187" />
        <source>Close tab</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/views/shell/main_window.py" line="200" />
        <source>Database: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/views/shell/main_window.py" line="201" />
        <source>Employee: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/views/shell/main_window.py" line="202" />
        <source>none</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/views/shell/main_window.py" line="235" />
        <source>Run session</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/views/shell/main_window.py" line="236" />
        <source>There is no session %1.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/views/shell/main_window.py" line="313" />
        <source>CRM desktop %1
Database: %2</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>MergeAction</name>
    <message>
        <location filename="../../desktop/views/partners/sessions.py" line="23" />
        <source>Merge…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/views/partners/sessions.py" line="24" />
        <source>Merge the two selected records</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>MergeDialog</name>
    <message>
        <location filename="../../desktop/views/partners/merge.py" line="45" />
        <source>Yes</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/views/partners/merge.py" line="46" />
        <source>No</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/views/partners/merge.py" line="82" />
        <location filename="../../desktop/views/partners/merge.py" line="176" />
        <source>Merge duplicates</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/views/partners/merge.py" line="87" />
        <source>Choose the record that stays, then the value it keeps where the two differ. Everything linked to the other record moves to it, and the other is deleted.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/views/partners/merge.py" line="104" />
        <source>Merge</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/views/partners/merge.py" line="114" />
        <source>Keep %1 — %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/views/partners/merge.py" line="121" />
        <source>Field</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/views/partners/merge.py" line="140" />
        <source>The two records hold the same values.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>Operation</name>
    <message>
        <location filename="../../desktop/i18n.py" line="24" />
        <source>Unexpected error: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/views/ops/operation.py" line="37" />
        <source>Cannot do that</source>
        <extracomment>whether only functions of ops modules may run (on once every window calls its ops)</extracomment>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/views/ops/operation.py" line="51" />
        <source>File in use</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/views/ops/operation.py" line="192" />
        <source>Please confirm</source>
        <extracomment>True once it went through, False once it failed, None while it runs</extracomment>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>Opportunities</name>
    <message>
        <location filename="../../desktop/views/opportunities/sessions.py" line="41" />
        <source>Generate quotation</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <location filename="../../desktop/views/opportunities/sessions.py" line="45" />
        <source>Quotation %1 was created with %n line(s). Open it?</source>
        <translation><numerusform>Quotation %1 was created with %n line. Open it?</numerusform><numerusform>Quotation %1 was created with %n lines. Open it?</numerusform></translation>
    </message>
    <message>
        <location filename="../../desktop/views/opportunities/sessions.py" line="161" />
        <source>%1 opportunities · expected revenue %2 · weighted revenue %3</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/views/opportunities/sessions.py" line="178" />
        <source>Reopen opportunity</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/views/opportunities/sessions.py" line="318" />
        <source>A quotation cannot be generated for an opportunity with status %1.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/views/opportunities/sessions.py" line="320" />
        <source>Save the opportunity first.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/views/opportunities/sessions.py" line="321" />
        <source>Create a sales quotation from the selected items</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>OverviewSession</name>
    <message>
        <location filename="../../desktop/views/shapes/overview.py" line="106" />
        <source>Search…</source>
        <extracomment>``deleter(session, obj)``: the domain function that deletes one record with its rules (None: records.delete, which refuses what others still use)</extracomment>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/views/shapes/overview.py" line="111" />
        <source>New</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/views/shapes/overview.py" line="111" />
        <source>Open</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/views/shapes/overview.py" line="112" />
        <location filename="../../desktop/views/shapes/overview.py" line="253" />
        <location filename="../../desktop/views/shapes/overview.py" line="260" />
        <source>Delete</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/views/shapes/overview.py" line="112" />
        <source>Refresh</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/views/shapes/overview.py" line="113" />
        <location filename="../../desktop/views/shapes/overview.py" line="278" />
        <source>Export to Excel</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/views/shapes/overview.py" line="114" />
        <location filename="../../desktop/views/shapes/overview.py" line="270" />
        <source>Export to CSV</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/views/shapes/overview.py" line="131" />
        <source>Only the rows matching “%1” are shown; clear the search to see them all.</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <location filename="../../desktop/views/shapes/overview.py" line="200" />
        <source>%n row(s)</source>
        <translation><numerusform>%n row</numerusform><numerusform>%n rows</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/views/shapes/overview.py" line="251" />
        <source>Delete %n record(s)?</source>
        <translation><numerusform>Delete %n record?</numerusform><numerusform>Delete %n records?</numerusform></translation>
    </message>
    <message>
        <location filename="../../desktop/views/shapes/overview.py" line="266" />
        <source>CSV, semicolons and decimal commas (*.csv)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/views/shapes/overview.py" line="267" />
        <source>CSV, commas and decimal points (*.csv)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/views/shapes/overview.py" line="280" />
        <source>Excel workbooks (*.xlsx)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/views/shapes/overview.py" line="299" />
        <source>Export</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/views/shapes/overview.py" line="301" />
        <source>Exporting…</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>PageDialog</name>
    <message>
        <location filename="../../desktop/widgets/letter_editor/dialogs.py" line="104" />
        <source>Page setup</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/widgets/letter_editor/dialogs.py" line="111" />
        <source>Page size</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/widgets/letter_editor/dialogs.py" line="112" />
        <source>Top margin (mm)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/widgets/letter_editor/dialogs.py" line="113" />
        <source>Bottom margin (mm)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/widgets/letter_editor/dialogs.py" line="114" />
        <source>Left margin (mm)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/widgets/letter_editor/dialogs.py" line="115" />
        <source>Right margin (mm)</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>ProcessingSession</name>
    <message>
        <location filename="../../desktop/models/report_lines.py" line="28" />
        <source>Record</source>
        <extracomment>the order of the lines: what needs a look first, what was left out last</extracomment>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/models/report_lines.py" line="29" />
        <source>Name</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/models/report_lines.py" line="30" />
        <source>Assigned to</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/models/report_lines.py" line="31" />
        <source>Result</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/models/report_lines.py" line="32" />
        <source>Message</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <location filename="../../desktop/models/report_lines.py" line="131" />
        <source>%n record(s) left out by the filters or the selection</source>
        <translation><numerusform>%n record left out by the filters or the selection</numerusform><numerusform>%n records left out by the filters or the selection</numerusform></translation>
    </message>
    <message>
        <location filename="../../desktop/views/shapes/processing.py" line="123" />
        <source>Running…</source>
        <extracomment>the form's values are kept per user and shown again at the next opening</extracomment>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <location filename="../../desktop/views/shapes/processing.py" line="143" />
        <source>%1: %n record(s) processed.</source>
        <translation><numerusform>%1: %n record processed.</numerusform><numerusform>%1: %n records processed.</numerusform></translation>
    </message>
    <message>
        <location filename="../../desktop/views/shapes/processing.py" line="154" />
        <source>Nothing was changed.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/views/shapes/processing.py" line="157" />
        <source>Cancelled: nothing was changed.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/views/shapes/processing.py" line="162" />
        <source>The run failed and was rolled back: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="declared_strings.py" line="7" />
        <source>Cancel</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="declared_strings.py" line="8" />
        <source>Run</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>ReminderService</name>
    <message>
        <location filename="../../desktop/views/activities/reminders.py" line="112" />
        <source>Reminder</source>
        <extracomment>the reminders due at the last check</extracomment>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>ReminderWindow</name>
    <message>
        <location filename="../../desktop/views/activities/reminders.py" line="35" />
        <source>Reminders</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/views/activities/reminders.py" line="40" />
        <source>Open</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/views/activities/reminders.py" line="42" />
        <source>Snooze %1 min</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/views/activities/reminders.py" line="44" />
        <source>Dismiss</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>ReportPreview</name>
    <message>
        <location filename="../../desktop/views/reports/preview.py" line="88" />
        <source>First page</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/views/reports/preview.py" line="90" />
        <source>Previous page</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/views/reports/preview.py" line="95" />
        <source>Next page</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/views/reports/preview.py" line="98" />
        <source>Last page</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/views/reports/preview.py" line="101" />
        <source>Zoom out</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/views/reports/preview.py" line="103" />
        <source>Page width</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/views/reports/preview.py" line="108" />
        <source>Zoom in</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/views/reports/preview.py" line="110" />
        <location filename="../../desktop/views/reports/preview.py" line="195" />
        <source>Print…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/views/reports/preview.py" line="112" />
        <source>Save as PDF…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/views/reports/preview.py" line="136" />
        <source>of %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/views/reports/preview.py" line="198" />
        <location filename="../../desktop/views/reports/preview.py" line="207" />
        <source>Save as PDF</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/views/reports/preview.py" line="200" />
        <source>PDF documents (*.pdf)</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>RunReportPanel</name>
    <message>
        <location filename="../../desktop/views/shapes/run_report.py" line="80" />
        <source>Print report…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/views/shapes/run_report.py" line="81" />
        <location filename="../../desktop/views/shapes/run_report.py" line="143" />
        <location filename="../../desktop/views/shapes/run_report.py" line="155" />
        <location filename="../../desktop/views/shapes/run_report.py" line="158" />
        <source>Save report…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/views/shapes/run_report.py" line="142" />
        <source>Excel workbooks (*.xlsx)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/views/shapes/run_report.py" line="142" />
        <source>CSV files (*.csv)</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>RunSessionDialog</name>
    <message>
        <location filename="../../desktop/views/shell/run_session.py" line="23" />
        <source>Run session</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/views/shell/run_session.py" line="27" />
        <source>Session code or name, e.g. tdsmi1610m000</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/views/shell/run_session.py" line="40" />
        <source>Session:</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../../desktop/dialogs/settings_dialog.py" line="40" />
        <location filename="../../desktop/dialogs/settings_dialog.py" line="85" />
        <location filename="../../desktop/dialogs/settings_dialog.py" line="92" />
        <source>Settings</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/dialogs/settings_dialog.py" line="43" />
        <source>System language</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/dialogs/settings_dialog.py" line="48" />
        <source>Empty: the embedded database (%1)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/dialogs/settings_dialog.py" line="58" />
        <source>Keep cells that begin with = + - @ as they are</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/dialogs/settings_dialog.py" line="61" />
        <source>Mail merge's data files, for a program other than a spreadsheet. Left unticked, such a cell gets a leading apostrophe, so that a spreadsheet never runs it as a formula (CSV injection).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/dialogs/settings_dialog.py" line="66" />
        <source>Language</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/dialogs/settings_dialog.py" line="67" />
        <source>Database URL</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/dialogs/settings_dialog.py" line="68" />
        <source>Employee</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/dialogs/settings_dialog.py" line="69" />
        <source>New appointments last</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/dialogs/settings_dialog.py" line="70" />
        <source>New calls last</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/dialogs/settings_dialog.py" line="71" />
        <source>Tasks are due at</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/dialogs/settings_dialog.py" line="72" />
        <source>Mail merge's data files</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/dialogs/settings_dialog.py" line="73" />
        <source>A new database URL takes effect at the next start.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/dialogs/settings_dialog.py" line="106" />
        <source> min</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>SignInDialog</name>
    <message>
        <location filename="../../desktop/views/exchange/sign_in.py" line="41" />
        <source>Sign in to Microsoft 365</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/views/exchange/sign_in.py" line="46" />
        <source>The synchronization will use your own mailbox. Open the Microsoft sign-in page, type the code below and sign in with your work account.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/views/exchange/sign_in.py" line="60" />
        <source>Copy the code</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/views/exchange/sign_in.py" line="62" />
        <source>Open the sign-in page</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/views/exchange/sign_in.py" line="64" />
        <source>Sign in with the browser instead</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/views/exchange/sign_in.py" line="67" />
        <source>Asking Microsoft for a code…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/views/exchange/sign_in.py" line="73" />
        <source>Administrator's setup…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/views/exchange/sign_in.py" line="108" />
        <source>Waiting for you to sign in…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/views/exchange/sign_in.py" line="125" />
        <source>Sign in in the browser window that opened…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/views/exchange/sign_in.py" line="138" />
        <source>Signed in as %1.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/views/exchange/sign_in.py" line="146" />
        <source>The sign-in failed: %1</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>SyncController</name>
    <message>
        <location filename="../../desktop/sync/worker.py" line="160" />
        <source>Synchronizing with Exchange…</source>
        <extracomment>whether the sync is enabled, and when the next run is due (None: not scheduled) whether the settings enable the sync, as last read on the sync thread</extracomment>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/sync/worker.py" line="193" />
        <source>Synchronization stopped: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/sync/worker.py" line="195" />
        <source>Will retry: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/sync/worker.py" line="200" />
        <source>Synchronized just now</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <location filename="../../desktop/sync/worker.py" line="202" />
        <source>Synchronized %n min ago</source>
        <translation><numerusform>Synchronized %n min ago</numerusform><numerusform>Synchronized %n min ago</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/sync/worker.py" line="205" />
        <source>%n change(s) waiting</source>
        <translation><numerusform>%n change waiting</numerusform><numerusform>%n changes waiting</numerusform></translation>
    </message>
    <message>
        <location filename="../../desktop/sync/worker.py" line="208" />
        <source>%1: synchronized by another installation</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>TableDialog</name>
    <message>
        <location filename="../../desktop/widgets/letter_editor/dialogs.py" line="85" />
        <source>Insert table</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/widgets/letter_editor/dialogs.py" line="94" />
        <source>Rows</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/widgets/letter_editor/dialogs.py" line="95" />
        <source>Columns</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>VCards</name>
    <message>
        <location filename="../../desktop/views/partners/cards.py" line="23" />
        <source>Export vCards…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/views/partners/cards.py" line="24" />
        <source>Import vCards…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/views/partners/cards.py" line="41" />
        <location filename="../../desktop/views/partners/cards.py" line="60" />
        <source>Export vCards</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <location filename="../../desktop/views/partners/cards.py" line="61" />
        <source>%n contact(s) written to %1.</source>
        <translation><numerusform>%n contact written to %1.</numerusform><numerusform>%n contacts written to %1.</numerusform></translation>
    </message>
    <message>
        <location filename="../../desktop/views/partners/cards.py" line="66" />
        <location filename="../../desktop/views/partners/cards.py" line="83" />
        <source>Import vCards</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/views/partners/cards.py" line="78" />
        <source>Created: %1, updated: %2, skipped: %3.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/views/partners/cards.py" line="81" />
        <source>Card %1: %2</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>_AttributeDetailBase</name>
    <message>
        <location filename="../../desktop/views/attributes/sessions.py" line="121" />
        <source>Options belong to attributes of type Option.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>_UsersOverview</name>
    <message>
        <location filename="../../desktop/views/exchange/sessions.py" line="243" />
        <source>Activate all</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/views/exchange/sessions.py" line="244" />
        <source>Deactivate all</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/views/exchange/sessions.py" line="245" />
        <source>Import all users</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>app</name>
    <message>
        <location filename="../../desktop/app.py" line="114" />
        <source>A demo database was created: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/app.py" line="117" />
        <source>The database was upgraded; backup: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/app.py" line="166" />
        <location filename="../../desktop/app.py" line="191" />
        <source>CRM desktop</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/app.py" line="166" />
        <source>CRM desktop is already running on this data folder but does not answer: close it (in the Task Manager if need be) and start it again.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/app.py" line="274" />
        <source>Database location</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>crm</name>
    <message>
        <location filename="declared_strings.py" line="9" />
        <source>(empty)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="declared_strings.py" line="10" />
        <source>({kind}, ...) stands only before IN "pattern".</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="declared_strings.py" line="11" />
        <source>A business partner with status {status_label} needs an effective date.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="declared_strings.py" line="12" />
        <source>A follow-up can be an appointment, a call, a task or an e-mail.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="declared_strings.py" line="13" />
        <source>A header or footer may hold only {variables}: remove {fields}.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="declared_strings.py" line="14" />
        <source>A letter is written for a business partner, a contact, an opportunity or an activity.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="declared_strings.py" line="15" />
        <source>A letter on {object_kind} cannot merge {fields}: remove these fields or choose them from the catalogue.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="declared_strings.py" line="16" />
        <source>A letter on {object_label} cannot merge {fields}: replace them with fields of the catalogue before saving.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="declared_strings.py" line="17" />
        <source>A new opportunity can only be Preliminary, In Process or Dead.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="declared_strings.py" line="18" />
        <source>A new page starts when a sorted field changes: turn Sort on for {name}, or clear New page.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="declared_strings.py" line="19" />
        <source>A note needs a subject.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="declared_strings.py" line="20" />
        <source>A processed quotation can no longer be changed.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="declared_strings.py" line="21" />
        <source>A pull interval is at least 1.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="declared_strings.py" line="22" />
        <source>A pull interval under 15 minutes loads Exchange; 15 minutes or more is advised.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="declared_strings.py" line="23" />
        <source>A quotation cannot be generated for an opportunity with status {status_label}.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="declared_strings.py" line="24" />
        <source>A range has two bounds: (low, high).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="declared_strings.py" line="25" />
        <source>A record was changed by another user after you opened it. Your changes were not saved: reload and try again.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="declared_strings.py" line="26" />
        <source>A report lists business partners, contacts, opportunities or activities.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="declared_strings.py" line="27" />
        <source>A report on {object_label} cannot show {name}: choose a field or an attribute from the list.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="declared_strings.py" line="28" />
        <source>A {old_label} opportunity can only be reopened, to In Process.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="declared_strings.py" line="29" />
        <source>Access</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="declared_strings.py" line="30" />
        <source>Active</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="declared_strings.py" line="31" />
        <source>Activity</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="declared_strings.py" line="32" />
        <source>Activity from template {template}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="declared_strings.py" line="33" />
        <source>Activity template</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="declared_strings.py" line="34" />
        <source>Activity template {code} does not exist.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="declared_strings.py" line="35" />
        <source>Activity template {code} is not active.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="declared_strings.py" line="36" />
        <source>Add a To recipient with an e-mail address before sending.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="declared_strings.py" line="37" />
        <source>Add a note from the Notes tab of its record.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="declared_strings.py" line="38" />
        <source>After ({kind}, give an attribute code.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="declared_strings.py" line="39" />
        <source>After IN, give ranges such as (10,100) (200,300), a list such as ("Lyon", "Paris"), or a pattern in double quotes.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="declared_strings.py" line="40" />
        <source>After text IN, list texts in double quotes, e.g. ("Lyon", "Paris").</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="declared_strings.py" line="41" />
        <source>Alignment</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="declared_strings.py" line="42" />
        <source>All attributes of the set are present.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="declared_strings.py" line="43" />
        <source>All day</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="declared_strings.py" line="44" />
        <source>Already given an activity in this run.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="declared_strings.py" line="45" />
        <source>Amount</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="declared_strings.py" line="46" />
        <source>An inactive business partner has no validity dates; clear them.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="declared_strings.py" line="47" />
        <source>Applies to</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="declared_strings.py" line="48" />
        <source>Appointments</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="declared_strings.py" line="49" />
        <source>Appointments for project assignments</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="declared_strings.py" line="50" />
        <source>Appointments for service assignments</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="declared_strings.py" line="51" />
        <source>Assigned to</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="declared_strings.py" line="52" />
        <source>Attachment</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="declared_strings.py" line="53" />
        <source>Attendance</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="declared_strings.py" line="54" />
        <source>Attendance status</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="declared_strings.py" line="55" />
        <source>Attendee</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="declared_strings.py" line="56" />
        <source>Attribute</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="declared_strings.py" line="57" />
        <source>Attribute by attribute set</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="declared_strings.py" line="58" />
        <source>Attribute option</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="declared_strings.py" line="59" />
        <source>Attribute set</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="declared_strings.py" line="60" />
        <source>Attribute set {code} does not exist.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="declared_strings.py" line="61" />
        <source>Attribute set {code} has no attributes.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="declared_strings.py" line="62" />
        <source>Attribute value</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="declared_strings.py" line="63" />
        <source>Attribute {code} has {count} value(s); it cannot be deleted.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="declared_strings.py" line="64" />
        <source>Attributes of the activity</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="declared_strings.py" line="65" />
        <source>Attributes of the business partner</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="declared_strings.py" line="66" />
        <source>Attributes of the contact</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="declared_strings.py" line="67" />
        <source>Attributes of the opportunity</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="declared_strings.py" line="68" />
        <source>Authentication</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="declared_strings.py" line="69" />
        <source>Base price</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="declared_strings.py" line="70" />
        <source>Business object</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="declared_strings.py" line="71" />
        <source>Business partner</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="declared_strings.py" line="72" />
        <source>Business partners</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="declared_strings.py" line="73" />
        <source>Buyer role</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="declared_strings.py" line="74" />
        <source>COM parameters</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="declared_strings.py" line="75" />
        <source>CRM parameters</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="declared_strings.py" line="76" />
        <source>Calendar pull interval</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="declared_strings.py" line="77" />
        <source>Calls</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="declared_strings.py" line="78" />
        <source>Cannot compare {left_label} with {right_label}.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="declared_strings.py" line="79" />
        <source>Case conversion</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="declared_strings.py" line="80" />
        <source>Category</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="declared_strings.py" line="81" />
        <source>Choose a record to see the letter merged on it.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="declared_strings.py" line="82" />
        <source>Choose an existing contact.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="declared_strings.py" line="83" />
        <source>Choose an item.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="declared_strings.py" line="84" />
        <source>Choose business partners, opportunities, contacts or activities.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="declared_strings.py" line="85" />
        <source>Choose the activity template.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="declared_strings.py" line="86" />
        <source>Choose the attribute set to add.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="declared_strings.py" line="87" />
        <source>Choose the certificate file (PEM, with its private key).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="declared_strings.py" line="88" />
        <source>Choose the employee the activities are assigned to.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="declared_strings.py" line="89" />
        <source>Choose the file or folder the letters are written to.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="declared_strings.py" line="90" />
        <source>Choose the file the report is written to.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="declared_strings.py" line="91" />
        <source>Choose the file the run writes to.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="declared_strings.py" line="92" />
        <source>Choose the folder the documents are written to.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="declared_strings.py" line="93" />
        <source>Choose the letter to merge.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="declared_strings.py" line="94" />
        <source>Choose the report to print.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="declared_strings.py" line="95" />
        <source>Choose the type of the reference.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="declared_strings.py" line="96" />
        <source>Choose the {type_label}.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="declared_strings.py" line="97" />
        <source>Choose two different records to merge.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="declared_strings.py" line="98" />
        <source>Choose what to add.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="declared_strings.py" line="99" />
        <source>Chosen from</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="declared_strings.py" line="100" />
        <source>City</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="declared_strings.py" line="101" />
        <source>Code</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="declared_strings.py" line="102" />
        <source>Code is required.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="declared_strings.py" line="103" />
        <source>Completed</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="declared_strings.py" line="104" />
        <source>Contact</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="declared_strings.py" line="105" />
        <source>Contact by opportunity</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="declared_strings.py" line="106" />
        <source>Contact pull interval</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="declared_strings.py" line="107" />
        <source>Contact unit</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="declared_strings.py" line="108" />
        <source>Contact's before-surname prefix, capitalised</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="declared_strings.py" line="109" />
        <source>Contact's salutation</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="declared_strings.py" line="110" />
        <source>Contacts</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="declared_strings.py" line="111" />
        <source>Correspondence name (the contact's last name, else the partner's name)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="declared_strings.py" line="112" />
        <source>Country</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="declared_strings.py" line="113" />
        <source>Credit limit</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="declared_strings.py" line="114" />
        <source>Currency</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="declared_strings.py" line="115" />
        <source>Date</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="declared_strings.py" line="116" />
        <source>Default attribute set by role</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="declared_strings.py" line="117" />
        <source>Default opportunity type</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="declared_strings.py" line="118" />
        <source>Default order type</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="declared_strings.py" line="119" />
        <source>Default origin</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="declared_strings.py" line="120" />
        <source>Default sales office</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="declared_strings.py" line="121" />
        <source>Default sales process</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="declared_strings.py" line="122" />
        <source>Default tax rate %</source>
        <oldsource>Default tax rate pct</oldsource>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="declared_strings.py" line="123" />
        <source>Defaults by user</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="declared_strings.py" line="124" />
        <source>Deleted {codes}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="declared_strings.py" line="125" />
        <source>Deleted {codes}; kept {kept} (done).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="declared_strings.py" line="126" />
        <source>Description</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="declared_strings.py" line="127" />
        <source>Digits</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="declared_strings.py" line="128" />
        <source>Direction</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="declared_strings.py" line="129" />
        <source>Discount %</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="declared_strings.py" line="130" />
        <source>Discount amount</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="declared_strings.py" line="131" />
        <source>Division by zero.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="declared_strings.py" line="132" />
        <source>Do not call</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="declared_strings.py" line="133" />
        <source>Due</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="declared_strings.py" line="134" />
        <source>Due date</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="declared_strings.py" line="135" />
        <source>Duration (hours)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="declared_strings.py" line="136" />
        <source>Duration (minutes)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="declared_strings.py" line="137" />
        <source>E-mail</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="declared_strings.py" line="138" />
        <source>E-mail address</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="declared_strings.py" line="139" />
        <source>E-mails</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="declared_strings.py" line="140" />
        <source>Each field takes one column; mapped twice: {fields}.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="declared_strings.py" line="141" />
        <source>Effective date</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="declared_strings.py" line="142" />
        <source>Element</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="declared_strings.py" line="143" />
        <source>Employee</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="declared_strings.py" line="144" />
        <source>Empty fields are left empty, as the letter will print.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="declared_strings.py" line="145" />
        <source>End</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="declared_strings.py" line="146" />
        <source>End date</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="declared_strings.py" line="147" />
        <source>Enter a code, or set a number series in the COM parameters.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="declared_strings.py" line="148" />
        <source>Enter a duration of at least one minute.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="declared_strings.py" line="149" />
        <source>Enter an opportunity number, or set the opportunity number series in the CRM parameters.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="declared_strings.py" line="150" />
        <source>Enter how long before the start the reminder comes.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="declared_strings.py" line="151" />
        <source>Enter the account the synchronization signs in with.</source>
        <oldsource>Enter the account the synchronisation signs in with.</oldsource>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="declared_strings.py" line="152" />
        <source>Enter the address of the Exchange service, e.g. https://mail.example.com/EWS/Exchange.asmx.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="declared_strings.py" line="153" />
        <source>Enter the application (client) id registered in Microsoft Entra.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="declared_strings.py" line="154" />
        <source>Enter the due date of the task.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="declared_strings.py" line="155" />
        <source>Enter the number of the referenced document.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="declared_strings.py" line="156" />
        <source>Enter the start.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="declared_strings.py" line="157" />
        <source>Enter the tenant (directory) id the application is registered in.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="declared_strings.py" line="158" />
        <source>Enter when the task should remind you.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="declared_strings.py" line="159" />
        <source>Exchange Online refused EWS: Microsoft retires EWS in Exchange Online; choose Exchange Online (Microsoft Graph) in the synchronization settings.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="declared_strings.py" line="160" />
        <source>Exchange answered with an error; it will be retried.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="declared_strings.py" line="161" />
        <source>Exchange cannot be reached (connection refused or no network).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="declared_strings.py" line="162" />
        <source>Exchange did not answer in time.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="declared_strings.py" line="163" />
        <source>Exchange is busy and asked to wait {seconds} s.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="declared_strings.py" line="164" />
        <source>Exchange refused the account: check the user name and password.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="declared_strings.py" line="165" />
        <source>Exchange refused the service account EWS access: allow it EWS and impersonation of the sync users.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="declared_strings.py" line="166" />
        <source>Exchange refused the service account the mailbox {mailbox}: give it impersonation rights (ApplicationImpersonation) on this mailbox.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="declared_strings.py" line="167" />
        <source>Exchange synchronization settings</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="declared_strings.py" line="168" />
        <source>Exchange synchronization user</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="declared_strings.py" line="169" />
        <source>Expected close date</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="declared_strings.py" line="170" />
        <source>Expected revenue</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="declared_strings.py" line="171" />
        <source>Expected {expected} but found {found}.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="declared_strings.py" line="172" />
        <source>Expiry date</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="declared_strings.py" line="173" />
        <source>External sales rep</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="declared_strings.py" line="174" />
        <source>Field</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="declared_strings.py" line="175" />
        <source>Fields the editor cannot hold were kept as the text they showed: {fields}.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="declared_strings.py" line="176" />
        <source>File name</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="declared_strings.py" line="177" />
        <source>First contact</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="declared_strings.py" line="178" />
        <source>First name</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="declared_strings.py" line="179" />
        <source>Full name (other)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="declared_strings.py" line="180" />
        <source>Home currency</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="declared_strings.py" line="181" />
        <source>IN "pattern" needs text.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="declared_strings.py" line="182" />
        <source>IN (low,high) needs a number or a date.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="declared_strings.py" line="183" />
        <source>Inactive contact or closed activity.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="declared_strings.py" line="184" />
        <source>Include in forecast</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="declared_strings.py" line="185" />
        <source>Initials</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="declared_strings.py" line="186" />
        <source>Initials based on</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="declared_strings.py" line="187" />
        <source>Internal sales rep</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="declared_strings.py" line="188" />
        <source>Invite</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="declared_strings.py" line="189" />
        <source>Item</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="declared_strings.py" line="190" />
        <source>Items cannot be added or changed for status {status_label}.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="declared_strings.py" line="191" />
        <source>Job title</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="declared_strings.py" line="192" />
        <source>Kept {kept}: done activities stay (Open activities only).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="declared_strings.py" line="193" />
        <source>Kind</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="declared_strings.py" line="194" />
        <source>Label</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="declared_strings.py" line="195" />
        <source>Language</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="declared_strings.py" line="196" />
        <source>Last name</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="declared_strings.py" line="197" />
        <source>Length</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="declared_strings.py" line="198" />
        <source>Letter</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="declared_strings.py" line="199" />
        <source>Letter {code} does not exist.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="declared_strings.py" line="200" />
        <source>Letter {code} is exported (BR-LET-05): mail merge writes its data file, not letters.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="declared_strings.py" line="201" />
        <source>Letter {code} is written for {letter_object}: merge it on those, or choose a letter written for {object}.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="declared_strings.py" line="202" />
        <source>Letter {letter} to {addressee}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="declared_strings.py" line="203" />
        <source>Letter {letter} to {addressee}: planned mailing {mailing} completed</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="declared_strings.py" line="204" />
        <source>Line</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="declared_strings.py" line="205" />
        <source>Link the activity to a business partner, a contact, an opportunity or another activity.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="declared_strings.py" line="206" />
        <source>Location</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="declared_strings.py" line="207" />
        <source>Mailbox</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="declared_strings.py" line="208" />
        <source>Mailings</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="declared_strings.py" line="209" />
        <source>Mailings are logged with a Mailing template: {code} is a {type_label} template.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="declared_strings.py" line="210" />
        <source>Mandatory project peg</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="declared_strings.py" line="212" />
        <source>Maximum e-mail size (bytes)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="declared_strings.py" line="213" />
        <source>Merge fields used inside another field (an IF's condition) were left out: {fields}.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="declared_strings.py" line="214" />
        <source>Microsoft 365 answered with an error; it will be retried.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="declared_strings.py" line="215" />
        <source>Microsoft 365 cannot be reached (connection refused or no network).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="declared_strings.py" line="216" />
        <source>Microsoft 365 did not answer in time.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="declared_strings.py" line="217" />
        <source>Microsoft 365 is busy and asked to wait {seconds} s.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="declared_strings.py" line="223" />
        <source>Microsoft 365 refused the application to send mail as {mailbox}: grant it the application permission {permission} with admin consent.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="declared_strings.py" line="224" />
        <source>Microsoft 365 refused the sign-in: check the application id, its secret or certificate, and the tenant.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="declared_strings.py" line="225" />
        <source>Microsoft 365 refused to send mail as {mailbox}: the sign-in needs the delegated permission {permission}, with consent.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="declared_strings.py" line="226" />
        <source>Microsoft 365 refused to start the sign-in: check the application id and that it allows public clients.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="declared_strings.py" line="227" />
        <source>Mobile phone</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="declared_strings.py" line="228" />
        <source>Mobile phone is primary</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="declared_strings.py" line="229" />
        <source>Mode</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="declared_strings.py" line="230" />
        <source>Name</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="declared_strings.py" line="231" />
        <source>Next number</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="declared_strings.py" line="232" />
        <source>No activity from template {template}.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="declared_strings.py" line="233" />
        <source>No contact has the address {address}; create the contact, then drop the e-mail again.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="declared_strings.py" line="234" />
        <source>No employee is linked to your user; choose one in Settings.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="declared_strings.py" line="235" />
        <source>No number series for quotations: set one on the sales office, the sales user profile, the default sales order type or the quotation parameters.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="declared_strings.py" line="236" />
        <source>No preview: the expression does not compile.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="declared_strings.py" line="237" />
        <source>Nobody is signed in to Microsoft 365: open the synchronization settings and sign in.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="declared_strings.py" line="238" />
        <source>Not sent: the server failed earlier in the same call.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="declared_strings.py" line="239" />
        <source>Note</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="declared_strings.py" line="240" />
        <source>Nothing was changed.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="declared_strings.py" line="241" />
        <source>Number of pages</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="declared_strings.py" line="242" />
        <source>Number series</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="declared_strings.py" line="243" />
        <source>OAuth 2 needs the tenant (directory) id the application is registered in.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="declared_strings.py" line="244" />
        <source>Office phone</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="declared_strings.py" line="245" />
        <source>Office phone is primary</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="declared_strings.py" line="246" />
        <source>Only Alphanumeric attributes take their value from a list.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="declared_strings.py" line="247" />
        <source>Only a Preliminary opportunity without quotations can be deleted; set {code} to Canceled instead.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="declared_strings.py" line="248" />
        <source>Only a letter with Export on writes a data file.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="declared_strings.py" line="249" />
        <source>Only a mailing template names a letter: choose the Mailing type or clear the letter.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="declared_strings.py" line="250" />
        <source>Only appointments and calls have attendees.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="declared_strings.py" line="251" />
        <source>Only appointments, calls and tasks are synchronized.</source>
        <oldsource>Only appointments, calls and tasks are synchronised.</oldsource>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="declared_strings.py" line="252" />
        <source>Only business partners and contacts can be merged.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="declared_strings.py" line="253" />
        <source>Only contacts of the same business partner are merged: merge the partners first.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="declared_strings.py" line="254" />
        <source>Only e-mails have recipients and attachments.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="declared_strings.py" line="255" />
        <source>Only one phone number can be the primary one.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="declared_strings.py" line="256" />
        <source>Only outbound e-mails are sent.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="declared_strings.py" line="257" />
        <source>Only {author} can change this private note.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="declared_strings.py" line="258" />
        <source>Open balance</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="declared_strings.py" line="259" />
        <source>Operation</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="declared_strings.py" line="260" />
        <source>Opportunities</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="declared_strings.py" line="261" />
        <source>Opportunity</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="declared_strings.py" line="262" />
        <source>Opportunity item</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="declared_strings.py" line="263" />
        <source>Opportunity number series</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="declared_strings.py" line="264" />
        <source>Opportunity source</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="declared_strings.py" line="265" />
        <source>Opportunity type</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="declared_strings.py" line="266" />
        <source>Opportunity {code} is {old_label}. Reopen it?</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="declared_strings.py" line="267" />
        <source>Opted out</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="declared_strings.py" line="268" />
        <source>Option</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="declared_strings.py" line="269" />
        <source>Ordered qty</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="declared_strings.py" line="270" />
        <source>Organizer</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="declared_strings.py" line="271" />
        <source>Origin</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="declared_strings.py" line="272" />
        <source>Outlook category imported</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="declared_strings.py" line="273" />
        <source>Overdue amount</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="declared_strings.py" line="274" />
        <source>Page number</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="declared_strings.py" line="275" />
        <source>Path for attachments</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="declared_strings.py" line="276" />
        <source>Phase</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="declared_strings.py" line="277" />
        <source>Phase by sales process</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="declared_strings.py" line="278" />
        <source>Phone</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="declared_strings.py" line="279" />
        <source>Position</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="declared_strings.py" line="280" />
        <source>Postal code</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="declared_strings.py" line="281" />
        <source>Prefix</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="declared_strings.py" line="282" />
        <source>Prefix (van, de)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="declared_strings.py" line="283" />
        <source>Price</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="declared_strings.py" line="284" />
        <source>Price origin</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="declared_strings.py" line="285" />
        <source>Primary contact</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="declared_strings.py" line="286" />
        <source>Primary contact of the partner</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="declared_strings.py" line="287" />
        <source>Priority</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="declared_strings.py" line="288" />
        <source>Private (visible to me only)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="declared_strings.py" line="289" />
        <source>Probability</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="declared_strings.py" line="290" />
        <source>Probability %</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="declared_strings.py" line="291" />
        <source>Project peg</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="declared_strings.py" line="292" />
        <source>Protocol</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="declared_strings.py" line="293" />
        <source>Push notifications</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="declared_strings.py" line="294" />
        <source>Quotation</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="declared_strings.py" line="295" />
        <source>Quotation line</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="declared_strings.py" line="296" />
        <source>Quotation parameters</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="declared_strings.py" line="297" />
        <source>Quotation series</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="declared_strings.py" line="298" />
        <source>Reason</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="declared_strings.py" line="299" />
        <source>Recipient</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="declared_strings.py" line="300" />
        <source>Record</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="declared_strings.py" line="301" />
        <source>Reference</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="declared_strings.py" line="302" />
        <source>Reference by activity</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="declared_strings.py" line="303" />
        <source>Reference by opportunity</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="declared_strings.py" line="304" />
        <source>Remark</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="declared_strings.py" line="305" />
        <source>Remind at</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="declared_strings.py" line="306" />
        <source>Reminder</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="declared_strings.py" line="307" />
        <source>Reminder before</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="declared_strings.py" line="308" />
        <source>Report</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="declared_strings.py" line="309" />
        <source>Report description</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="declared_strings.py" line="310" />
        <source>Report layout line</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="declared_strings.py" line="311" />
        <source>Report {code} does not exist.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="declared_strings.py" line="312" />
        <source>Report {code} has no layout lines: add the fields it prints on its Layout tab.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="declared_strings.py" line="313" />
        <source>Report {code} lists {report_object_label}: print it on those, or choose a report on {object_label}.</source>
        <oldsource>Report {code} lists {report_object}: print it on those, or choose a report on {object}.</oldsource>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="declared_strings.py" line="314" />
        <source>Result</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="declared_strings.py" line="315" />
        <source>Role</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="declared_strings.py" line="316" />
        <source>Run</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="declared_strings.py" line="317" />
        <source>Sales office</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="declared_strings.py" line="318" />
        <source>Sales order type</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="declared_strings.py" line="319" />
        <source>Sales process</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="declared_strings.py" line="320" />
        <source>Sales process is required.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="declared_strings.py" line="321" />
        <source>Sales quotation</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="declared_strings.py" line="322" />
        <source>Sales unit</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="declared_strings.py" line="323" />
        <source>Sales user profile</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="declared_strings.py" line="324" />
        <source>Salutation</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="declared_strings.py" line="325" />
        <source>Search key</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="declared_strings.py" line="326" />
        <source>Select</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="declared_strings.py" line="327" />
        <source>Selection</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="declared_strings.py" line="328" />
        <source>Selection {code} does not exist.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="declared_strings.py" line="329" />
        <source>Sent / received</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="declared_strings.py" line="330" />
        <source>Sequence</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="declared_strings.py" line="331" />
        <source>Sequence {sequence} is already used in this report: choose another.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="declared_strings.py" line="332" />
        <source>Sequence {sequence} is already used in this sales process.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="declared_strings.py" line="333" />
        <source>Server version</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="declared_strings.py" line="334" />
        <source>Service account</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="declared_strings.py" line="335" />
        <source>Service address</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="declared_strings.py" line="336" />
        <source>Set the number series for {type_label} in the COM parameters.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="declared_strings.py" line="337" />
        <source>Show time as</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="declared_strings.py" line="338" />
        <source>Size</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="declared_strings.py" line="339" />
        <source>Sold-to business partner</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="declared_strings.py" line="340" />
        <source>Start</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="declared_strings.py" line="341" />
        <source>Status</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="declared_strings.py" line="342" />
        <source>Stored file</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="declared_strings.py" line="343" />
        <source>Street</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="declared_strings.py" line="344" />
        <source>Subject</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="declared_strings.py" line="345" />
        <source>Subtotal {heading}: {value}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="declared_strings.py" line="346" />
        <source>Subtotals and totals add numbers up: {name} is not a number. Clear Subtotal and Total on this line.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="declared_strings.py" line="347" />
        <source>Synchronization of activities is off in the COM parameters.</source>
        <oldsource>Synchronisation of activities is off in the COM parameters.</oldsource>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="declared_strings.py" line="348" />
        <source>Synchronization on</source>
        <oldsource>Synchronisation on</oldsource>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="declared_strings.py" line="349" />
        <source>Synchronize</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="declared_strings.py" line="350" />
        <source>Synchronize activities</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="declared_strings.py" line="351" />
        <source>Synchronize contacts</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="declared_strings.py" line="352" />
        <source>Synchronize tasks</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="declared_strings.py" line="353" />
        <source>Tasks</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="declared_strings.py" line="354" />
        <source>Tax rate %</source>
        <oldsource>Tax rate pct</oldsource>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="declared_strings.py" line="355" />
        <source>Tenant (OAuth 2)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="declared_strings.py" line="356" />
        <source>Text</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="declared_strings.py" line="357" />
        <source>That date does not exist.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="declared_strings.py" line="358" />
        <source>The Microsoft 365 sign-in has expired: open the synchronization settings and sign in again.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="declared_strings.py" line="359" />
        <source>The Microsoft sign-in service cannot be reached.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="declared_strings.py" line="360" />
        <source>The activity already has a meeting organizer.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="declared_strings.py" line="361" />
        <source>The address must start with https://.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="declared_strings.py" line="362" />
        <source>The application was refused its token: check the client id, its secret and the tenant.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="declared_strings.py" line="363" />
        <source>The application was refused its token: check the client id, its secret or certificate, and the tenant.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="declared_strings.py" line="364" />
        <source>The bounds of a range must be of the same type as the value.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="declared_strings.py" line="365" />
        <source>The card has no name.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="declared_strings.py" line="366" />
        <source>The certificate file cannot be read: it must be a PEM file with the certificate and its private key.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="declared_strings.py" line="367" />
        <source>The database already holds business partners; the demo data is only loaded into an empty database.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="declared_strings.py" line="368" />
        <source>The database server {where} cannot be reached. Check the address, the user and password, and that the server is running.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="declared_strings.py" line="369" />
        <source>The database {file} is in a folder that a cloud service synchronises (OneDrive, Dropbox, Google Drive): it is opened without write-ahead logging, and the service may still damage it; keep it in a folder that is not synchronised.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="declared_strings.py" line="370" />
        <source>The database {file} is on a network drive: it is opened without write-ahead logging, which network drives do not support; keep it on this computer's disk for speed and safety.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="declared_strings.py" line="371" />
        <source>The discount must be between 0 and 100 %.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="declared_strings.py" line="372" />
        <source>The disk holding {path} is full: free some space or choose another place.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="declared_strings.py" line="373" />
        <source>The driver {driver} of {address} is not installed. Use postgresql:// (the driver that comes with the application) or a SQLite file.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="declared_strings.py" line="374" />
        <source>The due offset counts days from the run: enter 0 or more.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="declared_strings.py" line="375" />
        <source>The editor cannot show some parts of this document, so their text was kept as plain paragraphs: {parts}.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="declared_strings.py" line="376" />
        <source>The end must not be before the start.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="declared_strings.py" line="377" />
        <source>The expected close date is before the first contact date.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="declared_strings.py" line="378" />
        <source>The expiry date must not be before the effective date.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="declared_strings.py" line="379" />
        <source>The expression compiles.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="declared_strings.py" line="380" />
        <source>The expression contains a NUL character; remove it.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="declared_strings.py" line="381" />
        <source>The expression ends too early.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="declared_strings.py" line="382" />
        <source>The expression is empty.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="declared_strings.py" line="383" />
        <source>The expression is nested too deeply.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="declared_strings.py" line="384" />
        <source>The expression is too long ({length} characters; at most {limit}).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="declared_strings.py" line="385" />
        <source>The expression is too long to run: more than {limit} operations in a row. Split it into shorter conditions.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="declared_strings.py" line="386" />
        <source>The expression is too long to run: split it into shorter conditions.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="declared_strings.py" line="387" />
        <source>The expression must be a condition (true or false), e.g. bp.city = "Lyon".</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="declared_strings.py" line="388" />
        <source>The file could not be written: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="declared_strings.py" line="389" />
        <source>The file is empty.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="declared_strings.py" line="390" />
        <source>The file is not a vCard file: {error}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="declared_strings.py" line="391" />
        <source>The file {path} could not be read: check that it exists and that you may open it.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="declared_strings.py" line="392" />
        <source>The folder of {path} does not exist any more: choose another place.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="declared_strings.py" line="393" />
        <source>The folder of {where} does not exist.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="declared_strings.py" line="394" />
        <source>The folder {folder} does not exist: choose another place.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="declared_strings.py" line="395" />
        <source>The item is no longer in the mailbox.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="declared_strings.py" line="396" />
        <source>The length of a {type_label} attribute is {low} to {high}.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="declared_strings.py" line="397" />
        <source>The letter could not be written ({reason}): it was left out.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="declared_strings.py" line="398" />
        <source>The letter's language must be French (fr) or English (en).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="declared_strings.py" line="399" />
        <source>The mailbox {mailbox} has no default task list.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="declared_strings.py" line="400" />
        <source>The mapping names a column the file does not have.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="declared_strings.py" line="401" />
        <source>The meeting organizer must be an employee.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="declared_strings.py" line="402" />
        <source>The number series of business partners gives {code}, which is already taken; move the series on in Number Series.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="declared_strings.py" line="403" />
        <source>The number series {series} does not exist.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="declared_strings.py" line="404" />
        <source>The number series {series} is exhausted (last number {last}). Extend it in Number Series.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="declared_strings.py" line="405" />
        <source>The opportunity no longer exists.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="declared_strings.py" line="406" />
        <source>The pattern {pattern} is not valid: check its sets and ranges, e.g. (a-z).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="declared_strings.py" line="407" />
        <source>The printer did not take the letters: check it and run again.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="declared_strings.py" line="408" />
        <source>The probability may not decrease along the phases: sequence {sequence} has {other} %.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="declared_strings.py" line="409" />
        <source>The probability must be between 0 and 100 %.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="declared_strings.py" line="410" />
        <source>The quantity must be greater than zero.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="declared_strings.py" line="411" />
        <source>The sales process {code} is not active; choose an active one.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="declared_strings.py" line="412" />
        <source>The selection is false for this record.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="declared_strings.py" line="413" />
        <source>The sequence must be a number greater than zero.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="declared_strings.py" line="414" />
        <source>The sign-in authority or the tenant is not valid.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="declared_strings.py" line="415" />
        <source>The sign-in did not complete: {reason}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="declared_strings.py" line="416" />
        <source>The system keyring cannot be used, so the Microsoft 365 sign-in cannot be kept.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="declared_strings.py" line="417" />
        <source>The system keyring cannot be used, so the password of the service account cannot be read or saved.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="declared_strings.py" line="418" />
        <source>The token address must start with https://.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="declared_strings.py" line="419" />
        <source>The width is a number of characters from 1 to {most}.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="declared_strings.py" line="420" />
        <source>The workbook cannot be read: {error}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="declared_strings.py" line="421" />
        <source>There is no business partner “{value}”; import the partners first, or correct the name.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="declared_strings.py" line="422" />
        <source>There is no record type {name}.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="declared_strings.py" line="423" />
        <source>These fields cannot be imported: {fields}.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="declared_strings.py" line="424" />
        <source>These fields cannot be taken in a merge: {fields}.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="declared_strings.py" line="425" />
        <source>This address is Exchange Online, where Microsoft blocks EWS since 1 October 2026 and switches it off on 1 April 2027: choose Exchange Online (Microsoft Graph).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="declared_strings.py" line="426" />
        <source>This closing parenthesis has no opening one.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="declared_strings.py" line="427" />
        <source>This document is far larger once opened than a letter can be (it may be built to exhaust the computer): it was not opened.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="declared_strings.py" line="428" />
        <source>This document nests its parts deeper than any word processor writes (it may be built to exhaust the computer): it was not opened.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="declared_strings.py" line="429" />
        <source>This e-mail is {status_label}: it can no longer be changed.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="declared_strings.py" line="430" />
        <source>This file is not a Word document (.docx) the letter can read. Save it as .docx in Word and try again.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="declared_strings.py" line="431" />
        <source>This file is not an Outlook message (.msg).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="declared_strings.py" line="432" />
        <source>This file is not an e-mail with a sender.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="declared_strings.py" line="433" />
        <source>This note is private to {author}.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="declared_strings.py" line="434" />
        <source>This parenthesis is not closed.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="declared_strings.py" line="435" />
        <source>This phase is already part of the sales process.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="declared_strings.py" line="436" />
        <source>This phase is not a phase of the sales process {code}.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="declared_strings.py" line="437" />
        <source>This reference was created by the system and cannot be deleted.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="declared_strings.py" line="438" />
        <source>This reference was created by the system: only its remark can be changed.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="declared_strings.py" line="439" />
        <source>This text has no closing double quote.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="declared_strings.py" line="440" />
        <source>Time-out (seconds)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="declared_strings.py" line="441" />
        <source>To synchronize, every attendee needs an e-mail address.</source>
        <oldsource>To synchronise, every attendee needs an e-mail address.</oldsource>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="declared_strings.py" line="442" />
        <source>To synchronize, invite at least one attendee besides the organizer.</source>
        <oldsource>To synchronise, invite at least one attendee besides the organizer.</oldsource>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="declared_strings.py" line="443" />
        <source>To synchronize, the activity needs a meeting organizer.</source>
        <oldsource>To synchronise, the activity needs a meeting organizer.</oldsource>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="declared_strings.py" line="444" />
        <source>Today's date</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="declared_strings.py" line="445" />
        <source>Token address (OAuth 2)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="declared_strings.py" line="446" />
        <source>Total</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="declared_strings.py" line="447" />
        <source>Turnover last year</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="declared_strings.py" line="448" />
        <source>Turnover of the current year</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="declared_strings.py" line="449" />
        <source>Turnover of the previous year</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="declared_strings.py" line="450" />
        <source>Turnover this year</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="declared_strings.py" line="451" />
        <source>Type</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="declared_strings.py" line="452" />
        <source>Type the name and e-mail of the other attendee.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="declared_strings.py" line="453" />
        <source>Unassigned: the partner has no external sales representative.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="declared_strings.py" line="454" />
        <source>Unassigned: the partner has no internal sales representative.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="declared_strings.py" line="455" />
        <source>Unexpected character {char}.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="declared_strings.py" line="456" />
        <source>Unexpected {found}.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="declared_strings.py" line="457" />
        <source>Unexpected {found}: an operator such as and, or, = is missing.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="declared_strings.py" line="458" />
        <source>Unit</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="declared_strings.py" line="459" />
        <source>Unknown attribute {code}.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="declared_strings.py" line="460" />
        <source>Unknown attribute {code}. Did you mean {suggestion}?</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="declared_strings.py" line="461" />
        <source>Unknown field {name}.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="declared_strings.py" line="462" />
        <source>Unknown field {name}. Did you mean {suggestion}?</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="declared_strings.py" line="463" />
        <source>Unknown function {name}(); use today, date, days, upper, lower or len.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="declared_strings.py" line="464" />
        <source>User</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="declared_strings.py" line="465" />
        <source>VAT number</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="declared_strings.py" line="466" />
        <source>Valid until</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="declared_strings.py" line="467" />
        <source>Validation</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="declared_strings.py" line="468" />
        <source>Validity (days)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="declared_strings.py" line="469" />
        <source>Variables</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="declared_strings.py" line="470" />
        <source>Website</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="declared_strings.py" line="471" />
        <source>Would delete {codes}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="declared_strings.py" line="472" />
        <source>Would delete {codes}; kept {kept} (done).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="declared_strings.py" line="473" />
        <source>Write each value as FIELD=VALUE: {text}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="declared_strings.py" line="474" />
        <source>You may not write to {path}: choose another place.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="declared_strings.py" line="475" />
        <source>Your company's name</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="declared_strings.py" line="476" />
        <source>Your name</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="declared_strings.py" line="477" />
        <source>[ opens an attribute: [R, code].</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="declared_strings.py" line="478" />
        <source>a condition</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="declared_strings.py" line="479" />
        <source>a date</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="declared_strings.py" line="480" />
        <source>a number</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="declared_strings.py" line="481" />
        <source>attribute() takes an attribute code in double quotes.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="declared_strings.py" line="482" />
        <source>date() takes numbers written in the expression.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="declared_strings.py" line="483" />
        <source>embedded object</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="declared_strings.py" line="484" />
        <source>endnote</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="declared_strings.py" line="485" />
        <source>equation</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="declared_strings.py" line="486" />
        <source>footnote</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="declared_strings.py" line="487" />
        <source>link to a place in the document</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="declared_strings.py" line="488" />
        <source>merged cells</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="declared_strings.py" line="489" />
        <source>page footer</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="declared_strings.py" line="490" />
        <source>page header</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="declared_strings.py" line="491" />
        <source>section break (the letter has one page layout)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="declared_strings.py" line="492" />
        <source>shape</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="declared_strings.py" line="493" />
        <source>table inside a table</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="declared_strings.py" line="494" />
        <source>text</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="declared_strings.py" line="495" />
        <source>text box</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="declared_strings.py" line="496" />
        <source>{address} is not a database address. Give a PostgreSQL address (postgresql://user@server/crm) or the path of a SQLite file.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="declared_strings.py" line="497" />
        <source>{code} is already attached.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="declared_strings.py" line="498" />
        <source>{code} is not a list values can be chosen from; use one of {codes}.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="declared_strings.py" line="499" />
        <source>{count} attribute(s) added</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="declared_strings.py" line="500" />
        <source>{count} attribute(s) would be added</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="declared_strings.py" line="501" />
        <source>{count} completed activities were kept: Open activities only leaves what was done as history. Untick it to delete them too.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="declared_strings.py" line="502" />
        <source>{count} documents in {folder} would be replaced ({names}). Replace them?</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="declared_strings.py" line="503" />
        <source>{count} of these records already have an activity from template {template_code} ({records}). Create another one for each of them?</source>
        <oldsource>{count} of these records already have an activity from template {template_code}. Create another one for each of them?</oldsource>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="declared_strings.py" line="504" />
        <source>{count} price(s)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="declared_strings.py" line="505" />
        <source>{entity_label} {code} already exists; choose another code.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="declared_strings.py" line="506" />
        <source>{entity_label} {code} cannot be deleted: other records use it ({uses}).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="declared_strings.py" line="507" />
        <source>{entity_label} {code} does not exist.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="declared_strings.py" line="508" />
        <source>{entity_label} {code} is still used by other records and cannot be deleted.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="declared_strings.py" line="509" />
        <source>{entity_label} {record} does not exist any more.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="declared_strings.py" line="510" />
        <source>{entity_label} {record} was changed by {changed_by} after you opened it. Your changes were not saved: reload the record to see theirs.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="declared_strings.py" line="511" />
        <source>{entity_label} {record} was deleted by another user. Your changes were not saved.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="declared_strings.py" line="512" />
        <source>{entity} has no field {field}.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="declared_strings.py" line="513" />
        <source>{field_label} is required.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="declared_strings.py" line="514" />
        <source>{field_label} is too large: at most {digits} digits before the decimal point.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="declared_strings.py" line="515" />
        <source>{field_label} may hold at most {length} characters; shorten it.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="declared_strings.py" line="516" />
        <source>{file} is open in another program (Excel or Word?) or read-only: close it there and try again.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="declared_strings.py" line="517" />
        <source>{file} would make the e-mail {total} bytes, over the limit of {limit} bytes.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="declared_strings.py" line="518" />
        <source>{kind} databases are not supported. Use PostgreSQL (postgresql://user@server/crm) or a SQLite file.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="declared_strings.py" line="519" />
        <source>{label} needs a code from {list_label}.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="declared_strings.py" line="520" />
        <source>{label} takes at most {length} characters.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="declared_strings.py" line="521" />
        <source>{label} takes at most {length} digits.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="declared_strings.py" line="522" />
        <source>{label} takes whole numbers.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="declared_strings.py" line="523" />
        <source>{name} already exists in {folder}. Replace it?</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="declared_strings.py" line="524" />
        <source>{name} has opted out and cannot be invited.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="declared_strings.py" line="525" />
        <source>{name} is not a field: put text in double quotes, "{name}".</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="declared_strings.py" line="526" />
        <source>{name}() takes ({types}).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="declared_strings.py" line="527" />
        <source>{op} needs {wanted_label}, not {found_label}.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="declared_strings.py" line="528" />
        <source>{path} could not be written: check the disk and the place, then run again.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="declared_strings.py" line="529" />
        <source>{path} is a file where a folder is needed: choose another place.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="declared_strings.py" line="530" />
        <source>{path} is a file: a document per recipient needs a folder.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="declared_strings.py" line="531" />
        <source>{path} is a folder: choose a file name in it.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="declared_strings.py" line="532" />
        <source>{path} is on a read-only disk: choose another place.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="declared_strings.py" line="533" />
        <source>{path} is open in another program: close it and run again.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="declared_strings.py" line="534" />
        <source>{path} is read-only: choose another name.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="declared_strings.py" line="535" />
        <source>{sender} is not an active Exchange synchronization user: e-mails leave from the mailboxes of those users.</source>
        <oldsource>{sender} is not an active Exchange synchronisation user: e-mails leave from the mailboxes of those users.</oldsource>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="declared_strings.py" line="536" />
        <source>{status_label} is not a status of a {type_label}.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="declared_strings.py" line="537" />
        <source>{value} is not a number.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="declared_strings.py" line="538" />
        <source>{value} is not a valid date.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="declared_strings.py" line="539" />
        <source>{value} is not a valid time (HHMM).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="declared_strings.py" line="540" />
        <source>{value} is not a value of {field}.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="declared_strings.py" line="541" />
        <source>{value} is not an e-mail address.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="declared_strings.py" line="542" />
        <source>{value} is not an option of {label}: choose one of {options}.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="declared_strings.py" line="543" />
        <source>{value} is not in {list_label}; press F2 to choose.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="declared_strings.py" line="544" />
        <source>{value} is not one of: {choices}.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="declared_strings.py" line="545" />
        <source>{where} cannot be opened. Check that the file is readable and not locked.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="declared_strings.py" line="546" />
        <source>{where} holds tables that are not a CRM database. Choose an empty database or a CRM one.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="declared_strings.py" line="547" />
        <source>{where} is not a CRM database (it may be damaged). Choose another database file or restore a backup.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="declared_strings.py" line="548" />
        <source>{where} was written by a newer version of the CRM (schema {revision}). Install the newer application to open it.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="declared_strings.py" line="549" />
        <source>«{name}» (closest: {closest})</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="declared_strings.py" line="551" />
        <source>“{value}” is not a country this import knows: use its two-letter code (FR, BE, DE...).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="declared_strings.py" line="552" />
        <source>“{value}” is not a date.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="declared_strings.py" line="553" />
        <source>“{value}” is not a number.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="declared_strings.py" line="555" />
        <source>“{value}” is not one of: {choices}.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="declared_strings.py" line="550" />
        <source>“{value}” is neither yes nor no.</source>
        <oldsource>“{value}” is not a partner status.</oldsource>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="declared_strings.py" line="211" />
        <source>Map a column to {fields}.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="declared_strings.py" line="218" />
        <source>Microsoft 365 refused access to the calendar of {mailbox}: the sign-in needs the delegated permission {permission}, with consent.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="declared_strings.py" line="219" />
        <source>Microsoft 365 refused access to the tasks of {mailbox}: the sign-in needs the delegated permission {permission}, with consent.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="declared_strings.py" line="220" />
        <source>Microsoft 365 refused access.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="declared_strings.py" line="221" />
        <source>Microsoft 365 refused the application the calendar of {mailbox}: grant it the application permission {permission} with admin consent, and let it reach this mailbox (application access policy or RBAC for Applications).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="declared_strings.py" line="222" />
        <source>Microsoft 365 refused the application the tasks of {mailbox}: grant it the application permission {permission} with admin consent, or synchronize calendars only.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="declared_strings.py" line="554" />
        <source>“{value}” is not a phone number.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>entity</name>
    <message>
        <location filename="../../desktop/views/opportunities/draft_items.py" line="92" />
        <source>Item by opportunity</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="declared_strings.py" line="556" />
        <source>Activity</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="declared_strings.py" line="557" />
        <source>Activity template</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="declared_strings.py" line="558" />
        <source>Attachment</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="declared_strings.py" line="559" />
        <source>Attendee</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="declared_strings.py" line="560" />
        <source>Attribute</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="declared_strings.py" line="561" />
        <source>Attribute by attribute set</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="declared_strings.py" line="562" />
        <source>Attribute option</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="declared_strings.py" line="563" />
        <source>Attribute set</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="declared_strings.py" line="564" />
        <source>Attribute value</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="declared_strings.py" line="565" />
        <source>Business partner</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="declared_strings.py" line="566" />
        <source>Buyer role</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="declared_strings.py" line="567" />
        <source>COM parameters</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="declared_strings.py" line="568" />
        <source>CRM parameters</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="declared_strings.py" line="569" />
        <source>Contact</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="declared_strings.py" line="570" />
        <source>Contact by opportunity</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="declared_strings.py" line="571" />
        <source>Default attribute set by role</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="declared_strings.py" line="572" />
        <source>Defaults by user</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="declared_strings.py" line="573" />
        <source>Employee</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="declared_strings.py" line="574" />
        <source>Exchange synchronization settings</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="declared_strings.py" line="575" />
        <source>Exchange synchronization user</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="declared_strings.py" line="576" />
        <source>Item</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="declared_strings.py" line="577" />
        <source>Letter</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="declared_strings.py" line="578" />
        <source>Note</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="declared_strings.py" line="579" />
        <source>Number series</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="declared_strings.py" line="580" />
        <source>Opportunity</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="declared_strings.py" line="581" />
        <source>Opportunity item</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="declared_strings.py" line="582" />
        <source>Opportunity source</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="declared_strings.py" line="583" />
        <source>Opportunity type</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="declared_strings.py" line="584" />
        <source>Phase</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="declared_strings.py" line="585" />
        <source>Phase by sales process</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="declared_strings.py" line="586" />
        <source>Quotation line</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="declared_strings.py" line="587" />
        <source>Quotation parameters</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="declared_strings.py" line="588" />
        <source>Reason</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="declared_strings.py" line="589" />
        <source>Recipient</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="declared_strings.py" line="590" />
        <source>Record</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="declared_strings.py" line="591" />
        <source>Reference by activity</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="declared_strings.py" line="592" />
        <source>Reference by opportunity</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="declared_strings.py" line="593" />
        <source>Report</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="declared_strings.py" line="594" />
        <source>Report layout line</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="declared_strings.py" line="595" />
        <source>Sales office</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="declared_strings.py" line="596" />
        <source>Sales order type</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="declared_strings.py" line="597" />
        <source>Sales process</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="declared_strings.py" line="598" />
        <source>Sales quotation</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="declared_strings.py" line="599" />
        <source>Sales user profile</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="declared_strings.py" line="600" />
        <source>Selection</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>enum</name>
    <message>
        <location filename="declared_strings.py" line="601" />
        <source>Accepted</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="declared_strings.py" line="602" />
        <source>Active</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="declared_strings.py" line="603" />
        <source>Activity</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="declared_strings.py" line="604" />
        <source>Alphanumeric</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="declared_strings.py" line="605" />
        <source>Application, certificate</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="declared_strings.py" line="606" />
        <source>Application, client secret</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="declared_strings.py" line="607" />
        <source>Appointment</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="declared_strings.py" line="608" />
        <source>Approved</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="declared_strings.py" line="609" />
        <source>Assignment</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="declared_strings.py" line="610" />
        <source>Basic</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="declared_strings.py" line="611" />
        <source>Bcc</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="declared_strings.py" line="612" />
        <source>Budget</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="declared_strings.py" line="613" />
        <source>Business Partner</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="declared_strings.py" line="614" />
        <source>Busy</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="declared_strings.py" line="615" />
        <source>Buy-from</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="declared_strings.py" line="616" />
        <source>Call</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="declared_strings.py" line="617" />
        <source>Canceled</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="declared_strings.py" line="618" />
        <source>Cc</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="declared_strings.py" line="619" />
        <source>Center</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="declared_strings.py" line="620" />
        <source>Completed</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="declared_strings.py" line="621" />
        <source>Contact</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="declared_strings.py" line="622" />
        <source>Create or Update</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="declared_strings.py" line="623" />
        <source>Created</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="declared_strings.py" line="624" />
        <source>Date</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="declared_strings.py" line="625" />
        <source>Days</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="declared_strings.py" line="626" />
        <source>Dead</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="declared_strings.py" line="627" />
        <source>Declined</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="declared_strings.py" line="628" />
        <source>Deferred</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="declared_strings.py" line="629" />
        <source>Delegate</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="declared_strings.py" line="630" />
        <source>Delete</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="declared_strings.py" line="631" />
        <source>Deleted</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="declared_strings.py" line="632" />
        <source>Do Not Assign</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="declared_strings.py" line="633" />
        <source>Double</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="declared_strings.py" line="634" />
        <source>Draft</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="declared_strings.py" line="635" />
        <source>E-mail</source>
        <oldsource>Email</oldsource>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="declared_strings.py" line="636" />
        <source>Employee</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="declared_strings.py" line="637" />
        <source>Error</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="declared_strings.py" line="640" />
        <source>External Sales Representative</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="declared_strings.py" line="641" />
        <source>First Name</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="declared_strings.py" line="642" />
        <source>First and Last Name</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="declared_strings.py" line="643" />
        <source>Flexible Printing</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="declared_strings.py" line="644" />
        <source>Free</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="declared_strings.py" line="645" />
        <source>From</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="declared_strings.py" line="646" />
        <source>General</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="declared_strings.py" line="647" />
        <source>Global Addition of Activities</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="declared_strings.py" line="648" />
        <source>Global Addition of Attributes</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="declared_strings.py" line="649" />
        <source>Global Deletion of Activities</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="declared_strings.py" line="650" />
        <source>Held</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="declared_strings.py" line="651" />
        <source>High</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="declared_strings.py" line="652" />
        <source>Hours</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="declared_strings.py" line="653" />
        <source>Impersonation</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="declared_strings.py" line="654" />
        <source>In Process</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="declared_strings.py" line="655" />
        <source>Inactive</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="declared_strings.py" line="656" />
        <source>Inbound</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="declared_strings.py" line="657" />
        <source>Integer</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="declared_strings.py" line="658" />
        <source>Internal Sales Representative</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="declared_strings.py" line="659" />
        <source>Invoice-from</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="declared_strings.py" line="660" />
        <source>Invoice-to</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="declared_strings.py" line="661" />
        <source>Item</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="declared_strings.py" line="662" />
        <source>Left</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="declared_strings.py" line="663" />
        <source>Lost</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="declared_strings.py" line="664" />
        <source>Low</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="declared_strings.py" line="665" />
        <source>Lower</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="declared_strings.py" line="666" />
        <source>Mail Merge</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="declared_strings.py" line="667" />
        <source>Mailing</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="declared_strings.py" line="668" />
        <source>Maintenance Sales Order</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="declared_strings.py" line="669" />
        <source>Maintenance Sales Quotation</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="declared_strings.py" line="670" />
        <source>Mandatory</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="declared_strings.py" line="671" />
        <source>Mandatory Unless Empty</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="declared_strings.py" line="672" />
        <source>Manual</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="declared_strings.py" line="673" />
        <source>Meeting Organizer</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="declared_strings.py" line="638" />
        <source>Exchange Online (Microsoft Graph)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="declared_strings.py" line="639" />
        <source>Exchange Server (EWS)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="declared_strings.py" line="674" />
        <source>Minutes</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="declared_strings.py" line="675" />
        <source>Miscellaneous</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="declared_strings.py" line="676" />
        <source>My own mailbox (sign-in)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="declared_strings.py" line="677" />
        <source>NTLM</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="declared_strings.py" line="678" />
        <source>No</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="declared_strings.py" line="679" />
        <source>None</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="declared_strings.py" line="680" />
        <source>Normal</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="declared_strings.py" line="681" />
        <source>Not Applicable</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="declared_strings.py" line="682" />
        <source>Not Held</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="declared_strings.py" line="683" />
        <source>Not Mandatory</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="declared_strings.py" line="684" />
        <source>Not Specified</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="declared_strings.py" line="685" />
        <source>Not Started</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="declared_strings.py" line="686" />
        <source>OAuth 2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="declared_strings.py" line="687" />
        <source>Opportunity</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="declared_strings.py" line="688" />
        <source>Option</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="declared_strings.py" line="689" />
        <source>Optional</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="declared_strings.py" line="690" />
        <source>Other</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="declared_strings.py" line="691" />
        <source>Out of Office</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="declared_strings.py" line="692" />
        <source>Outbound</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="declared_strings.py" line="693" />
        <source>Pay-by</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="declared_strings.py" line="694" />
        <source>Pay-to</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="declared_strings.py" line="695" />
        <source>Planned</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="declared_strings.py" line="696" />
        <source>Preliminary</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="declared_strings.py" line="697" />
        <source>Printed</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="declared_strings.py" line="698" />
        <source>Processed</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="declared_strings.py" line="699" />
        <source>Project</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="declared_strings.py" line="700" />
        <source>Project (PCS)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="declared_strings.py" line="701" />
        <source>Project Contract</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="declared_strings.py" line="702" />
        <source>Prospect</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="declared_strings.py" line="703" />
        <source>Purchase Order</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="declared_strings.py" line="704" />
        <source>Recalculate Opportunity Prices</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="declared_strings.py" line="705" />
        <source>Received</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="declared_strings.py" line="706" />
        <source>Request for Quotation</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="declared_strings.py" line="707" />
        <source>Required</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="declared_strings.py" line="708" />
        <source>Resource</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="declared_strings.py" line="709" />
        <source>Right</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="declared_strings.py" line="710" />
        <source>Sales Contract</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="declared_strings.py" line="711" />
        <source>Sales Order</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="declared_strings.py" line="712" />
        <source>Sales Quotation</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="declared_strings.py" line="713" />
        <source>Send E-mail</source>
        <oldsource>Send Email</oldsource>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="declared_strings.py" line="714" />
        <source>Sent</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="declared_strings.py" line="715" />
        <source>Service Call</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="declared_strings.py" line="716" />
        <source>Service Contract</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="declared_strings.py" line="717" />
        <source>Service Contract Quotation</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="declared_strings.py" line="718" />
        <source>Service Order</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="declared_strings.py" line="719" />
        <source>Service Order Quotation</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="declared_strings.py" line="720" />
        <source>Service Work Order</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="declared_strings.py" line="721" />
        <source>Ship-from</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="declared_strings.py" line="722" />
        <source>Ship-to</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="declared_strings.py" line="723" />
        <source>Simulate</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="declared_strings.py" line="724" />
        <source>Skipped (already present)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="declared_strings.py" line="725" />
        <source>Skipped (filter)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="declared_strings.py" line="726" />
        <source>Skipped (selection false)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="declared_strings.py" line="727" />
        <source>Sold-to</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="declared_strings.py" line="728" />
        <source>Specific Employee</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="declared_strings.py" line="729" />
        <source>Suspect</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="declared_strings.py" line="730" />
        <source>Task</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="declared_strings.py" line="731" />
        <source>Tentative</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="declared_strings.py" line="732" />
        <source>Text</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="declared_strings.py" line="733" />
        <source>Time</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="declared_strings.py" line="734" />
        <source>To</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="declared_strings.py" line="735" />
        <source>Unchanged</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="declared_strings.py" line="736" />
        <source>Update</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="declared_strings.py" line="737" />
        <source>Updated</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="declared_strings.py" line="738" />
        <source>Upper</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="declared_strings.py" line="739" />
        <source>Waiting on Someone Else</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="declared_strings.py" line="740" />
        <source>Warning</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="declared_strings.py" line="741" />
        <source>Weeks</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="declared_strings.py" line="742" />
        <source>Wide</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="declared_strings.py" line="743" />
        <source>Won</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="declared_strings.py" line="744" />
        <source>Would Create</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="declared_strings.py" line="745" />
        <source>Would Delete</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="declared_strings.py" line="746" />
        <source>Would Update</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>fields</name>
    <message>
        <location filename="../../desktop/views/activities/sessions.py" line="142" />
        <source>New</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/views/activities/sessions.py" line="145" />
        <location filename="declared_strings.py" line="898" />
        <source>Follow up</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/views/shapes/forms.py" line="259" />
        <location filename="declared_strings.py" line="903" />
        <source>General</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/widgets/fields.py" line="118" />
        <source>Type a number.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/widgets/fields.py" line="120" />
        <source>The value must be at least %1.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/widgets/fields.py" line="123" />
        <source>The value must be at most %1.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/widgets/fields.py" line="164" />
        <source>Pick from a calendar</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/widgets/fields.py" line="169" />
        <source>e.g. 03/12/2026 10:00, tomorrow 10:00, +2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/widgets/fields.py" line="170" />
        <source>e.g. 03/12/2026, tomorrow, +2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/widgets/fields.py" line="207" />
        <source>Type a date such as %1.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/widgets/fields.py" line="212" />
        <source>03/12/2026 10:00, tomorrow 10:00 or +2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/widgets/fields.py" line="213" />
        <source>03/12/2026, tomorrow or +2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="declared_strings.py" line="748" />
        <source>A Word document per recipient</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="declared_strings.py" line="749" />
        <source>A field or an attribute (R, CODE) of the report's object; the button beside lists them</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="declared_strings.py" line="750" />
        <source>A grand total at the end; numbers only</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="declared_strings.py" line="751" />
        <source>A new page each time this sorted field changes</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="declared_strings.py" line="752" />
        <source>Access</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="declared_strings.py" line="753" />
        <source>Account manager</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="declared_strings.py" line="754" />
        <source>Active</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="declared_strings.py" line="755" />
        <source>Active contacts only</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="declared_strings.py" line="756" />
        <source>Activities</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="declared_strings.py" line="757" />
        <source>Activity</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="declared_strings.py" line="758" />
        <source>Activity template</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="declared_strings.py" line="759" />
        <source>Activity type</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="declared_strings.py" line="760" />
        <source>Add</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="declared_strings.py" line="761" />
        <source>Add attribute</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="declared_strings.py" line="762" />
        <source>Add attribute set</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="declared_strings.py" line="763" />
        <source>Address</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="declared_strings.py" line="764" />
        <source>Advanced selection</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="declared_strings.py" line="765" />
        <source>Alignment</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="declared_strings.py" line="766" />
        <source>All day</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="declared_strings.py" line="767" />
        <source>All statuses</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="declared_strings.py" line="768" />
        <source>All types</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="declared_strings.py" line="769" />
        <source>Amount</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="declared_strings.py" line="770" />
        <source>Application (client) id</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="declared_strings.py" line="771" />
        <source>Application: one sync for the whole company (admin consent to Calendars.ReadWrite and Tasks.ReadWrite). Own mailbox: each salesperson signs in; no service account</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="declared_strings.py" line="772" />
        <source>Applies to</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="declared_strings.py" line="773" />
        <source>Appointments</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="declared_strings.py" line="774" />
        <source>Appointments for project assignments</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="declared_strings.py" line="775" />
        <source>Appointments for service assignments</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="declared_strings.py" line="776" />
        <source>Assign to</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="declared_strings.py" line="777" />
        <source>Assign to me</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="declared_strings.py" line="778" />
        <source>Assigned to</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="declared_strings.py" line="779" />
        <source>Assigned to me</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="declared_strings.py" line="780" />
        <source>At each change of a sorted field above it; numbers only</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="declared_strings.py" line="781" />
        <source>Attached to every activity created: a survey to fill in</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="declared_strings.py" line="782" />
        <source>Attendance</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="declared_strings.py" line="783" />
        <source>Attendance status</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="declared_strings.py" line="784" />
        <source>Attendee</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="declared_strings.py" line="785" />
        <source>Attribute</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="declared_strings.py" line="786" />
        <source>Attribute by attribute set</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="declared_strings.py" line="787" />
        <source>Attribute set</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="declared_strings.py" line="788" />
        <source>Attributes</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="declared_strings.py" line="789" />
        <source>Authentication</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="declared_strings.py" line="790" />
        <source>Author</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="declared_strings.py" line="791" />
        <source>BP status</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="declared_strings.py" line="792" />
        <source>Base price</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="declared_strings.py" line="793" />
        <source>Browse…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="declared_strings.py" line="794" />
        <source>Business object</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="declared_strings.py" line="795" />
        <source>Business partner</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="declared_strings.py" line="796" />
        <source>Business partners</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="declared_strings.py" line="797" />
        <source>Buyer role</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="declared_strings.py" line="798" />
        <source>CSV file</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="declared_strings.py" line="799" />
        <source>CSV files (*.csv)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="declared_strings.py" line="800" />
        <source>Calendar pull interval</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="declared_strings.py" line="801" />
        <source>Calls</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="declared_strings.py" line="802" />
        <source>Case conversion</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="declared_strings.py" line="803" />
        <source>Category</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="declared_strings.py" line="804" />
        <source>Certificate file</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="declared_strings.py" line="805" />
        <source>Choose a field</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="declared_strings.py" line="806" />
        <source>Choose from the list</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="declared_strings.py" line="807" />
        <source>Chosen from</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="declared_strings.py" line="808" />
        <source>City</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="declared_strings.py" line="809" />
        <source>Close date</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="declared_strings.py" line="810" />
        <source>Code</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="declared_strings.py" line="811" />
        <source>Code of the new letter</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="declared_strings.py" line="812" />
        <source>Code of the new report</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="declared_strings.py" line="813" />
        <source>Code of the new template</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="declared_strings.py" line="814" />
        <source>Column</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="declared_strings.py" line="815" />
        <source>Commas, decimal points (English Excel)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="declared_strings.py" line="816" />
        <source>Communication</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="declared_strings.py" line="817" />
        <source>Company</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="declared_strings.py" line="818" />
        <source>Company name</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="declared_strings.py" line="819" />
        <source>Compile expression</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="declared_strings.py" line="820" />
        <source>Compiled</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="declared_strings.py" line="821" />
        <source>Completed</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="declared_strings.py" line="822" />
        <source>Connection</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="declared_strings.py" line="823" />
        <source>Contact</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="declared_strings.py" line="824" />
        <source>Contact by opportunity</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="declared_strings.py" line="825" />
        <source>Contact pull interval</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="declared_strings.py" line="826" />
        <source>Contact unit</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="declared_strings.py" line="827" />
        <source>Contacts</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="declared_strings.py" line="828" />
        <source>Contacts and activities</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="declared_strings.py" line="829" />
        <source>Copy letter</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="declared_strings.py" line="830" />
        <source>Copy report</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="declared_strings.py" line="831" />
        <source>Copy template</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="declared_strings.py" line="832" />
        <source>Country</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="declared_strings.py" line="833" />
        <source>Credit limit</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="declared_strings.py" line="834" />
        <source>Currency</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="declared_strings.py" line="835" />
        <source>Data file for a word processor (CSV)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="declared_strings.py" line="836" />
        <source>Date</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="declared_strings.py" line="837" />
        <source>Days from the run to the due date or the start</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="declared_strings.py" line="838" />
        <source>Default</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="declared_strings.py" line="839" />
        <source>Default attribute sets</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="declared_strings.py" line="840" />
        <source>Default opportunity type</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="declared_strings.py" line="841" />
        <source>Default order type</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="declared_strings.py" line="842" />
        <source>Default origin</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="declared_strings.py" line="843" />
        <source>Default sales office</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="declared_strings.py" line="844" />
        <source>Default sales process</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="declared_strings.py" line="845" />
        <source>Default tax rate %</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="declared_strings.py" line="846" />
        <source>Description</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="declared_strings.py" line="847" />
        <source>Digits</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="declared_strings.py" line="848" />
        <source>Direction</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="declared_strings.py" line="849" />
        <source>Discount %</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="declared_strings.py" line="850" />
        <source>Discount amount</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="declared_strings.py" line="851" />
        <source>Do not call</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="declared_strings.py" line="852" />
        <source>Due</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="declared_strings.py" line="853" />
        <source>Due after (days)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="declared_strings.py" line="854" />
        <source>Due date</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="declared_strings.py" line="855" />
        <source>Duration (hours)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="declared_strings.py" line="856" />
        <source>Duration (minutes)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="declared_strings.py" line="857" />
        <source>E-mail</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="declared_strings.py" line="858" />
        <source>E-mail (other)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="declared_strings.py" line="859" />
        <source>E-mail address</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="declared_strings.py" line="860" />
        <source>E-mails</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="declared_strings.py" line="861" />
        <source>Effective date</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="declared_strings.py" line="862" />
        <source>Element</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="declared_strings.py" line="863" />
        <source>Employee</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="declared_strings.py" line="864" />
        <source>Empty: Microsoft's address for the tenant</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="declared_strings.py" line="865" />
        <source>Empty: https://graph.microsoft.com/v1.0 (national clouds differ)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="declared_strings.py" line="866" />
        <source>Empty: https://login.microsoftonline.com</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="declared_strings.py" line="867" />
        <source>Empty: numbered from the COM parameters</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="declared_strings.py" line="868" />
        <source>Empty: numbered from the CRM parameters</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="declared_strings.py" line="869" />
        <source>Empty: the default rate of the quotation parameters</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="declared_strings.py" line="870" />
        <source>Empty: the first 16 characters of the label</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="declared_strings.py" line="871" />
        <source>Empty: the item's price</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="declared_strings.py" line="872" />
        <source>Empty: the item's price at the expected close date</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="declared_strings.py" line="873" />
        <source>Empty: the item's sales unit</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="declared_strings.py" line="874" />
        <source>End</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="declared_strings.py" line="875" />
        <source>End date</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="declared_strings.py" line="876" />
        <source>English</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="declared_strings.py" line="877" />
        <source>Exactly as the mailbox spells it, letter case included</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="declared_strings.py" line="878" />
        <source>Excel workbook (XLSX)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="declared_strings.py" line="879" />
        <source>Excel workbooks (*.xlsx)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="declared_strings.py" line="880" />
        <source>Exchange Server on premises: EWS. Exchange Online (Microsoft 365): Microsoft Graph</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="declared_strings.py" line="881" />
        <source>Expected close date</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="declared_strings.py" line="882" />
        <source>Expected close from</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="declared_strings.py" line="883" />
        <source>Expected close to</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="declared_strings.py" line="884" />
        <source>Expected revenue</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="declared_strings.py" line="885" />
        <source>Expected revenue = total of the selected items (%1)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="declared_strings.py" line="886" />
        <source>Expiry date</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="declared_strings.py" line="887" />
        <source>Export</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="declared_strings.py" line="888" />
        <source>Export to Word</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="declared_strings.py" line="889" />
        <source>Expression</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="declared_strings.py" line="890" />
        <source>External sales rep</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="declared_strings.py" line="891" />
        <source>Field</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="declared_strings.py" line="892" />
        <source>Fields</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="declared_strings.py" line="893" />
        <source>File</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="declared_strings.py" line="894" />
        <source>File name</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="declared_strings.py" line="895" />
        <source>First contact</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="declared_strings.py" line="896" />
        <source>First name</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="declared_strings.py" line="900" />
        <source>From</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="declared_strings.py" line="901" />
        <source>Full name</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="declared_strings.py" line="902" />
        <source>Full name (other)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="declared_strings.py" line="904" />
        <source>General information</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="declared_strings.py" line="905" />
        <source>Generate quotation</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="declared_strings.py" line="906" />
        <source>Graph address</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="declared_strings.py" line="907" />
        <source>Heading</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="declared_strings.py" line="908" />
        <source>Home currency</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="declared_strings.py" line="909" />
        <source>Impersonation: a service account acts for every sync user</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="declared_strings.py" line="910" />
        <source>Import from Word</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="declared_strings.py" line="911" />
        <source>Include in forecast</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="declared_strings.py" line="912" />
        <source>Information</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="declared_strings.py" line="913" />
        <source>Initials</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="declared_strings.py" line="914" />
        <source>Initials based on</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="declared_strings.py" line="915" />
        <source>Internal sales rep</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="declared_strings.py" line="916" />
        <source>Invite</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="declared_strings.py" line="917" />
        <source>Item</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="declared_strings.py" line="918" />
        <source>Item line</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="declared_strings.py" line="919" />
        <source>Item total: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="declared_strings.py" line="920" />
        <source>Job title</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="declared_strings.py" line="922" />
        <source>Kind</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="declared_strings.py" line="923" />
        <source>Label</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="declared_strings.py" line="924" />
        <source>Language</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="declared_strings.py" line="925" />
        <source>Last activity</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="declared_strings.py" line="926" />
        <source>Last name</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="declared_strings.py" line="927" />
        <source>Last synchronization</source>
        <oldsource>Last synchronisation</oldsource>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="declared_strings.py" line="928" />
        <source>Layout</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="declared_strings.py" line="929" />
        <source>Leave the activities already done (held, completed ...)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="declared_strings.py" line="930" />
        <source>Length</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="declared_strings.py" line="931" />
        <source>Letter</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="declared_strings.py" line="932" />
        <source>Line</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="declared_strings.py" line="933" />
        <source>Links</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="declared_strings.py" line="934" />
        <source>Location</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="declared_strings.py" line="935" />
        <source>Log mailing as activity</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="declared_strings.py" line="936" />
        <source>Mail merge writes the merged data to a file for a word processor instead of printing letters (BR-LET-05).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="declared_strings.py" line="937" />
        <source>Mailbox</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="declared_strings.py" line="938" />
        <source>Mailings</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="declared_strings.py" line="939" />
        <source>Mandatory project peg</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="declared_strings.py" line="940" />
        <source>Manual price</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="declared_strings.py" line="941" />
        <source>Maximum e-mail size (bytes)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="declared_strings.py" line="942" />
        <source>Mobile phone</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="declared_strings.py" line="943" />
        <source>Mobile phone is primary</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="declared_strings.py" line="944" />
        <source>Mode</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="declared_strings.py" line="945" />
        <source>Modified</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="declared_strings.py" line="946" />
        <source>Name</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="declared_strings.py" line="947" />
        <source>Name (other)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="declared_strings.py" line="948" />
        <source>New page</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="declared_strings.py" line="949" />
        <source>Next number</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="declared_strings.py" line="950" />
        <source>Normal: portrait; Wide: landscape</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="declared_strings.py" line="951" />
        <source>Note</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="declared_strings.py" line="952" />
        <source>Number series</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="declared_strings.py" line="953" />
        <source>Numbered from the COM parameters when saved</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="declared_strings.py" line="954" />
        <source>OAuth 2: the application (client) id</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="declared_strings.py" line="955" />
        <source>Off: calendars only, for an application granted no Tasks permission</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="declared_strings.py" line="956" />
        <source>Office phone</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="declared_strings.py" line="957" />
        <source>Office phone is primary</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="declared_strings.py" line="958" />
        <source>One PDF document</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="declared_strings.py" line="959" />
        <source>One Word document (a letter per page)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="declared_strings.py" line="960" />
        <source>Only my customers</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="declared_strings.py" line="961" />
        <source>Open activities only</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="declared_strings.py" line="962" />
        <source>Open balance</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="declared_strings.py" line="963" />
        <source>Open only</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="declared_strings.py" line="964" />
        <source>Open pipeline</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="declared_strings.py" line="965" />
        <source>Operation</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="declared_strings.py" line="966" />
        <source>Opportunities</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="declared_strings.py" line="967" />
        <source>Opportunity</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="declared_strings.py" line="968" />
        <source>Opportunity from</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="declared_strings.py" line="969" />
        <source>Opportunity number series</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="declared_strings.py" line="970" />
        <source>Opportunity to</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="declared_strings.py" line="971" />
        <source>Opportunity type</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="declared_strings.py" line="972" />
        <source>Opted out</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="declared_strings.py" line="973" />
        <source>Option</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="declared_strings.py" line="974" />
        <source>Ordered qty</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="declared_strings.py" line="975" />
        <source>Organizer</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="declared_strings.py" line="976" />
        <source>Orientation</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="declared_strings.py" line="977" />
        <source>Origin</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="declared_strings.py" line="978" />
        <source>Outlook category imported</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="declared_strings.py" line="979" />
        <source>Outlook items with this category become activities</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="declared_strings.py" line="980" />
        <source>Output</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="declared_strings.py" line="981" />
        <source>Overdue amount</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="declared_strings.py" line="982" />
        <source>PDF document</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="declared_strings.py" line="983" />
        <source>PDF documents (*.pdf)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="declared_strings.py" line="985" />
        <source>Path for attachments</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="declared_strings.py" line="986" />
        <source>Phase</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="declared_strings.py" line="987" />
        <source>Phone</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="declared_strings.py" line="988" />
        <source>Planning</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="declared_strings.py" line="989" />
        <source>Position</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="declared_strings.py" line="990" />
        <source>Postal code</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="declared_strings.py" line="991" />
        <source>Prefix</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="declared_strings.py" line="992" />
        <source>Prefix (van, de)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="declared_strings.py" line="993" />
        <source>Preview</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="declared_strings.py" line="1025" />
        <source>Result</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="declared_strings.py" line="1028" />
        <source>Run</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="declared_strings.py" line="1035" />
        <source>Save as PDF…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="declared_strings.py" line="1036" />
        <source>Save as Word…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="declared_strings.py" line="1046" />
        <source>Send by e-mail</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="declared_strings.py" line="994" />
        <source>Price</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="declared_strings.py" line="747" />
        <source>A PEM file with the certificate and its private key</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="declared_strings.py" line="897" />
        <source>Folder</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="declared_strings.py" line="899" />
        <source>French</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="declared_strings.py" line="921" />
        <source>Kept in the system keyring; leave empty to keep the saved one. OAuth 2 and Graph: the client secret, or the certificate's passphrase</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="declared_strings.py" line="984" />
        <source>Password or secret</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="declared_strings.py" line="995" />
        <source>Price origin</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="declared_strings.py" line="996" />
        <source>Primary</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="declared_strings.py" line="997" />
        <source>Primary contact</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="declared_strings.py" line="998" />
        <source>Primary contact of the partner</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="declared_strings.py" line="999" />
        <source>Print the selection text</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="declared_strings.py" line="1000" />
        <source>Printer</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="declared_strings.py" line="1001" />
        <source>Printing</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="declared_strings.py" line="1002" />
        <source>Print…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="declared_strings.py" line="1003" />
        <source>Priority</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="declared_strings.py" line="1004" />
        <source>Private</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="declared_strings.py" line="1005" />
        <source>Private (visible to me only)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="declared_strings.py" line="1006" />
        <source>Probability</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="declared_strings.py" line="1007" />
        <source>Probability %</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="declared_strings.py" line="1008" />
        <source>Project peg</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="declared_strings.py" line="1009" />
        <source>Protocol</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="declared_strings.py" line="1010" />
        <source>Push notifications</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="declared_strings.py" line="1011" />
        <source>Quotation</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="declared_strings.py" line="1012" />
        <source>Quotation line</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="declared_strings.py" line="1013" />
        <source>Quotation number series</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="declared_strings.py" line="1014" />
        <source>Quotation series</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="declared_strings.py" line="1015" />
        <source>Reason</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="declared_strings.py" line="1016" />
        <source>Recalculate prices</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="declared_strings.py" line="1017" />
        <source>Recipient</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="declared_strings.py" line="1018" />
        <source>Record</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="declared_strings.py" line="1019" />
        <source>Reference</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="declared_strings.py" line="1020" />
        <source>Remark</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="declared_strings.py" line="1021" />
        <source>Remind at</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="declared_strings.py" line="1022" />
        <source>Reminder</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="declared_strings.py" line="1023" />
        <source>Reminder before</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="declared_strings.py" line="1024" />
        <source>Report</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="declared_strings.py" line="1026" />
        <source>Revenue and dates</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="declared_strings.py" line="1027" />
        <source>Role</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="declared_strings.py" line="1029" />
        <source>Sales</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="declared_strings.py" line="1030" />
        <source>Sales office</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="declared_strings.py" line="1031" />
        <source>Sales process</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="declared_strings.py" line="1032" />
        <source>Sales quotations</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="declared_strings.py" line="1033" />
        <source>Sales unit</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="declared_strings.py" line="1034" />
        <source>Salutation</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="declared_strings.py" line="1037" />
        <source>Schedule</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="declared_strings.py" line="1038" />
        <source>Search key</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="declared_strings.py" line="1039" />
        <source>Select</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="declared_strings.py" line="1040" />
        <source>Select all</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="declared_strings.py" line="1041" />
        <source>Select none</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="declared_strings.py" line="1042" />
        <source>Selected records: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="declared_strings.py" line="1043" />
        <source>Selection</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="declared_strings.py" line="1044" />
        <source>Semicolons, decimal commas (French Excel)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="declared_strings.py" line="1045" />
        <source>Send</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="declared_strings.py" line="1047" />
        <source>Sent / received</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="declared_strings.py" line="1048" />
        <source>Separator</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="declared_strings.py" line="1049" />
        <source>Sequence</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="declared_strings.py" line="1050" />
        <source>Server version</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="declared_strings.py" line="1051" />
        <source>Service account</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="declared_strings.py" line="1052" />
        <source>Service address</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="declared_strings.py" line="1053" />
        <source>Show time as</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="declared_strings.py" line="1054" />
        <source>Sign-in</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="declared_strings.py" line="1055" />
        <source>Sign-in authority</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="declared_strings.py" line="1056" />
        <source>Signed in as</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="declared_strings.py" line="1057" />
        <source>Size</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="declared_strings.py" line="1058" />
        <source>Size (bytes)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="declared_strings.py" line="1059" />
        <source>Sold-to business partner</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="declared_strings.py" line="1060" />
        <source>Sort</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="declared_strings.py" line="1061" />
        <source>Sorting and totals</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="declared_strings.py" line="1062" />
        <source>Start</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="declared_strings.py" line="1063" />
        <source>Status</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="declared_strings.py" line="1064" />
        <source>Status and dates</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="declared_strings.py" line="1065" />
        <source>Stored file</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="declared_strings.py" line="1066" />
        <source>Street</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="declared_strings.py" line="1067" />
        <source>Subject</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="declared_strings.py" line="1068" />
        <source>Subtotals</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="declared_strings.py" line="1069" />
        <source>Synchronization on</source>
        <oldsource>Synchronisation on</oldsource>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="declared_strings.py" line="1070" />
        <source>Synchronize</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="declared_strings.py" line="1071" />
        <source>Synchronize activities</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="declared_strings.py" line="1072" />
        <source>Synchronize contacts</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="declared_strings.py" line="1073" />
        <source>Synchronize tasks</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="declared_strings.py" line="1074" />
        <source>Synchronize with Exchange</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="declared_strings.py" line="1075" />
        <source>System</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="declared_strings.py" line="1076" />
        <source>Target group</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="declared_strings.py" line="1077" />
        <source>Tasks</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="declared_strings.py" line="1078" />
        <source>Tax</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="declared_strings.py" line="1079" />
        <source>Tax rate %</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="declared_strings.py" line="1080" />
        <source>Template</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="declared_strings.py" line="1081" />
        <source>Tenant</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="declared_strings.py" line="1082" />
        <source>Tenant (OAuth 2)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="declared_strings.py" line="1083" />
        <source>Text</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="declared_strings.py" line="1084" />
        <source>The application registered in Microsoft Entra</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="declared_strings.py" line="1085" />
        <source>The column's place; left empty, after the last one</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="declared_strings.py" line="1086" />
        <source>The directory (tenant) id or domain, e.g. contoso.onmicrosoft.com</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="declared_strings.py" line="1087" />
        <source>The directory (tenant) id the application is registered in</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="declared_strings.py" line="1088" />
        <source>The list the value must come from (F2 in the value)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="declared_strings.py" line="1089" />
        <source>Time-out (seconds)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="declared_strings.py" line="1090" />
        <source>To</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="declared_strings.py" line="1091" />
        <source>Token address (OAuth 2)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="declared_strings.py" line="1092" />
        <source>Total of the lines</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="declared_strings.py" line="1093" />
        <source>Total with tax</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="declared_strings.py" line="1094" />
        <source>Totalize</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="declared_strings.py" line="1095" />
        <source>Totals</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="declared_strings.py" line="1096" />
        <source>Turnover last year</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="declared_strings.py" line="1097" />
        <source>Turnover this year</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="declared_strings.py" line="1098" />
        <source>Type</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="declared_strings.py" line="1099" />
        <source>Unit</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="declared_strings.py" line="1100" />
        <source>Use item total</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="declared_strings.py" line="1101" />
        <source>User</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="declared_strings.py" line="1102" />
        <source>VAT number</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="declared_strings.py" line="1103" />
        <source>Valid until</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="declared_strings.py" line="1104" />
        <source>Validation</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="declared_strings.py" line="1105" />
        <source>Validity (days)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="declared_strings.py" line="1106" />
        <source>Value</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="declared_strings.py" line="1107" />
        <source>Website</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="declared_strings.py" line="1108" />
        <source>When</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="declared_strings.py" line="1109" />
        <source>When given, only the records for which its expression is true</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="declared_strings.py" line="1110" />
        <source>Width</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="declared_strings.py" line="1111" />
        <source>Word documents (*.docx)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="declared_strings.py" line="1112" />
        <source>e.g. 15.1.2507.6; empty: asked from the server</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="declared_strings.py" line="1113" />
        <source>e.g. bp.city = "Lyon" -- Ctrl+Space lists the fields and attributes</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="declared_strings.py" line="1114" />
        <source>e.g. https://mail.example.com/EWS/Exchange.asmx</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/views/exchange/sessions.py" line="32" />
        <source>Microsoft Graph</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>menu</name>
    <message>
        <location filename="../../desktop/views/shell/registry.py" line="17" />
        <source>&amp;File</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/views/shell/registry.py" line="18" />
        <source>&amp;Sales relations</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/views/shell/registry.py" line="19" />
        <source>&amp;Opportunities</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/views/shell/registry.py" line="20" />
        <source>&amp;Activities</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/views/shell/registry.py" line="21" />
        <source>&amp;Marketing</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/views/shell/registry.py" line="22" />
        <source>&amp;Reports</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/views/shell/registry.py" line="23" />
        <source>Master &amp;data</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/views/shell/registry.py" line="24" />
        <source>&amp;Tools</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/views/shell/registry.py" line="25" />
        <source>&amp;Help</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>panels</name>
    <message>
        <location filename="../../desktop/views/customer360/words.py" line="8" />
        <source>Charts</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/views/customer360/words.py" line="17" />
        <source>Sold-to contact</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/views/customer360/words.py" line="26" />
        <source>Credit information</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/views/customer360/words.py" line="33" />
        <source>Key figures</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/views/customer360/words.py" line="56" />
        <source>Links</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/views/customer360/words.py" line="66" />
        <source>Timeline</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>session</name>
    <message>
        <location filename="../../desktop/views/activities/sessions.py" line="432" />
        <source>Appointment</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/views/activities/sessions.py" line="432" />
        <source>Call</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/views/activities/sessions.py" line="433" />
        <source>Task</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/views/activities/sessions.py" line="433" />
        <source>Mailing</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/views/activities/sessions.py" line="434" />
        <source>E-mail</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/views/attributes/values.py" line="268" />
        <source>Attributes by Business Partner</source>
        <extracomment>how each value read so far is edited, and the list F2 chooses it from</extracomment>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/views/attributes/values.py" line="270" />
        <source>Attributes by Opportunity</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/views/attributes/values.py" line="272" />
        <source>Attributes by Contact</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/views/attributes/values.py" line="274" />
        <source>Attributes by Activity</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="declared_strings.py" line="1115" />
        <source>Activities</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="declared_strings.py" line="1116" />
        <source>Activity Template</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="declared_strings.py" line="1117" />
        <source>Activity Templates</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="declared_strings.py" line="1118" />
        <source>Attachments</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="declared_strings.py" line="1119" />
        <source>Attendees</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="declared_strings.py" line="1120" />
        <source>Attribute</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="declared_strings.py" line="1121" />
        <source>Attribute Set</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="declared_strings.py" line="1122" />
        <source>Attribute Sets</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="declared_strings.py" line="1123" />
        <source>Attributes</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="declared_strings.py" line="1124" />
        <source>Business Partner</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="declared_strings.py" line="1125" />
        <source>Business Partners</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="declared_strings.py" line="1126" />
        <source>Buyer Role</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="declared_strings.py" line="1127" />
        <source>Buyer Roles</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="declared_strings.py" line="1128" />
        <source>COM Parameters</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="declared_strings.py" line="1129" />
        <source>CRM Parameters</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="declared_strings.py" line="1130" />
        <source>Contact</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="declared_strings.py" line="1131" />
        <source>Contacts</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="declared_strings.py" line="1132" />
        <source>Contacts by Opportunity</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="declared_strings.py" line="1133" />
        <source>Customer 360</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="declared_strings.py" line="1134" />
        <source>Duplicate Partners and Contacts</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="declared_strings.py" line="1135" />
        <source>Employee</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="declared_strings.py" line="1136" />
        <source>Employees</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="declared_strings.py" line="1137" />
        <source>Flexible Printing</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="declared_strings.py" line="1138" />
        <source>Global Addition of Activities</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="declared_strings.py" line="1139" />
        <source>Global Addition of Attributes</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="declared_strings.py" line="1140" />
        <source>Global Deletion of Activities</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="declared_strings.py" line="1141" />
        <source>Import Partners and Contacts</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="declared_strings.py" line="1142" />
        <source>Item</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="declared_strings.py" line="1143" />
        <source>Items</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="declared_strings.py" line="1144" />
        <source>Items by Opportunity</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="declared_strings.py" line="1145" />
        <source>Letter</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="declared_strings.py" line="1146" />
        <source>Letters</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="declared_strings.py" line="1147" />
        <source>MS Exchange Synchronization Settings</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="declared_strings.py" line="1148" />
        <source>MS Exchange Synchronization User</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="declared_strings.py" line="1149" />
        <source>MS Exchange Synchronization Users</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="declared_strings.py" line="1150" />
        <source>Mail Merge by Standard Letter</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="declared_strings.py" line="1151" />
        <source>My Agenda</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="declared_strings.py" line="1152" />
        <source>My day</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="declared_strings.py" line="1153" />
        <source>Note</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="declared_strings.py" line="1154" />
        <source>Notes</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="declared_strings.py" line="1155" />
        <source>Number Series</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="declared_strings.py" line="1156" />
        <source>Opportunities</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="declared_strings.py" line="1157" />
        <source>Opportunity</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="declared_strings.py" line="1158" />
        <source>Opportunity Source</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="declared_strings.py" line="1159" />
        <source>Opportunity Sources</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="declared_strings.py" line="1160" />
        <source>Opportunity Type</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="declared_strings.py" line="1161" />
        <source>Opportunity Types</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="declared_strings.py" line="1162" />
        <source>Phase</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="declared_strings.py" line="1163" />
        <source>Phase by Sales Process</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="declared_strings.py" line="1164" />
        <source>Phases</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="declared_strings.py" line="1165" />
        <source>Phases by Sales Process</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="declared_strings.py" line="1166" />
        <source>Quotation Parameters</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="declared_strings.py" line="1167" />
        <source>Reason</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="declared_strings.py" line="1168" />
        <source>Reasons</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="declared_strings.py" line="1169" />
        <source>Recalculate Opportunity Prices</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="declared_strings.py" line="1170" />
        <source>Recipients</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="declared_strings.py" line="1171" />
        <source>References by Activity</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="declared_strings.py" line="1172" />
        <source>References by Opportunity</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="declared_strings.py" line="1173" />
        <source>Report</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="declared_strings.py" line="1174" />
        <source>Reports</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="declared_strings.py" line="1175" />
        <source>Sales Office</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="declared_strings.py" line="1176" />
        <source>Sales Offices</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="declared_strings.py" line="1177" />
        <source>Sales Order Type</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="declared_strings.py" line="1178" />
        <source>Sales Order Types</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="declared_strings.py" line="1179" />
        <source>Sales Process</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="declared_strings.py" line="1180" />
        <source>Sales Processes</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="declared_strings.py" line="1181" />
        <source>Sales Quotation</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="declared_strings.py" line="1182" />
        <source>Sales Quotations</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="declared_strings.py" line="1183" />
        <source>Sales User Profile</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="declared_strings.py" line="1184" />
        <source>Sales User Profiles</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="declared_strings.py" line="1185" />
        <source>Selection</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="declared_strings.py" line="1186" />
        <source>Selections</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>tabs</name>
    <message>
        <location filename="declared_strings.py" line="1187" />
        <source>Activities</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="declared_strings.py" line="1188" />
        <source>Attachments</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="declared_strings.py" line="1189" />
        <source>Attendees</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="declared_strings.py" line="1190" />
        <source>Attributes</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="declared_strings.py" line="1191" />
        <source>Contacts</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="declared_strings.py" line="1192" />
        <source>Expression</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="declared_strings.py" line="1193" />
        <source>Follow-ups</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="declared_strings.py" line="1194" />
        <source>Footer</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="declared_strings.py" line="1195" />
        <source>Header</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="declared_strings.py" line="1196" />
        <source>Items</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="declared_strings.py" line="1197" />
        <source>Layout</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="declared_strings.py" line="1198" />
        <source>Lines</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="declared_strings.py" line="1199" />
        <source>Notes</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="declared_strings.py" line="1200" />
        <source>Opportunities</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="declared_strings.py" line="1201" />
        <source>Phases</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="declared_strings.py" line="1202" />
        <source>Preview</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="declared_strings.py" line="1203" />
        <source>Quotations</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="declared_strings.py" line="1204" />
        <source>Recipients</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="declared_strings.py" line="1205" />
        <source>References</source>
        <translation type="unfinished" />
    </message>
</context>
</TS>
