"""Files in and out: written beside their place and moved in once complete, spreadsheets."""
