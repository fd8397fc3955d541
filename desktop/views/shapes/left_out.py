"""What a marketing output (vCards, a report or a grid of contacts written to a file) says of
the contacts it left out because they object to direct marketing (crm/marketing_outputs)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication


def left_out_text(count: int) -> str:
    """The sentence added to the output's message; empty when nobody was left out."""
    if not count:
        return ""
    # plurals through translate(); a plain name as the count: lupdate skips a call there
    return QCoreApplication.translate(
        "MarketingOutput", "%n contact(s) left out: they object to direct marketing "
        "(opposition). Tick \"Include contacts who object\" to include them; the choice is "
        "recorded.", "", count)


def with_left_out(text: str, count: int) -> str:
    extra = left_out_text(count)
    return f"{text} {extra}" if extra else text
