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
        <location filename="declared_strings.py" line="5" />
        <source>Send through Microsoft Exchange; a copy stays in Sent Items</source>
        <translation>Envoyer par Microsoft Exchange ; une copie reste dans les éléments envoyés</translation>
    </message>
</context>
<context>
    <name>ActivityDetail</name>
    <message>
        <location filename="../../desktop/views/activities/sessions.py" line="397" />
        <source>(new)</source>
        <translation>(nouveau)</translation>
    </message>
    <message>
        <location filename="../../desktop/views/activities/sessions.py" line="452" />
        <source>Cannot send</source>
        <translation>Envoi impossible</translation>
    </message>
    <message>
        <location filename="../../desktop/views/activities/sessions.py" line="473" />
        <source>Not sent</source>
        <translation>Non envoyé</translation>
    </message>
    <message>
        <location filename="../../desktop/views/activities/sessions.py" line="474" />
        <source>The e-mail was not sent and stays a draft: %1</source>
        <translation>L'e-mail n'a pas été envoyé et reste un brouillon : %1</translation>
    </message>
</context>
<context>
    <name>ActivityOverview</name>
    <message>
        <location filename="../../desktop/views/activities/sessions.py" line="193" />
        <source>Drop e-mails</source>
        <translation>Déposer des e-mails</translation>
    </message>
    <message>
        <location filename="../../desktop/views/activities/sessions.py" line="194" />
        <source>Outlook did not hand over the contents of %1: save the message as a file from Outlook (Save as) and drop that file here instead.</source>
        <translation>Outlook n'a pas transmis le contenu de %1 : enregistrez le message dans un fichier depuis Outlook (Enregistrer sous) et déposez plutôt ce fichier ici.</translation>
    </message>
</context>
<context>
    <name>AdminHelp</name>
    <message>
        <location filename="../../desktop/views/exchange/admin_help.py" line="13" />
        <source>1. Register the application</source>
        <extracomment>what an administrator sets up (sections of a title and paragraphs); the README says the same</extracomment>
        <translation>1. Inscrire l'application</translation>
    </message>
    <message>
        <location filename="../../desktop/views/exchange/admin_help.py" line="14" />
        <source>In the Microsoft Entra admin center, App registrations &gt; New registration: accounts in this organizational directory only. Copy the Application (client) ID and the Directory (tenant) ID into the synchronization settings.</source>
        <translation>Dans le centre d'administration Microsoft Entra, Inscriptions d'applications &gt; Nouvelle inscription : comptes de cet annuaire d'organisation uniquement. Recopiez l'ID d'application (client) et l'ID de l'annuaire (locataire) dans les paramètres de synchronisation.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/exchange/admin_help.py" line="18" />
        <source>2. Permissions, by sign-in</source>
        <translation>2. Les autorisations, selon la connexion</translation>
    </message>
    <message>
        <location filename="../../desktop/views/exchange/admin_help.py" line="19" />
        <source>Application (secret or certificate), one synchronization for the company: Microsoft Graph application permissions Calendars.ReadWrite, Tasks.ReadWrite.All (leave it out and untick Synchronize tasks to synchronize calendars only) and Mail.Send (only to send e-mails from the CRM), then Grant admin consent. Add a client secret, or upload the certificate and give the CRM its PEM file with the private key.</source>
        <translation>Application (secret ou certificat), une synchronisation pour toute l'entreprise : autorisations d'application Microsoft Graph Calendars.ReadWrite, Tasks.ReadWrite.All (omettez-la et décochez Synchroniser les tâches pour ne synchroniser que les calendriers) et Mail.Send (seulement pour envoyer des e-mails depuis le CRM), puis Accorder le consentement administrateur. Ajoutez un secret client, ou chargez le certificat et donnez au CRM son fichier PEM avec la clé privée.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/exchange/admin_help.py" line="26" />
        <source>Own mailbox (each salesperson signs in): delegated permissions Calendars.ReadWrite, Tasks.ReadWrite and Mail.Send; grant admin consent so that nobody is asked. Under Authentication, set Allow public client flows to Yes (the device code), and add the platform Mobile and desktop applications with the redirect address http://localhost (the browser sign-in).</source>
        <translation>Boîte personnelle (chaque commercial se connecte) : autorisations déléguées Calendars.ReadWrite, Tasks.ReadWrite et Mail.Send ; accordez le consentement administrateur pour que personne n'ait à le donner. Sous Authentification, réglez Autoriser les flux de clients publics sur Oui (le code d'appareil), et ajoutez la plateforme Applications mobiles et de bureau avec l'adresse de redirection http://localhost (la connexion par le navigateur).</translation>
    </message>
    <message>
        <location filename="../../desktop/views/exchange/admin_help.py" line="32" />
        <source>3. Limit the application to the sync users' mailboxes</source>
        <translation>3. Limiter l'application aux boîtes des utilisateurs synchronisés</translation>
    </message>
    <message>
        <location filename="../../desktop/views/exchange/admin_help.py" line="33" />
        <source>Application permissions reach every mailbox of the tenant until they are scoped. In Exchange Online PowerShell, put the sync users in a mail-enabled security group and run New-ApplicationAccessPolicy -AppId &lt;client id&gt; -PolicyScopeGroupId &lt;group&gt; -AccessRight RestrictAccess (check it with Test-ApplicationAccessPolicy), or use RBAC for Applications (New-ManagementScope, New-ManagementRoleAssignment with the role Application Calendars.ReadWrite). A mailbox left out waits alone: the status bar names it and the permission to grant; the others go on.</source>
        <translation>Les autorisations d'application atteignent toutes les boîtes du locataire tant qu'elles ne sont pas limitées. Dans Exchange Online PowerShell, mettez les utilisateurs synchronisés dans un groupe de sécurité à extension messagerie et lancez New-ApplicationAccessPolicy -AppId &lt;ID client&gt; -PolicyScopeGroupId &lt;groupe&gt; -AccessRight RestrictAccess (vérifiez avec Test-ApplicationAccessPolicy), ou utilisez RBAC pour les applications (New-ManagementScope, New-ManagementRoleAssignment avec le rôle Application Calendars.ReadWrite). Une boîte laissée dehors attend seule : la barre d'état la nomme avec l'autorisation à accorder ; les autres continuent.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/exchange/admin_help.py" line="42" />
        <source>4. Other clouds</source>
        <translation>4. Autres clouds</translation>
    </message>
    <message>
        <location filename="../../desktop/views/exchange/admin_help.py" line="43" />
        <source>For Microsoft 365 US Government or operated by 21Vianet, enter that cloud's Graph address and sign-in authority (for example https://graph.microsoft.us/v1.0 and https://login.microsoftonline.us).</source>
        <translation>Pour Microsoft 365 US Government ou exploité par 21Vianet, saisissez l'adresse Graph et l'autorité de connexion de ce cloud (par exemple https://graph.microsoft.us/v1.0 et https://login.microsoftonline.us).</translation>
    </message>
</context>
<context>
    <name>AgendaItem</name>
    <message>
        <location filename="../../desktop/views/activities/agenda_grid.py" line="101" />
        <source>Enter opens it; arrows go to the other activities; Ctrl+arrows move it by a quarter of an hour or a day; Ctrl+Shift+Up or Down shortens or lengthens it</source>
        <translation>Entrée l'ouvre ; les flèches vont aux autres activités ; Ctrl+flèches la déplacent d'un quart d'heure ou d'un jour ; Ctrl+Maj+Haut ou Bas la raccourcit ou l'allonge</translation>
    </message>
</context>
<context>
    <name>AgendaSession</name>
    <message>
        <location filename="../../desktop/views/activities/agenda.py" line="45" />
        <location filename="../../desktop/views/activities/agenda.py" line="121" />
        <source>Week</source>
        <translation>Semaine</translation>
    </message>
    <message>
        <location filename="../../desktop/views/activities/agenda.py" line="46" />
        <location filename="../../desktop/views/activities/agenda.py" line="122" />
        <source>Day</source>
        <translation>Jour</translation>
    </message>
    <message>
        <location filename="../../desktop/views/activities/agenda.py" line="58" />
        <location filename="../../desktop/views/activities/agenda.py" line="123" />
        <source>Today</source>
        <translation>Aujourd'hui</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/views/activities/agenda.py" line="117" />
        <location filename="../../desktop/views/activities/agenda.py" line="124" />
        <source>%n activities</source>
        <translation><numerusform>%n activité</numerusform><numerusform>%n activités</numerusform></translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="6" />
        <source>First day shown</source>
        <translation>Premier jour affiché</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="7" />
        <source>Next</source>
        <translation>Suivant</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="8" />
        <source>Previous</source>
        <translation>Précédent</translation>
    </message>
</context>
<context>
    <name>AttachmentsTab</name>
    <message>
        <location filename="../../desktop/views/activities/tabs.py" line="132" />
        <location filename="../../desktop/views/activities/tabs.py" line="139" />
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
    <name>BarChart</name>
    <message>
        <location filename="../../desktop/widgets/charts.py" line="133" />
        <source>As a table</source>
        <translation>En tableau</translation>
    </message>
    <message>
        <location filename="../../desktop/widgets/charts.py" line="133" />
        <source>As a chart</source>
        <extracomment>nothing to draw: the plot says ``empty_text`` in its place (the same widget, shown all along: switching customers changes no layout)</extracomment>
        <translation>En graphique</translation>
    </message>
    <message>
        <location filename="../../desktop/widgets/charts.py" line="134" />
        <source>Show the chart's bars again</source>
        <translation>Afficher de nouveau les barres du graphique</translation>
    </message>
    <message>
        <location filename="../../desktop/widgets/charts.py" line="135" />
        <source>Show the chart's numbers as a table</source>
        <translation>Afficher les chiffres du graphique dans un tableau</translation>
    </message>
</context>
<context>
    <name>CalendarExport</name>
    <message>
        <location filename="../../desktop/views/activities/calendar_export.py" line="24" />
        <source>Export to calendar (.ics)…</source>
        <translation>Exporter vers un calendrier (.ics)…</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/views/activities/calendar_export.py" line="73" />
        <source>%n calendar item(s) exported.</source>
        <translation><numerusform>%n élément de calendrier exporté.</numerusform><numerusform>%n éléments de calendrier exportés.</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/views/activities/calendar_export.py" line="77" />
        <source>%n e-mail(s) or mailing(s) left out: they are not calendar items.</source>
        <translation><numerusform>%n e-mail ou publipostage laissé de côté : ce n'est pas un élément de calendrier.</numerusform><numerusform>%n e-mails ou publipostages laissés de côté : ce ne sont pas des éléments de calendrier.</numerusform></translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="9" />
        <source>Export to calendar</source>
        <translation>Exporter vers un calendrier</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="10" />
        <source>iCalendar files (*.ics)</source>
        <translation>Fichiers iCalendar (*.ics)</translation>
    </message>
</context>
<context>
    <name>ChangedBar</name>
    <message>
        <location filename="../../desktop/views/shapes/detail.py" line="511" />
        <source>Changed by %1 at %2. Your edits are not saved yet.</source>
        <translation>Modifié par %1 à %2. Vos modifications ne sont pas encore enregistrées.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/shapes/detail.py" line="513" />
        <source>Reload</source>
        <translation>Recharger</translation>
    </message>
    <message>
        <location filename="../../desktop/views/shapes/detail.py" line="514" />
        <source>Keep mine</source>
        <translation>Garder les miennes</translation>
    </message>
</context>
<context>
    <name>ConsentSource</name>
    <message>
        <location filename="../../desktop/views/partners/consent.py" line="20" />
        <source>Contact window</source>
        <extracomment>the sources the domain writes, in the user's language (others are shown as written)</extracomment>
        <translation>Fiche du contact</translation>
    </message>
    <message>
        <location filename="../../desktop/views/partners/consent.py" line="21" />
        <source>File import</source>
        <translation>Import de fichier</translation>
    </message>
    <message>
        <location filename="../../desktop/views/partners/consent.py" line="22" />
        <source>Bulk update</source>
        <translation>Mise à jour en masse</translation>
    </message>
</context>
<context>
    <name>ContactDetail</name>
    <message>
        <location filename="../../desktop/views/partners/privacy.py" line="41" />
        <source>Export personal data…</source>
        <extracomment>one context for the contact's and the partner's windows (their class names differ) what an erasure changes</extracomment>
        <translation>Exporter les données personnelles (droit d'accès)…</translation>
    </message>
    <message>
        <location filename="../../desktop/views/partners/privacy.py" line="42" />
        <source>Right of access: every piece of data about this person, in one file they can read</source>
        <translation>Droit d'accès : toutes les données concernant cette personne, dans un fichier qu'elle peut lire</translation>
    </message>
    <message>
        <location filename="../../desktop/views/partners/privacy.py" line="45" />
        <source>Erase personal data…</source>
        <translation>Effacer les données personnelles (droit à l'effacement)…</translation>
    </message>
    <message>
        <location filename="../../desktop/views/partners/privacy.py" line="46" />
        <source>Right to erasure: anonymise this person everywhere; the business history stays</source>
        <translation>Droit à l'effacement : anonymiser cette personne partout ; l'historique commercial est conservé</translation>
    </message>
    <message>
        <location filename="../../desktop/views/partners/privacy.py" line="54" />
        <location filename="../../desktop/views/partners/privacy.py" line="63" />
        <source>Export personal data</source>
        <translation>Exporter les données personnelles</translation>
    </message>
    <message>
        <location filename="../../desktop/views/partners/privacy.py" line="55" />
        <source>JSON files (*.json)</source>
        <translation>Fichiers JSON (*.json)</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/views/partners/privacy.py" line="64" />
        <source>%n row(s) written to %1 (every field, for a program), and a summary the person reads to %2.</source>
        <translation><numerusform>%n ligne écrite dans %1 (chaque champ, pour un programme), et un résumé lisible par la personne dans %2.</numerusform><numerusform>%n lignes écrites dans %1 (chaque champ, pour un programme), et un résumé lisible par la personne dans %2.</numerusform></translation>
    </message>
    <message>
        <location filename="../../desktop/views/partners/privacy.py" line="78" />
        <location filename="../../desktop/views/partners/privacy.py" line="86" />
        <location filename="../../desktop/views/partners/privacy.py" line="94" />
        <location filename="../../desktop/views/partners/privacy.py" line="99" />
        <source>Erase personal data</source>
        <translation>Effacer les données personnelles</translation>
    </message>
    <message>
        <location filename="../../desktop/views/partners/privacy.py" line="79" />
        <source>Why is the data erased (whose request, when)?</source>
        <translation>Pourquoi les données sont-elles effacées (demande de qui, à quelle date) ?</translation>
    </message>
    <message>
        <location filename="../../desktop/views/partners/privacy.py" line="87" />
        <source>The name, e-mail and phones of this person are replaced everywhere, and the notes about them and their attachments deleted. This cannot be undone. Erase?</source>
        <translation>Le nom, l'e-mail et les téléphones de cette personne sont remplacés partout, les remarques la concernant et ses pièces jointes supprimées. C'est irréversible. Effacer ?</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/views/partners/privacy.py" line="100" />
        <source>The personal data was erased (%n row(s)).</source>
        <translation><numerusform>Les données personnelles ont été effacées (%n ligne).</numerusform><numerusform>Les données personnelles ont été effacées (%n lignes).</numerusform></translation>
    </message>
</context>
<context>
    <name>Customer360</name>
    <message numerus="yes">
        <location filename="../../desktop/views/customer360/figures.py" line="151" />
        <source>%n open</source>
        <translation><numerusform>%n ouverte</numerusform><numerusform>%n ouvertes</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/views/customer360/figures.py" line="155" />
        <source>%n won</source>
        <translation><numerusform>%n gagnée</numerusform><numerusform>%n gagnées</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/views/customer360/figures.py" line="157" />
        <source>%n lost</source>
        <translation><numerusform>%n perdue</numerusform><numerusform>%n perdues</numerusform></translation>
    </message>
    <message>
        <location filename="../../desktop/views/customer360/session.py" line="151" />
        <source>Choose a customer in the list.</source>
        <translation>Choisissez un client dans la liste.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/customer360/words.py" line="7" />
        <location filename="declared_strings.py" line="31" />
        <source>primary</source>
        <translation>principal</translation>
    </message>
    <message>
        <location filename="../../desktop/views/customer360/words.py" line="9" />
        <location filename="declared_strings.py" line="24" />
        <source>Open pipeline by phase</source>
        <translation>Pipeline ouvert par phase</translation>
    </message>
    <message>
        <location filename="../../desktop/views/customer360/words.py" line="10" />
        <location filename="declared_strings.py" line="28" />
        <source>Won revenue by month</source>
        <translation>CA gagné par mois</translation>
    </message>
    <message>
        <location filename="../../desktop/views/customer360/words.py" line="11" />
        <location filename="declared_strings.py" line="11" />
        <source>Activities by month</source>
        <translation>Activités par mois</translation>
    </message>
    <message>
        <location filename="../../desktop/views/customer360/words.py" line="12" />
        <location filename="declared_strings.py" line="21" />
        <source>Nothing yet</source>
        <translation>Rien pour l'instant</translation>
    </message>
    <message>
        <location filename="../../desktop/views/customer360/words.py" line="13" />
        <location filename="declared_strings.py" line="17" />
        <source>No phase</source>
        <translation>Sans phase</translation>
    </message>
    <message>
        <location filename="../../desktop/views/customer360/words.py" line="14" />
        <location filename="declared_strings.py" line="13" />
        <source>Expected revenue</source>
        <translation>CA prévu</translation>
    </message>
    <message>
        <location filename="../../desktop/views/customer360/words.py" line="15" />
        <location filename="declared_strings.py" line="27" />
        <source>Won opportunities</source>
        <translation>Opportunités gagnées</translation>
    </message>
    <message>
        <location filename="../../desktop/views/customer360/words.py" line="16" />
        <location filename="declared_strings.py" line="25" />
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
        <location filename="declared_strings.py" line="16" />
        <source>No contact yet</source>
        <translation>Aucun contact pour l'instant</translation>
    </message>
    <message>
        <location filename="../../desktop/views/customer360/words.py" line="24" />
        <location filename="declared_strings.py" line="29" />
        <source>Yes</source>
        <translation>Oui</translation>
    </message>
    <message>
        <location filename="../../desktop/views/customer360/words.py" line="25" />
        <location filename="declared_strings.py" line="15" />
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
        <source>Weighted pipeline (in forecast)</source>
        <translation>Pipeline pondéré (en prévision)</translation>
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
        <location filename="declared_strings.py" line="18" />
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
        <location filename="declared_strings.py" line="20" />
        <source>Not held in this CRM</source>
        <translation>Non géré dans ce CRM</translation>
    </message>
    <message>
        <location filename="../../desktop/views/customer360/words.py" line="58" />
        <location filename="declared_strings.py" line="14" />
        <source>Has records</source>
        <translation>Contient des données</translation>
    </message>
    <message>
        <location filename="../../desktop/views/customer360/words.py" line="59" />
        <location filename="declared_strings.py" line="19" />
        <source>None yet</source>
        <translation>Aucune donnée</translation>
    </message>
    <message>
        <location filename="../../desktop/views/customer360/words.py" line="60" />
        <location filename="declared_strings.py" line="30" />
        <source>n/a</source>
        <translation>n/d</translation>
    </message>
    <message>
        <location filename="../../desktop/views/customer360/words.py" line="61" />
        <location filename="declared_strings.py" line="23" />
        <source>Open</source>
        <translation>Ouvrir</translation>
    </message>
    <message>
        <location filename="../../desktop/views/customer360/words.py" line="62" />
        <location filename="declared_strings.py" line="12" />
        <source>Create the first one</source>
        <translation>Créer le premier</translation>
    </message>
    <message>
        <location filename="../../desktop/views/customer360/words.py" line="63" />
        <source>New call</source>
        <translation>Nouvel appel</translation>
    </message>
    <message>
        <location filename="../../desktop/views/customer360/words.py" line="64" />
        <source>New appointment</source>
        <translation>Nouveau rendez-vous</translation>
    </message>
    <message>
        <location filename="../../desktop/views/customer360/words.py" line="65" />
        <source>New task</source>
        <translation>Nouvelle tâche</translation>
    </message>
    <message>
        <location filename="../../desktop/views/customer360/words.py" line="66" />
        <source>New opportunity</source>
        <translation>Nouvelle opportunité</translation>
    </message>
    <message>
        <location filename="../../desktop/views/customer360/words.py" line="67" />
        <source>Letter</source>
        <translation>Lettre</translation>
    </message>
    <message>
        <location filename="../../desktop/views/customer360/words.py" line="69" />
        <location filename="declared_strings.py" line="26" />
        <source>Show more</source>
        <translation>Afficher plus</translation>
    </message>
    <message>
        <location filename="../../desktop/views/customer360/words.py" line="70" />
        <location filename="declared_strings.py" line="22" />
        <source>Nothing yet: start with a call or an appointment.</source>
        <translation>Rien pour l'instant : commencez par un appel ou un rendez-vous.</translation>
    </message>
</context>
<context>
    <name>DetailSession</name>
    <message>
        <location filename="../../desktop/views/shapes/detail.py" line="157" />
        <source>Save</source>
        <extracomment>how the records are read and written (functions of the feature's ops module) the values a new record starts with: ``new_defaults_op(session, employee_id)`` read when the window opens (None: the columns' defaults only) whether Ctrl+N (and the New button) opens a new record of this kind from this window the field a person fills first in a new record: the cursor goes there</extracomment>
        <translation>Enregistrer</translation>
    </message>
    <message>
        <location filename="../../desktop/views/shapes/detail.py" line="158" />
        <source>Revert</source>
        <translation>Rétablir</translation>
    </message>
    <message>
        <location filename="../../desktop/views/shapes/detail.py" line="159" />
        <source>New</source>
        <translation>Nouveau</translation>
    </message>
    <message>
        <location filename="../../desktop/views/shapes/detail.py" line="348" />
        <source>(new)</source>
        <translation>(nouveau)</translation>
    </message>
    <message>
        <location filename="../../desktop/views/shapes/detail.py" line="374" />
        <location filename="../../desktop/views/shapes/detail.py" line="381" />
        <location filename="../../desktop/views/shapes/detail.py" line="411" />
        <source>Cannot save</source>
        <translation>Enregistrement impossible</translation>
    </message>
    <message>
        <location filename="../../desktop/views/shapes/detail.py" line="395" />
        <source>Saved. %1</source>
        <translation>Enregistré. %1</translation>
    </message>
    <message>
        <location filename="../../desktop/views/shapes/detail.py" line="398" />
        <source>Saved: %1</source>
        <translation>Enregistré : %1</translation>
    </message>
    <message>
        <location filename="../../desktop/views/shapes/detail.py" line="416" />
        <source>Changed by someone else</source>
        <translation>Modifié par un autre utilisateur</translation>
    </message>
    <message>
        <location filename="../../desktop/views/shapes/detail.py" line="418" />
        <source>Reload</source>
        <translation>Recharger</translation>
    </message>
    <message>
        <location filename="../../desktop/views/shapes/detail.py" line="419" />
        <source>Keep my changes on screen</source>
        <translation>Garder mes modifications à l'écran</translation>
    </message>
    <message>
        <location filename="../../desktop/views/shapes/detail.py" line="467" />
        <source>Unsaved changes</source>
        <translation>Modifications non enregistrées</translation>
    </message>
    <message>
        <location filename="../../desktop/views/shapes/detail.py" line="468" />
        <source>%1 has unsaved changes. Save them?</source>
        <translation>%1 contient des modifications non enregistrées. Les enregistrer ?</translation>
    </message>
</context>
<context>
    <name>DraftItemsTab</name>
    <message>
        <location filename="../../desktop/views/opportunities/draft_items.py" line="75" />
        <source>New</source>
        <extracomment>the lines changed (the detail marks itself edited) the total of the lines, once priced</extracomment>
        <translation>Nouveau</translation>
    </message>
    <message>
        <location filename="../../desktop/views/opportunities/draft_items.py" line="76" />
        <source>Delete</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <location filename="../../desktop/views/opportunities/draft_items.py" line="78" />
        <source>The items are saved with the opportunity.</source>
        <translation>Les articles sont enregistrés avec l'opportunité.</translation>
    </message>
</context>
<context>
    <name>DuplicatesSession</name>
    <message>
        <location filename="../../desktop/views/partners/duplicates.py" line="129" />
        <source>Find duplicates</source>
        <translation>Chercher les doublons</translation>
    </message>
    <message>
        <location filename="../../desktop/views/partners/duplicates.py" line="130" />
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <location filename="../../desktop/views/partners/duplicates.py" line="131" />
        <source>Filter by name, code or reason…</source>
        <translation>Filtrer par nom, code ou motif…</translation>
    </message>
    <message>
        <location filename="../../desktop/views/partners/duplicates.py" line="132" />
        <source>Sort by</source>
        <translation>Trier par</translation>
    </message>
    <message>
        <location filename="../../desktop/views/partners/duplicates.py" line="139" />
        <source>Merge…</source>
        <translation>Fusionner…</translation>
    </message>
    <message>
        <location filename="../../desktop/views/partners/duplicates.py" line="140" />
        <source>Not duplicates</source>
        <translation>Pas des doublons</translation>
    </message>
    <message>
        <location filename="../../desktop/views/partners/duplicates.py" line="142" />
        <source>The selected members (or the whole group) are not duplicates of one another: they are not shown together again.</source>
        <translation>Les membres choisis (ou tout le groupe) ne sont pas des doublons les uns des autres : ils ne seront plus montrés ensemble.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/partners/duplicates.py" line="148" />
        <source>Searching…</source>
        <translation>Recherche…</translation>
    </message>
    <message>
        <location filename="../../desktop/views/partners/duplicates.py" line="165" />
        <source>Cancelled.</source>
        <translation>Annulé.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/partners/duplicates.py" line="136" />
        <location filename="../../desktop/views/partners/duplicates.py" line="175" />
        <location filename="../../desktop/views/partners/duplicates.py" line="194" />
        <source>Score</source>
        <translation>Score</translation>
    </message>
    <message>
        <location filename="../../desktop/views/partners/duplicates.py" line="124" />
        <source>Alike from</source>
        <translation>Semblables à partir de</translation>
    </message>
    <message>
        <location filename="../../desktop/views/partners/duplicates.py" line="126" />
        <source>The score two records must reach to be shown: a VAT or registration number makes 100, an e-mail address or a phone 90, the same street 70, and names count their likeness; signs add up.</source>
        <translation>Le score que deux enregistrements doivent atteindre pour être montrés : un n° de TVA ou d'immatriculation vaut 100, une adresse e-mail ou un téléphone 90, la même rue 70, et les noms comptent leur ressemblance ; les indices s'additionnent.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/partners/duplicates.py" line="175" />
        <location filename="../../desktop/views/partners/duplicates.py" line="194" />
        <source>Alike by</source>
        <translation>Semblables par</translation>
    </message>
    <message>
        <location filename="../../desktop/views/partners/duplicates.py" line="175" />
        <source>Records</source>
        <translation>Enregistrements</translation>
    </message>
    <message>
        <location filename="../../desktop/views/partners/duplicates.py" line="175" />
        <source>Names</source>
        <translation>Noms</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/views/partners/duplicates.py" line="186" />
        <source>%n group(s) of records that may be one. Select two members and Merge…, or mark those that are not duplicates.</source>
        <translation><numerusform>%n groupe d'enregistrements qui pourraient n'en faire qu'un. Choisissez deux membres puis Fusionner…, ou marquez ceux qui ne sont pas des doublons.</numerusform><numerusform>%n groupes d'enregistrements qui pourraient n'en faire qu'un. Choisissez deux membres puis Fusionner…, ou marquez ceux qui ne sont pas des doublons.</numerusform></translation>
    </message>
    <message>
        <location filename="../../desktop/views/partners/duplicates.py" line="189" />
        <source>%1 shown by the filter.</source>
        <translation>%1 montré(s) par le filtre.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/partners/duplicates.py" line="194" />
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <location filename="../../desktop/views/partners/duplicates.py" line="136" />
        <location filename="../../desktop/views/partners/duplicates.py" line="194" />
        <source>Name</source>
        <translation>Nom</translation>
    </message>
</context>
<context>
    <name>ExchangeSettingsSession</name>
    <message>
        <location filename="../../desktop/views/exchange/sessions.py" line="102" />
        <source>Choose the certificate file</source>
        <translation>Choisir le fichier du certificat</translation>
    </message>
    <message>
        <location filename="../../desktop/views/exchange/sessions.py" line="105" />
        <source>Sign in…</source>
        <translation>Se connecter…</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="32" />
        <source>Test connection</source>
        <translation>Tester la connexion</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="33" />
        <source>Users</source>
        <translation>Utilisateurs</translation>
    </message>
    <message>
        <location filename="../../desktop/views/exchange/sessions.py" line="154" />
        <source>Certificate of the application</source>
        <translation>Certificat de l'application</translation>
    </message>
    <message>
        <location filename="../../desktop/views/exchange/sessions.py" line="155" />
        <source>Certificates (*.pem *.crt *.cer);;All files (*)</source>
        <translation>Certificats (*.pem *.crt *.cer);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <location filename="../../desktop/views/exchange/sessions.py" line="165" />
        <source>The synchronization will use your own mailbox. Open the Microsoft sign-in page, type the code below and sign in with your work account.</source>
        <translation>La synchronisation utilisera votre propre boîte aux lettres. Ouvrez la page de connexion Microsoft, saisissez le code ci-dessous et connectez-vous avec votre compte professionnel.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/exchange/sessions.py" line="175" />
        <source>Signed in as %1: save the settings to synchronize this mailbox.</source>
        <translation>Connecté en tant que %1 : enregistrez les paramètres pour synchroniser cette boîte aux lettres.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/exchange/sessions.py" line="196" />
        <source>Password not saved</source>
        <translation>Mot de passe non enregistré</translation>
    </message>
    <message>
        <location filename="../../desktop/views/exchange/sessions.py" line="197" />
        <source>The system keyring refused the password: %1</source>
        <translation>Le trousseau du système a refusé le mot de passe : %1</translation>
    </message>
    <message>
        <location filename="../../desktop/views/exchange/sessions.py" line="210" />
        <source>Testing the connection…</source>
        <translation>Test de la connexion…</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/views/exchange/sessions.py" line="222" />
        <source>Connected: the calendar of %1 holds %n item(s).</source>
        <translation><numerusform>Connecté : le calendrier de %1 contient %n élément.</numerusform><numerusform>Connecté : le calendrier de %1 contient %n éléments.</numerusform></translation>
    </message>
    <message>
        <location filename="../../desktop/views/exchange/sessions.py" line="225" />
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
    <name>Files</name>
    <message>
        <location filename="declared_strings.py" line="34" />
        <source>Open it now?</source>
        <translation>L'ouvrir maintenant ?</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="35" />
        <source>Written to %1.</source>
        <translation>Écrit dans %1.</translation>
    </message>
</context>
<context>
    <name>FlexiblePrintingSession</name>
    <message>
        <location filename="../../desktop/views/reports/printing_session.py" line="177" />
        <location filename="../../desktop/views/reports/printing_session.py" line="256" />
        <source>Nothing was printed.</source>
        <translation>Rien n'a été imprimé.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/reports/printing_session.py" line="230" />
        <source>Printing…</source>
        <translation>Impression…</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/views/reports/printing_session.py" line="239" />
        <source>%n record(s) printed</source>
        <translation><numerusform>%n enregistrement imprimé</numerusform><numerusform>%n enregistrements imprimés</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/views/reports/printing_session.py" line="242" />
        <source>on %n page(s)</source>
        <translation><numerusform>sur %n page</numerusform><numerusform>sur %n pages</numerusform></translation>
    </message>
    <message>
        <location filename="../../desktop/views/reports/printing_session.py" line="245" />
        <source>to %1</source>
        <translation>dans %1</translation>
    </message>
    <message>
        <location filename="../../desktop/views/reports/printing_session.py" line="259" />
        <source>Cancelled: no file was written.</source>
        <translation>Annulé : aucun fichier n'a été écrit.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/reports/printing_session.py" line="264" />
        <source>The report could not be printed: %1</source>
        <translation>L'état n'a pas pu être imprimé : %1</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="36" />
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="37" />
        <source>Print</source>
        <translation>Imprimer</translation>
    </message>
</context>
<context>
    <name>GridError</name>
    <message>
        <location filename="../../desktop/views/shapes/grid_error.py" line="52" />
        <source>The rows cannot be shown: %1</source>
        <translation>Les lignes ne peuvent pas être affichées : %1</translation>
    </message>
    <message>
        <location filename="../../desktop/views/shapes/grid_error.py" line="67" />
        <source>Retry</source>
        <translation>Réessayer</translation>
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
        <location filename="../../desktop/views/home/page.py" line="49" />
        <location filename="declared_strings.py" line="38" />
        <source>Loading…</source>
        <translation>Chargement…</translation>
    </message>
    <message>
        <location filename="../../desktop/views/home/page.py" line="130" />
        <source>weighted revenue in forecast %1</source>
        <translation>chiffre d'affaires pondéré en prévision %1</translation>
    </message>
    <message>
        <location filename="../../desktop/views/home/page.py" line="181" />
        <source>Hello %1 — %2</source>
        <translation>Bonjour %1 — %2</translation>
    </message>
    <message>
        <location filename="../../desktop/views/home/page.py" line="183" />
        <source>Refresh</source>
        <translation>Actualiser</translation>
    </message>
</context>
<context>
    <name>ImportSession</name>
    <message>
        <location filename="../../desktop/views/partners/importing.py" line="118" />
        <source>Back</source>
        <translation>Précédent</translation>
    </message>
    <message>
        <location filename="../../desktop/views/partners/importing.py" line="119" />
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <location filename="../../desktop/views/partners/importing.py" line="133" />
        <source>Next</source>
        <translation>Suivant</translation>
    </message>
    <message>
        <location filename="../../desktop/views/partners/importing.py" line="133" />
        <source>Simulate</source>
        <translation>Simuler</translation>
    </message>
    <message>
        <location filename="../../desktop/views/partners/importing.py" line="134" />
        <location filename="../../desktop/views/partners/importing.py" line="335" />
        <source>Import</source>
        <translation>Importer</translation>
    </message>
    <message>
        <location filename="../../desktop/views/partners/importing.py" line="134" />
        <source>New import</source>
        <translation>Nouvel import</translation>
    </message>
    <message>
        <location filename="../../desktop/views/partners/importing.py" line="164" />
        <source>Reading %1…</source>
        <translation>Lecture de %1…</translation>
    </message>
    <message>
        <location filename="../../desktop/views/partners/importing.py" line="225" />
        <source>Importing…</source>
        <translation>Import en cours…</translation>
    </message>
    <message>
        <location filename="../../desktop/views/partners/importing.py" line="241" />
        <source>Cancelled: nothing was imported.</source>
        <translation>Annulé : rien n'a été importé.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/partners/importing.py" line="243" />
        <source>The import failed and nothing was imported: %1</source>
        <translation>L'import a échoué et rien n'a été importé : %1</translation>
    </message>
    <message>
        <location filename="../../desktop/views/partners/importing.py" line="252" />
        <source>Simulation</source>
        <translation>Simulation</translation>
    </message>
    <message>
        <location filename="../../desktop/views/partners/importing.py" line="254" />
        <source>Decide for each duplicate below (select several to decide at once), then Import. An update leaves the values the file does not give.</source>
        <translation>Décidez pour chaque doublon ci-dessous (sélectionnez-en plusieurs pour décider en une fois), puis Importer. Une mise à jour garde les valeurs que le fichier ne donne pas.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/partners/importing.py" line="256" />
        <source>No duplicates found.</source>
        <translation>Aucun doublon trouvé.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/partners/importing.py" line="258" />
        <location filename="../../desktop/views/partners/importing.py" line="265" />
        <location filename="../../desktop/views/partners/importing.py" line="343" />
        <source>Line</source>
        <translation>Ligne</translation>
    </message>
    <message>
        <location filename="../../desktop/views/partners/importing.py" line="258" />
        <source>In the file</source>
        <translation>Dans le fichier</translation>
    </message>
    <message>
        <location filename="../../desktop/views/partners/importing.py" line="258" />
        <source>Found</source>
        <translation>Trouvé</translation>
    </message>
    <message>
        <location filename="../../desktop/views/partners/importing.py" line="259" />
        <source>Alike by</source>
        <translation>Semblables par</translation>
    </message>
    <message>
        <location filename="../../desktop/views/partners/importing.py" line="259" />
        <source>Score</source>
        <translation>Score</translation>
    </message>
    <message>
        <location filename="../../desktop/views/partners/importing.py" line="259" />
        <source>Decision</source>
        <translation>Décision</translation>
    </message>
    <message>
        <location filename="../../desktop/views/partners/importing.py" line="312" />
        <source>Field</source>
        <translation>Champ</translation>
    </message>
    <message>
        <location filename="../../desktop/views/partners/importing.py" line="312" />
        <source>In the file (line %1)</source>
        <translation>Dans le fichier (ligne %1)</translation>
    </message>
    <message>
        <location filename="../../desktop/views/partners/importing.py" line="313" />
        <source>Existing record %1</source>
        <translation>Enregistrement existant %1</translation>
    </message>
    <message>
        <location filename="../../desktop/views/partners/importing.py" line="315" />
        <source>On update</source>
        <translation>À la mise à jour</translation>
    </message>
    <message>
        <location filename="../../desktop/views/partners/importing.py" line="337" />
        <source>Nothing was written: a row has an error, and you chose to import nothing in that case.</source>
        <translation>Rien n'a été écrit : une ligne a une erreur, et vous avez choisi de ne rien importer dans ce cas.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/partners/importing.py" line="265" />
        <location filename="../../desktop/views/partners/importing.py" line="343" />
        <source>Result</source>
        <translation>Résultat</translation>
    </message>
    <message>
        <location filename="../../desktop/views/partners/importing.py" line="343" />
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <location filename="../../desktop/views/partners/importing.py" line="265" />
        <location filename="../../desktop/views/partners/importing.py" line="344" />
        <source>Column</source>
        <translation>Colonne</translation>
    </message>
    <message>
        <location filename="../../desktop/views/partners/importing.py" line="265" />
        <location filename="../../desktop/views/partners/importing.py" line="344" />
        <source>Reason</source>
        <translation>Motif</translation>
    </message>
    <message>
        <location filename="../../desktop/views/partners/importing.py" line="354" />
        <source>%1: %2</source>
        <translation>%1 : %2</translation>
    </message>
    <message>
        <location filename="../../desktop/views/partners/importing.py" line="357" />
        <source>Duplicate of %1 %2 (%3)</source>
        <translation>Doublon de %1 %2 (%3)</translation>
    </message>
    <message>
        <location filename="../../desktop/views/partners/importing.py" line="365" />
        <source>%1: %2 created, %3 updated, %4 skipped, %5 not imported.</source>
        <translation>%1 : %2 créé(s), %3 mis à jour, %4 ignoré(s), %5 non importé(s).</translation>
    </message>
</context>
<context>
    <name>ImportWizard</name>
    <message>
        <location filename="../../desktop/views/partners/import_pages.py" line="57" />
        <source>VAT number</source>
        <translation>N° de TVA</translation>
    </message>
    <message>
        <location filename="../../desktop/views/partners/import_pages.py" line="60" />
        <source>e-mail</source>
        <translation>e-mail</translation>
    </message>
    <message>
        <location filename="../../desktop/views/partners/import_pages.py" line="61" />
        <source>phone</source>
        <translation>téléphone</translation>
    </message>
    <message>
        <location filename="../../desktop/views/partners/import_pages.py" line="62" />
        <source>name</source>
        <translation>nom</translation>
    </message>
    <message>
        <location filename="../../desktop/views/partners/duplicates.py" line="122" />
        <location filename="../../desktop/views/partners/import_pages.py" line="128" />
        <source>Business partners</source>
        <translation>Tiers</translation>
    </message>
    <message>
        <location filename="../../desktop/views/partners/duplicates.py" line="123" />
        <location filename="../../desktop/views/partners/import_pages.py" line="129" />
        <source>Contacts</source>
        <translation>Contacts</translation>
    </message>
    <message>
        <location filename="../../desktop/views/partners/import_pages.py" line="44" />
        <source>Overwrite</source>
        <translation>Remplacer</translation>
    </message>
    <message>
        <location filename="../../desktop/views/partners/import_pages.py" line="45" />
        <source>Fill if empty</source>
        <translation>Compléter si vide</translation>
    </message>
    <message>
        <location filename="../../desktop/views/partners/import_pages.py" line="46" />
        <source>Keep the record's</source>
        <translation>Garder celle de l'existant</translation>
    </message>
    <message>
        <location filename="../../desktop/views/partners/import_pages.py" line="48" />
        <source>Leave them unassigned</source>
        <translation>Ne pas les attribuer</translation>
    </message>
    <message>
        <location filename="../../desktop/views/partners/import_pages.py" line="49" />
        <source>Assign them to me</source>
        <translation>Me les attribuer</translation>
    </message>
    <message>
        <location filename="../../desktop/views/partners/import_pages.py" line="50" />
        <source>Assign them to</source>
        <translation>Les attribuer à</translation>
    </message>
    <message>
        <location filename="../../desktop/views/partners/import_pages.py" line="52" />
        <source>Skip the row</source>
        <translation>Ignorer la ligne</translation>
    </message>
    <message>
        <location filename="../../desktop/views/partners/import_pages.py" line="53" />
        <source>Update the existing record</source>
        <translation>Mettre à jour l'existant</translation>
    </message>
    <message>
        <location filename="../../desktop/views/partners/import_pages.py" line="54" />
        <source>Create it anyway</source>
        <translation>Créer quand même</translation>
    </message>
    <message>
        <location filename="../../desktop/views/partners/import_pages.py" line="58" />
        <source>registration number</source>
        <translation>n° d'immatriculation</translation>
    </message>
    <message>
        <location filename="../../desktop/views/partners/import_pages.py" line="59" />
        <source>street</source>
        <translation>rue</translation>
    </message>
    <message>
        <location filename="../../desktop/views/partners/import_pages.py" line="130" />
        <source>Choose a file…</source>
        <translation>Choisir un fichier…</translation>
    </message>
    <message>
        <location filename="../../desktop/views/partners/import_pages.py" line="131" />
        <source>Import</source>
        <translation>Importer</translation>
    </message>
    <message>
        <location filename="../../desktop/views/partners/import_pages.py" line="132" />
        <source>File</source>
        <translation>Fichier</translation>
    </message>
    <message>
        <location filename="../../desktop/views/partners/import_pages.py" line="141" />
        <source>%n row(s) under the header line.</source>
        <translation>%n ligne(s) sous la ligne d'en-tête.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/partners/import_pages.py" line="143" />
        <source>tab</source>
        <translation>tabulation</translation>
    </message>
    <message>
        <location filename="../../desktop/views/partners/import_pages.py" line="145" />
        <source>Encoding %1, delimiter %2.</source>
        <translation>Encodage %1, séparateur %2.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/partners/import_pages.py" line="148" />
        <source>First sheet of the workbook.</source>
        <translation>Première feuille du classeur.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/partners/import_pages.py" line="187" />
        <source>Dates</source>
        <translation>Dates</translation>
    </message>
    <message>
        <location filename="../../desktop/views/partners/import_pages.py" line="188" />
        <source>Decimal comma</source>
        <translation>Virgule décimale</translation>
    </message>
    <message>
        <location filename="../../desktop/views/partners/import_pages.py" line="189" />
        <source>Country of phone numbers</source>
        <translation>Pays des numéros de téléphone</translation>
    </message>
    <message>
        <location filename="../../desktop/views/partners/import_pages.py" line="191" />
        <source>A duplicate found</source>
        <translation>Un doublon trouvé</translation>
    </message>
    <message>
        <location filename="../../desktop/views/partners/import_pages.py" line="192" />
        <source>Alike from</source>
        <translation>Semblables à partir de</translation>
    </message>
    <message>
        <location filename="../../desktop/views/partners/import_pages.py" line="332" />
        <source>Duplicates (%1)</source>
        <translation>Doublons (%1)</translation>
    </message>
    <message>
        <location filename="../../desktop/views/partners/import_pages.py" line="334" />
        <source>Problems (%1)</source>
        <translation>Problèmes (%1)</translation>
    </message>
    <message>
        <location filename="../../desktop/views/partners/import_pages.py" line="367" />
        <source>Only rows with a problem</source>
        <translation>Seulement les lignes avec un problème</translation>
    </message>
    <message>
        <location filename="../../desktop/views/partners/import_pages.py" line="193" />
        <source>Errors</source>
        <translation>Erreurs</translation>
    </message>
    <message>
        <location filename="../../desktop/views/partners/import_pages.py" line="195" />
        <source>New partners</source>
        <translation>Nouveaux tiers</translation>
    </message>
    <message>
        <location filename="../../desktop/views/partners/import_pages.py" line="196" />
        <location filename="../../desktop/views/partners/import_pages.py" line="221" />
        <source>Representative</source>
        <translation>Représentant</translation>
    </message>
    <message>
        <location filename="../../desktop/views/partners/import_pages.py" line="213" />
        <source>Column</source>
        <translation>Colonne</translation>
    </message>
    <message>
        <location filename="../../desktop/views/partners/import_pages.py" line="214" />
        <source>First values</source>
        <translation>Premières valeurs</translation>
    </message>
    <message>
        <location filename="../../desktop/views/partners/import_pages.py" line="215" />
        <source>Field</source>
        <translation>Champ</translation>
    </message>
    <message>
        <location filename="../../desktop/views/partners/import_pages.py" line="216" />
        <source>On update</source>
        <translation>À la mise à jour</translation>
    </message>
    <message>
        <location filename="../../desktop/views/partners/import_pages.py" line="217" />
        <source>What updating an existing record does with this column's value</source>
        <translation>Ce que la mise à jour d'un enregistrement existant fait de la valeur de cette colonne</translation>
    </message>
    <message>
        <location filename="../../desktop/views/partners/import_pages.py" line="219" />
        <source>Reading the cells</source>
        <translation>Lecture des cellules</translation>
    </message>
    <message>
        <location filename="../../desktop/views/partners/import_pages.py" line="220" />
        <source>Duplicates and errors</source>
        <translation>Doublons et erreurs</translation>
    </message>
    <message>
        <location filename="../../desktop/views/partners/import_pages.py" line="226" />
        <source>1 234,56 (else 1,234.56)</source>
        <translation>1 234,56 (sinon 1,234.56)</translation>
    </message>
    <message>
        <location filename="../../desktop/views/partners/import_pages.py" line="227" />
        <source>Import nothing if a row has an error</source>
        <translation>Ne rien importer si une ligne a une erreur</translation>
    </message>
    <message>
        <location filename="../../desktop/views/partners/import_pages.py" line="229" />
        <source>Day/month/year</source>
        <translation>Jour/mois/année</translation>
    </message>
    <message>
        <location filename="../../desktop/views/partners/import_pages.py" line="230" />
        <source>Month/day/year</source>
        <translation>Mois/jour/année</translation>
    </message>
    <message>
        <location filename="../../desktop/views/partners/import_pages.py" line="239" />
        <source>(not imported)</source>
        <translation>(non importé)</translation>
    </message>
    <message>
        <location filename="../../desktop/views/partners/importing.py" line="55" />
        <source>Spreadsheets (*.csv *.txt *.xlsx *.xlsm)</source>
        <translation>Tableurs (*.csv *.txt *.xlsx *.xlsm)</translation>
    </message>
    <message>
        <location filename="../../desktop/views/partners/importing.py" line="56" />
        <source>1. File</source>
        <translation>1. Fichier</translation>
    </message>
    <message>
        <location filename="../../desktop/views/partners/importing.py" line="57" />
        <source>2. Columns</source>
        <translation>2. Colonnes</translation>
    </message>
    <message>
        <location filename="../../desktop/views/partners/importing.py" line="58" />
        <source>3. Duplicates</source>
        <translation>3. Doublons</translation>
    </message>
    <message>
        <location filename="../../desktop/views/partners/importing.py" line="59" />
        <source>4. Result</source>
        <translation>4. Résultat</translation>
    </message>
    <message>
        <location filename="../../desktop/views/partners/importing.py" line="60" />
        <source>Created</source>
        <translation>Créé</translation>
    </message>
    <message>
        <location filename="../../desktop/views/partners/importing.py" line="61" />
        <source>Updated</source>
        <translation>Mis à jour</translation>
    </message>
    <message>
        <location filename="../../desktop/views/partners/importing.py" line="62" />
        <source>Skipped</source>
        <translation>Ignoré</translation>
    </message>
    <message>
        <location filename="../../desktop/views/partners/importing.py" line="63" />
        <source>Not imported</source>
        <translation>Non importé</translation>
    </message>
</context>
<context>
    <name>ItemsTab</name>
    <message>
        <location filename="../../desktop/views/opportunities/draft_items.py" line="126" />
        <location filename="../../desktop/views/opportunities/tabs.py" line="117" />
        <source>Total of selected items (item revenue): %1</source>
        <extracomment>the total of the selected items, each time it is read</extracomment>
        <translation>Total des articles sélectionnés (CA articles) : %1</translation>
    </message>
</context>
<context>
    <name>LetterEditor</name>
    <message>
        <location filename="../../desktop/widgets/letter_editor/editor.py" line="187" />
        <source>Undo</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <location filename="../../desktop/widgets/letter_editor/editor.py" line="190" />
        <source>Redo</source>
        <translation>Rétablir</translation>
    </message>
    <message>
        <location filename="../../desktop/widgets/letter_editor/editor.py" line="193" />
        <source>Insert field</source>
        <translation>Insérer un champ</translation>
    </message>
    <message>
        <location filename="../../desktop/widgets/letter_editor/editor.py" line="197" />
        <source>Insert table</source>
        <translation>Insérer un tableau</translation>
    </message>
    <message>
        <location filename="../../desktop/widgets/letter_editor/editor.py" line="200" />
        <source>Add row</source>
        <translation>Ajouter une ligne</translation>
    </message>
    <message>
        <location filename="../../desktop/widgets/letter_editor/editor.py" line="202" />
        <source>Add column</source>
        <translation>Ajouter une colonne</translation>
    </message>
    <message>
        <location filename="../../desktop/widgets/letter_editor/editor.py" line="204" />
        <source>Remove row</source>
        <translation>Supprimer la ligne</translation>
    </message>
    <message>
        <location filename="../../desktop/widgets/letter_editor/editor.py" line="207" />
        <source>Remove column</source>
        <translation>Supprimer la colonne</translation>
    </message>
    <message>
        <location filename="../../desktop/widgets/letter_editor/editor.py" line="210" />
        <location filename="../../desktop/widgets/letter_editor/editor.py" line="488" />
        <location filename="../../desktop/widgets/letter_editor/editor.py" line="495" />
        <source>Insert picture</source>
        <translation>Insérer une image</translation>
    </message>
    <message>
        <location filename="../../desktop/widgets/letter_editor/editor.py" line="212" />
        <location filename="../../desktop/widgets/letter_editor/editor.py" line="464" />
        <source>Link</source>
        <translation>Lien</translation>
    </message>
    <message>
        <location filename="../../desktop/widgets/letter_editor/editor.py" line="215" />
        <source>Page setup</source>
        <translation>Mise en page de la feuille</translation>
    </message>
    <message>
        <location filename="../../desktop/widgets/letter_editor/editor.py" line="238" />
        <source>Bold</source>
        <translation>Gras</translation>
    </message>
    <message>
        <location filename="../../desktop/widgets/letter_editor/editor.py" line="240" />
        <source>Italic</source>
        <translation>Italique</translation>
    </message>
    <message>
        <location filename="../../desktop/widgets/letter_editor/editor.py" line="244" />
        <source>Underline</source>
        <translation>Souligné</translation>
    </message>
    <message>
        <location filename="../../desktop/widgets/letter_editor/editor.py" line="248" />
        <location filename="../../desktop/widgets/letter_editor/editor.py" line="316" />
        <source>Text colour</source>
        <translation>Couleur du texte</translation>
    </message>
    <message>
        <location filename="../../desktop/widgets/letter_editor/editor.py" line="253" />
        <source>Align left</source>
        <translation>Aligner à gauche</translation>
    </message>
    <message>
        <location filename="../../desktop/widgets/letter_editor/editor.py" line="254" />
        <source>Centre</source>
        <translation>Centrer</translation>
    </message>
    <message>
        <location filename="../../desktop/widgets/letter_editor/editor.py" line="255" />
        <source>Align right</source>
        <translation>Aligner à droite</translation>
    </message>
    <message>
        <location filename="../../desktop/widgets/letter_editor/editor.py" line="256" />
        <source>Justify</source>
        <translation>Justifier</translation>
    </message>
    <message>
        <location filename="../../desktop/widgets/letter_editor/editor.py" line="263" />
        <source>Bulleted list</source>
        <translation>Liste à puces</translation>
    </message>
    <message>
        <location filename="../../desktop/widgets/letter_editor/editor.py" line="266" />
        <source>Numbered list</source>
        <translation>Liste numérotée</translation>
    </message>
    <message>
        <location filename="../../desktop/widgets/letter_editor/editor.py" line="269" />
        <source>Decrease indent</source>
        <translation>Diminuer le retrait</translation>
    </message>
    <message>
        <location filename="../../desktop/widgets/letter_editor/editor.py" line="272" />
        <source>Increase indent</source>
        <translation>Augmenter le retrait</translation>
    </message>
    <message>
        <location filename="../../desktop/widgets/letter_editor/editor.py" line="465" />
        <source>Address of the link (empty: no link):</source>
        <translation>Adresse du lien (vide : pas de lien) :</translation>
    </message>
    <message>
        <location filename="../../desktop/widgets/letter_editor/editor.py" line="489" />
        <source>Pictures (*.png *.jpg *.jpeg *.gif *.bmp)</source>
        <translation>Images (*.png *.jpg *.jpeg *.gif *.bmp)</translation>
    </message>
    <message>
        <location filename="../../desktop/widgets/letter_editor/editor.py" line="496" />
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
        <location filename="../../desktop/widgets/lookup.py" line="70" />
        <source>Select %1</source>
        <translation>Sélectionner : %1</translation>
    </message>
    <message>
        <location filename="../../desktop/widgets/lookup.py" line="75" />
        <source>Search code or name</source>
        <translation>Rechercher un code ou un nom</translation>
    </message>
    <message>
        <location filename="../../desktop/widgets/lookup.py" line="77" />
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <location filename="../../desktop/widgets/lookup.py" line="77" />
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <location filename="../../desktop/widgets/lookup.py" line="101" />
        <source>The records of this context come first.</source>
        <translation>Les enregistrements de ce contexte viennent en premier.</translation>
    </message>
    <message>
        <location filename="../../desktop/widgets/lookup.py" line="171" />
        <source>One of this context's records</source>
        <translation>Un enregistrement de ce contexte</translation>
    </message>
    <message>
        <location filename="../../desktop/widgets/lookup.py" line="251" />
        <source>Select from a list (F2)</source>
        <extracomment>the value changed: a text was resolved, a suggestion or a list row picked, or cleared the user typed (the form has unsaved edits); the value follows once resolved</extracomment>
        <translation>Choisir dans une liste (F2)</translation>
    </message>
    <message>
        <location filename="../../desktop/widgets/lookup.py" line="253" />
        <source>F2 selects from a list; Shift+F2 opens the record shown.</source>
        <translation>F2 choisit dans une liste ; Maj+F2 ouvre l'enregistrement affiché.</translation>
    </message>
    <message>
        <location filename="../../desktop/widgets/lookup.py" line="281" />
        <source>cannot be checked now: %1</source>
        <translation>ne peut pas être vérifié maintenant : %1</translation>
    </message>
    <message>
        <location filename="../../desktop/widgets/lookup.py" line="355" />
        <source>%1 matches several records: press F2 to choose</source>
        <translation>%1 correspond à plusieurs enregistrements : appuyez sur F2 pour choisir</translation>
    </message>
    <message>
        <location filename="../../desktop/widgets/lookup.py" line="358" />
        <source>%1 does not exist</source>
        <translation>%1 n'existe pas</translation>
    </message>
    <message>
        <location filename="../../desktop/widgets/lookup.py" line="387" />
        <source>%1 is still being checked</source>
        <translation>%1 est en cours de vérification</translation>
    </message>
    <message>
        <location filename="../../desktop/widgets/lookup.py" line="408" />
        <location filename="../../desktop/widgets/lookup.py" line="437" />
        <source>%1 is not one of the choices here</source>
        <translation>%1 ne fait pas partie des choix possibles ici</translation>
    </message>
</context>
<context>
    <name>MailMergeSession</name>
    <message>
        <location filename="../../desktop/views/campaigns/mail_merge.py" line="95" />
        <source>Ctrl+P prints the letters</source>
        <translation>Ctrl+P imprime les lettres</translation>
    </message>
    <message>
        <location filename="../../desktop/views/campaigns/mail_merge.py" line="139" />
        <source>Nothing was printed.</source>
        <translation>Rien n'a été imprimé.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../desktop/views/shell/main_window.py" line="168" />
        <source>Opening the database…</source>
        <translation>Ouverture de la base de données…</translation>
    </message>
    <message>
        <location filename="../../desktop/views/shell/main_window.py" line="222" />
        <source>Main toolbar</source>
        <translation>Barre d'outils principale</translation>
    </message>
    <message>
        <location filename="../../desktop/views/shell/main_window.py" line="242" />
        <location filename="../../desktop/views/shell/main_window.py" line="487" />
        <source>Quit</source>
        <translation>Quitter</translation>
    </message>
    <message>
        <location filename="../../desktop/views/shell/main_window.py" line="249" />
        <source>Run session…</source>
        <translation>Exécuter une session…</translation>
    </message>
    <message>
        <location filename="../../desktop/views/shell/main_window.py" line="253" />
        <source>Synchronize now</source>
        <translation>Synchroniser maintenant</translation>
    </message>
    <message>
        <location filename="../../desktop/views/shell/main_window.py" line="258" />
        <source>Reminders</source>
        <translation>Rappels</translation>
    </message>
    <message>
        <location filename="../../desktop/views/shell/main_window.py" line="263" />
        <source>Settings…</source>
        <translation>Paramètres…</translation>
    </message>
    <message>
        <location filename="../../desktop/views/shell/main_window.py" line="267" />
        <location filename="../../desktop/views/shell/main_window.py" line="407" />
        <source>About CRM desktop</source>
        <translation>À propos de CRM</translation>
    </message>
    <message>
        <location filename="../../desktop/views/shell/main_window.py" line="272" />
        <source>Close tab</source>
        <translation>Fermer l'onglet</translation>
    </message>
    <message>
        <location filename="../../desktop/views/shell/main_window.py" line="287" />
        <source>Database: %1</source>
        <translation>Base de données : %1</translation>
    </message>
    <message>
        <location filename="../../desktop/views/shell/main_window.py" line="288" />
        <source>Employee: %1</source>
        <translation>Employé : %1</translation>
    </message>
    <message>
        <location filename="../../desktop/views/shell/main_window.py" line="289" />
        <source>none</source>
        <translation>aucun</translation>
    </message>
    <message>
        <location filename="../../desktop/views/shell/main_window.py" line="324" />
        <source>Run session</source>
        <translation>Exécuter une session</translation>
    </message>
    <message>
        <location filename="../../desktop/views/shell/main_window.py" line="325" />
        <source>There is no session %1.</source>
        <translation>La session %1 n'existe pas.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/shell/main_window.py" line="408" />
        <source>CRM desktop %1
Database: %2</source>
        <translation>CRM %1
Base de données : %2</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/views/shell/main_window.py" line="485" />
        <source>%n window(s) have unsaved changes:</source>
        <translation><numerusform>%n fenêtre a des modifications non enregistrées :</numerusform><numerusform>%n fenêtres ont des modifications non enregistrées :</numerusform></translation>
    </message>
    <message>
        <location filename="../../desktop/views/shell/main_window.py" line="487" />
        <source>Save them before quitting?</source>
        <translation>Les enregistrer avant de quitter ?</translation>
    </message>
</context>
<context>
    <name>MarketingOutput</name>
    <message numerus="yes">
        <location filename="../../desktop/views/shapes/left_out.py" line="15" />
        <source>%n contact(s) left out: their personal data was erased.</source>
        <translation><numerusform>%n contact écarté : ses données personnelles ont été effacées.</numerusform><numerusform>%n contacts écartés : leurs données personnelles ont été effacées.</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/views/shapes/left_out.py" line="19" />
        <source>%n contact(s) left out: they object to direct marketing (opted out).</source>
        <translation><numerusform>%n contact écarté : il s'oppose à la prospection commerciale (opposition enregistrée).</numerusform><numerusform>%n contacts écartés : ils s'opposent à la prospection commerciale (opposition enregistrée).</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/views/shapes/left_out.py" line="23" />
        <source>%n contact(s) left out: they do not want postal mail.</source>
        <translation><numerusform>%n contact écarté : il s'oppose au courrier postal.</numerusform><numerusform>%n contacts écartés : ils s'opposent au courrier postal.</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/views/shapes/left_out.py" line="26" />
        <source>%n contact(s) left out: they do not want phone calls.</source>
        <translation><numerusform>%n contact écarté : il s'oppose aux appels téléphoniques.</numerusform><numerusform>%n contacts écartés : ils s'opposent aux appels téléphoniques.</numerusform></translation>
    </message>
    <message>
        <location filename="../../desktop/views/shapes/left_out.py" line="36" />
        <source>Tick "Include contacts who object" to include them (opposition); the choice is recorded.</source>
        <translation>Cochez « Inclure les contacts qui s'y opposent » pour les inclure (droit d'opposition) ; ce choix est enregistré.</translation>
    </message>
</context>
<context>
    <name>MergeAction</name>
    <message>
        <location filename="../../desktop/views/partners/sessions.py" line="24" />
        <source>Merge…</source>
        <translation>Fusionner…</translation>
    </message>
    <message>
        <location filename="../../desktop/views/partners/sessions.py" line="25" />
        <source>Merge the two selected records</source>
        <translation>Fusionner les deux enregistrements sélectionnés</translation>
    </message>
</context>
<context>
    <name>MergeDialog</name>
    <message>
        <location filename="../../desktop/views/partners/ops.py" line="51" />
        <source>Yes</source>
        <translation>Oui</translation>
    </message>
    <message>
        <location filename="../../desktop/views/partners/ops.py" line="52" />
        <source>No</source>
        <translation>Non</translation>
    </message>
    <message>
        <location filename="../../desktop/views/partners/merge.py" line="38" />
        <location filename="../../desktop/views/partners/merge.py" line="132" />
        <source>Merge duplicates</source>
        <translation>Fusionner des doublons</translation>
    </message>
    <message>
        <location filename="../../desktop/views/partners/merge.py" line="43" />
        <source>Choose the record that stays, then the value it keeps where the two differ. Everything linked to the other record moves to it, and the other is deleted.</source>
        <translation>Choisissez l'enregistrement conservé, puis la valeur qu'il garde là où les deux diffèrent. Tout ce qui est lié à l'autre enregistrement lui est rattaché, et l'autre est supprimé.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/partners/merge.py" line="60" />
        <source>Merge</source>
        <translation>Fusionner</translation>
    </message>
    <message>
        <location filename="../../desktop/views/partners/merge.py" line="70" />
        <source>Keep %1 — %2</source>
        <translation>Conserver %1 — %2</translation>
    </message>
    <message>
        <location filename="../../desktop/views/partners/merge.py" line="77" />
        <source>Field</source>
        <translation>Champ</translation>
    </message>
    <message>
        <location filename="../../desktop/views/partners/merge.py" line="96" />
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
        <location filename="../../desktop/views/ops/operation.py" line="52" />
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
        <location filename="../../desktop/views/opportunities/sessions.py" line="189" />
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
    <message numerus="yes">
        <location filename="../../desktop/views/opportunities/sessions.py" line="162" />
        <source>%n opportunities · expected revenue %2 · weighted revenue in forecast %3</source>
        <translation><numerusform>%n opportunité · chiffre d'affaires attendu %2 · chiffre d'affaires pondéré en prévision %3</numerusform><numerusform>%n opportunités · chiffre d'affaires attendu %2 · chiffre d'affaires pondéré en prévision %3</numerusform></translation>
    </message>
    <message>
        <location filename="../../desktop/views/opportunities/sessions.py" line="167" />
        <source>Weighted revenue: expected revenue × probability of the open opportunities included in the forecast</source>
        <translation>Chiffre d'affaires pondéré : chiffre d'affaires attendu × probabilité des opportunités ouvertes incluses dans la prévision</translation>
    </message>
    <message>
        <location filename="../../desktop/views/opportunities/sessions.py" line="327" />
        <source>A quotation cannot be generated for an opportunity with status %1.</source>
        <translation>Impossible de générer un devis pour une opportunité au statut %1.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/opportunities/sessions.py" line="329" />
        <source>Save the opportunity first.</source>
        <translation>Enregistrez d'abord l'opportunité.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/opportunities/sessions.py" line="330" />
        <source>Create a sales quotation from the selected items</source>
        <translation>Créer un devis à partir des articles sélectionnés</translation>
    </message>
</context>
<context>
    <name>OverviewSession</name>
    <message>
        <location filename="../../desktop/views/shapes/overview.py" line="123" />
        <source>Search…</source>
        <extracomment>``deleter(session, obj)``: the domain function that deletes one record with its rules (None: records.delete, which refuses what others still use)</extracomment>
        <translation>Rechercher…</translation>
    </message>
    <message>
        <location filename="../../desktop/views/shapes/overview.py" line="125" />
        <source>Search</source>
        <translation>Rechercher</translation>
    </message>
    <message>
        <location filename="../../desktop/views/shapes/overview.py" line="131" />
        <source>New</source>
        <translation>Nouveau</translation>
    </message>
    <message>
        <location filename="../../desktop/views/shapes/overview.py" line="131" />
        <source>Open</source>
        <translation>Ouvrir</translation>
    </message>
    <message>
        <location filename="../../desktop/views/shapes/overview.py" line="132" />
        <location filename="../../desktop/views/shapes/overview.py" line="311" />
        <location filename="../../desktop/views/shapes/overview.py" line="318" />
        <source>Delete</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <location filename="../../desktop/views/shapes/overview.py" line="132" />
        <source>Refresh</source>
        <translation>Actualiser</translation>
    </message>
    <message>
        <location filename="../../desktop/views/shapes/overview.py" line="133" />
        <location filename="../../desktop/views/shapes/overview.py" line="338" />
        <source>Export to Excel</source>
        <translation>Exporter vers Excel</translation>
    </message>
    <message>
        <location filename="../../desktop/views/shapes/overview.py" line="134" />
        <location filename="../../desktop/views/shapes/overview.py" line="330" />
        <source>Export to CSV</source>
        <translation>Exporter en CSV</translation>
    </message>
    <message>
        <location filename="../../desktop/views/shapes/overview.py" line="135" />
        <source>Include contacts who object</source>
        <translation>Inclure les contacts qui s'y opposent</translation>
    </message>
    <message>
        <location filename="../../desktop/views/shapes/overview.py" line="155" />
        <source>Only the rows matching “%1” are shown; clear the search to see them all.</source>
        <translation>Seules les lignes contenant « %1 » sont affichées ; videz la recherche pour tout voir.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/views/shapes/overview.py" line="255" />
        <source>%n row(s)</source>
        <translation><numerusform>%n ligne</numerusform><numerusform>%n lignes</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/views/shapes/overview.py" line="309" />
        <source>Delete %n record(s)?</source>
        <translation><numerusform>Supprimer %n enregistrement ?</numerusform><numerusform>Supprimer %n enregistrements ?</numerusform></translation>
    </message>
    <message>
        <location filename="../../desktop/views/shapes/overview.py" line="325" />
        <source>CSV, semicolons and decimal commas (*.csv)</source>
        <translation>CSV, points-virgules et virgules décimales (*.csv)</translation>
    </message>
    <message>
        <location filename="../../desktop/views/shapes/overview.py" line="326" />
        <source>CSV, commas and decimal points (*.csv)</source>
        <translation>CSV, virgules et points décimaux (*.csv)</translation>
    </message>
    <message>
        <location filename="../../desktop/views/shapes/overview.py" line="339" />
        <source>Excel workbooks (*.xlsx)</source>
        <translation>Classeurs Excel (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../../desktop/views/shapes/overview.py" line="349" />
        <location filename="../../desktop/views/shapes/overview.py" line="381" />
        <source>Export</source>
        <translation>Export</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/views/shapes/overview.py" line="350" />
        <source>%n row(s) exported.</source>
        <translation><numerusform>%n ligne exportée.</numerusform><numerusform>%n lignes exportées.</numerusform></translation>
    </message>
    <message>
        <location filename="../../desktop/views/shapes/overview.py" line="366" />
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
    <name>PersonalData</name>
    <message>
        <location filename="../../desktop/views/partners/personal_pdf.py" line="20" />
        <source>Personal data of %1 (%2)</source>
        <translation>Données personnelles de %1 (%2)</translation>
    </message>
    <message>
        <location filename="../../desktop/views/partners/personal_pdf.py" line="23" />
        <source>Exported on %1. Every row the CRM holds about this person; the JSON file beside this one holds the same, every column.</source>
        <translation>Exporté le %1 (droit d'accès). Toutes les lignes que le CRM détient sur cette personne ; le fichier JSON à côté de celui-ci contient les mêmes, toutes colonnes.</translation>
    </message>
</context>
<context>
    <name>ProcessingSession</name>
    <message>
        <location filename="declared_strings.py" line="40" />
        <source>Run</source>
        <translation>Exécuter</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="39" />
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <location filename="../../desktop/models/report_lines.py" line="34" />
        <source>Record</source>
        <extracomment>the order of the lines: what needs a look first, what was left out last</extracomment>
        <translation>Enregistrement</translation>
    </message>
    <message>
        <location filename="../../desktop/models/report_lines.py" line="35" />
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <location filename="../../desktop/models/report_lines.py" line="36" />
        <source>Assigned to</source>
        <translation>Affecté à</translation>
    </message>
    <message>
        <location filename="../../desktop/models/report_lines.py" line="37" />
        <source>Result</source>
        <translation>Résultat</translation>
    </message>
    <message>
        <location filename="../../desktop/models/report_lines.py" line="38" />
        <source>Message</source>
        <translation>Message</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/models/report_lines.py" line="139" />
        <source>%n record(s) left out by the filters or the selection</source>
        <translation><numerusform>%n enregistrement écarté par les filtres ou la sélection</numerusform><numerusform>%n enregistrements écartés par les filtres ou la sélection</numerusform></translation>
    </message>
    <message>
        <location filename="../../desktop/views/shapes/processing.py" line="126" />
        <source>Running…</source>
        <extracomment>the form's values are kept per user and shown again at the next opening</extracomment>
        <translation>En cours…</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/views/shapes/processing.py" line="156" />
        <source>%1: %n record(s) processed.</source>
        <translation><numerusform>%1 : %n enregistrement traité.</numerusform><numerusform>%1 : %n enregistrements traités.</numerusform></translation>
    </message>
    <message>
        <location filename="../../desktop/views/shapes/processing.py" line="167" />
        <source>Nothing was changed.</source>
        <translation>Rien n'a été modifié.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/shapes/processing.py" line="170" />
        <source>Cancelled: nothing was changed.</source>
        <translation>Annulé : rien n'a été modifié.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/shapes/processing.py" line="175" />
        <source>The run failed and was rolled back: %1</source>
        <translation>Le traitement a échoué et a été annulé : %1</translation>
    </message>
</context>
<context>
    <name>QFileDialog</name>
    <message>
        <location filename="../../desktop/i18n.py" line="66" />
        <source>&amp;Look in:</source>
        <translation>&amp;Voir dans :</translation>
    </message>
    <message>
        <location filename="../../desktop/i18n.py" line="67" />
        <source>Files of &amp;type:</source>
        <translation>Fichiers de &amp;type :</translation>
    </message>
</context>
<context>
    <name>ReminderService</name>
    <message>
        <location filename="../../desktop/views/activities/reminders.py" line="134" />
        <source>Reminder: %1. Ctrl+Shift+R shows the reminders.</source>
        <extracomment>the reminders due at the last check</extracomment>
        <translation>Rappel : %1. Ctrl+Maj+R affiche les rappels.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/activities/reminders.py" line="138" />
        <source>Reminder</source>
        <translation>Rappel</translation>
    </message>
    <message>
        <location filename="../../desktop/views/activities/reminders.py" line="146" />
        <source>No reminder due.</source>
        <translation>Aucun rappel en attente.</translation>
    </message>
</context>
<context>
    <name>ReminderWindow</name>
    <message>
        <location filename="../../desktop/views/activities/reminders.py" line="59" />
        <source>Reminders</source>
        <translation>Rappels</translation>
    </message>
    <message>
        <location filename="../../desktop/views/activities/reminders.py" line="60" />
        <source>Open</source>
        <translation>Ouvrir</translation>
    </message>
    <message>
        <location filename="../../desktop/views/activities/reminders.py" line="61" />
        <source>Snooze %1 min</source>
        <translation>Répéter dans %1 min</translation>
    </message>
    <message>
        <location filename="../../desktop/views/activities/reminders.py" line="62" />
        <source>Dismiss</source>
        <translation>Ignorer</translation>
    </message>
</context>
<context>
    <name>ReplicaController</name>
    <message>
        <location filename="../../desktop/views/team/worker.py" line="150" />
        <source>Team: synchronizing…</source>
        <extracomment>the server refused the sign-in and the laptop cannot renew it: the window asks the user a server account's password is asked before the first sync a Microsoft work account's tokens: msal renews them; the user signs in when asked</extracomment>
        <translation>Équipe : synchronisation…</translation>
    </message>
    <message>
        <location filename="../../desktop/views/team/worker.py" line="168" />
        <source>Team: sign-in needed</source>
        <translation>Équipe : connexion nécessaire</translation>
    </message>
    <message>
        <location filename="../../desktop/views/team/worker.py" line="170" />
        <source>Team: offline, working on this laptop</source>
        <translation>Équipe : hors ligne, travail sur ce portable</translation>
    </message>
    <message>
        <location filename="../../desktop/views/team/worker.py" line="172" />
        <source>Team: %1</source>
        <translation>Équipe : %1</translation>
    </message>
    <message>
        <location filename="../../desktop/views/team/worker.py" line="174" />
        <source>Team: not synchronized yet</source>
        <translation>Équipe : pas encore synchronisé</translation>
    </message>
    <message>
        <location filename="../../desktop/views/team/worker.py" line="177" />
        <source>Team: synchronized just now</source>
        <translation>Équipe : synchronisé à l'instant</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/views/team/worker.py" line="178" />
        <source>Team: synchronized %n min ago</source>
        <translation><numerusform>Équipe : synchronisé il y a %n min</numerusform><numerusform>Équipe : synchronisé il y a %n min</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/views/team/worker.py" line="180" />
        <source>%n change(s) waiting</source>
        <translation><numerusform>%n modification en attente</numerusform><numerusform>%n modifications en attente</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/views/team/worker.py" line="182" />
        <source>%n conflict(s)</source>
        <translation><numerusform>%n conflit</numerusform><numerusform>%n conflits</numerusform></translation>
    </message>
</context>
<context>
    <name>ReplicaWorker</name>
    <message>
        <location filename="../../desktop/views/team/worker.py" line="65" />
        <source>Sign in with your work account to synchronize with the team server.</source>
        <extracomment>how requests are signed; None: a trial server that asks nobody</extracomment>
        <translation>Connectez-vous avec votre compte professionnel pour synchroniser avec le serveur d'équipe.</translation>
    </message>
</context>
<context>
    <name>ReportPreview</name>
    <message>
        <location filename="../../desktop/views/reports/preview.py" line="90" />
        <source>First page</source>
        <translation>Première page</translation>
    </message>
    <message>
        <location filename="../../desktop/views/reports/preview.py" line="92" />
        <source>Previous page</source>
        <translation>Page précédente</translation>
    </message>
    <message>
        <location filename="../../desktop/views/reports/preview.py" line="97" />
        <source>Next page</source>
        <translation>Page suivante</translation>
    </message>
    <message>
        <location filename="../../desktop/views/reports/preview.py" line="100" />
        <source>Last page</source>
        <translation>Dernière page</translation>
    </message>
    <message>
        <location filename="../../desktop/views/reports/preview.py" line="103" />
        <source>Zoom out</source>
        <translation>Zoom arrière</translation>
    </message>
    <message>
        <location filename="../../desktop/views/reports/preview.py" line="105" />
        <source>Page width</source>
        <translation>Largeur de page</translation>
    </message>
    <message>
        <location filename="../../desktop/views/reports/preview.py" line="110" />
        <source>Zoom in</source>
        <translation>Zoom avant</translation>
    </message>
    <message>
        <location filename="../../desktop/views/reports/preview.py" line="112" />
        <location filename="../../desktop/views/reports/preview.py" line="197" />
        <source>Print…</source>
        <translation>Imprimer…</translation>
    </message>
    <message>
        <location filename="../../desktop/views/reports/preview.py" line="114" />
        <source>Save as PDF…</source>
        <translation>Enregistrer en PDF…</translation>
    </message>
    <message>
        <location filename="../../desktop/views/reports/preview.py" line="138" />
        <source>of %1</source>
        <translation>sur %1</translation>
    </message>
    <message>
        <location filename="../../desktop/views/reports/preview.py" line="201" />
        <location filename="../../desktop/views/reports/preview.py" line="214" />
        <source>Save as PDF</source>
        <translation>Enregistrer en PDF</translation>
    </message>
    <message>
        <location filename="../../desktop/views/reports/preview.py" line="201" />
        <source>PDF documents (*.pdf)</source>
        <translation>Documents PDF (*.pdf)</translation>
    </message>
</context>
<context>
    <name>RunReportPanel</name>
    <message>
        <location filename="../../desktop/views/shapes/run_report.py" line="82" />
        <source>Print report…</source>
        <translation>Imprimer le rapport…</translation>
    </message>
    <message>
        <location filename="../../desktop/views/shapes/run_report.py" line="83" />
        <location filename="../../desktop/views/shapes/run_report.py" line="145" />
        <location filename="../../desktop/views/shapes/run_report.py" line="157" />
        <location filename="../../desktop/views/shapes/run_report.py" line="160" />
        <source>Save report…</source>
        <translation>Enregistrer le rapport…</translation>
    </message>
    <message>
        <location filename="../../desktop/views/shapes/run_report.py" line="144" />
        <source>Excel workbooks (*.xlsx)</source>
        <translation>Classeurs Excel (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../../desktop/views/shapes/run_report.py" line="144" />
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
    <name>RunSummary</name>
    <message numerus="yes">
        <location filename="../../desktop/views/shapes/processing.py" line="183" />
        <source>%n created</source>
        <extracomment>how each result is counted in a run's summary, its plural forms in the translations</extracomment>
        <translation><numerusform>%n créé</numerusform><numerusform>%n créés</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/views/shapes/processing.py" line="184" />
        <source>%n would be created</source>
        <translation><numerusform>%n serait créé</numerusform><numerusform>%n seraient créés</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/views/shapes/processing.py" line="185" />
        <source>%n skipped (selection false)</source>
        <translation><numerusform>%n ignoré (sélection fausse)</numerusform><numerusform>%n ignorés (sélection fausse)</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/views/shapes/processing.py" line="187" />
        <source>%n skipped (filter)</source>
        <translation><numerusform>%n ignoré (filtre)</numerusform><numerusform>%n ignorés (filtre)</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/views/shapes/processing.py" line="188" />
        <source>%n skipped (already present)</source>
        <translation><numerusform>%n ignoré (déjà présent)</numerusform><numerusform>%n ignorés (déjà présents)</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/views/shapes/processing.py" line="190" />
        <source>%n warning(s)</source>
        <translation><numerusform>%n avertissement</numerusform><numerusform>%n avertissements</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/views/shapes/processing.py" line="191" />
        <source>%n error(s)</source>
        <translation><numerusform>%n erreur</numerusform><numerusform>%n erreurs</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/views/shapes/processing.py" line="192" />
        <source>%n deleted</source>
        <translation><numerusform>%n supprimé</numerusform><numerusform>%n supprimés</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/views/shapes/processing.py" line="193" />
        <source>%n would be deleted</source>
        <translation><numerusform>%n serait supprimé</numerusform><numerusform>%n seraient supprimés</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/views/shapes/processing.py" line="194" />
        <source>%n updated</source>
        <translation><numerusform>%n mis à jour</numerusform><numerusform>%n mis à jour</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/views/shapes/processing.py" line="195" />
        <source>%n would be updated</source>
        <translation><numerusform>%n serait mis à jour</numerusform><numerusform>%n seraient mis à jour</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/views/shapes/processing.py" line="196" />
        <source>%n unchanged</source>
        <translation><numerusform>%n inchangé</numerusform><numerusform>%n inchangés</numerusform></translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../../desktop/dialogs/settings_dialog.py" line="42" />
        <location filename="../../desktop/dialogs/settings_dialog.py" line="91" />
        <location filename="../../desktop/dialogs/settings_dialog.py" line="98" />
        <source>Settings</source>
        <translation>Paramètres</translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs/settings_dialog.py" line="45" />
        <source>System language</source>
        <translation>Langue du système</translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs/settings_dialog.py" line="50" />
        <source>Empty: the embedded database (%1)</source>
        <translation>Vide : la base intégrée (%1)</translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs/settings_dialog.py" line="60" />
        <source>Keep cells that begin with = + - @ as they are</source>
        <translation>Garder tels quels les champs qui commencent par = + - @</translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs/settings_dialog.py" line="63" />
        <source>Mail merge's data files, for a program other than a spreadsheet. Left unticked, such a cell gets a leading apostrophe, so that a spreadsheet never runs it as a formula (CSV injection).</source>
        <translation>Les fichiers de données du publipostage, pour un autre programme qu'un tableur. Décoché, un tel champ reçoit une apostrophe en tête, pour qu'un tableur ne l'exécute jamais comme une formule (injection CSV).</translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs/settings_dialog.py" line="68" />
        <source>Language</source>
        <translation>Langue</translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs/settings_dialog.py" line="69" />
        <source>Database URL</source>
        <translation>URL de la base de données</translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs/settings_dialog.py" line="70" />
        <source>Employee</source>
        <translation>Employé</translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs/settings_dialog.py" line="71" />
        <source>New appointments last</source>
        <translation>Durée des nouveaux rendez-vous</translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs/settings_dialog.py" line="72" />
        <source>New calls last</source>
        <translation>Durée des nouveaux appels</translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs/settings_dialog.py" line="73" />
        <source>The working day starts at</source>
        <translation>La journée de travail commence à</translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs/settings_dialog.py" line="74" />
        <source>Tasks are due at</source>
        <translation>Échéance des tâches à</translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs/settings_dialog.py" line="75" />
        <source>Mail merge's data files</source>
        <translation>Fichiers de données du publipostage</translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs/settings_dialog.py" line="76" />
        <source>A new database URL takes effect at the next start.</source>
        <translation>Une nouvelle URL de base de données s'applique au prochain démarrage.</translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs/settings_dialog.py" line="122" />
        <source> min</source>
        <translation> min</translation>
    </message>
</context>
<context>
    <name>SignInDialog</name>
    <message>
        <location filename="../../desktop/views/shapes/microsoft_sign_in.py" line="39" />
        <source>Sign in to Microsoft 365</source>
        <translation>Connexion à Microsoft 365</translation>
    </message>
    <message>
        <location filename="../../desktop/views/shapes/microsoft_sign_in.py" line="44" />
        <source>Open the Microsoft sign-in page, type the code below and sign in with your work account.</source>
        <translation>Ouvrez la page de connexion Microsoft, saisissez le code ci-dessous et connectez-vous avec votre compte professionnel.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/shapes/microsoft_sign_in.py" line="58" />
        <source>Copy the code</source>
        <translation>Copier le code</translation>
    </message>
    <message>
        <location filename="../../desktop/views/shapes/microsoft_sign_in.py" line="60" />
        <source>Open the sign-in page</source>
        <translation>Ouvrir la page de connexion</translation>
    </message>
    <message>
        <location filename="../../desktop/views/shapes/microsoft_sign_in.py" line="62" />
        <source>Sign in with the browser instead</source>
        <translation>Se connecter plutôt avec le navigateur</translation>
    </message>
    <message>
        <location filename="../../desktop/views/shapes/microsoft_sign_in.py" line="65" />
        <source>Asking Microsoft for a code…</source>
        <translation>Demande d'un code à Microsoft…</translation>
    </message>
    <message>
        <location filename="../../desktop/views/shapes/microsoft_sign_in.py" line="71" />
        <source>Administrator's setup…</source>
        <translation>Configuration par l'administrateur…</translation>
    </message>
    <message>
        <location filename="../../desktop/views/shapes/microsoft_sign_in.py" line="107" />
        <source>Waiting for you to sign in…</source>
        <translation>En attente de votre connexion…</translation>
    </message>
    <message>
        <location filename="../../desktop/views/shapes/microsoft_sign_in.py" line="124" />
        <source>Sign in in the browser window that opened…</source>
        <translation>Connectez-vous dans la fenêtre du navigateur qui s'est ouverte…</translation>
    </message>
    <message>
        <location filename="../../desktop/views/shapes/microsoft_sign_in.py" line="137" />
        <source>Signed in as %1.</source>
        <translation>Connecté en tant que %1.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/shapes/microsoft_sign_in.py" line="145" />
        <source>The sign-in failed: %1</source>
        <translation>La connexion a échoué : %1</translation>
    </message>
    <message>
        <location filename="../../desktop/views/team/signin_dialog.py" line="17" />
        <source>Sign in to the team server</source>
        <translation>Connexion au serveur d'équipe</translation>
    </message>
    <message>
        <location filename="../../desktop/views/team/signin_dialog.py" line="19" />
        <source>The team server asks who uses this laptop: type your server account's password. Changes made meanwhile wait on this laptop.</source>
        <translation>Le serveur d'équipe demande qui utilise ce portable : tapez le mot de passe de votre compte serveur. Les modifications faites entre-temps attendent sur ce portable.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/team/signin_dialog.py" line="27" />
        <source>Sign in</source>
        <translation>Se connecter</translation>
    </message>
    <message>
        <location filename="../../desktop/views/team/signin_dialog.py" line="32" />
        <source>User name</source>
        <translation>Nom d'utilisateur</translation>
    </message>
    <message>
        <location filename="../../desktop/views/team/signin_dialog.py" line="33" />
        <source>Password</source>
        <translation>Mot de passe</translation>
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
    <name>TeamServerSession</name>
    <message>
        <location filename="../../desktop/views/team/settings.py" line="101" />
        <source>Server address</source>
        <extracomment>how the company signs in; the item data is the setting's value Microsoft Entra ID: what the administrator gives (README, "Identity for a team")</extracomment>
        <translation>Adresse du serveur</translation>
    </message>
    <message>
        <location filename="../../desktop/views/team/settings.py" line="102" />
        <source>Certificate fingerprint</source>
        <translation>Empreinte du certificat</translation>
    </message>
    <message>
        <location filename="../../desktop/views/team/settings.py" line="103" />
        <source>Sign-in</source>
        <translation>Connexion</translation>
    </message>
    <message>
        <location filename="../../desktop/views/team/settings.py" line="104" />
        <source>Directory (tenant) ID</source>
        <translation>ID de l'annuaire (locataire)</translation>
    </message>
    <message>
        <location filename="../../desktop/views/team/settings.py" line="105" />
        <source>Application (client) ID</source>
        <translation>ID d'application (client)</translation>
    </message>
    <message>
        <location filename="../../desktop/views/team/settings.py" line="106" />
        <source>Team server's API scope</source>
        <translation>Étendue de l'API du serveur d'équipe</translation>
    </message>
    <message>
        <location filename="../../desktop/views/team/settings.py" line="107" />
        <source>Sign-in authority</source>
        <translation>Autorité de connexion</translation>
    </message>
    <message>
        <location filename="../../desktop/views/team/settings.py" line="108" />
        <source>Your user name</source>
        <translation>Votre nom d'utilisateur</translation>
    </message>
    <message>
        <location filename="../../desktop/views/team/settings.py" line="110" />
        <source>None (a trial server)</source>
        <translation>Aucune (serveur d'essai)</translation>
    </message>
    <message>
        <location filename="../../desktop/views/team/settings.py" line="111" />
        <source>Server account (password asked at each start)</source>
        <translation>Compte serveur (mot de passe demandé à chaque démarrage)</translation>
    </message>
    <message>
        <location filename="../../desktop/views/team/settings.py" line="112" />
        <source>Microsoft Entra ID (your work account)</source>
        <translation>Microsoft Entra ID (votre compte professionnel)</translation>
    </message>
    <message>
        <location filename="../../desktop/views/team/settings.py" line="115" />
        <source>Empty: Microsoft's (https://login.microsoftonline.com)</source>
        <translation>Vide : celle de Microsoft (https://login.microsoftonline.com)</translation>
    </message>
    <message>
        <location filename="../../desktop/views/team/settings.py" line="116" />
        <source>Empty: the certificate is checked by the system's authorities</source>
        <translation>Vide : le certificat est vérifié par les autorités du système</translation>
    </message>
    <message>
        <location filename="../../desktop/views/team/settings.py" line="119" />
        <source>With a team server, this laptop keeps a copy of your customers, their contacts, opportunities, quotations and recent activities, and works the same online or offline; changes go both ways in the background. The administrator gives the server's address and, for a self-signed certificate, its fingerprint.</source>
        <translation>Avec un serveur d'équipe, ce portable garde une copie de vos clients, de leurs contacts, opportunités, devis et activités récentes, et fonctionne de même en ligne ou hors ligne ; les modifications passent dans les deux sens en arrière-plan. L'administrateur donne l'adresse du serveur et, pour un certificat auto-signé, son empreinte.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/team/settings.py" line="123" />
        <source>Save</source>
        <translation>Enregistrer</translation>
    </message>
    <message>
        <location filename="../../desktop/views/team/settings.py" line="124" />
        <source>Set up this laptop…</source>
        <translation>Configurer ce portable…</translation>
    </message>
    <message>
        <location filename="../../desktop/views/team/settings.py" line="126" />
        <source>This laptop works on the team's data (%1).</source>
        <translation>Ce portable travaille sur les données de l'équipe (%1).</translation>
    </message>
    <message>
        <location filename="../../desktop/views/team/settings.py" line="128" />
        <source>This laptop works on its own database, not on the team's.</source>
        <translation>Ce portable travaille sur sa propre base, pas sur celle de l'équipe.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/team/settings.py" line="161" />
        <source>Copying your part of the team's database…</source>
        <translation>Copie de votre partie de la base de l'équipe…</translation>
    </message>
    <message>
        <location filename="../../desktop/views/team/settings.py" line="168" />
        <location filename="../../desktop/views/team/settings.py" line="173" />
        <source>Team server</source>
        <translation>Serveur d'équipe</translation>
    </message>
    <message>
        <location filename="../../desktop/views/team/settings.py" line="169" />
        <source>This laptop is set up: %1 records copied. Restart the application to work on the team's data.</source>
        <translation>Ce portable est configuré : %1 enregistrements copiés. Redémarrez l'application pour travailler sur les données de l'équipe.</translation>
    </message>
</context>
<context>
    <name>TeamSignIn</name>
    <message>
        <location filename="../../desktop/views/team/entra.py" line="31" />
        <source>The team server asks who uses this laptop. Open the Microsoft sign-in page, type the code below and sign in with your work account. Changes made meanwhile wait on this laptop.</source>
        <translation>Le serveur d'équipe demande qui utilise ce portable. Ouvrez la page de connexion Microsoft, saisissez le code ci-dessous et connectez-vous avec votre compte professionnel. Les modifications faites entre-temps attendent sur ce portable.</translation>
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
        <location filename="../../desktop/views/partners/cards.py" line="42" />
        <location filename="../../desktop/views/partners/cards.py" line="60" />
        <source>Export vCards</source>
        <translation>Exporter en vCard</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/views/partners/cards.py" line="59" />
        <source>%n contact(s) exported.</source>
        <translation><numerusform>%n contact exporté.</numerusform><numerusform>%n contacts exportés.</numerusform></translation>
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
        <location filename="../../desktop/views/attributes/sessions.py" line="119" />
        <source>Options belong to attributes of type Option.</source>
        <translation>Les options concernent les attributs de type Option.</translation>
    </message>
</context>
<context>
    <name>_UsersOverview</name>
    <message>
        <location filename="declared_strings.py" line="41" />
        <source>Activate all</source>
        <translation>Tout activer</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="42" />
        <source>Deactivate all</source>
        <translation>Tout désactiver</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="43" />
        <source>Import all users</source>
        <translation>Importer tous les utilisateurs</translation>
    </message>
</context>
<context>
    <name>app</name>
    <message>
        <location filename="../../desktop/app.py" line="133" />
        <source>A demo database was created: %1</source>
        <extracomment>after the first reads, time for their lines to be painted before memory is settled</extracomment>
        <translation>Une base de démonstration a été créée : %1</translation>
    </message>
    <message>
        <location filename="../../desktop/app.py" line="136" />
        <source>The database was upgraded; backup: %1</source>
        <translation>La base a été mise à jour ; sauvegarde : %1</translation>
    </message>
    <message>
        <location filename="../../desktop/app.py" line="185" />
        <location filename="../../desktop/app.py" line="210" />
        <source>CRM desktop</source>
        <translation>CRM</translation>
    </message>
    <message>
        <location filename="../../desktop/app.py" line="185" />
        <source>CRM desktop is already running on this data folder but does not answer: close it (in the Task Manager if need be) and start it again.</source>
        <translation>CRM est déjà lancé sur ce dossier de données mais ne répond pas : fermez-le (au besoin dans le Gestionnaire des tâches) puis relancez-le.</translation>
    </message>
    <message>
        <location filename="../../desktop/app.py" line="301" />
        <source>Database location</source>
        <translation>Emplacement de la base de données</translation>
    </message>
</context>
<context>
    <name>conflicts</name>
    <message>
        <location filename="../../desktop/views/team/conflicts.py" line="24" />
        <source>Both changed it: the server's value kept</source>
        <translation>Modifié des deux côtés : valeur du serveur gardée</translation>
    </message>
    <message>
        <location filename="../../desktop/views/team/conflicts.py" line="25" />
        <source>Both changed it: the last write kept</source>
        <translation>Modifié des deux côtés : dernière écriture gardée</translation>
    </message>
    <message>
        <location filename="../../desktop/views/team/conflicts.py" line="26" />
        <source>Waits for the opportunity's owner</source>
        <translation>Attend le responsable de l'opportunité</translation>
    </message>
    <message>
        <location filename="../../desktop/views/team/conflicts.py" line="27" />
        <source>Completed: not reopened</source>
        <translation>Terminée : non rouverte</translation>
    </message>
    <message>
        <location filename="../../desktop/views/team/conflicts.py" line="28" />
        <source>Deleted here, changed on the server: kept</source>
        <translation>Supprimé ici, modifié sur le serveur : gardé</translation>
    </message>
    <message>
        <location filename="../../desktop/views/team/conflicts.py" line="30" />
        <source>Deleted on the server, changed here: restored</source>
        <translation>Supprimé sur le serveur, modifié ici : rétabli</translation>
    </message>
    <message>
        <location filename="../../desktop/views/team/conflicts.py" line="32" />
        <source>Quotation changed on both sides: your edit is a new revision</source>
        <translation>Devis modifié des deux côtés : votre modification est une nouvelle révision</translation>
    </message>
    <message>
        <location filename="../../desktop/views/team/conflicts.py" line="34" />
        <source>Refused by the server</source>
        <translation>Refusé par le serveur</translation>
    </message>
    <message>
        <location filename="../../desktop/views/team/conflicts.py" line="42" />
        <source>the server's</source>
        <translation>celle du serveur</translation>
    </message>
    <message>
        <location filename="../../desktop/views/team/conflicts.py" line="43" />
        <source>the laptop's</source>
        <translation>celle du portable</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="44" />
        <source>Keep as it is</source>
        <translation>Garder tel quel</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="45" />
        <source>Use the other value</source>
        <translation>Prendre l'autre valeur</translation>
    </message>
</context>
<context>
    <name>crm</name>
    <message>
        <location filename="declared_strings.py" line="46" />
        <source>(empty)</source>
        <translation>(vide)</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="47" />
        <source>({kind}, ...) stands only before IN "pattern".</source>
        <translation>({kind}, ...) ne s'emploie que devant IN "motif".</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="48" />
        <source>--listen takes HOST:PORT, for example 0.0.0.0:8443.</source>
        <translation>--listen attend HÔTE:PORT, par exemple 0.0.0.0:8443.</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="49" />
        <source>A business partner with status {status_label} needs an effective date.</source>
        <translation>Un tiers au statut {status_label} doit avoir une date d'effet.</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="50" />
        <source>A follow-up can be an appointment, a call, a task or an e-mail.</source>
        <translation>Une activité de suivi peut être un rendez-vous, un appel, une tâche ou un e-mail.</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="51" />
        <source>A header or footer may hold only {variables}: remove {fields}.</source>
        <translation>Un en-tête ou un pied de page ne peut contenir que {variables} : retirez {fields}.</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="52" />
        <source>A letter is written for a business partner, a contact, an opportunity or an activity.</source>
        <translation>Une lettre s'adresse à un tiers, un contact, une opportunité ou une activité.</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="53" />
        <source>A letter on {object_kind} cannot merge {fields}: remove these fields or choose them from the catalogue.</source>
        <translation>Une lettre sur l'objet « {object_kind} » ne peut pas fusionner {fields} : retirez ces champs ou choisissez-les dans le catalogue.</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="54" />
        <source>A letter on {object_label} cannot merge {fields}: replace them with fields of the catalogue before saving.</source>
        <translation>Une lettre sur {object_label} ne peut pas fusionner {fields} : remplacez-les par des champs du catalogue avant d'enregistrer.</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="55" />
        <source>A new opportunity can only be Preliminary, In Process or Dead.</source>
        <translation>Une nouvelle opportunité ne peut être que Préliminaire, En cours ou Abandonnée.</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="56" />
        <source>A new page starts when a sorted field changes: turn Sort on for {name}, or clear New page.</source>
        <translation>Une nouvelle page commence quand un champ trié change : cochez Tri pour {name}, ou décochez Nouvelle page.</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="57" />
        <source>A note needs a subject.</source>
        <translation>Une remarque doit avoir un objet.</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="58" />
        <source>A password has at least {count} characters.</source>
        <translation>Un mot de passe compte au moins {count} caractères.</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="59" />
        <source>A processed quotation can no longer be changed.</source>
        <translation>Un devis traité ne peut plus être modifié.</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="60" />
        <source>A pull interval is at least 1.</source>
        <translation>Un intervalle de lecture vaut au moins 1.</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="61" />
        <source>A pull interval under 15 minutes loads Exchange; 15 minutes or more is advised.</source>
        <translation>Un intervalle de lecture sous 15 minutes charge Exchange ; 15 minutes ou plus est conseillé.</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="62" />
        <source>A quotation cannot be generated for an opportunity with status {status_label}.</source>
        <translation>Impossible de générer un devis pour une opportunité au statut {status_label}.</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="63" />
        <source>A range has two bounds: (low, high).</source>
        <translation>Une plage a deux bornes : (min, max).</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="64" />
        <source>A record of the group was deleted meanwhile; search again.</source>
        <translation>Un enregistrement du groupe a été supprimé entre-temps ; relancez la recherche.</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="65" />
        <source>A record was changed by another user after you opened it. Your changes were not saved: reload and try again.</source>
        <translation>Un enregistrement a été modifié par un autre utilisateur après son ouverture. Vos modifications n'ont pas été enregistrées : rechargez puis recommencez.</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="66" />
        <source>A report lists business partners, contacts, opportunities or activities.</source>
        <translation>Un état liste des tiers, des contacts, des opportunités ou des activités.</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="67" />
        <source>A report on {object_label} cannot show {name}: choose a field or an attribute from the list.</source>
        <translation>Un état sur {object_label} ne peut pas afficher {name} : choisissez un champ ou un attribut dans la liste.</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="68" />
        <source>A {old_label} opportunity can only be reopened, to In Process.</source>
        <translation>Une opportunité {old_label} ne peut qu'être rouverte, au statut En cours.</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="69" />
        <source>Access</source>
        <translation>Accès</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="70" />
        <source>Active</source>
        <translation>Actif</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="71" />
        <source>Activity</source>
        <translation>Activité</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="72" />
        <source>Activity from template {template}</source>
        <translation>Activité du modèle {template}</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="73" />
        <source>Activity template</source>
        <translation>Modèle d'activité</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="74" />
        <source>Activity template {code} does not exist.</source>
        <translation>Le modèle d'activité {code} n'existe pas.</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="75" />
        <source>Activity template {code} is not active.</source>
        <translation>Le modèle d'activité {code} n'est pas actif.</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="76" />
        <source>Add a To recipient with an e-mail address before sending.</source>
        <translation>Ajoutez un destinataire « À » avec une adresse e-mail avant d'envoyer.</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="77" />
        <source>Add a note from the Notes tab of its record.</source>
        <translation>Ajoutez une note depuis l'onglet Notes de son enregistrement.</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="78" />
        <source>After ({kind}, give an attribute code.</source>
        <translation>Après ({kind}, indiquez un code d'attribut.</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="79" />
        <source>After IN, give ranges such as (10,100) (200,300), a list such as ("Lyon", "Paris"), or a pattern in double quotes.</source>
        <translation>Après IN, donnez des plages comme (10,100) (200,300), une liste comme ("Lyon", "Paris") ou un motif entre guillemets.</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="80" />
        <source>After text IN, list texts in double quotes, e.g. ("Lyon", "Paris").</source>
        <translation>Après un texte IN, listez des textes entre guillemets, p. ex. ("Lyon", "Paris").</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="81" />
        <source>Alignment</source>
        <translation>Alignement</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="82" />
        <source>All attributes of the set are present.</source>
        <translation>Tous les attributs de l'ensemble sont présents.</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="83" />
        <source>All day</source>
        <translation>Toute la journée</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="84" />
        <source>Already given an activity in this run.</source>
        <translation>A déjà reçu une activité dans ce traitement.</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="85" />
        <source>Amount</source>
        <translation>Montant</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="86" />
        <source>An activity lasts at least a quarter of an hour.</source>
        <translation>Une activité dure au moins un quart d'heure.</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="87" />
        <source>An inactive business partner has no validity dates; clear them.</source>
        <translation>Un tiers inactif n'a pas de dates de validité ; effacez-les.</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="88" />
        <source>Anonymised: no activity since {since}.</source>
        <oldsource>Anonymised: no activity for {years} years.</oldsource>
        <translation>Anonymisé : aucune activité depuis le {since}.</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="89" />
        <source>Applies to</source>
        <translation>S'applique à</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="90" />
        <source>Appointments</source>
        <translation>Rendez-vous</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="91" />
        <source>Appointments for project assignments</source>
        <translation>Rendez-vous pour les affectations de projet</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="92" />
        <source>Appointments for service assignments</source>
        <translation>Rendez-vous pour les affectations de service</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="93" />
        <source>Assigned to</source>
        <translation>Affecté à</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="94" />
        <source>Attachment</source>
        <translation>Pièce jointe</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="95" />
        <source>Attendance</source>
        <translation>Présence</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="96" />
        <source>Attendance status</source>
        <translation>Statut de présence</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="97" />
        <source>Attendee</source>
        <translation>Participant</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="98" />
        <source>Attribute</source>
        <translation>Attribut</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="99" />
        <source>Attribute by attribute set</source>
        <translation>Attribut par ensemble d'attributs</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="100" />
        <source>Attribute option</source>
        <translation>Option d'attribut</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="101" />
        <source>Attribute set</source>
        <translation>Ensemble d'attributs</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="102" />
        <source>Attribute set {code} does not exist.</source>
        <translation>L'ensemble d'attributs {code} n'existe pas.</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="103" />
        <source>Attribute set {code} has no attributes.</source>
        <translation>L'ensemble d'attributs {code} n'a aucun attribut.</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="104" />
        <source>Attribute value</source>
        <translation>Valeur d'attribut</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="105" />
        <source>Attribute {code} has {count} value(s); it cannot be deleted.</source>
        <translation>L'attribut {code} a {count} valeur(s) ; il ne peut pas être supprimé.</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="106" />
        <source>Attributes of the activity</source>
        <translation>Attributs de l'activité</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="107" />
        <source>Attributes of the business partner</source>
        <translation>Attributs du tiers</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="108" />
        <source>Attributes of the contact</source>
        <translation>Attributs du contact</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="109" />
        <source>Attributes of the opportunity</source>
        <translation>Attributs de l'opportunité</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="110" />
        <source>Audit entry</source>
        <translation>Entrée de la piste d'audit</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="111" />
        <source>Authentication</source>
        <translation>Authentification</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="112" />
        <source>Base price</source>
        <translation>Prix de base</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="113" />
        <source>Business object</source>
        <translation>Objet de gestion</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="114" />
        <source>Business partner</source>
        <translation>Tiers</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="115" />
        <source>Business partner {code} is not one person: it has {count} contacts. Export or erase the personal data of the person on their contact.</source>
        <translation>Le tiers {code} n'est pas une personne seule : il a {count} contacts. Exercez le droit d'accès ou l'effacement des données personnelles sur le contact de la personne.</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="116" />
        <source>Business partners</source>
        <translation>Tiers</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="117" />
        <source>Buyer role</source>
        <translation>Rôle d'acheteur</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="118" />
        <source>COM parameters</source>
        <translation>Paramètres COM</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="119" />
        <source>CRM parameters</source>
        <translation>Paramètres CRM</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="120" />
        <source>Calendar pull interval</source>
        <translation>Intervalle de lecture du calendrier</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="121" />
        <source>Calls</source>
        <translation>Appels</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="122" />
        <source>Cannot compare {left_label} with {right_label}.</source>
        <translation>Impossible de comparer {left_label} avec {right_label}.</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="123" />
        <source>Case conversion</source>
        <translation>Conversion de casse</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="124" />
        <source>Category</source>
        <translation>Catégorie</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="125" />
        <source>Channel</source>
        <translation>Canal</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="126" />
        <source>Choose a record to see the letter merged on it.</source>
        <translation>Choisissez un enregistrement pour voir la lettre fusionnée.</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="127" />
        <source>Choose an active employee as the representative of the imported partners.</source>
        <translation>Choisissez un employé actif comme représentant des tiers importés.</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="128" />
        <source>Choose an existing contact.</source>
        <translation>Choisissez un contact existant.</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="129" />
        <source>Choose an item.</source>
        <translation>Choisissez un article.</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="130" />
        <source>Choose at least two records that are not duplicates.</source>
        <translation>Choisissez au moins deux enregistrements qui ne sont pas des doublons.</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="131" />
        <source>Choose business partners, opportunities, contacts or activities.</source>
        <translation>Choisissez des tiers, des opportunités, des contacts ou des activités.</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="132" />
        <source>Choose the activity template.</source>
        <translation>Choisissez le modèle d'activité.</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="133" />
        <source>Choose the attribute set to add.</source>
        <translation>Choisissez l'ensemble d'attributs à ajouter.</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="134" />
        <source>Choose the certificate file (PEM, with its private key).</source>
        <translation>Choisissez le fichier du certificat (PEM, avec sa clé privée).</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="135" />
        <source>Choose the employee the activities are assigned to.</source>
        <translation>Choisissez l'employé à qui affecter les activités.</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="136" />
        <source>Choose the file or folder the letters are written to.</source>
        <translation>Choisissez le fichier ou le dossier où écrire les lettres.</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="137" />
        <source>Choose the file the report is written to.</source>
        <translation>Choisissez le fichier dans lequel l'état est écrit.</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="138" />
        <source>Choose the file the run writes to.</source>
        <translation>Choisissez le fichier où écrire.</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="139" />
        <source>Choose the folder the documents are written to.</source>
        <translation>Choisissez le dossier où écrire les documents.</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="140" />
        <source>Choose the letter to merge.</source>
        <translation>Choisissez la lettre à fusionner.</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="141" />
        <source>Choose the report to print.</source>
        <translation>Choisissez l'état à imprimer.</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="142" />
        <source>Choose the type of the reference.</source>
        <translation>Choisissez le type de la référence.</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="143" />
        <source>Choose the {type_label}.</source>
        <translation>Choisissez : {type_label}.</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="144" />
        <source>Choose two different records to merge.</source>
        <translation>Choisissez deux enregistrements différents à fusionner.</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="145" />
        <source>Choose what to add.</source>
        <translation>Choisissez ce qu'il faut ajouter.</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="146" />
        <source>Chosen from</source>
        <translation>Choisi dans</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="147" />
        <source>City</source>
        <translation>Ville</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="148" />
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="149" />
        <source>Code is required.</source>
        <translation>Le code est obligatoire.</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="150" />
        <source>Completed</source>
        <translation>Terminé</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="151" />
        <source>Consent</source>
        <translation>Consentement</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="152" />
        <source>Contact</source>
        <translation>Contact</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="153" />
        <source>Contact by opportunity</source>
        <translation>Contact par opportunité</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="154" />
        <source>Contact pull interval</source>
        <translation>Intervalle de lecture des contacts</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="155" />
        <source>Contact unit</source>
        <translation>Unité (contacts)</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="156" />
        <source>Contact's before-surname prefix, capitalised</source>
        <translation>Particule du nom du contact, avec une majuscule</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="157" />
        <source>Contact's salutation</source>
        <translation>Civilité du contact</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="158" />
        <source>Contacts</source>
        <translation>Contacts</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="159" />
        <source>Contacts to anonymise: {count}. Their name, e-mail and phones are replaced everywhere, and the notes about them deleted; this cannot be undone. Go on?</source>
        <translation>Contacts à anonymiser : {count}. Leur nom, leur e-mail et leurs téléphones sont remplacés partout et les notes les concernant supprimées ; c'est irréversible. Continuer ?</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="160" />
        <source>Control characters were removed from this cell.</source>
        <translation>Des caractères de contrôle ont été retirés de cette cellule.</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="161" />
        <source>Correspondence name (the contact's last name, else the partner's name)</source>
        <translation>Nom de correspondance (nom du contact, sinon nom du tiers)</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="162" />
        <source>Country</source>
        <translation>Pays</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="163" />
        <source>Credit limit</source>
        <translation>Limite de crédit</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="164" />
        <source>Currency</source>
        <translation>Devise</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="165" />
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="166" />
        <source>Default attribute set by role</source>
        <translation>Ensemble d'attributs par défaut par rôle</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="167" />
        <source>Default opportunity type</source>
        <translation>Type d'opportunité par défaut</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="168" />
        <source>Default order type</source>
        <translation>Type de commande par défaut</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="169" />
        <source>Default origin</source>
        <translation>Origine par défaut</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="170" />
        <source>Default sales office</source>
        <translation>Service des ventes par défaut</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="171" />
        <source>Default sales process</source>
        <translation>Processus de vente par défaut</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="172" />
        <source>Default tax rate %</source>
        <oldsource>Default tax rate pct</oldsource>
        <translation>Taux de taxe par défaut %</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="173" />
        <source>Defaults by user</source>
        <translation>Valeurs par défaut par utilisateur</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="174" />
        <source>Deleted {codes}</source>
        <translation>Supprimé : {codes}</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="175" />
        <source>Deleted {codes}; kept {kept} (done).</source>
        <translation>Supprimé {codes} ; conservé {kept} (fait).</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="176" />
        <source>Description</source>
        <translation>Description</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="177" />
        <source>Device</source>
        <translation>Appareil</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="178" />
        <source>Digits</source>
        <translation>Chiffres</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="179" />
        <source>Direction</source>
        <translation>Sens</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="180" />
        <source>Discount %</source>
        <translation>Remise %</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="181" />
        <source>Discount amount</source>
        <translation>Montant de remise</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="182" />
        <source>Division by zero.</source>
        <translation>Division par zéro.</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="183" />
        <source>Do not call</source>
        <translation>Ne pas appeler</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="184" />
        <source>Do not mail</source>
        <translation>Pas de courrier postal</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="185" />
        <source>Due</source>
        <translation>Échéance</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="186" />
        <source>Due date</source>
        <translation>Échéance</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="187" />
        <source>Duration (hours)</source>
        <translation>Durée (heures)</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="188" />
        <source>Duration (minutes)</source>
        <translation>Durée (minutes)</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="189" />
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="190" />
        <source>E-mail address</source>
        <translation>Adresse e-mail</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="191" />
        <source>E-mails</source>
        <translation>E-mails</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="192" />
        <source>Each field takes one column; mapped twice: {fields}.</source>
        <translation>Chaque champ prend une colonne ; associés deux fois : {fields}.</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="193" />
        <source>Effective date</source>
        <translation>Date d'effet</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="194" />
        <source>Element</source>
        <translation>Élément</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="195" />
        <source>Employee</source>
        <translation>Employé</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="196" />
        <source>Empty fields are left empty, as the letter will print.</source>
        <translation>Les champs vides restent vides, comme à l'impression.</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="197" />
        <source>End</source>
        <translation>Fin</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="198" />
        <source>End date</source>
        <translation>Date de fin</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="199" />
        <source>Enter a code, or set a number series in the COM parameters.</source>
        <translation>Saisissez un code ou définissez une série de numéros dans les paramètres COM.</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="200" />
        <source>Enter a duration of at least one minute.</source>
        <translation>Saisissez une durée d'au moins une minute.</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="201" />
        <source>Enter an opportunity number, or set the opportunity number series in the CRM parameters.</source>
        <translation>Saisissez un numéro d'opportunité ou définissez la série des opportunités dans les paramètres CRM.</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="202" />
        <source>Enter how long before the start the reminder comes.</source>
        <translation>Indiquez combien de temps avant le début le rappel doit venir.</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="203" />
        <source>Enter the account the synchronization signs in with.</source>
        <oldsource>Enter the account the synchronisation signs in with.</oldsource>
        <translation>Saisissez le compte avec lequel la synchronisation se connecte.</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="204" />
        <source>Enter the address of the Exchange service, e.g. https://mail.example.com/EWS/Exchange.asmx.</source>
        <translation>Saisissez l'adresse du service Exchange, p. ex. https://mail.example.com/EWS/Exchange.asmx.</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="205" />
        <source>Enter the application (client) id registered in Microsoft Entra.</source>
        <translation>Saisissez l'ID d'application (client) inscrite dans Microsoft Entra.</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="206" />
        <source>Enter the due date of the task.</source>
        <translation>Saisissez l'échéance de la tâche.</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="207" />
        <source>Enter the number of the referenced document.</source>
        <translation>Saisissez le numéro du document référencé.</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="208" />
        <source>Enter the start.</source>
        <translation>Saisissez le début.</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="209" />
        <source>Enter the tenant (directory) id the application is registered in.</source>
        <translation>Saisissez l'ID du locataire (annuaire) où l'application est inscrite.</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="210" />
        <source>Enter when the task should remind you.</source>
        <translation>Indiquez quand la tâche doit vous le rappeler.</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="211" />
        <source>Erasure</source>
        <translation>Effacement</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="212" />
        <source>Exchange Online refused EWS: Microsoft retires EWS in Exchange Online; choose Exchange Online (Microsoft Graph) in the synchronization settings.</source>
        <translation>Exchange Online a refusé EWS : Microsoft retire EWS d'Exchange Online ; choisissez Exchange Online (Microsoft Graph) dans les paramètres de synchronisation.</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="213" />
        <source>Exchange answered with an error; it will be retried.</source>
        <translation>Exchange a répondu par une erreur ; un nouvel essai aura lieu.</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="214" />
        <source>Exchange cannot be reached (connection refused or no network).</source>
        <translation>Exchange est injoignable (connexion refusée ou pas de réseau).</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="215" />
        <source>Exchange did not answer in time.</source>
        <translation>Exchange n'a pas répondu à temps.</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="216" />
        <source>Exchange is busy and asked to wait {seconds} s.</source>
        <translation>Exchange est occupé et demande d'attendre {seconds} s.</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="217" />
        <source>Exchange refused the account: check the user name and password.</source>
        <translation>Exchange a refusé le compte : vérifiez l'utilisateur et le mot de passe.</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="218" />
        <source>Exchange refused the service account EWS access: allow it EWS and impersonation of the sync users.</source>
        <translation>Exchange a refusé l'accès EWS au compte de service : autorisez-lui EWS et l'emprunt d'identité des utilisateurs synchronisés.</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="219" />
        <source>Exchange refused the service account the mailbox {mailbox}: give it impersonation rights (ApplicationImpersonation) on this mailbox.</source>
        <translation>Exchange a refusé au compte de service la boîte aux lettres {mailbox} : donnez-lui le droit d'emprunt d'identité (ApplicationImpersonation) sur cette boîte.</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="220" />
        <source>Exchange synchronization settings</source>
        <translation>Paramètres de synchronisation Exchange</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="221" />
        <source>Exchange synchronization user</source>
        <translation>Utilisateur de synchronisation Exchange</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="222" />
        <source>Expected close date</source>
        <translation>Date de clôture prévue</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="223" />
        <source>Expected revenue</source>
        <translation>CA prévu</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="224" />
        <source>Expected {expected} but found {found}.</source>
        <translation>{expected} attendu, {found} trouvé.</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="225" />
        <source>Expiry date</source>
        <translation>Date d'expiration</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="226" />
        <source>External sales rep</source>
        <translation>Représentant externe</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="227" />
        <source>Field</source>
        <translation>Champ</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="228" />
        <source>Fields the editor cannot hold were kept as the text they showed: {fields}.</source>
        <translation>Les champs que l'éditeur ne peut pas contenir ont été gardés comme le texte qu'ils affichaient : {fields}.</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="229" />
        <source>File name</source>
        <translation>Nom du fichier</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="230" />
        <source>First contact</source>
        <translation>Premier contact</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="231" />
        <source>First name</source>
        <translation>Prénom</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="232" />
        <source>First number</source>
        <translation>Premier numéro</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="233" />
        <source>Full name (other)</source>
        <translation>Nom complet (autre)</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="234" />
        <source>Give both --entra-tenant and --entra-audience.</source>
        <translation>Indiquez à la fois --entra-tenant et --entra-audience.</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="235" />
        <source>Home currency</source>
        <translation>Devise de la société</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="236" />
        <source>IN "pattern" needs text.</source>
        <translation>IN "motif" s\'applique à du texte.</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="237" />
        <source>IN (low,high) needs a number or a date.</source>
        <translation>IN (bas,haut) s'applique à un nombre ou une date.</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="238" />
        <source>Inactive contact or closed activity.</source>
        <translation>Contact inactif ou activité clôturée.</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="239" />
        <source>Include in forecast</source>
        <translation>Inclure dans la prévision</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="240" />
        <source>Included by your choice: contact {contact} does not want phone calls.</source>
        <translation>Inclus par votre choix : le contact {contact} refuse les appels téléphoniques.</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="241" />
        <source>Included by your choice: contact {contact} does not want postal mail.</source>
        <translation>Inclus par votre choix : le contact {contact} refuse le courrier postal.</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="242" />
        <source>Included by your choice: contact {contact} objects to direct marketing (opted out).</source>
        <translation>Inclus par votre choix : le contact {contact} s'oppose à la prospection (désinscrit).</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="243" />
        <source>Initials</source>
        <translation>Initiales</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="244" />
        <source>Initials based on</source>
        <translation>Initiales basées sur</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="245" />
        <source>Internal sales rep</source>
        <translation>Représentant interne</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="246" />
        <source>Invite</source>
        <translation>Inviter</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="247" />
        <source>Item</source>
        <translation>Article</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="248" />
        <source>Items cannot be added or changed for status {status_label}.</source>
        <translation>Impossible d'ajouter ou de modifier des articles au statut {status_label}.</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="249" />
        <source>Job title</source>
        <translation>Fonction</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="250" />
        <source>Kept {kept}: done activities stay (Open activities only).</source>
        <translation>Conservé {kept} : les activités faites restent (Activités ouvertes uniquement).</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="251" />
        <source>Kept: quotation {quotations} is open (legal hold).</source>
        <translation>Conservé : le devis {quotations} est ouvert (conservation légale).</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="252" />
        <source>Kept: the contact is under a legal hold.</source>
        <translation>Conservé : le contact fait l'objet d'une conservation légale.</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="253" />
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="254" />
        <source>Label</source>
        <translation>Libellé</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="255" />
        <source>Language</source>
        <translation>Langue</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="256" />
        <source>Laptop transaction</source>
        <translation>Transaction du portable</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="257" />
        <source>Last name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="258" />
        <source>Last number</source>
        <translation>Dernier numéro</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="259" />
        <source>Left out: contact {contact} does not want phone calls.</source>
        <translation>Écarté : le contact {contact} s'oppose aux appels téléphoniques.</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="260" />
        <source>Left out: contact {contact} does not want postal mail.</source>
        <translation>Écarté : le contact {contact} s'oppose au courrier postal.</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="261" />
        <source>Left out: contact {contact} objects to direct marketing (opted out).</source>
        <translation>Écarté : le contact {contact} s'oppose à la prospection commerciale (opposition enregistrée).</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="262" />
        <source>Legal hold</source>
        <translation>Conservation légale</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="263" />
        <source>Length</source>
        <translation>Longueur</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="264" />
        <source>Letter</source>
        <translation>Lettre</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="265" />
        <source>Letter {code} does not exist.</source>
        <translation>La lettre {code} n'existe pas.</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="266" />
        <source>Letter {code} is exported (BR-LET-05): mail merge writes its data file, not letters.</source>
        <translation>La lettre {code} est exportée (BR-LET-05) : le publipostage écrit son fichier de données, pas des lettres.</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="267" />
        <source>Letter {code} is written for {letter_object}: merge it on those, or choose a letter written for {object}.</source>
        <translation>La lettre {code} est écrite pour l'objet « {letter_object} » : fusionnez-la sur cet objet, ou choisissez une lettre écrite pour « {object} ».</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="268" />
        <source>Letter {letter} to {addressee}</source>
        <translation>Lettre {letter} à {addressee}</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="269" />
        <source>Letter {letter} to {addressee}: planned mailing {mailing} completed</source>
        <translation>Lettre {letter} à {addressee} : publipostage prévu {mailing} terminé</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="270" />
        <source>Line</source>
        <translation>Ligne</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="271" />
        <source>Line {line} is not a vCard line: “{text}”.</source>
        <translation>La ligne {line} n'est pas une ligne vCard : « {text} ».</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="272" />
        <source>Lines {first} to {last} are read as one row of {count} cells where the header has {expected}: a quote (") is probably not closed.</source>
        <translation>Les lignes {first} à {last} sont lues comme une seule ligne de {count} cellules alors que l'en-tête en a {expected} : un guillemet (") n'est sans doute pas fermé.</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="273" />
        <source>Link the activity to a business partner, a contact, an opportunity or another activity.</source>
        <translation>Liez l'activité à un tiers, un contact, une opportunité ou une autre activité.</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="274" />
        <source>Location</source>
        <translation>Lieu</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="275" />
        <source>Mailbox</source>
        <translation>Boîte aux lettres</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="276" />
        <source>Mailings</source>
        <translation>Publipostages</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="277" />
        <source>Mailings are logged with a Mailing template: {code} is a {type_label} template.</source>
        <translation>Les publipostages sont enregistrés avec un modèle de type Publipostage : {code} est un modèle de type {type_label}.</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="278" />
        <source>Mandatory project peg</source>
        <translation>Rattachement projet obligatoire</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="280" />
        <source>Maximum e-mail size (bytes)</source>
        <translation>Taille maximale d'un e-mail (octets)</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="281" />
        <source>Merge fields used inside another field (an IF's condition) were left out: {fields}.</source>
        <translation>Les champs de fusion utilisés dans un autre champ (la condition d'un SI) ont été écartés : {fields}.</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="282" />
        <source>Microsoft 365 answered with an error; it will be retried.</source>
        <translation>Microsoft 365 a répondu par une erreur ; nouvel essai plus tard.</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="283" />
        <source>Microsoft 365 cannot be reached (connection refused or no network).</source>
        <translation>Microsoft 365 est injoignable (connexion refusée ou pas de réseau).</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="284" />
        <source>Microsoft 365 did not answer in time.</source>
        <translation>Microsoft 365 n'a pas répondu à temps.</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="285" />
        <source>Microsoft 365 is busy and asked to wait {seconds} s.</source>
        <translation>Microsoft 365 est occupé et demande d'attendre {seconds} s.</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="291" />
        <source>Microsoft 365 refused the application to send mail as {mailbox}: grant it the application permission {permission} with admin consent.</source>
        <translation>Microsoft 365 a refusé à l'application d'envoyer du courrier au nom de {mailbox} : accordez-lui l'autorisation d'application {permission} avec le consentement de l'administrateur.</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="292" />
        <source>Microsoft 365 refused the sign-in: check the application id, its secret or certificate, and the tenant.</source>
        <translation>Microsoft 365 a refusé la connexion : vérifiez l'ID d'application, son secret ou son certificat, et le locataire.</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="293" />
        <source>Microsoft 365 refused to send mail as {mailbox}: the sign-in needs the delegated permission {permission}, with consent.</source>
        <translation>Microsoft 365 a refusé d'envoyer du courrier au nom de {mailbox} : la connexion a besoin de l'autorisation déléguée {permission}, avec consentement.</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="294" />
        <source>Microsoft 365 refused to start the sign-in: check the application id and that it allows public clients.</source>
        <translation>Microsoft 365 a refusé de commencer la connexion : vérifiez l'ID d'application et qu'elle autorise les clients publics.</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="295" />
        <source>Mobile phone</source>
        <translation>Téléphone mobile</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="296" />
        <source>Mobile phone is primary</source>
        <translation>Mobile principal</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="297" />
        <source>Mode</source>
        <translation>Mode</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="298" />
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="299" />
        <source>Next number</source>
        <translation>Numéro suivant</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="300" />
        <source>No activity from template {template}.</source>
        <translation>Aucune activité du modèle {template}.</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="301" />
        <source>No contact has the address {address}; create the contact, then drop the e-mail again.</source>
        <translation>Aucun contact n'a l'adresse {address} ; créez le contact, puis déposez de nouveau l'e-mail.</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="302" />
        <source>No employee is linked to your user; choose one in Settings.</source>
        <translation>Aucun employé n'est lié à votre utilisateur ; choisissez-en un dans les paramètres.</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="303" />
        <source>No number series for quotations: set one on the sales office, the sales user profile, the default sales order type or the quotation parameters.</source>
        <translation>Aucune série de numéros pour les devis : définissez-en une sur le service des ventes, le profil utilisateur de vente, le type de commande client par défaut ou les paramètres de devis.</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="304" />
        <source>No number series is set for these records in the parameters.</source>
        <translation>Aucune série de numéros n'est définie pour ces enregistrements dans les paramètres.</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="305" />
        <source>No preview: the expression does not compile.</source>
        <translation>Pas d'aperçu : l'expression ne se compile pas.</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="306" />
        <source>Nobody is signed in to Microsoft 365: open the synchronization settings and sign in.</source>
        <translation>Personne n'est connecté à Microsoft 365 : ouvrez les paramètres de synchronisation et connectez-vous.</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="307" />
        <source>Not sent: the server failed earlier in the same call.</source>
        <translation>Non envoyé : le serveur a échoué plus tôt dans le même appel.</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="308" />
        <source>Note</source>
        <translation>Remarque</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="309" />
        <source>Nothing was changed.</source>
        <translation>Rien n'a été modifié.</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="310" />
        <source>Number of pages</source>
        <translation>Nombre de pages</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="311" />
        <source>Number series</source>
        <translation>Séries de numéros</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="312" />
        <source>OAuth 2 needs the tenant (directory) id the application is registered in.</source>
        <translation>OAuth 2 demande l'identifiant du locataire (annuaire) où l'application est inscrite.</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="313" />
        <source>Objects</source>
        <translation>S'oppose</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="314" />
        <source>Office phone</source>
        <translation>Téléphone du bureau</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="315" />
        <source>Office phone is primary</source>
        <translation>Téléphone du bureau principal</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="316" />
        <source>Only Alphanumeric attributes take their value from a list.</source>
        <translation>Seuls les attributs alphanumériques prennent leur valeur dans une liste.</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="317" />
        <source>Only a CRM manager may read the audit trail.</source>
        <translation>Seul un responsable CRM peut consulter la piste d'audit.</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="318" />
        <source>Only a CRM manager may see or revoke the team's laptops.</source>
        <translation>Seul un responsable CRM peut voir ou révoquer les portables de l'équipe.</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="319" />
        <source>Only a Preliminary opportunity without quotations can be deleted; set {code} to Canceled instead.</source>
        <translation>Seule une opportunité préliminaire sans devis peut être supprimée ; passez {code} au statut Annulée.</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="320" />
        <source>Only a letter with Export on writes a data file.</source>
        <translation>Seule une lettre avec Export écrit un fichier de données.</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="321" />
        <source>Only a mailing template names a letter: choose the Mailing type or clear the letter.</source>
        <translation>Seul un modèle de publipostage désigne une lettre : choisissez le type Publipostage ou effacez la lettre.</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="322" />
        <source>Only an appointment or a call that is not all day has a length to change.</source>
        <translation>Seuls un rendez-vous ou un appel qui ne dure pas toute la journée ont une durée à modifier.</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="323" />
        <source>Only appointments and calls have attendees.</source>
        <translation>Seuls les rendez-vous et les appels ont des participants.</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="324" />
        <source>Only appointments, calls and tasks are synchronized.</source>
        <oldsource>Only appointments, calls and tasks are synchronised.</oldsource>
        <translation>Seuls les rendez-vous, les appels et les tâches sont synchronisés.</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="325" />
        <source>Only business partners and contacts can be merged.</source>
        <translation>Seuls les tiers et les contacts peuvent être fusionnés.</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="326" />
        <source>Only business partners and contacts have duplicates.</source>
        <translation>Seuls les tiers et les contacts ont des doublons.</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="327" />
        <source>Only contacts of the same business partner are merged: merge the partners first.</source>
        <translation>Seuls les contacts d'un même tiers sont fusionnés : fusionnez d'abord les tiers.</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="328" />
        <source>Only e-mails have recipients and attachments.</source>
        <translation>Seuls les e-mails ont des destinataires et des pièces jointes.</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="329" />
        <source>Only one phone number can be the primary one.</source>
        <translation>Un seul numéro de téléphone peut être le numéro principal.</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="330" />
        <source>Only outbound e-mails are sent.</source>
        <translation>Seuls les e-mails sortants sont envoyés.</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="331" />
        <source>Only {author} can change this private note.</source>
        <translation>Seul {author} peut modifier cette remarque privée.</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="332" />
        <source>Open balance</source>
        <translation>Solde ouvert</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="333" />
        <source>Operation</source>
        <translation>Opération</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="334" />
        <source>Opportunities</source>
        <translation>Opportunités</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="335" />
        <source>Opportunity</source>
        <translation>Opportunité</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="336" />
        <source>Opportunity item</source>
        <translation>Article d'opportunité</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="337" />
        <source>Opportunity number series</source>
        <translation>Série de numéros des opportunités</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="338" />
        <source>Opportunity source</source>
        <translation>Origine d'opportunité</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="339" />
        <source>Opportunity type</source>
        <translation>Type d'opportunité</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="340" />
        <source>Opportunity {code} is {old_label}. Reopen it?</source>
        <translation>L'opportunité {code} est {old_label}. La rouvrir ?</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="341" />
        <source>Opted out</source>
        <translation>Désinscrit</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="342" />
        <source>Option</source>
        <translation>Option</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="343" />
        <source>Ordered qty</source>
        <translation>Qté commandée</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="344" />
        <source>Organizer</source>
        <translation>Organisateur</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="345" />
        <source>Origin</source>
        <translation>Origine</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="346" />
        <source>Outlook category imported</source>
        <translation>Catégorie Outlook importée</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="347" />
        <source>Overdue amount</source>
        <translation>Montant échu</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="348" />
        <source>Page number</source>
        <translation>Numéro de page</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="349" />
        <source>Password</source>
        <translation>Mot de passe</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="350" />
        <source>Path for attachments</source>
        <translation>Chemin des pièces jointes</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="351" />
        <source>Phase</source>
        <translation>Phase</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="352" />
        <source>Phase by sales process</source>
        <translation>Phase par processus de vente</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="353" />
        <source>Phone</source>
        <translation>Téléphone</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="354" />
        <source>Pinned partner</source>
        <translation>Tiers épinglé</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="355" />
        <source>Position</source>
        <translation>Position</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="356" />
        <source>Postal code</source>
        <translation>Code postal</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="357" />
        <source>Postcode {value} is not written as postcodes of {country} are; check it.</source>
        <translation>Le code postal {value} n'est pas écrit comme les codes postaux de {country} ; vérifiez-le.</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="358" />
        <source>Postcode {value} read as {restored}: a spreadsheet had dropped its leading zeros.</source>
        <translation>Code postal {value} lu comme {restored} : un tableur avait supprimé ses zéros de tête.</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="359" />
        <source>Prefix</source>
        <translation>Préfixe</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="360" />
        <source>Prefix (van, de)</source>
        <translation>Particule (van, de)</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="361" />
        <source>Price</source>
        <translation>Prix</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="362" />
        <source>Price origin</source>
        <translation>Origine du prix</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="363" />
        <source>Primary contact</source>
        <translation>Contact principal</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="364" />
        <source>Primary contact of the partner</source>
        <translation>Contact principal du tiers</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="365" />
        <source>Priority</source>
        <translation>Priorité</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="366" />
        <source>Private (visible to me only)</source>
        <translation>Privée (visible par moi seul)</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="367" />
        <source>Probability</source>
        <translation>Probabilité</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="368" />
        <source>Probability %</source>
        <translation>Probabilité %</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="369" />
        <source>Project peg</source>
        <translation>Rattachement projet</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="370" />
        <source>Protocol</source>
        <translation>Protocole</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="371" />
        <source>Push notifications</source>
        <translation>Notifications push</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="372" />
        <source>Quotation</source>
        <translation>Devis</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="373" />
        <source>Quotation line</source>
        <translation>Ligne de devis</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="374" />
        <source>Quotation parameters</source>
        <translation>Paramètres de devis</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="375" />
        <source>Quotation series</source>
        <translation>Série des devis</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="376" />
        <source>Reason</source>
        <translation>Motif</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="377" />
        <source>Recipient</source>
        <translation>Destinataire</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="378" />
        <source>Record</source>
        <translation>Enregistrement</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="379" />
        <source>Records that are not duplicates</source>
        <translation>Enregistrements qui ne sont pas des doublons</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="380" />
        <source>Reference</source>
        <translation>Référence</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="381" />
        <source>Reference by activity</source>
        <translation>Référence par activité</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="382" />
        <source>Reference by opportunity</source>
        <translation>Référence par opportunité</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="383" />
        <source>Registration number</source>
        <translation>N° d'immatriculation (SIRET)</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="384" />
        <source>Remark</source>
        <translation>Remarque</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="385" />
        <source>Remind at</source>
        <translation>Rappel le</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="386" />
        <source>Reminder</source>
        <translation>Rappel</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="387" />
        <source>Reminder before</source>
        <translation>Rappel avant</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="388" />
        <source>Report</source>
        <translation>État</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="389" />
        <source>Report description</source>
        <translation>Description de l'état</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="390" />
        <source>Report layout line</source>
        <translation>Ligne de présentation d'état</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="391" />
        <source>Report {code} does not exist.</source>
        <translation>L'état {code} n'existe pas.</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="392" />
        <source>Report {code} has no layout lines: add the fields it prints on its Layout tab.</source>
        <translation>L'état {code} n'a aucune ligne de mise en page : ajoutez les champs à imprimer dans son onglet Mise en page.</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="393" />
        <source>Report {code} lists {report_object_label}: print it on those, or choose a report on {object_label}.</source>
        <oldsource>Report {code} lists {report_object}: print it on those, or choose a report on {object}.</oldsource>
        <translation>L'état {code} liste des enregistrements « {report_object_label} » : imprimez-le sur ceux-ci, ou choisissez un état sur « {object_label} ».</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="394" />
        <source>Result</source>
        <translation>Résultat</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="395" />
        <source>Revoke laptop {device} of {user} and wipe it? At its next sync it will delete every record of the team it holds, changes not yet sent included.</source>
        <translation>Révoquer le portable {device} de {user} et l'effacer ? À sa prochaine synchronisation, il supprimera tous les enregistrements de l'équipe qu'il détient, y compris les modifications pas encore envoyées.</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="396" />
        <source>Revoke laptop {device} of {user}? The team server will refuse it from its next sync.</source>
        <translation>Révoquer le portable {device} de {user} ? Le serveur d'équipe le refusera dès sa prochaine synchronisation.</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="397" />
        <source>Role</source>
        <translation>Rôle</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="398" />
        <source>Roles</source>
        <translation>Rôles</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="399" />
        <source>Rule</source>
        <translation>Règle</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="400" />
        <source>Run</source>
        <translation>Exécuter</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="401" />
        <source>Sales office</source>
        <translation>Service des ventes</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="402" />
        <source>Sales order type</source>
        <translation>Type de commande client</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="403" />
        <source>Sales process</source>
        <translation>Processus de vente</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="404" />
        <source>Sales process is required.</source>
        <translation>Le processus de vente est obligatoire.</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="405" />
        <source>Sales quotation</source>
        <translation>Devis</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="406" />
        <source>Sales unit</source>
        <translation>Unité de vente</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="407" />
        <source>Sales user profile</source>
        <translation>Profil utilisateur de vente</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="408" />
        <source>Salutation</source>
        <translation>Civilité</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="409" />
        <source>Say which user the laptop works for.</source>
        <translation>Indiquez pour quel utilisateur travaille le portable.</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="410" />
        <source>Say why the data is erased (whose request, when).</source>
        <translation>Indiquez pourquoi les données sont effacées (demande de qui, à quelle date).</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="411" />
        <source>Search key</source>
        <translation>Clé de recherche</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="412" />
        <source>Select</source>
        <translation>Sélectionner</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="413" />
        <source>Selection</source>
        <translation>Sélection</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="414" />
        <source>Selection {code} does not exist.</source>
        <translation>La sélection {code} n'existe pas.</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="415" />
        <source>Sent / received</source>
        <translation>Envoyé / reçu</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="416" />
        <source>Sequence</source>
        <translation>Séquence</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="417" />
        <source>Sequence {sequence} is already used in this report: choose another.</source>
        <translation>La séquence {sequence} est déjà utilisée dans cet état : choisissez-en une autre.</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="418" />
        <source>Sequence {sequence} is already used in this sales process.</source>
        <translation>La séquence {sequence} est déjà utilisée dans ce processus de vente.</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="419" />
        <source>Server transaction</source>
        <translation>Transaction du serveur</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="420" />
        <source>Server version</source>
        <translation>Version du serveur</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="421" />
        <source>Service account</source>
        <translation>Compte de service</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="422" />
        <source>Service address</source>
        <translation>Adresse du service</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="423" />
        <source>Set how many years contacts without activity are kept in the CRM parameters first.</source>
        <translation>Indiquez d'abord dans les paramètres CRM combien d'années les contacts sans activité sont conservés.</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="424" />
        <source>Set the number series for {type_label} in the COM parameters.</source>
        <translation>Définissez la série de numéros pour {type_label} dans les paramètres COM.</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="425" />
        <source>Show time as</source>
        <translation>Afficher la disponibilité</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="426" />
        <source>Size</source>
        <translation>Taille</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="427" />
        <source>Sold-to business partner</source>
        <translation>Tiers acheteur</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="428" />
        <source>Start</source>
        <translation>Début</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="429" />
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="430" />
        <source>Stored file</source>
        <translation>Fichier enregistré</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="431" />
        <source>Street</source>
        <translation>Rue</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="432" />
        <source>Subject</source>
        <translation>Objet</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="433" />
        <source>Subtotal {heading}: {value}</source>
        <translation>Sous-total {heading} : {value}</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="434" />
        <source>Subtotals and totals add numbers up: {name} is not a number. Clear Subtotal and Total on this line.</source>
        <translation>Les sous-totaux et totaux additionnent des nombres : {name} n'est pas un nombre. Décochez Sous-totaux et Totaliser sur cette ligne.</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="435" />
        <source>Synchronization conflict</source>
        <translation>Conflit de synchronisation</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="436" />
        <source>Synchronization of activities is off in the COM parameters.</source>
        <oldsource>Synchronisation of activities is off in the COM parameters.</oldsource>
        <translation>La synchronisation des activités est désactivée dans les paramètres COM.</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="437" />
        <source>Synchronization on</source>
        <oldsource>Synchronisation on</oldsource>
        <translation>Synchronisation active</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="438" />
        <source>Synchronize</source>
        <translation>Synchroniser</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="439" />
        <source>Synchronize activities</source>
        <translation>Synchroniser les activités</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="440" />
        <source>Synchronize contacts</source>
        <translation>Synchroniser les contacts</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="441" />
        <source>Synchronize tasks</source>
        <translation>Synchroniser les tâches</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="442" />
        <source>Table</source>
        <translation>Table</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="443" />
        <source>Tasks</source>
        <translation>Tâches</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="444" />
        <source>Tax rate %</source>
        <oldsource>Tax rate pct</oldsource>
        <translation>Taux de taxe %</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="445" />
        <source>Tenant (OAuth 2)</source>
        <translation>Locataire (OAuth 2)</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="446" />
        <source>Text</source>
        <translation>Texte</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="447" />
        <source>That date does not exist.</source>
        <translation>Cette date n'existe pas.</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="448" />
        <source>The Microsoft 365 sign-in has expired: open the synchronization settings and sign in again.</source>
        <translation>La connexion à Microsoft 365 a expiré : ouvrez les paramètres de synchronisation et reconnectez-vous.</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="449" />
        <source>The Microsoft sign-in service cannot be reached.</source>
        <translation>Le service de connexion Microsoft est injoignable.</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="450" />
        <source>The activity already has a meeting organizer.</source>
        <translation>L'activité a déjà un organisateur de réunion.</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="451" />
        <source>The address must start with https://.</source>
        <translation>L'adresse doit commencer par https://.</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="452" />
        <source>The application was refused its token: check the client id, its secret and the tenant.</source>
        <translation>Le jeton a été refusé à l'application : vérifiez l'identifiant client, son secret et le locataire.</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="453" />
        <source>The application was refused its token: check the client id, its secret or certificate, and the tenant.</source>
        <translation>Le jeton a été refusé à l'application : vérifiez l'ID client, son secret ou son certificat, et le locataire.</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="454" />
        <source>The bounds of a range must be of the same type as the value.</source>
        <translation>Les bornes d'une plage doivent être du même type que la valeur.</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="455" />
        <source>The card has no name.</source>
        <translation>La carte n'a pas de nom.</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="456" />
        <source>The card that starts on line {line} has no END:VCARD.</source>
        <translation>La fiche qui commence à la ligne {line} n'a pas de END:VCARD.</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="457" />
        <source>The certificate file cannot be read: it must be a PEM file with the certificate and its private key.</source>
        <translation>Le fichier du certificat est illisible : ce doit être un fichier PEM avec le certificat et sa clé privée.</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="458" />
        <source>The contact {id} does not exist.</source>
        <translation>Le contact {id} n'existe pas.</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="459" />
        <source>The data of {code} cannot be erased while quotation {quotations} is open (legal hold): process or close it first.</source>
        <translation>Les données de {code} ne peuvent pas être effacées tant que le devis {quotations} est ouvert (conservation légale) : traitez-le ou clôturez-le d'abord.</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="460" />
        <source>The data of {code} cannot be erased: the contact is under a legal hold. Clear Legal hold on the contact when it ends.</source>
        <translation>Les données de {code} ne peuvent pas être effacées : le contact fait l'objet d'une conservation légale. Décochez Conservation légale sur le contact quand elle prend fin.</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="461" />
        <source>The database already holds business partners; the demo data is only loaded into an empty database.</source>
        <translation>La base contient déjà des tiers ; les données de démonstration ne se chargent que dans une base vide.</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="462" />
        <source>The database server {where} cannot be reached. Check the address, the user and password, and that the server is running.</source>
        <translation>Le serveur de base de données {where} est injoignable. Vérifiez l'adresse, l'utilisateur et le mot de passe, et que le serveur fonctionne.</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="463" />
        <source>The database {file} is in a folder that a cloud service synchronises (OneDrive, Dropbox, Google Drive): it is opened without write-ahead logging, and the service may still damage it; keep it in a folder that is not synchronised.</source>
        <translation>La base de données {file} est dans un dossier synchronisé par un service en ligne (OneDrive, Dropbox, Google Drive) : elle est ouverte sans journal d'écriture anticipée, et le service peut encore l'endommager ; placez-la dans un dossier non synchronisé.</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="464" />
        <source>The database {file} is on a network drive: it is opened without write-ahead logging, which network drives do not support; keep it on this computer's disk for speed and safety.</source>
        <translation>La base de données {file} est sur un lecteur réseau : elle est ouverte sans journal d'écriture anticipée, que les lecteurs réseau ne permettent pas ; placez-la sur le disque de cet ordinateur, plus rapide et plus sûr.</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="465" />
        <source>The discount must be between 0 and 100 %.</source>
        <translation>La remise doit être comprise entre 0 et 100 %.</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="466" />
        <source>The disk holding {path} is full: free some space or choose another place.</source>
        <translation>Le disque de {path} est plein : libérez de la place ou choisissez un autre emplacement.</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="467" />
        <source>The driver {driver} of {address} is not installed. Use postgresql:// (the driver that comes with the application) or a SQLite file.</source>
        <translation>Le pilote {driver} de {address} n'est pas installé. Utilisez postgresql:// (le pilote fourni avec l'application) ou un fichier SQLite.</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="468" />
        <source>The due offset counts days from the run: enter 0 or more.</source>
        <translation>Le délai compte les jours depuis le traitement : saisissez 0 ou plus.</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="469" />
        <source>The editor cannot show some parts of this document, so their text was kept as plain paragraphs: {parts}.</source>
        <translation>L'éditeur ne peut pas afficher certaines parties de ce document ; leur texte a été gardé en paragraphes simples : {parts}.</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="470" />
        <source>The end must not be before the start.</source>
        <translation>La fin ne peut pas précéder le début.</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="471" />
        <source>The expected close date is before the first contact date.</source>
        <translation>La date de clôture prévue précède la date du premier contact.</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="472" />
        <source>The expiry date must not be before the effective date.</source>
        <translation>La date d'expiration ne peut pas précéder la date d'effet.</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="473" />
        <source>The expression compiles.</source>
        <translation>L'expression est correcte.</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="474" />
        <source>The expression contains a NUL character; remove it.</source>
        <translation>L'expression contient un caractère NUL ; supprimez-le.</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="475" />
        <source>The expression ends too early.</source>
        <translation>L'expression se termine trop tôt.</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="476" />
        <source>The expression is empty.</source>
        <translation>L'expression est vide.</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="477" />
        <source>The expression is nested too deeply.</source>
        <translation>L'expression est trop imbriquée.</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="478" />
        <source>The expression is too long ({length} characters; at most {limit}).</source>
        <translation>L'expression est trop longue ({length} caractères ; au plus {limit}).</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="479" />
        <source>The expression is too long to run: more than {limit} operations in a row. Split it into shorter conditions.</source>
        <translation>L'expression est trop longue pour être exécutée : plus de {limit} opérations à la suite. Découpez-la en conditions plus courtes.</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="480" />
        <source>The expression is too long to run: split it into shorter conditions.</source>
        <translation>L'expression est trop longue pour être exécutée : découpez-la en conditions plus courtes.</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="481" />
        <source>The expression must be a condition (true or false), e.g. bp.city = "Lyon".</source>
        <translation>L'expression doit être une condition (vraie ou fausse), p. ex. bp.city = "Lyon".</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="482" />
        <source>The file could not be written: %1</source>
        <translation>Le fichier n'a pas pu être écrit : %1</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="483" />
        <source>The file holds no vCard: choose a .vcf file.</source>
        <translation>Le fichier ne contient aucune vCard : choisissez un fichier .vcf.</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="484" />
        <source>The file is empty.</source>
        <translation>Le fichier est vide.</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="486" />
        <source>The file {path} could not be read: check that it exists and that you may open it.</source>
        <translation>Le fichier {path} n'a pas pu être lu : vérifiez qu'il existe et que vous pouvez l'ouvrir.</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="487" />
        <source>The folder of {path} does not exist any more: choose another place.</source>
        <translation>Le dossier de {path} n'existe plus : choisissez un autre emplacement.</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="488" />
        <source>The folder of {where} does not exist.</source>
        <translation>Le dossier de {where} n'existe pas.</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="489" />
        <source>The folder {folder} does not exist: choose another place.</source>
        <translation>Le dossier {folder} n'existe pas : choisissez un autre emplacement.</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="490" />
        <source>The item is no longer in the mailbox.</source>
        <translation>L'élément n'est plus dans la boîte aux lettres.</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="491" />
        <source>The length of a {type_label} attribute is {low} to {high}.</source>
        <translation>La longueur d'un attribut {type_label} va de {low} à {high}.</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="492" />
        <source>The letter could not be written ({reason}): it was left out.</source>
        <translation>La lettre n'a pas pu être écrite ({reason}) : elle a été écartée.</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="493" />
        <source>The letter's language must be French (fr) or English (en).</source>
        <translation>La langue de la lettre doit être le français (fr) ou l'anglais (en).</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="494" />
        <source>The mailbox {mailbox} has no default task list.</source>
        <translation>La boîte aux lettres {mailbox} n'a pas de liste de tâches par défaut.</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="495" />
        <source>The mapping names a column the file does not have.</source>
        <translation>L'association nomme une colonne absente du fichier.</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="496" />
        <source>The meeting organizer must be an employee.</source>
        <translation>L'organisateur de la réunion doit être un employé.</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="497" />
        <source>The number series of business partners gives {code}, which is already taken; move the series on in Number Series.</source>
        <translation>La série de numéros des tiers donne {code}, qui est déjà pris ; avancez la série dans Séries de numéros.</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="498" />
        <source>The number series {series} does not exist.</source>
        <translation>La série de numéros {series} n'existe pas.</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="499" />
        <source>The number series {series} is exhausted (last number {last}). Extend it in Number Series.</source>
        <translation>La série de numéros {series} est épuisée (dernier numéro {last}). Étendez-la dans Séries de numéros.</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="500" />
        <source>The opportunity no longer exists.</source>
        <translation>L'opportunité n'existe plus.</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="501" />
        <source>The pattern {pattern} is not valid: check its sets and ranges, e.g. (a-z).</source>
        <translation>Le motif {pattern} n'est pas valide : vérifiez ses ensembles et ses plages, p. ex. (a-z).</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="502" />
        <source>The printer did not take the letters: check it and run again.</source>
        <translation>L'imprimante n'a pas pris les lettres : vérifiez-la et relancez.</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="503" />
        <source>The probability may not decrease along the phases: sequence {sequence} has {other} %.</source>
        <translation>La probabilité ne peut pas diminuer d'une phase à l'autre : la séquence {sequence} a {other} %.</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="504" />
        <source>The probability must be between 0 and 100 %.</source>
        <translation>La probabilité doit être comprise entre 0 et 100 %.</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="505" />
        <source>The quantity must be greater than zero.</source>
        <translation>La quantité doit être supérieure à zéro.</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="506" />
        <source>The sales process {code} is not active; choose an active one.</source>
        <translation>Le processus de vente {code} n'est pas actif ; choisissez-en un actif.</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="507" />
        <source>The selection is false for this record.</source>
        <translation>La sélection est fausse pour cet enregistrement.</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="508" />
        <source>The sequence must be a number greater than zero.</source>
        <translation>La séquence doit être un nombre supérieur à zéro.</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="509" />
        <source>The sign-in authority or the tenant is not valid.</source>
        <translation>L'autorité de connexion ou le locataire n'est pas valide.</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="510" />
        <source>The sign-in did not complete: {reason}</source>
        <translation>La connexion n'a pas abouti : {reason}</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="511" />
        <source>The system keyring cannot be used, so the Microsoft 365 sign-in cannot be kept.</source>
        <translation>Le trousseau du système est inutilisable : la connexion à Microsoft 365 ne peut pas être conservée.</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="512" />
        <source>The system keyring cannot be used, so the password of the service account cannot be read or saved.</source>
        <translation>Le trousseau du système est inutilisable : le mot de passe du compte de service ne peut être ni lu ni enregistré.</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="513" />
        <source>The task starts after its due date.</source>
        <translation>La tâche commence après sa date d'échéance.</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="514" />
        <source>The team server could not verify your sign-in: sign in again.</source>
        <translation>Le serveur d'équipe n'a pas pu vérifier votre connexion : connectez-vous de nouveau.</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="515" />
        <source>The team server works on the team's PostgreSQL database: give --database postgresql://user@host/crm.</source>
        <translation>Le serveur d'équipe travaille sur la base PostgreSQL de l'équipe : indiquez --database postgresql://utilisateur@hôte/crm.</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="516" />
        <source>The team server {url} cannot be reached ({reason}). Check the address and the network, then try again.</source>
        <translation>Le serveur d'équipe {url} est injoignable ({reason}). Vérifiez l'adresse et le réseau, puis réessayez.</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="517" />
        <source>The team server's certificate is not the one this laptop was set up with. Ask the administrator.</source>
        <translation>Le certificat du serveur d'équipe n'est pas celui avec lequel ce portable a été configuré. Adressez-vous à l'administrateur.</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="518" />
        <source>The token address must start with https://.</source>
        <translation>L'adresse des jetons doit commencer par https://.</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="519" />
        <source>The width is a number of characters from 1 to {most}.</source>
        <translation>La largeur est un nombre de caractères de 1 à {most}.</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="520" />
        <source>The workbook cannot be read: {error}</source>
        <translation>Le classeur est illisible : {error}</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="521" />
        <source>There is no business partner “{value}”; import the partners first, or correct the name.</source>
        <translation>Il n'y a pas de tiers « {value} » ; importez d'abord les tiers, ou corrigez le nom.</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="522" />
        <source>There is no record type {name}.</source>
        <translation>Le type d'enregistrement {name} n'existe pas.</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="523" />
        <source>These fields cannot be imported: {fields}.</source>
        <translation>Ces champs ne peuvent pas être importés : {fields}.</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="524" />
        <source>These fields cannot be taken in a merge: {fields}.</source>
        <translation>Ces champs ne peuvent pas être repris dans une fusion : {fields}.</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="525" />
        <source>This Outlook message is damaged and cannot be read: save it again from Outlook.</source>
        <translation>Ce message Outlook est endommagé et ne peut pas être lu : enregistrez-le de nouveau depuis Outlook.</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="526" />
        <source>This account is locked after repeated failed sign-ins: try again in a quarter of an hour, or ask a CRM manager.</source>
        <translation>Ce compte est verrouillé après plusieurs échecs de connexion : réessayez dans un quart d'heure, ou adressez-vous à un responsable CRM.</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="527" />
        <source>This address is Exchange Online, where Microsoft blocks EWS since 1 October 2026 and switches it off on 1 April 2027: choose Exchange Online (Microsoft Graph).</source>
        <translation>Cette adresse est Exchange Online, où Microsoft bloque EWS depuis le 1er octobre 2026 et l'arrête le 1er avril 2027 : choisissez Exchange Online (Microsoft Graph).</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="528" />
        <source>This closing parenthesis has no opening one.</source>
        <translation>Cette parenthèse fermante n'a pas de parenthèse ouvrante.</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="529" />
        <source>This conflict has no value to write back: keep the server's version (it is the record as it stands).</source>
        <translation>Ce conflit n'a pas de valeur à réécrire : gardez la version du serveur (c'est l'enregistrement tel qu'il est).</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="530" />
        <source>This document is far larger once opened than a letter can be (it may be built to exhaust the computer): it was not opened.</source>
        <translation>Ce document est bien plus gros une fois ouvert qu'une lettre ne peut l'être (il est peut-être fait pour épuiser l'ordinateur) : il n'a pas été ouvert.</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="531" />
        <source>This document nests its parts deeper than any word processor writes (it may be built to exhaust the computer): it was not opened.</source>
        <translation>Ce document imbrique ses parties plus profondément qu'aucun traitement de texte ne l'écrit (il est peut-être fait pour épuiser l'ordinateur) : il n'a pas été ouvert.</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="532" />
        <source>This e-mail is {status_label}: it can no longer be changed.</source>
        <translation>Cet e-mail est {status_label} : il ne peut plus être modifié.</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="533" />
        <source>This file is a ZIP archive, not a workbook: choose a CSV, text or XLSX file.</source>
        <translation>Ce fichier est une archive ZIP, pas un classeur : choisissez un fichier CSV, texte ou XLSX.</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="534" />
        <source>This file is not a Word document (.docx) the letter can read. Save it as .docx in Word and try again.</source>
        <translation>Ce fichier n'est pas un document Word (.docx) lisible par la lettre. Enregistrez-le au format .docx dans Word et réessayez.</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="535" />
        <source>This file is not a spreadsheet or a text file: choose a CSV, text or XLSX file.</source>
        <translation>Ce fichier n'est ni un tableur ni un fichier texte : choisissez un fichier CSV, texte ou XLSX.</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="536" />
        <source>This file is not an Outlook message (.msg).</source>
        <translation>Ce fichier n'est pas un message Outlook (.msg).</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="537" />
        <source>This file is not an e-mail message: save the message from your mail program as .eml or .msg.</source>
        <translation>Ce fichier n'est pas un e-mail : enregistrez le message depuis votre messagerie en .eml ou .msg.</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="538" />
        <source>This file is not an e-mail with a sender.</source>
        <translation>Ce fichier n'est pas un e-mail avec un expéditeur.</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="539" />
        <source>This file is {kind_label}, not a spreadsheet: choose a CSV, text or XLSX file.</source>
        <translation>Ce fichier est {kind_label}, pas un tableur : choisissez un fichier CSV, texte ou XLSX.</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="540" />
        <source>This is an Excel 97-2003 workbook (.xls) or another old Office file: save it in Excel as .xlsx or CSV, then import that file.</source>
        <translation>C'est un classeur Excel 97-2003 (.xls) ou un autre ancien fichier Office : enregistrez-le dans Excel en .xlsx ou CSV, puis importez ce fichier.</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="541" />
        <source>This laptop has used every id of its range. Set it up again with the team server.</source>
        <translation>Ce portable a utilisé tous les identifiants de sa plage. Configurez-le de nouveau avec le serveur d'équipe.</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="542" />
        <source>This laptop is not registered with the team server (or was revoked). Set it up again in Settings.</source>
        <translation>Ce portable n'est pas enregistré auprès du serveur d'équipe (ou a été révoqué). Configurez-le de nouveau.</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="543" />
        <source>This laptop sends too many requests to the team server: it will try again in a moment.</source>
        <translation>Ce portable envoie trop de requêtes au serveur d'équipe : il réessaiera dans un instant.</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="544" />
        <source>This laptop was set up for {owner}, not for you: sign in as {owner}, or set it up again.</source>
        <translation>Ce portable a été configuré pour {owner}, pas pour vous : connectez-vous en tant que {owner}, ou configurez-le de nouveau.</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="545" />
        <source>This laptop's version of the CRM (schema {revision}) is too old for the team server (schema {server}). Install the current version; your changes were kept.</source>
        <translation>La version du CRM de ce portable (schéma {revision}) est trop ancienne pour le serveur d'équipe (schéma {server}). Installez la version actuelle ; vos modifications sont conservées.</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="546" />
        <source>This line has {count} cells where the header has {expected}: check its delimiters and quotes.</source>
        <translation>Cette ligne a {count} cellules alors que l'en-tête en a {expected} : vérifiez ses séparateurs et ses guillemets.</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="547" />
        <source>This line has {count} cells where the header has {expected}; the missing ones are taken as empty.</source>
        <translation>Cette ligne a {count} cellules alors que l'en-tête en a {expected} ; celles qui manquent sont prises comme vides.</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="548" />
        <source>This note is private to {author}.</source>
        <translation>Cette note est privée à {author}.</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="549" />
        <source>This parenthesis is not closed.</source>
        <translation>Cette parenthèse n'est pas fermée.</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="550" />
        <source>This phase is already part of the sales process.</source>
        <translation>Cette phase fait déjà partie du processus de vente.</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="551" />
        <source>This phase is not a phase of the sales process {code}.</source>
        <translation>Cette phase n'appartient pas au processus de vente {code}.</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="552" />
        <source>This reference was created by the system and cannot be deleted.</source>
        <translation>Cette référence a été créée par le système et ne peut pas être supprimée.</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="553" />
        <source>This reference was created by the system: only its remark can be changed.</source>
        <translation>Cette référence a été créée par le système : seule sa remarque peut être modifiée.</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="554" />
        <source>This text has no closing double quote.</source>
        <translation>Ce texte n'a pas de guillemet fermant.</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="555" />
        <source>Time-out (seconds)</source>
        <translation>Délai d'attente (secondes)</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="556" />
        <source>To synchronize, every attendee needs an e-mail address.</source>
        <oldsource>To synchronise, every attendee needs an e-mail address.</oldsource>
        <translation>Pour synchroniser, chaque participant doit avoir une adresse e-mail.</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="557" />
        <source>To synchronize, invite at least one attendee besides the organizer.</source>
        <oldsource>To synchronise, invite at least one attendee besides the organizer.</oldsource>
        <translation>Pour synchroniser, invitez au moins un participant en plus de l'organisateur.</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="558" />
        <source>To synchronize, the activity needs a meeting organizer.</source>
        <oldsource>To synchronise, the activity needs a meeting organizer.</oldsource>
        <translation>Pour synchroniser, l'activité doit avoir un organisateur de réunion.</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="559" />
        <source>Today's date</source>
        <translation>Date du jour</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="560" />
        <source>Token address (OAuth 2)</source>
        <translation>Adresse des jetons (OAuth 2)</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="561" />
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="562" />
        <source>Turnover last year</source>
        <translation>CA de l'année précédente</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="563" />
        <source>Turnover of the current year</source>
        <translation>Chiffre d'affaires de l'année en cours</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="564" />
        <source>Turnover of the previous year</source>
        <translation>Chiffre d'affaires de l'année précédente</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="565" />
        <source>Turnover this year</source>
        <translation>CA de l'année en cours</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="566" />
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="567" />
        <source>Type the name and e-mail of the other attendee.</source>
        <translation>Saisissez le nom et l'e-mail de l'autre participant.</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="568" />
        <source>Unassigned: the partner has no external sales representative.</source>
        <translation>Non affectée : le tiers n'a pas de commercial externe.</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="569" />
        <source>Unassigned: the partner has no internal sales representative.</source>
        <translation>Non affectée : le tiers n'a pas de commercial interne.</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="570" />
        <source>Unexpected character {char}.</source>
        <translation>Caractère inattendu {char}.</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="571" />
        <source>Unexpected {found}.</source>
        <translation>{found} inattendu.</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="572" />
        <source>Unexpected {found}: an operator such as and, or, = is missing.</source>
        <translation>{found} inattendu : il manque un opérateur comme and, or, =.</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="573" />
        <source>Unit</source>
        <translation>Unité</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="574" />
        <source>Unit description</source>
        <translation>Désignation de l'unité</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="575" />
        <source>Unknown attribute {code}.</source>
        <oldsource>Unknown attribute {code}.{hint}</oldsource>
        <translation>Attribut inconnu {code}.</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="576" />
        <source>Unknown attribute {code}. Did you mean {suggestion}?</source>
        <translation>Attribut inconnu {code}. Vouliez-vous dire {suggestion} ?</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="577" />
        <source>Unknown field {name}.</source>
        <translation>Champ inconnu {name}.</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="578" />
        <source>Unknown field {name}. Did you mean {suggestion}?</source>
        <translation>Champ inconnu {name}. Vouliez-vous dire {suggestion} ?</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="579" />
        <source>Unknown function {name}(); use today, date, days, upper, lower or len.</source>
        <translation>Fonction inconnue {name}() ; utilisez today, date, days, upper, lower ou len.</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="580" />
        <source>User</source>
        <translation>Utilisateur</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="581" />
        <source>VAT number</source>
        <translation>N° de TVA</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="582" />
        <source>Valid until</source>
        <translation>Valable jusqu'au</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="583" />
        <source>Validation</source>
        <translation>Validation</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="584" />
        <source>Validity (days)</source>
        <translation>Validité (jours)</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="585" />
        <source>Variables</source>
        <translation>Variables</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="586" />
        <source>Website</source>
        <translation>Site web</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="588" />
        <source>Would delete {codes}</source>
        <translation>Supprimerait : {codes}</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="589" />
        <source>Would delete {codes}; kept {kept} (done).</source>
        <translation>Supprimerait {codes} ; conserve {kept} (fait).</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="590" />
        <source>Write each value as FIELD=VALUE: {text}</source>
        <translation>Écrivez chaque valeur sous la forme CHAMP=VALEUR : {text}</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="591" />
        <source>You are not linked to an employee: choose the representative, or leave the partners unassigned.</source>
        <translation>Vous n'êtes lié à aucun employé : choisissez le représentant, ou laissez les tiers sans attribution.</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="592" />
        <source>You may not write to {path}: choose another place.</source>
        <translation>Vous ne pouvez pas écrire dans {path} : choisissez un autre emplacement.</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="593" />
        <source>You signed in as {who}, whom no employee of the CRM is linked to: ask a CRM manager to enter that address on your employee record.</source>
        <translation>Vous vous êtes connecté en tant que {who}, à qui aucun employé du CRM n'est lié : demandez à un responsable CRM de saisir cette adresse sur votre fiche d'employé.</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="594" />
        <source>Your company's name</source>
        <translation>Nom de votre société</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="595" />
        <source>Your name</source>
        <translation>Votre nom</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="596" />
        <source>Your sign-in has expired: sign in again.</source>
        <translation>Votre connexion a expiré : connectez-vous de nouveau.</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="597" />
        <source>[ opens an attribute: [R, code].</source>
        <translation>[ ouvre un attribut : [R, code].</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="598" />
        <source>a 7-Zip archive</source>
        <translation>une archive 7-Zip</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="599" />
        <source>a GIF image</source>
        <translation>une image GIF</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="600" />
        <source>a JPEG image</source>
        <translation>une image JPEG</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="601" />
        <source>a PDF document</source>
        <translation>un document PDF</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="602" />
        <source>a PNG image</source>
        <translation>une image PNG</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="603" />
        <source>a RAR archive</source>
        <translation>une archive RAR</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="604" />
        <source>a TIFF image</source>
        <translation>une image TIFF</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="605" />
        <source>a Windows program</source>
        <translation>un programme Windows</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="606" />
        <source>a bitmap image</source>
        <translation>une image bitmap</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="607" />
        <source>a condition</source>
        <translation>une condition</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="608" />
        <source>a date</source>
        <translation>une date</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="609" />
        <source>a gzip archive</source>
        <translation>une archive gzip</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="610" />
        <source>a media file</source>
        <translation>un fichier multimédia</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="611" />
        <source>a number</source>
        <translation>un nombre</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="612" />
        <source>a program</source>
        <translation>un programme</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="613" />
        <source>an icon</source>
        <translation>une icône</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="614" />
        <source>attribute() takes an attribute code in double quotes.</source>
        <translation>attribute() prend un code d'attribut entre guillemets.</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="615" />
        <source>date() takes numbers written in the expression.</source>
        <translation>date() prend des nombres écrits dans l'expression.</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="616" />
        <source>embedded object</source>
        <translation>objet incorporé</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="617" />
        <source>endnote</source>
        <translation>note de fin</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="618" />
        <source>equation</source>
        <translation>équation</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="619" />
        <source>footnote</source>
        <translation>note de bas de page</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="620" />
        <source>link to a place in the document</source>
        <translation>lien vers un endroit du document</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="621" />
        <source>merged cells</source>
        <translation>cellules fusionnées</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="622" />
        <source>page footer</source>
        <translation>pied de page</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="623" />
        <source>page header</source>
        <translation>en-tête de page</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="624" />
        <source>section break (the letter has one page layout)</source>
        <translation>saut de section (la lettre a une seule mise en page)</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="625" />
        <source>shape</source>
        <translation>forme</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="626" />
        <source>table inside a table</source>
        <translation>tableau dans un tableau</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="627" />
        <source>text</source>
        <translation>du texte</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="628" />
        <source>text box</source>
        <translation>zone de texte</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="629" />
        <source>vCard UID</source>
        <translation>UID vCard</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="630" />
        <source>{address} is not a database address. Give a PostgreSQL address (postgresql://user@server/crm) or the path of a SQLite file.</source>
        <translation>{address} n'est pas une adresse de base de données. Indiquez une adresse PostgreSQL (postgresql://utilisateur@serveur/crm) ou le chemin d'un fichier SQLite.</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="631" />
        <source>{code} is already attached.</source>
        <translation>{code} est déjà rattaché.</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="632" />
        <source>{code} is not a list values can be chosen from; use one of {codes}.</source>
        <translation>{code} n'est pas une liste de valeurs ; utilisez l'une de {codes}.</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="633" />
        <source>{count} attribute(s) added</source>
        <translation>{count} attribut(s) ajouté(s)</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="634" />
        <source>{count} attribute(s) would be added</source>
        <translation>{count} attribut(s) seraient ajouté(s)</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="635" />
        <source>{count} completed activities were kept: Open activities only leaves what was done as history. Untick it to delete them too.</source>
        <translation>{count} activités terminées ont été conservées : Activités ouvertes uniquement laisse ce qui a été fait comme historique. Décochez-le pour les supprimer aussi.</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="636" />
        <source>{count} documents in {folder} would be replaced ({names}). Replace them?</source>
        <translation>{count} documents de {folder} seraient remplacés ({names}). Les remplacer ?</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="637" />
        <source>{count} of these records already have an activity from template {template_code} ({records}). Create another one for each of them?</source>
        <oldsource>{count} of these records already have an activity from template {template_code}. Create another one for each of them?</oldsource>
        <translation>{count} de ces enregistrements ont déjà une activité du modèle {template_code} ({records}). En créer une autre pour chacun ?</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="638" />
        <source>{count} price(s)</source>
        <translation>{count} prix</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="639" />
        <source>{entity_label} is reference data: it is changed on the team server, and read-only on laptops.</source>
        <translation>{entity_label} est une donnée de référence : elle se modifie sur le serveur d'équipe et est en lecture seule sur les portables.</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="640" />
        <source>{entity_label} is reference data: it is changed on the team server, and read-only on this laptop.</source>
        <translation>{entity_label} est une donnée de référence : elle se modifie sur le serveur d'équipe et est en lecture seule sur ce portable.</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="641" />
        <source>{entity_label} is reference data: only a CRM manager may change it.</source>
        <translation>{entity_label} est une donnée de référence : seul un responsable CRM peut la modifier.</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="642" />
        <source>{entity_label} points at a record this laptop does not hold ({record}): the change is refused.</source>
        <translation>{entity_label} désigne un enregistrement absent de ce portable ({record}) : la modification est refusée.</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="643" />
        <source>{entity_label} {code} already exists; choose another code.</source>
        <translation>{entity_label} {code} existe déjà ; choisissez un autre code.</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="644" />
        <source>{entity_label} {code} cannot be deleted: other records use it ({uses}).</source>
        <oldsource>{entity_label} {code} cannot be deleted: it still has {uses}.</oldsource>
        <translation>{entity_label} {code} ne peut pas être supprimé : d'autres enregistrements l'utilisent ({uses}).</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="645" />
        <source>{entity_label} {code} does not exist.</source>
        <translation>{entity_label} {code} n'existe pas.</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="646" />
        <source>{entity_label} {code} is still used by other records and cannot be deleted.</source>
        <translation>{entity_label} {code} est encore utilisé par d'autres enregistrements et ne peut pas être supprimé.</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="647" />
        <source>{entity_label} {record} does not exist any more.</source>
        <translation>{entity_label} {record} n'existe plus.</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="648" />
        <source>{entity_label} {record} is closed: only its assignee or organizer, or a CRM manager, may change it.</source>
        <translation>{entity_label} {record} est close : seuls la personne assignée ou l'organisateur, ou un responsable CRM, peuvent la modifier.</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="649" />
        <source>{entity_label} {record} is not in the records this laptop holds: the change is refused.</source>
        <translation>{entity_label} {record} ne fait pas partie des enregistrements de ce portable : la modification est refusée.</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="650" />
        <source>{entity_label} {record} was changed by {changed_by} after you opened it. Your changes were not saved: reload the record to see theirs.</source>
        <translation>{entity_label} {record} a été modifié par {changed_by} après son ouverture. Vos modifications n'ont pas été enregistrées : rechargez l'enregistrement pour voir les siennes.</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="651" />
        <source>{entity_label} {record} was deleted by another user. Your changes were not saved.</source>
        <translation>{entity_label} {record} a été supprimé par un autre utilisateur. Vos modifications n'ont pas été enregistrées.</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="652" />
        <source>{entity} has no field {field}.</source>
        <translation>{entity} n'a pas de champ {field}.</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="653" />
        <source>{field_label} is required.</source>
        <translation>Le champ « {field_label} » est obligatoire.</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="654" />
        <source>{field_label} is too large: at most {digits} digits before the decimal point.</source>
        <translation>{field_label} est trop grand : au plus {digits} chiffres avant la virgule.</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="655" />
        <source>{field_label} may hold at most {length} characters; shorten it.</source>
        <translation>{field_label} contient au plus {length} caractères ; raccourcissez-le.</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="656" />
        <source>{field_label} must be a number.</source>
        <translation>{field_label} doit être un nombre.</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="657" />
        <source>{file} is open in another program (Excel or Word?) or read-only: close it there and try again.</source>
        <translation>{file} est ouvert dans un autre programme (Excel ou Word ?) ou en lecture seule : fermez-le puis réessayez.</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="658" />
        <source>{file} would make the e-mail {total} bytes, over the limit of {limit} bytes.</source>
        <translation>{file} porterait l'e-mail à {total} octets, au-delà de la limite de {limit} octets.</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="659" />
        <source>{kind} databases are not supported. Use PostgreSQL (postgresql://user@server/crm) or a SQLite file.</source>
        <translation>Les bases {kind} ne sont pas prises en charge. Utilisez PostgreSQL (postgresql://utilisateur@serveur/crm) ou un fichier SQLite.</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="660" />
        <source>{label} needs a code from {list_label}.</source>
        <translation>{label} doit recevoir un code de : {list_label}.</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="661" />
        <source>{label} takes at most {length} characters.</source>
        <translation>{label} prend au plus {length} caractères.</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="662" />
        <source>{label} takes at most {length} digits.</source>
        <translation>{label} prend au plus {length} chiffres.</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="663" />
        <source>{label} takes whole numbers.</source>
        <translation>{label} prend des nombres entiers.</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="664" />
        <source>{name} already exists in {folder}. Replace it?</source>
        <translation>{name} existe déjà dans {folder}. Le remplacer ?</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="665" />
        <source>{name} has opted out and cannot be invited.</source>
        <translation>{name} s'est désinscrit(e) et ne peut pas être invité(e).</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="666" />
        <source>{name} is not a field: put text in double quotes, "{name}".</source>
        <translation>{name} n'est pas un champ : mettez le texte entre guillemets, "{name}".</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="667" />
        <source>{name}() takes ({types}).</source>
        <translation>{name}() prend ({types}).</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="668" />
        <source>{op} needs {wanted_label}, not {found_label}.</source>
        <translation>{op} demande {wanted_label}, pas {found_label}.</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="669" />
        <source>{path} could not be written: check the disk and the place, then run again.</source>
        <translation>{path} n'a pas pu être écrit : vérifiez le disque et l'emplacement, puis relancez.</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="670" />
        <source>{path} is a file where a folder is needed: choose another place.</source>
        <translation>{path} est un fichier là où il faut un dossier : choisissez un autre emplacement.</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="671" />
        <source>{path} is a file: a document per recipient needs a folder.</source>
        <translation>{path} est un fichier : un document par destinataire demande un dossier.</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="672" />
        <source>{path} is a folder: choose a file name in it.</source>
        <translation>{path} est un dossier : choisissez un nom de fichier dedans.</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="673" />
        <source>{path} is on a read-only disk: choose another place.</source>
        <translation>{path} est sur un disque en lecture seule : choisissez un autre emplacement.</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="674" />
        <source>{path} is open in another program: close it and run again.</source>
        <translation>{path} est ouvert dans un autre programme : fermez-le et relancez.</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="675" />
        <source>{path} is read-only: choose another name.</source>
        <translation>{path} est en lecture seule : choisissez un autre nom.</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="676" />
        <source>{record} is the team's last CRM manager: name another one first.</source>
        <translation>{record} est le dernier responsable CRM de l'équipe : nommez-en d'abord un autre.</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="677" />
        <source>{sender} is not an active Exchange synchronization user: e-mails leave from the mailboxes of those users.</source>
        <oldsource>{sender} is not an active Exchange synchronisation user: e-mails leave from the mailboxes of those users.</oldsource>
        <translation>{sender} n'est pas un utilisateur actif de la synchronisation Exchange : les e-mails partent des boîtes aux lettres de ces utilisateurs.</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="678" />
        <source>{status_label} is not a status of a {type_label}.</source>
        <translation>{status_label} n'est pas un statut de : {type_label}.</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="679" />
        <source>{value} is not a number.</source>
        <translation>{value} n'est pas un nombre.</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="680" />
        <source>{value} is not a valid date.</source>
        <translation>{value} n'est pas une date valide.</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="681" />
        <source>{value} is not a valid time (HHMM).</source>
        <translation>{value} n'est pas une heure valide (HHMM).</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="682" />
        <source>{value} is not a value of {field}.</source>
        <translation>{value} n'est pas une valeur de {field}.</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="683" />
        <source>{value} is not an e-mail address.</source>
        <translation>{value} n'est pas une adresse e-mail.</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="684" />
        <source>{value} is not an option of {label}: choose one of {options}.</source>
        <translation>{value} n'est pas une option de {label} : choisissez parmi {options}.</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="685" />
        <source>{value} is not in {list_label}; press F2 to choose.</source>
        <translation>{value} n'existe pas dans : {list_label} ; appuyez sur F2 pour choisir.</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="686" />
        <source>{value} is not one of: {choices}.</source>
        <translation>{value} ne fait pas partie de : {choices}.</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="687" />
        <source>{what_label} is done online only: on an office computer connected to the team's database.</source>
        <translation>{what_label} se fait en ligne uniquement : sur un poste du bureau connecté à la base de l'équipe.</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="688" />
        <source>{where} cannot be opened. Check that the file is readable and not locked.</source>
        <translation>{where} ne peut pas être ouvert. Vérifiez que le fichier est lisible et non verrouillé.</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="689" />
        <source>{where} holds tables that are not a CRM database. Choose an empty database or a CRM one.</source>
        <translation>{where} contient des tables qui ne forment pas une base CRM. Choisissez une base vide ou une base CRM.</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="690" />
        <source>{where} is not a CRM database (it may be damaged). Choose another database file or restore a backup.</source>
        <translation>{where} n'est pas une base CRM (elle est peut-être endommagée). Choisissez un autre fichier ou restaurez une sauvegarde.</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="691" />
        <source>{where} was written by a newer version of the CRM (schema {revision}). Install the newer application to open it.</source>
        <translation>{where} a été écrite par une version plus récente du CRM (schéma {revision}). Installez la nouvelle version pour l'ouvrir.</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="692" />
        <source>«{name}» (closest: {closest})</source>
        <translation>«{name}» (le plus proche : {closest})</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="693" />
        <source>“{value}” is a number that lost digits in the spreadsheet; format the column as Text and type the identifiers again.</source>
        <translation>« {value} » est un nombre qui a perdu des chiffres dans le tableur ; mettez la colonne au format Texte et saisissez de nouveau les identifiants.</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="694" />
        <source>“{value}” is an identifier that Excel wrote in scientific notation, its last digits lost; format the column as Text in Excel, type the identifiers again and save the file once more.</source>
        <translation>« {value} » est un identifiant qu'Excel a écrit en notation scientifique, ses derniers chiffres perdus ; mettez la colonne au format Texte dans Excel, saisissez de nouveau les identifiants et enregistrez de nouveau le fichier.</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="696" />
        <source>“{value}” is not a country this import knows: use its two-letter code (FR, BE, DE...).</source>
        <translation>« {value} » n'est pas un pays connu de cet import : utilisez son code à deux lettres (FR, BE, DE...).</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="697" />
        <source>“{value}” is not a date.</source>
        <translation>« {value} » n'est pas une date.</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="698" />
        <source>“{value}” is not a number.</source>
        <translation>« {value} » n'est pas un nombre.</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="700" />
        <source>“{value}” is not one of: {choices}.</source>
        <translation>« {value} » n'est pas l'une des valeurs : {choices}.</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="695" />
        <source>“{value}” is neither yes nor no.</source>
        <oldsource>“{value}” is not a partner status.</oldsource>
        <translation>« {value} » n'est ni oui ni non.</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="279" />
        <source>Map a column to {fields}.</source>
        <translation>Associez une colonne à {fields}.</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="286" />
        <source>Microsoft 365 refused access to the calendar of {mailbox}: the sign-in needs the delegated permission {permission}, with consent.</source>
        <translation>Microsoft 365 a refusé l'accès au calendrier de {mailbox} : la connexion a besoin de l'autorisation déléguée {permission}, avec consentement.</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="287" />
        <source>Microsoft 365 refused access to the tasks of {mailbox}: the sign-in needs the delegated permission {permission}, with consent.</source>
        <translation>Microsoft 365 a refusé l'accès aux tâches de {mailbox} : la connexion a besoin de l'autorisation déléguée {permission}, avec consentement.</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="288" />
        <source>Microsoft 365 refused access.</source>
        <translation>Microsoft 365 a refusé l'accès.</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="289" />
        <source>Microsoft 365 refused the application the calendar of {mailbox}: grant it the application permission {permission} with admin consent, and let it reach this mailbox (application access policy or RBAC for Applications).</source>
        <translation>Microsoft 365 a refusé à l'application le calendrier de {mailbox} : accordez-lui l'autorisation d'application {permission} avec le consentement de l'administrateur, et laissez-la atteindre cette boîte (stratégie d'accès des applications ou RBAC pour les applications).</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="290" />
        <source>Microsoft 365 refused the application the tasks of {mailbox}: grant it the application permission {permission} with admin consent, or synchronize calendars only.</source>
        <translation>Microsoft 365 a refusé à l'application les tâches de {mailbox} : accordez-lui l'autorisation d'application {permission} avec le consentement de l'administrateur, ou ne synchronisez que les calendriers.</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="485" />
        <source>The file starts as UTF-16 text but is damaged further on; save it again from its program.</source>
        <translation>Le fichier commence en texte UTF-16 mais est endommagé plus loin ; enregistrez-le de nouveau depuis son programme.</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="587" />
        <source>Would be anonymised: no activity since {since}.</source>
        <translation>Serait anonymisé : aucune activité depuis le {since}.</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="699" />
        <source>“{value}” is not a phone number.</source>
        <translation>« {value} » n'est pas un numéro de téléphone.</translation>
    </message>
</context>
<context>
    <name>devices</name>
    <message>
        <location filename="../../desktop/views/team/devices.py" line="22" />
        <source>In use</source>
        <translation>En service</translation>
    </message>
    <message>
        <location filename="../../desktop/views/team/devices.py" line="23" />
        <source>Revoked</source>
        <translation>Révoqué</translation>
    </message>
    <message>
        <location filename="../../desktop/views/team/devices.py" line="24" />
        <source>Revoked and wiped</source>
        <translation>Révoqué et effacé</translation>
    </message>
    <message>
        <location filename="../../desktop/views/team/devices.py" line="66" />
        <location filename="declared_strings.py" line="701" />
        <source>Revoke</source>
        <translation>Révoquer</translation>
    </message>
    <message>
        <location filename="../../desktop/views/team/devices.py" line="71" />
        <location filename="declared_strings.py" line="702" />
        <source>Revoke and wipe</source>
        <translation>Révoquer et effacer</translation>
    </message>
</context>
<context>
    <name>entity</name>
    <message>
        <location filename="declared_strings.py" line="703" />
        <source>Activity</source>
        <translation>Activité</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="704" />
        <source>Activity template</source>
        <translation>Modèle d'activité</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="705" />
        <source>Attachment</source>
        <translation>Pièce jointe</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="706" />
        <source>Attendee</source>
        <translation>Participant</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="707" />
        <source>Attribute</source>
        <translation>Attribut</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="708" />
        <source>Attribute by attribute set</source>
        <translation>Attribut par ensemble d'attributs</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="709" />
        <source>Attribute option</source>
        <translation>Option d'attribut</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="710" />
        <source>Attribute set</source>
        <translation>Ensemble d'attributs</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="711" />
        <source>Attribute value</source>
        <translation>Valeur d'attribut</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="712" />
        <source>Audit entry</source>
        <translation>Entrée de la piste d'audit</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="713" />
        <source>Business partner</source>
        <translation>Tiers</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="714" />
        <source>Buyer role</source>
        <translation>Rôle d'acheteur</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="715" />
        <source>COM parameters</source>
        <translation>Paramètres COM</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="716" />
        <source>CRM parameters</source>
        <translation>Paramètres CRM</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="717" />
        <source>Consent</source>
        <translation>Consentement</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="718" />
        <source>Contact</source>
        <translation>Contact</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="719" />
        <source>Contact by opportunity</source>
        <translation>Contact par opportunité</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="720" />
        <source>Default attribute set by role</source>
        <translation>Ensemble d'attributs par défaut par rôle</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="721" />
        <source>Defaults by user</source>
        <translation>Valeurs par défaut par utilisateur</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="722" />
        <source>Employee</source>
        <translation>Employé</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="723" />
        <source>Erasure</source>
        <translation>Effacement</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="724" />
        <source>Exchange synchronization settings</source>
        <translation>Paramètres de synchronisation Exchange</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="725" />
        <source>Exchange synchronization user</source>
        <translation>Utilisateur de synchronisation Exchange</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="726" />
        <source>Item</source>
        <translation>Article</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="727" />
        <source>Letter</source>
        <translation>Lettre</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="728" />
        <source>Note</source>
        <translation>Remarque</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="729" />
        <source>Number series</source>
        <translation>Séries de numéros</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="730" />
        <source>Opportunity</source>
        <translation>Opportunité</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="731" />
        <source>Opportunity item</source>
        <translation>Article d'opportunité</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="732" />
        <source>Opportunity source</source>
        <translation>Origine d'opportunité</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="733" />
        <source>Opportunity type</source>
        <translation>Type d'opportunité</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="734" />
        <source>Phase</source>
        <translation>Phase</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="735" />
        <source>Phase by sales process</source>
        <translation>Phase par processus de vente</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="736" />
        <source>Pinned partner</source>
        <translation>Tiers épinglé</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="737" />
        <source>Quotation line</source>
        <translation>Ligne de devis</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="738" />
        <source>Quotation parameters</source>
        <translation>Paramètres de devis</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="739" />
        <source>Reason</source>
        <translation>Motif</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="740" />
        <source>Recipient</source>
        <translation>Destinataire</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="741" />
        <source>Record</source>
        <translation>Enregistrement</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="742" />
        <source>Records that are not duplicates</source>
        <translation>Enregistrements qui ne sont pas des doublons</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="743" />
        <source>Reference by activity</source>
        <translation>Référence par activité</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="744" />
        <source>Reference by opportunity</source>
        <translation>Référence par opportunité</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="745" />
        <source>Report</source>
        <translation>État</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="746" />
        <source>Report layout line</source>
        <translation>Ligne de présentation d'état</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="747" />
        <source>Sales office</source>
        <translation>Service des ventes</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="748" />
        <source>Sales order type</source>
        <translation>Type de commande client</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="749" />
        <source>Sales process</source>
        <translation>Processus de vente</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="750" />
        <source>Sales quotation</source>
        <translation>Devis</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="751" />
        <source>Sales user profile</source>
        <translation>Profil utilisateur de vente</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="752" />
        <source>Selection</source>
        <translation>Sélection</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="753" />
        <source>Synchronization conflict</source>
        <translation>Conflit de synchronisation</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="754" />
        <source>Unit</source>
        <translation>Unité</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="755" />
        <source>Unit description</source>
        <translation>Désignation de l'unité</translation>
    </message>
    <message>
        <location filename="../../desktop/views/opportunities/draft_items.py" line="93" />
        <source>Item by opportunity</source>
        <translation>Article par opportunité</translation>
    </message>
</context>
<context>
    <name>enum</name>
    <message>
        <location filename="declared_strings.py" line="756" />
        <source>Accepted</source>
        <translation>Accepté</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="758" />
        <source>Active</source>
        <translation>Actif</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="759" />
        <source>Activity</source>
        <translation>Activité</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="760" />
        <source>Alphanumeric</source>
        <translation>Alphanumérique</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="761" />
        <source>Application, certificate</source>
        <translation>Application, certificat</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="762" />
        <source>Application, client secret</source>
        <translation>Application, secret client</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="763" />
        <source>Appointment</source>
        <translation>Rendez-vous</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="764" />
        <source>Approved</source>
        <translation>Approuvé</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="765" />
        <source>Assignment</source>
        <translation>Affectation</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="766" />
        <source>Basic</source>
        <translation>De base</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="767" />
        <source>Bcc</source>
        <translation>Cci</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="768" />
        <source>Budget</source>
        <translation>Budget</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="769" />
        <source>Business Partner</source>
        <translation>Tiers</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="770" />
        <source>Busy</source>
        <translation>Occupé</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="771" />
        <source>Buy-from</source>
        <translation>Fournisseur</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="773" />
        <source>Call</source>
        <translation>Appel</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="774" />
        <source>Canceled</source>
        <translation>Annulée</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="775" />
        <source>Cc</source>
        <translation>Cc</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="776" />
        <source>Center</source>
        <translation>Centré</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="777" />
        <source>Completed</source>
        <translation>Terminé</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="778" />
        <source>Contact</source>
        <translation>Contact</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="779" />
        <source>Create or Update</source>
        <translation>Création ou mise à jour</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="780" />
        <source>Created</source>
        <translation>Créé</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="781" />
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="782" />
        <source>Days</source>
        <translation>Jours</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="783" />
        <source>Dead</source>
        <translation>Abandonnée</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="784" />
        <source>Declined</source>
        <translation>Refusé</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="785" />
        <source>Deferred</source>
        <translation>Différée</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="786" />
        <source>Delegate</source>
        <translation>Délégation</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="787" />
        <source>Delete</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="788" />
        <source>Deleted</source>
        <translation>Supprimé</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="790" />
        <source>Do Not Assign</source>
        <translation>Ne pas affecter</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="791" />
        <source>Double</source>
        <translation>Décimal</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="792" />
        <source>Draft</source>
        <translation>Brouillon</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="793" />
        <source>E-mail</source>
        <oldsource>Email</oldsource>
        <translation>E-mail</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="794" />
        <source>Employee</source>
        <translation>Employé</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="795" />
        <source>Error</source>
        <translation>Erreur</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="798" />
        <source>External Sales Representative</source>
        <translation>Représentant commercial externe</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="799" />
        <source>First Name</source>
        <translation>Prénom</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="800" />
        <source>First and Last Name</source>
        <translation>Prénom et nom</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="801" />
        <source>Flexible Printing</source>
        <translation>Impression paramétrable</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="802" />
        <source>Free</source>
        <translation>Libre</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="803" />
        <source>From</source>
        <translation>De</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="804" />
        <source>General</source>
        <translation>Général</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="805" />
        <source>Global Addition of Activities</source>
        <translation>Ajout global des activités</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="806" />
        <source>Global Addition of Attributes</source>
        <translation>Ajout global des attributs</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="807" />
        <source>Global Deletion of Activities</source>
        <translation>Suppression globale des activités</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="808" />
        <source>Held</source>
        <translation>Tenu</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="809" />
        <source>High</source>
        <translation>Haute</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="810" />
        <source>Hours</source>
        <translation>Heures</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="811" />
        <source>Impersonation</source>
        <translation>Emprunt d'identité</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="812" />
        <source>In Process</source>
        <translation>En cours</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="813" />
        <source>Inactive</source>
        <translation>Inactif</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="814" />
        <source>Inbound</source>
        <translation>Entrant</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="815" />
        <source>Integer</source>
        <translation>Entier</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="816" />
        <source>Internal Sales Representative</source>
        <translation>Représentant commercial interne</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="817" />
        <source>Invoice-from</source>
        <translation>Facturant</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="818" />
        <source>Invoice-to</source>
        <translation>Facturé</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="819" />
        <source>Item</source>
        <translation>Article</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="820" />
        <source>Left</source>
        <translation>Gauche</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="821" />
        <source>Lost</source>
        <translation>Perdue</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="822" />
        <source>Low</source>
        <translation>Basse</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="823" />
        <source>Lower</source>
        <translation>Minuscules</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="824" />
        <source>Mail Merge</source>
        <translation>Publipostage</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="825" />
        <source>Mailing</source>
        <translation>Publipostage</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="826" />
        <source>Maintenance Sales Order</source>
        <translation>Commande client de maintenance</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="827" />
        <source>Maintenance Sales Quotation</source>
        <translation>Devis de maintenance</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="828" />
        <source>Mandatory</source>
        <translation>Obligatoire</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="829" />
        <source>Mandatory Unless Empty</source>
        <translation>Obligatoire sauf si vide</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="830" />
        <source>Manual</source>
        <translation>Manuel</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="833" />
        <source>Meeting Organizer</source>
        <translation>Organisateur de la réunion</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="796" />
        <source>Exchange Online (Microsoft Graph)</source>
        <translation>Exchange Online (Microsoft Graph)</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="757" />
        <source>Account manager</source>
        <translation>Responsable de compte</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="772" />
        <source>CRM manager</source>
        <translation>Responsable CRM</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="789" />
        <source>Direct marketing</source>
        <translation>Prospection commerciale</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="797" />
        <source>Exchange Server (EWS)</source>
        <translation>Exchange Server (EWS)</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="831" />
        <source>Marketing</source>
        <translation>Marketing</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="832" />
        <source>Marketing Export</source>
        <translation>Export commercial</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="834" />
        <source>Minutes</source>
        <translation>Minutes</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="835" />
        <source>Miscellaneous</source>
        <translation>Divers</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="836" />
        <source>My own mailbox (sign-in)</source>
        <translation>Ma propre boîte aux lettres (connexion)</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="837" />
        <source>NTLM</source>
        <translation>NTLM</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="838" />
        <source>No</source>
        <translation>Non</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="839" />
        <source>None</source>
        <translation>Aucun</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="840" />
        <source>Normal</source>
        <translation>Normale</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="841" />
        <source>Not Applicable</source>
        <translation>Non applicable</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="842" />
        <source>Not Held</source>
        <translation>Non tenu</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="843" />
        <source>Not Mandatory</source>
        <translation>Facultatif</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="844" />
        <source>Not Specified</source>
        <translation>Non spécifié</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="845" />
        <source>Not Started</source>
        <translation>Non commencée</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="846" />
        <source>OAuth 2</source>
        <translation>OAuth 2</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="847" />
        <source>Opportunity</source>
        <translation>Opportunité</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="848" />
        <source>Option</source>
        <translation>Option</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="849" />
        <source>Optional</source>
        <translation>Facultatif</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="850" />
        <source>Other</source>
        <translation>Autre</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="851" />
        <source>Out of Office</source>
        <translation>Absent du bureau</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="852" />
        <source>Outbound</source>
        <translation>Sortant</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="853" />
        <source>Pay-by</source>
        <translation>Payeur</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="854" />
        <source>Pay-to</source>
        <translation>Bénéficiaire</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="855" />
        <source>Phone calls</source>
        <translation>Appels téléphoniques</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="856" />
        <source>Planned</source>
        <translation>Planifié</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="857" />
        <source>Postal mail</source>
        <translation>Courrier postal</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="858" />
        <source>Preliminary</source>
        <translation>Préliminaire</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="859" />
        <source>Printed</source>
        <translation>Imprimé</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="860" />
        <source>Processed</source>
        <translation>Traité</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="861" />
        <source>Project</source>
        <translation>Projet</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="862" />
        <source>Project (PCS)</source>
        <translation>Projet (PCS)</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="863" />
        <source>Project Contract</source>
        <translation>Contrat de projet</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="864" />
        <source>Prospect</source>
        <translation>Prospect</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="865" />
        <source>Purchase Order</source>
        <translation>Commande fournisseur</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="866" />
        <source>Recalculate Opportunity Prices</source>
        <translation>Recalcul des prix des opportunités</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="867" />
        <source>Received</source>
        <translation>Reçu</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="868" />
        <source>Request for Quotation</source>
        <translation>Demande de prix</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="869" />
        <source>Required</source>
        <translation>Obligatoire</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="870" />
        <source>Resource</source>
        <translation>Ressource</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="871" />
        <source>Retention of Personal Data</source>
        <translation>Durée de conservation des données personnelles</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="872" />
        <source>Right</source>
        <translation>Droite</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="873" />
        <source>Sales Contract</source>
        <translation>Contrat de vente</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="874" />
        <source>Sales Order</source>
        <translation>Commande client</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="875" />
        <source>Sales Quotation</source>
        <translation>Devis</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="876" />
        <source>Salesperson</source>
        <translation>Commercial</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="877" />
        <source>Send E-mail</source>
        <oldsource>Send Email</oldsource>
        <translation>Envoi d'e-mail</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="878" />
        <source>Sent</source>
        <translation>Envoyé</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="879" />
        <source>Service Call</source>
        <translation>Appel de service</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="880" />
        <source>Service Contract</source>
        <translation>Contrat de service</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="881" />
        <source>Service Contract Quotation</source>
        <translation>Devis de contrat de service</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="882" />
        <source>Service Order</source>
        <translation>Ordre de service</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="883" />
        <source>Service Order Quotation</source>
        <translation>Devis d'ordre de service</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="884" />
        <source>Service Work Order</source>
        <translation>Ordre de travail de service</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="885" />
        <source>Ship-from</source>
        <translation>Expéditeur</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="886" />
        <source>Ship-to</source>
        <translation>Destinataire de livraison</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="887" />
        <source>Simulate</source>
        <translation>Simuler</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="888" />
        <source>Skipped (already present)</source>
        <translation>Ignoré (déjà présent)</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="889" />
        <source>Skipped (filter)</source>
        <translation>Ignoré (filtre)</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="890" />
        <source>Skipped (objection)</source>
        <translation>Ignoré (opposition)</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="891" />
        <source>Skipped (selection false)</source>
        <translation>Ignoré (sélection fausse)</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="892" />
        <source>Sold-to</source>
        <translation>Client</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="893" />
        <source>Specific Employee</source>
        <translation>Employé spécifique</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="894" />
        <source>Suspect</source>
        <translation>Suspect</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="895" />
        <source>Task</source>
        <translation>Tâche</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="896" />
        <source>Tentative</source>
        <translation>Provisoire</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="897" />
        <source>Text</source>
        <translation>Texte</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="898" />
        <source>Time</source>
        <translation>Heure</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="899" />
        <source>To</source>
        <translation>À</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="900" />
        <source>Unchanged</source>
        <translation>Inchangé</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="901" />
        <source>Update</source>
        <translation>Mettre à jour</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="902" />
        <source>Updated</source>
        <translation>Mis à jour</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="903" />
        <source>Upper</source>
        <translation>Majuscules</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="904" />
        <source>Waiting on Someone Else</source>
        <translation>En attente d'un tiers</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="905" />
        <source>Warning</source>
        <translation>Avertissement</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="906" />
        <source>Weeks</source>
        <translation>Semaines</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="907" />
        <source>Wide</source>
        <translation>Large</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="908" />
        <source>Won</source>
        <translation>Gagnée</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="909" />
        <source>Would Create</source>
        <translation>Serait créé</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="910" />
        <source>Would Delete</source>
        <translation>Serait supprimé</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="911" />
        <source>Would Update</source>
        <translation>Serait mis à jour</translation>
    </message>
</context>
<context>
    <name>fields</name>
    <message>
        <location filename="../../desktop/views/shapes/forms.py" line="274" />
        <location filename="declared_strings.py" line="1080" />
        <source>General</source>
        <translation>Général</translation>
    </message>
    <message>
        <location filename="../../desktop/widgets/fields.py" line="134" />
        <source>Type a number.</source>
        <translation>Saisissez un nombre.</translation>
    </message>
    <message>
        <location filename="../../desktop/widgets/fields.py" line="136" />
        <source>The value must be at least %1.</source>
        <translation>La valeur doit être au moins %1.</translation>
    </message>
    <message>
        <location filename="../../desktop/widgets/fields.py" line="139" />
        <source>The value must be at most %1.</source>
        <translation>La valeur doit être au plus %1.</translation>
    </message>
    <message>
        <location filename="../../desktop/widgets/fields.py" line="186" />
        <source>Pick from a calendar</source>
        <extracomment>a date was typed and left, or picked: a value to act on, not a keystroke</extracomment>
        <translation>Choisir dans un calendrier</translation>
    </message>
    <message>
        <location filename="../../desktop/widgets/fields.py" line="192" />
        <source>e.g. 03/12/2026 10:00, tomorrow 10:00, +2</source>
        <translation>p. ex. 03/12/2026 10:00, demain 10h, +2</translation>
    </message>
    <message>
        <location filename="../../desktop/widgets/fields.py" line="193" />
        <source>e.g. 03/12/2026, tomorrow, +2</source>
        <translation>p. ex. 03/12/2026, demain, +2</translation>
    </message>
    <message>
        <location filename="../../desktop/widgets/fields.py" line="232" />
        <source>Type a date such as %1.</source>
        <translation>Saisissez une date comme %1.</translation>
    </message>
    <message>
        <location filename="../../desktop/widgets/fields.py" line="237" />
        <source>03/12/2026 10:00, tomorrow 10:00 or +2</source>
        <translation>03/12/2026 10:00, demain 10h ou +2</translation>
    </message>
    <message>
        <location filename="../../desktop/widgets/fields.py" line="238" />
        <source>03/12/2026, tomorrow or +2</source>
        <translation>03/12/2026, demain ou +2</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="916" />
        <source>A field or an attribute (R, CODE) of the report's object; the button beside lists them</source>
        <translation>Un champ ou un attribut (R, CODE) de l'objet de l'état ; le bouton à côté les liste</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="920" />
        <source>Account manager</source>
        <translation>Responsable de compte</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="921" />
        <source>Active</source>
        <translation>Actif</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="922" />
        <source>Active contacts only</source>
        <translation>Contacts actifs uniquement</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="923" />
        <source>Activities</source>
        <translation>Activités</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="924" />
        <source>Activity</source>
        <translation>Activité</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="925" />
        <source>Activity template</source>
        <translation>Modèle d'activité</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="926" />
        <source>Activity type</source>
        <translation>Type d'activité</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="927" />
        <source>Add</source>
        <translation>Ajouter</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="928" />
        <source>Add attribute</source>
        <translation>Ajouter un attribut</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="929" />
        <source>Add attribute set</source>
        <translation>Ajouter un ensemble d'attributs</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="930" />
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="931" />
        <source>Advanced selection</source>
        <translation>Sélection avancée</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="932" />
        <source>Alignment</source>
        <translation>Alignement</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="933" />
        <source>All day</source>
        <translation>Toute la journée</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="934" />
        <source>All statuses</source>
        <translation>Tous les statuts</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="935" />
        <source>All types</source>
        <translation>Tous les types</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="936" />
        <source>Also contacts who opted out of direct marketing, post or calls; the choice is recorded with the run</source>
        <translation>Aussi les contacts qui ont exercé leur droit d'opposition (prospection, courrier ou appels) ; ce choix est enregistré avec le traitement</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="937" />
        <source>Amount</source>
        <translation>Montant</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="938" />
        <source>Application (client) id</source>
        <translation>ID d'application (client)</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="939" />
        <source>Application: one sync for the whole company (admin consent to Calendars.ReadWrite and Tasks.ReadWrite). Own mailbox: each salesperson signs in; no service account</source>
        <translation>Application : une synchronisation pour toute l'entreprise (consentement administrateur à Calendars.ReadWrite et Tasks.ReadWrite). Propre boîte : chaque commercial se connecte ; pas de compte de service</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="940" />
        <source>Applies to</source>
        <translation>S'applique à</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="941" />
        <source>Appointments</source>
        <translation>Rendez-vous</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="942" />
        <source>Appointments for project assignments</source>
        <translation>Rendez-vous pour les affectations de projet</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="943" />
        <source>Appointments for service assignments</source>
        <translation>Rendez-vous pour les affectations de service</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="944" />
        <source>As printed, e.g. 50 000 €</source>
        <translation>Tel qu'imprimé, p. ex. 50 000 €</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="945" />
        <source>Assign to</source>
        <translation>Affecter à</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="946" />
        <source>Assign to me</source>
        <translation>M'affecter</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="947" />
        <source>Assigned to</source>
        <translation>Affecté à</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="948" />
        <source>Assigned to me</source>
        <translation>Affectées à moi</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="949" />
        <source>At each change of a sorted field above it; numbers only</source>
        <translation>À chaque changement d'un champ trié placé avant ; nombres uniquement</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="950" />
        <source>Attached to every activity created: a survey to fill in</source>
        <translation>Joint à chaque activité créée : une enquête à remplir</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="951" />
        <source>Attendance</source>
        <translation>Présence</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="952" />
        <source>Attendance status</source>
        <translation>Statut de présence</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="953" />
        <source>Attendee</source>
        <translation>Participant</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="954" />
        <source>Attribute</source>
        <translation>Attribut</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="955" />
        <source>Attribute by attribute set</source>
        <translation>Attribut par ensemble d'attributs</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="956" />
        <source>Attribute set</source>
        <translation>Ensemble d'attributs</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="957" />
        <source>Attributes</source>
        <translation>Attributs</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="958" />
        <source>Authentication</source>
        <translation>Authentification</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="959" />
        <source>Author</source>
        <translation>Auteur</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="960" />
        <source>BP status</source>
        <translation>Statut du tiers</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="961" />
        <source>Base price</source>
        <translation>Prix de base</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="962" />
        <source>Browse…</source>
        <translation>Parcourir…</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="963" />
        <source>Business object</source>
        <translation>Objet de gestion</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="964" />
        <source>Business partner</source>
        <translation>Tiers</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="965" />
        <source>Business partners</source>
        <translation>Tiers</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="966" />
        <source>Buyer role</source>
        <translation>Rôle d'acheteur</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="967" />
        <source>CSV file</source>
        <translation>Fichier CSV</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="968" />
        <source>CSV files (*.csv)</source>
        <translation>Fichiers CSV (*.csv)</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="969" />
        <source>Calendar pull interval</source>
        <translation>Intervalle de lecture du calendrier</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="970" />
        <source>Calls</source>
        <translation>Appels</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="971" />
        <source>Case conversion</source>
        <translation>Conversion de casse</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="972" />
        <source>Category</source>
        <translation>Catégorie</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="973" />
        <source>Certificate file</source>
        <translation>Fichier du certificat</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="974" />
        <source>Changed by</source>
        <translation>Modifié par</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="975" />
        <source>Channel</source>
        <translation>Canal</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="976" />
        <source>Choose a field</source>
        <translation>Choisir un champ</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="977" />
        <source>Choose from the list</source>
        <translation>Choisir dans la liste</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="978" />
        <source>Chosen from</source>
        <translation>Choisi dans</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="979" />
        <source>City</source>
        <translation>Ville</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="980" />
        <source>Close date</source>
        <translation>Date de clôture</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="981" />
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="982" />
        <source>Code of the new letter</source>
        <translation>Code de la nouvelle lettre</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="983" />
        <source>Code of the new report</source>
        <translation>Code du nouvel état</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="984" />
        <source>Code of the new template</source>
        <translation>Code du nouveau modèle</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="985" />
        <source>Column</source>
        <translation>Colonne</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="986" />
        <source>Commas, decimal points (English Excel)</source>
        <translation>Virgules, points décimaux (Excel anglais)</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="987" />
        <source>Communication</source>
        <translation>Communication</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="988" />
        <source>Company</source>
        <translation>Société</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="989" />
        <source>Company name</source>
        <translation>Raison sociale</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="990" />
        <source>Compile expression</source>
        <translation>Compiler l'expression</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="991" />
        <source>Compiled</source>
        <translation>Compilée</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="992" />
        <source>Completed</source>
        <translation>Terminé</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="993" />
        <source>Connection</source>
        <translation>Connexion</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="994" />
        <source>Contact</source>
        <translation>Contact</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="995" />
        <source>Contact by opportunity</source>
        <translation>Contact par opportunité</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="996" />
        <source>Contact pull interval</source>
        <translation>Intervalle de lecture des contacts</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="997" />
        <source>Contact unit</source>
        <translation>Unité (contacts)</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="998" />
        <source>Contacts</source>
        <translation>Contacts</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="999" />
        <source>Contacts and activities</source>
        <translation>Contacts et activités</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="1000" />
        <source>Contacts without activity kept (years)</source>
        <translation>Conservation des contacts sans activité (ans)</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="1001" />
        <source>Copy letter</source>
        <translation>Copier la lettre</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="1002" />
        <source>Copy report</source>
        <translation>Copier l'état</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="1003" />
        <source>Copy template</source>
        <translation>Copier le modèle</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="1004" />
        <source>Country</source>
        <translation>Pays</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="1005" />
        <source>Credit limit</source>
        <translation>Limite de crédit</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="1006" />
        <source>Currency</source>
        <translation>Devise</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="1007" />
        <source>Data file for a word processor (CSV)</source>
        <translation>Fichier de données pour un traitement de texte (CSV)</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="1008" />
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="1009" />
        <source>Days from the run to the due date or the start</source>
        <translation>Jours entre le traitement et l'échéance ou le début</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="1010" />
        <source>Decided by</source>
        <translation>Décidé par</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="1011" />
        <source>Default</source>
        <translation>Par défaut</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="1012" />
        <source>Default attribute sets</source>
        <translation>Ensembles d'attributs par défaut</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="1013" />
        <source>Default opportunity type</source>
        <translation>Type d'opportunité par défaut</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="1014" />
        <source>Default order type</source>
        <translation>Type de commande par défaut</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="1015" />
        <source>Default origin</source>
        <translation>Origine par défaut</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="1016" />
        <source>Default sales office</source>
        <translation>Service des ventes par défaut</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="1017" />
        <source>Default sales process</source>
        <translation>Processus de vente par défaut</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="1018" />
        <source>Default tax rate %</source>
        <translation>Taux de taxe par défaut %</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="1019" />
        <source>Description</source>
        <translation>Description</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="1020" />
        <source>Device</source>
        <translation>Appareil</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="1021" />
        <source>Digits</source>
        <translation>Chiffres</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="1022" />
        <source>Direction</source>
        <translation>Sens</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="1023" />
        <source>Discount %</source>
        <translation>Remise %</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="1024" />
        <source>Discount amount</source>
        <translation>Montant de remise</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="1025" />
        <source>Do not call</source>
        <translation>Ne pas appeler</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="1026" />
        <source>Do not mail</source>
        <translation>Pas de courrier postal</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="1027" />
        <source>Due</source>
        <translation>Échéance</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="1028" />
        <source>Due after (days)</source>
        <translation>Échéance après (jours)</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="1029" />
        <source>Due date</source>
        <translation>Échéance</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="1030" />
        <source>Duration (hours)</source>
        <translation>Durée (heures)</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="1031" />
        <source>Duration (minutes)</source>
        <translation>Durée (minutes)</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="1032" />
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="1033" />
        <source>E-mail (other)</source>
        <translation>E-mail (autre)</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="1034" />
        <source>E-mail address</source>
        <translation>Adresse e-mail</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="1035" />
        <source>E-mails</source>
        <translation>E-mails</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="1036" />
        <source>Effective date</source>
        <translation>Date d'effet</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="1037" />
        <source>Element</source>
        <translation>Élément</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="1038" />
        <source>Employee</source>
        <translation>Employé</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="1039" />
        <source>Empty: Microsoft's address for the tenant</source>
        <translation>Vide : l'adresse Microsoft du locataire</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="1040" />
        <source>Empty: https://graph.microsoft.com/v1.0 (national clouds differ)</source>
        <translation>Vide : https://graph.microsoft.com/v1.0 (les clouds nationaux diffèrent)</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="1041" />
        <source>Empty: https://login.microsoftonline.com</source>
        <translation>Vide : https://login.microsoftonline.com</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="1042" />
        <source>Empty: numbered from the COM parameters</source>
        <translation>Vide : numéroté selon les paramètres COM</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="1043" />
        <source>Empty: numbered from the CRM parameters</source>
        <translation>Vide : numéroté selon les paramètres CRM</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="1044" />
        <source>Empty: the default rate of the quotation parameters</source>
        <translation>Vide : le taux par défaut des paramètres des devis</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="1045" />
        <source>Empty: the first 16 characters of the label</source>
        <translation>Vide : les 16 premiers caractères du libellé</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="1046" />
        <source>Empty: the item's price</source>
        <translation>Vide : le prix de l'article</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="1047" />
        <source>Empty: the item's price at the expected close date</source>
        <translation>Vide : le prix de l'article à la date de clôture prévue</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="1048" />
        <source>Empty: the item's sales unit</source>
        <translation>Vide : l'unité de vente de l'article</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="1049" />
        <source>End</source>
        <translation>Fin</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="1050" />
        <source>End date</source>
        <translation>Date de fin</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="1051" />
        <source>English</source>
        <translation>Anglais</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="1052" />
        <source>Exactly as the mailbox spells it, letter case included</source>
        <translation>Exactement comme la boîte aux lettres l'écrit, majuscules comprises</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="1053" />
        <source>Excel workbook (XLSX)</source>
        <translation>Classeur Excel (XLSX)</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="1054" />
        <source>Excel workbooks (*.xlsx)</source>
        <translation>Classeurs Excel (*.xlsx)</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="1055" />
        <source>Exchange Server on premises: EWS. Exchange Online (Microsoft 365): Microsoft Graph</source>
        <translation>Exchange Server sur site : EWS. Exchange Online (Microsoft 365) : Microsoft Graph</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="1056" />
        <source>Expected close date</source>
        <translation>Date de clôture prévue</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="1057" />
        <source>Expected close from</source>
        <translation>Clôture prévue à partir du</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="1058" />
        <source>Expected close to</source>
        <translation>Clôture prévue jusqu'au</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="1059" />
        <source>Expected revenue</source>
        <translation>CA prévu</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="1060" />
        <source>Expected revenue = total of the selected items (%1)</source>
        <translation>Chiffre d'affaires prévu = total des articles sélectionnés (%1)</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="1061" />
        <source>Expiry date</source>
        <translation>Date d'expiration</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="1062" />
        <source>Export</source>
        <translation>Export</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="1063" />
        <source>Export to Word</source>
        <translation>Exporter vers Word</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="1064" />
        <source>Expression</source>
        <translation>Expression</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="1065" />
        <source>External sales rep</source>
        <translation>Représentant externe</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="1066" />
        <source>Field</source>
        <translation>Champ</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="1067" />
        <source>Fields</source>
        <translation>Champs</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="1068" />
        <source>File</source>
        <translation>Fichier</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="1069" />
        <source>File name</source>
        <translation>Nom du fichier</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="1070" />
        <source>File or folder</source>
        <translation>Fichier ou dossier</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="1071" />
        <source>First contact</source>
        <translation>Premier contact</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="1072" />
        <source>First name</source>
        <translation>Prénom</translation>
    </message>
    <message>
        <location filename="../../desktop/views/activities/sessions.py" line="104" />
        <source>Date from</source>
        <translation>Date du</translation>
    </message>
    <message>
        <location filename="../../desktop/views/activities/sessions.py" line="105" />
        <source>Date to</source>
        <translation>Date au</translation>
    </message>
    <message>
        <location filename="../../desktop/views/activities/sessions.py" line="158" />
        <location filename="declared_strings.py" line="1075" />
        <source>Follow up</source>
        <translation>Suivi</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="1077" />
        <source>From</source>
        <translation>De</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="1078" />
        <source>Full name</source>
        <translation>Nom complet</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="1079" />
        <source>Full name (other)</source>
        <translation>Nom complet (autre)</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="1081" />
        <source>General information</source>
        <translation>Informations générales</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="1082" />
        <source>Generate quotation</source>
        <translation>Générer le devis</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="1083" />
        <source>Graph address</source>
        <translation>Adresse de Graph</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="1084" />
        <source>Heading</source>
        <translation>En-tête de colonne</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="1085" />
        <source>Home currency</source>
        <translation>Devise de la société</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="1086" />
        <source>Impersonation: a service account acts for every sync user</source>
        <translation>Emprunt d'identité : un compte de service agit pour chaque utilisateur synchronisé</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="1087" />
        <source>Import from Word</source>
        <translation>Importer depuis Word</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="1088" />
        <source>Include contacts who object</source>
        <translation>Inclure les contacts qui s'y opposent</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="1089" />
        <source>Include in forecast</source>
        <translation>Inclure dans la prévision</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="1090" />
        <source>Information</source>
        <translation>Information</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="1091" />
        <source>Initials</source>
        <translation>Initiales</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="1092" />
        <source>Initials based on</source>
        <translation>Initiales basées sur</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="1093" />
        <source>Internal sales rep</source>
        <translation>Représentant interne</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="1094" />
        <source>Invite</source>
        <translation>Inviter</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="1095" />
        <source>Item</source>
        <translation>Article</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="1096" />
        <source>Item line</source>
        <translation>Ligne d'article</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="1097" />
        <source>Item total: %1</source>
        <translation>Total des articles : %1</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="1098" />
        <source>Job title</source>
        <translation>Fonction</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="1099" />
        <source>Kept</source>
        <translation>Gardé</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="1100" />
        <source>Kept in the system keyring; leave empty to keep the saved one. OAuth 2 and Graph: the client secret, or the certificate's passphrase</source>
        <translation>Conservé dans le trousseau du système ; laissez vide pour garder celui enregistré. OAuth 2 et Graph : le secret client, ou la phrase secrète du certificat</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="1101" />
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="1102" />
        <source>Label</source>
        <translation>Libellé</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="1103" />
        <source>Language</source>
        <translation>Langue</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="1104" />
        <source>Laptop</source>
        <translation>Portable</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="1105" />
        <source>Laptop transaction</source>
        <translation>Transaction du portable</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="1106" />
        <source>Laptop's value</source>
        <translation>Valeur du portable</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="1107" />
        <source>Last activity</source>
        <translation>Dernière activité</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="1108" />
        <source>Last name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="1109" />
        <source>Last number</source>
        <translation>Dernier numéro</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="1110" />
        <source>Last sync</source>
        <translation>Dernière synchro.</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="1111" />
        <source>Last synchronization</source>
        <oldsource>Last synchronisation</oldsource>
        <translation>Dernière synchronisation</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="1112" />
        <source>Layout</source>
        <translation>Mise en page</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="1113" />
        <source>Leave the activities already done (held, completed ...)</source>
        <translation>Laisser les activités déjà faites (tenues, terminées…)</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="1114" />
        <source>Legal form</source>
        <translation>Forme juridique</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="1115" />
        <source>Legal hold</source>
        <translation>Conservation légale</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="1116" />
        <source>Length</source>
        <translation>Longueur</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="1117" />
        <source>Letter</source>
        <translation>Lettre</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="1118" />
        <source>Line</source>
        <translation>Ligne</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="1119" />
        <source>Linked activity</source>
        <translation>Activité liée</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="1120" />
        <source>Links</source>
        <translation>Liens</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="1121" />
        <source>Location</source>
        <translation>Lieu</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="1122" />
        <source>Log mailing as activity</source>
        <translation>Enregistrer le publipostage comme activité</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="1123" />
        <source>Mail merge writes the merged data to a file for a word processor instead of printing letters (BR-LET-05).</source>
        <translation>Le publipostage écrit les données fusionnées dans un fichier pour un traitement de texte au lieu d'imprimer les lettres (BR-LET-05).</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="1124" />
        <source>Mailbox</source>
        <translation>Boîte aux lettres</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="1131" />
        <source>Mode</source>
        <translation>Mode</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="1135" />
        <source>New page</source>
        <translation>Nouvelle page</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="1136" />
        <source>New value</source>
        <translation>Nouvelle valeur</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="1168" />
        <source>Outlook category imported</source>
        <translation>Catégorie Outlook importée</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="1169" />
        <source>Outlook items with this category become activities</source>
        <translation>Les éléments Outlook de cette catégorie deviennent des activités</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="1185" />
        <source>Preview</source>
        <translation>Aperçu</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="1202" />
        <source>Protocol</source>
        <translation>Protocole</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="1203" />
        <source>Push notifications</source>
        <translation>Notifications push</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="1236" />
        <source>Save as PDF…</source>
        <translation>Enregistrer en PDF…</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="1237" />
        <source>Save as Word…</source>
        <translation>Enregistrer en Word…</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="1238" />
        <source>Schedule</source>
        <translation>Planification</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="1247" />
        <source>Send by e-mail</source>
        <translation>Envoyer par e-mail</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="1252" />
        <source>Server version</source>
        <translation>Version du serveur</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="1254" />
        <source>Service account</source>
        <translation>Compte de service</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="1255" />
        <source>Service address</source>
        <translation>Adresse du service</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="1275" />
        <source>Synchronization on</source>
        <oldsource>Synchronisation on</oldsource>
        <translation>Synchronisation active</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="1299" />
        <source>Time-out (seconds)</source>
        <translation>Délai d'attente (secondes)</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="1322" />
        <source>When given, only the records for which its expression is true</source>
        <translation>Si renseignée, seuls les enregistrements pour lesquels son expression est vraie</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="1323" />
        <source>Width</source>
        <translation>Largeur</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="1324" />
        <source>Word documents (*.docx)</source>
        <translation>Documents Word (*.docx)</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="1325" />
        <source>e.g. 15.1.2507.6; empty: asked from the server</source>
        <translation>p. ex. 15.1.2507.6 ; vide : demandée au serveur</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="1327" />
        <source>e.g. bp.city = "Lyon" -- Ctrl+Space lists the fields and attributes</source>
        <translation>p. ex. bp.city = "Lyon" -- Ctrl+Espace liste les champs et les attributs</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="1328" />
        <source>e.g. https://mail.example.com/EWS/Exchange.asmx</source>
        <translation>p. ex. https://mail.example.com/EWS/Exchange.asmx</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="1125" />
        <source>Mailings</source>
        <translation>Publipostages</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="912" />
        <source>0: kept; otherwise the retention run anonymises them</source>
        <translation>0 : conservés ; sinon le traitement de conservation les anonymise</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="913" />
        <source>A PEM file with the certificate and its private key</source>
        <translation>Un fichier PEM avec le certificat et sa clé privée</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="914" />
        <source>A Word document per recipient</source>
        <translation>Un document Word par destinataire</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="915" />
        <source>A dispute or an audit: the personal data of this person may not be erased while it is ticked</source>
        <translation>Un litige ou un contrôle : les données personnelles de cette personne ne peuvent pas être effacées tant que la case est cochée</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="917" />
        <source>A grand total at the end; numbers only</source>
        <translation>Un total général à la fin ; nombres uniquement</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="918" />
        <source>A new page each time this sorted field changes</source>
        <translation>Une nouvelle page à chaque changement de ce champ trié</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="919" />
        <source>Access</source>
        <translation>Accès</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="1073" />
        <source>First number</source>
        <translation>Premier numéro</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="1074" />
        <source>Folder</source>
        <translation>Dossier</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="1076" />
        <source>French</source>
        <translation>Français</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="1126" />
        <source>Mandatory project peg</source>
        <translation>Rattachement projet obligatoire</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="1127" />
        <source>Manual price</source>
        <translation>Prix manuel</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="1128" />
        <source>Maximum e-mail size (bytes)</source>
        <translation>Taille maximale d'un e-mail (octets)</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="1129" />
        <source>Mobile phone</source>
        <translation>Téléphone mobile</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="1130" />
        <source>Mobile phone is primary</source>
        <translation>Mobile principal</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="1132" />
        <source>Modified</source>
        <translation>Modifié le</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="1133" />
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="1134" />
        <source>Name (other)</source>
        <translation>Nom (autre)</translation>
    </message>
    <message>
        <location filename="../../desktop/views/activities/sessions.py" line="150" />
        <source>New</source>
        <translation>Nouveau</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="1137" />
        <source>Next number</source>
        <translation>Numéro suivant</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="1138" />
        <source>Normal: portrait; Wide: landscape</source>
        <translation>Normal : portrait ; Large : paysage</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="1139" />
        <source>Note</source>
        <translation>Remarque</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="1140" />
        <source>Number series</source>
        <translation>Séries de numéros</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="1141" />
        <source>Numbered from the COM parameters when saved</source>
        <translation>Numéroté d'après les paramètres COM à l'enregistrement</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="1142" />
        <source>OAuth 2: the application (client) id</source>
        <translation>OAuth 2 : l'identifiant (client) de l'application</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="1143" />
        <source>Objects</source>
        <translation>S'oppose</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="1144" />
        <source>Off: calendars only, for an application granted no Tasks permission</source>
        <translation>Désactivé : calendriers seulement, pour une application sans autorisation Tasks</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="1145" />
        <source>Office phone</source>
        <translation>Téléphone du bureau</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="1146" />
        <source>Office phone is primary</source>
        <translation>Téléphone du bureau principal</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="1147" />
        <source>Old value</source>
        <translation>Ancienne valeur</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="1148" />
        <source>One PDF document</source>
        <translation>Un document PDF</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="1149" />
        <source>One Word document (a letter per page)</source>
        <translation>Un document Word (une lettre par page)</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="1150" />
        <source>Only my customers</source>
        <translation>Uniquement mes clients</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="1151" />
        <source>Open activities only</source>
        <translation>Activités ouvertes uniquement</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="1152" />
        <source>Open balance</source>
        <translation>Solde ouvert</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="1153" />
        <source>Open only</source>
        <translation>Ouvertes uniquement</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="1154" />
        <source>Open pipeline</source>
        <translation>Pipeline ouvert</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="1155" />
        <source>Operation</source>
        <translation>Opération</translation>
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
        <source>Opportunity from</source>
        <translation>Opportunité de</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="1159" />
        <source>Opportunity number series</source>
        <translation>Série de numéros des opportunités</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="1160" />
        <source>Opportunity to</source>
        <translation>à</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="1161" />
        <source>Opportunity type</source>
        <translation>Type d'opportunité</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="1162" />
        <source>Opted out</source>
        <translation>Désinscrit</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="1163" />
        <source>Option</source>
        <translation>Option</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="1164" />
        <source>Ordered qty</source>
        <translation>Qté commandée</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="1165" />
        <source>Organizer</source>
        <translation>Organisateur</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="1166" />
        <source>Orientation</source>
        <translation>Orientation</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="1167" />
        <source>Origin</source>
        <translation>Origine</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="1170" />
        <source>Output</source>
        <translation>Sortie</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="1171" />
        <source>Overdue amount</source>
        <translation>Montant échu</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="1172" />
        <source>PDF document</source>
        <translation>Document PDF</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="1173" />
        <source>PDF documents (*.pdf)</source>
        <translation>Documents PDF (*.pdf)</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="1174" />
        <source>Password</source>
        <translation>Mot de passe</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="1175" />
        <source>Password or secret</source>
        <translation>Mot de passe ou secret</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="1176" />
        <source>Path for attachments</source>
        <translation>Chemin des pièces jointes</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="1177" />
        <source>Personal data</source>
        <translation>Données personnelles</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="1178" />
        <source>Phase</source>
        <translation>Phase</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="1179" />
        <source>Phone</source>
        <translation>Téléphone</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="1180" />
        <source>Planning</source>
        <translation>Planification</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="1181" />
        <source>Position</source>
        <translation>Position</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="1182" />
        <source>Postal code</source>
        <translation>Code postal</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="1183" />
        <source>Prefix</source>
        <translation>Préfixe</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="1184" />
        <source>Prefix (van, de)</source>
        <translation>Particule (van, de)</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="1186" />
        <source>Price</source>
        <translation>Prix</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="1187" />
        <source>Price origin</source>
        <translation>Origine du prix</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="1188" />
        <source>Primary</source>
        <translation>Principal</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="1189" />
        <source>Primary contact</source>
        <translation>Contact principal</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="1190" />
        <source>Primary contact of the partner</source>
        <translation>Contact principal du tiers</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="1191" />
        <source>Print the selection text</source>
        <translation>Imprimer le texte de sélection</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="1192" />
        <source>Printer</source>
        <translation>Imprimante</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="1193" />
        <source>Printing</source>
        <translation>Impression</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="1194" />
        <source>Print…</source>
        <translation>Imprimer…</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="1195" />
        <source>Priority</source>
        <translation>Priorité</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="1196" />
        <source>Private</source>
        <translation>Privée</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="1197" />
        <source>Private (visible to me only)</source>
        <translation>Privée (visible par moi seul)</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="1198" />
        <source>Probability</source>
        <translation>Probabilité</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="1199" />
        <source>Probability %</source>
        <translation>Probabilité %</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="1200" />
        <source>Project peg</source>
        <translation>Rattachement projet</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="1201" />
        <source>Prospects' contacts kept (years)</source>
        <translation>Contacts des prospects conservés (années)</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="1204" />
        <source>Quotation</source>
        <translation>Devis</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="1205" />
        <source>Quotation line</source>
        <translation>Ligne de devis</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="1206" />
        <source>Quotation number series</source>
        <translation>Série de numéros des devis</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="1207" />
        <source>Quotation series</source>
        <translation>Série des devis</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="1208" />
        <source>Reason</source>
        <translation>Motif</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="1209" />
        <source>Recalculate prices</source>
        <translation>Recalculer les prix</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="1210" />
        <source>Recipient</source>
        <translation>Destinataire</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="1211" />
        <source>Record</source>
        <translation>Enregistrement</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="1212" />
        <source>Records that are not duplicates</source>
        <translation>Enregistrements qui ne sont pas des doublons</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="1213" />
        <source>Reference</source>
        <translation>Référence</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="1214" />
        <source>Registered</source>
        <translation>Enregistré le</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="1215" />
        <source>Registration</source>
        <translation>Immatriculation</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="1216" />
        <source>Registration number</source>
        <translation>N° d'immatriculation (SIRET)</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="1217" />
        <source>Remark</source>
        <translation>Remarque</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="1218" />
        <source>Remind at</source>
        <translation>Rappel le</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="1219" />
        <source>Reminder</source>
        <translation>Rappel</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="1220" />
        <source>Reminder before</source>
        <translation>Rappel avant</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="1221" />
        <source>Report</source>
        <translation>État</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="1222" />
        <source>Result</source>
        <translation>Résultat</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="1223" />
        <source>Revenue and dates</source>
        <translation>Chiffre d'affaires et dates</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="1224" />
        <source>Role</source>
        <translation>Rôle</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="1225" />
        <source>Roles</source>
        <translation>Rôles</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="1226" />
        <source>Rule</source>
        <translation>Règle</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="1227" />
        <source>Run</source>
        <translation>Exécuter</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="1228" />
        <source>SIREN / SIRET and the trade register (RCS), or the company number of another country</source>
        <translation>SIREN / SIRET et le registre du commerce (RCS), ou le numéro d'entreprise d'un autre pays</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="1229" />
        <source>SIRET in France, company number in the UK: a sign of duplicates as sure as the VAT number</source>
        <translation>Le SIRET en France, le « company number » au Royaume-Uni : un signe de doublon aussi sûr que le n° de TVA</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="1230" />
        <source>Sales</source>
        <translation>Ventes</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="1231" />
        <source>Sales office</source>
        <translation>Service des ventes</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="1232" />
        <source>Sales process</source>
        <translation>Processus de vente</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="1233" />
        <source>Sales quotations</source>
        <translation>Devis</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="1234" />
        <source>Sales unit</source>
        <translation>Unité de vente</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="1235" />
        <source>Salutation</source>
        <translation>Civilité</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="1239" />
        <source>Search key</source>
        <translation>Clé de recherche</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="1240" />
        <source>Select</source>
        <translation>Sélectionner</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="1241" />
        <source>Select all</source>
        <translation>Tout sélectionner</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="1242" />
        <source>Select none</source>
        <translation>Tout désélectionner</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="1243" />
        <source>Selected records: %1</source>
        <translation>Enregistrements sélectionnés : %1</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="1244" />
        <source>Selection</source>
        <translation>Sélection</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="1245" />
        <source>Semicolons, decimal commas (French Excel)</source>
        <translation>Points-virgules, virgules décimales (Excel français)</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="1246" />
        <source>Send</source>
        <translation>Envoyer</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="1248" />
        <source>Sent / received</source>
        <translation>Envoyé / reçu</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="1249" />
        <source>Separator</source>
        <translation>Séparateur</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="1250" />
        <source>Sequence</source>
        <translation>Séquence</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="1251" />
        <source>Server transaction</source>
        <translation>Transaction du serveur</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="1253" />
        <source>Server's value</source>
        <translation>Valeur du serveur</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="1256" />
        <source>Share capital</source>
        <translation>Capital social</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="1257" />
        <source>Show time as</source>
        <translation>Afficher la disponibilité</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="1258" />
        <source>Sign-in</source>
        <translation>Connexion</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="1259" />
        <source>Sign-in authority</source>
        <translation>Autorité de connexion</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="1260" />
        <source>Signed in as</source>
        <translation>Connecté en tant que</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="1261" />
        <source>Size</source>
        <translation>Taille</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="1262" />
        <source>Size (bytes)</source>
        <translation>Taille (octets)</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="1263" />
        <source>Sold-to business partner</source>
        <translation>Tiers acheteur</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="1264" />
        <source>Sort</source>
        <translation>Tri</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="1265" />
        <source>Sorting and totals</source>
        <translation>Tri et totaux</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="1266" />
        <source>Source</source>
        <translation>Source</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="1267" />
        <source>Start</source>
        <translation>Début</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="1268" />
        <source>State</source>
        <translation>État</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="1269" />
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="1270" />
        <source>Status and dates</source>
        <translation>Statut et dates</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="1271" />
        <source>Stored file</source>
        <translation>Fichier enregistré</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="1272" />
        <source>Street</source>
        <translation>Rue</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="1273" />
        <source>Subject</source>
        <translation>Objet</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="1274" />
        <source>Subtotals</source>
        <translation>Sous-totaux</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="1276" />
        <source>Synchronize</source>
        <translation>Synchroniser</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="1277" />
        <source>Synchronize activities</source>
        <translation>Synchroniser les activités</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="1278" />
        <source>Synchronize contacts</source>
        <translation>Synchroniser les contacts</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="1279" />
        <source>Synchronize tasks</source>
        <translation>Synchroniser les tâches</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="1280" />
        <source>Synchronize with Exchange</source>
        <translation>Synchroniser avec Exchange</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="1281" />
        <source>System</source>
        <translation>Système</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="1282" />
        <source>Table</source>
        <translation>Table</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="1283" />
        <source>Target group</source>
        <translation>Groupe cible</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="1284" />
        <source>Tasks</source>
        <translation>Tâches</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="1285" />
        <source>Tax</source>
        <translation>Taxe</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="1286" />
        <source>Tax rate %</source>
        <translation>Taux de taxe %</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="1287" />
        <source>Template</source>
        <translation>Modèle</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="1288" />
        <source>Tenant</source>
        <translation>Locataire</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="1289" />
        <source>Tenant (OAuth 2)</source>
        <translation>Locataire (OAuth 2)</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="1290" />
        <source>Text</source>
        <translation>Texte</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="1291" />
        <source>The application registered in Microsoft Entra</source>
        <translation>L'application inscrite dans Microsoft Entra</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="1292" />
        <source>The column's place; left empty, after the last one</source>
        <translation>La place de la colonne ; vide, après la dernière</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="1293" />
        <source>The contacts of prospects and of no partner; 0: as the other contacts</source>
        <translation>Les contacts des prospects et sans tiers ; 0 : comme les autres contacts</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="1294" />
        <source>The directory (tenant) id or domain, e.g. contoso.onmicrosoft.com</source>
        <translation>L'ID ou le domaine de l'annuaire (locataire), p. ex. contoso.onmicrosoft.com</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="1295" />
        <source>The directory (tenant) id the application is registered in</source>
        <translation>L'identifiant de l'annuaire (locataire) où l'application est inscrite</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="1296" />
        <source>The intra-community VAT number, e.g. FR32412345678</source>
        <translation>Le numéro de TVA intracommunautaire, p. ex. FR32412345678</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="1297" />
        <source>The language's code, as partners carry it: fr, en, de, nl, it, es</source>
        <translation>Le code de la langue, comme celui des tiers : fr, en, de, nl, it, es</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="1298" />
        <source>The list the value must come from (F2 in the value)</source>
        <translation>La liste d'où doit venir la valeur (F2 dans la valeur)</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="1300" />
        <source>To</source>
        <translation>À</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="1301" />
        <source>Token address (OAuth 2)</source>
        <translation>Adresse des jetons (OAuth 2)</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="1302" />
        <source>Total of the lines</source>
        <translation>Total des lignes</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="1303" />
        <source>Total with tax</source>
        <translation>Total TTC</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="1304" />
        <source>Totalize</source>
        <translation>Totaliser</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="1305" />
        <source>Totals</source>
        <translation>Totaux</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="1306" />
        <source>Turnover last year</source>
        <translation>CA de l'année précédente</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="1307" />
        <source>Turnover this year</source>
        <translation>CA de l'année en cours</translation>
    </message>
    <message>
        <location filename="../../desktop/views/activities/sessions.py" line="103" />
        <location filename="declared_strings.py" line="1308" />
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="1309" />
        <source>Unit</source>
        <translation>Unité</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="1310" />
        <source>Unit description</source>
        <translation>Désignation de l'unité</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="1311" />
        <source>Use item total</source>
        <translation>Reprendre le total des articles</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="1312" />
        <source>User</source>
        <translation>Utilisateur</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="1313" />
        <source>VAT number</source>
        <translation>N° de TVA</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="1314" />
        <source>Valid until</source>
        <translation>Valable jusqu'au</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="1315" />
        <source>Validation</source>
        <translation>Validation</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="1316" />
        <source>Validity (days)</source>
        <translation>Validité (jours)</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="1317" />
        <source>Value</source>
        <translation>Valeur</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="1318" />
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="1319" />
        <source>Website</source>
        <translation>Site web</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="1320" />
        <source>What happened</source>
        <translation>Ce qui s'est passé</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="1321" />
        <source>When</source>
        <translation>Quand</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="1326" />
        <source>e.g. SAS, SARL, GmbH: printed on quotations</source>
        <translation>p. ex. SAS, SARL, GmbH : imprimée sur les devis</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="1329" />
        <source>vCard UID</source>
        <translation>UID vCard</translation>
    </message>
    <message>
        <location filename="../../desktop/views/exchange/sessions.py" line="35" />
        <source>Microsoft Graph</source>
        <translation>Microsoft Graph</translation>
    </message>
</context>
<context>
    <name>grid_menu</name>
    <message>
        <location filename="../../desktop/widgets/grid_menu.py" line="78" />
        <source>Copy</source>
        <translation>Copier</translation>
    </message>
</context>
<context>
    <name>keyboard</name>
    <message>
        <location filename="../../desktop/widgets/keyboard.py" line="81" />
        <source>%1: %2</source>
        <extracomment>names given by ``prepare`` (from a label, a tooltip, a placeholder): renewed each time, so they follow a language switch; a name set on purpose is never touched</extracomment>
        <translation>%1 : %2</translation>
    </message>
    <message>
        <location filename="../../desktop/widgets/keyboard.py" line="322" />
        <source>Tab indents; Ctrl+Tab moves to the next field, Ctrl+Shift+Tab to the previous one.</source>
        <translation>Tab met en retrait ; Ctrl+Tab passe au champ suivant, Ctrl+Maj+Tab au précédent.</translation>
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
    <message>
        <location filename="../../desktop/views/shell/commands_menu.py" line="24" />
        <source>&amp;Commands</source>
        <translation>&amp;Commandes</translation>
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
        <location filename="../../desktop/views/customer360/words.py" line="68" />
        <source>Timeline</source>
        <translation>Historique</translation>
    </message>
</context>
<context>
    <name>session</name>
    <message>
        <location filename="declared_strings.py" line="1330" />
        <source>Activities</source>
        <translation>Activités</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="1331" />
        <source>Activity Template</source>
        <translation>Modèle d'activité</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="1332" />
        <source>Activity Templates</source>
        <translation>Modèles d'activité</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="1333" />
        <source>Attachments</source>
        <translation>Pièces jointes</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="1334" />
        <source>Attendees</source>
        <translation>Participants</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="1335" />
        <source>Attribute</source>
        <translation>Attribut</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="1336" />
        <source>Attribute Set</source>
        <translation>Ensemble d'attributs</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="1337" />
        <source>Attribute Sets</source>
        <translation>Ensembles d'attributs</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="1338" />
        <source>Attributes</source>
        <translation>Attributs</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="1339" />
        <source>Audit trail</source>
        <translation>Piste d'audit</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="1340" />
        <source>Business Partner</source>
        <translation>Tiers</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="1341" />
        <source>Business Partners</source>
        <translation>Tiers</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="1342" />
        <source>Buyer Role</source>
        <translation>Rôle d'acheteur</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="1343" />
        <source>Buyer Roles</source>
        <translation>Rôles d'acheteur</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="1344" />
        <source>COM Parameters</source>
        <translation>Paramètres COM</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="1345" />
        <source>CRM Parameters</source>
        <translation>Paramètres CRM</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="1346" />
        <source>Conflicts</source>
        <translation>Conflits</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="1347" />
        <source>Consent history</source>
        <translation>Historique du consentement</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="1348" />
        <source>Contact</source>
        <translation>Contact</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="1349" />
        <source>Contacts</source>
        <translation>Contacts</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="1350" />
        <source>Contacts by Opportunity</source>
        <translation>Contacts par opportunité</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="1351" />
        <source>Customer 360</source>
        <translation>État 360 - Client</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="1352" />
        <source>Duplicate Partners and Contacts</source>
        <translation>Doublons de tiers et de contacts</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="1353" />
        <source>Employee</source>
        <translation>Employé</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="1354" />
        <source>Employees</source>
        <translation>Employés</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="1355" />
        <source>Flexible Printing</source>
        <translation>Impression paramétrable</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="1356" />
        <source>Global Addition of Activities</source>
        <translation>Ajout global des activités</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="1357" />
        <source>Global Addition of Attributes</source>
        <translation>Ajout global des attributs</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="1358" />
        <source>Global Deletion of Activities</source>
        <translation>Suppression globale des activités</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="1359" />
        <source>Import Partners and Contacts</source>
        <translation>Import de tiers et de contacts</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="1360" />
        <source>Item</source>
        <translation>Article</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="1361" />
        <source>Items</source>
        <translation>Articles</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="1362" />
        <source>Items by Opportunity</source>
        <translation>Articles par opportunité</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="1363" />
        <source>Laptops</source>
        <translation>Portables</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="1364" />
        <source>Letter</source>
        <translation>Lettre</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="1365" />
        <source>Letters</source>
        <translation>Lettres</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="1366" />
        <source>MS Exchange Synchronization Settings</source>
        <translation>Paramètres de synchronisation MS Exchange</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="1367" />
        <source>MS Exchange Synchronization User</source>
        <translation>Utilisateur de synchronisation MS Exchange</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="1368" />
        <source>MS Exchange Synchronization Users</source>
        <translation>Utilisateurs de synchronisation MS Exchange</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="1369" />
        <source>Mail Merge by Standard Letter</source>
        <translation>Publipostage par lettre standard</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="1370" />
        <source>My Agenda</source>
        <translation>Mon agenda</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="1371" />
        <source>My day</source>
        <translation>Ma journée</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="1372" />
        <source>Note</source>
        <translation>Remarque</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="1373" />
        <source>Notes</source>
        <translation>Remarques</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="1374" />
        <source>Number Series</source>
        <translation>Séries de numéros</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="1375" />
        <source>Opportunities</source>
        <translation>Opportunités</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="1376" />
        <source>Opportunity</source>
        <translation>Opportunité</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="1377" />
        <source>Opportunity Source</source>
        <translation>Origine d'opportunité</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="1378" />
        <source>Opportunity Sources</source>
        <translation>Origines d'opportunités</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="1379" />
        <source>Opportunity Type</source>
        <translation>Type d'opportunité</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="1380" />
        <source>Opportunity Types</source>
        <translation>Types d'opportunités</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="1381" />
        <source>Phase</source>
        <translation>Phase</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="1382" />
        <source>Phase by Sales Process</source>
        <translation>Phase par processus de vente</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="1383" />
        <source>Phases</source>
        <translation>Phases</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="1384" />
        <source>Phases by Sales Process</source>
        <translation>Phases par processus de vente</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="1385" />
        <source>Quotation Parameters</source>
        <translation>Paramètres de devis</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="1386" />
        <source>Reason</source>
        <translation>Motif</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="1387" />
        <source>Reasons</source>
        <translation>Motifs</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="1388" />
        <source>Recalculate Opportunity Prices</source>
        <translation>Recalcul des prix des opportunités</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="1389" />
        <source>Recipients</source>
        <translation>Destinataires</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="1390" />
        <source>References by Activity</source>
        <translation>Références par activité</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="1391" />
        <source>References by Opportunity</source>
        <translation>Références par opportunité</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="1392" />
        <source>Report</source>
        <translation>État</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="1393" />
        <source>Reports</source>
        <translation>États</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="1394" />
        <source>Retention of Personal Data</source>
        <translation>Durée de conservation des données personnelles</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="1395" />
        <source>Sales Office</source>
        <translation>Service des ventes</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="1396" />
        <source>Sales Offices</source>
        <translation>Services des ventes</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="1397" />
        <source>Sales Order Type</source>
        <translation>Type de commande client</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="1398" />
        <source>Sales Order Types</source>
        <translation>Types de commandes clients</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="1399" />
        <source>Sales Process</source>
        <translation>Processus de vente</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="1400" />
        <source>Sales Processes</source>
        <translation>Processus de vente</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="1401" />
        <source>Sales Quotation</source>
        <translation>Devis</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="1402" />
        <source>Sales Quotations</source>
        <translation>Devis</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="1403" />
        <source>Sales User Profile</source>
        <translation>Profil utilisateur de vente</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="1404" />
        <source>Sales User Profiles</source>
        <translation>Profils utilisateurs de vente</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="1405" />
        <source>Selection</source>
        <translation>Sélection</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="1406" />
        <source>Selections</source>
        <translation>Sélections</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="1407" />
        <source>Team server</source>
        <translation>Serveur d'équipe</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="1408" />
        <source>Unit</source>
        <translation>Unité</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="1409" />
        <source>Units</source>
        <translation>Unités</translation>
    </message>
    <message>
        <location filename="../../desktop/views/activities/sessions.py" line="484" />
        <source>Appointment</source>
        <translation>Rendez-vous</translation>
    </message>
    <message>
        <location filename="../../desktop/views/activities/sessions.py" line="484" />
        <source>Call</source>
        <translation>Appel</translation>
    </message>
    <message>
        <location filename="../../desktop/views/activities/sessions.py" line="485" />
        <source>Task</source>
        <translation>Tâche</translation>
    </message>
    <message>
        <location filename="../../desktop/views/activities/sessions.py" line="485" />
        <source>Mailing</source>
        <translation>Publipostage</translation>
    </message>
    <message>
        <location filename="../../desktop/views/activities/sessions.py" line="486" />
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <location filename="../../desktop/views/attributes/values.py" line="270" />
        <source>Attributes by Business Partner</source>
        <extracomment>how each value read so far is edited, and the list F2 chooses it from</extracomment>
        <translation>Attributs par tiers</translation>
    </message>
    <message>
        <location filename="../../desktop/views/attributes/values.py" line="272" />
        <source>Attributes by Opportunity</source>
        <translation>Attributs par opportunité</translation>
    </message>
    <message>
        <location filename="../../desktop/views/attributes/values.py" line="274" />
        <source>Attributes by Contact</source>
        <translation>Attributs par contact</translation>
    </message>
    <message>
        <location filename="../../desktop/views/attributes/values.py" line="276" />
        <source>Attributes by Activity</source>
        <translation>Attributs par activité</translation>
    </message>
</context>
<context>
    <name>tabs</name>
    <message>
        <location filename="declared_strings.py" line="1410" />
        <source>Activities</source>
        <translation>Activités</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="1411" />
        <source>Attachments</source>
        <translation>Pièces jointes</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="1412" />
        <source>Attendees</source>
        <translation>Participants</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="1413" />
        <source>Attributes</source>
        <translation>Attributs</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="1414" />
        <source>Audit trail</source>
        <translation>Piste d'audit</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="1415" />
        <source>Consent history</source>
        <translation>Historique du consentement</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="1416" />
        <source>Contacts</source>
        <translation>Contacts</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="1417" />
        <source>Descriptions by language</source>
        <translation>Désignations par langue</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="1418" />
        <source>Expression</source>
        <translation>Expression</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="1419" />
        <source>Follow-ups</source>
        <translation>Activités de suivi</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="1420" />
        <source>Footer</source>
        <translation>Pied de page</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="1421" />
        <source>Header</source>
        <translation>En-tête</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="1422" />
        <source>Items</source>
        <translation>Articles</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="1423" />
        <source>Layout</source>
        <translation>Mise en page</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="1424" />
        <source>Lines</source>
        <translation>Lignes</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="1425" />
        <source>Notes</source>
        <translation>Remarques</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="1426" />
        <source>Opportunities</source>
        <translation>Opportunités</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="1427" />
        <source>Phases</source>
        <translation>Phases</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="1428" />
        <source>Preview</source>
        <translation>Aperçu</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="1429" />
        <source>Quotations</source>
        <translation>Devis</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="1430" />
        <source>Recipients</source>
        <translation>Destinataires</translation>
    </message>
    <message>
        <location filename="declared_strings.py" line="1431" />
        <source>References</source>
        <translation>Références</translation>
    </message>
</context>
</TS>
