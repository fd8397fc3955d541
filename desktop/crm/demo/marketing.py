"""Demo selections, letters, reports, activity templates and Exchange sync users."""

from __future__ import annotations

from desktop.crm import entities as E
from desktop.crm.letters.document import Cell, Document, Field, Paragraph, Style, Table, Text
from desktop.crm.letters.storage import dumps

BOLD = Style(bold=True)


def _promotion() -> str:
    """A contact letter with the formats, a list, a table and merge fields."""
    return dumps(Document((
        Paragraph((Field("@today"),), align="right"),
        Paragraph((Field("@contact.salutation"), Text(" "), Field("@bef.lst.name"), Text(" "),
                   Field("@cor.nama"), Text(","))),
        Paragraph((Text("Nous avons le plaisir de vous présenter notre nouvelle gamme "
                        "d'équipements industriels, conçue pour réduire de "),
                   Text("20 %", BOLD), Text(" la consommation d'énergie des lignes de "),
                   Field("bp.name"), Text(".")), align="justify"),
        Paragraph((Text("Pompes à vitesse variable"),), list_kind="bullet"),
        Paragraph((Text("Vérins basse consommation"),), list_kind="bullet"),
        Table(((Cell((Paragraph((Text("Gamme", BOLD),)),)),
                Cell((Paragraph((Text("Économie", BOLD),)),))),
               (Cell((Paragraph((Text("Hydro-Eco"),)),)), Cell((Paragraph((Text("20 %"),)),))))),
        Paragraph((Text("Votre interlocuteur chez nous reste "), Field("bp.internal_rep", BOLD),
                   Text("."))),
        Paragraph((Text("Veuillez agréer nos salutations distinguées."),)),
        Paragraph((Field("@user"),)),
    ), language="fr"))


def _reminder() -> str:
    return dumps(Document((
        Paragraph((Field("@today"),), align="right"),
        Paragraph((Text("Madame, Monsieur,"),)),
        Paragraph((Text("Suite à notre devis pour « "), Field("opportunity.description"),
                   Text(" », nous restons à votre disposition.")),),
        Paragraph((Field("@user"), Text(" – "), Field("@company"))),
    ), language="fr"))


def marketing_rows(builder) -> list[tuple[type, list[dict]]]:
    survey = builder.id_of(E.AttributeSet, "SURVEY")
    return [
        (E.Selection, [
            dict(id=1, code="NEWCLI45", description="Nouveaux clients (45 jours) à informer",
                 text="Tiers devenus clients dans les 45 derniers jours et dont la phase "
                      "indique un besoin d'informations.",
                 expression='attribute("CLISINCE") >= today() - 45 and bp.phase = "INFO"',
                 object_kind="BUSINESS_PARTNER", compiled_ok=True),
            dict(id=2, code="LYON", description="Tiers de la région lyonnaise",
                 text="", expression='bp.city = "Lyon" | agence LYO',
                 object_kind="BUSINESS_PARTNER", compiled_ok=True),
            dict(id=3, code="BIGOPP", description="Grosses opportunités ouvertes",
                 text="", expression='opportunity.expected_revenue >= 100000 and '
                                     '(opportunity.status = "PRELIMINARY" or '
                                     'opportunity.status = "IN_PROCESS")',
                 object_kind="OPPORTUNITY", compiled_ok=False),
        ]),
        (E.Letter, [
            dict(id=1, code="PROMO24", description="Lancement gamme économie d'énergie",
                 layout=_promotion(), export=False, language="fr", object_kind="CONTACT"),
            dict(id=2, code="RELANCE", description="Relance après devis",
                 layout=_reminder(), export=False, language="fr", object_kind="OPPORTUNITY"),
        ]),
        (E.Report, [
            dict(id=1, code="PIPE", description="Pipeline par commercial",
                 header_text="Pipeline des opportunités ouvertes", footer_text="Confidentiel",
                 business_object="OPPORTUNITY", orientation="WIDE"),
        ]),
        (E.ReportLayoutLine, [
            dict(id=1, report_id=1, sequence=10, field_name="opportunity.assigned_to",
                 heading="Commercial", width=20, sort=True, new_page=True),
            dict(id=2, report_id=1, sequence=20, field_name="opportunity.code",
                 heading="Opportunité", width=10),
            dict(id=3, report_id=1, sequence=30, field_name="opportunity.description",
                 heading="Description", width=30),
            dict(id=4, report_id=1, sequence=40, field_name="opportunity.expected_revenue",
                 heading="CA attendu", width=14, subtotal=True, total=True),
        ]),
        (E.ActivityTemplate, [
            dict(id=1, code="SURVEY", description="Enquête de satisfaction annuelle",
                 activity_type="CALL", subject="Enquête de satisfaction",
                 information="Poser les questions de l'enquête et noter les réponses.",
                 due_offset_days=7, duration_minutes=20, attribute_set_id=survey),
            dict(id=2, code="RELANC", description="Relance commerciale",
                 activity_type="TASK", subject="Relancer le client", due_offset_days=3),
            dict(id=3, code="MAILNG", description="Publipostage",
                 activity_type="MAILING", subject="Envoi de la lettre", letter_id=1),
        ]),
        (E.ExchangeSyncUser, [
            dict(id=1, user_name=builder_user(builder, 0), display_name="Sophie Marchand",
                 active=True, email_address="sophie.marchand@exemple.fr"),
            dict(id=2, user_name=builder_user(builder, 1), display_name="Julien Lefort",
                 active=True, email_address="julien.lefort@exemple.fr"),
        ]),
    ]


def builder_user(builder, index: int) -> str:
    from desktop.crm.demo.reference import EMPLOYEE_NAMES, current_os_user

    if index == 0 and current_os_user():
        return current_os_user()
    first, last = EMPLOYEE_NAMES[index].split(" ", 1)
    return f"{first[0]}{last}".lower().replace(" ", "")
