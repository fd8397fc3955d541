"""The report's preview: its pages as they are painted (the first shows while the run goes
on), paged through, zoomed, printed or saved as PDF exactly as shown."""

from __future__ import annotations

from functools import partial
from pathlib import Path

import qtawesome as qta
from PySide6.QtCore import QObject, QSize, Qt, Signal
from PySide6.QtGui import QAction, QKeySequence, QPixmap
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QFileDialog,
    QLabel,
    QMessageBox,
    QScrollArea,
    QSpinBox,
    QToolBar,
    QVBoxLayout,
)

from desktop.crm.batch import Cancelled
from desktop.crm.io.file_names import safe_file_name
from desktop.crm.reports.printing import PrintedReport
from desktop.dialogs import files
from desktop.views.ops.background import run_with_progress
from desktop.views.reports import ops
from desktop.views.reports.outputs import page_image, page_size
from desktop.views.reports.painter import page_layout

ZOOMS = (50, 75, 100, 125, 150, 200)


class PageRelay(QObject):
    """Hands the pages painted on the worker thread to the preview, on the GUI thread. The
    window that runs the report owns it: a preview closed meanwhile misses nothing."""

    started = Signal(object)
    page = Signal(object)


class ReportPreview(QDialog):
    """A window of its own beside the main window, so the user can compare it with a grid."""

    def __init__(self, title: str, pool, parent=None, settings=None) -> None:
        super().__init__(parent, Qt.Window)
        self.pool = pool  # printing and saving thousands of pages run on it
        self.settings = settings  # where files were last saved (None: Documents)
        self.setWindowTitle(title)
        self.setAttribute(Qt.WA_DeleteOnClose)
        self.report: PrintedReport | None = None
        self.pages: list = []
        self.running = True
        self.scale = 1.0
        self.toolbar = QToolBar(self)
        self.page_box = QSpinBox(self)
        self.page_box.setMinimum(1)
        self.page_box.setObjectName("page_box")
        self.count_label = QLabel(self)
        self.zoom_box = QComboBox(self)
        self.image = QLabel(self)
        self.image.setAlignment(Qt.AlignHCenter | Qt.AlignTop)
        self.image.setObjectName("page_image")
        scroll = QScrollArea(self)
        scroll.setWidget(self.image)
        scroll.setWidgetResizable(True)
        scroll.setAlignment(Qt.AlignHCenter)
        scroll.setStyleSheet("QScrollArea { background: palette(dark); }")
        self.scroll = scroll
        self._build_toolbar()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.toolbar)
        layout.addWidget(scroll, 1)
        self.resize(900, 1000)
        self._update_count()

    def _build_toolbar(self) -> None:
        def action(icon: str, text: str, slot, shortcut=None) -> QAction:
            act = QAction(qta.icon(icon), text, self)
            act.triggered.connect(slot)
            if shortcut is not None:
                act.setShortcut(shortcut)
            self.toolbar.addAction(act)
            return act

        self.first_action = action("fa5s.step-backward", self.tr("First page"),
                                   lambda: self.show_page(1), Qt.Key_Home)
        self.previous_action = action("fa5s.chevron-left", self.tr("Previous page"),
                                      lambda: self.show_page(self.current - 1),
                                      QKeySequence.MoveToPreviousPage)
        self.toolbar.addWidget(self.page_box)
        self.toolbar.addWidget(self.count_label)
        self.next_action = action("fa5s.chevron-right", self.tr("Next page"),
                                  lambda: self.show_page(self.current + 1),
                                  QKeySequence.MoveToNextPage)
        self.last_action = action("fa5s.step-forward", self.tr("Last page"),
                                  lambda: self.show_page(len(self.pages)), Qt.Key_End)
        self.toolbar.addSeparator()
        action("fa5s.search-minus", self.tr("Zoom out"), lambda: self.zoom(-1),
               QKeySequence.ZoomOut)
        self.zoom_box.addItem(self.tr("Page width"), 0)
        for percent in ZOOMS:
            self.zoom_box.addItem(f"{percent} %", percent)
        self.zoom_box.setCurrentIndex(0)
        self.toolbar.addWidget(self.zoom_box)
        action("fa5s.search-plus", self.tr("Zoom in"), lambda: self.zoom(1), QKeySequence.ZoomIn)
        self.toolbar.addSeparator()
        self.print_action = action("fa5s.print", self.tr("Print…"), self.print_pages,
                                   QKeySequence.Print)
        self.pdf_action = action("fa5s.file-pdf", self.tr("Save as PDF…"), self.save_pdf_clicked)
        self.toolbar.setToolButtonStyle(Qt.ToolButtonIconOnly)
        self.page_box.valueChanged.connect(self.show_page)
        self.zoom_box.currentIndexChanged.connect(lambda _index: self._render())

    # -- pages arriving ------------------------------------------------------------------------
    def started(self, report: PrintedReport) -> None:
        self.report = report

    def add_page(self, picture) -> None:
        self.pages.append(picture)
        self._update_count()
        if len(self.pages) == 1:
            self.show_page(1)

    def run_finished(self) -> None:
        self.running = False
        self._update_count()

    def _update_count(self) -> None:
        count = len(self.pages)
        self.page_box.blockSignals(True)
        self.page_box.setMaximum(max(count, 1))
        self.page_box.blockSignals(False)
        text = self.tr("of %1").replace("%1", str(count))
        self.count_label.setText(f" {text}{'…' if self.running else ''} ")
        for act in (self.print_action, self.pdf_action):
            act.setEnabled(not self.running and count > 0)

    @property
    def current(self) -> int:
        return self.page_box.value()

    def show_page(self, number: int) -> None:
        if not self.pages:
            return
        number = max(1, min(number, len(self.pages)))
        if self.page_box.value() != number:
            self.page_box.setValue(number)  # comes back here through valueChanged
            return
        self._render()

    # -- zoom -------------------------------------------------------------------------------------
    def zoom(self, step: int) -> None:
        index = self.zoom_box.currentIndex()
        if index == 0:  # from Page width to the nearest fixed zoom
            index = 1 + min(range(len(ZOOMS)), key=lambda i: abs(ZOOMS[i] - self.scale * 100))
        self.zoom_box.setCurrentIndex(max(1, min(index + step, len(ZOOMS))))

    def _render(self) -> None:
        if not self.pages or self.report is None:
            return
        size = page_size(self.report)
        percent = self.zoom_box.currentData()
        if not percent:  # page width
            room = self.scroll.viewport().width() - 24
            self.scale = max(0.2, room / size.width())
        else:
            self.scale = percent / 100
        ratio = self.devicePixelRatioF()
        image = page_image(self.pages[self.current - 1], size, self.scale * ratio)
        pixmap = QPixmap.fromImage(image)
        pixmap.setDevicePixelRatio(ratio)
        self.image.setPixmap(pixmap)

    def resizeEvent(self, event) -> None:  # noqa: N802 - Qt's name
        super().resizeEvent(event)
        if self.zoom_box.currentData() == 0:
            self._render()

    def sizeHint(self) -> QSize:  # noqa: N802
        return QSize(900, 1000)

    # -- print, PDF -------------------------------------------------------------------------------
    def print_pages(self) -> None:
        printer = QPrinter(QPrinter.HighResolution)
        printer.setPageLayout(page_layout(self.report))
        printer.setDocName(self.report.description)
        dialog = QPrintDialog(printer, self)
        dialog.setMinMax(1, len(self.pages))
        if dialog.exec() == QPrintDialog.Accepted:
            first, last = printer.fromPage() or 1, printer.toPage() or len(self.pages)
            pages = self.pages[first - 1:last]
            self._in_background(self.tr("Print…"), partial(ops.replay, printer, pages))

    def save_pdf_clicked(self) -> None:
        name = safe_file_name(f"{self.report.code}.pdf")
        title, filters = self.tr("Save as PDF"), self.tr("PDF documents (*.pdf)")
        if self.settings is not None:  # the folder chosen last time for reports
            path = files.save_path(self, self.settings, "reports", title, name, filters)
        else:
            chosen, _ = QFileDialog.getSaveFileName(
                self, title, str(files.documents_folder() / name), filters)
            path = Path(chosen) if chosen else None
        if path:
            self.save_pdf(path)

    def save_pdf(self, path: Path):
        """The pages shown, as a PDF, written on the task pool beside its place and then
        moved in; a cancel leaves no file. Once written, the user may open it."""
        title = self.tr("Save as PDF")
        return self._in_background(title,
                                   partial(ops.save_pdf, path, self.report, list(self.pages)),
                                   lambda _result: files.offer_to_open(self, title, path))

    def _in_background(self, title: str, task: partial, done=lambda _result: None):
        """``task(progress)``, a function of the ops module, with progress and Cancel."""
        def failed(error) -> None:
            if not isinstance(error, Cancelled):
                QMessageBox.warning(self, title, str(error))

        return run_with_progress(self, self.pool, title, task, done, failed)
