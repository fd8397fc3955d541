"""The index type Qt hands a model's methods: the views pass either kind, and overrides take
what the base class takes (QAbstractItemModel's signatures)."""

from PySide6.QtCore import QModelIndex, QPersistentModelIndex

Index = QModelIndex | QPersistentModelIndex

__all__ = ["Index"]
