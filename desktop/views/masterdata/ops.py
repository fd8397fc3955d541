"""The user's actions on master data and parameters, as plain functions of a database session
and plain values. Plain tables are read and written by the shapes' record operations
(desktop.views.shapes.ops); what is particular to master data is here."""

from __future__ import annotations

from sqlalchemy.orm import Session

from desktop.crm import entities as E, parameters as P


def crm_parameters(session: Session) -> E.CRMParameters:
    """The one row of CRM parameters, made on first use (the window opens it)."""
    return P.crm_parameters(session)


def com_parameters(session: Session) -> E.COMParameters:
    return P.com_parameters(session)


def quotation_parameters(session: Session) -> E.QuotationParameters:
    return P.quotation_parameters(session)
