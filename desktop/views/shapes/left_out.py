"""What a marketing output (vCards, a report or a grid of contacts written to a file) says of
the contacts it left out because they object (crm/marketing_outputs): how many for each
reason, in the words of the mail merge's report, and how to include them."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from desktop.crm.marketing_outputs import ERASED, Reasons


def _reason(flag: str, count: int) -> str:
    # plurals through translate(); a plain name as the count: lupdate skips a call there
    if flag == ERASED:
        return QCoreApplication.translate(
            "MarketingOutput", "%n contact(s) left out: their personal data was erased.", "",
            count)
    if flag == "opted_out":
        return QCoreApplication.translate(
            "MarketingOutput", "%n contact(s) left out: they object to direct marketing "
            "(opted out).", "", count)
    if flag == "do_not_mail":
        return QCoreApplication.translate(
            "MarketingOutput", "%n contact(s) left out: they do not want postal mail.", "",
            count)
    return QCoreApplication.translate(
        "MarketingOutput", "%n contact(s) left out: they do not want phone calls.", "", count)


def left_out_text(reasons: Reasons) -> str:
    """The sentences added to the output's message, one for each reason; empty when nobody
    was left out."""
    if not reasons:
        return ""
    return " ".join([_reason(flag, count) for flag, count in reasons] + [
        QCoreApplication.translate(
            "MarketingOutput", "Tick \"Include contacts who object\" to include them "
            "(opposition); the choice is recorded.")])


def with_left_out(text: str, reasons: Reasons) -> str:
    extra = left_out_text(reasons)
    return f"{text} {extra}" if extra else text
