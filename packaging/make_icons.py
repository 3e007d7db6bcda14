"""Render the app icon (``resources/icons/opsassistant.svg``) into every format the installers need:

- ``packaging/linux/icons/hicolor/<N>x<N>/apps/dk.opsassistant.OpsAssistant.png`` and ``scalable/…svg``
- ``packaging/windows/opsassistant.ico`` (PNG-compressed entries 16–256 px)
- ``packaging/macos/opsassistant.icns`` (PNG entries 16–1024 px)

Run after changing the SVG: ``QT_QPA_PLATFORM=offscreen python packaging/make_icons.py``; commit the results.
"""

from __future__ import annotations

import os
import shutil
import struct
import sys
from pathlib import Path

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QRectF, Qt
from PySide6.QtGui import QGuiApplication, QImage, QPainter
from PySide6.QtSvg import QSvgRenderer

ROOT = Path(__file__).resolve().parents[1]
APP_ID = "dk.opsassistant.OpsAssistant"
SVG = ROOT / "resources" / "icons" / "opsassistant.svg"
LINUX_SIZES = (16, 24, 32, 48, 64, 128, 256, 512)
ICO_SIZES = (16, 24, 32, 48, 64, 128, 256)
# icns types holding PNG data: (type, pixel size)
ICNS_TYPES = (("icp4", 16), ("icp5", 32), ("icp6", 64), ("ic07", 128), ("ic08", 256), ("ic09", 512),
              ("ic10", 1024), ("ic11", 32), ("ic12", 64), ("ic13", 256), ("ic14", 512))


def render(size: int) -> bytes:
    """The SVG rendered to a ``size``×``size`` PNG (transparent background)."""
    renderer = QSvgRenderer(str(SVG))
    image = QImage(size, size, QImage.Format.Format_ARGB32_Premultiplied)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)
    renderer.render(painter, QRectF(0, 0, size, size))
    painter.end()
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    image.save(buffer, "PNG")
    buffer.close()
    return bytes(data.data())


def ico(pngs: dict[int, bytes]) -> bytes:
    """A Windows .ico whose entries are PNGs (understood since Windows Vista)."""
    sizes = sorted(pngs)
    header = struct.pack("<HHH", 0, 1, len(sizes))
    offset = 6 + 16 * len(sizes)
    entries, blobs = b"", b""
    for size in sizes:
        blob = pngs[size]
        dim = 0 if size >= 256 else size
        entries += struct.pack("<BBBBHHII", dim, dim, 0, 0, 1, 32, len(blob), offset)
        offset += len(blob)
        blobs += blob
    return header + entries + blobs


def icns(pngs: dict[int, bytes]) -> bytes:
    body = b""
    for kind, size in ICNS_TYPES:
        blob = pngs[size]
        body += kind.encode("ascii") + struct.pack(">I", 8 + len(blob)) + blob
    return b"icns" + struct.pack(">I", 8 + len(body)) + body


def main() -> int:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    _app = QGuiApplication.instance() or QGuiApplication(sys.argv[:1])
    pngs = {size: render(size) for size in sorted({*LINUX_SIZES, *ICO_SIZES, 1024})}
    hicolor = ROOT / "packaging" / "linux" / "icons" / "hicolor"
    for size in LINUX_SIZES:
        target = hicolor / f"{size}x{size}" / "apps" / f"{APP_ID}.png"
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_bytes(pngs[size])
    scalable = hicolor / "scalable" / "apps" / f"{APP_ID}.svg"
    scalable.parent.mkdir(parents=True, exist_ok=True)
    shutil.copyfile(SVG, scalable)
    (ROOT / "packaging" / "windows").mkdir(exist_ok=True)
    (ROOT / "packaging" / "windows" / "opsassistant.ico").write_bytes(ico({s: pngs[s] for s in ICO_SIZES}))
    (ROOT / "packaging" / "macos").mkdir(exist_ok=True)
    (ROOT / "packaging" / "macos" / "opsassistant.icns").write_bytes(icns(pngs))
    print(f"icons written under {ROOT / 'packaging'}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
