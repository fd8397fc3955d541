"""The quotation sent to the customer: a document in the partner's language with the company's
letterhead, the partner's address, the contact, the lines, the totals with tax, the validity
date and the sales representative. It is a letter document, so it goes to .docx, PDF, the
printer and the preview by the letters' own roads; and it can leave as an e-mail activity
with the PDF attached."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

from sqlalchemy import select
from sqlalchemy.orm import Session

from desktop.crm import activities as A, entities as E
from desktop.crm.db.records import existing
from desktop.crm.enums import ActivityType, PartyType, RecipientRole
from desktop.crm.letters.document import Cell, Document, Page, Paragraph, Style, Table, Text
from desktop.crm.letters.merge import long_date
from desktop.crm.parameters import com_parameters
from desktop.crm.quotations import quotation_totals, tax_by_rate
from desktop.crm.reports.printing import decimal_text

#: the document's words, in the customer's language (not the user's)
WORDS = {
    "en": {"title": "Quotation {code}", "date": "Date", "valid": "Valid until",
           "rep": "Your contact", "attention": "For the attention of {name}",
           "item": "Item", "description": "Description", "quantity": "Quantity",
           "unit": "Unit", "price": "Unit price", "discount_pct": "Discount %",
           "discount_amount": "Discount ({currency})", "amount": "Amount",
           "net": "Total excluding tax", "tax": "VAT {rate} % on {base}",
           "gross": "Total including tax",
           "capital": "{form} with a share capital of {capital}", "vat": "VAT number {vat}",
           "reference": "Your project: {description}",
           "closing": "We remain at your disposal for any further information.",
           "subject": "Quotation {code}", "body": "Please find attached our quotation {code}, "
           "valid until {valid}.\n\nKind regards,\n{rep}"},
    "fr": {"title": "Devis {code}", "date": "Date", "valid": "Valable jusqu'au",
           "rep": "Votre interlocuteur", "attention": "À l'attention de {name}",
           "item": "Article", "description": "Désignation", "quantity": "Quantité",
           "unit": "Unité", "price": "Prix unitaire", "discount_pct": "Remise %",
           "discount_amount": "Remise ({currency})", "amount": "Montant",
           "net": "Total HT", "tax": "TVA {rate} % sur {base}", "gross": "Total TTC",
           "capital": "{form} au capital de {capital}",
           "vat": "N° TVA intracommunautaire {vat}",
           "reference": "Votre projet : {description}",
           "closing": "Nous restons à votre disposition pour tout renseignement complémentaire.",
           "subject": "Devis {code}", "body": "Veuillez trouver ci-joint notre devis {code}, "
           "valable jusqu'au {valid}.\n\nCordialement,\n{rep}"},
}
BOLD = Style(bold=True)
TITLE = Style(bold=True, size=16)
SMALL = Style(size=9)


def language_of(quotation: E.Quotation) -> str:
    language = (quotation.sold_to_bp.language or "").lower()
    return language if language in WORDS else "en"


def addressee(session: Session, quotation: E.Quotation) -> E.Contact | None:
    """The opportunity's primary contact, else the partner's primary contact (BR-MM-03)."""
    if quotation.opportunity is not None:
        OC = E.OpportunityContact
        found = session.scalars(select(E.Contact).join(OC, OC.contact_id == E.Contact.id).where(
            OC.opportunity_id == quotation.opportunity_id).order_by(
            OC.primary_contact.desc(), OC.id)).first()
        if found is not None:
            return found
    return session.scalars(select(E.Contact).where(
        E.Contact.business_partner_id == quotation.sold_to_bp_id).order_by(
        E.Contact.is_primary.desc(), E.Contact.id)).first()


def sales_rep(quotation: E.Quotation) -> E.Employee | None:
    """The opportunity's assignee, else the partner's internal sales representative."""
    if quotation.opportunity is not None and quotation.opportunity.assigned_to is not None:
        return quotation.opportunity.assigned_to
    return quotation.sold_to_bp.internal_rep


def quotation_document(session: Session, quotation_id: int) -> Document:
    """The customer-ready quotation (issue: letterhead, address, contact, lines, totals with
    tax, validity, sales rep), in the partner's language."""
    quotation = existing(session, E.Quotation, quotation_id)
    language = language_of(quotation)
    words = WORDS[language]
    blocks: list[Paragraph | Table] = [
              *_letterhead(session), Paragraph(), *_address(session, quotation, words),
              Paragraph(), Paragraph((Text(words["title"].format(code=quotation.code), TITLE),)),
              *_facts(quotation, words, language), Paragraph(),
              _lines_table(session, quotation, words, language),
              Paragraph(), _totals_table(session, quotation, words, language), Paragraph(),
              Paragraph((Text(words["closing"]),)), Paragraph(),
              *_legal_mentions(session, words)]
    return Document(tuple(blocks), Page(top=20, bottom=20, left=20, right=20), language,
                    font="Calibri", size=10)


def _letterhead(session: Session) -> list[Paragraph]:
    parameters = com_parameters(session)
    lines = [Paragraph((Text(parameters.company_name or "", Style(bold=True, size=14)),))]
    lines += [Paragraph((Text(line, SMALL),)) for line in
              (parameters.company_address or "").splitlines() if line.strip()]
    return lines


def _address(session: Session, quotation: E.Quotation, words: dict) -> list[Paragraph]:
    bp = quotation.sold_to_bp
    town = " ".join(part for part in (bp.postal_code, bp.city) if part)
    lines = [bp.name, bp.street, town, bp.country if bp.country not in ("", "FR") else ""]
    paragraphs = [Paragraph((Text(line),), align="right") for line in lines if line]
    contact = addressee(session, quotation)
    if contact is not None:
        paragraphs.append(Paragraph((Text(words["attention"].format(name=contact.full_name)),),
                                    align="right"))
    return paragraphs


def _facts(quotation: E.Quotation, words: dict, language: str) -> list[Paragraph]:
    facts = [(words["date"], long_date(quotation.quotation_date, language))]
    if quotation.valid_until:
        facts.append((words["valid"], long_date(quotation.valid_until, language)))
    rep = sales_rep(quotation)
    if rep is not None:
        facts.append((words["rep"], ", ".join(p for p in (rep.name, rep.email, rep.phone)
                                              if p)))
    paragraphs = [Paragraph((Text(f"{label} : " if language == "fr" else f"{label}: ", BOLD),
                             Text(value))) for label, value in facts]
    if quotation.description:
        paragraphs.append(Paragraph((Text(words["reference"].format(
            description=quotation.description)),)))
    return paragraphs


def _cell(text: str, align: str = "left", style: Style | None = None) -> Cell:
    return Cell((Paragraph((Text(text, style or Style()),), align=align),))


def _lines_table(session: Session, quotation: E.Quotation, words: dict,
                 language: str) -> Table:
    """The lines; the discount column, when a line has one, is a percent when every discount
    is a percent and otherwise the amount taken off each line: never both in one column."""
    lines = sorted(quotation.lines, key=lambda ln: ln.position)
    discount = _discount_kind(lines)
    heads = ["item", "description", "quantity", "unit", "price"] + \
        ([f"discount_{discount}"] if discount else []) + ["amount"]
    rows = [tuple(_cell(words[h].format(currency=quotation.currency),
                        "right" if h not in ("item", "description", "unit") else "left", BOLD)
                  for h in heads)]
    units = unit_names(session, language)
    for line in lines:
        cells = [_cell(line.item.code), _cell(line.item.description),
                 _cell(_quantity(line.ordered_qty, language), "right"),
                 _cell(units.get(line.unit.lower(), line.unit)),
                 _cell(decimal_text(line.price or 0, 2, language), "right")]
        if discount:
            cells.append(_cell(_discount_text(line, discount, language), "right"))
        cells.append(_cell(decimal_text(line.amount, 2, language), "right"))
        rows.append(tuple(cells))
    return Table(tuple(rows))


def _discount_kind(lines) -> str:
    """"pct", "amount", or "" when no line has a discount."""
    discounted = [ln for ln in lines if ln.discount_pct or ln.discount_amount]
    if not discounted:
        return ""
    return "pct" if all(not ln.discount_amount for ln in discounted) else "amount"


def _discount_text(line, kind: str, language: str) -> str:
    if kind == "pct":
        return f"{decimal_text(line.discount_pct, 2, language)} %" if line.discount_pct else ""
    taken = (line.ordered_qty * (line.price or 0) - line.amount).quantize(Decimal("0.01"))
    return decimal_text(taken, 2, language) if taken else ""


def unit_names(session: Session, language: str) -> dict[str, str]:
    """Each unit's name in ``language`` (else its own description), by lower-case code."""
    names = {code.lower(): text for code, text in session.execute(
        select(E.Unit.code, E.Unit.description))}
    names.update({code.lower(): text for code, text in session.execute(
        select(E.Unit.code, E.UnitDescription.description).join(E.UnitDescription.unit)
        .where(E.UnitDescription.language == language))})
    return names


def _quantity(value: Decimal, language: str) -> str:
    decimals = 0 if value == value.to_integral_value() else 3
    return decimal_text(value.normalize() if decimals else value, decimals, language)


def _totals_table(session: Session, quotation: E.Quotation, words: dict,
                  language: str) -> Table:
    """Net, then the tax of each rate with the rate beside it, then the total with tax."""
    totals = quotation_totals(session, quotation.id)
    currency = quotation.currency
    money = lambda amount: f"{decimal_text(amount, 2, language)} {currency}"  # noqa: E731
    rows = [(words["net"], totals.net, Style())]
    rows += [(words["tax"].format(rate=decimal_text(tax.rate, 2, language),
                                  base=money(tax.base)), tax.tax, Style())
             for tax in tax_by_rate(session, quotation.id)]
    rows.append((words["gross"], totals.gross, BOLD))
    return Table(tuple((_cell(label, "right", style), _cell(money(amount), "right", style))
                       for label, amount, style in rows))


def _legal_mentions(session: Session, words: dict) -> list[Paragraph]:
    """The seller's legal form and capital, registration and VAT number, as set in the COM
    parameters (a French quotation must carry them)."""
    p = com_parameters(session)
    parts = []
    if p.company_legal_form and p.company_capital:
        parts.append(words["capital"].format(form=p.company_legal_form,
                                             capital=p.company_capital))
    elif p.company_legal_form:
        parts.append(p.company_legal_form)
    parts += [p.company_registration] if p.company_registration else []
    parts += [words["vat"].format(vat=p.company_vat_number)] if p.company_vat_number else []
    if not parts:
        return []
    text = " — ".join([p.company_name, *parts] if p.company_name else parts)
    return [Paragraph((Text(text, SMALL),), align="center")]


# -- sending it ---------------------------------------------------------------------------------
def quotation_email(session: Session, quotation_id: int, pdf: Path, folder: Path,
                    employee_id: int | None) -> E.Activity:
    """A draft outbound e-mail to the addressee with the quotation's PDF attached, from the
    sales rep's mailbox where the rep synchronises with Exchange; linked to the partner, the
    contact and the opportunity. The user reviews it and sends it (BR-EM-*)."""
    quotation = existing(session, E.Quotation, quotation_id)
    words = WORDS[language_of(quotation)]
    rep = sales_rep(quotation) or (session.get(E.Employee, employee_id) if employee_id
                                   else None)
    contact = addressee(session, quotation)
    valid = long_date(quotation.valid_until, language_of(quotation)) \
        if quotation.valid_until else ""
    act = A.new_activity(session, ActivityType.EMAIL, {
        "subject": words["subject"].format(code=quotation.code)[:80],
        "information": words["body"].format(code=quotation.code, valid=valid,
                                            rep=rep.name if rep else ""),
        "business_partner_id": quotation.sold_to_bp_id,
        "contact_id": contact.id if contact else None,
        "opportunity_id": quotation.opportunity_id}, employee_id)
    if rep is not None:
        A.add_recipient(session, act, {"role": RecipientRole.FROM,
                                       "recipient_type": PartyType.EMPLOYEE,
                                       "employee_id": rep.id})
    if contact is not None and contact.email:
        A.add_recipient(session, act, {"role": RecipientRole.TO,
                                       "recipient_type": PartyType.CONTACT,
                                       "contact_id": contact.id})
    A.add_attachment(session, act, pdf, A.attachments_folder(session, folder))
    session.flush()
    return act


__all__ = ["WORDS", "quotation_document", "quotation_email"]
