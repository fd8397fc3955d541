"""Generate the demo database of a given size with bulk inserts (one transaction)."""

from __future__ import annotations

import datetime as dt
import random
from collections.abc import Callable
from contextlib import contextmanager
from dataclasses import dataclass
from decimal import Decimal

from sqlalchemy import Engine, func, select, update

from desktop.crm import clock, entities as E
from desktop.crm.db.base import Base, table_of
from desktop.crm.demo import reference as R
from desktop.crm.demo.activities import ActivityGenerator
from desktop.crm.demo.fastrand import fast_randrange
from desktop.crm.demo.heavy import HEAVY_PARTNER, Heavy
from desktop.crm.demo.loader import Loader
from desktop.crm.demo.names import (
    CITIES,
    COMPANY_STEMS,
    COMPANY_SUFFIXES,
    COUNTRIES,
    FEMALE_FIRST_NAMES,
    FIRST_NAMES,
    JOB_TITLES,
    LAST_NAMES,
    OPPORTUNITY_TOPICS,
    PREFIXED_LAST_NAMES,
    STREETS,
)
from desktop.crm.enums import BPRole, BPStatus, OpportunityStatus
from desktop.crm.errors import CrmError


@dataclass(frozen=True)
class Size:
    partners: int
    contacts_per_bp: float
    opportunities_per_bp: float
    items_per_opportunity: float
    activities: int
    notes: int
    items: int
    heavy: Heavy | None = None  # one customer far larger than the others


SIZES = {
    "small": Size(200, 2.5, 2.0, 3.0, 1_500, 300, 60),
    "medium": Size(5_000, 2.0, 3.0, 2.0, 50_000, 5_000, 120),
    "large": Size(100_000, 1.5, 3.0, 2.0, 1_000_000, 50_000, 200,
                  heavy=Heavy(activities=10_000, opportunities=500, quotations=200,
                              contacts=100)),
}

OPP_STATUS_WEIGHTS = [
    (OpportunityStatus.PRELIMINARY, 25), (OpportunityStatus.IN_PROCESS, 35),
    (OpportunityStatus.DEAD, 5), (OpportunityStatus.CANCELED, 5),
    (OpportunityStatus.WON, 20), (OpportunityStatus.LOST, 10),
]


def build_demo(engine: Engine, size: str = "small", seed: int = 42,
               progress: Callable[[str, int], None] | None = None) -> dict[str, int]:
    """Fill an empty, migrated database in one transaction; returns the rows per table."""
    spec = SIZES[size]
    with engine.connect() as conn:
        sqlite = conn.dialect.name == "sqlite"
        if sqlite:  # a rolled-back load needs only an in-memory journal and no fsync
            conn.exec_driver_sql("PRAGMA journal_mode = MEMORY")
            conn.exec_driver_sql("PRAGMA synchronous = OFF")
            conn.exec_driver_sql("PRAGMA cache_size = -400000")
            conn.commit()
        try:
            with conn.begin():
                if conn.execute(select(func.count()).select_from(E.BusinessPartner)).scalar():
                    raise CrmError("The database already holds business partners; the demo "
                                   "data is only loaded into an empty database.")
                loader = Loader(conn, progress=progress)
                with _indexes_dropped(conn):
                    DemoBuilder(loader, spec, random.Random(seed)).run()
                loader.repair_sequences(Base.metadata.sorted_tables)
        finally:
            if sqlite:
                conn.exec_driver_sql("PRAGMA journal_mode = WAL")
                conn.exec_driver_sql("PRAGMA synchronous = NORMAL")
                conn.commit()
    return loader.counts


@contextmanager
def _indexes_dropped(conn):
    """Secondary indexes are built once after the load: far cheaper than row by row."""
    indexes = [ix for table in Base.metadata.sorted_tables for ix in table.indexes
               if not ix.unique]
    for index in indexes:
        index.drop(conn)
    yield
    for index in indexes:
        index.create(conn)


class DemoBuilder:
    def __init__(self, loader: Loader, spec: Size, rng: random.Random) -> None:
        self.load = loader
        self.spec = spec
        self.rng = rng
        self.today = clock.today()
        self.ids: dict[str, dict[str, int]] = {}
        #: the last number of each series the activities took (set by ActivityGenerator)
        self.series_used: dict[str, int] = {}

    # -- helpers ---------------------------------------------------------------------------
    def _coded(self, entity, rows: list[dict]) -> None:
        """Insert rows that carry a ``code`` and remember code -> id."""
        for i, row in enumerate(rows, 1):
            row.setdefault("id", i)
        self.load.insert(table_of(entity), rows)
        self.ids[entity.__tablename__] = {r["code"]: r["id"] for r in rows}

    def id_of(self, entity, code: str | None) -> int | None:
        return self.code_id(entity, code) if code else None

    def code_id(self, entity, code: str) -> int:
        return self.ids[entity.__tablename__][code]

    def run(self) -> None:
        self.master_data()
        self.attributes()
        self.parameters()
        self.partners()
        self.contacts()
        self.opportunities()
        ActivityGenerator(self).run()
        self.marketing()
        self.bump_series()

    # -- master data -----------------------------------------------------------------------
    def master_data(self) -> None:
        self._coded(E.NumberSeries, [dict(code=c, description=d, prefix=p, width=w, next_value=1)
                                     for c, d, p, w in R.SERIES])
        self._coded(E.SalesOffice, [
            dict(code=c, description=d, city=city,
                 quotation_series_id=self.id_of(E.NumberSeries, s))
            for c, d, city, s in R.OFFICES])
        offices = list(self.ids["sales_offices"].values())
        me = R.current_os_user()
        employees = []
        for i, name in enumerate(R.EMPLOYEE_NAMES, 1):
            first, last = name.split(" ", 1)
            login = me if i == 1 and me else f"{first[0]}{last}".lower().replace(" ", "")
            employees.append(dict(
                code=f"E{i:03d}", name=name, user_name=login,
                email=f"{_ascii(first).lower()}.{_ascii(last).lower().replace(' ', '')}@exemple.fr",
                phone=f"+33 1 40 00 {i:02d} {i * 3 % 100:02d}",
                default_sales_office_id=offices[i % len(offices)], active=True))
        self._coded(E.Employee, employees)
        self.employees = list(self.ids["employees"].values())
        #: id -> (name, e-mail, phone), for attendees and recipients
        self.employee_info = {row["id"]: (row["name"], row["email"], row["phone"])
                              for row in employees}
        self.load.insert(table_of(E.SalesUserProfile), [
            dict(id=1, user_name=employees[1]["user_name"],
                 default_sales_office_id=offices[1], quotation_series_id=None)])
        self._coded(E.SalesOrderType, [dict(code="SO1", description="Commande standard",
                                            is_default=True, quotation_series_id=None)])
        self.load.insert(table_of(E.QuotationParameters), [
            dict(id=1, quotation_series_id=self.id_of(E.NumberSeries, "QUO"),
                 default_validity_days=30, default_tax_rate_pct=Decimal("20.00"))])
        units, unit_names = R.unit_rows()
        self._coded(E.Unit, units)
        self.load.insert(table_of(E.UnitDescription), unit_names)
        self._coded(E.Item, R.item_rows(self.spec.items))
        self.item_rows = R.item_rows(self.spec.items)
        self._coded(E.Phase, [dict(code=c, description=d) for c, d in R.PHASES])
        self._coded(E.SalesProcess, [dict(code=c, description=d, active=True)
                                     for c, d, _ in R.PROCESSES])
        self.process_phases: dict[int, list[tuple[int, Decimal]]] = {}
        rows: list[dict] = []
        for code, _, phases in R.PROCESSES:
            pid = self.code_id(E.SalesProcess, code)
            for seq, (phase, pct) in enumerate(phases, 1):
                rows.append(dict(id=len(rows) + 1, sales_process_id=pid, sequence=seq * 10,
                                 phase_id=self.id_of(E.Phase, phase), probability_pct=Decimal(pct)))
                self.process_phases.setdefault(pid, []).append(
                    (self.code_id(E.Phase, phase), Decimal(pct)))
        self.load.insert(table_of(E.SalesProcessPhase), rows)
        self._coded(E.BuyerRole, [dict(code=c, description=d) for c, d in R.BUYER_ROLES])
        self._coded(E.OpportunityType, [dict(code=c, description=d, active=True)
                                        for c, d in R.OPP_TYPES])
        self._coded(E.OpportunitySource, [dict(code=c, description=d, active=True)
                                          for c, d in R.OPP_SOURCES])
        self._coded(E.Reason, [dict(code=c, description=d, applies_to=a) for c, d, a in R.REASONS])

    def attributes(self) -> None:
        attrs: list[dict] = []
        options: list[dict] = []
        for i, (code, label, kind, length, opts) in enumerate(R.ATTRIBUTES, 1):
            attrs.append(dict(id=i, code=code, label=label, search_key=label[:16],
                              data_type=kind, length=length))
            for seq, value in enumerate(opts, 1):
                options.append(dict(id=len(options) + 1, attribute_id=i, option_value=value,
                                    sequence=seq * 10))
        self._coded(E.Attribute, attrs)
        self.load.insert(table_of(E.AttributeOption), options)
        self.options: dict = {}
        for row in options:
            self.options.setdefault(row["attribute_id"], []).append(row["id"])
        self._coded(E.AttributeSet, [dict(code=c, description=d) for c, d, _ in R.ATTRIBUTE_SETS])
        members: list[dict] = []
        for code, _, attr_codes in R.ATTRIBUTE_SETS:
            for seq, attr in enumerate(attr_codes, 1):
                members.append(dict(id=len(members) + 1,
                                    attribute_set_id=self.id_of(E.AttributeSet, code),
                                    attribute_id=self.id_of(E.Attribute, attr), sequence=seq * 10))
        self.load.insert(table_of(E.AttributeSetMember), members)

    def parameters(self) -> None:
        s = lambda code: self.id_of(E.NumberSeries, code)  # noqa: E731
        self.load.insert(table_of(E.CRMParameters), [dict(
            id=1, opportunity_series_id=s("OPP"),
            default_opportunity_type_id=self.id_of(E.OpportunityType, "NEW"),
            default_origin_id=self.id_of(E.OpportunitySource, "WEB"),
            default_sales_process_id=self.id_of(E.SalesProcess, "STD"),
            default_attribute_set_opportunity_id=self.id_of(E.AttributeSet, "OPPDEF"),
            default_attribute_set_contact_id=None, home_currency="EUR")])
        self.load.insert(table_of(E.DefaultAttributeSetByRole), [dict(
            id=1, user_name="", role=BPRole.SOLD_TO.name, potential=False,
            attribute_set_id=self.id_of(E.AttributeSet, "BPDEF"))])
        self.load.insert(table_of(E.COMParameters), [dict(
            id=1, company_name="Hydraulique Rhône-Alpes SA",
            company_address="12 rue de la Villette\n69003 Lyon\nFrance",
            company_legal_form="SA", company_capital="1 200 000 €",
            company_registration="RCS Lyon 412 345 678 — SIRET 412 345 678 00021",
            company_vat_number="FR32412345678",
            bp_series_id=s("BP"), contact_series_id=s("CON"),
            appointment_series_id=s("APP"), call_series_id=s("CAL"), task_series_id=s("TSK"),
            mailing_series_id=s("MAI"), email_series_id=s("EML"),
            synchronize_activities=True, path_for_attachments="",
            maximum_email_size=10 * 1024 * 1024)])
        self.load.insert(table_of(E.ExchangeSyncSettings), [dict(id=1, enabled=False)])

    # -- partners and contacts ---------------------------------------------------------------
    def partners(self) -> None:
        rng, n = self.rng, self.spec.partners
        offices = list(self.ids["sales_offices"].values())
        phases = [self.id_of(E.Phase, "INFO"), self.id_of(E.Phase, "FIDE"), None, None]
        statuses = [BPStatus.ACTIVE] * 6 + [BPStatus.PROSPECT] * 3 + [BPStatus.INACTIVE]
        rows: list[dict] = []
        roles: list[dict] = []
        values: list[dict] = []
        self.bp_reps: list[int] = [0] * (n + 1)
        self.bp_countries: list[str] = [""] * (n + 1)
        clisince = self.id_of(E.Attribute, "CLISINCE")
        for i in range(1, n + 1):
            stem = COMPANY_STEMS[i % len(COMPANY_STEMS)]
            city, zip_code, country = CITIES[fast_randrange(rng, len(CITIES))]
            status = statuses[fast_randrange(rng, len(statuses))]
            rep = self.employees[fast_randrange(rng, len(self.employees))]
            if self.spec.heavy and i == HEAVY_PARTNER:  # an active customer of the demo user
                status, rep = BPStatus.ACTIVE, self.employees[0]
            self.bp_reps[i] = rep
            self.bp_countries[i] = country
            prefix = COUNTRIES[country][0]
            dated = status is not BPStatus.INACTIVE
            rows.append(dict(
                id=i, code=f"BP{i:06d}",
                name=f"{stem} {COMPANY_SUFFIXES[i % len(COMPANY_SUFFIXES)]}"
                     + (f" {city}" if i > len(COMPANY_STEMS) else ""),
                status=status.name,
                status_effective_date=self.today - dt.timedelta(days=fast_randrange(rng, 30, 3000))
                if dated else None,
                status_expiry_date=self.today + dt.timedelta(days=3650) if dated else None,
                internal_rep_id=rep,
                external_rep_id=self.employees[fast_randrange(rng, len(self.employees))]
                if rng.random() < 0.6 else None,
                sales_office_id=offices[fast_randrange(rng, len(offices))],
                phase_id=phases[fast_randrange(rng, len(phases))],
                street=f"{fast_randrange(rng, 1, 180)} {STREETS[fast_randrange(rng, len(STREETS))]}",
                postal_code=zip_code, city=city, country=country,
                language=COUNTRIES[country][1],
                phone=f"{prefix} {_digits(rng, 9)}",
                email=f"contact@{_ascii(stem).lower().replace(' ', '-')[:20]}.example",
                website=f"https://www.{_ascii(stem).lower().replace(' ', '')[:20]}.example",
                currency="EUR",
                turnover_previous_year=Decimal(fast_randrange(rng, 0, 500_000)),
                turnover_current_year=Decimal(fast_randrange(rng, 0, 400_000)),
                credit_limit=Decimal(rng.choice((10_000, 50_000, 100_000, 250_000))),
                open_balance=Decimal(fast_randrange(rng, 0, 40_000)),
                overdue_amount=Decimal(fast_randrange(rng, 0, 8_000)) if rng.random() < 0.3 else
                Decimal(0),
                general_information=""))
            if status is not BPStatus.INACTIVE:
                roles.append(dict(id=len(roles) + 1, business_partner_id=i,
                                  role=BPRole.SOLD_TO.name,
                                  potential=status is BPStatus.PROSPECT))
            if status is BPStatus.ACTIVE:
                values.append(dict(id=len(values) + 1, object_kind="R", object_id=i,
                                   attribute_id=clisince,
                                   value_date=self.today - dt.timedelta(days=fast_randrange(rng, 0, 2000))))
        self.load.insert(table_of(E.BusinessPartner), rows)
        self.load.insert(table_of(E.BusinessPartnerRole), roles)
        self.attribute_values = values
        self._bp_values()

    def _bp_values(self) -> None:
        rng, values = self.rng, self.attribute_values
        secteur = self.id_of(E.Attribute, "SECTEUR")
        effectif = self.id_of(E.Attribute, "EFFECTIF")
        for i in range(1, self.spec.partners + 1, 2):
            values.append(dict(id=len(values) + 1, object_kind="R", object_id=i,
                               attribute_id=secteur,
                               option_id=rng.choice(self.options[secteur])))
            values.append(dict(id=len(values) + 1, object_kind="R", object_id=i,
                               attribute_id=effectif, value_number=Decimal(fast_randrange(rng, 5, 5000))))

    def contacts(self) -> None:
        rng = self.rng
        rows, n = [], 0
        self.bp_contacts: dict[int, list[int]] = {}
        #: id -> (full name, e-mail, phone), for attendees and recipients
        self.contact_info: dict[int, tuple[str, str, str]] = {}
        for bp in range(1, self.spec.partners + 1):
            country = self.bp_countries[bp]
            prefix, language = COUNTRIES[country]
            count = int(self.spec.contacts_per_bp) + (rng.random() < self.spec.contacts_per_bp % 1)
            if self.spec.heavy and bp == HEAVY_PARTNER:
                count = self.spec.heavy.contacts
            for k in range(max(1, count)):
                n += 1
                first = FIRST_NAMES[fast_randrange(rng, len(FIRST_NAMES))]
                particle, last = ("", LAST_NAMES[fast_randrange(rng, len(LAST_NAMES))])
                if rng.random() < 0.04:
                    particle, last = PREFIXED_LAST_NAMES[fast_randrange(rng, len(PREFIXED_LAST_NAMES))]
                email = f"{_ascii(first).lower()}.{_ascii(last).lower().replace(' ', '')}" \
                        f"{n}@client{bp}.example"
                office = f"{prefix} {_digits(rng, 9)}"
                full_name = " ".join(p for p in (first, particle, last) if p)
                self.contact_info[n] = (full_name, email, office)
                rows.append(dict(
                    id=n, code=f"CT{n:06d}", first_name=first, last_name=last,
                    before_surname_prefix=particle, initials=first[0] + ".",
                    salutation="Madame" if first in FEMALE_FIRST_NAMES else "Monsieur",
                    business_partner_id=bp, is_primary=k == 0,
                    job_title=JOB_TITLES[fast_randrange(rng, len(JOB_TITLES))],
                    email=email, office_phone=office,
                    mobile_phone=f"{prefix} {_digits(rng, 9, mobile=True)}",
                    primary_office_phone=True, primary_mobile_phone=False,
                    do_not_call=rng.random() < 0.05, opted_out=rng.random() < 0.08,
                    synchronize=rng.random() < 0.2, active=rng.random() > 0.07,
                    category="CONTACT", country=country, language=language))
                self.bp_contacts.setdefault(bp, []).append(n)
        self.load.insert(table_of(E.Contact), rows)
        self.contact_count = n

    # -- opportunities -----------------------------------------------------------------------
    def opportunities(self) -> None:
        rng, spec = self.rng, self.spec
        count = int(spec.partners * spec.opportunities_per_bp)
        statuses = [s for s, w in OPP_STATUS_WEIGHTS for _ in range(w)]
        processes = list(self.process_phases)
        opp_rows: list[dict] = []
        item_rows: list[dict] = []
        contact_rows: list[dict] = []
        self.opportunity_bps: list[int] = [0] * (count + 1)
        for i in range(1, count + 1):
            bp = fast_randrange(rng, 1, spec.partners + 1)
            status = statuses[fast_randrange(rng, len(statuses))]
            if spec.heavy and spec.heavy.owns_opportunity(i):
                bp, status = HEAVY_PARTNER, spec.heavy.opportunity_status(i, status)
            self.opportunity_bps[i] = bp
            process = processes[fast_randrange(rng, len(processes))]
            phase, pct = self._phase(process, status)
            first, close = self._dates(status)
            assigned = self.bp_reps[bp]
            if not status.is_closed and i % 40 == 0:  # the demo user closes some this month
                assigned, close = self.employees[0], self._this_month()
            revenue = Decimal(fast_randrange(rng, 2, 400) * 500)
            opp_rows.append(dict(
                id=i, code=f"OPP{i:06d}",
                description=f"{OPPORTUNITY_TOPICS[fast_randrange(rng, len(OPPORTUNITY_TOPICS))]}",
                general_information="Contexte : appel d'offres en cours." if i % 7 == 0 else "",
                sold_to_bp_id=bp, assigned_to_id=assigned, status=status.name,
                sales_process_id=process, phase_id=phase, probability_pct=pct,
                opportunity_type_id=rng.choice(list(self.ids["opportunity_types"].values())),
                origin_id=rng.choice(list(self.ids["opportunity_sources"].values())),
                expected_revenue=revenue, currency="EUR", include_in_forecast=rng.random() < 0.8,
                first_contact_date=first, expected_close_date=close,
                end_date=close if status.is_closed else None))
            self._opportunity_items(i, status, item_rows)
            contacts = self.bp_contacts.get(bp)
            if contacts:
                contact_rows.append(dict(id=len(contact_rows) + 1, opportunity_id=i,
                                         contact_id=contacts[0], primary_contact=True,
                                         buyer_role_id=rng.choice(
                                             list(self.ids["buyer_roles"].values()))))
        quotations = self._quotations(opp_rows, item_rows)  # before the loader converts rows
        self.load.insert(table_of(E.Opportunity), opp_rows)
        self.load.insert(table_of(E.OpportunityItem), item_rows)
        self.load.insert(table_of(E.OpportunityContact), contact_rows)
        for entity, rows in quotations:
            self.load.insert(table_of(entity), rows)
        self.opportunity_count = count

    def _phase(self, process: int, status: OpportunityStatus) -> tuple[int, Decimal]:
        """A won opportunity is in the last phase of its process at 100 %, a lost or
        cancelled one at 0 %, an open one in any phase but the last at its probability."""
        phases = self.process_phases[process]
        if status is OpportunityStatus.WON:
            return phases[-1][0], Decimal(100)
        if status.is_closed:
            return phases[fast_randrange(self.rng, len(phases))][0], Decimal(0)
        return phases[fast_randrange(self.rng, max(len(phases) - 1, 1))]

    def _dates(self, status: OpportunityStatus) -> tuple[dt.date, dt.date]:
        """(first contact, expected close): closed ones closed in the past year, open ones
        close within the next six months."""
        rng, today = self.rng, self.today
        if status.is_closed:
            close = today - dt.timedelta(days=fast_randrange(rng, 5, 360))
            return close - dt.timedelta(days=fast_randrange(rng, 20, 240)), close
        first = today - dt.timedelta(days=fast_randrange(rng, 5, 200))
        return first, today + dt.timedelta(days=fast_randrange(rng, 3, 180))

    def _this_month(self) -> dt.date:
        following = (self.today.replace(day=1) + dt.timedelta(days=32)).replace(day=1)
        return self.today + dt.timedelta(days=fast_randrange(
            self.rng, 0, max((following - self.today).days, 1)))

    def _quotations(self, opps: list[dict], items: list[dict]) -> list[tuple[type, list]]:
        """Won opportunities had their quotation generated, as generate_quotation does it."""
        by_opp: dict[int, list[dict]] = {}
        for line in items:
            if line["selected"]:
                by_opp.setdefault(line["opportunity_id"], []).append(line)
        headers: list[dict] = []
        lines: list[dict] = []
        refs: list[dict] = []
        for opp in opps:
            if opp["status"] != OpportunityStatus.WON.name:
                continue
            number = len(headers) + 1
            code = f"QT{number:07d}"
            date = max(opp["expected_close_date"] - dt.timedelta(days=20),
                       opp["first_contact_date"])
            chosen = by_opp.get(opp["id"], [])
            headers.append(dict(id=number, code=code, sold_to_bp_id=opp["sold_to_bp_id"],
                                opportunity_id=opp["id"], origin="OPPORTUNITY",
                                status="PROCESSED", quotation_date=date,
                                valid_until=date + dt.timedelta(days=30),
                                probability_pct=Decimal(100), currency="EUR",
                                description=opp["description"]))
            for pos, line in enumerate(chosen, 1):
                lines.append(dict(id=len(lines) + 1, quotation_id=number, position=pos * 10,
                                  item_id=line["item_id"], ordered_qty=line["ordered_qty"],
                                  unit=line["order_unit"], price=line["price"],
                                  discount_pct=line["discount_pct"], amount=line["amount"],
                                  opportunity_id=opp["id"], price_origin="MANUAL",
                                  peg_project=line["peg_project"]))
            refs.append(dict(id=len(refs) + 1, opportunity_id=opp["id"], sequence=10,
                             type="SALES_QUOTATION", reference=code, status="Processed",
                             due_date=date + dt.timedelta(days=30), currency="EUR",
                             amount=sum((ln["amount"] for ln in chosen), Decimal(0)),
                             system_generated=True))
        self.quotation_count = len(headers)
        return [(E.Quotation, headers), (E.QuotationLine, lines), (E.OpportunityReference, refs)]

    def _opportunity_items(self, opp: int, status: OpportunityStatus, out: list[dict]) -> None:
        rng = self.rng
        mean = self.spec.items_per_opportunity
        count = fast_randrange(rng, 0, int(mean * 2) + 1)
        if status is OpportunityStatus.WON:
            count = max(count, 1)  # a won opportunity was quoted: it has items
        for pos in range(1, count + 1):
            item = self.item_rows[fast_randrange(rng, len(self.item_rows))]
            qty = Decimal(fast_randrange(rng, 1, 20))
            price = item["base_price"]
            disc = Decimal(rng.choice((0, 0, 5, 10)))
            amount = (qty * price * (1 - disc / 100)).quantize(Decimal("0.01"))
            out.append(dict(
                id=len(out) + 1, opportunity_id=opp, position=pos * 10,
                selected=pos == 1 or rng.random() < 0.85, item_id=item["id"], ordered_qty=qty,
                order_unit=item["sales_unit"], price=price, price_currency="EUR",
                price_unit=item["sales_unit"], discount_pct=disc, discount_amount=Decimal(0),
                amount=amount, peg_project="PRJ0042" if rng.random() < 0.05 else ""))

    # -- marketing ---------------------------------------------------------------------------
    def marketing(self) -> None:
        from desktop.crm.demo.marketing import marketing_rows

        for entity, rows in marketing_rows(self):
            self.load.insert(table_of(entity), rows)
        self._survey_values()
        self.load.insert(table_of(E.AttributeValue), self.attribute_values)

    def _survey_values(self) -> None:
        """Qualification of one opportunity in five, a call-back hour on one contact in seven,
        survey answers on one call in fifty."""
        rng, values = self.rng, self.attribute_values
        estimate, rival = self.id_of(E.Attribute, "CA_EST"), self.id_of(E.Attribute, "CONCURR")
        for opp in range(1, self.opportunity_count + 1, 5):
            values.append(dict(id=len(values) + 1, object_kind="P", object_id=opp,
                               attribute_id=estimate,
                               value_number=Decimal(fast_randrange(rng, 5, 500) * 1000)))
            values.append(dict(id=len(values) + 1, object_kind="P", object_id=opp,
                               attribute_id=rival, value_text=rng.choice(R.RIVALS)))
        callback = self.id_of(E.Attribute, "RAPPEL")
        for contact in range(1, self.contact_count + 1, 7):  # preferred call-back hour
            values.append(dict(id=len(values) + 1, object_kind="C", object_id=contact,
                               attribute_id=callback,
                               value_time=dt.time(fast_randrange(rng, 8, 18), 0)))
        satisfaction = self.id_of(E.Attribute, "SATISF")
        calls = self.load.conn.execute(select(E.Activity.id).where(
            E.Activity.type == "CALL", E.Activity.id % 50 == 0)).scalars()
        for call in calls:
            values.append(dict(id=len(values) + 1, object_kind="A", object_id=call,
                               attribute_id=satisfaction,
                               option_id=rng.choice(self.options[satisfaction])))

    def bump_series(self) -> None:
        used = {"BP": self.spec.partners, "CON": self.contact_count,
                "OPP": self.opportunity_count, "QUO": self.quotation_count, **self.series_used}
        table = table_of(E.NumberSeries)
        for code, last in used.items():
            self.load.conn.execute(update(table).where(table.c.code == code)
                                   .values(next_value=last + 1))


def _digits(rng, count: int, mobile: bool = False) -> str:
    """A national number in pairs after the country prefix: '1 42 68 53 00', '6 12 ...'."""
    first = 6 if mobile else fast_randrange(rng, 1, 6)
    rest = " ".join(f"{fast_randrange(rng, 10, 100)}" for _ in range((count - 1) // 2))
    return f"{first} {rest}"


def _ascii(text: str) -> str:
    import unicodedata

    return "".join(c for c in unicodedata.normalize("NFKD", text) if not unicodedata.combining(c)
                   ).replace("'", "")
