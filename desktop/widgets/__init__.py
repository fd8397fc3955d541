"""Reusable widgets: typed field editors, lookup ("zoom") fields, filter bar, grids."""
