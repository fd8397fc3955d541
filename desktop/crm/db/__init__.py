"""The domain's plumbing: opening the database, the unit of work, bulk writes, change
notices, column types, the declarative base and the record helpers the forms use. Business
rules live one level up, in desktop/crm."""
