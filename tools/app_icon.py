"""Draws the application's icon (a handshake on a blue rounded square) with qtawesome's font,
as resources/icons/crm-desktop.png (256 px, the window and the Linux bundle) and .ico (16 to
256 px, the Windows executable, the installer and the taskbar).

    python tools/app_icon.py
"""

from __future__ import annotations

import os
import struct
import sys
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QRectF, Qt
from PySide6.QtGui import QColor, QImage, QPainter
from PySide6.QtWidgets import QApplication

OUT = Path(__file__).resolve().parent.parent / "resources" / "icons"
SIZES = (16, 24, 32, 48, 64, 128, 256)


def draw(size: int) -> QImage:
    import qtawesome as qta

    image = QImage(size, size, QImage.Format_ARGB32)
    image.fill(Qt.transparent)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.Antialiasing)
    painter.setPen(Qt.NoPen)
    painter.setBrush(QColor("#2c6fbb"))
    margin = size * 0.04
    painter.drawRoundedRect(QRectF(margin, margin, size - 2 * margin, size - 2 * margin),
                            size * 0.2, size * 0.2)
    glyph = qta.icon("fa5s.handshake", color="white").pixmap(int(size * 0.7), int(size * 0.7))
    painter.drawPixmap(int(size * 0.15), int(size * 0.15), glyph)
    painter.end()
    return image


def png(image: QImage) -> bytes:
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.WriteOnly)
    image.save(buffer, "PNG")
    return bytes(data.data())


def ico(images: list[bytes]) -> bytes:
    """An .ico of PNG images (Windows Vista and later read them), one entry per size; Qt's
    ico plugin writes a single image."""
    header = struct.pack("<HHH", 0, 1, len(images))
    offset = len(header) + 16 * len(images)
    entries, blobs = b"", b""
    for size, data in zip(SIZES, images, strict=True):
        side = 0 if size >= 256 else size  # 0 means 256
        entries += struct.pack("<BBBBHHII", side, side, 0, 0, 1, 32, len(data), offset)
        blobs += data
        offset += len(data)
    return header + entries + blobs


def main() -> int:
    QApplication(sys.argv[:1])
    OUT.mkdir(parents=True, exist_ok=True)
    draw(256).save(str(OUT / "crm-desktop.png"))
    (OUT / "crm-desktop.ico").write_bytes(ico([png(draw(size)) for size in SIZES]))
    print(f"written to {OUT}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
