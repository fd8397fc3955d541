"""Bodies as the CRM keeps them: text, without the online meeting's join block. Outlook and
Teams put that block ("Microsoft Teams meeting ... Join the meeting now ...", between two lines
of underscores) in the body of an online meeting; it is theirs, never the CRM's: it is left out
when a body is read, and put back when the CRM writes its text over such a body."""

from __future__ import annotations

import html
import re

ONLINE_RULE = re.compile(r"_{30,}")


def own_text(text: str) -> str:
    """A body read as text without the online meeting's join block."""
    rules = list(ONLINE_RULE.finditer(text or ""))
    if len(rules) < 2:
        return text or ""
    return (text[:rules[0].start()] + text[rules[-1].end():]).strip()


def online_block(body_html: str) -> str:
    """The join block of an HTML body (from the element holding the first rule of underscores
    to the end of the one holding the last), or ""."""
    rules = list(ONLINE_RULE.finditer(body_html or ""))
    if len(rules) < 2:
        return ""
    start = body_html.rfind("<div", 0, rules[0].start())
    end = body_html.find("</div>", rules[-1].end())
    return body_html[max(start, 0):end + len("</div>") if end >= 0 else len(body_html)]


def html_with_block(text: str, block: str) -> str:
    """The CRM's text as HTML, the join block after it, the way Outlook holds it."""
    paragraphs = "".join(f"<p>{html.escape(line)}</p>" for line in (text or "").split("\n"))
    return f"<html><body>{paragraphs}{block}</body></html>"


def html_to_text(body_html: str) -> str:
    """An HTML body as text, for a server that gives no text of it: blocks become lines."""
    content = re.sub(r"(?is)<(head|style|script)[^>]*>.*?</\1>", "", body_html or "")
    content = re.sub(r"(?i)<br\s*/?>|</(p|div)>", "\n", content)
    return html.unescape(re.sub(r"<[^>]+>", "", content)).strip()
