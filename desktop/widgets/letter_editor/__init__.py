"""The letter editor: rich text with merge-field tokens and spell check, reusable wherever a
formatted text with merge fields is written (letters, report headers and footers)."""

from desktop.widgets.letter_editor.editor import LetterEditor

__all__ = ["LetterEditor"]
