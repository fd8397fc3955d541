"""English plural forms of the "%n" strings (the source texts say "row(s)"); tools/i18n.py
fills resources/translations/crm_en.ts from it. Every other English text is its source."""

EN = {
    "%n group(s) of records that may be one. Select two members and Merge…, or mark those "
    "that are not duplicates.":
        ("%n group of records that may be one. Select two members and Merge…, or mark those "
         "that are not duplicates.",
         "%n groups of records that may be one. Select two members and Merge…, or mark those "
         "that are not duplicates."),
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
    "%n contact(s) exported.": ("%n contact exported.", "%n contacts exported."),
    "%n calendar item(s) written to %1.":
        ("%n calendar item written to %1.",
         "%n calendar items written to %1."),
    "%n e-mail(s) or mailing(s) left out: they are not calendar items.":
        ("%n e-mail or mailing left out: it is not a calendar item.",
         "%n e-mails or mailings left out: they are not calendar items."),
    "%n conflict(s)": ("%n conflict", "%n conflicts"),
    "Team: synchronized %n min ago": ("Team: synchronized %n min ago",
                                      "Team: synchronized %n min ago"),
    "%n row(s) written to %1.": ("%n row written to %1.", "%n rows written to %1."),
    "The personal data was erased (%n row(s)).":
        ("The personal data was erased (%n row).", "The personal data was erased (%n rows)."),
    "%n calendar item(s) exported.": ("%n calendar item exported.",
                                      "%n calendar items exported."),
    "%n window(s) have unsaved changes:": ("%n window has unsaved changes:",
                                           "%n windows have unsaved changes:"),
    "%n opportunities · expected revenue %2 · weighted revenue in forecast %3":
        ("%n opportunity · expected revenue %2 · weighted revenue in forecast %3",
         "%n opportunities · expected revenue %2 · weighted revenue in forecast %3"),
    "%n row(s) exported.": ("%n row exported.", "%n rows exported."),
    "%n contact(s) left out: they object to direct marketing (opted out).":
        ("%n contact left out: they object to direct marketing (opted out).",
         "%n contacts left out: they object to direct marketing (opted out)."),
    "%n contact(s) left out: they do not want postal mail.":
        ("%n contact left out: they do not want postal mail.",
         "%n contacts left out: they do not want postal mail."),
    "%n contact(s) left out: they do not want phone calls.":
        ("%n contact left out: they do not want phone calls.",
         "%n contacts left out: they do not want phone calls."),
    "%n record(s) left out by the filters or the selection":
        ("%n record left out by the filters or the selection",
         "%n records left out by the filters or the selection"),
}
