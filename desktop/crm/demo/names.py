"""Word lists for realistic French and European demo data."""

FEMALE_FIRST_NAMES = frozenset((
    "Amélie Chloé Léa Zoé Inès Anaïs Hélène Éloïse Maëlle Océane Célia Noémie Clémence Gaëlle "
    "Françoise Mélanie Solène Agnès Béatrice Cécile Margaux Camille Juliette Manon Émilie"
).split())

FIRST_NAMES = (
    "Amélie Chloé Léa Zoé Inès Anaïs Hélène Éloïse Maëlle Océane Célia Noémie Clémence Gaëlle "
    "Françoise Mélanie Solène Agnès Béatrice Cécile Margaux Camille Juliette Manon Émilie "
    "Jérôme François Raphaël Loïc Benoît Hervé Gaël Anaël Joël Mathéo Théo Noé Étienne Cédric "
    "Frédéric Jean-Luc Jean-Pierre Stéphane Sébastien Grégoire Aurélien Rémi Timothée Quentin "
    "Thibault Lucas Hugo Louis Gabriel Arthur Nathan Antoine Maxime Nicolas Olivier Pierre"
).split()

LAST_NAMES = (
    "Martin Bernard Dubois Thomas Robert Richard Petit Durand Leroy Moreau Simon Laurent Lefèvre "
    "Michel Garcia David Bertrand Roux Vincent Fournier Morel Girard André Lefebvre Mercier "
    "Dupont Lambert Bonnet François Martinez Légaré Côté Gagné Bélanger Béranger Lévêque Hébert "
    "Chevalier Rousseau Blanchard Guérin Boyer Gauthier Perrin Clément Faure Brunet Lemaître "
    "Rivière Lacroix Gérard Barbier Arnaud Masson Sanchez Noël Aubry Duchêne Pelletier Séguin"
).split()

PREFIXED_LAST_NAMES = (("de", "Villiers"), ("van", "Dijk"), ("de", "La Tour"), ("van der", "Berg"),
                       ("von", "Hagen"), ("d'", "Arcy"))

COMPANY_STEMS = (
    "Alpha Industrie", "Béton & Fils", "Charpentes du Rhône", "Délices de Provence",
    "Électro Système", "Forges de Lorraine", "Garonne Logistique", "Hydraulique Méditerranée",
    "Imprimerie Moderne", "Jardins de l'Ouest", "Kerlann Marine", "Laiterie Normande",
    "Mécanique Générale", "Nord Plastiques", "Optique Bérard", "Papeteries Réunies",
    "Quincaillerie Centrale", "Robotique Avancée", "Savonnerie de Marseille", "Textiles Lyonnais",
    "Usinage Précis", "Verrerie d'Alsace", "Wagons de l'Est", "Ateliers Côte d'Azur",
    "Brasserie Saint-Éloi", "Céramiques du Limousin", "Distribution Atlantique",
    "Énergies Renouvelables du Sud", "Fromagerie Comtoise", "Groupe Hélios", "Bäckerei Müller",
    "Nordisk Stål", "Tecnologías Ibéricas", "Meccanica Lombarda", "Van Dijk Transport",
    "Zürcher Präzision", "Brouwerij De Gouden Leeuw", "Polskie Maszyny", "Helsingin Puu",
    "Lisboa Têxteis",
)

COMPANY_SUFFIXES = ("SA", "SAS", "SARL", "SNC", "GmbH", "BV", "SpA", "S.L.", "AG", "Oy")

CITIES = (
    ("Paris", "75008", "FR"), ("Lyon", "69003", "FR"), ("Marseille", "13001", "FR"),
    ("Toulouse", "31000", "FR"), ("Nantes", "44000", "FR"), ("Strasbourg", "67000", "FR"),
    ("Lille", "59000", "FR"), ("Bordeaux", "33000", "FR"), ("Grenoble", "38000", "FR"),
    ("Besançon", "25000", "FR"), ("Orléans", "45000", "FR"), ("Saint-Étienne", "42000", "FR"),
    ("Nîmes", "30000", "FR"), ("Genève", "1204", "CH"), ("Zürich", "8001", "CH"),
    ("Bruxelles", "1000", "BE"), ("Liège", "4000", "BE"), ("Köln", "50667", "DE"),
    ("München", "80331", "DE"), ("Amsterdam", "1012", "NL"), ("Milano", "20121", "IT"),
    ("Barcelona", "08001", "ES"), ("Lisboa", "1100", "PT"), ("Kraków", "31-001", "PL"),
)

STREETS = (
    "rue de la République", "avenue Jean-Jaurès", "boulevard Haussmann", "rue du Général-Leclerc",
    "place Bellecour", "quai des Chartrons", "rue Émile-Zola", "chemin des Vignes",
    "allée des Érables", "rue Victor-Hugo", "avenue de l'Europe", "rue des Forgerons",
)

JOB_TITLES = (
    "Directeur des achats", "Acheteuse", "Responsable technique", "Directrice générale",
    "Chef de projet", "Responsable logistique", "Contrôleur de gestion", "Ingénieure qualité",
    "Responsable maintenance", "Assistante de direction",
)

ITEMS = (
    ("Pompe centrifuge", 1450), ("Vanne papillon DN100", 320), ("Moteur asynchrone 7,5 kW", 980),
    ("Capteur de pression", 185), ("Automate programmable", 2300), ("Variateur de vitesse", 760),
    ("Compresseur à vis", 8900), ("Échangeur thermique", 4100), ("Filtre à poches", 95),
    ("Convoyeur à bande 5 m", 6200), ("Robot de palettisation", 48000), ("Écran tactile 15\"", 640),
    ("Contrat de maintenance annuel", 2500), ("Formation opérateur (jour)", 850),
    ("Étude de faisabilité", 3500), ("Pièces détachées - lot", 420), ("Armoire électrique", 5400),
    ("Câble blindé 100 m", 210), ("Détecteur de fuite", 1290), ("Logiciel de supervision", 7600),
)

ACTIVITY_SUBJECTS = (
    "Présentation de l'offre", "Relance devis", "Visite de l'usine", "Démonstration produit",
    "Point d'avancement", "Négociation tarifaire", "Appel de qualification", "Envoi documentation",
    "Réunion de lancement", "Enquête de satisfaction", "Suivi après-vente", "Préparer la proposition",
    "Rendez-vous salon Industrie", "Confirmer la commande", "Questionnaire besoins",
)

OPPORTUNITY_TOPICS = (
    "Rénovation ligne de production", "Extension entrepôt", "Contrat cadre maintenance",
    "Automatisation conditionnement", "Remplacement compresseurs", "Supervision énergétique",
    "Nouvelle chaîne d'embouteillage", "Mise aux normes électriques", "Formation des équipes",
    "Modernisation station de pompage", "Équipement atelier", "Projet robotique palettisation",
)

NOTE_SUBJECTS = (
    "Compte rendu", "Information concurrent", "Budget confirmé", "Décideur identifié",
    "À rappeler en septembre", "Préférences de livraison",
)

#: the international prefix and the language of each country of CITIES
COUNTRIES = {"FR": ("+33", "fr"), "CH": ("+41", "de"), "BE": ("+32", "fr"), "DE": ("+49", "de"),
             "NL": ("+31", "nl"), "IT": ("+39", "it"), "ES": ("+34", "es"), "PT": ("+351", "pt"),
             "PL": ("+48", "pl")}

ACTIVITY_TEXTS = (
    "Faire le point sur le besoin et le calendrier du projet.",
    "Présenter la nouvelle gamme et laisser la documentation.",
    "Relancer sur le devis envoyé ; le client attend l'accord de sa direction.",
    "Préparer la visite : plans de l'atelier, liste des machines en place.",
    "Confirmer les quantités et les délais de livraison.",
    "Le client signale un retard de paiement : voir avec la comptabilité.",
    "Démonstration sur site avec le responsable technique.",
    "Envoyer les références de clients du même secteur.",
)
