"""Activity templates (tdsmi0155m000, E15): what a global addition or a logged mailing creates."""

from __future__ import annotations

from sqlalchemy.orm import Session

from desktop.crm import entities as E
from desktop.crm.db.records import apply_values, existing, rule
from desktop.crm.enums import ActivityType
from desktop.crm.errors import ValidationError

COPIED = ("description", "activity_type", "subject", "information", "priority",
          "due_offset_days", "duration_minutes", "attribute_set_id", "letter_id", "active")


@rule(E.ActivityTemplate)
def _check_template(session: Session, template: E.ActivityTemplate) -> None:
    template.activity_type = template.activity_type or ActivityType.TASK
    if (template.due_offset_days or 0) < 0:
        raise ValidationError("The due offset counts days from the run: enter 0 or more.",
                              field="due_offset_days")
    if template.duration_minutes is not None and template.duration_minutes <= 0:
        raise ValidationError("Enter a duration of at least one minute.",
                              field="duration_minutes")
    if template.letter_id is not None and template.activity_type is not ActivityType.MAILING:
        raise ValidationError("Only a mailing template names a letter: choose the Mailing "
                              "type or clear the letter.", field="letter_id")


def copy_template(session: Session, source_id: int, code: str) -> E.ActivityTemplate:
    """Copy: a new template with everything of the source but its code."""
    source = existing(session, E.ActivityTemplate, source_id)
    copy = E.ActivityTemplate()
    apply_values(session, copy, {"code": code, **{name: getattr(source, name)
                                                  for name in COPIED}})
    session.flush()
    return copy
