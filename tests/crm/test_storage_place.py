"""A SQLite file on a network drive or in a synchronised cloud folder is opened without WAL
(SQLite's write-ahead log needs shared memory, which network file systems do not give:
https://sqlite.org/wal.html) and the user is warned; on a local disk it keeps WAL."""

from __future__ import annotations

import sqlite3

import pytest

from desktop.crm.db import storage_place
from desktop.crm.db.database import open_database
from desktop.crm.db.storage_place import CLOUD, DRIVE_REMOTE, LOCAL, NETWORK, place_of

# /proc/self/mounts as a laptop with a Samba share and an NFS home shows it (fstab(5) fields)
MOUNTS = """/dev/nvme0n1p2 / ext4 rw,relatime 0 0
tmpfs /tmp tmpfs rw,nosuid,nodev 0 0
//filer/ventes /mnt/ventes cifs rw,relatime,vers=3.1.1 0 0
filer:/export/home /home/sophie nfs4 rw,relatime 0 0
/dev/nvme0n1p3 /home/sophie/local ext4 rw,relatime 0 0
sshfs#s@host: /media/my\\040share fuse.sshfs rw 0 0
"""
ONEDRIVE = {"OneDrive": r"C:\Users\sophie\OneDrive - Contoso",
            "OneDriveCommercial": r"C:\Users\sophie\OneDrive - Contoso"}


def _drives(letters: dict[str, int]):
    """GetDriveTypeW as Windows answers: DRIVE_FIXED (3) for a disk, DRIVE_REMOTE (4) for a
    letter mapped to a share (https://learn.microsoft.com/en-us/windows/win32/api/fileapi/
    nf-fileapi-getdrivetypew)."""
    return lambda root: letters.get(root.upper(), 3)


@pytest.mark.parametrize("path, place", [
    (r"C:\Users\sophie\AppData\Local\crm-desktop\crm.sqlite", LOCAL),
    (r"\\filer\ventes\crm\crm.sqlite", NETWORK),
    (r"\\?\UNC\filer\ventes\crm.sqlite", NETWORK),
    (r"S:\crm\crm.sqlite", NETWORK),  # S: is mapped to \\filer\ventes
    (r"C:\Users\sophie\OneDrive - Contoso\Documents\crm.sqlite", CLOUD),
    (r"c:\users\sophie\onedrive - contoso\crm.sqlite", CLOUD),
    (r"D:\Dropbox\CRM\crm.sqlite", CLOUD),
    (r"G:\My Drive\crm.sqlite", CLOUD),  # Google Drive for desktop's virtual drive
    (r"C:\Users\sophie\iCloudDrive\crm.sqlite", CLOUD),
    (r"C:\Users\sophie\Documents\OneDriveNotes\crm.sqlite", LOCAL),
])
def test_places_on_a_windows_laptop(path, place):
    assert place_of(path, windows=True, environ=ONEDRIVE,
                    drive_type=_drives({"S:\\": DRIVE_REMOTE})) == place


@pytest.mark.parametrize("path, place", [
    ("/home/sophie/local/crm.sqlite", LOCAL),
    ("/home/sophie/crm.sqlite", NETWORK),
    ("/mnt/ventes/crm/crm.sqlite", NETWORK),
    ("/mnt/ventes2/crm.sqlite", LOCAL),  # a sibling of the share, on the root disk
    ("/media/my share/crm.sqlite", NETWORK),
    ("/tmp/Dropbox/crm.sqlite", CLOUD),
])
def test_places_on_linux(path, place):
    assert place_of(path, windows=False, environ={}, mounts=MOUNTS) == place


def _journal(path) -> str:
    with sqlite3.connect(path) as connection:
        return connection.execute("PRAGMA journal_mode").fetchone()[0]


def test_a_local_file_keeps_wal_and_a_synchronised_one_is_opened_without(tmp_path,
                                                                          monkeypatch):
    local = open_database(str(tmp_path / "local" / "crm.sqlite"))
    try:
        assert local.storage_warning is None
    finally:
        local.dispose()
    assert _journal(tmp_path / "local" / "crm.sqlite") == "wal"
    synced = tmp_path / "OneDrive - Contoso" / "crm.sqlite"
    monkeypatch.setenv("OneDrive", str(tmp_path / "OneDrive - Contoso"))
    db = open_database(str(synced))
    try:
        assert "synchronises" in str(db.storage_warning)
        assert str(synced) in str(db.storage_warning)
        with db.engine.connect() as connection:
            assert connection.exec_driver_sql("PRAGMA journal_mode").scalar() == "delete"
    finally:
        db.dispose()
    assert _journal(synced) == "delete"
    assert not synced.with_name("crm.sqlite-wal").exists()


def test_a_file_on_a_network_mount_is_opened_without_wal(tmp_path, monkeypatch):
    """The test's folder as a share mounted from a server: the mount table says cifs."""
    share = tmp_path / "share"
    mounts = tmp_path / "mounts"
    mounts.write_text(f"/dev/vda / ext4 rw 0 0\n//filer/ventes {share} cifs rw 0 0\n")
    monkeypatch.setattr(storage_place, "MOUNTS", str(mounts))
    db = open_database(str(share / "crm.sqlite"))
    try:
        assert "network drive" in str(db.storage_warning)
    finally:
        db.dispose()
    assert _journal(share / "crm.sqlite") == "delete"
