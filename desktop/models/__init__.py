"""Qt item models bound to SQLAlchemy selects: lazy, sorted and filtered by SQL."""
