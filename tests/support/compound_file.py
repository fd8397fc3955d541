"""Compound files for the tests (Outlook .msg files): the application's own writer, since
olefile, which the application reads them with, only reads; every file it makes is read back
by olefile in the tests."""

from desktop.crm.io.compound_file import compound_file

__all__ = ["compound_file"]
