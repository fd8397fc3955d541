"""Letters (tdsmi1150m000): the rich-text layout with merge fields, Word export and import,
spell check, Copy Letter and Preview on a record."""

from desktop.crm import entities as E
from desktop.views.letters import sessions  # noqa: F401 - registers the sessions
from desktop.views.shell import registry

registry.register_record(E.Letter, "tdsmi1150s000")
