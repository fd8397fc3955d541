<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR">
<context>
    <name />
    <message>
        <location filename="../../desktop/dialogs/error_dialog.py" line="26" />
        <source>Unexpected error</source>
        <translation>Erreur inattendue</translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs/error_dialog.py" line="28" />
        <source>Something went wrong: %1
The error was written to the log file; you can go on working.</source>
        <translation>Un problème est survenu : %1
L'erreur a été écrite dans le journal ; vous pouvez continuer à travailler.</translation>
    </message>
</context>
<context>
    <name>Activities</name>
    <message>
        <location filename="../../desktop/views/activities/sessions.py" line="352" />
        <source>Send through Microsoft Exchange; a copy stays in Sent Items</source>
        <translation>Envoyer par Microsoft Exchange ; une copie reste dans les éléments envoyés</translation>
    </message>
</context>
<context>
    <name>ActivityDetail</name>
    <message>
        <location filename="../../desktop/views/activities/sessions.py" line="361" />
        <source>(new)</source>
        <translation>(nouveau)</translation>
    </message>
    <message>
        <location filename="../../desktop/views/activities/sessions.py" line="400" />
        <source>Cannot send</source>
        <translation>Envoi impossible</translation>
    </message>
    <message>
        <location filename="../../desktop/views/activities/sessions.py" line="421" />
        <source>Not sent</source>
        <translation>Non envoyé</translation>
    </message>
    <message>
        <location filename="../../desktop/views/activities/sessions.py" line="422" />
        <source>The e-mail was not sent and stays a draft: %1</source>
        <translation>L'e-mail n'a pas été envoyé et reste un brouillon : %1</translation>
    </message>
</context>
<context>
    <name>ActivityOverview</name>
    <message>
        <location filename="../../desktop/views/activities/sessions.py" line="180" />
        <source>Drop e-mails</source>
        <translation>Déposer des e-mails</translation>
    </message>
    <message>
        <location filename="../../desktop/views/activities/sessions.py" line="181" />
        <source>Outlook did not hand over the contents of %1: save the message as a file from Outlook (Save as) and drop that file here instead.</source>
        <translation>Outlook n'a pas transmis le contenu de %1 : enregistrez le message dans un fichier depuis Outlook (Enregistrer sous) et déposez plutôt ce fichier ici.</translation>
    </message>
</context>
<context>
    <name>AdminHelp</name>
    <message>
        <location filename="../../desktop/views/exchange/sign_in.py" line="161" />
        <source>1. Register the application</source>
        <extracomment>what an administrator sets up (sections of a title and paragraphs); the README says the same</extracomment>
        <translation>1. Inscrire l'application</translation>
    </message>
    <message>
        <location filename="../../desktop/views/exchange/sign_in.py" line="162" />
        <source>In the Microsoft Entra admin center, App registrations &gt; New registration: accounts in this organizational directory only. Copy the Application (client) ID and the Directory (tenant) ID into the synchronization settings.</source>
        <translation>Dans le centre d'administration Microsoft Entra, Inscriptions d'applications &gt; Nouvelle inscription : comptes de cet annuaire d'organisation uniquement. Recopiez l'ID d'application (client) et l'ID de l'annuaire (locataire) dans les paramètres de synchronisation.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/exchange/sign_in.py" line="166" />
        <source>2. Permissions, by sign-in</source>
        <translation>2. Les autorisations, selon la connexion</translation>
    </message>
    <message>
        <location filename="../../desktop/views/exchange/sign_in.py" line="167" />
        <source>Application (secret or certificate), one synchronization for the company: Microsoft Graph application permissions Calendars.ReadWrite, Tasks.ReadWrite.All (leave it out and untick Synchronize tasks to synchronize calendars only) and Mail.Send (only to send e-mails from the CRM), then Grant admin consent. Add a client secret, or upload the certificate and give the CRM its PEM file with the private key.</source>
        <translation>Application (secret ou certificat), une synchronisation pour toute l'entreprise : autorisations d'application Microsoft Graph Calendars.ReadWrite, Tasks.ReadWrite.All (omettez-la et décochez Synchroniser les tâches pour ne synchroniser que les calendriers) et Mail.Send (seulement pour envoyer des e-mails depuis le CRM), puis Accorder le consentement administrateur. Ajoutez un secret client, ou chargez le certificat et donnez au CRM son fichier PEM avec la clé privée.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/exchange/sign_in.py" line="174" />
        <source>Own mailbox (each salesperson signs in): delegated permissions Calendars.ReadWrite, Tasks.ReadWrite and Mail.Send; grant admin consent so that nobody is asked. Under Authentication, set Allow public client flows to Yes (the device code), and add the platform Mobile and desktop applications with the redirect address http://localhost (the browser sign-in).</source>
        <translation>Boîte personnelle (chaque commercial se connecte) : autorisations déléguées Calendars.ReadWrite, Tasks.ReadWrite et Mail.Send ; accordez le consentement administrateur pour que personne n'ait à le donner. Sous Authentification, réglez Autoriser les flux de clients publics sur Oui (le code d'appareil), et ajoutez la plateforme Applications mobiles et de bureau avec l'adresse de redirection http://localhost (la connexion par le navigateur).</translation>
    </message>
    <message>
        <location filename="../../desktop/views/exchange/sign_in.py" line="180" />
        <source>3. Limit the application to the sync users' mailboxes</source>
        <translation>3. Limiter l'application aux boîtes des utilisateurs synchronisés</translation>
    </message>
    <message>
        <location filename="../../desktop/views/exchange/sign_in.py" line="181" />
        <source>Application permissions reach every mailbox of the tenant until they are scoped. In Exchange Online PowerShell, put the sync users in a mail-enabled security group and run New-ApplicationAccessPolicy -AppId &lt;client id&gt; -PolicyScopeGroupId &lt;group&gt; -AccessRight RestrictAccess (check it with Test-ApplicationAccessPolicy), or use RBAC for Applications (New-ManagementScope, New-ManagementRoleAssignment with the role Application Calendars.ReadWrite). A mailbox left out waits alone: the status bar names it and the permission to grant; the others go on.</source>
        <translation>Les autorisations d'application atteignent toutes les boîtes du locataire tant qu'elles ne sont pas limitées. Dans Exchange Online PowerShell, mettez les utilisateurs synchronisés dans un groupe de sécurité à extension messagerie et lancez New-ApplicationAccessPolicy -AppId &lt;ID client&gt; -PolicyScopeGroupId &lt;groupe&gt; -AccessRight RestrictAccess (vérifiez avec Test-ApplicationAccessPolicy), ou utilisez RBAC pour les applications (New-ManagementScope, New-ManagementRoleAssignment avec le rôle Application Calendars.ReadWrite). Une boîte laissée dehors attend seule : la barre d'état la nomme avec l'autorisation à accorder ; les autres continuent.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/exchange/sign_in.py" line="190" />
        <source>4. Other clouds</source>
        <translation>4. Autres clouds</translation>
    </message>
    <message>
        <location filename="../../desktop/views/exchange/sign_in.py" line="191" />
        <source>For Microsoft 365 US Government or operated by 21Vianet, enter that cloud's Graph address and sign-in authority (for example https://graph.microsoft.us/v1.0 and https://login.microsoftonline.us).</source>
        <translation>Pour Microsoft 365 US Government ou exploité par 21Vianet, saisissez l'adresse Graph et l'autorité de connexion de ce cloud (par exemple https://graph.microsoft.us/v1.0 et https://login.microsoftonline.us).</translation>
    </message>
</context>
<context>
    <name>AgendaSession</name>
    <message>
        <location filename="../../desktop/views/activities/agenda.py" line="68" />
        <source>Week</source>
        <translation>Semaine</translation>
    </message>
    <message>
        <location filename="../../desktop/views/activities/agenda.py" line="69" />
        <source>Day</source>
        <translation>Jour</translation>
    </message>
    <message>
        <location filename="../../desktop/views/activities/agenda.py" line="76" />
        <source>Today</source>
        <translation>Aujourd'hui</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/views/activities/agenda.py" line="137" />
        <source>%n activities</source>
        <translation><numerusform>%n activité</numerusform><numerusform>%n activités</numerusform></translation>
    </message>
</context>
<context>
    <name>AttachmentsTab</name>
    <message>
        <location filename="../../desktop/views/activities/tabs.py" line="131" />
        <location filename="../../desktop/views/activities/tabs.py" line="138" />
        <source>Attach a file</source>
        <translation>Joindre un fichier</translation>
    </message>
</context>
<context>
    <name>BackgroundTask</name>
    <message>
        <location filename="../../desktop/views/ops/background.py" line="123" />
        <source>Cancel</source>
        <extracomment>whether a file another program holds may be retried: the work wrote nothing for good</extracomment>
        <translation>Annuler</translation>
    </message>
</context>
<context>
    <name>CalendarExport</name>
    <message>
        <location filename="../../desktop/views/activities/calendar_export.py" line="20" />
        <source>Export to calendar (.ics)…</source>
        <translation>Exporter vers un calendrier (.ics)…</translation>
    </message>
    <message>
        <location filename="../../desktop/views/activities/calendar_export.py" line="36" />
        <location filename="../../desktop/views/activities/calendar_export.py" line="74" />
        <source>Export to calendar</source>
        <translation>Exporter vers un calendrier</translation>
    </message>
    <message>
        <location filename="../../desktop/views/activities/calendar_export.py" line="37" />
        <source>iCalendar files (*.ics)</source>
        <translation>Fichiers iCalendar (*.ics)</translation>
    </message>
</context>
<context>
    <name>ChangedBar</name>
    <message>
        <location filename="../../desktop/views/shapes/detail.py" line="435" />
        <source>Changed by %1 at %2. Your edits are not saved yet.</source>
        <translation>Modifié par %1 à %2. Vos modifications ne sont pas encore enregistrées.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/shapes/detail.py" line="437" />
        <source>Reload</source>
        <translation>Recharger</translation>
    </message>
    <message>
        <location filename="../../desktop/views/shapes/detail.py" line="438" />
        <source>Keep mine</source>
        <translation>Garder les miennes</translation>
    </message>
</context>
<context>
    <name>Customer360</name>
    <message numerus="yes">
        <location filename="../../desktop/views/customer360/figures.py" line="138" />
        <source>%n open</source>
        <translation><numerusform>%n ouverte</numerusform><numerusform>%n ouvertes</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/views/customer360/figures.py" line="142" />
        <source>%n won</source>
        <translation><numerusform>%n gagnée</numerusform><numerusform>%n gagnées</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/views/customer360/figures.py" line="144" />
        <source>%n lost</source>
        <translation><numerusform>%n perdue</numerusform><numerusform>%n perdues</numerusform></translation>
    </message>
    <message>
        <location filename="../../desktop/views/customer360/session.py" line="142" />
        <source>Choose a customer in the list.</source>
        <translation>Choisissez un client dans la liste.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/customer360/words.py" line="7" />
        <source>primary</source>
        <translation>principal</translation>
    </message>
    <message>
        <location filename="../../desktop/views/customer360/words.py" line="9" />
        <source>Open pipeline by phase</source>
        <translation>Pipeline ouvert par phase</translation>
    </message>
    <message>
        <location filename="../../desktop/views/customer360/words.py" line="10" />
        <source>Won revenue by month</source>
        <translation>CA gagné par mois</translation>
    </message>
    <message>
        <location filename="../../desktop/views/customer360/words.py" line="11" />
        <source>Activities by month</source>
        <translation>Activités par mois</translation>
    </message>
    <message>
        <location filename="../../desktop/views/customer360/words.py" line="12" />
        <source>Nothing yet</source>
        <translation>Rien pour l'instant</translation>
    </message>
    <message>
        <location filename="../../desktop/views/customer360/words.py" line="13" />
        <source>No phase</source>
        <translation>Sans phase</translation>
    </message>
    <message>
        <location filename="../../desktop/views/customer360/words.py" line="14" />
        <source>Expected revenue</source>
        <translation>CA prévu</translation>
    </message>
    <message>
        <location filename="../../desktop/views/customer360/words.py" line="15" />
        <source>Won opportunities</source>
        <translation>Opportunités gagnées</translation>
    </message>
    <message>
        <location filename="../../desktop/views/customer360/words.py" line="16" />
        <source>Processed quotations</source>
        <translation>Devis traités</translation>
    </message>
    <message>
        <location filename="../../desktop/views/customer360/words.py" line="18" />
        <source>Contact</source>
        <translation>Contact</translation>
    </message>
    <message>
        <location filename="../../desktop/views/customer360/words.py" line="19" />
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <location filename="../../desktop/views/customer360/words.py" line="20" />
        <source>Do not call</source>
        <translation>Ne pas appeler</translation>
    </message>
    <message>
        <location filename="../../desktop/views/customer360/words.py" line="21" />
        <source>Office phone</source>
        <translation>Téléphone du bureau</translation>
    </message>
    <message>
        <location filename="../../desktop/views/customer360/words.py" line="22" />
        <source>Mobile phone</source>
        <translation>Téléphone mobile</translation>
    </message>
    <message>
        <location filename="../../desktop/views/customer360/words.py" line="23" />
        <source>No contact yet</source>
        <translation>Aucun contact pour l'instant</translation>
    </message>
    <message>
        <location filename="../../desktop/views/customer360/words.py" line="24" />
        <source>Yes</source>
        <translation>Oui</translation>
    </message>
    <message>
        <location filename="../../desktop/views/customer360/words.py" line="25" />
        <source>No</source>
        <translation>Non</translation>
    </message>
    <message>
        <location filename="../../desktop/views/customer360/words.py" line="27" />
        <source>Credit limit</source>
        <translation>Limite de crédit</translation>
    </message>
    <message>
        <location filename="../../desktop/views/customer360/words.py" line="28" />
        <source>Open balance</source>
        <translation>Solde ouvert</translation>
    </message>
    <message>
        <location filename="../../desktop/views/customer360/words.py" line="29" />
        <source>Overdue amount</source>
        <translation>Montant échu</translation>
    </message>
    <message>
        <location filename="../../desktop/views/customer360/words.py" line="30" />
        <source>Available credit</source>
        <translation>Crédit disponible</translation>
    </message>
    <message>
        <location filename="../../desktop/views/customer360/words.py" line="31" />
        <source>Open quotations</source>
        <translation>Devis en cours</translation>
    </message>
    <message>
        <location filename="../../desktop/views/customer360/words.py" line="32" />
        <source>Won this year</source>
        <translation>Gagné cette année</translation>
    </message>
    <message>
        <location filename="../../desktop/views/customer360/words.py" line="34" />
        <source>Open pipeline</source>
        <translation>Pipeline ouvert</translation>
    </message>
    <message>
        <location filename="../../desktop/views/customer360/words.py" line="35" />
        <source>Weighted pipeline</source>
        <translation>Pipeline pondéré</translation>
    </message>
    <message>
        <location filename="../../desktop/views/customer360/words.py" line="36" />
        <source>Lost this year</source>
        <translation>Perdu cette année</translation>
    </message>
    <message>
        <location filename="../../desktop/views/customer360/words.py" line="37" />
        <source>Win rate</source>
        <translation>Taux de réussite</translation>
    </message>
    <message>
        <location filename="../../desktop/views/customer360/words.py" line="38" />
        <source>Days since the last activity</source>
        <translation>Jours depuis la dernière activité</translation>
    </message>
    <message>
        <location filename="../../desktop/views/customer360/words.py" line="39" />
        <source>Next planned activity</source>
        <translation>Prochaine activité prévue</translation>
    </message>
    <message>
        <location filename="../../desktop/views/customer360/words.py" line="40" />
        <source>None planned</source>
        <translation>Aucune prévue</translation>
    </message>
    <message>
        <location filename="../../desktop/views/customer360/words.py" line="41" />
        <source>CRM</source>
        <translation>CRM</translation>
    </message>
    <message>
        <location filename="../../desktop/views/customer360/words.py" line="42" />
        <source>Sales</source>
        <translation>Ventes</translation>
    </message>
    <message>
        <location filename="../../desktop/views/customer360/words.py" line="43" />
        <source>Execution</source>
        <translation>Exécution</translation>
    </message>
    <message>
        <location filename="../../desktop/views/customer360/words.py" line="44" />
        <source>After Sales</source>
        <translation>Après-vente</translation>
    </message>
    <message>
        <location filename="../../desktop/views/customer360/words.py" line="45" />
        <source>Activities</source>
        <translation>Activités</translation>
    </message>
    <message>
        <location filename="../../desktop/views/customer360/words.py" line="46" />
        <source>Opportunities</source>
        <translation>Opportunités</translation>
    </message>
    <message>
        <location filename="../../desktop/views/customer360/words.py" line="47" />
        <source>Contacts</source>
        <translation>Contacts</translation>
    </message>
    <message>
        <location filename="../../desktop/views/customer360/words.py" line="48" />
        <source>Notes</source>
        <translation>Remarques</translation>
    </message>
    <message>
        <location filename="../../desktop/views/customer360/words.py" line="49" />
        <source>Attributes</source>
        <translation>Attributs</translation>
    </message>
    <message>
        <location filename="../../desktop/views/customer360/words.py" line="50" />
        <source>Quotations</source>
        <translation>Devis</translation>
    </message>
    <message>
        <location filename="../../desktop/views/customer360/words.py" line="51" />
        <source>Sales orders</source>
        <translation>Commandes clients</translation>
    </message>
    <message>
        <location filename="../../desktop/views/customer360/words.py" line="52" />
        <source>Sales contracts</source>
        <translation>Contrats de vente</translation>
    </message>
    <message>
        <location filename="../../desktop/views/customer360/words.py" line="53" />
        <source>Shipments</source>
        <translation>Expéditions</translation>
    </message>
    <message>
        <location filename="../../desktop/views/customer360/words.py" line="54" />
        <source>Service calls</source>
        <translation>Appels de service</translation>
    </message>
    <message>
        <location filename="../../desktop/views/customer360/words.py" line="55" />
        <source>Service contracts</source>
        <translation>Contrats de service</translation>
    </message>
    <message>
        <location filename="../../desktop/views/customer360/words.py" line="57" />
        <source>Not held in this CRM</source>
        <translation>Non géré dans ce CRM</translation>
    </message>
    <message>
        <location filename="../../desktop/views/customer360/words.py" line="58" />
        <source>n/a</source>
        <translation>n/d</translation>
    </message>
    <message>
        <location filename="../../desktop/views/customer360/words.py" line="59" />
        <source>Open</source>
        <translation>Ouvrir</translation>
    </message>
    <message>
        <location filename="../../desktop/views/customer360/words.py" line="60" />
        <source>Create the first one</source>
        <translation>Créer le premier</translation>
    </message>
    <message>
        <location filename="../../desktop/views/customer360/words.py" line="61" />
        <source>New call</source>
        <translation>Nouvel appel</translation>
    </message>
    <message>
        <location filename="../../desktop/views/customer360/words.py" line="62" />
        <source>New appointment</source>
        <translation>Nouveau rendez-vous</translation>
    </message>
    <message>
        <location filename="../../desktop/views/customer360/words.py" line="63" />
        <source>New task</source>
        <translation>Nouvelle tâche</translation>
    </message>
    <message>
        <location filename="../../desktop/views/customer360/words.py" line="64" />
        <source>New opportunity</source>
        <translation>Nouvelle opportunité</translation>
    </message>
    <message>
        <location filename="../../desktop/views/customer360/words.py" line="65" />
        <source>Letter</source>
        <translation>Lettre</translation>
    </message>
    <message>
        <location filename="../../desktop/views/customer360/words.py" line="67" />
        <source>Show more</source>
        <translation>Afficher plus</translation>
    </message>
    <message>
        <location filename="../../desktop/views/customer360/words.py" line="68" />
        <source>Nothing yet: start with a call or an appointment.</source>
        <translation>Rien pour l'instant : commencez par un appel ou un rendez-vous.</translation>
    </message>
</context>
<context>
    <name>DetailSession</name>
    <message>
        <location filename="../../desktop/views/shapes/detail.py" line="138" />
        <source>Save</source>
        <extracomment>how the records are read and written (functions of the feature's ops module) the values a new record starts with: ``new_defaults_op(session, employee_id)`` read when the window opens (None: the columns' defaults only)</extracomment>
        <translation>Enregistrer</translation>
    </message>
    <message>
        <location filename="../../desktop/views/shapes/detail.py" line="139" />
        <source>Revert</source>
        <translation>Rétablir</translation>
    </message>
    <message>
        <location filename="../../desktop/views/shapes/detail.py" line="283" />
        <source>(new)</source>
        <translation>(nouveau)</translation>
    </message>
    <message>
        <location filename="../../desktop/views/shapes/detail.py" line="309" />
        <location filename="../../desktop/views/shapes/detail.py" line="316" />
        <location filename="../../desktop/views/shapes/detail.py" line="343" />
        <source>Cannot save</source>
        <translation>Enregistrement impossible</translation>
    </message>
    <message>
        <location filename="../../desktop/views/shapes/detail.py" line="348" />
        <source>Changed by someone else</source>
        <translation>Modifié par un autre utilisateur</translation>
    </message>
    <message>
        <location filename="../../desktop/views/shapes/detail.py" line="350" />
        <source>Reload</source>
        <translation>Recharger</translation>
    </message>
    <message>
        <location filename="../../desktop/views/shapes/detail.py" line="351" />
        <source>Keep my changes on screen</source>
        <translation>Garder mes modifications à l'écran</translation>
    </message>
    <message>
        <location filename="../../desktop/views/shapes/detail.py" line="393" />
        <source>Unsaved changes</source>
        <translation>Modifications non enregistrées</translation>
    </message>
    <message>
        <location filename="../../desktop/views/shapes/detail.py" line="394" />
        <source>%1 has unsaved changes. Save them?</source>
        <translation>%1 contient des modifications non enregistrées. Les enregistrer ?</translation>
    </message>
</context>
<context>
    <name>DraftItemsTab</name>
    <message>
        <location filename="../../desktop/views/opportunities/draft_items.py" line="74" />
        <source>New</source>
        <extracomment>the lines changed (the detail marks itself edited) the total of the lines, once priced</extracomment>
        <translation>Nouveau</translation>
    </message>
    <message>
        <location filename="../../desktop/views/opportunities/draft_items.py" line="75" />
        <source>Delete</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <location filename="../../desktop/views/opportunities/draft_items.py" line="77" />
        <source>The items are saved with the opportunity.</source>
        <translation>Les articles sont enregistrés avec l'opportunité.</translation>
    </message>
</context>
<context>
    <name>DuplicatesSession</name>
    <message>
        <location filename="../../desktop/views/partners/duplicates.py" line="83" />
        <source>Names alike from</source>
        <translation>Noms semblables à partir de</translation>
    </message>
    <message>
        <location filename="../../desktop/views/partners/duplicates.py" line="84" />
        <source>Find duplicates</source>
        <translation>Chercher les doublons</translation>
    </message>
    <message>
        <location filename="../../desktop/views/partners/duplicates.py" line="85" />
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <location filename="../../desktop/views/partners/duplicates.py" line="86" />
        <source>Merge…</source>
        <translation>Fusionner…</translation>
    </message>
    <message>
        <location filename="../../desktop/views/partners/duplicates.py" line="91" />
        <source>Searching…</source>
        <translation>Recherche…</translation>
    </message>
    <message>
        <location filename="../../desktop/views/partners/duplicates.py" line="112" />
        <source>Cancelled.</source>
        <translation>Annulé.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/partners/duplicates.py" line="116" />
        <source>Score</source>
        <translation>Score</translation>
    </message>
    <message>
        <location filename="../../desktop/views/partners/duplicates.py" line="116" />
        <source>Alike by</source>
        <translation>Semblables par</translation>
    </message>
    <message>
        <location filename="../../desktop/views/partners/duplicates.py" line="116" />
        <location filename="../../desktop/views/partners/duplicates.py" line="117" />
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <location filename="../../desktop/views/partners/duplicates.py" line="116" />
        <location filename="../../desktop/views/partners/duplicates.py" line="117" />
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/views/partners/duplicates.py" line="124" />
        <source>%n pair(s) that may be one record. Select one and Merge… (or double-click it).</source>
        <translation><numerusform>%n paire(s) qui pourraient être un seul enregistrement. Sélectionnez-en une, puis Fusionner… (ou double-cliquez).</numerusform><numerusform>%n paire(s) qui pourraient être un seul enregistrement. Sélectionnez-en une, puis Fusionner… (ou double-cliquez).</numerusform></translation>
    </message>
</context>
<context>
    <name>ExchangeSettingsSession</name>
    <message>
        <location filename="../../desktop/views/exchange/sessions.py" line="108" />
        <source>Choose the certificate file</source>
        <translation>Choisir le fichier du certificat</translation>
    </message>
    <message>
        <location filename="../../desktop/views/exchange/sessions.py" line="111" />
        <source>Sign in…</source>
        <translation>Se connecter…</translation>
    </message>
    <message>
        <location filename="../../desktop/views/exchange/sessions.py" line="115" />
        <source>Test connection</source>
        <translation>Tester la connexion</translation>
    </message>
    <message>
        <location filename="../../desktop/views/exchange/sessions.py" line="117" />
        <source>Users</source>
        <translation>Utilisateurs</translation>
    </message>
    <message>
        <location filename="../../desktop/views/exchange/sessions.py" line="158" />
        <source>Certificate of the application</source>
        <translation>Certificat de l'application</translation>
    </message>
    <message>
        <location filename="../../desktop/views/exchange/sessions.py" line="160" />
        <source>Certificates (*.pem *.crt *.cer);;All files (*)</source>
        <translation>Certificats (*.pem *.crt *.cer);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <location filename="../../desktop/views/exchange/sessions.py" line="176" />
        <source>Signed in as %1: save the settings to synchronize this mailbox.</source>
        <translation>Connecté en tant que %1 : enregistrez les paramètres pour synchroniser cette boîte aux lettres.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/exchange/sessions.py" line="197" />
        <source>Password not saved</source>
        <translation>Mot de passe non enregistré</translation>
    </message>
    <message>
        <location filename="../../desktop/views/exchange/sessions.py" line="198" />
        <source>The system keyring refused the password: %1</source>
        <translation>Le trousseau du système a refusé le mot de passe : %1</translation>
    </message>
    <message>
        <location filename="../../desktop/views/exchange/sessions.py" line="211" />
        <source>Testing the connection…</source>
        <translation>Test de la connexion…</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/views/exchange/sessions.py" line="223" />
        <source>Connected: the calendar of %1 holds %n item(s).</source>
        <translation><numerusform>Connecté : le calendrier de %1 contient %n élément.</numerusform><numerusform>Connecté : le calendrier de %1 contient %n éléments.</numerusform></translation>
    </message>
    <message>
        <location filename="../../desktop/views/exchange/sessions.py" line="226" />
        <source>The connection failed: %1</source>
        <translation>La connexion a échoué : %1</translation>
    </message>
</context>
<context>
    <name>FieldPicker</name>
    <message>
        <location filename="../../desktop/widgets/letter_editor/dialogs.py" line="30" />
        <source>Insert merge field</source>
        <translation>Insérer un champ de fusion</translation>
    </message>
    <message>
        <location filename="../../desktop/widgets/letter_editor/dialogs.py" line="31" />
        <source>Choose a field</source>
        <translation>Choisir un champ</translation>
    </message>
    <message>
        <location filename="../../desktop/widgets/letter_editor/dialogs.py" line="34" />
        <source>Search fields, attributes and variables</source>
        <translation>Rechercher un champ, un attribut ou une variable</translation>
    </message>
    <message>
        <location filename="../../desktop/widgets/letter_editor/dialogs.py" line="38" />
        <source>As it is</source>
        <translation>Tel quel</translation>
    </message>
    <message>
        <location filename="../../desktop/widgets/letter_editor/dialogs.py" line="39" />
        <source>At a fixed position (#)</source>
        <translation>À position fixe (#)</translation>
    </message>
    <message>
        <location filename="../../desktop/widgets/letter_editor/dialogs.py" line="40" />
        <source>At a fixed width (%)</source>
        <translation>À largeur fixe (%)</translation>
    </message>
    <message>
        <location filename="../../desktop/widgets/letter_editor/dialogs.py" line="52" />
        <source>Placement</source>
        <translation>Placement</translation>
    </message>
</context>
<context>
    <name>FlexiblePrintingSession</name>
    <message>
        <location filename="../../desktop/views/reports/printing_session.py" line="156" />
        <location filename="../../desktop/views/reports/printing_session.py" line="227" />
        <source>Nothing was printed.</source>
        <translation>Rien n'a été imprimé.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/reports/printing_session.py" line="206" />
        <source>Printing…</source>
        <translation>Impression…</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/views/reports/printing_session.py" line="215" />
        <source>%n record(s) printed</source>
        <translation><numerusform>%n enregistrement imprimé</numerusform><numerusform>%n enregistrements imprimés</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/views/reports/printing_session.py" line="218" />
        <source>on %n page(s)</source>
        <translation><numerusform>sur %n page</numerusform><numerusform>sur %n pages</numerusform></translation>
    </message>
    <message>
        <location filename="../../desktop/views/reports/printing_session.py" line="221" />
        <source>to %1</source>
        <translation>dans %1</translation>
    </message>
    <message>
        <location filename="../../desktop/views/reports/printing_session.py" line="230" />
        <source>Cancelled: no file was written.</source>
        <translation>Annulé : aucun fichier n'a été écrit.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/reports/printing_session.py" line="235" />
        <source>The report could not be printed: %1</source>
        <translation>L'état n'a pas pu être imprimé : %1</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="5" />
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="6" />
        <source>Print</source>
        <translation>Imprimer</translation>
    </message>
</context>
<context>
    <name>HomePage</name>
    <message>
        <location filename="../../desktop/views/home/page.py" line="33" />
        <source>Overdue</source>
        <extracomment>section key -&gt; (title, icon, where it sits in the grid)</extracomment>
        <translation>En retard</translation>
    </message>
    <message>
        <location filename="../../desktop/views/home/page.py" line="34" />
        <source>Today</source>
        <translation>Aujourd'hui</translation>
    </message>
    <message>
        <location filename="../../desktop/views/home/page.py" line="35" />
        <source>Tomorrow</source>
        <translation>Demain</translation>
    </message>
    <message>
        <location filename="../../desktop/views/home/page.py" line="36" />
        <source>Tasks due</source>
        <translation>Tâches à échéance</translation>
    </message>
    <message>
        <location filename="../../desktop/views/home/page.py" line="37" />
        <source>My opportunities closing this month</source>
        <translation>Mes opportunités à conclure ce mois-ci</translation>
    </message>
    <message>
        <location filename="../../desktop/views/home/page.py" line="39" />
        <source>Reminders</source>
        <translation>Rappels</translation>
    </message>
    <message>
        <location filename="../../desktop/views/home/page.py" line="42" />
        <source>Nothing overdue.</source>
        <translation>Rien en retard.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/home/page.py" line="43" />
        <source>No appointment or call today.</source>
        <translation>Aucun rendez-vous ni appel aujourd'hui.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/home/page.py" line="44" />
        <source>No appointment or call tomorrow.</source>
        <translation>Aucun rendez-vous ni appel demain.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/home/page.py" line="45" />
        <source>No task due today or tomorrow.</source>
        <translation>Aucune tâche à échéance aujourd'hui ou demain.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/home/page.py" line="46" />
        <source>No opportunity of yours closes this month.</source>
        <translation>Aucune de vos opportunités ne se conclut ce mois-ci.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/home/page.py" line="47" />
        <source>No reminder due.</source>
        <translation>Aucun rappel en attente.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/home/page.py" line="121" />
        <source>weighted %1</source>
        <translation>pondéré %1</translation>
    </message>
    <message>
        <location filename="../../desktop/views/home/page.py" line="172" />
        <source>Hello %1 — %2</source>
        <translation>Bonjour %1 — %2</translation>
    </message>
    <message>
        <location filename="../../desktop/views/home/page.py" line="174" />
        <source>Refresh</source>
        <translation>Actualiser</translation>
    </message>
</context>
<context>
    <name>ImportSession</name>
    <message>
        <location filename="../../desktop/views/partners/importing.py" line="113" />
        <source>Back</source>
        <translation>Précédent</translation>
    </message>
    <message>
        <location filename="../../desktop/views/partners/importing.py" line="114" />
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <location filename="../../desktop/views/partners/importing.py" line="128" />
        <source>Next</source>
        <translation>Suivant</translation>
    </message>
    <message>
        <location filename="../../desktop/views/partners/importing.py" line="128" />
        <source>Simulate</source>
        <translation>Simuler</translation>
    </message>
    <message>
        <location filename="../../desktop/views/partners/importing.py" line="129" />
        <location filename="../../desktop/views/partners/importing.py" line="312" />
        <source>Import</source>
        <translation>Importer</translation>
    </message>
    <message>
        <location filename="../../desktop/views/partners/importing.py" line="129" />
        <source>New import</source>
        <translation>Nouvel import</translation>
    </message>
    <message>
        <location filename="../../desktop/views/partners/importing.py" line="159" />
        <source>Reading %1…</source>
        <translation>Lecture de %1…</translation>
    </message>
    <message>
        <location filename="../../desktop/views/partners/importing.py" line="218" />
        <source>Importing…</source>
        <translation>Import en cours…</translation>
    </message>
    <message>
        <location filename="../../desktop/views/partners/importing.py" line="234" />
        <source>Cancelled: nothing was imported.</source>
        <translation>Annulé : rien n'a été importé.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/partners/importing.py" line="236" />
        <source>The import failed and nothing was imported: %1</source>
        <translation>L'import a échoué et rien n'a été importé : %1</translation>
    </message>
    <message>
        <location filename="../../desktop/views/partners/importing.py" line="245" />
        <source>Simulation</source>
        <translation>Simulation</translation>
    </message>
    <message>
        <location filename="../../desktop/views/partners/importing.py" line="247" />
        <source>Decide for each duplicate below (select several to decide at once), then Import. An update leaves the values the file does not give.</source>
        <translation>Décidez pour chaque doublon ci-dessous (sélectionnez-en plusieurs pour décider en une fois), puis Importer. Une mise à jour garde les valeurs que le fichier ne donne pas.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/partners/importing.py" line="249" />
        <source>No duplicates found.</source>
        <translation>Aucun doublon trouvé.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/partners/importing.py" line="251" />
        <location filename="../../desktop/views/partners/importing.py" line="320" />
        <source>Line</source>
        <translation>Ligne</translation>
    </message>
    <message>
        <location filename="../../desktop/views/partners/importing.py" line="251" />
        <source>In the file</source>
        <translation>Dans le fichier</translation>
    </message>
    <message>
        <location filename="../../desktop/views/partners/importing.py" line="251" />
        <source>Found</source>
        <translation>Trouvé</translation>
    </message>
    <message>
        <location filename="../../desktop/views/partners/importing.py" line="252" />
        <source>Alike by</source>
        <translation>Semblables par</translation>
    </message>
    <message>
        <location filename="../../desktop/views/partners/importing.py" line="252" />
        <source>Score</source>
        <translation>Score</translation>
    </message>
    <message>
        <location filename="../../desktop/views/partners/importing.py" line="252" />
        <source>Decision</source>
        <translation>Décision</translation>
    </message>
    <message>
        <location filename="../../desktop/views/partners/importing.py" line="300" />
        <source>Field</source>
        <translation>Champ</translation>
    </message>
    <message>
        <location filename="../../desktop/views/partners/importing.py" line="300" />
        <source>In the file (line %1)</source>
        <translation>Dans le fichier (ligne %1)</translation>
    </message>
    <message>
        <location filename="../../desktop/views/partners/importing.py" line="301" />
        <source>Existing record %1</source>
        <translation>Enregistrement existant %1</translation>
    </message>
    <message>
        <location filename="../../desktop/views/partners/importing.py" line="314" />
        <source>Nothing was written: a row has an error, and you chose to import nothing in that case.</source>
        <translation>Rien n'a été écrit : une ligne a une erreur, et vous avez choisi de ne rien importer dans ce cas.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/partners/importing.py" line="320" />
        <source>Result</source>
        <translation>Résultat</translation>
    </message>
    <message>
        <location filename="../../desktop/views/partners/importing.py" line="320" />
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <location filename="../../desktop/views/partners/importing.py" line="321" />
        <source>Column</source>
        <translation>Colonne</translation>
    </message>
    <message>
        <location filename="../../desktop/views/partners/importing.py" line="321" />
        <source>Reason</source>
        <translation>Motif</translation>
    </message>
    <message>
        <location filename="../../desktop/views/partners/importing.py" line="330" />
        <source>Duplicate of %1 %2 (%3)</source>
        <translation>Doublon de %1 %2 (%3)</translation>
    </message>
    <message>
        <location filename="../../desktop/views/partners/importing.py" line="338" />
        <source>%1: %2 created, %3 updated, %4 skipped, %5 not imported.</source>
        <translation>%1 : %2 créé(s), %3 mis à jour, %4 ignoré(s), %5 non importé(s).</translation>
    </message>
</context>
<context>
    <name>ImportWizard</name>
    <message>
        <location filename="../../desktop/views/partners/import_pages.py" line="45" />
        <source>VAT number</source>
        <translation>N° de TVA</translation>
    </message>
    <message>
        <location filename="../../desktop/views/partners/import_pages.py" line="46" />
        <source>e-mail</source>
        <translation>e-mail</translation>
    </message>
    <message>
        <location filename="../../desktop/views/partners/import_pages.py" line="47" />
        <source>phone</source>
        <translation>téléphone</translation>
    </message>
    <message>
        <location filename="../../desktop/views/partners/import_pages.py" line="48" />
        <source>name</source>
        <translation>nom</translation>
    </message>
    <message>
        <location filename="../../desktop/views/partners/duplicates.py" line="81" />
        <location filename="../../desktop/views/partners/import_pages.py" line="106" />
        <source>Business partners</source>
        <translation>Tiers</translation>
    </message>
    <message>
        <location filename="../../desktop/views/partners/duplicates.py" line="82" />
        <location filename="../../desktop/views/partners/import_pages.py" line="107" />
        <source>Contacts</source>
        <translation>Contacts</translation>
    </message>
    <message>
        <location filename="../../desktop/views/partners/import_pages.py" line="40" />
        <source>Skip the row</source>
        <translation>Ignorer la ligne</translation>
    </message>
    <message>
        <location filename="../../desktop/views/partners/import_pages.py" line="41" />
        <source>Update the existing record</source>
        <translation>Mettre à jour l'existant</translation>
    </message>
    <message>
        <location filename="../../desktop/views/partners/import_pages.py" line="42" />
        <source>Create it anyway</source>
        <translation>Créer quand même</translation>
    </message>
    <message>
        <location filename="../../desktop/views/partners/import_pages.py" line="108" />
        <source>Choose a file…</source>
        <translation>Choisir un fichier…</translation>
    </message>
    <message>
        <location filename="../../desktop/views/partners/import_pages.py" line="109" />
        <source>Import</source>
        <translation>Importer</translation>
    </message>
    <message>
        <location filename="../../desktop/views/partners/import_pages.py" line="110" />
        <source>File</source>
        <translation>Fichier</translation>
    </message>
    <message>
        <location filename="../../desktop/views/partners/import_pages.py" line="119" />
        <source>%n row(s) under the header line.</source>
        <translation>%n ligne(s) sous la ligne d'en-tête.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/partners/import_pages.py" line="121" />
        <source>tab</source>
        <translation>tabulation</translation>
    </message>
    <message>
        <location filename="../../desktop/views/partners/import_pages.py" line="123" />
        <source>Encoding %1, delimiter %2.</source>
        <translation>Encodage %1, séparateur %2.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/partners/import_pages.py" line="126" />
        <source>First sheet of the workbook.</source>
        <translation>Première feuille du classeur.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/partners/import_pages.py" line="158" />
        <source>Dates</source>
        <translation>Dates</translation>
    </message>
    <message>
        <location filename="../../desktop/views/partners/import_pages.py" line="159" />
        <source>Decimal comma</source>
        <translation>Virgule décimale</translation>
    </message>
    <message>
        <location filename="../../desktop/views/partners/import_pages.py" line="160" />
        <source>Country of phone numbers</source>
        <translation>Pays des numéros de téléphone</translation>
    </message>
    <message>
        <location filename="../../desktop/views/partners/import_pages.py" line="162" />
        <source>A duplicate found</source>
        <translation>Un doublon trouvé</translation>
    </message>
    <message>
        <location filename="../../desktop/views/partners/import_pages.py" line="163" />
        <source>Names alike from</source>
        <translation>Noms semblables à partir de</translation>
    </message>
    <message>
        <location filename="../../desktop/views/partners/import_pages.py" line="164" />
        <source>Errors</source>
        <translation>Erreurs</translation>
    </message>
    <message>
        <location filename="../../desktop/views/partners/import_pages.py" line="180" />
        <source>Column</source>
        <translation>Colonne</translation>
    </message>
    <message>
        <location filename="../../desktop/views/partners/import_pages.py" line="181" />
        <source>First values</source>
        <translation>Premières valeurs</translation>
    </message>
    <message>
        <location filename="../../desktop/views/partners/import_pages.py" line="182" />
        <source>Field</source>
        <translation>Champ</translation>
    </message>
    <message>
        <location filename="../../desktop/views/partners/import_pages.py" line="183" />
        <source>Reading the cells</source>
        <translation>Lecture des cellules</translation>
    </message>
    <message>
        <location filename="../../desktop/views/partners/import_pages.py" line="184" />
        <source>Duplicates and errors</source>
        <translation>Doublons et erreurs</translation>
    </message>
    <message>
        <location filename="../../desktop/views/partners/import_pages.py" line="187" />
        <source>1 234,56 (else 1,234.56)</source>
        <translation>1 234,56 (sinon 1,234.56)</translation>
    </message>
    <message>
        <location filename="../../desktop/views/partners/import_pages.py" line="188" />
        <source>Import nothing if a row has an error</source>
        <translation>Ne rien importer si une ligne a une erreur</translation>
    </message>
    <message>
        <location filename="../../desktop/views/partners/import_pages.py" line="190" />
        <source>Day/month/year</source>
        <translation>Jour/mois/année</translation>
    </message>
    <message>
        <location filename="../../desktop/views/partners/import_pages.py" line="191" />
        <source>Month/day/year</source>
        <translation>Mois/jour/année</translation>
    </message>
    <message>
        <location filename="../../desktop/views/partners/import_pages.py" line="198" />
        <source>(not imported)</source>
        <translation>(non importé)</translation>
    </message>
    <message>
        <location filename="../../desktop/views/partners/import_pages.py" line="285" />
        <source>Only rows not imported</source>
        <translation>Seulement les lignes non importées</translation>
    </message>
    <message>
        <location filename="../../desktop/views/partners/importing.py" line="53" />
        <source>Spreadsheets (*.csv *.txt *.xlsx *.xlsm)</source>
        <translation>Tableurs (*.csv *.txt *.xlsx *.xlsm)</translation>
    </message>
    <message>
        <location filename="../../desktop/views/partners/importing.py" line="54" />
        <source>1. File</source>
        <translation>1. Fichier</translation>
    </message>
    <message>
        <location filename="../../desktop/views/partners/importing.py" line="55" />
        <source>2. Columns</source>
        <translation>2. Colonnes</translation>
    </message>
    <message>
        <location filename="../../desktop/views/partners/importing.py" line="56" />
        <source>3. Duplicates</source>
        <translation>3. Doublons</translation>
    </message>
    <message>
        <location filename="../../desktop/views/partners/importing.py" line="57" />
        <source>4. Result</source>
        <translation>4. Résultat</translation>
    </message>
    <message>
        <location filename="../../desktop/views/partners/importing.py" line="58" />
        <source>Created</source>
        <translation>Créé</translation>
    </message>
    <message>
        <location filename="../../desktop/views/partners/importing.py" line="59" />
        <source>Updated</source>
        <translation>Mis à jour</translation>
    </message>
    <message>
        <location filename="../../desktop/views/partners/importing.py" line="60" />
        <source>Skipped</source>
        <translation>Ignoré</translation>
    </message>
    <message>
        <location filename="../../desktop/views/partners/importing.py" line="61" />
        <source>Not imported</source>
        <translation>Non importé</translation>
    </message>
</context>
<context>
    <name>ItemsTab</name>
    <message>
        <location filename="../../desktop/views/opportunities/draft_items.py" line="124" />
        <location filename="../../desktop/views/opportunities/tabs.py" line="110" />
        <source>Total of selected items (item revenue): %1</source>
        <extracomment>the total of the selected items, each time it is read</extracomment>
        <translation>Total des articles sélectionnés (CA articles) : %1</translation>
    </message>
</context>
<context>
    <name>LetterEditor</name>
    <message>
        <location filename="../../desktop/widgets/letter_editor/editor.py" line="140" />
        <source>Undo</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <location filename="../../desktop/widgets/letter_editor/editor.py" line="142" />
        <source>Redo</source>
        <translation>Rétablir</translation>
    </message>
    <message>
        <location filename="../../desktop/widgets/letter_editor/editor.py" line="145" />
        <source>Insert field</source>
        <translation>Insérer un champ</translation>
    </message>
    <message>
        <location filename="../../desktop/widgets/letter_editor/editor.py" line="149" />
        <source>Insert table</source>
        <translation>Insérer un tableau</translation>
    </message>
    <message>
        <location filename="../../desktop/widgets/letter_editor/editor.py" line="151" />
        <source>Add row</source>
        <translation>Ajouter une ligne</translation>
    </message>
    <message>
        <location filename="../../desktop/widgets/letter_editor/editor.py" line="153" />
        <source>Add column</source>
        <translation>Ajouter une colonne</translation>
    </message>
    <message>
        <location filename="../../desktop/widgets/letter_editor/editor.py" line="154" />
        <source>Remove row</source>
        <translation>Supprimer la ligne</translation>
    </message>
    <message>
        <location filename="../../desktop/widgets/letter_editor/editor.py" line="157" />
        <source>Remove column</source>
        <translation>Supprimer la colonne</translation>
    </message>
    <message>
        <location filename="../../desktop/widgets/letter_editor/editor.py" line="158" />
        <location filename="../../desktop/widgets/letter_editor/editor.py" line="413" />
        <location filename="../../desktop/widgets/letter_editor/editor.py" line="420" />
        <source>Insert picture</source>
        <translation>Insérer une image</translation>
    </message>
    <message>
        <location filename="../../desktop/widgets/letter_editor/editor.py" line="160" />
        <location filename="../../desktop/widgets/letter_editor/editor.py" line="389" />
        <source>Link</source>
        <translation>Lien</translation>
    </message>
    <message>
        <location filename="../../desktop/widgets/letter_editor/editor.py" line="161" />
        <source>Page setup</source>
        <translation>Mise en page de la feuille</translation>
    </message>
    <message>
        <location filename="../../desktop/widgets/letter_editor/editor.py" line="183" />
        <source>Bold</source>
        <translation>Gras</translation>
    </message>
    <message>
        <location filename="../../desktop/widgets/letter_editor/editor.py" line="185" />
        <source>Italic</source>
        <translation>Italique</translation>
    </message>
    <message>
        <location filename="../../desktop/widgets/letter_editor/editor.py" line="188" />
        <source>Underline</source>
        <translation>Souligné</translation>
    </message>
    <message>
        <location filename="../../desktop/widgets/letter_editor/editor.py" line="191" />
        <location filename="../../desktop/widgets/letter_editor/editor.py" line="255" />
        <source>Text colour</source>
        <translation>Couleur du texte</translation>
    </message>
    <message>
        <location filename="../../desktop/widgets/letter_editor/editor.py" line="196" />
        <source>Align left</source>
        <translation>Aligner à gauche</translation>
    </message>
    <message>
        <location filename="../../desktop/widgets/letter_editor/editor.py" line="197" />
        <source>Centre</source>
        <translation>Centrer</translation>
    </message>
    <message>
        <location filename="../../desktop/widgets/letter_editor/editor.py" line="198" />
        <source>Align right</source>
        <translation>Aligner à droite</translation>
    </message>
    <message>
        <location filename="../../desktop/widgets/letter_editor/editor.py" line="199" />
        <source>Justify</source>
        <translation>Justifier</translation>
    </message>
    <message>
        <location filename="../../desktop/widgets/letter_editor/editor.py" line="205" />
        <source>Bulleted list</source>
        <translation>Liste à puces</translation>
    </message>
    <message>
        <location filename="../../desktop/widgets/letter_editor/editor.py" line="207" />
        <source>Numbered list</source>
        <translation>Liste numérotée</translation>
    </message>
    <message>
        <location filename="../../desktop/widgets/letter_editor/editor.py" line="209" />
        <source>Decrease indent</source>
        <translation>Diminuer le retrait</translation>
    </message>
    <message>
        <location filename="../../desktop/widgets/letter_editor/editor.py" line="211" />
        <source>Increase indent</source>
        <translation>Augmenter le retrait</translation>
    </message>
    <message>
        <location filename="../../desktop/widgets/letter_editor/editor.py" line="390" />
        <source>Address of the link (empty: no link):</source>
        <translation>Adresse du lien (vide : pas de lien) :</translation>
    </message>
    <message>
        <location filename="../../desktop/widgets/letter_editor/editor.py" line="414" />
        <source>Pictures (*.png *.jpg *.jpeg *.gif *.bmp)</source>
        <translation>Images (*.png *.jpg *.jpeg *.gif *.bmp)</translation>
    </message>
    <message>
        <location filename="../../desktop/widgets/letter_editor/editor.py" line="421" />
        <source>This file is not a picture the letter can hold: choose a PNG, JPEG, GIF or BMP file.</source>
        <translation>Ce fichier n'est pas une image que la lettre peut contenir : choisissez un fichier PNG, JPEG, GIF ou BMP.</translation>
    </message>
</context>
<context>
    <name>LetterTextEdit</name>
    <message>
        <location filename="../../desktop/widgets/letter_editor/text_edit.py" line="135" />
        <source>(no suggestion)</source>
        <translation>(aucune suggestion)</translation>
    </message>
    <message>
        <location filename="../../desktop/widgets/letter_editor/text_edit.py" line="138" />
        <source>Add to dictionary</source>
        <translation>Ajouter au dictionnaire</translation>
    </message>
</context>
<context>
    <name>LookupField</name>
    <message>
        <location filename="../../desktop/widgets/lookup.py" line="65" />
        <source>Select %1</source>
        <translation>Sélectionner : %1</translation>
    </message>
    <message>
        <location filename="../../desktop/widgets/lookup.py" line="70" />
        <source>Search code or name</source>
        <translation>Rechercher un code ou un nom</translation>
    </message>
    <message>
        <location filename="../../desktop/widgets/lookup.py" line="72" />
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <location filename="../../desktop/widgets/lookup.py" line="72" />
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <location filename="../../desktop/widgets/lookup.py" line="96" />
        <source>The records of this context come first.</source>
        <translation>Les enregistrements de ce contexte viennent en premier.</translation>
    </message>
    <message>
        <location filename="../../desktop/widgets/lookup.py" line="143" />
        <source>One of this context's records</source>
        <translation>Un enregistrement de ce contexte</translation>
    </message>
    <message>
        <location filename="../../desktop/widgets/lookup.py" line="213" />
        <source>Select from a list (F2)</source>
        <extracomment>the value changed: a text was resolved, a suggestion or a list row picked, or cleared the user typed (the form has unsaved edits); the value follows once resolved</extracomment>
        <translation>Choisir dans une liste (F2)</translation>
    </message>
    <message>
        <location filename="../../desktop/widgets/lookup.py" line="230" />
        <source>cannot be checked now: %1</source>
        <translation>ne peut pas être vérifié maintenant : %1</translation>
    </message>
    <message>
        <location filename="../../desktop/widgets/lookup.py" line="304" />
        <source>%1 matches several records: press F2 to choose</source>
        <translation>%1 correspond à plusieurs enregistrements : appuyez sur F2 pour choisir</translation>
    </message>
    <message>
        <location filename="../../desktop/widgets/lookup.py" line="307" />
        <source>%1 does not exist</source>
        <translation>%1 n'existe pas</translation>
    </message>
    <message>
        <location filename="../../desktop/widgets/lookup.py" line="336" />
        <source>%1 is still being checked</source>
        <translation>%1 est en cours de vérification</translation>
    </message>
    <message>
        <location filename="../../desktop/widgets/lookup.py" line="357" />
        <location filename="../../desktop/widgets/lookup.py" line="386" />
        <source>%1 is not one of the choices here</source>
        <translation>%1 ne fait pas partie des choix possibles ici</translation>
    </message>
</context>
<context>
    <name>MailMergeSession</name>
    <message>
        <location filename="../../desktop/views/campaigns/mail_merge.py" line="112" />
        <source>Nothing was printed.</source>
        <translation>Rien n'a été imprimé.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../desktop/views/shell/main_window.py" line="120" />
        <source>Opening the database…</source>
        <translation>Ouverture de la base de données…</translation>
    </message>
    <message>
        <location filename="../../desktop/views/shell/main_window.py" line="165" />
        <source>Quit</source>
        <translation>Quitter</translation>
    </message>
    <message>
        <location filename="../../desktop/views/shell/main_window.py" line="172" />
        <source>Run session…</source>
        <translation>Exécuter une session…</translation>
    </message>
    <message>
        <location filename="../../desktop/views/shell/main_window.py" line="176" />
        <source>Synchronize now</source>
        <translation>Synchroniser maintenant</translation>
    </message>
    <message>
        <location filename="../../desktop/views/shell/main_window.py" line="180" />
        <source>Settings…</source>
        <translation>Paramètres…</translation>
    </message>
    <message>
        <location filename="../../desktop/views/shell/main_window.py" line="184" />
        <location filename="../../desktop/views/shell/main_window.py" line="312" />
        <source>About CRM desktop</source>
        <translation>À propos de CRM</translation>
    </message>
    <message>
        <location filename="../../desktop/views/shell/main_window.py" line="187" />
        <source>Close tab</source>
        <translation>Fermer l'onglet</translation>
    </message>
    <message>
        <location filename="../../desktop/views/shell/main_window.py" line="200" />
        <source>Database: %1</source>
        <translation>Base de données : %1</translation>
    </message>
    <message>
        <location filename="../../desktop/views/shell/main_window.py" line="201" />
        <source>Employee: %1</source>
        <translation>Employé : %1</translation>
    </message>
    <message>
        <location filename="../../desktop/views/shell/main_window.py" line="202" />
        <source>none</source>
        <translation>aucun</translation>
    </message>
    <message>
        <location filename="../../desktop/views/shell/main_window.py" line="235" />
        <source>Run session</source>
        <translation>Exécuter une session</translation>
    </message>
    <message>
        <location filename="../../desktop/views/shell/main_window.py" line="236" />
        <source>There is no session %1.</source>
        <translation>La session %1 n'existe pas.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/shell/main_window.py" line="313" />
        <source>CRM desktop %1
Database: %2</source>
        <translation>CRM %1
Base de données : %2</translation>
    </message>
</context>
<context>
    <name>MergeAction</name>
    <message>
        <location filename="../../desktop/views/partners/sessions.py" line="23" />
        <source>Merge…</source>
        <translation>Fusionner…</translation>
    </message>
    <message>
        <location filename="../../desktop/views/partners/sessions.py" line="24" />
        <source>Merge the two selected records</source>
        <translation>Fusionner les deux enregistrements sélectionnés</translation>
    </message>
</context>
<context>
    <name>MergeDialog</name>
    <message>
        <location filename="../../desktop/views/partners/merge.py" line="45" />
        <source>Yes</source>
        <translation>Oui</translation>
    </message>
    <message>
        <location filename="../../desktop/views/partners/merge.py" line="46" />
        <source>No</source>
        <translation>Non</translation>
    </message>
    <message>
        <location filename="../../desktop/views/partners/merge.py" line="82" />
        <location filename="../../desktop/views/partners/merge.py" line="176" />
        <source>Merge duplicates</source>
        <translation>Fusionner des doublons</translation>
    </message>
    <message>
        <location filename="../../desktop/views/partners/merge.py" line="87" />
        <source>Choose the record that stays, then the value it keeps where the two differ. Everything linked to the other record moves to it, and the other is deleted.</source>
        <translation>Choisissez l'enregistrement conservé, puis la valeur qu'il garde là où les deux diffèrent. Tout ce qui est lié à l'autre enregistrement lui est rattaché, et l'autre est supprimé.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/partners/merge.py" line="104" />
        <source>Merge</source>
        <translation>Fusionner</translation>
    </message>
    <message>
        <location filename="../../desktop/views/partners/merge.py" line="114" />
        <source>Keep %1 — %2</source>
        <translation>Conserver %1 — %2</translation>
    </message>
    <message>
        <location filename="../../desktop/views/partners/merge.py" line="121" />
        <source>Field</source>
        <translation>Champ</translation>
    </message>
    <message>
        <location filename="../../desktop/views/partners/merge.py" line="140" />
        <source>The two records hold the same values.</source>
        <translation>Les deux enregistrements ont les mêmes valeurs.</translation>
    </message>
</context>
<context>
    <name>Operation</name>
    <message>
        <location filename="../../desktop/i18n.py" line="24" />
        <source>Unexpected error: %1</source>
        <translation>Erreur inattendue : %1</translation>
    </message>
    <message>
        <location filename="../../desktop/views/ops/operation.py" line="37" />
        <source>Cannot do that</source>
        <extracomment>whether only functions of ops modules may run (on once every window calls its ops)</extracomment>
        <translation>Action impossible</translation>
    </message>
    <message>
        <location filename="../../desktop/views/ops/operation.py" line="51" />
        <source>File in use</source>
        <translation>Fichier utilisé</translation>
    </message>
    <message>
        <location filename="../../desktop/views/ops/operation.py" line="192" />
        <source>Please confirm</source>
        <extracomment>True once it went through, False once it failed, None while it runs</extracomment>
        <translation>Veuillez confirmer</translation>
    </message>
</context>
<context>
    <name>Opportunities</name>
    <message>
        <location filename="../../desktop/views/opportunities/sessions.py" line="178" />
        <source>Reopen opportunity</source>
        <translation>Rouvrir l'opportunité</translation>
    </message>
    <message>
        <location filename="../../desktop/views/opportunities/sessions.py" line="41" />
        <source>Generate quotation</source>
        <translation>Générer le devis</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/views/opportunities/sessions.py" line="45" />
        <source>Quotation %1 was created with %n line(s). Open it?</source>
        <translation><numerusform>Le devis %1 a été créé avec %n ligne. L'ouvrir ?</numerusform><numerusform>Le devis %1 a été créé avec %n lignes. L'ouvrir ?</numerusform></translation>
    </message>
    <message>
        <location filename="../../desktop/views/opportunities/sessions.py" line="161" />
        <source>%1 opportunities · expected revenue %2 · weighted revenue %3</source>
        <translation>%1 opportunités · CA prévu %2 · CA pondéré %3</translation>
    </message>
    <message>
        <location filename="../../desktop/views/opportunities/sessions.py" line="318" />
        <source>A quotation cannot be generated for an opportunity with status %1.</source>
        <translation>Impossible de générer un devis pour une opportunité au statut %1.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/opportunities/sessions.py" line="320" />
        <source>Save the opportunity first.</source>
        <translation>Enregistrez d'abord l'opportunité.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/opportunities/sessions.py" line="321" />
        <source>Create a sales quotation from the selected items</source>
        <translation>Créer un devis à partir des articles sélectionnés</translation>
    </message>
</context>
<context>
    <name>OverviewSession</name>
    <message>
        <location filename="../../desktop/views/shapes/overview.py" line="106" />
        <source>Search…</source>
        <extracomment>``deleter(session, obj)``: the domain function that deletes one record with its rules (None: records.delete, which refuses what others still use)</extracomment>
        <translation>Rechercher…</translation>
    </message>
    <message>
        <location filename="../../desktop/views/shapes/overview.py" line="111" />
        <source>New</source>
        <translation>Nouveau</translation>
    </message>
    <message>
        <location filename="../../desktop/views/shapes/overview.py" line="111" />
        <source>Open</source>
        <translation>Ouvrir</translation>
    </message>
    <message>
        <location filename="../../desktop/views/shapes/overview.py" line="112" />
        <location filename="../../desktop/views/shapes/overview.py" line="253" />
        <location filename="../../desktop/views/shapes/overview.py" line="260" />
        <source>Delete</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <location filename="../../desktop/views/shapes/overview.py" line="112" />
        <source>Refresh</source>
        <translation>Actualiser</translation>
    </message>
    <message>
        <location filename="../../desktop/views/shapes/overview.py" line="113" />
        <location filename="../../desktop/views/shapes/overview.py" line="278" />
        <source>Export to Excel</source>
        <translation>Exporter vers Excel</translation>
    </message>
    <message>
        <location filename="../../desktop/views/shapes/overview.py" line="114" />
        <location filename="../../desktop/views/shapes/overview.py" line="270" />
        <source>Export to CSV</source>
        <translation>Exporter en CSV</translation>
    </message>
    <message>
        <location filename="../../desktop/views/shapes/overview.py" line="131" />
        <source>Only the rows matching “%1” are shown; clear the search to see them all.</source>
        <translation>Seules les lignes contenant « %1 » sont affichées ; videz la recherche pour tout voir.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/views/shapes/overview.py" line="200" />
        <source>%n row(s)</source>
        <translation><numerusform>%n ligne</numerusform><numerusform>%n lignes</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/views/shapes/overview.py" line="251" />
        <source>Delete %n record(s)?</source>
        <translation><numerusform>Supprimer %n enregistrement ?</numerusform><numerusform>Supprimer %n enregistrements ?</numerusform></translation>
    </message>
    <message>
        <location filename="../../desktop/views/shapes/overview.py" line="266" />
        <source>CSV, semicolons and decimal commas (*.csv)</source>
        <translation>CSV, points-virgules et virgules décimales (*.csv)</translation>
    </message>
    <message>
        <location filename="../../desktop/views/shapes/overview.py" line="267" />
        <source>CSV, commas and decimal points (*.csv)</source>
        <translation>CSV, virgules et points décimaux (*.csv)</translation>
    </message>
    <message>
        <location filename="../../desktop/views/shapes/overview.py" line="280" />
        <source>Excel workbooks (*.xlsx)</source>
        <translation>Classeurs Excel (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../../desktop/views/shapes/overview.py" line="299" />
        <source>Export</source>
        <translation>Export</translation>
    </message>
    <message>
        <location filename="../../desktop/views/shapes/overview.py" line="301" />
        <source>Exporting…</source>
        <translation>Exportation…</translation>
    </message>
</context>
<context>
    <name>PageDialog</name>
    <message>
        <location filename="../../desktop/widgets/letter_editor/dialogs.py" line="104" />
        <source>Page setup</source>
        <translation>Mise en page de la feuille</translation>
    </message>
    <message>
        <location filename="../../desktop/widgets/letter_editor/dialogs.py" line="111" />
        <source>Page size</source>
        <translation>Format de page</translation>
    </message>
    <message>
        <location filename="../../desktop/widgets/letter_editor/dialogs.py" line="112" />
        <source>Top margin (mm)</source>
        <translation>Marge haute (mm)</translation>
    </message>
    <message>
        <location filename="../../desktop/widgets/letter_editor/dialogs.py" line="113" />
        <source>Bottom margin (mm)</source>
        <translation>Marge basse (mm)</translation>
    </message>
    <message>
        <location filename="../../desktop/widgets/letter_editor/dialogs.py" line="114" />
        <source>Left margin (mm)</source>
        <translation>Marge gauche (mm)</translation>
    </message>
    <message>
        <location filename="../../desktop/widgets/letter_editor/dialogs.py" line="115" />
        <source>Right margin (mm)</source>
        <translation>Marge droite (mm)</translation>
    </message>
</context>
<context>
    <name>ProcessingSession</name>
    <message>
        <location filename="declared_strings.py" line="8" />
        <source>Run</source>
        <translation>Exécuter</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="7" />
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <location filename="../../desktop/models/report_lines.py" line="28" />
        <source>Record</source>
        <extracomment>the order of the lines: what needs a look first, what was left out last</extracomment>
        <translation>Enregistrement</translation>
    </message>
    <message>
        <location filename="../../desktop/models/report_lines.py" line="29" />
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <location filename="../../desktop/models/report_lines.py" line="30" />
        <source>Assigned to</source>
        <translation>Affecté à</translation>
    </message>
    <message>
        <location filename="../../desktop/models/report_lines.py" line="31" />
        <source>Result</source>
        <translation>Résultat</translation>
    </message>
    <message>
        <location filename="../../desktop/models/report_lines.py" line="32" />
        <source>Message</source>
        <translation>Message</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/models/report_lines.py" line="131" />
        <source>%n record(s) left out by the filters or the selection</source>
        <translation><numerusform>%n enregistrement écarté par les filtres ou la sélection</numerusform><numerusform>%n enregistrements écartés par les filtres ou la sélection</numerusform></translation>
    </message>
    <message>
        <location filename="../../desktop/views/shapes/processing.py" line="123" />
        <source>Running…</source>
        <extracomment>the form's values are kept per user and shown again at the next opening</extracomment>
        <translation>En cours…</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/views/shapes/processing.py" line="143" />
        <source>%1: %n record(s) processed.</source>
        <translation><numerusform>%1 : %n enregistrement traité.</numerusform><numerusform>%1 : %n enregistrements traités.</numerusform></translation>
    </message>
    <message>
        <location filename="../../desktop/views/shapes/processing.py" line="154" />
        <source>Nothing was changed.</source>
        <translation>Rien n'a été modifié.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/shapes/processing.py" line="157" />
        <source>Cancelled: nothing was changed.</source>
        <translation>Annulé : rien n'a été modifié.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/shapes/processing.py" line="162" />
        <source>The run failed and was rolled back: %1</source>
        <translation>Le traitement a échoué et a été annulé : %1</translation>
    </message>
</context>
<context>
    <name>ReminderService</name>
    <message>
        <location filename="../../desktop/views/activities/reminders.py" line="112" />
        <source>Reminder</source>
        <extracomment>the reminders due at the last check</extracomment>
        <translation>Rappel</translation>
    </message>
</context>
<context>
    <name>ReminderWindow</name>
    <message>
        <location filename="../../desktop/views/activities/reminders.py" line="35" />
        <source>Reminders</source>
        <translation>Rappels</translation>
    </message>
    <message>
        <location filename="../../desktop/views/activities/reminders.py" line="40" />
        <source>Open</source>
        <translation>Ouvrir</translation>
    </message>
    <message>
        <location filename="../../desktop/views/activities/reminders.py" line="42" />
        <source>Snooze %1 min</source>
        <translation>Répéter dans %1 min</translation>
    </message>
    <message>
        <location filename="../../desktop/views/activities/reminders.py" line="44" />
        <source>Dismiss</source>
        <translation>Ignorer</translation>
    </message>
</context>
<context>
    <name>ReportPreview</name>
    <message>
        <location filename="../../desktop/views/reports/preview.py" line="88" />
        <source>First page</source>
        <translation>Première page</translation>
    </message>
    <message>
        <location filename="../../desktop/views/reports/preview.py" line="90" />
        <source>Previous page</source>
        <translation>Page précédente</translation>
    </message>
    <message>
        <location filename="../../desktop/views/reports/preview.py" line="95" />
        <source>Next page</source>
        <translation>Page suivante</translation>
    </message>
    <message>
        <location filename="../../desktop/views/reports/preview.py" line="98" />
        <source>Last page</source>
        <translation>Dernière page</translation>
    </message>
    <message>
        <location filename="../../desktop/views/reports/preview.py" line="101" />
        <source>Zoom out</source>
        <translation>Zoom arrière</translation>
    </message>
    <message>
        <location filename="../../desktop/views/reports/preview.py" line="103" />
        <source>Page width</source>
        <translation>Largeur de page</translation>
    </message>
    <message>
        <location filename="../../desktop/views/reports/preview.py" line="108" />
        <source>Zoom in</source>
        <translation>Zoom avant</translation>
    </message>
    <message>
        <location filename="../../desktop/views/reports/preview.py" line="110" />
        <location filename="../../desktop/views/reports/preview.py" line="195" />
        <source>Print…</source>
        <translation>Imprimer…</translation>
    </message>
    <message>
        <location filename="../../desktop/views/reports/preview.py" line="112" />
        <source>Save as PDF…</source>
        <translation>Enregistrer en PDF…</translation>
    </message>
    <message>
        <location filename="../../desktop/views/reports/preview.py" line="136" />
        <source>of %1</source>
        <translation>sur %1</translation>
    </message>
    <message>
        <location filename="../../desktop/views/reports/preview.py" line="198" />
        <location filename="../../desktop/views/reports/preview.py" line="207" />
        <source>Save as PDF</source>
        <translation>Enregistrer en PDF</translation>
    </message>
    <message>
        <location filename="../../desktop/views/reports/preview.py" line="200" />
        <source>PDF documents (*.pdf)</source>
        <translation>Documents PDF (*.pdf)</translation>
    </message>
</context>
<context>
    <name>RunReportPanel</name>
    <message>
        <location filename="../../desktop/views/shapes/run_report.py" line="80" />
        <source>Print report…</source>
        <translation>Imprimer le rapport…</translation>
    </message>
    <message>
        <location filename="../../desktop/views/shapes/run_report.py" line="81" />
        <location filename="../../desktop/views/shapes/run_report.py" line="143" />
        <location filename="../../desktop/views/shapes/run_report.py" line="155" />
        <location filename="../../desktop/views/shapes/run_report.py" line="158" />
        <source>Save report…</source>
        <translation>Enregistrer le rapport…</translation>
    </message>
    <message>
        <location filename="../../desktop/views/shapes/run_report.py" line="142" />
        <source>Excel workbooks (*.xlsx)</source>
        <translation>Classeurs Excel (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../../desktop/views/shapes/run_report.py" line="142" />
        <source>CSV files (*.csv)</source>
        <translation>Fichiers CSV (*.csv)</translation>
    </message>
</context>
<context>
    <name>RunSessionDialog</name>
    <message>
        <location filename="../../desktop/views/shell/run_session.py" line="23" />
        <source>Run session</source>
        <translation>Exécuter une session</translation>
    </message>
    <message>
        <location filename="../../desktop/views/shell/run_session.py" line="27" />
        <source>Session code or name, e.g. tdsmi1610m000</source>
        <translation>Code ou nom de session, p. ex. tdsmi1610m000</translation>
    </message>
    <message>
        <location filename="../../desktop/views/shell/run_session.py" line="40" />
        <source>Session:</source>
        <translation>Session :</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../../desktop/dialogs/settings_dialog.py" line="40" />
        <location filename="../../desktop/dialogs/settings_dialog.py" line="85" />
        <location filename="../../desktop/dialogs/settings_dialog.py" line="92" />
        <source>Settings</source>
        <translation>Paramètres</translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs/settings_dialog.py" line="43" />
        <source>System language</source>
        <translation>Langue du système</translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs/settings_dialog.py" line="48" />
        <source>Empty: the embedded database (%1)</source>
        <translation>Vide : la base intégrée (%1)</translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs/settings_dialog.py" line="58" />
        <source>Keep cells that begin with = + - @ as they are</source>
        <translation>Garder tels quels les champs qui commencent par = + - @</translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs/settings_dialog.py" line="61" />
        <source>Mail merge's data files, for a program other than a spreadsheet. Left unticked, such a cell gets a leading apostrophe, so that a spreadsheet never runs it as a formula (CSV injection).</source>
        <translation>Les fichiers de données du publipostage, pour un autre programme qu'un tableur. Décoché, un tel champ reçoit une apostrophe en tête, pour qu'un tableur ne l'exécute jamais comme une formule (injection CSV).</translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs/settings_dialog.py" line="66" />
        <source>Language</source>
        <translation>Langue</translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs/settings_dialog.py" line="67" />
        <source>Database URL</source>
        <translation>URL de la base de données</translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs/settings_dialog.py" line="68" />
        <source>Employee</source>
        <translation>Employé</translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs/settings_dialog.py" line="69" />
        <source>New appointments last</source>
        <translation>Durée des nouveaux rendez-vous</translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs/settings_dialog.py" line="70" />
        <source>New calls last</source>
        <translation>Durée des nouveaux appels</translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs/settings_dialog.py" line="71" />
        <source>Tasks are due at</source>
        <translation>Échéance des tâches à</translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs/settings_dialog.py" line="72" />
        <source>Mail merge's data files</source>
        <translation>Fichiers de données du publipostage</translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs/settings_dialog.py" line="73" />
        <source>A new database URL takes effect at the next start.</source>
        <translation>Une nouvelle URL de base de données s'applique au prochain démarrage.</translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs/settings_dialog.py" line="106" />
        <source> min</source>
        <translation> min</translation>
    </message>
</context>
<context>
    <name>SignInDialog</name>
    <message>
        <location filename="../../desktop/views/exchange/sign_in.py" line="41" />
        <source>Sign in to Microsoft 365</source>
        <translation>Connexion à Microsoft 365</translation>
    </message>
    <message>
        <location filename="../../desktop/views/exchange/sign_in.py" line="46" />
        <source>The synchronization will use your own mailbox. Open the Microsoft sign-in page, type the code below and sign in with your work account.</source>
        <translation>La synchronisation utilisera votre propre boîte aux lettres. Ouvrez la page de connexion Microsoft, saisissez le code ci-dessous et connectez-vous avec votre compte professionnel.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/exchange/sign_in.py" line="60" />
        <source>Copy the code</source>
        <translation>Copier le code</translation>
    </message>
    <message>
        <location filename="../../desktop/views/exchange/sign_in.py" line="62" />
        <source>Open the sign-in page</source>
        <translation>Ouvrir la page de connexion</translation>
    </message>
    <message>
        <location filename="../../desktop/views/exchange/sign_in.py" line="64" />
        <source>Sign in with the browser instead</source>
        <translation>Se connecter plutôt avec le navigateur</translation>
    </message>
    <message>
        <location filename="../../desktop/views/exchange/sign_in.py" line="67" />
        <source>Asking Microsoft for a code…</source>
        <translation>Demande d'un code à Microsoft…</translation>
    </message>
    <message>
        <location filename="../../desktop/views/exchange/sign_in.py" line="73" />
        <source>Administrator's setup…</source>
        <translation>Configuration par l'administrateur…</translation>
    </message>
    <message>
        <location filename="../../desktop/views/exchange/sign_in.py" line="108" />
        <source>Waiting for you to sign in…</source>
        <translation>En attente de votre connexion…</translation>
    </message>
    <message>
        <location filename="../../desktop/views/exchange/sign_in.py" line="125" />
        <source>Sign in in the browser window that opened…</source>
        <translation>Connectez-vous dans la fenêtre du navigateur qui s'est ouverte…</translation>
    </message>
    <message>
        <location filename="../../desktop/views/exchange/sign_in.py" line="138" />
        <source>Signed in as %1.</source>
        <translation>Connecté en tant que %1.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/exchange/sign_in.py" line="146" />
        <source>The sign-in failed: %1</source>
        <translation>La connexion a échoué : %1</translation>
    </message>
</context>
<context>
    <name>SyncController</name>
    <message>
        <location filename="../../desktop/sync/worker.py" line="160" />
        <source>Synchronizing with Exchange…</source>
        <extracomment>whether the sync is enabled, and when the next run is due (None: not scheduled) whether the settings enable the sync, as last read on the sync thread</extracomment>
        <translation>Synchronisation avec Exchange…</translation>
    </message>
    <message>
        <location filename="../../desktop/sync/worker.py" line="193" />
        <source>Synchronization stopped: %1</source>
        <translation>Synchronisation arrêtée : %1</translation>
    </message>
    <message>
        <location filename="../../desktop/sync/worker.py" line="195" />
        <source>Will retry: %1</source>
        <translation>Nouvel essai prévu : %1</translation>
    </message>
    <message>
        <location filename="../../desktop/sync/worker.py" line="200" />
        <source>Synchronized just now</source>
        <translation>Synchronisé à l'instant</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/sync/worker.py" line="202" />
        <source>Synchronized %n min ago</source>
        <translation><numerusform>Synchronisé il y a %n min</numerusform><numerusform>Synchronisé il y a %n min</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/sync/worker.py" line="205" />
        <source>%n change(s) waiting</source>
        <translation><numerusform>%n modification en attente</numerusform><numerusform>%n modifications en attente</numerusform></translation>
    </message>
    <message>
        <location filename="../../desktop/sync/worker.py" line="208" />
        <source>%1: synchronized by another installation</source>
        <translation>%1 : synchronisé par une autre installation</translation>
    </message>
</context>
<context>
    <name>TableDialog</name>
    <message>
        <location filename="../../desktop/widgets/letter_editor/dialogs.py" line="85" />
        <source>Insert table</source>
        <translation>Insérer un tableau</translation>
    </message>
    <message>
        <location filename="../../desktop/widgets/letter_editor/dialogs.py" line="94" />
        <source>Rows</source>
        <translation>Lignes</translation>
    </message>
    <message>
        <location filename="../../desktop/widgets/letter_editor/dialogs.py" line="95" />
        <source>Columns</source>
        <translation>Colonnes</translation>
    </message>
</context>
<context>
    <name>VCards</name>
    <message>
        <location filename="../../desktop/views/partners/cards.py" line="23" />
        <source>Export vCards…</source>
        <translation>Exporter en vCard…</translation>
    </message>
    <message>
        <location filename="../../desktop/views/partners/cards.py" line="24" />
        <source>Import vCards…</source>
        <translation>Importer des vCard…</translation>
    </message>
    <message>
        <location filename="../../desktop/views/partners/cards.py" line="41" />
        <location filename="../../desktop/views/partners/cards.py" line="60" />
        <source>Export vCards</source>
        <translation>Exporter en vCard</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/views/partners/cards.py" line="61" />
        <source>%n contact(s) written to %1.</source>
        <translation><numerusform>%n contact écrit dans %1.</numerusform><numerusform>%n contacts écrits dans %1.</numerusform></translation>
    </message>
    <message>
        <location filename="../../desktop/views/partners/cards.py" line="66" />
        <location filename="../../desktop/views/partners/cards.py" line="83" />
        <source>Import vCards</source>
        <translation>Importer des vCard</translation>
    </message>
    <message>
        <location filename="../../desktop/views/partners/cards.py" line="78" />
        <source>Created: %1, updated: %2, skipped: %3.</source>
        <translation>Créés : %1, mis à jour : %2, ignorés : %3.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/partners/cards.py" line="81" />
        <source>Card %1: %2</source>
        <translation>Carte %1 : %2</translation>
    </message>
</context>
<context>
    <name>_AttributeDetailBase</name>
    <message>
        <location filename="../../desktop/views/attributes/sessions.py" line="121" />
        <source>Options belong to attributes of type Option.</source>
        <translation>Les options concernent les attributs de type Option.</translation>
    </message>
</context>
<context>
    <name>_UsersOverview</name>
    <message>
        <location filename="../../desktop/views/exchange/sessions.py" line="243" />
        <source>Activate all</source>
        <translation>Tout activer</translation>
    </message>
    <message>
        <location filename="../../desktop/views/exchange/sessions.py" line="244" />
        <source>Deactivate all</source>
        <translation>Tout désactiver</translation>
    </message>
    <message>
        <location filename="../../desktop/views/exchange/sessions.py" line="245" />
        <source>Import all users</source>
        <translation>Importer tous les utilisateurs</translation>
    </message>
</context>
<context>
    <name>app</name>
    <message>
        <location filename="../../desktop/app.py" line="114" />
        <source>A demo database was created: %1</source>
        <translation>Une base de démonstration a été créée : %1</translation>
    </message>
    <message>
        <location filename="../../desktop/app.py" line="117" />
        <source>The database was upgraded; backup: %1</source>
        <translation>La base a été mise à jour ; sauvegarde : %1</translation>
    </message>
    <message>
        <location filename="../../desktop/app.py" line="166" />
        <location filename="../../desktop/app.py" line="191" />
        <source>CRM desktop</source>
        <translation>CRM</translation>
    </message>
    <message>
        <location filename="../../desktop/app.py" line="166" />
        <source>CRM desktop is already running on this data folder but does not answer: close it (in the Task Manager if need be) and start it again.</source>
        <translation>CRM est déjà lancé sur ce dossier de données mais ne répond pas : fermez-le (au besoin dans le Gestionnaire des tâches) puis relancez-le.</translation>
    </message>
    <message>
        <location filename="../../desktop/app.py" line="274" />
        <source>Database location</source>
        <translation>Emplacement de la base de données</translation>
    </message>
</context>
<context>
    <name>crm</name>
    <message>
        <location filename="declared_strings.py" line="9" />
        <source>(empty)</source>
        <translation>(vide)</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="10" />
        <source>({kind}, ...) stands only before IN "pattern".</source>
        <translation>({kind}, ...) ne s'emploie que devant IN "motif".</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="11" />
        <source>A business partner with status {status_label} needs an effective date.</source>
        <translation>Un tiers au statut {status_label} doit avoir une date d'effet.</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="12" />
        <source>A follow-up can be an appointment, a call, a task or an e-mail.</source>
        <translation>Une activité de suivi peut être un rendez-vous, un appel, une tâche ou un e-mail.</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="13" />
        <source>A header or footer may hold only {variables}: remove {fields}.</source>
        <translation>Un en-tête ou un pied de page ne peut contenir que {variables} : retirez {fields}.</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="14" />
        <source>A letter is written for a business partner, a contact, an opportunity or an activity.</source>
        <translation>Une lettre s'adresse à un tiers, un contact, une opportunité ou une activité.</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="15" />
        <source>A letter on {object_kind} cannot merge {fields}: remove these fields or choose them from the catalogue.</source>
        <translation>Une lettre sur l'objet « {object_kind} » ne peut pas fusionner {fields} : retirez ces champs ou choisissez-les dans le catalogue.</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="16" />
        <source>A letter on {object_label} cannot merge {fields}: replace them with fields of the catalogue before saving.</source>
        <translation>Une lettre sur {object_label} ne peut pas fusionner {fields} : remplacez-les par des champs du catalogue avant d'enregistrer.</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="17" />
        <source>A new opportunity can only be Preliminary, In Process or Dead.</source>
        <translation>Une nouvelle opportunité ne peut être que Préliminaire, En cours ou Abandonnée.</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="18" />
        <source>A new page starts when a sorted field changes: turn Sort on for {name}, or clear New page.</source>
        <translation>Une nouvelle page commence quand un champ trié change : cochez Tri pour {name}, ou décochez Nouvelle page.</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="19" />
        <source>A note needs a subject.</source>
        <translation>Une remarque doit avoir un objet.</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="20" />
        <source>A processed quotation can no longer be changed.</source>
        <translation>Un devis traité ne peut plus être modifié.</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="21" />
        <source>A pull interval is at least 1.</source>
        <translation>Un intervalle de lecture vaut au moins 1.</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="22" />
        <source>A pull interval under 15 minutes loads Exchange; 15 minutes or more is advised.</source>
        <translation>Un intervalle de lecture sous 15 minutes charge Exchange ; 15 minutes ou plus est conseillé.</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="23" />
        <source>A quotation cannot be generated for an opportunity with status {status_label}.</source>
        <translation>Impossible de générer un devis pour une opportunité au statut {status_label}.</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="24" />
        <source>A range has two bounds: (low, high).</source>
        <translation>Une plage a deux bornes : (min, max).</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="25" />
        <source>A record was changed by another user after you opened it. Your changes were not saved: reload and try again.</source>
        <translation>Un enregistrement a été modifié par un autre utilisateur après son ouverture. Vos modifications n'ont pas été enregistrées : rechargez puis recommencez.</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="26" />
        <source>A report lists business partners, contacts, opportunities or activities.</source>
        <translation>Un état liste des tiers, des contacts, des opportunités ou des activités.</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="27" />
        <source>A report on {object_label} cannot show {name}: choose a field or an attribute from the list.</source>
        <translation>Un état sur {object_label} ne peut pas afficher {name} : choisissez un champ ou un attribut dans la liste.</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="28" />
        <source>A {old_label} opportunity can only be reopened, to In Process.</source>
        <translation>Une opportunité {old_label} ne peut qu'être rouverte, au statut En cours.</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="29" />
        <source>Access</source>
        <translation>Accès</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="30" />
        <source>Active</source>
        <translation>Actif</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="31" />
        <source>Activity</source>
        <translation>Activité</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="32" />
        <source>Activity from template {template}</source>
        <translation>Activité du modèle {template}</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="33" />
        <source>Activity template</source>
        <translation>Modèle d'activité</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="34" />
        <source>Activity template {code} does not exist.</source>
        <translation>Le modèle d'activité {code} n'existe pas.</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="35" />
        <source>Activity template {code} is not active.</source>
        <translation>Le modèle d'activité {code} n'est pas actif.</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="36" />
        <source>Add a To recipient with an e-mail address before sending.</source>
        <translation>Ajoutez un destinataire « À » avec une adresse e-mail avant d'envoyer.</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="37" />
        <source>Add a note from the Notes tab of its record.</source>
        <translation>Ajoutez une note depuis l'onglet Notes de son enregistrement.</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="38" />
        <source>After ({kind}, give an attribute code.</source>
        <translation>Après ({kind}, indiquez un code d'attribut.</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="39" />
        <source>After IN, give ranges such as (10,100) (200,300), a list such as ("Lyon", "Paris"), or a pattern in double quotes.</source>
        <translation>Après IN, donnez des plages comme (10,100) (200,300), une liste comme ("Lyon", "Paris") ou un motif entre guillemets.</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="40" />
        <source>After text IN, list texts in double quotes, e.g. ("Lyon", "Paris").</source>
        <translation>Après un texte IN, listez des textes entre guillemets, p. ex. ("Lyon", "Paris").</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="41" />
        <source>Alignment</source>
        <translation>Alignement</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="42" />
        <source>All attributes of the set are present.</source>
        <translation>Tous les attributs de l'ensemble sont présents.</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="43" />
        <source>All day</source>
        <translation>Toute la journée</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="44" />
        <source>Already given an activity in this run.</source>
        <translation>A déjà reçu une activité dans ce traitement.</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="45" />
        <source>Amount</source>
        <translation>Montant</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="46" />
        <source>An inactive business partner has no validity dates; clear them.</source>
        <translation>Un tiers inactif n'a pas de dates de validité ; effacez-les.</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="47" />
        <source>Applies to</source>
        <translation>S'applique à</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="48" />
        <source>Appointments</source>
        <translation>Rendez-vous</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="49" />
        <source>Appointments for project assignments</source>
        <translation>Rendez-vous pour les affectations de projet</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="50" />
        <source>Appointments for service assignments</source>
        <translation>Rendez-vous pour les affectations de service</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="51" />
        <source>Assigned to</source>
        <translation>Affecté à</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="52" />
        <source>Attachment</source>
        <translation>Pièce jointe</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="53" />
        <source>Attendance</source>
        <translation>Présence</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="54" />
        <source>Attendance status</source>
        <translation>Statut de présence</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="55" />
        <source>Attendee</source>
        <translation>Participant</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="56" />
        <source>Attribute</source>
        <translation>Attribut</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="57" />
        <source>Attribute by attribute set</source>
        <translation>Attribut par ensemble d'attributs</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="58" />
        <source>Attribute option</source>
        <translation>Option d'attribut</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="59" />
        <source>Attribute set</source>
        <translation>Ensemble d'attributs</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="60" />
        <source>Attribute set {code} does not exist.</source>
        <translation>L'ensemble d'attributs {code} n'existe pas.</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="61" />
        <source>Attribute set {code} has no attributes.</source>
        <translation>L'ensemble d'attributs {code} n'a aucun attribut.</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="62" />
        <source>Attribute value</source>
        <translation>Valeur d'attribut</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="63" />
        <source>Attribute {code} has {count} value(s); it cannot be deleted.</source>
        <translation>L'attribut {code} a {count} valeur(s) ; il ne peut pas être supprimé.</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="64" />
        <source>Attributes of the activity</source>
        <translation>Attributs de l'activité</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="65" />
        <source>Attributes of the business partner</source>
        <translation>Attributs du tiers</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="66" />
        <source>Attributes of the contact</source>
        <translation>Attributs du contact</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="67" />
        <source>Attributes of the opportunity</source>
        <translation>Attributs de l'opportunité</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="68" />
        <source>Authentication</source>
        <translation>Authentification</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="69" />
        <source>Base price</source>
        <translation>Prix de base</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="70" />
        <source>Business object</source>
        <translation>Objet de gestion</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="71" />
        <source>Business partner</source>
        <translation>Tiers</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="72" />
        <source>Business partners</source>
        <translation>Tiers</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="73" />
        <source>Buyer role</source>
        <translation>Rôle d'acheteur</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="74" />
        <source>COM parameters</source>
        <translation>Paramètres COM</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="75" />
        <source>CRM parameters</source>
        <translation>Paramètres CRM</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="76" />
        <source>Calendar pull interval</source>
        <translation>Intervalle de lecture du calendrier</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="77" />
        <source>Calls</source>
        <translation>Appels</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="78" />
        <source>Cannot compare {left_label} with {right_label}.</source>
        <translation>Impossible de comparer {left_label} avec {right_label}.</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="79" />
        <source>Case conversion</source>
        <translation>Conversion de casse</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="80" />
        <source>Category</source>
        <translation>Catégorie</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="81" />
        <source>Choose a record to see the letter merged on it.</source>
        <translation>Choisissez un enregistrement pour voir la lettre fusionnée.</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="82" />
        <source>Choose an existing contact.</source>
        <translation>Choisissez un contact existant.</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="83" />
        <source>Choose an item.</source>
        <translation>Choisissez un article.</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="84" />
        <source>Choose business partners, opportunities, contacts or activities.</source>
        <translation>Choisissez des tiers, des opportunités, des contacts ou des activités.</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="85" />
        <source>Choose the activity template.</source>
        <translation>Choisissez le modèle d'activité.</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="86" />
        <source>Choose the attribute set to add.</source>
        <translation>Choisissez l'ensemble d'attributs à ajouter.</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="87" />
        <source>Choose the certificate file (PEM, with its private key).</source>
        <translation>Choisissez le fichier du certificat (PEM, avec sa clé privée).</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="88" />
        <source>Choose the employee the activities are assigned to.</source>
        <translation>Choisissez l'employé à qui affecter les activités.</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="89" />
        <source>Choose the file or folder the letters are written to.</source>
        <translation>Choisissez le fichier ou le dossier où écrire les lettres.</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="90" />
        <source>Choose the file the report is written to.</source>
        <translation>Choisissez le fichier dans lequel l'état est écrit.</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="91" />
        <source>Choose the file the run writes to.</source>
        <translation>Choisissez le fichier où écrire.</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="92" />
        <source>Choose the folder the documents are written to.</source>
        <translation>Choisissez le dossier où écrire les documents.</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="93" />
        <source>Choose the letter to merge.</source>
        <translation>Choisissez la lettre à fusionner.</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="94" />
        <source>Choose the report to print.</source>
        <translation>Choisissez l'état à imprimer.</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="95" />
        <source>Choose the type of the reference.</source>
        <translation>Choisissez le type de la référence.</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="96" />
        <source>Choose the {type_label}.</source>
        <translation>Choisissez : {type_label}.</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="97" />
        <source>Choose two different records to merge.</source>
        <translation>Choisissez deux enregistrements différents à fusionner.</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="98" />
        <source>Choose what to add.</source>
        <translation>Choisissez ce qu'il faut ajouter.</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="99" />
        <source>Chosen from</source>
        <translation>Choisi dans</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="100" />
        <source>City</source>
        <translation>Ville</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="101" />
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="102" />
        <source>Code is required.</source>
        <translation>Le code est obligatoire.</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="103" />
        <source>Completed</source>
        <translation>Terminé</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="104" />
        <source>Contact</source>
        <translation>Contact</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="105" />
        <source>Contact by opportunity</source>
        <translation>Contact par opportunité</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="106" />
        <source>Contact pull interval</source>
        <translation>Intervalle de lecture des contacts</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="107" />
        <source>Contact unit</source>
        <translation>Unité (contacts)</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="108" />
        <source>Contact's before-surname prefix, capitalised</source>
        <translation>Particule du nom du contact, avec une majuscule</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="109" />
        <source>Contact's salutation</source>
        <translation>Civilité du contact</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="110" />
        <source>Contacts</source>
        <translation>Contacts</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="111" />
        <source>Correspondence name (the contact's last name, else the partner's name)</source>
        <translation>Nom de correspondance (nom du contact, sinon nom du tiers)</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="112" />
        <source>Country</source>
        <translation>Pays</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="113" />
        <source>Credit limit</source>
        <translation>Limite de crédit</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="114" />
        <source>Currency</source>
        <translation>Devise</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="115" />
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="116" />
        <source>Default attribute set by role</source>
        <translation>Ensemble d'attributs par défaut par rôle</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="117" />
        <source>Default opportunity type</source>
        <translation>Type d'opportunité par défaut</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="118" />
        <source>Default order type</source>
        <translation>Type de commande par défaut</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="119" />
        <source>Default origin</source>
        <translation>Origine par défaut</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="120" />
        <source>Default sales office</source>
        <translation>Service des ventes par défaut</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="121" />
        <source>Default sales process</source>
        <translation>Processus de vente par défaut</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="122" />
        <source>Default tax rate %</source>
        <oldsource>Default tax rate pct</oldsource>
        <translation>Taux de taxe par défaut %</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="123" />
        <source>Defaults by user</source>
        <translation>Valeurs par défaut par utilisateur</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="124" />
        <source>Deleted {codes}</source>
        <translation>Supprimé : {codes}</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="125" />
        <source>Deleted {codes}; kept {kept} (done).</source>
        <translation>Supprimé {codes} ; conservé {kept} (fait).</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="126" />
        <source>Description</source>
        <translation>Description</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="127" />
        <source>Digits</source>
        <translation>Chiffres</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="128" />
        <source>Direction</source>
        <translation>Sens</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="129" />
        <source>Discount %</source>
        <translation>Remise %</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="130" />
        <source>Discount amount</source>
        <translation>Montant de remise</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="131" />
        <source>Division by zero.</source>
        <translation>Division par zéro.</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="132" />
        <source>Do not call</source>
        <translation>Ne pas appeler</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="133" />
        <source>Due</source>
        <translation>Échéance</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="134" />
        <source>Due date</source>
        <translation>Échéance</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="135" />
        <source>Duration (hours)</source>
        <translation>Durée (heures)</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="136" />
        <source>Duration (minutes)</source>
        <translation>Durée (minutes)</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="137" />
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="138" />
        <source>E-mail address</source>
        <translation>Adresse e-mail</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="139" />
        <source>E-mails</source>
        <translation>E-mails</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="140" />
        <source>Each field takes one column; mapped twice: {fields}.</source>
        <translation>Chaque champ prend une colonne ; associés deux fois : {fields}.</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="141" />
        <source>Effective date</source>
        <translation>Date d'effet</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="142" />
        <source>Element</source>
        <translation>Élément</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="143" />
        <source>Employee</source>
        <translation>Employé</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="144" />
        <source>Empty fields are left empty, as the letter will print.</source>
        <translation>Les champs vides restent vides, comme à l'impression.</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="145" />
        <source>End</source>
        <translation>Fin</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="146" />
        <source>End date</source>
        <translation>Date de fin</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="147" />
        <source>Enter a code, or set a number series in the COM parameters.</source>
        <translation>Saisissez un code ou définissez une série de numéros dans les paramètres COM.</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="148" />
        <source>Enter a duration of at least one minute.</source>
        <translation>Saisissez une durée d'au moins une minute.</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="149" />
        <source>Enter an opportunity number, or set the opportunity number series in the CRM parameters.</source>
        <translation>Saisissez un numéro d'opportunité ou définissez la série des opportunités dans les paramètres CRM.</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="150" />
        <source>Enter how long before the start the reminder comes.</source>
        <translation>Indiquez combien de temps avant le début le rappel doit venir.</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="151" />
        <source>Enter the account the synchronization signs in with.</source>
        <oldsource>Enter the account the synchronisation signs in with.</oldsource>
        <translation>Saisissez le compte avec lequel la synchronisation se connecte.</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="152" />
        <source>Enter the address of the Exchange service, e.g. https://mail.example.com/EWS/Exchange.asmx.</source>
        <translation>Saisissez l'adresse du service Exchange, p. ex. https://mail.example.com/EWS/Exchange.asmx.</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="153" />
        <source>Enter the application (client) id registered in Microsoft Entra.</source>
        <translation>Saisissez l'ID d'application (client) inscrite dans Microsoft Entra.</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="154" />
        <source>Enter the due date of the task.</source>
        <translation>Saisissez l'échéance de la tâche.</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="155" />
        <source>Enter the number of the referenced document.</source>
        <translation>Saisissez le numéro du document référencé.</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="156" />
        <source>Enter the start.</source>
        <translation>Saisissez le début.</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="157" />
        <source>Enter the tenant (directory) id the application is registered in.</source>
        <translation>Saisissez l'ID du locataire (annuaire) où l'application est inscrite.</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="158" />
        <source>Enter when the task should remind you.</source>
        <translation>Indiquez quand la tâche doit vous le rappeler.</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="159" />
        <source>Exchange Online refused EWS: Microsoft retires EWS in Exchange Online; choose Exchange Online (Microsoft Graph) in the synchronization settings.</source>
        <translation>Exchange Online a refusé EWS : Microsoft retire EWS d'Exchange Online ; choisissez Exchange Online (Microsoft Graph) dans les paramètres de synchronisation.</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="160" />
        <source>Exchange answered with an error; it will be retried.</source>
        <translation>Exchange a répondu par une erreur ; un nouvel essai aura lieu.</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="161" />
        <source>Exchange cannot be reached (connection refused or no network).</source>
        <translation>Exchange est injoignable (connexion refusée ou pas de réseau).</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="162" />
        <source>Exchange did not answer in time.</source>
        <translation>Exchange n'a pas répondu à temps.</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="163" />
        <source>Exchange is busy and asked to wait {seconds} s.</source>
        <translation>Exchange est occupé et demande d'attendre {seconds} s.</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="164" />
        <source>Exchange refused the account: check the user name and password.</source>
        <translation>Exchange a refusé le compte : vérifiez l'utilisateur et le mot de passe.</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="165" />
        <source>Exchange refused the service account EWS access: allow it EWS and impersonation of the sync users.</source>
        <translation>Exchange a refusé l'accès EWS au compte de service : autorisez-lui EWS et l'emprunt d'identité des utilisateurs synchronisés.</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="166" />
        <source>Exchange refused the service account the mailbox {mailbox}: give it impersonation rights (ApplicationImpersonation) on this mailbox.</source>
        <translation>Exchange a refusé au compte de service la boîte aux lettres {mailbox} : donnez-lui le droit d'emprunt d'identité (ApplicationImpersonation) sur cette boîte.</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="167" />
        <source>Exchange synchronization settings</source>
        <translation>Paramètres de synchronisation Exchange</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="168" />
        <source>Exchange synchronization user</source>
        <translation>Utilisateur de synchronisation Exchange</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="169" />
        <source>Expected close date</source>
        <translation>Date de clôture prévue</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="170" />
        <source>Expected revenue</source>
        <translation>CA prévu</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="171" />
        <source>Expected {expected} but found {found}.</source>
        <translation>{expected} attendu, {found} trouvé.</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="172" />
        <source>Expiry date</source>
        <translation>Date d'expiration</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="173" />
        <source>External sales rep</source>
        <translation>Représentant externe</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="174" />
        <source>Field</source>
        <translation>Champ</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="175" />
        <source>Fields the editor cannot hold were kept as the text they showed: {fields}.</source>
        <translation>Les champs que l'éditeur ne peut pas contenir ont été gardés comme le texte qu'ils affichaient : {fields}.</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="176" />
        <source>File name</source>
        <translation>Nom du fichier</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="177" />
        <source>First contact</source>
        <translation>Premier contact</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="178" />
        <source>First name</source>
        <translation>Prénom</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="179" />
        <source>Full name (other)</source>
        <translation>Nom complet (autre)</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="180" />
        <source>Home currency</source>
        <translation>Devise de la société</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="181" />
        <source>IN "pattern" needs text.</source>
        <translation>IN "motif" s\'applique à du texte.</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="182" />
        <source>IN (low,high) needs a number or a date.</source>
        <translation>IN (bas,haut) s'applique à un nombre ou une date.</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="183" />
        <source>Inactive contact or closed activity.</source>
        <translation>Contact inactif ou activité clôturée.</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="184" />
        <source>Include in forecast</source>
        <translation>Inclure dans la prévision</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="185" />
        <source>Initials</source>
        <translation>Initiales</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="186" />
        <source>Initials based on</source>
        <translation>Initiales basées sur</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="187" />
        <source>Internal sales rep</source>
        <translation>Représentant interne</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="188" />
        <source>Invite</source>
        <translation>Inviter</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="189" />
        <source>Item</source>
        <translation>Article</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="190" />
        <source>Items cannot be added or changed for status {status_label}.</source>
        <translation>Impossible d'ajouter ou de modifier des articles au statut {status_label}.</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="191" />
        <source>Job title</source>
        <translation>Fonction</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="192" />
        <source>Kept {kept}: done activities stay (Open activities only).</source>
        <translation>Conservé {kept} : les activités faites restent (Activités ouvertes uniquement).</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="193" />
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="194" />
        <source>Label</source>
        <translation>Libellé</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="195" />
        <source>Language</source>
        <translation>Langue</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="196" />
        <source>Last name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="197" />
        <source>Length</source>
        <translation>Longueur</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="198" />
        <source>Letter</source>
        <translation>Lettre</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="199" />
        <source>Letter {code} does not exist.</source>
        <translation>La lettre {code} n'existe pas.</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="200" />
        <source>Letter {code} is exported (BR-LET-05): mail merge writes its data file, not letters.</source>
        <translation>La lettre {code} est exportée (BR-LET-05) : le publipostage écrit son fichier de données, pas des lettres.</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="201" />
        <source>Letter {code} is written for {letter_object}: merge it on those, or choose a letter written for {object}.</source>
        <translation>La lettre {code} est écrite pour l'objet « {letter_object} » : fusionnez-la sur cet objet, ou choisissez une lettre écrite pour « {object} ».</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="202" />
        <source>Letter {letter} to {addressee}</source>
        <translation>Lettre {letter} à {addressee}</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="203" />
        <source>Letter {letter} to {addressee}: planned mailing {mailing} completed</source>
        <translation>Lettre {letter} à {addressee} : publipostage prévu {mailing} terminé</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="204" />
        <source>Line</source>
        <translation>Ligne</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="205" />
        <source>Link the activity to a business partner, a contact, an opportunity or another activity.</source>
        <translation>Liez l'activité à un tiers, un contact, une opportunité ou une autre activité.</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="206" />
        <source>Location</source>
        <translation>Lieu</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="207" />
        <source>Mailbox</source>
        <translation>Boîte aux lettres</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="208" />
        <source>Mailings</source>
        <translation>Publipostages</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="209" />
        <source>Mailings are logged with a Mailing template: {code} is a {type_label} template.</source>
        <translation>Les publipostages sont enregistrés avec un modèle de type Publipostage : {code} est un modèle de type {type_label}.</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="210" />
        <source>Mandatory project peg</source>
        <translation>Rattachement projet obligatoire</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="212" />
        <source>Maximum e-mail size (bytes)</source>
        <translation>Taille maximale d'un e-mail (octets)</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="213" />
        <source>Merge fields used inside another field (an IF's condition) were left out: {fields}.</source>
        <translation>Les champs de fusion utilisés dans un autre champ (la condition d'un SI) ont été écartés : {fields}.</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="214" />
        <source>Microsoft 365 answered with an error; it will be retried.</source>
        <translation>Microsoft 365 a répondu par une erreur ; nouvel essai plus tard.</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="215" />
        <source>Microsoft 365 cannot be reached (connection refused or no network).</source>
        <translation>Microsoft 365 est injoignable (connexion refusée ou pas de réseau).</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="216" />
        <source>Microsoft 365 did not answer in time.</source>
        <translation>Microsoft 365 n'a pas répondu à temps.</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="217" />
        <source>Microsoft 365 is busy and asked to wait {seconds} s.</source>
        <translation>Microsoft 365 est occupé et demande d'attendre {seconds} s.</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="223" />
        <source>Microsoft 365 refused the application to send mail as {mailbox}: grant it the application permission {permission} with admin consent.</source>
        <translation>Microsoft 365 a refusé à l'application d'envoyer du courrier au nom de {mailbox} : accordez-lui l'autorisation d'application {permission} avec le consentement de l'administrateur.</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="224" />
        <source>Microsoft 365 refused the sign-in: check the application id, its secret or certificate, and the tenant.</source>
        <translation>Microsoft 365 a refusé la connexion : vérifiez l'ID d'application, son secret ou son certificat, et le locataire.</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="225" />
        <source>Microsoft 365 refused to send mail as {mailbox}: the sign-in needs the delegated permission {permission}, with consent.</source>
        <translation>Microsoft 365 a refusé d'envoyer du courrier au nom de {mailbox} : la connexion a besoin de l'autorisation déléguée {permission}, avec consentement.</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="226" />
        <source>Microsoft 365 refused to start the sign-in: check the application id and that it allows public clients.</source>
        <translation>Microsoft 365 a refusé de commencer la connexion : vérifiez l'ID d'application et qu'elle autorise les clients publics.</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="227" />
        <source>Mobile phone</source>
        <translation>Téléphone mobile</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="228" />
        <source>Mobile phone is primary</source>
        <translation>Mobile principal</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="229" />
        <source>Mode</source>
        <translation>Mode</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="230" />
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="231" />
        <source>Next number</source>
        <translation>Numéro suivant</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="232" />
        <source>No activity from template {template}.</source>
        <translation>Aucune activité du modèle {template}.</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="233" />
        <source>No contact has the address {address}; create the contact, then drop the e-mail again.</source>
        <translation>Aucun contact n'a l'adresse {address} ; créez le contact, puis déposez de nouveau l'e-mail.</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="234" />
        <source>No employee is linked to your user; choose one in Settings.</source>
        <translation>Aucun employé n'est lié à votre utilisateur ; choisissez-en un dans les paramètres.</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="235" />
        <source>No number series for quotations: set one on the sales office, the sales user profile, the default sales order type or the quotation parameters.</source>
        <translation>Aucune série de numéros pour les devis : définissez-en une sur le service des ventes, le profil utilisateur de vente, le type de commande client par défaut ou les paramètres de devis.</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="236" />
        <source>No preview: the expression does not compile.</source>
        <translation>Pas d'aperçu : l'expression ne se compile pas.</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="237" />
        <source>Nobody is signed in to Microsoft 365: open the synchronization settings and sign in.</source>
        <translation>Personne n'est connecté à Microsoft 365 : ouvrez les paramètres de synchronisation et connectez-vous.</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="238" />
        <source>Not sent: the server failed earlier in the same call.</source>
        <translation>Non envoyé : le serveur a échoué plus tôt dans le même appel.</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="239" />
        <source>Note</source>
        <translation>Remarque</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="240" />
        <source>Nothing was changed.</source>
        <translation>Rien n'a été modifié.</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="241" />
        <source>Number of pages</source>
        <translation>Nombre de pages</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="242" />
        <source>Number series</source>
        <translation>Séries de numéros</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="243" />
        <source>OAuth 2 needs the tenant (directory) id the application is registered in.</source>
        <translation>OAuth 2 demande l'identifiant du locataire (annuaire) où l'application est inscrite.</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="244" />
        <source>Office phone</source>
        <translation>Téléphone du bureau</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="245" />
        <source>Office phone is primary</source>
        <translation>Téléphone du bureau principal</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="246" />
        <source>Only Alphanumeric attributes take their value from a list.</source>
        <translation>Seuls les attributs alphanumériques prennent leur valeur dans une liste.</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="247" />
        <source>Only a Preliminary opportunity without quotations can be deleted; set {code} to Canceled instead.</source>
        <translation>Seule une opportunité préliminaire sans devis peut être supprimée ; passez {code} au statut Annulée.</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="248" />
        <source>Only a letter with Export on writes a data file.</source>
        <translation>Seule une lettre avec Export écrit un fichier de données.</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="249" />
        <source>Only a mailing template names a letter: choose the Mailing type or clear the letter.</source>
        <translation>Seul un modèle de publipostage désigne une lettre : choisissez le type Publipostage ou effacez la lettre.</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="250" />
        <source>Only appointments and calls have attendees.</source>
        <translation>Seuls les rendez-vous et les appels ont des participants.</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="251" />
        <source>Only appointments, calls and tasks are synchronized.</source>
        <oldsource>Only appointments, calls and tasks are synchronised.</oldsource>
        <translation>Seuls les rendez-vous, les appels et les tâches sont synchronisés.</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="252" />
        <source>Only business partners and contacts can be merged.</source>
        <translation>Seuls les tiers et les contacts peuvent être fusionnés.</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="253" />
        <source>Only contacts of the same business partner are merged: merge the partners first.</source>
        <translation>Seuls les contacts d'un même tiers sont fusionnés : fusionnez d'abord les tiers.</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="254" />
        <source>Only e-mails have recipients and attachments.</source>
        <translation>Seuls les e-mails ont des destinataires et des pièces jointes.</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="255" />
        <source>Only one phone number can be the primary one.</source>
        <translation>Un seul numéro de téléphone peut être le numéro principal.</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="256" />
        <source>Only outbound e-mails are sent.</source>
        <translation>Seuls les e-mails sortants sont envoyés.</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="257" />
        <source>Only {author} can change this private note.</source>
        <translation>Seul {author} peut modifier cette remarque privée.</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="258" />
        <source>Open balance</source>
        <translation>Solde ouvert</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="259" />
        <source>Operation</source>
        <translation>Opération</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="260" />
        <source>Opportunities</source>
        <translation>Opportunités</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="261" />
        <source>Opportunity</source>
        <translation>Opportunité</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="262" />
        <source>Opportunity item</source>
        <translation>Article d'opportunité</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="263" />
        <source>Opportunity number series</source>
        <translation>Série de numéros des opportunités</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="264" />
        <source>Opportunity source</source>
        <translation>Origine d'opportunité</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="265" />
        <source>Opportunity type</source>
        <translation>Type d'opportunité</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="266" />
        <source>Opportunity {code} is {old_label}. Reopen it?</source>
        <translation>L'opportunité {code} est {old_label}. La rouvrir ?</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="267" />
        <source>Opted out</source>
        <translation>Désinscrit</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="268" />
        <source>Option</source>
        <translation>Option</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="269" />
        <source>Ordered qty</source>
        <translation>Qté commandée</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="270" />
        <source>Organizer</source>
        <translation>Organisateur</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="271" />
        <source>Origin</source>
        <translation>Origine</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="272" />
        <source>Outlook category imported</source>
        <translation>Catégorie Outlook importée</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="273" />
        <source>Overdue amount</source>
        <translation>Montant échu</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="274" />
        <source>Page number</source>
        <translation>Numéro de page</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="275" />
        <source>Path for attachments</source>
        <translation>Chemin des pièces jointes</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="276" />
        <source>Phase</source>
        <translation>Phase</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="277" />
        <source>Phase by sales process</source>
        <translation>Phase par processus de vente</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="278" />
        <source>Phone</source>
        <translation>Téléphone</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="279" />
        <source>Position</source>
        <translation>Position</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="280" />
        <source>Postal code</source>
        <translation>Code postal</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="281" />
        <source>Prefix</source>
        <translation>Préfixe</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="282" />
        <source>Prefix (van, de)</source>
        <translation>Particule (van, de)</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="283" />
        <source>Price</source>
        <translation>Prix</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="284" />
        <source>Price origin</source>
        <translation>Origine du prix</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="285" />
        <source>Primary contact</source>
        <translation>Contact principal</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="286" />
        <source>Primary contact of the partner</source>
        <translation>Contact principal du tiers</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="287" />
        <source>Priority</source>
        <translation>Priorité</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="288" />
        <source>Private (visible to me only)</source>
        <translation>Privée (visible par moi seul)</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="289" />
        <source>Probability</source>
        <translation>Probabilité</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="290" />
        <source>Probability %</source>
        <translation>Probabilité %</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="291" />
        <source>Project peg</source>
        <translation>Rattachement projet</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="292" />
        <source>Protocol</source>
        <translation>Protocole</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="293" />
        <source>Push notifications</source>
        <translation>Notifications push</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="294" />
        <source>Quotation</source>
        <translation>Devis</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="295" />
        <source>Quotation line</source>
        <translation>Ligne de devis</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="296" />
        <source>Quotation parameters</source>
        <translation>Paramètres de devis</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="297" />
        <source>Quotation series</source>
        <translation>Série des devis</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="298" />
        <source>Reason</source>
        <translation>Motif</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="299" />
        <source>Recipient</source>
        <translation>Destinataire</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="300" />
        <source>Record</source>
        <translation>Enregistrement</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="301" />
        <source>Reference</source>
        <translation>Référence</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="302" />
        <source>Reference by activity</source>
        <translation>Référence par activité</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="303" />
        <source>Reference by opportunity</source>
        <translation>Référence par opportunité</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="304" />
        <source>Remark</source>
        <translation>Remarque</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="305" />
        <source>Remind at</source>
        <translation>Rappel le</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="306" />
        <source>Reminder</source>
        <translation>Rappel</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="307" />
        <source>Reminder before</source>
        <translation>Rappel avant</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="308" />
        <source>Report</source>
        <translation>État</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="309" />
        <source>Report description</source>
        <translation>Description de l'état</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="310" />
        <source>Report layout line</source>
        <translation>Ligne de présentation d'état</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="311" />
        <source>Report {code} does not exist.</source>
        <translation>L'état {code} n'existe pas.</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="312" />
        <source>Report {code} has no layout lines: add the fields it prints on its Layout tab.</source>
        <translation>L'état {code} n'a aucune ligne de mise en page : ajoutez les champs à imprimer dans son onglet Mise en page.</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="313" />
        <source>Report {code} lists {report_object_label}: print it on those, or choose a report on {object_label}.</source>
        <oldsource>Report {code} lists {report_object}: print it on those, or choose a report on {object}.</oldsource>
        <translation>L'état {code} liste des enregistrements « {report_object_label} » : imprimez-le sur ceux-ci, ou choisissez un état sur « {object_label} ».</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="314" />
        <source>Result</source>
        <translation>Résultat</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="315" />
        <source>Role</source>
        <translation>Rôle</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="316" />
        <source>Run</source>
        <translation>Exécuter</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="317" />
        <source>Sales office</source>
        <translation>Service des ventes</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="318" />
        <source>Sales order type</source>
        <translation>Type de commande client</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="319" />
        <source>Sales process</source>
        <translation>Processus de vente</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="320" />
        <source>Sales process is required.</source>
        <translation>Le processus de vente est obligatoire.</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="321" />
        <source>Sales quotation</source>
        <translation>Devis</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="322" />
        <source>Sales unit</source>
        <translation>Unité de vente</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="323" />
        <source>Sales user profile</source>
        <translation>Profil utilisateur de vente</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="324" />
        <source>Salutation</source>
        <translation>Civilité</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="325" />
        <source>Search key</source>
        <translation>Clé de recherche</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="326" />
        <source>Select</source>
        <translation>Sélectionner</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="327" />
        <source>Selection</source>
        <translation>Sélection</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="328" />
        <source>Selection {code} does not exist.</source>
        <translation>La sélection {code} n'existe pas.</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="329" />
        <source>Sent / received</source>
        <translation>Envoyé / reçu</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="330" />
        <source>Sequence</source>
        <translation>Séquence</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="331" />
        <source>Sequence {sequence} is already used in this report: choose another.</source>
        <translation>La séquence {sequence} est déjà utilisée dans cet état : choisissez-en une autre.</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="332" />
        <source>Sequence {sequence} is already used in this sales process.</source>
        <translation>La séquence {sequence} est déjà utilisée dans ce processus de vente.</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="333" />
        <source>Server version</source>
        <translation>Version du serveur</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="334" />
        <source>Service account</source>
        <translation>Compte de service</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="335" />
        <source>Service address</source>
        <translation>Adresse du service</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="336" />
        <source>Set the number series for {type_label} in the COM parameters.</source>
        <translation>Définissez la série de numéros pour {type_label} dans les paramètres COM.</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="337" />
        <source>Show time as</source>
        <translation>Afficher la disponibilité</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="338" />
        <source>Size</source>
        <translation>Taille</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="339" />
        <source>Sold-to business partner</source>
        <translation>Tiers acheteur</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="340" />
        <source>Start</source>
        <translation>Début</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="341" />
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="342" />
        <source>Stored file</source>
        <translation>Fichier enregistré</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="343" />
        <source>Street</source>
        <translation>Rue</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="344" />
        <source>Subject</source>
        <translation>Objet</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="345" />
        <source>Subtotal {heading}: {value}</source>
        <translation>Sous-total {heading} : {value}</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="346" />
        <source>Subtotals and totals add numbers up: {name} is not a number. Clear Subtotal and Total on this line.</source>
        <translation>Les sous-totaux et totaux additionnent des nombres : {name} n'est pas un nombre. Décochez Sous-totaux et Totaliser sur cette ligne.</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="347" />
        <source>Synchronization of activities is off in the COM parameters.</source>
        <oldsource>Synchronisation of activities is off in the COM parameters.</oldsource>
        <translation>La synchronisation des activités est désactivée dans les paramètres COM.</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="348" />
        <source>Synchronization on</source>
        <oldsource>Synchronisation on</oldsource>
        <translation>Synchronisation active</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="349" />
        <source>Synchronize</source>
        <translation>Synchroniser</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="350" />
        <source>Synchronize activities</source>
        <translation>Synchroniser les activités</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="351" />
        <source>Synchronize contacts</source>
        <translation>Synchroniser les contacts</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="352" />
        <source>Synchronize tasks</source>
        <translation>Synchroniser les tâches</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="353" />
        <source>Tasks</source>
        <translation>Tâches</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="354" />
        <source>Tax rate %</source>
        <oldsource>Tax rate pct</oldsource>
        <translation>Taux de taxe %</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="355" />
        <source>Tenant (OAuth 2)</source>
        <translation>Locataire (OAuth 2)</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="356" />
        <source>Text</source>
        <translation>Texte</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="357" />
        <source>That date does not exist.</source>
        <translation>Cette date n'existe pas.</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="358" />
        <source>The Microsoft 365 sign-in has expired: open the synchronization settings and sign in again.</source>
        <translation>La connexion à Microsoft 365 a expiré : ouvrez les paramètres de synchronisation et reconnectez-vous.</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="359" />
        <source>The Microsoft sign-in service cannot be reached.</source>
        <translation>Le service de connexion Microsoft est injoignable.</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="360" />
        <source>The activity already has a meeting organizer.</source>
        <translation>L'activité a déjà un organisateur de réunion.</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="361" />
        <source>The address must start with https://.</source>
        <translation>L'adresse doit commencer par https://.</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="362" />
        <source>The application was refused its token: check the client id, its secret and the tenant.</source>
        <translation>Le jeton a été refusé à l'application : vérifiez l'identifiant client, son secret et le locataire.</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="363" />
        <source>The application was refused its token: check the client id, its secret or certificate, and the tenant.</source>
        <translation>Le jeton a été refusé à l'application : vérifiez l'ID client, son secret ou son certificat, et le locataire.</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="364" />
        <source>The bounds of a range must be of the same type as the value.</source>
        <translation>Les bornes d'une plage doivent être du même type que la valeur.</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="365" />
        <source>The card has no name.</source>
        <translation>La carte n'a pas de nom.</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="366" />
        <source>The certificate file cannot be read: it must be a PEM file with the certificate and its private key.</source>
        <translation>Le fichier du certificat est illisible : ce doit être un fichier PEM avec le certificat et sa clé privée.</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="367" />
        <source>The database already holds business partners; the demo data is only loaded into an empty database.</source>
        <translation>La base contient déjà des tiers ; les données de démonstration ne se chargent que dans une base vide.</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="368" />
        <source>The database server {where} cannot be reached. Check the address, the user and password, and that the server is running.</source>
        <translation>Le serveur de base de données {where} est injoignable. Vérifiez l'adresse, l'utilisateur et le mot de passe, et que le serveur fonctionne.</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="369" />
        <source>The database {file} is in a folder that a cloud service synchronises (OneDrive, Dropbox, Google Drive): it is opened without write-ahead logging, and the service may still damage it; keep it in a folder that is not synchronised.</source>
        <translation>La base de données {file} est dans un dossier synchronisé par un service en ligne (OneDrive, Dropbox, Google Drive) : elle est ouverte sans journal d'écriture anticipée, et le service peut encore l'endommager ; placez-la dans un dossier non synchronisé.</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="370" />
        <source>The database {file} is on a network drive: it is opened without write-ahead logging, which network drives do not support; keep it on this computer's disk for speed and safety.</source>
        <translation>La base de données {file} est sur un lecteur réseau : elle est ouverte sans journal d'écriture anticipée, que les lecteurs réseau ne permettent pas ; placez-la sur le disque de cet ordinateur, plus rapide et plus sûr.</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="371" />
        <source>The discount must be between 0 and 100 %.</source>
        <translation>La remise doit être comprise entre 0 et 100 %.</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="372" />
        <source>The disk holding {path} is full: free some space or choose another place.</source>
        <translation>Le disque de {path} est plein : libérez de la place ou choisissez un autre emplacement.</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="373" />
        <source>The driver {driver} of {address} is not installed. Use postgresql:// (the driver that comes with the application) or a SQLite file.</source>
        <translation>Le pilote {driver} de {address} n'est pas installé. Utilisez postgresql:// (le pilote fourni avec l'application) ou un fichier SQLite.</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="374" />
        <source>The due offset counts days from the run: enter 0 or more.</source>
        <translation>Le délai compte les jours depuis le traitement : saisissez 0 ou plus.</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="375" />
        <source>The editor cannot show some parts of this document, so their text was kept as plain paragraphs: {parts}.</source>
        <translation>L'éditeur ne peut pas afficher certaines parties de ce document ; leur texte a été gardé en paragraphes simples : {parts}.</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="376" />
        <source>The end must not be before the start.</source>
        <translation>La fin ne peut pas précéder le début.</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="377" />
        <source>The expected close date is before the first contact date.</source>
        <translation>La date de clôture prévue précède la date du premier contact.</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="378" />
        <source>The expiry date must not be before the effective date.</source>
        <translation>La date d'expiration ne peut pas précéder la date d'effet.</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="379" />
        <source>The expression compiles.</source>
        <translation>L'expression est correcte.</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="380" />
        <source>The expression contains a NUL character; remove it.</source>
        <translation>L'expression contient un caractère NUL ; supprimez-le.</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="381" />
        <source>The expression ends too early.</source>
        <translation>L'expression se termine trop tôt.</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="382" />
        <source>The expression is empty.</source>
        <translation>L'expression est vide.</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="383" />
        <source>The expression is nested too deeply.</source>
        <translation>L'expression est trop imbriquée.</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="384" />
        <source>The expression is too long ({length} characters; at most {limit}).</source>
        <translation>L'expression est trop longue ({length} caractères ; au plus {limit}).</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="385" />
        <source>The expression is too long to run: more than {limit} operations in a row. Split it into shorter conditions.</source>
        <translation>L'expression est trop longue pour être exécutée : plus de {limit} opérations à la suite. Découpez-la en conditions plus courtes.</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="386" />
        <source>The expression is too long to run: split it into shorter conditions.</source>
        <translation>L'expression est trop longue pour être exécutée : découpez-la en conditions plus courtes.</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="387" />
        <source>The expression must be a condition (true or false), e.g. bp.city = "Lyon".</source>
        <translation>L'expression doit être une condition (vraie ou fausse), p. ex. bp.city = "Lyon".</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="388" />
        <source>The file could not be written: %1</source>
        <translation>Le fichier n'a pas pu être écrit : %1</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="389" />
        <source>The file is empty.</source>
        <translation>Le fichier est vide.</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="390" />
        <source>The file is not a vCard file: {error}</source>
        <translation>Le fichier n'est pas un fichier vCard : {error}</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="391" />
        <source>The file {path} could not be read: check that it exists and that you may open it.</source>
        <translation>Le fichier {path} n'a pas pu être lu : vérifiez qu'il existe et que vous pouvez l'ouvrir.</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="392" />
        <source>The folder of {path} does not exist any more: choose another place.</source>
        <translation>Le dossier de {path} n'existe plus : choisissez un autre emplacement.</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="393" />
        <source>The folder of {where} does not exist.</source>
        <translation>Le dossier de {where} n'existe pas.</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="394" />
        <source>The folder {folder} does not exist: choose another place.</source>
        <translation>Le dossier {folder} n'existe pas : choisissez un autre emplacement.</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="395" />
        <source>The item is no longer in the mailbox.</source>
        <translation>L'élément n'est plus dans la boîte aux lettres.</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="396" />
        <source>The length of a {type_label} attribute is {low} to {high}.</source>
        <translation>La longueur d'un attribut {type_label} va de {low} à {high}.</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="397" />
        <source>The letter could not be written ({reason}): it was left out.</source>
        <translation>La lettre n'a pas pu être écrite ({reason}) : elle a été écartée.</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="398" />
        <source>The letter's language must be French (fr) or English (en).</source>
        <translation>La langue de la lettre doit être le français (fr) ou l'anglais (en).</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="399" />
        <source>The mailbox {mailbox} has no default task list.</source>
        <translation>La boîte aux lettres {mailbox} n'a pas de liste de tâches par défaut.</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="400" />
        <source>The mapping names a column the file does not have.</source>
        <translation>L'association nomme une colonne absente du fichier.</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="401" />
        <source>The meeting organizer must be an employee.</source>
        <translation>L'organisateur de la réunion doit être un employé.</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="402" />
        <source>The number series of business partners gives {code}, which is already taken; move the series on in Number Series.</source>
        <translation>La série de numéros des tiers donne {code}, qui est déjà pris ; avancez la série dans Séries de numéros.</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="403" />
        <source>The number series {series} does not exist.</source>
        <translation>La série de numéros {series} n'existe pas.</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="404" />
        <source>The number series {series} is exhausted (last number {last}). Extend it in Number Series.</source>
        <translation>La série de numéros {series} est épuisée (dernier numéro {last}). Étendez-la dans Séries de numéros.</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="405" />
        <source>The opportunity no longer exists.</source>
        <translation>L'opportunité n'existe plus.</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="406" />
        <source>The pattern {pattern} is not valid: check its sets and ranges, e.g. (a-z).</source>
        <translation>Le motif {pattern} n'est pas valide : vérifiez ses ensembles et ses plages, p. ex. (a-z).</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="407" />
        <source>The printer did not take the letters: check it and run again.</source>
        <translation>L'imprimante n'a pas pris les lettres : vérifiez-la et relancez.</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="408" />
        <source>The probability may not decrease along the phases: sequence {sequence} has {other} %.</source>
        <translation>La probabilité ne peut pas diminuer d'une phase à l'autre : la séquence {sequence} a {other} %.</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="409" />
        <source>The probability must be between 0 and 100 %.</source>
        <translation>La probabilité doit être comprise entre 0 et 100 %.</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="410" />
        <source>The quantity must be greater than zero.</source>
        <translation>La quantité doit être supérieure à zéro.</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="411" />
        <source>The sales process {code} is not active; choose an active one.</source>
        <translation>Le processus de vente {code} n'est pas actif ; choisissez-en un actif.</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="412" />
        <source>The selection is false for this record.</source>
        <translation>La sélection est fausse pour cet enregistrement.</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="413" />
        <source>The sequence must be a number greater than zero.</source>
        <translation>La séquence doit être un nombre supérieur à zéro.</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="414" />
        <source>The sign-in authority or the tenant is not valid.</source>
        <translation>L'autorité de connexion ou le locataire n'est pas valide.</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="415" />
        <source>The sign-in did not complete: {reason}</source>
        <translation>La connexion n'a pas abouti : {reason}</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="416" />
        <source>The system keyring cannot be used, so the Microsoft 365 sign-in cannot be kept.</source>
        <translation>Le trousseau du système est inutilisable : la connexion à Microsoft 365 ne peut pas être conservée.</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="417" />
        <source>The system keyring cannot be used, so the password of the service account cannot be read or saved.</source>
        <translation>Le trousseau du système est inutilisable : le mot de passe du compte de service ne peut être ni lu ni enregistré.</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="418" />
        <source>The token address must start with https://.</source>
        <translation>L'adresse des jetons doit commencer par https://.</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="419" />
        <source>The width is a number of characters from 1 to {most}.</source>
        <translation>La largeur est un nombre de caractères de 1 à {most}.</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="420" />
        <source>The workbook cannot be read: {error}</source>
        <translation>Le classeur est illisible : {error}</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="421" />
        <source>There is no business partner “{value}”; import the partners first, or correct the name.</source>
        <translation>Il n'y a pas de tiers « {value} » ; importez d'abord les tiers, ou corrigez le nom.</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="422" />
        <source>There is no record type {name}.</source>
        <translation>Le type d'enregistrement {name} n'existe pas.</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="423" />
        <source>These fields cannot be imported: {fields}.</source>
        <translation>Ces champs ne peuvent pas être importés : {fields}.</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="424" />
        <source>These fields cannot be taken in a merge: {fields}.</source>
        <translation>Ces champs ne peuvent pas être repris dans une fusion : {fields}.</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="425" />
        <source>This address is Exchange Online, where Microsoft blocks EWS since 1 October 2026 and switches it off on 1 April 2027: choose Exchange Online (Microsoft Graph).</source>
        <translation>Cette adresse est Exchange Online, où Microsoft bloque EWS depuis le 1er octobre 2026 et l'arrête le 1er avril 2027 : choisissez Exchange Online (Microsoft Graph).</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="426" />
        <source>This closing parenthesis has no opening one.</source>
        <translation>Cette parenthèse fermante n'a pas de parenthèse ouvrante.</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="427" />
        <source>This document is far larger once opened than a letter can be (it may be built to exhaust the computer): it was not opened.</source>
        <translation>Ce document est bien plus gros une fois ouvert qu'une lettre ne peut l'être (il est peut-être fait pour épuiser l'ordinateur) : il n'a pas été ouvert.</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="428" />
        <source>This document nests its parts deeper than any word processor writes (it may be built to exhaust the computer): it was not opened.</source>
        <translation>Ce document imbrique ses parties plus profondément qu'aucun traitement de texte ne l'écrit (il est peut-être fait pour épuiser l'ordinateur) : il n'a pas été ouvert.</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="429" />
        <source>This e-mail is {status_label}: it can no longer be changed.</source>
        <translation>Cet e-mail est {status_label} : il ne peut plus être modifié.</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="430" />
        <source>This file is not a Word document (.docx) the letter can read. Save it as .docx in Word and try again.</source>
        <translation>Ce fichier n'est pas un document Word (.docx) lisible par la lettre. Enregistrez-le au format .docx dans Word et réessayez.</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="431" />
        <source>This file is not an Outlook message (.msg).</source>
        <translation>Ce fichier n'est pas un message Outlook (.msg).</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="432" />
        <source>This file is not an e-mail with a sender.</source>
        <translation>Ce fichier n'est pas un e-mail avec un expéditeur.</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="433" />
        <source>This note is private to {author}.</source>
        <translation>Cette note est privée à {author}.</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="434" />
        <source>This parenthesis is not closed.</source>
        <translation>Cette parenthèse n'est pas fermée.</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="435" />
        <source>This phase is already part of the sales process.</source>
        <translation>Cette phase fait déjà partie du processus de vente.</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="436" />
        <source>This phase is not a phase of the sales process {code}.</source>
        <translation>Cette phase n'appartient pas au processus de vente {code}.</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="437" />
        <source>This reference was created by the system and cannot be deleted.</source>
        <translation>Cette référence a été créée par le système et ne peut pas être supprimée.</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="438" />
        <source>This reference was created by the system: only its remark can be changed.</source>
        <translation>Cette référence a été créée par le système : seule sa remarque peut être modifiée.</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="439" />
        <source>This text has no closing double quote.</source>
        <translation>Ce texte n'a pas de guillemet fermant.</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="440" />
        <source>Time-out (seconds)</source>
        <translation>Délai d'attente (secondes)</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="441" />
        <source>To synchronize, every attendee needs an e-mail address.</source>
        <oldsource>To synchronise, every attendee needs an e-mail address.</oldsource>
        <translation>Pour synchroniser, chaque participant doit avoir une adresse e-mail.</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="442" />
        <source>To synchronize, invite at least one attendee besides the organizer.</source>
        <oldsource>To synchronise, invite at least one attendee besides the organizer.</oldsource>
        <translation>Pour synchroniser, invitez au moins un participant en plus de l'organisateur.</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="443" />
        <source>To synchronize, the activity needs a meeting organizer.</source>
        <oldsource>To synchronise, the activity needs a meeting organizer.</oldsource>
        <translation>Pour synchroniser, l'activité doit avoir un organisateur de réunion.</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="444" />
        <source>Today's date</source>
        <translation>Date du jour</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="445" />
        <source>Token address (OAuth 2)</source>
        <translation>Adresse des jetons (OAuth 2)</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="446" />
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="447" />
        <source>Turnover last year</source>
        <translation>CA de l'année précédente</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="448" />
        <source>Turnover of the current year</source>
        <translation>Chiffre d'affaires de l'année en cours</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="449" />
        <source>Turnover of the previous year</source>
        <translation>Chiffre d'affaires de l'année précédente</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="450" />
        <source>Turnover this year</source>
        <translation>CA de l'année en cours</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="451" />
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="452" />
        <source>Type the name and e-mail of the other attendee.</source>
        <translation>Saisissez le nom et l'e-mail de l'autre participant.</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="453" />
        <source>Unassigned: the partner has no external sales representative.</source>
        <translation>Non affectée : le tiers n'a pas de commercial externe.</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="454" />
        <source>Unassigned: the partner has no internal sales representative.</source>
        <translation>Non affectée : le tiers n'a pas de commercial interne.</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="455" />
        <source>Unexpected character {char}.</source>
        <translation>Caractère inattendu {char}.</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="456" />
        <source>Unexpected {found}.</source>
        <translation>{found} inattendu.</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="457" />
        <source>Unexpected {found}: an operator such as and, or, = is missing.</source>
        <translation>{found} inattendu : il manque un opérateur comme and, or, =.</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="458" />
        <source>Unit</source>
        <translation>Unité</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="459" />
        <source>Unknown attribute {code}.</source>
        <oldsource>Unknown attribute {code}.{hint}</oldsource>
        <translation>Attribut inconnu {code}.</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="460" />
        <source>Unknown attribute {code}. Did you mean {suggestion}?</source>
        <translation>Attribut inconnu {code}. Vouliez-vous dire {suggestion} ?</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="461" />
        <source>Unknown field {name}.</source>
        <translation>Champ inconnu {name}.</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="462" />
        <source>Unknown field {name}. Did you mean {suggestion}?</source>
        <translation>Champ inconnu {name}. Vouliez-vous dire {suggestion} ?</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="463" />
        <source>Unknown function {name}(); use today, date, days, upper, lower or len.</source>
        <translation>Fonction inconnue {name}() ; utilisez today, date, days, upper, lower ou len.</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="464" />
        <source>User</source>
        <translation>Utilisateur</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="465" />
        <source>VAT number</source>
        <translation>N° de TVA</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="466" />
        <source>Valid until</source>
        <translation>Valable jusqu'au</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="467" />
        <source>Validation</source>
        <translation>Validation</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="468" />
        <source>Validity (days)</source>
        <translation>Validité (jours)</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="469" />
        <source>Variables</source>
        <translation>Variables</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="470" />
        <source>Website</source>
        <translation>Site web</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="471" />
        <source>Would delete {codes}</source>
        <translation>Supprimerait : {codes}</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="472" />
        <source>Would delete {codes}; kept {kept} (done).</source>
        <translation>Supprimerait {codes} ; conserve {kept} (fait).</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="473" />
        <source>Write each value as FIELD=VALUE: {text}</source>
        <translation>Écrivez chaque valeur sous la forme CHAMP=VALEUR : {text}</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="474" />
        <source>You may not write to {path}: choose another place.</source>
        <translation>Vous ne pouvez pas écrire dans {path} : choisissez un autre emplacement.</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="475" />
        <source>Your company's name</source>
        <translation>Nom de votre société</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="476" />
        <source>Your name</source>
        <translation>Votre nom</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="477" />
        <source>[ opens an attribute: [R, code].</source>
        <translation>[ ouvre un attribut : [R, code].</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="478" />
        <source>a condition</source>
        <translation>une condition</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="479" />
        <source>a date</source>
        <translation>une date</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="480" />
        <source>a number</source>
        <translation>un nombre</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="481" />
        <source>attribute() takes an attribute code in double quotes.</source>
        <translation>attribute() prend un code d'attribut entre guillemets.</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="482" />
        <source>date() takes numbers written in the expression.</source>
        <translation>date() prend des nombres écrits dans l'expression.</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="483" />
        <source>embedded object</source>
        <translation>objet incorporé</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="484" />
        <source>endnote</source>
        <translation>note de fin</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="485" />
        <source>equation</source>
        <translation>équation</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="486" />
        <source>footnote</source>
        <translation>note de bas de page</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="487" />
        <source>link to a place in the document</source>
        <translation>lien vers un endroit du document</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="488" />
        <source>merged cells</source>
        <translation>cellules fusionnées</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="489" />
        <source>page footer</source>
        <translation>pied de page</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="490" />
        <source>page header</source>
        <translation>en-tête de page</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="491" />
        <source>section break (the letter has one page layout)</source>
        <translation>saut de section (la lettre a une seule mise en page)</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="492" />
        <source>shape</source>
        <translation>forme</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="493" />
        <source>table inside a table</source>
        <translation>tableau dans un tableau</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="494" />
        <source>text</source>
        <translation>du texte</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="495" />
        <source>text box</source>
        <translation>zone de texte</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="496" />
        <source>{address} is not a database address. Give a PostgreSQL address (postgresql://user@server/crm) or the path of a SQLite file.</source>
        <translation>{address} n'est pas une adresse de base de données. Indiquez une adresse PostgreSQL (postgresql://utilisateur@serveur/crm) ou le chemin d'un fichier SQLite.</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="497" />
        <source>{code} is already attached.</source>
        <translation>{code} est déjà rattaché.</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="498" />
        <source>{code} is not a list values can be chosen from; use one of {codes}.</source>
        <translation>{code} n'est pas une liste de valeurs ; utilisez l'une de {codes}.</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="499" />
        <source>{count} attribute(s) added</source>
        <translation>{count} attribut(s) ajouté(s)</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="500" />
        <source>{count} attribute(s) would be added</source>
        <translation>{count} attribut(s) seraient ajouté(s)</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="501" />
        <source>{count} completed activities were kept: Open activities only leaves what was done as history. Untick it to delete them too.</source>
        <translation>{count} activités terminées ont été conservées : Activités ouvertes uniquement laisse ce qui a été fait comme historique. Décochez-le pour les supprimer aussi.</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="502" />
        <source>{count} documents in {folder} would be replaced ({names}). Replace them?</source>
        <translation>{count} documents de {folder} seraient remplacés ({names}). Les remplacer ?</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="503" />
        <source>{count} of these records already have an activity from template {template_code} ({records}). Create another one for each of them?</source>
        <oldsource>{count} of these records already have an activity from template {template_code}. Create another one for each of them?</oldsource>
        <translation>{count} de ces enregistrements ont déjà une activité du modèle {template_code} ({records}). En créer une autre pour chacun ?</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="504" />
        <source>{count} price(s)</source>
        <translation>{count} prix</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="505" />
        <source>{entity_label} {code} already exists; choose another code.</source>
        <translation>{entity_label} {code} existe déjà ; choisissez un autre code.</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="506" />
        <source>{entity_label} {code} cannot be deleted: other records use it ({uses}).</source>
        <oldsource>{entity_label} {code} cannot be deleted: it still has {uses}.</oldsource>
        <translation>{entity_label} {code} ne peut pas être supprimé : d'autres enregistrements l'utilisent ({uses}).</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="507" />
        <source>{entity_label} {code} does not exist.</source>
        <translation>{entity_label} {code} n'existe pas.</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="508" />
        <source>{entity_label} {code} is still used by other records and cannot be deleted.</source>
        <translation>{entity_label} {code} est encore utilisé par d'autres enregistrements et ne peut pas être supprimé.</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="509" />
        <source>{entity_label} {record} does not exist any more.</source>
        <translation>{entity_label} {record} n'existe plus.</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="510" />
        <source>{entity_label} {record} was changed by {changed_by} after you opened it. Your changes were not saved: reload the record to see theirs.</source>
        <translation>{entity_label} {record} a été modifié par {changed_by} après son ouverture. Vos modifications n'ont pas été enregistrées : rechargez l'enregistrement pour voir les siennes.</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="511" />
        <source>{entity_label} {record} was deleted by another user. Your changes were not saved.</source>
        <translation>{entity_label} {record} a été supprimé par un autre utilisateur. Vos modifications n'ont pas été enregistrées.</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="512" />
        <source>{entity} has no field {field}.</source>
        <translation>{entity} n'a pas de champ {field}.</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="513" />
        <source>{field_label} is required.</source>
        <translation>Le champ « {field_label} » est obligatoire.</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="514" />
        <source>{field_label} is too large: at most {digits} digits before the decimal point.</source>
        <translation>{field_label} est trop grand : au plus {digits} chiffres avant la virgule.</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="515" />
        <source>{field_label} may hold at most {length} characters; shorten it.</source>
        <translation>{field_label} contient au plus {length} caractères ; raccourcissez-le.</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="516" />
        <source>{file} is open in another program (Excel or Word?) or read-only: close it there and try again.</source>
        <translation>{file} est ouvert dans un autre programme (Excel ou Word ?) ou en lecture seule : fermez-le puis réessayez.</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="517" />
        <source>{file} would make the e-mail {total} bytes, over the limit of {limit} bytes.</source>
        <translation>{file} porterait l'e-mail à {total} octets, au-delà de la limite de {limit} octets.</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="518" />
        <source>{kind} databases are not supported. Use PostgreSQL (postgresql://user@server/crm) or a SQLite file.</source>
        <translation>Les bases {kind} ne sont pas prises en charge. Utilisez PostgreSQL (postgresql://utilisateur@serveur/crm) ou un fichier SQLite.</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="519" />
        <source>{label} needs a code from {list_label}.</source>
        <translation>{label} doit recevoir un code de : {list_label}.</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="520" />
        <source>{label} takes at most {length} characters.</source>
        <translation>{label} prend au plus {length} caractères.</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="521" />
        <source>{label} takes at most {length} digits.</source>
        <translation>{label} prend au plus {length} chiffres.</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="522" />
        <source>{label} takes whole numbers.</source>
        <translation>{label} prend des nombres entiers.</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="523" />
        <source>{name} already exists in {folder}. Replace it?</source>
        <translation>{name} existe déjà dans {folder}. Le remplacer ?</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="524" />
        <source>{name} has opted out and cannot be invited.</source>
        <translation>{name} s'est désinscrit(e) et ne peut pas être invité(e).</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="525" />
        <source>{name} is not a field: put text in double quotes, "{name}".</source>
        <translation>{name} n'est pas un champ : mettez le texte entre guillemets, "{name}".</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="526" />
        <source>{name}() takes ({types}).</source>
        <translation>{name}() prend ({types}).</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="527" />
        <source>{op} needs {wanted_label}, not {found_label}.</source>
        <translation>{op} demande {wanted_label}, pas {found_label}.</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="528" />
        <source>{path} could not be written: check the disk and the place, then run again.</source>
        <translation>{path} n'a pas pu être écrit : vérifiez le disque et l'emplacement, puis relancez.</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="529" />
        <source>{path} is a file where a folder is needed: choose another place.</source>
        <translation>{path} est un fichier là où il faut un dossier : choisissez un autre emplacement.</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="530" />
        <source>{path} is a file: a document per recipient needs a folder.</source>
        <translation>{path} est un fichier : un document par destinataire demande un dossier.</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="531" />
        <source>{path} is a folder: choose a file name in it.</source>
        <translation>{path} est un dossier : choisissez un nom de fichier dedans.</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="532" />
        <source>{path} is on a read-only disk: choose another place.</source>
        <translation>{path} est sur un disque en lecture seule : choisissez un autre emplacement.</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="533" />
        <source>{path} is open in another program: close it and run again.</source>
        <translation>{path} est ouvert dans un autre programme : fermez-le et relancez.</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="534" />
        <source>{path} is read-only: choose another name.</source>
        <translation>{path} est en lecture seule : choisissez un autre nom.</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="535" />
        <source>{sender} is not an active Exchange synchronization user: e-mails leave from the mailboxes of those users.</source>
        <oldsource>{sender} is not an active Exchange synchronisation user: e-mails leave from the mailboxes of those users.</oldsource>
        <translation>{sender} n'est pas un utilisateur actif de la synchronisation Exchange : les e-mails partent des boîtes aux lettres de ces utilisateurs.</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="536" />
        <source>{status_label} is not a status of a {type_label}.</source>
        <translation>{status_label} n'est pas un statut de : {type_label}.</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="537" />
        <source>{value} is not a number.</source>
        <translation>{value} n'est pas un nombre.</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="538" />
        <source>{value} is not a valid date.</source>
        <translation>{value} n'est pas une date valide.</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="539" />
        <source>{value} is not a valid time (HHMM).</source>
        <translation>{value} n'est pas une heure valide (HHMM).</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="540" />
        <source>{value} is not a value of {field}.</source>
        <translation>{value} n'est pas une valeur de {field}.</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="541" />
        <source>{value} is not an e-mail address.</source>
        <translation>{value} n'est pas une adresse e-mail.</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="542" />
        <source>{value} is not an option of {label}: choose one of {options}.</source>
        <translation>{value} n'est pas une option de {label} : choisissez parmi {options}.</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="543" />
        <source>{value} is not in {list_label}; press F2 to choose.</source>
        <translation>{value} n'existe pas dans : {list_label} ; appuyez sur F2 pour choisir.</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="544" />
        <source>{value} is not one of: {choices}.</source>
        <translation>{value} ne fait pas partie de : {choices}.</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="545" />
        <source>{where} cannot be opened. Check that the file is readable and not locked.</source>
        <translation>{where} ne peut pas être ouvert. Vérifiez que le fichier est lisible et non verrouillé.</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="546" />
        <source>{where} holds tables that are not a CRM database. Choose an empty database or a CRM one.</source>
        <translation>{where} contient des tables qui ne forment pas une base CRM. Choisissez une base vide ou une base CRM.</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="547" />
        <source>{where} is not a CRM database (it may be damaged). Choose another database file or restore a backup.</source>
        <translation>{where} n'est pas une base CRM (elle est peut-être endommagée). Choisissez un autre fichier ou restaurez une sauvegarde.</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="548" />
        <source>{where} was written by a newer version of the CRM (schema {revision}). Install the newer application to open it.</source>
        <translation>{where} a été écrite par une version plus récente du CRM (schéma {revision}). Installez la nouvelle version pour l'ouvrir.</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="549" />
        <source>«{name}» (closest: {closest})</source>
        <translation>«{name}» (le plus proche : {closest})</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="551" />
        <source>“{value}” is not a country this import knows: use its two-letter code (FR, BE, DE...).</source>
        <translation>« {value} » n'est pas un pays connu de cet import : utilisez son code à deux lettres (FR, BE, DE...).</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="552" />
        <source>“{value}” is not a date.</source>
        <translation>« {value} » n'est pas une date.</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="553" />
        <source>“{value}” is not a number.</source>
        <translation>« {value} » n'est pas un nombre.</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="555" />
        <source>“{value}” is not one of: {choices}.</source>
        <translation>« {value} » n'est pas l'une des valeurs : {choices}.</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="550" />
        <source>“{value}” is neither yes nor no.</source>
        <oldsource>“{value}” is not a partner status.</oldsource>
        <translation>« {value} » n'est ni oui ni non.</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="211" />
        <source>Map a column to {fields}.</source>
        <translation>Associez une colonne à {fields}.</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="218" />
        <source>Microsoft 365 refused access to the calendar of {mailbox}: the sign-in needs the delegated permission {permission}, with consent.</source>
        <translation>Microsoft 365 a refusé l'accès au calendrier de {mailbox} : la connexion a besoin de l'autorisation déléguée {permission}, avec consentement.</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="219" />
        <source>Microsoft 365 refused access to the tasks of {mailbox}: the sign-in needs the delegated permission {permission}, with consent.</source>
        <translation>Microsoft 365 a refusé l'accès aux tâches de {mailbox} : la connexion a besoin de l'autorisation déléguée {permission}, avec consentement.</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="220" />
        <source>Microsoft 365 refused access.</source>
        <translation>Microsoft 365 a refusé l'accès.</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="221" />
        <source>Microsoft 365 refused the application the calendar of {mailbox}: grant it the application permission {permission} with admin consent, and let it reach this mailbox (application access policy or RBAC for Applications).</source>
        <translation>Microsoft 365 a refusé à l'application le calendrier de {mailbox} : accordez-lui l'autorisation d'application {permission} avec le consentement de l'administrateur, et laissez-la atteindre cette boîte (stratégie d'accès des applications ou RBAC pour les applications).</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="222" />
        <source>Microsoft 365 refused the application the tasks of {mailbox}: grant it the application permission {permission} with admin consent, or synchronize calendars only.</source>
        <translation>Microsoft 365 a refusé à l'application les tâches de {mailbox} : accordez-lui l'autorisation d'application {permission} avec le consentement de l'administrateur, ou ne synchronisez que les calendriers.</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="554" />
        <source>“{value}” is not a phone number.</source>
        <translation>« {value} » n'est pas un numéro de téléphone.</translation>
    </message>
</context>
<context>
    <name>entity</name>
    <message>
        <location filename="declared_strings.py" line="556" />
        <source>Activity</source>
        <translation>Activité</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="557" />
        <source>Activity template</source>
        <translation>Modèle d'activité</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="558" />
        <source>Attachment</source>
        <translation>Pièce jointe</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="559" />
        <source>Attendee</source>
        <translation>Participant</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="560" />
        <source>Attribute</source>
        <translation>Attribut</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="561" />
        <source>Attribute by attribute set</source>
        <translation>Attribut par ensemble d'attributs</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="562" />
        <source>Attribute option</source>
        <translation>Option d'attribut</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="563" />
        <source>Attribute set</source>
        <translation>Ensemble d'attributs</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="564" />
        <source>Attribute value</source>
        <translation>Valeur d'attribut</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="565" />
        <source>Business partner</source>
        <translation>Tiers</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="566" />
        <source>Buyer role</source>
        <translation>Rôle d'acheteur</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="567" />
        <source>COM parameters</source>
        <translation>Paramètres COM</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="568" />
        <source>CRM parameters</source>
        <translation>Paramètres CRM</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="569" />
        <source>Contact</source>
        <translation>Contact</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="570" />
        <source>Contact by opportunity</source>
        <translation>Contact par opportunité</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="571" />
        <source>Default attribute set by role</source>
        <translation>Ensemble d'attributs par défaut par rôle</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="572" />
        <source>Defaults by user</source>
        <translation>Valeurs par défaut par utilisateur</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="573" />
        <source>Employee</source>
        <translation>Employé</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="574" />
        <source>Exchange synchronization settings</source>
        <translation>Paramètres de synchronisation Exchange</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="575" />
        <source>Exchange synchronization user</source>
        <translation>Utilisateur de synchronisation Exchange</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="576" />
        <source>Item</source>
        <translation>Article</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="577" />
        <source>Letter</source>
        <translation>Lettre</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="578" />
        <source>Note</source>
        <translation>Remarque</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="579" />
        <source>Number series</source>
        <translation>Séries de numéros</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="580" />
        <source>Opportunity</source>
        <translation>Opportunité</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="581" />
        <source>Opportunity item</source>
        <translation>Article d'opportunité</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="582" />
        <source>Opportunity source</source>
        <translation>Origine d'opportunité</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="583" />
        <source>Opportunity type</source>
        <translation>Type d'opportunité</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="584" />
        <source>Phase</source>
        <translation>Phase</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="585" />
        <source>Phase by sales process</source>
        <translation>Phase par processus de vente</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="586" />
        <source>Quotation line</source>
        <translation>Ligne de devis</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="587" />
        <source>Quotation parameters</source>
        <translation>Paramètres de devis</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="588" />
        <source>Reason</source>
        <translation>Motif</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="589" />
        <source>Recipient</source>
        <translation>Destinataire</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="590" />
        <source>Record</source>
        <translation>Enregistrement</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="591" />
        <source>Reference by activity</source>
        <translation>Référence par activité</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="592" />
        <source>Reference by opportunity</source>
        <translation>Référence par opportunité</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="593" />
        <source>Report</source>
        <translation>État</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="594" />
        <source>Report layout line</source>
        <translation>Ligne de présentation d'état</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="595" />
        <source>Sales office</source>
        <translation>Service des ventes</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="596" />
        <source>Sales order type</source>
        <translation>Type de commande client</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="597" />
        <source>Sales process</source>
        <translation>Processus de vente</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="598" />
        <source>Sales quotation</source>
        <translation>Devis</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="599" />
        <source>Sales user profile</source>
        <translation>Profil utilisateur de vente</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="600" />
        <source>Selection</source>
        <translation>Sélection</translation>
    </message>
    <message>
        <location filename="../../desktop/views/opportunities/draft_items.py" line="92" />
        <source>Item by opportunity</source>
        <translation>Article par opportunité</translation>
    </message>
</context>
<context>
    <name>enum</name>
    <message>
        <location filename="declared_strings.py" line="601" />
        <source>Accepted</source>
        <translation>Accepté</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="602" />
        <source>Active</source>
        <translation>Actif</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="603" />
        <source>Activity</source>
        <translation>Activité</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="604" />
        <source>Alphanumeric</source>
        <translation>Alphanumérique</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="605" />
        <source>Application, certificate</source>
        <translation>Application, certificat</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="606" />
        <source>Application, client secret</source>
        <translation>Application, secret client</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="607" />
        <source>Appointment</source>
        <translation>Rendez-vous</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="608" />
        <source>Approved</source>
        <translation>Approuvé</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="609" />
        <source>Assignment</source>
        <translation>Affectation</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="610" />
        <source>Basic</source>
        <translation>De base</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="611" />
        <source>Bcc</source>
        <translation>Cci</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="612" />
        <source>Budget</source>
        <translation>Budget</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="613" />
        <source>Business Partner</source>
        <translation>Tiers</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="614" />
        <source>Busy</source>
        <translation>Occupé</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="615" />
        <source>Buy-from</source>
        <translation>Fournisseur</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="616" />
        <source>Call</source>
        <translation>Appel</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="617" />
        <source>Canceled</source>
        <translation>Annulée</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="618" />
        <source>Cc</source>
        <translation>Cc</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="619" />
        <source>Center</source>
        <translation>Centré</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="620" />
        <source>Completed</source>
        <translation>Terminé</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="621" />
        <source>Contact</source>
        <translation>Contact</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="622" />
        <source>Create or Update</source>
        <translation>Création ou mise à jour</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="623" />
        <source>Created</source>
        <translation>Créé</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="624" />
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="625" />
        <source>Days</source>
        <translation>Jours</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="626" />
        <source>Dead</source>
        <translation>Abandonnée</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="627" />
        <source>Declined</source>
        <translation>Refusé</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="628" />
        <source>Deferred</source>
        <translation>Différée</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="629" />
        <source>Delegate</source>
        <translation>Délégation</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="630" />
        <source>Delete</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="631" />
        <source>Deleted</source>
        <translation>Supprimé</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="632" />
        <source>Do Not Assign</source>
        <translation>Ne pas affecter</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="633" />
        <source>Double</source>
        <translation>Décimal</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="634" />
        <source>Draft</source>
        <translation>Brouillon</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="635" />
        <source>E-mail</source>
        <oldsource>Email</oldsource>
        <translation>E-mail</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="636" />
        <source>Employee</source>
        <translation>Employé</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="637" />
        <source>Error</source>
        <translation>Erreur</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="640" />
        <source>External Sales Representative</source>
        <translation>Représentant commercial externe</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="641" />
        <source>First Name</source>
        <translation>Prénom</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="642" />
        <source>First and Last Name</source>
        <translation>Prénom et nom</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="643" />
        <source>Flexible Printing</source>
        <translation>Impression paramétrable</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="644" />
        <source>Free</source>
        <translation>Libre</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="645" />
        <source>From</source>
        <translation>De</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="646" />
        <source>General</source>
        <translation>Général</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="647" />
        <source>Global Addition of Activities</source>
        <translation>Ajout global des activités</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="648" />
        <source>Global Addition of Attributes</source>
        <translation>Ajout global des attributs</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="649" />
        <source>Global Deletion of Activities</source>
        <translation>Suppression globale des activités</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="650" />
        <source>Held</source>
        <translation>Tenu</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="651" />
        <source>High</source>
        <translation>Haute</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="652" />
        <source>Hours</source>
        <translation>Heures</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="653" />
        <source>Impersonation</source>
        <translation>Emprunt d'identité</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="654" />
        <source>In Process</source>
        <translation>En cours</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="655" />
        <source>Inactive</source>
        <translation>Inactif</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="656" />
        <source>Inbound</source>
        <translation>Entrant</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="657" />
        <source>Integer</source>
        <translation>Entier</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="658" />
        <source>Internal Sales Representative</source>
        <translation>Représentant commercial interne</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="659" />
        <source>Invoice-from</source>
        <translation>Facturant</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="660" />
        <source>Invoice-to</source>
        <translation>Facturé</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="661" />
        <source>Item</source>
        <translation>Article</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="662" />
        <source>Left</source>
        <translation>Gauche</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="663" />
        <source>Lost</source>
        <translation>Perdue</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="664" />
        <source>Low</source>
        <translation>Basse</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="665" />
        <source>Lower</source>
        <translation>Minuscules</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="666" />
        <source>Mail Merge</source>
        <translation>Publipostage</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="667" />
        <source>Mailing</source>
        <translation>Publipostage</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="668" />
        <source>Maintenance Sales Order</source>
        <translation>Commande client de maintenance</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="669" />
        <source>Maintenance Sales Quotation</source>
        <translation>Devis de maintenance</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="670" />
        <source>Mandatory</source>
        <translation>Obligatoire</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="671" />
        <source>Mandatory Unless Empty</source>
        <translation>Obligatoire sauf si vide</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="672" />
        <source>Manual</source>
        <translation>Manuel</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="673" />
        <source>Meeting Organizer</source>
        <translation>Organisateur de la réunion</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="638" />
        <source>Exchange Online (Microsoft Graph)</source>
        <translation>Exchange Online (Microsoft Graph)</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="639" />
        <source>Exchange Server (EWS)</source>
        <translation>Exchange Server (EWS)</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="674" />
        <source>Minutes</source>
        <translation>Minutes</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="675" />
        <source>Miscellaneous</source>
        <translation>Divers</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="676" />
        <source>My own mailbox (sign-in)</source>
        <translation>Ma propre boîte aux lettres (connexion)</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="677" />
        <source>NTLM</source>
        <translation>NTLM</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="678" />
        <source>No</source>
        <translation>Non</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="679" />
        <source>None</source>
        <translation>Aucun</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="680" />
        <source>Normal</source>
        <translation>Normale</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="681" />
        <source>Not Applicable</source>
        <translation>Non applicable</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="682" />
        <source>Not Held</source>
        <translation>Non tenu</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="683" />
        <source>Not Mandatory</source>
        <translation>Facultatif</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="684" />
        <source>Not Specified</source>
        <translation>Non spécifié</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="685" />
        <source>Not Started</source>
        <translation>Non commencée</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="686" />
        <source>OAuth 2</source>
        <translation>OAuth 2</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="687" />
        <source>Opportunity</source>
        <translation>Opportunité</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="688" />
        <source>Option</source>
        <translation>Option</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="689" />
        <source>Optional</source>
        <translation>Facultatif</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="690" />
        <source>Other</source>
        <translation>Autre</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="691" />
        <source>Out of Office</source>
        <translation>Absent du bureau</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="692" />
        <source>Outbound</source>
        <translation>Sortant</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="693" />
        <source>Pay-by</source>
        <translation>Payeur</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="694" />
        <source>Pay-to</source>
        <translation>Bénéficiaire</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="695" />
        <source>Planned</source>
        <translation>Planifié</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="696" />
        <source>Preliminary</source>
        <translation>Préliminaire</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="697" />
        <source>Printed</source>
        <translation>Imprimé</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="698" />
        <source>Processed</source>
        <translation>Traité</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="699" />
        <source>Project</source>
        <translation>Projet</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="700" />
        <source>Project (PCS)</source>
        <translation>Projet (PCS)</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="701" />
        <source>Project Contract</source>
        <translation>Contrat de projet</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="702" />
        <source>Prospect</source>
        <translation>Prospect</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="703" />
        <source>Purchase Order</source>
        <translation>Commande fournisseur</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="704" />
        <source>Recalculate Opportunity Prices</source>
        <translation>Recalcul des prix des opportunités</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="705" />
        <source>Received</source>
        <translation>Reçu</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="706" />
        <source>Request for Quotation</source>
        <translation>Demande de prix</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="707" />
        <source>Required</source>
        <translation>Obligatoire</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="708" />
        <source>Resource</source>
        <translation>Ressource</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="709" />
        <source>Right</source>
        <translation>Droite</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="710" />
        <source>Sales Contract</source>
        <translation>Contrat de vente</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="711" />
        <source>Sales Order</source>
        <translation>Commande client</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="712" />
        <source>Sales Quotation</source>
        <translation>Devis</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="713" />
        <source>Send E-mail</source>
        <oldsource>Send Email</oldsource>
        <translation>Envoi d'e-mail</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="714" />
        <source>Sent</source>
        <translation>Envoyé</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="715" />
        <source>Service Call</source>
        <translation>Appel de service</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="716" />
        <source>Service Contract</source>
        <translation>Contrat de service</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="717" />
        <source>Service Contract Quotation</source>
        <translation>Devis de contrat de service</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="718" />
        <source>Service Order</source>
        <translation>Ordre de service</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="719" />
        <source>Service Order Quotation</source>
        <translation>Devis d'ordre de service</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="720" />
        <source>Service Work Order</source>
        <translation>Ordre de travail de service</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="721" />
        <source>Ship-from</source>
        <translation>Expéditeur</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="722" />
        <source>Ship-to</source>
        <translation>Destinataire de livraison</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="723" />
        <source>Simulate</source>
        <translation>Simuler</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="724" />
        <source>Skipped (already present)</source>
        <translation>Ignoré (déjà présent)</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="725" />
        <source>Skipped (filter)</source>
        <translation>Ignoré (filtre)</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="726" />
        <source>Skipped (selection false)</source>
        <translation>Ignoré (sélection fausse)</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="727" />
        <source>Sold-to</source>
        <translation>Client</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="728" />
        <source>Specific Employee</source>
        <translation>Employé spécifique</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="729" />
        <source>Suspect</source>
        <translation>Suspect</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="730" />
        <source>Task</source>
        <translation>Tâche</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="731" />
        <source>Tentative</source>
        <translation>Provisoire</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="732" />
        <source>Text</source>
        <translation>Texte</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="733" />
        <source>Time</source>
        <translation>Heure</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="734" />
        <source>To</source>
        <translation>À</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="735" />
        <source>Unchanged</source>
        <translation>Inchangé</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="736" />
        <source>Update</source>
        <translation>Mettre à jour</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="737" />
        <source>Updated</source>
        <translation>Mis à jour</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="738" />
        <source>Upper</source>
        <translation>Majuscules</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="739" />
        <source>Waiting on Someone Else</source>
        <translation>En attente d'un tiers</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="740" />
        <source>Warning</source>
        <translation>Avertissement</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="741" />
        <source>Weeks</source>
        <translation>Semaines</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="742" />
        <source>Wide</source>
        <translation>Large</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="743" />
        <source>Won</source>
        <translation>Gagnée</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="744" />
        <source>Would Create</source>
        <translation>Serait créé</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="745" />
        <source>Would Delete</source>
        <translation>Serait supprimé</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="746" />
        <source>Would Update</source>
        <translation>Serait mis à jour</translation>
    </message>
</context>
<context>
    <name>fields</name>
    <message>
        <location filename="../../desktop/views/shapes/forms.py" line="259" />
        <location filename="declared_strings.py" line="903" />
        <source>General</source>
        <translation>Général</translation>
    </message>
    <message>
        <location filename="../../desktop/widgets/fields.py" line="118" />
        <source>Type a number.</source>
        <translation>Saisissez un nombre.</translation>
    </message>
    <message>
        <location filename="../../desktop/widgets/fields.py" line="120" />
        <source>The value must be at least %1.</source>
        <translation>La valeur doit être au moins %1.</translation>
    </message>
    <message>
        <location filename="../../desktop/widgets/fields.py" line="123" />
        <source>The value must be at most %1.</source>
        <translation>La valeur doit être au plus %1.</translation>
    </message>
    <message>
        <location filename="../../desktop/widgets/fields.py" line="164" />
        <source>Pick from a calendar</source>
        <translation>Choisir dans un calendrier</translation>
    </message>
    <message>
        <location filename="../../desktop/widgets/fields.py" line="169" />
        <source>e.g. 03/12/2026 10:00, tomorrow 10:00, +2</source>
        <translation>p. ex. 03/12/2026 10:00, demain 10h, +2</translation>
    </message>
    <message>
        <location filename="../../desktop/widgets/fields.py" line="170" />
        <source>e.g. 03/12/2026, tomorrow, +2</source>
        <translation>p. ex. 03/12/2026, demain, +2</translation>
    </message>
    <message>
        <location filename="../../desktop/widgets/fields.py" line="207" />
        <source>Type a date such as %1.</source>
        <translation>Saisissez une date comme %1.</translation>
    </message>
    <message>
        <location filename="../../desktop/widgets/fields.py" line="212" />
        <source>03/12/2026 10:00, tomorrow 10:00 or +2</source>
        <translation>03/12/2026 10:00, demain 10h ou +2</translation>
    </message>
    <message>
        <location filename="../../desktop/widgets/fields.py" line="213" />
        <source>03/12/2026, tomorrow or +2</source>
        <translation>03/12/2026, demain ou +2</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="749" />
        <source>A field or an attribute (R, CODE) of the report's object; the button beside lists them</source>
        <translation>Un champ ou un attribut (R, CODE) de l'objet de l'état ; le bouton à côté les liste</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="753" />
        <source>Account manager</source>
        <translation>Responsable de compte</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="754" />
        <source>Active</source>
        <translation>Actif</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="755" />
        <source>Active contacts only</source>
        <translation>Contacts actifs uniquement</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="756" />
        <source>Activities</source>
        <translation>Activités</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="757" />
        <source>Activity</source>
        <translation>Activité</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="758" />
        <source>Activity template</source>
        <translation>Modèle d'activité</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="759" />
        <source>Activity type</source>
        <translation>Type d'activité</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="760" />
        <source>Add</source>
        <translation>Ajouter</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="761" />
        <source>Add attribute</source>
        <translation>Ajouter un attribut</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="762" />
        <source>Add attribute set</source>
        <translation>Ajouter un ensemble d'attributs</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="763" />
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="764" />
        <source>Advanced selection</source>
        <translation>Sélection avancée</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="765" />
        <source>Alignment</source>
        <translation>Alignement</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="766" />
        <source>All day</source>
        <translation>Toute la journée</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="767" />
        <source>All statuses</source>
        <translation>Tous les statuts</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="768" />
        <source>All types</source>
        <translation>Tous les types</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="769" />
        <source>Amount</source>
        <translation>Montant</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="770" />
        <source>Application (client) id</source>
        <translation>ID d'application (client)</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="771" />
        <source>Application: one sync for the whole company (admin consent to Calendars.ReadWrite and Tasks.ReadWrite). Own mailbox: each salesperson signs in; no service account</source>
        <translation>Application : une synchronisation pour toute l'entreprise (consentement administrateur à Calendars.ReadWrite et Tasks.ReadWrite). Propre boîte : chaque commercial se connecte ; pas de compte de service</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="772" />
        <source>Applies to</source>
        <translation>S'applique à</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="773" />
        <source>Appointments</source>
        <translation>Rendez-vous</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="774" />
        <source>Appointments for project assignments</source>
        <translation>Rendez-vous pour les affectations de projet</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="775" />
        <source>Appointments for service assignments</source>
        <translation>Rendez-vous pour les affectations de service</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="776" />
        <source>Assign to</source>
        <translation>Affecter à</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="777" />
        <source>Assign to me</source>
        <translation>M'affecter</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="778" />
        <source>Assigned to</source>
        <translation>Affecté à</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="779" />
        <source>Assigned to me</source>
        <translation>Affectées à moi</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="780" />
        <source>At each change of a sorted field above it; numbers only</source>
        <translation>À chaque changement d'un champ trié placé avant ; nombres uniquement</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="781" />
        <source>Attached to every activity created: a survey to fill in</source>
        <translation>Joint à chaque activité créée : une enquête à remplir</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="782" />
        <source>Attendance</source>
        <translation>Présence</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="783" />
        <source>Attendance status</source>
        <translation>Statut de présence</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="784" />
        <source>Attendee</source>
        <translation>Participant</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="785" />
        <source>Attribute</source>
        <translation>Attribut</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="786" />
        <source>Attribute by attribute set</source>
        <translation>Attribut par ensemble d'attributs</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="787" />
        <source>Attribute set</source>
        <translation>Ensemble d'attributs</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="788" />
        <source>Attributes</source>
        <translation>Attributs</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="789" />
        <source>Authentication</source>
        <translation>Authentification</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="790" />
        <source>Author</source>
        <translation>Auteur</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="791" />
        <source>BP status</source>
        <translation>Statut du tiers</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="792" />
        <source>Base price</source>
        <translation>Prix de base</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="793" />
        <source>Browse…</source>
        <translation>Parcourir…</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="794" />
        <source>Business object</source>
        <translation>Objet de gestion</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="795" />
        <source>Business partner</source>
        <translation>Tiers</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="796" />
        <source>Business partners</source>
        <translation>Tiers</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="797" />
        <source>Buyer role</source>
        <translation>Rôle d'acheteur</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="798" />
        <source>CSV file</source>
        <translation>Fichier CSV</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="799" />
        <source>CSV files (*.csv)</source>
        <translation>Fichiers CSV (*.csv)</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="800" />
        <source>Calendar pull interval</source>
        <translation>Intervalle de lecture du calendrier</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="801" />
        <source>Calls</source>
        <translation>Appels</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="802" />
        <source>Case conversion</source>
        <translation>Conversion de casse</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="803" />
        <source>Category</source>
        <translation>Catégorie</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="804" />
        <source>Certificate file</source>
        <translation>Fichier du certificat</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="805" />
        <source>Choose a field</source>
        <translation>Choisir un champ</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="806" />
        <source>Choose from the list</source>
        <translation>Choisir dans la liste</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="807" />
        <source>Chosen from</source>
        <translation>Choisi dans</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="808" />
        <source>City</source>
        <translation>Ville</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="809" />
        <source>Close date</source>
        <translation>Date de clôture</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="810" />
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="811" />
        <source>Code of the new letter</source>
        <translation>Code de la nouvelle lettre</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="812" />
        <source>Code of the new report</source>
        <translation>Code du nouvel état</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="813" />
        <source>Code of the new template</source>
        <translation>Code du nouveau modèle</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="814" />
        <source>Column</source>
        <translation>Colonne</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="815" />
        <source>Commas, decimal points (English Excel)</source>
        <translation>Virgules, points décimaux (Excel anglais)</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="816" />
        <source>Communication</source>
        <translation>Communication</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="817" />
        <source>Company</source>
        <translation>Société</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="818" />
        <source>Company name</source>
        <translation>Raison sociale</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="819" />
        <source>Compile expression</source>
        <translation>Compiler l'expression</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="820" />
        <source>Compiled</source>
        <translation>Compilée</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="821" />
        <source>Completed</source>
        <translation>Terminé</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="822" />
        <source>Connection</source>
        <translation>Connexion</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="823" />
        <source>Contact</source>
        <translation>Contact</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="824" />
        <source>Contact by opportunity</source>
        <translation>Contact par opportunité</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="825" />
        <source>Contact pull interval</source>
        <translation>Intervalle de lecture des contacts</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="826" />
        <source>Contact unit</source>
        <translation>Unité (contacts)</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="827" />
        <source>Contacts</source>
        <translation>Contacts</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="828" />
        <source>Contacts and activities</source>
        <translation>Contacts et activités</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="829" />
        <source>Copy letter</source>
        <translation>Copier la lettre</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="830" />
        <source>Copy report</source>
        <translation>Copier l'état</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="831" />
        <source>Copy template</source>
        <translation>Copier le modèle</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="832" />
        <source>Country</source>
        <translation>Pays</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="833" />
        <source>Credit limit</source>
        <translation>Limite de crédit</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="834" />
        <source>Currency</source>
        <translation>Devise</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="835" />
        <source>Data file for a word processor (CSV)</source>
        <translation>Fichier de données pour un traitement de texte (CSV)</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="836" />
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="837" />
        <source>Days from the run to the due date or the start</source>
        <translation>Jours entre le traitement et l'échéance ou le début</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="838" />
        <source>Default</source>
        <translation>Par défaut</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="839" />
        <source>Default attribute sets</source>
        <translation>Ensembles d'attributs par défaut</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="840" />
        <source>Default opportunity type</source>
        <translation>Type d'opportunité par défaut</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="841" />
        <source>Default order type</source>
        <translation>Type de commande par défaut</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="842" />
        <source>Default origin</source>
        <translation>Origine par défaut</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="843" />
        <source>Default sales office</source>
        <translation>Service des ventes par défaut</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="844" />
        <source>Default sales process</source>
        <translation>Processus de vente par défaut</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="845" />
        <source>Default tax rate %</source>
        <translation>Taux de taxe par défaut %</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="846" />
        <source>Description</source>
        <translation>Description</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="847" />
        <source>Digits</source>
        <translation>Chiffres</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="848" />
        <source>Direction</source>
        <translation>Sens</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="849" />
        <source>Discount %</source>
        <translation>Remise %</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="850" />
        <source>Discount amount</source>
        <translation>Montant de remise</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="851" />
        <source>Do not call</source>
        <translation>Ne pas appeler</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="852" />
        <source>Due</source>
        <translation>Échéance</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="853" />
        <source>Due after (days)</source>
        <translation>Échéance après (jours)</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="854" />
        <source>Due date</source>
        <translation>Échéance</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="855" />
        <source>Duration (hours)</source>
        <translation>Durée (heures)</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="856" />
        <source>Duration (minutes)</source>
        <translation>Durée (minutes)</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="857" />
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="858" />
        <source>E-mail (other)</source>
        <translation>E-mail (autre)</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="859" />
        <source>E-mail address</source>
        <translation>Adresse e-mail</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="860" />
        <source>E-mails</source>
        <translation>E-mails</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="861" />
        <source>Effective date</source>
        <translation>Date d'effet</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="862" />
        <source>Element</source>
        <translation>Élément</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="863" />
        <source>Employee</source>
        <translation>Employé</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="864" />
        <source>Empty: Microsoft's address for the tenant</source>
        <translation>Vide : l'adresse Microsoft du locataire</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="865" />
        <source>Empty: https://graph.microsoft.com/v1.0 (national clouds differ)</source>
        <translation>Vide : https://graph.microsoft.com/v1.0 (les clouds nationaux diffèrent)</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="866" />
        <source>Empty: https://login.microsoftonline.com</source>
        <translation>Vide : https://login.microsoftonline.com</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="867" />
        <source>Empty: numbered from the COM parameters</source>
        <translation>Vide : numéroté selon les paramètres COM</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="868" />
        <source>Empty: numbered from the CRM parameters</source>
        <translation>Vide : numéroté selon les paramètres CRM</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="869" />
        <source>Empty: the default rate of the quotation parameters</source>
        <translation>Vide : le taux par défaut des paramètres des devis</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="870" />
        <source>Empty: the first 16 characters of the label</source>
        <translation>Vide : les 16 premiers caractères du libellé</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="871" />
        <source>Empty: the item's price</source>
        <translation>Vide : le prix de l'article</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="872" />
        <source>Empty: the item's price at the expected close date</source>
        <translation>Vide : le prix de l'article à la date de clôture prévue</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="873" />
        <source>Empty: the item's sales unit</source>
        <translation>Vide : l'unité de vente de l'article</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="874" />
        <source>End</source>
        <translation>Fin</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="875" />
        <source>End date</source>
        <translation>Date de fin</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="876" />
        <source>English</source>
        <translation>Anglais</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="877" />
        <source>Exactly as the mailbox spells it, letter case included</source>
        <translation>Exactement comme la boîte aux lettres l'écrit, majuscules comprises</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="878" />
        <source>Excel workbook (XLSX)</source>
        <translation>Classeur Excel (XLSX)</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="879" />
        <source>Excel workbooks (*.xlsx)</source>
        <translation>Classeurs Excel (*.xlsx)</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="880" />
        <source>Exchange Server on premises: EWS. Exchange Online (Microsoft 365): Microsoft Graph</source>
        <translation>Exchange Server sur site : EWS. Exchange Online (Microsoft 365) : Microsoft Graph</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="881" />
        <source>Expected close date</source>
        <translation>Date de clôture prévue</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="882" />
        <source>Expected close from</source>
        <translation>Clôture prévue à partir du</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="883" />
        <source>Expected close to</source>
        <translation>Clôture prévue jusqu'au</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="884" />
        <source>Expected revenue</source>
        <translation>CA prévu</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="885" />
        <source>Expected revenue = total of the selected items (%1)</source>
        <translation>Chiffre d'affaires prévu = total des articles sélectionnés (%1)</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="886" />
        <source>Expiry date</source>
        <translation>Date d'expiration</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="887" />
        <source>Export</source>
        <translation>Export</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="888" />
        <source>Export to Word</source>
        <translation>Exporter vers Word</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="889" />
        <source>Expression</source>
        <translation>Expression</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="890" />
        <source>External sales rep</source>
        <translation>Représentant externe</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="891" />
        <source>Field</source>
        <translation>Champ</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="892" />
        <source>Fields</source>
        <translation>Champs</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="893" />
        <source>File</source>
        <translation>Fichier</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="894" />
        <source>File name</source>
        <translation>Nom du fichier</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="895" />
        <source>First contact</source>
        <translation>Premier contact</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="896" />
        <source>First name</source>
        <translation>Prénom</translation>
    </message>
    <message>
        <location filename="../../desktop/views/activities/sessions.py" line="145" />
        <location filename="declared_strings.py" line="898" />
        <source>Follow up</source>
        <translation>Suivi</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="900" />
        <source>From</source>
        <translation>De</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="901" />
        <source>Full name</source>
        <translation>Nom complet</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="902" />
        <source>Full name (other)</source>
        <translation>Nom complet (autre)</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="904" />
        <source>General information</source>
        <translation>Informations générales</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="905" />
        <source>Generate quotation</source>
        <translation>Générer le devis</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="906" />
        <source>Graph address</source>
        <translation>Adresse de Graph</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="907" />
        <source>Heading</source>
        <translation>En-tête de colonne</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="908" />
        <source>Home currency</source>
        <translation>Devise de la société</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="909" />
        <source>Impersonation: a service account acts for every sync user</source>
        <translation>Emprunt d'identité : un compte de service agit pour chaque utilisateur synchronisé</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="910" />
        <source>Import from Word</source>
        <translation>Importer depuis Word</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="911" />
        <source>Include in forecast</source>
        <translation>Inclure dans la prévision</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="912" />
        <source>Information</source>
        <translation>Information</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="913" />
        <source>Initials</source>
        <translation>Initiales</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="914" />
        <source>Initials based on</source>
        <translation>Initiales basées sur</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="915" />
        <source>Internal sales rep</source>
        <translation>Représentant interne</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="916" />
        <source>Invite</source>
        <translation>Inviter</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="917" />
        <source>Item</source>
        <translation>Article</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="918" />
        <source>Item line</source>
        <translation>Ligne d'article</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="919" />
        <source>Item total: %1</source>
        <translation>Total des articles : %1</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="920" />
        <source>Job title</source>
        <translation>Fonction</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="921" />
        <source>Kept in the system keyring; leave empty to keep the saved one. OAuth 2 and Graph: the client secret, or the certificate's passphrase</source>
        <translation>Conservé dans le trousseau du système ; laissez vide pour garder celui enregistré. OAuth 2 et Graph : le secret client, ou la phrase secrète du certificat</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="922" />
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="923" />
        <source>Label</source>
        <translation>Libellé</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="924" />
        <source>Language</source>
        <translation>Langue</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="925" />
        <source>Last activity</source>
        <translation>Dernière activité</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="926" />
        <source>Last name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="927" />
        <source>Last synchronization</source>
        <oldsource>Last synchronisation</oldsource>
        <translation>Dernière synchronisation</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="928" />
        <source>Layout</source>
        <translation>Mise en page</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="929" />
        <source>Leave the activities already done (held, completed ...)</source>
        <translation>Laisser les activités déjà faites (tenues, terminées…)</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="930" />
        <source>Length</source>
        <translation>Longueur</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="931" />
        <source>Letter</source>
        <translation>Lettre</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="932" />
        <source>Line</source>
        <translation>Ligne</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="933" />
        <source>Links</source>
        <translation>Liens</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="934" />
        <source>Location</source>
        <translation>Lieu</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="935" />
        <source>Log mailing as activity</source>
        <translation>Enregistrer le publipostage comme activité</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="936" />
        <source>Mail merge writes the merged data to a file for a word processor instead of printing letters (BR-LET-05).</source>
        <translation>Le publipostage écrit les données fusionnées dans un fichier pour un traitement de texte au lieu d'imprimer les lettres (BR-LET-05).</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="937" />
        <source>Mailbox</source>
        <translation>Boîte aux lettres</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="944" />
        <source>Mode</source>
        <translation>Mode</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="948" />
        <source>New page</source>
        <translation>Nouvelle page</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="978" />
        <source>Outlook category imported</source>
        <translation>Catégorie Outlook importée</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="979" />
        <source>Outlook items with this category become activities</source>
        <translation>Les éléments Outlook de cette catégorie deviennent des activités</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="993" />
        <source>Preview</source>
        <translation>Aperçu</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="1009" />
        <source>Protocol</source>
        <translation>Protocole</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="1010" />
        <source>Push notifications</source>
        <translation>Notifications push</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="1035" />
        <source>Save as PDF…</source>
        <translation>Enregistrer en PDF…</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="1036" />
        <source>Save as Word…</source>
        <translation>Enregistrer en Word…</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="1037" />
        <source>Schedule</source>
        <translation>Planification</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="1046" />
        <source>Send by e-mail</source>
        <translation>Envoyer par e-mail</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="1050" />
        <source>Server version</source>
        <translation>Version du serveur</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="1051" />
        <source>Service account</source>
        <translation>Compte de service</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="1052" />
        <source>Service address</source>
        <translation>Adresse du service</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="1069" />
        <source>Synchronization on</source>
        <oldsource>Synchronisation on</oldsource>
        <translation>Synchronisation active</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="1089" />
        <source>Time-out (seconds)</source>
        <translation>Délai d'attente (secondes)</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="1109" />
        <source>When given, only the records for which its expression is true</source>
        <translation>Si renseignée, seuls les enregistrements pour lesquels son expression est vraie</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="1110" />
        <source>Width</source>
        <translation>Largeur</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="1111" />
        <source>Word documents (*.docx)</source>
        <translation>Documents Word (*.docx)</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="1112" />
        <source>e.g. 15.1.2507.6; empty: asked from the server</source>
        <translation>p. ex. 15.1.2507.6 ; vide : demandée au serveur</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="1113" />
        <source>e.g. bp.city = "Lyon" -- Ctrl+Space lists the fields and attributes</source>
        <translation>p. ex. bp.city = "Lyon" -- Ctrl+Espace liste les champs et les attributs</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="1114" />
        <source>e.g. https://mail.example.com/EWS/Exchange.asmx</source>
        <translation>p. ex. https://mail.example.com/EWS/Exchange.asmx</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="938" />
        <source>Mailings</source>
        <translation>Publipostages</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="747" />
        <source>A PEM file with the certificate and its private key</source>
        <translation>Un fichier PEM avec le certificat et sa clé privée</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="748" />
        <source>A Word document per recipient</source>
        <translation>Un document Word par destinataire</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="750" />
        <source>A grand total at the end; numbers only</source>
        <translation>Un total général à la fin ; nombres uniquement</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="751" />
        <source>A new page each time this sorted field changes</source>
        <translation>Une nouvelle page à chaque changement de ce champ trié</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="752" />
        <source>Access</source>
        <translation>Accès</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="897" />
        <source>Folder</source>
        <translation>Dossier</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="899" />
        <source>French</source>
        <translation>Français</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="939" />
        <source>Mandatory project peg</source>
        <translation>Rattachement projet obligatoire</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="940" />
        <source>Manual price</source>
        <translation>Prix manuel</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="941" />
        <source>Maximum e-mail size (bytes)</source>
        <translation>Taille maximale d'un e-mail (octets)</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="942" />
        <source>Mobile phone</source>
        <translation>Téléphone mobile</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="943" />
        <source>Mobile phone is primary</source>
        <translation>Mobile principal</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="945" />
        <source>Modified</source>
        <translation>Modifié le</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="946" />
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="947" />
        <source>Name (other)</source>
        <translation>Nom (autre)</translation>
    </message>
    <message>
        <location filename="../../desktop/views/activities/sessions.py" line="142" />
        <source>New</source>
        <translation>Nouveau</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="949" />
        <source>Next number</source>
        <translation>Numéro suivant</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="950" />
        <source>Normal: portrait; Wide: landscape</source>
        <translation>Normal : portrait ; Large : paysage</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="951" />
        <source>Note</source>
        <translation>Remarque</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="952" />
        <source>Number series</source>
        <translation>Séries de numéros</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="953" />
        <source>Numbered from the COM parameters when saved</source>
        <translation>Numéroté d'après les paramètres COM à l'enregistrement</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="954" />
        <source>OAuth 2: the application (client) id</source>
        <translation>OAuth 2 : l'identifiant (client) de l'application</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="955" />
        <source>Off: calendars only, for an application granted no Tasks permission</source>
        <translation>Désactivé : calendriers seulement, pour une application sans autorisation Tasks</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="956" />
        <source>Office phone</source>
        <translation>Téléphone du bureau</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="957" />
        <source>Office phone is primary</source>
        <translation>Téléphone du bureau principal</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="958" />
        <source>One PDF document</source>
        <translation>Un document PDF</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="959" />
        <source>One Word document (a letter per page)</source>
        <translation>Un document Word (une lettre par page)</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="960" />
        <source>Only my customers</source>
        <translation>Uniquement mes clients</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="961" />
        <source>Open activities only</source>
        <translation>Activités ouvertes uniquement</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="962" />
        <source>Open balance</source>
        <translation>Solde ouvert</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="963" />
        <source>Open only</source>
        <translation>Ouvertes uniquement</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="964" />
        <source>Open pipeline</source>
        <translation>Pipeline ouvert</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="965" />
        <source>Operation</source>
        <translation>Opération</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="966" />
        <source>Opportunities</source>
        <translation>Opportunités</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="967" />
        <source>Opportunity</source>
        <translation>Opportunité</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="968" />
        <source>Opportunity from</source>
        <translation>Opportunité de</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="969" />
        <source>Opportunity number series</source>
        <translation>Série de numéros des opportunités</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="970" />
        <source>Opportunity to</source>
        <translation>à</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="971" />
        <source>Opportunity type</source>
        <translation>Type d'opportunité</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="972" />
        <source>Opted out</source>
        <translation>Désinscrit</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="973" />
        <source>Option</source>
        <translation>Option</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="974" />
        <source>Ordered qty</source>
        <translation>Qté commandée</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="975" />
        <source>Organizer</source>
        <translation>Organisateur</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="976" />
        <source>Orientation</source>
        <translation>Orientation</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="977" />
        <source>Origin</source>
        <translation>Origine</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="980" />
        <source>Output</source>
        <translation>Sortie</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="981" />
        <source>Overdue amount</source>
        <translation>Montant échu</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="982" />
        <source>PDF document</source>
        <translation>Document PDF</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="983" />
        <source>PDF documents (*.pdf)</source>
        <translation>Documents PDF (*.pdf)</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="984" />
        <source>Password or secret</source>
        <translation>Mot de passe ou secret</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="985" />
        <source>Path for attachments</source>
        <translation>Chemin des pièces jointes</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="986" />
        <source>Phase</source>
        <translation>Phase</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="987" />
        <source>Phone</source>
        <translation>Téléphone</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="988" />
        <source>Planning</source>
        <translation>Planification</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="989" />
        <source>Position</source>
        <translation>Position</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="990" />
        <source>Postal code</source>
        <translation>Code postal</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="991" />
        <source>Prefix</source>
        <translation>Préfixe</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="992" />
        <source>Prefix (van, de)</source>
        <translation>Particule (van, de)</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="994" />
        <source>Price</source>
        <translation>Prix</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="995" />
        <source>Price origin</source>
        <translation>Origine du prix</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="996" />
        <source>Primary</source>
        <translation>Principal</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="997" />
        <source>Primary contact</source>
        <translation>Contact principal</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="998" />
        <source>Primary contact of the partner</source>
        <translation>Contact principal du tiers</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="999" />
        <source>Print the selection text</source>
        <translation>Imprimer le texte de sélection</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="1000" />
        <source>Printer</source>
        <translation>Imprimante</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="1001" />
        <source>Printing</source>
        <translation>Impression</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="1002" />
        <source>Print…</source>
        <translation>Imprimer…</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="1003" />
        <source>Priority</source>
        <translation>Priorité</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="1004" />
        <source>Private</source>
        <translation>Privée</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="1005" />
        <source>Private (visible to me only)</source>
        <translation>Privée (visible par moi seul)</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="1006" />
        <source>Probability</source>
        <translation>Probabilité</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="1007" />
        <source>Probability %</source>
        <translation>Probabilité %</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="1008" />
        <source>Project peg</source>
        <translation>Rattachement projet</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="1011" />
        <source>Quotation</source>
        <translation>Devis</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="1012" />
        <source>Quotation line</source>
        <translation>Ligne de devis</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="1013" />
        <source>Quotation number series</source>
        <translation>Série de numéros des devis</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="1014" />
        <source>Quotation series</source>
        <translation>Série des devis</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="1015" />
        <source>Reason</source>
        <translation>Motif</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="1016" />
        <source>Recalculate prices</source>
        <translation>Recalculer les prix</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="1017" />
        <source>Recipient</source>
        <translation>Destinataire</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="1018" />
        <source>Record</source>
        <translation>Enregistrement</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="1019" />
        <source>Reference</source>
        <translation>Référence</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="1020" />
        <source>Remark</source>
        <translation>Remarque</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="1021" />
        <source>Remind at</source>
        <translation>Rappel le</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="1022" />
        <source>Reminder</source>
        <translation>Rappel</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="1023" />
        <source>Reminder before</source>
        <translation>Rappel avant</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="1024" />
        <source>Report</source>
        <translation>État</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="1025" />
        <source>Result</source>
        <translation>Résultat</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="1026" />
        <source>Revenue and dates</source>
        <translation>Chiffre d'affaires et dates</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="1027" />
        <source>Role</source>
        <translation>Rôle</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="1028" />
        <source>Run</source>
        <translation>Exécuter</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="1029" />
        <source>Sales</source>
        <translation>Ventes</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="1030" />
        <source>Sales office</source>
        <translation>Service des ventes</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="1031" />
        <source>Sales process</source>
        <translation>Processus de vente</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="1032" />
        <source>Sales quotations</source>
        <translation>Devis</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="1033" />
        <source>Sales unit</source>
        <translation>Unité de vente</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="1034" />
        <source>Salutation</source>
        <translation>Civilité</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="1038" />
        <source>Search key</source>
        <translation>Clé de recherche</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="1039" />
        <source>Select</source>
        <translation>Sélectionner</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="1040" />
        <source>Select all</source>
        <translation>Tout sélectionner</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="1041" />
        <source>Select none</source>
        <translation>Tout désélectionner</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="1042" />
        <source>Selected records: %1</source>
        <translation>Enregistrements sélectionnés : %1</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="1043" />
        <source>Selection</source>
        <translation>Sélection</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="1044" />
        <source>Semicolons, decimal commas (French Excel)</source>
        <translation>Points-virgules, virgules décimales (Excel français)</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="1045" />
        <source>Send</source>
        <translation>Envoyer</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="1047" />
        <source>Sent / received</source>
        <translation>Envoyé / reçu</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="1048" />
        <source>Separator</source>
        <translation>Séparateur</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="1049" />
        <source>Sequence</source>
        <translation>Séquence</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="1053" />
        <source>Show time as</source>
        <translation>Afficher la disponibilité</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="1054" />
        <source>Sign-in</source>
        <translation>Connexion</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="1055" />
        <source>Sign-in authority</source>
        <translation>Autorité de connexion</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="1056" />
        <source>Signed in as</source>
        <translation>Connecté en tant que</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="1057" />
        <source>Size</source>
        <translation>Taille</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="1058" />
        <source>Size (bytes)</source>
        <translation>Taille (octets)</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="1059" />
        <source>Sold-to business partner</source>
        <translation>Tiers acheteur</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="1060" />
        <source>Sort</source>
        <translation>Tri</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="1061" />
        <source>Sorting and totals</source>
        <translation>Tri et totaux</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="1062" />
        <source>Start</source>
        <translation>Début</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="1063" />
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="1064" />
        <source>Status and dates</source>
        <translation>Statut et dates</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="1065" />
        <source>Stored file</source>
        <translation>Fichier enregistré</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="1066" />
        <source>Street</source>
        <translation>Rue</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="1067" />
        <source>Subject</source>
        <translation>Objet</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="1068" />
        <source>Subtotals</source>
        <translation>Sous-totaux</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="1070" />
        <source>Synchronize</source>
        <translation>Synchroniser</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="1071" />
        <source>Synchronize activities</source>
        <translation>Synchroniser les activités</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="1072" />
        <source>Synchronize contacts</source>
        <translation>Synchroniser les contacts</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="1073" />
        <source>Synchronize tasks</source>
        <translation>Synchroniser les tâches</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="1074" />
        <source>Synchronize with Exchange</source>
        <translation>Synchroniser avec Exchange</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="1075" />
        <source>System</source>
        <translation>Système</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="1076" />
        <source>Target group</source>
        <translation>Groupe cible</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="1077" />
        <source>Tasks</source>
        <translation>Tâches</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="1078" />
        <source>Tax</source>
        <translation>Taxe</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="1079" />
        <source>Tax rate %</source>
        <translation>Taux de taxe %</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="1080" />
        <source>Template</source>
        <translation>Modèle</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="1081" />
        <source>Tenant</source>
        <translation>Locataire</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="1082" />
        <source>Tenant (OAuth 2)</source>
        <translation>Locataire (OAuth 2)</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="1083" />
        <source>Text</source>
        <translation>Texte</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="1084" />
        <source>The application registered in Microsoft Entra</source>
        <translation>L'application inscrite dans Microsoft Entra</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="1085" />
        <source>The column's place; left empty, after the last one</source>
        <translation>La place de la colonne ; vide, après la dernière</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="1086" />
        <source>The directory (tenant) id or domain, e.g. contoso.onmicrosoft.com</source>
        <translation>L'ID ou le domaine de l'annuaire (locataire), p. ex. contoso.onmicrosoft.com</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="1087" />
        <source>The directory (tenant) id the application is registered in</source>
        <translation>L'identifiant de l'annuaire (locataire) où l'application est inscrite</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="1088" />
        <source>The list the value must come from (F2 in the value)</source>
        <translation>La liste d'où doit venir la valeur (F2 dans la valeur)</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="1090" />
        <source>To</source>
        <translation>À</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="1091" />
        <source>Token address (OAuth 2)</source>
        <translation>Adresse des jetons (OAuth 2)</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="1092" />
        <source>Total of the lines</source>
        <translation>Total des lignes</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="1093" />
        <source>Total with tax</source>
        <translation>Total TTC</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="1094" />
        <source>Totalize</source>
        <translation>Totaliser</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="1095" />
        <source>Totals</source>
        <translation>Totaux</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="1096" />
        <source>Turnover last year</source>
        <translation>CA de l'année précédente</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="1097" />
        <source>Turnover this year</source>
        <translation>CA de l'année en cours</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="1098" />
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="1099" />
        <source>Unit</source>
        <translation>Unité</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="1100" />
        <source>Use item total</source>
        <translation>Reprendre le total des articles</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="1101" />
        <source>User</source>
        <translation>Utilisateur</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="1102" />
        <source>VAT number</source>
        <translation>N° de TVA</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="1103" />
        <source>Valid until</source>
        <translation>Valable jusqu'au</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="1104" />
        <source>Validation</source>
        <translation>Validation</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="1105" />
        <source>Validity (days)</source>
        <translation>Validité (jours)</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="1106" />
        <source>Value</source>
        <translation>Valeur</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="1107" />
        <source>Website</source>
        <translation>Site web</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="1108" />
        <source>When</source>
        <translation>Quand</translation>
    </message>
    <message>
        <location filename="../../desktop/views/exchange/sessions.py" line="32" />
        <source>Microsoft Graph</source>
        <translation>Microsoft Graph</translation>
    </message>
</context>
<context>
    <name>menu</name>
    <message>
        <location filename="../../desktop/views/shell/registry.py" line="17" />
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <location filename="../../desktop/views/shell/registry.py" line="18" />
        <source>&amp;Sales relations</source>
        <translation>&amp;Relations commerciales</translation>
    </message>
    <message>
        <location filename="../../desktop/views/shell/registry.py" line="19" />
        <source>&amp;Opportunities</source>
        <translation>&amp;Opportunités</translation>
    </message>
    <message>
        <location filename="../../desktop/views/shell/registry.py" line="20" />
        <source>&amp;Activities</source>
        <translation>&amp;Activités</translation>
    </message>
    <message>
        <location filename="../../desktop/views/shell/registry.py" line="21" />
        <source>&amp;Marketing</source>
        <translation>&amp;Marketing</translation>
    </message>
    <message>
        <location filename="../../desktop/views/shell/registry.py" line="22" />
        <source>&amp;Reports</source>
        <translation>É&amp;tats</translation>
    </message>
    <message>
        <location filename="../../desktop/views/shell/registry.py" line="23" />
        <source>Master &amp;data</source>
        <translation>Données de &amp;base</translation>
    </message>
    <message>
        <location filename="../../desktop/views/shell/registry.py" line="24" />
        <source>&amp;Tools</source>
        <translation>O&amp;utils</translation>
    </message>
    <message>
        <location filename="../../desktop/views/shell/registry.py" line="25" />
        <source>&amp;Help</source>
        <translation>Aid&amp;e</translation>
    </message>
</context>
<context>
    <name>panels</name>
    <message>
        <location filename="../../desktop/views/customer360/words.py" line="8" />
        <source>Charts</source>
        <translation>Graphiques</translation>
    </message>
    <message>
        <location filename="../../desktop/views/customer360/words.py" line="17" />
        <source>Sold-to contact</source>
        <translation>Contact du tiers acheteur</translation>
    </message>
    <message>
        <location filename="../../desktop/views/customer360/words.py" line="26" />
        <source>Credit information</source>
        <translation>Informations de crédit</translation>
    </message>
    <message>
        <location filename="../../desktop/views/customer360/words.py" line="33" />
        <source>Key figures</source>
        <translation>Chiffres clés</translation>
    </message>
    <message>
        <location filename="../../desktop/views/customer360/words.py" line="56" />
        <source>Links</source>
        <translation>Liens</translation>
    </message>
    <message>
        <location filename="../../desktop/views/customer360/words.py" line="66" />
        <source>Timeline</source>
        <translation>Historique</translation>
    </message>
</context>
<context>
    <name>session</name>
    <message>
        <location filename="declared_strings.py" line="1115" />
        <source>Activities</source>
        <translation>Activités</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="1116" />
        <source>Activity Template</source>
        <translation>Modèle d'activité</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="1117" />
        <source>Activity Templates</source>
        <translation>Modèles d'activité</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="1118" />
        <source>Attachments</source>
        <translation>Pièces jointes</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="1119" />
        <source>Attendees</source>
        <translation>Participants</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="1120" />
        <source>Attribute</source>
        <translation>Attribut</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="1121" />
        <source>Attribute Set</source>
        <translation>Ensemble d'attributs</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="1122" />
        <source>Attribute Sets</source>
        <translation>Ensembles d'attributs</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="1123" />
        <source>Attributes</source>
        <translation>Attributs</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="1124" />
        <source>Business Partner</source>
        <translation>Tiers</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="1125" />
        <source>Business Partners</source>
        <translation>Tiers</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="1126" />
        <source>Buyer Role</source>
        <translation>Rôle d'acheteur</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="1127" />
        <source>Buyer Roles</source>
        <translation>Rôles d'acheteur</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="1128" />
        <source>COM Parameters</source>
        <translation>Paramètres COM</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="1129" />
        <source>CRM Parameters</source>
        <translation>Paramètres CRM</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="1130" />
        <source>Contact</source>
        <translation>Contact</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="1131" />
        <source>Contacts</source>
        <translation>Contacts</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="1132" />
        <source>Contacts by Opportunity</source>
        <translation>Contacts par opportunité</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="1133" />
        <source>Customer 360</source>
        <translation>État 360 - Client</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="1134" />
        <source>Duplicate Partners and Contacts</source>
        <translation>Doublons de tiers et de contacts</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="1135" />
        <source>Employee</source>
        <translation>Employé</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="1136" />
        <source>Employees</source>
        <translation>Employés</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="1137" />
        <source>Flexible Printing</source>
        <translation>Impression paramétrable</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="1138" />
        <source>Global Addition of Activities</source>
        <translation>Ajout global des activités</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="1139" />
        <source>Global Addition of Attributes</source>
        <translation>Ajout global des attributs</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="1140" />
        <source>Global Deletion of Activities</source>
        <translation>Suppression globale des activités</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="1141" />
        <source>Import Partners and Contacts</source>
        <translation>Import de tiers et de contacts</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="1142" />
        <source>Item</source>
        <translation>Article</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="1143" />
        <source>Items</source>
        <translation>Articles</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="1144" />
        <source>Items by Opportunity</source>
        <translation>Articles par opportunité</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="1145" />
        <source>Letter</source>
        <translation>Lettre</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="1146" />
        <source>Letters</source>
        <translation>Lettres</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="1147" />
        <source>MS Exchange Synchronization Settings</source>
        <translation>Paramètres de synchronisation MS Exchange</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="1148" />
        <source>MS Exchange Synchronization User</source>
        <translation>Utilisateur de synchronisation MS Exchange</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="1149" />
        <source>MS Exchange Synchronization Users</source>
        <translation>Utilisateurs de synchronisation MS Exchange</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="1150" />
        <source>Mail Merge by Standard Letter</source>
        <translation>Publipostage par lettre standard</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="1151" />
        <source>My Agenda</source>
        <translation>Mon agenda</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="1152" />
        <source>My day</source>
        <translation>Ma journée</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="1153" />
        <source>Note</source>
        <translation>Remarque</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="1154" />
        <source>Notes</source>
        <translation>Remarques</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="1155" />
        <source>Number Series</source>
        <translation>Séries de numéros</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="1156" />
        <source>Opportunities</source>
        <translation>Opportunités</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="1157" />
        <source>Opportunity</source>
        <translation>Opportunité</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="1158" />
        <source>Opportunity Source</source>
        <translation>Origine d'opportunité</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="1159" />
        <source>Opportunity Sources</source>
        <translation>Origines d'opportunités</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="1160" />
        <source>Opportunity Type</source>
        <translation>Type d'opportunité</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="1161" />
        <source>Opportunity Types</source>
        <translation>Types d'opportunités</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="1162" />
        <source>Phase</source>
        <translation>Phase</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="1163" />
        <source>Phase by Sales Process</source>
        <translation>Phase par processus de vente</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="1164" />
        <source>Phases</source>
        <translation>Phases</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="1165" />
        <source>Phases by Sales Process</source>
        <translation>Phases par processus de vente</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="1166" />
        <source>Quotation Parameters</source>
        <translation>Paramètres de devis</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="1167" />
        <source>Reason</source>
        <translation>Motif</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="1168" />
        <source>Reasons</source>
        <translation>Motifs</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="1169" />
        <source>Recalculate Opportunity Prices</source>
        <translation>Recalcul des prix des opportunités</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="1170" />
        <source>Recipients</source>
        <translation>Destinataires</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="1171" />
        <source>References by Activity</source>
        <translation>Références par activité</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="1172" />
        <source>References by Opportunity</source>
        <translation>Références par opportunité</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="1173" />
        <source>Report</source>
        <translation>État</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="1174" />
        <source>Reports</source>
        <translation>États</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="1175" />
        <source>Sales Office</source>
        <translation>Service des ventes</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="1176" />
        <source>Sales Offices</source>
        <translation>Services des ventes</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="1177" />
        <source>Sales Order Type</source>
        <translation>Type de commande client</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="1178" />
        <source>Sales Order Types</source>
        <translation>Types de commandes clients</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="1179" />
        <source>Sales Process</source>
        <translation>Processus de vente</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="1180" />
        <source>Sales Processes</source>
        <translation>Processus de vente</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="1181" />
        <source>Sales Quotation</source>
        <translation>Devis</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="1182" />
        <source>Sales Quotations</source>
        <translation>Devis</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="1183" />
        <source>Sales User Profile</source>
        <translation>Profil utilisateur de vente</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="1184" />
        <source>Sales User Profiles</source>
        <translation>Profils utilisateurs de vente</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="1185" />
        <source>Selection</source>
        <translation>Sélection</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="1186" />
        <source>Selections</source>
        <translation>Sélections</translation>
    </message>
    <message>
        <location filename="../../desktop/views/activities/sessions.py" line="432" />
        <source>Appointment</source>
        <translation>Rendez-vous</translation>
    </message>
    <message>
        <location filename="../../desktop/views/activities/sessions.py" line="432" />
        <source>Call</source>
        <translation>Appel</translation>
    </message>
    <message>
        <location filename="../../desktop/views/activities/sessions.py" line="433" />
        <source>Task</source>
        <translation>Tâche</translation>
    </message>
    <message>
        <location filename="../../desktop/views/activities/sessions.py" line="433" />
        <source>Mailing</source>
        <translation>Publipostage</translation>
    </message>
    <message>
        <location filename="../../desktop/views/activities/sessions.py" line="434" />
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <location filename="../../desktop/views/attributes/values.py" line="268" />
        <source>Attributes by Business Partner</source>
        <extracomment>how each value read so far is edited, and the list F2 chooses it from</extracomment>
        <translation>Attributs par tiers</translation>
    </message>
    <message>
        <location filename="../../desktop/views/attributes/values.py" line="270" />
        <source>Attributes by Opportunity</source>
        <translation>Attributs par opportunité</translation>
    </message>
    <message>
        <location filename="../../desktop/views/attributes/values.py" line="272" />
        <source>Attributes by Contact</source>
        <translation>Attributs par contact</translation>
    </message>
    <message>
        <location filename="../../desktop/views/attributes/values.py" line="274" />
        <source>Attributes by Activity</source>
        <translation>Attributs par activité</translation>
    </message>
</context>
<context>
    <name>tabs</name>
    <message>
        <location filename="declared_strings.py" line="1187" />
        <source>Activities</source>
        <translation>Activités</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="1188" />
        <source>Attachments</source>
        <translation>Pièces jointes</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="1189" />
        <source>Attendees</source>
        <translation>Participants</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="1190" />
        <source>Attributes</source>
        <translation>Attributs</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="1191" />
        <source>Contacts</source>
        <translation>Contacts</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="1192" />
        <source>Expression</source>
        <translation>Expression</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="1193" />
        <source>Follow-ups</source>
        <translation>Activités de suivi</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="1194" />
        <source>Footer</source>
        <translation>Pied de page</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="1195" />
        <source>Header</source>
        <translation>En-tête</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="1196" />
        <source>Items</source>
        <translation>Articles</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="1197" />
        <source>Layout</source>
        <translation>Mise en page</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="1198" />
        <source>Lines</source>
        <translation>Lignes</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="1199" />
        <source>Notes</source>
        <translation>Remarques</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="1200" />
        <source>Opportunities</source>
        <translation>Opportunités</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="1201" />
        <source>Phases</source>
        <translation>Phases</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="1202" />
        <source>Preview</source>
        <translation>Aperçu</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="1203" />
        <source>Quotations</source>
        <translation>Devis</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="1204" />
        <source>Recipients</source>
        <translation>Destinataires</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="1205" />
        <source>References</source>
        <translation>Références</translation>
    </message>
</context>
</TS>
