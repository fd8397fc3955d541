"""French translations, by English source text ("context|source" where a word needs a context).

tools/i18n.py fills crm_fr.ts from here; add new strings here, run ``python tools/i18n.py
update build``, and the completeness test tells what is missing. Vocabulary follows domain.md
Appendix C (tiers, opportunité, devis, publipostage, remarques ...).
"""

FR = {
    # -- shell -------------------------------------------------------------------------------
    "CRM desktop": "CRM",
    "&Sales relations": "&Relations commerciales",
    "&Opportunities": "&Opportunités",
    "&Activities": "&Activités",
    "&Marketing": "&Marketing",
    "&Reports": "É&tats",
    "Master &data": "Données de &base",
    "&Tools": "O&utils",
    "&Help": "Aid&e",
    "Run session…": "Exécuter une session…",
    "Run session": "Exécuter une session",
    "Settings…": "Paramètres…",
    "Settings": "Paramètres",
    "About CRM desktop": "À propos de CRM",
    "Close tab": "Fermer l'onglet",
    "Database: %1": "Base de données : %1",
    "Employee: %1": "Employé : %1",
    "none": "aucun",
    "There is no session %1.": "La session %1 n'existe pas.",
    "CRM desktop %1\nDatabase: %2": "CRM %1\nBase de données : %2",
    "Session code or name, e.g. tdsmi1610m000": "Code ou nom de session, p. ex. tdsmi1610m000",
    "Session:": "Session :",
    "System language": "Langue du système",
    "Empty: the embedded database (%1)": "Vide : la base intégrée (%1)",
    "Language": "Langue",
    "Database URL": "URL de la base de données",
    "Employee": "Employé",
    "A new database URL takes effect at the next start.":
        "Une nouvelle URL de base de données s'applique au prochain démarrage.",
    "A demo database was created: %1": "Une base de démonstration a été créée : %1",
    "The database was upgraded; backup: %1": "La base a été mise à jour ; sauvegarde : %1",
    "Unexpected error": "Erreur inattendue",
    "Something went wrong: %1\nThe error was written to the log file; you can go on working.":
        "Un problème est survenu : %1\nL'erreur a été écrite dans le journal ; vous pouvez "
        "continuer à travailler.",
    "Cancel": "Annuler",
    "Cannot do that": "Action impossible",
    # -- session shapes ----------------------------------------------------------------------
    "Save": "Enregistrer",
    "Revert": "Rétablir",
    "(new)": "(nouveau)",
    "Cannot save": "Enregistrement impossible",
    "Changed by someone else": "Modifié par un autre utilisateur",
    "Reload": "Recharger",
    "Keep my changes on screen": "Garder mes modifications à l'écran",
    "Unsaved changes": "Modifications non enregistrées",
    "%1 has unsaved changes. Save them?":
        "%1 contient des modifications non enregistrées. Les enregistrer ?",
    "Search…": "Rechercher…",
    "New": "Nouveau",
    "Open": "Ouvrir",
    "Delete": "Supprimer",
    "Refresh": "Actualiser",
    "Export to CSV": "Exporter en CSV",
    "%n row(s)": ("%n ligne", "%n lignes"),
    # -- operations and change notices ---------------------------------------------------------
    "Changed by %1 at %2. Your edits are not saved yet.":
        "Modifié par %1 à %2. Vos modifications ne sont pas encore enregistrées.",
    "Keep mine": "Garder les miennes",
    "Unexpected error: %1": "Erreur inattendue : %1",
    "Please confirm": "Veuillez confirmer",
    "Quotation %1 was created with %n line(s). Open it?": (
        "Le devis %1 a été créé avec %n ligne. L'ouvrir ?",
        "Le devis %1 a été créé avec %n lignes. L'ouvrir ?"),
    "Nothing was changed.": "Rien n'a été modifié.",
    "{field_label} is too large: at most {digits} digits before the decimal point.":
        "{field_label} est trop grand : au plus {digits} chiffres avant la virgule.",
    "{field_label} must be a number.": "{field_label} doit être un nombre.",
    "Discount pct": "Remise %", "Open balance": "Solde ouvert",
    "Overdue amount": "Montant échu", "Probability pct": "Probabilité %",
    "Turnover current year": "Chiffre d'affaires de l'année",
    "Turnover previous year": "Chiffre d'affaires de l'année précédente",
    "The driver {driver} of {address} is not installed. Use postgresql:// (the driver that "
    "comes with the application) or a SQLite file.":
        "Le pilote {driver} de {address} n'est pas installé. Utilisez postgresql:// (le pilote "
        "fourni avec l'application) ou un fichier SQLite.",
    "The folder of {where} does not exist.": "Le dossier de {where} n'existe pas.",
    "{address} is not a database address. Give a PostgreSQL address "
    "(postgresql://user@server/crm) or the path of a SQLite file.":
        "{address} n'est pas une adresse de base de données. Indiquez une adresse PostgreSQL "
        "(postgresql://utilisateur@serveur/crm) ou le chemin d'un fichier SQLite.",
    "{kind} databases are not supported. Use PostgreSQL (postgresql://user@server/crm) or a "
    "SQLite file.": "Les bases {kind} ne sont pas prises en charge. Utilisez PostgreSQL "
        "(postgresql://utilisateur@serveur/crm) ou un fichier SQLite.",
    "{entity_label} {code} cannot be deleted: other records use it ({uses}).":
        "{entity_label} {code} ne peut pas être supprimé : d'autres enregistrements "
        "l'utilisent ({uses}).",
    "The expression is too long to run: more than {limit} operations in a row. Split it into "
    "shorter conditions.": "L'expression est trop longue pour être exécutée : plus de {limit} "
    "opérations à la suite. Découpez-la en conditions plus courtes.",
    "The expression is too long to run: split it into shorter conditions.":
        "L'expression est trop longue pour être exécutée : découpez-la en conditions plus "
        "courtes.",
    "{entity_label} {record} does not exist any more.": "{entity_label} {record} n'existe plus.",
    "Delete %n record(s)?": ("Supprimer %n enregistrement ?", "Supprimer %n enregistrements ?"),
    "Exporting…": "Exportation…",
    "Note": "Remarque",
    "Private (visible to me only)": "Privée (visible par moi seul)",
    "Subject": "Objet",
    "Text": "Texte",
    "Type a number.": "Saisissez un nombre.",
    "The value must be at least %1.": "La valeur doit être au moins %1.",
    "The value must be at most %1.": "La valeur doit être au plus %1.",
    "Clear the date": "Effacer la date",
    "Select %1": "Sélectionner : %1",
    "Search code or description": "Rechercher un code ou une description",
    "Select from a list (F2)": "Choisir dans une liste (F2)",
    "%1 does not exist": "%1 n'existe pas",
    "Code": "Code",
    "All statuses": "Tous les statuts",
    "Description": "Description",
    # -- domain messages ---------------------------------------------------------------------
    "A business partner with status {status_label} needs an effective date.":
        "Un tiers au statut {status_label} doit avoir une date d'effet.",
    "A note needs a subject.": "Une remarque doit avoir un objet.",
    "A record was changed by another user after you opened it. Your changes were not saved: "
    "reload and try again.":
        "Un enregistrement a été modifié par un autre utilisateur après son ouverture. Vos "
        "modifications n'ont pas été enregistrées : rechargez puis recommencez.",
    "An inactive business partner has no validity dates; clear them.":
        "Un tiers inactif n'a pas de dates de validité ; effacez-les.",
    "Code is required.": "Le code est obligatoire.",
    "Enter a code, or set a number series in the COM parameters.":
        "Saisissez un code ou définissez une série de numéros dans les paramètres COM.",
    "Only one phone number can be the primary one.":
        "Un seul numéro de téléphone peut être le numéro principal.",
    "Only {author} can change this private note.":
        "Seul {author} peut modifier cette remarque privée.",
    "Sequence {sequence} is already used in this sales process.":
        "La séquence {sequence} est déjà utilisée dans ce processus de vente.",
    "The database already holds business partners; the demo data is only loaded into an "
    "empty database.":
        "La base contient déjà des tiers ; les données de démonstration ne se chargent que "
        "dans une base vide.",
    "The database server {where} cannot be reached. Check the address, the user and password, "
    "and that the server is running.":
        "Le serveur de base de données {where} est injoignable. Vérifiez l'adresse, "
        "l'utilisateur et le mot de passe, et que le serveur fonctionne.",
    "The expiry date must not be before the effective date.":
        "La date d'expiration ne peut pas précéder la date d'effet.",
    "The number series {series} does not exist.": "La série de numéros {series} n'existe pas.",
    "The number series {series} is exhausted (last number {last}). Extend it in Number Series.":
        "La série de numéros {series} est épuisée (dernier numéro {last}). Étendez-la dans "
        "Séries de numéros.",
    "The probability may not decrease along the phases: sequence {sequence} has {other} %.":
        "La probabilité ne peut pas diminuer d'une phase à l'autre : la séquence {sequence} "
        "a {other} %.",
    "The probability must be between 0 and 100 %.":
        "La probabilité doit être comprise entre 0 et 100 %.",
    "This phase is already part of the sales process.":
        "Cette phase fait déjà partie du processus de vente.",
    "{entity_label} {code} already exists; choose another code.":
        "{entity_label} {code} existe déjà ; choisissez un autre code.",
    "{entity_label} {code} does not exist.": "{entity_label} {code} n'existe pas.",
    "{entity_label} {code} is still used by other records and cannot be deleted.":
        "{entity_label} {code} est encore utilisé par d'autres enregistrements et ne peut pas "
        "être supprimé.",
    "{entity_label} {record} was changed by {changed_by} after you opened it. Your changes "
    "were not saved: reload the record to see theirs.":
        "{entity_label} {record} a été modifié par {changed_by} après son ouverture. Vos "
        "modifications n'ont pas été enregistrées : rechargez l'enregistrement pour voir les "
        "siennes.",
    "{entity_label} {record} was deleted by another user. Your changes were not saved.":
        "{entity_label} {record} a été supprimé par un autre utilisateur. Vos modifications "
        "n'ont pas été enregistrées.",
    "{field_label} is required.": "Le champ « {field_label} » est obligatoire.",
    "{field_label} may hold at most {length} characters; shorten it.":
        "{field_label} contient au plus {length} caractères ; raccourcissez-le.",
    "{value} is not an e-mail address.": "{value} n'est pas une adresse e-mail.",
    "{where} cannot be opened. Check that the file is readable and not locked.":
        "{where} ne peut pas être ouvert. Vérifiez que le fichier est lisible et non verrouillé.",
    "{where} holds tables that are not a CRM database. Choose an empty database or a CRM one.":
        "{where} contient des tables qui ne forment pas une base CRM. Choisissez une base vide "
        "ou une base CRM.",
    "{where} is not a CRM database (it may be damaged). Choose another database file or "
    "restore a backup.":
        "{where} n'est pas une base CRM (elle est peut-être endommagée). Choisissez un autre "
        "fichier ou restaurez une sauvegarde.",
    "{where} was written by a newer version of the CRM (schema {revision}). Install the newer "
    "application to open it.":
        "{where} a été écrite par une version plus récente du CRM (schéma {revision}). "
        "Installez la nouvelle version pour l'ouvrir.",
    # -- entities ----------------------------------------------------------------------------
    "Activity": "Activité",
    "Activity template": "Modèle d'activité",
    "Attachment": "Pièce jointe",
    "Attendee": "Participant",
    "Attribute": "Attribut",
    "Attribute by attribute set": "Attribut par ensemble d'attributs",
    "Attribute option": "Option d'attribut",
    "Attribute set": "Ensemble d'attributs",
    "Attribute value": "Valeur d'attribut",
    "Business partner": "Tiers",
    "Buyer role": "Rôle d'acheteur",
    "COM parameters": "Paramètres COM",
    "CRM parameters": "Paramètres CRM",
    "Contact": "Contact",
    "Contact by opportunity": "Contact par opportunité",
    "Default attribute set by role": "Ensemble d'attributs par défaut par rôle",
    "Defaults by user": "Valeurs par défaut par utilisateur",
    "Exchange synchronization settings": "Paramètres de synchronisation Exchange",
    "Exchange synchronization user": "Utilisateur de synchronisation Exchange",
    "Item": "Article",
    "Letter": "Lettre",
    "Opportunity": "Opportunité",
    "Opportunity item": "Article d'opportunité",
    "Opportunity source": "Origine d'opportunité",
    "Opportunity type": "Type d'opportunité",
    "Phase": "Phase",
    "Phase by sales process": "Phase par processus de vente",
    "Quotation line": "Ligne de devis",
    "Quotation parameters": "Paramètres de devis",
    "Reason": "Motif",
    "Recipient": "Destinataire",
    "Record": "Enregistrement",
    "Reference by activity": "Référence par activité",
    "Reference by opportunity": "Référence par opportunité",
    "Report": "État",
    "Report layout line": "Ligne de présentation d'état",
    "Sales office": "Service des ventes",
    "Sales order type": "Type de commande client",
    "Sales process": "Processus de vente",
    "Sales quotation": "Devis",
    "Sales user profile": "Profil utilisateur de vente",
    "Selection": "Sélection",
    # -- enumerations ------------------------------------------------------------------------
    "Accepted": "Accepté", "Active": "Actif", "Alphanumeric": "Alphanumérique",
    "Appointment": "Rendez-vous", "Approved": "Approuvé", "Assignment": "Affectation",
    "Basic": "De base", "Bcc": "Cci", "Budget": "Budget", "Business Partner": "Tiers",
    "Busy": "Occupé", "Buy-from": "Fournisseur", "Call": "Appel", "Canceled": "Annulée",
    "Cc": "Cc", "Center": "Centré", "Completed": "Terminé",
    "Create or Update": "Création ou mise à jour", "Created": "Créé", "Date": "Date",
    "Days": "Jours", "Dead": "Abandonnée", "Declined": "Refusé", "Deferred": "Différée",
    "Delegate": "Délégation", "Deleted": "Supprimé", "Do Not Assign": "Ne pas affecter",
    "Double": "Décimal", "Draft": "Brouillon", "Email": "E-mail", "Error": "Erreur",
    "Exchange Web Services": "Exchange Web Services",
    "External Sales Representative": "Représentant commercial externe",
    "First Name": "Prénom", "First and Last Name": "Prénom et nom",
    "Flexible Printing": "Impression paramétrable", "Free": "Libre", "From": "De",
    "General": "Général", "Global Addition of Activities": "Ajout global des activités",
    "Global Addition of Attributes": "Ajout global des attributs",
    "Global Deletion of Activities": "Suppression globale des activités", "Held": "Tenu",
    "High": "Haute", "Hours": "Heures", "Impersonation": "Emprunt d'identité",
    "In Process": "En cours", "Inactive": "Inactif", "Inbound": "Entrant", "Integer": "Entier",
    "Internal Sales Representative": "Représentant commercial interne",
    "Invoice-from": "Facturant", "Invoice-to": "Facturé", "Left": "Gauche", "Lost": "Perdue",
    "Low": "Basse", "Lower": "Minuscules", "Mail Merge": "Publipostage",
    "Mailing": "Publipostage", "Maintenance Sales Order": "Commande client de maintenance",
    "Maintenance Sales Quotation": "Devis de maintenance", "Mandatory": "Obligatoire",
    "Mandatory Unless Empty": "Obligatoire sauf si vide", "Manual": "Manuel",
    "Meeting Organizer": "Organisateur de la réunion", "Microsoft Graph": "Microsoft Graph",
    "Minutes": "Minutes", "Miscellaneous": "Divers", "NTLM": "NTLM", "No": "Non",
    "None": "Aucun", "Normal": "Normale", "Not Applicable": "Non applicable",
    "Not Held": "Non tenu", "Not Mandatory": "Facultatif", "Not Specified": "Non spécifié",
    "Not Started": "Non commencée", "OAuth 2": "OAuth 2", "Option": "Option",
    "Optional": "Facultatif", "Other": "Autre", "Out of Office": "Absent du bureau",
    "Outbound": "Sortant", "Pay-by": "Payeur", "Pay-to": "Bénéficiaire", "Planned": "Planifié",
    "Preliminary": "Préliminaire", "Printed": "Imprimé", "Processed": "Traité",
    "Project": "Projet", "Project (PCS)": "Projet (PCS)", "Project Contract": "Contrat de projet",
    "Prospect": "Prospect", "Purchase Order": "Commande fournisseur", "Received": "Reçu",
    "Request for Quotation": "Demande de prix", "Required": "Obligatoire",
    "Resource": "Ressource", "Right": "Droite", "Sales Contract": "Contrat de vente",
    "Sales Order": "Commande client", "Sales Quotation": "Devis",
    "Send Email": "Envoi d'e-mail", "Sent": "Envoyé", "Service Call": "Appel de service",
    "Service Contract": "Contrat de service",
    "Service Contract Quotation": "Devis de contrat de service",
    "Service Order": "Ordre de service", "Service Order Quotation": "Devis d'ordre de service",
    "Service Work Order": "Ordre de travail de service", "Ship-from": "Expéditeur",
    "Ship-to": "Destinataire de livraison", "Simulate": "Simuler",
    "Skipped (already present)": "Ignoré (déjà présent)", "Skipped (filter)": "Ignoré (filtre)",
    "Skipped (selection false)": "Ignoré (sélection fausse)", "Sold-to": "Client",
    "Specific Employee": "Employé spécifique", "Suspect": "Suspect", "Task": "Tâche",
    "Tentative": "Provisoire", "Time": "Heure", "To": "À", "Update": "Mettre à jour",
    "Upper": "Majuscules", "Waiting on Someone Else": "En attente d'un tiers",
    "Warning": "Avertissement", "Weeks": "Semaines", "Wide": "Large", "Won": "Gagnée",
    "Would Create": "Serait créé", "Would Delete": "Serait supprimé",
    "enum|Email": "E-mail", "enum|Active": "Actif", "enum|Required": "Obligatoire",
    # -- fields and tabs ---------------------------------------------------------------------
    "Address": "Adresse", "Applies to": "S'applique à", "Appointments": "Rendez-vous",
    "Appointments for project assignments": "Rendez-vous pour les affectations de projet",
    "Appointments for service assignments": "Rendez-vous pour les affectations de service",
    "Base price": "Prix de base", "Business partners": "Tiers", "Calls": "Appels",
    "Category": "Catégorie", "City": "Ville", "Communication": "Communication",
    "Contacts": "Contacts", "Contacts and activities": "Contacts et activités",
    "Country": "Pays", "Credit limit": "Limite de crédit", "Currency": "Devise",
    "Default attribute sets": "Ensembles d'attributs par défaut",
    "Default opportunity type": "Type d'opportunité par défaut",
    "Default order type": "Type de commande par défaut", "Default origin": "Origine par défaut",
    "Default sales office": "Service des ventes par défaut",
    "Default sales process": "Processus de vente par défaut", "Digits": "Chiffres",
    "Do not call": "Ne pas appeler", "E-mail": "E-mail", "Effective date": "Date d'effet",
    "Emails": "E-mails",
    "Empty: numbered from the COM parameters": "Vide : numéroté selon les paramètres COM",
    "Expiry date": "Date d'expiration", "External sales rep": "Représentant externe",
    "First name": "Prénom", "Home currency": "Devise de la société", "Initials": "Initiales",
    "Initials based on": "Initiales basées sur", "Internal sales rep": "Représentant interne",
    "Job title": "Fonction", "Last name": "Nom", "Mailings": "Publipostages",
    "Maximum e-mail size (bytes)": "Taille maximale d'un e-mail (octets)",
    "Mobile phone": "Téléphone mobile", "Mobile phone is primary": "Mobile principal",
    "Name": "Nom", "Next number": "Numéro suivant", "Office phone": "Téléphone du bureau",
    "Office phone is primary": "Téléphone du bureau principal", "Opportunities": "Opportunités",
    "Opportunity number series": "Série de numéros des opportunités",
    "Opted out": "Désinscrit", "Path for attachments": "Chemin des pièces jointes",
    "Phone": "Téléphone", "Postal code": "Code postal", "Prefix": "Préfixe",
    "Prefix (van, de)": "Particule (van, de)",
    "Primary contact of the partner": "Contact principal du tiers",
    "Probability %": "Probabilité %", "Probability": "Probabilité",
    "Quotation number series": "Série de numéros des devis",
    "Quotation series": "Série des devis", "Sales": "Ventes", "Sales quotations": "Devis",
    "Sales unit": "Unité de vente", "Salutation": "Civilité", "Sequence": "Séquence",
    "Status": "Statut", "Street": "Rue", "Synchronize activities": "Synchroniser les activités",
    "Synchronize contacts": "Synchroniser les contacts",
    "Synchronize with Exchange": "Synchroniser avec Exchange", "Tasks": "Tâches",
    "User": "Utilisateur", "Validity (days)": "Validité (jours)", "Website": "Site web",
    "Number series": "Séries de numéros", "Attributes": "Attributs", "Notes": "Remarques",
    "Phases": "Phases", "Label": "Libellé", "Type": "Type", "Value": "Valeur",
    "Author": "Auteur", "Modified": "Modifié le", "Private": "Privée", "Primary": "Principal",
    "Default": "Par défaut",
    "Default order type ": "Type de commande par défaut",
    # -- opportunities and quotations --------------------------------------------------------
    "A new opportunity can only be Preliminary, In Process or Dead.":
        "Une nouvelle opportunité ne peut être que Préliminaire, En cours ou Abandonnée.",
    "A processed quotation can no longer be changed.":
        "Un devis traité ne peut plus être modifié.",
    "A quotation cannot be generated for an opportunity with status {status_label}.":
        "Impossible de générer un devis pour une opportunité au statut {status_label}.",
    "A quotation cannot be generated for an opportunity with status %1.":
        "Impossible de générer un devis pour une opportunité au statut %1.",
    "A {old_label} opportunity can only be reopened, to In Process.":
        "Une opportunité {old_label} ne peut qu'être rouverte, au statut En cours.",
    "Amount": "Montant", "Assign to me": "M'affecter", "Assigned to": "Affecté à",
    "Assigned to me": "Affectées à moi", "BP status": "Statut du tiers",
    "Choose an existing contact.": "Choisissez un contact existant.",
    "Choose an item.": "Choisissez un article.",
    "Choose the type of the reference.": "Choisissez le type de la référence.",
    "Close date": "Date de clôture", "Contacts by Opportunity": "Contacts par opportunité",
    "Discount %": "Remise %", "Discount amount": "Montant de remise", "Due date": "Échéance",
    "Element": "Élément",
    "Empty: numbered from the CRM parameters": "Vide : numéroté selon les paramètres CRM",
    "Empty: the item's price at the expected close date":
        "Vide : le prix de l'article à la date de clôture prévue",
    "End date": "Date de fin",
    "Enter an opportunity number, or set the opportunity number series in the CRM parameters.":
        "Saisissez un numéro d'opportunité ou définissez la série des opportunités dans les "
        "paramètres CRM.",
    "Enter the number of the referenced document.": "Saisissez le numéro du document référencé.",
    "Expected close date": "Date de clôture prévue",
    "Expected close from": "Clôture prévue à partir du",
    "Expected close to": "Clôture prévue jusqu'au", "Expected revenue": "CA prévu",
    "First contact": "Premier contact", "General information": "Informations générales",
    "Generate quotation": "Générer le devis", "Include in forecast": "Inclure dans la prévision",
    "Information": "Information", "Item line": "Ligne d'article",
    "Items by Opportunity": "Articles par opportunité",
    "Items cannot be added or changed for status {status_label}.":
        "Impossible d'ajouter ou de modifier des articles au statut {status_label}.",
    "Lines": "Lignes", "Mandatory project peg": "Rattachement projet obligatoire",
    "Manual price": "Prix manuel",
    "No employee is linked to your user; choose one in Settings.":
        "Aucun employé n'est lié à votre utilisateur ; choisissez-en un dans les paramètres.",
    "No number series for quotations: set one on the sales office, the sales user profile, "
    "the default sales order type or the quotation parameters.":
        "Aucune série de numéros pour les devis : définissez-en une sur le service des ventes, "
        "le profil utilisateur de vente, le type de commande client par défaut ou les "
        "paramètres de devis.",
    "Only a Preliminary opportunity without quotations can be deleted; set {code} to Canceled "
    "instead.":
        "Seule une opportunité préliminaire sans devis peut être supprimée ; passez {code} au "
        "statut Annulée.",
    "Open only": "Ouvertes uniquement", "Ordered qty": "Qté commandée", "Origin": "Origine",
    "Position": "Position", "Price": "Prix", "Price origin": "Origine du prix",
    "Primary contact": "Contact principal", "Project peg": "Rattachement projet",
    "Quotation": "Devis", "Recalculate prices": "Recalculer les prix",
    "Reference": "Référence", "References": "Références",
    "References by Opportunity": "Références par opportunité", "Remark": "Remarque",
    "Revenue and dates": "Chiffre d'affaires et dates", "Sales Quotations": "Devis",
    "Sales process is required.": "Le processus de vente est obligatoire.",
    "Select": "Sélectionner", "Select all": "Tout sélectionner",
    "Select none": "Tout désélectionner", "Sold-to business partner": "Tiers acheteur",
    "Status and dates": "Statut et dates", "System": "Système",
    "The discount must be between 0 and 100 %.": "La remise doit être comprise entre 0 et 100 %.",
    "The expected close date is before the first contact date.":
        "La date de clôture prévue précède la date du premier contact.",
    "The opportunity no longer exists.": "L'opportunité n'existe plus.",
    "The opportunity was not reopened; nothing was saved.":
        "L'opportunité n'a pas été rouverte ; rien n'a été enregistré.",
    "The quantity must be greater than zero.": "La quantité doit être supérieure à zéro.",
    "The sales process {code} is not active; choose an active one.":
        "Le processus de vente {code} n'est pas actif ; choisissez-en un actif.",
    "This phase is not a phase of the sales process {code}.":
        "Cette phase n'appartient pas au processus de vente {code}.",
    "This reference was created by the system and cannot be deleted.":
        "Cette référence a été créée par le système et ne peut pas être supprimée.",
    "This reference was created by the system: only its remark can be changed.":
        "Cette référence a été créée par le système : seule sa remarque peut être modifiée.",
    "Total of selected items (item revenue): %1":
        "Total des articles sélectionnés (CA articles) : %1",
    "tabs|Notes": "Remarques", "tabs|Opportunities": "Opportunités", "Phases ": "Phases",
    "Unit": "Unité", "Valid until": "Valable jusqu'au", "Items": "Articles",
    "%1 opportunities · expected revenue %2 · weighted revenue %3":
        "%1 opportunités · CA prévu %2 · CA pondéré %3",
    "Create a sales quotation from the selected items":
        "Créer un devis à partir des articles sélectionnés",
    "Opportunity {code} is {old_label}. Reopen it?":
        "L'opportunité {code} est {old_label}. La rouvrir ?",
    "Quotation %1 was created with %2 line(s). Open it?":
        "Le devis %1 a été créé avec %2 ligne(s). L'ouvrir ?",
    "Reopen opportunity": "Rouvrir l'opportunité",
    "Save the opportunity first.": "Enregistrez d'abord l'opportunité.",
    # -- processing forms ---------------------------------------------------------------------
    "%1: %n record(s) processed.": ("%1 : %n enregistrement traité.",
                                    "%1 : %n enregistrements traités."),
    "Cancelled: nothing was changed.": "Annulé : rien n'a été modifié.",
    "%n created": ("%n créé", "%n créés"),
    "%n would be created": ("%n serait créé", "%n seraient créés"),
    "%n skipped (selection false)": ("%n ignoré (sélection fausse)",
                                     "%n ignorés (sélection fausse)"),
    "%n skipped (filter)": ("%n ignoré (filtre)", "%n ignorés (filtre)"),
    "%n skipped (already present)": ("%n ignoré (déjà présent)", "%n ignorés (déjà présents)"),
    "%n warning(s)": ("%n avertissement", "%n avertissements"),
    "%n error(s)": ("%n erreur", "%n erreurs"),
    "%n deleted": ("%n supprimé", "%n supprimés"),
    "%n would be deleted": ("%n serait supprimé", "%n seraient supprimés"),
    "%n updated": ("%n mis à jour", "%n mis à jour"),
    "%n would be updated": ("%n serait mis à jour", "%n seraient mis à jour"),
    "%n unchanged": ("%n inchangé", "%n inchangés"),
    "Hide skipped records": "Masquer les enregistrements ignorés",
    "Options belong to attributes of type Option.":
        "Les options concernent les attributs de type Option.",
    "Message": "Message", "Opportunity from": "Opportunité de", "Opportunity to": "à",
    "Recalculate Opportunity Prices": "Recalcul des prix des opportunités",
    "Result": "Résultat", "Run": "Exécuter", "Running…": "En cours…",
    "The run failed and was rolled back: %1": "Le traitement a échoué et a été annulé : %1",
    "Unchanged": "Inchangé", "Updated": "Mis à jour", "Would Update": "Serait mis à jour",

    # -- activities ---------------------------------------------------------------------------
    "A follow-up can be an appointment, a call, a task or an e-mail.":
        "Une activité de suivi peut être un rendez-vous, un appel, une tâche ou un e-mail.",
    "Activities": "Activités", "All day": "Toute la journée", "All types": "Tous les types",
    "Attach a file": "Joindre un fichier", "Attachments": "Pièces jointes",
    "Attendance": "Présence", "Attendance status": "Statut de présence",
    "Attendees": "Participants", "Choose the {type_label}.": "Choisissez : {type_label}.",
    "Company": "Société", "Direction": "Sens", "Due": "Échéance",
    "Duration (hours)": "Durée (heures)", "Duration (minutes)": "Durée (minutes)",
    "E-mail (other)": "E-mail (autre)", "End": "Fin",
    "Enter how long before the start the reminder comes.":
        "Indiquez combien de temps avant le début le rappel doit venir.",
    "Enter the due date of the task.": "Saisissez l'échéance de la tâche.",
    "Enter the start.": "Saisissez le début.",
    "Enter when the task should remind you.": "Indiquez quand la tâche doit vous le rappeler.",
    "File": "Fichier", "Follow up": "Suivi", "Follow-ups": "Activités de suivi",
    "Full name": "Nom complet", "Full name (other)": "Nom complet (autre)",
    "Invite": "Inviter",
    "Link the activity to a business partner, a contact, an opportunity or another activity.":
        "Liez l'activité à un tiers, un contact, une opportunité ou une autre activité.",
    "Links": "Liens", "Location": "Lieu", "Name (other)": "Nom (autre)",
    "Only appointments and calls have attendees.":
        "Seuls les rendez-vous et les appels ont des participants.",
    "Only e-mails have recipients and attachments.":
        "Seuls les e-mails ont des destinataires et des pièces jointes.",
    "Organizer": "Organisateur", "Priority": "Priorité", "Recipients": "Destinataires",
    "References by Activity": "Références par activité", "Remind at": "Rappel le",
    "Reminder": "Rappel", "Reminder before": "Rappel avant", "Role": "Rôle",
    "Send": "Envoyer", "Sent / received": "Envoyé / reçu",
    "Set the number series for {type_label} in the COM parameters.":
        "Définissez la série de numéros pour {type_label} dans les paramètres COM.",
    "Show time as": "Afficher la disponibilité", "Size (bytes)": "Taille (octets)",
    "Start": "Début",
    "Synchronize": "Synchroniser",
    "The activity already has a meeting organizer.":
        "L'activité a déjà un organisateur de réunion.",
    "The end must not be before the start.": "La fin ne peut pas précéder le début.",
    "The meeting organizer must be an employee.":
        "L'organisateur de la réunion doit être un employé.",
    "This e-mail is {status_label}: it can no longer be changed.":
        "Cet e-mail est {status_label} : il ne peut plus être modifié.",
    "Type the name and e-mail of the other attendee.":
        "Saisissez le nom et l'e-mail de l'autre participant.",
    "When": "Quand",
    "{file} would make the e-mail {total} bytes, over the limit of {limit} bytes.":
        "{file} porterait l'e-mail à {total} octets, au-delà de la limite de {limit} octets.",
    "{name} has opted out and cannot be invited.":
        "{name} s'est désinscrit(e) et ne peut pas être invité(e).",
    "{status_label} is not a status of a {type_label}.":
        "{status_label} n'est pas un statut de : {type_label}.",
    "Sending goes through Microsoft Exchange, which is not connected yet.":
        "L'envoi passe par Microsoft Exchange, qui n'est pas encore connecté.",
    "session|Email": "E-mail", "session|Call": "Appel", "session|Task": "Tâche",
    "session|Mailing": "Publipostage", "session|Appointment": "Rendez-vous",
    "%n activities": ("%n activité", "%n activités"), "Day": "Jour", "Dismiss": "Ignorer",
    "My Agenda": "Mon agenda",
    "No contact has the address {address}; create the contact, then drop the e-mail again.":
        "Aucun contact n'a l'adresse {address} ; créez le contact, puis déposez de nouveau "
        "l'e-mail.",
    "Reminders": "Rappels", "Snooze %1 min": "Répéter dans %1 min",
    "This file is not an e-mail with a sender.":
        "Ce fichier n'est pas un e-mail avec un expéditeur.",
    "Today": "Aujourd'hui", "Week": "Semaine",
    # -- selection expressions ----------------------------------------------------------------
    '({kind}, ...) stands only before IN "pattern".':
        '({kind}, ...) ne s\'emploie que devant IN "motif".',
    "After ({kind}, give an attribute code.": "Après ({kind}, indiquez un code d'attribut.",
    "After IN, give ranges such as (10,100) (200,300), or a pattern in double quotes.":
        "Après IN, indiquez des plages comme (10,100) (200,300), ou un motif entre guillemets.",
    "Cannot compare {left_label} with {right_label}.":
        "Impossible de comparer {left_label} avec {right_label}.",
    "Date arithmetic needs a date and a number written in the expression, e.g. today() - 45.":
        "Le calcul sur les dates demande une date et un nombre écrits dans l'expression, "
        "p. ex. today() - 45.",
    "Division by zero.": "Division par zéro.",
    "Expected {expected} but found {found}.": "{expected} attendu, {found} trouvé.",
    'IN "pattern" needs text.': 'IN "motif" s\\\'applique à du texte.',
    "IN (low,high) needs a number or a date.": "IN (bas,haut) s'applique à un nombre ou une date.",
    "That date does not exist.": "Cette date n'existe pas.",
    "The bounds of a range must be of the same type as the value.":
        "Les bornes d'une plage doivent être du même type que la valeur.",
    "The expression contains a NUL character; remove it.":
        "L'expression contient un caractère NUL ; supprimez-le.",
    "The expression ends too early.": "L'expression se termine trop tôt.",
    "The expression is empty.": "L'expression est vide.",
    "The expression is nested too deeply.": "L'expression est trop imbriquée.",
    "The expression is too long ({length} characters; at most {limit}).":
        "L'expression est trop longue ({length} caractères ; au plus {limit}).",
    'The expression must be a condition (true or false), e.g. bp.city = "Lyon".':
        "L'expression doit être une condition (vraie ou fausse), p. ex. bp.city = \"Lyon\".",
    "This closing parenthesis has no opening one.":
        "Cette parenthèse fermante n'a pas de parenthèse ouvrante.",
    "This parenthesis is not closed.": "Cette parenthèse n'est pas fermée.",
    "This text has no closing double quote.": "Ce texte n'a pas de guillemet fermant.",
    "Unexpected character {char}.": "Caractère inattendu {char}.",
    "Unexpected {found}.": "{found} inattendu.",
    "Unexpected {found}: an operator such as and, or, = is missing.":
        "{found} inattendu : il manque un opérateur comme and, or, =.",
    "Unknown attribute {code}.": "Attribut inconnu {code}.",
    "Unknown attribute {code}. Did you mean {suggestion}?":
        "Attribut inconnu {code}. Vouliez-vous dire {suggestion} ?",
    "Unknown field {name}.": "Champ inconnu {name}.",
    "Unknown field {name}. Did you mean {suggestion}?":
        "Champ inconnu {name}. Vouliez-vous dire {suggestion} ?",
    "Unknown function {name}(); use today, date, days, upper, lower or len.":
        "Fonction inconnue {name}() ; utilisez today, date, days, upper, lower ou len.",
    "[ opens an attribute: [R, code].": "[ ouvre un attribut : [R, code].",
    "date() takes numbers written in the expression.":
        "date() prend des nombres écrits dans l'expression.",
    '{name} is not a field: put text in double quotes, "{name}".':
        "{name} n'est pas un champ : mettez le texte entre guillemets, \"{name}\".",
    "{name}() takes ({types}).": "{name}() prend ({types}).",
    "{op} needs {wanted_label}, not {found_label}.":
        "{op} demande {wanted_label}, pas {found_label}.",
    "a number": "un nombre", "a date": "une date", "a condition": "une condition",
    "crm|text": "du texte",
    # -- attributes and selections -----------------------------------------------------------
    "Add": "Ajouter", "Add attribute": "Ajouter un attribut",
    "Add attribute set": "Ajouter un ensemble d'attributs", "Alignment": "Alignement",
    "Attribute Set": "Ensemble d'attributs", "Attribute Sets": "Ensembles d'attributs",
    "Attribute {code} has {count} value(s); it cannot be deleted.":
        "L'attribut {code} a {count} valeur(s) ; il ne peut pas être supprimé.",
    "Business object": "Objet de gestion", "Case conversion": "Conversion de casse",
    "Choose what to add.": "Choisissez ce qu'il faut ajouter.",
    "Compile expression": "Compiler l'expression", "Compiled": "Compilée",
    "Empty: the first 16 characters of the label":
        "Vide : les 16 premiers caractères du libellé",
    "Expression": "Expression", "Fields": "Champs", "Length": "Longueur",
    "Lookup (zoom) code": "Code de recherche (zoom)", "Search key": "Clé de recherche",
    "Selected records: %1": "Enregistrements sélectionnés : %1", "Selections": "Sélections",
    "The length of a {type_label} attribute is {low} to {high}.":
        "La longueur d'un attribut {type_label} va de {low} à {high}.",
    "Validation": "Validation",
    "attribute() takes an attribute code in double quotes.":
        "attribute() prend un code d'attribut entre guillemets.",
    "{code} is already attached.": "{code} est déjà rattaché.",
    "{label} takes at most {length} characters.": "{label} prend au plus {length} caractères.",
    "{label} takes at most {length} digits.": "{label} prend au plus {length} chiffres.",
    "{label} takes whole numbers.": "{label} prend des nombres entiers.",
    "{value} is not a number.": "{value} n'est pas un nombre.",
    "{value} is not a valid date.": "{value} n'est pas une date valide.",
    "{value} is not a valid time (HHMM).": "{value} n'est pas une heure valide (HHMM).",
    "{value} is not an option of {label}: choose one of {options}.":
        "{value} n'est pas une option de {label} : choisissez parmi {options}.",
    "The expression compiles.": "L'expression est correcte.",
    "No preview: the expression does not compile.":
        "Pas d'aperçu : l'expression ne se compile pas.",
    "Options": "Options",
    # -- session titles ----------------------------------------------------------------------
    "Business Partners": "Tiers", "Buyer Role": "Rôle d'acheteur",
    "Buyer Roles": "Rôles d'acheteur", "COM Parameters": "Paramètres COM",
    "CRM Parameters": "Paramètres CRM", "Employees": "Employés",
    "Number Series": "Séries de numéros", "Opportunity Source": "Origine d'opportunité",
    "Opportunity Sources": "Origines d'opportunités", "Opportunity Type": "Type d'opportunité",
    "Opportunity Types": "Types d'opportunités",
    "Phase by Sales Process": "Phase par processus de vente",
    "Phases by Sales Process": "Phases par processus de vente",
    "Quotation Parameters": "Paramètres de devis", "Reasons": "Motifs",
    "Sales Office": "Service des ventes", "Sales Offices": "Services des ventes",
    "Sales Order Type": "Type de commande client",
    "Sales Order Types": "Types de commandes clients", "Sales Process": "Processus de vente",
    "Sales Processes": "Processus de vente", "Sales User Profile": "Profil utilisateur de vente",
    "Sales User Profiles": "Profils utilisateurs de vente",
    # -- global addition of attributes, zooms, lists in expressions ---------------------------
    "A range has two bounds: (low, high).": "Une plage a deux bornes : (min, max).",
    "After IN, give ranges such as (10,100) (200,300), a list such as (\"Lyon\", \"Paris\"), "
    "or a pattern in double quotes.":
        "Après IN, donnez des plages comme (10,100) (200,300), une liste comme "
        "(\"Lyon\", \"Paris\") ou un motif entre guillemets.",
    "After text IN, list texts in double quotes, e.g. (\"Lyon\", \"Paris\").":
        "Après un texte IN, listez des textes entre guillemets, p. ex. (\"Lyon\", \"Paris\").",
    "All attributes of the set are present.": "Tous les attributs de l'ensemble sont présents.",
    "The selection is false for this record.": "La sélection est fausse pour cet enregistrement.",
    "Inactive contact or closed activity.": "Contact inactif ou activité clôturée.",
    "Attribute set {code} does not exist.": "L'ensemble d'attributs {code} n'existe pas.",
    "Attribute set {code} has no attributes.": "L'ensemble d'attributs {code} n'a aucun attribut.",
    "Choose business partners, opportunities, contacts or activities.":
        "Choisissez des tiers, des opportunités, des contacts ou des activités.",
    "Choose the attribute set to add.": "Choisissez l'ensemble d'attributs à ajouter.",
    "Only Alphanumeric attributes take their value from a list.":
        "Seuls les attributs alphanumériques prennent leur valeur dans une liste.",
    "Selection {code} does not exist.": "La sélection {code} n'existe pas.",
    "{code} is not a list values can be chosen from; use one of {codes}.":
        "{code} n'est pas une liste de valeurs ; utilisez l'une de {codes}.",
    "{count} attribute(s) added": "{count} attribut(s) ajouté(s)",
    "{count} attribute(s) would be added": "{count} attribut(s) seraient ajouté(s)",
    "{count} price(s)": "{count} prix",
    "{label} needs a code from {list_label}.": "{label} doit recevoir un code de : {list_label}.",
    "{value} is not in {list_label}; press F2 to choose.":
        "{value} n'existe pas dans : {list_label} ; appuyez sur F2 pour choisir.",
    "{value} is not one of: {choices}.": "{value} ne fait pas partie de : {choices}.",
    "Active contacts only": "Contacts actifs uniquement",
    "Advanced selection": "Sélection avancée",
    "Choose from the list": "Choisir dans la liste",
    "Chosen from": "Choisi dans",
    "When given, only the records for which its expression is true":
        "Si renseignée, seuls les enregistrements pour lesquels son expression est vraie",
    "Open activities only": "Activités ouvertes uniquement",
    "Print the selection text": "Imprimer le texte de sélection",
    "Target group": "Groupe cible",
    "The list the value must come from (F2 in the value)":
        "La liste d'où doit venir la valeur (F2 dans la valeur)",
    "The pattern {pattern} is not valid: check its sets and ranges, e.g. (a-z).":
        "Le motif {pattern} n'est pas valide : vérifiez ses ensembles et ses plages, p. ex. (a-z).",
    'e.g. bp.city = "Lyon" -- Ctrl+Space lists the fields and attributes':
        'p. ex. bp.city = "Lyon" -- Ctrl+Espace liste les champs et les attributs',
    "Attributes by Business Partner": "Attributs par tiers",
    "Attributes by Opportunity": "Attributs par opportunité",
    "Attributes by Contact": "Attributs par contact",
    "Attributes by Activity": "Attributs par activité",
    # -- Exchange synchronisation ------------------------------------------------------------
    "Test connection": "Tester la connexion", "Users": "Utilisateurs",
    "Password not saved": "Mot de passe non enregistré",
    "The system keyring refused the password: %1":
        "Le trousseau du système a refusé le mot de passe : %1",
    "Testing the connection…": "Test de la connexion…",
    "Connected: the calendar of %1 holds %n item(s).":
        ("Connecté : le calendrier de %1 contient %n élément.",
         "Connecté : le calendrier de %1 contient %n éléments."),
    "The connection failed: %1": "La connexion a échoué : %1",
    "Will retry: %1": "Nouvel essai prévu : %1",
    "Synchronised %n min ago": ("Synchronisé il y a %n min", "Synchronisé il y a %n min"),
    "%n change(s) waiting": ("%n modification en attente", "%n modifications en attente"),
    "Activate all": "Tout activer", "Deactivate all": "Tout désactiver",
    "Import all users": "Importer tous les utilisateurs",
    "A pull interval is at least 1.": "Un intervalle de lecture vaut au moins 1.",
    "Enter the address of the Exchange service, e.g. "
    "https://mail.example.com/EWS/Exchange.asmx.":
        "Saisissez l'adresse du service Exchange, p. ex. "
        "https://mail.example.com/EWS/Exchange.asmx.",
    "Exchange answered with an error; it will be retried.":
        "Exchange a répondu par une erreur ; un nouvel essai aura lieu.",
    "Exchange cannot be reached (connection refused or no network).":
        "Exchange est injoignable (connexion refusée ou pas de réseau).",
    "Exchange did not answer in time.": "Exchange n'a pas répondu à temps.",
    "The system keyring cannot be used, so the password of the service account cannot be "
    "read or saved.":
        "Le trousseau du système est inutilisable : le mot de passe du compte de service ne "
        "peut être ni lu ni enregistré.",
    "Preview": "Aperçu",
    "Exchange is busy and asked to wait {seconds} s.":
        "Exchange est occupé et demande d'attendre {seconds} s.",
    "Exchange refused the account: check the user name and password.":
        "Exchange a refusé le compte : vérifiez l'utilisateur et le mot de passe.",
    "A pull interval under 15 minutes loads Exchange; 15 minutes or more is advised.":
        "Un intervalle de lecture sous 15 minutes charge Exchange ; 15 minutes ou plus est "
        "conseillé.",
    "Authentication": "Authentification", "Calendar pull interval": "Intervalle de lecture du calendrier",
    "Connection": "Connexion", "Contact pull interval": "Intervalle de lecture des contacts",
    "Contact unit": "Unité (contacts)", "E-mail address": "Adresse e-mail",
    "Exactly as the mailbox spells it, letter case included":
        "Exactement comme la boîte aux lettres l'écrit, majuscules comprises",
    "Impersonation: a service account acts for every sync user":
        "Emprunt d'identité : un compte de service agit pour chaque utilisateur synchronisé",
    "Kept in the system keyring; leave empty to keep the saved one. OAuth 2: the client "
    "secret":
        "Conservé dans le trousseau du système ; laisser vide pour garder celui enregistré. "
        "OAuth 2 : le secret client",
    "OAuth 2: the application (client) id": "OAuth 2 : l'identifiant (client) de l'application",
    "Tenant (OAuth 2)": "Locataire (OAuth 2)",
    "The directory (tenant) id the application is registered in":
        "L'identifiant de l'annuaire (locataire) où l'application est inscrite",
    "Token address (OAuth 2)": "Adresse des jetons (OAuth 2)",
    "Empty: Microsoft's address for the tenant": "Vide : l'adresse Microsoft du locataire",
    "OAuth 2 needs the tenant (directory) id the application is registered in.":
        "OAuth 2 demande l'identifiant du locataire (annuaire) où l'application est inscrite.",
    "The application was refused its token: check the client id, its secret and the tenant.":
        "Le jeton a été refusé à l'application : vérifiez l'identifiant client, son secret et "
        "le locataire.",
    "The token address must start with https://.":
        "L'adresse des jetons doit commencer par https://.",
    "Outlook category imported": "Catégorie Outlook importée",
    "Outlook items with this category become activities":
        "Les éléments Outlook de cette catégorie deviennent des activités",
    "Password": "Mot de passe", "Protocol": "Protocole",
    "Push notifications": "Notifications push", "Schedule": "Planification",
    "Server version": "Version du serveur", "Service account": "Compte de service",
    "Service address": "Adresse du service", "Synchronisation on": "Synchronisation active",
    "Time-out (seconds)": "Délai d'attente (secondes)",
    "e.g. 15.1.2507.6; empty: asked from the server":
        "p. ex. 15.1.2507.6 ; vide : demandée au serveur",
    "e.g. https://mail.example.com/EWS/Exchange.asmx":
        "p. ex. https://mail.example.com/EWS/Exchange.asmx",
    "Access": "Accès",
    "MS Exchange Synchronization Settings": "Paramètres de synchronisation MS Exchange",
    "MS Exchange Synchronization User": "Utilisateur de synchronisation MS Exchange",
    "MS Exchange Synchronization Users": "Utilisateurs de synchronisation MS Exchange",
    "Send through Microsoft Exchange; a copy stays in Sent Items":
        "Envoyer par Microsoft Exchange ; une copie reste dans les éléments envoyés",
    "Cannot send": "Envoi impossible", "Not sent": "Non envoyé",
    "The e-mail was not sent and stays a draft: %1":
        "L'e-mail n'a pas été envoyé et reste un brouillon : %1",
    "Add a To recipient with an e-mail address before sending.":
        "Ajoutez un destinataire « À » avec une adresse e-mail avant d'envoyer.",
    "Only outbound e-mails are sent.": "Seuls les e-mails sortants sont envoyés.",
    "{sender} is not an active Exchange synchronisation user: e-mails leave from the "
    "mailboxes of those users.":
        "{sender} n'est pas un utilisateur actif de la synchronisation Exchange : les e-mails "
        "partent des boîtes aux lettres de ces utilisateurs.",
    # issue 13: daily use
    "Search code or name": "Rechercher un code ou un nom",
    "The records of this context come first.": "Les enregistrements de ce contexte viennent en premier.",
    "%1 is not one of the choices here": "%1 ne fait pas partie des choix possibles ici",
    "%1 matches several records: press F2 to choose":
        "%1 correspond à plusieurs enregistrements : appuyez sur F2 pour choisir",
    # issue 30: lookups read off the GUI thread; the command line's save
    "One of this context's records": "Un enregistrement de ce contexte",
    "cannot be checked now: %1": "ne peut pas être vérifié maintenant : %1",
    "%1 is still being checked": "%1 est en cours de vérification",
    "There is no record type {name}.": "Le type d'enregistrement {name} n'existe pas.",
    "Write each value as FIELD=VALUE: {text}": "Écrivez chaque valeur sous la forme CHAMP=VALEUR : {text}",
    "{entity} has no field {field}.": "{entity} n'a pas de champ {field}.",
    "{value} is not a value of {field}.": "{value} n'est pas une valeur de {field}.",
    "New appointments last": "Durée des nouveaux rendez-vous",
    "New calls last": "Durée des nouveaux appels",
    "Tasks are due at": "Échéance des tâches à",
    " min": " min",
    "Pick from a calendar": "Choisir dans un calendrier",
    "e.g. 03/12/2026 10:00, tomorrow 10:00, +2": "p. ex. 03/12/2026 10:00, demain 10h, +2",
    "e.g. 03/12/2026, tomorrow, +2": "p. ex. 03/12/2026, demain, +2",
    "Type a date such as %1.": "Saisissez une date comme %1.",
    "03/12/2026 10:00, tomorrow 10:00 or +2": "03/12/2026 10:00, demain 10h ou +2",
    "03/12/2026, tomorrow or +2": "03/12/2026, demain ou +2",
    "Field": "Champ", "File name": "Nom du fichier", "Kind": "Type", "Line": "Ligne",
    "Mailbox": "Boîte aux lettres", "Mode": "Mode", "Operation": "Opération", "Size": "Taille",
    "Stored file": "Fichier enregistré", "Turnover last year": "CA de l'année précédente",
    "Turnover this year": "CA de l'année en cours",
    "The items are saved with the opportunity.": "Les articles sont enregistrés avec l'opportunité.",
    "Item by opportunity": "Article par opportunité",
    "Expected revenue = total of the selected items (%1)":
        "Chiffre d'affaires prévu = total des articles sélectionnés (%1)",
    "Item total: %1": "Total des articles : %1",
    "Use item total": "Reprendre le total des articles",
    "Only the rows matching “%1” are shown; clear the search to see them all.":
        "Seules les lignes contenant « %1 » sont affichées ; videz la recherche pour tout voir.",
    "Default tax rate %": "Taux de taxe par défaut %", "Tax rate %": "Taux de taxe %",
    "Empty: the default rate of the quotation parameters":
        "Vide : le taux par défaut des paramètres des devis",
    "Empty: the item's price": "Vide : le prix de l'article",
    "Empty: the item's sales unit": "Vide : l'unité de vente de l'article",
    "Tax": "Taxe", "Total of the lines": "Total des lignes", "Total with tax": "Total TTC",
    "Totals": "Totaux",
    "&File": "&Fichier", "Quit": "Quitter", "My day": "Ma journée",
    "Overdue": "En retard", "Tomorrow": "Demain",
    "Tasks due": "Tâches à échéance", "My opportunities closing this month":
        "Mes opportunités à conclure ce mois-ci", "Nothing overdue.": "Rien en retard.",
    "No appointment or call today.": "Aucun rendez-vous ni appel aujourd'hui.",
    "No appointment or call tomorrow.": "Aucun rendez-vous ni appel demain.",
    "No task due today or tomorrow.": "Aucune tâche à échéance aujourd'hui ou demain.",
    "No opportunity of yours closes this month.":
        "Aucune de vos opportunités ne se conclut ce mois-ci.",
    "No reminder due.": "Aucun rappel en attente.", "weighted %1": "pondéré %1",
    "Hello %1 — %2": "Bonjour %1 — %2", "Company name": "Raison sociale",
    # one English spelling: Synchronize, E-mail
    "Only appointments, calls and tasks are synchronized.": "Seuls les rendez-vous, les appels et les tâches sont synchronisés.",
    "Synchronization of activities is off in the COM parameters.": "La synchronisation des activités est désactivée dans les paramètres COM.",
    "To synchronize, every attendee needs an e-mail address.": "Pour synchroniser, chaque participant doit avoir une adresse e-mail.",
    "To synchronize, invite at least one attendee besides the organizer.": "Pour synchroniser, invitez au moins un participant en plus de l'organisateur.",
    "To synchronize, the activity needs a meeting organizer.": "Pour synchroniser, l'activité doit avoir un organisateur de réunion.",
    "Synchronize now": "Synchroniser maintenant",
    "Synchronizing with Exchange…": "Synchronisation avec Exchange…",
    "Synchronization stopped: %1": "Synchronisation arrêtée : %1",
    "Synchronized just now": "Synchronisé à l'instant",
    "Synchronized %n min ago": ("Synchronisé il y a %n min", "Synchronisé il y a %n min"),
    "Enter the account the synchronization signs in with.": "Saisissez le compte avec lequel la synchronisation se connecte.",
    "Last synchronization": "Dernière synchronisation",
    "Synchronization on": "Synchronisation active",
    "{sender} is not an active Exchange synchronization user: e-mails leave from the mailboxes of those users.": "{sender} n'est pas un utilisateur actif de la synchronisation Exchange : les e-mails partent des boîtes aux lettres de ces utilisateurs.",
    "E-mails": "E-mails",
    "Send E-mail": "Envoi d'e-mail",
    "Numbered from the COM parameters when saved": "Numéroté d'après les paramètres COM à l'enregistrement",
    # -- letters (tdsmi1150m000) -------------------------------------------------------------
    "Letters": "Lettres",
    "French": "Français",
    "English": "Anglais",
    "Layout": "Mise en page",
    "Export": "Export",
    "Output": "Sortie",
    "Export to Word": "Exporter vers Word",
    "Import from Word": "Importer depuis Word",
    "Copy letter": "Copier la lettre",
    "Code of the new letter": "Code de la nouvelle lettre",
    "Word documents (*.docx)": "Documents Word (*.docx)",
    "Mail merge writes the merged data to a file for a word processor instead of printing letters (BR-LET-05).": "Le publipostage écrit les données fusionnées dans un fichier pour un traitement de texte au lieu d'imprimer les lettres (BR-LET-05).",
    "Insert merge field": "Insérer un champ de fusion",
    "Search fields, attributes and variables": "Rechercher un champ, un attribut ou une variable",
    "As it is": "Tel quel",
    "At a fixed position (#)": "À position fixe (#)",
    "At a fixed width (%)": "À largeur fixe (%)",
    "Placement": "Placement",
    "Undo": "Annuler",
    "Redo": "Rétablir",
    "Insert field": "Insérer un champ",
    "Insert table": "Insérer un tableau",
    "Add row": "Ajouter une ligne",
    "Add column": "Ajouter une colonne",
    "Remove row": "Supprimer la ligne",
    "Remove column": "Supprimer la colonne",
    "Insert picture": "Insérer une image",
    "Page setup": "Mise en page de la feuille",
    "Bold": "Gras",
    "Italic": "Italique",
    "Underline": "Souligné",
    "Text colour": "Couleur du texte",
    "Align left": "Aligner à gauche",
    "Centre": "Centrer",
    "Align right": "Aligner à droite",
    "Justify": "Justifier",
    "Bulleted list": "Liste à puces",
    "Numbered list": "Liste numérotée",
    "Decrease indent": "Diminuer le retrait",
    "Increase indent": "Augmenter le retrait",
    "Pictures (*.png *.jpg *.jpeg *.gif *.bmp)": "Images (*.png *.jpg *.jpeg *.gif *.bmp)",
    "This file is not a picture the letter can hold: choose a PNG, JPEG, GIF or BMP file.": "Ce fichier n'est pas une image que la lettre peut contenir : choisissez un fichier PNG, JPEG, GIF ou BMP.",
    "(no suggestion)": "(aucune suggestion)",
    "Add to dictionary": "Ajouter au dictionnaire",
    "Page size": "Format de page",
    "Top margin (mm)": "Marge haute (mm)",
    "Bottom margin (mm)": "Marge basse (mm)",
    "Left margin (mm)": "Marge gauche (mm)",
    "Right margin (mm)": "Marge droite (mm)",
    "Rows": "Lignes",
    "Columns": "Colonnes",
    "A letter is written for a business partner, a contact, an opportunity or an activity.": "Une lettre s'adresse à un tiers, un contact, une opportunité ou une activité.",
    "A letter on {object_kind} cannot merge {fields}: remove these fields or choose them from the catalogue.": "Une lettre sur l'objet « {object_kind} » ne peut pas fusionner {fields} : retirez ces champs ou choisissez-les dans le catalogue.",
    "Attributes of the activity": "Attributs de l'activité",
    "Attributes of the business partner": "Attributs du tiers",
    "Attributes of the contact": "Attributs du contact",
    "Attributes of the opportunity": "Attributs de l'opportunité",
    "Choose a record to see the letter merged on it.": "Choisissez un enregistrement pour voir la lettre fusionnée.",
    "Contact's before-surname prefix, capitalised": "Particule du nom du contact, avec une majuscule",
    "Contact's salutation": "Civilité du contact",
    "Correspondence name (the contact's last name, else the partner's name)": "Nom de correspondance (nom du contact, sinon nom du tiers)",
    "Empty fields are left empty, as the letter will print.": "Les champs vides restent vides, comme à l'impression.",
    "The editor cannot show some parts of this document, so their text was kept as plain paragraphs: %1.": "L'éditeur ne peut pas afficher certaines parties de ce document ; leur texte a été conservé en paragraphes simples : %1.",
    "The file could not be written: %1": "Le fichier n'a pas pu être écrit : %1",
    "The letter's language must be French (fr) or English (en).": "La langue de la lettre doit être le français (fr) ou l'anglais (en).",
    "This file is not a Word document (.docx) the letter can read. Save it as .docx in Word and try again.": "Ce fichier n'est pas un document Word (.docx) lisible par la lettre. Enregistrez-le au format .docx dans Word et réessayez.",
    "Today's date": "Date du jour",
    "Turnover of the current year": "Chiffre d'affaires de l'année en cours",
    "Turnover of the previous year": "Chiffre d'affaires de l'année précédente",
    "Variables": "Variables",
    "Your company's name": "Nom de votre société",
    "Your name": "Votre nom",
    "embedded object": "objet incorporé",
    "endnote": "note de fin",
    "equation": "équation",
    "footnote": "note de bas de page",
    "merged cells": "cellules fusionnées",
    "page footer": "pied de page",
    "page header": "en-tête de page",
    "shape": "forme",
    "table inside a table": "tableau dans un tableau",
    "text box": "zone de texte",
    # -- campaigns: templates, global activities, mail merge ----------------------------------
    "Nothing was printed.": "Rien n'a été imprimé.",
    "Activity from template {template}": "Activité du modèle {template}",
    "Activity template {code} does not exist.": "Le modèle d'activité {code} n'existe pas.",
    "Activity template {code} is not active.": "Le modèle d'activité {code} n'est pas actif.",
    "Already given an activity in this run.": "A déjà reçu une activité dans ce traitement.",
    "Choose the activity template.": "Choisissez le modèle d'activité.",
    "Choose the employee the activities are assigned to.": "Choisissez l'employé à qui affecter les activités.",
    "Choose the file or folder the letters are written to.": "Choisissez le fichier ou le dossier où écrire les lettres.",
    "Choose the letter to merge.": "Choisissez la lettre à fusionner.",
    "Deleted {codes}": "Supprimé : {codes}",
    "Enter a duration of at least one minute.": "Saisissez une durée d'au moins une minute.",
    "Letter {code} does not exist.": "La lettre {code} n'existe pas.",
    "Letter {code} is exported (BR-LET-05): mail merge writes its data file, not letters.": "La lettre {code} est exportée (BR-LET-05) : le publipostage écrit son fichier de données, pas des lettres.",
    "Letter {code} is written for {letter_object}: merge it on those, or choose a letter written for {object}.": "La lettre {code} est écrite pour l'objet « {letter_object} » : fusionnez-la sur cet objet, ou choisissez une lettre écrite pour « {object} ».",
    "Letter {letter} to {addressee}": "Lettre {letter} à {addressee}",
    "Mailings are logged with a Mailing template: {code} is a {type_label} template.": "Les publipostages sont enregistrés avec un modèle de type Publipostage : {code} est un modèle de type {type_label}.",
    "No activity from template {template}.": "Aucune activité du modèle {template}.",
    "Only a letter with Export on writes a data file.": "Seule une lettre avec Export écrit un fichier de données.",
    "Only a mailing template names a letter: choose the Mailing type or clear the letter.": "Seul un modèle de publipostage désigne une lettre : choisissez le type Publipostage ou effacez la lettre.",
    "The due offset counts days from the run: enter 0 or more.": "Le délai compte les jours depuis le traitement : saisissez 0 ou plus.",
    "Unassigned: the partner has no external sales representative.": "Non affectée : le tiers n'a pas de commercial externe.",
    "Unassigned: the partner has no internal sales representative.": "Non affectée : le tiers n'a pas de commercial interne.",
    "Would delete {codes}": "Supprimerait : {codes}",
    "{count} of these records already have an activity from template {template_code} ({records}). Create another one for each of them?": "{count} de ces enregistrements ont déjà une activité du modèle {template_code} ({records}). En créer une autre pour chacun ?",
    "Activity type": "Type d'activité",
    "Assign to": "Affecter à",
    "Attached to every activity created: a survey to fill in": "Joint à chaque activité créée : une enquête à remplir",
    "Browse…": "Parcourir…",
    "CSV files (*.csv)": "Fichiers CSV (*.csv)",
    "Code of the new template": "Code du nouveau modèle",
    "Copy template": "Copier le modèle",
    "Data file for a word processor (CSV)": "Fichier de données pour un traitement de texte (CSV)",
    "Days from the run to the due date or the start": "Jours entre le traitement et l'échéance ou le début",
    "Due after (days)": "Échéance après (jours)",
    "File or folder": "Fichier ou dossier",
    "Leave the activities already done (held, completed ...)": "Laisser les activités déjà faites (tenues, terminées…)",
    "Log mailing as activity": "Enregistrer le publipostage comme activité",
    "A Word document per recipient": "Un document Word par destinataire",
    "One PDF document": "Un document PDF",
    "One Word document (a letter per page)": "Un document Word (une lettre par page)",
    "PDF documents (*.pdf)": "Documents PDF (*.pdf)",
    "Planning": "Planification",
    "Printer": "Imprimante",
    "Template": "Modèle",
    "Activity Template": "Modèle d'activité",
    "Activity Templates": "Modèles d'activité",
    "Mail Merge by Standard Letter": "Publipostage par lettre standard",
    'Choose a field': 'Choisir un champ',
    'Printing…': 'Impression…',
    '%n record(s) printed': ('%n enregistrement imprimé', '%n enregistrements imprimés'),
    'on %n page(s)': ('sur %n page', 'sur %n pages'),
    'to %1': 'dans %1',
    'Cancelled: no file was written.': "Annulé : aucun fichier n'a été écrit.",
    'The report could not be printed: %1': "L'état n'a pas pu être imprimé : %1",
    'FlexiblePrintingSession|Print': 'Imprimer',
    'First page': 'Première page',
    'Previous page': 'Page précédente',
    'Next page': 'Page suivante',
    'Last page': 'Dernière page',
    'Zoom out': 'Zoom arrière',
    'Page width': 'Largeur de page',
    'Zoom in': 'Zoom avant',
    'Print…': 'Imprimer…',
    'Save as PDF…': 'Enregistrer en PDF…',
    'of %1': 'sur %1',
    'Save as PDF': 'Enregistrer en PDF',
    '(empty)': '(vide)',
    'A header or footer may hold only {variables}: remove {fields}.': 'Un en-tête ou un pied de page ne peut contenir que {variables} : retirez {fields}.',
    'A new page starts when a sorted field changes: turn Sort on for {name}, or clear New page.': 'Une nouvelle page commence quand un champ trié change : cochez Tri pour {name}, ou décochez Nouvelle page.',
    'A report lists business partners, contacts, opportunities or activities.': 'Un état liste des tiers, des contacts, des opportunités ou des activités.',
    'A report on {object_label} cannot show {name}: choose a field or an attribute from the list.': 'Un état sur {object_label} ne peut pas afficher {name} : choisissez un champ ou un attribut dans la liste.',
    'Choose the file the report is written to.': "Choisissez le fichier dans lequel l'état est écrit.",
    'Choose the report to print.': "Choisissez l'état à imprimer.",
    'Number of pages': 'Nombre de pages',
    'Page number': 'Numéro de page',
    'Report description': "Description de l'état",
    'Report {code} does not exist.': "L'état {code} n'existe pas.",
    'Report {code} has no layout lines: add the fields it prints on its Layout tab.': "L'état {code} n'a aucune ligne de mise en page : ajoutez les champs à imprimer dans son onglet Mise en page.",
    'Report {code} lists {report_object_label}: print it on those, or choose a report on {object_label}.': "L'état {code} liste des enregistrements « {report_object_label} » : imprimez-le sur ceux-ci, ou choisissez un état sur « {object_label} ».",
    'Sequence {sequence} is already used in this report: choose another.': 'La séquence {sequence} est déjà utilisée dans cet état : choisissez-en une autre.',
    'Subtotal {heading}: {value}': 'Sous-total {heading} : {value}',
    'Subtotals and totals add numbers up: {name} is not a number. Clear Subtotal and Total on this line.': "Les sous-totaux et totaux additionnent des nombres : {name} n'est pas un nombre. Décochez Sous-totaux et Totaliser sur cette ligne.",
    'The sequence must be a number greater than zero.': 'La séquence doit être un nombre supérieur à zéro.',
    'The width is a number of characters from 1 to {most}.': 'La largeur est un nombre de caractères de 1 à {most}.',
    'Total': 'Total',
    'At each change of a sorted field above it; numbers only': "À chaque changement d'un champ trié placé avant ; nombres uniquement",
    'CSV file': 'Fichier CSV',
    'Code of the new report': 'Code du nouvel état',
    'Column': 'Colonne',
    'Copy report': "Copier l'état",
    'Excel workbook (XLSX)': 'Classeur Excel (XLSX)',
    'Excel workbooks (*.xlsx)': 'Classeurs Excel (*.xlsx)',
    'Heading': 'En-tête de colonne',
    'New page': 'Nouvelle page',
    'Width': 'Largeur',
    "A field or an attribute (R, CODE) of the report's object; the button beside lists them": "Un champ ou un attribut (R, CODE) de l'objet de l'état ; le bouton à côté les liste",
    'A grand total at the end; numbers only': 'Un total général à la fin ; nombres uniquement',
    'A new page each time this sorted field changes': 'Une nouvelle page à chaque changement de ce champ trié',
    'Normal: portrait; Wide: landscape': 'Normal : portrait ; Large : paysage',
    'Orientation': 'Orientation',
    'PDF document': 'Document PDF',
    'Printing': 'Impression',
    'Sort': 'Tri',
    'Sorting and totals': 'Tri et totaux',
    'Subtotals': 'Sous-totaux',
    "The column's place; left empty, after the last one": 'La place de la colonne ; vide, après la dernière',
    'Totalize': 'Totaliser',
    'Reports': 'États',
    'Export to Excel': 'Exporter vers Excel',
    'tabs|Header': 'En-tête',
    'tabs|Footer': 'Pied de page',
    'Save as Word…': 'Enregistrer en Word…',
    'Send by e-mail': 'Envoyer par e-mail',
    '%n open': ('%n ouverte', '%n ouvertes'),
    '%n won': ('%n gagnée', '%n gagnées'),
    '%n lost': ('%n perdue', '%n perdues'),
    'Choose a customer in the list.': 'Choisissez un client dans la liste.',
    'Open pipeline by phase': 'Pipeline ouvert par phase',
    'Won revenue by month': 'CA gagné par mois',
    'Activities by month': 'Activités par mois',
    'Nothing yet': "Rien pour l'instant",
    'No phase': 'Sans phase',
    'Won opportunities': 'Opportunités gagnées',
    'Processed quotations': 'Devis traités',
    'No contact yet': "Aucun contact pour l'instant",
    'Yes': 'Oui',
    'Available credit': 'Crédit disponible',
    'Open quotations': 'Devis en cours',
    'Won this year': 'Gagné cette année',
    'Open pipeline': 'Pipeline ouvert',
    'Weighted pipeline': 'Pipeline pondéré',
    'Lost this year': 'Perdu cette année',
    'Win rate': 'Taux de réussite',
    'Days since the last activity': 'Jours depuis la dernière activité',
    'Next planned activity': 'Prochaine activité prévue',
    'None planned': 'Aucune prévue',
    'CRM': 'CRM',
    'Execution': 'Exécution',
    'After Sales': 'Après-vente',
    'Quotations': 'Devis',
    'Sales orders': 'Commandes clients',
    'Sales contracts': 'Contrats de vente',
    'Shipments': 'Expéditions',
    'Service calls': 'Appels de service',
    'Service contracts': 'Contrats de service',
    'Not held in this CRM': 'Non géré dans ce CRM',
    'n/a': 'n/d',
    'Create the first one': 'Créer le premier',
    'New call': 'Nouvel appel',
    'New appointment': 'Nouveau rendez-vous',
    'New task': 'Nouvelle tâche',
    'New opportunity': 'Nouvelle opportunité',
    'Show more': 'Afficher plus',
    'Nothing yet: start with a call or an appointment.': "Rien pour l'instant : commencez par un appel ou un rendez-vous.",
    'Add a note from the Notes tab of its record.': "Ajoutez une note depuis l'onglet Notes de son enregistrement.",
    'This note is private to {author}.': 'Cette note est privée à {author}.',
    'Account manager': 'Responsable de compte',
    'Last activity': 'Dernière activité',
    'Only my customers': 'Uniquement mes clients',
    'Charts': 'Graphiques',
    'Sold-to contact': 'Contact du tiers acheteur',
    'Credit information': 'Informations de crédit',
    'Key figures': 'Chiffres clés',
    'Timeline': 'Historique',
    'Customer 360': 'État 360 - Client',
    'Customer360|primary': 'principal',
    "Choose the certificate file": "Choisir le fichier du certificat",
    "Sign in…": "Se connecter…",
    "Certificate of the application": "Certificat de l'application",
    "Certificates (*.pem *.crt *.cer);;All files (*)": "Certificats (*.pem *.crt *.cer);;Tous les fichiers (*)",
    "Signed in as %1: save the settings to synchronize this mailbox.": "Connecté en tant que %1 : enregistrez les paramètres pour synchroniser cette boîte aux lettres.",
    "Sign in to Microsoft 365": "Connexion à Microsoft 365",
    "The synchronization will use your own mailbox. Open the Microsoft sign-in page, type the code below and sign in with your work account.": "La synchronisation utilisera votre propre boîte aux lettres. Ouvrez la page de connexion Microsoft, saisissez le code ci-dessous et connectez-vous avec votre compte professionnel.",
    "Copy the code": "Copier le code",
    "Open the sign-in page": "Ouvrir la page de connexion",
    "Sign in with the browser instead": "Se connecter plutôt avec le navigateur",
    "Asking Microsoft for a code…": "Demande d'un code à Microsoft…",
    "Waiting for you to sign in…": "En attente de votre connexion…",
    "Sign in in the browser window that opened…": "Connectez-vous dans la fenêtre du navigateur qui s'est ouverte…",
    "Signed in as %1.": "Connecté en tant que %1.",
    "The sign-in failed: %1": "La connexion a échoué : %1",
    "Choose the certificate file (PEM, with its private key).": "Choisissez le fichier du certificat (PEM, avec sa clé privée).",
    "Enter the application (client) id registered in Microsoft Entra.": "Saisissez l'ID d'application (client) inscrite dans Microsoft Entra.",
    "Enter the tenant (directory) id the application is registered in.": "Saisissez l'ID du locataire (annuaire) où l'application est inscrite.",
    "Microsoft 365 answered with an error; it will be retried.": "Microsoft 365 a répondu par une erreur ; nouvel essai plus tard.",
    "Microsoft 365 cannot be reached (connection refused or no network).": "Microsoft 365 est injoignable (connexion refusée ou pas de réseau).",
    "Microsoft 365 did not answer in time.": "Microsoft 365 n'a pas répondu à temps.",
    "Microsoft 365 is busy and asked to wait {seconds} s.": "Microsoft 365 est occupé et demande d'attendre {seconds} s.",
    "Microsoft 365 refused access to the mailbox: the application needs the Calendars.ReadWrite and Tasks.ReadWrite permissions, with consent.": "Microsoft 365 a refusé l'accès à la boîte aux lettres : l'application a besoin des autorisations Calendars.ReadWrite et Tasks.ReadWrite, avec consentement.",
    "Microsoft 365 refused the sign-in: check the application id, its secret or certificate, and the tenant.": "Microsoft 365 a refusé la connexion : vérifiez l'ID d'application, son secret ou son certificat, et le locataire.",
    "Microsoft 365 refused to start the sign-in: check the application id and that it allows public clients.": "Microsoft 365 a refusé de commencer la connexion : vérifiez l'ID d'application et qu'elle autorise les clients publics.",
    "Nobody is signed in to Microsoft 365: open the synchronization settings and sign in.": "Personne n'est connecté à Microsoft 365 : ouvrez les paramètres de synchronisation et connectez-vous.",
    "Not sent: the server failed earlier in the same call.": "Non envoyé : le serveur a échoué plus tôt dans le même appel.",
    "The Microsoft 365 sign-in has expired: open the synchronization settings and sign in again.": "La connexion à Microsoft 365 a expiré : ouvrez les paramètres de synchronisation et reconnectez-vous.",
    "The Microsoft sign-in service cannot be reached.": "Le service de connexion Microsoft est injoignable.",
    "The address must start with https://.": "L'adresse doit commencer par https://.",
    "The application was refused its token: check the client id, its secret or certificate, and the tenant.": "Le jeton a été refusé à l'application : vérifiez l'ID client, son secret ou son certificat, et le locataire.",
    "The certificate file cannot be read: it must be a PEM file with the certificate and its private key.": "Le fichier du certificat est illisible : ce doit être un fichier PEM avec le certificat et sa clé privée.",
    "The item is no longer in the mailbox.": "L'élément n'est plus dans la boîte aux lettres.",
    "The mailbox {mailbox} has no default task list.": "La boîte aux lettres {mailbox} n'a pas de liste de tâches par défaut.",
    "The sign-in authority or the tenant is not valid.": "L'autorité de connexion ou le locataire n'est pas valide.",
    "The sign-in did not complete: {reason}": "La connexion n'a pas abouti : {reason}",
    "The system keyring cannot be used, so the Microsoft 365 sign-in cannot be kept.": "Le trousseau du système est inutilisable : la connexion à Microsoft 365 ne peut pas être conservée.",
    "This address is Exchange Online, where Microsoft blocks EWS since 1 October 2026 and switches it off on 1 April 2027: choose Exchange Online (Microsoft Graph).": "Cette adresse est Exchange Online, où Microsoft bloque EWS depuis le 1er octobre 2026 et l'arrête le 1er avril 2027 : choisissez Exchange Online (Microsoft Graph).",
    "Application, certificate": "Application, certificat",
    "Application, client secret": "Application, secret client",
    "My own mailbox (sign-in)": "Ma propre boîte aux lettres (connexion)",
    "Application (client) id": "ID d'application (client)",
    "Application: one sync for the whole company (admin consent to Calendars.ReadWrite and Tasks.ReadWrite). Own mailbox: each salesperson signs in; no service account": "Application : une synchronisation pour toute l'entreprise (consentement administrateur à Calendars.ReadWrite et Tasks.ReadWrite). Propre boîte : chaque commercial se connecte ; pas de compte de service",
    "Certificate file": "Fichier du certificat",
    "Empty: https://graph.microsoft.com/v1.0 (national clouds differ)": "Vide : https://graph.microsoft.com/v1.0 (les clouds nationaux diffèrent)",
    "Empty: https://login.microsoftonline.com": "Vide : https://login.microsoftonline.com",
    "Exchange Server on premises: EWS. Exchange Online (Microsoft 365): Microsoft Graph": "Exchange Server sur site : EWS. Exchange Online (Microsoft 365) : Microsoft Graph",
    "Graph address": "Adresse de Graph",
    "Kept in the system keyring; leave empty to keep the saved one. OAuth 2 and Graph: the client secret, or the certificate's passphrase": "Conservé dans le trousseau du système ; laissez vide pour garder celui enregistré. OAuth 2 et Graph : le secret client, ou la phrase secrète du certificat",
    "A PEM file with the certificate and its private key": "Un fichier PEM avec le certificat et sa clé privée",
    "Password or secret": "Mot de passe ou secret",
    "Sign-in": "Connexion",
    "Sign-in authority": "Autorité de connexion",
    "Signed in as": "Connecté en tant que",
    "Tenant": "Locataire",
    "The application registered in Microsoft Entra": "L'application inscrite dans Microsoft Entra",
    "The directory (tenant) id or domain, e.g. contoso.onmicrosoft.com": "L'ID ou le domaine de l'annuaire (locataire), p. ex. contoso.onmicrosoft.com",
    "Exchange Server (EWS)": "Exchange Server (EWS)",
    "Exchange Online (Microsoft Graph)": "Exchange Online (Microsoft Graph)",
    "Choose two different records to merge.": "Choisissez deux enregistrements différents à fusionner.",
    "Only business partners and contacts can be merged.": "Seuls les tiers et les contacts peuvent être fusionnés.",
    "Only contacts of the same business partner are merged: merge the partners first.": "Seuls les contacts d'un même tiers sont fusionnés : fusionnez d'abord les tiers.",
    "These fields cannot be taken in a merge: {fields}.": "Ces champs ne peuvent pas être repris dans une fusion : {fields}.",
    "The card has no name.": "La carte n'a pas de nom.",
    "The file is not a vCard file: {error}": "Le fichier n'est pas un fichier vCard : {error}",
    "Merge…": "Fusionner…",
    "Merge the two selected records": "Fusionner les deux enregistrements sélectionnés",
    "Merge duplicates": "Fusionner des doublons",
    "Choose the record that stays, then the value it keeps where the two differ. Everything linked to the other record moves to it, and the other is deleted.": "Choisissez l'enregistrement conservé, puis la valeur qu'il garde là où les deux diffèrent. Tout ce qui est lié à l'autre enregistrement lui est rattaché, et l'autre est supprimé.",
    "Merge": "Fusionner",
    "Keep %1 — %2": "Conserver %1 — %2",
    "The two records hold the same values.": "Les deux enregistrements ont les mêmes valeurs.",
    "Export vCards…": "Exporter en vCard…",
    "Import vCards…": "Importer des vCard…",
    "Export vCards": "Exporter en vCard",
    "Import vCards": "Importer des vCard",
    "Created: %1, updated: %2, skipped: %3.": "Créés : %1, mis à jour : %2, ignorés : %3.",
    "Card %1: %2": "Carte %1 : %2",
    "Export to calendar (.ics)…": "Exporter vers un calendrier (.ics)…",
    "Export to calendar": "Exporter vers un calendrier",
    "iCalendar files (*.ics)": "Fichiers iCalendar (*.ics)",
    "%n contact(s) exported.": ("%n contact exporté.", "%n contacts exportés."),
    "%n calendar item(s) written to %1.": ("%n élément de calendrier écrit dans %1.", "%n éléments de calendrier écrits dans %1."),
    "%n e-mail(s) or mailing(s) left out: they are not calendar items.": ("%n e-mail ou publipostage laissé de côté : ce n'est pas un élément de calendrier.", "%n e-mails ou publipostages laissés de côté : ce ne sont pas des éléments de calendrier."),
    "Each field takes one column; mapped twice: {fields}.": "Chaque champ prend une colonne ; associés deux fois : {fields}.",
    "Map a column to the name (or to the code of partners to update).": "Associez une colonne au nom (ou au code des tiers à mettre à jour).",
    "The file is empty.": "Le fichier est vide.",
    "The mapping names a column the file does not have.": "L'association nomme une colonne absente du fichier.",
    "The workbook cannot be read: {error}": "Le classeur est illisible : {error}",
    "These fields cannot be imported: {fields}.": "Ces champs ne peuvent pas être importés : {fields}.",
    "“{value}” is not a country this import knows: use its two-letter code (FR, BE, DE...).": "« {value} » n'est pas un pays connu de cet import : utilisez son code à deux lettres (FR, BE, DE...).",
    "“{value}” is not a date.": "« {value} » n'est pas une date.",
    "“{value}” is not a number.": "« {value} » n'est pas un nombre.",
    "“{value}” is not a partner status.": "« {value} » n'est pas un statut de tiers.",
    "“{value}” is not a phone number.": "« {value} » n'est pas un numéro de téléphone.",
    "Names alike from": "Noms semblables à partir de",
    "Find duplicates": "Chercher les doublons",
    "Searching…": "Recherche…",
    "Cancelled.": "Annulé.",
    "Score": "Score",
    "Alike by": "Semblables par",
    "%n pair(s) that may be one record. Select one and Merge… (or double-click it).": "%n paire(s) qui pourraient être un seul enregistrement. Sélectionnez-en une, puis Fusionner… (ou double-cliquez).",
    "Back": "Précédent",
    "Next": "Suivant",
    "Import": "Importer",
    "New import": "Nouvel import",
    "Reading %1…": "Lecture de %1…",
    "Importing…": "Import en cours…",
    "Cancelled: nothing was imported.": "Annulé : rien n'a été importé.",
    "The import failed and nothing was imported: %1": "L'import a échoué et rien n'a été importé : %1",
    "Simulation": "Simulation",
    "Decide for each duplicate below (select several to decide at once), then Import. An update leaves the values the file does not give.": "Décidez pour chaque doublon ci-dessous (sélectionnez-en plusieurs pour décider en une fois), puis Importer. Une mise à jour garde les valeurs que le fichier ne donne pas.",
    "No duplicates found.": "Aucun doublon trouvé.",
    "In the file": "Dans le fichier",
    "Found": "Trouvé",
    "Decision": "Décision",
    "In the file (line %1)": "Dans le fichier (ligne %1)",
    "Existing record %1": "Enregistrement existant %1",
    "Nothing was written: a row has an error, and you chose to import nothing in that case.": "Rien n'a été écrit : une ligne a une erreur, et vous avez choisi de ne rien importer dans ce cas.",
    "Duplicate of %1 %2 (%3)": "Doublon de %1 %2 (%3)",
    "%1: %2 created, %3 updated, %4 skipped, %5 not imported.": "%1 : %2 créé(s), %3 mis à jour, %4 ignoré(s), %5 non importé(s).",
    "VAT number": "N° de TVA",
    "e-mail": "e-mail",
    "phone": "téléphone",
    "name": "nom",
    "Choose a file…": "Choisir un fichier…",
    "%n row(s) under the header line.": "%n ligne(s) sous la ligne d'en-tête.",
    "tab": "tabulation",
    "Encoding %1, delimiter %2.": "Encodage %1, séparateur %2.",
    "First sheet of the workbook.": "Première feuille du classeur.",
    "Dates": "Dates",
    "Decimal comma": "Virgule décimale",
    "Country of phone numbers": "Pays des numéros de téléphone",
    "A duplicate found": "Un doublon trouvé",
    "Errors": "Erreurs",
    "First values": "Premières valeurs",
    "Reading the cells": "Lecture des cellules",
    "Duplicates and errors": "Doublons et erreurs",
    "1 234,56 (else 1,234.56)": "1 234,56 (sinon 1,234.56)",
    "Import nothing if a row has an error": "Ne rien importer si une ligne a une erreur",
    "Day/month/year": "Jour/mois/année",
    "Month/day/year": "Mois/jour/année",
    "(not imported)": "(non importé)",
    "Only rows not imported": "Seulement les lignes non importées",
    "Spreadsheets (*.csv *.txt *.xlsx *.xlsm)": "Tableurs (*.csv *.txt *.xlsx *.xlsm)",
    "1. File": "1. Fichier",
    "2. Columns": "2. Colonnes",
    "3. Duplicates": "3. Doublons",
    "4. Result": "4. Résultat",
    "Skipped": "Ignoré",
    "Not imported": "Non importé",
    "The number series of business partners gives {code}, which is already taken; move the series on in Number Series.": "La série de numéros des tiers donne {code}, qui est déjà pris ; avancez la série dans Séries de numéros.",
    "There is no business partner “{value}”; import the partners first, or correct the name.": "Il n'y a pas de tiers « {value} » ; importez d'abord les tiers, ou corrigez le nom.",
    "“{value}” is not one of: {choices}.": "« {value} » n'est pas l'une des valeurs : {choices}.",
    "“{value}” is neither yes nor no.": "« {value} » n'est ni oui ni non.",
    "Map a column to {fields}.": "Associez une colonne à {fields}.",
    "Duplicate Partners and Contacts": "Doublons de tiers et de contacts",
    "Import Partners and Contacts": "Import de tiers et de contacts",
    "Skip the row": "Ignorer la ligne",
    "Update the existing record": "Mettre à jour l'existant",
    "Create it anyway": "Créer quand même",
    "Opening the database…": "Ouverture de la base de données…",
    "This file is not an Outlook message (.msg).": "Ce fichier n'est pas un message Outlook (.msg).",
    # -- files from the real world (issue 33) ---------------------------------------------
    'DuplicatesSession|Filter by name, code or reason…': 'Filtrer par nom, code ou motif…',
    'Sort by': 'Trier par',
    'Not duplicates': 'Pas des doublons',
    'The selected members (or the whole group) are not duplicates of one another: they are not shown together again.': 'Les membres choisis (ou tout le groupe) ne sont pas des doublons les uns des autres : ils ne seront plus montrés ensemble.',
    'Alike from': 'Semblables à partir de',
    'The score two records must reach to be shown: a VAT or registration number makes 100, an e-mail address or a phone 90, the same street 70, and names count their likeness; signs add up.': "Le score que deux enregistrements doivent atteindre pour être montrés : un n° de TVA ou d'immatriculation vaut 100, une adresse e-mail ou un téléphone 90, la même rue 70, et les noms comptent leur ressemblance ; les indices s'additionnent.",
    'Records': 'Enregistrements',
    'Names': 'Noms',
    '%n group(s) of records that may be one. Select two members and Merge…, or mark those that are not duplicates.': ("%n groupe d'enregistrements qui pourraient n'en faire qu'un. Choisissez deux membres puis Fusionner…, ou marquez ceux qui ne sont pas des doublons.", "%n groupes d'enregistrements qui pourraient n'en faire qu'un. Choisissez deux membres puis Fusionner…, ou marquez ceux qui ne sont pas des doublons."),
    '%1 shown by the filter.': '%1 montré(s) par le filtre.',
    'The rows cannot be shown: %1': 'Les lignes ne peuvent pas être affichées : %1',
    'Retry': 'Réessayer',
    'On update': 'À la mise à jour',
    'Overwrite': 'Remplacer',
    'Fill if empty': 'Compléter si vide',
    "Keep the record's": "Garder celle de l'existant",
    'Leave them unassigned': 'Ne pas les attribuer',
    'Assign them to me': 'Me les attribuer',
    'Assign them to': 'Les attribuer à',
    'registration number': "n° d'immatriculation",
    'street': 'rue',
    'Duplicates (%1)': 'Doublons (%1)',
    'Problems (%1)': 'Problèmes (%1)',
    'Only rows with a problem': 'Seulement les lignes avec un problème',
    'New partners': 'Nouveaux tiers',
    'Representative': 'Représentant',
    "What updating an existing record does with this column's value": "Ce que la mise à jour d'un enregistrement existant fait de la valeur de cette colonne",
    'A record of the group was deleted meanwhile; search again.': 'Un enregistrement du groupe a été supprimé entre-temps ; relancez la recherche.',
    'Choose an active employee as the representative of the imported partners.': 'Choisissez un employé actif comme représentant des tiers importés.',
    'Choose at least two records that are not duplicates.': 'Choisissez au moins deux enregistrements qui ne sont pas des doublons.',
    'Control characters were removed from this cell.': 'Des caractères de contrôle ont été retirés de cette cellule.',
    'Line {line} is not a vCard line: “{text}”.': "La ligne {line} n'est pas une ligne vCard : « {text} ».",
    'Lines {first} to {last} are read as one row of {count} cells where the header has {expected}: a quote (") is probably not closed.': 'Les lignes {first} à {last} sont lues comme une seule ligne de {count} cellules alors que l\'en-tête en a {expected} : un guillemet (") n\'est sans doute pas fermé.',
    'Only business partners and contacts have duplicates.': 'Seuls les tiers et les contacts ont des doublons.',
    'Postcode {value} is not written as postcodes of {country} are; check it.': "Le code postal {value} n'est pas écrit comme les codes postaux de {country} ; vérifiez-le.",
    'Postcode {value} read as {restored}: a spreadsheet had dropped its leading zeros.': 'Code postal {value} lu comme {restored} : un tableur avait supprimé ses zéros de tête.',
    'Records that are not duplicates': 'Enregistrements qui ne sont pas des doublons',
    'Registration number': "N° d'immatriculation (SIRET)",
    'The card that starts on line {line} has no END:VCARD.': "La fiche qui commence à la ligne {line} n'a pas de END:VCARD.",
    'The file holds no vCard: choose a .vcf file.': 'Le fichier ne contient aucune vCard : choisissez un fichier .vcf.',
    'This Outlook message is damaged and cannot be read: save it again from Outlook.': 'Ce message Outlook est endommagé et ne peut pas être lu : enregistrez-le de nouveau depuis Outlook.',
    'This file is a ZIP archive, not a workbook: choose a CSV, text or XLSX file.': 'Ce fichier est une archive ZIP, pas un classeur : choisissez un fichier CSV, texte ou XLSX.',
    'This file is not a spreadsheet or a text file: choose a CSV, text or XLSX file.': "Ce fichier n'est ni un tableur ni un fichier texte : choisissez un fichier CSV, texte ou XLSX.",
    'This file is not an e-mail message: save the message from your mail program as .eml or .msg.': "Ce fichier n'est pas un e-mail : enregistrez le message depuis votre messagerie en .eml ou .msg.",
    'This file is {kind_label}, not a spreadsheet: choose a CSV, text or XLSX file.': 'Ce fichier est {kind_label}, pas un tableur : choisissez un fichier CSV, texte ou XLSX.',
    'This is an Excel 97-2003 workbook (.xls) or another old Office file: save it in Excel as .xlsx or CSV, then import that file.': "C'est un classeur Excel 97-2003 (.xls) ou un autre ancien fichier Office : enregistrez-le dans Excel en .xlsx ou CSV, puis importez ce fichier.",
    'This line has {count} cells where the header has {expected}: check its delimiters and quotes.': "Cette ligne a {count} cellules alors que l'en-tête en a {expected} : vérifiez ses séparateurs et ses guillemets.",
    'This line has {count} cells where the header has {expected}; the missing ones are taken as empty.': "Cette ligne a {count} cellules alors que l'en-tête en a {expected} ; celles qui manquent sont prises comme vides.",
    'You are not linked to an employee: choose the representative, or leave the partners unassigned.': "Vous n'êtes lié à aucun employé : choisissez le représentant, ou laissez les tiers sans attribution.",
    'vCard UID': 'UID vCard',
    '“{value}” is a number that lost digits in the spreadsheet; format the column as Text and type the identifiers again.': '« {value} » est un nombre qui a perdu des chiffres dans le tableur ; mettez la colonne au format Texte et saisissez de nouveau les identifiants.',
    '“{value}” is an identifier that Excel wrote in scientific notation, its last digits lost; format the column as Text in Excel, type the identifiers again and save the file once more.': "« {value} » est un identifiant qu'Excel a écrit en notation scientifique, ses derniers chiffres perdus ; mettez la colonne au format Texte dans Excel, saisissez de nouveau les identifiants et enregistrez de nouveau le fichier.",
    'The file starts as UTF-16 text but is damaged further on; save it again from its program.': 'Le fichier commence en texte UTF-16 mais est endommagé plus loin ; enregistrez-le de nouveau depuis son programme.',
    'a PNG image': 'une image PNG',
    'a JPEG image': 'une image JPEG',
    'a GIF image': 'une image GIF',
    'a PDF document': 'un document PDF',
    'a gzip archive': 'une archive gzip',
    'a RAR archive': 'une archive RAR',
    'a 7-Zip archive': 'une archive 7-Zip',
    'a Windows program': 'un programme Windows',
    'a program': 'un programme',
    'a TIFF image': 'une image TIFF',
    'a media file': 'un fichier multimédia',
    'an icon': 'une icône',
    'a bitmap image': 'une image bitmap',
    'ImportSession|%1: %2': '%1 : %2',
    'SIRET in France, company number in the UK: a sign of duplicates as sure as the VAT number': "Le SIRET en France, le « company number » au Royaume-Uni : un signe de doublon aussi sûr que le n° de TVA",
    # -- campaign runs, documents and files that never surprise (issue 32) ------------------
    "Link": "Lien",
    "Address of the link (empty: no link):": "Adresse du lien (vide : pas de lien) :",
    "CSV, semicolons and decimal commas (*.csv)":
        "CSV, points-virgules et virgules décimales (*.csv)",
    "CSV, commas and decimal points (*.csv)": "CSV, virgules et points décimaux (*.csv)",
    "%n record(s) left out by the filters or the selection": (
        "%n enregistrement écarté par les filtres ou la sélection",
        "%n enregistrements écartés par les filtres ou la sélection"),
    "Print report…": "Imprimer le rapport…",
    "Save report…": "Enregistrer le rapport…",
    "Keep cells that begin with = + - @ as they are":
        "Garder tels quels les champs qui commencent par = + - @",
    "Mail merge's data files, for a program other than a spreadsheet. Left unticked, such a "
    "cell gets a leading apostrophe, so that a spreadsheet never runs it as a formula (CSV "
    "injection).":
        "Les fichiers de données du publipostage, pour un autre programme qu'un tableur. "
        "Décoché, un tel champ reçoit une apostrophe en tête, pour qu'un tableur ne l'exécute "
        "jamais comme une formule (injection CSV).",
    "Mail merge's data files": "Fichiers de données du publipostage",
    "Commas, decimal points (English Excel)": "Virgules, points décimaux (Excel anglais)",
    "Folder": "Dossier",
    "Semicolons, decimal commas (French Excel)":
        "Points-virgules, virgules décimales (Excel français)",
    "Separator": "Séparateur",
    "A letter on {object_label} cannot merge {fields}: replace them with fields of the "
    "catalogue before saving.":
        "Une lettre sur {object_label} ne peut pas fusionner {fields} : remplacez-les par des "
        "champs du catalogue avant d'enregistrer.",
    "Choose the file the run writes to.": "Choisissez le fichier où écrire.",
    "Choose the folder the documents are written to.":
        "Choisissez le dossier où écrire les documents.",
    "Deleted {codes}; kept {kept} (done).": "Supprimé {codes} ; conservé {kept} (fait).",
    "Fields the editor cannot hold were kept as the text they showed: {fields}.":
        "Les champs que l'éditeur ne peut pas contenir ont été gardés comme le texte qu'ils "
        "affichaient : {fields}.",
    "Kept {kept}: done activities stay (Open activities only).":
        "Conservé {kept} : les activités faites restent (Activités ouvertes uniquement).",
    "Letter {letter} to {addressee}: planned mailing {mailing} completed":
        "Lettre {letter} à {addressee} : publipostage prévu {mailing} terminé",
    "Merge fields used inside another field (an IF's condition) were left out: {fields}.":
        "Les champs de fusion utilisés dans un autre champ (la condition d'un SI) ont été "
        "écartés : {fields}.",
    "The disk holding {path} is full: free some space or choose another place.":
        "Le disque de {path} est plein : libérez de la place ou choisissez un autre "
        "emplacement.",
    "The file {path} could not be read: check that it exists and that you may open it.":
        "Le fichier {path} n'a pas pu être lu : vérifiez qu'il existe et que vous pouvez "
        "l'ouvrir.",
    "The folder of {path} does not exist any more: choose another place.":
        "Le dossier de {path} n'existe plus : choisissez un autre emplacement.",
    "The folder {folder} does not exist: choose another place.":
        "Le dossier {folder} n'existe pas : choisissez un autre emplacement.",
    "The letter could not be written ({reason}): it was left out.":
        "La lettre n'a pas pu être écrite ({reason}) : elle a été écartée.",
    "The printer did not take the letters: check it and run again.":
        "L'imprimante n'a pas pris les lettres : vérifiez-la et relancez.",
    "This document is far larger once opened than a letter can be (it may be built to "
    "exhaust the computer): it was not opened.":
        "Ce document est bien plus gros une fois ouvert qu'une lettre ne peut l'être (il est "
        "peut-être fait pour épuiser l'ordinateur) : il n'a pas été ouvert.",
    "This document nests its parts deeper than any word processor writes (it may be built to "
    "exhaust the computer): it was not opened.":
        "Ce document imbrique ses parties plus profondément qu'aucun traitement de texte ne "
        "l'écrit (il est peut-être fait pour épuiser l'ordinateur) : il n'a pas été ouvert.",
    "Would delete {codes}; kept {kept} (done).":
        "Supprimerait {codes} ; conserve {kept} (fait).",
    "You may not write to {path}: choose another place.":
        "Vous ne pouvez pas écrire dans {path} : choisissez un autre emplacement.",
    "link to a place in the document": "lien vers un endroit du document",
    "section break (the letter has one page layout)":
        "saut de section (la lettre a une seule mise en page)",
    "{count} completed activities were kept: Open activities only leaves what was done as "
    "history. Untick it to delete them too.":
        "{count} activités terminées ont été conservées : Activités ouvertes uniquement laisse "
        "ce qui a été fait comme historique. Décochez-le pour les supprimer aussi.",
    "{count} documents in {folder} would be replaced ({names}). Replace them?":
        "{count} documents de {folder} seraient remplacés ({names}). Les remplacer ?",
    "{name} already exists in {folder}. Replace it?":
        "{name} existe déjà dans {folder}. Le remplacer ?",
    "{path} could not be written: check the disk and the place, then run again.":
        "{path} n'a pas pu être écrit : vérifiez le disque et l'emplacement, puis relancez.",
    "{path} is a file where a folder is needed: choose another place.":
        "{path} est un fichier là où il faut un dossier : choisissez un autre emplacement.",
    "{path} is a file: a document per recipient needs a folder.":
        "{path} est un fichier : un document par destinataire demande un dossier.",
    "{path} is a folder: choose a file name in it.":
        "{path} est un dossier : choisissez un nom de fichier dedans.",
    "{path} is on a read-only disk: choose another place.":
        "{path} est sur un disque en lecture seule : choisissez un autre emplacement.",
    "{path} is open in another program: close it and run again.":
        "{path} est ouvert dans un autre programme : fermez-le et relancez.",
    "{path} is read-only: choose another name.":
        "{path} est en lecture seule : choisissez un autre nom.",
    "«{name}» (closest: {closest})": "«{name}» (le plus proche : {closest})",
    "The editor cannot show some parts of this document, so their text was kept as plain "
    "paragraphs: {parts}.":
        "L'éditeur ne peut pas afficher certaines parties de ce document ; leur texte a été "
        "gardé en paragraphes simples : {parts}.",
    # -- Exchange synchronisation: faults that stay local, administrators' setup (issue 29) -----
    "Administrator's setup…": "Configuration par l'administrateur…",
    "%1: synchronized by another installation": "%1 : synchronisé par une autre installation",
    "Synchronize tasks": "Synchroniser les tâches",
    "Off: calendars only, for an application granted no Tasks permission": "Désactivé : calendriers seulement, pour une application sans autorisation Tasks",
    "Exchange Online refused EWS: Microsoft retires EWS in Exchange Online; choose Exchange Online (Microsoft Graph) in the synchronization settings.": "Exchange Online a refusé EWS : Microsoft retire EWS d'Exchange Online ; choisissez Exchange Online (Microsoft Graph) dans les paramètres de synchronisation.",
    "Exchange refused the service account EWS access: allow it EWS and impersonation of the sync users.": "Exchange a refusé l'accès EWS au compte de service : autorisez-lui EWS et l'emprunt d'identité des utilisateurs synchronisés.",
    "Exchange refused the service account the mailbox {mailbox}: give it impersonation rights (ApplicationImpersonation) on this mailbox.": "Exchange a refusé au compte de service la boîte aux lettres {mailbox} : donnez-lui le droit d'emprunt d'identité (ApplicationImpersonation) sur cette boîte.",
    "Microsoft 365 refused access.": "Microsoft 365 a refusé l'accès.",
    "Microsoft 365 refused access to the calendar of {mailbox}: the sign-in needs the delegated permission {permission}, with consent.": "Microsoft 365 a refusé l'accès au calendrier de {mailbox} : la connexion a besoin de l'autorisation déléguée {permission}, avec consentement.",
    "Microsoft 365 refused access to the tasks of {mailbox}: the sign-in needs the delegated permission {permission}, with consent.": "Microsoft 365 a refusé l'accès aux tâches de {mailbox} : la connexion a besoin de l'autorisation déléguée {permission}, avec consentement.",
    "Microsoft 365 refused the application the calendar of {mailbox}: grant it the application permission {permission} with admin consent, and let it reach this mailbox (application access policy or RBAC for Applications).": "Microsoft 365 a refusé à l'application le calendrier de {mailbox} : accordez-lui l'autorisation d'application {permission} avec le consentement de l'administrateur, et laissez-la atteindre cette boîte (stratégie d'accès des applications ou RBAC pour les applications).",
    "Microsoft 365 refused the application the tasks of {mailbox}: grant it the application permission {permission} with admin consent, or synchronize calendars only.": "Microsoft 365 a refusé à l'application les tâches de {mailbox} : accordez-lui l'autorisation d'application {permission} avec le consentement de l'administrateur, ou ne synchronisez que les calendriers.",
    "Microsoft 365 refused to send mail as {mailbox}: the sign-in needs the delegated permission {permission}, with consent.": "Microsoft 365 a refusé d'envoyer du courrier au nom de {mailbox} : la connexion a besoin de l'autorisation déléguée {permission}, avec consentement.",
    "Microsoft 365 refused the application to send mail as {mailbox}: grant it the application permission {permission} with admin consent.": "Microsoft 365 a refusé à l'application d'envoyer du courrier au nom de {mailbox} : accordez-lui l'autorisation d'application {permission} avec le consentement de l'administrateur.",
    "1. Register the application": "1. Inscrire l'application",
    "In the Microsoft Entra admin center, App registrations > New registration: accounts in this organizational directory only. Copy the Application (client) ID and the Directory (tenant) ID into the synchronization settings.": "Dans le centre d'administration Microsoft Entra, Inscriptions d'applications > Nouvelle inscription : comptes de cet annuaire d'organisation uniquement. Recopiez l'ID d'application (client) et l'ID de l'annuaire (locataire) dans les paramètres de synchronisation.",
    "2. Permissions, by sign-in": "2. Les autorisations, selon la connexion",
    "Application (secret or certificate), one synchronization for the company: Microsoft Graph application permissions Calendars.ReadWrite, Tasks.ReadWrite.All (leave it out and untick Synchronize tasks to synchronize calendars only) and Mail.Send (only to send e-mails from the CRM), then Grant admin consent. Add a client secret, or upload the certificate and give the CRM its PEM file with the private key.": "Application (secret ou certificat), une synchronisation pour toute l'entreprise : autorisations d'application Microsoft Graph Calendars.ReadWrite, Tasks.ReadWrite.All (omettez-la et décochez Synchroniser les tâches pour ne synchroniser que les calendriers) et Mail.Send (seulement pour envoyer des e-mails depuis le CRM), puis Accorder le consentement administrateur. Ajoutez un secret client, ou chargez le certificat et donnez au CRM son fichier PEM avec la clé privée.",
    "Own mailbox (each salesperson signs in): delegated permissions Calendars.ReadWrite, Tasks.ReadWrite and Mail.Send; grant admin consent so that nobody is asked. Under Authentication, set Allow public client flows to Yes (the device code), and add the platform Mobile and desktop applications with the redirect address http://localhost (the browser sign-in).": "Boîte personnelle (chaque commercial se connecte) : autorisations déléguées Calendars.ReadWrite, Tasks.ReadWrite et Mail.Send ; accordez le consentement administrateur pour que personne n'ait à le donner. Sous Authentification, réglez Autoriser les flux de clients publics sur Oui (le code d'appareil), et ajoutez la plateforme Applications mobiles et de bureau avec l'adresse de redirection http://localhost (la connexion par le navigateur).",
    "3. Limit the application to the sync users' mailboxes": "3. Limiter l'application aux boîtes des utilisateurs synchronisés",
    "Application permissions reach every mailbox of the tenant until they are scoped. In Exchange Online PowerShell, put the sync users in a mail-enabled security group and run New-ApplicationAccessPolicy -AppId <client id> -PolicyScopeGroupId <group> -AccessRight RestrictAccess (check it with Test-ApplicationAccessPolicy), or use RBAC for Applications (New-ManagementScope, New-ManagementRoleAssignment with the role Application Calendars.ReadWrite). A mailbox left out waits alone: the status bar names it and the permission to grant; the others go on.": "Les autorisations d'application atteignent toutes les boîtes du locataire tant qu'elles ne sont pas limitées. Dans Exchange Online PowerShell, mettez les utilisateurs synchronisés dans un groupe de sécurité à extension messagerie et lancez New-ApplicationAccessPolicy -AppId <ID client> -PolicyScopeGroupId <groupe> -AccessRight RestrictAccess (vérifiez avec Test-ApplicationAccessPolicy), ou utilisez RBAC pour les applications (New-ManagementScope, New-ManagementRoleAssignment avec le rôle Application Calendars.ReadWrite). Une boîte laissée dehors attend seule : la barre d'état la nomme avec l'autorisation à accorder ; les autres continuent.",
    "4. Other clouds": "4. Autres clouds",
    "For Microsoft 365 US Government or operated by 21Vianet, enter that cloud's Graph address and sign-in authority (for example https://graph.microsoft.us/v1.0 and https://login.microsoftonline.us).": "Pour Microsoft 365 US Government ou exploité par 21Vianet, saisissez l'adresse Graph et l'autorité de connexion de ce cloud (par exemple https://graph.microsoft.us/v1.0 et https://login.microsoftonline.us).",
    # issue 34: the team server and the laptops
    'Team: synchronizing…': 'Équipe : synchronisation…',
    'Team: offline, working on this laptop': 'Équipe : hors ligne, travail sur ce portable',
    'Team: %1': 'Équipe : %1',
    'Team: not synchronized yet': 'Équipe : pas encore synchronisé',
    'Team: synchronized just now': "Équipe : synchronisé à l'instant",
    'Team: synchronized %n min ago': ('Équipe : synchronisé il y a %n min', 'Équipe : synchronisé il y a %n min'),
    '%n conflict(s)': ('%n conflit', '%n conflits'),
    'Server address': 'Adresse du serveur',
    'Certificate fingerprint': 'Empreinte du certificat',
    'Your user name': "Votre nom d'utilisateur",
    "Empty: the certificate is checked by the system's authorities": 'Vide : le certificat est vérifié par les autorités du système',
    "With a team server, this laptop keeps a copy of your customers, their contacts, opportunities, quotations and recent activities, and works the same online or offline; changes go both ways in the background. The administrator gives the server's address and, for a self-signed certificate, its fingerprint.": "Avec un serveur d'équipe, ce portable garde une copie de vos clients, de leurs contacts, opportunités, devis et activités récentes, et fonctionne de même en ligne ou hors ligne ; les modifications passent dans les deux sens en arrière-plan. L'administrateur donne l'adresse du serveur et, pour un certificat auto-signé, son empreinte.",
    'Set up this laptop…': 'Configurer ce portable…',
    "This laptop works on the team's data (%1).": "Ce portable travaille sur les données de l'équipe (%1).",
    "This laptop works on its own database, not on the team's.": "Ce portable travaille sur sa propre base, pas sur celle de l'équipe.",
    "Copying your part of the team's database…": "Copie de votre partie de la base de l'équipe…",
    'Team server': "Serveur d'équipe",
    "This laptop is set up: %1 records copied. Restart the application to work on the team's data.": "Ce portable est configuré : %1 enregistrements copiés. Redémarrez l'application pour travailler sur les données de l'équipe.",
    "Both changed it: the server's value kept": 'Modifié des deux côtés : valeur du serveur gardée',
    'Both changed it: the last write kept': 'Modifié des deux côtés : dernière écriture gardée',
    "Waits for the opportunity's owner": "Attend le responsable de l'opportunité",
    'Completed: not reopened': 'Terminée : non rouverte',
    'Deleted here, changed on the server: kept': 'Supprimé ici, modifié sur le serveur : gardé',
    'Deleted on the server, changed here: restored': 'Supprimé sur le serveur, modifié ici : rétabli',
    'Quotation changed on both sides: your edit is a new revision': 'Devis modifié des deux côtés : votre modification est une nouvelle révision',
    'Refused by the server': 'Refusé par le serveur',
    'Keep as it is': 'Garder tel quel',
    'Use the other value': "Prendre l'autre valeur",
    '--listen takes HOST:PORT, for example 0.0.0.0:8443.': '--listen attend HÔTE:PORT, par exemple 0.0.0.0:8443.',
    'Pinned partner': 'Tiers épinglé',
    'Say which user the laptop works for.': 'Indiquez pour quel utilisateur travaille le portable.',
    'Synchronization conflict': 'Conflit de synchronisation',
    "The team server works on the team's PostgreSQL database: give --database postgresql://user@host/crm.": "Le serveur d'équipe travaille sur la base PostgreSQL de l'équipe : indiquez --database postgresql://utilisateur@hôte/crm.",
    'The team server {url} cannot be reached ({reason}). Check the address and the network, then try again.': "Le serveur d'équipe {url} est injoignable ({reason}). Vérifiez l'adresse et le réseau, puis réessayez.",
    "The team server's certificate is not the one this laptop was set up with. Ask the administrator.": "Le certificat du serveur d'équipe n'est pas celui avec lequel ce portable a été configuré. Adressez-vous à l'administrateur.",
    "This conflict has no value to write back: keep the server's version (it is the record as it stands).": "Ce conflit n'a pas de valeur à réécrire : gardez la version du serveur (c'est l'enregistrement tel qu'il est).",
    'This laptop has used every id of its range. Set it up again with the team server.': "Ce portable a utilisé tous les identifiants de sa plage. Configurez-le de nouveau avec le serveur d'équipe.",
    'This laptop is not registered with the team server (or was revoked). Set it up again in Settings.': "Ce portable n'est pas enregistré auprès du serveur d'équipe (ou a été révoqué). Configurez-le de nouveau.",
    "This laptop's version of the CRM (schema {revision}) is too old for the team server (schema {server}). Install the current version; your changes were kept.": "La version du CRM de ce portable (schéma {revision}) est trop ancienne pour le serveur d'équipe (schéma {server}). Installez la version actuelle ; vos modifications sont conservées.",
    '{entity_label} is reference data: it is changed on the team server, and read-only on laptops.': "{entity_label} est une donnée de référence : elle se modifie sur le serveur d'équipe et est en lecture seule sur les portables.",
    '{entity_label} is reference data: it is changed on the team server, and read-only on this laptop.': "{entity_label} est une donnée de référence : elle se modifie sur le serveur d'équipe et est en lecture seule sur ce portable.",
    '{entity_label} points at a record this laptop does not hold ({record}): the change is refused.': '{entity_label} désigne un enregistrement absent de ce portable ({record}) : la modification est refusée.',
    '{entity_label} {record} is not in the records this laptop holds: the change is refused.': '{entity_label} {record} ne fait pas partie des enregistrements de ce portable : la modification est refusée.',
    "{what_label} is done online only: on an office computer connected to the team's database.": "{what_label} se fait en ligne uniquement : sur un poste du bureau connecté à la base de l'équipe.",
    'Merging duplicates': 'La fusion des doublons',
    'Changed by': 'Modifié par',
    'Decided by': 'Décidé par',
    'Kept': 'Gardé',
    "Laptop's value": 'Valeur du portable',
    "Server's value": 'Valeur du serveur',
    'What happened': "Ce qui s'est passé",
    'Conflicts': 'Conflits',
    "the server's": "celle du serveur",
    "the laptop's": "celle du portable",
    # -- issue 31: the keyboard, the week, the laptop -------------------------------------------
    "%n calendar item(s) exported.": ("%n élément de calendrier exporté.",
                                      "%n éléments de calendrier exportés."),
    "Weighted pipeline (in forecast)": "Pipeline pondéré (en prévision)",
    "Open it now?": "L'ouvrir maintenant ?",
    "Written to %1.": "Écrit dans %1.",
    "Loading…": "Chargement…",
    "weighted revenue in forecast %1": "chiffre d'affaires pondéré en prévision %1",
    "%n window(s) have unsaved changes:": ("%n fenêtre a des modifications non enregistrées :",
                                           "%n fenêtres ont des modifications non "
                                           "enregistrées :"),
    "Save them before quitting?": "Les enregistrer avant de quitter ?",
    "%n opportunities · expected revenue %2 · weighted revenue in forecast %3":
        ("%n opportunité · chiffre d'affaires attendu %2 · chiffre d'affaires pondéré en "
         "prévision %3", "%n opportunités · chiffre d'affaires attendu %2 · chiffre d'affaires "
         "pondéré en prévision %3"),
    "Weighted revenue: expected revenue × probability of the open opportunities included in "
    "the forecast": "Chiffre d'affaires pondéré : chiffre d'affaires attendu × probabilité des "
                    "opportunités ouvertes incluses dans la prévision",
    "%n row(s) exported.": ("%n ligne exportée.", "%n lignes exportées."),
    "The working day starts at": "La journée de travail commence à",
    "An activity lasts at least a quarter of an hour.":
        "Une activité dure au moins un quart d'heure.",
    "Only an appointment or a call that is not all day has a length to change.":
        "Seuls un rendez-vous ou un appel qui ne dure pas toute la journée ont une durée à "
        "modifier.",
    "Unit description": "Désignation de l'unité",
    "As printed, e.g. 50 000 €": "Tel qu'imprimé, p. ex. 50 000 €",
    "Legal form": "Forme juridique",
    "e.g. SAS, SARL, GmbH: printed on quotations": "p. ex. SAS, SARL, GmbH : imprimée sur les "
                                                   "devis",
    "Registration": "Immatriculation",
    "SIREN / SIRET and the trade register (RCS), or the company number of another country":
        "SIREN / SIRET et le registre du commerce (RCS), ou le numéro d'entreprise d'un autre "
        "pays",
    "Share capital": "Capital social",
    "The intra-community VAT number, e.g. FR32412345678":
        "Le numéro de TVA intracommunautaire, p. ex. FR32412345678",
    "The language's code, as partners carry it: fr, en, de, nl, it, es":
        "Le code de la langue, comme celui des tiers : fr, en, de, nl, it, es",
    "Units": "Unités",
    "Descriptions by language": "Désignations par langue",
    # -- Windows laptops (issue 39) ----------------------------------------------------------
    "Drop e-mails": "Déposer des e-mails",
    "Outlook did not hand over the contents of %1: save the message as a file from Outlook "
    "(Save as) and drop that file here instead.":
        "Outlook n'a pas transmis le contenu de %1 : enregistrez le message dans un fichier "
        "depuis Outlook (Enregistrer sous) et déposez plutôt ce fichier ici.",
    "File in use": "Fichier utilisé",
    "{file} is open in another program (Excel or Word?) or read-only: close it there and try "
    "again.":
        "{file} est ouvert dans un autre programme (Excel ou Word ?) ou en lecture seule : "
        "fermez-le puis réessayez.",
    "CRM desktop is already running on this data folder but does not answer: close it (in the "
    "Task Manager if need be) and start it again.":
        "CRM est déjà lancé sur ce dossier de données mais ne répond pas : fermez-le (au besoin "
        "dans le Gestionnaire des tâches) puis relancez-le.",
    "Database location": "Emplacement de la base de données",
    "The database {file} is in a folder that a cloud service synchronises (OneDrive, Dropbox, "
    "Google Drive): it is opened without write-ahead logging, and the service may still damage "
    "it; keep it in a folder that is not synchronised.":
        "La base de données {file} est dans un dossier synchronisé par un service en ligne "
        "(OneDrive, Dropbox, Google Drive) : elle est ouverte sans journal d'écriture anticipée, "
        "et le service peut encore l'endommager ; placez-la dans un dossier non synchronisé.",
    "The database {file} is on a network drive: it is opened without write-ahead logging, "
    "which network drives do not support; keep it on this computer's disk for speed and "
    "safety.":
        "La base de données {file} est sur un lecteur réseau : elle est ouverte sans journal "
        "d'écriture anticipée, que les lecteurs réseau ne permettent pas ; placez-la sur le "
        "disque de cet ordinateur, plus rapide et plus sûr.",
    # -- personal data (issue 37: GDPR, the CNIL's words) --------------------------------------
    "Channel": "Canal",
    "Consent": "Consentement",
    "Do not mail": "Pas de courrier postal",
    "Erasure": "Effacement",
    "Objects": "S'oppose",
    "Direct marketing": "Prospection commerciale",
    "Phone calls": "Appels téléphoniques",
    "Postal mail": "Courrier postal",
    "Skipped (objection)": "Ignoré (opposition)",
    "Left out: contact {contact} does not want phone calls.":
        "Écarté : le contact {contact} s'oppose aux appels téléphoniques.",
    "Left out: contact {contact} does not want postal mail.":
        "Écarté : le contact {contact} s'oppose au courrier postal.",
    "Left out: contact {contact} objects to direct marketing (opted out).":
        "Écarté : le contact {contact} s'oppose à la prospection commerciale (opposition "
        "enregistrée).",
    "Include contacts who object": "Inclure les contacts qui s'y opposent",
    "Also contacts who opted out of direct marketing, post or calls; the choice is recorded "
    "with the run":
        "Aussi les contacts qui ont exercé leur droit d'opposition (prospection, courrier ou "
        "appels) ; ce choix est enregistré avec le traitement",
    "Say why the data is erased (whose request, when).":
        "Indiquez pourquoi les données sont effacées (demande de qui, à quelle date).",
    "The data of {code} cannot be erased while quotation {quotations} is open (legal hold): "
    "process or close it first.":
        "Les données de {code} ne peuvent pas être effacées tant que le devis {quotations} est "
        "ouvert (conservation légale) : traitez-le ou clôturez-le d'abord.",
    "Export personal data…": "Exporter les données personnelles (droit d'accès)…",
    "Right of access: every piece of data about this person, in one file they can read":
        "Droit d'accès : toutes les données concernant cette personne, dans un fichier "
        "qu'elle peut lire",
    "Erase personal data…": "Effacer les données personnelles (droit à l'effacement)…",
    "Right to erasure: anonymise this person everywhere; the business history stays":
        "Droit à l'effacement : anonymiser cette personne partout ; l'historique commercial "
        "est conservé",
    "Export personal data": "Exporter les données personnelles",
    "JSON files (*.json)": "Fichiers JSON (*.json)",
    "%n row(s) written to %1.": ("%n ligne écrite dans %1.", "%n lignes écrites dans %1."),
    "Erase personal data": "Effacer les données personnelles",
    "Why is the data erased (whose request, when)?":
        "Pourquoi les données sont-elles effacées (demande de qui, à quelle date) ?",
    "The name, e-mail and phones of this person are replaced everywhere, and the notes about "
    "them and their attachments deleted. This cannot be undone. Erase?":
        "Le nom, l'e-mail et les téléphones de cette personne sont remplacés partout, les "
        "remarques la concernant et ses pièces jointes supprimées. C'est irréversible. "
        "Effacer ?",
    "The personal data was erased (%n row(s)).":
        ("Les données personnelles ont été effacées (%n ligne).",
         "Les données personnelles ont été effacées (%n lignes)."),
    "Anonymised: no activity for {years} years.":
        "Anonymisé : aucune activité depuis {years} ans.",
    "Kept: quotation {quotations} is open (legal hold).":
        "Conservé : le devis {quotations} est ouvert (conservation légale).",
    "Set how many years contacts without activity are kept in the CRM parameters first.":
        "Indiquez d'abord dans les paramètres CRM combien d'années les contacts sans activité "
        "sont conservés.",
    "Would be anonymised: no activity for {years} years.":
        "Serait anonymisé : aucune activité depuis {years} ans.",
    "Retention of Personal Data": "Durée de conservation des données personnelles",
    "Marketing Export": "Export commercial",
    "Business partner {code} is not one person: it has {count} contacts. Export or erase the "
    "personal data of the person on their contact.":
        "Le tiers {code} n'est pas une personne seule : il a {count} contacts. Exercez le droit "
        "d'accès ou l'effacement des données personnelles sur le contact de la personne.",
    "%n contact(s) left out: they object to direct marketing (opted out).":
        ("%n contact écarté : il s'oppose à la prospection commerciale (opposition "
         "enregistrée).",
         "%n contacts écartés : ils s'opposent à la prospection commerciale (opposition "
         "enregistrée)."),
    "%n contact(s) left out: they do not want postal mail.":
        ("%n contact écarté : il s'oppose au courrier postal.",
         "%n contacts écartés : ils s'opposent au courrier postal."),
    "%n contact(s) left out: they do not want phone calls.":
        ("%n contact écarté : il s'oppose aux appels téléphoniques.",
         "%n contacts écartés : ils s'opposent aux appels téléphoniques."),
    "Tick \"Include contacts who object\" to include them (opposition); the choice is "
    "recorded.":
        "Cochez « Inclure les contacts qui s'y opposent » pour les inclure (droit "
        "d'opposition) ; ce choix est enregistré.",
    "Contacts without activity kept (years)": "Conservation des contacts sans activité (ans)",
    "0: kept; otherwise the retention run anonymises them":
        "0 : conservés ; sinon le traitement de conservation les anonymise",
    "Personal data": "Données personnelles",
    "Personal data of %1 (%2)": "Données personnelles de %1 (%2)",
    "Exported on %1. Every row the CRM holds about this person; the JSON file beside this one "
    "holds the same, every column.":
        "Exporté le %1 (droit d'accès). Toutes les lignes que le CRM détient sur cette "
        "personne ; le fichier JSON à côté de celui-ci contient les mêmes, toutes colonnes.",
    "No number series is set for these records in the parameters.":
        "Aucune série de numéros n'est définie pour ces enregistrements dans les paramètres.",
    "The contact {id} does not exist.": "Le contact {id} n'existe pas.",
    "Device": "Appareil",
    "First number": "Premier numéro",
    "Laptop transaction": "Transaction du portable",
    "Last number": "Dernier numéro",
    "Rule": "Règle",
    "Server transaction": "Transaction du serveur",
    "Table": "Table",
    # -- keyboard and screen readers (issue 40) -------------------------------------------------
    "&Commands": "&Commandes",
    "Search": "Rechercher",
    "Tab indents; Ctrl+Tab moves to the next field, Ctrl+Shift+Tab to the previous one.":
        "Tab met en retrait ; Ctrl+Tab passe au champ suivant, Ctrl+Maj+Tab au précédent.",
    "Previous": "Précédent",
    "First day shown": "Premier jour affiché",
    # -- rights (issue 35, Q-SEC-1) -------------------------------------------------------
    "Roles": "Rôles",
    "Salesperson": "Commercial",
    "Marketing": "Marketing",
    "CRM manager": "Responsable CRM",
    "{entity_label} is reference data: only a CRM manager may change it.":
        "{entity_label} est une donnée de référence : seul un responsable CRM peut la "
        "modifier.",
    "{entity_label} {record} is closed: only its assignee or organizer, or a CRM manager, may "
    "change it.":
        "{entity_label} {record} est close : seuls la personne assignée ou l'organisateur, ou "
        "un responsable CRM, peuvent la modifier.",
    "{record} is the team's last CRM manager: name another one first.":
        "{record} est le dernier responsable CRM de l'équipe : nommez-en d'abord un autre.",
    "Audit entry": "Entrée de la piste d'audit",
    "Only a CRM manager may read the audit trail.":
        "Seul un responsable CRM peut consulter la piste d'audit.",
    "Audit trail": "Piste d'audit",
    "Laptop": "Portable",
    "Old value": "Ancienne valeur",
    "New value": "Nouvelle valeur",
    "Only a CRM manager may see or revoke the team's laptops.":
        "Seul un responsable CRM peut voir ou révoquer les portables de l'équipe.",
    "Give both --entra-tenant and --entra-audience.":
        "Indiquez à la fois --entra-tenant et --entra-audience.",
    "This laptop was set up for {owner}, not for you: sign in as {owner}, or set it up again.":
        "Ce portable a été configuré pour {owner}, pas pour vous : connectez-vous en tant que "
        "{owner}, ou configurez-le de nouveau.",
    "You signed in as {who}, whom no employee of the CRM is linked to: ask a CRM manager to "
    "enter that address on your employee record.":
        "Vous vous êtes connecté en tant que {who}, à qui aucun employé du CRM n'est lié : "
        "demandez à un responsable CRM de saisir cette adresse sur votre fiche d'employé.",
    "The team server could not verify your sign-in: sign in again.":
        "Le serveur d'équipe n'a pas pu vérifier votre connexion : connectez-vous de nouveau.",
    "Your sign-in has expired: sign in again.":
        "Votre connexion a expiré : connectez-vous de nouveau.",
    "Revoke laptop {device} of {user} and wipe it? At its next sync it will delete every "
    "record of the team it holds, changes not yet sent included.":
        "Révoquer le portable {device} de {user} et l'effacer ? À sa prochaine "
        "synchronisation, il supprimera tous les enregistrements de l'équipe qu'il détient, "
        "y compris les modifications pas encore envoyées.",
    "Revoke laptop {device} of {user}? The team server will refuse it from its next sync.":
        "Révoquer le portable {device} de {user} ? Le serveur d'équipe le refusera dès sa "
        "prochaine synchronisation.",
    "In use": "En service",
    "Revoked": "Révoqué",
    "Revoked and wiped": "Révoqué et effacé",
    "Revoke": "Révoquer",
    "Revoke and wipe": "Révoquer et effacer",
    "Last sync": "Dernière synchro.",
    "Registered": "Enregistré le",
    "State": "État",
    "Version": "Version",
    "Laptops": "Portables",
    "A password has at least {count} characters.":
        "Un mot de passe compte au moins {count} caractères.",
    "This account is locked after repeated failed sign-ins: try again in a quarter of an hour, "
    "or ask a CRM manager.":
        "Ce compte est verrouillé après plusieurs échecs de connexion : réessayez dans un quart "
        "d'heure, ou adressez-vous à un responsable CRM.",
    "This laptop sends too many requests to the team server: it will try again in a moment.":
        "Ce portable envoie trop de requêtes au serveur d'équipe : il réessaiera dans un "
        "instant.",
    # issue 40: charts as tables, zoom-to from a lookup, the grids' context menu
    "As a table": "En tableau",
    "Show the chart's numbers as a table": "Afficher les chiffres du graphique dans un tableau",
    "F2 selects from a list; Shift+F2 opens the record shown.":
        "F2 choisit dans une liste ; Maj+F2 ouvre l'enregistrement affiché.",
    "grid_menu|Copy": "Copier",
    # issue 35: the laptop's side of signing in to the team server
    "Team: sign-in needed": "Équipe : connexion nécessaire",
    "Sign in to the team server": "Connexion au serveur d'équipe",
    "The team server asks who uses this laptop: type your server account's password. Changes "
    "made meanwhile wait on this laptop.":
        "Le serveur d'équipe demande qui utilise ce portable : tapez le mot de passe de votre "
        "compte serveur. Les modifications faites entre-temps attendent sur ce portable.",
    "Sign in": "Se connecter",
    "User name": "Nom d'utilisateur",
    "None (a trial server)": "Aucune (serveur d'essai)",
    "Server account (password asked at each start)":
        "Compte serveur (mot de passe demandé à chaque démarrage)",
    "As a chart": "En graphique",
    "Show the chart's bars again": "Afficher de nouveau les barres du graphique",
    "Sign in with your work account to synchronize with the team server.":
        "Connectez-vous avec votre compte professionnel pour synchroniser avec le serveur "
        "d'équipe.",
    "Open the Microsoft sign-in page, type the code below and sign in with your work account.":
        "Ouvrez la page de connexion Microsoft, saisissez le code ci-dessous et connectez-vous "
        "avec votre compte professionnel.",
    "Directory (tenant) ID": "ID de l'annuaire (locataire)",
    "Application (client) ID": "ID d'application (client)",
    "Team server's API scope": "Étendue de l'API du serveur d'équipe",
    "Microsoft Entra ID (your work account)": "Microsoft Entra ID (votre compte professionnel)",
    "Empty: Microsoft's (https://login.microsoftonline.com)":
        "Vide : celle de Microsoft (https://login.microsoftonline.com)",
    "The team server asks who uses this laptop. Open the Microsoft sign-in page, type the code "
    "below and sign in with your work account. Changes made meanwhile wait on this laptop.":
        "Le serveur d'équipe demande qui utilise ce portable. Ouvrez la page de connexion "
        "Microsoft, saisissez le code ci-dessous et connectez-vous avec votre compte "
        "professionnel. Les modifications faites entre-temps attendent sur ce portable.",
    "Linked activity": "Activité liée",
    "Enter opens it; arrows go to the other activities; Ctrl+arrows move it by a quarter of"
    " an hour or a day; Ctrl+Shift+Up or Down shortens or lengthens it":
        "Entrée l'ouvre ; les flèches vont aux autres activités ; Ctrl+flèches la déplacent "
        "d'un quart d'heure ou d'un jour ; Ctrl+Maj+Haut ou Bas la raccourcit ou l'allonge",
    "The task starts after its due date.": "La tâche commence après sa date d'échéance.",
    "Saved: %1": "Enregistré : %1",
    "Date from": "Date du",
    "Date to": "Date au",
    "Saved. %1": "Enregistré. %1",
    "Main toolbar": "Barre d'outils principale",
    "%1: %2": "%1 : %2",
    "Has records": "Contient des données",
    "None yet": "Aucune donnée",
    "Reminder: %1. Ctrl+Shift+R shows the reminders.":
        "Rappel : %1. Ctrl+Maj+R affiche les rappels.",
    "Contact window": "Fiche du contact",
    "Bulk update": "Mise à jour en masse",
    "%n row(s) written to %1 (every field, for a program), and a summary the person reads to %2.": (
        "%n ligne écrite dans %1 (chaque champ, pour un programme), et un résumé lisible "
        "par la personne dans %2.",
        "%n lignes écrites dans %1 (chaque champ, pour un programme), et un résumé lisible "
        "par la personne dans %2."),
    "Anonymised: no activity since {since}.": "Anonymisé : aucune activité depuis le {since}.",
    "Would be anonymised: no activity since {since}.":
        "Serait anonymisé : aucune activité depuis le {since}.",
    "Contacts to anonymise: {count}. Their name, e-mail and phones are replaced everywhere, and the notes about them deleted; this cannot be undone. Go on?":
        "Contacts à anonymiser : {count}. Leur nom, leur e-mail et leurs téléphones sont "
        "remplacés partout et les notes les concernant supprimées ; c'est irréversible. "
        "Continuer ?",
    "Source": "Source",
    "Consent history": "Historique du consentement",
    "File import": "Import de fichier",
    "Included by your choice: contact {contact} objects to direct marketing (opted out).":
        "Inclus par votre choix : le contact {contact} s'oppose à la prospection (désinscrit).",
    "Included by your choice: contact {contact} does not want postal mail.":
        "Inclus par votre choix : le contact {contact} refuse le courrier postal.",
    "Included by your choice: contact {contact} does not want phone calls.":
        "Inclus par votre choix : le contact {contact} refuse les appels téléphoniques.",
    "Kept: the contact is under a legal hold.":
        "Conservé : le contact fait l'objet d'une conservation légale.",
    "Legal hold": "Conservation légale",
    "The data of {code} cannot be erased: the contact is under a legal hold. Clear Legal hold on the contact when it ends.":
        "Les données de {code} ne peuvent pas être effacées : le contact fait l'objet d'une "
        "conservation légale. Décochez Conservation légale sur le contact quand elle prend fin.",
    "A dispute or an audit: the personal data of this person may not be erased while it is ticked":
        "Un litige ou un contrôle : les données personnelles de cette personne ne peuvent pas "
        "être effacées tant que la case est cochée",
    "Prospects' contacts kept (years)": "Contacts des prospects conservés (années)",
    "The contacts of prospects and of no partner; 0: as the other contacts":
        "Les contacts des prospects et sans tiers ; 0 : comme les autres contacts",
    "%n contact(s) left out: their personal data was erased.": (
        "%n contact écarté : ses données personnelles ont été effacées.",
        "%n contacts écartés : leurs données personnelles ont été effacées."),
}
