"""The heavy customer of the large demo: one sold-to partner far larger than the others (tens of
thousands of rows about it), so that the cost of the Customer 360 can be compared between the
heaviest and the lightest customer. It is partner 1, managed by the demo user."""

from __future__ import annotations

from dataclasses import dataclass

from desktop.crm.enums import OpportunityStatus

#: the id of the heavy customer (its code is BP000001)
HEAVY_PARTNER = 1


@dataclass(frozen=True)
class Heavy:
    """How much the heavy customer holds. Its first ``quotations`` opportunities are won, so
    each has the quotation generated for it (as the demo's other won opportunities)."""

    activities: int
    opportunities: int
    quotations: int
    contacts: int

    def owns_opportunity(self, number: int) -> bool:
        return number <= self.opportunities

    def opportunity_status(self, number: int, drawn: OpportunityStatus) -> OpportunityStatus:
        """Won for the first ``quotations``, the drawn status (won excepted) for the others."""
        if number <= self.quotations:
            return OpportunityStatus.WON
        return OpportunityStatus.IN_PROCESS if drawn is OpportunityStatus.WON else drawn

    def owns_activity(self, number: int, first: int) -> bool:
        """Activities ``first`` .. ``first + activities - 1`` belong to the heavy customer."""
        return first <= number < first + self.activities
