"""Screenshots of the application as a user sees it (run under Xvfb: xvfb-run -a python ...).

    python tools/screenshots.py OUTDIR [--lang fr] [--size WxH] SCENE...

A scene names what to open: ``main`` (three session tabs), or a session code with an optional
record, e.g. ``tccom4100s000:1``.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from PySide6.QtCore import QTimer  # noqa: E402
from PySide6.QtWidgets import QApplication  # noqa: E402


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("out")
    parser.add_argument("scenes", nargs="+")
    parser.add_argument("--lang", default="en")
    parser.add_argument("--size", default="1366x800")
    parser.add_argument("--database")
    args = parser.parse_args()
    from desktop.app import create_application, open_app_database, resolve_employee
    from desktop.i18n import Translations
    from desktop.settings import Settings
    from desktop.views.context import AppContext
    from desktop.views.main_window import MainWindow

    app = create_application()
    translations = Translations()
    translations.install(args.lang)
    db, _ = open_app_database(args.database)
    settings = Settings()
    employee_id, name = resolve_employee(db, settings, "smarchand")
    ctx = AppContext(db=db, user="smarchand", settings=settings, employee_id=employee_id or 1,
                     employee_name=name or "Sophie Marchand")
    window = MainWindow(ctx)
    width, height = (int(v) for v in args.size.split("x"))
    window.resize(width, height)
    window.show()
    out = Path(args.out)
    out.mkdir(parents=True, exist_ok=True)
    for scene in args.scenes:
        window.mdi.closeAllSubWindows()
        if scene == "main":
            for code in ("tccom4500m000", "tccom1140m000", "tcibd0501m000"):
                window.open_session(code)
            window.open_session("tccom4500m000")
        else:
            for part in scene.split("+"):
                code, _, record = part.partition(":")
                window.open_session(code, **({"record_id": int(record)} if record else {}))
        for _ in range(20):
            app.processEvents()
        name = scene.replace(":", "_").replace("+", "__")
        pixmap = window.screen().grabWindow(window.winId()) if app.platformName() == "xcb" \
            else window.grab()
        pixmap.save(str(out / f"{name}_{args.lang}.png"))
        print(out / f"{name}_{args.lang}.png")
    QTimer.singleShot(0, app.quit)
    for sub in window.mdi.subWindowList():
        sub.session.release()
    db.dispose()
    return 0


if __name__ == "__main__":
    sys.exit(main())
