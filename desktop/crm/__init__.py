"""The CRM domain: SQLAlchemy entities and business rules. Never imports Qt."""
