"""Mail merge benchmark: 10,000 letters into one .docx, ours (LetterTemplate + DocxBook) against
docx-mailmerge2 merging the same template (our export, with its MERGEFIELDs) and the same data,
both warm, alternating, median of RUNS runs."""

from __future__ import annotations

import statistics
import tempfile
import time
from pathlib import Path

LETTERS = 10_000
RUNS = 5


def letter():
    from desktop.crm.letters.document import (
        Cell,
        Document,
        Field,
        Paragraph,
        Style,
        Table,
        Text,
    )

    bold = Style(bold=True)
    return Document((
        Paragraph((Field("@today"),), align="right"),
        Paragraph((Field("@contact.salutation"), Text(" "), Field("@cor.nama"), Text(","))),
        Paragraph((Text("Nous avons le plaisir de vous présenter notre nouvelle gamme, conçue "
                        "pour réduire de "), Text("20 %", bold),
                   Text(" la consommation d'énergie des lignes de "), Field("bp.name"),
                   Text(".")), align="justify"),
        Paragraph((Text("Pompes à vitesse variable"),), list_kind="bullet"),
        Paragraph((Text("Vérins basse consommation"),), list_kind="bullet"),
        Table(((Cell((Paragraph((Text("Gamme", bold),)),)),
                Cell((Paragraph((Text("Ville", bold),)),))),
               (Cell((Paragraph((Text("Hydro-Eco"),)),)), Cell((Paragraph((Field("bp.city"),)),))))),
        Paragraph((Text("Veuillez agréer nos salutations distinguées."),)),
        Paragraph((Field("@user"),)),
    ))


def data() -> list[dict[str, str]]:
    return [{"@today": "2 décembre 2026", "@contact.salutation": "Madame",
             "@cor.nama": f"Nom {n}", "bp.name": f"Société {n:05d}", "bp.city": "Lyon",
             "@user": "Sophie Marchand"} for n in range(LETTERS)]


def ours(document, rows, out: Path) -> float:
    from desktop.crm.letters.merged_docx import DocxBook, LetterTemplate

    started = time.perf_counter()
    book = DocxBook(LetterTemplate(document))
    for values in rows:
        book.add(values)
    book.save(out)
    return time.perf_counter() - started


def peer(template: Path, rows, out: Path) -> float:
    from mailmerge import MailMerge

    started = time.perf_counter()
    merge = MailMerge(str(template))
    merge.merge_templates(rows, separator="nextPage_section")
    merge.write(str(out))
    return time.perf_counter() - started


def run() -> tuple[float, float]:
    from bench.alternating import alternate
    from desktop.crm.letters.docx_export import to_docx

    folder = Path(tempfile.mkdtemp(prefix="bench-mailmerge-"))
    document, rows = letter(), data()
    template = folder / "template.docx"
    template.write_bytes(to_docx(document))
    ours(document, rows[:100], folder / "warm-ours.docx")  # warm: imports, caches
    peer(template, rows[:100], folder / "warm-peer.docx")
    mine, theirs = alternate(
        RUNS, lambda: ours(document, rows, folder / "ours.docx"),
        lambda: peer(template, rows, folder / "peer.docx"),
        lambda n, a, b: print(f"run {n}: ours {a:.2f} s, docx-mailmerge2 {b:.2f} s",
                              flush=True))
    return statistics.median(mine), statistics.median(theirs)
