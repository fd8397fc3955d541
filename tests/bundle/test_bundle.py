"""The PyInstaller bundle works on its own: built from the checkout (tools/run-tests.sh builds
it first and prints its size; this module rebuilds it when a source is newer), then started
on a fresh data folder for --check and --self-test, a letter written to Word (python-docx and
its template, loaded lazily) and a sync against the loopback EWS server (exchangelib and its
data): what PyInstaller most often leaves out is data files and lazily imported modules."""

from __future__ import annotations

import datetime as dt
import os
import subprocess
import sys
from pathlib import Path

import docx
import pytest
from sqlalchemy import select

from desktop.crm import activities as A, clock as app_clock, entities as E
from desktop.crm.db.database import open_database
from desktop.crm.enums import ActivityType as T, PartyType, SyncAuthType
from desktop.crm.exchange_settings import sync_settings
from desktop.crm.parameters import com_parameters
from tests.sync.ews_server import EwsServer

ROOT = Path(__file__).resolve().parents[2]
EXE = ROOT / "dist" / "crm-desktop" / ("crm-desktop-cli.exe" if os.name == "nt" else
                                       "crm-desktop")
SOURCES = ("desktop", "resources", "installers")


def _newest_source() -> float:
    return max(p.stat().st_mtime for folder in SOURCES for p in (ROOT / folder).rglob("*")
               if p.is_file() and "__pycache__" not in p.parts)


@pytest.fixture(scope="module")
def bundle() -> Path:
    if not EXE.exists() or EXE.stat().st_mtime < _newest_source():
        subprocess.run([sys.executable, str(ROOT / "installers" / "build.py"),
                        "--no-installer"], check=True, cwd=ROOT)
    return EXE


def run(bundle: Path, data: Path, *args: str, **env: str) -> subprocess.CompletedProcess:
    """The bundle, on its own data folder, with nothing of the checkout on its paths."""
    clean = {k: v for k, v in os.environ.items()
             if k not in ("PYTHONPATH", "CRM_DATABASE_URL", "VIRTUAL_ENV")}
    result = subprocess.run([str(bundle), *args], capture_output=True, text=True, timeout=300,
                            cwd=data.parent, env={**clean, "CRM_DATA_DIR": str(data),
                                                  "QT_QPA_PLATFORM": "offscreen", **env})
    assert result.returncode == 0, result.stdout + result.stderr
    return result


def test_check_and_self_test_on_a_fresh_data_folder(bundle, tmp_path):
    data = tmp_path / "data"
    checked = run(bundle, data, "--check")
    assert "created a new database" in checked.stdout and "orphan rows: none" in checked.stdout
    assert (data / "crm.sqlite").exists()
    tested = run(bundle, data, "--self-test")
    assert "self-test passed" in tested.stdout
    assert "tdsmi1500m000" in tested.stdout  # the Customer 360 and its charts opened
    assert "FAILED" not in tested.stdout


def test_qt_s_own_french_is_in_the_bundle(bundle):
    """The file and print dialogs' French (issue 40): Qt's qtbase_fr.qm, in the translations
    folder of the bundled Qt, where the application looks for it."""
    found = list(bundle.parent.rglob("qtbase_fr.qm"))
    assert found and all(path.parent.name == "translations" for path in found), found


def test_a_letter_written_to_word(bundle, tmp_path):
    data = tmp_path / "data"
    run(bundle, data, "--check")
    out = tmp_path / "promo.docx"
    run(bundle, data, "letter", "PROMO24", str(out))
    text = "\n".join(p.text for p in docx.Document(str(out)).paragraphs)
    assert "Madame, Monsieur" in text or len(text) > 100, text[:300]


def test_a_sync_against_the_loopback_exchange_server(bundle, tmp_path):
    data = tmp_path / "data"
    run(bundle, data, "--check")
    server = EwsServer().start()
    try:
        subject = _synchronized_appointment(f"sqlite:///{data / 'crm.sqlite'}", server.url)
        synced = run(bundle, data, "sync", "--password-env", "CRM_SYNC_SECRET",
                     CRM_SYNC_SECRET="secret")
        assert "waiting 0" in synced.stdout and "error" not in synced.stdout
        made = [i for i in server.mailbox("sophie.marchand@exemple.fr").items.values()
                if i.kind == "CalendarItem"]
        assert subject in [i.text("Subject") for i in made]
    finally:
        server.stop()


def _synchronized_appointment(url: str, service_url: str) -> str:
    """Synchronization on, pointed at the loopback server; one appointment to push."""
    db = open_database(url)
    try:
        with db.session("tester") as s:
            com_parameters(s).synchronize_activities = True
            settings = sync_settings(s)
            for name, value in dict(enabled=True, service_url=service_url,
                                    account_user="svc-crm", import_category="CRM",
                                    server_version="15.1.2507.6", timeout_seconds=10,
                                    auth_type=SyncAuthType.BASIC).items():
                setattr(settings, name, value)
            sophie = s.scalar(select(E.Employee.id).where(
                E.Employee.email == "sophie.marchand@exemple.fr"))
            contact = s.scalars(select(E.Contact).where(E.Contact.email != "")).first()
            start = app_clock.now().replace(microsecond=0) + \
                dt.timedelta(days=1)
            act = A.new_activity(s, T.APPOINTMENT, {
                "subject": "Revue de compte (bundle)", "contact_id": contact.id,
                "start_at": start, "end_at": start + dt.timedelta(hours=1)}, sophie)
            A.add_attendee(s, act, {"attendee_type": PartyType.CONTACT,
                                    "contact_id": contact.id, "invite": True})
            A.save_activity(s, act, {"synchronize": True})
            s.commit()
            return act.subject
    finally:
        db.dispose()
