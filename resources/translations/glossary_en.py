"""English plural forms of the "%n" strings (the source texts say "row(s)"); tools/i18n.py
fills resources/translations/crm_en.ts from it. Every other English text is its source."""

EN = {
    "%n row(s)": ("%n row", "%n rows"),
    "%n row(s) under the header line.": ("%n row under the header line.",
                                          "%n rows under the header line."),
    "%n pair(s) that may be one record. Select one and Merge… (or double-click it).":
        ("%n pair that may be one record. Select it and Merge… (or double-click it).",
         "%n pairs that may be one record. Select one and Merge… (or double-click it)."),
    "%n open": ("%n open", "%n open"),
    "%n won": ("%n won", "%n won"),
    "%n lost": ("%n lost", "%n lost"),
    "%n record(s) printed": ("%n record printed", "%n records printed"),
    "on %n page(s)": ("on %n page", "on %n pages"),
    "Delete %n record(s)?": ("Delete %n record?", "Delete %n records?"),
    "%n change(s) waiting": ("%n change waiting", "%n changes waiting"),
    "%n activities": ("%n activity", "%n activities"),
    "Connected: the calendar of %1 holds %n item(s).":
        ("Connected: the calendar of %1 holds %n item.",
         "Connected: the calendar of %1 holds %n items."),
    "%1: %n record(s) processed.": ("%1: %n record processed.", "%1: %n records processed."),
    "Quotation %1 was created with %n line(s). Open it?":
        ("Quotation %1 was created with %n line. Open it?",
         "Quotation %1 was created with %n lines. Open it?"),
    "Synchronized %n min ago": ("Synchronized %n min ago", "Synchronized %n min ago"),
    "%n contact(s) written to %1.":
        ("%n contact written to %1.",
         "%n contacts written to %1."),
    "%n calendar item(s) written to %1.":
        ("%n calendar item written to %1.",
         "%n calendar items written to %1."),
    "%n e-mail(s) or mailing(s) left out: they are not calendar items.":
        ("%n e-mail or mailing left out: it is not a calendar item.",
         "%n e-mails or mailings left out: they are not calendar items."),
    "%n record(s) left out by the filters or the selection":
        ("%n record left out by the filters or the selection",
         "%n records left out by the filters or the selection"),
}
