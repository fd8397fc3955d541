"""The fixed part of the demo: series, offices, employees, processes, attributes, parameters."""

from __future__ import annotations

import getpass
from decimal import Decimal

from desktop.crm.demo.names import ITEMS

SERIES = [
    # code, description, prefix, width
    ("OPP", "Opportunités", "OPP", 6),
    ("QUO", "Devis (paramètres)", "QT", 7),
    ("QPAR", "Devis agence Paris", "QP", 7),
    ("BP", "Tiers", "BP", 6),
    ("CON", "Contacts", "CT", 6),
    ("APP", "Rendez-vous", "RV", 7),
    ("CAL", "Appels", "AP", 7),
    ("TSK", "Tâches", "TA", 7),
    ("MAI", "Publipostages", "PU", 7),
    ("EML", "Courriers électroniques", "EM", 7),
]

OFFICES = [
    ("PAR", "Agence Paris Île-de-France", "Paris", "QPAR"),
    ("LYO", "Agence Lyon Rhône-Alpes", "Lyon", None),
    ("MRS", "Agence Marseille Méditerranée", "Marseille", None),
    ("BRU", "Agence Benelux", "Bruxelles", None),
]

EMPLOYEE_NAMES = [
    "Sophie Marchand", "Julien Lefort", "Camille Rousseau", "Thomas Girard", "Élodie Fabre",
    "Nicolas Perret", "Claire Vidal", "Mathieu Caron", "Aurélie Lemoine", "Hugo Benard",
    "Inès Carpentier", "Bastien Roy", "Laure Hamel", "Yann Le Goff", "Pauline Texier",
    "Romain Collet", "Sarah Benali", "Guillaume Marty", "Émilie Royer", "Kévin Prévost",
    "Nathalie Guillot", "Olivier Besnard", "Marion Joly", "Damien Vasseur", "Lucie Fontaine",
]

PHASES = [
    ("ANA", "Analyse du besoin"), ("QUAL", "Qualification"), ("PROP", "Proposition"),
    ("NEGO", "Négociation"), ("CLOS", "Conclusion"), ("INFO", "Besoin d'informations"),
    ("FIDE", "Client fidèle"),
]

PROCESSES = [
    ("STD", "Vente standard", [("ANA", 10), ("QUAL", 25), ("PROP", 50), ("NEGO", 75)]),
    ("PROJ", "Projet complexe", [("ANA", 5), ("QUAL", 15), ("PROP", 35), ("NEGO", 60), ("CLOS", 90)]),
]

BUYER_ROLES = [("ECO", "Acheteur économique"), ("DEC", "Décideur"), ("INF", "Influenceur")]
OPP_TYPES = [("NEW", "Nouveau client"), ("EXT", "Extension"), ("REN", "Renouvellement")]
OPP_SOURCES = [("SALON", "Salon professionnel"), ("WEB", "Site web"), ("RECO", "Recommandation"),
               ("TEL", "Prospection téléphonique")]
REASONS = [("PRIX", "Prix trop élevé", "LOST"), ("CONC", "Concurrent retenu", "LOST"),
           ("BUDG", "Budget annulé", "CANCELED"), ("OFFRE", "Meilleure offre", "WON"),
           ("SILEN", "Pas de réponse", "DEAD")]

# code, label, type, length, options
ATTRIBUTES = [
    ("CLISINCE", "Client depuis", "DATE", None, ()),
    ("SECTEUR", "Secteur d'activité", "OPTION", None,
     ("Industrie", "Agroalimentaire", "Énergie", "Transport", "Santé")),
    ("EFFECTIF", "Effectif", "INTEGER", 6, ()),
    ("CA_EST", "Chiffre d'affaires estimé", "DOUBLE", 12, ()),
    ("SATISF", "Niveau de satisfaction", "OPTION", None,
     ("Très satisfait", "Satisfait", "Neutre", "Insatisfait")),
    ("CONCURR", "Concurrent principal", "ALPHANUMERIC", 30, ()),
    ("COMMENT", "Commentaire de l'enquête", "TEXT", None, ()),
    ("RAPPEL", "Heure de rappel préférée", "TIME", None, ()),
]
RIVALS = ["Schneider", "Siemens", "ABB", "Legrand", "Aucun"]

ATTRIBUTE_SETS = [
    ("BPDEF", "Profil client", ["CLISINCE", "SECTEUR", "EFFECTIF"]),
    ("SURVEY", "Enquête de satisfaction", ["SATISF", "COMMENT", "RAPPEL"]),
    ("OPPDEF", "Qualification opportunité", ["CA_EST", "CONCURR"]),
]


#: unit -> (English name, {language: name}): what a customer's documents call it
UNITS = {"pcs": ("piece", {"fr": "pièce", "de": "Stück", "nl": "stuk", "it": "pezzo",
                           "es": "pieza"}),
         "h": ("hour", {"fr": "heure", "de": "Stunde", "nl": "uur", "it": "ora", "es": "hora"}),
         "day": ("day", {"fr": "jour", "de": "Tag", "nl": "dag", "it": "giorno", "es": "día"}),
         "kg": ("kilogram", {"fr": "kilogramme", "de": "Kilogramm"}),
         "m": ("metre", {"fr": "mètre", "de": "Meter"})}


def unit_rows() -> tuple[list[dict], list[dict]]:
    """The units and their names by language."""
    units: list[dict] = []
    names: list[dict] = []
    for index, (code, (english, by_language)) in enumerate(UNITS.items(), 1):
        units.append(dict(id=index, code=code, description=english))
        for language, name in by_language.items():
            names.append(dict(id=len(names) + 1, unit_id=index, language=language,
                              description=name))
    return units, names


def item_rows(count: int) -> list[dict]:
    rows = []
    for i in range(count):
        name, price = ITEMS[i % len(ITEMS)]
        series = i // len(ITEMS)
        suffix = f" - modèle {series + 1}" if series else ""
        unit = "h" if "jour" in name else "pcs"
        rows.append(dict(
            id=i + 1, code=f"ART-{i + 1:05d}", description=f"{name}{suffix}",
            sales_unit=unit, currency="EUR", base_price=Decimal(price + 10 * series), active=True,
        ))
    return rows


def current_os_user() -> str:
    try:
        return getpass.getuser()
    except Exception:  # noqa: BLE001 - no user name on some systems
        return ""

