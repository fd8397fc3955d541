"""Standard letters (tdsmi1150m000): the layout's document model, its storage, the merge
fields, merging on a record, and the .docx export and import."""
