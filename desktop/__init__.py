"""CRM desktop: a re-creation of the Infor LN "Relation client" CRM with PySide6 and SQLAlchemy."""

__version__ = "0.1.0"
