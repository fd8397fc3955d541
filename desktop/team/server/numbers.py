"""Numbers for laptops (issue 34, point 5): blocks of a series leased to a laptop, sized from
what it used lately and refilled before it runs out; a series that must have no gaps is never
leased, and what a laptop numbered offline with a provisional number ("~...") gets its real
number here, at sync, with a note on the record saying so."""

from __future__ import annotations

from sqlalchemy.orm import Session

from desktop.crm import entities as E
from desktop.crm.deletion import POLYMORPHIC
from desktop.crm.errors import NumberingError
from desktop.crm.numbering import next_number, next_numbers
from desktop.crm.parameters import com_parameters, crm_parameters
from desktop.crm.quotations import resolve_series
from desktop.team import tables as T
from desktop.team.server.context import RequestContext

MARK = "~"
SMALLEST, LARGEST = 20, 1_000


def _series(series_id: int | None) -> int:
    """A series the parameters name (the number series of that kind of record)."""
    if series_id is None:
        raise NumberingError("No number series is set for these records in the parameters.")
    return series_id


def provisional(code) -> str:
    return code if isinstance(code, str) and code.startswith(MARK) else ""


def replace(session: Session, name: str, values: dict) -> str:
    """The real number of a record a laptop numbered provisionally."""
    if name == "activities" and values.get("series_id") is not None:
        return next_number(session, values["series_id"])
    if name == "opportunities":
        return next_number(session, _series(crm_parameters(session).opportunity_series_id))
    if name == "business_partners":
        return next_number(session, _series(com_parameters(session).bp_series_id))
    if name == "contacts":
        return next_number(session, _series(com_parameters(session).contact_series_id))
    if name == "quotations":
        return quotation_number(session, E.Quotation(**{k: v for k, v in values.items()
                                                        if k in ("opportunity_id",
                                                                 "sales_office_id")}))
    return values["code"]


def quotation_number(session: Session, quotation) -> str:
    opportunity = session.get(E.Opportunity, quotation.opportunity_id) \
        if quotation.opportunity_id else None
    probe = opportunity or E.Opportunity(sales_office_id=quotation.sales_office_id)
    series_id, _source, _days = resolve_series(session, probe, session.info.get("user", ""))
    return next_number(session, series_id)


def note_replaced(session: Session, ctx: RequestContext, name: str, obj, old: str) -> None:
    kinds = POLYMORPHIC.get(T.entity(name))
    if kinds is None:
        return
    session.add(E.Note(object_kind=kinds[1], object_id=obj.id,
                       subject="Number replaced at synchronization",
                       body=f"The provisional number {old} given offline on the laptop of "
                            f"{ctx.user} was replaced by {obj.code}.", author=ctx.user))


def leases(session: Session, ctx: RequestContext, wanted: list[dict]) -> list[dict]:
    """New blocks for the series a laptop runs low on: ``wanted`` says, per series, how many
    numbers it has left and how many it used lately."""
    given = []
    for ask in wanted:
        series = session.get(E.NumberSeries, int(ask["series"]))
        if series is None or series.gap_free:
            continue
        size = max(SMALLEST, min(LARGEST, 2 * int(ask.get("used", 0))))
        if int(ask.get("left", 0)) >= size // 2:
            continue
        numbers = next_numbers(session, series.id, size)
        first = int(numbers[0][len(series.prefix):])
        session.add(E.NumberLease(device_no=ctx.device_no, series_id=series.id,
                                  first_value=first, last_value=first + size - 1,
                                  next_value=first))
        given.append(dict(series=series.id, first=first, last=first + size - 1,
                          prefix=series.prefix, width=series.width))
    return given
