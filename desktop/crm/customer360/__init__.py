"""Customer 360 (tdsmi1500m000, BR-360-01..09): the sold-to partners of an account manager,
and everything about one of them, each figure one SQL query."""
