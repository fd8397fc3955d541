"""Importing business partners and contacts from CSV and XLSX files (issue 20)."""
