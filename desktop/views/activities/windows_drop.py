"""Windows only: the Activities grid's own OLE drop target, so that messages dragged out of
classic Outlook are read in the medium Outlook offers (a storage object for a message).

Qt registers one drop target per top-level window and converts FileContents only from a memory
block or a stream, for the first file (qwindowsmimeregistry.cpp, getData: TYMED_HGLOBAL then
TYMED_ISTREAM, lindex -1). The grid's viewport is made a native child window and gets a target
of its own: OLE looks for the registered target from the window under the cursor upwards, so
drags over the grid come here and every other drop still goes to Qt
(https://learn.microsoft.com/en-us/windows/win32/api/ole2/nf-ole2-registerdragdrop).

This module is the only one that touches COM, through pywin32 (PyIDataObject.GetData returns a
PySTGMEDIUM whose ``data`` is bytes, a PyIStream or a PyIStorage by its tymed,
https://mhammond.github.io/pywin32/PySTGMEDIUM.html); what the data object holds is read by
crm/io/virtual_files.py, tested on Linux with objects that behave as those do. The data object
is valid only during Drop: everything is read there, before the import starts."""

from __future__ import annotations

import logging
import sys
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QWidget

log = logging.getLogger(__name__)

DROPEFFECT_NONE, DROPEFFECT_COPY = 0, 1
DVASPECT_CONTENT, DATADIR_GET, CF_HDROP = 1, 1, 15


class PyWin32Source:
    """A PyIDataObject seen as crm/io/virtual_files.DataSource."""

    def __init__(self, data_object: Any) -> None:
        self.data = data_object
        self._formats: set[str] | None = None

    def formats(self) -> set[str]:
        import win32clipboard

        if self._formats is None:
            names = set()
            for formatetc in self.data.EnumFormatEtc(DATADIR_GET):
                cf = formatetc[0]
                if cf == CF_HDROP:
                    names.add("CF_HDROP")
                elif cf >= 0xC000:  # a registered format has a name
                    names.add(win32clipboard.GetClipboardFormatName(cf))
            self._formats = names
        return self._formats

    def get(self, name: str, index: int, media: int) -> Any:
        import pythoncom
        import win32clipboard

        cf = CF_HDROP if name == "CF_HDROP" else win32clipboard.RegisterClipboardFormat(name)
        try:
            return self.data.GetData((cf, None, DVASPECT_CONTENT, index, media)).data
        except pythoncom.com_error as error:
            log.info("drop: %s #%s refused: %s", name, index, error)
            return None


class _DropTarget:
    """The IDropTarget pywin32 wraps (PyIDropTarget's methods and their returned effects:
    https://mhammond.github.io/pywin32/PyIDropTarget__DragEnter_meth.html)."""

    _public_methods_ = ["DragEnter", "DragOver", "DragLeave", "Drop"]

    def __init__(self, accepts: Callable[[Any], bool], dropped: Callable[[Any], None]) -> None:
        import pythoncom

        self._com_interfaces_ = [pythoncom.IID_IDropTarget]
        self.accepts, self.dropped = accepts, dropped
        self.effect = DROPEFFECT_NONE

    def DragEnter(self, data, keys, point, effect) -> int:  # noqa: N802 - COM's names
        self.effect = DROPEFFECT_COPY if self.accepts(PyWin32Source(data)) else DROPEFFECT_NONE
        return self.effect

    def DragOver(self, keys, point, effect) -> int:  # noqa: N802
        return self.effect

    def DragLeave(self) -> None:  # noqa: N802
        self.effect = DROPEFFECT_NONE

    def Drop(self, data, keys, point, effect) -> int:  # noqa: N802
        if self.effect == DROPEFFECT_COPY:
            self.dropped(PyWin32Source(data))
        return self.effect


def install(widget: QWidget, accepts: Callable[[Any], bool],
            dropped: Callable[[Any], None]) -> Callable[[], None] | None:
    """Give ``widget`` a native window and the drop target; returns the function that revokes
    it (before the window goes), or None off Windows or when registering failed."""
    if sys.platform != "win32":
        return None
    try:
        import pythoncom
        from win32com.server.util import wrap

        widget.setAttribute(Qt.WidgetAttribute.WA_DontCreateNativeAncestors)
        widget.setAttribute(Qt.WidgetAttribute.WA_NativeWindow)
        hwnd = int(widget.winId())
        target = wrap(_DropTarget(accepts, dropped), pythoncom.IID_IDropTarget)
        pythoncom.RegisterDragDrop(hwnd, target)
    except Exception:  # noqa: BLE001 - Qt's own drop handling stays in place
        log.exception("drop: the grid's own drop target could not be registered")
        return None

    def revoke() -> None:
        try:
            pythoncom.RevokeDragDrop(hwnd)
        except pythoncom.com_error:
            pass

    revoke.target = target  # type: ignore[attr-defined] - alive as long as registered
    return revoke
